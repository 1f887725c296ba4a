//! Golden tests of the whole pipeline on the bundled sample articles (our own text): the events a
//! reader finds in them come out with the right type, date, place and actors, and every offset
//! slices the original text.

use saker::{EventRecord, Pipeline};
use std::sync::OnceLock;

/// One pipeline for every test: building it is the slow part.
fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new().expect("pipeline loads"))
}

fn coded(id: &str) -> Vec<EventRecord> {
    let p = pipeline();
    let a = saker::samples::articles()
        .into_iter()
        .find(|a| a.id == id)
        .expect("sample exists");
    p.code(&a).expect("sample codes").events
}

fn date(e: &EventRecord) -> &str {
    e.date.as_ref().map_or("", |d| d.value.as_str())
}

fn place(e: &EventRecord) -> &str {
    e.location.as_ref().map_or("", |l| l.name.as_str())
}

#[test]
fn protection_order_is_dated_thursday_in_the_green_zone() {
    let ev = coded("sample-protection-order");
    let order = ev
        .iter()
        .find(|e| e.trigger.text.contains("received orders"))
        .expect("the withdrawal order is coded");
    assert!(order.cameo.starts_with("16"), "{order:?}");
    assert_eq!(date(order), "2022-11-17");
    assert_eq!(place(order), "Green Zone");
}

#[test]
fn militia_threat_targets_kadhimi_last_month() {
    let ev = coded("sample-protection-order");
    let threat = ev
        .iter()
        .find(|e| e.plover.kind == "THREATEN")
        .expect("the threat is coded");
    assert_eq!(date(threat), "2022-10");
    assert!(threat.actors.iter().any(|a| a.text == "Kataib Hezbollah"));
    assert!(threat
        .recipients
        .iter()
        .any(|a| a.id.as_deref().is_some_and(|i| i.contains("kadhimi"))));
}

#[test]
fn drone_attack_is_an_assault_on_sunday_in_the_green_zone() {
    let ev = coded("sample-drone-attack");
    let attack = ev
        .iter()
        .find(|e| e.plover.kind == "ASSAULT" && e.trigger.text == "attacked")
        .expect("the attack is coded");
    assert_eq!(date(attack), "2021-11-07");
    assert_eq!(place(attack), "Green Zone");
}

#[test]
fn protest_is_in_tahrir_square_on_friday() {
    let ev = coded("sample-protest");
    // The body's "gathered in Tahrir Square on Friday"; the headline's "rally" is coded too (with
    // the publication date, as the headline names no day).
    let rally = ev
        .iter()
        .find(|e| e.plover.kind == "PROTEST" && e.trigger.text.starts_with("gathered"))
        .expect("the protest is coded");
    assert_eq!(date(rally), "2019-10-25");
    assert_eq!(place(rally), "Tahrir Square");
    assert!(rally.cameo.starts_with("14"));
}

#[test]
fn datelines_are_never_actors_and_offsets_slice_the_original() {
    let p = pipeline();
    for a in saker::samples::articles() {
        let c = p.code(&a).expect("sample codes");
        assert!(!c.events.is_empty(), "{} has no event", a.id);
        for e in &c.events {
            assert_eq!(&a.text[e.trigger.start..e.trigger.end], e.trigger.text);
            for x in e.actors.iter().chain(&e.recipients) {
                assert_eq!(&a.text[x.start..x.end], x.text);
                assert_ne!(x.text, "BAGHDAD", "dateline coded as an actor in {}", a.id);
            }
            if let Some(l) = &e.location {
                assert_eq!(&a.text[l.start..l.end], l.text);
            }
        }
    }
}

/// Parsing only the sentences that can hold an event (the default) must find exactly the events a
/// full parse finds, with the same actors, on every sample article and on the seed article.
#[test]
fn parsing_only_event_sentences_loses_no_event() {
    let all = Pipeline::with_options(saker::PipelineOptions {
        parse_all: true,
        ..saker::PipelineOptions::default()
    })
    .expect("pipeline loads");
    let mut articles = saker::samples::articles();
    if let Some(seed) = saker_core::shared::path("data/seed/seed-article.txt") {
        if let Ok(text) = std::fs::read_to_string(seed) {
            articles.push(saker::Article::new("seed", Some("2022-11-18"), text));
        }
    }
    let key = |e: &EventRecord| {
        (
            e.sentence_index,
            e.trigger.start,
            e.cameo.clone(),
            e.actors.iter().map(|a| a.text.clone()).collect::<Vec<_>>(),
            e.recipients
                .iter()
                .map(|a| a.text.clone())
                .collect::<Vec<_>>(),
            e.negated,
        )
    };
    let mut events = 0;
    for a in &articles {
        let fast: Vec<_> = coded_with(pipeline(), a).iter().map(key).collect();
        let full: Vec<_> = coded_with(&all, a).iter().map(key).collect();
        assert_eq!(fast, full, "article {}", a.id);
        events += full.len();
    }
    assert!(events > 20, "the samples hold many events, got {events}");
}

fn coded_with(p: &Pipeline, a: &saker::Article) -> Vec<EventRecord> {
    p.code(a).expect("article codes").events
}
