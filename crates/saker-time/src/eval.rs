//! Evaluation on TempEval-3 (TimeML `.tml` files).
//!
//! `tempeval3`: the TBAQ-cleaned files (TimeBank + AQUAINT, the TempEval-3 *training* portion, used
//! here as the dev set) under `eval_dir/tempeval3/TBAQ-cleaned/{TimeBank,AQUAINT}/*.tml`, and, when
//! present, the held-out platinum test files under `eval_dir/tempeval3/te3-platinum/*.tml`. Each
//! file is tagged with its own creation time (the TIMEX3 with `functionInDocument="CREATION_TIME"`).
//!
//! Scores: span P/R/F1 strict (exact offsets) and relaxed (overlap, one-to-one), value accuracy over
//! relaxed matches, DATE-type value accuracy, and type accuracy. Values compare after trivial
//! normalisation (upper case, `W7` = `W07`).

use crate::TimeTagger;
use jiff::civil::Date;
use saker_core::eval::{ratio, EvalReport, Prf};
use saker_core::Span;
use std::path::{Path, PathBuf};

/// Sets this module scores.
pub const SETS: &[&str] = &["tempeval3"];

/// Errors reading a TimeML file.
#[derive(Debug, thiserror::Error)]
pub enum TmlError {
    /// The file could not be read.
    #[error("reading {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not TimeML as expected.
    #[error("{path}: {what}")]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        what: String,
    },
}

/// A gold TIMEX3.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTimex {
    /// Byte span in [`TmlDoc::text`].
    pub span: Span,
    /// TIMEX3 `type`.
    pub kind: String,
    /// TIMEX3 `value`.
    pub value: String,
}

/// One TimeML document: the `TEXT` element's plain text and its TIMEX3s.
#[derive(Debug, Clone, PartialEq)]
pub struct TmlDoc {
    /// File name.
    pub name: String,
    /// Document creation time.
    pub dct: Date,
    /// Plain text of the `TEXT` element (tags removed, entities decoded).
    pub text: String,
    /// Gold expressions.
    pub timexes: Vec<GoldTimex>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let pat = format!("{name}=\"");
    let i = tag.find(&pat)? + pat.len();
    let j = tag[i..].find('"')?;
    Some(decode(&tag[i..i + j]))
}

fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Parses TimeML source.
pub fn parse_tml(name: &str, src: &str) -> Result<TmlDoc, TmlError> {
    let err = |what: &str| TmlError::Format {
        path: PathBuf::from(name),
        what: what.to_owned(),
    };
    let dct = src
        .match_indices("<TIMEX3")
        .filter_map(|(i, _)| {
            let end = src[i..].find('>')? + i;
            let tag = &src[i..end];
            if tag.contains("CREATION_TIME") {
                attr(tag, "value")
            } else {
                None
            }
        })
        .next()
        .ok_or_else(|| err("no CREATION_TIME TIMEX3"))?;
    let dct: Date = dct
        .get(..10)
        .and_then(|d| d.parse().ok())
        .ok_or_else(|| err("CREATION_TIME value is not a date"))?;
    let start = src.find("<TEXT>").ok_or_else(|| err("no <TEXT>"))? + "<TEXT>".len();
    let end = src[start..]
        .find("</TEXT>")
        .ok_or_else(|| err("no </TEXT>"))?
        + start;
    let body = &src[start..end];
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        text.push_str(&decode(&rest[..lt]));
        let gt = rest[lt..].find('>').ok_or_else(|| err("unclosed tag"))? + lt;
        let tag = &rest[lt + 1..gt];
        if tag.starts_with("TIMEX3") {
            open = Some((
                text.len(),
                attr(tag, "type").unwrap_or_default(),
                attr(tag, "value").unwrap_or_default(),
            ));
        } else if tag.starts_with("/TIMEX3") {
            if let Some((s, kind, value)) = open.take() {
                timexes.push(GoldTimex {
                    span: Span::new(s, text.len()),
                    kind,
                    value,
                });
            }
        }
        rest = &rest[gt + 1..];
    }
    text.push_str(&decode(rest));
    Ok(TmlDoc {
        name: name.to_owned(),
        dct,
        text,
        timexes,
    })
}

