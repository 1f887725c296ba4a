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
/// confidence. Order of the remaining events is preserved. First, an event whose trigger lies
/// inside the source of another event of the same type in its sentence, and that has no other
/// actor, is merged into that event ("A *car bomb* exploded": one event).
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
    let events = absorb_agent_nouns(events, actors);
    let mut out: Vec<EventCandidate> = Vec::with_capacity(events.len());
    for e in events {
        if let Some(prev) = out
            .iter_mut()
            .find(|p| same_occurrence(text, p, &e, actors) && same_context(p, &e))
        {
            enrich(prev, &e);
        } else {
            out.push(e);
        }
    }
    out
}

/// Gives `prev`, the kept mention of an occurrence, what `e`, another mention of it, adds: a more
/// specific CAMEO code, a mode, contexts, ACLED coding, a higher confidence.
fn enrich(prev: &mut EventCandidate, e: &EventCandidate) {
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
}

/// An event whose trigger is an agent noun inside the source of another event of the same
/// type and polarity in the same sentence is that event, not a second one: in "suicide bombers
/// attacked the camp" the pattern for "suicide bomber" (CAMEO 1831) and the verb "attacked"
/// (190) describe one attack. The agent-noun event is dropped and its more specific coding goes
/// to the verb's event. A "suicide bomber" that is no event's source, or that has a source or
/// target of its own, stays an event of its own.
fn absorb_agent_nouns(
    mut events: Vec<EventCandidate>,
    actors: &[ActorMention],
) -> Vec<EventCandidate> {
    let host = |events: &[EventCandidate], absorbed: &[bool], i: usize| -> Option<usize> {
        let e = &events[i];
        // its own actors, if any, are the agent noun itself ("Islamic State claims car bombs
        // that kill 60": the claimed bombs have a source of their own, and stay an event)
        let inside = |a: &usize| {
            actors
                .get(*a)
                .is_some_and(|m| m.span.start < e.trigger.end && e.trigger.start < m.span.end)
        };
        if !e.sources.iter().all(inside) || !e.targets.iter().all(inside) {
            return None;
        }
        events.iter().enumerate().position(|(k, p)| {
            k != i
                && !absorbed[k]
                && p.sentence == e.sentence
                && p.plover_type == e.plover_type
                && p.negated == e.negated
                && !(p.trigger.start <= e.trigger.start && e.trigger.end <= p.trigger.end)
                && p.sources.iter().filter_map(|&a| actors.get(a)).any(|a| {
                    a.sentence == e.sentence
                        && a.span.start <= e.trigger.start
                        && e.trigger.end <= a.span.end
                })
        })
    };
    let mut absorbed = vec![false; events.len()];
    for i in 0..events.len() {
        if let Some(h) = host(&events, &absorbed, i) {
            let e = events[i].clone();
            enrich(&mut events[h], &e);
            // the ACLED sub-event goes with the more specific code ("Suicide bomb")
            if events[h].cameo == e.cameo && e.acled.is_some() {
                events[h].acled = e.acled;
            }
            absorbed[i] = true;
        }
    }
    let mut k = 0;
    events.retain(|_| {
        k += 1;
        !absorbed[k - 1]
    });
    events
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
    fn agent_noun_event_joins_the_event_its_actor_does() {
        // "Suicide bombers attacked the camp ." / "A suicide bomber was seen ."
        let text = "Suicide bombers attacked the camp . A suicide bomber was seen .";
        let mut bombers = m(0, 15, None);
        bombers.sentence = 0;
        let mut camp = m(25, 33, None);
        camp.sentence = 0;
        let mut lone = m(36, 52, None);
        lone.sentence = 1;
        let actors = vec![bombers, camp, lone];
        let at = |e: EventCandidate, s: usize, a: usize, b: usize| EventCandidate {
            sentence: s,
            trigger: Span::new(a, b),
            ..e
        };
        let mut noun = at(ev("1831", vec![], vec![]), 0, 0, 15);
        noun.acled = Some(("Explosions/Remote violence".into(), "Suicide bomb".into()));
        let mut verb = at(ev("190", vec![0], vec![1]), 0, 16, 24);
        verb.acled = Some(("Battles".into(), "Armed clash".into()));
        let lone_noun = at(ev("1831", vec![], vec![]), 1, 38, 52);
        let out = merge_duplicates(text, vec![noun, verb, lone_noun], &actors);
        assert_eq!(out.len(), 2, "{out:?}");
        assert_eq!((out[0].trigger.start, out[0].cameo.as_str()), (16, "1831"));
        assert_eq!(
            out[0].acled.as_ref().map(|a| a.1.as_str()),
            Some("Suicide bomb")
        );
        assert_eq!(out[1].sentence, 1);
    }

    #[test]
    fn an_agent_noun_with_its_own_source_stays_an_event() {
        // "IS claims car bombs that kill 60": the claimed bombs have a source of their own
        let text = "IS claims car bombs that kill 60 .";
        let mut is = m(0, 2, Some("IS"));
        is.sentence = 0;
        let mut bombs = m(10, 19, None);
        bombs.sentence = 0;
        let actors = vec![is, bombs];
        let at = |e: EventCandidate, a: usize, b: usize| EventCandidate {
            sentence: 0,
            trigger: Span::new(a, b),
            ..e
        };
        let noun = at(ev("1832", vec![0], vec![]), 10, 19);
        let verb = at(ev("190", vec![1], vec![]), 25, 29);
        let out = merge_duplicates(text, vec![noun, verb], &actors);
        assert_eq!(out.len(), 2, "{out:?}");
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
