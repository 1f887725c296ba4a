//! A small trained named-entity tagger: an averaged perceptron over BIO tags for PER, ORG and
//! LOC, decoded greedily left to right over the matcher's words.
//!
//! Features are hashed (FNV-1a, 32 bits) from the word, its shape, affixes, neighbours, the gap
//! before it (punctuation), the sentence's capitalisation and cues from the knowledge base (the
//! type of a dictionary match covering the word, first names, titles, organisation and place
//! words). The weights (`data/actors/ner.bin`, trained by the `train_ner` binary on the GUM
//! treebank's entity annotations and silver names from UD English EWT train) are stored as
//! `i16` with one scale per model.
//!
//! The actor stage uses the tagger to type the capitalised runs its rules find (a run with no
//! tagged word stays an untyped name), to find names in sentences written without capitals,
//! and to drop one-word spelling-variant dictionary matches it does not read as names.
//!
//! Model file layout (little-endian): magic `SKNER2\0\0`, `u32` feature count `n`, `f32`
//! scale, then `n` sorted `u32` feature hashes, then `n * TAGS` `i16` weights.

use crate::norm::Word;
use thiserror::Error;

/// Number of tags: `O`, then `B`/`I` for PER, ORG and LOC.
pub const TAGS: usize = 7;

/// Entity type of a tagged span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NerType {
    /// A person.
    Per,
    /// An organisation.
    Org,
    /// A place.
    Loc,
}

impl NerType {
    /// All types, in tag order.
    pub const ALL: [NerType; 3] = [NerType::Per, NerType::Org, NerType::Loc];

    /// Tag index of `B-type` (`I-type` is one more).
    pub fn begin_tag(self) -> usize {
        match self {
            NerType::Per => 1,
            NerType::Org => 3,
            NerType::Loc => 5,
        }
    }

    fn of_tag(t: usize) -> Option<NerType> {
        match t {
            1 | 2 => Some(NerType::Per),
            3 | 4 => Some(NerType::Org),
            5 | 6 => Some(NerType::Loc),
            _ => None,
        }
    }
}

/// Per-word cues from outside the word itself (knowledge base and word lists), as bit flags
/// plus a knowledge-base class. Built by the actor stage for running text and by the trainer
/// for the treebank, so that both see the same inputs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cue {
    /// Knowledge-base class of a dictionary match covering the word: 0 none, 1 person,
    /// 2 organisation or group, 3 country or capital, 4 demonym, 5 generic agent.
    pub kb: u8,
    /// The word begins that dictionary match.
    pub kb_begin: bool,
    /// Bit flags: [`Cue::FIRST_NAME`], [`Cue::TITLE`], [`Cue::ORG_WORD`], [`Cue::LOC_WORD`],
    /// [`Cue::STOP`].
    pub flags: u8,
}

impl Cue {
    /// The word is in the first-name list.
    pub const FIRST_NAME: u8 = 1;
    /// The word is a title or honorific ("Dr", "President").
    pub const TITLE: u8 = 2;
    /// The word often ends organisation names ("University", "Bank").
    pub const ORG_WORD: u8 = 4;
    /// The word often ends place names ("River", "Street").
    pub const LOC_WORD: u8 = 8;
    /// A capitalised word that is no name by itself ("The", "Monday").
    pub const STOP: u8 = 16;
}

