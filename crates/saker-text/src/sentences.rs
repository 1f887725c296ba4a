//! Sentence splitting for news text.
//!
//! Rules, in order:
//! * a blank line always ends a sentence; a single line break does too, unless the text clearly
//!   runs on (the line ends in a lower-case letter or comma and the next starts lower-case) — so
//!   headlines and datelines without a final period stand alone, and hard-wrapped text does not
//!   break mid-sentence;
//! * `.`, `!`, `?` (and runs like `?!`, `...`) end a sentence when followed by closing quotes or
//!   brackets, then space, then something that can start a sentence (upper-case letter, digit,
//!   opening quote or bracket);
//! * after a title (`Gen.`, `Mr.`, `Dr.`) a period never ends a sentence; after another
//!   abbreviation, initial or dotted acronym (`Inc.`, `U.S.`, `a.m.`, `J.`) it does only when the
//!   next word is a typical sentence opener (`The`, `He`, `But`, …).
//!
//! A dateline (`BAGHDAD - The force …`) has no terminator and stays at the head of its sentence.

use saker_core::Span;

/// Abbreviations that are always followed by a name or number: a period after them never ends a
/// sentence (lower-case, without the final period).
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
    "pvt", "adm", "cmdr", "cdr", "brig", "sen", "rep", "gov", "pres", "prof", "rev", "hon", "st",
    "mt", "ft", "fr", "no", "nos", "vs", "v", "e.g", "i.e", "cf", "approx", "fig", "vol", "pp",
    "sr", "jr", "op", "lieut", "supt", "insp", "det", "amb", "atty", "sheikh",
];

/// Abbreviations that may also end a sentence (lower-case, without the final period).
const OTHER_ABBREVIATIONS: &[&str] = &[
    "inc", "co", "corp", "ltd", "llc", "plc", "etc", "al", "dept", "univ", "est", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "a.m", "p.m", "u.s", "u.n", "u.k", "e.u",
    "d.c", "ph.d", "b.c", "a.d", "mins", "hrs", "km", "kg",
];

/// Words that typically open a sentence; they let a period after an ambiguous abbreviation end
/// the sentence (`… in the U.S. The …`).
const OPENERS: &[&str] = &[
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "according",
    "after",
    "before",
    "however",
    "meanwhile",
    "also",
    "if",
    "when",
    "while",
    "as",
    "since",
    "although",
    "despite",
    "during",
    "for",
    "earlier",
    "later",
    "last",
    "on",
    "some",
    "many",
    "most",
    "one",
    "two",
    "what",
    "who",
    "why",
    "how",
    "so",
    "yet",
    "then",
    "now",
    "no",
];

/// True when `word` (without its final period) is a known abbreviation, a single-letter initial
/// or a dotted acronym (`U.S`, `a.m`).
pub fn is_abbreviation(word: &str) -> bool {
    let lw = lowered(word);
    if abbreviations().contains(lw.as_ref()) {
        return true;
    }
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => c.is_alphabetic(),
        _ => is_dotted_acronym(word),
    }
}

/// [`TITLES`] and [`OTHER_ABBREVIATIONS`] as one set (looked up for every word before a period).
fn abbreviations() -> &'static saker_core::hash::FastSet<&'static str> {
    static SET: std::sync::OnceLock<saker_core::hash::FastSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| TITLES.iter().chain(OTHER_ABBREVIATIONS).copied().collect())
}

/// `w.to_lowercase()`, borrowed when that is `w` itself (ASCII without capitals).
fn lowered(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(w)
    } else {
        std::borrow::Cow::Owned(w.to_lowercase())
    }
}

/// `U.S`, `a.m`, `U.N.S.C`: letters separated by single periods.
fn is_dotted_acronym(w: &str) -> bool {
    let parts: Vec<&str> = w.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

fn is_title(word: &str) -> bool {
    TITLES.contains(&word.to_lowercase().as_str())
}

/// Splits `text` into sentence spans (trimmed of surrounding whitespace, never empty).
pub fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for (ls, le) in blocks(text) {
        split_block(text, ls, le, &mut out);
    }
    out
}

/// Splits the text into blocks at line breaks that end sentences.
fn blocks(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(off) = text[i..].find('\n') {
        let nl = i + off;
        let mut j = nl + 1;
        while j < bytes.len() && (bytes[j] == b'\n' || bytes[j] == b' ') {
            j += 1;
        }
        let blank = text[nl + 1..j].contains('\n');
        let prev = text[..nl].chars().next_back();
        let next = text[j..].chars().next();
        let runs_on = !blank
            && prev.is_some_and(|c| c.is_lowercase() || c == ',')
            && next.is_some_and(char::is_lowercase);
        if !runs_on {
            out.push((start, nl));
            start = j;
        }
        i = j.max(nl + 1);
        if i >= text.len() {
            break;
        }
    }
    out.push((start, text.len()));
    out
}

