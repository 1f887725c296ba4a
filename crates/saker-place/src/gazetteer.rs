//! The embedded gazetteer: places and a sorted name-key index, both compiled by `build.rs` from
//! `data/place/gazetteer.tsv` (GeoNames-derived) and `data/place/additions.tsv` (ours).

use crate::norm::FEATURES;
use crate::PlaceError;

static PLACES: &str = include_str!(concat!(env!("OUT_DIR"), "/places.txt"));
static PLACE_OFF: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/place_off.bin"));
static PLACE_NUM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/place_num.bin"));
static KEYS: &str = include_str!(concat!(env!("OUT_DIR"), "/keys.txt"));
static KEY_OFF: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/key_off.bin"));
static POST_OFF: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/post_off.bin"));
static POSTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/posts.bin"));
static SHAPES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/shapes.bin"));
static BUCKETS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/buckets.bin"));

fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    let s = b.get(4 * i..4 * i + 4)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

fn f32_at(b: &[u8], at: usize) -> Option<f32> {
    let s = b.get(at..at + 4)?;
    Some(f32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// A candidate place of a name key, as stored in the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    /// Index of the place.
    pub place: u32,
    /// The key came from one of the place's GeoNames alternate names, not its own name.
    pub alternate: bool,
}

/// How a name must look in the text to match its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// An ordinary name: capitalised in the text.
    Name,
    /// An acronym (`UAE`, `U.S.`): upper case in the text.
    Acronym,
    /// An abbreviation (`Va.`, `Calif.`): the full stop must be there.
    Abbreviation,
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Index of the place in the gazetteer.
    pub index: u32,
    /// GeoNames id (digits), a derived area id (`A1:IQ.07`, `A2:US.Cook County`) or one of ours (`S:…`).
    pub id: &'static str,
    /// Preferred (English) name.
    pub name: &'static str,
    /// ISO 3166-1 alpha-3 country code; empty for continents and seas.
    pub country: &'static str,
    /// First-level division name; empty when unknown or for countries.
    pub admin1: &'static str,
    /// Second-level division name (county, district) of a city; empty when unknown.
    pub admin2: &'static str,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// Population (for areas: population of their listed cities; for our landmarks: a nominal figure).
    pub population: u64,
    /// Feature kind: `country`, `continent`, `admin1`, `admin2`, `capital`, `city`, `district`, `base`, …
    pub feature: &'static str,
    /// How many alternate names the gazetteer lists for it (GeoNames keeps at most 24): how well known it is.
    pub alternates: u8,
}

impl Place {
    /// The GeoNames id, when this place comes from GeoNames.
    pub fn geonameid(&self) -> Option<u64> {
        self.id.parse().ok()
    }

    /// Prior weight of the feature kind in ranking (countries first, then areas, capitals, cities).
    pub fn feature_prior(&self) -> f64 {
        match self.feature {
            "country" => 6.0,
            "continent" => 5.0,
            "admin1" => 3.0,
            "capital" => 2.0,
            "city" => 0.0,
            "admin2" => -0.5,
            _ => 1.5,
        }
    }

    /// How specific the place is (higher = smaller area), for choosing an event's place.
    pub fn specificity(&self) -> u8 {
        feature_specificity(self.feature)
    }

    /// True for countries and first-level divisions (names that stand for governments by metonymy).
    pub fn is_polity(&self) -> bool {
        matches!(self.feature, "country" | "admin1" | "capital")
    }
}

/// Great-circle distance in kilometres.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().min(1.0).asin()
}

/// The embedded gazetteer with its name index. All tables are compiled by `build.rs` and embedded:
/// loading only checks their sizes and finds the countries.
#[derive(Debug)]
pub struct Gazetteer {
    n_places: usize,
    n_keys: usize,
    countries: std::collections::HashMap<&'static str, u32>,
    capitals: std::collections::HashMap<&'static str, u32>,
}

