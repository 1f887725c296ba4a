//! What a whole article tells about its names, beyond one sentence: storm names, acronyms the
//! article defines, the parts of unknown people's full names, and companies' legal forms.

use super::{is_org_word, is_stop, unresolved_name, Mention, NerLabel, Word};
use saker_core::nlp::MentionVia;
use saker_core::Span;

/// One name, one person within an article: a capitalised word that is the first or the last word
/// of an unknown person's full name the article gives ("Masoud Shojai") names that person where it
/// stands alone ("Shojai told …", "Thanks, Masoud"), also at the start of a sentence, where
/// capitalisation alone is no name cue. Lone mentions of no type become people, words that no
/// mention covers get one, and a lone surname that was only guessed to be the one known person of
/// that surname becomes the article's person instead.
pub(super) fn name_parts_of_people(text: &str, sent_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    let mut parts: Vec<&str> = Vec::new();
    for m in out.iter() {
        if m.actor.via != MentionVia::Unresolved || m.ner != NerLabel::Per {
            continue;
        }
        let Some(ws) = sent_words.get(m.actor.sentence) else {
            continue;
        };
        let a = ws.partition_point(|w| w.start < m.name_span.start);
        let b = ws.partition_point(|w| w.end <= m.name_span.end);
        if b >= a + 2 {
            for w in [&ws[a], &ws[b - 1]] {
                if w.cap && !w.upper && w.lower.chars().count() > 2 && !is_stop(&w.lower) {
                    parts.push(w.key.as_str());
                }
            }
        }
    }
    if parts.is_empty() {
        return;
    }
    // first letters of the parts: most words are ruled out without a string comparison
    let mut initials = 0u64;
    for p in &parts {
        initials |= 1 << (p.as_bytes().first().copied().unwrap_or(0) & 63);
    }
    let mut added: Vec<Mention> = Vec::new();
    let mut dropped: Vec<String> = Vec::new(); // entities whose guessed mentions were undone
    let mut k = 0; // first mention of the current sentence in `out` (sorted by sentence)
    for (si, ws) in sent_words.iter().enumerate() {
        while k < out.len() && out[k].actor.sentence < si {
            k += 1;
        }
        let mut e = k;
        while e < out.len() && out[e].actor.sentence == si {
            e += 1;
        }
        for (wi, w) in ws.iter().enumerate() {
            if !w.cap || w.upper {
                continue;
            }
            let key = w.key.as_str();
            if initials & (1 << (key.as_bytes().first().copied().unwrap_or(0) & 63)) == 0
                || !parts.contains(&key)
            {
                continue;
            }
            // a lone word: not joined to another capitalised word
            let joined_to_name = ws.get(wi + 1).is_some_and(|n| n.joined && n.cap)
                || (wi > 0 && w.joined && ws[wi - 1].cap);
            if joined_to_name {
                continue;
            }
            let sp = Span::new(w.start, w.end);
            match out[k..e].iter().position(|m| m.actor.span.overlaps(&sp)) {
                Some(p) => {
                    let m = &mut out[k + p];
                    if m.actor.span == sp
                        && m.actor.via == MentionVia::Unresolved
                        && m.ner == NerLabel::Misc
                    {
                        m.ner = NerLabel::Per;
                        m.is_actor = true;
                    } else if m.actor.span == sp && m.actor.via == MentionVia::Variant {
                        // a lone surname guessed to be the one known person of that surname
                        // ("McKenzie" → a general) is the article's own "Chris McKenzie"
                        if let Some(id) = m.actor.id.take() {
                            dropped.push(id);
                        }
                        *m = unresolved_name(text, si, sp, NerLabel::Per, true, 0.4);
                    }
                }
                None => added.push(unresolved_name(text, si, sp, NerLabel::Per, true, 0.4)),
            }
        }
    }
    for m in added {
        let at = out.partition_point(|x| {
            (x.actor.sentence, x.actor.span.start) <= (m.actor.sentence, m.actor.span.start)
        });
        out.insert(at, m);
    }
    // a pronoun that took such an entity as its antecedent loses it too, unless the article
    // names the entity elsewhere
    for id in dropped {
        let named = out
            .iter()
            .any(|m| m.actor.via != MentionVia::Coreference && m.actor.id.as_deref() == Some(&id));
        if !named {
            out.retain(|m| {
                !(m.actor.via == MentionVia::Coreference && m.actor.id.as_deref() == Some(&id))
            });
        }
    }
}

/// Word `j` is a company's legal form written after a comma ("…, Inc.", "…, Ltd").
pub(super) fn corp_suffix(text: &str, ws: &[Word], j: usize) -> bool {
    j > 0
        && ws.get(j).is_some_and(|w| {
            w.cap && matches!(w.lower.as_str(), "inc" | "ltd" | "llc" | "plc" | "corp")
        })
        && text
            .get(ws[j - 1].end..ws[j].start)
            .is_some_and(|g| g.trim() == ",")
}

