use super::*;
use std::sync::OnceLock;

fn geo() -> &'static Geocoder {
    static G: OnceLock<Geocoder> = OnceLock::new();
    G.get_or_init(|| Geocoder::load_default().expect("embedded gazetteer loads"))
}

fn places(text: &str) -> Vec<FoundPlace> {
    let s = simple_sentences(text);
    geo().find_detailed(text, &s, None)
}

fn named<'a>(f: &'a [FoundPlace], text: &str, surface: &str) -> Option<&'a FoundPlace> {
    f.iter().find(|p| p.mention.span.slice(text) == surface)
}

#[test]
fn geocoder_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Geocoder>();
}

#[test]
fn embedded_data_loads_and_has_countries_and_additions() {
    let g = geo().gazetteer();
    assert!(g.len() > 100_000, "{}", g.len());
    let (_, c) = g.lookup("iraq").expect("iraq indexed");
    assert_eq!(c[0].country, "IRQ");
    assert_eq!(c[0].feature, "country");
    let (_, c) = g.lookup("green zone").expect("green zone indexed");
    assert!(c
        .iter()
        .any(|p| p.id.starts_with("S:") && p.country == "IRQ"));
    let (_, c) = g.lookup(&name_key("Kazimiyah")).expect("variant indexed");
    assert_eq!(c[0].name, "Kadhimiya");
    // Article-less keys for Arabic names.
    assert!(g.contains("tanf"));
}

#[test]
fn arabic_script_names_of_our_additions_resolve() {
    let text = "قصف في المنطقة الخضراء . هجوم على قاعدة عين الأسد";
    let f = places(text);
    for (surface, name) in [
        ("المنطقة الخضراء", "Green Zone"),
        ("قاعدة عين الأسد", "Ain al-Asad"),
    ] {
        let p = named(&f, text, surface).unwrap_or_else(|| panic!("{surface} in {f:#?}"));
        assert_eq!(p.mention.name, name);
        assert_eq!(p.mention.country.as_deref(), Some("IRQ"));
    }
}

#[test]
fn name_keys_fold_case_marks_and_punctuation() {
    assert_eq!(name_key("Al-Qa'im"), "al qaim");
    assert_eq!(name_key("  São  Paulo "), "sao paulo");
    assert_eq!(name_key("U.S."), "us");
    assert_eq!(name_key("Bağdat"), "bagdat");
}

#[test]
fn seed_article_places() {
    let Some(p) = saker_core::shared::path("data/seed/seed-article.txt") else {
        return;
    };
    let text = std::fs::read_to_string(p).expect("seed article readable");
    let f = places(&text);
    let surfaces: Vec<&str> = f.iter().map(|p| p.mention.span.slice(&text)).collect();
    let b = named(&f, &text, "BAGHDAD").expect("dateline found");
    assert_eq!(b.mention.country.as_deref(), Some("IRQ"));
    assert_eq!(b.mention.name, "Baghdad");
    assert!(b.dateline);
    let gz = f
        .iter()
        .find(|p| p.mention.name == "Green Zone")
        .expect("Green Zone found");
    assert_eq!(gz.mention.country.as_deref(), Some("IRQ"));
    assert_eq!(gz.mention.admin1.as_deref(), Some("Baghdad"));
    assert!(gz.mention.geonameid.is_none());
    assert!(f
        .iter()
        .any(|p| p.mention.name == "Iran" && p.mention.country.as_deref() == Some("IRN")));
    for bad in [
        "March",
        "crossings",
        "Shafaq",
        "Iraqi",
        "Kazemi",
        "Al-Kazemi",
        "Soleimani",
        "Ali",
        "Abu",
    ] {
        assert!(
            !surfaces.iter().any(|s| s.contains(bad)),
            "false place {bad:?} in {surfaces:?}"
        );
    }
}

