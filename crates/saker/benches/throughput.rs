//! Throughput benchmark: text layer and whole pipeline, one thread, on a corpus generated from
//! the bundled sample articles (`data/samples/`). Prints the median of several runs next to a
//! baseline measured in the same run (a plain lower-case + whitespace split of the same bytes),
//! so numbers from different machines can be compared by their ratio to the baseline.
//!
//! The whole pipeline is timed twice on each corpus: parsing every sentence (the baseline) and
//! parsing only the sentences that can hold an event (the default). When `../shared` is present it
//! is also timed on general news (the LGL article texts), which is far less dense in events.
//!
//! Run: `cargo bench -p saker --bench throughput` (set `SAKER_BENCH_MB` to change the corpus size).

use std::hint::black_box;

/// The allocator of the `saker` binary, so that the numbers are those of the shipped program.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::Instant;

/// CPU time consumed by this thread, in seconds (Linux `schedstat`), so that other processes
/// competing for the core do not deflate the per-core rate; `None` elsewhere.
fn thread_cpu_s() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn time<F: FnMut() -> usize>(runs: usize, mut f: F) -> (f64, usize) {
    let mut secs = Vec::new();
    let mut last = 0;
    for _ in 0..runs {
        let t = Instant::now();
        last = black_box(f());
        secs.push(t.elapsed().as_secs_f64());
    }
    (median(secs), last)
}

fn main() {
    let target_mb: f64 = std::env::var("SAKER_BENCH_MB")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(8.0);
    let samples = saker::samples::articles();
    let mut corpus = Vec::new();
    let mut bytes = 0usize;
    let mut i = 0usize;
    while (bytes as f64) < target_mb * 1e6 {
        let mut a = samples[i % samples.len()].clone();
        a.id = format!("{}-{i}", a.id);
        bytes += a.text.len();
        corpus.push(a);
        i += 1;
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} articles, {:.2} MB, generated from {} sample articles; 1 thread; median of 5 runs",
        corpus.len(),
        mb,
        samples.len()
    );

    let (t, words) = time(5, || {
        corpus
            .iter()
            .map(|a| a.text.to_lowercase().split_whitespace().count())
            .sum()
    });
    println!(
        "baseline (lowercase + split_whitespace): {:>8.1} MB/s  ({words} words)",
        mb / t
    );

    let (t, _) = time(5, || {
        corpus
            .iter()
            .map(|a| saker_text::normalize(&a.text).text.len())
            .sum()
    });
    println!(
        "text normalise:                          {:>8.1} MB/s",
        mb / t
    );

    let (t, sents) = time(5, || {
        corpus
            .iter()
            .map(|a| saker_text::analyze(&a.text).sentences.len())
            .sum()
    });
    println!(
        "text layer (normalise+split+tokenise):   {:>8.1} MB/s  {:>10.0} sentences/s",
        mb / t,
        sents as f64 / t
    );

    let pipeline = saker::Pipeline::new().expect("embedded data loads");
    let parse_all = saker::Pipeline::with_options(saker::PipelineOptions {
        parse_all: true,
        ..saker::PipelineOptions::default()
    })
    .expect("embedded data loads");
    whole_pipeline(
        "whole pipeline, every sentence parsed:",
        &parse_all,
        &corpus,
    );
    whole_pipeline("whole pipeline:", &pipeline, &corpus);

    // General news, far less dense in events than the samples: the article texts of the LGL
    // geoparsing set (local US news), read from ../shared at run time when it is there.
    match lgl_articles() {
        Some(news) => {
            let bytes: usize = news.iter().map(|a| a.text.len()).sum();
            println!(
                "corpus: {} LGL news articles, {:.2} MB (../shared/data/eval/lgl)",
                news.len(),
                bytes as f64 / 1e6
            );
            whole_pipeline("whole pipeline, every sentence parsed:", &parse_all, &news);
            whole_pipeline("whole pipeline:", &pipeline, &news);
        }
        None => println!("general-news corpus skipped: ../shared/data/eval/lgl/lgl.xml is absent"),
    }
}

/// Codes `corpus` five times on one thread and prints the median throughput.
fn whole_pipeline(label: &str, pipeline: &saker::Pipeline, corpus: &[saker::Article]) {
    let mb = corpus.iter().map(|a| a.text.len()).sum::<usize>() as f64 / 1e6;
    let sents: usize = corpus
        .iter()
        .map(|a| saker_text::analyze(&a.text).sentences.len())
        .sum();
    let mut cpu = Vec::new();
    let (t, events) = time(5, || {
        let c0 = thread_cpu_s();
        let events = corpus
            .iter()
            .map(|a| pipeline.code(a).map(|c| c.events.len()).unwrap_or(0))
            .sum();
        if let (Some(a), Some(b)) = (c0, thread_cpu_s()) {
            cpu.push(b - a);
        }
        events
    });
    println!(
        "{label:<40} {:>8.1} MB/s  {:>10.0} sentences/s  {:>8.0} articles/s  ({events} events)",
        mb / t,
        sents as f64 / t,
        corpus.len() as f64 / t
    );
    if cpu.len() == 5 {
        println!(
            "{:<40} {:>10.0} sentences per CPU-second of this thread",
            "",
            sents as f64 / median(cpu).max(1e-9)
        );
    }
}

/// The texts inside `<text><![CDATA[…]]></text>` of LGL's XML, as undated articles.
fn lgl_articles() -> Option<Vec<saker::Article>> {
    let path = saker_core::shared::path("data/eval/lgl/lgl.xml")?;
    let xml = std::fs::read_to_string(path).ok()?;
    let mut out = Vec::new();
    let mut rest = xml.as_str();
    while let Some(i) = rest.find("<text><![CDATA[") {
        rest = &rest[i + 15..];
        let Some(j) = rest.find("]]></text>") else {
            break;
        };
        out.push(saker::Article::new(
            format!("lgl-{}", out.len()),
            Some("2009-03-20"),
            &rest[..j],
        ));
        rest = &rest[j..];
    }
    (!out.is_empty()).then_some(out)
}