/// Reads and parses one `.tml` file.
pub fn read_tml(path: &Path) -> Result<TmlDoc, TmlError> {
    let src = std::fs::read_to_string(path).map_err(|source| TmlError::Io {
        path: path.to_owned(),
        source,
    })?;
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    parse_tml(&name, &src)
}

/// Normalises a TIMEX3 value for comparison.
pub fn norm_value(v: &str) -> String {
    let v = v.trim().to_ascii_uppercase();
    // W7 → W07
    if let Some(i) = v.find("-W") {
        let digits: String = v[i + 2..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if digits.len() == 1 {
            return format!("{}-W0{}", &v[..i], &v[i + 2..]);
        }
    }
    v
}

/// Running totals of a scoring pass.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// Exact-span counts.
    pub strict: Prf,
    /// Overlap counts.
    pub relaxed: Prf,
    /// Relaxed matches with equal value / all relaxed matches.
    pub value_ok: usize,
    /// Relaxed matches.
    pub matched: usize,
    /// Relaxed matches whose gold type is DATE with equal value / all such.
    pub date_ok: usize,
    /// Relaxed matches whose gold type is DATE.
    pub date_matched: usize,
    /// Relaxed matches with equal type.
    pub type_ok: usize,
    /// Gold expressions.
    pub gold: usize,
}

/// Scores the tagger on one document; `log` receives one line per error when given.
pub fn score_doc(
    tagger: &TimeTagger,
    doc: &TmlDoc,
    s: &mut Scores,
    mut log: Option<&mut Vec<String>>,
) {
    let pred = tagger.find_in_text(&doc.text, doc.dct);
    s.gold += doc.timexes.len();
    let mut used = vec![false; pred.len()];
    for g in &doc.timexes {
        let exact = pred.iter().position(|p| p.span == g.span);
        if exact.is_some() {
            s.strict.tp += 1;
        } else {
            s.strict.fn_ += 1;
        }
        let hit =
            exact.or_else(|| (0..pred.len()).find(|&k| !used[k] && pred[k].span.overlaps(&g.span)));
        match hit {
            Some(k) => {
                used[k] = true;
                let p = &pred[k];
                s.relaxed.tp += 1;
                s.matched += 1;
                let ok = norm_value(&p.value) == norm_value(&g.value);
                s.value_ok += usize::from(ok);
                let ptype = serde_kind(p.kind);
                s.type_ok += usize::from(ptype == g.kind);
                if g.kind == "DATE" {
                    s.date_matched += 1;
                    s.date_ok += usize::from(ok);
                }
                if let Some(l) = log.as_deref_mut() {
                    if !ok || p.span != g.span {
                        l.push(format!(
                            "{}\tMATCH\t{:?}\t{}\t{}\tpred {:?} {} {}\tdct {}\t{}",
                            doc.name,
                            g.span.slice(&doc.text),
                            g.kind,
                            g.value,
                            p.span.slice(&doc.text),
                            ptype,
                            p.value,
                            doc.dct,
                            context(&doc.text, g.span)
                        ));
                    }
                }
            }
            None => {
                s.relaxed.fn_ += 1;
                if let Some(l) = log.as_deref_mut() {
                    let ctx = context(&doc.text, g.span);
                    l.push(format!(
                        "{}\tMISS\t{:?}\t{}\t{}\t{}",
                        doc.name,
                        g.span.slice(&doc.text),
                        g.kind,
                        g.value,
                        ctx
                    ));
                }
            }
        }
    }
    for (k, p) in pred.iter().enumerate() {
        if !doc.timexes.iter().any(|g| g.span == p.span) {
            s.strict.fp += 1;
        }
        if !used[k] {
            s.relaxed.fp += 1;
            if let Some(l) = log.as_deref_mut() {
                l.push(format!(
                    "{}\tFALSE\t{:?}\t{}\t{}",
                    doc.name,
                    p.span.slice(&doc.text),
                    p.value,
                    context(&doc.text, p.span)
                ));
            }
        }
    }
}

fn context(text: &str, span: Span) -> String {
    let mut a = span.start.saturating_sub(70);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (span.end + 70).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    text[a..b].replace('\n', " ")
}

