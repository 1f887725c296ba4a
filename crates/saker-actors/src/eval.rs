//! Scorers: UNER (PER/ORG/LOC span F1), re3d (Person/Organisation/Nationality span F1) and the
//! PLOVER gold-standard records (actor-code match).
//!
//! PLOVER GSR metric: every gold source/target actor with a code is one item. It counts as
//! matched when a mention we output (an actor mention) that overlaps the first occurrence of its
//! `actorText` in the sentence has a CAMEO code whose three-letter root equals the gold code
//! (`IRQGOV` matches gold `IRQ`; gold `IGO` matches any `IGO…` code; the gold typos `JAP`/`ITL`
//! are read as `JPN`/`ITA`). `actor_code_match` is that rate; `sentence_code_match` relaxes
//! the overlap (the code appears on any mention of the sentence); `sector_match` additionally
//! requires the gold sector, where given, to appear in our code.

use crate::stage::{ActorStage, NerLabel};
use saker_core::eval::{EvalReport, Prf};
use saker_core::nlp::{ParsedSentence, Sentence};
use saker_core::Span;
use std::collections::HashSet;
use std::path::Path;

/// The sets this crate scores.
pub const SETS: &[&str] = &["uner", "re3d", "plover_gsr_actors"];

/// The place stage as the scorers see it: the spans of the places it recognises in a text
/// with its sentences (the pipeline passes them to [`ActorStage::find_with_places`]).
pub type PlaceFinder<'a> = dyn Fn(&str, &[Sentence]) -> Vec<Span> + 'a;

/// What the stages before the actor stage give it in the pipeline, for one text split into the
/// scorer's sentences: the sentences with their tokens, one tagged (or parsed) sentence per
/// sentence (empty: no syntax) and the place spans.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The scorer's sentences, with tokens.
    pub sentences: Vec<Sentence>,
    /// Parts of speech (and possibly a parse) per sentence, aligned with the tokens; or empty.
    pub parses: Vec<ParsedSentence>,
    /// Spans the place stage recognises.
    pub places: Vec<Span>,
}

/// The earlier stages as the scorers see them (see [`Context`]).
pub type ContextFinder<'a> = dyn Fn(&str, &[Sentence]) -> Context + 'a;

/// Scores one set without a place stage; `eval_dir` is `…/shared/data/eval`.
pub fn run(set: &str, eval_dir: &Path) -> Vec<EvalReport> {
    run_with_places(set, eval_dir, &|_, _| Vec::new())
}

/// Scores one set with the place spans `places` finds (and no parts of speech).
pub fn run_with_places(set: &str, eval_dir: &Path, places: &PlaceFinder) -> Vec<EvalReport> {
    run_with_context(set, eval_dir, &|text, sents| Context {
        sentences: sents.to_vec(),
        parses: Vec::new(),
        places: places(text, sents),
    })
}

/// Scores one set as the pipeline runs the stage: with the tokens, parts of speech and place
/// spans `context` gives (rules that read the tagger's parts of speech only act with them).
pub fn run_with_context(set: &str, eval_dir: &Path, context: &ContextFinder) -> Vec<EvalReport> {
    let stage = match ActorStage::load_default() {
        Ok(s) => s,
        Err(e) => return vec![EvalReport::not_implemented(set, "actors").with_note(e.to_string())],
    };
    match set {
        "uner" => uner(&stage, eval_dir, context),
        "re3d" => re3d(&stage, eval_dir, context),
        "plover_gsr_actors" => plover(&stage, eval_dir, context),
        _ => vec![EvalReport::not_implemented(set, "actors").with_note("unknown set")],
    }
}

/// The parses of a context, when it has one per sentence.
fn parses_of(c: &Context) -> Option<&[ParsedSentence]> {
    (!c.parses.is_empty() && c.parses.len() == c.sentences.len()).then_some(c.parses.as_slice())
}

