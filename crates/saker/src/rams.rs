//! Role evaluation on real news: RAMS 1.0 dev (Ebner et al. 2020). Each example is a five-sentence
//! news passage with one annotated event trigger and its arguments, which may lie in any of the
//! five sentences. The passage is coded whole (no publication date); an event of ours *matches*
//! a gold trigger when its trigger overlaps it. Roles are compared by side: the gold roles of
//! the doer ([`AGENT_ROLES`]: attacker, killer, jailer, communicator, giver, surrenderer …) against our
//! sources, the roles of the one acted on ([`PATIENT_ROLES`]: target, victim, detainee,
//! recipient …) against our targets; a predicted actor is right when its span overlaps a gold
//! argument of that side.
//!
//! Metrics:
//! * `trigger_recall` — share of gold triggers of the event families Saker codes
//!   ([`CODED_FAMILIES`]: conflict, violent death and injury, justice, contact, damage) that an
//!   event of ours matches; `trigger_recall_all` over every type;
//! * `source_precision` / `source_recall` / `source_f1` and the same for `target_`, over the
//!   matched triggers (so they measure role assignment, not trigger detection);
//! * `source_recall_same_sentence`, `target_recall_same_sentence` — recall over gold arguments in
//!   the trigger's own sentence, the only ones a sentence-level coder can find.

use crate::Pipeline;
use saker_core::eval::{ratio, EvalReport};
use saker_core::{Article, Span};
use std::path::Path;

/// Gold roles on the doer's side (RAMS role names without the `evtNNNargNN` prefix).
pub const AGENT_ROLES: &[&str] = &[
    "attacker",
    "killer",
    "injurer",
    "jailer",
    "communicator",
    "giver",
    "destroyer",
    "damager",
    "damagerdestroyer",
    "investigator",
    "prosecutor",
    "judgecourt",
    "spy",
    "inspector",
    "demonstrator",
    "preventer",
    "transporter",
    "yielder",
    "surrenderer",
    "retreater",
    "executioner",
    "extraditer",
];

/// Gold roles on the side acted on.
pub const PATIENT_ROLES: &[&str] = &[
    "target",
    "victim",
    "detainee",
    "recipient",
    "defendant",
    "observedentity",
    "inspectedentity",
];

/// RAMS event-type prefixes whose events Saker's patterns are meant to code.
pub const CODED_FAMILIES: &[&str] = &[
    "conflict.",
    "life.die.deathcausedbyviolentevents",
    "life.injure.injurycausedbyviolentevents",
    "justice.",
    "contact.",
    "artifactexistence.damagedestroy",
];

/// The RAMS role of a link label: `evt089arg01victim` → `victim`.
fn role_name(label: &str) -> &str {
    label
        .find("arg")
        .and_then(|i| label.get(i + 5..))
        .unwrap_or(label)
}

/// One gold example, with token spans turned into byte spans of the text we build.
struct Example {
    text: String,
    /// Byte span and sentence of the trigger, and its type.
    trigger: (Span, usize, String),
    /// (byte span, sentence, role) of each argument.
    args: Vec<(Span, usize, String)>,
}

/// Builds the passage text (tokens joined by spaces, sentences by new lines) and the spans.
fn example(v: &serde_json::Value) -> Option<Example> {
    let sents = v["sentences"].as_array()?;
    let mut text = String::new();
    let mut tok: Vec<(Span, usize)> = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        if si > 0 {
            text.push('\n');
        }
        for (k, t) in s.as_array()?.iter().enumerate() {
            if k > 0 {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(t.as_str()?);
            tok.push((Span::new(start, text.len()), si));
        }
    }
    let span = |a: &serde_json::Value, b: &serde_json::Value| -> Option<(Span, usize)> {
        let (a, b) = (a.as_u64()? as usize, b.as_u64()? as usize);
        let (first, last) = (tok.get(a)?, tok.get(b)?);
        Some((Span::new(first.0.start, last.0.end), first.1))
    };
    let t = v["evt_triggers"].as_array()?.first()?;
    let (ts, tsent) = span(&t[0], &t[1])?;
    let ty = t[2][0][0].as_str()?.to_owned();
    let args = v["gold_evt_links"]
        .as_array()?
        .iter()
        .filter_map(|l| {
            let (s, si) = span(&l[1][0], &l[1][1])?;
            Some((s, si, role_name(l[2].as_str()?).to_owned()))
        })
        .collect();
    Some(Example {
        text,
        trigger: (ts, tsent, ty),
        args,
    })
}

