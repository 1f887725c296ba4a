//! Resolution: from what an expression says ([`Sem`]) to a TIMEX3 value, against the publication
//! date (DCT), the tense of the clause and the reference time of the narrative.

use crate::lexicon::{Lexicon, Unit};
use crate::scan::{Sem, Shift, YearSpec};
use jiff::civil::Date;
use saker_core::nlp::{DatePrecision, TimexKind};

/// Tense of the clause an expression sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Simple past, past perfect or present perfect ("attacked", "has been released").
    Past,
    /// Present.
    Present,
    /// "will", "is going to", "plans to".
    Future,
    /// No cue.
    Unknown,
}

/// A resolved expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub(crate) kind: TimexKind,
    pub(crate) value: String,
    pub(crate) precision: DatePrecision,
    /// A date that becomes the new reference time, if the expression pins one.
    pub(crate) anchor: Option<Date>,
}

fn day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    let span = jiff::Span::new().try_days(n).ok()?;
    d.checked_add(span).ok()
}

/// (year, month) + n months.
fn add_months(y: i32, m: i8, n: i64) -> (i32, i8) {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + n;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as i8)
}

fn date_ok(y: i32, m: i8, d: i8) -> Option<Date> {
    let y = i16::try_from(y).ok()?;
    Date::new(y, m, d).ok()
}

fn month_date(y: i32, m: i8) -> Option<Date> {
    date_ok(y, m, 1)
}

fn season_month(s: &str) -> i8 {
    match s {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

fn current_season(m: i8) -> &'static str {
    match m {
        3..=5 => "SP",
        6..=8 => "SU",
        9..=11 => "FA",
        _ => "WI",
    }
}

fn mk(
    kind: TimexKind,
    value: String,
    precision: DatePrecision,
    anchor: Option<Date>,
) -> Option<Resolved> {
    Some(Resolved {
        kind,
        value,
        precision,
        anchor,
    })
}

fn with_part(d: Date, part: Option<&str>) -> Option<Resolved> {
    match part {
        Some(p) => mk(
            TimexKind::Time,
            format!("{}T{p}", day(d)),
            DatePrecision::Day,
            Some(d),
        ),
        None => mk(TimexKind::Date, day(d), DatePrecision::Day, Some(d)),
    }
}

/// The unit-granular value `n` units from `base`.
fn relative(base: Date, unit: Unit, n: i64) -> Option<Resolved> {
    let n = n.clamp(-100_000, 100_000);
    let y = i32::from(base.year());
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => {
            let d = match unit {
                Unit::Hour => add_days(base, (n as f64 / 24.0).floor() as i64)?,
                _ => base,
            };
            mk(TimexKind::Date, day(d), DatePrecision::Day, Some(d))
        }
        Unit::Day => {
            let d = add_days(base, n)?;
            mk(TimexKind::Date, day(d), DatePrecision::Day, Some(d))
        }
        Unit::Week => {
            let d = add_days(base, n * 7)?;
            mk(TimexKind::Date, week(d), DatePrecision::Week, None)
        }
        Unit::Weekend => {
            let d = add_days(base, n * 7)?;
            mk(
                TimexKind::Date,
                format!("{}-WE", week(d)),
                DatePrecision::Week,
                None,
            )
        }
        Unit::Month => {
            let (yy, mm) = add_months(y, base.month(), n);
            mk(
                TimexKind::Date,
                format!("{yy:04}-{mm:02}"),
                DatePrecision::Month,
                month_date(yy, mm),
            )
        }
        Unit::Quarter => {
            let q0 = i64::from(base.month() - 1) / 3;
            let idx = i64::from(y) * 4 + q0 + n;
            let (yy, q) = (idx.div_euclid(4), idx.rem_euclid(4) + 1);
            mk(
                TimexKind::Date,
                format!("{yy:04}-Q{q}"),
                DatePrecision::Quarter,
                None,
            )
        }
        Unit::Year => {
            let yy = i64::from(y) + n;
            mk(
                TimexKind::Date,
                format!("{yy:04}"),
                DatePrecision::Year,
                month_date(yy as i32, 1),
            )
        }
        Unit::Decade => mk(
            TimexKind::Date,
            format!("{:03}", i64::from(y) / 10 + n),
            DatePrecision::Decade,
            None,
        ),
        Unit::Century => mk(
            TimexKind::Date,
            format!("{:02}", i64::from(y) / 100 + n),
            DatePrecision::Century,
            None,
        ),
    }
}

