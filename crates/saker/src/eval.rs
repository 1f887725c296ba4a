//! The evaluation harness behind `saker eval`: runs every stage's scorer on the gold sets in
//! `shared/data/eval` (and the UD treebanks in `shared/data/ud`), and checks the results against
//! the floor thresholds kept in the repository (`eval/thresholds.toml`).
//!
//! A task whose stage is not built reports "not implemented" — never a made-up number — and a
//! set whose files are absent reports that the data is missing.

use saker_core::eval::{EvalReport, EvalStatus};
use saker_core::nlp::Sentence;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A scorer: given the `shared/data` folder, the reports of one gold set.
type Scorer = fn(&Path) -> Vec<EvalReport>;

/// One gold set: its name, the tasks scored on it, and the scorer if its stage is built.
pub struct GoldSet {
    /// Name used with `--set`.
    pub name: &'static str,
    /// Folder (relative to `shared/data`) whose presence shows the data is there.
    pub folder: &'static str,
    /// Tasks a scorer would report, listed when it is not implemented yet.
    pub tasks: &'static [&'static str],
    scorer: Option<Scorer>,
}

fn ud(data: &Path) -> Vec<EvalReport> {
    let mut r = saker_text::eval::run("ud", data);
    r.extend(saker_syntax::eval::run("ud", data));
    r
}

/// Runs an actor scorer the way the pipeline runs the stage: the scorer's sentences tokenized by
/// the text layer and tagged by the pipeline's tagger (with the event patterns' headline hints),
/// and the place stage's spans.
fn actors_with_places(set: &str, data: &Path) -> Vec<EvalReport> {
    let (Ok(g), Ok(parser), Ok(events)) = (
        saker_place::Geocoder::load_default(),
        saker_syntax::Parser::load_default(),
        saker_events::EventCoder::load_default(),
    ) else {
        return saker_actors::eval::run(set, &data.join("eval"));
    };
    let (verbs, nouns) = events.trigger_lemmas();
    let parser = parser.with_headline_hints(saker_syntax::HeadlineHints::new(verbs, nouns));
    saker_actors::eval::run_with_context(set, &data.join("eval"), &|text, sents| {
        let sentences: Vec<Sentence> = sents
            .iter()
            .map(|s| Sentence {
                span: s.span,
                tokens: text
                    .get(s.span.start..s.span.end)
                    .map(|t| saker_text::tokenize(t, s.span.start))
                    .unwrap_or_default(),
            })
            .collect();
        let parses = sentences
            .iter()
            .map(|s| parser.tag_sentence(&s.words(text)))
            .collect::<Vec<_>>();
        let places = g
            .find(text, &sentences, Some(&parses))
            .iter()
            .map(|p| p.span)
            .collect();
        saker_actors::eval::Context {
            sentences,
            parses,
            places,
        }
    })
}

fn uner(data: &Path) -> Vec<EvalReport> {
    actors_with_places("uner", data)
}

fn re3d(data: &Path) -> Vec<EvalReport> {
    actors_with_places("re3d", data)
}

fn plover_gsr(data: &Path) -> Vec<EvalReport> {
    let mut r = saker_events::eval::run("plover_gsr", &data.join("eval"));
    r.extend(actors_with_places("plover_gsr_actors", data));
    r
}

fn petrarch(data: &Path) -> Vec<EvalReport> {
    saker_events::eval::run("petrarch", &data.join("eval"))
}

/// CASE 2021 through the whole pipeline: the score is that of the report-level ACLED label users
/// get (`CodedArticle::acled`, `saker code --format acled`).
fn case2021(data: &Path) -> Vec<EvalReport> {
    let pipeline = match crate::Pipeline::new() {
        Ok(p) => p,
        Err(e) => {
            return vec![
                EvalReport::not_implemented("case2021", "acled_subtype_macro_f1")
                    .with_note(format!("could not build the pipeline: {e}")),
            ]
        }
    };
    saker_events::eval::case2021_with(&data.join("eval"), &|snip: &str| {
        let art = saker_core::Article::new("case", None, snip);
        match pipeline.code(&art) {
            Ok(c) => {
                let about: Vec<String> = c
                    .events
                    .iter()
                    .map(|e| format!("{} {:?}", e.cameo, e.trigger.text))
                    .collect();
                (c.acled.map(|a| a.sub_event_type), format!("{about:?}"))
            }
            Err(e) => (None, e.to_string()),
        }
    })
}