/// A simple sentence splitter (for evaluation, tests and benches when no text layer is at hand):
/// breaks after `.`, `!` or `?` followed by white space and an upper-case letter or quote, and at
/// newlines; tokens are left empty.
pub fn naive_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let brk = if c == b'\n' {
            Some(i + 1)
        } else if matches!(c, b'.' | b'!' | b'?')
            && i + 2 < b.len()
            && b[i + 1] == b' '
            && (b[i + 2].is_ascii_uppercase() || b[i + 2] == b'"' || b[i + 2] >= 0x80)
        {
            // not after a single capital letter (initials, "U.S.")
            let prev_single =
                i >= 2 && b[i - 1].is_ascii_uppercase() && !b[i - 2].is_ascii_alphabetic();
            let abbrev = [
                "Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt", "St", "Sgt", "Capt", "Prof", "Rep",
                "Sen", "Gov", "Maj", "No", "vs", "Jr", "Sr",
            ]
            .iter()
            .any(|a| {
                text[..i].ends_with(a)
                    && (i == a.len() || !b[i - a.len() - 1].is_ascii_alphabetic())
            });
            (!prev_single && !abbrev).then_some(i + 1)
        } else {
            None
        };
        if let Some(e) = brk {
            if text[start..e].trim().chars().any(|c| c.is_alphanumeric()) {
                out.push(Sentence {
                    span: Span::new(start, e),
                    tokens: Vec::new(),
                });
            }
            start = e;
        }
        i += 1;
    }
    if text[start..].trim().chars().any(|c| c.is_alphanumeric()) {
        out.push(Sentence {
            span: Span::new(start, text.len()),
            tokens: Vec::new(),
        });
    }
    out
}

fn spans_prf(gold: &HashSet<(usize, usize)>, pred: &HashSet<(usize, usize)>) -> Prf {
    let tp = gold.intersection(pred).count();
    Prf {
        tp,
        fp: pred.len() - tp,
        fn_: gold.len() - tp,
    }
}

struct UnerDoc {
    text: String,
    sentences: Vec<Sentence>,
    toks: Vec<Span>,
    gold: Vec<(String, usize, usize)>, // type, first token, end token (exclusive)
}

fn read_uner(path: &Path) -> Option<Vec<UnerDoc>> {
    let t = std::fs::read_to_string(path).ok()?;
    let mut docs: Vec<UnerDoc> = Vec::new();
    let mut cur: Option<UnerDoc> = None;
    let mut sent_start: Option<usize> = None;
    let mut open: Option<(String, usize)> = None;
    let close = |d: &mut UnerDoc, open: &mut Option<(String, usize)>| {
        if let Some((ty, s)) = open.take() {
            d.gold.push((ty, s, d.toks.len()));
        }
    };
    for line in t.lines() {
        if line.starts_with("# newdoc") {
            if let Some(mut d) = cur.take() {
                close(&mut d, &mut open);
                docs.push(d);
            }
            cur = Some(UnerDoc {
                text: String::new(),
                sentences: Vec::new(),
                toks: Vec::new(),
                gold: Vec::new(),
            });
            continue;
        }
        let d = cur.get_or_insert_with(|| UnerDoc {
            text: String::new(),
            sentences: Vec::new(),
            toks: Vec::new(),
            gold: Vec::new(),
        });
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            close(d, &mut open);
            if let Some(s) = sent_start.take() {
                d.sentences.push(Sentence {
                    span: Span::new(s, d.text.len()),
                    tokens: Vec::new(),
                });
                d.text.push('\n');
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            continue;
        }
        let (form, tag) = (cols[1], cols[2]);
        if sent_start.is_none() {
            sent_start = Some(d.text.len());
        } else {
            d.text.push(' ');
        }
        let s = d.text.len();
        d.text.push_str(form);
        if let Some(ty) = tag.strip_prefix("B-") {
            close(d, &mut open);
            open = Some((ty.to_owned(), d.toks.len()));
        } else if let Some(ty) = tag.strip_prefix("I-") {
            if open.as_ref().is_none_or(|(t, _)| t != ty) {
                close(d, &mut open);
                open = Some((ty.to_owned(), d.toks.len()));
            }
        } else {
            close(d, &mut open);
        }
        d.toks.push(Span::new(s, d.text.len()));
    }
    if let Some(mut d) = cur.take() {
        close(&mut d, &mut open);
        if let Some(s) = sent_start.take() {
            d.sentences.push(Sentence {
                span: Span::new(s, d.text.len()),
                tokens: Vec::new(),
            });
        }
        docs.push(d);
    }
    Some(docs)
}