/// The quarter a report is about: the latest completed one the article named, else the current
/// one if named (a fiscal quarter), else the last completed one.
fn report_quarter(dct: Date, st: &State) -> (i32, u32) {
    let dy = i32::from(dct.year());
    let cur = u32::from(dct.month() as u8 - 1) / 3 + 1;
    let last_done = if cur == 1 { (dy - 1, 4) } else { (dy, cur - 1) };
    match (st.quarter, st.fiscal_quarter) {
        (Some(q), _) if q <= last_done => q,
        (_, Some(q)) if q == (dy, cur) => q,
        _ => last_done,
    }
}

/// Year of a month (or season starting in month `m`) given without a year.
///
/// Past tense → the most recent such month (the current month only when `bare_in` is false: "in
/// November" written in November about a finished event is last November — this month would be
/// "earlier this month"); future → the next one; no cue → the nearest one (within six months).
fn infer_year(dct: Date, m: i8, shift: Shift, tense: Tense, bare_in: bool) -> i32 {
    let (y, cm) = (i32::from(dct.year()), dct.month());
    match shift {
        Shift::This => y,
        Shift::Last => {
            if m < cm {
                y
            } else {
                y - 1
            }
        }
        Shift::Next => {
            if m > cm {
                y
            } else {
                y + 1
            }
        }
        Shift::None => match tense {
            Tense::Future => {
                if m >= cm {
                    y
                } else {
                    y + 1
                }
            }
            Tense::Past => {
                if m < cm || (m == cm && !bare_in) {
                    y
                } else {
                    y - 1
                }
            }
            Tense::Unknown => {
                // News narrates the past: the most recent such month, unless it is one of the
                // next two ("payable in January" in November).
                let ahead = (i32::from(m) - i32::from(cm)).rem_euclid(12);
                match (ahead, m >= cm) {
                    (0, _) => y,
                    (1..=UNKNOWN_AHEAD_MONTHS, true) => y,
                    (1..=UNKNOWN_AHEAD_MONTHS, false) => y + 1,
                    (_, true) => y - 1,
                    (_, false) => y,
                }
            }
            Tense::Present => {
                let diff = i32::from(m) - i32::from(cm);
                if diff > 6 {
                    y - 1
                } else if diff < -6 {
                    y + 1
                } else {
                    y
                }
            }
        },
    }
}

/// With no tense cue, a month this many months ahead of the publication month is still read as
/// upcoming; anything further is the most recent past one.
const UNKNOWN_AHEAD_MONTHS: i32 = 2;
/// With no tense cue, a month and day up to this many days ahead are upcoming.
const UNKNOWN_AHEAD_DAYS: i32 = 120;

/// What the narrative has established so far.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct State {
    /// Reference time: the last resolved date.
    pub(crate) anchor: Option<Date>,
    /// The quarter the article reports on: the latest completed one named (year, quarter).
    pub(crate) quarter: Option<(i32, u32)>,
    /// The current calendar quarter, when the article names it (a fiscal quarter that may have
    /// ended).
    pub(crate) fiscal_quarter: Option<(i32, u32)>,
    /// What the current sentence says about reporting periods.
    pub(crate) period: Period,
}

/// How a sentence talks about reporting periods (for "a year ago", "the 1988 period").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Period {
    /// Not about a reporting period.
    #[default]
    None,
    /// Money or "period": a quarterly comparison when the article has named a quarter.
    Money,
    /// The sentence names a quarter.
    Quarter,
    /// About a longer period ("the nine months", "the fiscal year"): a year stays a year.
    Longer,
}

/// Resolves one expression.
pub(crate) fn resolve(
    sem: &Sem,
    dct: Date,
    tense: Tense,
    st: &State,
    lex: &Lexicon,
) -> Option<Resolved> {
    resolve_in(sem, dct, tense, st, lex, false)
}

