//! Compiles the gazetteer (data/place/gazetteer.tsv, GeoNames-derived) and Saker's hand-written additions
//! (data/place/additions.tsv) into two sorted text tables in OUT_DIR that the crate embeds:
//! `places.tsv` (one place per line, no alternates) and `index.tsv` (`key \t shape \t place,place,…`, sorted by
//! key bytes, so the run-time side only splits lines and binary-searches: no hashing or sorting at start-up).

#[path = "src/norm.rs"]
#[allow(dead_code)]
mod norm;

use std::collections::BTreeMap;
use std::path::PathBuf;

const MAX_POSTINGS: usize = 48;
/// Countries whose romanised names carry the Arabic article (`al-`, `el-`, `as-`): keys are also indexed without it.
const ARTICLE_COUNTRIES: &[&str] = &[
    "IRQ", "SYR", "LBN", "JOR", "PSE", "ISR", "EGY", "LBY", "TUN", "DZA", "MAR", "MRT", "SDN",
    "SAU", "YEM", "OMN", "ARE", "QAT", "BHR", "KWT", "IRN", "TUR", "AFG", "PAK", "SOM", "TCD",
    "MLI", "NER",
];

struct Row {
    line: String,
    admin2: String,
    names: Vec<String>,
    rank: f64,
    article: bool,
    ours: bool,
}

fn feature_prior(f: &str) -> f64 {
    match f {
        "country" => 6.0,
        "continent" => 5.0,
        "admin1" => 3.0,
        "capital" => 2.0,
        "city" => 0.0,
        "admin2" => -0.5,
        _ => 1.5,
    }
}

fn read_rows(path: &PathBuf, rows: &mut Vec<Row>) {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    for line in text.lines() {
        if line.starts_with('#') || line.starts_with("id\t") || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert!(
            f.len() >= 8,
            "{}: bad line (need 9 tab-separated fields): {line}",
            path.display()
        );
        let pop: f64 = f[6].parse().unwrap_or(0.0);
        let mut names = vec![f[1].to_owned()];
        if let Some(alts) = f.get(8) {
            names.extend(alts.split('|').filter(|a| !a.is_empty()).map(str::to_owned));
        }
        rows.push(Row {
            line: f[..8].join("\t"),
            admin2: f.get(9).map(|x| x.trim().to_owned()).unwrap_or_default(),
            names,
            rank: feature_prior(f[7]) + (pop + 1.0).log10(),
            article: ARTICLE_COUNTRIES.contains(&f[2]),
            ours: f[0].starts_with("S:") || f[7] == "country" || f[7] == "continent",
        });
    }
}

/// 0: ordinary name; 1: acronym (`UAE`, `U.S.`): the text must be upper case; 2: abbreviation (`Va.`):
/// the text must carry the full stop.
fn shape(surface: &str) -> u8 {
    let letters: Vec<char> = surface.chars().filter(|c| c.is_alphabetic()).collect();
    if !letters.is_empty() && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase()) {
        1
    } else if surface.ends_with('.') && letters.len() <= 6 {
        2
    } else {
        0
    }
}

