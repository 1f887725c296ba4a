//! Instruction-count probe for the place stage: loads the geocoder, then geocodes the first N documents of the
//! throughput bench's generated corpus (N is the first argument, default 1000). Under
//! `valgrind --tool=callgrind`, the instructions of an `N=0` run (start-up and gazetteer load) subtracted from
//! an `N` run, divided by N, give the cost of one document, stable on a loaded machine:
//!
//! ```text
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/place_cost 0
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/place_cost 500
//! ```

#[path = "../benches/support/corpus.rs"]
mod corpus;

use saker_place::{simple_sentences, Geocoder};

fn main() {
    let n = match std::env::args().nth(1).map(|a| a.parse::<usize>()) {
        None => 1000,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("usage: place_cost [N documents]: {e}");
            std::process::exit(2);
        }
    };
    let geo = match Geocoder::load_default() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    // The corpus is generated in both runs so that only geocoding differs between N and 0.
    let docs = corpus::corpus(n.max(1));
    let mut found = 0;
    for d in docs.iter().take(n) {
        let s = simple_sentences(d);
        found += geo.find(d, &s, None).len();
    }
    println!("{n} documents, {found} places");
}