#[test]
fn iraq_and_iran_as_places_and_demonyms_are_not() {
    let t = "Fighting spread from Iraq to Iran on Monday. Iraqi officials said the Iranian side agreed.";
    let f = places(t);
    let names: Vec<&str> = f.iter().map(|p| p.mention.name.as_str()).collect();
    assert_eq!(names, vec!["Iraq", "Iran"]);
}

#[test]
fn metonymy_is_flagged_with_lower_confidence() {
    let t = "Baghdad said on Sunday it would respond. A bomb exploded in Baghdad on Sunday.";
    let f = places(t);
    assert_eq!(f.len(), 2);
    assert!(f[0].metonymic);
    assert!(!f[1].metonymic);
    assert!(f[0].mention.confidence < f[1].mention.confidence);
}

#[test]
fn transliteration_variants_resolve_to_the_same_place() {
    for t in [
        "Clashes erupted in Kadhimiya overnight.",
        "Clashes erupted in Kazimiyah overnight.",
        "Clashes erupted in al-Kadhimiya overnight.",
    ] {
        let f = places(t);
        assert_eq!(f.len(), 1, "{t}: {f:?}");
        assert_eq!(f[0].mention.name, "Kadhimiya", "{t}");
    }
    let t = "A drone struck the Ain al-Asad base and rockets hit near al-Tanf.";
    let f = places(t);
    let names: Vec<&str> = f.iter().map(|p| p.mention.name.as_str()).collect();
    assert!(names.contains(&"Ain al-Asad"), "{names:?}");
    assert!(names.contains(&"al-Tanf"), "{names:?}");
}

#[test]
fn country_context_picks_the_right_homonym() {
    let t = "Police in Alexandria, La., arrested a man. Rapides Parish deputies helped.";
    let f = places(t);
    let a = named(&f, t, "Alexandria").expect("Alexandria");
    assert_eq!(a.mention.country.as_deref(), Some("USA"));
    assert_eq!(a.mention.admin1.as_deref(), Some("Louisiana"));
    let t = "Protesters gathered in Alexandria and Cairo as Egypt braced for more.";
    let f = places(t);
    let a = named(&f, t, "Alexandria").expect("Alexandria");
    assert_eq!(a.mention.country.as_deref(), Some("EGY"));
}

#[test]
fn common_words_and_person_names_are_not_places() {
    let t =
        "In March, Henry Reading said the Mobile Crossings team would play. Nice work, he said.";
    let f = places(t);
    assert!(f.is_empty(), "{f:?}");
    let t = "the crossings and border ports were closed";
    assert!(places(t).is_empty());
}

#[test]
fn big_city_beats_its_state_and_sentence_start_is_fine() {
    let t = "New York was quiet. Officials in Washington disagreed.";
    let f = places(t);
    assert_eq!(f[0].mention.feature, "city");
    assert_eq!(f[1].mention.country.as_deref(), Some("USA"));
    assert!((f[1].mention.lat - 38.9).abs() < 0.3, "{:?}", f[1].mention);
}

#[test]
fn governorates_and_crossings() {
    let t =
        "Militants crossed at the Al-Qaim crossing into Anbar province, then moved to Salahuddin.";
    let f = places(t);
    let names: Vec<&str> = f.iter().map(|p| p.mention.name.as_str()).collect();
    assert!(names.contains(&"Al-Qaim crossing"), "{names:?}");
    assert!(names.contains(&"Anbar Governorate"), "{names:?}");
    assert!(names.contains(&"Salahuddin Governorate"), "{names:?}");
}

