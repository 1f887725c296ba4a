//! Evaluation of the event stage on public gold sets, read at run time from `shared/data/eval`
//! (never copied). Each set runs the real text → syntax → actors → events chain.
//!
//! * `petrarch`: the PETRARCH2 unit-test records, coded with their own `PETR.Validate.*`
//!   dictionaries (verbs through [`crate::petrarch`], actors and agents through the actor stage's
//!   PETRARCH import); exact (source, target, code) triples.
//! * `plover_gsr`: PLOVER gold-standard records; accuracy of the main event's PLOVER type, with the
//!   older labels mapped to PLOVER 2.0 (DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE,
//!   FIGHT→ASSAULT).
//! * `case2021`: CASE 2021 task 2 snippets; macro-F1 over the ACLED sub-types (the 25 "seen"
//!   labels; snippets of unseen types are left out).
//! * `wikievents`: WikiEvents dev; trigger F1 (type and overlapping trigger) for five types, with
//!   this mapping: `Conflict.Attack.*` ← ASSAULT events (CAMEO 18/19/20 other than the below);
//!   `Life.Die.*` ← killing triggers (kill, murder, assassinate, execute, massacre and their
//!   nouns); `Life.Injure.*` ← wound/injure; `Justice.ArrestJailDetain.*` ← CAMEO 173 with an
//!   arrest mode; `Contact.ThreatenCoerce.*` ← THREATEN.

#[cfg(feature = "chain")]
use crate::{EventCoder, EventError};
use saker_core::eval::EvalReport;
#[cfg(feature = "chain")]
use saker_core::eval::Prf;
use saker_core::nlp::EventCandidate;
#[cfg(feature = "chain")]
use saker_core::nlp::{ActorMention, ParsedSentence};
#[cfg(feature = "chain")]
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// The gold sets this crate scores.
pub const SETS: &[&str] = &["petrarch", "plover_gsr", "case2021", "wikievents"];

#[cfg(feature = "chain")]
/// Text, syntax, actors and events of one document.
pub struct Coded {
    /// Analysed text.
    pub doc: saker_text::TextDoc,
    /// One parse per sentence.
    pub parses: Vec<ParsedSentence>,
    /// Actor mentions.
    pub actors: Vec<ActorMention>,
    /// Event candidates (duplicates merged).
    pub events: Vec<EventCandidate>,
}

#[cfg(feature = "chain")]
impl Coded {
    /// The parts the ACLED report-level rules read.
    pub fn report(&self) -> crate::acled::Report<'_> {
        crate::acled::Report {
            text: &self.doc.norm,
            sentences: &self.doc.sentences,
            parses: &self.parses,
            actors: &self.actors,
            events: &self.events,
        }
    }
}

#[cfg(feature = "chain")]
/// The chain of stages the evaluations run.
pub struct Chain {
    parser: saker_syntax::Parser,
    actors: saker_actors::ActorStage,
    coder: EventCoder,
}

#[cfg(feature = "chain")]
impl Chain {
    /// The default chain: embedded parser, knowledge base and patterns.
    pub fn load_default() -> Result<Chain, String> {
        Ok(Chain {
            parser: saker_syntax::Parser::load_default().map_err(|e| e.to_string())?,
            actors: saker_actors::ActorStage::load_default().map_err(|e| e.to_string())?,
            coder: EventCoder::load_default().map_err(|e| e.to_string())?,
        })
    }

    /// Codes one text.
    pub fn code(&self, text: &str, date: Option<jiff::civil::Date>) -> Coded {
        let doc = saker_text::analyze(text);
        let parses: Vec<ParsedSentence> = doc
            .sentences
            .iter()
            .map(|s| self.parser.parse(&s.words(&doc.norm)))
            .collect();
        let actors = self
            .actors
            .find(&doc.norm, &doc.sentences, Some(&parses), date);
        let events = self.coder.code(&doc.norm, &doc.sentences, &parses, &actors);
        let events = crate::merge_duplicates(&doc.norm, events, &actors);
        Coded {
            doc,
            parses,
            actors,
            events,
        }
    }
}

#[cfg(feature = "chain")]
/// Depth of token `i` in a parse (0 for the root; bounded).
fn depth(p: &ParsedSentence, i: usize) -> usize {
    let mut d = 0;
    let mut cur = i;
    while let Some(t) = p.get(cur) {
        if t.head == 0 || d > p.len() {
            break;
        }
        cur = t.head - 1;
        d += 1;
    }
    d
}

#[cfg(feature = "chain")]
/// The main event of a document: asserted before negated, then the trigger nearest the root of
/// its sentence, then the earliest.
pub fn main_event(c: &Coded, keep: impl Fn(&EventCandidate) -> bool) -> Option<&EventCandidate> {
    c.events.iter().filter(|e| keep(e)).min_by_key(|e| {
        let d = c
            .parses
            .get(e.sentence)
            .map_or(99, |p| depth(p, e.trigger_token));
        (e.negated, d, e.sentence, e.trigger.start)
    })
}