fn wikievents(data: &Path) -> Vec<EvalReport> {
    saker_events::eval::run("wikievents", &data.join("eval"))
}

fn geowebnews(data: &Path) -> Vec<EvalReport> {
    saker_place::eval::run("geowebnews", &data.join("eval"))
}

fn lgl(data: &Path) -> Vec<EvalReport> {
    saker_place::eval::run("lgl", &data.join("eval"))
}

fn ucdp(data: &Path) -> Vec<EvalReport> {
    let mut r = crate::ucdp::run(data);
    r.extend(saker_place::eval::run("ucdp_ged_iraq", &data.join("eval")));
    r
}

fn tempeval3(data: &Path) -> Vec<EvalReport> {
    saker_time::eval::run("tempeval3", &data.join("eval"))
}

/// Every gold set Saker knows, in the order `saker eval` runs them.
pub fn gold_sets() -> Vec<GoldSet> {
    vec![
        GoldSet {
            name: "ud",
            folder: "ud",
            tasks: &["sentence_split", "upos", "uas", "las"],
            scorer: Some(ud),
        },
        GoldSet {
            name: "tempeval3",
            folder: "eval/tempeval3",
            tasks: &["timex_span", "timex_value"],
            scorer: Some(tempeval3),
        },
        GoldSet {
            name: "geowebnews",
            folder: "eval/geowebnews",
            tasks: &["toponym_recognition", "geocoding"],
            scorer: Some(geowebnews),
        },
        GoldSet {
            name: "lgl",
            folder: "eval/lgl",
            tasks: &["toponym_recognition", "geocoding"],
            scorer: Some(lgl),
        },
        GoldSet {
            name: "uner",
            folder: "eval/uner_english_ewt",
            tasks: &["ner_span"],
            scorer: Some(uner),
        },
        GoldSet {
            name: "re3d",
            folder: "eval/re3d",
            tasks: &["entity_span"],
            scorer: Some(re3d),
        },
        GoldSet {
            name: "petrarch",
            folder: "eval/petrarch2_validation",
            tasks: &["event_triples"],
            scorer: Some(petrarch),
        },
        GoldSet {
            name: "plover_gsr",
            folder: "eval/plover_gsr",
            tasks: &["event_type", "actor_code"],
            scorer: Some(plover_gsr),
        },
        GoldSet {
            name: "case2021",
            folder: "eval/case2021_task2",
            tasks: &["acled_subtype"],
            scorer: Some(case2021),
        },
        GoldSet {
            name: "wikievents",
            folder: "eval/wikievents",
            tasks: &["trigger"],
            scorer: Some(wikievents),
        },
        GoldSet {
            name: "ucdp",
            folder: "eval/ucdp_ged_iraq",
            tasks: &["headline_events"],
            scorer: Some(ucdp),
        },
        GoldSet {
            name: "rams",
            folder: "eval/rams",
            tasks: &["argument"],
            scorer: Some(crate::rams::run),
        },
    ]
}

/// Accepts `shared`, `shared/data` or `shared/data/eval` and returns `shared/data`.
pub fn data_root(given: &Path) -> PathBuf {
    if given.join("data").join("eval").is_dir() {
        return given.join("data");
    }
    if given.file_name().is_some_and(|n| n == "eval") {
        if let Some(p) = given.parent() {
            return p.to_path_buf();
        }
    }
    given.to_path_buf()
}

/// Names that stand for several gold sets: one per stage, so `--set geo` scores everything the
/// place stage is judged on.
pub const SET_GROUPS: &[(&str, &[&str])] = &[
    ("syntax", &["ud"]),
    ("time", &["tempeval3"]),
    ("geo", &["geowebnews", "lgl", "ucdp"]),
    ("actors", &["uner", "re3d", "plover_gsr"]),
    (
        "events",
        &[
            "petrarch",
            "plover_gsr",
            "case2021",
            "wikievents",
            "ucdp",
            "rams",
        ],
    ),
];

