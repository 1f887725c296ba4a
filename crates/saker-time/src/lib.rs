//! Saker's `time` stage: temporal expressions in news, normalised to TIMEX3-style values against the
//! publication date (DCT), and the date that governs each event.
//!
//! * [`TimeTagger::find`] recognises dates, weekdays, parts of day, months, years, seasons, decades,
//!   quarters, relative expressions ("last month", "two days ago"), anchored ones ("the previous
//!   day"), durations (`P3W`), vague references (`PAST_REF`) and Islamic-calendar mentions, and
//!   resolves them with a news-aware past bias and the clause's tense.
//! * [`event_date`] picks the expression that governs an event.
//!
//! A cheap prefilter (Aho-Corasick over cue words, plus a digit check) skips sentences that cannot
//! hold an expression. See `docs/time.md` for conventions (e.g. `2022-11-17TMO` for "Thursday
//! morning", precision `day`).
#![warn(missing_docs)]

pub mod eval;
mod lexicon;
mod resolve;
mod scan;
mod tense;

pub use resolve::Tense;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use jiff::civil::Date;
use lexicon::Lexicon;
use saker_core::nlp::{DatePrecision, ParsedSentence, Sentence, Timex, TimexKind};
use saker_core::Span;
use scan::{tokenize_into, Matcher, Sem, Tok};

/// How many tokens before its first cue word an expression may start.
const LOOKBACK: usize = 5;
/// How many tokens before a number an expression may start.
const DIGIT_LOOKBACK: usize = 3;
/// Context tokenized before the first cue of a sentence (bytes).
const REGION_BEFORE: usize = 80;
/// Context tokenized after the last cue of a sentence (bytes).
const REGION_AFTER: usize = 120;

/// Position of the first ASCII digit in `bytes[from..to]`, eight bytes at a time.
fn find_digit(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while i + 8 <= to {
        let mut w = [0u8; 8];
        w.copy_from_slice(&bytes[i..i + 8]);
        // Bytes '0'..='9' become 0..=9 after xor 0x30; flag bytes below 10.
        let x = u64::from_le_bytes(w) ^ (0x30 * ONES);
        if x.wrapping_sub(10 * ONES) & !x & HIGHS != 0 {
            break;
        }
        i += 8;
    }
    bytes[i..to]
        .iter()
        .position(u8::is_ascii_digit)
        .map(|p| i + p)
}

