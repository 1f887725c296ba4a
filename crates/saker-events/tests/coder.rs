//! Behaviour of the coder on hand-built parses (independent of the parser's accuracy).

use saker_core::nlp::{ActorKind, ActorMention, EventCandidate, Modality};
use saker_events::{merge_duplicates, testing, EventCoder};
use std::sync::OnceLock;

fn coder() -> &'static EventCoder {
    static C: OnceLock<EventCoder> = OnceLock::new();
    C.get_or_init(|| EventCoder::load_default().expect("embedded patterns are valid"))
}

/// Codes one hand-parsed sentence with the given actors (needle, kind).
fn run(
    sent: &str,
    actors: &[(&str, ActorKind)],
) -> (String, Vec<ActorMention>, Vec<EventCandidate>) {
    let (text, sents, parses) = testing::build(&[sent]);
    let ms: Vec<ActorMention> = actors
        .iter()
        .map(|(n, k)| testing::mention(&text, n, 0, *k))
        .collect();
    let ev = coder().code(&text, &sents, &parses, &ms);
    (text, ms, ev)
}

fn names(text: &str, ms: &[ActorMention], idx: &[usize]) -> Vec<String> {
    idx.iter()
        .map(|&i| ms[i].span.slice(text).to_owned())
        .collect()
}

const P: ActorKind = ActorKind::Person;
const G: ActorKind = ActorKind::Generic;
const A: ActorKind = ActorKind::ArmedGroup;

#[test]
fn passive_with_agent() {
    let (t, ms, ev) = run(
        "The/DET/2/det minister/NOUN/4/nsubj:pass was/AUX/4/aux:pass attacked/VERB:VBN/0/ROOT/attack by/ADP/6/case gunmen/NOUN/4/obl:agent/gunman ./PUNCT/4/punct",
        &[("minister", P), ("gunmen", G)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].cameo, "190");
    assert_eq!(names(&t, &ms, &ev[0].sources), ["gunmen"]);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["minister"]);
    assert_eq!(ev[0].trigger.slice(&t), "attacked");
    assert!(!ev[0].negated);
    assert_eq!(ev[0].modality, Modality::Asserted);
}

#[test]
fn light_verb_nominal_event_with_possessor_and_no_march_plane_event() {
    let (t, ms, ev) = run(
        "Militias/NOUN/2/nsubj/militia launched/VERB:VBD/0/ROOT/launch an/DET/4/det attack/NOUN/2/obj on/ADP/8/case Kazemi/PROPN/8/nmod:poss 's/PART/6/case house/NOUN/4/nmod with/ADP/12/case a/DET/12/det March/PROPN/12/compound plane/NOUN/4/nmod ./PUNCT/2/punct",
        &[("Militias", A), ("Kazemi", P)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    let e = &ev[0];
    assert_eq!(e.plover_type, "ASSAULT");
    assert_eq!(e.trigger.slice(&t), "launched an attack");
    assert_eq!(names(&t, &ms, &e.sources), ["Militias"]);
    assert_eq!(names(&t, &ms, &e.targets), ["Kazemi"]);
    // The instrument ("plane") cues an aerial attack.
    assert_eq!(e.plover_mode.as_deref(), Some("aerial"));
    assert_eq!(
        e.acled.as_ref().map(|a| a.1.as_str()),
        Some("Air/drone strike")
    );
}

#[test]
fn a_month_used_as_modifier_is_no_march() {
    let (_, _, ev) = run(
        "a/DET/3/det March/NOUN/3/compound/march plane/NOUN/0/ROOT",
        &[],
    );
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn nominal_event_with_on_and_by() {
    let (t, ms, ev) = run(
        "The/DET/2/det attack/NOUN/0/ROOT on/ADP/4/case Kazemi/PROPN/2/nmod by/ADP/6/case militias/NOUN/2/nmod/militia",
        &[("Kazemi", P), ("militias", A)],
    );
    assert_eq!(ev.len(), 1);
    assert_eq!(names(&t, &ms, &ev[0].sources), ["militias"]);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["Kazemi"]);
}

#[test]
fn coordination_gives_every_actor_the_event() {
    let (t, ms, ev) = run(
        "Police/NOUN/4/nsubj and/CCONJ/3/cc soldiers/NOUN/1/conj/soldier arrested/VERB:VBD/0/ROOT/arrest Ali/PROPN/4/obj and/CCONJ/7/cc Omar/PROPN/5/conj",
        &[("Police", G), ("soldiers", G), ("Ali", P), ("Omar", P)],
    );
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0].cameo, "173");
    assert_eq!(
        ev[0].acled,
        Some(("Strategic developments".into(), "Arrests".into()))
    );
    assert_eq!(names(&t, &ms, &ev[0].sources), ["Police", "soldiers"]);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["Ali", "Omar"]);
}

#[test]
fn relative_clause_subject_is_the_modified_noun() {
    let (t, ms, ev) = run(
        "Kazemi/PROPN/0/ROOT ,/PUNCT/4/punct who/PRON/4/nsubj arrested/VERB:VBD/1/acl:relcl/arrest militants/NOUN/4/obj/militant",
        &[("Kazemi", P), ("militants", G)],
    );
    assert_eq!(ev.len(), 1);
    assert_eq!(names(&t, &ms, &ev[0].sources), ["Kazemi"]);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["militants"]);
}

#[test]
fn of_chains_reach_the_actor() {
    let (t, ms, ev) = run(
        "Kazemi/PROPN/2/nsubj arrested/VERB:VBD/0/ROOT/arrest a/DET/4/det number/NOUN/2/obj of/ADP/6/case members/NOUN/4/nmod/member of/ADP/9/case armed/ADJ/9/amod groups/NOUN/6/nmod/group",
        &[("Kazemi", P), ("armed groups", G)],
    );
    assert_eq!(ev.len(), 1);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["armed groups"]);
}

#[test]
fn negation_cues() {
    let (_, _, ev) = run(
        "Militias/NOUN/4/nsubj did/AUX/4/aux not/PART/4/advmod attack/VERB/0/ROOT the/DET/6/det base/NOUN/4/obj",
        &[("Militias", A)],
    );
    assert!(ev[0].negated);
    let (t, ms, ev) = run(
        "Militias/NOUN/2/nsubj failed/VERB:VBD/0/ROOT/fail to/PART/4/mark attack/VERB/2/xcomp Kazemi/PROPN/4/obj",
        &[("Militias", A), ("Kazemi", P)],
    );
    assert_eq!(ev.len(), 1);
    assert!(ev[0].negated);
    assert_eq!(names(&t, &ms, &ev[0].sources), ["Militias"]);
    let (_, _, ev) = run(
        "Militias/NOUN/2/nsubj attacked/VERB:VBD/0/ROOT/attack Kazemi/PROPN/2/obj",
        &[("Militias", A), ("Kazemi", P)],
    );
    assert!(!ev[0].negated);
}

#[test]
fn modality_cues() {
    let (_, _, ev) = run(
        "Militias/NOUN/3/nsubj will/AUX/3/aux attack/VERB/0/ROOT Kazemi/PROPN/3/obj",
        &[],
    );
    assert_eq!(ev[0].modality, Modality::Future);
    let (t, ms, ev) = run(
        "Iran/PROPN/2/nsubj plans/VERB:VBZ/0/ROOT/plan to/PART/4/mark attack/VERB/2/xcomp Iraq/PROPN/4/obj",
        &[("Iran", ActorKind::State), ("Iraq", ActorKind::State)],
    );
    assert_eq!(ev[0].modality, Modality::Future);
    assert_eq!(names(&t, &ms, &ev[0].sources), ["Iran"]);
    let (_, _, ev) = run(
        "if/SCONJ/3/mark militias/NOUN/3/nsubj attack/VERB/0/ROOT",
        &[],
    );
    assert_eq!(ev[0].modality, Modality::Hypothetical);
    let (_, _, ev) = run(
        "militias/NOUN/3/nsubj could/AUX/3/aux attack/VERB/0/ROOT",
        &[],
    );
    assert_eq!(ev[0].modality, Modality::Hypothetical);
}

#[test]
fn reported_speech_codes_the_reported_event_only() {
    let (t, ms, ev) = run(
        "Police/NOUN/2/nsubj said/VERB:VBD/0/ROOT/say that/SCONJ/5/mark gunmen/NOUN/5/nsubj/gunman killed/VERB:VBD/2/ccomp/kill Ali/PROPN/5/obj",
        &[("Police", G), ("gunmen", G), ("Ali", P)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].plover_type, "ASSAULT");
    assert_eq!(ev[0].modality, Modality::Reported);
    assert_eq!(names(&t, &ms, &ev[0].sources), ["gunmen"]);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["Ali"]);
}

#[test]
fn threats_absorb_the_threatened_act() {
    let (t, ms, ev) = run(
        "Hezbollah/PROPN/2/nsubj threatened/VERB:VBD/0/ROOT/threaten to/PART/4/mark attack/VERB/2/xcomp Kazemi/PROPN/4/obj",
        &[("Hezbollah", A), ("Kazemi", P)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].plover_type, "THREATEN");
    assert_eq!(ev[0].cameo, "1384");
    assert_eq!(names(&t, &ms, &ev[0].sources), ["Hezbollah"]);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["Kazemi"]);
    // A generic threat is refined by the act it mentions.
    let (_, _, ev) = run(
        "Hezbollah/PROPN/2/nsubj threatened/VERB:VBD/0/ROOT/threaten to/PART/4/mark kidnap/VERB/2/xcomp Kazemi/PROPN/4/obj",
        &[("Hezbollah", A), ("Kazemi", P)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].cameo, "138");
}

#[test]
fn call_for_pursuit_is_a_request_against_the_pursued() {
    let (t, ms, ev) = run(
        "Askari/PROPN/2/nsubj called/VERB:VBD/0/ROOT/call for/ADP/5/case the/DET/5/det pursuit/NOUN/2/obl of/ADP/7/case Kazemi/PROPN/5/nmod and/CCONJ/10/cc his/PRON/10/nmod:poss team/NOUN/7/conj",
        &[("Askari", P), ("Kazemi", P)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].plover_type, "REQUEST");
    assert_eq!(names(&t, &ms, &ev[0].sources), ["Askari"]);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["Kazemi"]);
}

#[test]
fn orders_to_withdraw_protection() {
    let (t, _, ev) = run(
        "The/DET/2/det force/NOUN/3/nsubj received/VERB:VBD/0/ROOT/receive orders/NOUN/3/obj/order to/PART/6/mark withdraw/VERB/4/acl",
        &[("force", G)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].plover_type, "SANCTION");
    assert_eq!(ev[0].trigger.slice(&t), "received orders to withdraw");
}

#[test]
fn accusation_controls_the_accused_act() {
    let (t, ms, ev) = run(
        "Askari/PROPN/2/nsubj accused/VERB:VBD/0/ROOT/accuse Kazemi/PROPN/2/obj of/SCONJ/5/mark killing/VERB:VBG/2/advcl/kill Muhandis/PROPN/5/obj",
        &[("Askari", P), ("Kazemi", P), ("Muhandis", P)],
    );
    let acc = ev
        .iter()
        .find(|e| e.plover_type == "ACCUSE")
        .expect("accusation");
    assert_eq!(names(&t, &ms, &acc.sources), ["Askari"]);
    assert_eq!(names(&t, &ms, &acc.targets), ["Kazemi"]);
    let kill = ev
        .iter()
        .find(|e| e.plover_type == "ASSAULT")
        .expect("killing");
    assert_eq!(names(&t, &ms, &kill.sources), ["Kazemi"]);
    assert_eq!(kill.modality, Modality::Reported);
}