#[test]
fn event_place_prefers_syntax_then_sentence_then_dateline() {
    let t = "BAGHDAD - Officials met.\nA bomb exploded in Mosul near Tal Afar.";
    let s = simple_sentences(t);
    let ms = geo().find(t, &s, None);
    assert_eq!(ms.len(), 3, "{ms:?}");
    // Sentence 1 tokens: A bomb exploded in Mosul near Tal Afar .
    // Without a parse: most specific place in the sentence (both cities): the nearest to the trigger.
    let e = event_place(1, 2, &s, None, &ms).expect("place");
    assert_eq!(ms[e].name, "Mosul");
    // No place in the event's sentence: the dateline.
    let e = event_place(0, 1, &s, None, &ms).expect("dateline");
    assert_eq!(ms[e].name, "Baghdad");
    // With a parse attaching "Tal Afar" to the trigger through obl + case "near".
    use saker_core::nlp::{TokenSyntax, Upos};
    let tok = |head: usize, rel: &str, lemma: &str| TokenSyntax {
        upos: Upos::X,
        xpos: String::new(),
        lemma: lemma.into(),
        head,
        deprel: rel.into(),
    };
    let parse = vec![
        tok(2, "det", "a"),
        tok(3, "nsubj", "bomb"),
        tok(0, "root", "explode"),
        tok(5, "case", "in"),
        tok(1, "nmod", "Mosul"), // attached to "A": not to the trigger
        tok(8, "case", "near"),
        tok(8, "compound", "Tal"),
        tok(3, "obl", "Afar"),
        tok(3, "punct", "."),
    ];
    let parses = vec![Vec::new(), parse];
    let e = event_place(1, 2, &s, Some(&parses), &ms).expect("attached");
    assert_eq!(ms[e].name, "Tal Afar");
    assert_eq!(event_place(9, 0, &s, None, &ms), None);
}

#[test]
fn resolve_spans_uses_document_context() {
    let t = "Qwzxv police said the fire in Paris, Texas, spread.";
    let s = simple_sentences(t);
    let sp = Span::new(30, 35);
    assert_eq!(sp.slice(t), "Paris");
    let r = geo().resolve_spans(t, &s, &[sp, Span::new(0, 5)]);
    let paris = r[0].as_ref().expect("Paris resolved");
    assert_eq!(paris.country.as_deref(), Some("USA"));
    assert_eq!(paris.admin1.as_deref(), Some("Texas"));
    assert!(r[1].is_none());
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]
        #[test]
        fn find_never_panics(text in "\\PC{0,200}") {
            let s = simple_sentences(&text);
            let f = geo().find(&text, &s, None);
            for m in &f {
                prop_assert!(m.span.end <= text.len());
                prop_assert!((0.0..=1.0).contains(&m.confidence));
            }
            let _ = event_place(0, 0, &s, None, &f);
        }

        #[test]
        fn find_never_panics_on_place_like_text(words in proptest::collection::vec(
            prop_oneof![Just("Baghdad"), Just("in"), Just("al-"), Just("Tanf"), Just("BAGHDAD"), Just("–"),
                        Just("\n"), Just(","), Just("Va."), Just("'s"), Just("U.S."), Just("Green"), Just("Zone"),
                        Just("é"), Just("بغداد")], 0..40)) {
            let text = words.join(" ");
            let s = simple_sentences(&text);
            let _ = geo().find(&text, &s, None);
            let spans: Vec<Span> = s.iter().map(|x| x.span).collect();
            let _ = geo().resolve_spans(&text, &s, &spans);
        }

        #[test]
        fn arbitrary_token_spans_do_not_panic(
            text in "[A-Za-z \\-\n.,'é]{0,80}",
            cuts in proptest::collection::vec((0usize..90, 0usize..90), 0..20),
        ) {
            use saker_core::nlp::{Sentence, Token};
            // Tokens from some other tokenizer: overlapping, out of order, off char boundaries, past the end.
            let tokens: Vec<Token> = cuts.iter().map(|(a, b)| Token { span: Span::new(*a, *b) }).collect();
            let s = vec![Sentence { span: Span::new(0, text.len()), tokens }];
            let f = geo().find(&text, &s, None);
            let _ = event_place(0, 3, &s, None, &f);
            let _ = geo().resolve_spans(&text, &s, &[Span::new(0, text.len())]);
        }

        #[test]
        fn foreign_sentences_do_not_panic(idx in 0usize..50, len in 0usize..50) {
            let text = "Qassem Soleimani, Al -Kazemi’s house in the Green Zone — BAGHDAD".to_owned();
            let a = idx.min(text.len());
            let b = (a + len).min(text.len());
            let s = simple_sentences(&text);
            if text.is_char_boundary(a) && text.is_char_boundary(b) {
                let _ = geo().resolve_spans(&text, &s, &[Span::new(a, b)]);
            }
        }
    }
}

