//! Parts of a country named by a compass word ("northern Iraq", "south-east Turkey", "central Mali"): a point
//! for each part of every country, compiled by `build.rs` from the gazetteer's towns (their
//! population-weighted centre in that part).

static REGIONS: &str = include_str!(concat!(env!("OUT_DIR"), "/regions.tsv"));

/// The feature kind of a mention that names a part of a country.
pub(crate) const PART: &str = "part";

/// The direction code of a compass word ("northern" → `n`, "north-east" → `ne`, "central" → `c`).
pub(crate) fn direction(word: &str) -> Option<&'static str> {
    if !(4..=15).contains(&word.len())
        || !word.starts_with(['n', 's', 'e', 'w', 'c', 'N', 'S', 'E', 'W', 'C'])
    {
        return None;
    }
    let w = word.to_ascii_lowercase().replace('-', "");
    let w = w.strip_suffix("ern").unwrap_or(&w);
    Some(match w {
        "north" => "n",
        "northeast" => "ne",
        "east" => "e",
        "southeast" => "se",
        "south" => "s",
        "southwest" => "sw",
        "west" => "w",
        "northwest" => "nw",
        "central" => "c",
        _ => return None,
    })
}

/// The point of the part `dir` (a [`direction`] code) of the country `iso3`, if the gazetteer has towns there.
pub(crate) fn point(iso3: &str, dir: &str) -> Option<(f64, f64)> {
    REGIONS.lines().find_map(|l| {
        let mut f = l.split('\t');
        if f.next() != Some(iso3) || f.next() != Some(dir) {
            return None;
        }
        Some((f.next()?.parse().ok()?, f.next()?.parse().ok()?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compass_words_and_country_parts() {
        assert_eq!(direction("Northern"), Some("n"));
        assert_eq!(direction("north-eastern"), Some("ne"));
        assert_eq!(direction("central"), Some("c"));
        assert_eq!(direction("upper"), None);
        // Northern Iraq lies north of Baghdad, southern Iraq south of it.
        let (nlat, _) = point("IRQ", "n").expect("northern Iraq");
        let (slat, slon) = point("IRQ", "s").expect("southern Iraq");
        assert!(
            nlat > 35.0 && slat < 32.5 && slon > 44.5,
            "{nlat} {slat} {slon}"
        );
        assert!(point("XXX", "n").is_none());
    }
}
