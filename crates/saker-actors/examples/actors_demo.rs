//! Prints the actor mentions of a text file (or stdin): `cargo run --example actors_demo -- FILE [DATE]`.
use saker_actors::{eval::naive_sentences, ActorStage};
use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut text = String::new();
    match args.get(1) {
        Some(p) => text = std::fs::read_to_string(p).unwrap_or_default(),
        None => {
            let _ = std::io::stdin().read_to_string(&mut text);
        }
    }
    let date = args.get(2).and_then(|d| d.parse().ok());
    let t0 = std::time::Instant::now();
    let stage = match ActorStage::load_default() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    eprintln!(
        "loaded {} entities, {} agents in {:?}",
        stage.entity_count(),
        stage.agent_count(),
        t0.elapsed()
    );
    let text = text.replace(" -", "-").replace('’', "'");
    let sents = naive_sentences(&text);
    for m in stage.find_detailed(&text, &sents, None, date) {
        let a = &m.actor;
        println!(
            "{:>3} {:<40} {:<28} {:<10} {:?} {:?} {:.2} sp={:?} act={}",
            a.sentence,
            a.span.slice(&text),
            a.id.clone().unwrap_or_default(),
            a.cameo.clone().unwrap_or_default(),
            a.via,
            m.ner,
            a.confidence,
            m.sponsors,
            m.is_actor
        );
    }
}