#[test]
fn arabic_script_names_resolve() {
    let t = "انفجار في بغداد اليوم";
    let f = places(t);
    assert!(f.iter().any(|p| p.mention.name == "Baghdad"), "{f:?}");
}

#[test]
fn datelines_and_acronyms() {
    let t = "The Associated Press. WASHINGTON (AP) - U.S. officials met UAE envoys in Abu Dhabi.";
    let f = places(t);
    let names: Vec<&str> = f.iter().map(|p| p.mention.name.as_str()).collect();
    assert!(names.contains(&"United States"), "{names:?}");
    assert!(names.contains(&"United Arab Emirates"), "{names:?}");
    assert!(names.contains(&"Abu Dhabi"), "{names:?}");
    let w = f
        .iter()
        .find(|p| p.mention.name == "Washington")
        .expect("dateline Washington");
    assert!(w.dateline);
    assert!((w.mention.lat - 38.9).abs() < 0.3);
    // "us" the pronoun is never the United States.
    assert!(places("They told us nothing.").is_empty());
}

#[test]
fn event_place_without_places_is_none() {
    let t = "Nothing happened here.";
    let s = simple_sentences(t);
    assert_eq!(event_place(0, 1, &s, None, &[]), None);
}

#[test]
fn demonym_capital_is_the_capital_city() {
    let t = "A wave of bombings killed 40 people in the Iraqi capital on Friday.";
    let f = places(t);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].mention.name, "Baghdad");
    assert_eq!(f[0].mention.span.slice(t), "Iraqi capital");
}

fn resolved<'a>(f: &'a [FoundPlace], text: &str, surface: &str) -> &'a PlaceMention {
    &named(f, text, surface)
        .unwrap_or_else(|| panic!("{surface:?} not found in {text:?}"))
        .mention
}

#[test]
fn a_name_does_not_vouch_for_its_own_country() {
    // "Palestine" gives the article no Palestinian context of its own; Texas and Dallas dominate.
    let t = "Deputies from Anderson County, Texas, arrested a man in Palestine on Friday. The Palestine \
             police chief said the suspect lives near Dallas.";
    let f = places(t);
    let p = resolved(&f, t, "Palestine");
    assert_eq!(p.country.as_deref(), Some("USA"));
    assert_eq!(p.admin1.as_deref(), Some("Texas"));
    // Without such context the country still wins.
    let t = "Aid convoys reached Palestine on Friday.";
    assert_eq!(resolved(&places(t), t, "Palestine").feature, "country");
}

#[test]
fn qualifier_holds_for_every_mention_of_the_name() {
    let t =
        "The festival in Athens, Ga., drew crowds. Athens officials said the parade will return.";
    let f = places(t);
    let athens: Vec<_> = f
        .iter()
        .filter(|p| p.mention.span.slice(t) == "Athens")
        .collect();
    assert_eq!(athens.len(), 2);
    for a in athens {
        assert_eq!(a.mention.country.as_deref(), Some("USA"));
        assert_eq!(a.mention.admin1.as_deref(), Some("Georgia"));
    }
}

#[test]
fn confidently_placed_neighbours_pull_small_towns() {
    let t = "The crash happened between Shreveport and Mansfield on Friday.";
    let m = resolved(&places(t), t, "Mansfield").clone();
    assert_eq!(m.admin1.as_deref(), Some("Louisiana"), "{m:?}");
}

