//! Noun-phrase combination of actor and agent mentions, the way PETRARCH codes a noun phrase:
//! every actor code in the phrase takes every agent code of the phrase ("Washington security
//! officials" → `USAGOV` + `GOV`, "West German world government activists" → `GMWGOVWGO`), an
//! agent written with a trailing tilde is a prefix ("MSF Arnor" → `NGO~` + `ARN` = `NGOARN`),
//! "former" makes the agent an elite (`ELI`), a possessive may be followed by modifiers before
//! the agent ("Ithilen's awful and evil minister Calimehtar"), and an agent coordinated with
//! the phrase's agent shares its actor ("Danish media and government").

use crate::norm::Word;
use crate::stage::Mention;
use saker_core::Span;

/// Words that may not stand between a possessive and its agent.
const GAP_STOP: &[&str] = &[
    "of", "in", "the", "a", "an", "from", "to", "by", "with", "for", "on", "at", "said", "says",
];

/// Words that turn an agent into a former office holder.
const FORMER: &[&str] = &["former", "ex"];

/// What a mention takes over from one it absorbs.
#[derive(Debug, Clone, Copy)]
enum Take {
    Agent,
    Name,
}

/// `a` with agent `b` appended unless `a` already carries it at a code boundary (CAMEO codes
/// are runs of three letters: `GMWGOV` does not carry `WGO`).
fn mix(a: &str, b: &str) -> String {
    let carried = !b.is_empty()
        && (0..a.len())
            .step_by(3)
            .any(|i| a.get(i..).is_some_and(|r| r.starts_with(b)));
    if carried {
        a.to_owned()
    } else {
        format!("{a}{b}")
    }
}

/// What one mention's code is made of: the actor part and the agent part (empty for a named
/// actor).
#[derive(Debug, Clone)]
struct Parts {
    actor: String,
    agent: String,
}

impl Parts {
    fn code(&self) -> String {
        format!("{}{}", self.actor, self.agent)
    }
    fn generic(&self) -> bool {
        self.actor == "---" && !self.agent.is_empty() && !self.agent.ends_with('~')
    }
    fn named(&self) -> bool {
        !self.actor.is_empty() && !self.actor.starts_with("---")
    }
}