#[test]
fn assassination_passive_without_agent_and_release_under_pressure() {
    let (t, ms, ev) = run(
        "Hashemi/PROPN/3/nsubj:pass was/AUX/3/aux:pass assassinated/VERB:VBN/0/ROOT/assassinate in/ADP/5/case July/PROPN/3/obl 2020/NUM/5/nummod",
        &[("Hashemi", P)],
    );
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0].cameo, "186");
    assert_eq!(ev[0].plover_mode.as_deref(), Some("targeted"));
    assert!(ev[0].sources.is_empty());
    assert_eq!(names(&t, &ms, &ev[0].targets), ["Hashemi"]);
    let (_, _, ev) = run(
        "they/PRON/3/nsubj:pass were/AUX/3/aux:pass released/VERB:VBN/0/ROOT/release under/ADP/6/case the/DET/6/det pressure/NOUN/3/obl of/ADP/10/case some/DET/10/det political/ADJ/10/amod forces/NOUN/6/nmod/force",
        &[("forces", G)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].cameo, "0841");
    assert_eq!(ev[0].plover_type, "RETREAT");
}

#[test]
fn duplicates_in_an_article_merge() {
    let (text, sents, parses) = testing::build(&[
        "Militias/NOUN/2/nsubj/militia attacked/VERB:VBD/0/ROOT/attack Kazemi/PROPN/2/obj",
        "Militias/NOUN/2/nsubj/militia attacked/VERB:VBD/0/ROOT/attack Kazemi/PROPN/2/obj again/ADV/2/advmod",
    ]);
    let mut ms = vec![
        testing::mention(&text, "Militias", 0, A),
        testing::mention(&text, "Kazemi", 0, P),
        testing::mention(&text, "Militias", 1, A),
        testing::mention(&text, "Kazemi", 1, P),
    ];
    ms[2].sentence = 1;
    ms[3].sentence = 1;
    let ev = coder().code(&text, &sents, &parses, &ms);
    assert_eq!(ev.len(), 2);
    assert_eq!(merge_duplicates(&text, ev, &ms).len(), 1);
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "attack", "arrest", "threaten", "call", "for", "not", "will", "who", "said", "release",
        "order", "withdraw", "the", "of", "on", "by", "Iran", "drone", "launch", "kill", "if",
        "pursuit",
    ];
    const UPOS: &[&str] = &[
        "VERB", "NOUN", "PROPN", "ADP", "AUX", "PRON", "PART", "DET", "ADJ", "X",
    ];
    const RELS: &[&str] = &[
        "root",
        "nsubj",
        "nsubj:pass",
        "obj",
        "iobj",
        "obl",
        "obl:agent",
        "nmod",
        "nmod:poss",
        "case",
        "mark",
        "aux",
        "aux:pass",
        "advmod",
        "conj",
        "cc",
        "xcomp",
        "ccomp",
        "advcl",
        "acl",
        "acl:relcl",
        "compound",
        "compound:prt",
        "appos",
        "amod",
        "parataxis",
        "det",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn arbitrary_trees(toks in proptest::collection::vec((0..WORDS.len(), 0..UPOS.len(), 0usize..40, 0..RELS.len()), 1..25),
                           actor_spans in proptest::collection::vec((0usize..200, 0usize..30), 0..6)) {
            let s: Vec<String> = toks
                .iter()
                .map(|(w, u, h, r)| format!("{}/{}/{}/{}", WORDS[*w], UPOS[*u], h, RELS[*r]))
                .collect();
            let (text, sents, parses) = testing::build(&[&s.join(" ")]);
            let ms: Vec<ActorMention> = actor_spans
                .iter()
                .map(|(a, l)| ActorMention {
                    span: saker_core::Span::new(*a, a + l),
                    sentence: *a % 3,
                    ..ActorMention::default()
                })
                .collect();
            let ev = coder().code(&text, &sents, &parses, &ms);
            for e in &ev {
                prop_assert!(e.trigger.end <= text.len());
                prop_assert!(e.sources.iter().chain(&e.targets).all(|&i| i < ms.len()));
                prop_assert!(e.sources.iter().all(|s| !e.targets.contains(s)));
            }
            let _ = merge_duplicates(&text, ev, &ms);
        }
    }
}

#[test]
fn announced_acts_become_intents_or_threats() {
    let (_, _, ev) = run(
        "Portugal/PROPN/3/nsubj will/AUX/3/aux support/VERB/0/ROOT Turkey/PROPN/3/obj",
        &[("Portugal", ActorKind::State), ("Turkey", ActorKind::State)],
    );
    assert_eq!(ev[0].plover_type, "AGREE");
    assert_eq!(ev[0].cameo, "032");
    assert_eq!(ev[0].modality, Modality::Future);
    let (_, _, ev) = run(
        "Farmers/NOUN/3/nsubj/farmer would/AUX/3/aux blockade/VERB/0/ROOT Paris/PROPN/3/obj",
        &[("Farmers", G)],
    );
    // "would" is hypothetical, not future: the act keeps its own code.
    assert_eq!(ev[0].modality, Modality::Hypothetical);
    let (_, _, ev) = run(
        "Militias/NOUN/3/nsubj will/AUX/3/aux attack/VERB/0/ROOT Kazemi/PROPN/3/obj",
        &[("Militias", A), ("Kazemi", P)],
    );
    assert_eq!(ev[0].plover_type, "THREATEN");
    assert_eq!(ev[0].cameo, "138");
}

#[test]
fn reported_obligation_is_a_demand_by_the_speaker() {
    let (t, ms, ev) = run(
        "Russia/PROPN/2/nsubj said/VERB:VBD/0/ROOT/say Sudan/PROPN/5/nsubj must/AUX/5/aux release/VERB/2/ccomp the/DET/7/det prisoners/NOUN/5/obj/prisoner",
        &[("Russia", ActorKind::State), ("Sudan", ActorKind::State)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].plover_type, "REQUEST");
    assert_eq!(ev[0].cameo, "1053");
    assert_eq!(names(&t, &ms, &ev[0].sources), ["Russia"]);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["Sudan"]);
    assert_eq!(ev[0].modality, Modality::Asserted);
}

/// Codes one hand-parsed sentence with actors carrying CAMEO codes (needle, kind, code).
fn run_coded(
    sent: &str,
    actors: &[(&str, ActorKind, &str)],
) -> (String, Vec<ActorMention>, Vec<EventCandidate>) {
    let (text, sents, parses) = testing::build(&[sent]);
    let ms: Vec<ActorMention> = actors
        .iter()
        .map(|(n, k, c)| ActorMention {
            cameo: Some((*c).to_owned()),
            ..testing::mention(&text, n, 0, *k)
        })
        .collect();
    let ev = coder().code(&text, &sents, &parses, &ms);
    (text, ms, ev)
}

fn by_trigger<'a>(t: &str, ev: &'a [EventCandidate], trig: &str) -> &'a EventCandidate {
    ev.iter()
        .find(|e| e.trigger.slice(t).contains(trig))
        .unwrap_or_else(|| panic!("no event on {trig:?}: {ev:?}"))
}

#[test]
fn injury_with_a_same_word_object_makes_its_noun_the_injured_and_the_outcome_takes_the_attacker() {
    // "… which resulted in guards wounding wounds": guards are hurt; the gunmen hurt them.
    let (t, ms, ev) = run(
        "Gunmen/NOUN/2/nsubj/gunman attacked/VERB:VBD/0/ROOT/attack the/DET/4/det village/NOUN/2/obj ,/PUNCT/7/punct which/PRON/7/nsubj resulted/VERB:VBD/4/acl:relcl/result in/ADP/9/case guards/NOUN/7/obl/guard wounding/VERB:VBG/9/acl/wound wounds/NOUN/10/obj/wound ./PUNCT/2/punct",
        &[("Gunmen", G), ("guards", G)],
    );
    let w = by_trigger(&t, &ev, "wounding");
    assert_eq!(names(&t, &ms, &w.targets), ["guards"]);
    assert_eq!(names(&t, &ms, &w.sources), ["Gunmen"]);
}

#[test]
fn an_injury_verb_without_a_same_word_object_keeps_its_agent() {
    // "guards wounding protesters": the guards did the wounding.
    let (t, ms, ev) = run(
        "Guards/NOUN/2/nsubj/guard wounded/VERB:VBD/0/ROOT/wound protesters/NOUN/2/obj/protester ./PUNCT/2/punct",
        &[("Guards", G), ("protesters", G)],
    );
    let w = by_trigger(&t, &ev, "wounded");
    assert_eq!(names(&t, &ms, &w.sources), ["Guards"]);
    assert_eq!(names(&t, &ms, &w.targets), ["protesters"]);
}

#[test]
fn a_violent_outcome_of_a_participle_clause_takes_the_source_of_the_act() {
    // "Troops shelled the town, leading to the killing of civilians."
    let (t, ms, ev) = run(
        "Troops/NOUN/2/nsubj/troop shelled/VERB:VBD/0/ROOT/shell the/DET/4/det town/NOUN/2/obj ,/PUNCT/6/punct leading/VERB:VBG/2/advcl/lead to/ADP/9/case the/DET/9/det killing/NOUN/6/obl/killing of/ADP/11/case civilians/NOUN/9/nmod/civilian ./PUNCT/2/punct",
        &[("Troops", G), ("civilians", G)],
    );
    let k = by_trigger(&t, &ev, "killing");
    assert_eq!(names(&t, &ms, &k.sources), ["Troops"]);
    assert_eq!(names(&t, &ms, &k.targets), ["civilians"]);
}

#[test]
fn a_non_violent_outcome_does_not_inherit_the_attacker() {
    // "Gunmen attacked the village, leading to protests": the gunmen are not the protesters.
    let (t, ms, ev) = run(
        "Gunmen/NOUN/2/nsubj/gunman attacked/VERB:VBD/0/ROOT/attack the/DET/4/det village/NOUN/2/obj ,/PUNCT/6/punct leading/VERB:VBG/2/advcl/lead to/ADP/8/case protests/NOUN/6/obl/protest ./PUNCT/2/punct",
        &[("Gunmen", G)],
    );
    for e in ev.iter().filter(|e| e.plover_type == "PROTEST") {
        assert!(names(&t, &ms, &e.sources).is_empty(), "{e:?}");
    }
}

#[test]
fn a_participle_after_a_comma_in_a_verbless_sentence_is_the_main_verb() {
    // "In a statement, the commander, Abu Ali, called for the pursuit of Kazemi." (the parser
    // found no main verb and hung `called` off the commander as a participle).
    let (t, ms, ev) = run(
        "In/ADP/3/case a/DET/3/det statement/NOUN/0/root ,/PUNCT/6/punct the/DET/6/det commander/NOUN/3/appos ,/PUNCT/8/punct Abu/PROPN/6/appos Ali/PROPN/8/flat ,/PUNCT/11/punct called/VERB:VBN/6/acl/call for/ADP/14/case the/DET/14/det pursuit/NOUN/11/obl of/ADP/16/case Kazemi/PROPN/14/nmod ./PUNCT/3/punct",
        &[("commander", G), ("Abu Ali", P), ("Kazemi", P)],
    );
    let c = by_trigger(&t, &ev, "called for");
    assert_eq!(c.plover_type, "REQUEST");
    // The bare agent stands for its appositive name.
    assert_eq!(names(&t, &ms, &c.sources), ["Abu Ali"]);
    assert_eq!(names(&t, &ms, &c.targets), ["Kazemi"]);
}