impl Gazetteer {
    /// Checks the embedded tables and indexes the countries.
    pub fn load() -> Result<Gazetteer, PlaceError> {
        let n_places = PLACE_OFF.len() / 4 - 1;
        let n_keys = KEY_OFF.len() / 4 - 1;
        if n_places == 0
            || n_keys == 0
            || PLACE_NUM.len() != 16 * n_places
            || SHAPES.len() != n_keys
            || POST_OFF.len() != KEY_OFF.len()
            || BUCKETS.len() != 65_537 * 4
        {
            return Err(PlaceError::Data(
                "embedded gazetteer tables are inconsistent".into(),
            ));
        }
        let mut g = Gazetteer {
            n_places,
            n_keys,
            countries: std::collections::HashMap::new(),
            capitals: std::collections::HashMap::new(),
        };
        // Countries come right after the continents at the top of the table.
        for i in 0..n_places.min(2000) as u32 {
            match g
                .feature_code(i)
                .and_then(|c| FEATURES.get(c as usize))
                .copied()
            {
                Some("country") => {
                    if let Some(p) = g.place(i) {
                        g.countries.insert(p.country, i);
                    }
                }
                Some("continent") => {}
                _ if !g.countries.is_empty() => break,
                _ => {}
            }
        }
        let capital = FEATURES
            .iter()
            .position(|f| *f == "capital")
            .unwrap_or(usize::MAX);
        for i in 0..n_places as u32 {
            if g.feature_code(i).map(usize::from) == Some(capital) {
                if let Some(p) = g.place(i) {
                    let best = g.capitals.get(p.country).and_then(|j| g.place(*j));
                    if best.is_none_or(|b| b.population < p.population) {
                        g.capitals.insert(p.country, i);
                    }
                }
            }
        }
        Ok(g)
    }

    /// The capital city of the country with this ISO3 code.
    pub fn capital(&self, iso3: &str) -> Option<Place> {
        self.capitals.get(iso3).and_then(|i| self.place(*i))
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.n_places
    }

    /// True when the gazetteer holds no place (never for the embedded one).
    pub fn is_empty(&self) -> bool {
        self.n_places == 0
    }

    /// Number of distinct name keys.
    pub fn key_count(&self) -> usize {
        self.n_keys
    }

    fn feature_code(&self, i: u32) -> Option<u8> {
        PLACE_NUM.get(16 * i as usize + 12).copied()
    }