/// A number token (`bytes[s..e]`, an alphanumeric run starting with a digit) that can be or
/// start a date or time on its own: a year (1000-2199), a decade ("1990s"), an ordinal day
/// ("17th"), a numeric date or clock time ("17/11/2022", "10:30"), or an hour before "a.m."/"pm".
/// Other numbers ("15 people", "$4.5") only count next to a cue word ("3 weeks").
fn date_number(bytes: &[u8], s: usize, e: usize) -> bool {
    let tok = &bytes[s..e];
    let nd = tok.iter().take_while(|c| c.is_ascii_digit()).count();
    let rest = &tok[nd..];
    let value = tok[..nd]
        .iter()
        .take(6)
        .fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
    if !rest.is_empty() {
        let r = rest.to_ascii_lowercase();
        return matches!(r.as_slice(), b"st" | b"nd" | b"rd" | b"th" | b"am" | b"pm")
            || (r == b"s" && (nd == 4 || nd == 2));
    }
    if nd == 4 && (1000..=2199).contains(&value) {
        return true;
    }
    // "Nov. 17", "Sept 5": a day after a short capitalised word.
    if nd <= 2 && s >= 3 {
        let mut k = s;
        while k > 0 && matches!(bytes[k - 1], b' ' | b'.') && s - k < 2 {
            k -= 1;
        }
        let word = bytes[..k]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        if k < s && (3..=4).contains(&word) && bytes[k - word].is_ascii_uppercase() {
            return true;
        }
    }
    let at = |i: usize| bytes.get(i).copied().unwrap_or(b' ');
    match at(e) {
        b':' => at(e + 1).is_ascii_digit(),
        sep @ (b'/' | b'-' | b'.') if at(e + 1).is_ascii_digit() => {
            let n2 = bytes[e + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            n2 <= 4 && at(e + 1 + n2) == sep && at(e + 2 + n2).is_ascii_digit()
        }
        _ => {
            let k = if at(e) == b' ' { e + 1 } else { e };
            matches!(at(k).to_ascii_lowercase(), b'a' | b'p')
                && (at(k + 1) == b'.' || at(k + 1).eq_ignore_ascii_case(&b'm'))
                && (at(k + 1).eq_ignore_ascii_case(&b'm') || at(k + 2).eq_ignore_ascii_case(&b'm'))
        }
    }
}

/// A number that is money, a percentage or part of a grouped/decimal number, never a date part
/// ("$4.5", "15%", "1,384,119").
fn is_quantity(toks: &[Tok<'_>], k: usize) -> bool {
    let tight = |j: usize| toks.get(j).is_some_and(|t| !t.gap);
    let text = |j: usize| toks.get(j).map_or("", |t| t.text);
    let prev = if k > 0 { text(k - 1) } else { "" };
    if tight(k) && matches!(prev, "$" | "£" | "€" | "#" | ",") {
        return true;
    }
    if tight(k) && prev == "." && k > 1 && toks[k - 2].num.is_some() && toks[k - 2].text.len() > 2 {
        return true;
    }
    let next = text(k + 1);
    (tight(k + 1)
        && (next == "%"
            || (next == "," && tight(k + 2) && toks.get(k + 2).is_some_and(|t| t.num.is_some()))))
        || next.eq_ignore_ascii_case("percent")
}

/// Start of the tokenized region: `want` moved back to a whitespace, not before `a`.
fn region_start(text: &str, a: usize, want: usize) -> usize {
    if want <= a {
        return a;
    }
    match text.as_bytes()[a..want]
        .iter()
        .rposition(u8::is_ascii_whitespace)
    {
        Some(p) => a + p + 1,
        None => a,
    }
}

/// End of the tokenized region: `want` moved forward to a whitespace, not after `b`.
fn region_end(text: &str, b: usize, want: usize) -> usize {
    if want >= b {
        return b;
    }
    match text.as_bytes()[want..b]
        .iter()
        .position(u8::is_ascii_whitespace)
    {
        Some(p) => want + p,
        None => b,
    }
}

/// The temporal-expression tagger. Build once with [`TimeTagger::new`] and share (`Send + Sync`).
#[derive(Debug)]
pub struct TimeTagger {
    lex: Lexicon,
    cues: AhoCorasick,
}

impl Default for TimeTagger {
    fn default() -> Self {
        TimeTagger::new()
    }
}

impl TimeTagger {
    /// Compiles the embedded word lists and the cue prefilter.
    pub fn new() -> TimeTagger {
        let lex = Lexicon::load();
        let cues = lex.cues();
        let cues = AhoCorasickBuilder::new()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(&cues)
            .expect("time cue automaton: embedded cue list must compile");
        TimeTagger { lex, cues }
    }

    fn may_start(&self, t: &Tok<'_>, senses: &[lexicon::Sense]) -> bool {
        let first = t.text.as_bytes().first().copied().unwrap_or(b' ');
        first.is_ascii_digit() || !senses.is_empty() || self.lex.is_starter(t.text)
    }

    /// Finds and resolves the temporal expressions of an article.
    ///
    /// `text` is the normalised article text, `sentences` index into it, `parses` (aligned with
    /// `sentences`) give tense when available; `dct` is the publication date.
    pub fn find(
        &self,
        text: &str,
        sentences: &[Sentence],
        parses: Option<&[ParsedSentence]>,
        dct: Date,
    ) -> Vec<Timex> {
        let mut out = Vec::new();
        let mut st = resolve::State::default();
        let mut toks: Vec<Tok<'_>> = Vec::new();
        let (mut hot, mut reach, mut need, mut sn) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        // Byte offsets of cue words, in text order (one pass over the whole text).
        let bytes = text.as_bytes();
        let hits: Vec<usize> = self
            .cues
            .find_iter(text)
            .map(|m| m.start())
            .filter(|&h| h == 0 || !bytes[h - 1].is_ascii_alphanumeric())
            .collect();
        let mut cursor = 0;
        for (si, s) in sentences.iter().enumerate() {
            let (a, b) = (s.span.start.min(text.len()), s.span.end.min(text.len()));
            if a >= b || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
                continue;
            }
            // Sentences come in text order: walk a cursor over the hits (binary search otherwise).
            if cursor > 0 && hits.get(cursor - 1).is_some_and(|&h| h >= a) {
                cursor = hits.partition_point(|&h| h < a);
            }
            while cursor < hits.len() && hits[cursor] < a {
                cursor += 1;
            }
            let lo = cursor;
            let mut hi = lo;
            while hi < hits.len() && hits[hi] < b {
                hi += 1;
            }
            let mut first_digit = None;
            let mut last_digit = None;
            let mut p = a;
            while let Some(s0) = find_digit(bytes, p, b) {
                let e0 = s0
                    + bytes[s0..b]
                        .iter()
                        .take_while(|c| c.is_ascii_alphanumeric())
                        .count();
                if (s0 == 0 || !bytes[s0 - 1].is_ascii_alphanumeric()) && date_number(bytes, s0, e0)
                {
                    first_digit.get_or_insert(s0);
                    last_digit = Some(s0);
                }
                p = e0.max(s0 + 1);
            }
            if lo == hi && first_digit.is_none() {
                continue;
            }
            let parse = parses
                .and_then(|p| p.get(si))
                .filter(|p| p.len() == s.tokens.len() && !p.is_empty());
            // Tokenize only the stretch around the cues (with some context either side).
            let first_hot = first_digit
                .into_iter()
                .chain(hits.get(lo).copied().filter(|_| lo < hi))
                .min()
                .unwrap_or(a);
            let last_hot = last_digit
                .into_iter()
                .chain(hits[lo..hi].last().copied())
                .max()
                .unwrap_or(b);
            let ra = region_start(text, a, first_hot.saturating_sub(REGION_BEFORE));
            let rb = region_end(text, b, last_hot + REGION_AFTER);
            tokenize_into(text, ra, rb, &mut toks);
            // Hot tokens: a cue word or a number. Expressions start at most LOOKBACK tokens
            // before their first hot token ("the past three years", "during his term"), and at most
            // DIGIT_LOOKBACK before a number ("up to 180 days").
            hot.clear();
            hot.resize(toks.len(), 0u8);
            for k in 0..toks.len() {
                if toks[k]
                    .text
                    .as_bytes()
                    .first()
                    .is_some_and(u8::is_ascii_digit)
                    && date_number(bytes, toks[k].start, toks[k].end)
                    && !is_quantity(&toks, k)
                {
                    hot[k] = DIGIT_LOOKBACK as u8;
                }
            }
            for &h in &hits[lo..hi] {
                let k = toks.partition_point(|t| t.end <= h);
                if let Some(flag) = hot.get_mut(k) {
                    *flag = LOOKBACK as u8;
                }
            }
            // reach[k]: some hot token within its lookback of k.
            reach.clear();
            reach.resize(toks.len(), false);
            need.clear();
            need.resize(toks.len(), false);
            for (k, &hk) in hot.iter().enumerate() {
                if hk > 0 {
                    let lb = usize::from(hk);
                    for r in reach.iter_mut().take(k + 1).skip(k.saturating_sub(lb)) {
                        *r = true;
                    }
                    let end = (k + 9).min(toks.len());
                    for n in need.iter_mut().take(end).skip(k.saturating_sub(lb + 2)) {
                        *n = true;
                    }
                }
            }
            sn.clear();
            sn.extend(toks.iter().zip(&need).map(|(t, &n)| {
                if n {
                    self.lex.senses(t.text)
                } else {
                    &[][..]
                }
            }));
            let m = Matcher {
                t: &toks,
                lex: &self.lex,
                sn: &sn,
            };
            let mut i = 0;
            while i < toks.len() {
                if !reach[i] || !self.may_start(&toks[i], sn[i]) {
                    i += 1;
                    continue;
                }
                let Some(c) = m.match_at(i) else {
                    i += 1;
                    continue;
                };
                if c.end <= c.first || c.end > toks.len() {
                    i += 1;
                    continue;
                }
                let before = if c.first > 0 {
                    toks[c.first - 1].text
                } else {
                    ""
                };
                let bare_in = before.eq_ignore_ascii_case("in");
                let deadline = ["by", "until", "till", "before"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(before));
                let tense = if deadline {
                    Tense::Future
                } else if needs_tense(&c.sem) {
                    let by_parse = parse.and_then(|p| {
                        let k = tense::token_at(s, toks[c.first].start)?;
                        tense::from_parse(p, k)
                    });
                    by_parse.unwrap_or_else(|| tense::lexical(&toks, c.first, c.end))
                } else {
                    Tense::Unknown
                };
                let sem = match c.sem {
                    Sem::YearAgo { .. } => {
                        let sent = &text[a..b];
                        let quarterly = sent.contains("quarter")
                            || sent.contains("period")
                            || sent.contains('$');
                        Sem::YearAgo { quarterly }
                    }
                    other => other,
                };
                if let Some(r) = resolve::resolve_in(&sem, dct, tense, &st, &self.lex, bare_in) {
                    if let Some(d) = r.anchor {
                        st.anchor = Some(d);
                    }
                    if let (Some(q), Sem::Quarter { .. } | Sem::YearQuarter { .. }) =
                        (parse_quarter(&r.value), &sem)
                    {
                        st.quarter = Some(q);
                    }
                    out.push(Timex {
                        span: Span::new(toks[c.first].start, toks[c.end - 1].end),
                        kind: r.kind,
                        value: r.value,
                        precision: r.precision,
                    });
                }
                i = c.end.max(i + 1);
            }
        }
        out
    }

    /// Like [`TimeTagger::find`] on raw text, splitting sentences naively (for evaluation and tests).
    pub fn find_in_text(&self, text: &str, dct: Date) -> Vec<Timex> {
        self.find(text, &split_sentences(text), None, dct)
    }
}

fn parse_quarter(v: &str) -> Option<(i32, u32)> {
    let (y, q) = v.split_once("-Q")?;
    if y.len() != 4 || q.len() != 1 {
        return None;
    }
    Some((y.parse().ok()?, q.parse().ok()?))
}

fn needs_tense(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::Date { .. }
            | Sem::Weekday { .. }
            | Sem::Season { .. }
            | Sem::Quarter { .. }
            | Sem::Islamic { .. }
            | Sem::Clock { .. }
            | Sem::Holiday { .. }
            | Sem::Rel {
                unit: lexicon::Unit::Weekend,
                ..
            }
    )
}

