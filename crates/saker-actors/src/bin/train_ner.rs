//! Trains the name tagger and writes the model (`data/actors/ner.bin`).
//!
//! `cargo run --release -p saker-actors --bin train_ner -- [--epochs N] [--seed S]
//! [--lower-every K] [--silver 0|1] [--out FILE]`
//!
//! Reads from the shared data folder (`../shared` or `SAKER_SHARED`):
//! * `data/ud/en_gum-ud-train.conllu`: gold names from GUM's entity annotations (plus a
//!   lower-cased copy of every K-th sentence, K = 6 by default);
//! * `data/ud/en_ewt-ud-train.conllu` (with `--silver 1`, the default): silver names, i.e. proper
//!   noun runs typed by a first model trained on GUM alone (see
//!   `saker_actors::ner_train::read_silver`);
//! * `data/ud/en_gum-ud-dev.conllu`: span F1 reported after each epoch (not trained on).
//!
//! Training is deterministic for a given seed; the defaults reproduce the committed model.

use saker_actors::ner_train::{evaluate, lowercased, read_conllu, read_silver, train};
use saker_actors::ActorStage;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut epochs = 10usize;
    let mut seed = 20_240_601u64;
    let mut every_lower = 6usize;
    let mut silver = true;
    let mut out = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/actors/ner.bin").to_owned();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut k = 0;
    while k < args.len() {
        let val = args.get(k + 1).cloned().unwrap_or_default();
        match args[k].as_str() {
            "--epochs" => epochs = val.parse().unwrap_or(epochs),
            "--seed" => seed = val.parse().unwrap_or(seed),
            "--lower-every" => every_lower = val.parse().unwrap_or(every_lower),
            "--out" => out = val,
            "--silver" => silver = val != "0",
            other => {
                eprintln!("unknown argument {other}");
                return ExitCode::FAILURE;
            }
        }
        k += 2;
    }
    let (Some(tr), Some(dv)) = (
        saker_core::shared::path("data/ud/en_gum-ud-train.conllu"),
        saker_core::shared::path("data/ud/en_gum-ud-dev.conllu"),
    ) else {
        eprintln!("the GUM treebank is needed to train the tagger");
        return ExitCode::FAILURE;
    };
    let stage = match ActorStage::load_rules_only() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let read = |p: &std::path::Path| std::fs::read_to_string(p).unwrap_or_default();
    let mut train_ex = read_conllu(&read(&tr), &stage);
    let dev_ex = read_conllu(&read(&dv), &stage);
    if every_lower > 0 {
        let extra: Vec<_> = train_ex
            .iter()
            .step_by(every_lower)
            .map(|e| lowercased(e, &stage))
            .collect();
        train_ex.extend(extra);
    }
    eprintln!(
        "train: {} sentences, dev: {} sentences",
        train_ex.len(),
        dev_ex.len()
    );
    let report = |ep: usize, m: &saker_actors::ner::Model| {
        let c = evaluate(m, &dev_ex);
        eprintln!(
            "epoch {ep}: {} features, GUM dev span F1 {:.4} (tp {} pred {} gold {})",
            m.len(),
            c.f1(),
            c.tp,
            c.pred,
            c.gold
        );
    };
    if silver {
        if let Some(ewt) = saker_core::shared::path("data/ud/en_ewt-ud-train.conllu") {
            eprintln!("stage 1: gold only");
            let first = train(&train_ex, epochs, seed, report);
            let Ok(m) = saker_actors::ner::Model::from_bytes(&first) else {
                return ExitCode::FAILURE;
            };
            let extra = read_silver(&read(&ewt), &stage, &m);
            eprintln!("stage 2: + {} silver EWT train sentences", extra.len());
            train_ex.extend(extra);
        }
    }
    let bytes = train(&train_ex, epochs, seed, report);
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("cannot write {out}: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!("wrote {out} ({} bytes)", bytes.len());
    ExitCode::SUCCESS
}
