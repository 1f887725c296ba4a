//! Greedy left-to-right part-of-speech tagger. Classes are (UPOS, Penn XPOS) pairs.

use crate::feat::{f1, f2, f3, TokFeats};
use crate::linear::IdMap;

/// Number of tagger feature templates.
pub(crate) const N_FEATS: usize = 29;

/// Marker value for "no token here".
const NONE: u64 = 0x5157_0000_0000_0001;

/// Writes the features of token `i` into `out`, given the classes `p1`, `p2` predicted for the
/// two previous tokens (`u64::MAX` when absent).
pub(crate) fn features(toks: &[TokFeats], i: usize, p1: u64, p2: u64, out: &mut [u64; N_FEATS]) {
    let t = &toks[i];
    let get = |j: isize| -> Option<&TokFeats> {
        if j < 0 {
            None
        } else {
            toks.get(j as usize)
        }
    };
    let ii = i as isize;
    let m1 = get(ii - 1);
    let m2 = get(ii - 2);
    let n1 = get(ii + 1);
    let n2 = get(ii + 2);
    let norm = |o: Option<&TokFeats>| o.map_or(NONE, |x| x.norm);
    let suf3 = |o: Option<&TokFeats>| o.map_or(NONE, |x| x.suf[2]);
    out[0] = f1(0, 0);
    out[1] = f1(1, t.form);
    out[2] = f1(2, t.norm);
    out[3] = f1(3, t.suf[0]);
    out[4] = f1(4, t.suf[1]);
    out[5] = f1(5, t.suf[2]);
    out[6] = f1(6, t.suf[3]);
    out[7] = f1(7, t.pre1);
    out[8] = f1(8, t.shape);
    out[9] = f1(9, p1);
    out[10] = f2(10, p1, p2);
    out[11] = f2(11, p1, t.norm);
    out[12] = f1(12, norm(m1));
    out[13] = f1(13, suf3(m1));
    out[14] = f1(14, norm(m2));
    out[15] = f1(15, norm(n1));
    out[16] = f1(16, suf3(n1));
    out[17] = f1(17, norm(n2));
    out[18] = f2(18, norm(m1), t.norm);
    out[19] = f2(19, t.norm, norm(n1));
    out[20] = f1(20, t.flags);
    out[21] = f2(21, t.flags, t.shape);
    out[22] = f3(22, p1, t.suf[2], n1.map_or(NONE, |x| x.shape));
    out[23] = f2(23, norm(n1), n1.map_or(NONE, |x| x.flags));
    let amb = |o: Option<&TokFeats>| o.map_or(NONE, |x| x.amb);
    out[24] = f1(24, t.amb);
    out[25] = f2(25, t.amb, p1);
    out[26] = f1(26, amb(n1));
    out[27] = f2(27, t.amb, amb(n1));
    out[28] = f1(28, amb(n2));
}

/// Ambiguity class of a form that is not in the lexicon.
pub(crate) const AMB_UNKNOWN: u64 = 0x5157_0000_0000_0002;
/// Forms seen fewer times than this in training get no ambiguity class.
const AMB_MIN_COUNT: usize = 2;
/// A tag class belongs to a form's ambiguity class when it has at least this share (in
/// percent) of the form's occurrences.
const AMB_MIN_SHARE: usize = 5;

/// Sets the ambiguity class of every token from `lex` (normalised form hash → class-set hash).
pub(crate) fn fill_amb(lex: &IdMap<u64>, toks: &mut [TokFeats]) {
    for t in toks {
        t.amb = lex.get(&t.norm).copied().unwrap_or(AMB_UNKNOWN);
    }
}

/// Per normalised form hash: (class, count) pairs seen in training.
pub(crate) type AmbCounts = IdMap<Vec<(u8, usize)>>;