/// Runs one set; `eval_dir` is `…/shared/data/eval`. Never returns a made-up score.
pub fn run(set: &str, eval_dir: &Path) -> Vec<EvalReport> {
    #[cfg(not(feature = "chain"))]
    {
        let task = match set {
            "petrarch" => "event_triples",
            "plover_gsr" => "plover_type_accuracy",
            "case2021" => "acled_subtype_macro_f1",
            "wikievents" => "trigger_f1",
            other => {
                return vec![EvalReport::data_missing(
                    other,
                    "events",
                    format!("unknown set `{other}`; known: {SETS:?}"),
                )]
            }
        };
        let _ = eval_dir;
        vec![EvalReport::not_implemented(set, task)
            .with_note("built without the `chain` feature (text, syntax and actor stages)")]
    }
    #[cfg(feature = "chain")]
    {
        run_chain(set, eval_dir)
    }
}

#[cfg(feature = "chain")]
fn run_chain(set: &str, eval_dir: &Path) -> Vec<EvalReport> {
    let res = match set {
        "petrarch" => petrarch(eval_dir),
        "plover_gsr" => plover_gsr(eval_dir),
        "case2021" => case2021(eval_dir),
        "wikievents" => wikievents(eval_dir),
        other => {
            return vec![EvalReport::data_missing(
                other,
                "events",
                format!("unknown set `{other}`; known: {SETS:?}"),
            )]
        }
    };
    match res {
        Ok(r) => r,
        Err(Fail::Missing(task, what)) => vec![EvalReport::data_missing(set, task, what)],
        Err(Fail::Broken(task, what)) => {
            vec![EvalReport::not_implemented(set, task).with_note(format!("could not run: {what}"))]
        }
    }
}

#[cfg(feature = "chain")]
enum Fail {
    Missing(&'static str, String),
    Broken(&'static str, String),
}

#[cfg(feature = "chain")]
fn need(eval_dir: &Path, rel: &str, task: &'static str) -> Result<std::path::PathBuf, Fail> {
    let p = eval_dir.join(rel);
    if p.exists() {
        Ok(p)
    } else {
        Err(Fail::Missing(task, p.display().to_string()))
    }
}

#[cfg(feature = "chain")]
fn read(p: &Path, task: &'static str) -> Result<String, Fail> {
    std::fs::read_to_string(p).map_err(|e| Fail::Broken(task, format!("{}: {e}", p.display())))
}

// ------------------------------------------------------------------------------------------
// PLOVER GSR

#[cfg(feature = "chain")]
fn plover_gsr(eval_dir: &Path) -> Result<Vec<EvalReport>, Fail> {
    const TASK: &str = "plover_type_accuracy";
    let p = need(eval_dir, "plover_gsr/PLOVER_GSR_CAMEO.json", TASK)?;
    let recs: Vec<serde_json::Value> =
        serde_json::from_str(&read(&p, TASK)?).map_err(|e| Fail::Broken(TASK, e.to_string()))?;
    let chain = Chain::load_default().map_err(|e| Fail::Broken(TASK, e))?;
    let (mut n, mut ok, mut none) = (0usize, 0usize, 0usize);
    let mut per: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for r in &recs {
        let (Some(text), Some(gold)) = (r["text"].as_str(), r["event"].as_str()) else {
            continue;
        };
        let gold = gsr_type_in_plover2(gold, r["mode"].as_str().unwrap_or(""));
        let c = chain.code(text, None);
        let pred = main_event(&c, |e| !e.plover_type.is_empty()).map(|e| e.plover_type.as_str());
        n += 1;
        let hit = pred == Some(gold);
        if !hit && std::env::var_os("SAKER_EVAL_VERBOSE").is_some() {
            let all = event_lines(&c);
            eprintln!("{gold} <- {pred:?} {all:?} | {text}");
        }
        ok += usize::from(hit);
        none += usize::from(pred.is_none());
        let s = per.entry(gold.to_owned()).or_default();
        s.0 += 1;
        s.1 += usize::from(hit);
    }
    let mut rep = EvalReport::scored(
        "plover_gsr",
        TASK,
        n,
        &[
            ("accuracy", saker_core::eval::ratio(ok, n)),
            ("no_event_rate", saker_core::eval::ratio(none, n)),
        ],
    )
    .with_note("gold labels mapped to PLOVER 2.0: DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT; a GSR mode that 2.0 defines only under another type moves the label there (COERCE:destroy→ASSAULT)");
    for (k, (t, h)) in per {
        rep = rep.with_note(format!("{k}: {h}/{t}"));
    }
    Ok(vec![rep])
}

/// The PLOVER 2.0 type of a PLOVER GSR (v0.5) label with its mode: the renamed types of the
/// cue-category table (`../shared/docs/ontology/cameo_to_plover.txt`: DEMAND → REQUEST,
/// DISAPPROVE / INVESTIGATE → ACCUSE, FIGHT → ASSAULT), and a mode that 2.0 no longer defines under
/// the label's type but under exactly one other type moves the label there (property destruction,
/// COERCE:destroy in the GSR, is ASSAULT:destroy in 2.0), except for the verbal types, whose modes
/// name the act talked about (THREATEN:curfew is a threat of a curfew).
pub fn gsr_type_in_plover2<'a>(label: &'a str, mode: &str) -> &'a str {
    let t = match label {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        g => g,
    };
    // The modes of the verbal types name the act asked for, refused or threatened
    // ("THREATEN:curfew"): they never move the label.
    if mode.is_empty()
        || crate::vocab::is_plover_mode(t, mode)
        || matches!(t, "AGREE" | "REQUEST" | "REJECT" | "THREATEN")
    {
        return t;
    }
    let owners: Vec<&'static str> = crate::vocab::PLOVER_TYPES
        .iter()
        .filter(|(_, modes)| modes.contains(&mode))
        .map(|(n, _)| *n)
        .collect();
    match owners.as_slice() {
        [only] => only,
        _ => t,
    }
}