/// Counts for one side (sources or targets): predicted actors that overlap a gold argument of
/// the side, and gold arguments that some predicted actor overlaps, overall and in the
/// trigger's own sentence.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Side {
    pred: usize,
    pred_hit: usize,
    gold: usize,
    gold_hit: usize,
    same: usize,
    same_hit: usize,
}

impl Side {
    /// Adds one trigger's predicted spans and gold (span, sentence) arguments.
    fn add(&mut self, pred: &[Span], gold: &[(Span, usize)], sentence: usize) {
        let hit = |g: &Span| pred.iter().any(|p| p.overlaps(g));
        self.pred += pred.len();
        self.pred_hit += pred
            .iter()
            .filter(|p| gold.iter().any(|(g, _)| p.overlaps(g)))
            .count();
        self.gold += gold.len();
        self.gold_hit += gold.iter().filter(|(g, _)| hit(g)).count();
        for (g, si) in gold {
            if *si == sentence {
                self.same += 1;
                self.same_hit += usize::from(hit(g));
            }
        }
    }

    fn precision(&self) -> f64 {
        ratio(self.pred_hit, self.pred)
    }

    fn recall(&self) -> f64 {
        ratio(self.gold_hit, self.gold)
    }

    fn f1(&self) -> f64 {
        saker_core::eval::f1(self.precision(), self.recall())
    }
}

