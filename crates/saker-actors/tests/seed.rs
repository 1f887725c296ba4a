//! Golden test on the seed article (machine-translated from Arabic, published 2022-11-18).

use saker_actors::eval::naive_sentences;
use saker_actors::{ActorStage, Mention, NerLabel};
use saker_core::nlp::{ActorKind, MentionVia};
use std::sync::OnceLock;

const SEED: &str = "Orders to abstract Al -Kazemi from his protection, despite the threats of his assassination

BAGHDAD – The force in charge of protecting former Prime Minister Mustafa Al -Kazemi received orders to withdraw and leave its position in front of his home in the Green Zone, despite the threats of the assassination that Al -Kazemi receives from time to time.
A military source told the Iraqi Kurdish “Shafaq News” website that the force contains about a hundred, and that most of them have not yet implemented the sudden orders to leave the Al -Kazemi house, which was issued on Thursday morning.

Although a number of officials usually allow them to keep government protection regiments for years after the end of their duties, but the decision to strip Al -Kazemi from his protection comes only 3 weeks after Muhammad Shi’a Al -Sudani assumed the prime minister “which makes him in the range of many of his opponents,” according to observers.

This unexpected step comes after a period of directing the Iraqi Hezbollah Brigades explicit warnings to pursue Al -Kazemi, who during his period of assuming the government to address the influence of some unbeatable militias and confiscating illegal weapons, which made him vulnerable to targeting.

The party entered into a confrontation with the outgoing government of Mustafa Al -Kazemi, especially after its defeat and the defeat of the forces loyal to Iran in the legislative elections held in 2021.

The militias associated with Iran did not forget these measures, as in November launched an attack on Al -Kazemi’s house, with a March plane, which resulted in a number of guards wounding varying wounds. It appears to be a highly worded message to the former Prime Minister, while the security services confirmed that terrorist parties carried out the attack without Determine it.

In a statement last month, the military commander of the Iraqi Hezbollah Brigades, Abu Ali Military Brigades, called for the pursuit of Al -Kazemi and his team, which he described as “spies”, carrying him the killing of his founder Abu Mahdi Al -Muhandis and the Commander of the Quds Force of the Revolutionary Guards, Qassem Soleimani, through the law.

“The legal brothers must make double efforts to complete the legal right of Kazemi al -Ghud and his espionage team, and we have rights that must be collected, the first of which is the blood of the martyr Abi Mahdi, his companions, and the blood of our guest, the great leader Soleimani.

During his assumption of the prime minister, a number of close associates of Kazemi were subjected to liquidations such as Hisham Al -Hashemi, who was a well -known security analyst and government adviser, as he was assassinated in July 2020..";

fn stage() -> &'static ActorStage {
    static S: OnceLock<ActorStage> = OnceLock::new();
    S.get_or_init(|| ActorStage::load_default().expect("embedded knowledge base compiles"))
}

fn run(text: &str) -> Vec<Mention> {
    let date = "2022-11-18".parse().ok();
    stage().find_detailed(text, &naive_sentences(text), None, date)
}

fn at<'a>(ms: &'a [Mention], text: &str, surface: &str, nth: usize) -> &'a Mention {
    let mut starts = text.match_indices(surface).map(|(i, _)| i);
    let s = starts
        .nth(nth)
        .unwrap_or_else(|| panic!("`{surface}` #{nth} not in text"));
    ms.iter()
        .find(|m| m.actor.span.start <= s && s < m.actor.span.end)
        .unwrap_or_else(|| panic!("no mention at `{surface}` #{nth}"))
}

