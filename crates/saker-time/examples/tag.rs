//! Tags text against a publication date and prints each expression (for rule work).
//! Usage: `cargo run -p saker-time --example tag -- 2022-11-18 "Clashes erupted on Thursday."`
//! (reads standard input when no text is given).
use saker_time::TimeTagger;
use std::io::Read;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dct) = args.next().and_then(|d| d.parse().ok()) else {
        eprintln!("usage: tag YYYY-MM-DD [text]");
        std::process::exit(2);
    };
    let text = match args.next() {
        Some(t) => t,
        None => {
            let mut s = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                eprintln!("reading stdin: {e}");
                std::process::exit(1);
            }
            s
        }
    };
    let tagger = TimeTagger::new();
    for t in tagger.find_in_text(&text, dct) {
        println!(
            "{:?}\t{:?}\t{}\t{:?}",
            t.span.slice(&text),
            t.kind,
            t.value,
            t.precision
        );
    }
}
