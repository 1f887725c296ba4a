//! Knowledge-base validation, PETRARCH import on the shared dictionaries, and robustness.

use saker_actors::{check, petrarch, ActorStage};
use std::path::Path;

#[test]
fn shipped_knowledge_base_is_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/actors");
    let d = check(&dir);
    assert!(
        d.is_empty(),
        "{}",
        d.iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
    let st = ActorStage::load_default().expect("embedded knowledge base compiles");
    assert!(st.entity_count() > 1900, "{}", st.entity_count());
    assert!(st.entity("irq.kadhimi").is_some());
}

#[test]
fn check_reports_file_and_line() {
    let tmp = std::env::temp_dir().join(format!("saker-actors-check-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    std::fs::write(
        tmp.join("x.tsv"),
        "# header\nok\tperson\tOk\n\nbad\tperson\tBad\t\tIRQGOV@2020-13-01..\n",
    )
    .expect("write");
    let d = check(&tmp);
    let _ = std::fs::remove_dir_all(&tmp);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].file.as_str(), d[0].line), ("x.tsv", 4));
}

#[test]
fn petrarch_dictionaries_import() {
    let (Some(countries), Some(agents), Some(vactors), Some(vagents)) = (
        saker_core::shared::path(
            "data/eval/phoenix_cameo_dictionaries/Phoenix.Countries.actors.txt",
        ),
        saker_core::shared::path("data/eval/phoenix_cameo_dictionaries/Phoenix.agents.txt"),
        saker_core::shared::path("data/eval/petrarch2_validation/PETR.Validate.actors.txt"),
        saker_core::shared::path("data/eval/petrarch2_validation/PETR.Validate.agents.txt"),
    ) else {
        return;
    };
    let text = std::fs::read_to_string(&countries).expect("read actors");
    let es = petrarch::parse_actors(&text, "Phoenix.Countries.actors.txt");
    assert!(es.len() > 5000, "{}", es.len());
    let maliki = es
        .iter()
        .find(|e| e.name == "Nuri Al Maliki")
        .expect("Maliki entry");
    assert!(maliki.aliases.iter().any(|a| a == "Nouri Al Maliki"));
    let d = |s: &str| s.parse().ok();
    assert_eq!(maliki.code_on(d("2010-06-01")).as_deref(), Some("IRQGOV"));
    let abadi = es
        .iter()
        .find(|e| e.name == "Haidar Al Abadi")
        .expect("Abadi entry");
    assert_eq!(abadi.code_on(d("2016-01-01")).as_deref(), Some("IRQGOV"));
    let afg = es
        .iter()
        .find(|e| e.name == "Afghanistan")
        .expect("Afghanistan");
    assert!(afg.aliases.iter().any(|a| a == "Kabul"));

    let ag = petrarch::parse_agents(&std::fs::read_to_string(&agents).expect("read agents"));
    let farmer = ag
        .iter()
        .find(|a| a.phrases.iter().any(|p| p == "farmer"))
        .expect("farmer");
    assert_eq!(farmer.code, "AGR");
    assert!(ag
        .iter()
        .any(|a| a.phrases.iter().any(|p| p == "cattleman")));

    let va = petrarch::parse_actors(
        &std::fs::read_to_string(&vactors).expect("read"),
        "PETR.Validate.actors.txt",
    );
    assert!(va
        .iter()
        .any(|e| e.name == "Hamas" && e.codes.first().is_some_and(|c| c.code == "PSEREBHMS")));
    let vg = petrarch::parse_agents(&std::fs::read_to_string(&vagents).expect("read"));
    let fm = vg
        .iter()
        .find(|a| a.phrases.iter().any(|p| p == "foreign minister"))
        .expect("foreign minister");
    assert_eq!(fm.code, "GOVFRM");

    let st =
        ActorStage::with_petrarch(&[countries.as_path()], &[agents.as_path()]).expect("import");
    let t = "Haidar al-Abadi met a cattleman.";
    let ms = st.find(
        t,
        &saker_actors::eval::naive_sentences(t),
        None,
        d("2016-01-01"),
    );
    assert!(
        ms.iter().any(|m| m.cameo.as_deref() == Some("IRQGOV")),
        "{ms:?}"
    );
}