#[test]
fn ambiguous_towns_named_together_are_the_ones_close_together() {
    let t = "Schools in New London, Mt. Pleasant and Winfield will close early.";
    let f = places(t);
    for s in ["New London", "Mt. Pleasant", "Winfield"] {
        assert_eq!(resolved(&f, t, s).admin1.as_deref(), Some("Iowa"), "{s}");
    }
}

#[test]
fn well_known_towns_beat_obscure_homonyms() {
    let t = "She spent a week in Venice.";
    assert_eq!(
        resolved(&places(t), t, "Venice").country.as_deref(),
        Some("ITA")
    );
}

#[test]
fn county_containment_respects_the_state() {
    let t = "Paris and Henry County are rich in history, and Paris has a new museum.";
    let f = places(t);
    let p = resolved(&f, t, "Paris");
    assert_eq!(p.admin1.as_deref(), Some("Tennessee"), "{p:?}");
    let c = resolved(&f, t, "Henry County");
    assert_eq!(c.admin1.as_deref(), Some("Tennessee"), "{c:?}");
}

#[test]
fn canadian_provinces_and_their_abbreviations() {
    let t = "He was born in Windsor, Ont., and moved to Quebec later.";
    let f = places(t);
    let w = resolved(&f, t, "Windsor");
    assert_eq!(
        (w.country.as_deref(), w.admin1.as_deref()),
        (Some("CAN"), Some("Ontario"))
    );
    let (_, c) = geo()
        .gazetteer()
        .lookup("ontario")
        .expect("ontario indexed");
    let on = c
        .iter()
        .find(|p| p.feature == "admin1")
        .expect("Ontario province");
    assert!(
        on.lat > 48.0,
        "Ontario's point lies in the middle of the province: {on:?}"
    );
}

#[test]
fn a_place_named_on_its_own_counts_also_as_a_modifier() {
    let t = "Dublin Rotary members met on Monday. Residents of Dublin will vote in May.";
    let f = places(t);
    assert_eq!(
        f.iter()
            .filter(|p| p.mention.span.slice(t) == "Dublin")
            .count(),
        2
    );
    // Alone, the modifier use is not enough.
    let t = "Dublin Rotary members met on Monday.";
    assert!(places(t).is_empty());
    let t = "Reporters at Shafaq News said the report was late.";
    assert!(places(t).is_empty());
}

#[test]
fn based_suffix_title_case_datelines_and_articles() {
    let t = "The Albany-based group met in the city.";
    let f = places(t);
    assert_eq!(resolved(&f, t, "Albany").name, "Albany");
    let t = "Albany — An Albany man was arrested on Tuesday.";
    let f = places(t);
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f[0].dateline);
    assert!(!f[1].dateline);
    // A title-case word before a comma is no dateline.
    let t = "Albany, the capital, was quiet.";
    assert!(places(t).iter().all(|p| !p.dateline));
}

#[test]
fn first_name_at_sentence_start_still_makes_a_person() {
    let t = "Ray Harding spoke first. As Harding showed the class the pictures, rain fell.";
    assert!(places(t).is_empty(), "{:?}", places(t));
}

#[test]
fn seat_of_a_local_institution_is_a_town_not_a_country() {
    let t = "Principal Stacy Moore of Jordan Elementary School thanked the donors in Shakopee.";
    let f = places(t);
    let j = resolved(&f, t, "Jordan");
    assert_eq!(j.feature, "city", "{j:?}");
    assert_eq!(j.country.as_deref(), Some("USA"));
    // Without the institution, the country.
    let t = "The king of Jordan met envoys in Amman.";
    let f = places(t);
    assert_eq!(resolved(&f, t, "Jordan").feature, "country");
}

#[test]
fn shortened_county_name_follows_the_county() {
    let t =
        "The DeKalb County Commission met in Decatur, Georgia. Voters in DeKalb backed the plan.";
    let f = places(t);
    let short = f
        .iter()
        .rev()
        .find(|p| p.mention.span.slice(t) == "DeKalb")
        .expect("bare DeKalb found");
    assert_eq!(
        short.mention.admin1.as_deref(),
        Some("Georgia"),
        "{short:?}"
    );
}

