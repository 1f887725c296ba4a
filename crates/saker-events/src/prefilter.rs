//! A lexical pre-filter: can a sentence, seen only as tagged words, hold an event?
//!
//! Parsing is most of the cost of coding, and most sentences of general news hold no event. A
//! pattern can only fire on a token whose part of speech and lemma (or an inflection of its
//! surface form) match its trigger, and only when every word its constraints name is present in
//! the sentence: the object, subject, particle, preposition, clause and modifier words. The pre-filter
//! checks exactly these necessary conditions, without a parse.
//!
//! Invariant: the filter may say yes to a sentence that yields no event, never no to one that
//! would yield one. Every constraint kind is either checked by a word that the matcher itself
//! requires (by lower-cased form or lemma, as `Tree::is_word` and `Tree::case_of` compare) or
//! treated as always satisfied (voice, PETRARCH word slots). The pipeline test
//! `parsing_only_event_sentences_loses_no_event` compares against parsing everything.

use crate::pattern::{Constraint, Pattern, TriggerPos};
use saker_core::hash::FastMap;
use saker_core::nlp::{ParsedSentence, Upos};

/// One alternative of a requirement: all these words must be in the sentence (as ids, see
/// [`Prefilter::words`]).
type Alt = Vec<u32>;

/// Lexical requirements of one pattern: every group must have one alternative present. No
/// groups: the trigger alone can fire.
type Needs = Vec<Vec<Alt>>;

/// Trigger (part of speech, lemma) → the lexical needs of each pattern on it.
#[derive(Debug, Clone, Default)]
pub struct Prefilter {
    /// Trigger lemma → the part of speech and lexical needs of each pattern on it.
    triggers: FastMap<String, Vec<(TriggerPos, Needs)>>,
    /// Every word a constraint names → its id: the position of its bit in the set of words a
    /// sentence holds, so that a need is a bit test, not a string comparison.
    words: FastMap<String, u32>,
    /// Speech verbs, when reported obligations are coded as demands without a trigger
    /// ("X said Y must …"): such a sentence needs one of them and an [`OBLIGATION_AUX`] word.
    speech: Vec<String>,
}

/// Auxiliaries that make a reported clause an obligation ("Y *must* withdraw").
pub(crate) const OBLIGATION_AUX: &[&str] = &["must", "should"];

/// Regular endings and their replacements, tried in order on the lower-cased form.
const SUFFIXES: [(&str, &str); 8] = [
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
];

/// Calls `f` on each inflection candidate of a word, in the order of [`lemma_candidates`]
/// (possibly with repeats), until `f` returns true; returns whether it did. `buf` is scratch
/// space, so that no candidate needs an allocation of its own.
pub(crate) fn any_candidate(
    lemma: &str,
    lower: &str,
    buf: &mut String,
    mut f: impl FnMut(&str) -> bool,
) -> bool {
    if f(lemma) || (!lower.is_empty() && f(lower)) {
        return true;
    }
    for (suf, rep) in SUFFIXES {
        let Some(stem) = lower.strip_suffix(suf) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        buf.clear();
        buf.push_str(stem);
        buf.push_str(rep);
        if f(buf.as_str()) {
            return true;
        }
        // A doubled final consonant ("stopped" → "stop"): compare letters, not bytes, so a
        // multi-byte character is never cut in two.
        let mut last = stem.chars().rev();
        if let (true, Some(a), Some(b)) = (rep.is_empty(), last.next(), last.next()) {
            if a == b && a.is_ascii_alphabetic() && stem.len() >= 3 && f(&stem[..stem.len() - 1]) {
                return true;
            }
        }
    }
    false
}

/// The word's inflection candidates, as the matcher looks triggers up: the lemma, the lower-cased
/// form, then the form with a regular ending removed (`attacked`, `shelling`, `rallies`,
/// `stopped`). No repeats; only the lemma may be empty.
pub(crate) fn lemma_candidates(lemma: &str, lower: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    any_candidate(lemma, lower, &mut String::new(), |c| {
        if out.is_empty() || (!c.is_empty() && !out.iter().any(|o| o == c)) {
            out.push(c.to_owned());
        }
        false
    });
    out
}

/// `w.to_lowercase()`, borrowed when that is `w` itself (ASCII without capitals: nearly every
/// word of English news).
fn lowered(w: &str) -> std::borrow::Cow<'_, str> {
    if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(w)
    } else {
        std::borrow::Cow::Owned(w.to_lowercase())
    }
}

