//! Normalisation of article text, with a byte-exact map back to the original.
//!
//! Two passes:
//! 1. characters: mojibake repair ([`crate::mojibake`]), Unicode NFC, quotes to ASCII `'`/`"`,
//!    dashes to `-`, `…` to `...`, exotic spaces to ` `, removal of zero-width and bidi marks,
//!    `\r\n` to `\n`, runs of spaces folded to one, no spaces at line ends, at most one blank line;
//! 2. machine-translation artefacts, found by patterns on the pass-1 text: `Al -Kazemi` and
//!    `well -known` (space before a hyphen inside a word), `Al- Kazemi` / `well- known` (space after
//!    it, but not suspended hyphens like `pro- and`), `Kazemi 's` / `Kazemi' s` (space around a
//!    possessive or clitic apostrophe).
//!
//! # The offset map
//! For every byte `i` of the normalised text, [`OffsetMap`] stores the original byte range its
//! character came from (`starts[i]..ends[i]`). A character copied unchanged maps to itself; a
//! replacement (`’` → `'`, `…` → `...`) maps every byte of its output to the whole original
//! character; deleted characters (a stray space) belong to no output byte, so a span around them
//! maps to an original span that includes them. Hence for any span on character boundaries of the
//! normalised text, [`OffsetMap::to_original`] gives a span on character boundaries of the original
//! that covers exactly the source of that text.

use crate::mojibake;
use saker_core::Span;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Map from byte offsets of a normalised text to byte offsets of its original.
///
/// Invariants: `starts.len() == ends.len() == normalised.len()`; `starts[i] < ends[i]` for a byte
/// produced from original text; values never decrease along the text; `orig_len` is the original's
/// length.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    starts: Vec<u32>,
    ends: Vec<u32>,
    orig_len: u32,
}

impl OffsetMap {
    /// Maps a span of the normalised text to the original span it came from. Out-of-range
    /// offsets are clamped to the text.
    pub fn to_original(&self, span: Span) -> Span {
        let n = self.starts.len();
        let s = span.start.min(n);
        let e = span.end.min(n).max(s);
        let start = if s < n { self.starts[s] } else { self.orig_len };
        if e == s {
            return Span::new(start as usize, start as usize);
        }
        Span::new(start as usize, self.ends[e - 1] as usize)
    }

    /// Length of the normalised text this map covers.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// True when the normalised text is empty.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
}

/// Normalised text together with its map to the original.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    /// Where each of its bytes came from.
    pub map: OffsetMap,
}

/// Builds a new text from pieces of a source text whose bytes already map to the original
/// (`src == None`: the source *is* the original, so byte `i` maps to `i..i+1`).
struct Builder<'a> {
    out: String,
    starts: Vec<u32>,
    ends: Vec<u32>,
    src: Option<(&'a [u32], &'a [u32])>,
}

impl<'a> Builder<'a> {
    fn new(cap: usize, src: Option<(&'a [u32], &'a [u32])>) -> Self {
        Builder {
            out: String::with_capacity(cap),
            starts: Vec::with_capacity(cap),
            ends: Vec::with_capacity(cap),
            src,
        }
    }

    /// Copies `src[range]` unchanged.
    fn copy(&mut self, src: &str, start: usize, end: usize) {
        if start >= end {
            return;
        }
        self.out.push_str(&src[start..end]);
        match self.src {
            Some((s, e)) => {
                self.starts.extend_from_slice(&s[start..end]);
                self.ends.extend_from_slice(&e[start..end]);
            }
            None => {
                self.starts.extend(start as u32..end as u32);
                self.ends.extend(start as u32 + 1..end as u32 + 1);
            }
        }
    }

    /// Writes `text` in place of the source range `start..end` (non-empty).
    fn replace(&mut self, text: &str, start: usize, end: usize) {
        let (s, e) = match self.src {
            Some((s, e)) => (s[start], e[end - 1]),
            None => (start as u32, end as u32),
        };
        self.out.push_str(text);
        self.starts.extend(std::iter::repeat_n(s, text.len()));
        self.ends.extend(std::iter::repeat_n(e, text.len()));
    }

    fn finish(self, orig_len: usize) -> Normalized {
        Normalized {
            text: self.out,
            map: OffsetMap {
                starts: self.starts,
                ends: self.ends,
                orig_len: orig_len as u32,
            },
        }
    }
}

