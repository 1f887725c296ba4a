//! Golden tests on news sentences: the seed article's expressions (publication date 2022-11-18)
//! and other news-like sentences that exercise the same mechanisms.

use jiff::civil::Date;
use saker_core::nlp::{DatePrecision, Timex, TimexKind};
use saker_time::TimeTagger;
use std::sync::OnceLock;

fn tagger() -> &'static TimeTagger {
    static T: OnceLock<TimeTagger> = OnceLock::new();
    T.get_or_init(TimeTagger::new)
}

fn date(s: &str) -> Date {
    s.parse().expect("test date")
}

fn find(text: &str, dct: &str) -> Vec<(String, Timex)> {
    tagger()
        .find_in_text(text, date(dct))
        .into_iter()
        .map(|t| (t.span.slice(text).to_owned(), t))
        .collect()
}

/// The timex whose text is `surface`; panics with everything found otherwise.
fn get(text: &str, dct: &str, surface: &str) -> Timex {
    let all = find(text, dct);
    match all.iter().find(|(s, _)| s == surface) {
        Some((_, t)) => t.clone(),
        None => panic!("no timex {surface:?} in {text:?}; found {all:?}"),
    }
}

fn values(text: &str, dct: &str) -> Vec<(String, String)> {
    find(text, dct)
        .into_iter()
        .map(|(s, t)| (s, t.value))
        .collect()
}

const SEED_DCT: &str = "2022-11-18";

// --- seed article (publication date 2022-11-18) ---

#[test]
fn seed_thursday_morning_is_the_day_before_publication() {
    let s = "A military source told the Iraqi Kurdish \"Shafaq News\" website that the force contains about a hundred, and that most of them have not yet implemented the sudden orders to leave the Al-Kazemi house, which was issued on Thursday morning.";
    let t = get(s, SEED_DCT, "Thursday morning");
    assert_eq!(t.value, "2022-11-17TMO");
    assert_eq!(t.precision, DatePrecision::Day);
    assert_eq!(t.kind, TimexKind::Time);
}

#[test]
fn seed_in_november_past_attack_is_last_year_and_march_plane_is_no_date() {
    let s = "The militias associated with Iran did not forget these measures, as in November launched an attack on Al-Kazemi's house, with a March plane, which resulted in a number of guards wounding varying wounds.";
    let t = get(s, SEED_DCT, "November");
    assert_eq!(t.value, "2021-11");
    assert_eq!(t.precision, DatePrecision::Month);
    let all = values(s, SEED_DCT);
    assert!(all.iter().all(|(s, _)| !s.contains("March")), "{all:?}");
    assert_eq!(all.len(), 1, "{all:?}");
}

#[test]
fn seed_july_2020_keeps_month_precision() {
    let s = "During his assumption of the prime minister, a number of close associates of Kazemi were subjected to liquidations such as Hisham Al-Hashemi, who was a well-known security analyst and government adviser, as he was assassinated in July 2020.";
    let t = get(s, SEED_DCT, "July 2020");
    assert_eq!(t.value, "2020-07");
    assert_eq!(t.precision, DatePrecision::Month);
}

#[test]
fn seed_three_weeks_after_is_a_duration_not_a_future_date() {
    let s = "Although a number of officials usually allow them to keep government protection regiments for years after the end of their duties, but the decision to strip Al-Kazemi from his protection comes only 3 weeks after Muhammad Shi'a Al-Sudani assumed the prime minister.";
    let t = get(s, SEED_DCT, "3 weeks");
    assert_eq!(t.value, "P3W");
    assert_eq!(t.kind, TimexKind::Duration);
    assert_eq!(t.precision, DatePrecision::Duration);
    assert!(find(s, SEED_DCT)
        .iter()
        .all(|(_, t)| !t.value.starts_with("2022-12")));
}

#[test]
fn seed_last_month_mid_sentence() {
    let s = "In a statement last month, the military commander of the Iraqi Hezbollah Brigades, Abu Ali Military Brigades, called for the pursuit of Al-Kazemi and his team.";
    let t = get(s, SEED_DCT, "last month");
    assert_eq!(t.value, "2022-10");
    assert_eq!(t.precision, DatePrecision::Month);
}

