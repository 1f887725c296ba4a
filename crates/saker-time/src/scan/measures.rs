//! Durations and sets ("three weeks", "every month") and shifted expressions ("two days ago", "next week").

use super::*;

impl<'a> Matcher<'a, '_> {
    /// Number + unit expressions: durations, "two days ago", "3 weeks later", "two-year".
    pub(super) fn measure(&self, i: usize) -> Option<Cand> {
        let (n, j) = self.cardinal(i)?;
        // "two-year" adjective
        let (j, hyphen) = if self.w(j) == "-" && self.tight(j) && self.tight(j + 1) {
            (j + 1, true)
        } else if self.is_any(
            j,
            &[
                "more",
                "additional",
                "straight",
                "consecutive",
                "full",
                "further",
            ],
        ) && self.unit(j + 1).is_some()
        {
            (j + 1, false)
        } else {
            (j, false)
        };
        let (unit, plural) = self.unit(j)?;
        if unit == Unit::Weekend
            || (hyphen && unit == Unit::Quarter)
            || (is_cap(self.w(j)) && j > 0 && !self.is(j, "Years"))
        {
            return None;
        }
        // ages: "a 44-year-old", "37 years old"
        if (hyphen && self.w(j + 1) == "-" && self.is(j + 2, "old")) || self.is(j + 1, "old") {
            return None;
        }
        // "1988 second quarter": a year is not a count
        if self.num(i).is_some_and(|n| n >= 1000) && self.w(i).len() == 4 && !plural {
            return None;
        }
        let is_a = self.is(i, "a") || self.is(i, "an");
        if (n == Some(1) && plural && !hyphen)
            || (n.is_some_and(|n| n > 1) && !plural && !hyphen && !is_a)
        {
            // "one years"? "two year"? allow "two year" only when followed by "-old"/noun (rare): keep it.
        }
        // "a second" is rarely time; "second" after a number/a is time only in "a second ..."; skip.
        if unit == Unit::Second && (is_a || self.ordinal(i).is_some()) {
            return None;
        }
        if self.num(i).is_some() && unit == Unit::Quarter {
            return None;
        }
        let end = j + 1;
        let n_i = n.map(|v| v.min(100_000) as i32);
        let next = self.w(end);
        if !hyphen {
            if lower_eq(next, "ago") || lower_eq(next, "earlier") {
                if n_i == Some(1) && unit == Unit::Year {
                    return Some(Cand {
                        first: i,
                        end: end + 1,
                        sem: Sem::YearAgo,
                    });
                }
                if let Some(v) = n_i {
                    return Some(Cand {
                        first: i,
                        end: end + 1,
                        sem: Sem::Rel { unit, n: -v },
                    });
                }
                return Some(Cand {
                    first: i,
                    end: end + 1,
                    sem: Sem::Vague("PAST_REF"),
                });
            }
            if lower_eq(next, "later") {
                if let Some(v) = n_i {
                    return Some(Cand {
                        first: i,
                        end: end + 1,
                        sem: Sem::Anchored { unit, n: v },
                    });
                }
            }
            if lower_eq(next, "from") && self.is(end + 1, "now") {
                if let Some(v) = n_i {
                    return Some(Cand {
                        first: i,
                        end: end + 2,
                        sem: Sem::Rel { unit, n: v },
                    });
                }
            }
        }
        // "$5 a year", "twice a day": a set.
        if is_a
            && i > 0
            && (self.is_any(i - 1, &["once", "twice", "times", "per"]) || self.num(i - 1).is_some())
        {
            return Some(Cand {
                first: i,
                end,
                sem: Sem::Set(unit.duration(Some(1))),
            });
        }
        Some(Cand {
            first: i,
            end,
            sem: Sem::Duration(unit.duration(n)),
        })
    }

    /// Shift word + weekday / month / season / unit, and "the past three years".
    pub(super) fn shifted(&self, i: usize, with_the: bool) -> Option<Cand> {
        let w = self.w(i);
        let shift = if lower_eq(w, "last") || lower_eq(w, "past") || lower_eq(w, "previous") {
            Shift::Last
        } else if lower_eq(w, "next") || lower_eq(w, "coming") || lower_eq(w, "following") {
            Shift::Next
        } else if lower_eq(w, "this")
            || lower_eq(w, "current")
            || lower_eq(w, "that")
            || lower_eq(w, "same")
        {
            Shift::This
        } else if lower_eq(w, "first") && with_the {
            // "the first nine months"
            let c = self.measure(i + 1)?;
            return matches!(c.sem, Sem::Duration(_)).then_some(Cand { first: i, ..c });
        } else {
            return None;
        };
        let j = i + 1;
        let past_like = lower_eq(w, "past")
            || lower_eq(w, "last")
            || lower_eq(w, "next")
            || lower_eq(w, "coming");
        // the past three years → duration
        if past_like && self.unit(j).is_none() {
            if let Some(c) = self.measure(j) {
                if let Sem::Duration(_) = c.sem {
                    return Some(Cand { first: i, ..c });
                }
            }
            if self.is(j, "few") || self.is(j, "several") {
                if let Some((u, true)) = self.unit(j + 1) {
                    return Some(Cand {
                        first: i,
                        end: j + 2,
                        sem: Sem::Duration(u.duration(None)),
                    });
                }
            }
        }
        if lower_eq(w, "that")
            || lower_eq(w, "same")
            || (with_the && !lower_eq(w, "past") && !lower_eq(w, "last"))
        {
            // anchored: that day, the same day, the next day, the following week, the previous year
            if lower_eq(w, "past") {
                return None;
            }
            if with_the && matches!(shift, Shift::Last | Shift::Next) {
                if let Some(wd) = self.weekday(j) {
                    let dir = if shift == Shift::Last { -1 } else { 1 };
                    return Some(Cand {
                        first: i,
                        end: j + 1,
                        sem: Sem::AnchoredWeekday { wd, dir },
                    });
                }
            }
            let (u, pl) = self.unit(j)?;
            if pl {
                return None;
            }
            if self.part(j).is_some() {
                return None;
            }
            let n = match shift {
                Shift::Last => -1,
                Shift::Next => 1,
                _ => 0,
            };
            if lower_eq(w, "current") {
                return Some(Cand {
                    first: i,
                    end: j + 1,
                    sem: Sem::Rel { unit: u, n: 0 },
                });
            }
            return Some(Cand {
                first: i,
                end: j + 1,
                sem: Sem::Anchored { unit: u, n },
            });
        }
        if lower_eq(w, "same") {
            return None;
        }
        if let Some(c) = self.weekday_expr(j, shift) {
            return Some(Cand { first: i, ..c });
        }
        if let Some(c) = self.month_alone(j, shift) {
            return Some(Cand { first: i, ..c });
        }
        if let Some(c) = self.season(j, shift) {
            return Some(Cand { first: i, ..c });
        }
        if let Some(p) = self.part(j) {
            // this morning, last night
            let n = match (shift, p) {
                (Shift::Last, "NI") => -1,
                (Shift::This, _) => 0,
                _ => return None,
            };
            return Some(Cand {
                first: i,
                end: j + 1,
                sem: Sem::DayOffset { n, part: Some(p) },
            });
        }
        let (u, plural) = self.unit(j)?;
        if plural || matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
            return None;
        }
        let n = match shift {
            Shift::Last => -1,
            Shift::Next => 1,
            _ => 0,
        };
        Some(Cand {
            first: i,
            end: j + 1,
            sem: Sem::Rel { unit: u, n },
        })
    }
}
