//! Fixed and lexical expressions: "today", "last month", "this year", "the past decade", "recently", holidays.

use super::*;

impl<'a> Matcher<'a, '_> {
    /// Single words and fixed phrases.
    pub(super) fn lexical(&self, i: usize) -> Option<Cand> {
        let w = self.w(i);
        for s in self.senses(i) {
            match s {
                Sense::DayOffset(n) => {
                    let part = self.part(i + 1);
                    let end = if part.is_some() { i + 2 } else { i + 1 };
                    return Some(Cand {
                        first: i,
                        end,
                        sem: Sem::DayOffset { n: *n, part },
                    });
                }
                Sense::Vague(v) => {
                    return Some(Cand {
                        first: i,
                        end: i + 1,
                        sem: Sem::Vague(v),
                    });
                }
                Sense::Set(v) => {
                    return Some(Cand {
                        first: i,
                        end: i + 1,
                        sem: Sem::Set((*v).to_owned()),
                    })
                }
                _ => {}
            }
        }
        if lower_eq(w, "these") && self.is(i + 1, "days") {
            return Some(Cand {
                first: i,
                end: i + 2,
                sem: Sem::Vague("PRESENT_REF"),
            });
        }
        // year-end, year end, year's end
        if lower_eq(w, "year") {
            let k = if self.w(i + 1) == "-" && self.tight(i + 1) {
                i + 2
            } else if matches!(self.w(i + 1), "'" | "’") && self.is(i + 2, "s") {
                i + 3
            } else {
                i + 1
            };
            if self.is(k, "end") {
                return Some(Cand {
                    first: i,
                    end: k + 1,
                    sem: Sem::Rel {
                        unit: Unit::Year,
                        n: 0,
                    },
                });
            }
        }
        // spelled-out years: nineteen ninety-six, two thousand (and) one
        let two_thousand = lower_eq(w, "two") && self.is(i + 1, "thousand");
        if !two_thousand || (i > 0 && self.is_any(i - 1, &["year", "in", "since", "by", "until"])) {
            if let Some((y, end)) = self.spelled_year(i) {
                return Some(Cand {
                    first: i,
                    end,
                    sem: Sem::Year(y),
                });
            }
        }
        if let Some((month, day, key)) = holiday(self, i) {
            return Some(Cand {
                first: i,
                end: key,
                sem: Sem::Holiday { month, day },
            });
        }
        if lower_eq(w, "tonight") {
            return Some(Cand {
                first: i,
                end: i + 1,
                sem: Sem::DayOffset {
                    n: 0,
                    part: Some("NI"),
                },
            });
        }
        if lower_eq(w, "every") || lower_eq(w, "each") {
            if let Some(wd) = self.weekday(i + 1) {
                return Some(Cand {
                    first: i,
                    end: i + 2,
                    sem: Sem::Set(format!("XXXX-WXX-{wd}")),
                });
            }
            let (u, false) = self.unit(i + 1)? else {
                return None;
            };
            return Some(Cand {
                first: i,
                end: i + 2,
                sem: Sem::Set(u.duration(Some(1))),
            });
        }
        if lower_eq(w, "recent") || lower_eq(w, "coming") || lower_eq(w, "past") {
            if let Some((u, true)) = self.unit(i + 1) {
                let _ = u;
                let sem = if lower_eq(w, "coming") {
                    Sem::Vague("FUTURE_REF")
                } else {
                    Sem::Vague("PAST_REF")
                };
                return Some(Cand {
                    first: i,
                    end: i + 2,
                    sem,
                });
            }
            if lower_eq(w, "recent") && !(i > 0 && self.is_any(i - 1, &["most", "more"])) {
                return Some(Cand {
                    first: i,
                    end: i + 1,
                    sem: Sem::Vague("PAST_REF"),
                });
            }
            return None;
        }
        if lower_eq(w, "current")
            && self.unit(i + 1).is_none()
            && !self.is_any(
                i + 1,
                &["account", "accounts", "affairs", "events", "fiscal"],
            )
        {
            return Some(Cand {
                first: i,
                end: i + 1,
                sem: Sem::Vague("PRESENT_REF"),
            });
        }
        if lower_eq(w, "the") {
            if self.is_any(i + 1, &["near", "short", "foreseeable"])
                && self.is_any(i + 2, &["future", "term"])
            {
                return Some(Cand {
                    first: i,
                    end: i + 3,
                    sem: Sem::Vague("FUTURE_REF"),
                });
            }
            if self.is(i + 1, "future") {
                return Some(Cand {
                    first: i,
                    end: i + 2,
                    sem: Sem::Vague("FUTURE_REF"),
                });
            }
            if self.is(i + 1, "past")
                && self.unit(i + 2).is_none()
                && self.cardinal(i + 2).is_none()
            {
                return Some(Cand {
                    first: i,
                    end: i + 2,
                    sem: Sem::Vague("PAST_REF"),
                });
            }
            if self.is_any(i + 1, &["weekend"]) {
                return Some(Cand {
                    first: i,
                    end: i + 2,
                    sem: Sem::Rel {
                        unit: Unit::Weekend,
                        n: 0,
                    },
                });
            }
            if self.is(i + 1, "day") && self.is_any(i + 2, &["before", "after"]) {
                let n = if self.is(i + 2, "before") { -1 } else { 1 };
                // "the day before yesterday"
                if self.is(i + 3, "yesterday") {
                    return Some(Cand {
                        first: i,
                        end: i + 4,
                        sem: Sem::DayOffset { n: -2, part: None },
                    });
                }
                if self.is(i + 3, "tomorrow") {
                    return Some(Cand {
                        first: i,
                        end: i + 4,
                        sem: Sem::DayOffset { n: 2, part: None },
                    });
                }
                // "the day before last Tuesday's hearing": a day next to a date.
                if let Some(c) = self.core(i + 3) {
                    let day_like = matches!(
                        c.sem,
                        Sem::Weekday { part: None, .. }
                            | Sem::Date { d: Some(_), .. }
                            | Sem::Holiday { .. }
                            | Sem::DayOffset { part: None, .. }
                    );
                    if day_like {
                        return Some(Cand {
                            first: i,
                            end: c.end,
                            sem: Sem::DayShift {
                                n,
                                base: Box::new(c.sem),
                            },
                        });
                    }
                }
                return Some(Cand {
                    first: i,
                    end: i + 3,
                    sem: Sem::Anchored { unit: Unit::Day, n },
                });
            }
            if self.is(i + 1, "year")
                && self.w(i + 2) == "-"
                && self.is_any(i + 3, &["earlier", "ago"])
                && self.is_any(i + 4, &["quarter", "period"])
            {
                return Some(Cand {
                    first: i,
                    end: i + 5,
                    sem: Sem::YearAgo,
                });
            }
            // the quarter, the latest quarter/period
            let k = if self.is_any(i + 1, &["latest", "last", "recent", "current"])
                && self.is_any(i + 2, &["quarter", "period"])
            {
                i + 2
            } else {
                i + 1
            };
            if self.is(k, "quarter") || (k > i + 1 && self.is(k, "period")) {
                if self.is(i + 1, "current") {
                    return Some(Cand {
                        first: i,
                        end: k + 1,
                        sem: Sem::Rel {
                            unit: Unit::Quarter,
                            n: 0,
                        },
                    });
                }
                return Some(Cand {
                    first: i,
                    end: k + 1,
                    sem: Sem::QuarterRef,
                });
            }
            // the year 2000, the year two thousand
            if self.is(i + 1, "year") {
                let year = self
                    .year_at(i + 2)
                    .map(|y| (y, i + 3))
                    .or_else(|| self.spelled_year(i + 2));
                if let Some((y, end)) = year {
                    return Some(Cand {
                        first: i,
                        end,
                        sem: Sem::Year(y),
                    });
                }
            }
            // the year, the fiscal year, the full year, the current fiscal year
            let mut k = i + 1;
            while self.is_any(
                k,
                &["full", "fiscal", "current", "calendar", "whole", "entire"],
            ) && k < i + 3
            {
                k += 1;
            }
            if self.is(k, "year") || (k > i + 1 && self.is(k, "month")) || self.is(k, "month") {
                let unit = if self.is(k, "year") {
                    Unit::Year
                } else {
                    Unit::Month
                };
                if self.is_any(k + 1, &["ended", "ending"]) {
                    return Some(Cand {
                        first: i,
                        end: k + 1,
                        sem: Sem::Duration(unit.duration(Some(1))),
                    });
                }
                if self.w(k + 1) == "-"
                    || self.is_any(k + 1, &["before", "after", "earlier", "later"])
                {
                    return None;
                }
                return Some(Cand {
                    first: i,
                    end: k + 1,
                    sem: Sem::Rel { unit, n: 0 },
                });
            }
            // the 1988 period, the 1988 second quarter
            if let Some(y) = self.year_at(i + 1) {
                if self.is_any(i + 2, &["period", "quarter"]) {
                    return Some(Cand {
                        first: i,
                        end: i + 3,
                        sem: Sem::YearPeriod(y),
                    });
                }
            }
        }
        if lower_eq(w, "year")
            && self.w(i + 1) == "-"
            && self.is_any(i + 2, &["earlier", "ago"])
            && self.tight(i + 1)
        {
            return Some(Cand {
                first: i,
                end: i + 3,
                sem: Sem::YearAgo,
            });
        }
        // "during his term": a vague past reference.
        if lower_eq(w, "during") && self.is_any(i + 1, &["his", "her", "their", "its"]) {
            let k = i + 2;
            let k = if self.is_any(
                k,
                &[
                    "first", "second", "last", "previous", "former", "short", "long",
                ],
            ) {
                k + 1
            } else {
                k
            };
            if self.is_any(
                k,
                &[
                    "term",
                    "tenure",
                    "rule",
                    "reign",
                    "presidency",
                    "premiership",
                    "mandate",
                    "period",
                    "era",
                    "time",
                    "assumption",
                ],
            ) {
                return Some(Cand {
                    first: i + 1,
                    end: k + 1,
                    sem: Sem::Vague("PAST_REF"),
                });
            }
        }
        // decades: 1990s, '90s, the eighties
        if let Some(dec) = decade(w) {
            return Some(Cand {
                first: i,
                end: i + 1,
                sem: Sem::Decade(dec),
            });
        }
        if w == "'" || w == "’" {
            let n = self.w(i + 1);
            if n.len() == 3 && n.ends_with('s') && self.tight(i + 1) {
                if let Ok(d) = n[..2].parse::<i32>() {
                    if d % 10 == 0 {
                        return Some(Cand {
                            first: i,
                            end: i + 2,
                            sem: Sem::Decade(190 + d / 10),
                        });
                    }
                }
            }
        }
        if let Some(d) = decade_word(w) {
            return Some(Cand {
                first: i,
                end: i + 1,
                sem: Sem::Decade(d),
            })
            .filter(|_| i > 0 && self.is(i - 1, "the"));
        }
        None
    }
}
