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

fn has(got: &[(String, NerLabel)], name: &str, label: NerLabel) -> bool {
    got.iter().any(|(s, l)| s == name && *l == label)
}

#[test]
fn a_name_the_place_stage_reads_as_a_place_is_a_place() {
    let t = "Are you enjoying Houston?";
    let st = stage();
    let sents = naive_sentences(t);
    let at = t.rfind("Houston").expect("in text");
    let place = saker_core::Span::new(at, at + "Houston".len());
    let without = labels(t);
    assert!(
        without
            .iter()
            .any(|(s, l)| s == "Houston" && matches!(l, NerLabel::Per | NerLabel::Org)),
        "the example no longer tests the place cue: {without:?}"
    );
    let with: Vec<(String, NerLabel)> = st
        .find_detailed_with_places(t, &sents, None, None, &[place])
        .into_iter()
        .filter(|m| m.name_span == place)
        .map(|m| (m.name_span.slice(t).to_owned(), m.ner))
        .collect();
    assert!(has(&with, "Houston", NerLabel::Loc), "{with:?}");
    // the actor list leaves it out
    assert!(!st
        .find_with_places(t, &sents, None, None, &[place])
        .iter()
        .any(|m| m.span == place));
}

#[test]
fn a_first_name_is_not_made_a_place() {
    let t = "Go ahead and forward it to Brenda if you are ready.";
    let at = t.find("Brenda").expect("in text");
    let place = saker_core::Span::new(at, at + "Brenda".len());
    let got: Vec<(String, NerLabel)> = stage()
        .find_detailed_with_places(t, &naive_sentences(t), None, None, &[place])
        .into_iter()
        .map(|m| (m.name_span.slice(t).to_owned(), m.ner))
        .collect();
    assert!(has(&got, "Brenda", NerLabel::Per), "{got:?}");
}

#[test]
fn capitalised_names_are_not_folded_common_nouns() {
    // "Quinn" folds like "queen", "Mann" like "men", "Scott" like "Scot"
    let got = labels("Scott Holloway and Kristen Quinn met Kay Mann at the office.");
    for n in ["Scott Holloway", "Kristen Quinn", "Kay Mann"] {
        assert!(has(&got, n, NerLabel::Per), "{n}: {got:?}");
    }
    // the common nouns themselves still match
    let got = labels("The queen met the men.");
    assert!(got.iter().any(|(s, _)| s == "queen"), "{got:?}");
}

#[test]
fn another_first_name_before_a_known_surname_is_another_person() {
    let got = labels("The intrepid Ed Wong of the newspaper has more on the boycott.");
    assert!(has(&got, "Ed Wong", NerLabel::Per), "{got:?}");
    let got = labels("Penny Wong spoke in Canberra.");
    assert!(has(&got, "Penny Wong", NerLabel::Per), "{got:?}");
}

#[test]
fn titles_and_openers_are_not_part_of_a_name() {
    let got = labels("President Bush nominated two judges on Tuesday.");
    assert!(has(&got, "Bush", NerLabel::Per), "{got:?}");
    for (t, n) in [
        ("Any news on Aunt Toni ?", "Toni"),
        ("Welcome Darin !", "Darin"),
        ("Good Morning Debra -", "Debra"),
        ("Like Brian, I will stay involved.", "Brian"),
    ] {
        let got = labels(t);
        assert!(has(&got, n, NerLabel::Per), "{t}: {got:?}");
    }
}

#[test]
fn storms_are_not_people() {
    let got = labels(
        "Hurricane Wilhelmina hit the coast on Monday. Oil rose as Wilhelmina moved inland.",
    );
    assert!(
        !got.iter()
            .any(|(_, l)| matches!(l, NerLabel::Per | NerLabel::Org)),
        "{got:?}"
    );
    // the storm word must come right before the name
    let got = labels("The National Hurricane Center issued a warning.");
    assert!(
        got.iter()
            .any(|(s, l)| s.contains("Hurricane Center") && *l == NerLabel::Org),
        "{got:?}"
    );
}

#[test]
fn an_acronym_defined_for_an_organisation_is_one() {
    let got = labels(
        "Tenants sued the Water Authority of Port Elm ( WAPE ) last week. \
         WAPE has not answered.",
    );
    let orgs = got
        .iter()
        .filter(|(s, l)| s == "WAPE" && *l == NerLabel::Org)
        .count();
    assert!(orgs >= 1, "{got:?}");
}