fn to_tokens(toks: &[Span], sp: Span) -> Option<(usize, usize)> {
    let a = toks.iter().position(|t| t.end > sp.start)?;
    let b = toks.iter().rposition(|t| t.start < sp.end)?;
    (a <= b).then_some((a, b + 1))
}

fn uner(stage: &ActorStage, dir: &Path, context: &ContextFinder) -> Vec<EvalReport> {
    let path = dir.join("uner_english_ewt/en_ewt-ud-dev.iob2");
    let Some(docs) = read_uner(&path) else {
        return vec![EvalReport::data_missing(
            "uner",
            "ner_span_f1",
            path.display().to_string(),
        )];
    };
    let mut per = Prf::default();
    let mut org = Prf::default();
    let mut loc = Prf::default();
    let mut n = 0;
    let debug = std::env::var_os("SAKER_EVAL_DEBUG").is_some();
    for d in &docs {
        let c = context(&d.text, &d.sentences);
        let ms =
            stage.find_detailed_with_places(&d.text, &c.sentences, parses_of(&c), None, &c.places);
        for (ty, prf) in [("PER", &mut per), ("ORG", &mut org), ("LOC", &mut loc)] {
            let want = match ty {
                "PER" => NerLabel::Per,
                "ORG" => NerLabel::Org,
                _ => NerLabel::Loc,
            };
            let gold: HashSet<(usize, usize)> = d
                .gold
                .iter()
                .filter(|g| g.0 == ty)
                .map(|g| (g.1, g.2))
                .collect();
            let pred = uner_pred(d, &ms, want);
            n += gold.len();
            if debug {
                uner_debug(d, &ms, ty, &gold, &pred);
            }
            prf.add(spans_prf(&gold, &pred));
        }
    }
    let mut po = per;
    po.add(org);
    let mut all = po;
    all.add(loc);
    vec![EvalReport::scored(
        "uner",
        "ner_span_f1",
        n,
        &[
            ("per_f1", per.f1()),
            ("org_f1", org.f1()),
            ("loc_f1", loc.f1()),
            ("per_org_f1", po.f1()),
            ("per_org_precision", po.precision()),
            ("per_org_recall", po.recall()),
            ("all_f1", all.f1()),
        ],
    )
    .with_note("exact token-span match on UNER English EWT dev; documents processed whole, no article date")]
}

/// The scored mentions of one type, as token spans (the filter `uner` scores).
fn uner_pred(d: &UnerDoc, ms: &[crate::Mention], want: NerLabel) -> HashSet<(usize, usize)> {
    ms.iter()
        .filter(|m| m.ner == want && m.actor.kind != saker_core::nlp::ActorKind::Generic)
        .filter(|m| {
            m.actor.via != saker_core::nlp::MentionVia::Coreference
                || m.actor.kind == saker_core::nlp::ActorKind::Person
                    && m.actor.span.len() > 4
                    && looks_like_name(m.name_span.slice(&d.text))
        })
        .filter_map(|m| to_tokens(&d.toks, m.name_span))
        .collect()
}

/// A coreferent mention scored as a name: neither a pronoun ("himself") nor a description
/// ("the former President"); a surname ("Abbas", "al-Sadr") is.
fn looks_like_name(s: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("").to_lowercase();
    !matches!(
        first.as_str(),
        "the" | "he" | "him" | "his" | "himself" | "she" | "her" | "hers" | "herself"
    )
}

