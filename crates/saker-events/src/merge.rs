//! One event per real occurrence: merging duplicate event candidates within an article.

use saker_core::nlp::{ActorMention, EventCandidate};
use std::collections::BTreeSet;

/// A stable identity for an actor mention: its knowledge-base id, else its canonical name, else
/// its text (lower case).
pub fn actor_key(text: &str, m: &ActorMention) -> String {
    if let Some(id) = &m.id {
        return format!("id:{id}");
    }
    if let Some(n) = &m.name {
        return format!("name:{}", n.to_lowercase());
    }
    format!("text:{}", m.span.slice(text).to_lowercase())
}

fn keys(text: &str, idx: &[usize], actors: &[ActorMention]) -> BTreeSet<String> {
    idx.iter()
        .filter_map(|&i| actors.get(i))
        .map(|m| actor_key(text, m))
        .collect()
}

/// True when two candidates describe the same occurrence as far as the event stage can tell: same
/// CAMEO root, same PLOVER type, same polarity, and the same source and target actors (by
/// identity, not by mention), with both a source and a target known (two attacks by the same
/// group on unknown targets may well be two attacks). The pipeline adds date and place.
pub fn same_occurrence(
    text: &str,
    a: &EventCandidate,
    b: &EventCandidate,
    actors: &[ActorMention],
) -> bool {
    let root = |e: &EventCandidate| e.cameo.get(..2).map(str::to_owned);
    if root(a) != root(b) || a.plover_type != b.plover_type || a.negated != b.negated {
        return false;
    }
    let (sa, sb) = (
        keys(text, &a.sources, actors),
        keys(text, &b.sources, actors),
    );
    let (ta, tb) = (
        keys(text, &a.targets, actors),
        keys(text, &b.targets, actors),
    );
    !sa.is_empty() && !ta.is_empty() && sa == sb && ta == tb
}

/// Merges duplicates (see [`same_occurrence`]): the first mention is kept, enriched with the more
/// specific CAMEO code, a mode, contexts and ACLED coding from the others, and the highest
/// confidence. Order of the remaining events is preserved.
pub fn merge_duplicates(
    text: &str,
    events: Vec<EventCandidate>,
    actors: &[ActorMention],
) -> Vec<EventCandidate> {
    merge_duplicates_with(text, events, actors, |_, _| true)
}

/// [`merge_duplicates`] with an extra condition from later stages: two candidates merge only when
/// `same_context` also holds for them (the pipeline passes "same date and same place").
pub fn merge_duplicates_with(
    text: &str,
    events: Vec<EventCandidate>,
    actors: &[ActorMention],
    same_context: impl Fn(&EventCandidate, &EventCandidate) -> bool,
) -> Vec<EventCandidate> {
    let mut out: Vec<EventCandidate> = Vec::with_capacity(events.len());
    for e in events {
        if let Some(prev) = out
            .iter_mut()
            .find(|p| same_occurrence(text, p, &e, actors) && same_context(p, &e))
        {
            let generic = |c: &str| c.len() <= 2 || c.ends_with('0');
            if e.cameo.len() > prev.cameo.len()
                || (e.cameo.len() == prev.cameo.len() && generic(&prev.cameo) && !generic(&e.cameo))
            {
                prev.cameo = e.cameo.clone();
            }
            if prev.plover_mode.is_none() {
                prev.plover_mode = e.plover_mode.clone();
            }
            for c in &e.plover_contexts {
                if !prev.plover_contexts.contains(c) {
                    prev.plover_contexts.push(c.clone());
                }
            }
            if prev.acled.is_none() {
                prev.acled = e.acled.clone();
            }
            prev.confidence = prev.confidence.max(e.confidence);
        } else {
            out.push(e);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use saker_core::Span;

    fn m(s: usize, e: usize, id: Option<&str>) -> ActorMention {
        ActorMention {
            span: Span::new(s, e),
            id: id.map(str::to_owned),
            ..ActorMention::default()
        }
    }

    fn ev(cameo: &str, src: Vec<usize>, tgt: Vec<usize>) -> EventCandidate {
        EventCandidate {
            cameo: cameo.into(),
            plover_type: "ASSAULT".into(),
            sources: src,
            targets: tgt,
            ..EventCandidate::default()
        }
    }

    #[test]
    fn merges_same_actors_across_mentions() {
        let text = "Iran militia Iran militia X";
        let actors = vec![m(0, 4, None), m(13, 17, None), m(26, 27, Some("Q1"))];
        let out = merge_duplicates(
            text,
            vec![ev("190", vec![0], vec![2]), ev("195", vec![1], vec![2])],
            &actors,
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].cameo, "195");
    }

    #[test]
    fn keeps_distinct_and_anonymous_events() {
        let text = "Iran X";
        let actors = vec![m(0, 4, None), m(5, 6, None)];
        let evs = vec![
            ev("190", vec![0], vec![1]),
            ev("190", vec![1], vec![0]),
            ev("173", vec![0], vec![1]),
            ev("190", vec![], vec![]),
            ev("190", vec![], vec![]),
        ];
        assert_eq!(merge_duplicates(text, evs, &actors).len(), 5);
    }
}