/// Errors reading a model file.
#[derive(Debug, Error)]
pub enum ModelError {
    /// The file does not start with the expected magic bytes.
    #[error("not a Saker NER model (bad magic)")]
    Magic,
    /// The file is shorter or longer than its header says.
    #[error("model size mismatch: expected {expected} bytes, got {got}")]
    Size {
        /// Bytes the header implies.
        expected: usize,
        /// Bytes present.
        got: usize,
    },
    /// Feature hashes are not strictly increasing or the scale is not a positive number.
    #[error("model is corrupt: {0}")]
    Corrupt(&'static str),
}

const MAGIC: &[u8; 8] = b"SKNER2\0\0";

/// Features whose quantised weights all stay below this (of 32767) are dropped when a model is
/// written: they change almost no decision and would only make the file larger.
pub const PRUNE: u16 = 12;

/// A trained tagger: sorted feature hashes and their weights.
#[derive(Debug, Clone)]
pub struct Model {
    index: FeatureIndex,
    /// One row per feature, padded from [`TAGS`] to 8 lanes (the padding stays 0) so that
    /// adding a row is one vector step.
    weights: Vec<[i16; 8]>,
    scale: f32,
}

/// Feature hash → row of the weight table: an open-addressing table with linear probing (the
/// keys are hashes already, so a lookup is a multiply, a shift and usually one probe; faster
/// than a general hash map on the tagger's hot path).
#[derive(Debug, Clone)]
struct FeatureIndex {
    /// `(hash, row)`; `row == u32::MAX` marks an empty slot.
    slots: Vec<(u32, u32)>,
    shift: u32,
    len: usize,
}

impl FeatureIndex {
    fn with_capacity(n: usize) -> FeatureIndex {
        let size = (n.max(1) * 2).next_power_of_two().max(16);
        FeatureIndex {
            slots: vec![(0, u32::MAX); size],
            shift: 32 - size.trailing_zeros(),
            len: 0,
        }
    }

    fn slot(&self, h: u32) -> usize {
        (h.wrapping_mul(0x9E37_79B1) >> self.shift) as usize
    }

    /// Adds `h → row` (`h` not present yet; the table is never more than half full).
    fn insert(&mut self, h: u32, row: u32) {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(h);
        while self.slots[i].1 != u32::MAX {
            i = (i + 1) & mask;
        }
        self.slots[i] = (h, row);
        self.len += 1;
    }

    fn get(&self, h: u32) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(h);
        loop {
            let (k, row) = self.slots[i];
            if row == u32::MAX {
                return None;
            }
            if k == h {
                return Some(row);
            }
            i = (i + 1) & mask;
        }
    }