/// Naive sentence split: at newlines and after `.`/`!`/`?` followed by whitespace and a capital
/// letter or quote. Sentences carry no tokens.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut push = |s: usize, e: usize| {
        if e > s && !text[s..e].trim().is_empty() {
            out.push(Sentence {
                span: Span::new(s, e),
                tokens: Vec::new(),
            });
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            push(start, i);
            start = i + 1;
        } else if matches!(b, b'.' | b'!' | b'?') && i + 2 < bytes.len() && bytes[i + 1] == b' ' {
            let n = bytes[i + 2];
            // "Nov. 17" and "U.S. officials" stay together unless a capital follows a long word.
            let word_len = text[start..i]
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .map_or(0, str::len);
            if (n.is_ascii_uppercase() || n == b'"') && (word_len > 3 || b != b'.') {
                push(start, i + 1);
                start = i + 2;
                i += 2;
                continue;
            }
        }
        i += 1;
    }
    push(start, text.len());
    out
}

fn is_point(t: &Timex) -> bool {
    matches!(t.kind, TimexKind::Date | TimexKind::Time)
        && !matches!(t.precision, DatePrecision::Vague)
}

/// Index of the timex that governs an event, or `None` (the pipeline then uses the publication date
/// with precision `Publication`).
///
/// Order: syntactic attachment (the timex is in the trigger's dependency subtree, nearest in the
/// tree first), then the same sentence (nearest, preferring dates and times over durations and vague
/// references), then earlier sentences of the paragraph (a gap of more than one byte between
/// sentences counts as a paragraph break; use [`event_date_in`] when the text is at hand).
pub fn event_date(
    ev_sentence: usize,
    trigger_token: usize,
    sentences: &[Sentence],
    parses: Option<&[ParsedSentence]>,
    timexes: &[Timex],
) -> Option<usize> {
    event_date_impl(
        ev_sentence,
        trigger_token,
        sentences,
        parses,
        timexes,
        |prev, next| next.span.start.saturating_sub(prev.span.end) > 1,
    )
}