/// Combines the mentions of one sentence (`ws` its words) that PETRARCH reads as one noun
/// phrase. `parts` lists `(span, actor code, agent code)` of the agent mentions; `covered`
/// marks the words inside mentions and is extended with absorbed words; `clausal` says which
/// words the tagger read as a verb, number, pronoun, preposition or subordinator, which no
/// possessive phrase spans ("Iraq's Falluja *kill eight* people" is no phrase; "Ithilen's
/// awful *and* evil minister" is).
pub(crate) fn combine(
    ws: &[Word],
    out: &mut Vec<Mention>,
    parts: &[(Span, String, String)],
    covered: &mut [bool],
    clausal: impl Fn(usize) -> bool,
) {
    if out.len() < 2 && !out.iter().any(|m| m.actor.cameo.is_some()) {
        return;
    }
    out.sort_by_key(|m| (m.actor.span.start, m.actor.span.end));
    let wi = |b: usize| ws.partition_point(|w| w.start < b);
    let we = |e: usize| ws.partition_point(|w| w.end <= e);
    let lw = |k: usize| ws.get(k).map_or("", |w| w.lower.as_str());
    let mut info: Vec<Parts> = out
        .iter()
        .map(|m| {
            let code = m.actor.cameo.as_deref().unwrap_or("");
            match parts
                .iter()
                .find(|p| p.0 == m.actor.span && code.len() == p.1.len() + p.2.len())
                .filter(|p| code.starts_with(p.1.as_str()) && code.ends_with(p.2.as_str()))
            {
                Some(p) => Parts {
                    actor: p.1.clone(),
                    agent: p.2.clone(),
                },
                None => Parts {
                    actor: code.to_owned(),
                    agent: String::new(),
                },
            }
        })
        .collect();
    let mut gone = vec![false; out.len()];
    // the first live mention starting at word `w`
    let at = |gone: &[bool], out: &[Mention], w: usize| -> Option<usize> {
        let b = ws.get(w)?.start;
        (0..out.len()).find(|&j| !gone[j] && out[j].actor.span.start == b)
    };
    // `m` takes `other`'s words; with `Take::Agent` its sector, with `Take::Name` the name
    // itself (so that a name inside the phrase still counts as a name)
    let absorb = |m: &mut Mention, other: &Mention, take: Take| {
        m.actor.span = Span::new(
            m.actor.span.start.min(other.actor.span.start),
            m.actor.span.end.max(other.actor.span.end),
        );
        m.is_actor = true;
        match take {
            Take::Agent => m.actor.sector.clone_from(&other.actor.sector),
            Take::Name => {
                m.actor.id.clone_from(&other.actor.id);
                m.actor.name.clone_from(&other.actor.name);
                m.actor.kind = other.actor.kind;
                m.actor.via = other.actor.via;
                m.ner = other.ner;
                m.name_span = other.name_span;
            }
        }
    };
    // 1. prefix agents: "MSF Arnor" → NGOARN
    for i in 0..out.len() {
        if gone[i] || !(info[i].actor == "---" && info[i].agent.ends_with('~')) {
            continue;
        }
        let prefix = info[i].agent.trim_end_matches('~').to_owned();
        let e = we(out[i].actor.span.end);
        let Some(j) = at(&gone, out, e) else { continue };
        if !info[j].named() || info[j].agent.ends_with('~') {
            continue;
        }
        let start = out[j].actor.span.start;
        for k in j..out.len() {
            if !gone[k] && out[k].actor.span.start == start && info[k].named() {
                info[k].actor = format!("{prefix}{}", info[k].actor);
                out[k].actor.cameo = Some(info[k].code());
                out[k].actor.span.start = out[i].actor.span.start;
            }
        }
        gone[i] = true;
    }
    // 2. an agent of/in/from a named non-state actor: "activists of Gonzo GMO"
    for i in 0..out.len() {
        if gone[i] || !info[i].generic() {
            continue;
        }
        let mut g = we(out[i].actor.span.end);
        if !matches!(lw(g), "of" | "in" | "from") {
            continue;
        }
        g += 1;
        if lw(g) == "the" {
            g += 1;
        }
        let Some(j) = at(&gone, out, g) else { continue };
        if !info[j].named() || !info[j].agent.is_empty() || info[j].actor.len() <= 3 {
            continue;
        }
        let other = out[j].clone();
        info[i].actor = info[j].actor.clone();
        out[i].actor.cameo = Some(mix(&info[i].actor, &info[i].agent));
        out[i].actor.country.clone_from(&other.actor.country);
        absorb(&mut out[i], &other, Take::Name);
        gone[j] = true;
    }
    // 3. an actor followed by an agent in the same phrase: "West German world government",
    //    "Dagolath's first Deputy Prime Minister Telemar"
    for i in 0..out.len() {
        loop {
            if gone[i] || !info[i].named() {
                break;
            }
            let g = we(out[i].actor.span.end);
            let possessive = ws.get(g).is_some_and(|w| w.possessive);
            let from = g + usize::from(possessive);
            let Some(j) = (from..(from + 5).min(ws.len()))
                .find_map(|h| at(&gone, out, h).filter(|&j| j != i && info[j].generic()))
            else {
                break;
            };
            let h = wi(out[j].actor.span.start);
            let gap = &ws[from..h];
            let ok = if gap.is_empty() {
                true
            } else if possessive {
                gap.len() <= 4
                    && ws[from + 1..=h].iter().all(|w| w.joined)
                    && gap
                        .iter()
                        .all(|w| !w.possessive && !GAP_STOP.contains(&w.lower.as_str()))
                    && (from..h).all(|k| !covered[k] && !clausal(k))
            } else {
                gap.len() == 1 && FORMER.contains(&gap[0].lower.as_str())
            };
            if !ok {
                break;
            }
            let other = out[j].clone();
            let actor = info[i].code();
            let agent = info[j].agent.clone();
            out[i].actor.cameo = Some(mix(&actor, &agent));
            info[i] = Parts { actor, agent };
            absorb(&mut out[i], &other, Take::Agent);
            gone[j] = true;
            // a name right after a possessive phrase's agent belongs to it ("… minister Calimehtar")
            if possessive {
                let e = we(out[i].actor.span.end);
                if let Some(k) = at(&gone, out, e) {
                    let words = wi(out[k].actor.span.start)..we(out[k].actor.span.end);
                    if info[k].agent.is_empty() && ws[words.clone()].iter().all(|w| w.cap) {
                        let other = out[k].clone();
                        absorb(&mut out[i], &other, Take::Name);
                        gone[k] = true;
                    }
                }
            }
        }
    }
    // 4. "former": the agent becomes an elite
    for i in 0..out.len() {
        if gone[i] || info[i].agent.is_empty() || !info[i].named() {
            continue;
        }
        let (a, b) = (wi(out[i].actor.span.start), we(out[i].actor.span.end));
        let lo = a.saturating_sub(1);
        if (lo..b).any(|k| FORMER.contains(&lw(k))) {
            info[i].agent = "ELI".to_owned();
            out[i].actor.cameo = Some(mix(&info[i].actor, "ELI"));
            if lo < a && FORMER.contains(&lw(lo)) {
                out[i].actor.span.start = ws[lo].start;
            }
        }
    }
    // 5. "Danish media and government": the coordinated agent shares the actor
    for i in 0..out.len() {
        if gone[i] || info[i].agent.is_empty() || !info[i].named() {
            continue;
        }
        let g = we(out[i].actor.span.end);
        if lw(g) != "and" {
            continue;
        }
        let Some(j) = at(&gone, out, g + 1) else {
            continue;
        };
        let after = we(out[j].actor.span.end);
        if !info[j].generic() || matches!(lw(after), "of" | "in" | "from") {
            continue;
        }
        info[j].actor = info[i].actor.clone();
        out[j].actor.cameo = Some(mix(&info[j].actor, &info[j].agent));
        out[j].actor.country = out[i].actor.country.clone();
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
    for m in out.iter() {
        for c in covered
            .iter_mut()
            .take(we(m.actor.span.end))
            .skip(wi(m.actor.span.start))
        {
            *c = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::mix;

    #[test]
    fn mixing_skips_a_code_already_carried() {
        assert_eq!(mix("USAGOV", "GOV"), "USAGOV");
        assert_eq!(mix("GMWGOV", "WGO"), "GMWGOVWGO");
        assert_eq!(mix("ARN", "ELI"), "ARNELI");
    }
}