#[test]
fn american_wording_prefers_the_american_town() {
    // No place gives a country here: the sheriff, the township and the dollars do.
    let t = "The Mansfield council approved $400,000 for the township roads, the sheriff said.";
    let f = places(t);
    assert_eq!(resolved(&f, t, "Mansfield").country.as_deref(), Some("USA"));
    let t = "Mansfield council approved the plan on Monday.";
    let f = places(t);
    assert_eq!(resolved(&f, t, "Mansfield").country.as_deref(), Some("GBR"));
}

#[test]
fn local_institutions_in_an_american_article_are_american_towns() {
    // American wording (councilman, city manager) and the town's own council: Paris, Texas or Tennessee, not France.
    let t = "Paris City Council asked the city manager for a plan. Councilman Steve Brown agreed.";
    let f = places(t);
    assert_eq!(resolved(&f, t, "Paris").country.as_deref(), Some("USA"));
    // The same council without American wording stays the capital.
    let t = "Paris City Council met on Monday.";
    let f = places(t);
    assert_eq!(resolved(&f, t, "Paris").country.as_deref(), Some("FRA"));
}

#[test]
fn a_bare_county_name_follows_the_towns_inside_it() {
    // Woodstock and Tillsonburg lie in Oxford County, Ontario, which has no town called Oxford.
    let t = "Councils in Woodstock and Tillsonburg met in Ontario. Oxford MPP Ernie Hardeman spoke for Oxford.";
    let f = places(t);
    let o = resolved(&f, t, "Oxford");
    assert_eq!(o.country.as_deref(), Some("CAN"), "{o:?}");
    assert_eq!(o.feature, "admin2", "{o:?}");
    // Without towns in that county, the English city.
    let t = "Students in Oxford protested on Monday.";
    let f = places(t);
    assert_eq!(resolved(&f, t, "Oxford").country.as_deref(), Some("GBR"));
}

#[test]
fn people_named_like_towns_are_not_places() {
    for (t, name) in [
        ("“It went really fast,” Kristina said.", "Kristina"),
        ("Flores, 26, had just left the Army.", "Flores"),
        (
            "A talk on the Civil War by Mrs. Lincoln drew a crowd.",
            "Lincoln",
        ),
        ("Investigators found Ashley L. Evens at home.", "Evens"),
        ("“I’ve never seen it,” he said.", "I’ve"),
    ] {
        let f = places(t);
        assert!(named(&f, t, name).is_none(), "{name} in {t}: {f:?}");
    }
    // A town with a cue still speaks through its officials; big cities and areas too.
    let t = "A spokesman for the city of Sevierville said the road was closed.";
    assert!(named(&places(t), t, "Sevierville").is_some());
}

#[test]
fn streets_named_after_towns_are_context_not_places() {
    let t = "She walked along Morecambe Road in Lancaster on Saturday.";
    let f = places(t);
    assert!(named(&f, t, "Morecambe").is_none(), "{f:?}");
    // The road still says which Lancaster.
    assert_eq!(resolved(&f, t, "Lancaster").country.as_deref(), Some("GBR"));
    // County courts are not streets.
    let t = "Garnes appeared in Meigs County Court on Friday.";
    assert!(named(&places(t), t, "Meigs County").is_some());
}

#[test]
fn possessive_of_a_country_names_the_area_of_the_next_place() {
    let text = "Rockets hit a market in Syria's Aleppo on Monday";
    let f = places(text);
    let p = named(&f, text, "Aleppo").unwrap_or_else(|| panic!("Aleppo in {f:#?}"));
    assert_eq!(p.mention.country.as_deref(), Some("SYR"));
}