/// Runs the evaluation on `data/eval/rams/dev.jsonlines`.
pub fn run(data: &Path) -> Vec<EvalReport> {
    let path = data.join("eval/rams/dev.jsonlines");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            return vec![EvalReport::data_missing(
                "rams",
                "argument",
                format!("{}: {e}", path.display()),
            )]
        }
    };
    let pipeline = match Pipeline::new() {
        Ok(p) => p,
        Err(e) => return vec![EvalReport::data_missing("rams", "argument", e.to_string())],
    };
    let (mut n, mut n_coded, mut found, mut found_coded) = (0, 0, 0, 0);
    let (mut src, mut tgt) = (Side::default(), Side::default());
    let verbose = std::env::var_os("SAKER_EVAL_VERBOSE").is_some();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let Some(ex) = serde_json::from_str::<serde_json::Value>(line)
            .ok()
            .as_ref()
            .and_then(example)
        else {
            continue;
        };
        n += 1;
        let (tspan, tsent, ty) = &ex.trigger;
        let coded_family = CODED_FAMILIES.iter().any(|f| ty.starts_with(f));
        n_coded += usize::from(coded_family);
        let art = Article::new(format!("rams-{n}"), None, ex.text.clone());
        let Ok(a) = pipeline.analyze(&art) else {
            continue;
        };
        let orig = |s: Span| a.doc.to_original(s);
        let Some(e) = a
            .events
            .iter()
            .find(|e| !e.negated && orig(e.trigger).overlaps(tspan))
        else {
            if verbose && coded_family {
                eprintln!("rams missed {ty}: {:?}", tspan.slice(&ex.text));
            }
            continue;
        };
        found += 1;
        found_coded += usize::from(coded_family);
        let spans = |idx: &[usize]| -> Vec<Span> {
            idx.iter()
                .filter_map(|&i| a.actors.get(i))
                .map(|m| orig(m.span))
                .collect()
        };
        let gold = |roles: &[&str]| -> Vec<(Span, usize)> {
            ex.args
                .iter()
                .filter(|(_, _, r)| roles.contains(&r.as_str()))
                .map(|(s, si, _)| (*s, *si))
                .collect()
        };
        let (ps, pt) = (spans(&e.sources), spans(&e.targets));
        let (gs, gt) = (gold(AGENT_ROLES), gold(PATIENT_ROLES));
        if verbose {
            let show = |v: &[Span]| -> Vec<&str> { v.iter().map(|s| s.slice(&ex.text)).collect() };
            let show_gold = |v: &[(Span, usize)]| -> Vec<&str> {
                v.iter().map(|(s, _)| s.slice(&ex.text)).collect()
            };
            let same = |v: &[(Span, usize)]| -> Vec<(Span, usize)> {
                v.iter().copied().filter(|(_, si)| si == tsent).collect()
            };
            let sentence = ex.text.lines().nth(*tsent).unwrap_or("");
            eprintln!(
                "rams {ty} {:?} [{}]: sources {:?} gold {:?}; targets {:?} gold {:?} (same sentence: {:?} / {:?}) | {sentence}",
                tspan.slice(&ex.text),
                e.cameo,
                show(&ps),
                show_gold(&gs),
                show(&pt),
                show_gold(&gt),
                show_gold(&same(&gs)),
                show_gold(&same(&gt)),
            );
        }
        src.add(&ps, &gs, *tsent);
        tgt.add(&pt, &gt, *tsent);
    }
    vec![EvalReport::scored(
        "rams",
        "argument",
        n,
        &[
            ("trigger_recall", ratio(found_coded, n_coded)),
            ("trigger_recall_all", ratio(found, n)),
            ("source_precision", src.precision()),
            ("source_recall", src.recall()),
            ("source_f1", src.f1()),
            ("source_recall_same_sentence", ratio(src.same_hit, src.same)),
            ("target_precision", tgt.precision()),
            ("target_recall", tgt.recall()),
            ("target_f1", tgt.f1()),
            ("target_recall_same_sentence", ratio(tgt.same_hit, tgt.same)),
        ],
    )
    .with_note(format!(
        "{n_coded} of {n} triggers in the families Saker codes; roles scored on matched triggers by span overlap, doer roles vs sources and patient roles vs targets"
    ))]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_names_drop_the_event_and_argument_numbers() {
        assert_eq!(role_name("evt089arg01victim"), "victim");
        assert_eq!(role_name("evt011arg02target"), "target");
        assert_eq!(role_name("victim"), "victim");
    }

    #[test]
    fn token_spans_become_byte_spans_of_the_built_text() {
        let v: serde_json::Value = serde_json::from_str(
            r#"{"sentences": [["Rebels", "attacked", "the", "base", "."], ["Two", "died", "."]],
                "evt_triggers": [[1, 1, [["conflict.attack.n/a", 1.0]]]],
                "gold_evt_links": [[[1, 1], [0, 0], "evt011arg01attacker"],
                                   [[1, 1], [2, 3], "evt011arg02target"],
                                   [[1, 1], [5, 5], "evt011arg02target"]]}"#,
        )
        .expect("valid json");
        let ex = example(&v).expect("example");
        assert_eq!(ex.text, "Rebels attacked the base .\nTwo died .");
        assert_eq!(ex.trigger.0.slice(&ex.text), "attacked");
        assert_eq!(ex.trigger.2, "conflict.attack.n/a");
        let args: Vec<(&str, usize, &str)> = ex
            .args
            .iter()
            .map(|(s, si, r)| (s.slice(&ex.text), *si, r.as_str()))
            .collect();
        assert_eq!(
            args,
            [
                ("Rebels", 0, "attacker"),
                ("the base", 0, "target"),
                ("Two", 1, "target")
            ]
        );
    }

    #[test]
    fn sides_count_overlaps_and_same_sentence_recall() {
        let gold = [(Span::new(0, 6), 0), (Span::new(30, 33), 1)];
        let mut s = Side::default();
        // one right, one wrong prediction; the other-sentence argument is missed
        s.add(&[Span::new(0, 6), Span::new(10, 14)], &gold, 0);
        assert_eq!((s.pred, s.pred_hit, s.gold, s.gold_hit), (2, 1, 2, 1));
        assert_eq!((s.same, s.same_hit), (1, 1));
        assert!((s.precision() - 0.5).abs() < 1e-9 && (s.recall() - 0.5).abs() < 1e-9);
        // nothing predicted: the gold arguments count against recall only
        s.add(&[], &gold, 1);
        assert_eq!((s.pred, s.pred_hit, s.gold, s.gold_hit), (2, 1, 4, 1));
        assert_eq!((s.same, s.same_hit), (2, 1));
    }
}
