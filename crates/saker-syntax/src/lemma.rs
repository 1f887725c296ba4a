//! Lemmas: a hand-written exception list (`data/syntax/lemma_exceptions.tsv`), then a lexicon
//! learned from the treebank's lemma column (only forms the rules get wrong), then suffix rules.

use saker_core::hash::FastMap;
use saker_core::nlp::Upos;
use std::collections::HashMap;

const EXCEPTIONS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/syntax/lemma_exceptions.tsv"
));

/// Lemmatizer: exceptions, learned lexicon and rules.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lemmatizer {
    /// lower-case form → (class byte `V`/`N`/`*`, lemma), from the written exception list.
    written: LemmaMap,
    /// lower-case form → (UPOS index, lemma), learned from training data.
    learned: LemmaMap,
}

/// Lower-case form → (class, lemma) pairs; keyed by form alone so lookups need no allocation,
/// and hashed with FNV (one lookup per token and list; the keys are our own data).
type LemmaMap = FastMap<String, Vec<(u8, String)>>;

fn regroup(m: HashMap<(u8, String), String>) -> LemmaMap {
    let mut out: LemmaMap = FastMap::with_capacity_and_hasher(m.len(), Default::default());
    for ((c, f), l) in m {
        out.entry(f).or_default().push((c, l));
    }
    out
}

fn get<'a>(m: &'a LemmaMap, form: &str, class: u8) -> Option<&'a String> {
    m.get(form)?.iter().find(|e| e.0 == class).map(|e| &e.1)
}

/// Parses the written exception list. Malformed lines are reported with their number.
pub(crate) fn parse_exceptions(text: &str) -> Result<HashMap<(u8, String), String>, String> {
    let mut m = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        match cols.as_slice() {
            [f, l, c] if matches!(*c, "V" | "N" | "*") && !f.is_empty() && !l.is_empty() => {
                m.insert((c.as_bytes()[0], (*f).to_owned()), (*l).to_owned());
            }
            _ => return Err(format!("lemma_exceptions.tsv line {}: {line:?}", i + 1)),
        }
    }
    Ok(m)
}

impl Lemmatizer {
    /// Lemmatizer with the embedded written exceptions and the given learned lexicon.
    pub(crate) fn new(learned: HashMap<(u8, String), String>) -> Self {
        let written = parse_exceptions(EXCEPTIONS)
            .expect("embedded data/syntax/lemma_exceptions.tsv is valid");
        Lemmatizer {
            written: regroup(written),
            learned: regroup(learned),
        }
    }

    /// The learned lexicon as (UPOS index, form, lemma) (for serialisation).
    pub(crate) fn learned(&self) -> impl Iterator<Item = (u8, &str, &str)> {
        self.learned
            .iter()
            .flat_map(|(f, v)| v.iter().map(move |(c, l)| (*c, f.as_str(), l.as_str())))
    }