/// Counts the (normalised form hash, gold class) pairs of training data.
pub(crate) fn amb_counts(pairs: impl Iterator<Item = (u64, u8)>) -> AmbCounts {
    let mut counts: AmbCounts = IdMap::default();
    for (w, c) in pairs {
        let row = counts.entry(w).or_default();
        match row.iter_mut().find(|e| e.0 == c) {
            Some(e) => e.1 += 1,
            None => row.push((c, 1)),
        }
    }
    for row in counts.values_mut() {
        row.sort_unstable();
    }
    counts
}

/// The ambiguity class of a form with class counts `row` (sorted by class), leaving out one
/// occurrence of class `minus` when given: a hash of the set of classes that have at least
/// [`AMB_MIN_SHARE`] % of the occurrences, or [`AMB_UNKNOWN`] under [`AMB_MIN_COUNT`]
/// occurrences.
fn amb_of(row: &[(u8, usize)], minus: Option<u8>) -> u64 {
    let count = |e: &(u8, usize)| e.1 - (Some(e.0) == minus && e.1 > 0) as usize;
    let total: usize = row.iter().map(count).sum();
    if total < AMB_MIN_COUNT {
        return AMB_UNKNOWN;
    }
    row.iter()
        .filter(|e| count(e) > 0 && count(e) * 100 >= total * AMB_MIN_SHARE)
        .fold(0xa3b1_95c7_0000_0001u64, |h, e| {
            crate::feat::fin(h.rotate_left(9) ^ (e.0 as u64 + 1))
        })
}

/// The ambiguity lexicon stored in the model: [`amb_of`] every form seen at least
/// [`AMB_MIN_COUNT`] times.
pub(crate) fn amb_lexicon(counts: &AmbCounts) -> IdMap<u64> {
    counts
        .iter()
        .filter_map(|(&w, row)| {
            let a = amb_of(row, None);
            (a != AMB_UNKNOWN).then_some((w, a))
        })
        .collect()
}

/// Sets the ambiguity classes of a training sentence whose tokens are counted in `counts`,
/// each from the *other* occurrences of its form (its own, of gold class `gold[i]`, left out),
/// so that a training token sees what an unseen token with the same history would: a form
/// seen once in training is unknown, as it is for new text.
pub(crate) fn fill_amb_held_out(counts: &AmbCounts, toks: &mut [TokFeats], gold: &[u8]) {
    for (t, &g) in toks.iter_mut().zip(gold) {
        t.amb = counts
            .get(&t.norm)
            .map_or(AMB_UNKNOWN, |row| amb_of(row, Some(g)));
    }
}

/// Index of the highest score; ties go to the lower index. Two passes, the maximum and then its
/// first position, because both vectorise; one pass that carries the index does not (it was
/// 7 % of the tagger's instructions).
#[inline]
pub(crate) fn argmax_i32(s: &[i32]) -> usize {
    let top = s.iter().copied().max().unwrap_or(0);
    s.iter().position(|&v| v == top).unwrap_or(0)
}

/// Index of the highest score; ties go to the lower index.
#[inline]
pub(crate) fn argmax_f32(s: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in s.iter().enumerate() {
        if v > s[best] {
            best = i;
        }
    }
    best
}

/// Class value used in features for the previous tag.
#[inline]
pub(crate) fn prev(tags: &[u8], i: usize, back: usize) -> u64 {
    if i >= back {
        tags[i - back] as u64
    } else {
        u64::MAX - back as u64
    }
}

/// Tags a sentence with a run-time model.
pub(crate) fn tag(model: &crate::linear::Linear, toks: &[TokFeats]) -> Vec<u8> {
    let mut tags = Vec::with_capacity(toks.len());
    tag_from(model, toks, &mut tags, &[], &mut Vec::new());
    tags
}

