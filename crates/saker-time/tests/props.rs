//! Property tests: the tagger never panics and its spans are sane on arbitrary text.

use jiff::civil::Date;
use proptest::prelude::*;
use saker_time::TimeTagger;
use std::sync::OnceLock;

fn tagger() -> &'static TimeTagger {
    static T: OnceLock<TimeTagger> = OnceLock::new();
    T.get_or_init(TimeTagger::new)
}

fn check(text: &str, dct: Date) {
    for t in tagger().find_in_text(text, dct) {
        assert!(
            t.span.start < t.span.end && t.span.end <= text.len(),
            "{t:?}"
        );
        assert!(
            text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end),
            "{t:?}"
        );
        assert!(!t.value.is_empty());
    }
}

/// Text built from temporal words, numbers and punctuation, to reach the patterns often.
fn newsy() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "in",
        "on",
        "the",
        "last",
        "next",
        "this",
        "November",
        "Nov",
        ".",
        ",",
        "17",
        "2022",
        "1990s",
        "-",
        "/",
        "Thursday",
        "morning",
        "ago",
        "two",
        "weeks",
        "years",
        "a",
        "year",
        "earlier",
        "later",
        "Ramadan",
        "Eid",
        "al",
        "Adha",
        "p",
        "m",
        "10",
        ":",
        "30",
        "quarter",
        "third",
        "fiscal",
        "'",
        "s",
        "mid",
        "early",
        "31",
        "99999999999",
        "0",
        "May",
        "March",
        "day",
        "before",
        "the",
        "previous",
        "during",
        "his",
        "term",
        "é",
        "—",
        "nineteen",
        "ninety",
        "six",
        "two",
        "thousand",
        "year-end",
        "Christmas",
        "Thanksgiving",
        "Day",
        "\n",
    ]);
    prop::collection::vec(words, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #[test]
    fn never_panics_on_arbitrary_text(text in "\\PC{0,200}", y in 1i16..9999, m in 1i8..=12, d in 1i8..=28) {
        let dct = Date::new(y, m, d).expect("valid test date");
        check(&text, dct);
    }

    #[test]
    fn never_panics_on_newsy_text(text in newsy(), y in 1i16..9999, m in 1i8..=12, d in 1i8..=28) {
        let dct = Date::new(y, m, d).expect("valid test date");
        check(&text, dct);
    }
}

#[test]
fn extreme_dates_do_not_panic() {
    for dct in [Date::MIN, Date::MAX] {
        check("Last year, 3 weeks ago, next week, in November, on Friday, the 1990s, Ramadan, 12/31/9999, the next day.", dct);
    }
}