/// Runs the scorers of `set` — a gold set or a group of [`SET_GROUPS`] — or of every set when
/// `None`, on the data under `data`. Returns `Err` with the known names when `set` is unknown.
pub fn run(data: &Path, set: Option<&str>) -> Result<Vec<EvalReport>, String> {
    let root = data_root(data);
    let sets = gold_sets();
    let chosen: Option<Vec<&str>> = match set {
        None => None,
        Some(s) => match SET_GROUPS.iter().find(|(g, _)| *g == s) {
            Some((_, members)) => Some(members.to_vec()),
            None if sets.iter().any(|g| g.name == s) => Some(vec![s]),
            None => {
                let mut names: Vec<&str> = sets.iter().map(|g| g.name).collect();
                names.extend(SET_GROUPS.iter().map(|(g, _)| *g));
                return Err(format!(
                    "unknown set {s:?}; known sets: {}",
                    names.join(", ")
                ));
            }
        },
    };
    let mut out = Vec::new();
    for g in sets
        .iter()
        .filter(|g| chosen.as_ref().is_none_or(|c| c.contains(&g.name)))
    {
        let dir = root.join(g.folder);
        if !dir.exists() {
            out.push(EvalReport::data_missing(
                g.name,
                "all",
                format!("{} not found", dir.display()),
            ));
            continue;
        }
        match g.scorer {
            Some(f) => out.extend(f(&root)),
            None => out.extend(
                g.tasks
                    .iter()
                    .map(|t| EvalReport::not_implemented(g.name, t)),
            ),
        }
    }
    Ok(out)
}

/// A floor: the smallest acceptable value of one metric, or for a metric where lower is better
/// (an extra rate, an error in km) its largest acceptable value. A floor gives `min`, `max` or
/// both.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Floor {
    /// Gold set.
    pub set: String,
    /// Task within the set.
    pub task: String,
    /// Metric name.
    pub metric: String,
    /// Smallest acceptable value.
    #[serde(default)]
    pub min: Option<f64>,
    /// Largest acceptable value (for metrics where lower is better).
    #[serde(default)]
    pub max: Option<f64>,
}

#[derive(Deserialize)]
struct ThresholdFile {
    #[serde(default)]
    floor: Vec<Floor>,
}

/// Parses `eval/thresholds.toml`; every floor must give `min` or `max`.
pub fn parse_thresholds(text: &str) -> Result<Vec<Floor>, String> {
    let floors = toml::from_str::<ThresholdFile>(text)
        .map(|t| t.floor)
        .map_err(|e| format!("thresholds: {e}"))?;
    if let Some(f) = floors.iter().find(|f| f.min.is_none() && f.max.is_none()) {
        return Err(format!(
            "thresholds: the floor for {}/{} {} gives neither `min` nor `max`",
            f.set, f.task, f.metric
        ));
    }
    Ok(floors)
}

/// Checks reports against floors. A floor is broken when its metric is below the minimum, or
/// when its task was not scored although the set's data is present (a stage that used to work
/// must not silently stop reporting). Floors of sets not run, or whose data is missing, are
/// skipped.
pub fn check(reports: &[EvalReport], floors: &[Floor]) -> Vec<String> {
    let mut broken = Vec::new();
    for f in floors {
        let set_reports: Vec<&EvalReport> = reports.iter().filter(|r| r.set == f.set).collect();
        let missing = |r: &&EvalReport| matches!(r.status, EvalStatus::DataMissing { .. });
        let task_report = set_reports.iter().find(|r| r.task == f.task);
        let set_missing = set_reports.iter().any(|r| r.task == "all" && missing(r));
        if set_reports.is_empty() || set_missing || task_report.is_some_and(missing) {
            continue;
        }
        match task_report {
            Some(r) if r.status != EvalStatus::Scored => {
                broken.push(format!("{}/{}: task was not scored", f.set, f.task))
            }
            Some(r) => match r.metrics.get(&f.metric) {
                Some(v) if f.min.is_some_and(|m| *v + 1e-9 < m) => broken.push(format!(
                    "{}/{}: {} = {:.4} is below the floor {:.4}",
                    f.set,
                    f.task,
                    f.metric,
                    v,
                    f.min.unwrap_or_default()
                )),
                Some(v) if f.max.is_some_and(|m| *v - 1e-9 > m) => broken.push(format!(
                    "{}/{}: {} = {:.4} is above the ceiling {:.4}",
                    f.set,
                    f.task,
                    f.metric,
                    v,
                    f.max.unwrap_or_default()
                )),
                Some(_) => {}
                None => broken.push(format!(
                    "{}/{}: metric {} was not reported",
                    f.set, f.task, f.metric
                )),
            },
            None => broken.push(format!("{}/{}: task was not scored", f.set, f.task)),
        }
    }
    broken
}