fn check_seed(text: &str) {
    let ms = run(text);
    let id = |m: &Mention| m.actor.id.clone().unwrap_or_default();
    // al-Kadhimi in every form: full name, article variant, surname, role description, pronoun
    for (s, n) in [
        ("Mustafa Al", 0),
        ("Al -Kazemi", 0),
        ("Al -Kazemi", 3),
        ("Kazemi al", 0),
        ("Kazemi were subjected", 0),
        ("Al-Kazemi", 0),
    ] {
        if !text.contains(s) {
            continue;
        }
        let m = at(&ms, text, s, n);
        assert_eq!(id(m), "irq.kadhimi", "{s} #{n}: {m:?}");
        assert_eq!(
            m.actor.cameo.as_deref(),
            Some("IRQELI"),
            "ex-PM on 2022-11-18"
        );
    }
    let fpm = at(&ms, text, "former Prime Minister, while", 0);
    assert_eq!(id(fpm), "irq.kadhimi", "{fpm:?}");
    assert_eq!(fpm.actor.via, MentionVia::Coreference);
    let he = at(&ms, text, "he was assassinated", 0);
    assert_eq!(he.actor.via, MentionVia::Coreference);
    assert!(he.actor.id.is_some());
    let his = at(&ms, text, "his protection, despite", 0);
    assert_eq!(id(his), "irq.kadhimi");
    assert!(his.antecedent.is_some());

    let sud = at(&ms, text, "Muhammad Shi", 0);
    assert_eq!(id(sud), "irq.sudani");
    assert_eq!(sud.actor.cameo.as_deref(), Some("IRQGOV"));
    assert_eq!(
        sud.actor
            .span
            .slice(text)
            .replace(' ', "")
            .replace('’', "'"),
        "MuhammadShi'aAl-Sudani"
    );

    let kh = at(&ms, text, "Iraqi Hezbollah Brigades", 0);
    assert_eq!(id(kh), "irq.kataib_hezbollah");
    assert_eq!(kh.actor.kind, ActorKind::ArmedGroup);
    assert!(kh.sponsors.iter().any(|s| s == "IRN"));
    assert_eq!(
        id(at(&ms, text, "Iraqi Hezbollah Brigades", 1)),
        "irq.kataib_hezbollah"
    );

    let ask = at(&ms, text, "Abu Ali Military", 0);
    assert_eq!(id(ask), "irq.askari");
    assert_eq!(ask.actor.via, MentionVia::Variant);
    assert_eq!(id(at(&ms, text, "Abu Mahdi Al", 0)), "irq.muhandis");
    assert_eq!(id(at(&ms, text, "Abi Mahdi", 0)), "irq.muhandis");
    let qf = at(&ms, text, "Quds Force", 0);
    assert_eq!(id(qf), "irn.quds_force");
    assert_eq!(qf.actor.cameo.as_deref(), Some("IRNMIL"));
    assert_eq!(id(at(&ms, text, "Qassem Soleimani", 0)), "irn.soleimani");
    assert_eq!(id(at(&ms, text, "Soleimani", 1)), "irn.soleimani");
    assert_eq!(id(at(&ms, text, "Hisham Al", 0)), "irq.hashemi");
    assert_eq!(id(at(&ms, text, "Shafaq News", 0)), "med.shafaq");

    let mil = at(&ms, text, "militias associated with Iran", 0);
    assert_eq!(mil.actor.kind, ActorKind::Generic);
    assert_eq!(mil.actor.id.as_deref(), Some("agent.militants"));
    assert_eq!(mil.sponsors, vec!["IRN".to_owned()]);
    assert_eq!(mil.actor.country, None);

    let party = at(&ms, text, "The party entered", 0);
    assert_eq!(id(party), "irq.kataib_hezbollah");
    // every mention span lies on character boundaries and inside the text
    for m in &ms {
        assert!(text.get(m.actor.span.start..m.actor.span.end).is_some());
    }
}

#[test]
fn seed_article_raw_text() {
    check_seed(SEED);
}

#[test]
fn seed_article_as_the_text_layer_normalises_it() {
    let norm = SEED
        .replace(" -", "-")
        .replace('’', "'")
        .replace(['“', '”'], "\"");
    check_seed(&norm);
}

#[test]
fn dates_select_codes() {
    let t = "Prime Minister Mustafa al-Kadhimi met Nouri al-Maliki in Baghdad.";
    let ms = stage().find(t, &naive_sentences(t), None, "2021-03-01".parse().ok());
    let k = ms
        .iter()
        .find(|m| m.id.as_deref() == Some("irq.kadhimi"))
        .expect("kadhimi");
    assert_eq!(k.cameo.as_deref(), Some("IRQGOV"));
    let ms = stage().find(t, &naive_sentences(t), None, "2018-03-01".parse().ok());
    let k = ms
        .iter()
        .find(|m| m.id.as_deref() == Some("irq.kadhimi"))
        .expect("kadhimi");
    assert_eq!(k.cameo.as_deref(), Some("IRQSPY"));
    let m = ms
        .iter()
        .find(|m| m.id.as_deref() == Some("irq.maliki"))
        .expect("maliki");
    assert_eq!(m.cameo.as_deref(), Some("IRQELI"));
}

