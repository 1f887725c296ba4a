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
    "bought",
    "bore",
    "drew",
    "dealt",
    "felt",
    "heard",
    "lent",
    "overcame",
    "rode",
    "sang",
    "sank",
    "shook",
    "slept",
    "slid",
    "sprang",
    "stuck",
    "swept",
    "swung",
    "tore",
    "withdrew",
    "underwent",
    "undertook",
    "upheld",
    "overthrew",
    "withheld",
    "foresaw",
    "mistook",
    "rebuilt",
    "ate",
    "drank",
    "dug",
    "fed",
    "forbade",
    "forgave",
    "strove",
    "clung",
    "crept",
    "flung",
    "bled",
    "blew",
    "awoke",
    "overtook",
    "shone",
    "ago",
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
    "payable",
    "slated",
    "poised",
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
    // Nearest reporting verb ("announced"): a past cue only when nothing else speaks.
    let mut reported = false;
    // "On Tuesday, the National Abortion Rights Action League plans to ...": an expression that
    // opens the sentence is governed by the main verb after the subject, further away.
    let opening = first <= 1 && toks.get(end).is_some_and(|t| t.text == ",");
    let (window, future_window) = if opening {
        (WINDOW + 4, WINDOW + 4)
    } else {
        (WINDOW, FUTURE_WINDOW)
    };
    let lo = first.saturating_sub(window);
    let hi = (end + window).min(toks.len());
    for (k, t) in toks.iter().enumerate().take(hi).skip(lo) {
        if k >= first && k < end {
            continue;
        }
        let w = t.text;
        if is_plan_noun(toks, k) {
            continue;
        }
        let going_to = future_to(toks, k);
        reported |= !going_to && is_reporting(w);
        let tense = match (going_to, word_cue(w)) {
            (true, _) => Tense::Future,
            // "will be held", "to be released": a participle after "be" is not a past cue.
            (false, Some(Tense::Past))
                if k > 0
                    && [
                        "be", "being", "been", "is", "are", "am", "was", "were", "to",
                    ]
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(toks[k - 1].text)) =>
            {
                continue
            }
            (false, Some(t)) => t,
            (false, None) => continue,
        };
        let dist = dist_to(k, first, end);
        if tense == Tense::Future && dist > future_window {
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
    match best {
        Some((_, t)) => t,
        None if reported => Tense::Past,
        None => Tense::Unknown,
    }
}

/// A past auxiliary ("had", "was", "were", "did", "been") within the lexical window: the clause
/// is firmly in the past even when a deadline word ("by Wednesday") precedes the expression.
pub(crate) fn past_aux(toks: &[Tok<'_>], first: usize, end: usize) -> bool {
    let lo = first.saturating_sub(WINDOW);
    let hi = (end + WINDOW).min(toks.len());
    toks.iter().enumerate().take(hi).skip(lo).any(|(k, t)| {
        !(first..end).contains(&k)
            && ["had", "was", "were", "did", "been"]
                .iter()
                .any(|a| a.eq_ignore_ascii_case(t.text))
    })
}

/// Token distance from `k` to the expression `first..end`.
fn dist_to(k: usize, first: usize, end: usize) -> usize {
    if k < first {
        first - k
    } else {
        (k + 1).saturating_sub(end)
    }
}

/// "announced plans", "vacation plans for", "the hastily planned trip": the noun or adjective,
/// not the future verb ("plans to", "is planned for").
fn is_plan_noun(toks: &[Tok<'_>], k: usize) -> bool {
    const BEFORE: &[&str] = &[
        "the",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "new",
        "any",
        "no",
        "of",
        "with",
        "about",
        "unveiled",
        "announced",
        "outlined",
        "disclosed",
    ];
    let w = toks[k].text;
    if !(w.eq_ignore_ascii_case("plans") || w.eq_ignore_ascii_case("planned")) || k == 0 {
        return false;
    }
    let prev = toks[k - 1].text;
    let next = toks.get(k + 1).map_or("", |t| t.text);
    let be = ["is", "are", "was", "were", "be", "been"]
        .iter()
        .any(|b| b.eq_ignore_ascii_case(prev));
    !(next.eq_ignore_ascii_case("to") || be)
        || prev.ends_with("ly")
        || BEFORE.iter().any(|b| b.eq_ignore_ascii_case(prev))
}

fn is_reporting(w: &str) -> bool {
    // Every listed reporting verb that is not a past cue of its own ends in "-ed".
    w.len() >= 5
        && w.as_bytes()[w.len() - 2..].eq_ignore_ascii_case(b"ed")
        && REPORTING.iter().any(|r| r.eq_ignore_ascii_case(w))
}

/// A future construction starting at token `k`: "going to", "set to", "is/are to", "is due to".
fn future_to(toks: &[Tok<'_>], k: usize) -> bool {
    let is = |j: usize, w: &str| toks.get(j).is_some_and(|t| t.text.eq_ignore_ascii_case(w));
    if !is(k + 1, "to") {
        return false;
    }
    let be_before = k > 0 && ["is", "are", "be"].iter().any(|b| is(k - 1, b));
    ["going", "set", "is", "are"].iter().any(|w| is(k, w)) || (is(k, "due") && be_before)
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