#[test]
fn seed_in_2021_is_a_year() {
    let s = "The party entered into a confrontation with the outgoing government of Mustafa Al-Kazemi, especially after its defeat and the defeat of the forces loyal to Iran in the legislative elections held in 2021.";
    let t = get(s, SEED_DCT, "2021");
    assert_eq!(t.value, "2021");
    assert_eq!(t.precision, DatePrecision::Year);
}

#[test]
fn seed_and_we_is_not_wednesday() {
    let s = "\"The legal brothers must make double efforts to complete the legal right of Kazemi al-Ghud and his espionage team, and we have rights that must be collected.";
    assert!(find(s, SEED_DCT).is_empty(), "{:?}", find(s, SEED_DCT));
}

#[test]
fn seed_during_his_term_is_a_vague_past_reference() {
    let s = "This unexpected step comes after a period of directing explicit warnings to pursue Al-Kazemi, who during his term tried to address the influence of some militias.";
    let t = get(s, SEED_DCT, "his term");
    assert_eq!(t.value, "PAST_REF");
    assert_eq!(t.precision, DatePrecision::Vague);
}

// --- generality: other news sentences ---

#[test]
fn weekdays_resolve_to_the_most_recent_one_unless_future() {
    // 2023-03-15 is a Wednesday.
    let dct = "2023-03-15";
    assert_eq!(
        get(
            "Gunmen attacked a checkpoint on Monday night.",
            dct,
            "Monday night"
        )
        .value,
        "2023-03-13TNI"
    );
    assert_eq!(
        get(
            "The minister arrived in Basra on Wednesday.",
            dct,
            "Wednesday"
        )
        .value,
        "2023-03-15"
    );
    assert_eq!(
        get(
            "The delegation will travel to Erbil on Friday.",
            dct,
            "Friday"
        )
        .value,
        "2023-03-17"
    );
    assert_eq!(
        get("Talks collapsed last Wednesday.", dct, "last Wednesday").value,
        "2023-03-08"
    );
}

#[test]
fn weekday_names_inside_names_are_not_dates() {
    let dct = "2023-03-15";
    assert!(find("He told the Sunday Times that the deal was over.", dct).is_empty());
    assert!(find("Protesters marked Black Wednesday in the capital.", dct).is_empty());
}

#[test]
fn month_names_need_date_context() {
    let dct = "2023-03-15";
    assert!(find("Officials may visit the site.", dct).is_empty());
    assert!(find("Soldiers march through the square.", dct).is_empty());
    assert!(find("May God have mercy on the victims.", dct).is_empty());
    assert!(find(
        "The sun rose over a March morning parade, a June wedding.",
        dct
    )
    .iter()
    .all(|(s, _)| !s.contains("June")));
    assert_eq!(
        get("Elections were held in May.", dct, "May").value,
        "2022-05"
    );
    assert_eq!(
        get("Elections will be held in May.", dct, "May").value,
        "2023-05"
    );
    assert_eq!(
        get("Prices rose 3% in February.", dct, "February").value,
        "2023-02"
    );
    assert_eq!(
        get("The law takes effect by June.", dct, "June").value,
        "2023-06"
    );
}

#[test]
fn explicit_and_numeric_dates() {
    let dct = "2022-11-18";
    assert_eq!(
        get(
            "The attack took place on 17 November 2022.",
            dct,
            "17 November 2022"
        )
        .value,
        "2022-11-17"
    );
    assert_eq!(
        get("It was signed on Nov. 17, 2022.", dct, "Nov. 17, 2022").value,
        "2022-11-17"
    );
    assert_eq!(
        get("It was signed on Nov. 17.", dct, "Nov. 17").value,
        "2022-11-17"
    );
    assert_eq!(
        get("The decree is dated 2022-11-17.", dct, "2022-11-17").value,
        "2022-11-17"
    );
    // Unambiguous day-first and month-first numeric dates.
    assert_eq!(
        get("The decree is dated 17/11/2022.", dct, "17/11/2022").value,
        "2022-11-17"
    );
    assert_eq!(
        get("The decree is dated 11/17/2022.", dct, "11/17/2022").value,
        "2022-11-17"
    );
    // Ambiguous: the reading nearest to (and not after) the publication date.
    assert_eq!(
        get("The decree is dated 05/11/2022.", dct, "05/11/2022").value,
        "2022-11-05"
    );
    assert_eq!(
        get(
            "The truce began on the 3rd of March.",
            dct,
            "the 3rd of March"
        )
        .value,
        "2022-03-03"
    );
    assert_eq!(
        get("Voting ended on Sunday, Nov. 13.", dct, "Sunday, Nov. 13").value,
        "2022-11-13"
    );
}

