//! Prints the places found in a text file (or stdin): `cargo run -p saker-place --example place_demo -- FILE`.

use std::io::Read;

fn main() {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(p) => text = std::fs::read_to_string(p).unwrap_or_default(),
        None => {
            let _ = std::io::stdin().read_to_string(&mut text);
        }
    }
    let Ok(geo) = saker_place::Geocoder::load_default() else {
        eprintln!("gazetteer failed to load");
        return;
    };
    let sentences = saker_place::simple_sentences(&text);
    for f in geo.find_detailed(&text, &sentences, None) {
        let m = &f.mention;
        println!(
            "{:<28} -> {:<24} {:<4} {:<18} {:<9} ({:.3},{:.3}) conf={:.2}{}{}",
            m.span.slice(&text),
            m.name,
            m.country.as_deref().unwrap_or("-"),
            m.admin1.as_deref().unwrap_or("-"),
            m.feature,
            m.lat,
            m.lon,
            m.confidence,
            if f.metonymic { " metonymic" } else { "" },
            if f.dateline { " dateline" } else { "" },
        );
    }
}
