//! Runs the event-stage evaluations and prints the reports as JSON lines.
//! Usage: `cargo run --release -p saker-events --example eval [SET ...]` (default: all sets).

fn main() {
    let Some(dir) = saker_core::shared::path("data/eval") else {
        eprintln!("no shared/data/eval found (set SAKER_SHARED)");
        return;
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sets: Vec<&str> = if args.is_empty() {
        saker_events::eval::SETS.to_vec()
    } else {
        args.iter().map(String::as_str).collect()
    };
    for s in sets {
        let t = std::time::Instant::now();
        for r in saker_events::eval::run(s, &dir) {
            println!("{}", serde_json::to_string(&r).unwrap_or_default());
        }
        eprintln!("{s}: {:.1}s", t.elapsed().as_secs_f64());
    }
}