/// [`event_date`] with the text, so paragraph breaks are the newlines between sentences.
pub fn event_date_in(
    text: &str,
    ev_sentence: usize,
    trigger_token: usize,
    sentences: &[Sentence],
    parses: Option<&[ParsedSentence]>,
    timexes: &[Timex],
) -> Option<usize> {
    event_date_impl(
        ev_sentence,
        trigger_token,
        sentences,
        parses,
        timexes,
        |prev, next| {
            text.get(prev.span.end..next.span.start)
                .is_some_and(|g| g.contains('\n'))
        },
    )
}

fn event_date_impl(
    ev_sentence: usize,
    trigger_token: usize,
    sentences: &[Sentence],
    parses: Option<&[ParsedSentence]>,
    timexes: &[Timex],
    breaks: impl Fn(&Sentence, &Sentence) -> bool,
) -> Option<usize> {
    let sent = sentences.get(ev_sentence)?;
    let in_sentence: Vec<usize> = (0..timexes.len())
        .filter(|&k| sent.span.contains(&timexes[k].span))
        .collect();
    let trig_pos = sent
        .tokens
        .get(trigger_token)
        .map_or(sent.span.start, |t| t.span.start);
    // 1. syntax
    if let Some(p) = parses
        .and_then(|p| p.get(ev_sentence))
        .filter(|p| p.len() == sent.tokens.len())
    {
        let mut best: Option<(usize, usize)> = None;
        for &k in &in_sentence {
            let toks: Vec<usize> = (0..sent.tokens.len())
                .filter(|&j| sent.tokens[j].span.overlaps(&timexes[k].span))
                .collect();
            for j in toks {
                let mut cur = j;
                let mut depth = 0;
                let mut found = false;
                while depth <= p.len() {
                    if cur == trigger_token {
                        found = true;
                        break;
                    }
                    match p[cur].head {
                        0 => break,
                        h => cur = h - 1,
                    }
                    depth += 1;
                }
                if found && depth > 0 && best.is_none_or(|(bd, _)| depth < bd) {
                    best = Some((depth, k));
                }
            }
        }
        if let Some((_, k)) = best {
            return Some(k);
        }
    }
    // 2. same sentence
    let dist = |k: usize| {
        let t = &timexes[k].span;
        let d = if t.start >= trig_pos {
            t.start - trig_pos
        } else {
            trig_pos - t.end.min(trig_pos)
        };
        (!is_point(&timexes[k]), d)
    };
    if let Some(&k) = in_sentence.iter().min_by_key(|&&k| dist(k)) {
        return Some(k);
    }
    // 3. paragraph
    let mut si = ev_sentence;
    while si > 0 {
        let (prev, next) = (&sentences[si - 1], &sentences[si]);
        if breaks(prev, next) {
            break;
        }
        si -= 1;
        if let Some(k) = (0..timexes.len())
            .rfind(|&k| prev.span.contains(&timexes[k].span) && is_point(&timexes[k]))
        {
            return Some(k);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagger_is_send_sync() {
        fn ok<T: Send + Sync>() {}
        ok::<TimeTagger>();
    }

    #[test]
    fn naive_split_keeps_abbreviations() {
        let t = "It happened on Nov. 17, 2022. Then he left.\nNew line";
        let s = split_sentences(t);
        let parts: Vec<&str> = s.iter().map(|s| s.span.slice(t)).collect();
        assert_eq!(
            parts,
            ["It happened on Nov. 17, 2022.", "Then he left.", "New line"]
        );
    }
}