/// `SAKER_EVAL_DEBUG=1`: one line per false negative and false positive of type `ty`, with its
/// cause (`type` = the same span with another type, `bound` = an overlapping span of the same
/// type, `other` = an overlapping span of another type, `miss`/`spurious` = nothing
/// overlapping; `untyped` = only a name of no type overlaps), how the mention was found, and
/// the sentence; and one `UT` line per untyped name with the type of a gold name of the same
/// span and of an overlapping one (`none`).
fn uner_debug(
    d: &UnerDoc,
    ms: &[crate::Mention],
    ty: &str,
    gold: &HashSet<(usize, usize)>,
    pred: &HashSet<(usize, usize)>,
) {
    let show = |(a, b): (usize, usize)| d.text[d.toks[a].start..d.toks[b - 1].end].to_owned();
    let sentence = |(a, _): (usize, usize)| {
        let at = d.toks[a].start;
        d.sentences
            .iter()
            .find(|s| s.span.start <= at && at < s.span.end)
            .map(|s| d.text[s.span.start..s.span.end].to_owned())
            .unwrap_or_default()
    };
    let overlaps = |x: (usize, usize), y: (usize, usize)| x.0 < y.1 && y.0 < x.1;
    let all_gold: Vec<(&str, (usize, usize))> =
        d.gold.iter().map(|g| (g.0.as_str(), (g.1, g.2))).collect();
    let all_pred: Vec<(&str, (usize, usize))> = [
        ("PER", NerLabel::Per),
        ("ORG", NerLabel::Org),
        ("LOC", NerLabel::Loc),
    ]
    .into_iter()
    .flat_map(|(t, l)| uner_pred(d, ms, l).into_iter().map(move |s| (t, s)))
    .collect();
    let cause = |x: (usize, usize), other: &[(&str, (usize, usize))], none: &str| {
        if let Some((t, _)) = other.iter().find(|(t, s)| *s == x && *t != ty) {
            format!("type({t})")
        } else if let Some((_, s)) = other.iter().find(|(t, s)| *t == ty && overlaps(*s, x)) {
            format!("bound({})", show(*s))
        } else if let Some((t, s)) = other.iter().find(|(_, s)| overlaps(*s, x)) {
            format!("other({t} {})", show(*s))
        } else {
            none.to_owned()
        }
    };
    // untyped names (NerLabel::Misc) and demonyms are not scored but tell why a name was missed
    let untyped: Vec<(&str, (usize, usize))> = ms
        .iter()
        .filter(|m| matches!(m.ner, NerLabel::Misc | NerLabel::Norp))
        .filter_map(|m| to_tokens(&d.toks, m.name_span))
        .map(|s| ("MISC", s))
        .collect();
    if ty == "PER" {
        for (_, u) in &untyped {
            let g = all_gold
                .iter()
                .find(|(_, s)| s == u)
                .map_or("none", |x| x.0);
            let o = all_gold
                .iter()
                .find(|(_, s)| overlaps(*s, *u))
                .map_or("none", |x| x.0);
            eprintln!("UT {}\t{g}\t{o}\t| {}", show(*u), sentence(*u));
        }
    }
    for g in gold.difference(pred) {
        let mut why = cause(*g, &all_pred, "miss");
        if why == "miss" {
            if let Some((_, s)) = untyped.iter().find(|(_, s)| overlaps(*s, *g)) {
                why = format!("untyped({})", show(*s));
            }
        }
        eprintln!("FN {ty} {}\t{why}\t| {}", show(*g), sentence(*g));
    }
    for p in pred.difference(gold) {
        let how = ms
            .iter()
            .find(|m| to_tokens(&d.toks, m.name_span) == Some(*p))
            .map(|m| format!("{:?}/{:?}", m.actor.via, m.actor.kind))
            .unwrap_or_default();
        eprintln!(
            "FP {ty} {}\t{}\t{how}\t| {}",
            show(*p),
            cause(*p, &all_gold, "spurious"),
            sentence(*p)
        );
    }
}

