//! Feature hashing: words and feature templates become `u64` keys without allocating strings.

/// Golden-ratio multiplier used to combine values.
const K: u64 = 0x9E37_79B9_7F4A_7C15;
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// SplitMix64 finaliser: a bijective avalanche of `x`.
#[inline]
pub(crate) fn fin(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[inline]
fn comb(h: u64, v: u64) -> u64 {
    (h.rotate_left(26) ^ v).wrapping_mul(K)
}

#[inline]
fn start(t: u64) -> u64 {
    t.wrapping_add(1).wrapping_mul(K)
}

/// Keys are never 0: 0 marks an empty slot in the model's table.
#[inline]
fn key(h: u64) -> u64 {
    let k = fin(h);
    if k == 0 {
        1
    } else {
        k
    }
}

/// Key of template `t` with one value.
#[inline]
pub(crate) fn f1(t: u64, a: u64) -> u64 {
    key(comb(start(t), a))
}

/// Key of template `t` with two values.
#[inline]
pub(crate) fn f2(t: u64, a: u64, b: u64) -> u64 {
    key(comb(comb(start(t), a), b))
}

/// Key of template `t` with three values.
#[inline]
pub(crate) fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    key(comb(comb(comb(start(t), a), b), c))
}

/// Key of template `t` with four values.
#[inline]
pub(crate) fn f4(t: u64, a: u64, b: u64, c: u64, d: u64) -> u64 {
    key(comb(comb(comb(comb(start(t), a), b), c), d))
}

#[inline]
fn fnv_char(h: u64, c: char) -> u64 {
    (h ^ c as u64).wrapping_mul(FNV_PRIME)
}

/// Hash of the exact form.
#[cfg(test)]
pub(crate) fn hash_str(s: &str) -> u64 {
    fin(s.chars().fold(FNV_OFFSET, fnv_char))
}

