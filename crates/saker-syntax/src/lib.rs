//! Saker's syntax stage: a part-of-speech tagger (UD UPOS + Penn XPOS), a labelled dependency
//! parser and a lemmatizer for English, all on the CPU and fast.
//!
//! * Tagger: greedy left-to-right averaged perceptron over hashed word, affix, shape and context
//!   features; each class is a (UPOS, XPOS) pair.
//! * Parser: greedy arc-hybrid transition parser with labels in the transitions, trained with a
//!   dynamic oracle and an averaged perceptron over Zhang & Nivre style features.
//! * Lemmas: a written exception list, a lexicon learned from the treebank, then suffix rules.
//!
//! The model is trained on Universal Dependencies English EWT + GUM (see `data/syntax/NOTICE.md`),
//! stored in a compact little-endian binary (`docs/syntax.md`) and embedded in the library.
//!
//! ```no_run
//! let parser = saker_syntax::Parser::load_default()?;
//! let parsed = parser.parse(&["Police", "arrested", "two", "men", "."]);
//! assert_eq!(parsed.len(), 5);
//! # Ok::<(), saker_syntax::SyntaxError>(())
//! ```
#![warn(missing_docs)]

mod arc;
pub mod eval;
mod feat;
mod lemma;
mod linear;
mod tagger;
pub mod train;

use linear::{Linear, Reader};
use saker_core::nlp::{ParsedSentence, TokenSyntax, Upos};
use std::collections::HashMap;

/// Sentences longer than this are parsed in chunks (each chunk has its own root).
pub const MAX_CHUNK: usize = 120;

/// Largest score gap (quantised tagger units) by which a verb tag may lose to a noun tag and still
/// be taken as the verb of a verbless headline (see `Parser::headline_verb`). Set from the UCDP
/// Iraq headlines (dev): correct repairs ("Baghdad restaurant bombs kill 21") mostly lie below
/// 20,000, wrong ones (datelines such as "Halabsa village nr Fallujah") above; with it the UD
/// test scores move by at most 0.03 points.
const HEADLINE_VERB_GAP: i32 = 20_000;

/// The larger gap allowed when a later stage vouches for the word as a verb (see
/// [`HeadlineHints`]): "Iraqi army *shells* IS positions" (gap 31,035), "Iraqi police *foil* …
/// attack" (31,398), "peshmerga artillery *kill* 74" (34,998). Set from the UCDP Iraq headlines
/// (dev): above it the hinted candidates are mostly nouns again ("car *bomb* attacks").
const HEADLINE_HINTED_GAP: i32 = 38_000;

/// Words a later stage knows, lent to the headline-verb repair (see `Parser::headline_verb`).
///
/// The tagger, trained on full sentences, reads many headline verbs as nouns; whether a word is
/// a verb worth the repair is knowledge the event coder has (its trigger lemmas). With hints, a
/// candidate whose verb lemma is in `verbs` may win at a larger score gap
/// ([`HEADLINE_HINTED_GAP`]), unless the noun after it is in `event_nouns` ("suicide *bomb*
/// attack": the noun chain names one event, the first noun is no verb). The event nouns also
/// undo an adjective or adverb reading of such a noun where it modifies nothing ("launches
/// *offensive* on IS").
#[derive(Debug, Clone, Default)]
pub struct HeadlineHints {
    verbs: std::collections::HashSet<String>,
    event_nouns: std::collections::HashSet<String>,
}

impl HeadlineHints {
    /// Hints from verb lemmas and event-noun lemmas (lower case).
    pub fn new(
        verbs: impl IntoIterator<Item = String>,
        event_nouns: impl IntoIterator<Item = String>,
    ) -> Self {
        HeadlineHints {
            verbs: verbs.into_iter().collect(),
            event_nouns: event_nouns.into_iter().collect(),
        }
    }
}

/// Every form an English auxiliary takes in the treebanks (lower case, straight apostrophes),
/// including clitics and common spelling slips; a word read as an auxiliary that is none of
/// these is re-tagged (see `Parser::stray_auxiliary`).
const AUX_FORMS: &[&str] = &[
    "be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m", "s", "re", "m",
    "r", "have", "has", "had", "having", "'ve", "'d", "ve", "d", "do", "does", "did", "doing",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "ll",
    "ought", "wo", "ca", "ai", "get", "gets", "got", "getting", "gotten", "need", "dare", "wilt",
    "woud", "ar", "v", "`s", "s'", "art", "hath", "shalt", "cannot", "gon", "wan", "du", "wud",
    "cud",
];

/// True when `w` is one of [`AUX_FORMS`] (any case; curly and accent apostrophes read as
/// straight ones). ASCII words, nearly all, are compared without allocating.
fn is_aux_form(w: &str) -> bool {
    if w.is_ascii() {
        AUX_FORMS.iter().any(|f| f.eq_ignore_ascii_case(w))
    } else {
        let w = w.to_lowercase().replace(['’', '´', '`'], "'");
        AUX_FORMS.contains(&w.as_str())
    }
}

const MAGIC: &[u8; 8] = b"SAKERSYN";
/// Model version with the full parser feature set; ends with the tagger's ambiguity lexicon.
const VERSION: u32 = 3;
/// Model version with the compact parser feature set (same layout otherwise).
const VERSION_COMPACT: u32 = 4;
/// Older versions (full, compact) without the ambiguity lexicon: still read, their taggers
/// have no ambiguity-class weights and tag exactly as before.
const LEGACY: [u32; 2] = [1, 2];

static DEFAULT_MODEL: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/syntax/en.model"
));

