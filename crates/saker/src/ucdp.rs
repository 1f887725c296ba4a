//! Whole-pipeline evaluation on UCDP GED Iraq (dev): code each event's source headlines with the
//! publication date, and compare what comes out with the event's gold sides, dates and place.
//!
//! Metrics (all over rows that have a headline):
//! * `event_rate` — share of rows where at least one event was coded;
//! * `side_a_recall`, `side_b_recall` — share of rows where some coded actor or recipient matches
//!   the gold side (see [`side_matches`]);
//! * `date_accuracy` — share of coded rows whose first event's date (any precision) overlaps the
//!   gold `date_start..date_end`;
//! * `acc161` — share of coded rows with a gold point location (`where_prec` 1–3) whose first
//!   located event lies within 161 km of it; `located_rate` — how many of those had a location.

use crate::Pipeline;
use saker_core::eval::{ratio, EvalReport};
use saker_core::nlp::STATE_AGENT_ROLES;
use saker_core::record::{ActorRecord, EventRecord};
use saker_core::Article;
use std::path::Path;

/// Names a UCDP side may appear under in news text (lower-case), for the non-state sides of the
/// Iraq data, matched as whole words (see [`has_word`]). Governments are matched by CAMEO code
/// instead. The acronym "IS" is matched in capitals only (see [`side_matches`]). UCDP's actor IS
/// is the organisation under all its names since 2004, al-Qaeda in Iraq and the Islamic State of
/// Iraq included; in this Iraq-only set an al-Qaeda actor is that group ("Qaeda claims attacks").
const SIDE_ALIASES: &[(&str, &[&str])] = &[
    (
        "IS",
        &[
            "islamic state",
            "isis",
            "isil",
            "daesh",
            "jihadist",
            "jihadists",
            "qaeda",
        ],
    ),
    ("PKK", &["pkk", "kurdistan workers"]),
    ("JRTN", &["naqshbandi", "jrtn"]),
    ("KDP", &["kdp", "kurdistan democratic party"]),
    ("KDPI", &["kdpi", "democratic party of iranian kurdistan"]),
    ("PUK", &["puk", "patriotic union of kurdistan"]),
    (
        "MEK",
        &[
            "mek",
            "mojahedin",
            "mujahideen-e-khalq",
            "people's mojahedin",
        ],
    ),
    ("Jaysh al-Mukhtar", &["mukhtar"]),
    (
        "Civilians",
        &[
            "civilian",
            "civilians",
            "people",
            "residents",
            "villagers",
            "family",
            "families",
            "worshippers",
        ],
    ),
];

/// ISO3 codes of the governments that appear as UCDP sides in the Iraq data.
const GOVERNMENTS: &[(&str, &str)] = &[
    ("Government of Iraq", "IRQ"),
    ("Government of Turkey", "TUR"),
    ("Government of Iran", "IRN"),
    ("Government of United States of America", "USA"),
    ("Government of United Kingdom", "GBR"),
];

/// True when `needle` occurs in `hay` as a whole word or phrase (not inside a longer word:
/// "is" is not found in "journalists").
fn has_word(hay: &str, needle: &str) -> bool {
    let word = |c: char| c.is_alphanumeric();
    hay.match_indices(needle).any(|(i, m)| {
        !hay[..i].chars().next_back().is_some_and(word)
            && !hay[i + m.len()..].chars().next().is_some_and(word)
    })
}