fn serde_kind(k: saker_core::nlp::TimexKind) -> &'static str {
    use saker_core::nlp::TimexKind::*;
    match k {
        Date => "DATE",
        Time => "TIME",
        Duration => "DURATION",
        Set => "SET",
    }
}

fn tml_files(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = dirs
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        .collect();
    files.sort();
    files
}

fn report(set: &str, split: &str, s: &Scores, files: usize, skipped: usize) -> Vec<EvalReport> {
    let span = EvalReport::scored(
        set,
        &format!("timex_span_{split}"),
        s.gold,
        &[
            ("strict_p", s.strict.precision()),
            ("strict_r", s.strict.recall()),
            ("strict_f1", s.strict.f1()),
            ("relaxed_p", s.relaxed.precision()),
            ("relaxed_r", s.relaxed.recall()),
            ("relaxed_f1", s.relaxed.f1()),
        ],
    )
    .with_note(format!("{files} files, {skipped} unreadable"));
    let value = EvalReport::scored(
        set,
        &format!("timex_value_{split}"),
        s.matched,
        &[
            ("value_accuracy", ratio(s.value_ok, s.matched)),
            ("date_value_accuracy", ratio(s.date_ok, s.date_matched)),
            ("type_accuracy", ratio(s.type_ok, s.matched)),
        ],
    )
    .with_note(format!(
        "over relaxed span matches; {} of them gold DATE",
        s.date_matched
    ));
    vec![span, value]
}

/// Scores the tagger on a set; `eval_dir` is `…/shared/data/eval`.
pub fn run(set: &str, eval_dir: &Path) -> Vec<EvalReport> {
    if set != "tempeval3" {
        return vec![EvalReport::data_missing(
            set,
            "timex",
            format!("unknown set {set}; known: {SETS:?}"),
        )];
    }
    let base = eval_dir.join("tempeval3");
    let tagger = TimeTagger::new();
    let mut out = Vec::new();
    let splits = [
        (
            "tbaq_dev",
            vec![
                base.join("TBAQ-cleaned/TimeBank"),
                base.join("TBAQ-cleaned/AQUAINT"),
            ],
        ),
        ("platinum_test", vec![base.join("te3-platinum")]),
    ];
    for (split, dirs) in splits {
        let files = tml_files(&dirs);
        if files.is_empty() {
            out.push(EvalReport::data_missing(
                set,
                &format!("timex_{split}"),
                format!("no .tml files under {}", dirs[0].display()),
            ));
            continue;
        }
        let mut s = Scores::default();
        let mut skipped = 0;
        for f in &files {
            match read_tml(f) {
                Ok(doc) => score_doc(&tagger, &doc, &mut s, None),
                Err(_) => skipped += 1,
            }
        }
        out.extend(report(set, split, &s, files.len(), skipped));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TML: &str = r#"<?xml version="1.0" ?>
<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>Bombs <EVENT eid="e1">exploded</EVENT> &amp; killed people <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT></TimeML>"#;

    #[test]
    fn parses_tml_text_and_timexes() {
        let d = parse_tml("x.tml", TML).expect("valid tml");
        assert_eq!(d.dct.to_string(), "1998-08-07");
        assert_eq!(d.text, "Bombs exploded & killed people Friday.");
        assert_eq!(d.timexes.len(), 1);
        assert_eq!(d.timexes[0].span.slice(&d.text), "Friday");
        assert_eq!(d.timexes[0].value, "1998-08-07");
        assert!(parse_tml("bad.tml", "<TimeML></TimeML>").is_err());
    }

    #[test]
    fn scores_a_document() {
        let d = parse_tml("x.tml", TML).expect("valid tml");
        let mut s = Scores::default();
        score_doc(&TimeTagger::new(), &d, &mut s, None);
        assert_eq!(s.strict.tp, 1);
        assert_eq!(s.value_ok, 1);
        assert_eq!(norm_value("2000-w7"), "2000-W07");
    }

    #[test]
    fn missing_data_is_reported_not_scored() {
        let r = run("tempeval3", Path::new("/nonexistent/eval"));
        assert!(r
            .iter()
            .all(|r| matches!(r.status, saker_core::eval::EvalStatus::DataMissing { .. })));
        assert!(matches!(
            run("nope", Path::new("."))[0].status,
            saker_core::eval::EvalStatus::DataMissing { .. }
        ));
    }
}