/// Errors of the syntax stage.
#[derive(Debug, thiserror::Error)]
pub enum SyntaxError {
    /// The model bytes are malformed or inconsistent.
    #[error("syntax model: {0}")]
    Model(String),
    /// Training data is missing or unusable.
    #[error("syntax training data: {0}")]
    Data(String),
    /// A treebank file could not be read.
    #[error(transparent)]
    Conllu(#[from] saker_core::conllu::ConlluError),
    /// File input/output failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// The (PROPN, NNP) tag class, if the model has it (for the acronym repair).
fn propn_class(classes: &[(Upos, String)]) -> Option<usize> {
    classes
        .iter()
        .position(|(u, x)| *u == Upos::Propn && x == "NNP")
}

/// The indices of the (VERB, VBZ) and (VERB, VBP) tag classes, or nothing unless the model has
/// both.
fn verb_classes(classes: &[(Upos, String)]) -> Vec<usize> {
    let find = |tag: &str| {
        classes
            .iter()
            .position(|(u, x)| *u == Upos::Verb && x == tag)
    };
    match (find("VBZ"), find("VBP")) {
        (Some(z), Some(p)) => vec![z, p],
        _ => Vec::new(),
    }
}

/// A loaded tagger + parser + lemmatizer. Immutable, `Send + Sync`; share it between threads.
#[derive(Clone)]
pub struct Parser {
    classes: Vec<(Upos, String)>,
    labels: Vec<String>,
    root_label: u8,
    tagger: Linear,
    parser: Linear,
    /// The parser uses the compact feature set (model version 4).
    compact: bool,
    lemmas: lemma::Lemmatizer,
    /// The tag classes (VERB, VBZ) and (VERB, VBP), when the model has both (for the
    /// headline-verb repair); otherwise empty.
    verb_classes: Vec<usize>,
    /// The tag class (PROPN, NNP), for acronyms the tagger reads as function words.
    propn_class: Option<usize>,
    /// Ambiguity lexicon of the tagger: normalised form hash → hash of its tag-class set.
    amb: linear::IdMap<u64>,
    /// Verb and event-noun lemmas lent by a later stage to the headline-verb repair.
    hints: std::sync::Arc<HeadlineHints>,
}

impl std::fmt::Debug for Parser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (c, l, tf, pf) = self.sizes();
        f.debug_struct("Parser")
            .field("tag_classes", &c)
            .field("labels", &l)
            .field("tagger_features", &tf)
            .field("parser_features", &pf)
            .finish()
    }
}

impl Parser {
    /// The model embedded in the library (`data/syntax/en.model`).
    pub fn load_default() -> Result<Parser, SyntaxError> {
        Parser::from_bytes(DEFAULT_MODEL)
    }

    /// Decodes a model; every structural invariant is checked, so corrupt bytes give an error.
    pub fn from_bytes(bytes: &[u8]) -> Result<Parser, SyntaxError> {
        let mut r = Reader::new(bytes);
        if r.take(8)? != MAGIC {
            return Err(SyntaxError::Model(
                "not a Saker syntax model (bad magic)".into(),
            ));
        }
        let v = r.u32()?;
        if v != VERSION && v != VERSION_COMPACT && !LEGACY.contains(&v) {
            return Err(SyntaxError::Model(format!("unsupported model version {v}")));
        }
        let class_names = r.strings()?;
        let mut classes = Vec::with_capacity(class_names.len());
        for c in &class_names {
            let (u, x) = c
                .split_once('\t')
                .ok_or_else(|| SyntaxError::Model(format!("bad tag class {c:?}")))?;
            let u = Upos::parse(u)
                .ok_or_else(|| SyntaxError::Model(format!("bad UPOS in class {c:?}")))?;
            classes.push((u, x.to_owned()));
        }
        let labels = r.strings()?;
        let root_label = r.u32()?;
        let tagger = Linear::read(&mut r)?;
        let parser = Linear::read(&mut r)?;
        let lex = r.strings()?;
        let n_amb = if LEGACY.contains(&v) {
            0
        } else {
            r.u32()? as usize
        };
        let keys = r.take(
            n_amb
                .checked_mul(8)
                .ok_or_else(|| SyntaxError::Model("size overflow".into()))?,
        )?;
        let vals = r.take(n_amb * 8)?;
        let u64_at = |b: &[u8], i: usize| {
            let mut x = [0u8; 8];
            x.copy_from_slice(&b[i * 8..i * 8 + 8]);
            u64::from_le_bytes(x)
        };
        let mut amb = linear::IdMap::default();
        amb.reserve(n_amb);
        for i in 0..n_amb {
            amb.insert(u64_at(keys, i), u64_at(vals, i));
        }
        if !r.at_end() {
            return Err(SyntaxError::Model("trailing bytes after the model".into()));
        }
        if classes.is_empty() || tagger.n_classes() != classes.len() {
            return Err(SyntaxError::Model("tagger class count mismatch".into()));
        }
        if labels.is_empty()
            || labels.len() > 127
            || parser.n_classes() != arc::n_classes(labels.len())
            || root_label as usize >= labels.len()
        {
            return Err(SyntaxError::Model("parser label count mismatch".into()));
        }
        let mut learned = HashMap::with_capacity(lex.len());
        for e in &lex {
            let mut it = e.splitn(3, '\t');
            let (Some(u), Some(f), Some(l)) = (it.next(), it.next(), it.next()) else {
                return Err(SyntaxError::Model(format!("bad lemma entry {e:?}")));
            };
            let u: u8 = u
                .parse()
                .map_err(|_| SyntaxError::Model(format!("bad lemma entry {e:?}")))?;
            learned.insert((u, f.to_owned()), l.to_owned());
        }
        Ok(Parser {
            verb_classes: verb_classes(&classes),
            propn_class: propn_class(&classes),
            classes,
            labels,
            root_label: root_label as u8,
            tagger,
            parser,
            compact: v == VERSION_COMPACT || v == LEGACY[1],
            lemmas: lemma::Lemmatizer::new(learned),
            amb,
            hints: Default::default(),
        })
    }