/// True when the coded actor plausibly is the UCDP side `side`.
///
/// * "Government of X": the actor's CAMEO code is X alone (the state named by its country, "Iraq
///   says …") or X followed by a state role ([`STATE_AGENT_ROLES`]: "IRQMIL", "TURGOV"). A non-state
///   actor of X ("IRQCVL", "IRQETH", "IRQUAF") or a group whose home country is X (the Islamic
///   State's record carries IRQ) is not the government. Without a CAMEO code the country field
///   and a state sector decide.
/// * Other sides: one of the side's names ([`SIDE_ALIASES`], or the side's own name) occurs as a
///   whole word in the actor's text or knowledge-base name; civilians also by the CAMEO role CVL.
pub fn side_matches(side: &str, a: &ActorRecord) -> bool {
    if let Some((_, iso)) = GOVERNMENTS.iter().find(|(n, _)| *n == side) {
        return match a.cameo.as_deref() {
            Some(c) => {
                c.get(..3) == Some(*iso)
                    && c.get(3..6)
                        .is_none_or(|role| STATE_AGENT_ROLES.contains(&role))
            }
            None => {
                a.country.as_deref() == Some(*iso)
                    && a.sector.as_deref().is_some_and(|s| {
                        [
                            "government",
                            "military",
                            "police",
                            "intelligence",
                            "judiciary",
                            "legislature",
                        ]
                        .contains(&s)
                    })
            }
        };
    }
    if side == "Civilians" && a.cameo.as_deref().is_some_and(|c| c.ends_with("CVL")) {
        return true;
    }
    let raw = format!("{} {}", a.text, a.name.as_deref().unwrap_or(""));
    let hay = raw.to_lowercase();
    if side == "IS" && has_word(&raw, "IS") {
        return true;
    }
    SIDE_ALIASES
        .iter()
        .find(|(n, _)| *n == side)
        .is_some_and(|(_, al)| al.iter().any(|x| has_word(&hay, x)))
        || (side.len() > 2 && has_word(&hay, &side.to_lowercase()))
}

/// Inclusive day interval of a TIMEX-style value (`2014-05-07`, `2014-05`, `2014`).
fn interval(v: &str) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
    use jiff::civil::Date;
    let p: Vec<&str> = v.get(..10.min(v.len()))?.split('-').collect();
    let y: i16 = p.first()?.parse().ok()?;
    match p.len() {
        1 => Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?)),
        2 => {
            let m: i8 = p[1].parse().ok()?;
            let s = Date::new(y, m, 1).ok()?;
            Some((s, s.last_of_month()))
        }
        _ => {
            let d = Date::new(y, p[1].parse().ok()?, p[2].parse().ok()?).ok()?;
            Some((d, d))
        }
    }
}

fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// Scores the pipeline on `…/eval/ucdp_ged_iraq/conflict_data_irq.csv` under `data` (`shared/data`).
pub fn run(data: &Path) -> Vec<EvalReport> {
    let path = data.join("eval/ucdp_ged_iraq/conflict_data_irq.csv");
    let mut rdr = match csv::Reader::from_path(&path) {
        Ok(r) => r,
        Err(e) => return vec![EvalReport::data_missing("ucdp", "all", e.to_string())],
    };
    let headers = match rdr.headers() {
        Ok(h) => h.clone(),
        Err(e) => return vec![EvalReport::data_missing("ucdp", "all", e.to_string())],
    };
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (
        Some(hl),
        Some(sd),
        Some(ds),
        Some(de),
        Some(sa),
        Some(sb),
        Some(wp),
        Some(lat),
        Some(lon),
    ) = (
        col("source_headline"),
        col("source_date"),
        col("date_start"),
        col("date_end"),
        col("side_a"),
        col("side_b"),
        col("where_prec"),
        col("latitude"),
        col("longitude"),
    )
    else {
        return vec![EvalReport::data_missing(
            "ucdp",
            "all",
            "expected columns not found",
        )];
    };
    let pipeline = match Pipeline::new() {
        Ok(p) => p,
        Err(e) => return vec![EvalReport::data_missing("ucdp", "all", e.to_string())],
    };
    let (mut n, mut coded, mut a_hit, mut b_hit, mut date_ok) = (0, 0, 0, 0, 0);
    let (mut geo_n, mut located, mut within) = (0, 0, 0);
    for rec in rdr.records().flatten() {
        let headline = rec.get(hl).unwrap_or("").trim();
        let date = rec
            .get(sd)
            .unwrap_or("")
            .split(';')
            .next()
            .unwrap_or("")
            .trim();
        if headline.is_empty() || crate::pipeline::parse_date(date).is_err() {
            continue;
        }
        n += 1;
        let text = headline.replace(';', "\n");
        let art = Article::new(format!("ucdp-{n}"), Some(date), text);
        let events: Vec<EventRecord> = match pipeline.code(&art) {
            Ok(c) => c.events,
            Err(_) => continue,
        };
        if events.is_empty() {
            continue;
        }
        coded += 1;
        let side = |s: &str| {
            events.iter().any(|e| {
                e.actors
                    .iter()
                    .chain(&e.recipients)
                    .any(|a| side_matches(s, a))
            })
        };
        a_hit += usize::from(side(rec.get(sa).unwrap_or("")));
        b_hit += usize::from(side(rec.get(sb).unwrap_or("")));
        let gold = (
            interval(rec.get(ds).unwrap_or("")),
            interval(rec.get(de).unwrap_or("")),
        );
        if let (Some((gs, _)), Some((_, ge)), Some(d)) = (gold.0, gold.1, events[0].date.as_ref()) {
            if interval(&d.value).is_some_and(|(s, e)| s <= ge && gs <= e) {
                date_ok += 1;
            }
        }
        let prec: u8 = rec.get(wp).and_then(|s| s.parse().ok()).unwrap_or(9);
        let gold_pt = rec
            .get(lat)
            .and_then(|s| s.parse::<f64>().ok())
            .zip(rec.get(lon).and_then(|s| s.parse::<f64>().ok()));
        if let (true, Some(g)) = (prec <= 3, gold_pt) {
            geo_n += 1;
            if let Some(l) = events.iter().find_map(|e| e.location.as_ref()) {
                located += 1;
                if haversine_km(g, (l.lat, l.lon)) <= 161.0 {
                    within += 1;
                }
            }
        }
    }
    vec![EvalReport::scored(
        "ucdp",
        "headline_events",
        n,
        &[
            ("event_rate", ratio(coded, n)),
            ("side_a_recall", ratio(a_hit, n)),
            ("side_b_recall", ratio(b_hit, n)),
            ("date_accuracy", ratio(date_ok, coded)),
            ("acc161", ratio(within, geo_n)),
            ("located_rate", ratio(located, geo_n)),
        ],
    )
    .with_note("headlines of a row joined one per line, first source_date as publication date; sides matched by CAMEO code (governments: the country alone or with a state role) or whole-word name aliases")]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(text: &str, cameo: Option<&str>, country: Option<&str>) -> ActorRecord {
        ActorRecord {
            text: text.into(),
            start: 0,
            end: 0,
            id: None,
            name: None,
            cameo: cameo.map(Into::into),
            country: country.map(Into::into),
            sector: None,
        }
    }

    #[test]
    fn sides_match_by_country_or_alias() {
        assert!(side_matches(
            "Government of Iraq",
            &actor("Iraqi forces", Some("IRQMIL"), None)
        ));
        assert!(!side_matches(
            "Government of Iraq",
            &actor("Turkish jets", Some("TURMIL"), Some("TUR"))
        ));
        assert!(side_matches(
            "IS",
            &actor("Islamic State militants", None, None)
        ));
        assert!(side_matches("Civilians", &actor("villagers", None, None)));
        assert!(!side_matches("PKK", &actor("police", None, None)));
        assert!(side_matches("PKK", &actor("PKK rebels", None, None)));
    }

    #[test]
    fn governments_are_state_agents_only() {
        // The state named by its country, and its agents.
        assert!(side_matches(
            "Government of Iraq",
            &actor("Iraq", Some("IRQ"), Some("IRQ"))
        ));
        assert!(side_matches(
            "Government of Turkey",
            &actor("Turkish police", Some("TURCOP"), Some("TUR"))
        ));
        // Non-state actors of the country, and groups based there, are not the government.
        for code in ["IRQCVL", "IRQETH", "IRQUAF", "IMGMOSISI"] {
            assert!(
                !side_matches(
                    "Government of Iraq",
                    &actor("someone", Some(code), Some("IRQ"))
                ),
                "{code}"
            );
        }
    }

    #[test]
    fn names_match_as_whole_words() {
        // "is" inside "journalists" or "ministry" is no Islamic State.
        assert!(!side_matches("IS", &actor("journalists", None, None)));
        assert!(!side_matches("IS", &actor("Iraq ministry", None, None)));
        assert!(side_matches("IS", &actor("IS fighters", None, None)));
        assert!(side_matches("IS", &actor("jihadists", None, None)));
        assert!(side_matches("IS", &actor("al-Qaeda in Iraq", None, None)));
        assert!(!side_matches(
            "Civilians",
            &actor("peoples' council", None, None)
        ));
        assert!(has_word("a b", "a") && !has_word("ab", "a"));
    }

    #[test]
    fn intervals_and_distances() {
        let (s, e) = interval("2014-05").unwrap();
        assert_eq!((s.day(), e.day()), (1, 31));
        assert!(interval("PAST_REF").is_none());
        let d = haversine_km((33.3152, 44.3661), (36.34, 43.13)); // Baghdad - Mosul
        assert!((330.0..360.0).contains(&d), "{d}");
    }
}
