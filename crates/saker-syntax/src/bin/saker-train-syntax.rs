//! Trains the Saker syntax model from UD English EWT + GUM.
//!
//! `saker-train-syntax --ud ../shared/data/ud --out data/syntax/en.model [--epochs N]
//! [--tagger-epochs N] [--jackknife K] [--limit N] [--seed S] [--prune-tagger W] [--prune-parser W]
//! [--templates full|compact] [--snapshots E1,E2] [--parser-from MODEL]`
//!
//! `--parser-from MODEL` trains only the tagger and the lexicons and keeps MODEL's parser.
//!
//! `--snapshots` also writes the unpruned model after each listed parser epoch to `OUT.eN`.
//!
//! With `--from MODEL` no training happens: the model is read, pruned and scored on dev and test.
//! Pruning drops weights below W quantised units (the largest weight is 32000); after training
//! the defaults are 200 (tagger) and 400 (parser), with `--from` no pruning unless asked.
//! Defaults: 15 parser epochs, 10 tagger epochs, 4 jackknife folds, fixed seed.

use saker_syntax::train::{load_treebanks, train_with_snapshots, TrainConfig};
use std::path::PathBuf;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!(
        "usage: saker-train-syntax --ud DIR --out FILE [--epochs N] [--tagger-epochs N] \
         [--jackknife K] [--limit N] [--seed S] [--from MODEL] [--prune-tagger W] [--prune-parser W] [--templates full|compact] [--snapshots E1,E2] [--parser-from MODEL]"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut ud: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut limit = None;
    let mut from: Option<PathBuf> = None;
    // defaults used for the committed model; no pruning by default with --from
    let mut prune_t: Option<i16> = None;
    let mut prune_p: Option<i16> = None;
    let mut cfg = TrainConfig {
        verbose: true,
        ..TrainConfig::default()
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let val = args.get(i + 1).cloned();
        let num = || val.as_deref().and_then(|v| v.parse::<u64>().ok());
        match args[i].as_str() {
            "--ud" => ud = val.map(PathBuf::from),
            "--out" => out = val.map(PathBuf::from),
            "--epochs" => match num() {
                Some(n) => cfg.parser_epochs = n as usize,
                None => return usage(),
            },
            "--tagger-epochs" => match num() {
                Some(n) => cfg.tagger_epochs = n as usize,
                None => return usage(),
            },
            "--jackknife" => match num() {
                Some(n) => cfg.jackknife = n as usize,
                None => return usage(),
            },
            "--from" => from = val.map(PathBuf::from),
            "--parser-from" => {
                let loaded = val
                    .as_deref()
                    .map(|p| std::fs::read(p).map_err(saker_syntax::SyntaxError::from))
                    .map(|b| b.and_then(|b| saker_syntax::Parser::from_bytes(&b)));
                match loaded {
                    Some(Ok(m)) => cfg.parser_from = Some(m),
                    Some(Err(e)) => {
                        eprintln!("error: --parser-from: {e}");
                        return ExitCode::FAILURE;
                    }
                    None => return usage(),
                }
            }
            "--templates" => match val.as_deref() {
                Some("full") => cfg.compact = false,
                Some("compact") => cfg.compact = true,
                _ => return usage(),
            },
            "--prune-tagger" => match num() {
                Some(n) => prune_t = Some(n.min(32000) as i16),
                None => return usage(),
            },
            "--prune-parser" => match num() {
                Some(n) => prune_p = Some(n.min(32000) as i16),
                None => return usage(),
            },
            "--limit" => match num() {
                Some(n) => limit = Some(n as usize),
                None => return usage(),
            },
            "--snapshots" => {
                let list: Option<Vec<usize>> = val
                    .as_deref()
                    .map(|v| v.split(',').map(|x| x.parse().ok()).collect())
                    .unwrap_or(None);
                match list {
                    Some(l) => cfg.snapshots = l,
                    None => return usage(),
                }
            }
            "--seed" => match num() {
                Some(n) => cfg.seed = n,
                None => return usage(),
            },
            _ => return usage(),
        }
        i += 2;
    }
    let (Some(ud), Some(out)) = (ud, out) else {
        return usage();
    };
    let run = || -> Result<(), saker_syntax::SyntaxError> {
        let t = std::time::Instant::now();
        let model = match &from {
            Some(f) => saker_syntax::Parser::from_bytes(&std::fs::read(f)?)?,
            None => {
                let sents = load_treebanks(&ud, limit)?;
                eprintln!("{} training sentences", sents.len());
                let mut snap = |epoch: usize, m: saker_syntax::Parser| {
                    let mut p = out.clone().into_os_string();
                    p.push(format!(".e{epoch}"));
                    match std::fs::write(&p, m.to_bytes()) {
                        Ok(()) => {
                            eprintln!("snapshot after epoch {epoch}: {}", p.to_string_lossy())
                        }
                        Err(e) => eprintln!("snapshot after epoch {epoch} not written: {e}"),
                    }
                };
                train_with_snapshots(&sents, &cfg, &mut snap)?
            }
        };
        let (dt, dp) = if from.is_some() { (0, 0) } else { (200, 400) };
        let model = model.prune(prune_t.unwrap_or(dt), prune_p.unwrap_or(dp));
        let bytes = model.to_bytes();
        std::fs::write(&out, &bytes)?;
        let (c, l, tf, pf) = model.sizes();
        eprintln!(
            "wrote {} ({:.1} MB): {c} tag classes, {l} labels, {tf} tagger / {pf} parser features, {:.0}s",
            out.display(),
            bytes.len() as f64 / 1e6,
            t.elapsed().as_secs_f64()
        );
        let sets: &[&str] = if from.is_some() {
            &[
                "en_ewt-ud-dev.conllu",
                "en_gum-ud-dev.conllu",
                "en_ewt-ud-test.conllu",
                "en_gum-ud-test.conllu",
            ]
        } else {
            &["en_ewt-ud-dev.conllu", "en_gum-ud-dev.conllu"]
        };
        for tb in sets {
            let p = ud.join(tb);
            if p.exists() {
                let s = saker_core::conllu::read_path(&p)?;
                let c = saker_syntax::eval::score(&model, &s);
                let pct = |x: usize| 100.0 * x as f64 / c.words.max(1) as f64;
                eprintln!(
                    "{tb}: UPOS {:.2} XPOS {:.2} lemma {:.2} UAS {:.2} LAS {:.2}",
                    pct(c.upos),
                    pct(c.xpos),
                    pct(c.lemma),
                    pct(c.heads),
                    pct(c.labelled)
                );
            }
        }
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