#[test]
fn relative_expressions() {
    let dct = "2022-11-18";
    assert_eq!(
        get(
            "Two soldiers were killed two days ago.",
            dct,
            "two days ago"
        )
        .value,
        "2022-11-16"
    );
    assert_eq!(
        get("Clashes erupted yesterday.", dct, "yesterday").value,
        "2022-11-17"
    );
    assert_eq!(
        get(
            "Clashes erupted earlier this week.",
            dct,
            "earlier this week"
        )
        .value,
        "2022-W46"
    );
    assert_eq!(
        get("The parliament met this week.", dct, "this week").value,
        "2022-W46"
    );
    assert_eq!(
        get("The budget was passed last year.", dct, "last year").value,
        "2021"
    );
    assert_eq!(
        get("Protests continued tonight.", dct, "tonight").value,
        "2022-11-18TNI"
    );
    assert_eq!(
        get(
            "Troops withdrew in the third quarter.",
            dct,
            "the third quarter"
        )
        .value,
        "2022-Q3"
    );
    assert_eq!(
        get("The group was founded in the 1980s.", dct, "the 1980s").value,
        "198"
    );
    assert_eq!(
        get("Fighting resumed last summer.", dct, "last summer").value,
        "2022-SU"
    );
    assert_eq!(
        get("He has been in prison for three years.", dct, "three years").value,
        "P3Y"
    );
    assert_eq!(
        get("Prices have recently risen.", dct, "recently").value,
        "PAST_REF"
    );
    assert_eq!(
        get("The border is currently closed.", dct, "currently").value,
        "PRESENT_REF"
    );
}

#[test]
fn anchored_expressions_follow_the_reference_time() {
    let dct = "2022-11-18";
    let s = "The convoy was ambushed on 3 October 2022. The next day, militants attacked a police station.";
    assert_eq!(get(s, dct, "The next day").value, "2022-10-04");
    let s = "Talks began on 3 October 2022. Three weeks later, a deal was signed.";
    assert_eq!(get(s, dct, "Three weeks later").value, "2022-W43");
    let s = "Militants stormed the village. Three weeks later, the army returned.";
    assert_eq!(get(s, dct, "Three weeks later").value, "P3W");
}

#[test]
fn islamic_calendar_mentions() {
    let dct = "2022-11-18";
    let t = get("Attacks rose during Ramadan.", dct, "Ramadan");
    assert_eq!(t.value, "2022-04");
    assert_eq!(t.precision, DatePrecision::Month);
    assert_eq!(
        get("The blast hit a market on Eid al-Adha.", dct, "Eid al-Adha").value,
        "2022-07-09"
    );
    assert_eq!(
        get("Pilgrims gathered for Arbaeen.", dct, "Arbaeen").value,
        "2022-09-17"
    );
    assert_eq!(
        get(
            "The curfew was lifted after Ramadan 2021.",
            dct,
            "Ramadan 2021"
        )
        .value,
        "2021-04"
    );
    // A person named Ramadan is not a month.
    assert!(find("Taha Yassin Ramadan said the talks failed.", dct).is_empty());
}

#[test]
fn ages_and_fractions_are_not_durations() {
    let dct = "2022-11-18";
    assert!(find("A 44-year-old man was arrested.", dct).is_empty());
    assert!(find("The victim, 37 years old, was a teacher.", dct).is_empty());
    assert!(find("Iraq imports about three-quarters of its wheat.", dct).is_empty());
}

#[test]
fn clock_times_join_their_day() {
    let dct = "2022-11-18";
    assert_eq!(
        get(
            "The deadline expired at 10 p.m. Wednesday.",
            dct,
            "10 p.m. Wednesday"
        )
        .value,
        "2022-11-16T22:00"
    );
}