// ------------------------------------------------------------------------------------------
// CASE 2021

/// CASE 2021 task-2 label of an ACLED sub-event type.
pub fn case_label(sub: &str) -> Option<&'static str> {
    Some(match sub {
        "Abduction/forced disappearance" => "ABDUCT_DISSAP",
        "Agreement" => "AGREEMENT",
        "Air/drone strike" => "AIR_STRIKE",
        "Armed clash" => "ARMED_CLASH",
        "Arrests" => "ARREST",
        "Shelling/artillery/missile attack" => "ART_MISS_ATTACK",
        "Attack" => "ATTACK",
        "Change to group/activity" => "CHANGE_TO_GROUP_ACT",
        "Chemical weapon" => "CHEM_WEAP",
        "Disrupted weapons use" => "DISR_WEAP",
        "Excessive force against protesters" => "FORCE_AGAINST_PROTEST",
        "Government regains territory" => "GOV_REGAINS_TERIT",
        "Grenade" => "GRENADE",
        "Headquarters or base established" => "HQ_ESTABLISHED",
        "Mob violence" => "MOB_VIOL",
        "Non-state actor overtakes territory" => "NON_STATE_ACTOR_OVERTAKES_TER",
        "Non-violent transfer of territory" => "NON_VIOL_TERRIT_TRANSFER",
        "Other" => "OTHER",
        "Peaceful protest" => "PEACE_PROTEST",
        "Looting/property destruction" => "PROPERTY_DISTRUCT",
        "Protest with intervention" => "PROTEST_WITH_INTER",
        "Remote explosive/landmine/IED" => "REM_EXPLOS",
        "Sexual violence" => "SEX_VIOL",
        "Suicide bomb" => "SUIC_BOMB",
        "Violent demonstration" => "VIOL_DEMONSTR",
        _ => return None,
    })
}

/// The report label from coded events alone (kept here for callers of `eval`).
pub use crate::acled::record_acled;

#[cfg(feature = "chain")]
/// One line per coded event for the verbose diagnostics: CAMEO, trigger, ACLED label, contexts,
/// number of sources and targets, and whether the trigger is a bare attributive participle.
fn event_lines(c: &Coded) -> Vec<String> {
    c.events
        .iter()
        .map(|e| {
            let sub = e.acled.as_ref().and_then(|(_, s)| case_label(s));
            let ctx = e.plover_contexts.join(",");
            format!(
                "{}:{}/{}/{ctx}/s{}t{}{}",
                e.cameo,
                e.trigger.slice(&c.doc.norm),
                sub.unwrap_or("-"),
                e.sources.len(),
                e.targets.len(),
                if crate::acled::attributive(&c.report(), e) {
                    "/attr"
                } else {
                    ""
                }
            )
        })
        .collect()
}

#[cfg(feature = "chain")]
fn case2021(eval_dir: &Path) -> Result<Vec<EvalReport>, Fail> {
    let chain = Chain::load_default().map_err(|e| Fail::Broken("acled_subtype_macro_f1", e))?;
    // `SAKER_EVAL_VERBOSE=parse` adds the parse of the first two sentences to each miss.
    let with_parse = std::env::var("SAKER_EVAL_VERBOSE").is_ok_and(|v| v == "parse");
    case2021_by(eval_dir, &|snip: &str| {
        let c = chain.code(snip, None);
        let pred = crate::acled::report_acled(&c.report()).map(|(_, s)| s.to_owned());
        let mut about = format!("{:?}", event_lines(&c));
        if with_parse {
            for (s, p) in c.doc.sentences.iter().zip(&c.parses).take(2) {
                for (k, (tok, syn)) in s.tokens.iter().zip(p).enumerate() {
                    let w = tok.span.slice(&c.doc.norm);
                    let (l, h, r) = (&syn.lemma, syn.head, &syn.deprel);
                    about.push_str(&format!("\n    {} {w} {l} {} {h} {r}", k + 1, syn.xpos));
                }
            }
        }
        (pred, about)
    })
}

/// Scores CASE 2021 task 2 (ACLED sub-event types of news snippets, macro-F1) with `predict`,
/// which gives a snippet's ACLED sub-event type and a description of what was coded (printed
/// for misses with `SAKER_EVAL_VERBOSE=1`, for every snippet with `=all`). The `saker` crate
/// passes its whole pipeline, so the score is that of the product's report-level label.
#[cfg(feature = "chain")]
pub fn case2021_with(
    eval_dir: &Path,
    predict: &dyn Fn(&str) -> (Option<String>, String),
) -> Vec<EvalReport> {
    match case2021_by(eval_dir, predict) {
        Ok(r) => r,
        Err(Fail::Missing(task, what)) => vec![EvalReport::data_missing("case2021", task, what)],
        Err(Fail::Broken(task, what)) => vec![EvalReport::not_implemented("case2021", task)
            .with_note(format!("could not run: {what}"))],
    }
}

