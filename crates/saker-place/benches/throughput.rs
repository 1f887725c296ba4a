//! Throughput of the place stage: gazetteer load time and `find()` documents per second on one core, over a
//! generated corpus of news-like documents. Prints medians of several runs.
//! Run: `cargo bench -p saker-place --bench throughput`.

use saker_place::{simple_sentences, Geocoder};
use std::time::Instant;

#[path = "support/corpus.rs"]
mod corpus;
use corpus::corpus;

/// CPU seconds this process has used (Linux `/proc/self/stat`, 100 Hz ticks); `None` elsewhere. The machine
/// may be shared, so documents per CPU-second is the per-core figure; wall-clock rates are printed too.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let mut loads = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        let g = Geocoder::load_default().expect("gazetteer loads");
        loads.push(t.elapsed().as_secs_f64() * 1000.0);
        drop(g);
    }
    let geo = Geocoder::load_default().expect("gazetteer loads");
    println!(
        "load_default: median {:.1} ms over 7 loads ({} places, {} name keys)",
        median(loads),
        geo.gazetteer().len(),
        geo.gazetteer().key_count()
    );
    let docs = corpus(5_000);
    let sents: Vec<_> = docs.iter().map(|d| simple_sentences(d)).collect();
    let words: usize = docs.iter().map(|d| d.split_whitespace().count()).sum();
    let mut rates = Vec::new();
    let mut cpu_rates = Vec::new();
    let mut rates_tok = Vec::new();
    let mut found = 0;
    for _ in 0..5 {
        let t = Instant::now();
        let c0 = cpu_seconds();
        found = 0;
        for (d, s) in docs.iter().zip(&sents) {
            found += geo.find(d, s, None).len();
        }
        rates.push(docs.len() as f64 / t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c0, cpu_seconds()) {
            cpu_rates.push(docs.len() as f64 / (b - a).max(0.01));
        }
        let t = Instant::now();
        for d in &docs {
            let s = simple_sentences(d);
            std::hint::black_box(geo.find(d, &s, None));
        }
        rates_tok.push(docs.len() as f64 / t.elapsed().as_secs_f64());
    }
    println!(
        "find(): median {:.0} documents/s wall-clock on one thread ({} docs, {:.0} words/doc, {} places found per pass)",
        median(rates),
        docs.len(),
        words as f64 / docs.len() as f64,
        found
    );
    if !cpu_rates.is_empty() {
        println!(
            "find(): median {:.0} documents per CPU-second (one thread)",
            median(cpu_rates)
        );
    }
    println!(
        "find() with the fallback tokenizer: median {:.0} documents/s",
        median(rates_tok)
    );
}