/// A sentence of `text[s..e]` with naive word/punctuation tokens (enough for date attachment).
fn sentence_of(text: &str, s: usize, e: usize) -> saker_core::nlp::Sentence {
    use saker_core::nlp::{Sentence, Token};
    use saker_core::Span;
    let mut toks = Vec::new();
    let mut start = None;
    for (i, c) in text[s..e].char_indices() {
        let p = s + i;
        if c.is_alphanumeric() {
            start.get_or_insert(p);
        } else {
            if let Some(st) = start.take() {
                toks.push(Token {
                    span: Span::new(st, p),
                });
            }
            if !c.is_whitespace() {
                toks.push(Token {
                    span: Span::new(p, p + c.len_utf8()),
                });
            }
        }
    }
    if let Some(st) = start {
        toks.push(Token {
            span: Span::new(st, e),
        });
    }
    Sentence {
        span: Span::new(s, e),
        tokens: toks,
    }
}

#[test]
fn a_duration_never_dates_an_event() {
    let text = "Rebels attacked the town three weeks after the election.";
    let sents = vec![sentence_of(text, 0, text.len())];
    let tx = tagger().find(text, &sents, None, date("2022-11-18"));
    assert!(
        tx.iter().any(|t| t.value == "P3W"),
        "the duration is still tagged: {tx:?}"
    );
    assert_eq!(
        saker_time::event_date_in(text, 0, 1, &sents, None, &tx),
        None
    );
    // With a point in time beside it, the point dates the event.
    let text = "Rebels attacked the town on Friday, three weeks after the election.";
    let sents = vec![sentence_of(text, 0, text.len())];
    let tx = tagger().find(text, &sents, None, date("2022-11-18"));
    let k = saker_time::event_date_in(text, 0, 1, &sents, None, &tx).expect("dated");
    assert_eq!(tx[k].value, "2022-11-18");
}

#[test]
fn event_date_prefers_syntax_then_sentence_then_paragraph() {
    use saker_core::nlp::{TokenSyntax, Upos};
    let text =
        "Militants attacked on Friday. Police said nothing.\n\nThe army left in 2020. It returned.";
    let dct = date("2022-11-18");
    let words = |s: usize, e: usize| sentence_of(text, s, e);
    let b1 = text.find("Police").expect("fixture");
    let b2 = text.find("The army").expect("fixture");
    let b3 = text.find("It returned").expect("fixture");
    let sents = vec![
        words(0, b1 - 1),
        words(b1, b2 - 2),
        words(b2, b3 - 1),
        words(b3, text.len()),
    ];
    let tx = tagger().find(text, &sents, None, dct);
    assert_eq!(tx.len(), 2, "{tx:?}");
    // Sentence 0, trigger "attacked" (token 1): same sentence.
    assert_eq!(
        saker_time::event_date_in(text, 0, 1, &sents, None, &tx),
        Some(0)
    );
    // Sentence 1 has no timex; the paragraph's previous sentence has Friday.
    assert_eq!(
        saker_time::event_date_in(text, 1, 1, &sents, None, &tx),
        Some(0)
    );
    // Sentence 3: previous sentence in its paragraph has 2020.
    assert_eq!(
        saker_time::event_date_in(text, 3, 1, &sents, None, &tx),
        Some(1)
    );
    // Without the text, a gap of more than one byte is a paragraph break.
    assert_eq!(saker_time::event_date(3, 1, &sents, None, &tx), Some(1));
    // Syntax: "attacked" governs "Friday" through obl.
    let ts = |upos, xpos: &str, head, deprel: &str| TokenSyntax {
        upos,
        xpos: xpos.into(),
        lemma: String::new(),
        head,
        deprel: deprel.into(),
    };
    let p0 = vec![
        ts(Upos::Noun, "NNS", 2, "nsubj"),
        ts(Upos::Verb, "VBD", 0, "root"),
        ts(Upos::Adp, "IN", 4, "case"),
        ts(Upos::Propn, "NNP", 2, "obl"),
        ts(Upos::Punct, ".", 2, "punct"),
    ];
    let parses = vec![p0, Vec::new(), Vec::new(), Vec::new()];
    assert_eq!(
        saker_time::event_date(0, 1, &sents, Some(&parses), &tx),
        Some(0)
    );
    // A sentence in a new paragraph with no timex of its own and none before it: None.
    let tx2 = vec![tx[1].clone()];
    assert_eq!(
        saker_time::event_date_in(text, 1, 1, &sents, None, &tx2),
        None
    );
}