    fn len(&self) -> usize {
        self.len
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Gives the [`Model::form_scores`] of a word (a caller's cache of them, for example).
pub(crate) type FormScores<'a> = dyn FnMut(&Word) -> [i32; 8] + 'a;

/// One tagged span over word indices `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TaggedSpan {
    /// First word.
    pub start: usize,
    /// One past the last word.
    pub end: usize,
    /// Entity type.
    pub ty: NerType,
    /// Smallest margin, over the span's words, between the chosen tag's score and the next
    /// best (in averaged-perceptron units): how sure the tagger is.
    pub margin: f32,
}

impl Model {
    /// Reads a model from its binary form (see the module docs), validating size, order and scale.
    pub fn from_bytes(b: &[u8]) -> Result<Model, ModelError> {
        if b.len() < 16 || &b[..8] != MAGIC {
            return Err(ModelError::Magic);
        }
        let n = u32::from_le_bytes([b[8], b[9], b[10], b[11]]) as usize;
        let scale = f32::from_le_bytes([b[12], b[13], b[14], b[15]]);
        let expected = 16 + n * 4 + n * TAGS * 2;
        if b.len() != expected {
            return Err(ModelError::Size {
                expected,
                got: b.len(),
            });
        }
        if !(scale.is_finite() && scale > 0.0) {
            return Err(ModelError::Corrupt("scale"));
        }
        let mut index = FeatureIndex::with_capacity(n);
        let mut prev: Option<u32> = None;
        for (k, c) in b[16..16 + n * 4].chunks_exact(4).enumerate() {
            let h = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
            if prev.is_some_and(|p| p >= h) {
                return Err(ModelError::Corrupt("feature hashes out of order"));
            }
            prev = Some(h);
            index.insert(h, k as u32);
        }
        let weights = b[16 + n * 4..]
            .chunks_exact(2 * TAGS)
            .map(|row| {
                let mut w = [0i16; 8];
                for (x, c) in w.iter_mut().zip(row.chunks_exact(2)) {
                    *x = i16::from_le_bytes([c[0], c[1]]);
                }
                w
            })
            .collect();
        Ok(Model {
            index,
            weights,
            scale,
        })
    }

    /// Writes weights (`features` × [`TAGS`], any order of features) in the binary form,
    /// quantised to `i16`; features whose weights are all below [`PRUNE`] steps are dropped.
    pub fn to_bytes(features: &[(u32, [f32; TAGS])]) -> Vec<u8> {
        let max = features
            .iter()
            .flat_map(|(_, w)| w.iter())
            .fold(0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut kept: Vec<(u32, [i16; TAGS])> = features
            .iter()
            .map(|(h, w)| {
                let mut q = [0i16; TAGS];
                for (qi, wi) in q.iter_mut().zip(w) {
                    *qi = (wi / scale).round().clamp(-32767.0, 32767.0) as i16;
                }
                (*h, q)
            })
            .filter(|(_, q)| q.iter().any(|&x| x.unsigned_abs() >= PRUNE))
            .collect();
        kept.sort_by_key(|x| x.0);
        kept.dedup_by_key(|x| x.0);
        let mut out = Vec::with_capacity(16 + kept.len() * (4 + 2 * TAGS));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for (h, _) in &kept {
            out.extend_from_slice(&h.to_le_bytes());
        }
        for (_, q) in &kept {
            for x in q {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out
    }

    /// Number of stored features.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// True when the model has no features.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Adds the weight rows of `feats` to `scores` (lane `t` is tag `t`; lane 7 stays 0).
    ///
    /// Integer sums are exact; they equal the `f32` sums the tagger was written with as long as
    /// fewer than 512 rows are added per word (every partial sum then stays below 2^24), and a
    /// word has about 40 features.
    fn add_scores(&self, feats: &[u32], scores: &mut [i32; 8]) {
        for f in feats {
            if let Some(k) = self.index.get(*f) {
                let w = &self.weights[k as usize];
                for (s, &x) in scores.iter_mut().zip(w) {
                    *s += i32::from(x);
                }
            }
        }
    }

    /// Tags every word of one sentence; `text` is the text the words' offsets point into.
    pub fn tag(&self, text: &str, ws: &[Word], cues: &[Cue]) -> Vec<TaggedSpan> {
        self.tag_with(text, ws, cues, &SentenceCtx::new(ws), false, None)
    }

    /// Like [`Model::tag`], but in text with normal capitalisation words that cannot start a
    /// name the actor stage uses are tagged `O` without scoring: lower-case words, and words
    /// inside a dictionary match of two or more words. This skips most words of news text.
    pub fn tag_names(&self, text: &str, ws: &[Word], cues: &[Cue]) -> Vec<TaggedSpan> {
        self.tag_with(text, ws, cues, &SentenceCtx::new(ws), true, None)
    }

    /// [`Model::tag_names`] with the sentence's [`SentenceCtx`] computed already and the
    /// [`Model::form_scores`] of each word given by `form_scores` (the caller caches them per
    /// word form).
    pub(crate) fn tag_names_in(
        &self,
        text: &str,
        ws: &[Word],
        cues: &[Cue],
        ctx: &SentenceCtx,
        form_scores: &mut FormScores,
    ) -> Vec<TaggedSpan> {
        self.tag_with(text, ws, cues, ctx, true, Some(form_scores))
    }

    /// The summed weights of the features of `w` that depend on its lower-case form alone
    /// (see [`form_features`]): the same for every occurrence of the form, so callers may
    /// cache them. Integer sums are exact, so adding them to the other features' sums gives the
    /// scores of all features to the last bit.
    pub(crate) fn form_scores(&self, w: &Word) -> [i32; 8] {
        let mut feats = Vec::with_capacity(8);
        form_features(w, &mut feats);
        let mut sums = [0i32; 8];
        self.add_scores(&feats, &mut sums);
        sums
    }

    fn tag_with(
        &self,
        text: &str,
        ws: &[Word],
        cues: &[Cue],
        ctx: &SentenceCtx,
        fast: bool,
        mut form_scores: Option<&mut FormScores>,
    ) -> Vec<TaggedSpan> {
        let mut feats = Vec::with_capacity(64);
        let mut tags = Vec::with_capacity(ws.len());
        let mut margins = Vec::with_capacity(ws.len());
        let mut prev = 0usize;
        let skip = |i: usize| {
            let in_long_match = cues[i].kb != 0
                && (!cues[i].kb_begin || cues.get(i + 1).is_some_and(|c| c.kb != 0 && !c.kb_begin));
            !ws[i].cap || in_long_match
        };
        let fast = fast && !ctx.lower_case() && cues.len() == ws.len();
        for i in 0..ws.len() {
            if fast && prev == 0 && skip(i) {
                tags.push(0);
                margins.push(f32::MAX);
                continue;
            }
            feats.clear();
            let mut sums = [0i32; 8];
            match form_scores.as_mut() {
                Some(f) => {
                    sums = f(&ws[i]);
                    feature_parts(text, ws, cues, ctx, i, false, &mut feats);
                }
                None => features(text, ws, cues, ctx, i, &mut feats),
            }
            prev_features(text, ws, cues, i, prev, &mut feats);
            self.add_scores(&feats, &mut sums);
            let scores: [f32; TAGS] = std::array::from_fn(|t| sums[t] as f32);
            let t = best_allowed(&scores, prev);
            let second = (0..TAGS)
                .filter(|&u| u != t && allowed(prev, u))
                .map(|u| scores[u])
                .fold(f32::MIN, f32::max);
            margins.push((scores[t] - second) * self.scale);
            tags.push(t);
            prev = t;
        }
        let mut spans = spans_of(&tags);
        for s in &mut spans {
            s.margin = margins[s.start..s.end]
                .iter()
                .copied()
                .fold(f32::MAX, f32::min);
        }
        spans
    }
}

/// The tag with the highest score that may follow `prev` (`I-X` only after `B-X` or `I-X`).
pub fn best_allowed(scores: &[f32; TAGS], prev: usize) -> usize {
    let mut best = 0;
    for t in 1..TAGS {
        if allowed(prev, t) && scores[t] > scores[best] {
            best = t;
        }
    }
    best
}

fn allowed(prev: usize, t: usize) -> bool {
    // I tags are even (2, 4, 6); they continue B (t - 1) or I (t)
    !(t.is_multiple_of(2) && t > 0 && prev != t && prev != t - 1)
}

/// Spans of a BIO tag sequence.
pub fn spans_of(tags: &[usize]) -> Vec<TaggedSpan> {
    let mut out = Vec::new();
    let mut open: Option<(usize, NerType)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let ty = NerType::of_tag(t);
        let cont = t.is_multiple_of(2) && ty.is_some() && open.is_some_and(|o| Some(o.1) == ty);
        if !cont {
            if let Some((s, ty)) = open.take() {
                out.push(TaggedSpan {
                    start: s,
                    end: i,
                    ty,
                    margin: 0.0,
                });
            }
            if let Some(ty) = ty {
                open = Some((i, ty));
            }
        }
    }
    if let Some((s, ty)) = open {
        out.push(TaggedSpan {
            start: s,
            end: tags.len(),
            ty,
            margin: 0.0,
        });
    }
    out
}

/// Sentence-level facts shared by the features of all its words.
pub struct SentenceCtx {
    /// 0 normal, 1 (almost) no capitals, 2 mostly capitals, 3 title case (most words capitalised).
    case: u8,
}

impl SentenceCtx {
    /// Computes the capitalisation class of the sentence.
    pub fn new(ws: &[Word]) -> SentenceCtx {
        let (mut n, mut cap, mut up) = (0usize, 0usize, 0usize);
        for w in ws.iter().skip(1) {
            if w.lower.chars().next().is_some_and(|c| c.is_alphabetic()) {
                n += 1;
                cap += usize::from(w.cap);
                up += usize::from(w.upper);
            }
        }
        let case = if n < 3 {
            0
        } else if up * 10 >= n * 6 {
            2
        } else if cap * 10 >= n * 7 {
            3
        } else if cap == 0 {
            1
        } else {
            0
        };
        SentenceCtx { case }
    }

    /// The sentence is written (almost) without capitals, so capitalisation is no name cue.
    pub fn lower_case(&self) -> bool {
        self.case == 1
    }
}

struct H(u32);

impl H {
    fn new(template: u8) -> H {
        let mut h = H(0x811c_9dc5);
        h.byte(template);
        h
    }
    fn byte(&mut self, b: u8) {
        self.0 ^= b as u32;
        self.0 = self.0.wrapping_mul(0x0100_0193);
    }
    fn bytes(mut self, s: &[u8]) -> H {
        for &b in s {
            self.byte(b);
        }
        self
    }
    fn sep(mut self) -> H {
        self.byte(0xff);
        self
    }
}

fn shape_into(w: &str, out: &mut [u8; 8]) -> usize {
    let mut n = 0;
    let mut last = 0u8;
    for c in w.chars() {
        let s = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else {
            b'-'
        };
        if s != last {
            if n == out.len() {
                break;
            }
            out[n] = s;
            n += 1;
            last = s;
        }
    }
    n
}

/// Surface of a word (its original spelling) from the text.
fn surface<'a>(text: &'a str, w: &Word) -> &'a str {
    text.get(w.start..w.end).unwrap_or("")
}

fn gap_class(text: &str, ws: &[Word], i: usize) -> u8 {
    if i == 0 {
        return 0;
    }
    let g = text.get(ws[i - 1].end..ws[i].start).unwrap_or("");
    if g == " " {
        // the usual gap: none of the marks below
        return 7;
    }
    if g.contains('\n') {
        1
    } else if g.contains(['"', '“', '”', '(', ')', '[', ']']) {
        2
    } else if g.contains([',', ';', ':']) {
        3
    } else if g.contains(['.', '!', '?']) {
        4
    } else if g.contains(['-', '–', '—', '/', '&']) {
        5
    } else if g.is_empty() {
        6
    } else {
        7
    }
}

fn word_class(w: &Word) -> u8 {
    if w.possessive {
        1
    } else if w.upper {
        2
    } else if w.cap {
        3
    } else if w.lower.chars().next().is_some_and(|c| c.is_numeric()) {
        4
    } else {
        5
    }
}

/// Appends the hashed features of word `i` that do not depend on the previous tag.
pub fn features(
    text: &str,
    ws: &[Word],
    cues: &[Cue],
    ctx: &SentenceCtx,
    i: usize,
    out: &mut Vec<u32>,
) {
    feature_parts(text, ws, cues, ctx, i, true, out);
}

/// The features of word `i` in the order of [`features`]; without the [`form_features`] when
/// `with_form` is false.
fn feature_parts(
    text: &str,
    ws: &[Word],
    cues: &[Cue],
    ctx: &SentenceCtx,
    i: usize,
    with_form: bool,
    out: &mut Vec<u32>,
) {
    let w = &ws[i];
    let lw = |k: isize| -> &[u8] {
        let j = i as isize + k;
        if j < 0 {
            b"<s>"
        } else {
            ws.get(j as usize).map_or(b"</s>", |w| w.lower.as_bytes())
        }
    };
    let cue = |k: isize| -> Cue {
        let j = i as isize + k;
        if j < 0 {
            Cue::default()
        } else {
            cues.get(j as usize).copied().unwrap_or_default()
        }
    };
    let cls = |k: isize| -> u8 {
        let j = i as isize + k;
        if j < 0 {
            0
        } else {
            ws.get(j as usize).map_or(9, word_class)
        }
    };
    // each neighbour's class, cue and word once (several templates combine them)
    let (cm2, cm1, c0w, cp1) = (cls(-2), cls(-1), word_class(w), cls(1));
    let (um1, u0, up1) = (cue(-1), cue(0), cue(1));
    let (lm1, lp1) = (lw(-1), lw(1));
    let mut shape = [0u8; 8];
    let sn = shape_into(surface(text, w), &mut shape);
    let shape = &shape[..sn];
    let first = i == 0;
    let lower = w.lower.as_bytes();
    out.reserve(32);
    if with_form {
        form_head(w, out);
    }
    out.push(H::new(2).bytes(shape).0);
    out.push(
        H::new(3)
            .bytes(shape)
            .sep()
            .bytes(&[u8::from(first), ctx.case])
            .0,
    );
    out.push(H::new(4).bytes(&[c0w, ctx.case]).0);
    if with_form {
        form_affixes(w, out);
    }
    out.push(H::new(12).bytes(lm1).0);
    out.push(H::new(13).bytes(lp1).0);
    out.push(H::new(14).bytes(lw(-2)).0);
    out.push(H::new(15).bytes(lw(2)).0);
    out.push(H::new(16).bytes(lm1).sep().bytes(lower).0);
    out.push(H::new(17).bytes(lower).sep().bytes(lp1).0);
    out.push(H::new(18).bytes(&[cm1, c0w, cp1]).0);
    out.push(H::new(19).bytes(&[cm2, cm1, c0w]).0);
    out.push(H::new(20).bytes(&[gap_class(text, ws, i), c0w]).0);
    let next_gap = if i + 1 < ws.len() {
        gap_class(text, ws, i + 1)
    } else {
        9
    };
    out.push(H::new(21).bytes(&[next_gap, c0w]).0);
    out.push(H::new(22).bytes(&[u0.kb, u8::from(u0.kb_begin), c0w]).0);
    out.push(H::new(23).bytes(&[um1.kb, up1.kb, u0.kb]).0);
    out.push(H::new(24).bytes(&[u0.flags, c0w]).0);
    out.push(H::new(25).bytes(&[um1.flags, cm1, u0.flags, c0w]).0);
    out.push(H::new(26).bytes(&[up1.flags, cp1, u0.flags, c0w]).0);
    out.push(H::new(27).bytes(&[um1.flags, um1.kb, c0w]).0);
    out.push(H::new(28).bytes(&[u8::from(w.hyphen_next), c0w]).0);
}

/// The features of a word that depend on its lower-case form alone: the bias, the word itself
/// and its affixes (the part of [`features`] that [`Model::form_scores`] sums once per form).
pub(crate) fn form_features(w: &Word, out: &mut Vec<u32>) {
    form_head(w, out);
    form_affixes(w, out);
}

/// The bias and the word ([`features`] templates 0 and 1).
fn form_head(w: &Word, out: &mut Vec<u32>) {
    out.push(H::new(0).0);
    out.push(H::new(1).bytes(w.lower.as_bytes()).0);
}

/// Suffixes and prefixes of 1-3 characters, of words longer than that ([`features`] templates
/// 5 to 11).
fn form_affixes(w: &Word, out: &mut Vec<u32>) {
    let lower = w.lower.as_bytes();
    let nc = if w.lower.is_ascii() {
        lower.len()
    } else {
        w.lower.chars().count()
    };
    let take = 3.min(nc.saturating_sub(1));
    if lower.len() == nc {
        // ASCII: character and byte offsets agree
        for k in 0..take {
            out.push(H::new(5 + k as u8).bytes(&lower[nc - 1 - k..]).0);
        }
        for k in 0..take {
            out.push(H::new(9 + k as u8).bytes(&lower[..k + 1]).0);
        }
    } else {
        for (k, (cut, _)) in w.lower.char_indices().rev().take(take).enumerate() {
            out.push(H::new(5 + k as u8).bytes(&lower[cut..]).0);
        }
        for (k, (cut, _)) in w.lower.char_indices().skip(1).take(take).enumerate() {
            out.push(H::new(9 + k as u8).bytes(&lower[..cut]).0);
        }
    }
}

/// Appends the features of word `i` that combine the previous tag.
pub fn prev_features(
    text: &str,
    ws: &[Word],
    cues: &[Cue],
    i: usize,
    prev: usize,
    out: &mut Vec<u32>,
) {
    let w = &ws[i];
    let p = prev as u8;
    let gap = gap_class(text, ws, i);
    let c = cues.get(i).copied().unwrap_or_default();
    out.push(H::new(40).bytes(&[p]).0);
    let wc = word_class(w);
    out.push(H::new(41).bytes(&[p, wc]).0);
    out.push(H::new(42).bytes(&[p]).sep().bytes(w.lower.as_bytes()).0);
    out.push(H::new(43).bytes(&[p, gap, wc]).0);
    out.push(
        H::new(44)
            .bytes(&[p, c.kb, u8::from(c.kb_begin), c.flags])
            .0,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::norm::words;

    #[test]
    fn spans_of_reads_bio() {
        let s = spans_of(&[0, 1, 2, 0, 3, 5, 6, 2]);
        assert_eq!(
            s,
            vec![
                TaggedSpan {
                    start: 1,
                    end: 3,
                    ty: NerType::Per,
                    margin: 0.0
                },
                TaggedSpan {
                    start: 4,
                    end: 5,
                    ty: NerType::Org,
                    margin: 0.0
                },
                TaggedSpan {
                    start: 5,
                    end: 7,
                    ty: NerType::Loc,
                    margin: 0.0
                },
                TaggedSpan {
                    start: 7,
                    end: 8,
                    ty: NerType::Per,
                    margin: 0.0
                },
            ]
        );
    }

    #[test]
    fn inside_tags_only_continue_their_type() {
        let mut s = [0f32; TAGS];
        s[4] = 5.0; // I-ORG
        s[1] = 1.0;
        assert_eq!(best_allowed(&s, 0), 1);
        assert_eq!(best_allowed(&s, 3), 4);
        assert_eq!(best_allowed(&s, 1), 1);
    }

    #[test]
    fn feature_index_finds_every_key_and_only_those() {
        let keys: Vec<u32> = (0..5000u32)
            .map(|k| k.wrapping_mul(2_654_435_761) ^ 0x5bd1_e995)
            .collect();
        let mut ix = FeatureIndex::with_capacity(keys.len());
        assert!(ix.is_empty());
        for (row, &k) in keys.iter().enumerate() {
            ix.insert(k, row as u32);
        }
        assert_eq!(ix.len(), keys.len());
        for (row, &k) in keys.iter().enumerate() {
            assert_eq!(ix.get(k), Some(row as u32));
        }
        let known: std::collections::HashSet<u32> = keys.iter().copied().collect();
        for probe in (0..20_000u32).map(|x| x.wrapping_mul(40_503)) {
            if !known.contains(&probe) {
                assert_eq!(ix.get(probe), None, "{probe}");
            }
        }
        // edge values of the key space in a small table
        let mut small = FeatureIndex::with_capacity(1);
        small.insert(0, 7);
        small.insert(u32::MAX, 8);
        assert_eq!(
            (small.get(0), small.get(u32::MAX), small.get(1)),
            (Some(7), Some(8), None)
        );
    }

    #[test]
    fn model_round_trips_and_rejects_damage() {
        let feats = vec![
            (7u32, [1.0, -2.0, 0.0, 0.0, 0.0, 0.0, 0.5]),
            (3, [0.0; TAGS]),
        ];
        let b = Model::to_bytes(&feats);
        let m = Model::from_bytes(&b).expect("valid");
        assert_eq!(m.len(), 1);
        let mut sc = [0i32; 8];
        m.add_scores(&[7, 3, 99], &mut sc);
        assert!(sc[0] > 0 && sc[1] < 0 && sc[6] > 0);
        assert_eq!((sc[2], sc[7]), (0, 0));
        assert!(matches!(
            Model::from_bytes(&b[..b.len() - 1]),
            Err(ModelError::Size { .. })
        ));
        assert!(matches!(
            Model::from_bytes(b"nonsense-bytes-here"),
            Err(ModelError::Magic)
        ));
    }

    #[test]
    fn features_are_deterministic_and_depend_on_the_word() {
        let t = "Yesterday John Smith visited Paris.";
        let ws = words(t, 0, t.len());
        let cues = vec![Cue::default(); ws.len()];
        let ctx = SentenceCtx::new(&ws);
        let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
        features(t, &ws, &cues, &ctx, 1, &mut a);
        features(t, &ws, &cues, &ctx, 1, &mut b);
        features(t, &ws, &cues, &ctx, 2, &mut c);
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn affix_features_hash_the_first_and_last_characters() {
        // ASCII and non-ASCII words take different paths; both hash whole characters
        for (t, pre, suf) in [
            ("Yesterday John left.", "j", "n"),
            ("Yesterday Éric left.", "é", "c"),
        ] {
            let ws = words(t, 0, t.len());
            let cues = vec![Cue::default(); ws.len()];
            let ctx = SentenceCtx::new(&ws);
            let mut f = Vec::new();
            features(t, &ws, &cues, &ctx, 1, &mut f);
            assert!(f.contains(&H::new(9).bytes(pre.as_bytes()).0), "{t}");
            assert!(f.contains(&H::new(5).bytes(suf.as_bytes()).0), "{t}");
            let two: String = ws[1].lower.chars().take(2).collect();
            assert!(f.contains(&H::new(10).bytes(two.as_bytes()).0), "{t}");
        }
    }

    #[test]
    fn form_features_and_the_rest_make_up_all_the_features() {
        let t = "Yesterday Ana-Lucía Smith, the mayor of Springfield, visited the old mill.";
        let ws = words(t, 0, t.len());
        let cues = vec![Cue::default(); ws.len()];
        let ctx = SentenceCtx::new(&ws);
        for i in 0..ws.len() {
            let mut all = Vec::new();
            features(t, &ws, &cues, &ctx, i, &mut all);
            let mut parts = Vec::new();
            form_features(&ws[i], &mut parts);
            feature_parts(t, &ws, &cues, &ctx, i, false, &mut parts);
            all.sort_unstable();
            parts.sort_unstable();
            assert_eq!(all, parts, "word {i}");
        }
    }

    #[test]
    fn tagging_with_form_scores_given_tags_alike() {
        // a model with weights on every feature of the sentences, in all lanes
        let texts = [
            "Yesterday John Smith visited Paris with the Red Cross.",
            "Officials in Lagos said Ada Okafor met them.",
        ];
        let mut feats = Vec::new();
        for t in texts {
            let ws = words(t, 0, t.len());
            let cues = vec![Cue::default(); ws.len()];
            let ctx = SentenceCtx::new(&ws);
            for i in 0..ws.len() {
                features(t, &ws, &cues, &ctx, i, &mut feats);
                for p in 0..TAGS {
                    prev_features(t, &ws, &cues, i, p, &mut feats);
                }
            }
        }
        let rows: Vec<(u32, [f32; TAGS])> = feats
            .iter()
            .map(|&h| {
                (
                    h,
                    std::array::from_fn(|t| ((h >> (t * 3)) % 17) as f32 - 8.0),
                )
            })
            .collect();
        let m = Model::from_bytes(&Model::to_bytes(&rows)).expect("valid");
        for t in texts {
            let ws = words(t, 0, t.len());
            let cues = vec![Cue::default(); ws.len()];
            let ctx = SentenceCtx::new(&ws);
            let plain = m.tag_names(t, &ws, &cues);
            let given = m.tag_names_in(t, &ws, &cues, &ctx, &mut |w| m.form_scores(w));
            assert_eq!(plain, given, "{t}");
        }
    }
}
