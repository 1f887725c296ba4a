//! End-to-end tests of the `saker` binary: bad input is reported per record, good records are
//! still coded, exit codes follow the documented contract.

use std::io::Write;
use std::process::{Command, Stdio};

fn saker(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_saker"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("saker binary runs");
    // The binary may exit before it reads its input (a usage error): a broken pipe is fine then.
    if let Err(e) = child.stdin.take().expect("stdin is piped").write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    let out = child.wait_with_output().expect("saker finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn mixed_input() -> Vec<u8> {
    let mut v = Vec::new();
    v.extend_from_slice(b"{\"id\":\"good\",\"date\":\"2022-11-18\",\"text\":\"Gunmen attacked a police station in Baghdad on Thursday.\"}\n");
    v.extend_from_slice(b"{\"id\":\"broken\",\"date\":\n");
    v.extend_from_slice(b"{\"id\":\"latin1\",\"date\":\"2022-11-18\",\"text\":\"caf\xe9\"}\n");
    v.extend_from_slice(b"{\"id\":\"empty\",\"date\":\"2022-11-18\",\"text\":\"\"}\n");
    v.extend_from_slice(
        format!(
            "{{\"id\":\"huge\",\"date\":\"2022-11-18\",\"text\":\"{}\"}}\n",
            "a ".repeat(3000)
        )
        .as_bytes(),
    );
    v
}

#[test]
fn bad_records_are_named_and_the_rest_is_coded() {
    let (code, _out, err) = saker(&["code", "--max-bytes", "4000"], &mixed_input());
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("<stdin>:2: invalid JSON"), "{err}");
    assert!(err.contains("<stdin>:3: invalid UTF-8"), "{err}");
    assert!(
        err.contains("<stdin>:4 (id=empty): article text is empty"),
        "{err}"
    );
    assert!(err.contains("<stdin>:5"), "{err}");
    assert!(err.contains("larger than the limit"), "{err}");
    assert!(err.contains("coded 1 articles"), "{err}");
}

#[test]
fn strict_turns_bad_records_into_exit_2() {
    let (code, _, err) = saker(&["code", "--strict", "--max-bytes", "4000"], &mixed_input());
    assert_eq!(code, 2, "{err}");
}

#[test]
fn nothing_coded_is_exit_1() {
    let (code, _, err) = saker(&["code"], b"{\"oops\n\n");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("nothing could be coded"), "{err}");
}

#[test]
fn plain_text_needs_a_valid_date_flag() {
    let (code, _, err) = saker(
        &["code", "--input-format", "text", "--date", "18.11.2022"],
        b"Police left.",
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("YYYY-MM-DD"), "{err}");
    let (code, _, err) = saker(
        &["code", "--input-format", "text", "--date", "2022-11-18"],
        b"Police left.",
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn missing_file_is_reported() {
    let (code, _, err) = saker(&["code", "/nonexistent/saker-input.jsonl"], b"");
    assert_eq!(code, 1);
    assert!(
        err.contains("/nonexistent/saker-input.jsonl: no such file"),
        "{err}"
    );
}

#[test]
fn demo_runs_and_csv_has_a_header() {
    let (code, _, err) = saker(&["demo"], b"");
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("6 sample articles"), "{err}");
    let (code, out, _) = saker(&["demo", "--format", "csv"], b"");
    assert_eq!(code, 0);
    assert!(out.starts_with("doc_id,event_id,"), "{out}");
}

#[test]
fn unknown_eval_set_is_a_usage_error() {
    let Some(data) = saker_core::shared::path("data/eval") else {
        return;
    };
    let (code, _, err) = saker(
        &[
            "eval",
            "--data",
            &data.display().to_string(),
            "--set",
            "nope",
        ],
        b"",
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("known sets"), "{err}");
}

#[test]
fn parse_prints_conllu_and_names_bad_records() {
    let (code, out, err) = saker(&["parse"], &mixed_input());
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("# doc_id = good\n# sent_id = good-1\n# text = Gunmen attacked"));
    let attacked = out
        .lines()
        .find(|l| l.split('\t').nth(1) == Some("attacked"))
        .expect("a token line for the verb");
    let cols: Vec<&str> = attacked.split('\t').collect();
    assert_eq!(cols.len(), 10);
    assert_eq!((cols[3], cols[6], cols[7]), ("VERB", "0", "root"));
    assert!(cols[9].contains("Event=1"), "{attacked}");
    assert!(err.contains("<stdin>:2: invalid JSON"), "{err}");
    assert!(err.contains("(id=empty)"), "{err}");
}

#[test]
fn output_filters_keep_events_with_actors_and_enough_confidence() {
    // "An explosion hit a market" has no actor; "Gunmen attacked the police" has two.
    let input = b"{\"id\":\"f\",\"date\":\"2022-11-18\",\"text\":\"An explosion was reported near a market. Gunmen attacked a police station in Baghdad on Thursday.\"}\n";
    let events = |args: &[&str]| -> Vec<serde_json::Value> {
        let mut all = vec!["code"];
        all.extend_from_slice(args);
        let (code, out, err) = saker(&all, input);
        assert_eq!(code, 0, "{err}");
        out.lines()
            .map(|l| serde_json::from_str(l).expect("JSON line"))
            .collect()
    };
    let all = events(&[]);
    let with = events(&["--with-actors"]);
    assert!(with.len() < all.len(), "{all:?}");
    assert!(!with.is_empty());
    for e in &with {
        let n = e["actors"].as_array().map_or(0, Vec::len)
            + e["recipients"].as_array().map_or(0, Vec::len);
        assert!(n > 0, "{e}");
    }
    let sure = events(&["--min-confidence", "0.99"]);
    assert!(sure.iter().all(|e| e["confidence"].as_f64() >= Some(0.99)));
    let (code, _, err) = saker(&["code", "--min-confidence", "2"], input);
    assert_eq!(code, 2, "{err}");
}