#[test]
fn a_day_carries_through_the_paragraph_a_year_two_sentences() {
    let dct = date("2022-11-18");
    let split = |text: &str, firsts: &[&str]| {
        let starts: Vec<usize> = firsts
            .iter()
            .map(|w| text.find(w).expect("fixture"))
            .collect();
        (0..starts.len())
            .map(|k| {
                let end = starts.get(k + 1).map_or(text.len(), |&n| n - 1);
                sentence_of(text, starts[k], end)
            })
            .collect::<Vec<_>>()
    };
    let firsts = ["Militants", "Two", "The town", "The church", "It burned"];
    // a day: the incident the report is about
    let text = "Militants attacked on Friday. Two soldiers died. The town mourned. \
                The church was hit too. It burned down.";
    let sents = split(text, &firsts);
    let tx = tagger().find(text, &sents, None, dct);
    assert_eq!(tx.len(), 1, "{tx:?}");
    for s in 1..5 {
        assert_eq!(
            saker_time::event_date_in(text, s, 1, &sents, None, &tx),
            Some(0)
        );
    }
    // a year: background, two sentences on
    let text = "Militants attacked in 1998. Two soldiers died. The town mourned. \
                The church was hit too. It burned down.";
    let sents = split(text, &firsts);
    let tx = tagger().find(text, &sents, None, dct);
    assert_eq!(tx.len(), 1, "{tx:?}");
    assert_eq!(
        saker_time::event_date_in(text, 1, 1, &sents, None, &tx),
        Some(0)
    );
    assert_eq!(
        saker_time::event_date_in(text, 2, 1, &sents, None, &tx),
        Some(0)
    );
    assert_eq!(
        saker_time::event_date_in(text, 3, 1, &sents, None, &tx),
        None
    );
    assert_eq!(
        saker_time::event_date_in(text, 4, 1, &sents, None, &tx),
        None
    );
}

#[test]
fn parse_tense_overrides_lexical_cues() {
    use saker_core::nlp::{Sentence, Token, TokenSyntax, Upos};
    use saker_core::Span;
    // "Attack in November" with a parse saying the governing verb is future ("will").
    let text = "They will attack in November.";
    let spans = [(0, 4), (5, 9), (10, 16), (17, 19), (20, 28), (28, 29)];
    let sent = Sentence {
        span: Span::new(0, text.len()),
        tokens: spans
            .iter()
            .map(|&(s, e)| Token {
                span: Span::new(s, e),
            })
            .collect(),
    };
    let ts = |upos, xpos: &str, lemma: &str, head, deprel: &str| TokenSyntax {
        upos,
        xpos: xpos.into(),
        lemma: lemma.into(),
        head,
        deprel: deprel.into(),
    };
    let parse = vec![
        ts(Upos::Pron, "PRP", "they", 3, "nsubj"),
        ts(Upos::Aux, "MD", "will", 3, "aux"),
        ts(Upos::Verb, "VB", "attack", 0, "root"),
        ts(Upos::Adp, "IN", "in", 5, "case"),
        ts(Upos::Propn, "NNP", "November", 3, "obl"),
        ts(Upos::Punct, ".", ".", 3, "punct"),
    ];
    let dct = date("2022-11-18");
    let tx = tagger().find(
        text,
        std::slice::from_ref(&sent),
        Some(std::slice::from_ref(&parse)),
        dct,
    );
    assert_eq!(tx[0].value, "2022-11");
    let mut past = parse;
    past.remove(1);
    let text2 = "They attacked in November.";
    let sent2 = Sentence {
        span: Span::new(0, text2.len()),
        tokens: [(0, 4), (5, 13), (14, 16), (17, 25), (25, 26)]
            .iter()
            .map(|&(s, e)| Token {
                span: Span::new(s, e),
            })
            .collect(),
    };
    past[0].head = 2;
    past[1].xpos = "VBD".into();
    past[2].head = 4;
    past[3].head = 2;
    past[4].head = 2;
    let tx = tagger().find(text2, std::slice::from_ref(&sent2), Some(&[past]), dct);
    assert_eq!(tx[0].value, "2021-11");
}

