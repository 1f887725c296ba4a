//! The trained name tagger inside the actor stage.

use saker_actors::eval::naive_sentences;
use saker_actors::{ner, ActorStage, NerLabel, NER_MODEL};

fn stage() -> ActorStage {
    ActorStage::load_default().expect("embedded knowledge base and model")
}

fn labels(text: &str) -> Vec<(String, NerLabel)> {
    let st = stage();
    st.find_detailed(text, &naive_sentences(text), None, None)
        .into_iter()
        .map(|m| (m.name_span.slice(text).to_owned(), m.ner))
        .collect()
}

#[test]
fn embedded_model_is_valid_and_not_empty() {
    let m = ner::Model::from_bytes(NER_MODEL).expect("valid model");
    assert!(m.len() > 1000, "{} features", m.len());
}

#[test]
fn damaged_model_is_rejected() {
    let mut b = NER_MODEL.to_vec();
    b.truncate(b.len() - 3);
    assert!(ner::Model::from_bytes(&b).is_err());
}

#[test]
fn unknown_people_and_organisations_are_typed() {
    let got = labels(
        "Suzanne Ratcliff joined Halvorsen Industries last year. \
         Ratcliff said the firm would open two offices.",
    );
    assert!(
        got.iter()
            .any(|(s, l)| s == "Suzanne Ratcliff" && *l == NerLabel::Per),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(s, l)| s == "Halvorsen Industries" && *l == NerLabel::Org),
        "{got:?}"
    );
}

#[test]
fn one_word_spelling_variants_need_the_tagger() {
    // "Urban" folds like a dictionary person's name; the tagger reads it as no name
    let t = "Urban planning matters.";
    let rules = ActorStage::load_rules_only().expect("kb");
    let found_by_rules = rules
        .find_detailed(t, &naive_sentences(t), None, None)
        .iter()
        .any(|m| m.name_span.slice(t) == "Urban");
    assert!(found_by_rules, "the example no longer tests the veto");
    let got = labels(t);
    assert!(
        !got.iter()
            .any(|(s, l)| s == "Urban" && matches!(l, NerLabel::Per | NerLabel::Org)),
        "{got:?}"
    );
}

#[test]
fn tagging_is_deterministic_and_does_not_panic_on_odd_text() {
    let st = stage();
    for t in [
        "",
        "   ",
        "’s ’s",
        "A",
        "al- al- al-",
        "ÉÉÉ ÉÉ",
        "\n\n",
        "x@y.com John",
    ] {
        let a = st.find_detailed(t, &naive_sentences(t), None, None);
        let b = st.find_detailed(t, &naive_sentences(t), None, None);
        assert_eq!(a, b);
    }
}
