//! Runs the actor scorers: `cargo run --release --example actors_eval -- [SET…]`, with the
//! place stage's spans as the pipeline passes them (`--no-places`: without).
fn main() {
    let Some(dir) = saker_core::shared::path("data/eval") else {
        return;
    };
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let no_places = args.iter().any(|a| a == "--no-places");
    args.retain(|a| a != "--no-places");
    let geo = (!no_places)
        .then(saker_place::Geocoder::load_default)
        .and_then(Result::ok);
    let places = |text: &str, sents: &[saker_core::nlp::Sentence]| match &geo {
        Some(g) => {
            // the scorers' sentences come without tokens: the place stage's own tokenizer
            let sents = saker_place::tokenize_sentences(text, sents);
            g.find(text, &sents, None).iter().map(|p| p.span).collect()
        }
        None => Vec::new(),
    };
    for set in saker_actors::eval::SETS {
        if !args.is_empty() && !args.iter().any(|a| a == set) {
            continue;
        }
        for r in saker_actors::eval::run_with_places(set, &dir, &places) {
            println!("{}", serde_json::to_string(&r).unwrap_or_default());
        }
    }
}