// --- tense cues and lead-in words ---

#[test]
fn deadline_words_point_ahead_unless_the_clause_is_past_perfect() {
    // 2023-03-16 is a Thursday.
    let dct = "2023-03-16";
    assert_eq!(
        get(
            "Thirty-two countries had filed compliance reports by Wednesday.",
            dct,
            "Wednesday"
        )
        .value,
        "2023-03-15"
    );
    assert_eq!(
        get(
            "Until Tuesday, the army had not named a suspect.",
            dct,
            "Tuesday"
        )
        .value,
        "2023-03-14"
    );
    assert_eq!(
        get(
            "Officials postponed until Monday any decision on the strike.",
            dct,
            "Monday"
        )
        .value,
        "2023-03-20"
    );
}

#[test]
fn future_constructions_and_lead_ins() {
    // 2023-03-15 is a Wednesday.
    let dct = "2023-03-15";
    assert_eq!(
        get(
            "The delegation could arrive in Baghdad as soon as Tuesday.",
            dct,
            "Tuesday"
        )
        .value,
        "2023-03-21"
    );
    assert_eq!(
        get(
            "Talks between the factions are set to resume Monday in Geneva.",
            dct,
            "Monday"
        )
        .value,
        "2023-03-20"
    );
    assert_eq!(
        get(
            "On Tuesday, the opposition coalition in the northern provinces plans to hold a rally.",
            dct,
            "Tuesday"
        )
        .value,
        "2023-03-21"
    );
    // 2023-03-13 is a Monday: "ahead of the weekend" is the coming one.
    assert_eq!(
        get(
            "Traders squared positions ahead of the weekend.",
            "2023-03-13",
            "the weekend"
        )
        .value,
        "2023-W11-WE"
    );
}

#[test]
fn months_without_tense_cues_lean_to_the_past() {
    let dct = "2022-11-18";
    // No tense cue near the month: the most recent March, not next year's.
    assert_eq!(
        get(
            "The shares rose to a high of $42 in June from $29.75 in March.",
            dct,
            "March"
        )
        .value,
        "2022-03"
    );
    // Unless it is one of the next two months.
    assert_eq!(
        get(
            "The dividend, payable in January, was raised.",
            dct,
            "January"
        )
        .value,
        "2023-01"
    );
    // A reporting verb is a past cue when nothing else speaks; "plans" here is a noun.
    assert_eq!(
        get(
            "In September, the company announced plans to sell its cement unit.",
            dct,
            "September"
        )
        .value,
        "2022-09"
    );
    // Month and day: the most recent one unless it is within four months ahead.
    assert_eq!(
        get(
            "The index is within 70 points of its record high set on Aug. 6.",
            "2023-02-06",
            "Aug. 6"
        )
        .value,
        "2022-08-06"
    );
}

// --- reporting periods in earnings news ---

#[test]
fn year_ago_follows_the_reported_quarter() {
    // 2022-11-03: the third quarter is the last completed one.
    let dct = "2022-11-03";
    let s = "The company said net income rose 20% in the third quarter. It warned of a fourth-quarter charge. Net rose to $108 million from $90 million a year ago.";
    assert_eq!(get(s, dct, "a year ago").value, "2021-Q3");
    // A sentence about the nine months compares years, not quarters.
    let s = "Profit rose in the third quarter. For the nine months, net rose to $313 million from $283 million a year earlier.";
    assert_eq!(get(s, dct, "a year earlier").value, "2021");
    // The year-ago quarter with no quarter named yet: the last completed one.
    let s = "The bank earned $10 million, or 67 cents a share, in the year-ago quarter.";
    assert_eq!(get(s, dct, "the year-ago quarter").value, "2021-Q3");
    // A fiscal quarter named with the current quarter's number is the one reported on.
    let s = "The food maker reported a 47% decline in fourth-quarter earnings. It earned $45 million, compared with $84 million a year earlier.";
    assert_eq!(get(s, dct, "a year earlier").value, "2021-Q4");
}

