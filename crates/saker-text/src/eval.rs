//! Sentence-splitting evaluation on the Universal Dependencies treebanks.
//!
//! UD gives gold sentence boundaries and each sentence's original text. For every document
//! (`# newdoc`) we rebuild the running text — sentences joined by a space inside a paragraph and
//! by a blank line between paragraphs (`# newpar`), as news text arrives — normalise and split it
//! as the pipeline does, map the sentences back to the original offsets, and compare the predicted sentence spans with the gold ones: a sentence counts as correct only
//! when both its start and end match exactly.

use saker_core::conllu::{self, ConlluSentence};
use saker_core::eval::{EvalReport, Prf};
use std::collections::HashSet;
use std::path::Path;

/// Gold sets this module scores.
pub const SETS: &[&str] = &["ud"];

/// Treebank test files scored, relative to the `data` folder.
const FILES: &[(&str, &str)] = &[
    ("ewt", "ud/en_ewt-ud-test.conllu"),
    ("gum", "ud/en_gum-ud-test.conllu"),
];

/// Scores sentence splitting on `set` (only `ud`); `data_dir` is `…/shared/data`.
pub fn run(set: &str, data_dir: &Path) -> Vec<EvalReport> {
    if set != "ud" {
        return Vec::new();
    }
    FILES
        .iter()
        .map(|(name, rel)| {
            let task = format!("sentence_split_{name}_test");
            let path = data_dir.join(rel);
            if !path.exists() {
                return EvalReport::data_missing(set, &task, path.display().to_string());
            }
            match conllu::read_path(&path) {
                Ok(sents) => score(set, &task, &sents),
                Err(e) => EvalReport::data_missing(set, &task, e.to_string()),
            }
        })
        .collect()
}

/// Rebuilds documents from gold sentences and scores the splitter on them.
pub fn score(set: &str, task: &str, sents: &[ConlluSentence]) -> EvalReport {
    let mut prf = Prf::default();
    let mut boundaries = Prf::default();
    let mut docs: Vec<&[ConlluSentence]> = Vec::new();
    let mut start = 0;
    for (i, s) in sents.iter().enumerate() {
        if s.newdoc && i > start {
            docs.push(&sents[start..i]);
            start = i;
        }
    }
    if start < sents.len() {
        docs.push(&sents[start..]);
    }
    for doc in docs {
        let mut text = String::new();
        let mut gold = HashSet::new();
        let mut gold_ends = HashSet::new();
        for (k, s) in doc.iter().enumerate() {
            if k > 0 {
                text.push_str(if s.newpar { "\n\n" } else { " " });
            }
            let st = text.len();
            text.push_str(&s.text);
            gold.insert((st, text.len()));
            gold_ends.insert(text.len());
        }
        let n = crate::normalize(&text);
        let pred: HashSet<(usize, usize)> = crate::sentences::split(&n.text)
            .into_iter()
            .map(|sp| {
                let o = n.map.to_original(sp);
                (o.start, o.end)
            })
            .collect();
        let pred_ends: HashSet<usize> = pred.iter().map(|p| p.1).collect();
        let tp = pred.intersection(&gold).count();
        prf.add(Prf {
            tp,
            fp: pred.len() - tp,
            fn_: gold.len() - tp,
        });
        let btp = pred_ends.intersection(&gold_ends).count();
        boundaries.add(Prf {
            tp: btp,
            fp: pred_ends.len() - btp,
            fn_: gold_ends.len() - btp,
        });
    }
    EvalReport::scored(
        set,
        task,
        prf.tp + prf.fn_,
        &[
            ("sentence_f1", prf.f1()),
            ("sentence_precision", prf.precision()),
            ("sentence_recall", prf.recall()),
            ("boundary_f1", boundaries.f1()),
        ],
    )
    .with_note("documents rebuilt from gold sentences: space within a paragraph, blank line between paragraphs")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_a_tiny_treebank() {
        let conllu = "# newdoc\n# text = He left.\n1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n# text = She stayed.\n1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tstayed\tstay\tVERB\tVBD\t_\t0\troot\t_\t_\n\n";
        let s = conllu::read(conllu.as_bytes()).unwrap();
        let r = score("ud", "t", &s);
        assert_eq!(r.n, 2);
        assert_eq!(r.metrics["sentence_f1"], 1.0);
    }

    #[test]
    fn real_treebank_scores_when_present() {
        let Some(data) = saker_core::shared::path("data") else {
            return;
        };
        for r in run("ud", &data) {
            assert!(r.n > 1000, "{r:?}");
            assert!(r.metrics["sentence_f1"] > 0.6, "{r:?}");
        }
    }
}