#[test]
fn a_headline_participle_keeps_its_passive_reading() {
    // "Militants killed in air strike": no comma, the militants are the ones killed.
    let (t, ms, ev) = run(
        "Militants/NOUN/0/ROOT/militant killed/VERB:VBN/1/acl/kill in/ADP/5/case air/NOUN/5/compound strike/NOUN/2/obl ./PUNCT/1/punct",
        &[("Militants", A)],
    );
    let k = by_trigger(&t, &ev, "killed");
    assert!(k.sources.is_empty(), "{k:?}");
    assert_eq!(names(&t, &ms, &k.targets), ["Militants"]);
}

#[test]
fn a_pronoun_source_naming_the_target_stands_for_the_governing_speaker() {
    // "The commander called for the pursuit of Kazemi and his team, which she described as
    // spies": coreference gave `she` Kazemi's code; Kazemi does not call his own team spies.
    let (t, ms, ev) = run_coded(
        "The/DET/2/det commander/NOUN/3/nsubj called/VERB:VBD/0/ROOT/call for/ADP/6/case the/DET/6/det pursuit/NOUN/3/obl of/ADP/8/case Kazemi/PROPN/6/nmod and/CCONJ/11/cc his/PRON/11/nmod:poss team/NOUN/8/conj ,/PUNCT/15/punct which/PRON/15/obj she/PRON/15/nsubj described/VERB:VBD/6/acl:relcl/describe as/ADP/17/case spies/NOUN/15/obl/spy ./PUNCT/3/punct",
        &[
            ("commander", G, "---MIL"),
            ("Kazemi", P, "IRQELI"),
            ("his", P, "IRQELI"),
            ("she", P, "IRQELI"),
        ],
    );
    let d = by_trigger(&t, &ev, "described");
    assert_eq!(d.plover_type, "ACCUSE");
    assert_eq!(names(&t, &ms, &d.sources), ["commander"]);
    assert!(names(&t, &ms, &d.targets).contains(&"Kazemi".to_owned()));
}

#[test]
fn a_pronoun_source_of_another_entity_is_kept() {
    // "…, whom she described as spies" with `she` resolved to someone else: kept.
    let (t, ms, ev) = run_coded(
        "The/DET/2/det commander/NOUN/3/nsubj called/VERB:VBD/0/ROOT/call for/ADP/6/case the/DET/6/det pursuit/NOUN/3/obl of/ADP/8/case Kazemi/PROPN/6/nmod ,/PUNCT/12/punct whom/PRON/12/obj she/PRON/12/nsubj described/VERB:VBD/8/acl:relcl/describe as/ADP/14/case spies/NOUN/12/obl/spy ./PUNCT/3/punct",
        &[
            ("commander", G, "---MIL"),
            ("Kazemi", P, "IRQELI"),
            ("she", P, "IRQUAF"),
        ],
    );
    let d = by_trigger(&t, &ev, "described");
    assert_eq!(names(&t, &ms, &d.sources), ["she"]);
}

fn acled_sub(e: &EventCandidate) -> Option<&str> {
    e.acled.as_ref().map(|a| a.1.as_str())
}

#[test]
fn a_grenade_refines_a_generic_explosion() {
    let (t, _, ev) = run(
        "A/DET/2/det grenade/NOUN/3/nsubj exploded/VERB:VBD/0/ROOT/explode in/ADP/6/case the/DET/6/det market/NOUN/3/obl ./PUNCT/3/punct",
        &[],
    );
    assert_eq!(acled_sub(by_trigger(&t, &ev, "exploded")), Some("Grenade"));
    let (t, _, ev) = run(
        "A/DET/2/det bomb/NOUN/3/nsubj exploded/VERB:VBD/0/ROOT/explode in/ADP/6/case the/DET/6/det market/NOUN/3/obl ./PUNCT/3/punct",
        &[],
    );
    assert_eq!(
        acled_sub(by_trigger(&t, &ev, "exploded")),
        Some("Remote explosive/landmine/IED")
    );
}

#[test]
fn the_subject_word_decides_mob_violence_and_violent_demonstrations() {
    let (t, ms, ev) = run(
        "A/DET/2/det mob/NOUN/3/nsubj lynched/VERB:VBD/0/ROOT/lynch a/DET/5/det man/NOUN/3/obj ./PUNCT/3/punct",
        &[("mob", G), ("man", G)],
    );
    let e = by_trigger(&t, &ev, "lynched");
    assert_eq!(acled_sub(e), Some("Mob violence"));
    assert_eq!(names(&t, &ms, &e.sources), ["mob"]);
    assert_eq!(names(&t, &ms, &e.targets), ["man"]);
    let (t, _, ev) = run(
        "Gunmen/NOUN/2/nsubj/gunman lynched/VERB:VBD/0/ROOT/lynch a/DET/4/det man/NOUN/2/obj ./PUNCT/2/punct",
        &[("Gunmen", G), ("man", G)],
    );
    assert_ne!(
        acled_sub(by_trigger(&t, &ev, "lynched")),
        Some("Mob violence")
    );
    let (t, ms, ev) = run(
        "Protesters/NOUN/2/nsubj/protester clashed/VERB:VBD/0/ROOT/clash with/ADP/4/case police/NOUN/2/obl ./PUNCT/2/punct",
        &[("Protesters", G), ("police", G)],
    );
    let e = by_trigger(&t, &ev, "clashed");
    assert_eq!(acled_sub(e), Some("Violent demonstration"));
    assert_eq!(names(&t, &ms, &e.targets), ["police"]);
    let (t, _, ev) = run(
        "Troops/NOUN/2/nsubj/troop clashed/VERB:VBD/0/ROOT/clash with/ADP/4/case rebels/NOUN/2/obl/rebel ./PUNCT/2/punct",
        &[("Troops", G), ("rebels", A)],
    );
    assert_eq!(
        acled_sub(by_trigger(&t, &ev, "clashed")),
        Some("Armed clash")
    );
}

#[test]
fn a_reported_obligation_without_a_coded_act_is_a_demand() {
    // "The administration declared that China must drop barriers."
    let (t, ms, ev) = run(
        "The/DET/2/det administration/NOUN/3/nsubj declared/VERB:VBD/0/ROOT/declare that/SCONJ/7/mark China/PROPN/7/nsubj must/AUX:MD/7/aux drop/VERB:VB/3/ccomp/drop barriers/NOUN/7/obj/barrier ./PUNCT/3/punct",
        &[("administration", G), ("China", ActorKind::State)],
    );
    let e = by_trigger(&t, &ev, "must drop");
    assert_eq!(e.plover_type, "REQUEST");
    assert_eq!(names(&t, &ms, &e.sources), ["administration"]);
    assert_eq!(names(&t, &ms, &e.targets), ["China"]);
    // Without `must` nothing is demanded.
    let (_, _, ev) = run(
        "The/DET/2/det administration/NOUN/3/nsubj declared/VERB:VBD/0/ROOT/declare that/SCONJ/6/mark China/PROPN/6/nsubj dropped/VERB:VBD/3/ccomp/drop barriers/NOUN/6/obj/barrier ./PUNCT/3/punct",
        &[("administration", G), ("China", ActorKind::State)],
    );
    assert!(ev.iter().all(|e| e.plover_type != "REQUEST"), "{ev:?}");
}

#[test]
fn an_obligation_on_a_governing_adjective_makes_the_act_a_demand() {
    // "Mubarak said the US must be ready to mediate."
    let (t, ms, ev) = run(
        "Mubarak/PROPN/2/nsubj said/VERB:VBD/0/ROOT/say the/DET/4/det US/PROPN/7/nsubj must/AUX:MD/7/aux be/AUX/7/cop ready/ADJ/2/ccomp to/PART/9/mark mediate/VERB:VB/7/xcomp/mediate ./PUNCT/2/punct",
        &[("Mubarak", P), ("US", ActorKind::State)],
    );
    let e = by_trigger(&t, &ev, "mediate");
    assert_eq!(e.plover_type, "REQUEST");
    assert_eq!(names(&t, &ms, &e.sources), ["Mubarak"]);
    assert_eq!(names(&t, &ms, &e.targets), ["US"]);
}

#[test]
fn an_act_announced_unless_a_condition_is_met_is_a_threat() {
    // "Nigeria will withdraw its force unless Chad holds elections."
    let (t, _, ev) = run(
        "Nigeria/PROPN/3/nsubj will/AUX:MD/3/aux withdraw/VERB:VB/0/ROOT/withdraw its/PRON/5/nmod:poss force/NOUN/3/obj unless/SCONJ/8/mark Chad/PROPN/8/nsubj holds/VERB:VBZ/3/advcl/hold elections/NOUN/8/obj/election ./PUNCT/3/punct",
        &[("Nigeria", ActorKind::State), ("Chad", ActorKind::State)],
    );
    assert_eq!(by_trigger(&t, &ev, "withdraw").plover_type, "THREATEN");
    // Without the condition the announced withdrawal is an intent (AGREE).
    let (t, _, ev) = run(
        "Nigeria/PROPN/3/nsubj will/AUX:MD/3/aux withdraw/VERB:VB/0/ROOT/withdraw its/PRON/5/nmod:poss force/NOUN/3/obj ./PUNCT/3/punct",
        &[("Nigeria", ActorKind::State)],
    );
    assert_ne!(by_trigger(&t, &ev, "withdraw").plover_type, "THREATEN");
}

#[test]
fn named_objects_are_found_through_quantities_light_nouns_and_days() {
    // "suspended part of the aid program": part → program → aid.
    let (t, _, ev) = run(
        "Washington/PROPN/2/nsubj suspended/VERB:VBD/0/ROOT/suspend part/NOUN/2/obj of/ADP/7/case the/DET/7/det aid/NOUN/7/compound program/NOUN/3/nmod ./PUNCT/2/punct",
        &[("Washington", ActorKind::State)],
    );
    assert_eq!(by_trigger(&t, &ev, "suspended").plover_type, "SANCTION");
    // "lifted Friday a blockade": the day misread as the object.
    let (t, _, ev) = run(
        "The/DET/2/det army/NOUN/3/nsubj lifted/VERB:VBD/0/ROOT/lift Friday/PROPN/3/obj a/DET/6/det blockade/NOUN/3/obl:unmarked ./PUNCT/3/punct",
        &[("army", G)],
    );
    assert!(
        by_trigger(&t, &ev, "lifted")
            .trigger
            .slice(&t)
            .contains("blockade"),
        "{ev:?}"
    );
    // No object in the parse: the noun phrase after the verb ("ended mediation efforts").
    let (t, _, ev) = run(
        "Officers/NOUN/2/nsubj/officer ended/VERB:VBD/0/ROOT/end mediation/NOUN/4/compound efforts/NOUN/6/nsubj/effort as/SCONJ/6/mark shells/NOUN/2/advcl/shell ./PUNCT/2/punct",
        &[("Officers", G)],
    );
    assert_eq!(by_trigger(&t, &ev, "ended").plover_type, "SANCTION");
    // A word that names nothing the pattern wants is not taken.
    let (_, _, ev) = run(
        "Officers/NOUN/2/nsubj/officer ended/VERB:VBD/0/ROOT/end the/DET/4/det day/NOUN/2/obj ./PUNCT/2/punct",
        &[("Officers", G)],
    );
    assert!(ev.iter().all(|e| e.plover_type != "SANCTION"), "{ev:?}");
}

