//! Tense of the clause around an expression: from the dependency parse when there is one, else from
//! cheap lexical cues ("will", "has been", past-tense "-ed" verbs).

use crate::lexicon::FastMap;
use crate::resolve::Tense;
use crate::scan::Tok;
use saker_core::nlp::{ParsedSentence, Sentence, Upos};
use std::sync::OnceLock;

const PAST_WORDS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "been",
    "said",
    "told",
    "went",
    "came",
    "took",
    "made",
    "gave",
    "held",
    "met",
    "left",
    "began",
    "fought",
    "struck",
    "shot",
    "won",
    "lost",
    "saw",
    "fled",
    "sent",
    "led",
    "brought",
    "kept",
    "spent",
    "paid",
    "built",
    "stole",
    "fell",
    "rose",
    "ran",
    "became",
    "knew",
    "thought",
    "found",
    "wrote",
    "spoke",
    "broke",
    "chose",
    "drove",
    "flew",
    "forgot",
    "froze",
    "got",
    "grew",
    "hid",
    "hung",
    "laid",
    "lay",
    "meant",
    "paid",
    "rang",
    "sat",
    "sold",
    "stood",
    "swore",
    "taught",
    "threw",
    "understood",
    "woke",
    "wore",
    "arose",
    "sought",
    "seized",
    "caught",
];
const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "ll",
    "upcoming",
    "scheduled",
    "expected",
    "plans",
    "planned",
    "intends",
    "tomorrow",
];
const NOT_PAST_ED: &[&str] = &[
    "need",
    "speed",
    "indeed",
    "hundred",
    "red",
    "bed",
    "seed",
    "feed",
    "breed",
    "creed",
    "greed",
    "shed",
    "embed",
    "proceed",
    "exceed",
    "succeed",
    "wed",
    "armed",
    "united",
    "based",
    "related",
    "limited",
    "concerned",
    "unnamed",
    "alleged",
    "advanced",
    "supposed",
    "interested",
    "detailed",
    "required",
    "expected",
    "scheduled",
    "planned",
    "continued",
    "sacred",
    "wicked",
    "naked",
    "aged",
    "learned",
    "beloved",
    "blessed",
    "ragged",
    "rugged",
];

/// How far (in tokens) a lexical tense cue may be from the expression.
const WINDOW: usize = 8;
/// Future cues must be closer: "will" far away often governs another clause.
const FUTURE_WINDOW: usize = 6;
/// Reporting verbs govern the report, not the reported event.
const REPORTING: &[&str] = &[
    "said",
    "told",
    "added",
    "stated",
    "reported",
    "announced",
    "claimed",
    "noted",
];

/// What a word says about tense: `Some(None)` = listed but no cue (reporting verbs, "-ed" words
/// that are not verbs), `None` = not listed.
fn cue_table() -> &'static FastMap<&'static str, Option<Tense>> {
    static T: OnceLock<FastMap<&'static str, Option<Tense>>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = FastMap::default();
        for w in NOT_PAST_ED.iter().chain(REPORTING) {
            m.insert(*w, None);
        }
        for w in PAST_WORDS {
            m.insert(*w, Some(Tense::Past));
        }
        for w in ["is", "are", "am"] {
            m.insert(w, Some(Tense::Present));
        }
        for w in FUTURE_WORDS {
            m.insert(*w, Some(Tense::Future));
        }
        m
    })
}

/// The tense cue of one word, if any.
fn word_cue(w: &str) -> Option<Tense> {
    if w.len() < 2 || w.len() > 16 || !w.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 16];
    let b = &mut buf[..w.len()];
    b.copy_from_slice(w.as_bytes());
    b.make_ascii_lowercase();
    let lw = std::str::from_utf8(b).unwrap_or("");
    if let Some(c) = cue_table().get(lw) {
        return *c;
    }
    (lw.len() >= 5 && lw.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()))
        .then_some(Tense::Past)
}

