//! Recognition: a small tokenizer and hand-written patterns over its tokens.
//!
//! Patterns produce a [`Sem`] (what the expression says) that `resolve` turns into a TIMEX3 value.

use crate::lexicon::{Lexicon, Sense, Unit};

/// One token of the tagger's own tokenization (alphanumeric runs; any other non-space char alone).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok<'a> {
    /// Byte offset in the full text.
    pub(crate) start: usize,
    /// End byte offset in the full text.
    pub(crate) end: usize,
    pub(crate) text: &'a str,
    /// Whitespace precedes the token.
    pub(crate) gap: bool,
    /// Value when the token is all ASCII digits (at most 9).
    pub(crate) num: Option<u32>,
}

/// Tokenizes `text[start..end]`.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    tokenize_into(text, start, end, &mut out);
    out
}

/// Tokenizes `text[start..end]` into `out` (cleared first).
pub(crate) fn tokenize_into<'t>(text: &'t str, start: usize, end: usize, out: &mut Vec<Tok<'t>>) {
    out.clear();
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let mut gap = true;
    let mut run: Option<usize> = None;
    fn push<'t>(out: &mut Vec<Tok<'t>>, text: &'t str, s: usize, e: usize, gap: bool) {
        let t = &text[s..e];
        let num = if t.len() <= 9 && t.bytes().all(|b| b.is_ascii_digit()) {
            t.parse().ok()
        } else {
            None
        };
        out.push(Tok {
            start: s,
            end: e,
            text: t,
            gap,
            num,
        });
    }
    let bytes = slice.as_bytes();
    let mut off = 0;
    while off < bytes.len() {
        let byte = bytes[off];
        let (c, len) = if byte < 0x80 {
            (byte as char, 1)
        } else {
            let c = slice[off..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        };
        let pos = start + off;
        off += len;
        if c.is_alphanumeric() {
            if run.is_none() {
                run = Some(pos);
            }
            continue;
        }
        if let Some(s) = run.take() {
            push(out, text, s, pos, gap);
            gap = false;
        }
        if c.is_whitespace() {
            gap = true;
        } else {
            push(out, text, pos, pos + c.len_utf8(), gap);
            gap = false;
        }
    }
    if let Some(s) = run {
        push(out, text, s, end, gap);
    }
}

/// How a year is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearSpec {
    /// Written out.
    Explicit(i32),
    /// Relative to the publication year ("last year" = -1).
    Rel(i32),
    /// To infer from the publication date and tense.
    Infer,
}

/// A deictic shift word before a weekday, month or season.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shift {
    None,
    Last,
    Next,
    This,
}

