//! The place that governs an event: syntax attachment, then the sentence, then the dateline.

use super::*;

/// The place that governs an event: a place attached to the trigger in the parse (in the trigger's subtree
/// through `obl`/`nmod`/`advmod` with a locative case marker "in/at/near/on/…"), else the most specific place in
/// the event's sentence (nearest the trigger on ties), else the article's dateline place, else `None`.
///
/// The dateline place is taken to be a city or capital that opens one of the first three sentences.
pub fn event_place(
    ev_sentence: usize,
    trigger_token: usize,
    sentences: &[Sentence],
    parses: Option<&[ParsedSentence]>,
    places: &[PlaceMention],
) -> Option<usize> {
    let sent = sentences.get(ev_sentence)?;
    let token_of = |span: Span| -> Option<usize> {
        // The last token inside the mention: the head of a multi-word name in English.
        sent.tokens
            .iter()
            .rposition(|t| span.contains(&t.span) || t.span.overlaps(&span))
    };
    let in_sentence: Vec<usize> = (0..places.len())
        .filter(|&i| places[i].sentence == ev_sentence)
        .collect();
    // 1. Syntactic attachment.
    if let Some(parse) = parses.and_then(|p| p.get(ev_sentence)) {
        if parse.len() == sent.tokens.len() {
            let mut best: Option<(usize, usize)> = None;
            for &pi in &in_sentence {
                let Some(tok) = token_of(places[pi].span) else {
                    continue;
                };
                if let Some(depth) = attached(parse, tok, trigger_token) {
                    if best.is_none_or(|(d, _)| depth < d) {
                        best = Some((depth, pi));
                    }
                }
            }
            if let Some((_, pi)) = best {
                return Some(pi);
            }
        }
    }
    // 2. The most specific place in the sentence, nearest the trigger.
    let trig_pos = sent
        .tokens
        .get(trigger_token)
        .map(|t| t.span.start)
        .unwrap_or(sent.span.start);
    if let Some(pi) = in_sentence.iter().copied().max_by(|&a, &b| {
        let (sa, sb) = (specificity(&places[a]), specificity(&places[b]));
        sa.cmp(&sb).then_with(|| {
            let da = places[a].span.start.abs_diff(trig_pos);
            let db = places[b].span.start.abs_diff(trig_pos);
            db.cmp(&da)
        })
    }) {
        return Some(pi);
    }
    // 3. The dateline.
    (0..places.len()).find(|&i| {
        let p = &places[i];
        (p.sentence == usize::MAX
            || (p.sentence < 3
                && sentences
                    .get(p.sentence)
                    .and_then(|s| s.tokens.first())
                    .is_some_and(|t| t.span.start == p.span.start)))
            && matches!(p.feature.as_str(), "city" | "capital" | "district")
    })
}

fn specificity(p: &PlaceMention) -> u8 {
    gazetteer::feature_specificity(&p.feature)
}

/// If token `tok` (0-based) hangs below `trigger` through locative relations, the depth of the path.
fn attached(parse: &ParsedSentence, tok: usize, trigger: usize) -> Option<usize> {
    const LOC_CASES: &[&str] = &[
        "in",
        "at",
        "near",
        "on",
        "outside",
        "inside",
        "across",
        "around",
        "into",
        "throughout",
        "within",
        "from",
        "off",
        "along",
        "beside",
        "towards",
        "toward",
    ];
    let rel_ok = |d: &str| {
        let base = d.split(':').next().unwrap_or(d);
        matches!(
            base,
            "obl" | "nmod" | "advmod" | "compound" | "flat" | "appos" | "conj"
        )
    };
    // The place token must carry a locative case marker (on itself or its nominal head).
    let has_case = |t: usize| {
        parse.iter().enumerate().any(|(k, s)| {
            s.head == t + 1
                && s.deprel == "case"
                && LOC_CASES.contains(&s.lemma.to_lowercase().as_str())
                && k != t
        })
    };
    let mut cur = tok;
    let mut depth = 0;
    let mut cased = has_case(cur);
    while depth < 8 {
        let s = parse.get(cur)?;
        if s.head == 0 {
            return None;
        }
        if !rel_ok(&s.deprel) {
            return None;
        }
        let h = s.head - 1;
        depth += 1;
        if h == trigger {
            return cased.then_some(depth);
        }
        cur = h;
        cased = cased || has_case(cur);
    }
    None
}