fn json_lines(path: &Path) -> Option<Vec<serde_json::Value>> {
    let t = std::fs::read_to_string(path).ok()?;
    Some(
        t.lines()
            .filter(|l| !l.trim().is_empty())
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect(),
    )
}

fn re3d(stage: &ActorStage, dir: &Path, context: &ContextFinder) -> Vec<EvalReport> {
    let root = dir.join("re3d");
    let Ok(rd) = std::fs::read_dir(&root) else {
        return vec![EvalReport::data_missing(
            "re3d",
            "ner_span_f1",
            root.display().to_string(),
        )];
    };
    let mut subs: Vec<_> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("documents.json").is_file())
        .collect();
    subs.sort();
    let types = [
        ("Person", NerLabel::Per),
        ("Organisation", NerLabel::Org),
        ("Nationality", NerLabel::Norp),
    ];
    let mut prfs = [Prf::default(); 3];
    let mut overlap = Prf::default();
    let mut n = 0;
    for s in &subs {
        let (Some(docs), Some(ents)) = (
            json_lines(&s.join("documents.json")),
            json_lines(&s.join("entities.json")),
        ) else {
            continue;
        };
        for d in &docs {
            let (Some(id), Some(text)) = (d["_id"].as_str(), d["text"].as_str()) else {
                continue;
            };
            let sents = naive_sentences(text);
            let c = context(text, &sents);
            let ms =
                stage.find_detailed_with_places(text, &c.sentences, parses_of(&c), None, &c.places);
            for (k, (ty, lab)) in types.iter().enumerate() {
                // gold offsets are in UTF-16? they are character offsets; convert to bytes
                let gold: HashSet<(usize, usize)> = ents
                    .iter()
                    .filter(|e| {
                        e["documentId"].as_str() == Some(id)
                            && e["type"].as_str() == Some(ty)
                            && e["confidence"].as_f64().unwrap_or(0.0) >= 0.5
                    })
                    .filter_map(|e| {
                        Some((
                            char_to_byte(text, e["begin"].as_u64()? as usize)?,
                            char_to_byte(text, e["end"].as_u64()? as usize)?,
                        ))
                    })
                    .collect();
                let pred: HashSet<(usize, usize)> = ms
                    .iter()
                    .filter(|m| m.ner == *lab)
                    .map(|m| (m.actor.span.start, m.actor.span.end))
                    .collect();
                n += gold.len();
                if std::env::var_os("SAKER_EVAL_DEBUG").is_some() {
                    for g in gold.difference(&pred) {
                        eprintln!("FN {ty} {}", text.get(g.0..g.1).unwrap_or(""));
                    }
                    for p in pred.difference(&gold) {
                        eprintln!("FP {ty} {}", text.get(p.0..p.1).unwrap_or(""));
                    }
                }
                prfs[k].add(spans_prf(&gold, &pred));
                let tp = gold
                    .iter()
                    .filter(|g| pred.iter().any(|p| p.0 < g.1 && g.0 < p.1))
                    .count();
                let ptp = pred
                    .iter()
                    .filter(|p| gold.iter().any(|g| p.0 < g.1 && g.0 < p.1))
                    .count();
                overlap.add(Prf {
                    tp,
                    fp: pred.len() - ptp,
                    fn_: gold.len() - tp,
                });
            }
        }
    }
    if subs.is_empty() {
        return vec![EvalReport::data_missing(
            "re3d",
            "ner_span_f1",
            root.display().to_string(),
        )];
    }
    let mut micro = Prf::default();
    for p in prfs {
        micro.add(p);
    }
    vec![EvalReport::scored(
        "re3d",
        "ner_span_f1",
        n,
        &[
            ("person_f1", prfs[0].f1()),
            ("organisation_f1", prfs[1].f1()),
            ("nationality_f1", prfs[2].f1()),
            ("micro_f1", micro.f1()),
            ("overlap_f1", overlap.f1()),
        ],
    )
    .with_note("gold = entities with confidence >= 0.5; exact span match; overlap_f1 counts any overlap with the same type")]
}

