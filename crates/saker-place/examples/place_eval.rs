//! Prints the place stage's scores on GeoWebNews, LGL and UCDP GED Iraq headlines:
//! `cargo run --release -p saker-place --example place_eval`. `SAKER_PLACE_ERRORS=<set>` lists the errors of a
//! set instead (for `ucdp_ged_iraq`: each wrong or missing headline place with the gold point, `where_prec` and
//! every place found); `SAKER_PLACE_DOC_SET=<set> SAKER_PLACE_DOC=<n|all>` shows documents.

fn main() {
    let Some(dir) = saker_core::shared::path("data/eval") else {
        eprintln!("no shared/data/eval: nothing to score");
        return;
    };
    if let (Ok(set), Ok(doc)) = (
        std::env::var("SAKER_PLACE_DOC_SET"),
        std::env::var("SAKER_PLACE_DOC"),
    ) {
        let docs = match doc.parse::<usize>() {
            Ok(d) => d..d + 1,
            Err(_) => 0..usize::MAX, // "all"
        };
        for d in docs {
            let lines = saker_place::eval::doc_lines(&set, &dir, d);
            if lines.is_empty() {
                break;
            }
            println!("=== {d}");
            for l in lines {
                println!("{l}");
            }
        }
        return;
    }
    if let Ok(set) = std::env::var("SAKER_PLACE_ERRORS") {
        for l in saker_place::eval::error_lines(&set, &dir) {
            println!("{l}");
        }
        return;
    }
    for set in saker_place::eval::SETS {
        for r in saker_place::eval::run(set, &dir) {
            let m: Vec<String> = r
                .metrics
                .iter()
                .map(|(k, v)| format!("{k}={v:.4}"))
                .collect();
            println!("{:<11} {:<22} n={:<5} {}", r.set, r.task, r.n, m.join(" "));
            for n in &r.notes {
                println!("    {n}");
            }
        }
    }
}