#[cfg(feature = "chain")]
fn case2021_by(
    eval_dir: &Path,
    predict: &dyn Fn(&str) -> (Option<String>, String),
) -> Result<Vec<EvalReport>, Fail> {
    const TASK: &str = "acled_subtype_macro_f1";
    let p = need(eval_dir, "case2021_task2/case2021_task2.tsv", TASK)?;
    let text = read(&p, TASK)?;
    let seen: Vec<&str> = crate::vocab::ACLED_SUBTYPES
        .iter()
        .filter_map(|(_, _, s)| case_label(s))
        .collect();
    let mut prf: HashMap<&str, Prf> = HashMap::new();
    let (mut n, mut ok, mut skipped) = (0usize, 0usize, 0usize);
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (Some(snip), Some(gold)) = (f.get(1), f.get(2)) else {
            continue;
        };
        let gold = gold.trim();
        if !seen.contains(&gold) {
            skipped += 1;
            continue;
        }
        let (sub, about) = predict(snip);
        let pred = sub.as_deref().and_then(case_label);
        n += 1;
        // SAKER_EVAL_VERBOSE=1 prints the misses, SAKER_EVAL_VERBOSE=all every snippet.
        let verbose = std::env::var("SAKER_EVAL_VERBOSE").ok();
        if verbose.as_deref() == Some("all") || (pred != Some(gold) && verbose.is_some()) {
            let short: String = snip.chars().take(150).collect();
            eprintln!("{gold} <- {pred:?} {about} | {short}");
        }
        if pred == Some(gold) {
            ok += 1;
            prf.entry(gold).or_default().tp += 1;
        } else {
            prf.entry(gold).or_default().fn_ += 1;
            if let Some(p) = pred {
                prf.entry(p).or_default().fp += 1;
            }
        }
    }
    let labels: Vec<&str> = seen
        .iter()
        .copied()
        .filter(|l| prf.get(l).is_some_and(|p| p.tp + p.fn_ > 0))
        .collect();
    let macro_f1 = if labels.is_empty() {
        0.0
    } else {
        labels.iter().map(|l| prf[l].f1()).sum::<f64>() / labels.len() as f64
    };
    let mut rep = EvalReport::scored(
        "case2021",
        TASK,
        n,
        &[
            ("macro_f1", macro_f1),
            ("accuracy", saker_core::eval::ratio(ok, n)),
        ],
    )
    .with_note(format!(
        "{skipped} snippets of unseen (non-ACLED) types left out; macro-F1 over the {} ACLED sub-types present in gold; record label by ACLED precedence and the report's cues (saker_events::acled::report_acled); no ACLED-coded event = no prediction",
        labels.len()
    ));
    for l in labels {
        let p = prf[l];
        rep = rep.with_note(format!(
            "{l}: F1 {:.2} (tp {} fp {} fn {})",
            p.f1(),
            p.tp,
            p.fp,
            p.fn_
        ));
    }
    Ok(vec![rep])
}

// ------------------------------------------------------------------------------------------
// WikiEvents

#[cfg_attr(not(feature = "chain"), allow(dead_code))]
const KILL_WORDS: &[&str] = &[
    "kill",
    "killing",
    "murder",
    "assassinate",
    "assassination",
    "execute",
    "execution",
    "massacre",
    "slay",
    "slaughter",
    "behead",
    "lynch",
];

#[cfg_attr(not(feature = "chain"), allow(dead_code))]
fn wiki_type(e: &EventCandidate, trigger: &str) -> Option<&'static str> {
    let w = trigger.to_lowercase();
    let first = w.split_whitespace().next().unwrap_or("");
    let stem = |x: &str| {
        KILL_WORDS
            .iter()
            .any(|k| x.starts_with(&k[..k.len().min(5)]))
    };
    match e.plover_type.as_str() {
        "THREATEN" => Some("threaten"),
        "COERCE" if e.cameo.starts_with("173") => Some("arrest"),
        "ACCUSE" if e.cameo.starts_with("173") => None,
        "ASSAULT" => {
            if stem(first) {
                Some("die")
            } else if first.starts_with("wound") || first.starts_with("injur") {
                Some("injure")
            } else {
                Some("attack")
            }
        }
        _ => None,
    }
}

#[cfg_attr(not(feature = "chain"), allow(dead_code))]
fn gold_wiki_type(t: &str) -> Option<&'static str> {
    if t.starts_with("Conflict.Attack.") {
        Some("attack")
    } else if t.starts_with("Life.Die.") {
        Some("die")
    } else if t.starts_with("Life.Injure.") {
        Some("injure")
    } else if t.starts_with("Justice.ArrestJailDetain.") {
        Some("arrest")
    } else if t.starts_with("Contact.ThreatenCoerce.") {
        Some("threaten")
    } else {
        None
    }
}

