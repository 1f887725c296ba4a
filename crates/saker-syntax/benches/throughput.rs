//! Throughput of the embedded model: load time and tag+parse sentences per second on one core.
//! Uses UD EWT test sentences when `../shared` is present, else a built-in sample.
//! Run: `cargo bench -p saker-syntax --bench throughput`. Set `SAKER_SYNTAX_MODEL=FILE` to measure
//! another model file (e.g. one written by `saker-train-syntax --from … --prune-parser W`).

use saker_syntax::Parser;
use std::time::Instant;

/// CPU time consumed by this thread, in seconds (Linux `schedstat`), so that other processes
/// competing for the core do not deflate the per-core rate; `None` elsewhere.
fn thread_cpu_s() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// The model under test: `SAKER_SYNTAX_MODEL` when set, else the embedded one.
fn load() -> Parser {
    match std::env::var_os("SAKER_SYNTAX_MODEL") {
        Some(p) => {
            let bytes = std::fs::read(&p).expect("SAKER_SYNTAX_MODEL is readable");
            Parser::from_bytes(&bytes).expect("SAKER_SYNTAX_MODEL is a valid model")
        }
        None => Parser::load_default().expect("embedded model loads"),
    }
}

fn main() {
    let loads: Vec<f64> = (0..21)
        .map(|_| {
            let t = Instant::now();
            let p = Parser::load_default().expect("embedded model loads");
            std::hint::black_box(&p);
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    println!("model load: median {:.2} ms (21 runs)", median(loads));
    let parser = load();
    println!("model: {parser:?}");
    let sents: Vec<Vec<String>> = match saker_core::shared::path("data/ud/en_ewt-ud-test.conllu")
        .and_then(|p| saker_core::conllu::read_path(&p).ok())
    {
        Some(s) => s
            .into_iter()
            .map(|s| s.words.into_iter().map(|w| w.form).collect())
            .collect(),
        None => [
            "Iraqi security forces arrested two men suspected of planting bombs in Baghdad on Thursday .",
            "The minister said the government would pursue those responsible for the attack .",
            "Protesters gathered outside the parliament , calling for the resignation of the cabinet .",
        ]
        .iter()
        .cycle()
        .take(2000)
        .map(|s| s.split(' ').map(str::to_owned).collect())
        .collect(),
    };
    let refs: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| s.iter().map(String::as_str).collect())
        .collect();
    let words: usize = refs.iter().map(Vec::len).sum();
    let mut rates = Vec::new();
    let mut cpu_rates = Vec::new();
    for _ in 0..7 {
        let c0 = thread_cpu_s();
        let t = Instant::now();
        for s in &refs {
            std::hint::black_box(parser.parse(s));
        }
        rates.push(refs.len() as f64 / t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c0, thread_cpu_s()) {
            cpu_rates.push(refs.len() as f64 / (b - a).max(1e-9));
        }
    }
    if !cpu_rates.is_empty() {
        println!(
            "tag+parse+lemma: median {:.0} sentences per CPU-second of this thread",
            median(cpu_rates)
        );
    }
    // Each sample tags the set 5 times (about 0.1 s): one pass is only a few scheduler ticks,
    // and the thread's CPU time can be counted in ticks.
    const TAG_PASSES: usize = 5;
    let mut tag_rates = Vec::new();
    for _ in 0..7 {
        let (c0, t) = (thread_cpu_s(), Instant::now());
        for _ in 0..TAG_PASSES {
            for s in &refs {
                std::hint::black_box(parser.tag(s));
            }
        }
        let secs = match (c0, thread_cpu_s()) {
            (Some(a), Some(b)) => (b - a).max(1e-9),
            _ => t.elapsed().as_secs_f64(),
        };
        tag_rates.push((TAG_PASSES * refs.len()) as f64 / secs);
    }
    println!(
        "tag only: median {:.0} sentences per CPU-second of this thread",
        median(tag_rates)
    );
    let r = median(rates);
    println!(
        "tag+parse+lemma: median {:.0} sentences/s, {:.0} words/s wall clock on one thread ({} sentences, {:.1} words each)",
        r,
        r * words as f64 / refs.len() as f64,
        refs.len(),
        words as f64 / refs.len() as f64
    );
}
