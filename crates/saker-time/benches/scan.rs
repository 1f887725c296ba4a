//! Scanning throughput (MB/s, one core), median of several runs.
//!
//! Input: the TempEval-3 TBAQ texts from `../shared` when present (news text, at run time only),
//! else built-in news-like sentences. Run with `cargo bench -p saker-time`.

use jiff::civil::Date;
use saker_time::{split_sentences, TimeTagger};
use std::time::Instant;

const FALLBACK: &[&str] = &[
    "The force in charge of protecting the former prime minister received orders to withdraw from its position in front of his home in the Green Zone.",
    "A military source told the website that most of them have not yet implemented the sudden orders, which were issued on Thursday morning.",
    "The decision comes only 3 weeks after the new prime minister assumed office, according to observers.",
    "Militias launched an attack on the house in November with a drone, wounding a number of guards.",
    "Security forces arrested a number of members of armed groups after attacks on bases housing foreign troops.",
    "The ministry said in a statement that the investigation was continuing and that those responsible would be brought to justice.",
    "Prices of basic goods rose sharply in the capital, where residents complained of power cuts and water shortages.",
    "He was assassinated in July 2020 outside his home in Baghdad.",
];

/// TBAQ news text from `../shared`, if present.
fn tbaq() -> Option<String> {
    let dir = saker_core::shared::path("data/eval/tempeval3/TBAQ-cleaned")?;
    let mut text = String::new();
    for sub in ["TimeBank", "AQUAINT"] {
        if let Ok(rd) = std::fs::read_dir(dir.join(sub)) {
            for e in rd.filter_map(Result::ok) {
                if let Ok(doc) = saker_time::eval::read_tml(&e.path()) {
                    text.push_str(&doc.text);
                    text.push('\n');
                }
            }
        }
    }
    (!text.is_empty()).then_some(text)
}

/// Built-in news-like text: paragraphs of the sentences above.
fn builtin() -> String {
    let mut text = String::new();
    for i in 0..2000 {
        text.push_str(FALLBACK[i % FALLBACK.len()]);
        text.push(if i % 5 == 4 { '\n' } else { ' ' });
    }
    text
}

fn grow(mut text: String) -> String {
    while text.len() < 8_000_000 {
        let t = text.clone();
        text.push_str(&t);
    }
    text
}

/// Runs the tagger 7 times over `text`; prints the median wall MB/s and MB per CPU-second.
fn measure(tagger: &TimeTagger, name: &str, text: &str) {
    let sentences = split_sentences(text);
    let dct = Date::constant(2022, 11, 18);
    let mut runs = Vec::new();
    let mut found = 0;
    let cpu0 = cpu_seconds();
    for _ in 0..7 {
        let t0 = Instant::now();
        found = tagger.find(text, &sentences, None, dct).len();
        runs.push(text.len() as f64 / 1e6 / t0.elapsed().as_secs_f64());
    }
    let cpu = cpu0
        .zip(cpu_seconds())
        .map(|(a, b)| 7.0 * text.len() as f64 / 1e6 / (b - a).max(1e-9));
    runs.sort_by(f64::total_cmp);
    println!(
        "saker-time scan [{name}]: {:.1} MB, {} sentences, {} timexes: median {:.1} MB/s wall (min {:.1}, max {:.1}){}",
        text.len() as f64 / 1e6,
        sentences.len(),
        found,
        runs[runs.len() / 2],
        runs[0],
        runs[runs.len() - 1],
        cpu.map_or_else(String::new, |c| format!(", {c:.1} MB per CPU-second"))
    );
}

/// CPU seconds used by this process so far (Linux `/proc/self/stat`; `None` elsewhere). The
/// machine may be shared, so MB per CPU-second is the per-core figure.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() {
    let tagger = TimeTagger::new();
    if let Some(t) = tbaq() {
        measure(&tagger, "TBAQ news (dense in dates and figures)", &grow(t));
    }
    measure(&tagger, "built-in news sentences", &grow(builtin()));
    measure(
        &tagger,
        "sentences without cues",
        &format!("{} ", FALLBACK[0]).repeat(60_000),
    );
}