/// What an expression says, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Sem {
    /// Month with optional day.
    Date {
        y: YearSpec,
        m: i8,
        d: Option<i8>,
        shift: Shift,
    },
    /// Year alone.
    Year(i32),
    /// `a/b/yyyy` where the order of day and month is not known.
    Numeric { a: i8, b: i8, y: i32 },
    /// A weekday.
    Weekday {
        wd: i8,
        shift: Shift,
        part: Option<&'static str>,
    },
    /// A day relative to the publication date, with an optional part of day.
    DayOffset { n: i32, part: Option<&'static str> },
    /// `n` units from the publication date, at the unit's granularity ("last month", "two weeks ago").
    Rel { unit: Unit, n: i32 },
    /// A season.
    Season {
        s: &'static str,
        y: YearSpec,
        shift: Shift,
    },
    /// A quarter (or half when `half`).
    Quarter { q: u32, half: bool, y: YearSpec },
    /// A decade by its first three digits (`199` = the 1990s).
    Decade(i32),
    /// A vague reference.
    Vague(&'static str),
    /// A duration value.
    Duration(String),
    /// A set value.
    Set(String),
    /// `n` units from the reference time (the previously resolved date, else the publication date).
    Anchored { unit: Unit, n: i32 },
    /// A clock time, on the day given by `day` or else the publication day.
    Clock {
        h: u32,
        m: u32,
        day: Option<Box<Sem>>,
    },
    /// "the quarter", "the latest quarter": the quarter last named, else the last completed one.
    QuarterRef,
    /// "this year's third quarter".
    YearQuarter { rel: i32, q: u32 },
    /// "a year ago", "year-earlier": last year, or the same quarter a year before in a report
    /// about a quarter.
    YearAgo,
    /// "the 1988 period": the year, or its reporting quarter in a quarterly report.
    YearPeriod(i32),
    /// A fixed-date or rule-based holiday: month and day (day 0 = fourth Thursday, Thanksgiving).
    Holiday { month: i8, day: i8 },
    /// An Islamic-calendar month or holiday.
    Islamic { key: &'static str, y: Option<i32> },
    /// The week containing a date ("the week of March 6").
    WeekOf(Box<Sem>),
    /// `n` days from a date ("the day before last Tuesday").
    DayShift { n: i32, base: Box<Sem> },
    /// A weekday counted from the reference time: "the previous Friday" (`dir` -1), "the following
    /// Monday" (+1).
    AnchoredWeekday { wd: i8, dir: i32 },
}

/// A recognised expression: tokens `first..end` of the sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cand {
    pub(crate) first: usize,
    pub(crate) end: usize,
    pub(crate) sem: Sem,
}

const MONTH_PREPS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "from",
    "through",
    "throughout",
    "between",
    "before",
    "after",
    "of",
    "early",
    "late",
    "mid",
    "-",
    "last",
    "next",
    "this",
    "that",
    "on",
    "and",
    "or",
    "to",
    "end",
    "beginning",
    "start",
    "middle",
    "until",
    "starting",
    "ending",
    "around",
    "about",
    "as",
];
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "troops",
    "soldiers",
    "police",
    "policemen",
    "members",
    "fighters",
    "men",
    "women",
    "children",
    "families",
    "dead",
    "killed",
    "wounded",
    "percent",
    "%",
    "shares",
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "meters",
    "metres",
    "tons",
    "tonnes",
    "dollars",
    "dinars",
    "euros",
    "units",
    "cases",
    "votes",
    "seats",
    "acres",
    "feet",
    "barrels",
    "homes",
    "houses",
    "students",
    "workers",
    "employees",
    "prisoners",
    "detainees",
    "refugees",
    "civilians",
    "deaths",
    "victims",
    "points",
    "and",
    "to",
];
const YEAR_BLOCK_BEFORE: &[&str] = &[
    "$",
    "£",
    "€",
    "about",
    "around",
    "nearly",
    "almost",
    "approximately",
    "some",
    "over",
    "than",
    "number",
    "no",
    "No",
    "#",
    "up",
    "at",
    "Resolution",
    "resolution",
    "Article",
    "article",
    "Room",
    "room",
    "Flight",
    "flight",
    "Route",
    "route",
    "model",
];

fn lower_eq(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

fn is_cap(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// The pattern matcher over one sentence's tokens.
pub(crate) struct Matcher<'a, 'l> {
    pub(crate) t: &'a [Tok<'a>],
    pub(crate) lex: &'l Lexicon,
    /// Senses of each token, looked up once (empty for tokens no pattern can reach).
    pub(crate) sn: &'a [&'l [Sense]],
}

