//! A year alone, clock times ("at 10 p.m."), and dates of the Islamic calendar.

use super::*;

impl<'a> Matcher<'a, '_> {
    /// A four-digit year on its own.
    pub(super) fn year_alone(&self, i: usize) -> Option<Cand> {
        let y = self.year_at(i)?;
        if !(1800..=2099).contains(&y) {
            return None;
        }
        if i > 0 {
            let p = self.w(i - 1);
            let after_number = i > 1 && self.num(i - 2).is_some();
            if YEAR_BLOCK_BEFORE.contains(&p)
                || (self.tight(i)
                    && matches!(p, "-" | "/" | "." | "," | ":")
                    && (after_number || p != "-"))
            {
                return None;
            }
        }
        let next = self.w(i + 1);
        if COUNT_NOUNS.iter().any(|c| lower_eq(c, next))
            && !self.is(i + 1, "and")
            && !self.is(i + 1, "to")
        {
            return None;
        }
        if self.tight(i + 1)
            && matches!(next, "," | "." | "/" | ":")
            && self.num(i + 2).is_some()
            && self.tight(i + 2)
        {
            return None;
        }
        let first = if i > 0 && self.is(i - 1, "fiscal") {
            i - 1
        } else {
            i
        };
        Some(Cand {
            first,
            end: i + 1,
            sem: Sem::Year(y),
        })
    }

    pub(super) fn clock(&self, i: usize) -> Option<Cand> {
        if self.is(i, "noon") || self.is(i, "midday") || self.is(i, "midnight") {
            let h = if self.is(i, "midnight") { 0 } else { 12 };
            return Some(Cand {
                first: i,
                end: i + 1,
                sem: Sem::Clock { h, m: 0, day: None },
            })
            .map(|c| self.clock_day(c));
        }
        let h = self.num(i).filter(|h| *h <= 24 && self.w(i).len() <= 2)?;
        let (mut m, mut j) = (0, i + 1);
        if self.w(j) == ":" && self.tight(j) && self.tight(j + 1) && self.w(j + 1).len() == 2 {
            m = self.num(j + 1).filter(|m| *m < 60)?;
            j += 2;
        }
        let (pm, end) = if self.is(j, "a") && self.w(j + 1) == "." && self.is(j + 2, "m") {
            (
                Some(false),
                if self.w(j + 3) == "." { j + 4 } else { j + 3 },
            )
        } else if self.is(j, "p") && self.w(j + 1) == "." && self.is(j + 2, "m") {
            (Some(true), if self.w(j + 3) == "." { j + 4 } else { j + 3 })
        } else if self.is(j, "am") || self.is(j, "pm") {
            (Some(self.is(j, "pm")), j + 1)
        } else if j == i + 3 && i > 0 && self.is(i - 1, "at") {
            (None, j)
        } else {
            return None;
        };
        let h = match pm {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        if h > 23 {
            return None;
        }
        let end = if self.is_any(end, &["GMT", "UTC", "EST", "EDT", "PST", "PDT", "CET"]) {
            end + 1
        } else if self.is(end, "local") && self.is(end + 1, "time") {
            end + 2
        } else {
            end
        };
        Some(self.clock_day(Cand {
            first: i,
            end,
            sem: Sem::Clock { h, m, day: None },
        }))
    }

    /// "10 p.m. Wednesday", "5 p.m. EST, Nov. 6": a day after a clock time joins it.
    pub(super) fn clock_day(&self, c: Cand) -> Cand {
        let j = if self.w(c.end) == "," {
            c.end + 1
        } else {
            c.end
        };
        let day = self
            .explicit_date(j)
            .filter(|d| matches!(d.sem, Sem::Date { d: Some(_), .. }))
            .or_else(|| self.weekday_expr(j, Shift::None).filter(|d| d.end == j + 1))
            .or_else(|| {
                self.lexical(j)
                    .filter(|d| matches!(d.sem, Sem::DayOffset { part: None, .. }))
            });
        match (day, c.sem) {
            (Some(d), Sem::Clock { h, m, .. }) => Cand {
                first: c.first,
                end: d.end,
                sem: Sem::Clock {
                    h,
                    m,
                    day: Some(Box::new(d.sem)),
                },
            },
            (_, sem) => Cand { sem, ..c },
        }
    }

    pub(super) fn islamic(&self, i: usize) -> Option<Cand> {
        let w = self.w(i);
        let (key, mut end): (&'static str, usize) =
            if lower_eq(w, "ramadan") || lower_eq(w, "ramadhan") {
                ("ramadan", i + 1)
            } else if lower_eq(w, "muharram") {
                ("muharram", i + 1)
            } else if lower_eq(w, "ashura") || lower_eq(w, "ashoura") {
                ("ashura", i + 1)
            } else if lower_eq(w, "arbaeen") || lower_eq(w, "arbaein") || lower_eq(w, "arbain") {
                ("arbaeen", i + 1)
            } else if lower_eq(w, "eid") {
                let mut j = i + 1;
                if self.is_any(j, &["al", "el", "ul"]) {
                    j += 1;
                    if self.w(j) == "-" {
                        j += 1;
                    }
                }
                if self.is_any(j, &["adha", "adhha"]) {
                    ("eid al-adha", j + 1)
                } else if self.is_any(j, &["fitr", "fitir"]) {
                    ("eid al-fitr", j + 1)
                } else {
                    return None;
                }
            } else {
                return None;
            };
        if !is_cap(w) {
            return None;
        }
        // A person called Ramadan: "Ramadan said", "Taha Yassin Ramadan".
        if key == "ramadan" {
            let prev_cap =
                i > 0 && is_cap(self.w(i - 1)) && self.w(i - 1).chars().all(char::is_alphabetic);
            let next = self.w(i + 1);
            let next_cap = is_cap(next) && next.chars().all(char::is_alphabetic);
            let month_ctx = i > 0
                && self.is_any(
                    i - 1,
                    &[
                        "in", "during", "of", "before", "after", "since", "until", "holy", "this",
                        "last", "next", "the",
                    ],
                );
            if !month_ctx
                && (prev_cap || next_cap || self.is_any(i + 1, &["said", "says", "told", "added"]))
            {
                return None;
            }
        }
        let mut y = None;
        if let Some(yy) = self.year_at(end) {
            y = Some(yy);
            end += 1;
        }
        Some(Cand {
            first: i,
            end,
            sem: Sem::Islamic { key, y },
        })
    }
}
