//! Calendar expressions: explicit dates ("17 November 2022", "11/17/2022"), a month alone, weekdays, seasons and quarters.

use super::*;

impl<'a> Matcher<'a, '_> {
    /// Explicit calendar dates.
    pub(super) fn explicit_date(&self, i: usize) -> Option<Cand> {
        // ISO yyyy-mm-dd, yyyy/mm/dd
        if let Some(y) = self.year_at(i) {
            if matches!(self.w(i + 1), "-" | "/") && self.tight(i + 1) && self.tight(i + 2) {
                let (m, d) = (self.num(i + 2)?, self.num(i + 4));
                if self.w(i + 3) == self.w(i + 1) && self.tight(i + 3) && self.tight(i + 4) {
                    let d = d?;
                    if (1..=12).contains(&m) && (1..=31).contains(&d) {
                        return Some(Cand {
                            first: i,
                            end: i + 5,
                            sem: Sem::Date {
                                y: YearSpec::Explicit(y),
                                m: m as i8,
                                d: Some(d as i8),
                                shift: Shift::None,
                            },
                        });
                    }
                }
            }
            return None;
        }
        // dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy
        if let (Some(a), true) = (self.num(i), self.w(i).len() <= 2) {
            let sep = self.w(i + 1);
            if matches!(sep, "/" | "." | "-")
                && self.tight(i + 1)
                && self.tight(i + 2)
                && self.w(i + 3) == sep
                && self.tight(i + 3)
                && self.tight(i + 4)
                && self.w(i + 2).len() <= 2
            {
                let b = self.num(i + 2)?;
                let y = self.year_at(i + 4)?;
                if (1..=31).contains(&a) && (1..=31).contains(&b) && (a <= 12 || b <= 12) {
                    return Some(Cand {
                        first: i,
                        end: i + 5,
                        sem: Sem::Numeric {
                            a: a as i8,
                            b: b as i8,
                            y,
                        },
                    });
                }
            }
        }
        // Month [day] [, year] | Month year | Month of year
        if let Some((m, j, _full)) = self.month(i) {
            if self.name_guard(i, j - 1) {
                return None;
            }
            if let Some(d) = self.day_at(j) {
                // "March 2 0" / "March 12:30"? a clock is not a day.
                if !(matches!(self.w(j + 1), ":" | ".")
                    && self.num(j + 2).is_some()
                    && self.tight(j + 1))
                {
                    let (y, end) = match self.trailing_year(j + 1) {
                        Some((y, e)) => (YearSpec::Explicit(y), e),
                        None => (YearSpec::Infer, j + 1),
                    };
                    return Some(Cand {
                        first: i,
                        end,
                        sem: Sem::Date {
                            y,
                            m,
                            d: Some(d),
                            shift: Shift::None,
                        },
                    });
                }
            }
            let yj = if self.is(j, "of") { j + 1 } else { j };
            if let Some((y, end)) = self.trailing_year(yj) {
                return Some(Cand {
                    first: i,
                    end,
                    sem: Sem::Date {
                        y: YearSpec::Explicit(y),
                        m,
                        d: None,
                        shift: Shift::None,
                    },
                });
            }
            // November last year / this year / next year
            if self.is_any(j, &["last", "this", "next"]) && self.is(j + 1, "year") {
                let r = if self.is(j, "last") {
                    -1
                } else if self.is(j, "next") {
                    1
                } else {
                    0
                };
                return Some(Cand {
                    first: i,
                    end: j + 2,
                    sem: Sem::Date {
                        y: YearSpec::Rel(r),
                        m,
                        d: None,
                        shift: Shift::None,
                    },
                });
            }
            return None;
        }
        // day Month [year] | the 17th of November
        let (d, j) = if self.is(i, "the") {
            let d = self.day_at(i + 1).filter(|_| self.num(i + 1).is_none())?;
            (d, if self.is(i + 2, "of") { i + 3 } else { i + 2 })
        } else {
            let d = self.day_at(i)?;
            (d, if self.is(i + 1, "of") { i + 2 } else { i + 1 })
        };
        let (m, k, _) = self.month(j)?;
        let (y, end) = match self.trailing_year(k) {
            Some((y, e)) => (YearSpec::Explicit(y), e),
            None => (YearSpec::Infer, k),
        };
        Some(Cand {
            first: i,
            end,
            sem: Sem::Date {
                y,
                m,
                d: Some(d),
                shift: Shift::None,
            },
        })
    }

    /// A month name alone, in a temporal context.
    pub(super) fn month_alone(&self, i: usize, shift: Shift) -> Option<Cand> {
        let (m, j, full) = self.month(i)?;
        if !full || self.name_guard(i, j - 1) {
            return None;
        }
        // "a March plane": an indefinite article makes the month a noun modifier, never a date.
        if i > 0 && self.is_any(i - 1, &["a", "an"]) {
            return None;
        }
        let possessive = matches!(self.w(j), "'" | "’") && self.is(j + 1, "s");
        let prev_ok = shift != Shift::None
            || possessive
            || (i > 0
                && (self.is_any(i - 1, MONTH_PREPS)
                    || self.is(i - 1, "for")
                    || self.is(i - 1, "the")));
        if !prev_ok {
            return None;
        }
        // "in May" is fine, "May" after "and"/"or"/"to" only when the word before that is a date too.
        if i > 0
            && self.is_any(i - 1, &["and", "or", "to", "-"])
            && shift == Shift::None
            && !possessive
        {
            let before = i
                .checked_sub(2)
                .map(|k| self.month(k).is_some() || self.num(k).is_some());
            if before != Some(true) && !self.is(i - 1, "-") {
                return None;
            }
        }
        if m == 5 && !is_cap(self.w(i)) {
            return None;
        }
        Some(Cand {
            first: i,
            end: j,
            sem: Sem::Date {
                y: YearSpec::Infer,
                m,
                d: None,
                shift,
            },
        })
    }

    pub(super) fn weekday_expr(&self, i: usize, shift: Shift) -> Option<Cand> {
        let wd = self.weekday(i)?;
        let w = self.w(i);
        if !is_cap(w) && w.chars().any(char::is_uppercase) {
            return None;
        }
        // Weekday, Month day[, year]
        let j = if self.w(i + 1) == "," { i + 2 } else { i + 1 };
        if let Some(c) = self.explicit_date(j) {
            if matches!(c.sem, Sem::Date { d: Some(_), .. }) {
                return Some(Cand { first: i, ..c });
            }
        }
        let part = self.part(i + 1);
        let end = if part.is_some() { i + 2 } else { i + 1 };
        Some(Cand {
            first: i,
            end,
            sem: Sem::Weekday { wd, shift, part },
        })
    }

    pub(super) fn season(&self, i: usize, shift: Shift) -> Option<Cand> {
        let s = self.senses(i).iter().find_map(|s| match s {
            Sense::Season(s) => Some(*s),
            _ => None,
        })?;
        if is_cap(self.w(i)) && i > 0 && !self.is_any(i - 1, MONTH_PREPS) && shift == Shift::None {
            // "Arab Spring", "Operation Winter ..."
            return None;
        }
        let yj = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
        let year = self
            .year_at(yj)
            .map(|y| (y, yj + 1))
            .or_else(|| self.spelled_year(yj));
        if let Some((y, end)) = year {
            return Some(Cand {
                first: i,
                end,
                sem: Sem::Season {
                    s,
                    y: YearSpec::Explicit(y),
                    shift,
                },
            });
        }
        let ctx = shift != Shift::None
            || (i > 0
                && self.is_any(
                    i - 1,
                    &[
                        "in", "during", "since", "until", "by", "early", "late", "mid", "-",
                    ],
                ))
            || (i > 1
                && self.is(i - 1, "the")
                && self.is_any(
                    i - 2,
                    &[
                        "in",
                        "during",
                        "since",
                        "until",
                        "by",
                        "of",
                        "over",
                        "into",
                        "through",
                        "throughout",
                    ],
                ));
        ctx.then_some(Cand {
            first: i,
            end: i + 1,
            sem: Sem::Season {
                s,
                y: YearSpec::Infer,
                shift,
            },
        })
    }

    /// Quarters and halves: "the third quarter", "third-quarter", "the first half of 2020".
    pub(super) fn quarter(&self, i: usize) -> Option<Cand> {
        // this year's third quarter / next year's first quarter
        if self.is_any(i, &["this", "last", "next"])
            && self.is(i + 1, "year")
            && matches!(self.w(i + 2), "'" | "’")
            && self.is(i + 3, "s")
        {
            let rel = if self.is(i, "last") {
                -1
            } else if self.is(i, "next") {
                1
            } else {
                0
            };
            let c = self.quarter(i + 4)?;
            if let Sem::Quarter {
                q,
                half: false,
                y: YearSpec::Infer,
            } = c.sem
            {
                return Some(Cand {
                    first: i,
                    end: c.end,
                    sem: Sem::YearQuarter { rel, q },
                });
            }
            return None;
        }
        // the 1988 third quarter
        if let Some(y) = self.year_at(i) {
            let c = self.quarter(i + 1)?;
            if let Sem::Quarter {
                q,
                half,
                y: YearSpec::Infer,
            } = c.sem
            {
                return Some(Cand {
                    first: i,
                    end: c.end,
                    sem: Sem::Quarter {
                        q,
                        half,
                        y: YearSpec::Explicit(y),
                    },
                });
            }
            return None;
        }
        let mut j = i;
        if self.is(j, "fiscal") {
            j += 1;
        }
        // "the last half of 1989": the last one, when a year follows.
        let last = self.is(j, "last");
        let q = if last { 0 } else { self.ordinal(j)? };
        let mut k = j + 1;
        if self.w(k) == "-" && self.tight(k) {
            k += 1;
        }
        let half = self.is(k, "half");
        if !(half || self.is(k, "quarter")) {
            return None;
        }
        let max = if half { 2 } else { 4 };
        let q = if last {
            let yj = if self.is(k + 1, "of") {
                k + 2
            } else {
                return None;
            };
            self.trailing_year(yj)?;
            max
        } else {
            q
        };
        if !(1..=max).contains(&q) {
            return None;
        }
        let mut end = k + 1;
        let mut y = YearSpec::Infer;
        let yj = if self.is(end, "of") { end + 1 } else { end };
        if let Some((yy, e)) = self.trailing_year(yj) {
            y = YearSpec::Explicit(yy);
            end = e;
        } else if self.is(end, "of")
            && self.is_any(end + 1, &["this", "last", "next"])
            && self.is(end + 2, "year")
        {
            y = YearSpec::Rel(if self.is(end + 1, "last") {
                -1
            } else if self.is(end + 1, "next") {
                1
            } else {
                0
            });
            end += 3;
        }
        Some(Cand {
            first: i,
            end,
            sem: Sem::Quarter { q, half, y },
        })
    }
}