#[test]
fn a_noun_read_as_modifier_of_a_day_is_still_an_event() {
    // "reiterated its demand today that Israel ease restrictions" (parsed `demand today`).
    let (t, _, ev) = run(
        "ILO/PROPN/2/nsubj reiterated/VERB:VBD/0/ROOT/reiterate its/PRON/4/nmod:poss demand/NOUN/5/compound today/NOUN/2/obj that/SCONJ/8/mark Israel/PROPN/8/nsubj ease/VERB:VB/5/acl/ease restrictions/NOUN/8/obj/restriction ./PUNCT/2/punct",
        &[("ILO", ActorKind::Igo), ("Israel", ActorKind::State)],
    );
    assert_eq!(by_trigger(&t, &ev, "demand").plover_type, "REQUEST");
}

#[test]
fn an_adverb_can_be_a_named_modifier() {
    let (t, _, ev) = run(
        "Agents/NOUN/3/nsubj/agent sexually/ADV/3/advmod abused/VERB:VBD/0/ROOT/abuse migrants/NOUN/3/obj/migrant ./PUNCT/3/punct",
        &[("Agents", G), ("migrants", G)],
    );
    assert_eq!(
        by_trigger(&t, &ev, "abused").plover_mode.as_deref(),
        Some("sexual")
    );
}

#[test]
fn arrested_object_did_the_act_of_an_after_ing_clause() {
    // "Police arrested members of armed groups after carrying out attacks": the attacks are the
    // arrested members', not the police's.
    let (t, ms, ev) = run(
        "Police/NOUN/2/nsubj arrested/VERB:VBD/0/ROOT/arrest members/NOUN/2/obj/member of/ADP/6/case armed/ADJ/6/amod groups/NOUN/3/nmod/group after/SCONJ/8/mark carrying/VERB:VBG/2/advcl/carry out/ADP/8/compound:prt attacks/NOUN/8/obj/attack ./PUNCT/2/punct",
        &[("Police", G), ("armed groups", A)],
    );
    let arrest = ev
        .iter()
        .find(|e| e.cameo.starts_with("17"))
        .expect("arrest");
    assert_eq!(names(&t, &ms, &arrest.sources), ["Police"]);
    let attack = ev
        .iter()
        .find(|e| e.plover_type == "ASSAULT")
        .unwrap_or_else(|| panic!("attack event: {ev:?}"));
    assert_eq!(names(&t, &ms, &attack.sources), ["armed groups"], "{ev:?}");
    // Without an arrest verb the main clause's subject keeps the act.
    let (t, ms, ev) = run(
        "Police/NOUN/2/nsubj met/VERB:VBD/0/ROOT/meet members/NOUN/2/obj/member of/ADP/6/case armed/ADJ/6/amod groups/NOUN/3/nmod/group after/SCONJ/8/mark carrying/VERB:VBG/2/advcl/carry out/ADP/8/compound:prt attacks/NOUN/8/obj/attack ./PUNCT/2/punct",
        &[("Police", G), ("armed groups", A)],
    );
    let attack = ev
        .iter()
        .find(|e| e.plover_type == "ASSAULT")
        .unwrap_or_else(|| panic!("attack event: {ev:?}"));
    assert_eq!(names(&t, &ms, &attack.sources), ["Police"], "{ev:?}");
}

#[test]
fn a_finite_act_coordinated_with_a_rejection_is_its_own_event() {
    let (t, ms, ev) = run(
        "Rebels/NOUN/2/nsubj/rebel rejected/VERB:VBD/0/ROOT/reject the/DET/4/det talks/NOUN/2/obj/talk and/CCONJ/6/cc attacked/VERB:VBD/2/conj/attack the/DET/8/det army/NOUN/6/obj ./PUNCT/2/punct",
        &[("Rebels", A), ("army", A)],
    );
    let attack = ev
        .iter()
        .find(|e| e.plover_type == "ASSAULT")
        .unwrap_or_else(|| panic!("attack event: {ev:?}"));
    assert_eq!(names(&t, &ms, &attack.sources), ["Rebels"]);
    assert_eq!(names(&t, &ms, &attack.targets), ["army"]);
}

/// A PETRARCH-format dictionary written to a temporary file (the coder reads dictionaries from
/// files), loaded as PETRARCH dictionaries are.
fn petrarch_coder(name: &str, dict: &str) -> EventCoder {
    let path = std::env::temp_dir().join(format!("saker-events-{name}-{}.txt", std::process::id()));
    std::fs::write(&path, dict).expect("temp file");
    let c = EventCoder::from_petrarch_verbs(&path).expect("dictionary parses");
    let _ = std::fs::remove_file(&path);
    c
}

const MINI_DICT: &str = "--- SAID [023] ---\nSAID\n\n--- REPORT [025] ---\nREPORT\n\n--- SIGN [081] ---\nSIGN\n\n--- BURN [222] ---\nBURN\n\n--- RESTORE [064] ---\nRESTORE\n\n--- VISIT [032] ---\nVISIT\n";

fn code_with(
    c: &EventCoder,
    sent: &str,
    actors: &[&str],
) -> (String, Vec<ActorMention>, Vec<EventCandidate>) {
    let (text, sents, parses) = testing::build(&[sent]);
    let ms: Vec<ActorMention> = actors
        .iter()
        .map(|n| testing::mention(&text, n, 0, G))
        .collect();
    let ev = c.code(&text, &sents, &parses, &ms);
    (text, ms, ev)
}

#[test]
fn petrarch_codes_the_act_reported_by_a_speech_verb() {
    // `SAID [023]` has an 02 code, like calls and appeals; it still only reports its clause.
    let c = petrarch_coder("speech", MINI_DICT);
    let (t, ms, ev) = code_with(
        &c,
        "Arnor/PROPN/2/nsubj signed/VERB:VBD/7/ccomp/sign an/DET/4/det accord/NOUN/2/obj ,/PUNCT/7/punct Bob/PROPN/7/nsubj reported/VERB:VBD/0/ROOT/report ./PUNCT/7/punct",
        &["Arnor"],
    );
    let sign = ev
        .iter()
        .find(|e| e.cameo == "081")
        .unwrap_or_else(|| panic!("signing: {ev:?}"));
    assert_eq!(names(&t, &ms, &sign.sources), ["Arnor"]);
}

#[test]
fn petrarch_folds_temporal_adverbials_and_skips_infinitive_modifiers() {
    let c = petrarch_coder("clauses", MINI_DICT);
    // "Arnor will restore ties with Gondor years after crowds burned its embassy."
    let s = "Arnor/PROPN/3/nsubj will/AUX/3/aux restore/VERB:VB/0/ROOT ties/NOUN/3/obj/tie with/ADP/6/case Gondor/PROPN/3/obl years/NOUN/3/obl:tmod/year after/ADP/9/case crowds/NOUN/7/nmod/crowd burned/VERB:VBD/9/acl/burn its/PRON/12/nmod:poss embassy/NOUN/10/obj ./PUNCT/3/punct";
    let (_, _, ev) = code_with(&c, s, &["Arnor", "Gondor"]);
    let codes: Vec<&str> = ev.iter().map(|e| e.cameo.as_str()).collect();
    assert_eq!(codes, ["064"], "{ev:?}");
    // Without a main act, the act in the adverbial is coded.
    let s = "Arnor/PROPN/3/nsubj will/AUX/3/aux improve/VERB:VB/0/ROOT ties/NOUN/3/obj/tie with/ADP/6/case Gondor/PROPN/3/obl years/NOUN/3/obl:tmod/year after/ADP/9/case crowds/NOUN/7/nmod/crowd burned/VERB:VBD/9/acl/burn its/PRON/12/nmod:poss embassy/NOUN/10/obj ./PUNCT/3/punct";
    let (_, _, ev) = code_with(&c, s, &["Arnor", "Gondor"]);
    let codes: Vec<&str> = ev.iter().map(|e| e.cameo.as_str()).collect();
    assert_eq!(codes, ["222"], "{ev:?}");
    // "a pleasant place to visit" is no visit.
    let s = "Mordor/PROPN/4/nsubj is/AUX/4/cop a/DET/4/det place/NOUN/0/ROOT to/PART/6/mark visit/VERB:VB/4/acl ./PUNCT/4/punct";
    let (_, _, ev) = code_with(&c, s, &["Mordor"]);
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_headline_participle_without_auxiliary_is_passive() {
    // "Fifteen soldiers killed in dawn attack": the soldiers are the victims.
    let (t, ms, ev) = run(
        "Fifteen/NUM/2/nummod soldiers/NOUN/3/nsubj/soldier killed/VERB:VBN/0/ROOT/kill in/ADP/6/case dawn/NOUN/6/compound attack/NOUN/3/obl",
        &[("soldiers", G)],
    );
    let kill = ev
        .iter()
        .find(|e| e.trigger.slice(&t) == "killed")
        .expect("coded");
    assert!(kill.sources.is_empty(), "{kill:?}");
    assert_eq!(names(&t, &ms, &kill.targets), ["soldiers"]);
    // The same words as a sentence of running text (not the article's first sentence, where a
    // feed puts its title) keep the parser's reading.
    let (t, sents, parses) = testing::build(&[
        "Officials/NOUN/2/nsubj/official spoke/VERB:VBD/0/ROOT/speak ./PUNCT/2/punct",
        "Fifteen/NUM/2/nummod soldiers/NOUN/3/nsubj/soldier killed/VERB:VBN/0/ROOT/kill in/ADP/6/case dawn/NOUN/6/compound attack/NOUN/3/obl ./PUNCT/3/punct",
    ]);
    let mut m = testing::mention(&t, "soldiers", 0, G);
    m.sentence = 1;
    let ms = vec![m];
    let ev = coder().code(&t, &sents, &parses, &ms);
    let kill = ev
        .iter()
        .find(|e| e.trigger.slice(&t) == "killed")
        .expect("coded");
    assert_eq!(names(&t, &ms, &kill.sources), ["soldiers"]);
}

#[test]
fn a_named_group_before_an_event_noun_is_its_author() {
    // "Islamic State attack kills 15": the group is the attacker.
    let (t, ms, ev) = run(
        "Islamic/PROPN/2/compound State/PROPN/3/compound attack/NOUN/4/nsubj kills/VERB:VBZ/0/ROOT/kill 15/NUM/4/obj",
        &[("Islamic State", A)],
    );
    let attack = ev
        .iter()
        .find(|e| e.trigger.slice(&t) == "attack")
        .expect("coded");
    assert_eq!(names(&t, &ms, &attack.sources), ["Islamic State"]);
    // A country there is where it happened, not who did it.
    let (t, ms, ev) = run(
        "Iraq/PROPN/2/compound bombings/NOUN/3/nsubj/bombing kill/VERB:VBP/0/ROOT/kill 12/NUM/3/obj",
        &[("Iraq", ActorKind::State)],
    );
    let bombing = ev
        .iter()
        .find(|e| e.trigger.slice(&t) == "bombings")
        .expect("coded");
    assert!(names(&t, &ms, &bombing.sources).is_empty(), "{bombing:?}");
}

#[test]
fn who_condemns_an_attack_did_not_carry_it_out() {
    let (t, ms, ev) = run(
        "The/DET/2/det UN/PROPN/3/nsubj condemned/VERB:VBD/0/ROOT/condemn the/DET/5/det assassination/NOUN/3/obj ./PUNCT/3/punct",
        &[("UN", ActorKind::Igo)],
    );
    let killing = ev
        .iter()
        .find(|e| e.trigger.slice(&t) == "assassination")
        .expect("coded");
    assert!(names(&t, &ms, &killing.sources).is_empty(), "{killing:?}");
    // A support verb's subject is the author: "Militants launched an attack".
    let (t, ms, ev) = run(
        "Militants/NOUN/2/nsubj/militant carried/VERB:VBD/0/ROOT/carry out/ADP/2/compound:prt an/DET/5/det assassination/NOUN/2/obj",
        &[("Militants", A)],
    );
    let killing = ev
        .iter()
        .find(|e| e.trigger.slice(&t).contains("assassination"))
        .expect("coded");
    assert_eq!(names(&t, &ms, &killing.sources), ["Militants"]);
}

#[test]
fn petrarch_reads_an_agentless_passive_subject_as_the_source() {
    let dict = "--- CRITICIZE [121] ---\nCRITICIZE\n";
    let c = petrarch_coder("passive", dict);
    // "Rohan was criticized over its feud with Harad."
    let s = "Rohan/PROPN/3/nsubj:pass was/AUX/3/aux:pass criticized/VERB:VBN/0/ROOT/criticize over/ADP/6/case its/PRON/6/nmod:poss feud/NOUN/3/obl with/ADP/8/case Harad/PROPN/6/nmod ./PUNCT/3/punct";
    let (t, ms, ev) = code_with(&c, s, &["Rohan", "Harad"]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(names(&t, &ms, &ev[0].sources), ["Rohan"]);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["Harad"]);
    // With an agent, the agent is the source and the subject the target.
    let s = "Rohan/PROPN/3/nsubj:pass was/AUX/3/aux:pass criticized/VERB:VBN/0/ROOT/criticize by/ADP/5/case Harad/PROPN/3/obl:agent ./PUNCT/3/punct";
    let (t, ms, ev) = code_with(&c, s, &["Rohan", "Harad"]);
    assert_eq!(names(&t, &ms, &ev[0].sources), ["Harad"]);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["Rohan"]);
}