fn prefix_code(k: &str) -> usize {
    let b = k.as_bytes();
    (usize::from(b.first().copied().unwrap_or(0)) << 8)
        | usize::from(b.get(1).copied().unwrap_or(0))
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let data = manifest.join("../../data/place");
    let gaz = data.join("gazetteer.tsv");
    let add = data.join("additions.tsv");
    println!("cargo:rerun-if-changed={}", gaz.display());
    println!("cargo:rerun-if-changed={}", add.display());
    println!("cargo:rerun-if-changed=src/norm.rs");
    let mut rows = Vec::new();
    read_rows(&gaz, &mut rows);
    read_rows(&add, &mut rows);

    // key -> (shape, postings)
    let mut index: BTreeMap<String, (u8, Vec<u32>)> = BTreeMap::new();
    let mut add_key = |k: String, sh: u8, i: u32| {
        if k.chars().count() < 2 {
            return;
        }
        let e = index.entry(k).or_insert((sh, Vec::new()));
        // Acronym beats abbreviation beats plain name: a key any place writes as an acronym ("US", "UAE")
        // must be upper case in the text; one written as an abbreviation ("Va.") needs its full stop.
        let rank = |x: u8| match x {
            1 => 2,
            2 => 1,
            _ => 0,
        };
        if rank(sh) > rank(e.0) {
            e.0 = sh;
        }
        let place = i & 0x7FFF_FFFF;
        if let Some(p) = e.1.iter_mut().find(|p| (**p & 0x7FFF_FFFF) == place) {
            *p &= i | 0x7FFF_FFFF; // a primary-name entry wins over an alternate one
        } else {
            e.1.push(i);
        }
    };
    for (i, r) in rows.iter().enumerate() {
        for (ni, n) in r.names.iter().enumerate() {
            // Alternates of GeoNames places are flagged (bit 31); our own additions' variants are not.
            let alt_flag: u32 = if ni > 0 && !r.ours { 1 << 31 } else { 0 };
            let i = i as u32 | alt_flag;
            let mut k = norm::key(n);
            if let Some(rest) = k.strip_prefix("the ") {
                k = rest.to_owned();
            }
            if k.is_empty() {
                continue;
            }
            let sh = shape(n);
            if r.article {
                if let Some((first, rest)) = k.split_once(' ') {
                    if norm::is_article(first) && rest.chars().count() >= 3 {
                        add_key(rest.to_owned(), sh, i);
                    }
                }
            }
            add_key(k, sh, i);
        }
    }
    // Places: text lines (id, name, country, admin1) + line offsets + fixed 16-byte numeric records.
    let mut places = String::with_capacity(rows.len() * 48);
    let mut place_off: Vec<u8> = Vec::with_capacity(rows.len() * 4 + 4);
    let mut place_num: Vec<u8> = Vec::with_capacity(rows.len() * 16);
    for r in &rows {
        place_off.extend((places.len() as u32).to_le_bytes());
        let f: Vec<&str> = r.line.split('\t').collect();
        places.push_str(&f[..4].join("\t"));
        places.push('\t');
        places.push_str(&r.admin2);
        places.push('\n');
        let lat: f32 = f[4]
            .parse()
            .unwrap_or_else(|_| panic!("bad latitude: {}", r.line));
        let lon: f32 = f[5]
            .parse()
            .unwrap_or_else(|_| panic!("bad longitude: {}", r.line));
        let pop = f[6]
            .parse::<f64>()
            .unwrap_or(0.0)
            .clamp(0.0, u32::MAX as f64) as u32;
        let feat = norm::FEATURES
            .iter()
            .position(|x| *x == f[7])
            .unwrap_or_else(|| {
                panic!(
                    "unknown feature {:?} (add it to norm::FEATURES): {}",
                    f[7], r.line
                )
            });
        place_num.extend(lat.to_le_bytes());
        place_num.extend(lon.to_le_bytes());
        place_num.extend(pop.to_le_bytes());
        // Byte 13: how many alternate names the row lists (GeoNames: a proxy for how well known it is).
        let alts = (r.names.len().saturating_sub(1)).min(255) as u8;
        place_num.extend([feat as u8, alts, 0, 0]);
    }
    place_off.extend((places.len() as u32).to_le_bytes());
    // Index: sorted keys joined by newlines + offsets; postings (place | alternate-flag << 31) + offsets; shapes.
    let mut keys = String::with_capacity(index.len() * 12);
    let mut key_off: Vec<u8> = Vec::with_capacity(index.len() * 4 + 4);
    let mut post_off: Vec<u8> = Vec::with_capacity(index.len() * 4 + 4);
    let mut posts: Vec<u8> = Vec::with_capacity(index.len() * 8);
    let mut shapes: Vec<u8> = Vec::with_capacity(index.len());
    for (k, (sh, mut post)) in index {
        post.sort_by(|a, b| {
            let (ra, rb) = (
                &rows[(*a & 0x7FFF_FFFF) as usize],
                &rows[(*b & 0x7FFF_FFFF) as usize],
            );
            let pa = ra.rank - if *a >> 31 == 1 { 2.5 } else { 0.0 };
            let pb = rb.rank - if *b >> 31 == 1 { 2.5 } else { 0.0 };
            pb.total_cmp(&pa).then(a.cmp(b))
        });
        post.truncate(MAX_POSTINGS);
        key_off.extend((keys.len() as u32).to_le_bytes());
        keys.push_str(&k);
        keys.push('\n');
        post_off.extend(((posts.len() / 4) as u32).to_le_bytes());
        for p in post {
            posts.extend(p.to_le_bytes());
        }
        shapes.push(sh);
    }
    key_off.extend((keys.len() as u32).to_le_bytes());
    post_off.extend(((posts.len() / 4) as u32).to_le_bytes());
    // Buckets by the first two key bytes: bucket[p] = first key whose two-byte prefix code is >= p.
    let codes: Vec<usize> = keys.split_terminator('\n').map(prefix_code).collect();
    let mut bucket: Vec<u8> = Vec::with_capacity(65_537 * 4);
    let mut k = 0usize;
    for p in 0..=65_536usize {
        while k < codes.len() && codes[k] < p {
            k += 1;
        }
        bucket.extend((k as u32).to_le_bytes());
    }
    let od = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let w = |name: &str, data: &[u8]| {
        std::fs::write(od.join(name), data).unwrap_or_else(|e| panic!("write {name}: {e}"))
    };
    w("places.txt", places.as_bytes());
    w("place_off.bin", &place_off);
    w("place_num.bin", &place_num);
    w("keys.txt", keys.as_bytes());
    w("key_off.bin", &key_off);
    w("post_off.bin", &post_off);
    w("posts.bin", &posts);
    w("shapes.bin", &shapes);
    w("buckets.bin", &bucket);
    w("regions.tsv", regions(&rows).as_bytes());
}