/// [`resolve`]; `bare_in` says the expression is a bare month right after "in".
pub(crate) fn resolve_in(
    sem: &Sem,
    dct: Date,
    tense: Tense,
    st: &State,
    lex: &Lexicon,
    bare_in: bool,
) -> Option<Resolved> {
    let dy = i32::from(dct.year());
    let anchor = st.anchor;
    match sem {
        Sem::Date { y, m, d, shift } => {
            let yy = match *y {
                YearSpec::Explicit(v) => v,
                YearSpec::Rel(r) => dy + r,
                YearSpec::Infer => match d {
                    Some(dd) => {
                        let cand = date_ok(dy, *m, *dd);
                        match (cand, tense) {
                            (Some(c), Tense::Past) if (c - dct).get_days() > 60 => dy - 1,
                            (Some(c), Tense::Future) if (dct - c).get_days() > 30 => dy + 1,
                            (Some(c), Tense::Unknown)
                                if (c - dct).get_days() > UNKNOWN_AHEAD_DAYS =>
                            {
                                dy - 1
                            }
                            (Some(c), Tense::Unknown)
                                if (dct - c).get_days() > 365 - UNKNOWN_AHEAD_DAYS =>
                            {
                                dy + 1
                            }
                            (Some(c), Tense::Present) if (c - dct).get_days() > 183 => dy - 1,
                            (Some(c), Tense::Present) if (dct - c).get_days() > 183 => dy + 1,
                            _ => dy,
                        }
                    }
                    None => infer_year(dct, *m, *shift, tense, bare_in),
                },
            };
            if let Some(dd) = d {
                if let Some(date) = date_ok(yy, *m, *dd) {
                    return mk(TimexKind::Date, day(date), DatePrecision::Day, Some(date));
                }
            }
            mk(
                TimexKind::Date,
                format!("{yy:04}-{m:02}"),
                DatePrecision::Month,
                month_date(yy, *m),
            )
        }
        Sem::Year(y) => mk(
            TimexKind::Date,
            format!("{y:04}"),
            DatePrecision::Year,
            month_date(*y, 1),
        ),
        Sem::Numeric { a, b, y } => {
            let dmy = date_ok(*y, *b, *a);
            let mdy = date_ok(*y, *a, *b);
            let pick = match (dmy, mdy) {
                (Some(x), Some(z)) if x != z => {
                    // The reading nearest to the publication date, preferring the past.
                    let key = |d: Date| {
                        let past = d <= dct;
                        let dist = (d - dct).get_days().unsigned_abs();
                        (!past, dist)
                    };
                    if key(z) < key(x) {
                        z
                    } else {
                        x
                    }
                }
                (Some(x), _) => x,
                (None, Some(z)) => z,
                (None, None) => return None,
            };
            mk(TimexKind::Date, day(pick), DatePrecision::Day, Some(pick))
        }
        Sem::Weekday { wd, shift, part } => {
            let cur = dct.weekday().to_monday_one_offset();
            let back = i64::from((cur - wd).rem_euclid(7));
            let fwd = i64::from((wd - cur).rem_euclid(7));
            let off = match (shift, tense) {
                (Shift::Last, _) => -(if back == 0 { 7 } else { back }),
                (Shift::Next, _) => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                (Shift::This, Tense::Future) | (Shift::None, Tense::Future) => fwd,
                _ => -back,
            };
            with_part(add_days(dct, off)?, *part)
        }
        Sem::DayOffset { n, part } => with_part(add_days(dct, i64::from(*n))?, *part),
        Sem::Rel {
            unit: Unit::Weekend,
            n: 0,
        } => {
            // "the weekend": the last one early in the week, the coming one late in the week or
            // in future-tense clauses.
            let wd = dct.weekday().to_monday_one_offset();
            let n = if wd <= 3 && tense != Tense::Future {
                -1
            } else {
                0
            };
            relative(dct, Unit::Weekend, n)
        }
        Sem::Rel { unit, n } => relative(dct, *unit, i64::from(*n)),
        Sem::QuarterRef => {
            let (y, q) = report_quarter(dct, st);
            mk(
                TimexKind::Date,
                format!("{y:04}-Q{q}"),
                DatePrecision::Quarter,
                None,
            )
        }
        Sem::YearAgo => match (st.period, st.quarter.or(st.fiscal_quarter)) {
            (Period::Quarter, _) | (Period::Money, Some(_)) => {
                let (y, q) = report_quarter(dct, st);
                mk(
                    TimexKind::Date,
                    format!("{:04}-Q{q}", y - 1),
                    DatePrecision::Quarter,
                    None,
                )
            }
            _ => relative(dct, Unit::Year, -1),
        },
        Sem::YearPeriod(y) => match (st.period, st.quarter.or(st.fiscal_quarter)) {
            (Period::Quarter, _) | (Period::Money, Some(_)) => {
                let (_, q) = report_quarter(dct, st);
                mk(
                    TimexKind::Date,
                    format!("{y:04}-Q{q}"),
                    DatePrecision::Quarter,
                    None,
                )
            }
            _ => mk(
                TimexKind::Date,
                format!("{y:04}"),
                DatePrecision::Year,
                month_date(*y, 1),
            ),
        },
        Sem::YearQuarter { rel, q } => mk(
            TimexKind::Date,
            format!("{:04}-Q{q}", dy + rel),
            DatePrecision::Quarter,
            None,
        ),
        Sem::Anchored { unit, n } => match anchor {
            Some(a) => {
                let mut r = relative(a, *unit, i64::from(*n))?;
                if *unit != Unit::Day {
                    r.anchor = None;
                }
                Some(r)
            }
            None if *n > 0 && !matches!(unit, Unit::Day) => mk(
                TimexKind::Duration,
                unit.duration(Some(*n as u32)),
                DatePrecision::Duration,
                None,
            ),
            None => relative(dct, *unit, i64::from(*n)),
        },
        Sem::Season { s, y, shift } => {
            let yy = match *y {
                YearSpec::Explicit(v) => v,
                YearSpec::Rel(r) => dy + r,
                YearSpec::Infer => {
                    let sm = season_month(s);
                    if *shift == Shift::Last && current_season(dct.month()) == *s {
                        dy - 1
                    } else {
                        infer_year(dct, sm, *shift, tense, false)
                    }
                }
            };
            mk(
                TimexKind::Date,
                format!("{yy:04}-{s}"),
                DatePrecision::Season,
                None,
            )
        }
        Sem::Quarter { q, half, y } => {
            let cur = if *half {
                u32::from(dct.month() as u8 - 1) / 6 + 1
            } else {
                u32::from(dct.month() as u8 - 1) / 3 + 1
            };
            let yy = match *y {
                YearSpec::Explicit(v) => v,
                YearSpec::Rel(r) => dy + r,
                YearSpec::Infer => match tense {
                    Tense::Future => dy,
                    _ if *q > cur => dy - 1,
                    _ => dy,
                },
            };
            let (letter, prec) = if *half {
                ('H', DatePrecision::Quarter)
            } else {
                ('Q', DatePrecision::Quarter)
            };
            mk(TimexKind::Date, format!("{yy:04}-{letter}{q}"), prec, None)
        }
        Sem::Holiday { month, day: hd } => {
            let on = |y: i32| -> Option<Date> {
                if *hd == 0 {
                    // fourth Thursday
                    let first = date_ok(y, *month, 1)?;
                    let wd = i64::from(first.weekday().to_monday_one_offset());
                    let to_thu = (4 - wd).rem_euclid(7);
                    add_days(first, to_thu + 21)
                } else {
                    date_ok(y, *month, *hd)
                }
            };
            let this = on(dy)?;
            let date = match tense {
                Tense::Future if this < dct => on(dy + 1)?,
                Tense::Future => this,
                _ if this > dct => on(dy - 1)?,
                _ => this,
            };
            mk(TimexKind::Date, day(date), DatePrecision::Day, Some(date))
        }
        Sem::Decade(d) => mk(
            TimexKind::Date,
            format!("{d:03}"),
            DatePrecision::Decade,
            None,
        ),
        Sem::Vague(v) => mk(TimexKind::Date, (*v).to_owned(), DatePrecision::Vague, None),
        Sem::Duration(v) => mk(
            TimexKind::Duration,
            v.clone(),
            DatePrecision::Duration,
            None,
        ),
        Sem::Set(v) => mk(TimexKind::Set, v.clone(), DatePrecision::Vague, None),
        Sem::Clock { h, m, day: on } => {
            let date = match on {
                Some(d) => resolve(d, dct, tense, st, lex)?.anchor?,
                None => dct,
            };
            mk(
                TimexKind::Time,
                format!("{}T{h:02}:{m:02}", day(date)),
                DatePrecision::Time,
                Some(date),
            )
        }
        Sem::WeekOf(base) => {
            let d = resolve_in(base, dct, tense, st, lex, false)?.anchor?;
            mk(TimexKind::Date, week(d), DatePrecision::Week, Some(d))
        }
        Sem::DayShift { n, base } => {
            let d = resolve_in(base, dct, tense, st, lex, false)?.anchor?;
            let d = add_days(d, i64::from(*n))?;
            mk(TimexKind::Date, day(d), DatePrecision::Day, Some(d))
        }
        Sem::AnchoredWeekday { wd, dir } => {
            let base = anchor.unwrap_or(dct);
            let cur = base.weekday().to_monday_one_offset();
            let off = if *dir < 0 {
                let back = i64::from((cur - wd).rem_euclid(7));
                -(if back == 0 { 7 } else { back })
            } else {
                let fwd = i64::from((wd - cur).rem_euclid(7));
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            };
            with_part(add_days(base, off)?, None)
        }
        Sem::Islamic { key, y } => {
            let list = lex.islamic.get(key).map_or(&[][..], Vec::as_slice);
            let hit = match y {
                Some(y) => list.iter().find(|e| i32::from(e.start.year()) == *y),
                None if tense == Tense::Future => list.iter().find(|e| e.start >= dct),
                None => list
                    .iter()
                    .filter(|e| e.start <= dct)
                    .max_by_key(|e| e.start)
                    .filter(|e| (dct - e.start).get_days() < 400),
            };
            match hit {
                Some(e) if e.is_month => mk(
                    TimexKind::Date,
                    format!("{:04}-{:02}", e.start.year(), e.start.month()),
                    DatePrecision::Month,
                    None,
                ),
                Some(e) => mk(
                    TimexKind::Date,
                    day(e.start),
                    DatePrecision::Day,
                    Some(e.start),
                ),
                None => match y {
                    Some(y) => mk(
                        TimexKind::Date,
                        format!("{y:04}"),
                        DatePrecision::Year,
                        None,
                    ),
                    None => mk(
                        TimexKind::Date,
                        "XXXX".to_owned(),
                        DatePrecision::Vague,
                        None,
                    ),
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().expect("test date")
    }

    #[test]
    fn relative_units() {
        let dct = d("2022-11-18");
        assert_eq!(
            relative(dct, Unit::Month, -1).map(|r| r.value),
            Some("2022-10".into())
        );
        assert_eq!(
            relative(dct, Unit::Month, -11).map(|r| r.value),
            Some("2021-12".into())
        );
        assert_eq!(
            relative(dct, Unit::Week, 0).map(|r| r.value),
            Some("2022-W46".into())
        );
        assert_eq!(
            relative(dct, Unit::Quarter, -1).map(|r| r.value),
            Some("2022-Q3".into())
        );
        assert_eq!(
            relative(dct, Unit::Quarter, 1).map(|r| r.value),
            Some("2023-Q1".into())
        );
        assert_eq!(
            relative(dct, Unit::Decade, 0).map(|r| r.value),
            Some("202".into())
        );
        assert_eq!(
            relative(dct, Unit::Day, -2).map(|r| r.value),
            Some("2022-11-16".into())
        );
        // Huge offsets are clamped, never overflow.
        assert!(relative(dct, Unit::Day, i64::MAX).is_some());
        assert!(relative(dct, Unit::Year, i64::MIN).is_some());
    }

    #[test]
    fn month_year_inference() {
        let dct = d("2022-11-18");
        assert_eq!(infer_year(dct, 11, Shift::None, Tense::Past, true), 2021);
        assert_eq!(infer_year(dct, 11, Shift::This, Tense::Past, true), 2022);
        assert_eq!(infer_year(dct, 11, Shift::None, Tense::Past, false), 2022);
        assert_eq!(infer_year(dct, 11, Shift::None, Tense::Unknown, true), 2022);
        assert_eq!(infer_year(dct, 1, Shift::None, Tense::Unknown, false), 2023);
        assert_eq!(infer_year(dct, 3, Shift::None, Tense::Past, false), 2022);
        assert_eq!(infer_year(dct, 12, Shift::None, Tense::Past, false), 2021);
        assert_eq!(infer_year(dct, 3, Shift::None, Tense::Future, false), 2023);
        assert_eq!(
            infer_year(dct, 11, Shift::Last, Tense::Unknown, false),
            2021
        );
        assert_eq!(infer_year(dct, 1, Shift::Next, Tense::Unknown, false), 2023);
    }
}
