//! Hand-built parses for tests, examples and benchmarks, from a compact notation, so that tests of
//! the coder do not depend on the parser's accuracy.
//!
//! One string per sentence, tokens separated by spaces, each token `form/UPOS[:XPOS]/head/deprel`
//! or `form/UPOS[:XPOS]/head/deprel/lemma` (head 1-based, 0 = root; the deprel is read
//! case-insensitively, so `ROOT` works; the lemma defaults to the lower-cased form; XPOS defaults
//! to a plausible Penn tag for the UPOS).

use saker_core::nlp::{
    ActorKind, ActorMention, MentionVia, ParsedSentence, Sentence, Token, TokenSyntax, Upos,
};
use saker_core::Span;

fn default_xpos(u: Upos) -> &'static str {
    match u {
        Upos::Verb => "VB",
        Upos::Noun => "NN",
        Upos::Propn => "NNP",
        Upos::Adj => "JJ",
        Upos::Adv => "RB",
        Upos::Adp => "IN",
        Upos::Det => "DT",
        Upos::Pron => "PRP",
        Upos::Aux => "MD",
        Upos::Num => "CD",
        Upos::Part => "RP",
        Upos::Cconj => "CC",
        Upos::Sconj => "IN",
        Upos::Punct => ".",
        _ => "XX",
    }
}

/// Builds the text (sentences joined by one space, tokens by one space), the sentences and their
/// parses. Malformed tokens become `X` tokens attached to the root (never a panic).
pub fn build(sentences: &[&str]) -> (String, Vec<Sentence>, Vec<ParsedSentence>) {
    let mut text = String::new();
    let mut sents = Vec::new();
    let mut parses = Vec::new();
    for s in sentences {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        let mut toks = Vec::new();
        let mut parse = Vec::new();
        for (k, tok) in s.split_whitespace().enumerate() {
            if k > 0 {
                text.push(' ');
            }
            let f: Vec<&str> = tok.split('/').collect();
            let form = if f[0].is_empty() { "_" } else { f[0] };
            let b = text.len();
            text.push_str(form);
            toks.push(Token {
                span: Span::new(b, text.len()),
            });
            let (upos, xpos) = match f.get(1).map(|p| p.split_once(':').unwrap_or((p, ""))) {
                Some((u, x)) => {
                    let u = Upos::parse(u).unwrap_or(Upos::X);
                    (
                        u,
                        if x.is_empty() {
                            default_xpos(u).to_owned()
                        } else {
                            x.to_owned()
                        },
                    )
                }
                None => (Upos::X, "XX".to_owned()),
            };
            parse.push(TokenSyntax {
                upos,
                xpos,
                lemma: f
                    .get(4)
                    .map_or_else(|| form.to_lowercase(), |l| (*l).to_owned()),
                head: f.get(2).and_then(|h| h.parse().ok()).unwrap_or(0),
                deprel: f.get(3).map_or("dep", |d| d).to_lowercase(),
            });
        }
        sents.push(Sentence {
            span: Span::new(start, text.len()),
            tokens: toks,
        });
        parses.push(parse);
    }
    (text, sents, parses)
}

/// An actor mention over the `nth` (0-based) occurrence of `needle` in `text`; an empty span at the
/// end of the text when it does not occur. The sentence index is left 0: the coder matches
/// mentions by span.
pub fn mention(text: &str, needle: &str, nth: usize, kind: ActorKind) -> ActorMention {
    let span = text
        .match_indices(needle)
        .nth(nth)
        .map(|(b, s)| Span::new(b, b + s.len()))
        .unwrap_or(Span::new(text.len(), text.len()));
    ActorMention {
        sentence: 0,
        span,
        name: Some(needle.to_owned()),
        kind,
        via: if kind == ActorKind::Generic {
            MentionVia::Generic
        } else {
            MentionVia::Name
        },
        confidence: 1.0,
        ..ActorMention::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_aligned_text_and_parse() {
        let (t, s, p) = build(&["A/DET/2/det b/NOUN:NNS/0/ROOT/bee", "c/X/0/ROOT"]);
        assert_eq!(t, "A b c");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words(&t), vec!["A", "b"]);
        assert_eq!(p[0][1].lemma, "bee");
        assert_eq!(p[0][1].xpos, "NNS");
        assert_eq!(p[0][0].head, 2);
        assert_eq!(s[1].tokens[0].span.slice(&t), "c");
        let m = mention(&t, "b", 0, ActorKind::Person);
        assert_eq!(m.span.slice(&t), "b");
    }
}