#[cfg(feature = "chain")]
fn wikievents(eval_dir: &Path) -> Result<Vec<EvalReport>, Fail> {
    const TASK: &str = "trigger_f1";
    let p = need(eval_dir, "wikievents/dev.jsonl", TASK)?;
    let text = read(&p, TASK)?;
    let chain = Chain::load_default().map_err(|e| Fail::Broken(TASK, e))?;
    let mut total = Prf::default();
    let mut per: BTreeMap<&str, Prf> = BTreeMap::new();
    let mut docs = 0;
    for line in text.lines() {
        let Ok(d) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(doc_text) = d["text"].as_str() else {
            continue;
        };
        let tokens: Vec<&str> = d["tokens"]
            .as_array()
            .map(|a| a.iter().map(|t| t.as_str().unwrap_or("")).collect())
            .unwrap_or_default();
        // Token → byte span in the document text (tokens appear in order).
        let mut offs = Vec::with_capacity(tokens.len());
        let mut at = 0;
        for t in &tokens {
            match doc_text.get(at..).and_then(|r| r.find(t)) {
                Some(k) => {
                    offs.push((at + k, at + k + t.len()));
                    at += k + t.len();
                }
                None => offs.push((at, at)),
            }
        }
        let mut gold: Vec<(&str, usize, usize)> = Vec::new();
        for m in d["event_mentions"].as_array().into_iter().flatten() {
            let Some(ty) = m["event_type"].as_str().and_then(gold_wiki_type) else {
                continue;
            };
            let (s, e) = (
                m["trigger"]["start"].as_u64().unwrap_or(0) as usize,
                m["trigger"]["end"].as_u64().unwrap_or(0) as usize,
            );
            if let (Some(a), Some(b)) = (offs.get(s), offs.get(e.saturating_sub(1))) {
                gold.push((ty, a.0, b.1));
            }
        }
        docs += 1;
        let c = chain.code(doc_text, None);
        let mut pred: Vec<(&str, usize, usize)> = Vec::new();
        for e in &c.events {
            if e.negated {
                continue;
            }
            let Some(sent) = c.doc.sentences.get(e.sentence) else {
                continue;
            };
            let Some(tok) = sent.tokens.get(e.trigger_token) else {
                continue;
            };
            let Some(ty) = wiki_type(e, tok.span.slice(&c.doc.norm)) else {
                continue;
            };
            let o = c.doc.to_original(tok.span);
            if !pred.iter().any(|p| p.0 == ty && p.1 == o.start) {
                pred.push((ty, o.start, o.end));
            }
        }
        let mut used = vec![false; gold.len()];
        for p in &pred {
            let hit = gold
                .iter()
                .enumerate()
                .find(|(k, g)| !used[*k] && g.0 == p.0 && g.1 < p.2 && p.1 < g.2)
                .map(|(k, _)| k);
            let s = per.entry(p.0).or_default();
            match hit {
                Some(k) => {
                    used[k] = true;
                    s.tp += 1;
                }
                None => {
                    s.fp += 1;
                    if std::env::var_os("SAKER_EVAL_VERBOSE").is_some() {
                        eprintln!("wikievents extra doc {docs}: {} at {}..{}", p.0, p.1, p.2);
                    }
                }
            }
        }
        for (k, g) in gold.iter().enumerate() {
            if !used[k] {
                per.entry(g.0).or_default().fn_ += 1;
                if std::env::var_os("SAKER_EVAL_VERBOSE").is_some() {
                    eprintln!("wikievents missed doc {docs}: {} at {}..{}", g.0, g.1, g.2);
                }
            }
        }
    }
    for p in per.values() {
        total.add(*p);
    }
    let mut rep = EvalReport::scored(
        "wikievents",
        TASK,
        total.tp + total.fn_,
        &[
            ("f1", total.f1()),
            ("precision", total.precision()),
            ("recall", total.recall()),
        ],
    )
    .with_note(format!(
        "{docs} documents; types attack/die/injure/arrest/threaten mapped as documented in saker_events::eval"
    ));
    for (k, p) in per {
        rep = rep.with_note(format!(
            "{k}: F1 {:.2} (tp {} fp {} fn {})",
            p.f1(),
            p.tp,
            p.fp,
            p.fn_
        ));
    }
    Ok(vec![rep])
}

// ------------------------------------------------------------------------------------------
// PETRARCH unit tests

/// One PETRARCH validation record.
#[derive(Debug, Clone, Default)]
pub struct PetrRecord {
    /// Record id (`DEMO-01`).
    pub id: String,
    /// The sentence.
    pub text: String,
    /// Expected (source, target, code) triples; empty for `noevents`.
    pub gold: Vec<(String, String, String)>,
    /// True when the record tests an error path (discard, bad parse) and is not scored.
    pub skip: bool,
    /// The record's date (`YYYYMMDD`), which date-restricted actor codes depend on.
    /// (evroles: added so the scorer codes records on their own date.)
    pub date: Option<String>,
}

