//! Fuzz target: any bytes, read as (lossy) UTF-8 article text, must code without a panic, and
//! every offset in the output must slice the text to the text the record quotes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use saker::{Article, CodeError, Pipeline};
use std::sync::OnceLock;

static PIPELINE: OnceLock<Pipeline> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let p = PIPELINE.get_or_init(|| Pipeline::new().expect("the bundled pipeline loads"));
    let text = String::from_utf8_lossy(data);
    let article = Article::new("fuzz", Some("2022-11-18"), text.as_ref());
    match p.code(&article) {
        // `code` turns a panic into `Internal`: for the fuzzer that is the crash to report.
        Err(e @ CodeError::Internal { .. }) => panic!("{e}"),
        Err(_) => {}
        Ok(coded) => {
            let slice = |s: usize, e: usize| text.get(s..e);
            for ev in &coded.events {
                assert_eq!(slice(ev.trigger.start, ev.trigger.end), Some(ev.trigger.text.as_str()));
                for a in ev.actors.iter().chain(&ev.recipients) {
                    assert_eq!(slice(a.start, a.end), Some(a.text.as_str()));
                }
                if let Some(l) = &ev.location {
                    assert_eq!(slice(l.start, l.end), Some(l.text.as_str()));
                }
                if let Some(d) = &ev.date {
                    if let (Some(s), Some(e), Some(t)) = (d.start, d.end, &d.text) {
                        assert_eq!(slice(s, e), Some(t.as_str()));
                    }
                }
            }
        }
    }
});