/// Continues greedy tagging after the tags already in `tags` (which are kept), to the end of the
/// sentence. For each token tagged, and each class of `watch`, `gaps` receives how far that class
/// scored below the winning class (0 when it won): `gaps[i * watch.len() + k]`.
pub(crate) fn tag_from(
    model: &crate::linear::Linear,
    toks: &[TokFeats],
    tags: &mut Vec<u8>,
    watch: &[usize],
    gaps: &mut Vec<i32>,
) {
    // on the stack: models have at most 256 classes
    let mut scores = [0i32; 256];
    let scores = &mut scores[..model.n_classes().min(256)];
    let mut feats = [0u64; N_FEATS];
    for i in tags.len()..toks.len() {
        features(toks, i, prev(tags, i, 1), prev(tags, i, 2), &mut feats);
        model.score(&feats, scores);
        let best = argmax_i32(scores);
        for &c in watch {
            gaps.push(scores[best].saturating_sub(scores.get(c).copied().unwrap_or(i32::MIN)));
        }
        tags.push(best as u8);
    }
}

/// The best class for token `i` (after the tags before it in `tags`) among those `allowed`, or
/// `None` when none is.
pub(crate) fn best_allowed(
    model: &crate::linear::Linear,
    toks: &[TokFeats],
    tags: &[u8],
    i: usize,
    allowed: impl Fn(usize) -> bool,
) -> Option<u8> {
    let mut scores = [0i32; 256];
    let scores = &mut scores[..model.n_classes().min(256)];
    let mut feats = [0u64; N_FEATS];
    features(toks, i, prev(tags, i, 1), prev(tags, i, 2), &mut feats);
    model.score(&feats, scores);
    (0..scores.len())
        .filter(|&c| allowed(c))
        .max_by_key(|&c| (scores[c], std::cmp::Reverse(c)))
        .map(|c| c as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feat::sentence_feats;

    #[test]
    fn argmax_takes_the_first_of_equal_scores() {
        assert_eq!(argmax_i32(&[1, 5, -3, 5, 2]), 1);
        assert_eq!(argmax_i32(&[-7, -7]), 0);
        assert_eq!(argmax_i32(&[i32::MIN, i32::MIN + 1]), 1);
        assert_eq!(argmax_i32(&[]), 0);
    }

    #[test]
    fn ambiguity_classes_group_forms_by_their_tag_sets() {
        // (form hash, class): 10 and 11 are noun/verb words, 12 only a noun, 13 seen once,
        // 14 a noun with one stray verb reading (under 5 % of its occurrences)
        let mut pairs = vec![
            (10, 1),
            (10, 2),
            (10, 1),
            (11, 2),
            (11, 1),
            (12, 1),
            (12, 1),
        ];
        pairs.push((13, 2));
        pairs.extend(std::iter::repeat_n((14u64, 1u8), 40));
        pairs.push((14, 2));
        let counts = amb_counts(pairs.into_iter());
        let lex = amb_lexicon(&counts);
        assert_eq!(lex[&10], lex[&11]);
        assert_ne!(lex[&10], lex[&12]);
        assert_eq!(lex[&12], lex[&14]);
        assert!(!lex.contains_key(&13));
        let mut toks = sentence_feats(&["Protesters", "march", "again"]);
        let mut small = IdMap::default();
        small.insert(toks[1].norm, 77);
        fill_amb(&small, &mut toks);
        assert_eq!(toks[1].amb, 77);
        assert_eq!(toks[0].amb, AMB_UNKNOWN);
        // held out: form 12 (noun twice) seen once more is unknown, 10 keeps noun/verb
        // (its other occurrences: one noun, one verb), 11 loses the verb reading
        let mut toks = sentence_feats(&["a", "b", "c"]);
        toks[0].norm = 12;
        toks[1].norm = 10;
        toks[2].norm = 11;
        fill_amb_held_out(&counts, &mut toks, &[1, 1, 2]);
        assert_eq!(toks[0].amb, AMB_UNKNOWN);
        assert_eq!(toks[1].amb, lex[&10]);
        assert_eq!(toks[2].amb, AMB_UNKNOWN);
    }
}
