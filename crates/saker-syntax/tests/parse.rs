//! Behaviour of the embedded model on real sentences and on hostile input.

use proptest::prelude::*;
use saker_core::nlp::{ParsedSentence, Upos};
use saker_syntax::{Parser, MAX_CHUNK};
use std::sync::OnceLock;

fn parser() -> &'static Parser {
    static P: OnceLock<Parser> = OnceLock::new();
    P.get_or_init(|| Parser::load_default().expect("embedded model loads"))
}

fn words(s: &str) -> Vec<&str> {
    s.split(' ').collect()
}

/// Every head points inside the sentence, nothing heads itself, and following heads always
/// reaches the root (no cycles). Returns the number of root words.
fn check_forest(p: &ParsedSentence) -> usize {
    let n = p.len();
    for (i, t) in p.iter().enumerate() {
        assert!(t.head <= n, "head {} out of range", t.head);
        assert_ne!(t.head, i + 1, "word {} heads itself", i + 1);
        let mut cur = i + 1;
        let mut steps = 0;
        while cur != 0 {
            cur = p[cur - 1].head;
            steps += 1;
            assert!(steps <= n, "cycle through word {}", i + 1);
        }
        assert!(!t.deprel.is_empty());
    }
    p.iter().filter(|t| t.head == 0).count()
}

fn find(w: &[&str], word: &str) -> usize {
    w.iter().position(|x| *x == word).expect("word present") + 1
}

#[test]
fn embedded_model_loads() {
    let p = parser();
    assert!(p.labels().iter().any(|l| l == "root"));
    assert!(p.labels().iter().any(|l| l == "nsubj"));
}

#[test]
fn subject_and_object_of_a_news_sentence() {
    let w = words("Police arrested two men in Baghdad on Thursday .");
    let p = parser().parse(&w);
    assert_eq!(check_forest(&p), 1);
    let verb = find(&w, "arrested");
    assert_eq!(p[verb - 1].head, 0);
    assert_eq!(p[verb - 1].upos, Upos::Verb);
    assert_eq!(p[verb - 1].xpos, "VBD");
    assert_eq!(p[verb - 1].lemma, "arrest");
    assert_eq!(p[find(&w, "Police") - 1].head, verb);
    assert_eq!(p[find(&w, "Police") - 1].deprel, "nsubj");
    assert_eq!(p[find(&w, "men") - 1].head, verb);
    assert_eq!(p[find(&w, "men") - 1].deprel, "obj");
    assert_eq!(p[find(&w, "men") - 1].lemma, "man");
    assert_eq!(p[find(&w, "Baghdad") - 1].upos, Upos::Propn);
}

#[test]
fn passive_with_agent() {
    let w = words("The convoy was attacked by gunmen near Mosul .");
    let p = parser().parse(&w);
    assert_eq!(check_forest(&p), 1);
    let verb = find(&w, "attacked");
    assert_eq!(p[verb - 1].head, 0);
    let subj = &p[find(&w, "convoy") - 1];
    assert_eq!((subj.head, subj.deprel.as_str()), (verb, "nsubj:pass"));
    assert_eq!(p[find(&w, "gunmen") - 1].head, verb);
    assert_eq!(p[find(&w, "was") - 1].lemma, "be");
    assert_eq!(p[find(&w, "was") - 1].upos, Upos::Aux);
}

#[test]
fn call_for_pursuit() {
    let w = words("The minister called for the pursuit of the attackers .");
    let p = parser().parse(&w);
    assert_eq!(check_forest(&p), 1);
    let verb = find(&w, "called");
    assert_eq!(p[verb - 1].head, 0);
    assert_eq!(p[find(&w, "minister") - 1].head, verb);
    assert_eq!(p[find(&w, "pursuit") - 1].head, verb);
    assert_eq!(p[find(&w, "attackers") - 1].head, find(&w, "pursuit"));
}