/// The part of speech under which the matcher looks a token up, if any.
pub(crate) fn trigger_pos(upos: Upos, xpos: &str) -> Option<TriggerPos> {
    match upos {
        Upos::Verb => Some(TriggerPos::Verb),
        Upos::Noun => Some(TriggerPos::Noun),
        Upos::Adj if xpos.starts_with("VB") => Some(TriggerPos::Verb),
        _ => None,
    }
}

/// The alternatives of a constraint's word list, each word by its id in `ids` (new words get the
/// next id).
fn alts(ids: &mut FastMap<String, u32>, words: &[String]) -> Vec<Alt> {
    words
        .iter()
        .map(|w| {
            w.split([' ', '_'])
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                    *ids.entry(p.to_owned()).or_insert(next)
                })
                .collect()
        })
        .collect()
}

fn needs(ids: &mut FastMap<String, u32>, p: &Pattern) -> Needs {
    let mut out = Vec::new();
    for c in &p.constraints {
        match c {
            Constraint::Obj(heads) | Constraint::Subj(heads) | Constraint::Xcomp(heads)
                if !heads.is_empty() =>
            {
                out.push(alts(ids, heads))
            }
            Constraint::Compound(heads) => out.push(alts(ids, heads)),
            Constraint::Prt(w) => out.push(alts(ids, std::slice::from_ref(w))),
            Constraint::Prep(prep, heads) => {
                out.push(alts(ids, std::slice::from_ref(prep)));
                if !heads.is_empty() {
                    out.push(alts(ids, heads));
                }
            }
            // Any object / subject / clause, voice, compound subjects and PETRARCH word slots: not
            // checked lexically.
            Constraint::Obj(_)
            | Constraint::Subj(_)
            | Constraint::CompoundSubject
            | Constraint::Xcomp(_)
            | Constraint::Passive
            | Constraint::Active
            | Constraint::NoObject
            | Constraint::After(_)
            | Constraint::Before(_) => {}
        }
    }
    out
}

impl Prefilter {
    /// Indexes the lexical needs of `patterns`.
    pub fn new(patterns: &[Pattern]) -> Prefilter {
        let mut f = Prefilter::default();
        f.add(patterns);
        f
    }

    /// Adds the needs of more patterns.
    ///
    /// Only whether some pattern's needs hold matters, not which one: each trigger keeps each
    /// distinct (part of speech, needs) once, those with the fewest requirement groups first, so
    /// that a bare trigger answers at once and a common needs list is checked once, not once per
    /// pattern that shares it.
    pub fn add(&mut self, patterns: &[Pattern]) {
        for p in patterns {
            let item = (p.pos, needs(&mut self.words, p));
            let entry = self.triggers.entry(p.lemma.clone()).or_default();
            if !entry.contains(&item) {
                entry.push(item);
            }
        }
        for entry in self.triggers.values_mut() {
            entry.sort_by_key(|(_, needs)| needs.len());
        }
    }

    /// The trigger lemmas of patterns on this part of speech, in no particular order.
    pub fn trigger_lemmas(&self, pos: TriggerPos) -> impl Iterator<Item = &str> {
        self.triggers
            .iter()
            .filter(move |(_, v)| v.iter().any(|(p, _)| *p == pos))
            .map(|(k, _)| k.as_str())
    }

    /// Also lets through sentences that may report an obligation: a word of `speech` (the coder's
    /// speech verbs) and an obligation auxiliary.
    pub fn obligations(&mut self, speech: &saker_core::hash::FastSet<String>) {
        self.speech = speech.iter().cloned().collect();
        self.speech.sort();
    }