#[test]
fn a_part_of_an_unknown_persons_full_name_names_that_person() {
    let got = labels(
        "Yesterday the minister, Masoud Vestergaard, opened the fair. \
         Vestergaard said the fair would run for a month.",
    );
    let n = got
        .iter()
        .filter(|(s, l)| s == "Vestergaard" && *l == NerLabel::Per)
        .count();
    assert_eq!(n, 1, "{got:?}");
    // without the full name, the sentence-initial word stays unnamed
    let got = labels("Vestergaard said the fair would run for a month.");
    assert!(
        !got.iter()
            .any(|(s, l)| s == "Vestergaard" && *l == NerLabel::Per),
        "{got:?}"
    );
}

#[test]
fn an_unknown_acronym_that_modifies_a_noun_is_no_organisation() {
    let got = labels("He has become our expert on the QRZ account and its rules.");
    assert!(
        !got.iter().any(|(s, l)| s == "QRZ" && *l == NerLabel::Org),
        "{got:?}"
    );
    let got = labels("He has become our expert on the QRZ and its rules.");
    assert!(has(&got, "QRZ", NerLabel::Org), "{got:?}");
}

#[test]
fn a_legal_form_after_a_comma_belongs_to_the_company_name() {
    let got =
        labels("The agreements were forwarded to the counterparty, Vexlor Gas, Inc. yesterday.");
    assert!(has(&got, "Vexlor Gas, Inc", NerLabel::Org), "{got:?}");
    // a known company too
    let got = labels("My income now comes from Google, Inc. of Mountain View.");
    assert!(has(&got, "Google, Inc", NerLabel::Org), "{got:?}");
}

#[test]
fn an_upper_case_word_in_normal_text_is_no_surname() {
    // "YAY" folds like the surname of a known president
    let got = labels("YAY, great theater and friendly staff!");
    assert!(!got.iter().any(|(_, l)| *l == NerLabel::Per), "{got:?}");
}

#[test]
fn a_mail_display_name_with_the_surname_first_is_one_person() {
    let got = labels("\"Quillfeather, Margaret\" <m.q@example.org> wrote to the board.");
    assert!(
        has(&got, "Quillfeather, Margaret", NerLabel::Per),
        "{got:?}"
    );
    // a place and its region are not a display name
    let got = labels("\"Kessingby, Jordan is where we met,\" she said.");
    assert!(!has(&got, "Kessingby, Jordan", NerLabel::Per), "{got:?}");
}

#[test]
fn a_known_company_and_an_unknown_division_name_are_one_organisation() {
    let got = labels("Anna Berg now works for Siemens Capital Partners in Munich.");
    assert!(
        has(&got, "Siemens Capital Partners", NerLabel::Org),
        "{got:?}"
    );
    assert!(!has(&got, "Siemens", NerLabel::Org), "{got:?}");
}

#[test]
fn a_shop_named_after_its_owner_is_an_organisation() {
    let got = labels("We had dinner at Tony's Pizza on Friday.");
    assert!(has(&got, "Tony's Pizza", NerLabel::Org), "{got:?}");
    assert!(!has(&got, "Tony", NerLabel::Per), "{got:?}");
    let got = labels("Marco s Grill House was closed.");
    assert!(has(&got, "Marco s Grill House", NerLabel::Org), "{got:?}");
    // an owner's name before another noun stays a person
    let got = labels("We met Tony's sister on Friday.");
    assert!(!has(&got, "Tony's sister", NerLabel::Org), "{got:?}");
}

#[test]
fn drawn_out_interjections_are_no_names() {
    let got = labels("Soooo good, we will be back.");
    assert!(got.iter().all(|(s, _)| s != "Soooo"), "{got:?}");
}

#[test]
fn an_untyped_name_takes_the_organisation_type_the_article_gives_it() {
    // alone, the name gets no type
    let got = labels("We love Brannock Lobby here.");
    assert!(!has(&got, "Brannock Lobby", NerLabel::Org), "{got:?}");
    let t = "We love Brannock Lobby here. She left the company Brannock Lobby in May.";
    let got = labels(t);
    let n = got
        .iter()
        .filter(|(s, l)| s == "Brannock Lobby" && *l == NerLabel::Org)
        .count();
    assert_eq!(n, 2, "{got:?}");
}

#[test]
fn a_generic_agent_word_heading_an_unknown_name_is_part_of_it() {
    let t = "She filed it with the Kessland Department of Parks and Urban Renewal yesterday.";
    let got = labels(t);
    assert!(
        has(
            &got,
            "Kessland Department of Parks and Urban Renewal",
            NerLabel::Org
        ),
        "{got:?}"
    );
}

#[test]
fn a_name_ending_in_an_organisation_word_is_an_organisation() {
    // The tagger may read a name that starts with a place as a place; its last word says what
    // it is.
    let got = labels("She joined the Halvorsen Valley Energy last year.");
    assert!(
        got.iter()
            .any(|(s, l)| s.ends_with("Valley Energy") && *l == NerLabel::Org),
        "{got:?}"
    );
}