/// What the whole article tells about names, for the sentence-by-sentence composition.
pub(super) struct DocCues<'a> {
    /// Spans the place stage recognised as places.
    pub(super) places: &'a [Span],
    /// Keys of the names of storms ("Katrina" after "Hurricane Katrina").
    pub(super) storms: Vec<String>,
    /// Keys of the acronyms the article defines for organisations ("HANO" after "Housing
    /// Authority of New Orleans (HANO)").
    pub(super) acronyms: Vec<String>,
}

/// Adds the key of word `k` when it is an acronym the article defines for an organisation: an
/// upper-case word of 3 to 8 letters in parentheses right after capitalised words whose initials spell it and one of which
/// is an organisation word ("Housing Authority of New Orleans (HANO)", "Greater New Orleans Fair
/// Housing Action Center (GNOFHAC)"); "of", "and", "for", "the" and "&" may come between.
fn org_acronyms(text: &str, ws: &[Word], k: usize, out: &mut Vec<String>) {
    let a = &ws[k];
    let n = a.lower.len();
    if k == 0 || !(3..=8).contains(&n) || !a.lower.bytes().all(|b| b.is_ascii_lowercase()) {
        return;
    }
    let before = text.get(ws[k - 1].end..a.start).unwrap_or("");
    let after = match ws.get(k + 1) {
        Some(nx) => text.get(a.end..nx.start).unwrap_or(""),
        None => text.get(a.end..).unwrap_or(""),
    };
    if !before.trim_end().ends_with('(') || !after.trim_start().starts_with(')') {
        return;
    }
    // the initials of the capitalised words before, read backwards
    let mut initials: Vec<u8> = Vec::new();
    let mut org = false;
    for w in ws[..k].iter().rev() {
        if initials.len() == n {
            break;
        }
        if w.cap {
            initials.push(w.lower.as_bytes()[0]);
            org |= is_org_word(&w.lower);
        } else if !matches!(w.lower.as_str(), "of" | "and" | "for" | "the" | "&") {
            break;
        }
    }
    initials.reverse();
    if org && initials == a.lower.as_bytes() && !out.iter().any(|x| x == a.key.as_str()) {
        out.push(a.key.as_str().to_owned());
    }
}

/// Words that name a storm when a capitalised name follows ("Hurricane Rita", "Typhoon Haiyan",
/// "Tropical Storm Allison").
pub(super) const STORM_WORDS: &[&str] = &["hurricane", "typhoon", "cyclone", "storm"];

/// The keys of the storm names of an article (a capitalised word after a capitalised storm
/// word: "Hurricane Katrina" → `katrina`; the bare name is the storm elsewhere in the article)
/// and of the acronyms it defines for organisations (see [`org_acronyms`]), in one pass.
pub(super) fn storms_and_acronyms(
    text: &str,
    sent_words: &[Vec<Word>],
) -> (Vec<String>, Vec<String>) {
    let (mut storms, mut acronyms) = (Vec::new(), Vec::new());
    for ws in sent_words {
        for (k, a) in ws.iter().enumerate() {
            if !a.cap {
                continue;
            }
            if a.upper {
                org_acronyms(text, ws, k, &mut acronyms);
            } else if let Some(b) = ws.get(k + 1).filter(|b| b.cap && b.joined) {
                if STORM_WORDS.contains(&a.lower.as_str())
                    && !storms.iter().any(|x: &String| x == b.key.as_str())
                {
                    storms.push(b.key.as_str().to_owned());
                }
            }
        }
    }
    (storms, acronyms)
}

/// One name, one type within an article: an unknown name the rules left untyped is an
/// organisation when the article types the very same name an organisation elsewhere ("Brannock
/// Lobby" after "the company Brannock Lobby"). Only organisations lend their type: a person's
/// name repeated untyped is more often something else (a shop, a storm, a product).
pub(super) fn types_from_document(text: &str, out: &mut [Mention]) {
    let untyped = |m: &Mention| m.ner == NerLabel::Misc && m.actor.via == MentionVia::Unresolved;
    if !out.iter().any(untyped) {
        return;
    }
    let orgs: Vec<&str> = out
        .iter()
        .filter(|m| m.actor.via == MentionVia::Unresolved && m.ner == NerLabel::Org)
        .map(|m| m.name_span.slice(text))
        .collect();
    if orgs.is_empty() {
        return;
    }
    for m in out.iter_mut() {
        if untyped(m) && orgs.contains(&m.name_span.slice(text)) {
            m.ner = NerLabel::Org;
            m.is_actor = true;
        }
    }
}
