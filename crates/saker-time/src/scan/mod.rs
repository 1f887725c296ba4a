//! Recognition: a small tokenizer and hand-written patterns over its tokens.
//!
//! Patterns produce a [`Sem`] (what the expression says) that `resolve` turns into a TIMEX3 value.

mod clock;
mod dates;
mod lexical;
mod measures;

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
    crate::lexicon::DECADE_WORDS
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
