//! Property tests of the whole pipeline on generated text: whatever the article — news-like
//! clauses mixed with Arabic script, stray combining marks, control characters, odd quotes and
//! dashes, very long tokens, empty lines — coding it never panics, and every offset in every
//! record slices the original text to exactly the text the record quotes.

use proptest::prelude::*;
use saker::{Article, Pipeline};
use std::sync::OnceLock;

/// One pipeline for every case: building it is the slow part.
fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new().expect("pipeline loads"))
}

/// Pieces of news text (our own wording) that exercise every stage: actors, triggers, dates,
/// places, datelines, quotes, coordination, negation, MT artefacts ("Al -Kazemi").
const PIECES: &[&str] = &[
    "BAGHDAD –",
    "MOSUL, Iraq (AP) —",
    "Iraqi police arrested",
    "gunmen attacked",
    "a checkpoint in Kirkuk",
    "on Thursday morning",
    "last month",
    "in July 2020",
    "3 weeks ago",
    "Al -Kazemi",
    "Muhammad Shi’a Al -Sudani",
    "the Iraqi Hezbollah Brigades",
    "Abu Ali Military",
    "did not attack",
    "threatened to kill",
    "called for the pursuit of",
    "said on Monday that",
    "protesters in Tahrir Square",
    "security forces fired tear gas at",
    "a drone strike on",
    "the Green Zone",
    "and",
    ",",
    ".",
    "“",
    "”",
    "\"",
    "'s",
    "(",
    ")",
    "-",
    "—",
    "\n",
    "\n\n",
    "بغداد",
    "مصطفى الكاظمي",
    "كتائب حزب الله",
    "e\u{301}",
    "\u{200b}",
    "\u{feff}",
    "\u{0}",
    "\t",
    "U.S.",
    "Nov. 17, 2022",
    "1,200",
    "UPDATE 1-",
    "the former Prime Minister",
    "he",
];

/// One piece of an article: a known fragment or arbitrary text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => "\\PC{0,12}",
        1 => any::<String>().prop_map(|s| s.chars().take(12).collect()),
        1 => "[A-Z]{1,3}[a-z]{0,40}",
    ]
}

/// An article text: pieces joined by single spaces, or glued together.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec((piece(), any::<bool>()), 1..60).prop_map(|parts| {
        let mut s = String::new();
        for (p, glue) in parts {
            if !glue && !s.is_empty() {
                s.push(' ');
            }
            s.push_str(&p);
        }
        s
    })
}

/// `text[start..end] == quoted`, with a message naming the field.
fn slices(
    text: &str,
    start: usize,
    end: usize,
    quoted: &str,
    what: &str,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        text.get(start..end),
        Some(quoted),
        "{} at {}..{}",
        what,
        start,
        end
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_article_codes_without_panic_and_offsets_slice_the_original(t in text(), dated in any::<bool>()) {
        let article = Article {
            id: "prop".to_owned(),
            date: dated.then(|| "2022-11-18".to_owned()),
            text: t.clone(),
            ..Article::default()
        };
        let Ok(coded) = pipeline().code(&article) else {
            // Only a blank text is refused; anything else must code.
            prop_assert!(t.trim().is_empty(), "refused a non-blank text");
            return Ok(());
        };
        prop_assert_eq!(coded.doc_id.as_str(), "prop");
        for ev in &coded.events {
            slices(&t, ev.trigger.start, ev.trigger.end, &ev.trigger.text, "trigger")?;
            prop_assert!(t.contains(ev.sentence.as_str()), "sentence not in the text: {:?}", ev.sentence);
            for a in ev.actors.iter().chain(&ev.recipients) {
                slices(&t, a.start, a.end, &a.text, "actor")?;
            }
            if let Some(d) = &ev.date {
                if let (Some(s), Some(e), Some(q)) = (d.start, d.end, &d.text) {
                    slices(&t, s, e, q, "date")?;
                }
                prop_assert!(!d.value.is_empty(), "empty date value");
            }
            if let Some(l) = &ev.location {
                slices(&t, l.start, l.end, &l.text, "location")?;
                prop_assert!((-90.0..=90.0).contains(&l.lat) && (-180.0..=180.0).contains(&l.lon));
            }
            let line = serde_json::to_string(ev);
            prop_assert!(line.is_ok(), "record does not serialise");
        }
    }
}
