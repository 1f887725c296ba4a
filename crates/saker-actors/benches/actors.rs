//! Actor-stage benchmark: knowledge-base compile/load time and matching throughput (MB/s on one
//! core) with the full dictionary. Prints medians. `cargo bench -p saker-actors`.

use saker_actors::eval::naive_sentences;
use saker_actors::ActorStage;
use std::time::Instant;

// The `saker` binary uses mimalloc; measure with the same allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    v[v.len() / 2]
}

/// Nanoseconds this thread has run on a CPU (Linux `schedstat`); `None` elsewhere. The machine
/// is shared, so throughput per core is computed from CPU time, not only wall time.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

fn corpus() -> String {
    let mut text = String::new();
    if let Some(p) = saker_core::shared::path("data/seed/seed-article.txt") {
        text.push_str(&std::fs::read_to_string(p).unwrap_or_default());
        text.push('\n');
    }
    if let Some(p) = saker_core::shared::path("data/eval/plover_gsr/PLOVER_GSR_CAMEO.json") {
        let v: serde_json::Value = std::fs::read_to_string(p)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        for r in v.as_array().map(Vec::as_slice).unwrap_or(&[]) {
            if let Some(t) = r["text"].as_str() {
                text.push_str(t);
                text.push('\n');
            }
        }
    }
    if text.is_empty() {
        text = "Iraqi police said gunmen loyal to Kataib Hezbollah fired rockets at the U.S. embassy in Baghdad, \
                while Prime Minister Mustafa al-Kadhimi met Iranian officials. The militias associated with Iran denied it.\n"
            .repeat(20);
    }
    // about 1 MB of real sentences
    let unit = text.clone();
    while text.len() < 1 << 20 {
        text.push_str(&unit);
    }
    text
}

fn main() {
    let mut loads = Vec::new();
    let mut stage = None;
    let mut load_cpu = Vec::new();
    for _ in 0..7 {
        let c = cpu_ns();
        let t = Instant::now();
        let s = ActorStage::load_default().expect("embedded knowledge base compiles");
        loads.push(t.elapsed().as_secs_f64() * 1000.0);
        if let (Some(a), Some(b)) = (c, cpu_ns()) {
            load_cpu.push((b - a) as f64 / 1e6);
        }
        stage = Some(s);
    }
    let Some(stage) = stage else { return };
    println!(
        "load_default: median {:.1} ms over {} runs ({} entities, {} agents)",
        median(loads),
        7,
        stage.entity_count(),
        stage.agent_count()
    );
    let text = corpus();
    let sents = naive_sentences(&text);
    let date = "2022-11-18".parse().ok();
    if !load_cpu.is_empty() {
        println!(
            "load_default: median {:.1} ms of CPU time",
            median(load_cpu)
        );
    }
    // The pipeline calls `find` once per article: cut the corpus into articles of 25 sentences.
    let articles: Vec<&[saker_core::nlp::Sentence]> = sents.chunks(25).collect();
    let mut speeds = Vec::new();
    let mut cpu_speeds = Vec::new();
    let mut n = 0;
    for _ in 0..7 {
        let c = cpu_ns();
        let t = Instant::now();
        n = articles
            .iter()
            .map(|a| stage.find(&text, a, None, date).len())
            .sum();
        speeds.push(text.len() as f64 / 1e6 / t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c, cpu_ns()) {
            cpu_speeds.push(text.len() as f64 * 1e3 / (b - a).max(1) as f64);
        }
    }
    let t = Instant::now();
    let nw: usize = sents
        .iter()
        .map(|s| saker_actors::norm::words(&text, s.span.start, s.span.end).len())
        .sum();
    println!(
        "words only: {:.1} MB/s ({nw} words)",
        text.len() as f64 / 1e6 / t.elapsed().as_secs_f64()
    );
    println!(
        "find: median {:.1} MB/s on one core, wall clock ({} bytes, {} sentences in articles of 25, {} mentions)",
        median(speeds),
        text.len(),
        sents.len(),
        n
    );
    if !cpu_speeds.is_empty() {
        println!(
            "find: median {:.1} MB/s per CPU-second; {:.0} sentences/s per core",
            median(cpu_speeds.clone()),
            median(cpu_speeds) * 1e6 / (text.len() as f64 / sents.len() as f64)
        );
    }
}
