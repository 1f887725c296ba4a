//! Runs `find` once over the benchmark corpus (for instruction counts under callgrind).
fn main() {
    let Some(p) = saker_core::shared::path("data/eval/plover_gsr/PLOVER_GSR_CAMEO.json") else {
        return;
    };
    let v: serde_json::Value = std::fs::read_to_string(p)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let mut text = String::new();
    for r in v.as_array().map(Vec::as_slice).unwrap_or(&[]) {
        if let Some(t) = r["text"].as_str() {
            text.push_str(t);
            text.push('\n');
        }
    }
    let Ok(st) = saker_actors::ActorStage::load_default() else {
        return;
    };
    let sents = saker_actors::eval::naive_sentences(&text);
    let n = st.find(&text, &sents, None, None).len();
    println!("{} bytes, {n} mentions", text.len());
}
