//! Saker's `time` stage: temporal expressions in news, normalised to TIMEX3-style values against the
//! publication date (DCT), and the date that governs each event.
//!
//! * [`TimeTagger::find`] recognises dates, weekdays, parts of day, months, years, seasons, decades,
//!   quarters, relative expressions ("last month", "two days ago"), anchored ones ("the previous
//!   day"), durations (`P3W`), vague references (`PAST_REF`) and Islamic-calendar mentions, and
//!   resolves them with a news-aware past bias and the clause's tense.
//! * [`event_date`] picks the expression that governs an event.
//!
//! A cheap prefilter (a word-start scan for cue words, plus a digit check) skips sentences that cannot
//! hold an expression. See `docs/time.md` for conventions (e.g. `2022-11-17TMO` for "Thursday
//! morning", precision `day`).
#![warn(missing_docs)]

pub mod eval;
mod lexicon;
mod modifier;
mod resolve;
mod scan;
mod tense;

use resolve::Period;
pub use resolve::Tense;

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

/// The prefilter's cue words, bucketed by their first two (lower-case ASCII) letters, with a bitmap
/// of their first three letters to reject most words at once. A cue is a hit where it starts a word
/// (it may be the start of a longer word: "month" in "months").
#[derive(Debug)]
struct CueIndex {
    /// `26 * 26` buckets of cue words (lower case), longest first.
    buckets: Vec<Vec<Box<[u8]>>>,
    /// Bit `26 * 26 * a + 26 * b + c` is set when some cue starts with the letters `a b c`.
    trigrams: Vec<u64>,
}

/// Index of a lower-cased ASCII letter, or `None`.
fn letter(c: u8) -> Option<usize> {
    let l = c | 0x20;
    l.is_ascii_lowercase().then(|| usize::from(l - b'a'))
}

impl CueIndex {
    fn new(cues: &[String]) -> CueIndex {
        let mut buckets: Vec<Vec<Box<[u8]>>> = vec![Vec::new(); 26 * 26];
        let mut trigrams = vec![0u64; (26usize * 26 * 26).div_ceil(64)];
        for c in cues {
            let b = c.as_bytes();
            let (Some(x), Some(y), Some(z)) = (
                b.first().and_then(|&c| letter(c)),
                b.get(1).and_then(|&c| letter(c)),
                b.get(2).and_then(|&c| letter(c)),
            ) else {
                continue;
            };
            buckets[x * 26 + y].push(b.to_ascii_lowercase().into_boxed_slice());
            let t = (x * 26 + y) * 26 + z;
            trigrams[t / 64] |= 1 << (t % 64);
        }
        for b in &mut buckets {
            b.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        CueIndex { buckets, trigrams }
    }

    /// Byte offsets of the word starts where a cue begins, in text order: one pass that jumps from
    /// word to word.
    fn hits(&self, bytes: &[u8]) -> Vec<usize> {
        let mut out = Vec::new();
        let n = bytes.len();
        let mut i = 0;
        while i + 3 <= n {
            let c = bytes[i];
            if !c.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            if let (Some(x), Some(y), Some(z)) =
                (letter(c), letter(bytes[i + 1]), letter(bytes[i + 2]))
            {
                let t = (x * 26 + y) * 26 + z;
                if self.trigrams[t / 64] & (1 << (t % 64)) != 0 {
                    let rest = &bytes[i..];
                    if self.buckets[x * 26 + y]
                        .iter()
                        .any(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w))
                    {
                        out.push(i);
                    }
                }
            }
            i += 1;
            while i < n && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
        }
        out
    }
}

