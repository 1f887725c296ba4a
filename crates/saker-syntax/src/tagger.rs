//! Greedy left-to-right part-of-speech tagger. Classes are (UPOS, Penn XPOS) pairs.

use crate::feat::{f1, f2, f3, TokFeats};

/// Number of tagger feature templates.
pub(crate) const N_FEATS: usize = 24;

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
}

/// Index of the highest score; ties go to the lower index.
#[inline]
pub(crate) fn argmax_i32(s: &[i32]) -> usize {
    let mut best = 0;
    let mut top = match s.first() {
        Some(&v) => v,
        None => return 0,
    };
    for (i, &v) in s.iter().enumerate().skip(1) {
        if v > top {
            best = i;
            top = v;
        }
    }
    best
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
    let mut scores = vec![0i32; model.n_classes()];
    let mut feats = [0u64; N_FEATS];
    for i in tags.len()..toks.len() {
        features(toks, i, prev(tags, i, 1), prev(tags, i, 2), &mut feats);
        model.score(&feats, &mut scores);
        let best = argmax_i32(&scores);
        for &c in watch {
            gaps.push(scores[best].saturating_sub(scores.get(c).copied().unwrap_or(i32::MIN)));
        }
        tags.push(best as u8);
    }
}