impl<'a> Matcher<'a, '_> {
    fn w(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", |t| t.text)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        lower_eq(self.w(i), word)
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let w = self.w(i);
        words.iter().any(|x| lower_eq(w, x))
    }

    /// Token `i` is adjacent to the previous one (no whitespace between).
    fn tight(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.gap)
    }

    fn num(&self, i: usize) -> Option<u32> {
        self.t.get(i).and_then(|t| t.num)
    }

    fn senses(&self, i: usize) -> &[Sense] {
        self.sn.get(i).copied().unwrap_or(&[])
    }

    fn month(&self, i: usize) -> Option<(i8, usize, bool)> {
        let w = self.w(i);
        let m = self.senses(i).iter().find_map(|s| match s {
            Sense::Month(m) => Some(*m),
            _ => None,
        })?;
        let full = w.len() >= 5 || ["may", "june", "july"].iter().any(|x| lower_eq(w, x));
        let lower_ok = full && !matches!(m, 3 | 5);
        if !is_cap(w) && !lower_ok {
            return None;
        }
        // A name like "June Carter" or "the March Movement"?
        let period = self.w(i + 1) == "." && self.tight(i + 1);
        if full {
            if w.len() > 3 && w.chars().all(|c| c.is_uppercase()) && !period {
                // ALL CAPS headline words are fine.
            }
            Some((m, i + 1, true))
        } else if period {
            Some((m, i + 2, false))
        } else {
            // Abbreviation without a period: only before a day number.
            self.num(i + 1).filter(|d| (1..=31).contains(d))?;
            Some((m, i + 1, false))
        }
    }

    fn name_guard(&self, first: usize, last: usize) -> bool {
        let after = self.w(last + 1);
        if is_cap(after) && self.lex.name_after.contains(&after) {
            return true;
        }
        if first > 0 {
            let before = self.w(first - 1);
            if is_cap(before) && self.lex.name_before.contains(&before) {
                return true;
            }
        }
        false
    }

    fn weekday(&self, i: usize) -> Option<i8> {
        let wd = self.senses(i).iter().find_map(|s| match s {
            Sense::Weekday(d) => Some(*d),
            _ => None,
        })?;
        (!self.name_guard(i, i)).then_some(wd)
    }

    fn part(&self, i: usize) -> Option<&'static str> {
        self.senses(i).iter().find_map(|s| match s {
            Sense::Part(p) => Some(*p),
            _ => None,
        })
    }

    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        self.senses(i).iter().find_map(|s| match s {
            Sense::Unit(u, pl) => Some((*u, *pl)),
            _ => None,
        })
    }

    fn ordinal(&self, i: usize) -> Option<u32> {
        if let Some(o) = self.senses(i).iter().find_map(|s| match s {
            Sense::Ordinal(n) => Some(*n),
            _ => None,
        }) {
            return Some(o);
        }
        day_with_suffix(self.w(i)).filter(|_| !self.w(i).bytes().all(|b| b.is_ascii_digit()))
    }

    /// A cardinal: digits or number words ("twenty-five", "a few", "a couple of"). Returns (value, end).
    fn cardinal(&self, i: usize) -> Option<(Option<u32>, usize)> {
        if let Some(n) = self.num(i) {
            // "5 1/2" is taken as 5.
            return (n < 100_000).then_some((Some(n), i + 1));
        }
        if self.is(i, "a") || self.is(i, "an") {
            if self.is(i + 1, "few") || self.is(i + 1, "couple") {
                let end = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                let v = if self.is(i + 1, "couple") {
                    Some(2)
                } else {
                    None
                };
                return Some((v, end));
            }
            return Some((Some(1), i + 1));
        }
        let n = self.senses(i).iter().find_map(|s| match s {
            Sense::Num(n) => Some(*n),
            _ => None,
        })?;
        if self.is(i, "couple") || self.is(i, "few") {
            return None;
        }
        if let Some(tens @ 20..=90) = n {
            // twenty-five / twenty five
            let j = if self.w(i + 1) == "-" && self.tight(i + 1) {
                i + 2
            } else {
                i + 1
            };
            if let Some(Some(u @ 1..=9)) = self.senses(j).iter().find_map(|s| match s {
                Sense::Num(n) => Some(*n),
                _ => None,
            }) {
                if !self.is(j, "a") && !self.is(j, "an") {
                    return Some((Some(tens + u), j + 1));
                }
            }
        }
        Some((n, i + 1))
    }

    fn year_at(&self, i: usize) -> Option<i32> {
        let t = self.t.get(i)?;
        if t.text.len() != 4 {
            return None;
        }
        let y = t.num? as i32;
        (1000..=2199).contains(&y).then_some(y)
    }

    /// A day number 1..=31 ("17", "17th").
    fn day_at(&self, i: usize) -> Option<i8> {
        let w = self.w(i);
        let d = day_with_suffix(w)?;
        (1..=31).contains(&d).then_some(d as i8)
    }

    /// A year in words: "nineteen ninety-four", "twenty twenty", "two thousand (and) one";
    /// returns (year, end).
    fn spelled_year(&self, i: usize) -> Option<(i32, usize)> {
        let w = self.w(i);
        if lower_eq(w, "nineteen") || lower_eq(w, "twenty") {
            let (n, end) = self.cardinal(i + 1)?;
            let n = n.filter(|n| (10..=99).contains(n))?;
            if self.is(i + 1, "a") || self.unit(end).is_some() {
                return None;
            }
            let century = if lower_eq(w, "nineteen") { 1900 } else { 2000 };
            return Some((century + n as i32, end));
        }
        if lower_eq(w, "two") && self.is(i + 1, "thousand") {
            let mut end = i + 2;
            let mut y = 2000;
            let k = if self.is(end, "and") { end + 1 } else { end };
            if let Some((Some(n @ 1..=99), e)) = self.cardinal(k) {
                if self.unit(e).is_none() && !self.is(k, "a") {
                    y += n as i32;
                    end = e;
                }
            }
            return Some((y, end));
        }
        None
    }

    /// `[,] yyyy` after a date part, digits or words; returns (year, end).
    fn trailing_year(&self, i: usize) -> Option<(i32, usize)> {
        let j = if self.w(i) == "," { i + 1 } else { i };
        if self.num(j).is_none() {
            return self.spelled_year(j);
        }
        let y = self.year_at(j)?;
        // "Nov. 17, 2022-23"? still a year; reject a following digit run like "2022/5".
        if matches!(self.w(j + 1), "/" | ":") && self.tight(j + 1) {
            return None;
        }
        Some((y, j + 1))
    }

    /// Explicit calendar dates.
    fn explicit_date(&self, i: usize) -> Option<Cand> {
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
    fn month_alone(&self, i: usize, shift: Shift) -> Option<Cand> {
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

    fn weekday_expr(&self, i: usize, shift: Shift) -> Option<Cand> {
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

    fn season(&self, i: usize, shift: Shift) -> Option<Cand> {
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
    fn quarter(&self, i: usize) -> Option<Cand> {
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

    /// Number + unit expressions: durations, "two days ago", "3 weeks later", "two-year".
    fn measure(&self, i: usize) -> Option<Cand> {
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
    fn shifted(&self, i: usize, with_the: bool) -> Option<Cand> {
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

    /// Single words and fixed phrases.
    fn lexical(&self, i: usize) -> Option<Cand> {
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

    /// A four-digit year on its own.
    fn year_alone(&self, i: usize) -> Option<Cand> {
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

    fn clock(&self, i: usize) -> Option<Cand> {
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
    fn clock_day(&self, c: Cand) -> Cand {
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

    fn islamic(&self, i: usize) -> Option<Cand> {
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

    fn premod(&self, i: usize) -> Option<usize> {
        let w = self.w(i);
        if [
            "early", "late", "mid", "earlier", "later", "around", "sometime",
        ]
        .iter()
        .any(|x| lower_eq(w, x))
        {
            let j = if self.w(i + 1) == "-" && self.tight(i + 1) {
                i + 2
            } else {
                i + 1
            };
            return Some(j);
        }
        let j = if lower_eq(w, "the") { i + 1 } else { i };
        if self.is_any(j, &["end", "beginning", "start", "middle", "turn"]) && self.is(j + 1, "of")
        {
            return Some(j + 2);
        }
        if j > i && self.is_any(j, &["early", "late", "mid"]) {
            let k = if self.w(j + 1) == "-" && self.tight(j + 1) {
                j + 2
            } else {
                j + 1
            };
            return Some(k);
        }
        None
    }

    /// Approximators before a measure: "nearly", "more than", "up to".
    fn approx(&self, i: usize) -> Option<usize> {
        if self.is_any(i, crate::lexicon::APPROXIMATORS) {
            return Some(i + 1);
        }
        if self.is_any(i, &["more", "less", "fewer"]) && self.is(i + 1, "than") {
            return Some(i + 2);
        }
        if (self.is(i, "up") && self.is(i + 1, "to"))
            || (self.is(i, "at") && self.is_any(i + 1, &["least", "most"]))
        {
            return Some(i + 2);
        }
        if self.is(i, "no") && self.is_any(i + 1, &["more", "less"]) && self.is(i + 2, "than") {
            return Some(i + 3);
        }
        None
    }

    /// The longest expression starting at token `i`.
    pub(crate) fn match_at(&self, i: usize) -> Option<Cand> {
        if let Some(j) = self.approx(i) {
            if let Some(c) = self.measure(j) {
                if matches!(c.sem, Sem::Duration(_) | Sem::Rel { .. }) && self.w(j + 1) != "-" {
                    return Some(Cand { first: i, ..c });
                }
            }
        }
        if let Some(j) = self.premod(i) {
            if let Some(c) = self.core(j) {
                // "earlier that day", "later this year"; "early/late" never before an anchored
                // unit.
                let relative_mod = self.is_any(i, &["earlier", "later"]);
                let ok = match c.sem {
                    Sem::Duration(_) | Sem::Set(_) | Sem::Vague(_) => false,
                    Sem::Anchored { .. } => relative_mod,
                    _ => true,
                };
                if ok {
                    return Some(Cand { first: i, ..c });
                }
            }
        }
        self.core(i)
    }

    fn core(&self, i: usize) -> Option<Cand> {
        let mut best: Option<Cand> = None;
        fn take_into(best: &mut Option<Cand>, c: Option<Cand>) {
            if let Some(c) = c {
                if best.as_ref().is_none_or(|b| c.end > b.end) {
                    *best = Some(c);
                }
            }
        }
        macro_rules! take {
            ($e:expr $(,)?) => {
                take_into(&mut best, $e)
            };
        }
        if self.is(i, "the") {
            // the winter of 1994
            take!(self
                .season(i + 1, Shift::None)
                .filter(|c| matches!(
                    c.sem,
                    Sem::Season {
                        y: YearSpec::Explicit(_),
                        ..
                    }
                ))
                .map(|c| Cand { first: i, ..c }));
            // the week of March 6
            if self.is(i + 1, "week") && self.is(i + 2, "of") {
                take!(self
                    .explicit_date(i + 3)
                    .filter(|c| matches!(c.sem, Sem::Date { d: Some(_), .. }))
                    .map(|c| Cand {
                        first: i,
                        end: c.end,
                        sem: Sem::WeekOf(Box::new(c.sem)),
                    }));
            }
            take!(self.shifted(i + 1, true).map(|c| Cand { first: i, ..c }));
            take!(self.quarter(i + 1).map(|c| Cand { first: i, ..c }));
            take!(self.explicit_date(i));
            take!(self.lexical(i));
            take!(self
                .measure(i + 1)
                .filter(|c| matches!(c.sem, Sem::Duration(_))
                    && !self.is(i + 1, "a")
                    && self.w(i + 2) != "-")
                .map(|c| Cand { first: i, ..c }),);
            if let Some(c) = self.lexical(i + 1) {
                if let Sem::Decade(_) = c.sem {
                    take!(Some(Cand { first: i, ..c }));
                }
            }
            return best;
        }
        take!(self.explicit_date(i));
        take!(self
            .weekday_expr(i, Shift::None)
            .filter(|c| c.end > i + 1 || !(i > 0 && self.is(i - 1, "a"))));
        take!(self.shifted(i, false));
        take!(self.month_alone(i, Shift::None));
        take!(self.season(i, Shift::None));
        take!(self.quarter(i));
        take!(self.lexical(i));
        take!(self.clock(i));
        take!(self.islamic(i));
        if best.is_none() {
            take!(self.year_alone(i));
        }
        // "will one day be", "may some day return": an indefinite future, not a duration.
        if self.is_any(i, &["one", "some"])
            && self.is(i + 1, "day")
            && i > 0
            && self.is_any(
                i - 1,
                &[
                    "will", "would", "could", "may", "might", "shall", "can", "must",
                ],
            )
        {
            return Some(Cand {
                first: i,
                end: i + 2,
                sem: Sem::Vague("FUTURE_REF"),
            });
        }
        let m = self.measure(i);
        // bare "a day"/"one year" in noun phrases is noisy: keep only with a real number, or after
        // "for"/"in"/"within"/"over" or before ago/later/earlier.
        if let Some(c) = m {
            let keep = match &c.sem {
                Sem::Duration(_) => {
                    let bare_a =
                        (self.is(i, "a") || self.is(i, "an")) && self.unit(i + 1).is_some();
                    let has_num = self.num(i).is_some() || !bare_a;
                    has_num
                        || (i > 0
                            && self.is_any(
                                i - 1,
                                &[
                                    "for", "in", "within", "over", "about", "nearly", "almost",
                                    "than", "after", "lasting",
                                ],
                            ))
                }
                _ => true,
            };
            if keep {
                take!(Some(c));
            }
        }
        // "for years"
        if i > 0 && self.is_any(i - 1, &["for", "over", "within"]) {
            if let Some((u, true)) = self.unit(i) {
                if !matches!(u, Unit::Weekend | Unit::Quarter) {
                    take!(Some(Cand {
                        first: i,
                        end: i + 1,
                        sem: Sem::Duration(u.duration(None)),
                    }));
                }
            }
        }
        best
    }
}

/// Holidays: (month, day, end token). Day 0 means the fourth Thursday (US Thanksgiving).
fn holiday(m: &Matcher<'_, '_>, i: usize) -> Option<(i8, i8, usize)> {
    let w = m.w(i);
    if !is_cap(w) {
        return None;
    }
    if lower_eq(w, "thanksgiving") {
        let end = if m.is(i + 1, "Day") { i + 2 } else { i + 1 };
        return Some((11, 0, end));
    }
    if lower_eq(w, "christmas") {
        if m.is(i + 1, "Eve") {
            return Some((12, 24, i + 2));
        }
        let end = if m.is(i + 1, "Day") { i + 2 } else { i + 1 };
        return (m.is(i + 1, "Day")
            || (i > 0
                && m.is_any(
                    i - 1,
                    &[
                        "at", "on", "since", "until", "by", "before", "after", "last", "this",
                        "next",
                    ],
                )))
        .then_some((12, 25, end));
    }
    if lower_eq(w, "new")
        && m.is(i + 1, "Year")
        && matches!(m.w(i + 2), "'" | "’")
        && m.is(i + 3, "s")
    {
        if m.is(i + 4, "Day") {
            return Some((1, 1, i + 5));
        }
        if m.is(i + 4, "Eve") {
            return Some((12, 31, i + 5));
        }
    }
    None
}

/// "17", "17th", "1st" → 17, 1.
fn day_with_suffix(w: &str) -> Option<u32> {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = &w[digits..];
    if !(rest.is_empty() || ["st", "nd", "rd", "th"].iter().any(|s| lower_eq(rest, s))) {
        return None;
    }
    w[..digits].parse().ok()
}

/// "1990s" → 199.
fn decade(w: &str) -> Option<i32> {
    let d = w.strip_suffix('s')?;
    if d.len() != 4 || !d.bytes().all(|b| b.is_ascii_digit()) || !d.ends_with('0') {
        return None;
    }
    let y: i32 = d.parse().ok()?;
    (1000..2100).contains(&y).then_some(y / 10)
}

fn decade_word(w: &str) -> Option<i32> {
    let words = [
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    ];
    words
        .iter()
        .position(|x| lower_eq(w, x))
        .map(|p| 192 + p as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_splits_punctuation_and_keeps_offsets() {
        let text = "On Nov. 17, 2022-11-17 at 10:30 p.m.";
        let t = tokenize(text, 0, text.len());
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "On", "Nov", ".", "17", ",", "2022", "-", "11", "-", "17", "at", "10", ":", "30",
                "p", ".", "m", "."
            ]
        );
        assert!(t[1].gap && !t[2].gap);
        for tok in &t {
            assert_eq!(&text[tok.start..tok.end], tok.text);
        }
    }

    #[test]
    fn suffix_days_and_decades() {
        assert_eq!(day_with_suffix("17th"), Some(17));
        assert_eq!(day_with_suffix("1st"), Some(1));
        assert_eq!(day_with_suffix("17x"), None);
        assert_eq!(decade("1990s"), Some(199));
        assert_eq!(decade("1995s"), None);
        assert_eq!(decade_word("Eighties"), Some(198));
    }
}