/// How pass 1 treats one character.
enum CharAction {
    Keep,
    Drop,
    Space,
    Newline,
    Replace(&'static str),
}

fn char_action(c: char) -> CharAction {
    match c {
        '\n' => CharAction::Newline,
        ' ' | '\t' => CharAction::Space,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => {
            CharAction::Replace("'")
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => CharAction::Replace("\""),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => CharAction::Replace("-"),
        '\u{2026}' => CharAction::Replace("..."),
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => CharAction::Space,
        '\u{2028}' | '\u{2029}' | '\u{0085}' => CharAction::Newline,
        '\u{200B}'
        | '\u{2060}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{0640}' => CharAction::Drop,
        c if c.is_control() => CharAction::Space,
        _ => CharAction::Keep,
    }
}

/// Pass-1 whitespace state: spaces and line breaks are held back until a visible character
/// follows them, so that runs fold to one space, no line ends or starts with a space, at most one
/// blank line separates paragraphs, and the text neither starts nor ends with whitespace.
#[derive(Default)]
struct Pending {
    /// Source of the first held-back space.
    space: Option<(usize, usize)>,
    /// Sources of the first two held-back line breaks.
    newlines: [Option<(usize, usize)>; 2],
    /// True once a visible character has been written.
    seen_text: bool,
}

impl Pending {
    fn space(&mut self, s: usize, e: usize) {
        if self.space.is_none() && self.newlines[0].is_none() {
            self.space = Some((s, e));
        }
    }

    fn newline(&mut self, s: usize, e: usize) {
        self.space = None;
        if let Some(slot) = self.newlines.iter_mut().find(|x| x.is_none()) {
            *slot = Some((s, e));
        }
    }

    /// Emits held-back whitespace before a visible character.
    fn flush(&mut self, b: &mut Builder<'_>, original: &str) {
        let held = std::mem::take(&mut self.newlines);
        let space = self.space.take();
        if self.seen_text {
            let emit: Vec<(usize, usize, &str)> = if held[0].is_some() {
                held.iter().flatten().map(|&(s, e)| (s, e, "\n")).collect()
            } else {
                space.map(|(s, e)| (s, e, " ")).into_iter().collect()
            };
            for (s, e, want) in emit {
                if &original[s..e] == want {
                    b.copy(original, s, e);
                } else {
                    b.replace(want, s, e);
                }
            }
        }
        self.seen_text = true;
    }
}

/// Normalises `original` (see the module documentation).
pub fn normalize(original: &str) -> Normalized {
    let pass1 = pass_chars(original);
    pass_mt_repair(pass1, original.len())
}

fn pass_chars(original: &str) -> Normalized {
    let mut b = Builder::new(original.len(), None);
    let nfc_ok = matches!(is_nfc_quick(original.chars()), IsNormalized::Yes);
    let bytes = original.as_bytes();
    let mut st = Pending::default();
    let mut i = 0;
    while i < bytes.len() {
        // Fast path: a run of plain printable ASCII, with single spaces between visible
        // characters (nothing to fold there), so that ordinary prose is one run per line.
        let visible = |x: u8| x > b' ' && x < 0x7F;
        let mut j = i;
        while j < bytes.len() {
            let x = bytes[j];
            if visible(x) || (x == b' ' && j > i && bytes.get(j + 1).is_some_and(|&n| visible(n))) {
                j += 1;
            } else {
                break;
            }
        }
        if !nfc_ok && j < bytes.len() && bytes[j] >= 0x80 && j > i {
            // the last ASCII letter may compose with a following combining mark
            j -= 1;
        }
        if j > i {
            st.flush(&mut b, original);
            b.copy(original, i, j);
            i = j;
            continue;
        }
        let Some(c) = original[i..].chars().next() else {
            break;
        };
        let clen = c.len_utf8();
        if c == '\r' {
            if bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
                continue;
            }
            st.newline(i, i + 1);
            i += 1;
            continue;
        }
        if !c.is_ascii() {
            if let Some((fixed, len)) = mojibake::repair_at(original, i) {
                let mut buf = [0u8; 4];
                let txt: &str = match char_action(fixed) {
                    CharAction::Replace(r) => r,
                    CharAction::Space | CharAction::Newline => " ",
                    CharAction::Drop => "",
                    CharAction::Keep => fixed.encode_utf8(&mut buf),
                };
                st.flush(&mut b, original);
                b.replace(txt, i, i + len);
                i += len;
                continue;
            }
        }
        match char_action(c) {
            CharAction::Keep => {
                st.flush(&mut b, original);
                if !nfc_ok {
                    let mut end = i + clen;
                    for d in original[end..].chars() {
                        let invisible = matches!(char_action(d), CharAction::Drop);
                        if canonical_combining_class(d) == 0 && !invisible {
                            break;
                        }
                        end += d.len_utf8();
                    }
                    let group = &original[i..end];
                    let composed: String = group
                        .chars()
                        .filter(|&d| !matches!(char_action(d), CharAction::Drop))
                        .nfc()
                        .collect();
                    if composed != group {
                        b.replace(&composed, i, end);
                    } else {
                        b.copy(original, i, end);
                    }
                    i = end;
                    continue;
                }
                b.copy(original, i, i + clen);
            }
            CharAction::Replace(r) => {
                st.flush(&mut b, original);
                b.replace(r, i, i + clen);
            }
            CharAction::Drop => {}
            CharAction::Space => st.space(i, i + clen),
            CharAction::Newline => st.newline(i, i + clen),
        }
        i += clen;
    }
    b.finish(original.len())
}

/// Suspended-hyphen words after which `X- word` must stay apart (`pro- and anti-war`).
const SUSPENDED_NEXT: [&str; 5] = ["and", "or", "to", "nor", "but"];

/// Clitics after an apostrophe that MT output detaches (`Kazemi 's`, `don 't`).
const CLITICS: [&str; 7] = ["s", "t", "re", "ve", "ll", "d", "m"];

fn prev_char(t: &str, i: usize) -> Option<char> {
    t[..i].chars().next_back()
}

fn next_char(t: &str, i: usize) -> Option<char> {
    t[i..].chars().next()
}

/// The word (letters) that ends at byte `i`.
fn word_before(t: &str, i: usize) -> &str {
    let start = t[..i]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(i, |(p, _)| p);
    &t[start..i]
}

/// The word (letters) that starts at byte `i`.
fn word_after(t: &str, i: usize) -> &str {
    let end = t[i..]
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(t.len(), |(p, _)| i + p);
    &t[i..end]
}

/// Returns the byte ranges of `text` (pass-1 output, where spaces are already single) to delete:
/// the stray spaces of MT artefacts. Candidates are found by a fast literal search for `-` and
/// `'`, then checked by their neighbours.
fn mt_deletions(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut dels = Vec::new();
    for (i, _) in text.match_indices(['-', '\'']) {
        let before_sp = i > 0 && b[i - 1] == b' ';
        let after_sp = b.get(i + 1) == Some(&b' ');
        if before_sp == after_sp {
            continue;
        }
        if b[i] == b'-' {
            if before_sp {
                // "Al -Kazemi", "well -known"
                let l = prev_char(text, i - 1).is_some_and(char::is_alphabetic);
                let r = next_char(text, i + 1).is_some_and(char::is_alphabetic);
                if l && r {
                    dels.push((i - 1, i));
                }
            } else {
                // "Al- Kazemi", "well- known", but not "pro- and anti-war"
                let w1 = word_before(text, i);
                let w2 = word_after(text, i + 2);
                if w1.is_empty() || w2.is_empty() || SUSPENDED_NEXT.contains(&w2) {
                    continue;
                }
                let article = matches!(w1, "al" | "Al" | "AL" | "el" | "El" | "EL");
                let lower_next = w2.chars().next().is_some_and(char::is_lowercase);
                if article || lower_next {
                    dels.push((i + 1, i + 2));
                }
            }
        } else if before_sp {
            // "Kazemi 's", "don 't"
            let l = prev_char(text, i - 1).is_some_and(char::is_alphabetic);
            let w = word_after(text, i + 1);
            if l && CLITICS.contains(&w) {
                dels.push((i - 1, i));
            }
        } else {
            // "Kazemi' s"
            let l = prev_char(text, i).is_some_and(char::is_alphabetic);
            if l && word_after(text, i + 2) == "s" {
                dels.push((i + 1, i + 2));
            }
        }
    }
    dels
}

fn pass_mt_repair(p1: Normalized, orig_len: usize) -> Normalized {
    let dels = mt_deletions(&p1.text);
    if dels.is_empty() {
        return p1;
    }
    let mut b = Builder::new(p1.text.len(), Some((&p1.map.starts, &p1.map.ends)));
    let mut at = 0;
    for (s, e) in dels {
        if s < at || s >= e {
            continue;
        }
        b.copy(&p1.text, at, s);
        at = e;
    }
    b.copy(&p1.text, at, p1.text.len());
    b.finish(orig_len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn norm(s: &str) -> String {
        normalize(s).text
    }

    #[test]
    fn repairs_mt_hyphen_artefacts() {
        assert_eq!(norm("Mustafa Al -Kazemi said"), "Mustafa Al-Kazemi said");
        assert_eq!(norm("a well -known analyst"), "a well-known analyst");
        assert_eq!(norm("Kazemi al -Ghud"), "Kazemi al-Ghud");
        assert_eq!(norm("Abu Mahdi Al- Muhandis"), "Abu Mahdi Al-Muhandis");
        assert_eq!(norm("well- known"), "well-known");
        assert_eq!(norm("pro- and anti-war groups"), "pro- and anti-war groups");
        assert_eq!(norm("BAGHDAD – The force"), "BAGHDAD - The force");
    }

    #[test]
    fn repairs_apostrophes_and_quotes() {
        assert_eq!(norm("Al -Kazemi’s house"), "Al-Kazemi's house");
        assert_eq!(norm("Kazemi ’s house"), "Kazemi's house");
        assert_eq!(norm("Kazemi’ s house"), "Kazemi's house");
        assert_eq!(
            norm("Muhammad Shi’a Al -Sudani"),
            "Muhammad Shi'a Al-Sudani"
        );
        assert_eq!(
            norm("the “Shafaq News” website"),
            "the \"Shafaq News\" website"
        );
        assert_eq!(norm("he said 'no' to it"), "he said 'no' to it");
    }

    #[test]
    fn folds_whitespace_and_invisible_characters() {
        assert_eq!(norm("a  \t b\u{00A0}c"), "a b c");
        assert_eq!(
            norm("  line one  \r\n\r\n\r\n\r\nline two \n"),
            "line one\n\nline two"
        );
        assert_eq!(norm("zero\u{200B}width\u{FEFF}"), "zerowidth");
        assert_eq!(norm("wait…"), "wait...");
    }

    #[test]
    fn repairs_mojibake_and_composes_nfc() {
        assert_eq!(norm("Kazemiâ€™s"), "Kazemi's");
        assert_eq!(norm("cafÃ©"), "café");
        assert_eq!(norm("cafe\u{0301}"), "café");
    }

    #[test]
    fn map_slices_original_exactly() {
        let orig = "Al -Kazemi’s  “house”…\r\nDone";
        let n = normalize(orig);
        let k = n.text.find("Kazemi").unwrap();
        assert_eq!(n.map.to_original(Span::new(k, k + 6)).slice(orig), "Kazemi");
        let a = n.text.find("Al-Kazemi").unwrap();
        assert_eq!(
            n.map.to_original(Span::new(a, a + 9)).slice(orig),
            "Al -Kazemi"
        );
        let q = n.text.find('"').unwrap();
        assert_eq!(n.map.to_original(Span::new(q, q + 1)).slice(orig), "“");
        let d = n.text.find("...").unwrap();
        assert_eq!(n.map.to_original(Span::new(d + 1, d + 2)).slice(orig), "…");
        let whole = n.map.to_original(Span::new(0, n.text.len()));
        assert_eq!(
            whole.slice(orig),
            orig.trim_end_matches("\r\nDone").to_owned() + "\r\nDone"
        );
    }

    proptest! {
        #[test]
        fn every_span_maps_to_char_boundaries_in_order(s in "\\PC{0,60}|[ a-zA-Z'’\\-\n\r\u{00A0}Ã©â€™]{0,60}") {
            let n = normalize(&s);
            prop_assert_eq!(n.map.len(), n.text.len());
            let bounds: Vec<usize> = n.text.char_indices().map(|(i, _)| i).chain([n.text.len()]).collect();
            for w in bounds.windows(2) {
                let o = n.map.to_original(Span::new(w[0], w[1]));
                prop_assert!(s.is_char_boundary(o.start) && s.is_char_boundary(o.end));
                prop_assert!(o.start < o.end && o.end <= s.len());
            }
            for w in bounds.windows(3) {
                let a = n.map.to_original(Span::new(w[0], w[1]));
                let b = n.map.to_original(Span::new(w[1], w[2]));
                prop_assert!(a.start <= b.start && a.end <= b.end);
            }
        }

        #[test]
        fn normalising_twice_changes_nothing_more(s in "[ a-zA-Z'’“”\\-\n\r\t\u{00A0}\u{2013}\u{200B}e\u{0301}]{0,60}") {
            let once = normalize(&s).text;
            prop_assert_eq!(normalize(&once).text, once.clone());
        }
    }
}
