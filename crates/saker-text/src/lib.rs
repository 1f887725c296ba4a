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
        .map(|span| {
            let mut s = Sentence {
                span,
                tokens: tokenize(span.slice(&text), span.start),
            };
            drop_wire_slug(&text, &mut s);
            s
        })
        .filter(|s| !s.tokens.is_empty())
        .collect();
    TextDoc {
        norm: text,
        map,
        sentences,
    }
}

/// Number of leading tokens of `s` that form a dateline — `BAGHDAD –`, `MOSUL, Iraq -`,
/// `BAGHDAD (Reuters) -`, `BEIRUT, Nov 17 (AFP) —` — or 0. A dateline opens with a word in
/// capitals of three or more letters (after an opening parenthesis: "(NEW YORK) —"), runs over at
/// most eight tokens of capitalised words,
/// numbers, commas and a parenthesised agency, and ends with a dash or colon followed by at least
/// three more tokens. It says where a report was filed; the parser is given the clause after it.
pub fn dateline_tokens(text: &str, s: &Sentence) -> usize {
    let words: Vec<&str> = s.tokens.iter().map(|t| t.span.slice(text)).collect();
    let caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && w.chars().all(|c| !c.is_lowercase())
    };
    // a dateline in parentheses: "(NEW YORK) — Police …"
    let start = usize::from(words.first() == Some(&"("));
    if !words.get(start).is_some_and(|w| caps(w)) {
        return 0;
    }
    let mut depth = start;
    for (i, w) in words.iter().enumerate().take(9 + start).skip(start + 1) {
        match *w {
            "-" | "–" | "—" | ":" if depth == 0 => {
                return if words.len() >= i + 4 { i + 1 } else { 0 };
            }
            "(" => depth += 1,
            ")" if depth > 0 => depth -= 1,
            "," | "." => {}
            _ => {
                let first_upper = w.chars().next().is_some_and(|c| c.is_uppercase());
                let number = w.chars().all(|c| c.is_ascii_digit());
                if !(first_upper || number) {
                    return 0;
                }
            }
        }
    }
    0
}

/// Wire-service slugs that head a story's headline (`UPDATE 2-`, `RPT-`, `WRAPUP 1-`): they say
/// how the story was filed, not what happened.
const WIRE_SLUGS: &[&str] = &[
    "ANALYSIS",
    "BRIEF",
    "CORRECTED",
    "EXCLUSIVE",
    "FACTBOX",
    "FOCUS",
    "INSIGHT",
    "INTERVIEW",
    "PREVIEW",
    "REFILE",
    "RPT",
    "TIMELINE",
    "UPDATE",
    "WRAPUP",
];

/// Takes wire-service slugs (`UPDATE 1-`, `RPT-UPDATE 2-`) off the start of a sentence, so that no
/// later stage reads `UPDATE` as an actor or a verb: a slug word from [`WIRE_SLUGS`] in capitals,
/// an optional number, then a hyphen written against it. The text itself is untouched; the
/// sentence just starts after the slug.
fn drop_wire_slug(text: &str, s: &mut Sentence) {
    let tok = |i: usize| s.tokens.get(i).map(|t| (t.span, t.span.slice(text)));
    let mut skip = 0;
    while let Some((_, w)) = tok(skip) {
        if !WIRE_SLUGS.contains(&w) {
            break;
        }
        let mut k = skip + 1;
        if tok(k).is_some_and(|(_, n)| n.bytes().all(|b| b.is_ascii_digit())) {
            k += 1;
        }
        let attached = match (tok(k - 1), tok(k)) {
            (Some((prev, _)), Some((dash, "-"))) => dash.start == prev.end,
            _ => false,
        };
        if !attached || tok(k + 1).is_none() {
            break;
        }
        skip = k + 1;
    }
    if skip > 0 {
        s.tokens.drain(..skip);
        if let Some(first) = s.tokens.first() {
            s.span = Span::new(first.span.start, s.span.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_are_found_at_the_head_of_a_sentence() {
        let n = |t: &str| {
            let doc = analyze(t);
            dateline_tokens(&doc.norm, &doc.sentences[0])
        };
        assert_eq!(n("BAGHDAD – The force received orders to leave."), 2);
        assert_eq!(
            n("MOSUL, Iraq - Gunmen attacked a checkpoint on Monday."),
            4
        );
        assert_eq!(n("BAGHDAD (Reuters) - Gunmen attacked a checkpoint."), 5);
        assert_eq!(n("BEIRUT, Nov 17 (AFP) — Protesters blocked roads."), 8);
        assert_eq!(n("(NEW YORK) — Police officers shot a man."), 5);
        assert_eq!(n("(Police) said nothing about the man."), 0);
        // Not datelines: no capitals, lower-case words before the dash, too little after it.
        assert_eq!(n("Baghdad – The force received orders to leave."), 0);
        assert_eq!(
            n("NATO said on Monday - and repeated - that talks go on."),
            0
        );
        assert_eq!(n("IRAQ - Attacks."), 0);
        assert_eq!(n("Police arrested two men."), 0);
    }

    #[test]
    fn wire_slugs_are_not_part_of_the_headline() {
        let first = |t: &str| {
            let doc = analyze(t);
            let s = &doc.sentences[0];
            (
                s.span.slice(&doc.norm).to_owned(),
                s.tokens[0].span.slice(&doc.norm).to_owned(),
            )
        };
        let (sent, tok) = first("UPDATE 1-Suicide car bomber kills at least 12 in Iraq");
        assert_eq!(
            (sent.as_str(), tok.as_str()),
            ("Suicide car bomber kills at least 12 in Iraq", "Suicide")
        );
        assert_eq!(first("RPT-UPDATE 2-Iraq army retakes town").1, "Iraq");
        assert_eq!(first("WRAPUP 3-Blasts kill 20 in Baghdad").1, "Blasts");
        // Not slugs: a dateline, a slug word used as a word, a slug with nothing after it.
        assert_eq!(first("BAGHDAD - The force withdrew.").1, "BAGHDAD");
        assert_eq!(first("UPDATE - talks resume").1, "UPDATE");
        assert_eq!(first("Analysis of the attack was published.").1, "Analysis");
        assert_eq!(first("UPDATE 1-").1, "UPDATE");
    }

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
