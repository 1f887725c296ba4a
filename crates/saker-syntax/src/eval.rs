//! Scoring against Universal Dependencies test sets with gold tokenisation.
//!
//! Set `ud`: EWT and GUM test (`ud/en_ewt-ud-test.conllu`, `ud/en_gum-ud-test.conllu` under the
//! data folder, i.e. `…/shared/data`). Tasks per treebank (`ewt.upos`, `ewt.xpos`, `ewt.lemma`,
//! `ewt.deps`, and the same for `gum`): accuracies, and UAS / LAS over **all** words,
//! punctuation included. LAS compares full labels with subtypes (`nsubj:pass`).

use crate::Parser;
use saker_core::eval::{ratio, EvalReport};
use std::path::Path;

/// Gold sets this module scores.
pub const SETS: &[&str] = &["ud"];

/// Treebanks of the `ud` set: (short name, file under the data folder).
pub const TREEBANKS: &[(&str, &str)] = &[
    ("ewt", "ud/en_ewt-ud-test.conllu"),
    ("gum", "ud/en_gum-ud-test.conllu"),
];

/// Counts from scoring one treebank.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Words scored.
    pub words: usize,
    /// Sentences scored.
    pub sentences: usize,
    /// Words with the right UPOS.
    pub upos: usize,
    /// Words with the right XPOS.
    pub xpos: usize,
    /// Words with the right lemma.
    pub lemma: usize,
    /// Words with the right head.
    pub heads: usize,
    /// Words with the right head and label.
    pub labelled: usize,
}

/// Parses every sentence of `sents` with gold tokens and counts agreements.
pub fn score(parser: &Parser, sents: &[saker_core::conllu::ConlluSentence]) -> Counts {
    let mut c = Counts::default();
    for s in sents {
        let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let parsed = parser.parse(&words);
        c.sentences += 1;
        for (p, g) in parsed.iter().zip(&s.words) {
            c.words += 1;
            c.upos += (p.upos.as_str() == g.upos) as usize;
            c.xpos += (p.xpos == g.xpos) as usize;
            c.lemma += (p.lemma == g.lemma) as usize;
            if p.head == g.head {
                c.heads += 1;
                c.labelled += (p.deprel == g.deprel) as usize;
            }
        }
    }
    c
}

/// Scores the embedded model on `set` (`"ud"`); `data_dir` is `…/shared/data`.
pub fn run(set: &str, data_dir: &Path) -> Vec<EvalReport> {
    if set != "ud" {
        return vec![EvalReport::not_implemented(set, "syntax")];
    }
    let parser = match Parser::load_default() {
        Ok(p) => p,
        Err(e) => {
            return vec![EvalReport::not_implemented(set, "syntax").with_note(e.to_string())];
        }
    };
    run_with(&parser, data_dir)
}

/// Scores `parser` on the `ud` set.
pub fn run_with(parser: &Parser, data_dir: &Path) -> Vec<EvalReport> {
    let mut out = Vec::new();
    for (name, rel) in TREEBANKS {
        let path = data_dir.join(rel);
        let tasks = ["upos", "xpos", "lemma", "deps"].map(|t| format!("{name}.{t}"));
        let sents = if path.exists() {
            saker_core::conllu::read_path(&path).map_err(|e| e.to_string())
        } else {
            Err(format!("{} not found", path.display()))
        };
        let sents = match sents {
            Ok(s) => s,
            Err(e) => {
                out.extend(
                    tasks
                        .iter()
                        .map(|t| EvalReport::data_missing("ud", t, e.clone())),
                );
                continue;
            }
        };
        let c = score(parser, &sents);
        let n = c.words;
        let note = "gold tokenisation; all words scored, punctuation included";
        out.push(
            EvalReport::scored("ud", &tasks[0], n, &[("accuracy", ratio(c.upos, n))])
                .with_note(note),
        );
        out.push(
            EvalReport::scored("ud", &tasks[1], n, &[("accuracy", ratio(c.xpos, n))])
                .with_note(note),
        );
        out.push(
            EvalReport::scored("ud", &tasks[2], n, &[("accuracy", ratio(c.lemma, n))])
                .with_note(note),
        );
        out.push(
            EvalReport::scored(
                "ud",
                &tasks[3],
                n,
                &[("uas", ratio(c.heads, n)), ("las", ratio(c.labelled, n))],
            )
            .with_note(note)
            .with_note(format!(
                "{} sentences; LAS compares labels with subtypes",
                c.sentences
            )),
        );
    }
    out
}
