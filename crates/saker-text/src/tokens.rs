//! A Universal-Dependencies-style English tokeniser with byte offsets.
//!
//! Follows the conventions of the UD English treebanks the syntax stage is trained on: clitics
//! split (`do|n't`, `Kazemi|'s`), hyphens inside words split (`well|-|known`, `Al|-|Kazemi`),
//! punctuation split off, but abbreviations (`Gen.`, `U.S.`), numbers (`1,000`, `3.5`, `10:30`),
//! ISO dates (`2022-11-17`), URLs and e-mail addresses kept whole.

use crate::sentences::is_abbreviation;
use saker_core::nlp::Token;
use saker_core::Span;

/// Characters split off the front of a word.
const LEADING: &[char] = &[
    '"', '\'', '(', '[', '{', '<', '$', '£', '€', '#', '¿', '¡', '*', '`',
];
/// Characters split off the end of a word (the final `.` is handled separately).
const TRAILING: &[char] = &[
    '"', '\'', ')', ']', '}', '>', ',', ';', ':', '!', '?', '%', '*', '`',
];
/// Clitics split off the end of a word (lower-case; matched case-insensitively).
const CLITICS: &[&str] = &["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

/// Tokenises `text`, whose first byte is at `offset` in the enclosing document; the returned
/// spans are document offsets.
pub fn tokenize(text: &str, offset: usize) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut start = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (space, len) = if b < 0x80 {
            (b.is_ascii_whitespace(), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if space {
            if let Some(s) = start.take() {
                split_chunk(&text[s..i], offset + s, &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
        i += len;
    }
    if let Some(s) = start {
        split_chunk(&text[s..], offset + s, &mut out);
    }
    out
}

fn push(out: &mut Vec<Token>, s: usize, e: usize) {
    if s < e {
        out.push(Token {
            span: Span::new(s, e),
        });
    }
}

fn is_url_like(w: &str) -> bool {
    w.contains("://") || w.starts_with("www.") || (w.contains('@') && w.contains('.'))
}

fn is_number_like(w: &str) -> bool {
    let mut digits = 0;
    for c in w.chars() {
        if c.is_ascii_digit() {
            digits += 1;
        } else if !matches!(c, ',' | '.' | ':' | '/' | '-') {
            return false;
        }
    }
    digits > 0 && w.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Splits one whitespace-free chunk into tokens.
fn split_chunk(w: &str, base: usize, out: &mut Vec<Token>) {
    // fast path: a plain word or number (most chunks in news text)
    if w.bytes().all(|c| c.is_ascii_alphanumeric()) {
        push(out, base, base + w.len());
        return;
    }
    let mut s = 0;
    let mut e = w.len();
    // leading punctuation
    while s < e {
        let Some(c) = w[s..e].chars().next() else {
            break;
        };
        if LEADING.contains(&c) && e - s > c.len_utf8() {
            push(out, base + s, base + s + c.len_utf8());
            s += c.len_utf8();
        } else {
            break;
        }
    }
    // trailing punctuation, collected in reverse (rarely more than a few)
    let mut tail: Vec<(usize, usize)> = Vec::new();
    let plain_end = w
        .as_bytes()
        .last()
        .is_some_and(|&c| c.is_ascii_alphanumeric());
    loop {
        if plain_end {
            break;
        }
        let core = &w[s..e];
        if core.is_empty() {
            break;
        }
        if core.ends_with("...") && core.len() > 3 {
            tail.push((e - 3, e));
            e -= 3;
            continue;
        }
        let Some(c) = core.chars().next_back() else {
            break;
        };
        let cl = c.len_utf8();
        if core.len() == cl {
            break;
        }
        if TRAILING.contains(&c) {
            // keep the possessive apostrophe of "states'" as its own token too
            tail.push((e - cl, e));
            e -= cl;
            continue;
        }
        if c == '.' {
            let stem = &core[..core.len() - 1];
            if is_url_like(core) || stem.ends_with('.') {
                // "..": split the last one; urls keep their dots inside but not at the end
                tail.push((e - 1, e));
                e -= 1;
                continue;
            }
            if is_abbreviation(stem) {
                break;
            }
            tail.push((e - 1, e));
            e -= 1;
            continue;
        }
        break;
    }
    split_core(&w[s..e], base + s, out);
    for &(ts, te) in tail.iter().rev() {
        push(out, base + ts, base + te);
    }
}

/// Splits the core of a chunk: clitics, in-word hyphens, in-word commas.
fn split_core(w: &str, base: usize, out: &mut Vec<Token>) {
    if w.is_empty() {
        return;
    }
    if is_url_like(w) || is_number_like(w) && !w.contains("--") {
        push(out, base, base + w.len());
        return;
    }
    if w.contains('\'') {
        for cl in CLITICS {
            let ends = w.len() > cl.len()
                && w.is_char_boundary(w.len() - cl.len())
                && w[w.len() - cl.len()..].eq_ignore_ascii_case(cl);
            if ends {
                let cut = w.len() - cl.len();
                split_core(&w[..cut], base, out);
                push(out, base + cut, base + w.len());
                return;
            }
        }
    }
    // split on hyphens, slashes between words and commas/semicolons between letters
    let bytes = w.as_bytes();
    let mut piece = 0;
    for (i, c) in w.char_indices() {
        let split_here = match c {
            '-' => true,
            ',' | ';' => i > 0 && !(bytes[i - 1].is_ascii_digit()),
            _ => false,
        };
        if split_here {
            push(out, base + piece, base + i);
            push(out, base + i, base + i + 1);
            piece = i + 1;
        }
    }
    push(out, base + piece, base + w.len());
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s, 0).iter().map(|t| t.span.slice(s)).collect()
    }

    #[test]
    fn ud_style_tokens() {
        assert_eq!(
            toks("Al-Kazemi's house, Gen. Smith said."),
            ["Al", "-", "Kazemi", "'s", "house", ",", "Gen.", "Smith", "said", "."]
        );
        assert_eq!(
            toks("don't \"spies.\""),
            ["do", "n't", "\"", "spies", ".", "\""]
        );
        assert_eq!(toks("the U.S. forces"), ["the", "U.S.", "forces"]);
        assert_eq!(
            toks("1,000 (about 3.5%)"),
            ["1,000", "(", "about", "3.5", "%", ")"]
        );
        assert_eq!(
            toks("on 2022-11-17 at 10:30 a.m."),
            ["on", "2022-11-17", "at", "10:30", "a.m."]
        );
        assert_eq!(
            toks("see https://x.org/a."),
            ["see", "https://x.org/a", "."]
        );
        assert_eq!(
            toks("a well-known analyst"),
            ["a", "well", "-", "known", "analyst"]
        );
        assert_eq!(toks("July 2020.."), ["July", "2020", ".", "."]);
        assert_eq!(toks("soldiers' guns"), ["soldiers", "'", "guns"]);
        assert_eq!(toks("$5 -"), ["$", "5", "-"]);
    }

    #[test]
    fn offsets_are_document_offsets() {
        let t = tokenize("ab cd", 10);
        assert_eq!(t[1].span, Span::new(13, 15));
    }

    proptest! {
        #[test]
        fn tokens_are_ordered_nonempty_and_cover_all_non_space(s in "\\PC{0,80}") {
            let t = tokenize(&s, 0);
            let mut last = 0;
            let mut covered = 0;
            for tok in &t {
                prop_assert!(tok.span.start >= last && tok.span.end > tok.span.start);
                prop_assert!(s.is_char_boundary(tok.span.start) && s.is_char_boundary(tok.span.end));
                covered += tok.span.len();
                last = tok.span.end;
            }
            let non_space: usize = s.chars().filter(|c| !c.is_whitespace()).map(char::len_utf8).sum();
            prop_assert_eq!(covered, non_space);
        }
    }
}