// --- new expression patterns ---

#[test]
fn spelled_out_years() {
    let dct = "2022-11-18";
    assert_eq!(
        get(
            "The bombing came in January nineteen ninety-seven.",
            dct,
            "January nineteen ninety-seven"
        )
        .value,
        "1997-01"
    );
    assert_eq!(
        get(
            "Oil fell to the level we saw in the winter of nineteen ninety-four.",
            dct,
            "the winter of nineteen ninety-four"
        )
        .value,
        "1994-WI"
    );
    assert_eq!(
        get(
            "He promised to halve unemployment by the year two thousand.",
            dct,
            "the year two thousand"
        )
        .value,
        "2000"
    );
    assert_eq!(
        get("The plan runs until the year 2030.", dct, "the year 2030").value,
        "2030"
    );
}

#[test]
fn weeks_and_days_around_dates() {
    let t = get(
        "The case may be resolved in a court hearing the week of March 6.",
        "2023-02-24",
        "the week of March 6",
    );
    assert_eq!(t.value, "2023-W10");
    assert_eq!(t.precision, DatePrecision::Week);
    // 2023-03-16 is a Thursday; last Tuesday is 2023-03-14.
    assert_eq!(
        get(
            "The day before last Tuesday's hearing, the lawyer met the family.",
            "2023-03-16",
            "The day before last Tuesday"
        )
        .value,
        "2023-03-13"
    );
}

#[test]
fn previous_and_following_weekdays_count_from_the_reference_time() {
    // 2023-03-13 is a Monday; "Friday" is 2023-03-10 and the Friday before that 2023-03-03.
    let s = "The index closed at 2082 on Friday, down 4.5% from the previous Friday.";
    assert_eq!(
        get(s, "2023-03-13", "the previous Friday").value,
        "2023-03-03"
    );
    let s = "The convoy left on 3 March 2023 and arrived the following Monday.";
    assert_eq!(
        get(s, "2023-03-20", "the following Monday").value,
        "2023-03-06"
    );
}

#[test]
fn last_half_and_last_quarter_of_a_year() {
    let dct = "2022-11-18";
    assert_eq!(
        get(
            "Earnings will be lower in the last half of 2022.",
            dct,
            "the last half of 2022"
        )
        .value,
        "2022-H2"
    );
    assert_eq!(
        get(
            "Sales fell in the last quarter of 2021.",
            dct,
            "the last quarter of 2021"
        )
        .value,
        "2021-Q4"
    );
    // Without a year, "last quarter" is the previous quarter.
    assert_eq!(
        get("Sales fell last quarter.", dct, "last quarter").value,
        "2022-Q3"
    );
}

#[test]
fn appositive_day_and_indefinite_future() {
    let dct = "2022-11-18";
    // "the day before X" in apposition to a date names that date.
    let s =
        "Eight trading days after Oct. 12, the day before the market plunge, the index had fallen.";
    assert_eq!(get(s, dct, "the day before").value, "2022-10-12");
    // Without the apposition it counts from the reference time.
    let s =
        "The convoy was ambushed on 3 October 2022. The day before, militants had fired rockets.";
    assert_eq!(get(s, dct, "The day before").value, "2022-10-02");
    // "will one day" is an indefinite future, not a one-day duration.
    let t = get(
        "Officials say the city will one day be rebuilt.",
        dct,
        "one day",
    );
    assert_eq!(t.value, "FUTURE_REF");
    assert_eq!(
        get("The talks lasted one day.", dct, "one day").value,
        "P1D"
    );
}

#[test]
fn earlier_and_later_modify_the_head() {
    let dct = "2022-11-18";
    let s = "Gunmen attacked the market on 3 October 2022. Earlier that day, police had closed the road.";
    assert_eq!(get(s, dct, "Earlier that day").value, "2022-10-03");
    assert_eq!(
        get(
            "The dividend will be reinstated later this year.",
            dct,
            "later this year"
        )
        .value,
        "2022"
    );
    assert_eq!(
        get(
            "The chips will appear on the market sometime next year.",
            dct,
            "sometime next year"
        )
        .value,
        "2023"
    );
}