mod never_panics {
    use proptest::prelude::*;
    use saker_actors::eval::naive_sentences;
    use saker_actors::ActorStage;
    use std::sync::OnceLock;

    fn stage() -> &'static ActorStage {
        static S: OnceLock<ActorStage> = OnceLock::new();
        S.get_or_init(|| ActorStage::load_default().expect("embedded knowledge base compiles"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn arbitrary_text(s in "\\PC{0,200}") {
            let ms = stage().find(&s, &naive_sentences(&s), None, None);
            for m in ms {
                prop_assert!(s.get(m.span.start..m.span.end).is_some());
            }
        }

        #[test]
        fn name_like_text(s in "((Al|al|el|Abu|the|The|Iraqi|Iran|-| |'s|’|,|\\.|Mr\\.|Kazemi|Hezbollah|Brigades|militias|backed|of|President|he)[ ]?){0,30}") {
            let ms = stage().find(&s, &naive_sentences(&s), None, "2022-11-18".parse().ok());
            for m in ms {
                prop_assert!(s.get(m.span.start..m.span.end).is_some());
                prop_assert!(m.span.start < m.span.end);
            }
        }
    }
}

#[test]
fn a_name_beginning_with_the_article_matches_with_a_small_the() {
    let mut kb = saker_actors::Kb::default();
    kb.entities.extend(petrarch::parse_actors(
        "THE_WESTMARCH  [WMA]\nBREE [BRE]\nARNOR [ARN]\n",
        "test.actors.txt",
    ));
    let st = ActorStage::from_kb(kb, "");
    let t = "Bree and the Westmarch signed a pact.";
    let ms = st.find(t, &saker_actors::eval::naive_sentences(t), None, None);
    let codes: Vec<&str> = ms.iter().filter_map(|m| m.cameo.as_deref()).collect();
    assert_eq!(codes, ["BRE", "WMA"], "{ms:?}");
    // A list: the state before the comma keeps its own mention.
    let t = "Arnor, the Westmarch and Bree signed a pact.";
    let ms = st.find(t, &saker_actors::eval::naive_sentences(t), None, None);
    let codes: Vec<&str> = ms.iter().filter_map(|m| m.cameo.as_deref()).collect();
    assert_eq!(codes, ["ARN", "WMA", "BRE"], "{ms:?}");
}

#[test]
fn per_thread_word_lookups_follow_the_stage_and_its_extensions() {
    // the stages below run on one thread, whose cache of per-word-form lookups must not
    // carry one stage's vocabulary over to another, nor survive `extend`
    let stage_of = |actors: &str| {
        let mut kb = saker_actors::Kb::default();
        kb.entities
            .extend(petrarch::parse_actors(actors, "test.actors.txt"));
        ActorStage::from_kb(kb, "")
    };
    let codes = |st: &ActorStage, t: &str| -> Vec<String> {
        st.find(t, &saker_actors::eval::naive_sentences(t), None, None)
            .into_iter()
            .filter_map(|m| m.cameo)
            .collect()
    };
    let t = "Rohan and Gondor signed a pact.";
    let rohan = stage_of("ROHAN [ROH]\n");
    assert_eq!(codes(&rohan, t), ["ROH"]);
    let gondor = stage_of("GONDOR [GON]\n");
    assert_eq!(codes(&gondor, t), ["GON"]);
    let mut both = stage_of("ROHAN [ROH]\n");
    assert_eq!(codes(&both, t), ["ROH"]);
    let mut more = saker_actors::Kb::default();
    more.entities
        .extend(petrarch::parse_actors("GONDOR [GON]\n", "more.actors.txt"));
    both.extend(more);
    assert_eq!(codes(&both, t), ["ROH", "GON"]);
    assert_eq!(codes(&rohan, t), ["ROH"]);
}
