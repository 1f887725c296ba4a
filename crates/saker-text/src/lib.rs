//! Saker's text layer: the first stage of the pipeline.
//!
//! [`analyze`] turns an article's original text into a [`TextDoc`]:
//! 1. [`normalize`] — mojibake repair, Unicode NFC, quote/dash/space normalisation and repair of
//!    machine-translation artefacts (`Al -Kazemi` → `Al-Kazemi`, `Shi ’a` → `Shi'a`), keeping for every
//!    byte of the normalised text the byte range of the original it came from ([`OffsetMap`]);
//! 2. [`sentences`] — sentence splitting that survives abbreviations, initials, datelines, headlines
//!    with no final period and quotes;
//! 3. [`tokens`] — a Universal-Dependencies-style tokeniser with offsets.
//!
//! Every later stage works on `TextDoc::norm`; output fields are mapped back with
//! [`TextDoc::to_original`], so that `original[start..end]` is always the exact source text.

#![warn(missing_docs)]

pub mod eval;
pub mod mojibake;
pub mod normalize;
pub mod sentences;
pub mod tokens;

pub use normalize::{normalize, Normalized, OffsetMap};
pub use tokens::tokenize;

use saker_core::nlp::Sentence;
use saker_core::Span;

/// An analysed article text: normalised text, its map to the original, sentences and tokens.
#[derive(Debug, Clone)]
pub struct TextDoc {
    /// The normalised text every later stage reads.
    pub norm: String,
    /// Map from normalised byte offsets to original byte offsets.
    pub map: OffsetMap,
    /// Sentences (with their tokens) of `norm`, in order.
    pub sentences: Vec<Sentence>,
}

impl TextDoc {
    /// Maps a span of the normalised text to the span of the original text it came from.
    pub fn to_original(&self, span: Span) -> Span {
        self.map.to_original(span)
    }

    /// True when a paragraph break (a blank line, or a line break in text without blank lines)
    /// separates sentence `i` from the sentence before it.
    pub fn starts_paragraph(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        match (self.sentences.get(i - 1), self.sentences.get(i)) {
            (Some(a), Some(b)) => self
                .norm
                .get(a.span.end..b.span.start)
                .is_some_and(|gap| gap.contains('\n')),
            _ => false,
        }
    }
}

/// Normalises `original`, splits it into sentences and tokenises each sentence.
pub fn analyze(original: &str) -> TextDoc {
    let Normalized { text, map } = normalize(original);
    let sentences = sentences::split(&text)
        .into_iter()
        .map(|span| Sentence {
            span,
            tokens: tokenize(span.slice(&text), span.start),
        })
        .filter(|s| !s.tokens.is_empty())
        .collect();
    TextDoc {
        norm: text,
        map,
        sentences,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analyze_maps_tokens_back_to_the_original() {
        let orig = "BAGHDAD – Mustafa Al -Kazemi’s house was hit.\n\nHe left on Thursday.";
        let doc = analyze(orig);
        assert_eq!(doc.sentences.len(), 2);
        assert!(doc.norm.contains("Al-Kazemi's"), "{}", doc.norm);
        for s in &doc.sentences {
            for t in &s.tokens {
                let o = doc.to_original(t.span);
                let orig_tok = o.slice(orig);
                assert!(
                    !orig_tok.is_empty(),
                    "token {:?} maps to nothing",
                    t.span.slice(&doc.norm)
                );
            }
        }
        let kaz = doc.norm.find("Kazemi").unwrap();
        let o = doc.to_original(Span::new(kaz, kaz + 6));
        assert_eq!(o.slice(orig), "Kazemi");
        assert!(doc.starts_paragraph(1));
        assert!(doc.starts_paragraph(0));
    }
}