/// The temporal-expression tagger. Build once with [`TimeTagger::new`] and share (`Send + Sync`).
#[derive(Debug)]
pub struct TimeTagger {
    lex: Lexicon,
    cues: CueIndex,
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
        let cues = CueIndex::new(&lex.cues());
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
        let hits = self.cues.hits(bytes);
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
                let lead = lead_in(&toks, c.first, &c.sem);
                let tense = if needs_tense(&c.sem) || lead != LeadIn::None {
                    let by_parse = parse.and_then(|p| {
                        let k = tense::token_at(s, toks[c.first].start)?;
                        tense::from_parse(p, k)
                    });
                    let t = by_parse.unwrap_or_else(|| tense::lexical(&toks, c.first, c.end));
                    match lead {
                        LeadIn::Future => Tense::Future,
                        LeadIn::Deadline if !tense::past_aux(&toks, c.first, c.end) => {
                            Tense::Future
                        }
                        _ => t,
                    }
                } else {
                    Tense::Unknown
                };
                let sem = c.sem;
                if matches!(sem, Sem::YearAgo | Sem::YearPeriod(_)) {
                    st.period = period_of(&text[a..b]);
                }
                let resolved = appositive_day(text, &toks, c.first, &sem, out.last())
                    .or_else(|| resolve::resolve_in(&sem, dct, tense, &st, &self.lex, bare_in));
                if let Some(r) = resolved {
                    if let Some(d) = r.anchor {
                        st.anchor = Some(d);
                    }
                    if let (
                        Some(q),
                        Sem::Quarter { .. } | Sem::YearQuarter { .. } | Sem::QuarterRef,
                    ) = (parse_quarter(&r.value), &sem)
                    {
                        // The quarter reported on: the latest completed one named; a quarter
                        // named with the current number is a fiscal one, used when no completed
                        // quarter is named.
                        let cur = (
                            i32::from(dct.year()),
                            u32::from(dct.month() as u8 - 1) / 3 + 1,
                        );
                        if q < cur && st.quarter.is_none_or(|p| q > p) {
                            st.quarter = Some(q);
                        } else if q == cur {
                            st.fiscal_quarter = Some(q);
                        }
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

/// "Oct. 12, the day before the plunge": "the day before/after" in apposition to the date right
/// before it names that date.
fn appositive_day(
    text: &str,
    toks: &[Tok<'_>],
    first: usize,
    sem: &Sem,
    prev: Option<&Timex>,
) -> Option<resolve::Resolved> {
    if !matches!(
        sem,
        Sem::Anchored {
            unit: lexicon::Unit::Day,
            n: -1 | 1
        }
    ) || !toks
        .get(first + 1)
        .is_some_and(|t| t.text.eq_ignore_ascii_case("day"))
    {
        return None;
    }
    let prev = prev.filter(|p| p.kind == TimexKind::Date && p.precision == DatePrecision::Day)?;
    let start = toks.get(first)?.start;
    if text.get(prev.span.end..start)?.trim() != "," {
        return None;
    }
    let date: Date = prev.value.parse().ok()?;
    Some(resolve::Resolved {
        kind: TimexKind::Date,
        value: prev.value.clone(),
        precision: DatePrecision::Day,
        anchor: Some(date),
    })
}

/// What a sentence says about reporting periods, for "a year ago" and "the 1988 period".
fn period_of(sentence: &str) -> Period {
    const LONGER: &[&str] = &[
        "nine months",
        "nine-month",
        "six months",
        "six-month",
        "first half",
        "full year",
        "year ended",
        "fiscal year",
    ];
    if LONGER.iter().any(|w| sentence.contains(w)) {
        Period::Longer
    } else if sentence.contains("quarter") {
        Period::Quarter
    } else if sentence.contains("period") || sentence.contains('$') {
        Period::Money
    } else {
        Period::None
    }
}

/// What the words right before an expression say about its time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LeadIn {
    None,
    /// "by", "until", "till" (and "before" a month): future unless the clause is in the past
    /// ("had filed reports by Wednesday").
    Deadline,
    /// "as soon as", "as early as", "ahead of": always ahead of the publication date.
    Future,
}

fn lead_in(toks: &[Tok<'_>], first: usize, sem: &Sem) -> LeadIn {
    let w = |back: usize| {
        first
            .checked_sub(back)
            .and_then(|k| toks.get(k))
            .map_or("", |t| t.text)
    };
    let is = |back: usize, word: &str| w(back).eq_ignore_ascii_case(word);
    if (is(1, "as") && is(3, "as") && (is(2, "soon") || is(2, "early")))
        || (is(1, "of") && is(2, "ahead"))
    {
        return LeadIn::Future;
    }
    if ["by", "until", "till"].iter().any(|d| is(1, d))
        || (is(1, "before") && !matches!(sem, Sem::Weekday { .. }))
    {
        return LeadIn::Deadline;
    }
    LeadIn::None
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

/// How many sentences back a date coarser than a week may carry over to an event with no date of
/// its own.
const CARRY_SENTENCES: usize = 2;

fn is_point(t: &Timex) -> bool {
    matches!(t.kind, TimexKind::Date | TimexKind::Time)
        && !matches!(t.precision, DatePrecision::Vague)
}

/// Index of the timex that governs an event, or `None` (the pipeline then uses the publication date
/// with precision `Publication`).
///
/// Order: syntactic attachment (the timex is in the trigger's dependency subtree, nearest in the
/// tree first), then the same sentence (nearest, preferring dates and times over durations and vague
/// references), then the nearest date in earlier sentences of the paragraph — a year, month or
/// coarser date only from the two sentences before (a gap of more than one byte between
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
    let syntax_of = |si: usize| parses.and_then(|p| p.get(si)).map(Vec::as_slice);
    // A duration ("3 weeks after", "for two days") or a set ("every Friday") says how long or
    // how often, never when: it cannot date an event. Nor can a date that is part of a thing's
    // name or description ("the 2008 Ford Focus", "1935 Orchard St.").
    let in_sentence: Vec<usize> = (0..timexes.len())
        .filter(|&k| {
            sent.span.contains(&timexes[k].span)
                && matches!(timexes[k].kind, TimexKind::Date | TimexKind::Time)
                && !modifier::names_a_thing(
                    sent,
                    syntax_of(ev_sentence),
                    &timexes[k],
                    Some(trigger_token),
                )
        })
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
    // 3. earlier sentences of the paragraph: the nearest date told before carries over to what
    // follows it ("On Tuesday gunmen attacked a checkpoint. Two soldiers were killed."). A day
    // or a time names the incident the report is about and carries through the paragraph; a
    // coarser date (a year, a month, a decade) is most often background and carries over two
    // sentences only (without newlines a web article is one "paragraph": "Hurricane Betsy
    // destroyed the church" is not dated by a year told ten sentences before).
    let mut si = ev_sentence;
    while si > 0 {
        let (prev, next) = (&sentences[si - 1], &sentences[si]);
        if breaks(prev, next) {
            break;
        }
        si -= 1;
        if let Some(k) = (0..timexes.len()).rfind(|&k| {
            prev.span.contains(&timexes[k].span)
                && is_point(&timexes[k])
                && !modifier::names_a_thing(prev, syntax_of(si), &timexes[k], None)
        }) {
            let incident = matches!(
                timexes[k].precision,
                DatePrecision::Time | DatePrecision::Day | DatePrecision::Week
            );
            return (incident || ev_sentence - si <= CARRY_SENTENCES).then_some(k);
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
    fn cue_hits_are_word_starts_case_insensitive_and_prefixes() {
        let idx = CueIndex::new(&["month".to_owned(), "monday".to_owned(), "week".to_owned()]);
        let text = "Months ago, on MONDAY a weekly paper, not a midweek one; week";
        let hits = idx.hits(text.as_bytes());
        let words: Vec<&str> = hits.iter().map(|&h| &text[h..h + 4]).collect();
        assert_eq!(words, ["Mont", "MOND", "week", "week"]);
        assert_eq!(hits.last().copied(), Some(text.len() - 4));
        assert!(idx.hits(b"").is_empty());
        assert!(idx.hits("\u{e9}t\u{e9} mo".as_bytes()).is_empty());
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