fn char_to_byte(text: &str, c: usize) -> Option<usize> {
    if c == text.chars().count() {
        return Some(text.len());
    }
    text.char_indices().nth(c).map(|(b, _)| b)
}

fn root(code: &str) -> String {
    let r: String = code.chars().take(3).collect::<String>().to_uppercase();
    match r.as_str() {
        "JAP" => "JPN".into(),
        "ITL" => "ITA".into(),
        _ => r,
    }
}

fn plover(stage: &ActorStage, dir: &Path, context: &ContextFinder) -> Vec<EvalReport> {
    let path = dir.join("plover_gsr/PLOVER_GSR_CAMEO.json");
    let Some(v) = std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
    else {
        return vec![EvalReport::data_missing(
            "plover_gsr_actors",
            "actor_code_match",
            path.display().to_string(),
        )];
    };
    let (mut total, mut hit, mut sent_hit, mut sec_total, mut sec_hit) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    for r in v.as_array().map(Vec::as_slice).unwrap_or(&[]) {
        let Some(text) = r["text"].as_str() else {
            continue;
        };
        let date = r["date"].as_str().and_then(|d| d.parse().ok());
        let sents = naive_sentences(text);
        let c = context(text, &sents);
        let ms = stage.find_with_places(text, &c.sentences, parses_of(&c), date, &c.places);
        for side in ["source", "target"] {
            let Some(list) = r[side].as_array() else {
                continue;
            };
            for a in list {
                let Some(code) = a["code"].as_str().filter(|c| !c.is_empty()) else {
                    continue;
                };
                let gold = root(code);
                total += 1;
                let at = a["actorText"].as_str().unwrap_or("");
                let occ = (!at.is_empty())
                    .then(|| text.find(at).map(|s| Span::new(s, s + at.len())))
                    .flatten();
                let ok = |m: &saker_core::nlp::ActorMention| {
                    m.cameo.as_deref().is_some_and(|c| root(c) == gold)
                };
                let near: Vec<&saker_core::nlp::ActorMention> = match occ {
                    Some(o) => ms.iter().filter(|m| m.span.overlaps(&o)).collect(),
                    None => ms.iter().collect(),
                };
                if near.iter().any(|m| ok(m)) {
                    hit += 1;
                }
                if ms.iter().any(ok) {
                    sent_hit += 1;
                }
                if let Some(sec) = a["sector"]
                    .as_str()
                    .filter(|s| s.len() == 3 && s.chars().all(|c| c.is_ascii_uppercase()))
                {
                    sec_total += 1;
                    if near.iter().any(|m| {
                        ok(m)
                            && m.cameo
                                .as_deref()
                                .is_some_and(|c| c[3.min(c.len())..].contains(sec))
                    }) {
                        sec_hit += 1;
                    }
                }
            }
        }
    }
    let rate = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    vec![EvalReport::scored(
        "plover_gsr_actors",
        "actor_code_match",
        total,
        &[
            ("actor_code_match", rate(hit, total)),
            ("sentence_code_match", rate(sent_hit, total)),
            ("sector_match", rate(sec_hit, sec_total)),
        ],
    )
    .with_note("match = our mention overlapping the gold actorText has the gold three-letter root code (IGO matches IGO*); records dated by their `date` field; all 215 records (the GSR has no dev/test split)")]
}

#[cfg(test)]
mod name_tests {
    use super::looks_like_name;

    #[test]
    fn coreferent_pronouns_and_descriptions_are_not_names() {
        for s in [
            "himself",
            "Herself",
            "the former President",
            "THE PRESIDENT",
        ] {
            assert!(!looks_like_name(s), "{s}");
        }
        for s in ["Abbas", "al-Sadr", "Mahmoud Abbas"] {
            assert!(looks_like_name(s), "{s}");
        }
    }
}
