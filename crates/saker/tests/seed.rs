//! Golden test on the seed article (`../shared/data/seed/seed-article.jsonl`, read at run time):
//! every MT artefact repaired, every token and every output offset slicing the original exactly, and the
//! events a reader finds in it coded with the right roles, dates and places.

use saker_core::Article;

fn seed() -> Option<Article> {
    let p = saker_core::shared::path("data/seed/seed-article.jsonl")?;
    let line = std::fs::read_to_string(p).expect("seed article readable");
    Some(serde_json::from_str(line.trim()).expect("seed article is one JSON object"))
}

#[test]
fn seed_artefacts_are_repaired_and_tokens_map_back() {
    let Some(a) = seed() else { return };
    let doc = saker_text::analyze(&a.text);
    assert!(a.text.contains("Al -Kazemi"));
    for bad in ["Al -", "al -", "well -known"] {
        assert!(!doc.norm.contains(bad), "{bad:?} left in normalised text");
    }
    for good in [
        "Al-Kazemi",
        "Al-Sudani",
        "Al-Muhandis",
        "al-Ghud",
        "well-known",
        "Al-Hashemi",
        "Shi'a",
    ] {
        assert!(
            doc.norm.contains(good),
            "{good:?} missing from normalised text"
        );
    }
    // headline, dateline sentence, and the body: no sentence may swallow the headline
    let ends: Vec<&str> = doc
        .sentences
        .iter()
        .map(|s| {
            let t = s.span.slice(&doc.norm);
            &t[t.len().saturating_sub(12)..]
        })
        .collect();
    assert_eq!(doc.sentences.len(), 13, "{ends:#?}");
    assert!(ends[3].ends_with("o observers."), "{ends:#?}");
    assert!(ends[12].ends_with("July 2020.."), "{ends:#?}");
    let first = doc.sentences[0].span.slice(&doc.norm);
    assert!(
        first.starts_with("Orders to abstract") && first.ends_with("assassination"),
        "{first}"
    );
    assert!(doc.sentences[1]
        .span
        .slice(&doc.norm)
        .starts_with("BAGHDAD - The force"));
    for s in &doc.sentences {
        for t in &s.tokens {
            let o = doc.to_original(t.span);
            let orig = o.slice(&a.text);
            assert_eq!(
                saker_text::normalize(orig).text,
                t.span.slice(&doc.norm),
                "token maps to {orig:?}"
            );
        }
    }
}

#[test]
fn seed_codes_to_records_whose_offsets_slice_the_original() {
    let Some(a) = seed() else { return };
    let p = saker::Pipeline::new().expect("pipeline");
    let c = p.code(&a).expect("seed codes");
    assert_eq!(c.doc_id, "seed-kazemi");
    for ev in &c.events {
        assert_eq!(&a.text[ev.trigger.start..ev.trigger.end], ev.trigger.text);
        for x in ev.actors.iter().chain(&ev.recipients) {
            assert_eq!(&a.text[x.start..x.end], x.text);
        }
        if let Some(d) = &ev.date {
            if let (Some(s), Some(e), Some(t)) = (d.start, d.end, &d.text) {
                assert_eq!(&a.text[s..e], t);
            }
        }
        if let Some(l) = &ev.location {
            assert_eq!(&a.text[l.start..l.end], l.text);
        }
        let line = serde_json::to_string(ev).expect("serialises");
        assert!(serde_json::from_str::<serde_json::Value>(&line).is_ok());
    }
}

/// The events a reader finds in the seed article (our reading of it, issue #5), through the whole
/// pipeline: types, roles (resolved ids), dates and places.
#[test]
fn seed_yields_its_real_events() {
    let Some(a) = seed() else { return };
    let p = saker::Pipeline::new().expect("pipeline");
    let evs = p.code(&a).expect("seed codes").events;
    let ids = |xs: &[saker_core::record::ActorRecord]| -> Vec<String> {
        xs.iter().filter_map(|x| x.id.clone()).collect()
    };
    let date = |e: &saker::EventRecord| e.date.as_ref().map_or(String::new(), |d| d.value.clone());
    let place = |e: &saker::EventRecord| {
        e.location
            .as_ref()
            .map_or(String::new(), |l| l.name.clone())
    };
    let find = |what: &str, f: &dyn Fn(&saker::EventRecord) -> bool| {
        assert!(
            evs.iter().any(f),
            "no {what} among {:#?}",
            evs.iter()
                .map(|e| (&e.cameo, &e.trigger.text, date(e), place(e)))
                .collect::<Vec<_>>()
        );
    };
    // The order withdrawing al-Kadhimi's protection, given on Thursday morning; his home in the Green Zone.
    find("protection order on Thursday", &|e| {
        e.cameo == "1622"
            && ids(&e.recipients).contains(&"irq.kadhimi".into())
            && date(e).starts_with("2022-11-17")
    });
    find("protection order in the Green Zone", &|e| {
        e.cameo == "1622" && place(e) == "Green Zone"
    });
    // The order is told four times (headline, the force's orders, "the sudden orders … issued on
    // Thursday", "the decision to strip"): the mentions aimed at al-Kadhimi are one occurrence,
    // and the headline's mention carries the Thursday date.
    let orders: Vec<&saker::EventRecord> = evs
        .iter()
        .filter(|e| e.cameo == "1622" && ids(&e.recipients).contains(&"irq.kadhimi".into()))
        .collect();
    assert_eq!(orders.len(), 1, "{orders:#?}");
    assert_eq!(orders[0].sentence_index, 0);
    assert!(date(orders[0]).starts_with("2022-11-17"));
    // Kataib Hezbollah's commander calls for his pursuit and accuses him, last month (October 2022).
    find("call for the pursuit", &|e| {
        e.plover.kind == "REQUEST"
            && ids(&e.actors).contains(&"irq.kataib_hezbollah".into())
            && ids(&e.recipients).contains(&"irq.kadhimi".into())
            && date(e) == "2022-10"
    });
    find("accusation", &|e| {
        e.plover.kind == "ACCUSE"
            && ids(&e.actors).contains(&"irq.kataib_hezbollah".into())
            && ids(&e.recipients).contains(&"irq.kadhimi".into())
    });
    // The November 2021 drone attack on his house by militias associated with Iran, wounding guards:
    // in Baghdad, not in Iran (Iran is the militias' sponsor).
    find("drone attack", &|e| {
        e.cameo == "195"
            && ids(&e.recipients).contains(&"irq.kadhimi".into())
            && e.actors.iter().any(|x| x.text.contains("militias"))
            && date(e) == "2021-11"
            && place(e) == "Baghdad"
    });
    find("wounding of the guards", &|e| {
        e.plover.kind == "ASSAULT"
            && e.recipients.iter().any(|x| x.text == "guards")
            && e.actors.iter().any(|x| x.text.contains("militias"))
    });
    // Arrests of armed-group members under his government, and their release under pressure.
    find("arrests", &|e| {
        e.cameo == "173" && ids(&e.recipients).contains(&"agent.militants".into())
    });
    find("release", &|e| e.cameo == "0841");
    // The July 2020 assassination of Hisham al-Hashemi.
    find("assassination", &|e| {
        e.cameo == "186"
            && ids(&e.recipients).contains(&"irq.hashemi".into())
            && date(e) == "2020-07"
    });
    // Nothing from "a March plane".
    assert!(!evs
        .iter()
        .any(|e| e.trigger.text.contains("March") || e.trigger.text.contains("plane")));
}