/// Reads the PETRARCH unit-test records (`PETR.UnitTest.records.xml`).
pub fn read_petrarch_records(xml: &str) -> Result<Vec<PetrRecord>, String> {
    use quick_xml::events::Event;
    let mut r = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut cur: Option<PetrRecord> = None;
    let mut in_text = false;
    loop {
        match r.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name().as_ref().to_vec();
                let attr = |k: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == k.as_bytes())
                        .map(|a| {
                            String::from_utf8_lossy(&a.value)
                                .trim_matches('"')
                                .to_owned()
                        })
                };
                match name.as_slice() {
                    b"Sentence" => {
                        cur = Some(PetrRecord {
                            id: attr("id").unwrap_or_default(),
                            date: attr("date"),
                            ..PetrRecord::default()
                        });
                    }
                    b"EventCoding" => {
                        if let Some(c) = cur.as_mut() {
                            if attr("error").is_some() {
                                c.skip = true;
                            } else if let (Some(s), Some(t), Some(k)) =
                                (attr("sourcecode"), attr("targetcode"), attr("eventcode"))
                            {
                                c.gold.push((s, t, k));
                            }
                        }
                    }
                    b"Text" => in_text = true,
                    _ => {}
                }
            }
            Event::Text(t) if in_text => {
                if let Some(c) = cur.as_mut() {
                    let s = String::from_utf8_lossy(t.as_ref()).into_owned();
                    c.text.push_str(&s);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                b"Text" => in_text = false,
                b"Sentence" => {
                    if let Some(mut c) = cur.take() {
                        c.text = c.text.split_whitespace().collect::<Vec<_>>().join(" ");
                        out.push(c);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The (source, target, code) triples PETRARCH writes for one event whose actors carry the codes
/// `srcs` and `tgts` (`---` for an uncoded noun phrase): an actor with several codes (`A/B`)
/// gives one triple per code; coordinated sources without a target act on each other; an event
/// without a coded source is not written (PETRARCH's `require_dyad`; an uncoded target is
/// written `---`).
pub fn petrarch_triples(
    srcs: &[String],
    tgts: &[String],
    cameo: &str,
) -> Vec<(String, String, String)> {
    let split = |v: &[String]| -> Vec<String> {
        v.iter()
            .flat_map(|c| c.split('/').map(str::to_owned).collect::<Vec<_>>())
            .collect()
    };
    let mut out = Vec::new();
    if srcs.is_empty() {
        return out;
    }
    let srcs = split(srcs);
    let reciprocal = tgts.is_empty() && srcs.len() >= 2;
    let tgts: Vec<String> = if reciprocal {
        srcs.clone()
    } else if tgts.is_empty() {
        vec!["---".into()]
    } else {
        split(tgts)
    };
    for s in &srcs {
        for t in &tgts {
            // No actor acts on itself (PETRARCH drops an event whose source and target codes
            // are one).
            if s == t || s == "---" {
                continue;
            }
            let trip = (s.clone(), t.clone(), cameo.to_owned());
            if !out.contains(&trip) {
                out.push(trip);
            }
        }
    }
    out
}

#[cfg(feature = "chain")]
fn petrarch(eval_dir: &Path) -> Result<Vec<EvalReport>, Fail> {
    const TASK: &str = "event_triples";
    let dir = "petrarch2_validation";
    let recs = need(eval_dir, &format!("{dir}/PETR.UnitTest.records.xml"), TASK)?;
    let verbs = need(eval_dir, &format!("{dir}/PETR.Validate.verbs.txt"), TASK)?;
    let actors = need(eval_dir, &format!("{dir}/PETR.Validate.actors.txt"), TASK)?;
    let agents = need(eval_dir, &format!("{dir}/PETR.Validate.agents.txt"), TASK)?;
    let records = read_petrarch_records(&read(&recs, TASK)?).map_err(|e| Fail::Broken(TASK, e))?;
    let coder = EventCoder::from_petrarch_verbs(&verbs)
        .map_err(|e: EventError| Fail::Broken(TASK, e.to_string()))?;
    let mut kb = saker_actors::Kb::default();
    kb.entities.extend(saker_actors::petrarch::parse_actors(
        &read(&actors, TASK)?,
        &actors.display().to_string(),
    ));
    kb.agents
        .extend(saker_actors::petrarch::parse_agents(&read(&agents, TASK)?));
    let chain = Chain {
        parser: saker_syntax::Parser::load_default()
            .map_err(|e| Fail::Broken(TASK, e.to_string()))?,
        actors: saker_actors::ActorStage::from_kb(kb, ""),
        coder,
    };
    let (mut gold_n, mut found, mut pred_n, mut extra, mut scored) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    for r in records.iter().filter(|r| !r.skip) {
        scored += 1;
        // evroles: the record's own date (date-restricted actor codes, the DATE-* records).
        let date = r.date.as_deref().and_then(|d| {
            let n = |a: usize, b: usize| d.get(a..b).and_then(|x| x.parse::<i16>().ok());
            jiff::civil::Date::new(
                n(0, 4)?,
                i8::try_from(n(4, 6)?).ok()?,
                i8::try_from(n(6, 8)?).ok()?,
            )
            .ok()
        });
        let c = chain.code(&r.text, date);
        // A mention without a code takes the code of a mention right before it in the same noun
        // phrase ("Fornost President Umbardacil").
        let code_of = |i: &usize| {
            let Some(a) = c.actors.get(*i) else {
                return "---".to_owned();
            };
            if let Some(code) = &a.cameo {
                return code.clone();
            }
            c.actors
                .iter()
                .filter(|b| {
                    b.cameo.is_some()
                        && b.span.end <= a.span.start
                        && a.span.start - b.span.end <= 1
                })
                .find_map(|b| b.cameo.clone())
                .unwrap_or_else(|| "---".into())
        };
        let mut pred: Vec<(String, String, String)> = Vec::new();
        for e in c.events.iter().filter(|e| !e.negated) {
            let srcs: Vec<String> = e.sources.iter().map(code_of).collect();
            let tgts: Vec<String> = e.targets.iter().map(code_of).collect();
            for trip in petrarch_triples(&srcs, &tgts, &e.cameo) {
                if !pred.contains(&trip) {
                    pred.push(trip);
                }
            }
        }
        if std::env::var_os("SAKER_EVAL_VERBOSE").is_some() {
            let acts: Vec<String> = c
                .actors
                .iter()
                .map(|a| {
                    format!(
                        "{}={}",
                        a.span.slice(&c.doc.norm),
                        a.cameo.as_deref().unwrap_or("?")
                    )
                })
                .collect();
            eprintln!(
                "{}\t{}\n  gold {:?}\n  pred {:?}\n  actors {:?}",
                r.id, r.text, r.gold, pred, acts
            );
            // `SAKER_EVAL_VERBOSE=parse` adds the dependency parse (for debugging roles).
            if std::env::var("SAKER_EVAL_VERBOSE").is_ok_and(|v| v == "parse") {
                for e in &c.events {
                    eprintln!(
                        "    event {} {} neg={} src={:?} tgt={:?}",
                        e.trigger.slice(&c.doc.norm),
                        e.cameo,
                        e.negated,
                        e.sources,
                        e.targets
                    );
                }
                for (s, p) in c.doc.sentences.iter().zip(&c.parses) {
                    for (k, (tok, syn)) in s.tokens.iter().zip(p).enumerate() {
                        eprintln!(
                            "    {} {} {} {} {}",
                            k + 1,
                            tok.span.slice(&c.doc.norm),
                            syn.xpos,
                            syn.head,
                            syn.deprel
                        );
                    }
                }
            }
        }
        gold_n += r.gold.len();
        pred_n += pred.len();
        let mut used = vec![false; pred.len()];
        for g in &r.gold {
            if let Some(k) = (0..pred.len()).find(|&k| !used[k] && pred[k] == *g) {
                used[k] = true;
                found += 1;
            }
        }
        extra += used.iter().filter(|u| !**u).count();
    }
    let p = Prf {
        tp: found,
        fp: extra,
        fn_: gold_n - found,
    };
    Ok(vec![EvalReport::scored(
        "petrarch",
        TASK,
        gold_n,
        &[
            ("found_exact", saker_core::eval::ratio(found, gold_n)),
            ("extra_rate", saker_core::eval::ratio(extra, pred_n)),
            ("precision", p.precision()),
            ("recall", p.recall()),
            ("f1", p.f1()),
        ],
    )
    .with_note(format!(
        "{scored} records scored (error-path records skipped); sentences parsed by saker-syntax, not the records' own trees; dictionaries PETR.Validate.* read at run time; PETRARCH conventions: positional source/target fallback, comma-clause deletion, require_dyad, multi-code actors split, coordinated sources without a target paired"
    ))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn petrarch_triples_follow_its_conventions() {
        let v = |x: &[&str]| x.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let t = |a: &str, b: &str| (a.to_owned(), b.to_owned(), "041".to_owned());
        // Multi-code actors split; coordinated sources without a target pair up.
        assert_eq!(
            petrarch_triples(&v(&["AAA/BBB"]), &v(&["CCC"]), "041"),
            vec![t("AAA", "CCC"), t("BBB", "CCC")]
        );
        assert_eq!(
            petrarch_triples(&v(&["AAA", "BBB"]), &[], "041"),
            vec![t("AAA", "BBB"), t("BBB", "AAA")]
        );
        assert_eq!(
            petrarch_triples(&v(&["AAA"]), &[], "041"),
            vec![t("AAA", "---")]
        );
        assert!(petrarch_triples(&v(&["AAA"]), &v(&["AAA"]), "041").is_empty());
        // No source, or no coded source: nothing.
        assert!(petrarch_triples(&[], &v(&["CCC"]), "041").is_empty());
        assert!(petrarch_triples(&v(&["---"]), &v(&["---"]), "041").is_empty());
        assert!(petrarch_triples(&v(&["---"]), &[], "041").is_empty());
        assert!(petrarch_triples(&v(&["---"]), &v(&["CCC"]), "041").is_empty());
        assert_eq!(
            petrarch_triples(&v(&["---", "AAA"]), &v(&["CCC"]), "041"),
            vec![t("AAA", "CCC")]
        );
    }

    #[test]
    fn reads_petrarch_records() {
        let xml = r#"<Validation><Sentences>
<Sentence date="1" id="A-1" category="X" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor restores
ties with Gondor.
</Text>
</Sentence>
<Sentence id="A-2"><EventCoding noevents = "True"></EventCoding><Text>Nothing.</Text></Sentence>
<Sentence id="A-3"><EventCoding error="dateline"></EventCoding><Text>X</Text></Sentence>
</Sentences></Validation>"#;
        let r = read_petrarch_records(xml).unwrap();
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].text, "Arnor restores ties with Gondor.");
        assert_eq!(r[0].gold, vec![("ARN".into(), "GON".into(), "064".into())]);
        assert!(r[1].gold.is_empty() && !r[1].skip);
        assert!(r[2].skip);
    }

    fn acled_event(sub: &str, cameo: &str) -> EventCandidate {
        EventCandidate {
            cameo: cameo.into(),
            acled: crate::vocab::ACLED_SUBTYPES
                .iter()
                .find(|(_, _, s)| *s == sub)
                .map(|(_, t, s)| ((*t).to_owned(), (*s).to_owned())),
            ..EventCandidate::default()
        }
    }

    #[test]
    fn record_acled_follows_the_precedence() {
        let sub = |evs: &[EventCandidate]| record_acled(evs).map(|a| a.1);
        // (events as (ACLED sub-type, CAMEO), the report's sub-type)
        let cases: &[(&[(&str, &str)], &str)] = &[
            (
                &[("Attack", "190"), ("Suicide bomb", "1831")],
                "Suicide bomb",
            ),
            // Weapons seized in a raid: the disruption is the event.
            (
                &[("Attack", "190"), ("Disrupted weapons use", "1711")],
                "Disrupted weapons use",
            ),
            // A takeover after the other side withdrew, with no fighting.
            (
                &[
                    ("Non-state actor overtakes territory", "192"),
                    ("Change to group/activity", "0874"),
                ],
                "Non-violent transfer of territory",
            ),
            (
                &[
                    ("Non-state actor overtakes territory", "192"),
                    ("Change to group/activity", "0874"),
                    ("Armed clash", "190"),
                ],
                "Non-state actor overtakes territory",
            ),
            // Protests: intervention by tear gas, violence by protesters.
            (
                &[
                    ("Peaceful protest", "141"),
                    ("Protest with intervention", "175"),
                ],
                "Protest with intervention",
            ),
            (
                &[
                    ("Peaceful protest", "141"),
                    ("Protest with intervention", "175"),
                    ("Violent demonstration", "145"),
                ],
                "Violent demonstration",
            ),
        ];
        for (events, want) in cases {
            let evs: Vec<EventCandidate> = events.iter().map(|(s, c)| acled_event(s, c)).collect();
            assert_eq!(sub(&evs), Some(*want), "{events:?}");
        }
        let mut neg = acled_event("Attack", "190");
        neg.negated = true;
        assert_eq!(sub(&[neg]), None);
    }

    #[test]
    fn record_acled_reads_police_action_lead_and_agreements() {
        let sub = |evs: &[EventCandidate]| record_acled(evs).map(|a| a.1);
        // Tear gas fired during clashes, with no protest verb: a riot, not an armed clash.
        let evs = [
            acled_event("Protest with intervention", "175"),
            acled_event("Armed clash", "190"),
        ];
        assert_eq!(sub(&evs), Some("Violent demonstration"));
        // Troops sent (lead sentence); an attack they are meant for, told later.
        let mut later = acled_event("Armed clash", "190");
        later.sentence = 1;
        let evs = [
            acled_event("Change to group/activity", "154"),
            later.clone(),
        ];
        assert_eq!(sub(&evs), Some("Change to group/activity"));
        // The same two in one sentence: the clash comes first.
        later.sentence = 0;
        let evs = [acled_event("Change to group/activity", "154"), later];
        assert_eq!(sub(&evs), Some("Armed clash"));
        // A ceasefire agreed, no ACLED-coded event: an agreement.
        assert_eq!(sub(&[acled_event("-", "0356")]), Some("Agreement"));
        assert_eq!(sub(&[acled_event("-", "046")]), None);
    }

    #[test]
    fn gsr_labels_follow_plover_2() {
        assert_eq!(gsr_type_in_plover2("DEMAND", ""), "REQUEST");
        assert_eq!(gsr_type_in_plover2("FIGHT", "heavy-weapons"), "ASSAULT");
        assert_eq!(gsr_type_in_plover2("COERCE", "destroy"), "ASSAULT");
        // A mode the type still has, or one 2.0 does not define at all, keeps the label.
        assert_eq!(gsr_type_in_plover2("COERCE", "curfew"), "COERCE");
        assert_eq!(gsr_type_in_plover2("COERCE", "detain"), "COERCE");
        // `restrict` is defined under both THREATEN and COERCE: ambiguous, kept.
        assert_eq!(gsr_type_in_plover2("SANCTION", "restrict"), "SANCTION");
        assert_eq!(gsr_type_in_plover2("THREATEN", "curfew"), "THREATEN");
    }

    #[test]
    fn labels_and_unknown_sets() {
        assert_eq!(case_label("Air/drone strike"), Some("AIR_STRIKE"));
        for (_, _, s) in crate::vocab::ACLED_SUBTYPES {
            assert!(case_label(s).is_some(), "{s}");
        }
        let r = run("nope", Path::new("/nonexistent"));
        assert!(matches!(
            r[0].status,
            saker_core::eval::EvalStatus::DataMissing { .. }
        ));
        let r = run("case2021", Path::new("/nonexistent"));
        #[cfg(feature = "chain")]
        assert!(matches!(
            r[0].status,
            saker_core::eval::EvalStatus::DataMissing { .. }
        ));
        #[cfg(not(feature = "chain"))]
        assert!(matches!(
            r[0].status,
            saker_core::eval::EvalStatus::NotImplemented
        ));
        assert_eq!(gold_wiki_type("Life.Die.Unspecified"), Some("die"));
        assert_eq!(gold_wiki_type("Contact.Contact.Meet"), None);
    }
}
