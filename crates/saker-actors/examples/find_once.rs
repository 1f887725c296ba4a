//! Runs `find` once over the benchmark corpus (for instruction counts under callgrind), one
//! call per article of 25 sentences as in the bench; `--dump` prints every mention (all its
//! fields) so that output can be compared before and after a change. `FIND_ONCE_MODE=load`
//! stops after loading, `words` only splits words, `twice` runs the corpus two times:
//! subtracting totals separates the costs.
//!
//! `valgrind --tool=callgrind --toggle-collect='saker_actors::stage::ActorStage::find_detailed'
//! target/release/examples/find_once` counts the instructions of matching alone.
// The `saker` binary and the bench use mimalloc; count instructions with the same allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let Some(p) = saker_core::shared::path("data/eval/plover_gsr/PLOVER_GSR_CAMEO.json") else {
        return;
    };
    let v: serde_json::Value = std::fs::read_to_string(p)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let mut text = String::new();
    if let Some(p) = saker_core::shared::path("data/seed/seed-article.txt") {
        text.push_str(&std::fs::read_to_string(p).unwrap_or_default());
        text.push('\n');
    }
    for r in v.as_array().map(Vec::as_slice).unwrap_or(&[]) {
        if let Some(t) = r["text"].as_str() {
            text.push_str(t);
            text.push('\n');
        }
    }
    let Ok(st) = saker_actors::ActorStage::load_default() else {
        return;
    };
    let dump = std::env::args().any(|a| a == "--dump");
    let sents = saker_actors::eval::naive_sentences(&text);
    let date = "2022-11-18".parse().ok();
    let mut n = 0;
    // FIND_ONCE_MODE=load|words: stop after loading, or only split words (to subtract costs)
    match std::env::var("FIND_ONCE_MODE").as_deref() {
        Ok("load") => return,
        Ok("words") => {
            let nw: usize = sents
                .iter()
                .map(|s| saker_actors::norm::words(&text, s.span.start, s.span.end).len())
                .sum();
            println!("{nw} words");
            return;
        }
        _ => {}
    }
    // FIND_ONCE_MODE=twice: two passes (the second finds the per-thread word memo warm)
    let passes = if std::env::var("FIND_ONCE_MODE").as_deref() == Ok("twice") {
        2
    } else {
        1
    };
    for art in std::iter::repeat_n(sents.chunks(25), passes).flatten() {
        let ms = st.find_detailed(&text, art, None, date);
        n += ms.len();
        if dump {
            for m in &ms {
                println!("{m:?}");
            }
        }
    }
    let nw: usize = sents
        .iter()
        .map(|s| saker_actors::norm::words(&text, s.span.start, s.span.end).len())
        .sum();
    println!(
        "{} bytes, {} sentences, {nw} words, {n} mentions",
        text.len(),
        sents.len()
    );
}