#[test]
fn community_words_and_compound_adjectives_do_not_make_a_larger_name() {
    let text = "A car bomb struck a Basra Shiite shrine";
    let f = places(text);
    assert!(named(&f, text, "Basra").is_some(), "{f:#?}");
    // A run like "Islamic State-held Tikrit" is no person's name: a later bare "Tikrit" stays a place.
    let text = "Troops entered Islamic State-held Tikrit. Tikrit was quiet by evening.";
    let f = places(text);
    assert_eq!(
        f.iter()
            .filter(|p| p.mention.span.slice(text) == "Tikrit")
            .count(),
        2,
        "{f:#?}"
    );
}

#[test]
fn festivals_are_not_places() {
    let text = "Shoppers crowd markets before Eid as Ramadan ends";
    assert!(places(text).is_empty(), "{:#?}", places(text));
}

#[test]
fn compass_word_before_a_country_names_its_part() {
    let text = "Air strikes were reported in southern Iraq and across Iraq";
    let f = places(text);
    let p = named(&f, text, "southern Iraq").unwrap_or_else(|| panic!("{f:#?}"));
    assert_eq!(p.mention.feature, "part");
    assert_eq!(p.mention.country.as_deref(), Some("IRQ"));
    assert!(p.mention.lat < 32.5, "{p:#?}");
    let whole = named(&f, text, "Iraq").expect("the bare country");
    assert_eq!(whole.mention.feature, "country");
    // A capitalised compass word in running text starts a proper name, not a part.
    let text = "Exports to North America rose.";
    let f = places(text);
    assert!(f.iter().all(|p| p.mention.feature != "part"), "{f:#?}");
    // The part is more specific than the country for an event's place.
    let text = "Iraq says gunmen killed five in northern Iraq";
    let s = simple_sentences(text);
    let found = geo().find(text, &s, None);
    let i = event_place(0, 0, &s, None, &found).expect("a place");
    assert_eq!(found[i].feature, "part");
}

#[test]
fn a_name_in_an_address_lies_in_its_town() {
    // "Old City" is a district of many towns: in this address, the one of Mosul.
    let text = "Shelling hit the Old City, West Mosul, Nineveh province, Iraq";
    let f = places(text);
    let p = named(&f, text, "Old City").unwrap_or_else(|| panic!("{f:#?}"));
    assert_eq!(p.mention.country.as_deref(), Some("IRQ"));
    assert!(
        haversine_km(p.mention.lat, p.mention.lon, 36.34, 43.13) < 40.0,
        "{p:#?}"
    );
    // A neighbourhood word places even a name the gazetteer knows elsewhere in the country.
    let text = "Clashes in Al Mansour neighbourhood, East Mosul";
    let f = places(text);
    let p = named(&f, text, "Al Mansour").unwrap_or_else(|| panic!("{f:#?}"));
    assert!(p.mention.lat > 36.0, "{p:#?}");
    // A list of towns is no address.
    let text = "Bombs went off in Mosul, Baghdad and Basra";
    let f = places(text);
    let p = named(&f, text, "Mosul").expect("Mosul");
    assert!(p.mention.lat > 36.0, "{p:#?}");
    // Nor is a clause after a country.
    let text = "Fighters left Sirte, U.S. officials say";
    let f = places(text);
    let p = named(&f, text, "Sirte").expect("Sirte");
    assert_eq!(p.mention.country.as_deref(), Some("LBY"));
}

#[test]
fn address_links_need_a_comma_or_a_neighbourhood_word() {
    assert_eq!(recognise::address_link(", "), Some(false));
    assert_eq!(recognise::address_link(" neighbourhood, West "), Some(true));
    assert_eq!(recognise::address_link(" quarter of "), Some(true));
    assert_eq!(recognise::address_link(", west of "), None);
    assert_eq!(recognise::address_link(" area, Centre of "), Some(true));
    assert_eq!(recognise::address_link(" village near "), Some(true));
    assert_eq!(recognise::address_link(" near "), None);
    assert_eq!(recognise::address_link(" and "), None);
}