    /// Encodes the model (the inverse of [`Parser::from_bytes`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        let v = if self.compact {
            VERSION_COMPACT
        } else {
            VERSION
        };
        out.extend_from_slice(&v.to_le_bytes());
        let names: Vec<String> = self
            .classes
            .iter()
            .map(|(u, x)| format!("{}\t{x}", u.as_str()))
            .collect();
        linear::write_strings(&mut out, &names);
        linear::write_strings(&mut out, &self.labels);
        out.extend_from_slice(&(self.root_label as u32).to_le_bytes());
        self.tagger.write(&mut out);
        self.parser.write(&mut out);
        let mut lex: Vec<String> = self
            .lemmas
            .learned()
            .map(|(u, f, l)| format!("{u}\t{f}\t{l}"))
            .collect();
        lex.sort();
        linear::write_strings(&mut out, &lex);
        let mut amb: Vec<(u64, u64)> = self.amb.iter().map(|(&k, &v)| (k, v)).collect();
        amb.sort_unstable();
        out.extend_from_slice(&(amb.len() as u32).to_le_bytes());
        for (k, _) in &amb {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for (_, v) in &amb {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out
    }

    /// A smaller copy without weights whose magnitude is below the given thresholds (in the
    /// model's quantised units, largest weight = 32000): trades accuracy for size and speed.
    pub fn prune(&self, tagger_min: i16, parser_min: i16) -> Parser {
        Parser {
            tagger: self.tagger.prune(tagger_min),
            parser: self.parser.prune(parser_min),
            ..self.clone()
        }
    }

    /// This parser with the headline-verb repair informed by `hints` (see [`HeadlineHints`]).
    /// Sentences that have a verb tag exactly as without hints, but for an event noun read as an
    /// adjective or adverb that modifies nothing ("launches *offensive* on IS", see
    /// `Parser::event_noun_read_as_modifier`).
    pub fn with_headline_hints(mut self, hints: HeadlineHints) -> Parser {
        self.hints = std::sync::Arc::new(hints);
        self
    }

    /// Dependency labels the parser can produce.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Sizes: (tag classes, labels, tagger features, parser features).
    pub fn sizes(&self) -> (usize, usize, usize, usize) {
        (
            self.classes.len(),
            self.labels.len(),
            self.tagger.n_features(),
            self.parser.n_features(),
        )
    }

    /// Tags `words` with (UPOS, XPOS) class indices.
    fn tag_ids(&self, toks: &[feat::TokFeats], words: &[&str]) -> Vec<u8> {
        let mut tags = Vec::with_capacity(toks.len());
        let mut gaps = Vec::with_capacity(toks.len() * self.verb_classes.len());
        tagger::tag_from(&self.tagger, toks, &mut tags, &self.verb_classes, &mut gaps);
        let watched = self.verb_classes.len();
        // At most a few acronyms per sentence; each re-tags what follows it.
        let mut fixed: Option<Vec<feat::TokFeats>> = None;
        for _ in 0..4 {
            let Some((i, class)) = self.acronym(fixed.as_deref().unwrap_or(toks), &tags) else {
                break;
            };
            // Its neighbours must not see the function word its letters spell ("IS" read as
            // "is" makes "militants attacked" a verb and an adjective): its lower-case form,
            // suffixes and ambiguity class, the parts of it the neighbour features read, become
            // those of no word. The noun or number after it, which made it an acronym, keeps its tag.
            let v = fixed.get_or_insert_with(|| toks.to_vec());
            v[i].norm = feat::hash_norm("<acronym>");
            v[i].suf = [v[i].norm; 4];
            v[i].amb = tagger::AMB_UNKNOWN;
            let next = tags.get(i + 1).copied();
            tags.truncate(i);
            gaps.truncate(i * watched);
            tags.push(class as u8);
            gaps.extend(std::iter::repeat_n(i32::MAX, watched));
            if let Some(next) = next {
                tags.push(next);
                gaps.extend(std::iter::repeat_n(i32::MAX, watched));
            }
            tagger::tag_from(&self.tagger, v, &mut tags, &self.verb_classes, &mut gaps);
        }
        let toks = fixed.as_deref().unwrap_or(toks);
        // before the headline repair, which an auxiliary reading would stop
        for _ in 0..3 {
            let Some(i) = self.stray_auxiliary(&tags, words) else {
                break;
            };
            // the best reading that is no auxiliary, then the rest again (with their gaps)
            let not_aux = |c: usize| self.classes.get(c).is_some_and(|c| c.0 != Upos::Aux);
            let Some(class) = tagger::best_allowed(&self.tagger, toks, &tags, i, not_aux) else {
                break;
            };
            tags.truncate(i);
            gaps.truncate(i * watched);
            tags.push(class);
            gaps.extend(std::iter::repeat_n(i32::MAX, watched));
            tagger::tag_from(&self.tagger, toks, &mut tags, &self.verb_classes, &mut gaps);
        }
        if let Some((i, class)) = self.headline_verb(&tags, &gaps, words) {
            // Re-tag what follows: the next tags are conditioned on this one.
            tags.truncate(i);
            tags.push(class as u8);
            tagger::tag_from(&self.tagger, toks, &mut tags, &[], &mut gaps);
        }
        if let Some((i, class)) = self.finite_verb(&tags) {
            tags.truncate(i);
            tags.push(class as u8);
            tagger::tag_from(&self.tagger, toks, &mut tags, &[], &mut gaps);
        }
        if let Some((i, noun, verb)) = self.plural_read_as_verb(&tags, words) {
            tags.truncate(i);
            tags.push(noun as u8);
            tags.push(verb as u8);
            tagger::tag_from(&self.tagger, toks, &mut tags, &[], &mut gaps);
        }
        for _ in 0..3 {
            let Some((i, noun)) = self.event_noun_read_as_modifier(&tags, words) else {
                break;
            };
            tags.truncate(i);
            tags.push(noun as u8);
            tagger::tag_from(&self.tagger, toks, &mut tags, &[], &mut gaps);
        }
        let last = (self.classes.len() - 1) as u8;
        tags.into_iter().map(|c| c.min(last)).collect()
    }

    /// A full sentence (five or more words, ending in `.`, `!` or `?`) needs a finite verb. When
    /// the tagger found none — no auxiliary, no VBD/VBZ/VBP/MD — a past participle right after a
    /// noun and right before a noun phrase is the sentence's past-tense verb ("The Iraqi
    /// Hezbollah Brigades *directed* explicit warnings …", read as a reduced relative). Returns
    /// the token and the (VERB, VBD) class.
    fn finite_verb(&self, tags: &[u8]) -> Option<(usize, usize)> {
        let cls = |i: usize| tags.get(i).and_then(|&c| self.classes.get(c as usize));
        let upos = |i: usize| cls(i).map_or(Upos::X, |c| c.0);
        let xpos = |i: usize| cls(i).map_or("", |c| c.1.as_str());
        let n = tags.len();
        if n < 5 || !matches!(xpos(n - 1), ".") {
            return None;
        }
        if (0..n).any(|i| upos(i) == Upos::Aux || matches!(xpos(i), "VBD" | "VBZ" | "VBP" | "MD")) {
            return None;
        }
        let vbd = self
            .classes
            .iter()
            .position(|(u, x)| *u == Upos::Verb && x == "VBD")?;
        let i = (1..n - 1).find(|&i| {
            xpos(i) == "VBN"
                && matches!(upos(i - 1), Upos::Noun | Upos::Propn)
                && matches!(
                    upos(i + 1),
                    Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num
                )
        })?;
        Some((i, vbd))
    }

    /// An all-capitals word of two or more letters in a sentence that is not itself in capitals
    /// is usually an acronym, even when its letters spell an auxiliary or a pronoun: "IS
    /// suicide bomber kills 36", "IT staff". Read as auxiliary or pronoun right before a noun
    /// (common or proper) or a number, it is a misreading and becomes a proper noun. Emphasis
    /// ("WE need", "it IS true", "AND", "NOT") keeps its tag: emphatic auxiliaries and pronouns
    /// are followed by verbs and predicates, and other function words are left alone. An opening
    /// quote may stand between the acronym and its noun (`IS "judge"`). Returns the first such
    /// token and the PROPN class.
    fn acronym(&self, toks: &[feat::TokFeats], tags: &[u8]) -> Option<(usize, usize)> {
        let propn = self.propn_class?;
        let upos = |i: usize| {
            tags.get(i)
                .and_then(|&c| self.classes.get(c as usize))
                .map(|c| c.0)
        };
        let quote = |i: usize| {
            tags.get(i)
                .and_then(|&c| self.classes.get(c as usize))
                .is_some_and(|c| matches!(c.1.as_str(), "``" | "''"))
        };
        let i = (0..tags.len().min(toks.len())).find(|&i| {
            // an opening quote may stand between: IS "judge"
            let next = if quote(i + 1) { i + 2 } else { i + 1 };
            toks[i].flags & 2 != 0
                && matches!(upos(i), Some(Upos::Aux | Upos::Pron))
                && matches!(upos(next), Some(Upos::Noun | Upos::Propn | Upos::Num))
        })?;
        Some((i, propn))
    }

    /// Headlines drop auxiliaries and articles ("Iraqi army kills militants in Mosul", "Islamic
    /// State fighters attack troops"), and a tagger trained on full sentences then reads the verb
    /// as a noun, which leaves the sentence without a verb and so without an event. When a
    /// sentence of at least four words has no verb or auxiliary at all, a noun that stands
    /// between a noun phrase and the start of another (`NOUN kills|attack DET|NUM|ADJ|NOUN|PROPN`)
    /// is taken as the verb — a plural noun as `VBZ`, a singular one as `VBP` — if the tagger
    /// scored that verb tag within [`HEADLINE_VERB_GAP`] of the noun tag; the closest call wins.
    /// A word read as an adverb, adjective or proper noun qualifies too when a number or
    /// determiner follows it ("Clashes kill 12", "kill" read as an adverb), as whichever verb tag
    /// came closer. An adverb may stand between the noun phrase and the verb ("Iraqi forces
    /// reportedly kill 14"). A word whose verb lemma the [`HeadlineHints`] know may win at up to
    /// [`HEADLINE_HINTED_GAP`], unless the noun after it is a hinted event noun. Returns the
    /// token and its new class.
    fn headline_verb(&self, tags: &[u8], gaps: &[i32], words: &[&str]) -> Option<(usize, usize)> {
        let [vbz, vbp] = self.verb_classes[..] else {
            return None;
        };
        let cls = |i: usize| tags.get(i).and_then(|&c| self.classes.get(c as usize));
        let upos = |i: usize| cls(i).map_or(Upos::X, |c| c.0);
        if tags.len() < 4 || (0..tags.len()).any(|i| matches!(upos(i), Upos::Verb | Upos::Aux)) {
            return None;
        }
        let nominal = |i: usize| matches!(upos(i), Upos::Noun | Upos::Propn);
        let quote = |i: usize| cls(i).is_some_and(|c| matches!(c.1.as_str(), "``" | "''"));
        let cands = (1..tags.len() - 1)
            .filter_map(|i| {
                let (u, x) = cls(i)?;
                let (class, k, xv) = match (*u, x.as_str()) {
                    (Upos::Noun, "NNS") => (vbz, 0, "VBZ"),
                    (Upos::Noun, "NN") => (vbp, 1, "VBP"),
                    // "Militants kill 48" read with an adverb, "… Kills 12" with a proper noun:
                    // whichever verb tag came closer
                    (Upos::Adv | Upos::Adj | Upos::Propn, _) => {
                        let (z, p) = (gaps.get(i * 2)?, gaps.get(i * 2 + 1)?);
                        if z <= p {
                            (vbz, 0, "VBZ")
                        } else {
                            (vbp, 1, "VBP")
                        }
                    }
                    _ => return None,
                };
                // a quoted verb: forces "kill" 43
                let prev = if i >= 2 && quote(i - 1) { i - 2 } else { i - 1 };
                let next = if quote(i + 1) { i + 2 } else { i + 1 };
                let before =
                    nominal(prev) || (prev >= 1 && upos(prev) == Upos::Adv && nominal(prev - 1));
                let noun_phrase_next = matches!(
                    upos(next),
                    Upos::Det | Upos::Num | Upos::Adj | Upos::Noun | Upos::Propn
                );
                let gap = *gaps.get(i * 2 + k)?;
                let hinted =
                    || gap > HEADLINE_VERB_GAP && self.hinted_verb(words, tags, i, next, xv);
                let (after, hint) = if *u == Upos::Noun {
                    (noun_phrase_next, noun_phrase_next && hinted())
                } else if matches!(upos(next), Upos::Det | Upos::Num) {
                    // a word read as another part of speech needs a clearer object: a number or
                    // a determiner ("kill 48", "Kills the") …
                    (true, hinted())
                } else {
                    // … unless the event patterns vouch for it ("Iraqi forces *oust* ISIL")
                    let hint = noun_phrase_next && self.hinted_verb(words, tags, i, next, xv);
                    (hint, hint)
                };
                let limit = if hint {
                    HEADLINE_HINTED_GAP
                } else {
                    HEADLINE_VERB_GAP
                };
                (before && after && gap <= limit).then_some((gap, i, class))
            })
            .collect::<Vec<_>>();
        // a singular noun right before a plural one that may be the verb heads the subject:
        // "cafe *attack* pushes", "car *bomb* explodes" (a hinted verb: intransitive, so not a
        // candidate itself)
        let plural_verb = |j: usize| {
            cands.iter().any(|&(_, k, c)| k == j && c == vbz)
                || (cls(j).is_some_and(|c| c.0 == Upos::Noun && c.1 == "NNS")
                    && words.get(j).is_some_and(|w| {
                        self.hints
                            .verbs
                            .contains(&self.lemmas.lemma(w, Upos::Verb, "VBZ"))
                    }))
        };
        cands
            .iter()
            .filter(|&&(_, i, class)| !(class == vbp && plural_verb(i + 1)))
            .min()
            .map(|&(_, i, class)| (i, class))
    }

    /// True when the [`HeadlineHints`] know word `i`, read as a verb with tag `xpos`, as a verb,
    /// and the word `next` after it is no event noun they know.
    fn hinted_verb(&self, words: &[&str], tags: &[u8], i: usize, next: usize, xpos: &str) -> bool {
        let h = &self.hints;
        let Some(w) = words.get(i) else {
            return false;
        };
        if h.verbs.is_empty() || !h.verbs.contains(&self.lemmas.lemma(w, Upos::Verb, xpos)) {
            return false;
        }
        match (
            words.get(next),
            tags.get(next).and_then(|&c| self.classes.get(c as usize)),
        ) {
            (Some(n), Some((Upos::Noun, nx))) => {
                !h.event_nouns
                    .contains(&self.lemmas.lemma(n, Upos::Noun, nx))
            }
            _ => true,
        }
    }

    /// "Iraq *forces battle* militants": a headline's plural subject noun right after a name can
    /// be read as the verb (`VBZ`), and the real verb after it as a noun. When the word after
    /// such a `-s` verb, at most the third word of a headline (no final full stop), is a verb the
    /// [`HeadlineHints`] know, read as a noun, adjective or base-form verb, the two swap roles:
    /// the first becomes a plural noun (`NNS`), the second a present-tense verb (`VBP`).
    /// Returns the first token and the two classes.
    fn plural_read_as_verb(&self, tags: &[u8], words: &[&str]) -> Option<(usize, usize, usize)> {
        let [_, vbp] = self.verb_classes[..] else {
            return None;
        };
        let cls = |i: usize| tags.get(i).and_then(|&c| self.classes.get(c as usize));
        let n = tags.len();
        if n < 4 || matches!(cls(n - 1).map(|c| c.1.as_str()), Some(".")) {
            return None;
        }
        let nns = self
            .classes
            .iter()
            .position(|(u, x)| *u == Upos::Noun && x == "NNS")?;
        let i = (1..3.min(n - 1)).find(|&i| {
            cls(i).is_some_and(|c| c.0 == Upos::Verb && c.1 == "VBZ")
                && words.get(i).is_some_and(|w| w.ends_with('s'))
                && cls(i - 1).is_some_and(|c| c.0 == Upos::Propn)
        })?;
        let j = i + 1;
        let next_ok = cls(j).is_some_and(|c| {
            matches!(c.0, Upos::Noun | Upos::Adj) && c.1 != "NNS"
                || (c.0 == Upos::Verb && matches!(c.1.as_str(), "VB" | "VBP"))
        });
        (next_ok && self.hinted_verb(words, tags, j, j + 1, "VBP")).then_some((i, nns, vbp))
    }

    /// Auxiliaries are a closed class: a word read as one that is none of the forms of *be*,
    /// *have*, *do*, *get* or the modals ("*Iraqis* protested in Baghdad", read as an auxiliary at
    /// the start of a sentence) is a tagging slip. Returns the first such token.
    fn stray_auxiliary(&self, tags: &[u8], words: &[&str]) -> Option<usize> {
        (0..tags.len().min(words.len())).find(|&i| {
            self.classes
                .get(tags[i] as usize)
                .is_some_and(|c| c.0 == Upos::Aux)
                && words[i].chars().any(char::is_alphabetic)
                && !is_aux_form(words[i])
        })
    }

    /// "launches *offensive* on IS", "Mosul *offensive* continues", "Iraq *unrest*": an event
    /// noun the [`HeadlineHints`] know, read as an adjective or adverb that modifies nothing —
    /// no noun, adjective, number, conjunction or final full stop after it, no auxiliary,
    /// adverb, particle or pronoun before it ("the remarks were *offensive*", "*offensive* and
    /// unfounded statements", "found it *offensive*") — is the noun. Returns the token and the
    /// (NOUN, NN) class.
    fn event_noun_read_as_modifier(&self, tags: &[u8], words: &[&str]) -> Option<(usize, usize)> {
        if self.hints.event_nouns.is_empty() {
            return None;
        }
        let cls = |i: usize| tags.get(i).and_then(|&c| self.classes.get(c as usize));
        let upos = |i: usize| cls(i).map(|c| c.0);
        let nn = self
            .classes
            .iter()
            .position(|(u, x)| *u == Upos::Noun && x == "NN")?;
        let i = (0..tags.len()).find(|&i| {
            matches!(upos(i), Some(Upos::Adj | Upos::Adv))
                && !matches!(
                    upos(i + 1),
                    Some(Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num | Upos::Cconj)
                )
                && !matches!(cls(i + 1).map(|c| c.1.as_str()), Some("."))
                && (i == 0
                    || !matches!(
                        upos(i - 1),
                        Some(Upos::Aux | Upos::Adv | Upos::Part | Upos::Pron)
                    ))
                && words
                    .get(i)
                    .is_some_and(|w| self.hints.event_nouns.contains(&w.to_lowercase()))
        })?;
        Some((i, nn))
    }

    /// Tags only: (UPOS, XPOS) per word.
    pub fn tag(&self, words: &[&str]) -> Vec<(Upos, &str)> {
        let mut toks = feat::sentence_feats(words);
        tagger::fill_amb(&self.amb, &mut toks);
        self.tag_ids(&toks, words)
            .into_iter()
            .map(|c| {
                let (u, x) = &self.classes[c as usize];
                (*u, x.as_str())
            })
            .collect()
    }

    /// Tags, parses and lemmatises one pre-tokenised sentence. Returns one entry per word
    /// (empty input gives an empty result). Sentences longer than [`MAX_CHUNK`] words are split
    /// into chunks, preferably after punctuation; each chunk gets its own root.
    pub fn parse(&self, words: &[&str]) -> ParsedSentence {
        self.parse_if(words, |_| true)
    }

    /// Tags and lemmatises one sentence without parsing it: every token gets `head` 0 and an
    /// empty `deprel` (the mark of an unparsed sentence, see [`TokenSyntax`]). Tagging costs
    /// about a sixth of tagging + parsing.
    pub fn tag_sentence(&self, words: &[&str]) -> ParsedSentence {
        self.parse_if(words, |_| false)
    }

    /// Tags and lemmatises one sentence, then parses it only if `wanted` says so after seeing
    /// the tags and lemmas. The pipeline uses this to parse only the sentences that can hold an
    /// event (the parser is most of the cost of coding); an unparsed sentence comes back as from
    /// [`Parser::tag_sentence`], a parsed one exactly as from [`Parser::parse`].
    pub fn parse_if(
        &self,
        words: &[&str],
        wanted: impl FnOnce(&ParsedSentence) -> bool,
    ) -> ParsedSentence {
        if words.is_empty() {
            return Vec::new();
        }
        let mut toks = feat::sentence_feats(words);
        tagger::fill_amb(&self.amb, &mut toks);
        let tags = self.tag_ids(&toks, words);
        let mut out: ParsedSentence = words
            .iter()
            .zip(&tags)
            .map(|(w, &c)| {
                let (upos, xpos) = &self.classes[c as usize];
                TokenSyntax {
                    upos: *upos,
                    xpos: xpos.clone(),
                    lemma: self.lemmas.lemma(w, *upos, xpos),
                    head: 0,
                    deprel: String::new(),
                }
            })
            .collect();
        if wanted(&out) {
            for (t, (head, label)) in out.iter_mut().zip(self.parse_tagged(&toks, &tags)) {
                t.head = head;
                t.deprel.push_str(&self.labels[label as usize]);
            }
        }
        out
    }

    /// Heads (1-based, 0 = root) and label ids for a tagged sentence, chunked.
    fn parse_tagged(&self, toks: &[feat::TokFeats], tags: &[u8]) -> Vec<(usize, u8)> {
        let n = toks.len();
        let mut out = Vec::with_capacity(n);
        let mut w = Vec::with_capacity(n.min(MAX_CHUNK) + 1);
        let mut t = Vec::with_capacity(n.min(MAX_CHUNK) + 1);
        let mut start = 0;
        while start < n {
            let mut end = (start + MAX_CHUNK).min(n);
            if end < n {
                // prefer to cut just after punctuation in the last half of the window
                let lo = start + MAX_CHUNK / 2;
                if let Some(p) = (lo..end)
                    .rev()
                    .find(|&i| self.classes[tags[i] as usize].0 == Upos::Punct)
                {
                    end = p + 1;
                }
            }
            w.clear();
            t.clear();
            w.push(0);
            t.push(0);
            for i in start..end {
                w.push(toks[i].norm);
                t.push(tags[i] as u64 + 1);
            }
            let arcs = arc::parse(
                &self.parser,
                self.root_label,
                self.compact,
                &w,
                &t,
                end - start,
            );
            out.extend(arcs.into_iter().map(|(h, l)| {
                let h = if h == 0 { 0 } else { h as usize + start };
                (h, l)
            }));
            start = end;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Parser>();
    }

    #[test]
    fn debug_output_is_a_summary() {
        let p = Parser::load_default().expect("embedded model loads");
        let d = format!("{p:?}");
        assert!(d.starts_with("Parser {") && d.len() < 200, "{d}");
    }

    #[test]
    fn tagging_alone_matches_the_tags_of_a_full_parse() {
        let p = Parser::load_default().expect("embedded model loads");
        let words = [
            "Gunmen",
            "attacked",
            "a",
            "checkpoint",
            "near",
            "Mosul",
            ".",
        ];
        let full = p.parse(&words);
        let tagged = p.tag_sentence(&words);
        assert_eq!(full.len(), tagged.len());
        for (f, t) in full.iter().zip(&tagged) {
            assert_eq!((f.upos, &f.xpos, &f.lemma), (t.upos, &t.xpos, &t.lemma));
            assert_eq!((t.head, t.deprel.as_str()), (0, ""));
            assert!(!f.deprel.is_empty());
        }
        let mut seen = 0;
        let again = p.parse_if(&words, |s| {
            seen = s.len();
            s.iter().any(|t| t.lemma == "attack")
        });
        assert_eq!(seen, words.len());
        assert_eq!(again, full);
        assert!(p.parse_if(&[], |_| true).is_empty());
    }

    #[test]
    fn verbless_headlines_get_their_verb_back() {
        let p = Parser::load_default().expect("embedded model loads");
        let has_verb = |s: &str| {
            let words: Vec<&str> = s.split(' ').collect();
            p.parse(&words).iter().any(|t| t.upos == Upos::Verb)
        };
        for h in [
            "Iraqi army kills militants in Mosul",
            "Baghdad restaurant bombs kill 21",
            "Islamic State suicide bombing kills 12 Shi'ite militia fighters",
        ] {
            assert!(has_verb(h), "{h}");
        }
        // the verb read as an adverb, before a number
        for h in [
            "Iraqi troops kill 20 militants",
            "Clashes kill 12 in Ramadi",
        ] {
            assert!(has_verb(h), "{h}");
        }
        // an acronym read as an auxiliary does not make its neighbours verbs or adjectives
        let words = [
            "IS",
            "militants",
            "attacked",
            "Tal",
            "Afar",
            "on",
            "Monday",
            ".",
        ];
        let t = p.parse(&words);
        assert_eq!(
            (t[0].upos, t[1].upos, t[2].upos),
            (Upos::Propn, Upos::Noun, Upos::Verb),
            "{t:?}"
        );
        // Verbless lines without a noun between two noun phrases stay verbless.
        for h in [
            "December 9th , 2014 : Fallujah , Anbar province , Iraq",
            "Bombings in Baghdad",
        ] {
            assert!(!has_verb(h), "{h}");
        }
        // A sentence that has a verb is left alone: "bombs" stands between a noun and a
        // proper noun, but is not re-read as a verb.
        let words = [
            "Police", "said", "car", "bombs", "Thursday", "killed", "21", "people", ".",
        ];
        let tags = p.tag(&words);
        assert_eq!(tags[3].0, Upos::Noun);
    }

    #[test]
    fn hinted_headline_verbs_win_at_a_larger_gap() {
        let plain = Parser::load_default().expect("embedded model loads");
        let hinted = plain.clone().with_headline_hints(HeadlineHints::new(
            ["shell", "kill", "bomb", "explode", "foil", "oust", "battle"].map(String::from),
            ["attack", "blast", "offensive"].map(String::from),
        ));
        let upos_of = |p: &Parser, s: &str, w: &str| {
            let words: Vec<&str> = s.split(' ').collect();
            let i = words
                .iter()
                .position(|x| *x == w)
                .expect("word in sentence");
            p.parse(&words)[i].upos
        };
        // verbs the tagger reads as nouns by a wide margin; the hint lets them win
        for (h, v) in [
            ("Iraqi army shells IS positions in western Mosul", "shells"),
            (
                "Coalition jets , peshmerga artillery kill 74 IS militants",
                "kill",
            ),
            (
                "Iraqi air forces reportedly kill 14 IS militants in Mosul",
                "kill",
            ),
            ("Iraqi police kill IS \" judge \" in Old Mosul", "kill"),
            // quoted, and read as an adverb before a proper noun
            ("Iraqi forces \" kill \" 43 Islamic State militants", "kill"),
            ("Iraqi forces oust ISIL from key Anbar town", "oust"),
        ] {
            assert_eq!(upos_of(&hinted, h, v), Upos::Verb, "{h}");
        }
        assert_eq!(
            upos_of(
                &plain,
                "Iraqi army shells IS positions in western Mosul",
                "shells"
            ),
            Upos::Noun
        );
        // a hinted verb before a hinted event noun or before a plural verb is still a noun
        for (h, w) in [
            ("At least 7 dead in suicide bomb attack in Baghdad", "bomb"),
            ("12 people dead as car bomb explodes in Baghdad", "bomb"),
        ] {
            assert_ne!(upos_of(&hinted, h, w), Upos::Verb, "{h}");
        }
        // … which they would be without those two hints
        let bare = plain
            .clone()
            .with_headline_hints(HeadlineHints::new(["bomb"].map(String::from), Vec::new()));
        for h in [
            "At least 7 dead in suicide bomb attack in Baghdad",
            "12 people dead as car bomb explodes in Baghdad",
        ] {
            assert_eq!(upos_of(&bare, h, "bomb"), Upos::Verb, "{h}");
        }
        // a plural subject read as the verb gives the role back ("Iraq forces battle …")
        let h = "Iraq forces battle militants in north and east";
        assert_eq!(upos_of(&plain, h, "forces"), Upos::Verb);
        assert_eq!(upos_of(&hinted, h, "forces"), Upos::Noun);
        assert_eq!(upos_of(&hinted, h, "battle"), Upos::Verb);
        // an event noun read as a modifier of nothing is the noun; a predicate adjective stays
        let h = "Iraqi army launches offensive on Islamic State in three cities";
        assert_ne!(upos_of(&plain, h, "offensive"), Upos::Noun);
        assert_eq!(upos_of(&hinted, h, "offensive"), Upos::Noun);
        for h in [
            "The remarks were offensive to Muslims .",
            "He condemned the offensive and unfounded statements",
        ] {
            assert_eq!(
                upos_of(&hinted, h, "offensive"),
                upos_of(&plain, h, "offensive"),
                "{h}"
            );
            assert_eq!(upos_of(&hinted, h, "offensive"), Upos::Adj, "{h}");
        }
        // a sentence with a verb is never touched
        let words = [
            "Police", "said", "army", "shells", "hit", "the", "town", ".",
        ];
        assert_eq!(hinted.parse(&words), plain.parse(&words));
    }

    #[test]
    fn only_auxiliary_forms_stay_auxiliaries() {
        let p = Parser::load_default().expect("embedded model loads");
        let words = ["Iraqis", "protested", "in", "Baghdad", "."];
        let tags = p.tag(&words);
        assert_ne!(tags[0].0, Upos::Aux, "{tags:?}");
        assert_eq!(tags[1].0, Upos::Verb, "{tags:?}");
        // real auxiliaries, clitics and their spelling variants keep the tag
        for (words, i) in [
            (vec!["They", "were", "arrested", "."], 1),
            (vec!["I", "´m", "from", "Brazil", "."], 1),
            (vec!["I", "v", "just", "had", "my", "car", "fixed", "."], 1),
        ] {
            assert_eq!(p.tag(&words)[i].0, Upos::Aux, "{words:?}");
        }
        assert!(AUX_FORMS.iter().all(|f| f.to_lowercase() == *f));
    }

    #[test]
    fn garbage_bytes_are_an_error_not_a_panic() {
        assert!(Parser::from_bytes(b"").is_err());
        assert!(Parser::from_bytes(b"SAKERSYN\x02\0\0\0").is_err());
        assert!(Parser::from_bytes(&[0u8; 64]).is_err());
    }

    #[test]
    fn compact_flag_round_trips_as_version_4() {
        let full = Parser::load_default().expect("embedded model loads");
        let compact = Parser {
            compact: true,
            ..full.clone()
        };
        let bytes = compact.to_bytes();
        assert_eq!(bytes[8..12], VERSION_COMPACT.to_le_bytes());
        let back = Parser::from_bytes(&bytes).expect("version 4 loads");
        assert!(back.compact && !full.compact);
        let words = ["Police", "arrested", "two", "men", "in", "Baghdad", "."];
        let parsed = back.parse(&words);
        assert_eq!(parsed.len(), words.len());
        assert_eq!(parsed.iter().filter(|t| t.head == 0).count(), 1);
        let mut bad = bytes;
        bad[8] = 5;
        assert!(Parser::from_bytes(&bad).is_err(), "unknown version");
    }

    #[test]
    fn legacy_models_without_the_ambiguity_lexicon_still_load() {
        let p = Parser::load_default().expect("embedded model loads");
        // version 1 = the same layout without the trailing ambiguity lexicon
        let mut legacy = Parser {
            amb: linear::IdMap::default(),
            ..p.clone()
        }
        .to_bytes();
        legacy.truncate(legacy.len() - 4);
        legacy[8..12].copy_from_slice(&1u32.to_le_bytes());
        let old = Parser::from_bytes(&legacy).expect("version 1 loads");
        assert!(old.amb.is_empty() && !old.compact);
        let words = ["Police", "arrested", "two", "men", "in", "Baghdad", "."];
        let parsed = old.parse(&words);
        assert_eq!(parsed.len(), words.len());
        assert_eq!(parsed.iter().filter(|t| t.head == 0).count(), 1);
    }

    #[test]
    fn embedded_model_round_trips_and_truncations_fail() {
        let p = Parser::load_default().expect("embedded model loads");
        let n = DEFAULT_MODEL.len();
        for cut in [0, 8, 12, 100, n / 3, n / 2, n - 1] {
            assert!(
                Parser::from_bytes(&DEFAULT_MODEL[..cut]).is_err(),
                "cut at {cut}"
            );
        }
        let mut extra = DEFAULT_MODEL.to_vec();
        extra.push(0);
        assert!(Parser::from_bytes(&extra).is_err(), "trailing byte");
        assert_eq!(p.to_bytes().len(), n);
    }
}