    /// The lemma of `form` tagged `upos`/`xpos`.
    pub(crate) fn lemma(&self, form: &str, upos: Upos, xpos: &str) -> String {
        let lower = form.to_lowercase();
        let cls = match upos {
            Upos::Verb | Upos::Aux => Some(b'V'),
            Upos::Noun | Upos::Propn => Some(b'N'),
            _ => None,
        };
        let verb_ok = match xpos {
            "VB" => false,
            "VBP" => matches!(
                lower.as_str(),
                "are" | "am" | "'m" | "'re" | "'ve" | "m" | "re"
            ),
            _ => true,
        };
        if let Some(c) = cls {
            if c == b'N' || verb_ok {
                if let Some(l) = get(&self.written, &lower, c) {
                    return l.clone();
                }
            }
        }
        if let Some(l) = get(&self.written, &lower, b'*') {
            return l.clone();
        }
        if let Some(l) = get(&self.learned, &lower, upos.index() as u8) {
            return l.clone();
        }
        rule_lemma(form, &lower, upos, xpos)
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Restores a final `e` or undoubles a consonant after `-ed` / `-ing` was removed.
fn fix_stem(stem: &str) -> String {
    let b = stem.as_bytes();
    let n = b.len();
    if n < 2 || !stem.is_ascii() {
        return stem.to_owned();
    }
    let (x, y) = (b[n - 2], b[n - 1]);
    if x == y && !is_vowel(y) && !matches!(y, b'l' | b's' | b'z' | b'f') && n >= 3 {
        return stem[..n - 1].to_owned();
    }
    if y == b'i' && n >= 2 {
        return format!("{}y", &stem[..n - 1]);
    }
    let needs_e = match y {
        b'v' | b'c' => true,
        b'g' => x != b'n' || n <= 3,
        b'z' => x != b'z',
        b's' => is_vowel(x) && !(x == b'u' && n >= 3 && !is_vowel(b[n - 3])),
        b'l' => matches!(
            x,
            b'b' | b'p' | b'g' | b't' | b'd' | b'k' | b'c' | b'f' | b'z'
        ),
        b't' => x == b'a' && n >= 3 && !is_vowel(b[n - 3]),
        b'r' => matches!(x, b'i' | b'u' | b'a') && n >= 3 && !is_vowel(b[n - 3]),
        _ => false,
    };
    if needs_e {
        format!("{stem}e")
    } else {
        stem.to_owned()
    }
}

fn singular(w: &str) -> String {
    let n = w.len();
    if n <= 3 || !w.is_ascii() {
        return w.to_owned();
    }
    if w.ends_with("ies") && n > 4 {
        return format!("{}y", &w[..n - 3]);
    }
    for suf in ["sses", "ches", "shes", "xes", "zzes"] {
        if w.ends_with(suf) {
            return w[..n - 2].to_owned();
        }
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || w.ends_with("'s") {
        return w.to_owned();
    }
    if let Some(s) = w.strip_suffix('s') {
        return s.to_owned();
    }
    w.to_owned()
}

fn third_person(w: &str) -> String {
    let n = w.len();
    if n <= 2 || !w.is_ascii() {
        return w.to_owned();
    }
    if w.ends_with("ies") && n > 4 {
        return format!("{}y", &w[..n - 3]);
    }
    for suf in ["sses", "ches", "shes", "xes", "zzes", "oes"] {
        if w.ends_with(suf) {
            return w[..n - 2].to_owned();
        }
    }
    if w.ends_with("ss") {
        return w.to_owned();
    }
    w.strip_suffix('s').unwrap_or(w).to_owned()
}

fn comparative(w: &str, suf: &str) -> String {
    match w.strip_suffix(suf) {
        Some(stem) if stem.len() >= 2 && w.is_ascii() => {
            let b = stem.as_bytes();
            let n = b.len();
            if b[n - 1] == b'i' {
                format!("{}y", &stem[..n - 1])
            } else if n >= 3 && b[n - 1] == b[n - 2] && !is_vowel(b[n - 1]) && b[n - 1] != b'l' {
                stem[..n - 1].to_owned()
            } else {
                stem.to_owned()
            }
        }
        _ => w.to_owned(),
    }
}

/// Rule lemma when no list knows the form.
fn rule_lemma(form: &str, lower: &str, upos: Upos, xpos: &str) -> String {
    match xpos {
        "NNS" => singular(lower),
        "NNPS" => singular(form),
        "NNP" => form.to_owned(),
        "VBZ" => third_person(lower),
        "VBG" => match lower.strip_suffix("ing") {
            Some(s) if s.len() >= 2 => fix_stem(s),
            _ => lower.to_owned(),
        },
        "VBD" | "VBN" => match lower.strip_suffix("ed") {
            Some(s) if s.len() >= 2 => {
                if lower.ends_with("eed") {
                    s.to_owned() + "e"
                } else {
                    fix_stem(s)
                }
            }
            _ => lower.to_owned(),
        },
        "JJR" | "RBR" => comparative(lower, "er"),
        "JJS" | "RBS" => comparative(lower, "est"),
        _ if upos == Upos::Propn => form.to_owned(),
        _ if form == "I" => "I".to_owned(),
        _ => lower.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(form: &str, upos: Upos, xpos: &str) -> String {
        Lemmatizer::new(HashMap::new()).lemma(form, upos, xpos)
    }

    #[test]
    fn written_exceptions_parse_and_apply() {
        assert!(parse_exceptions(EXCEPTIONS).is_ok());
        assert!(parse_exceptions("went\tgo\n").is_err());
        assert_eq!(l("went", Upos::Verb, "VBD"), "go");
        assert_eq!(l("was", Upos::Aux, "VBD"), "be");
        assert_eq!(l("children", Upos::Noun, "NNS"), "child");
        assert_eq!(
            l("lay", Upos::Verb, "VB"),
            "lay",
            "base forms skip past-tense exceptions"
        );
        assert_eq!(l("n't", Upos::Part, "RB"), "not");
    }

    #[test]
    fn suffix_rules() {
        assert_eq!(l("attacked", Upos::Verb, "VBD"), "attack");
        assert_eq!(l("stopped", Upos::Verb, "VBD"), "stop");
        assert_eq!(l("tried", Upos::Verb, "VBD"), "try");
        assert_eq!(l("used", Upos::Verb, "VBN"), "use");
        assert_eq!(l("moving", Upos::Verb, "VBG"), "move");
        assert_eq!(l("killing", Upos::Verb, "VBG"), "kill");
        assert_eq!(l("stated", Upos::Verb, "VBD"), "state");
        assert_eq!(l("caused", Upos::Verb, "VBD"), "cause");
        assert_eq!(l("focused", Upos::Verb, "VBD"), "focus");
        assert_eq!(l("announces", Upos::Verb, "VBZ"), "announce");
        assert_eq!(l("cities", Upos::Noun, "NNS"), "city");
        assert_eq!(l("churches", Upos::Noun, "NNS"), "church");
        assert_eq!(l("Attacks", Upos::Noun, "NNS"), "attack");
        assert_eq!(l("Americans", Upos::Propn, "NNPS"), "American");
        assert_eq!(l("Baghdad", Upos::Propn, "NNP"), "Baghdad");
        assert_eq!(l("bigger", Upos::Adj, "JJR"), "big");
        assert_eq!(l("The", Upos::Det, "DT"), "the");
    }

    #[test]
    fn learned_lexicon_wins_over_rules() {
        let mut m = HashMap::new();
        m.insert((Upos::Pron.index() as u8, "me".to_owned()), "I".to_owned());
        let lz = Lemmatizer::new(m);
        assert_eq!(lz.lemma("me", Upos::Pron, "PRP"), "I");
    }
}