#[test]
fn petrarch_codes_the_statement_of_a_long_terminal_clause() {
    let c = petrarch_coder("terminal", MINI_DICT);
    // "Arnor signed an accord, an official said." : the short clause only reports the signing.
    let short = "Arnor/PROPN/2/nsubj signed/VERB:VBD/8/ccomp/sign an/DET/4/det accord/NOUN/2/obj ,/PUNCT/8/punct an/DET/7/det official/NOUN/8/nsubj said/VERB:VBD/0/ROOT/say ./PUNCT/8/punct";
    let (_, _, ev) = code_with(&c, short, &["Arnor", "official"]);
    let codes: Vec<&str> = ev.iter().map(|e| e.cameo.as_str()).collect();
    assert_eq!(codes, ["081"], "{ev:?}");
    // A terminal clause of nine words stays in the sentence: its statement is coded too.
    let long = "Arnor/PROPN/2/nsubj signed/VERB:VBD/12/ccomp/sign an/DET/4/det accord/NOUN/2/obj ,/PUNCT/12/punct the/DET/11/det main/ADJ/11/amod official/ADJ/11/amod state/NOUN/11/compound news/NOUN/11/compound agency/NOUN/12/nsubj said/VERB:VBD/0/ROOT/say on/ADP/14/case Thursday/PROPN/12/obl ./PUNCT/12/punct";
    let (_, _, ev) = code_with(&c, long, &["Arnor", "agency"]);
    let mut codes: Vec<&str> = ev.iter().map(|e| e.cameo.as_str()).collect();
    codes.sort_unstable();
    assert_eq!(codes, ["023", "081"], "{ev:?}");
}

#[test]
fn an_agent_adjective_of_an_argument_is_no_participant() {
    let c = petrarch_coder("adjective", MINI_DICT);
    // "Arnor visited on an official trip to Gondor." : `official` (a bare agent) is no target.
    let s = "Arnor/PROPN/2/nsubj visited/VERB:VBD/0/ROOT/visit on/ADP/6/case an/DET/6/det official/ADJ/6/amod trip/NOUN/2/obl to/ADP/8/case Gondor/PROPN/6/nmod ./PUNCT/2/punct";
    let (text, sents, parses) = testing::build(&[s]);
    let mut ms = vec![
        testing::mention(&text, "Arnor", 0, ActorKind::State),
        testing::mention(&text, "official", 0, G),
        testing::mention(&text, "Gondor", 0, ActorKind::State),
    ];
    ms[0].cameo = Some("ARN".into());
    ms[1].cameo = Some("---GOV".into());
    ms[2].cameo = Some("GON".into());
    let ev = c.code(&text, &sents, &parses, &ms);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(names(&text, &ms, &ev[0].targets), ["Gondor"]);
}

#[test]
fn petrarch_reads_a_compound_source_on_the_surface() {
    let c = petrarch_coder("compound", "--- WELCOME [041] ---\nWELCOME\n");
    // "Rohan and Gondor welcomed ties with Harad.", with `Rohan` misread as a modifier.
    let s = "Rohan/ADJ/3/amod and/CCONJ/3/cc Gondor/PROPN/4/nsubj welcomed/VERB:VBD/0/ROOT/welcome ties/NOUN/4/obj/tie with/ADP/7/case Harad/PROPN/5/nmod ./PUNCT/4/punct";
    let (t, ms, ev) = code_with(&c, s, &["Rohan", "Gondor", "Harad"]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    let mut src = names(&t, &ms, &ev[0].sources);
    src.sort();
    assert_eq!(src, ["Gondor", "Rohan"]);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["Harad"]);
}

#[test]
fn a_span_of_time_names_no_participant() {
    // "Rebels attacked the base, two days after army troops left": the troops are not reached
    // through the appositive `days`.
    let (t, ms, ev) = run(
        "Rebels/NOUN/2/nsubj/rebel attacked/VERB:VBD/0/ROOT/attack the/DET/4/det base/NOUN/2/obj ,/PUNCT/7/punct two/NUM/7/nummod days/NOUN/4/appos/day after/ADP/10/case army/NOUN/10/compound troops/NOUN/7/nmod/troop ./PUNCT/2/punct",
        &[("Rebels", A), ("army troops", A)],
    );
    let attack = ev
        .iter()
        .find(|e| e.plover_type == "ASSAULT")
        .unwrap_or_else(|| panic!("attack event: {ev:?}"));
    assert_eq!(names(&t, &ms, &attack.sources), ["Rebels"]);
    assert!(
        attack.targets.is_empty(),
        "{:?}",
        names(&t, &ms, &attack.targets)
    );
}

#[test]
fn demonstrating_something_is_no_protest() {
    // "protesters demonstrated outside the embassy": a protest
    let (t, ms, ev) = run(
        "Protesters/NOUN/2/nsubj/protester demonstrated/VERB:VBD/0/ROOT/demonstrate outside/ADP/5/case the/DET/5/det embassy/NOUN/2/obl ./PUNCT/2/punct",
        &[("Protesters", G)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].cameo, "141");
    assert_eq!(names(&t, &ms, &ev[0].sources), ["Protesters"]);
    // "the figures demonstrate the need": to show, not to protest
    let (_, _, ev) = run(
        "The/DET/2/det figures/NOUN/3/nsubj/figure demonstrate/VERB:VBP/0/ROOT/demonstrate the/DET/5/det need/NOUN/3/obj ./PUNCT/3/punct",
        &[],
    );
    assert!(ev.iter().all(|e| e.cameo != "141"), "{ev:?}");
}