/// Lower-cases one character cheaply (first char of the Unicode lower-case mapping); ASCII digits
/// become `0` so that numbers share features.
#[inline]
pub(crate) fn norm_char(c: char) -> char {
    if c.is_ascii() {
        if c.is_ascii_digit() {
            '0'
        } else {
            c.to_ascii_lowercase()
        }
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// Hash of the normalised (lower-cased, digits → 0) form.
pub(crate) fn hash_norm(s: &str) -> u64 {
    fin(s.chars().map(norm_char).fold(FNV_OFFSET, fnv_char))
}

/// Word shape class of one character.
#[inline]
fn shape_char(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if c.is_alphabetic() {
        'a'
    } else {
        c
    }
}

/// Per-token hashed features, computed once per token.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TokFeats {
    /// Exact form (or its lower-case in an all-caps sentence).
    pub form: u64,
    /// Normalised form: lower case, digits → 0.
    pub norm: u64,
    /// Hashes of the normalised suffixes of length 1..=4.
    pub suf: [u64; 4],
    /// Hash of the normalised first character.
    pub pre1: u64,
    /// Hash of the compressed shape (`Xx`, `d.d`, …), max 6 runs.
    pub shape: u64,
    /// Bit flags: 1 upper-initial, 2 all-caps, 4 has digit, 8 has hyphen, 16 first token.
    pub flags: u64,
    /// Ambiguity class: hash of the set of tag classes the normalised form had in training
    /// ([`crate::tagger::AMB_UNKNOWN`] for a form not in the model's lexicon); filled by
    /// [`crate::tagger::fill_amb`].
    pub amb: u64,
}

/// True when the sentence is a headline or dateline written in capitals: at least three words with
/// two or more letters, and at least 70% of them fully upper-case.
pub(crate) fn caps_sentence(words: &[&str]) -> bool {
    let mut lettered = 0usize;
    let mut caps = 0usize;
    for w in words {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 {
            lettered += 1;
            if !w.chars().any(|c| c.is_lowercase()) {
                caps += 1;
            }
        }
    }
    lettered >= 3 && caps * 10 >= lettered * 7
}

/// Computes the per-token features of `w` at position `i`.
pub(crate) fn tok_feats(w: &str, i: usize, lower_caps: bool) -> TokFeats {
    let mut upper = 0usize;
    let mut lower = 0usize;
    let mut digit = false;
    let mut hyphen = false;
    let mut first_upper = false;
    let mut norm_h = FNV_OFFSET;
    let mut form_h = FNV_OFFSET;
    let mut shape_h = FNV_OFFSET;
    let mut last_shape = '\0';
    let mut runs = 0usize;
    let mut tail: [char; 4] = ['\0'; 4];
    let mut n_chars = 0usize;
    let mut pre1 = '\0';
    for (k, c) in w.chars().enumerate() {
        if c.is_uppercase() {
            upper += 1;
            if k == 0 {
                first_upper = true;
            }
        } else if c.is_lowercase() {
            lower += 1;
        }
        digit |= c.is_numeric();
        hyphen |= c == '-';
        let nc = norm_char(c);
        if k == 0 {
            pre1 = nc;
        }
        norm_h = fnv_char(norm_h, nc);
        form_h = fnv_char(form_h, c);
        tail = [tail[1], tail[2], tail[3], nc];
        n_chars += 1;
        let sc = shape_char(c);
        if sc != last_shape && runs < 6 {
            shape_h = fnv_char(shape_h, sc);
            last_shape = sc;
            runs += 1;
        }
    }
    let all_caps = upper >= 2 && lower == 0;
    let norm = fin(norm_h);
    let mut form = fin(form_h);
    let mut shape = fin(shape_h);
    if lower_caps && all_caps {
        form = norm;
        // the shape of a lower-case word (one run of `x`)
        shape = fin(fnv_char(FNV_OFFSET, 'x'));
    }
    let mut suf = [0u64; 4];
    let mut h = FNV_OFFSET ^ 0x5f;
    for (k, s) in suf.iter_mut().enumerate() {
        if k < n_chars {
            h = fnv_char(h, tail[3 - k]);
        }
        *s = fin(h);
    }
    let mut flags = 0u64;
    if first_upper && !(lower_caps && all_caps) {
        flags |= 1;
    }
    if all_caps && !lower_caps {
        flags |= 2;
    }
    if digit {
        flags |= 4;
    }
    if hyphen {
        flags |= 8;
    }
    if i == 0 {
        flags |= 16;
    }
    TokFeats {
        form,
        norm,
        suf,
        pre1: fin(fnv_char(FNV_OFFSET ^ 0x77, pre1)),
        shape,
        flags,
        amb: 0,
    }
}

/// Per-token features of a whole sentence.
pub(crate) fn sentence_feats(words: &[&str]) -> Vec<TokFeats> {
    let caps = caps_sentence(words);
    words
        .iter()
        .enumerate()
        .map(|(i, w)| tok_feats(w, i, caps))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_hash_ignores_case_and_digit_values() {
        assert_eq!(hash_norm("Iraq"), hash_norm("IRAQ"));
        assert_eq!(hash_norm("1998"), hash_norm("2004"));
        assert_ne!(hash_norm("Iraq"), hash_norm("Iran"));
        assert_ne!(hash_str("Iraq"), hash_str("iraq"));
    }

    #[test]
    fn template_keys_differ_by_template_and_value() {
        assert_ne!(f1(1, 5), f1(2, 5));
        assert_ne!(f1(1, 5), f1(1, 6));
        assert_ne!(f2(1, 2, 3), f2(1, 3, 2));
        assert_ne!(f1(0, 0), 0);
    }

    #[test]
    fn all_caps_headlines_are_detected() {
        assert!(caps_sentence(&["IRAQI", "FORCES", "KILL", "TWO", "GUNMEN"]));
        assert!(!caps_sentence(&["The", "UN", "said", "so", "."]));
        assert!(!caps_sentence(&[]));
        let a = sentence_feats(&["POLICE", "ARREST", "MEN"]);
        let b = sentence_feats(&["police", "arrest", "men"]);
        assert_eq!(a[1].form, b[1].form);
        assert_eq!(a[1].shape, b[1].shape);
    }

    #[test]
    fn suffixes_use_the_last_characters() {
        let a = tok_feats("walking", 1, false);
        let b = tok_feats("talking", 1, false);
        assert_eq!(a.suf, b.suf);
        let c = tok_feats("walked", 1, false);
        assert_ne!(a.suf[2], c.suf[2]);
        let e = tok_feats("", 0, false);
        assert_eq!(e.flags & 16, 16);
    }
}
