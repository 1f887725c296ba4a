//! The place stage on the text layer's own normalised text and tokens (as the pipeline runs it).

use saker_place::Geocoder;

#[test]
fn seed_article_through_the_text_layer() {
    let Some(p) = saker_core::shared::path("data/seed/seed-article.txt") else {
        return;
    };
    let original = std::fs::read_to_string(p).expect("seed article readable");
    let doc = saker_text::analyze(&original);
    let geo = Geocoder::load_default().expect("gazetteer loads");
    let found = geo.find_detailed(&doc.norm, &doc.sentences, None);
    let surfaces: Vec<&str> = found
        .iter()
        .map(|f| f.mention.span.slice(&doc.norm))
        .collect();
    let b = found
        .iter()
        .find(|f| f.mention.name == "Baghdad")
        .expect("Baghdad found");
    assert_eq!(b.mention.country.as_deref(), Some("IRQ"));
    assert_eq!(b.mention.span.slice(&doc.norm), "BAGHDAD");
    assert!(
        found.iter().any(|f| f.mention.name == "Green Zone"),
        "{surfaces:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.mention.country.as_deref() == Some("IRN")),
        "{surfaces:?}"
    );
    for bad in [
        "March",
        "crossings",
        "Shafaq",
        "Iraqi",
        "Kazemi",
        "Soleimani",
    ] {
        assert!(
            !surfaces.iter().any(|s| s.contains(bad)),
            "false place {bad:?} in {surfaces:?}"
        );
    }
}

#[test]
fn sentences_from_the_text_layer_on_varied_news() {
    let geo = Geocoder::load_default().expect("gazetteer loads");
    let doc = saker_text::analyze(
        "MOSUL, Iraq (Reuters) - A car bomb killed five people near Tal Afar on Monday, police said.\n\
         Iraqi forces later entered al-Qaim and the Al-Qaim crossing with Syria.",
    );
    let found = geo.find(&doc.norm, &doc.sentences, None);
    let names: Vec<&str> = found.iter().map(|m| m.name.as_str()).collect();
    for want in [
        "Mosul",
        "Iraq",
        "Tal Afar",
        "Al-Qaim",
        "Al-Qaim crossing",
        "Syria",
    ] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    let mosul = found.iter().find(|m| m.name == "Mosul").expect("Mosul");
    assert_eq!(mosul.country.as_deref(), Some("IRQ"));
}