#[test]
fn an_acronym_read_as_auxiliary_is_the_subject() {
    // "IS" (a group) tagged as the copula of the verb that follows: it is the attacker.
    let (t, ms, ev) = run(
        "IS/AUX:VBZ/2/cop/be kills/VERB:VBZ/0/ROOT/kill four/NUM/5/nummod Arnorian/ADJ/5/amod soldiers/NOUN:NNS/2/obj/soldier",
        &[("IS", A), ("Arnorian soldiers", G)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(names(&t, &ms, &ev[0].sources), ["IS"]);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["Arnorian soldiers"]);
    // Read as a passive auxiliary, it made the verb passive; it is the active subject.
    let (t, ms, ev) = run(
        "IS/AUX:VBZ/2/aux:pass/be executed/VERB:VBN/0/ROOT/execute 16/NUM/4/nummod traders/NOUN:NNS/2/obj/trader",
        &[("IS", A), ("traders", G)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(names(&t, &ms, &ev[0].sources), ["IS"]);
    assert_eq!(names(&t, &ms, &ev[0].targets), ["traders"]);
    // A real auxiliary (no actor) is left alone: "soldiers are killed" stays passive.
    let (t, ms, ev) = run(
        "Soldiers/NOUN:NNS/3/nsubj:pass/soldier are/AUX:VBP/3/aux:pass/be killed/VERB:VBN/0/ROOT/kill",
        &[("Soldiers", G)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(ev[0].sources.is_empty(), "{ev:?}");
    assert_eq!(names(&t, &ms, &ev[0].targets), ["Soldiers"]);
}

#[test]
fn state_air_strikes_are_the_states_act() {
    let sent = "Arnorian/ADJ/3/amod air/NOUN/3/compound strikes/NOUN:NNS/0/ROOT/strike hit/VERB:VBD/3/acl/hit militants/NOUN:NNS/4/obj/militant";
    let (text, sents, parses) = testing::build(&[sent]);
    let mut forces = testing::mention(&text, "Arnorian air strikes", 0, G);
    forces.id = Some("agent.military".into());
    forces.cameo = Some("ARNMIL".into());
    let ev = coder().code(&text, &sents, &parses, &[forces.clone()]);
    let strike = ev.iter().find(|e| e.trigger.slice(&text) == "air strikes");
    assert!(strike.is_some_and(|e| e.sources == [0]), "{ev:?}");
    // A weapon named with a country is not that country's act.
    let sent = "Arnor/PROPN/3/compound car/NOUN/3/compound bombs/NOUN:NNS/0/ROOT/bomb";
    let (text, sents, parses) = testing::build(&[sent]);
    let mut bombs = testing::mention(&text, "Arnor car bombs", 0, G);
    bombs.id = Some("agent.drone".into());
    bombs.cameo = Some("ARNMIL".into());
    let ev = coder().code(&text, &sents, &parses, &[bombs]);
    assert!(ev.iter().all(|e| e.sources.is_empty()), "{ev:?}");
}

#[test]
fn who_claims_an_attack_made_it() {
    let (t, ms, ev) = run(
        "Rebels/NOUN:NNS/2/nsubj/rebel claim/VERB:VBP/0/ROOT/claim beheading/NOUN/2/obj/beheading of/ADP/5/case soldier/NOUN/3/nmod/soldier",
        &[("Rebels", G), ("soldier", G)],
    );
    let act = ev.iter().find(|e| e.trigger.slice(&t) == "beheading");
    assert!(act.is_some(), "{ev:?}");
    let a = act.unwrap();
    assert_eq!(names(&t, &ms, &a.sources), ["Rebels"]);
    assert_eq!(names(&t, &ms, &a.targets), ["soldier"]);
    // Who condemns or reports it did not.
    let (t, _, ev) = run(
        "Officials/NOUN:NNS/2/nsubj/official condemn/VERB:VBP/0/ROOT/condemn beheading/NOUN/2/obj/beheading of/ADP/5/case soldier/NOUN/3/nmod/soldier",
        &[("Officials", G), ("soldier", G)],
    );
    let act = ev.iter().find(|e| e.trigger.slice(&t) == "beheading");
    assert!(act.is_some_and(|a| a.sources.is_empty()), "{ev:?}");
}

#[test]
fn headline_verbs_joined_by_a_comma_share_the_subject() {
    let (t, ms, ev) = run(
        "Gunmen/NOUN:NNS/2/nsubj/gunman attack/VERB:VBP/0/ROOT/attack convoy/NOUN/2/obj ,/PUNCT/5/punct kill/VERB:VB/2/parataxis/kill nine/NUM/7/nummod guards/NOUN:NNS/5/obj/guard",
        &[("Gunmen", G), ("guards", G)],
    );
    let kill = ev.iter().find(|e| e.trigger.slice(&t) == "kill");
    assert!(kill.is_some(), "{ev:?}");
    let k = kill.unwrap();
    assert_eq!(names(&t, &ms, &k.sources), ["Gunmen"]);
    assert_eq!(names(&t, &ms, &k.targets), ["guards"]);
    // A paratactic clause with its own subject keeps it ("…, rebels kill nine guards").
    let (t, ms, ev) = run(
        "Gunmen/NOUN:NNS/2/nsubj/gunman attack/VERB:VBP/0/ROOT/attack convoy/NOUN/2/obj ,/PUNCT/6/punct rebels/NOUN:NNS/6/nsubj/rebel kill/VERB:VBP/2/parataxis/kill guards/NOUN:NNS/6/obj/guard",
        &[("Gunmen", G), ("rebels", G), ("guards", G)],
    );
    let k = ev
        .iter()
        .find(|e| e.trigger.slice(&t) == "kill")
        .expect("kill");
    assert_eq!(names(&t, &ms, &k.sources), ["rebels"]);
}

#[test]
fn a_sentence_in_capitals_keeps_its_auxiliaries() {
    // Every word of "IS KILLED" looks like an acronym: nothing is repaired, the verb stays passive.
    let (t, ms, ev) = run(
        "SOLDIER/NOUN/3/nsubj:pass/soldier IS/AUX:VBZ/3/aux:pass/be KILLED/VERB:VBN/0/ROOT/kill",
        &[("IS", A), ("SOLDIER", G)],
    );
    let k = ev
        .iter()
        .find(|e| e.trigger.slice(&t) == "KILLED")
        .expect("event");
    assert!(k.sources.is_empty(), "{ev:?}");
    assert_eq!(names(&t, &ms, &k.targets), ["SOLDIER"]);
}

#[test]
fn a_generic_armed_group_before_an_event_noun_is_its_author() {
    let sent = "Troops/NOUN:NNS/2/nsubj/troop repel/VERB:VBP/0/ROOT/repel militant/ADJ/4/amod attack/NOUN/2/obj near/ADP/6/case Arnor/PROPN/4/nmod";
    let (text, sents, parses) = testing::build(&[sent]);
    let troops = testing::mention(&text, "Troops", 0, G);
    let mut militants = testing::mention(&text, "militant", 0, G);
    militants.cameo = Some("---UAF".into());
    let arnor = testing::mention(&text, "Arnor", 0, ActorKind::State);
    let ev = coder().code(&text, &sents, &parses, &[troops, militants, arnor]);
    let attack = ev
        .iter()
        .find(|e| e.trigger.slice(&text) == "attack")
        .expect("attack");
    // Those who repel the attack did not make it, the militants did; it was aimed at them.
    assert_eq!(attack.sources, [1], "{ev:?}");
    assert_eq!(attack.targets, [0], "{ev:?}");
}

#[test]
fn an_acronym_after_a_bare_preposition_is_its_object() {
    // "… beheading claimed by IS", with "IS" read as a copula hanging off "by": repaired, IS is
    // the `by` phrase of the claim, so the beheading is its act.
    let (t, ms, ev) = run(
        "Video/NOUN/2/nsubj/video shows/VERB:VBZ/0/ROOT/show beheading/NOUN/2/obj/beheading claimed/VERB:VBN/3/acl/claim by/ADP/4/obl IS/AUX:VBZ/5/cop/be",
        &[("IS", A)],
    );
    let act = ev
        .iter()
        .find(|e| e.trigger.slice(&t) == "beheading")
        .unwrap_or_else(|| panic!("the beheading is coded: {ev:?}"));
    assert_eq!(names(&t, &ms, &act.sources), ["IS"], "{ev:?}");
    // An event noun claimed by a group is that group's act.
    let (t, ms, ev) = run(
        "Video/NOUN/2/nsubj/video shows/VERB:VBZ/0/ROOT/show beheading/NOUN/2/obj/beheading claimed/VERB:VBN/3/acl/claim by/ADP/6/case Rebels/NOUN:NNS/4/obl:agent/rebel",
        &[("Rebels", G)],
    );
    let b = ev
        .iter()
        .find(|e| e.trigger.slice(&t) == "beheading")
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(names(&t, &ms, &b.sources), ["Rebels"], "{ev:?}");
}

#[test]
fn ground_retaken_from_a_group_is_taken_from_it() {
    let (t, ms, ev) = run(
        "Troops/NOUN:NNS/2/nsubj/troop retake/VERB:VBP/0/ROOT/retake town/NOUN/2/obj from/ADP/5/case rebels/NOUN:NNS/2/obl/rebel",
        &[("Troops", G), ("rebels", G)],
    );
    let e = ev
        .iter()
        .find(|e| e.cameo == "192")
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(names(&t, &ms, &e.sources), ["Troops"]);
    assert_eq!(names(&t, &ms, &e.targets), ["rebels"]);
}

#[test]
fn fighting_a_problem_is_no_attack() {
    // "Firefighters battled a blaze": no violence
    let (_, _, ev) = run(
        "Firefighters/NOUN/2/nsubj/firefighter battled/VERB:VBD/0/ROOT/battle a/DET/4/det blaze/NOUN/2/obj ./PUNCT/2/punct",
        &[],
    );
    assert!(ev.iter().all(|e| !e.cameo.starts_with("19")), "{ev:?}");
    // "the battle against cancer", but "the battle against the rebels" is one
    let (_, _, ev) = run(
        "the/DET/2/det battle/NOUN/0/ROOT against/ADP/4/case cancer/NOUN/2/nmod",
        &[],
    );
    assert!(ev.iter().all(|e| !e.cameo.starts_with("19")), "{ev:?}");
    let (_, _, ev) = run(
        "the/DET/2/det battle/NOUN/0/ROOT against/ADP/4/case rebels/NOUN/2/nmod/rebel",
        &[("rebels", G)],
    );
    assert!(ev.iter().any(|e| e.cameo.starts_with("19")), "{ev:?}");
    // "Troops battled rebels": a fight
    let (t, ms, ev) = run(
        "Troops/NOUN/2/nsubj/troop battled/VERB:VBD/0/ROOT/battle rebels/NOUN/2/obj/rebel ./PUNCT/2/punct",
        &[("Troops", G), ("rebels", G)],
    );
    let e = ev
        .iter()
        .find(|e| e.cameo.starts_with("19"))
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(names(&t, &ms, &e.targets), ["rebels"]);
}

#[test]
fn a_participle_describing_a_noun_is_no_event() {
    // "A convicted killer asked the court …": a state of the killer, no sentencing reported
    let (_, _, ev) = run(
        "A/DET/3/det convicted/VERB:VBN/3/amod/convict killer/NOUN/4/nsubj asked/VERB:VBD/0/ROOT/ask the/DET/6/det court/NOUN/4/obj ./PUNCT/4/punct",
        &[("killer", G)],
    );
    assert!(ev.iter().all(|e| e.cameo != "116"), "{ev:?}");
    // "a publicly funded hotel" and "the surrounding area"
    let (_, _, ev) = run(
        "a/DET/4/det publicly/ADV/3/advmod funded/VERB:VBN/4/amod/fund hotel/NOUN/0/ROOT",
        &[],
    );
    assert!(ev.is_empty(), "{ev:?}");
    // "the signed detour" (no pattern option keeps it out: only the participle rule)
    let (_, _, ev) = run(
        "the/DET/3/det signed/VERB:VBN/3/amod/sign detour/NOUN/0/ROOT",
        &[],
    );
    assert!(ev.is_empty(), "{ev:?}");
    // "the government also accused opposition figures": an adverb between noun and verb
    let (_, _, ev) = run(
        "the/DET/2/det government/NOUN/0/ROOT also/ADV/4/advmod accused/VERB:VBN/6/amod/accuse opposition/NOUN/6/compound figures/NOUN/2/appos/figure",
        &[("government", G), ("opposition figures", G)],
    );
    assert!(ev.iter().any(|e| e.cameo.starts_with("11")), "{ev:?}");
    // A finite verb the parser hung on its object stays an event: "the government accused
    // opposition figures"
    let (_, _, ev) = run(
        "the/DET/2/det government/NOUN/0/ROOT accused/VERB:VBD/5/amod/accuse opposition/NOUN/5/compound figures/NOUN/2/appos/figure",
        &[("government", G), ("opposition figures", G)],
    );
    assert!(ev.iter().any(|e| e.cameo.starts_with("11")), "{ev:?}");
    // "the injured were members": a participle standing for people, hung across a copula
    let (_, _, ev) = run(
        "the/DET/2/det injured/VERB:VBN/4/amod/injure were/AUX/4/cop members/NOUN/0/ROOT/member",
        &[],
    );
    assert!(ev.iter().any(|e| e.plover_type == "ASSAULT"), "{ev:?}");
}

#[test]
fn a_suicide_bomber_is_a_suicide_attack_not_an_aircraft() {
    // "A suicide bomber killed 12": "bomber" alone is a plane (cues.txt), its modifier decides
    let (_, _, ev) = run(
        "A/DET/3/det suicide/NOUN/3/compound bomber/NOUN/4/nsubj killed/VERB:VBD/0/ROOT/kill 12/NUM/4/obj ./PUNCT/4/punct",
        &[("suicide bomber", G)],
    );
    let e = ev
        .iter()
        .find(|e| e.trigger_token == 3)
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(e.cameo, "1831", "{ev:?}");
    assert_eq!(e.acled.as_ref().map(|a| a.1.as_str()), Some("Suicide bomb"));
}

#[test]
fn releasing_a_thing_sets_no_one_free() {
    // "Police released the victims' names": no prisoner release
    let (_, _, ev) = run(
        "Police/NOUN/2/nsubj/police released/VERB:VBD/0/ROOT/release the/DET/4/det victims/NOUN/6/nmod:poss/victim '/PART/4/case names/NOUN/2/obj/name ./PUNCT/2/punct",
        &[("Police", G), ("victims", G)],
    );
    assert!(ev.iter().all(|e| e.cameo != "0841"), "{ev:?}");
    // "the release said": a press release
    let (_, _, ev) = run(
        "the/DET/2/det release/NOUN/3/nsubj said/VERB:VBD/0/ROOT/say ./PUNCT/3/punct",
        &[],
    );
    assert!(ev.iter().all(|e| e.cameo != "0841"), "{ev:?}");
    // "the prisoner release was agreed": a release ([bare-noun-no-event] needs a bare noun)
    let (_, _, ev) = run(
        "the/DET/3/det prisoner/NOUN/3/compound release/NOUN/5/nsubj:pass was/AUX/5/aux:pass agreed/VERB:VBN/0/ROOT/agree ./PUNCT/5/punct",
        &[("prisoner", G)],
    );
    assert!(ev.iter().any(|e| e.cameo == "0841"), "{ev:?}");
    // "Police released the prisoners" and "the release of the hostages" are releases
    let (_, _, ev) = run(
        "Police/NOUN/2/nsubj/police released/VERB:VBD/0/ROOT/release the/DET/4/det prisoners/NOUN/2/obj/prisoner ./PUNCT/2/punct",
        &[("Police", G), ("prisoners", G)],
    );
    assert!(ev.iter().any(|e| e.cameo == "0841"), "{ev:?}");
    let (_, _, ev) = run(
        "the/DET/2/det release/NOUN/0/ROOT of/ADP/5/case the/DET/5/det hostages/NOUN/2/nmod/hostage",
        &[("hostages", G)],
    );
    assert!(ev.iter().any(|e| e.cameo == "0841"), "{ev:?}");
}

#[test]
fn a_question_or_a_plea_in_court_is_no_appeal() {
    // "He asked why the council left": a question
    let (_, _, ev) = run(
        "He/PRON/2/nsubj/he asked/VERB:VBD/0/ROOT/ask why/ADV/6/advmod the/DET/5/det council/NOUN/6/nsubj left/VERB:VBD/2/ccomp/leave ./PUNCT/2/punct",
        &[("He", P), ("council", G)],
    );
    assert!(ev.iter().all(|e| !e.cameo.starts_with("02")), "{ev:?}");
    // "Smith pleaded not guilty": a plea in court
    let (_, _, ev) = run(
        "Smith/PROPN/2/nsubj pleaded/VERB:VBD/0/ROOT/plead not/PART/4/advmod guilty/ADJ/2/xcomp ./PUNCT/2/punct",
        &[("Smith", P)],
    );
    assert!(ev.iter().all(|e| !e.cameo.starts_with("02")), "{ev:?}");
    // "Police asked anyone who saw the attack to call": a request, not a question
    let (_, _, ev) = run(
        "Police/NOUN/2/nsubj/police asked/VERB:VBD/0/ROOT/ask anyone/PRON/2/obj who/PRON/5/nsubj saw/VERB:VBD/3/acl:relcl/see the/DET/7/det attack/NOUN/5/obj to/PART/9/mark call/VERB:VB/2/xcomp ./PUNCT/2/punct",
        &[("Police", G)],
    );
    assert!(ev.iter().any(|e| e.cameo.starts_with("02")), "{ev:?}");
    // "He asked the council to leave": a request
    let (_, _, ev) = run(
        "He/PRON/2/nsubj/he asked/VERB:VBD/0/ROOT/ask the/DET/4/det council/NOUN/2/obj to/PART/6/mark leave/VERB:VB/2/xcomp ./PUNCT/2/punct",
        &[("He", P), ("council", G)],
    );
    assert!(ev.iter().any(|e| e.cameo.starts_with("02")), "{ev:?}");
}

#[test]
fn a_demand_needs_someone_who_makes_it() {
    // "The law requires agencies to report": no one demands (pattern option `needsrc`)
    let (_, _, ev) = run(
        "The/DET/2/det law/NOUN/3/nsubj requires/VERB:VBZ/0/ROOT/require agencies/NOUN/3/obj/agency to/PART/6/mark report/VERB:VB/3/xcomp ./PUNCT/3/punct",
        &[("agencies", G)],
    );
    assert!(ev.iter().all(|e| e.cameo != "100"), "{ev:?}");
    // "The governor required agencies to report": a demand
    let (t, ms, ev) = run(
        "The/DET/2/det governor/NOUN/3/nsubj required/VERB:VBD/0/ROOT/require agencies/NOUN/3/obj/agency to/PART/6/mark report/VERB:VB/3/xcomp ./PUNCT/3/punct",
        &[("governor", P), ("agencies", G)],
    );
    let e = ev
        .iter()
        .find(|e| e.cameo == "100")
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(names(&t, &ms, &e.sources), ["governor"]);
    // "Call him on 555-0100": a phone call, no appeal on anyone
    let (_, _, ev) = run(
        "Call/VERB:VB/0/ROOT/call him/PRON/1/obj/he on/ADP/4/case 555-0100/NUM/1/obl",
        &[],
    );
    assert!(ev.iter().all(|e| !e.cameo.starts_with("02")), "{ev:?}");
}

#[test]
fn a_gunman_s_rampage_is_an_attack_and_a_mob_s_a_riot() {
    let (_, _, ev) = run(
        "The/DET/2/det gunman/NOUN/3/nsubj rampaged/VERB:VBD/0/ROOT/rampage ./PUNCT/3/punct",
        &[("gunman", G)],
    );
    assert!(ev.iter().any(|e| e.plover_type == "ASSAULT"), "{ev:?}");
    let (_, _, ev) = run(
        "The/DET/2/det mob/NOUN/3/nsubj rampaged/VERB:VBD/0/ROOT/rampage ./PUNCT/3/punct",
        &[("mob", G)],
    );
    assert!(ev.iter().any(|e| e.cameo == "145"), "{ev:?}");
}

#[test]
fn offers_hosts_and_recognition_need_their_actors() {
    // "The city offers beautiful scenery": no offer by anyone (needsrc)
    let (_, _, ev) = run(
        "The/DET/2/det city/NOUN/3/nsubj offers/VERB:VBZ/0/ROOT/offer beautiful/ADJ/5/amod scenery/NOUN/3/obj ./PUNCT/3/punct",
        &[],
    );
    assert!(ev.is_empty(), "{ev:?}");
    // "The club will host a fundraiser": no visitor hosted (needsrc with src=obj)
    let (_, _, ev) = run(
        "The/DET/2/det club/NOUN/4/nsubj will/AUX/4/aux host/VERB:VB/0/ROOT/host a/DET/6/det fundraiser/NOUN/4/obj ./PUNCT/4/punct",
        &[("club", G)],
    );
    assert!(ev.is_empty(), "{ev:?}");
    // "Cannon was recognized as farmer of the year": a person honoured, no state recognised
    let (_, _, ev) = run(
        "Cannon/PROPN/3/nsubj:pass was/AUX/3/aux:pass recognized/VERB:VBN/0/ROOT/recognize as/ADP/5/case farmer/NOUN/3/obl ./PUNCT/3/punct",
        &[("Cannon", P)],
    );
    assert!(ev.iter().all(|e| e.cameo != "054"), "{ev:?}");
    // "Russia recognized Abkhazia": recognition of a state
    let (_, _, ev) = run(
        "Russia/PROPN/2/nsubj recognized/VERB:VBD/0/ROOT/recognize Abkhazia/PROPN/2/obj ./PUNCT/2/punct",
        &[("Russia", ActorKind::State), ("Abkhazia", ActorKind::State)],
    );
    assert!(ev.iter().any(|e| e.cameo == "054"), "{ev:?}");
    // "He committed perjury": no commitment
    let (_, _, ev) = run(
        "He/PRON/2/nsubj/he committed/VERB:VBD/0/ROOT/commit perjury/NOUN/2/obj ./PUNCT/2/punct",
        &[("He", P)],
    );
    assert!(ev.iter().all(|e| !e.cameo.starts_with("03")), "{ev:?}");
}

#[test]
fn a_hanging_needs_someone_hanged() {
    let (_, _, ev) = run(
        "Migrants/NOUN/2/nsubj/migrant hang/VERB:VBP/0/ROOT/hang up/ADP/2/compound:prt their/PRON/5/nmod:poss/they washing/NOUN/2/obj ./PUNCT/2/punct",
        &[("Migrants", G)],
    );
    assert!(ev.iter().all(|e| e.cameo != "1823"), "{ev:?}");
    let (_, _, ev) = run(
        "The/DET/2/det regime/NOUN/3/nsubj hanged/VERB:VBD/0/ROOT/hang two/NUM/5/nummod activists/NOUN/3/obj/activist ./PUNCT/3/punct",
        &[("regime", G), ("activists", G)],
    );
    assert!(ev.iter().any(|e| e.cameo == "1823"), "{ev:?}");
}

#[test]
fn controversy_surrounds_no_one_and_a_degree_conferred_is_no_meeting() {
    // "Questions besieged the mayor": no siege ([abstract-subject])
    let (_, _, ev) = run(
        "Questions/NOUN/2/nsubj/question besieged/VERB:VBD/0/ROOT/besiege the/DET/4/det mayor/NOUN/2/obj ./PUNCT/2/punct",
        &[("mayor", P)],
    );
    assert!(ev.iter().all(|e| !e.cameo.starts_with("19")), "{ev:?}");
    // "Rebels besieged the mayor": a siege
    let (_, _, ev) = run(
        "Rebels/NOUN/2/nsubj/rebel besieged/VERB:VBD/0/ROOT/besiege the/DET/4/det mayor/NOUN/2/obj ./PUNCT/2/punct",
        &[("Rebels", G), ("mayor", P)],
    );
    assert!(ev.iter().any(|e| e.cameo.starts_with("19")), "{ev:?}");
    // "The school will confer a degree on the governor": no consultation
    let (_, _, ev) = run(
        "The/DET/2/det school/NOUN/4/nsubj will/AUX/4/aux confer/VERB:VB/0/ROOT/confer a/DET/6/det degree/NOUN/4/obj on/ADP/9/case the/DET/9/det governor/NOUN/4/obl ./PUNCT/4/punct",
        &[("school", G), ("governor", G)],
    );
    assert!(ev.iter().all(|e| !e.cameo.starts_with("04")), "{ev:?}");
    // "Kelly commands respect": no order
    let (_, _, ev) = run(
        "Kelly/PROPN/2/nsubj commands/VERB:VBZ/0/ROOT/command respect/NOUN/2/obj ./PUNCT/2/punct",
        &[("Kelly", P)],
    );
    assert!(ev.iter().all(|e| e.cameo != "100"), "{ev:?}");
}

#[test]
fn charging_a_price_accuses_no_one() {
    // "The hotel charges higher prices" (cues.txt [not-object])
    let (_, _, ev) = run(
        "The/DET/2/det hotel/NOUN/3/nsubj charges/VERB:VBZ/0/ROOT/charge higher/ADJ/5/amod prices/NOUN/3/obj/price ./PUNCT/3/punct",
        &[("hotel", G)],
    );
    assert!(ev.iter().all(|e| e.cameo != "173"), "{ev:?}");
    // "Police charged the man": a charge
    let (_, _, ev) = run(
        "Police/NOUN/2/nsubj/police charged/VERB:VBD/0/ROOT/charge the/DET/4/det man/NOUN/2/obj ./PUNCT/2/punct",
        &[("Police", G), ("man", G)],
    );
    assert!(ev.iter().any(|e| e.cameo == "173"), "{ev:?}");
}

#[test]
fn surrounding_and_occupying_need_someone_who_does_it() {
    // "Three bedrooms occupy the top floor"
    let (_, _, ev) = run(
        "Three/NUM/2/nummod bedrooms/NOUN/3/nsubj/bedroom occupy/VERB:VBP/0/ROOT/occupy the/DET/6/det top/ADJ/6/amod floor/NOUN/3/obj ./PUNCT/3/punct",
        &[],
    );
    assert!(ev.iter().all(|e| e.cameo != "192"), "{ev:?}");
    // "Rebels occupied the town"
    let (_, _, ev) = run(
        "Rebels/NOUN/2/nsubj/rebel occupied/VERB:VBD/0/ROOT/occupy the/DET/4/det town/NOUN/2/obj ./PUNCT/2/punct",
        &[("Rebels", G)],
    );
    assert!(ev.iter().any(|e| e.cameo == "192"), "{ev:?}");
}

#[test]
fn meeting_a_need_is_no_meeting() {
    // "The center meets its budget" (cues.txt [not-object])
    let (_, _, ev) = run(
        "The/DET/2/det center/NOUN/3/nsubj meets/VERB:VBZ/0/ROOT/meet its/PRON/5/nmod:poss/its budget/NOUN/3/obj ./PUNCT/3/punct",
        &[("center", G)],
    );
    assert!(ev.iter().all(|e| !e.cameo.starts_with("04")), "{ev:?}");
    // "The minister met the envoy"
    let (_, _, ev) = run(
        "The/DET/2/det minister/NOUN/3/nsubj met/VERB:VBD/0/ROOT/meet the/DET/5/det envoy/NOUN/3/obj ./PUNCT/3/punct",
        &[("minister", P), ("envoy", P)],
    );
    assert!(ev.iter().any(|e| e.cameo.starts_with("04")), "{ev:?}");
}

#[test]
fn market_demand_is_no_demand() {
    // "Due to a high demand, tickets sold out" (cues.txt [not-modifier])
    let (_, _, ev) = run("a/DET/3/det high/ADJ/3/amod demand/NOUN/0/ROOT", &[]);
    assert!(ev.iter().all(|e| e.cameo != "100"), "{ev:?}");
    // "the protesters' demand for his resignation"
    let (_, _, ev) = run(
        "the/DET/2/det protesters/NOUN/4/nmod:poss/protester '/PART/2/case demand/NOUN/0/ROOT for/ADP/7/case his/PRON/7/nmod:poss/he resignation/NOUN/4/nmod",
        &[("protesters", G)],
    );
    assert!(ev.iter().any(|e| e.cameo.starts_with("10")), "{ev:?}");
}

#[test]
fn in_a_sports_report_beating_a_team_is_play() {
    let sports = "The/DET/2/det team/NOUN/3/nsubj won/VERB:VBD/0/ROOT/win the/DET/5/det game/NOUN/3/obj in/ADP/9/case the/DET/9/det final/ADJ/9/amod match/NOUN/3/obl of/ADP/12/case the/DET/12/det season/NOUN/9/nmod ,/PUNCT/3/punct the/DET/15/det coach/NOUN/16/nsubj said/VERB:VBD/3/parataxis/say ./PUNCT/3/punct";
    let beat = "Ahli/PROPN/2/nsubj beat/VERB:VBD/0/ROOT/beat Ismaili/PROPN/2/obj ./PUNCT/2/punct";
    let code = |sents: &[&str]| {
        let (text, ss, ps) = testing::build(sents);
        let ms = vec![
            testing::mention(&text, "Ahli", 0, ActorKind::Organisation),
            testing::mention(&text, "Ismaili", 0, ActorKind::Organisation),
        ];
        coder().code(&text, &ss, &ps, &ms)
    };
    let ev = code(&[sports, beat]);
    assert!(ev.iter().all(|e| !e.cameo.starts_with("18")), "{ev:?}");
    // the same sentence in a news report is an assault
    let ev = code(&[beat]);
    assert!(ev.iter().any(|e| e.cameo.starts_with("18")), "{ev:?}");
}

#[test]
fn storms_attack_no_one_and_help_needs_a_helper() {
    // "Hurricanes struck the coast" ([abstract-subject])
    let (_, _, ev) = run(
        "Hurricanes/NOUN/2/nsubj/hurricane struck/VERB:VBD/0/ROOT/strike the/DET/4/det coast/NOUN/2/obj ./PUNCT/2/punct",
        &[],
    );
    assert!(ev.iter().all(|e| !e.cameo.starts_with("19")), "{ev:?}");
    // "A pep talk helped him": no aid (needsrc)
    let (_, _, ev) = run(
        "A/DET/3/det pep/NOUN/3/compound talk/NOUN/4/nsubj helped/VERB:VBD/0/ROOT/help him/PRON/4/obj/he ./PUNCT/4/punct",
        &[("him", P)],
    );
    assert!(ev.iter().all(|e| !e.cameo.starts_with("07")), "{ev:?}");
    // "The charity helped the refugees"
    let (_, _, ev) = run(
        "The/DET/2/det charity/NOUN/3/nsubj helped/VERB:VBD/0/ROOT/help the/DET/5/det refugees/NOUN/3/obj/refugee ./PUNCT/3/punct",
        &[("charity", ActorKind::Ngo), ("refugees", G)],
    );
    assert!(ev.iter().any(|e| e.cameo.starts_with("07")), "{ev:?}");
}

#[test]
fn the_visit_of_a_president_is_his() {
    let (t, ms, ev) = run(
        "the/DET/2/det visit/NOUN/0/ROOT of/ADP/5/case the/DET/5/det president/NOUN/2/nmod to/ADP/7/case Tunis/PROPN/2/nmod",
        &[("president", P), ("Tunis", ActorKind::State)],
    );
    let e = ev
        .iter()
        .find(|e| e.cameo == "042")
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(names(&t, &ms, &e.sources), ["president"]);
}

#[test]
fn a_headline_source_after_a_colon_is_no_participant() {
    // the parser hangs the source on the object; it names who reported, not who was hit
    let sent = "Bombs/NOUN/2/nsubj/bomb kill/VERB:VBP/0/ROOT/kill 20/NUM/2/obj :/PUNCT/5/punct police/NOUN/3/appos";
    let (t, ms, ev) = run(sent, &[("Bombs", G), ("police", G)]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(names(&t, &ms, &ev[0].sources), ["Bombs"]);
    assert!(
        ev[0].targets.is_empty(),
        "{:?}",
        names(&t, &ms, &ev[0].targets)
    );
    // a dash standing apart from the words before it does the same ("… kill 20 - police")
    let (t, ms, ev) = run(
        "Bombs/NOUN/2/nsubj/bomb kill/VERB:VBP/0/ROOT/kill 20/NUM/2/obj -/PUNCT/5/punct police/NOUN/3/appos",
        &[("Bombs", G), ("police", G)],
    );
    assert_eq!(names(&t, &ms, &ev[0].sources), ["Bombs"]);
    assert!(
        ev[0].targets.is_empty(),
        "{:?}",
        names(&t, &ms, &ev[0].targets)
    );
    // in a sentence with a full stop the words after a colon are the sentence's own
    let (t, ms, ev) = run(
        "Bombs/NOUN/2/nsubj/bomb kill/VERB:VBP/0/ROOT/kill 20/NUM/2/obj :/PUNCT/5/punct police/NOUN/3/appos ./PUNCT/2/punct",
        &[("Bombs", G), ("police", G)],
    );
    assert_eq!(names(&t, &ms, &ev[0].targets), ["police"]);
}

#[test]
fn where_it_happened_names_no_participant() {
    // "Bombings in Baghdad kill 10": the subject is no actor, and its place modifier is none
    let (_, _, ev) = run(
        "Bombings/NOUN/4/nsubj/bombing in/ADP/3/case Baghdad/PROPN/1/nmod kill/VERB:VBP/0/ROOT/kill 10/NUM/4/obj",
        &[("Baghdad", ActorKind::State)],
    );
    let kill: Vec<_> = ev.iter().filter(|e| e.cameo.starts_with("19")).collect();
    assert!(!kill.is_empty(), "{ev:?}");
    assert!(kill.iter().all(|e| e.sources.is_empty()), "{ev:?}");
    // who it came from still does: "fighters from Iran attacked"
    let (t, ms, ev) = run(
        "Fighters/NOUN/4/nsubj/fighter from/ADP/3/case Iran/PROPN/1/nmod attacked/VERB:VBD/0/ROOT/attack the/DET/6/det base/NOUN/4/obj",
        &[("Iran", ActorKind::State)],
    );
    assert_eq!(names(&t, &ms, &ev[0].sources), ["Iran"], "{ev:?}");
}

#[test]
fn workers_who_strike_are_on_strike_gunmen_who_strike_attack() {
    let (_, _, ev) = run(
        "Teachers/NOUN/2/nsubj/teacher struck/VERB:VBD/0/ROOT/strike again/ADV/2/advmod ./PUNCT/2/punct",
        &[("Teachers", G)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].cameo, "143");
    let (_, _, ev) = run(
        "Gunmen/NOUN/2/nsubj/gunman struck/VERB:VBD/0/ROOT/strike again/ADV/2/advmod ./PUNCT/2/punct",
        &[("Gunmen", G)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].cameo, "190");
}

#[test]
fn being_engaged_is_no_fight_engaging_an_enemy_is() {
    let (_, _, ev) = run(
        "The/DET/2/det pair/NOUN/4/nsubj:pass/pair were/AUX/4/aux:pass engaged/VERB:VBN/0/ROOT/engage in/ADP/6/case 1956/NUM/4/obl ./PUNCT/4/punct",
        &[],
    );
    assert!(ev.is_empty(), "{ev:?}");
    let (_, _, ev) = run(
        "Troops/NOUN/2/nsubj/troop engaged/VERB:VBD/0/ROOT/engage the/DET/4/det militants/NOUN/2/obj/militant ./PUNCT/2/punct",
        &[("Troops", G), ("militants", A)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].cameo, "190");
}

#[test]
fn a_relation_nouns_possessor_is_not_the_one_acted_on() {
    // "Militias killed his rival": the rival, not him; "attacked Kazemi's house": Kazemi
    let (t, ms, ev) = run(
        "Militias/NOUN/2/nsubj/militia killed/VERB:VBD/0/ROOT/kill his/PRON/4/nmod:poss rival/NOUN/2/obj ./PUNCT/2/punct",
        &[("Militias", A), ("his", P)],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(names(&t, &ms, &ev[0].targets).is_empty(), "{ev:?}");
    let (t, ms, ev) = run(
        "Militias/NOUN/2/nsubj/militia attacked/VERB:VBD/0/ROOT/attack Kazemi/PROPN/5/nmod:poss 's/PART/3/case house/NOUN/2/obj ./PUNCT/2/punct",
        &[("Militias", A), ("Kazemi", P)],
    );
    assert_eq!(names(&t, &ms, &ev[0].targets), ["Kazemi"], "{ev:?}");
}

#[test]
fn violence_with_no_side_named_has_no_doer() {
    // "New wave of Iraq violence kills 70": Iraq is where, not who
    let (_, _, ev) = run(
        "Iraq/PROPN/2/compound violence/NOUN/3/nsubj kills/VERB:VBZ/0/ROOT/kill 70/NUM/3/obj",
        &[("Iraq", ActorKind::State)],
    );
    let kill: Vec<_> = ev.iter().filter(|e| e.cameo.starts_with("19")).collect();
    assert!(!kill.is_empty(), "{ev:?}");
    assert!(kill.iter().all(|e| e.sources.is_empty()), "{ev:?}");
    // an attack named for its side still has it: "IS attack kills 5"
    let (t, ms, ev) = run(
        "IS/PROPN/2/compound attack/NOUN/3/nsubj kills/VERB:VBZ/0/ROOT/kill 5/NUM/3/obj",
        &[("IS", A)],
    );
    assert!(
        ev.iter().any(|e| names(&t, &ms, &e.sources) == ["IS"]),
        "{ev:?}"
    );
}
