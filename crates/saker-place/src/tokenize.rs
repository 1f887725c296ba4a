//! A small fallback tokenizer and sentence splitter, used by the evaluation, the benchmark and the tests
//! (the pipeline passes the text layer's sentences instead).

use saker_core::nlp::{Sentence, Token};
use saker_core::Span;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cpl",
    "pvt", "jr", "sr", "inc", "co", "corp", "ltd", "no", "ave", "rd", "mt", "ft", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "va",
    "calif", "fla", "ga", "ala", "ariz", "ark", "colo", "conn", "del", "ill", "ind", "kan", "kans",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
    "pa", "tenn", "tex", "vt", "wash", "wis", "wyo", "prof", "rev", "u.s", "u.k", "u.n", "d.c",
    "n.y", "n.j", "n.c", "s.c", "n.h", "n.m", "n.d", "s.d", "r.i", "w.va",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Tokens of `text`: runs of letters and digits (joined through `-`, `'`, `’` and `.` when a letter or digit
/// follows), and every other non-space character on its own.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            out.push(Token {
                span: Span::new(i, i + c.len_utf8()),
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if is_word_char(d) {
                end = j + d.len_utf8();
                it.next();
                continue;
            }
            if matches!(d, '-' | '\'' | '’' | '.') {
                let after = text[j + d.len_utf8()..].chars().next();
                if after.is_some_and(is_word_char) {
                    it.next();
                    end = j + d.len_utf8();
                    continue;
                }
            }
            break;
        }
        out.push(Token {
            span: Span::new(i, end),
        });
    }
    out
}

/// `sentences` of `text` with their tokens filled in by [`tokens`], for sentence spans that come
/// without tokens (a scorer's own sentence splitter).
pub fn tokenize_sentences(text: &str, sentences: &[Sentence]) -> Vec<Sentence> {
    sentences
        .iter()
        .map(|s| Sentence {
            span: s.span,
            tokens: text
                .get(s.span.start..s.span.end)
                .map(tokens)
                .unwrap_or_default()
                .into_iter()
                .map(|t| Token {
                    span: Span::new(t.span.start + s.span.start, t.span.end + s.span.start),
                })
                .collect(),
        })
        .collect()
}

/// Sentences of `text` with their tokens: a sentence ends at a line break, or after `.`, `!` or `?` that is
/// followed by an upper-case word or a quote and does not close a known abbreviation or an initial.
pub fn simple_sentences(text: &str) -> Vec<Sentence> {
    let toks = tokens(text);
    let mut out = Vec::new();
    let mut cur: Vec<Token> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if let Some(last) = cur.last() {
            if text[last.span.end..t.span.start].contains('\n') {
                push_sentence(&mut out, std::mem::take(&mut cur));
            }
        }
        cur.push(*t);
        let s = t.span.slice(text);
        if matches!(s, "." | "!" | "?") {
            let prev = if k > 0 {
                toks[k - 1].span.slice(text)
            } else {
                ""
            };
            let prev_glued = k > 0 && toks[k - 1].span.end == t.span.start;
            let lower = prev.to_lowercase();
            let abbrev = prev_glued
                && s == "."
                && (ABBREVIATIONS.contains(&lower.as_str())
                    || (prev.chars().count() == 1 && prev.chars().all(char::is_uppercase)));
            let next_starts = toks.get(k + 1).map(|n| n.span.slice(text).chars().next());
            let next_ok = match next_starts {
                Some(Some(c)) => {
                    c.is_uppercase() || matches!(c, '"' | '“' | '\'' | '‘' | '(' | '[')
                }
                _ => true,
            };
            if !abbrev && next_ok {
                push_sentence(&mut out, std::mem::take(&mut cur));
            }
        }
    }
    push_sentence(&mut out, cur);
    out
}

fn push_sentence(out: &mut Vec<Sentence>, toks: Vec<Token>) {
    if let (Some(a), Some(b)) = (toks.first(), toks.last()) {
        out.push(Sentence {
            span: Span::new(a.span.start, b.span.end),
            tokens: toks,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_join_hyphens_and_split_punctuation() {
        let t = "Al-Kazemi's house, in U.S. bases.";
        let w: Vec<&str> = tokens(t).iter().map(|x| x.span.slice(t)).collect();
        assert_eq!(
            w,
            vec!["Al-Kazemi's", "house", ",", "in", "U.S", ".", "bases", "."]
        );
    }

    #[test]
    fn sentences_split_but_not_after_abbreviations() {
        let t = "He went to the U.S. Army base. It was hot.\nBAGHDAD - Rain.";
        let s = simple_sentences(t);
        assert_eq!(s.len(), 3);
        assert_eq!(s[1].span.slice(t), "It was hot.");
        assert_eq!(s[2].words(t)[0], "BAGHDAD");
    }
}

#[cfg(test)]
mod tokenize_sentences_tests {
    use super::*;

    #[test]
    fn tokens_are_filled_in_with_text_offsets() {
        let text = "One two. Are you in Houston?";
        let spans = [Span::new(0, 8), Span::new(9, text.len())];
        let bare: Vec<Sentence> = spans
            .iter()
            .map(|&span| Sentence {
                span,
                tokens: Vec::new(),
            })
            .collect();
        let got = tokenize_sentences(text, &bare);
        let words: Vec<&str> = got[1].tokens.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(words, ["Are", "you", "in", "Houston", "?"]);
        assert_eq!(got[0].tokens.len(), 3);
    }
}