#[test]
fn machine_translated_news_sentence() {
    let w = words("The Iraqi Hezbollah Brigades directed explicit warnings to pursue Al-Kazemi .");
    let p = parser().parse(&w);
    assert_eq!(check_forest(&p), 1);
    let verb = find(&w, "directed");
    assert_eq!(p[verb - 1].head, 0);
    assert_eq!(p[verb - 1].lemma, "direct");
    let subj = &p[find(&w, "Brigades") - 1];
    assert_eq!((subj.head, subj.deprel.as_str()), (verb, "nsubj"));
    assert_eq!(p[find(&w, "warnings") - 1].deprel, "obj");
    assert_eq!(p[find(&w, "warnings") - 1].lemma, "warning");
    let pursue = find(&w, "pursue");
    let target = &p[find(&w, "Al-Kazemi") - 1];
    assert_eq!((target.head, target.deprel.as_str()), (pursue, "obj"));
    assert_eq!(target.upos, Upos::Propn);
}

#[test]
fn all_caps_mt_headline() {
    let w = words("ORDERS TO STRIP AL-KAZEMI OF HIS PROTECTION");
    let p = parser().parse(&w);
    assert_eq!(check_forest(&p), 1);
    let strip = find(&w, "STRIP");
    assert_eq!(p[strip - 1].upos, Upos::Verb);
    assert_eq!(p[find(&w, "AL-KAZEMI") - 1].head, strip);
    assert_eq!(p[find(&w, "ORDERS") - 1].lemma, "order");
}

#[test]
fn all_caps_headline_is_tagged_like_lower_case() {
    let w = words("IRAQI FORCES KILL TWO GUNMEN IN ANBAR");
    let p = parser().parse(&w);
    assert_eq!(check_forest(&p), 1);
    assert_eq!(p[find(&w, "KILL") - 1].upos, Upos::Verb);
    assert_eq!(p[find(&w, "KILL") - 1].head, 0);
    assert_eq!(p[find(&w, "FORCES") - 1].upos, Upos::Noun);
}

#[test]
fn an_acronym_spelling_a_function_word_is_a_name() {
    // "IS" before a noun phrase in a mixed-case headline is the group, and the headline then
    // has its verb back.
    let w = words("IS suicide bomber kills 36 in Baghdad market");
    let p = parser().parse(&w);
    assert_eq!(check_forest(&p), 1);
    assert_eq!(p[0].upos, Upos::Propn);
    assert_eq!(p[find(&w, "kills") - 1].upos, Upos::Verb);
    assert_eq!(p[find(&w, "kills") - 1].head, 0);
    // Emphasis keeps the function word: a verb or predicate follows it.
    let w = words("It IS true that WE need help .");
    let p = parser().parse(&w);
    assert_eq!(p[find(&w, "IS") - 1].upos, Upos::Aux);
    assert_eq!(p[find(&w, "WE") - 1].upos, Upos::Pron);
}

#[test]
fn empty_and_single_word_input() {
    assert!(parser().parse(&[]).is_empty());
    let p = parser().parse(&["Hello"]);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].head, 0);
    assert_eq!(p[0].deprel, "root");
}

#[test]
fn very_long_sentences_are_chunked() {
    let base = words("the army said that soldiers killed the commander , and");
    let w: Vec<&str> = base.iter().copied().cycle().take(1000).collect();
    let p = parser().parse(&w);
    assert_eq!(p.len(), 1000);
    let roots = check_forest(&p);
    assert!(
        (1000 / MAX_CHUNK..=1000 / (MAX_CHUNK / 2) + 1).contains(&roots),
        "{roots} roots"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn arbitrary_unicode_never_panics_and_gives_a_tree(ws in proptest::collection::vec("\\PC{0,12}", 0..150)) {
        let refs: Vec<&str> = ws.iter().map(String::as_str).collect();
        let p = parser().parse(&refs);
        prop_assert_eq!(p.len(), refs.len());
        let roots = check_forest(&p);
        if refs.is_empty() {
            prop_assert_eq!(roots, 0);
        } else if refs.len() <= MAX_CHUNK {
            prop_assert_eq!(roots, 1);
        } else {
            prop_assert!(roots >= 2);
        }
    }
}