/// Tense from lexical cues: the cue nearest to tokens `first..end` wins; future wins ties.
pub(crate) fn lexical(toks: &[Tok<'_>], first: usize, end: usize) -> Tense {
    let mut best: Option<(usize, Tense)> = None;
    for (k, t) in toks.iter().enumerate() {
        if (k >= first && k < end) || k + WINDOW < first || k >= end + WINDOW {
            continue;
        }
        let w = t.text;
        let going_to = w.eq_ignore_ascii_case("going")
            && toks
                .get(k + 1)
                .is_some_and(|n| n.text.eq_ignore_ascii_case("to"));
        let tense = match (going_to, word_cue(w)) {
            (true, _) => Tense::Future,
            // "will be held", "to be released": a participle after "be" is not a past cue.
            (false, Some(Tense::Past))
                if k > 0
                    && ["be", "being", "to"]
                        .iter()
                        .any(|p| p.eq_ignore_ascii_case(toks[k - 1].text)) =>
            {
                continue
            }
            (false, Some(t)) => t,
            (false, None) => continue,
        };
        let dist = if k < first { first - k } else { k + 1 - end };
        if tense == Tense::Future && dist > FUTURE_WINDOW {
            continue;
        }
        // Present-tense cues only count when close; "has been" is past, caught by "been".
        let dist = if tense == Tense::Present {
            dist * 2
        } else {
            dist
        };
        let better = match best {
            None => true,
            Some((bd, bt)) => {
                dist < bd || (dist == bd && tense == Tense::Future && bt != Tense::Future)
            }
        };
        if better {
            best = Some((dist, tense));
        }
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

/// Tense of the verb governing the sentence token `tok` in `parse`, or `None` when the parse says
/// nothing decisive.
pub(crate) fn from_parse(parse: &ParsedSentence, tok: usize) -> Option<Tense> {
    let mut cur = parse.get(tok)?.head.checked_sub(1)?;
    for _ in 0..parse.len().min(32) {
        let node = parse.get(cur)?;
        let is_verbal = matches!(node.upos, Upos::Verb | Upos::Aux) || node.xpos.starts_with("VB");
        if is_verbal || node.head == 0 {
            let auxes: Vec<&saker_core::nlp::TokenSyntax> = parse
                .iter()
                .filter(|c| c.head == cur + 1 && c.deprel.starts_with("aux"))
                .collect();
            if auxes
                .iter()
                .any(|a| matches!(a.lemma.as_str(), "will" | "shall" | "'ll" | "wo"))
            {
                return Some(Tense::Future);
            }
            if auxes.iter().any(|a| a.lemma == "have") && node.xpos == "VBN" {
                return Some(Tense::Past);
            }
            if node.xpos == "VBD" || auxes.iter().any(|a| a.xpos == "VBD") {
                return Some(Tense::Past);
            }
            if matches!(node.xpos.as_str(), "VBZ" | "VBP")
                || auxes
                    .iter()
                    .any(|a| matches!(a.xpos.as_str(), "VBZ" | "VBP"))
            {
                return Some(Tense::Present);
            }
            if auxes.iter().any(|a| a.xpos == "MD") {
                return Some(Tense::Unknown);
            }
        }
        if node.head == 0 {
            return None;
        }
        cur = node.head - 1;
    }
    None
}

/// Index of the sentence token that contains byte `pos`.
pub(crate) fn token_at(sentence: &Sentence, pos: usize) -> Option<usize> {
    sentence
        .tokens
        .iter()
        .position(|t| t.span.start <= pos && pos < t.span.end.max(t.span.start + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::tokenize;
    use saker_core::nlp::TokenSyntax;

    fn tense_of(text: &str, word: &str) -> Tense {
        let toks = tokenize(text, 0, text.len());
        let k = toks
            .iter()
            .position(|t| t.text == word)
            .expect("word in test sentence");
        lexical(&toks, k, k + 1)
    }

    #[test]
    fn lexical_cues() {
        assert_eq!(
            tense_of("Militias attacked the house in November.", "November"),
            Tense::Past
        );
        assert_eq!(
            tense_of("The minister will visit Baghdad in November.", "November"),
            Tense::Future
        );
        assert_eq!(
            tense_of("He has been released on Friday.", "Friday"),
            Tense::Past
        );
        assert_eq!(
            tense_of("Prices rise in November.", "November"),
            Tense::Unknown
        );
        assert_eq!(
            tense_of("The need in November.", "November"),
            Tense::Unknown
        );
    }

    fn ts(upos: Upos, xpos: &str, lemma: &str, head: usize, deprel: &str) -> TokenSyntax {
        TokenSyntax {
            upos,
            xpos: xpos.into(),
            lemma: lemma.into(),
            head,
            deprel: deprel.into(),
        }
    }

    #[test]
    fn parse_tense() {
        // They will attack on Friday
        let p = vec![
            ts(Upos::Pron, "PRP", "they", 3, "nsubj"),
            ts(Upos::Aux, "MD", "will", 3, "aux"),
            ts(Upos::Verb, "VB", "attack", 0, "root"),
            ts(Upos::Adp, "IN", "on", 5, "case"),
            ts(Upos::Propn, "NNP", "Friday", 3, "obl"),
        ];
        assert_eq!(from_parse(&p, 4), Some(Tense::Future));
        let mut q = p.clone();
        q.remove(1);
        q[0].head = 2;
        q[1].xpos = "VBD".into();
        q[2].head = 4;
        q[3].head = 2;
        assert_eq!(from_parse(&q, 3), Some(Tense::Past));
    }
}