fn push_trimmed(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let seg = &text[s..e];
    let lead = seg.len() - seg.trim_start().len();
    let trail = seg.len() - seg.trim_end().len();
    if s + lead < e - trail {
        out.push(Span::new(s + lead, e - trail));
    }
}

fn split_block(text: &str, bs: usize, be: usize, out: &mut Vec<Span>) {
    let block = &text[bs..be];
    let b = block.as_bytes();
    let mut sent_start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if !matches!(c, b'.' | b'!' | b'?') {
            i += 1;
            continue;
        }
        let term_start = i;
        while i < b.len() && matches!(b[i], b'.' | b'!' | b'?') {
            i += 1;
        }
        // closing quotes and brackets belong to the sentence
        while i < b.len() && matches!(b[i], b'"' | b'\'' | b')' | b']') {
            i += 1;
        }
        let end = i;
        if end < b.len() && b[end] != b' ' {
            continue;
        }
        let mut j = end;
        while j < b.len() && b[j] == b' ' {
            j += 1;
        }
        if j >= b.len() {
            break;
        }
        let next_char = block[j..].chars().next().unwrap_or(' ');
        let next_word: String = block[j..]
            .trim_start_matches(['"', '\'', '(', '['])
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        let can_start = next_char.is_uppercase()
            || next_char.is_ascii_digit()
            || matches!(next_char, '"' | '\'' | '(' | '[')
            || !next_char.is_lowercase() && !next_char.is_alphanumeric() && next_char != ',';
        if !can_start {
            continue;
        }
        let only_period = block[term_start..end].trim_end_matches(['"', '\'', ')', ']']) == ".";
        if only_period && end == term_start + 1 {
            let word_start = block[..term_start]
                .rfind([' ', '(', '"', '\''])
                .map_or(0, |p| p + 1);
            let word = &block[word_start..term_start];
            if is_title(word) {
                continue;
            }
            if is_abbreviation(word) {
                let opener = OPENERS.contains(&next_word.to_lowercase().as_str())
                    && next_char.is_uppercase();
                if !opener {
                    continue;
                }
            }
        }
        push_trimmed(text, bs + sent_start, bs + end, out);
        sent_start = j;
        i = j;
    }
    push_trimmed(text, bs + sent_start, be, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_found_in_any_case() {
        assert!(is_abbreviation("Dr"));
        assert!(is_abbreviation("dr"));
        assert!(is_abbreviation("DR"));
        assert!(is_abbreviation("x"));
        assert!(is_abbreviation("U.S"));
        assert!(!is_abbreviation("word"));
        assert!(!is_abbreviation("Ünited"));
        assert!(!is_abbreviation(""));
    }
    use proptest::prelude::*;

    fn sents(s: &str) -> Vec<&str> {
        split(s).iter().map(|sp| sp.slice(s)).collect()
    }

    #[test]
    fn headline_and_dateline() {
        let t = "Orders to abstract Al-Kazemi from his protection\n\nBAGHDAD - The force received orders. It left.";
        assert_eq!(
            sents(t),
            [
                "Orders to abstract Al-Kazemi from his protection",
                "BAGHDAD - The force received orders.",
                "It left."
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            sents("Gen. Smith met Mr. J. Doe at 10 a.m. on Monday. The U.S. Army left."),
            [
                "Gen. Smith met Mr. J. Doe at 10 a.m. on Monday.",
                "The U.S. Army left."
            ]
        );
        assert_eq!(
            sents("He lives in the U.S. The war ended."),
            ["He lives in the U.S.", "The war ended."]
        );
        assert_eq!(
            sents("It cost $3.5 million. No. 5 won."),
            ["It cost $3.5 million.", "No. 5 won."]
        );
    }

    #[test]
    fn quotes_and_runs() {
        assert_eq!(
            sents("He called them \"spies.\" The group denied it! Why? \"Nobody knows,\" he said."),
            [
                "He called them \"spies.\"",
                "The group denied it!",
                "Why?",
                "\"Nobody knows,\" he said."
            ]
        );
        assert_eq!(sents("in July 2020.."), ["in July 2020.."]);
        assert_eq!(sents("Wait... They came."), ["Wait...", "They came."]);
    }

    #[test]
    fn wrapped_lines_run_on() {
        assert_eq!(
            sents("The militia said it would\ncontinue the fight. Police left."),
            [
                "The militia said it would\ncontinue the fight.",
                "Police left."
            ]
        );
    }

    proptest! {
        #[test]
        fn spans_are_trimmed_ordered_and_nonempty(s in "[A-Za-z .!?\"\n]{0,120}|\\PC{0,60}") {
            let sp = split(&s);
            let mut last = 0;
            for x in sp {
                prop_assert!(x.start >= last && x.end > x.start);
                let t = x.slice(&s);
                prop_assert_eq!(t, t.trim());
                last = x.end;
            }
        }
    }
}