    /// The feature kind of place `i`, without reading the rest of it.
    pub fn feature(&self, i: u32) -> Option<&'static str> {
        self.feature_code(i)
            .and_then(|c| FEATURES.get(c as usize))
            .copied()
    }

    /// The place at `index`.
    pub fn place(&self, index: u32) -> Option<Place> {
        let i = index as usize;
        let (a, b) = (
            u32_at(PLACE_OFF, i)? as usize,
            u32_at(PLACE_OFF, i + 1)? as usize,
        );
        let line = PLACES.get(a..b)?.trim_end_matches('\n');
        let (id, rest) = cut_tab(line);
        let (name, rest) = cut_tab(rest?);
        let (country, rest) = cut_tab(rest?);
        let (admin1, rest) = cut_tab(rest?);
        let admin2 = rest.map_or("", |r| cut_tab(r).0);
        let at = 16 * i;
        let lat = f64::from(f32_at(PLACE_NUM, at)?);
        let lon = f64::from(f32_at(PLACE_NUM, at + 4)?);
        let population = u64::from(u32_at(PLACE_NUM, i * 4 + 2)?);
        let feature = FEATURES.get(*PLACE_NUM.get(at + 12)? as usize)?;
        let alternates = *PLACE_NUM.get(at + 13)?;
        Some(Place {
            index,
            id,
            name,
            country,
            admin1,
            admin2,
            lat,
            lon,
            population,
            feature,
            alternates,
        })
    }

    fn key(&self, k: usize) -> &'static str {
        match (u32_at(KEY_OFF, k), u32_at(KEY_OFF, k + 1)) {
            (Some(a), Some(b)) if b > a => KEYS.get(a as usize..b as usize - 1).unwrap_or(""),
            _ => "",
        }
    }

    /// Position of `key` in the sorted key table, or where it would go.
    fn search(&self, key: &str) -> Result<usize, usize> {
        let b = key.as_bytes();
        let code = (usize::from(b.first().copied().unwrap_or(0)) << 8)
            | usize::from(b.get(1).copied().unwrap_or(0));
        let (mut lo, mut hi) = match (u32_at(BUCKETS, code), u32_at(BUCKETS, code + 1)) {
            (Some(a), Some(z)) if a <= z && (z as usize) <= self.n_keys => (a as usize, z as usize),
            _ => (0usize, self.n_keys),
        };
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.key(mid).cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Ok(mid),
            }
        }
        Err(lo)
    }

    /// Position of an indexed key (for [`Gazetteer::postings_at`]).
    pub fn find_key(&self, key: &str) -> Option<usize> {
        self.search(key).ok()
    }

    /// Candidates of a normalised key (see [`crate::name_key`]), best prior first, with the key's shape.
    pub fn postings(&self, key: &str) -> Option<(Shape, impl Iterator<Item = Posting> + '_)> {
        self.postings_at(self.search(key).ok()?)
    }

    /// Candidates of the key at position `k` of the key table, best prior first, with the key's shape.
    pub fn postings_at(&self, k: usize) -> Option<(Shape, impl Iterator<Item = Posting> + '_)> {
        if k >= self.n_keys {
            return None;
        }
        let shape = match SHAPES.get(k) {
            Some(1) => Shape::Acronym,
            Some(2) => Shape::Abbreviation,
            _ => Shape::Name,
        };
        let (a, b) = (
            u32_at(POST_OFF, k)? as usize,
            u32_at(POST_OFF, k + 1)? as usize,
        );
        let it = (a..b).filter_map(|j| u32_at(POSTS, j)).map(|p| Posting {
            place: p & 0x7FFF_FFFF,
            alternate: p >> 31 == 1,
        });
        Some((shape, it))
    }

    /// Candidates for a normalised key, best prior first, with the key's shape.
    pub fn lookup(&self, key: &str) -> Option<(Shape, Vec<Place>)> {
        let (shape, it) = self.postings(key)?;
        Some((shape, it.filter_map(|p| self.place(p.place)).collect()))
    }

    /// The feature of the best candidate of `key`, if `key` is indexed.
    pub fn top_feature(&self, key: &str) -> Option<&'static str> {
        let (_, mut it) = self.postings(key)?;
        it.next().and_then(|p| self.feature(p.place))
    }

    /// The country with this ISO3 code.
    pub fn country(&self, iso3: &str) -> Option<Place> {
        self.countries.get(iso3).and_then(|i| self.place(*i))
    }

    /// True when `key` is an indexed key.
    pub fn contains(&self, key: &str) -> bool {
        self.search(key).is_ok()
    }

    /// True when some indexed key starts with `prefix` followed by a space (so a longer name may match).
    pub fn has_longer(&self, prefix: &str) -> bool {
        self.probe(prefix).1
    }

    /// Position of `key` if indexed, and whether a longer key extends it by a space — one search for both.
    pub fn probe(&self, key: &str) -> (Option<usize>, bool) {
        let (found, pos) = match self.search(key) {
            Ok(p) => (Some(p), p + 1),
            Err(p) => (None, p),
        };
        // Keys that extend `key` by a space sort right after `key` itself (b' ' sorts below letters).
        let k = self.key(pos);
        let longer =
            pos < self.n_keys && k.starts_with(key) && k.as_bytes().get(key.len()) == Some(&b' ');
        (found, longer)
    }

    /// All places (for evaluation helpers such as nearest-country look-up).
    pub fn iter(&self) -> impl Iterator<Item = Place> + '_ {
        (0..self.n_places as u32).filter_map(|i| self.place(i))
    }
}

/// The text of `s` before its first tab, and the text after that tab (`None` when `s` has no
/// tab): one field of a tab-separated line and the rest, found by a plain scan of the bytes (the
/// same fields as `s.split('\t')`, cheaper for the short fields of a place line).
fn cut_tab(s: &str) -> (&str, Option<&str>) {
    match s.bytes().position(|b| b == b'\t') {
        Some(p) => (s.get(..p).unwrap_or(s), s.get(p + 1..)),
        None => (s, None),
    }
}

/// How specific a feature kind is (higher = smaller area): continent 0, region or water 1, country
/// 2, first- and second-level divisions 3 and 4, city or capital 5, anything smaller 6.
pub fn feature_specificity(feature: &str) -> u8 {
    match feature {
        "continent" => 0,
        "region" | "water" => 1,
        "country" => 2,
        // "part": a country's part named by a compass word ("northern Iraq").
        "admin1" | "part" => 3,
        "admin2" => 4,
        "capital" | "city" => 5,
        _ => 6,
    }
}

#[cfg(test)]
mod cut_tab_tests {
    use super::cut_tab;

    #[test]
    fn cut_tab_gives_the_fields_of_split() {
        for line in [
            "",
            "a",
            "a\tb",
            "1\tSão Paulo\tBRA\t\t",
            "\t\tx",
            "id\tname\tc\ta1\ta2\textra",
        ] {
            let mut fields = Vec::new();
            let mut rest = Some(line);
            while let Some(r) = rest {
                let (f, next) = cut_tab(r);
                fields.push(f);
                rest = next;
            }
            assert_eq!(fields, line.split('\t').collect::<Vec<_>>(), "{line:?}");
        }
    }
}