/// A town seen from its country's point: east and north offsets (degrees of latitude), latitude, longitude and
/// population.
type Town = (f64, f64, f64, f64, f64);

/// The compass directions of [`regions`], as unit vectors (east, north).
const DIRECTIONS: &[(&str, f64, f64)] = &[
    ("n", 0.0, 1.0),
    (
        "ne",
        std::f64::consts::FRAC_1_SQRT_2,
        std::f64::consts::FRAC_1_SQRT_2,
    ),
    ("e", 1.0, 0.0),
    (
        "se",
        std::f64::consts::FRAC_1_SQRT_2,
        -std::f64::consts::FRAC_1_SQRT_2,
    ),
    ("s", 0.0, -1.0),
    (
        "sw",
        -std::f64::consts::FRAC_1_SQRT_2,
        -std::f64::consts::FRAC_1_SQRT_2,
    ),
    ("w", -1.0, 0.0),
    (
        "nw",
        -std::f64::consts::FRAC_1_SQRT_2,
        std::f64::consts::FRAC_1_SQRT_2,
    ),
];

/// Points for "northern X", "eastern X", "central X" of every country X: `ISO3 \t dir \t lat \t lon` lines
/// (dir: n, ne, e, se, s, sw, w, nw, c). A direction's part of a country is made of its towns that lie, seen
/// from the country's point, within 45 degrees of the direction and beyond a third of the country's extent that
/// way (the 95th percentile of its towns); the point is their population-weighted centre, where people live
/// and news happens. The centre part: towns within a third of the mean extent.
fn regions(rows: &[Row]) -> String {
    // Towns by country: (lat, lon, population).
    let mut by_country: BTreeMap<&str, Vec<(f64, f64, f64)>> = BTreeMap::new();
    for t in rows {
        let g: Vec<&str> = t.line.split('\t').collect();
        if !matches!(g[7], "city" | "capital") {
            continue;
        }
        if let (Ok(lat), Ok(lon), Ok(pop)) = (
            g[4].parse::<f64>(),
            g[5].parse::<f64>(),
            g[6].parse::<f64>(),
        ) {
            if pop > 0.0 {
                by_country.entry(g[2]).or_default().push((lat, lon, pop));
            }
        }
    }
    let mut out = String::new();
    for r in rows {
        let f: Vec<&str> = r.line.split('\t').collect();
        if f[7] != "country" {
            continue;
        }
        let (Ok(clat), Ok(clon)) = (f[4].parse::<f64>(), f[5].parse::<f64>()) else {
            continue;
        };
        let cos = clat.to_radians().cos();
        // (dx, dy, lat, lon, population) of the country's towns, in degrees of latitude from its point.
        let towns: Vec<Town> = by_country
            .get(f[2])
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|&(lat, lon, pop)| {
                let mut dlon = lon - clon;
                if dlon > 180.0 {
                    dlon -= 360.0;
                } else if dlon < -180.0 {
                    dlon += 360.0;
                }
                (dlon * cos, lat - clat, lat, lon, pop)
            })
            .collect();
        if towns.len() < 5 {
            continue;
        }
        let centre = |sel: &mut dyn FnMut(&Town) -> bool| {
            let (mut w, mut la, mut lo) = (0.0, 0.0, 0.0);
            for t in towns.iter().filter(|t| sel(t)) {
                w += t.4;
                la += t.4 * t.2;
                lo += t.4 * t.3;
            }
            (w > 0.0).then(|| (la / w, lo / w))
        };
        let mut extents = Vec::new();
        for (name, ux, uy) in DIRECTIONS {
            let mut p: Vec<f64> = towns.iter().map(|t| t.0 * ux + t.1 * uy).collect();
            p.sort_by(f64::total_cmp);
            let e = p[(p.len() * 95 / 100).min(p.len() - 1)];
            if e <= 0.0 {
                continue;
            }
            extents.push(e);
            let pt = centre(&mut |t| {
                let along = t.0 * ux + t.1 * uy;
                let across = (t.1 * ux - t.0 * uy).abs();
                along >= e / 3.0 && across <= along
            });
            if let Some((la, lo)) = pt {
                out.push_str(&format!("{}\t{name}\t{la:.3}\t{lo:.3}\n", f[2]));
            }
        }
        if !extents.is_empty() {
            let e = extents.iter().sum::<f64>() / extents.len() as f64;
            if let Some((la, lo)) = centre(&mut |t| (t.0 * t.0 + t.1 * t.1).sqrt() <= e / 3.0) {
                out.push_str(&format!("{}\tc\t{la:.3}\t{lo:.3}\n", f[2]));
            }
        }
    }
    out
}
