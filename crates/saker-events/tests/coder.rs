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
