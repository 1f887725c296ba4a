//! Prints the scores on the TempEval-3 dev files and writes every error to stdout (for rule work).
//! Usage: `cargo run -p saker-time --example timex_errors [split-dir-filter]`.
use saker_time::eval::{read_tml, score_doc, Scores};
use saker_time::TimeTagger;

fn main() {
    let Some(base) = saker_core::shared::path("data/eval/tempeval3") else {
        return;
    };
    let filter = std::env::args().nth(1).unwrap_or_else(|| "TBAQ".to_owned());
    let dirs = [
        base.join("TBAQ-cleaned/TimeBank"),
        base.join("TBAQ-cleaned/AQUAINT"),
        base.join("te3-platinum"),
    ];
    let tagger = TimeTagger::new();
    let mut s = Scores::default();
    let mut log = Vec::new();
    for d in dirs
        .iter()
        .filter(|d| d.to_string_lossy().contains(&filter))
    {
        let Ok(rd) = std::fs::read_dir(d) else {
            continue;
        };
        let mut files: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        for f in files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "tml"))
        {
            match read_tml(f) {
                Ok(doc) => score_doc(&tagger, &doc, &mut s, Some(&mut log)),
                Err(e) => eprintln!("{e}"),
            }
        }
    }
    for l in &log {
        println!("{l}");
    }
    eprintln!(
        "gold {} strict F1 {:.3} (P {:.3} R {:.3}) relaxed F1 {:.3} (P {:.3} R {:.3}) value {:.3} date-value {:.3} ({}/{}) type {:.3}",
        s.gold,
        s.strict.f1(),
        s.strict.precision(),
        s.strict.recall(),
        s.relaxed.f1(),
        s.relaxed.precision(),
        s.relaxed.recall(),
        s.value_ok as f64 / s.matched.max(1) as f64,
        s.date_ok as f64 / s.date_matched.max(1) as f64,
        s.date_ok,
        s.date_matched,
        s.type_ok as f64 / s.matched.max(1) as f64
    );
}
