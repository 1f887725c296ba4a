//! Pronoun resolution on our own sentences: the nearest person named earlier in the same
//! sentence (resolved or not) is preferred over the article's most salient person, except
//! across a quotation mark.

use saker_actors::eval::naive_sentences;
use saker_actors::{ActorStage, Mention};
use saker_core::nlp::MentionVia;
use std::sync::OnceLock;

fn stage() -> &'static ActorStage {
    static S: OnceLock<ActorStage> = OnceLock::new();
    S.get_or_init(|| ActorStage::load_default().expect("embedded knowledge base compiles"))
}

/// The entity id the pronoun `word` (its `nth` occurrence as a whole word) resolves to.
fn pronoun(text: &str, word: &str, nth: usize) -> Option<String> {
    let ms: Vec<Mention> = stage().find_detailed(
        text,
        &naive_sentences(text),
        None,
        "2022-11-18".parse().ok(),
    );
    let start = text
        .match_indices(word)
        .filter(|(i, _)| {
            let before = text[..*i].chars().next_back();
            let after = text[i + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .nth(nth)
        .map(|(i, _)| i)
        .expect("pronoun in the text");
    ms.iter()
        .find(|m| m.actor.span.start == start && m.actor.via == MentionVia::Coreference)
        .and_then(|m| m.actor.id.clone())
}

#[test]
fn nearest_person_of_the_sentence_beats_the_salient_one() {
    let t = "Mustafa al-Kadhimi spoke in Baghdad on Monday. Kadhimi thanked the police. \
             Aides of Kadhimi visited Hisham al-Hashemi, who was an analyst, before he was killed.";
    assert_eq!(pronoun(t, "he", 0).as_deref(), Some("irq.hashemi"));
}

#[test]
fn a_pronoun_with_no_person_before_it_in_its_sentence_takes_the_salient_one() {
    let t = "Mustafa al-Kadhimi spoke in Baghdad on Monday. Kadhimi thanked the police. \
             Hours later he left for Erbil.";
    assert_eq!(pronoun(t, "he", 0).as_deref(), Some("irq.kadhimi"));
}

#[test]
fn a_pronoun_inside_a_quotation_does_not_take_the_name_before_the_quote() {
    let t = "Mustafa al-Kadhimi spoke in Baghdad on Monday. Kadhimi thanked the police. \
             Kadhimi left after Hisham al-Hashemi arrived “which made him angry,” aides said.";
    assert_eq!(pronoun(t, "him", 0).as_deref(), Some("irq.kadhimi"));
}

#[test]
fn possessive_after_two_names_takes_the_nearer_one() {
    let t = "Michel Aoun spoke in Beirut. Aoun thanked the army. \
             A paper backed Michel Aoun and described his rival Elias Hrawi as president.";
    assert_eq!(pronoun(t, "his", 0).as_deref(), Some("lbn.aoun_michel"));
    let t2 = "Michel Aoun spoke in Beirut. Aoun thanked the army. \
              Syria offered troops to President Elias Hrawi to help him.";
    assert_eq!(pronoun(t2, "him", 0).as_deref(), Some("lbn.elias_hrawi"));
}

#[test]
fn a_pronoun_after_an_unknown_person_takes_that_unresolved_name() {
    let t = "Mustafa al-Kadhimi spoke in Baghdad on Monday. Kadhimi thanked the police. \
             Kadhimi said that Mr. Tobias Wexley, a farmer, was hurt when he fell.";
    let ms = stage().find_detailed(t, &naive_sentences(t), None, None);
    let he = t.find(" he ").expect("pronoun") + 1;
    let m = ms
        .iter()
        .find(|m| m.actor.span.start == he)
        .expect("the pronoun is a mention");
    assert_eq!(m.actor.via, MentionVia::Coreference);
    assert_eq!(m.actor.id, None, "not the salient al-Kadhimi: {m:?}");
    let ant = m.antecedent.expect("antecedent");
    assert!(t[ant.start..ant.end].contains("Tobias"), "{m:?}");
}

/// The mention starting at byte `start`.
fn mention_at(text: &str, start: usize) -> Option<Mention> {
    stage()
        .find_detailed(
            text,
            &naive_sentences(text),
            None,
            "2021-05-01".parse().ok(),
        )
        .into_iter()
        .find(|m| m.actor.span.start == start)
}

#[test]
fn a_lone_surname_is_the_articles_own_person_not_a_known_namesake() {
    // the knowledge base has one McKenzie (a US general); alone, the surname is guessed to be him
    let alone = "McKenzie told reporters the base was safe.";
    let m = mention_at(alone, 0).expect("the surname is a mention");
    assert_eq!(m.actor.id.as_deref(), Some("usa.mckenzie"), "{m:?}");
    // but an article that names a Chris McKenzie means him
    let t = "Police Chief Chris McKenzie said the woman was safe. \
             McKenzie told reporters the school would reopen.";
    let start = t.rfind("McKenzie").expect("surname");
    let m = mention_at(t, start).expect("the surname is a mention");
    assert_eq!(m.actor.id, None, "{m:?}");
    // nor does a pronoun after it take the namesake
    let t = "Police Chief Chris McKenzie spoke first. McKenzie told reporters he was proud.";
    assert_ne!(pronoun(t, "he", 0).as_deref(), Some("usa.mckenzie"));
}

#[test]
fn a_contraction_is_no_name() {
    // "They're" folded whole has the key of the name "Deri"
    let t = "Aryeh Deri spoke in Jerusalem. \"They're up here shooting,\" a resident said.";
    let start = t.find("They're").expect("contraction");
    let m = mention_at(t, start);
    assert!(
        m.as_ref()
            .is_none_or(|m| m.actor.id.as_deref() != Some("isr.aryeh_deri")),
        "{m:?}"
    );
}

#[test]
fn a_known_persons_name_before_a_middle_initial_is_someone_elses_first_name() {
    let t = "Jonathan J. Farrow, 19, was arrested at City Hall.";
    let m = mention_at(t, 0);
    assert!(
        m.as_ref()
            .is_none_or(|m| m.actor.id.as_deref() != Some("nga.jonathan")),
        "{m:?}"
    );
    // alone, the word still names him
    let t = "Jonathan said the vote was fair.";
    let m = mention_at(t, 0).expect("a mention");
    assert_eq!(m.actor.id.as_deref(), Some("nga.jonathan"), "{m:?}");
}

#[test]
fn an_exact_spelling_beats_a_transliteration_variant_and_agents_match_as_spelled() {
    // "Kurd" folds like "Kurz" (z → d) but is spelled exactly as the people
    let t = "A Kurd was detained at the border.";
    let m = mention_at(t, 2).expect("a mention");
    assert_eq!(m.actor.id.as_deref(), Some("agent.ethnic"), "{m:?}");
    // English words that only fold like agent words are not agents: "coup" ~ "cop",
    // "cheek" ~ "sheikh", "policy" ~ "police"
    for (t, word) in [
        ("The army staged a coup on Monday.", "coup"),
        ("He kissed her cheek and left.", "cheek"),
        ("The policy angered students.", "policy"),
    ] {
        let start = t.find(word).expect("word");
        assert!(mention_at(t, start).is_none(), "{t}");
    }
    // both spellings of an agent word count as written
    for t in [
        "Neighbours said the house burned.",
        "Neighbors said the house burned.",
    ] {
        let m = mention_at(t, 0).expect("a mention");
        assert_eq!(m.actor.id.as_deref(), Some("agent.civilians"), "{t}: {m:?}");
    }
}

/// True when no mention of `text` resolves to `id`, the place stage having read `place` (a
/// substring of `text`) as a place.
fn no_mention_of(text: &str, place: &str, id: &str) -> bool {
    let at = text.find(place).expect("place in the text");
    let places = [saker_core::Span::new(at, at + place.len())];
    let ms = stage().find_detailed_with_places(
        text,
        &naive_sentences(text),
        None,
        "2018-03-20".parse().ok(),
        &places,
    );
    !ms.iter().any(|m| m.actor.id.as_deref() == Some(id))
}

#[test]
fn a_place_is_no_lone_surname_of_a_known_person() {
    // "Douma" folds like "Zuma"; the place stage reads it as a place
    assert!(no_mention_of(
        "Douma is surrounded by government forces.",
        "Douma",
        "zaf.zuma"
    ));
}

#[test]
fn a_word_of_a_place_name_is_no_spelling_variant_of_an_actor() {
    // "Tal" of "Tal Afar" folds like the party "Ta'al"
    assert!(no_mention_of(
        "Militants attacked Tal Afar on Monday.",
        "Tal Afar",
        "isr.joint_list"
    ));
}