#[test]
fn generic_agents_take_country_context() {
    let t = "Iraqi police arrested two men. Iran-backed militias fired rockets at the embassy. The Turkish government protested, and police of Iraq said rebels in the Ivory Coast attacked.";
    let ms = stage().find_detailed(t, &naive_sentences(t), None, None);
    let code = |s: &str| at(&ms, t, s, 0).actor.cameo.clone().unwrap_or_default();
    assert_eq!(code("Iraqi police"), "IRQCOP");
    assert_eq!(code("Turkish government"), "TURGOV");
    assert_eq!(code("police of Iraq"), "IRQCOP");
    assert_eq!(code("rebels in"), "CIVREB");
    let m = at(&ms, t, "militias fired", 0);
    assert_eq!(m.sponsors, vec!["IRN".to_owned()]);
    assert_eq!(m.actor.country, None);
}

#[test]
fn transliteration_and_arabic_script() {
    for t in [
        "Mustafa al-Kadhimi spoke.",
        "Mustafa Kazimi spoke.",
        "Mustafa al-Kadhemi spoke.",
        "قال مصطفى الكاظمي",
    ] {
        let ms = stage().find(t, &naive_sentences(t), None, None);
        assert!(
            ms.iter().any(|m| m.id.as_deref() == Some("irq.kadhimi")),
            "{t}: {ms:?}"
        );
    }
}

#[test]
fn unknown_titled_names_are_kept_unresolved() {
    let t = "Gen. Zorblat Quaxum said the army would withdraw.";
    let ms = stage().find(t, &naive_sentences(t), None, None);
    let m = ms
        .iter()
        .find(|m| m.span.slice(t).contains("Quaxum"))
        .expect("unknown name kept");
    assert_eq!(m.via, MentionVia::Unresolved);
    assert!(m.id.is_none());
    assert!(m.name.as_deref().is_some_and(|n| n.contains("Zorblat")));
}

#[test]
fn seed_article_through_the_text_layer() {
    let doc = saker_text::analyze(SEED);
    let date = "2022-11-18".parse().ok();
    let ms = stage().find(&doc.norm, &doc.sentences, None, date);
    let ids: Vec<&str> = ms.iter().filter_map(|m| m.id.as_deref()).collect();
    for want in [
        "irq.kadhimi",
        "irq.sudani",
        "irq.kataib_hezbollah",
        "irq.askari",
        "irq.muhandis",
        "irn.quds_force",
        "irn.soleimani",
        "irq.hashemi",
    ] {
        assert!(ids.contains(&want), "{want} missing: {ids:?}");
    }
    let kaz = ms
        .iter()
        .filter(|m| m.id.as_deref() == Some("irq.kadhimi"))
        .count();
    assert!(kaz >= 12, "al-Kadhimi mentions: {kaz}");
    for m in &ms {
        assert!(doc.norm.get(m.span.start..m.span.end).is_some());
        assert_eq!(
            m.sentence,
            doc.sentences
                .iter()
                .position(|s| s.span.start <= m.span.start && m.span.end <= s.span.end)
                .unwrap_or(usize::MAX)
        );
    }
}

#[test]
fn name_recogniser_general_rules() {
    let ner_of = |t: &str, surface: &str| {
        run(t)
            .into_iter()
            .find(|m| m.name_span.slice(t) == surface)
            .map(|m| m.ner)
    };
    // a middle initial keeps a name whole, even though "a" is a stop word
    let t = "The memo was written by Kevin A. Bozzle last week.";
    assert_eq!(
        ner_of(t, "Kevin A. Bozzle"),
        Some(NerLabel::Per),
        "{:?}",
        run(t)
    );
    // a spaced dash and a line break end a name
    let t = "Regards, Kevin Bozzle - Associate";
    assert_eq!(
        ner_of(t, "Kevin Bozzle"),
        Some(NerLabel::Per),
        "{:?}",
        run(t)
    );
    let t = "Thanks to Kevin Bozzle\nStochastic Processes starts today.";
    assert_eq!(
        ner_of(t, "Kevin Bozzle"),
        Some(NerLabel::Per),
        "{:?}",
        run(t)
    );
    // e-mail addresses, URLs and file names are not names
    let t = "Write to Kevin.Bozzle@example.com or open Kevin_cv.doc today.";
    assert!(
        run(t).iter().all(|m| m.ner != NerLabel::Per),
        "{:?}",
        run(t)
    );
    // a first name that is a common word needs a surname
    let t = "Hope this helps everyone here.";
    assert!(
        run(t).iter().all(|m| m.ner != NerLabel::Per),
        "{:?}",
        run(t)
    );
    // an unknown acronym is an organisation, an emphatic common abbreviation is not
    let t = "He said the QZRT agency would call me ASAP about it.";
    assert_eq!(ner_of(t, "QZRT"), Some(NerLabel::Org), "{:?}", run(t));
    assert_eq!(ner_of(t, "ASAP"), None);
}
