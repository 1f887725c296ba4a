//! Runs the actor scorers: `cargo run --release --example actors_eval -- [SET…]`.
fn main() {
    let Some(dir) = saker_core::shared::path("data/eval") else {
        return;
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    for set in saker_actors::eval::SETS {
        if !args.is_empty() && !args.iter().any(|a| a == set) {
            continue;
        }
        for r in saker_actors::eval::run(set, &dir) {
            println!("{}", serde_json::to_string(&r).unwrap_or_default());
        }
    }
}