    /// True when some pattern could fire in this tagged sentence (`words` aligned with `tagged`).
    pub fn may_hold_event(&self, words: &[&str], tagged: &ParsedSentence) -> bool {
        // Each token's lower-cased form and lemma: what constraint words are compared with. Made
        // only when some check needs them (most tokens are no trigger at all).
        let forms_cell: std::cell::OnceCell<Vec<std::borrow::Cow<'_, str>>> =
            std::cell::OnceCell::new();
        let forms = || {
            forms_cell.get_or_init(|| {
                let mut f = Vec::with_capacity(2 * words.len());
                for (w, t) in words.iter().zip(tagged) {
                    f.push(lowered(w));
                    f.push(lowered(&t.lemma));
                }
                f
            })
        };
        // The same forms as a bit set over constraint word ids (forms no constraint names are
        // left out: no need can ask for them).
        let held_cell: std::cell::OnceCell<Vec<u64>> = std::cell::OnceCell::new();
        let held = || {
            held_cell.get_or_init(|| {
                let mut bits = vec![0u64; self.words.len().div_ceil(64)];
                for f in forms() {
                    if let Some(&id) = self.words.get(f.as_ref()) {
                        if let Some(b) = bits.get_mut(id as usize / 64) {
                            *b |= 1 << (id % 64);
                        }
                    }
                }
                bits
            })
        };
        let present = |alt: &Alt| {
            alt.iter().all(|&id| {
                held()
                    .get(id as usize / 64)
                    .is_some_and(|b| b >> (id % 64) & 1 == 1)
            })
        };
        let obligation_word = words.iter().zip(tagged).any(|(w, t)| {
            OBLIGATION_AUX
                .iter()
                .any(|a| w.eq_ignore_ascii_case(a) || t.lemma.eq_ignore_ascii_case(a))
        });
        if !self.speech.is_empty()
            && obligation_word
            && forms().iter().any(|f| OBLIGATION_AUX.contains(&f.as_ref()))
            && forms()
                .iter()
                .any(|f| self.speech.binary_search_by(|s| s.as_str().cmp(f)).is_ok())
        {
            return true;
        }
        let mut buf = String::new();
        words.iter().zip(tagged).any(|(w, t)| {
            let Some(pos) = trigger_pos(t.upos, &t.xpos) else {
                return false;
            };
            let (lemma, lower) = (lowered(&t.lemma), lowered(w));
            any_candidate(&lemma, &lower, &mut buf, |c| {
                self.triggers.get(c).is_some_and(|pats| {
                    pats.iter().any(|(p, needs)| {
                        *p == pos && needs.iter().all(|group| group.iter().any(present))
                    })
                })
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saker_core::nlp::TokenSyntax;

    fn tagged<'a>(words: &[(&'a str, Upos, &str)]) -> (Vec<&'a str>, ParsedSentence) {
        let ws = words.iter().map(|&(w, _, _)| w).collect();
        let ts = words
            .iter()
            .map(|&(_, upos, lemma)| TokenSyntax {
                upos,
                xpos: String::new(),
                lemma: lemma.to_owned(),
                head: 0,
                deprel: String::new(),
            })
            .collect();
        (ws, ts)
    }

    fn filter(src: &str) -> Prefilter {
        let (pats, diags) = crate::pattern::parse_file("t.pat", src);
        assert!(diags.is_empty(), "{diags:?}");
        Prefilter::new(&pats)
    }

    #[test]
    fn a_bare_trigger_needs_only_its_word_and_part_of_speech() {
        let f = filter("attack | 190 | ASSAULT\n");
        let (w, t) = tagged(&[
            ("Gunmen", Upos::Noun, "gunman"),
            ("attacked", Upos::Verb, "attack"),
        ]);
        assert!(f.may_hold_event(&w, &t));
        // inflection recovered from the surface form even when the lemma is wrong
        let (w, t) = tagged(&[("shelling", Upos::Verb, "shelling")]);
        assert!(filter("shell | 195 | ASSAULT\n").may_hold_event(&w, &t));
        let (w, t) = tagged(&[("shell", Upos::Noun, "shell")]);
        assert!(!filter("shell | 195 | ASSAULT\n").may_hold_event(&w, &t));
        // a verb pattern does not fire on a noun
        let (w, t) = tagged(&[("attack", Upos::Propn, "Attack")]);
        assert!(!f.may_hold_event(&w, &t));
    }

    #[test]
    fn stems_undouble_letters_and_never_cut_a_character() {
        let c = lemma_candidates("stopped", "stopped");
        assert!(c.contains(&"stop".to_owned()), "{c:?}");
        // U+113CF ends in two equal bytes (8F 8F): no byte-level undoubling may split it
        for w in [
            "\u{113cf}\u{113cf}ing",
            "a\u{113cf}s",
            "x\u{113cf}\u{113cf}ed",
        ] {
            let c = lemma_candidates(w, w);
            assert!(
                c.iter()
                    .all(|s| w.starts_with(s.as_str()) || s.ends_with('e') || s.ends_with('y')),
                "{c:?}"
            );
        }
    }

    #[test]
    fn constraint_words_must_all_be_present() {
        let f = filter(
            "take obj:hostage|captive | 181 | ASSAULT:abduct\n\
             lynch subj:mob | 1823 | ASSAULT\n\
             call prep:for:pursuit|arrest | 1041 | REQUEST\n\
             carry prt:out obj:attack|raid | 190 | ASSAULT\n",
        );
        let (w, t) = tagged(&[
            ("They", Upos::Pron, "they"),
            ("took", Upos::Verb, "take"),
            ("a", Upos::Det, "a"),
            ("walk", Upos::Noun, "walk"),
        ]);
        assert!(!f.may_hold_event(&w, &t));
        let (w, t) = tagged(&[
            ("They", Upos::Pron, "they"),
            ("took", Upos::Verb, "take"),
            ("hostages", Upos::Noun, "hostage"),
        ]);
        assert!(f.may_hold_event(&w, &t));
        let (w, t) = tagged(&[
            ("called", Upos::Verb, "call"),
            ("for", Upos::Adp, "for"),
            ("calm", Upos::Noun, "calm"),
        ]);
        assert!(!f.may_hold_event(&w, &t), "for present, no head word");
        let (w, t) = tagged(&[
            ("called", Upos::Verb, "call"),
            ("for", Upos::Adp, "for"),
            ("his", Upos::Pron, "his"),
            ("pursuit", Upos::Noun, "pursuit"),
        ]);
        assert!(f.may_hold_event(&w, &t));
        let (w, t) = tagged(&[
            ("carried", Upos::Verb, "carry"),
            ("an", Upos::Det, "a"),
            ("attack", Upos::Noun, "attack"),
        ]);
        assert!(!f.may_hold_event(&w, &t), "particle missing");
        let (w, t) = tagged(&[
            ("They", Upos::Pron, "they"),
            ("lynched", Upos::Verb, "lynch"),
        ]);
        assert!(!f.may_hold_event(&w, &t), "subject word missing");
        let (w, t) = tagged(&[
            ("mobs", Upos::Noun, "mob"),
            ("lynched", Upos::Verb, "lynch"),
        ]);
        assert!(f.may_hold_event(&w, &t));
    }

    #[test]
    fn repeated_needs_are_kept_once_and_word_ids_span_many_bit_words() {
        // Two patterns with the same needs, one with other needs, one bare noun pattern.
        let f = filter(
            "seize obj:town | 190 | ASSAULT\n\
             seize obj:town | 190 | ASSAULT\n\
             seize obj:village | 190 | ASSAULT\n\
             seizure | 190 | ASSAULT\n",
        );
        let verb = &f.triggers["seize"];
        assert_eq!(verb.len(), 2, "{verb:?}");
        let (w, t) = tagged(&[
            ("seized", Upos::Verb, "seize"),
            ("villages", Upos::Noun, "village"),
        ]);
        assert!(f.may_hold_event(&w, &t));
        let (w, t) = tagged(&[("seized", Upos::Verb, "seize"), ("cars", Upos::Noun, "car")]);
        assert!(!f.may_hold_event(&w, &t));
        // More constraint words than one 64-bit word of the sentence's word set holds.
        let src: String = (0..150)
            .map(|i| format!("guard obj:post{i} | 190 | ASSAULT\n"))
            .collect();
        let f = filter(&src);
        for i in [0, 63, 64, 130, 149] {
            let obj = format!("post{i}");
            let (w, t) = tagged(&[("guarded", Upos::Verb, "guard"), (&obj, Upos::Noun, &obj)]);
            assert!(f.may_hold_event(&w, &t), "{obj}");
        }
        let (w, t) = tagged(&[
            ("guarded", Upos::Verb, "guard"),
            ("post150", Upos::Noun, "post150"),
        ]);
        assert!(!f.may_hold_event(&w, &t));
    }

    #[test]
    fn reported_obligations_pass_with_a_speech_verb_and_must() {
        let mut f = filter("attack | 190 | ASSAULT\n");
        let (w, t) = tagged(&[
            ("Russia", Upos::Propn, "Russia"),
            ("said", Upos::Verb, "say"),
            ("Sudan", Upos::Propn, "Sudan"),
            ("must", Upos::Aux, "must"),
            ("go", Upos::Verb, "go"),
        ]);
        assert!(!f.may_hold_event(&w, &t), "off until asked for");
        f.obligations(&["say".to_owned()].into_iter().collect());
        assert!(f.may_hold_event(&w, &t));
        let (w, t) = tagged(&[("Sudan", Upos::Propn, "Sudan"), ("must", Upos::Aux, "must")]);
        assert!(!f.may_hold_event(&w, &t), "no speech verb");
    }

    #[test]
    fn multiword_constraint_words_need_every_part() {
        let f = filter("stand prep:in_front_of | 141 | PROTEST\n");
        let (w, t) = tagged(&[
            ("stood", Upos::Verb, "stand"),
            ("in", Upos::Adp, "in"),
            ("front", Upos::Noun, "front"),
        ]);
        assert!(!f.may_hold_event(&w, &t));
        let (w, t) = tagged(&[
            ("stood", Upos::Verb, "stand"),
            ("in", Upos::Adp, "in"),
            ("front", Upos::Noun, "front"),
            ("of", Upos::Adp, "of"),
        ]);
        assert!(f.may_hold_event(&w, &t));
    }
}