/// Renders reports as an aligned text table.
pub fn table(reports: &[EvalReport]) -> String {
    let mut s = String::new();
    for r in reports {
        let head = format!("{:<11} {:<32}", r.set, r.task);
        match &r.status {
            EvalStatus::Scored => {
                let m: Vec<String> = r
                    .metrics
                    .iter()
                    .map(|(k, v)| format!("{k}={v:.4}"))
                    .collect();
                s.push_str(&format!("{head} n={:<6} {}\n", r.n, m.join(" ")));
            }
            EvalStatus::NotImplemented => s.push_str(&format!("{head} not implemented\n")),
            EvalStatus::DataMissing { detail } => {
                s.push_str(&format!("{head} data missing: {detail}\n"))
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floors_catch_regressions_and_silence() {
        let reports = vec![
            EvalReport::scored("ud", "a", 10, &[("f1", 0.9)]),
            EvalReport::scored("ud", "b", 10, &[("f1", 0.5)]),
            EvalReport::not_implemented("geo", "x"),
            EvalReport::data_missing("lgl", "all", "gone"),
            EvalReport::scored("tv", "dev", 10, &[("f1", 0.5)]),
            EvalReport::data_missing("tv", "test", "no test split"),
        ];
        let floors = parse_thresholds(
            "[[floor]]\nset='ud'\ntask='a'\nmetric='f1'\nmin=0.8\n\
             [[floor]]\nset='ud'\ntask='b'\nmetric='f1'\nmin=0.8\n\
             [[floor]]\nset='geo'\ntask='x'\nmetric='f1'\nmin=0.1\n\
             [[floor]]\nset='lgl'\ntask='y'\nmetric='f1'\nmin=0.1\n\
             [[floor]]\nset='notrun'\ntask='y'\nmetric='f1'\nmin=0.1\n\
             [[floor]]\nset='tv'\ntask='dev'\nmetric='f1'\nmin=0.9\n\
             [[floor]]\nset='tv'\ntask='test'\nmetric='f1'\nmin=0.9\n\
             [[floor]]\nset='ud'\ntask='a'\nmetric='f1'\nmax=0.95\n\
             [[floor]]\nset='ud'\ntask='b'\nmetric='f1'\nmax=0.4\n",
        )
        .unwrap();
        let broken = check(&reports, &floors);
        assert_eq!(broken.len(), 4, "{broken:?}");
        assert!(broken[3].starts_with("ud/b: f1 = 0.5000 is above the ceiling 0.4000"));
        assert!(
            parse_thresholds("[[floor]]\nset='ud'\ntask='a'\nmetric='f1'\n")
                .unwrap_err()
                .contains("neither")
        );
        assert!(broken[2].starts_with("tv/dev: f1 = 0.5000"), "{broken:?}");
        assert!(broken[0].starts_with("ud/b: f1 = 0.5000 is below"));
        assert!(broken[1].contains("geo/x: task was not scored"));
    }

    #[test]
    fn unknown_set_is_an_error_and_missing_data_is_said() {
        assert!(run(Path::new("."), Some("nope"))
            .unwrap_err()
            .contains("known sets"));
        let r = run(Path::new("/nonexistent-saker"), Some("lgl")).unwrap();
        assert!(matches!(r[0].status, EvalStatus::DataMissing { .. }));
    }

    #[test]
    fn a_stage_group_runs_each_of_its_sets() {
        let r = run(Path::new("/nonexistent-saker"), Some("geo")).unwrap();
        let sets: Vec<&str> = r.iter().map(|x| x.set.as_str()).collect();
        assert_eq!(sets, ["geowebnews", "lgl", "ucdp"]);
        for (g, members) in SET_GROUPS {
            assert!(!members.is_empty(), "{g}");
            for m in *members {
                assert!(gold_sets().iter().any(|s| s.name == *m), "{g}: {m}");
            }
        }
    }

    #[test]
    fn repository_thresholds_parse() {
        let t = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../eval/thresholds.toml"
        ));
        assert!(!parse_thresholds(t).unwrap().is_empty());
    }
}
