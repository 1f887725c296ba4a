//! Toponym resolution: candidates scored by feature kind, population, the article's country context and
//! home country, co-occurring places and qualifiers ("City, State").

use super::*;

impl Geocoder {
    pub(crate) fn resolve(
        &self,
        mut hits: Vec<Hit>,
        mut context: HashMap<&'static str, f64>,
        home: Option<&'static str>,
    ) -> Vec<FoundPlace> {
        // One sense per document: a ", Qualifier" given to one mention of a name holds for all its mentions
        // ("Athens, Ga." … "Athens").
        let mut quals: HashMap<&str, (String, String)> = HashMap::default();
        for h in &hits {
            if let Some(q) = &h.qualifier {
                quals.entry(h.key.as_str()).or_insert_with(|| q.clone());
            }
        }
        let quals: Vec<Option<(String, String)>> = hits
            .iter()
            .map(|h| {
                h.qualifier
                    .clone()
                    .or_else(|| quals.get(h.key.as_str()).cloned())
            })
            .collect();
        for (h, q) in hits.iter_mut().zip(quals) {
            h.qualifier = q;
        }
        self.add_bare_counties(&mut hits);
        // One sense per document: a name used as the seat of a local institution is a town in all its mentions.
        let local_keys: Vec<String> = hits
            .iter()
            .filter(|h| h.local)
            .map(|h| h.key.clone())
            .collect();
        if !local_keys.is_empty() {
            for h in &mut hits {
                h.local = h.local || local_keys.contains(&h.key);
            }
        }
        // Context from unambiguous mentions: countries and names whose best prior leads clearly. `own` keeps
        // what each name gave, so that a name is judged by the rest of the article, not by itself.
        let mut own: HashMap<&str, Vec<(&'static str, f64)>> = HashMap::default();
        fn add_own<'k>(
            own: &mut HashMap<&'k str, Vec<(&'static str, f64)>>,
            key: &'k str,
            country: &'static str,
            w: f64,
        ) {
            let v = own.entry(key).or_default();
            match v.iter_mut().find(|(c, _)| *c == country) {
                Some(e) => e.1 += w,
                None => v.push((country, w)),
            }
        }
        for h in &hits {
            if h.cands.len() == 1 || margin_prior(&h.cands) >= 3.0 {
                if let Some(c) = h.cands.first() {
                    let counted_already = h.cands.len() == 1 && c.feature == "country";
                    if !c.country.is_empty() {
                        let w = if counted_already { 1.0 } else { 0.5 };
                        add_own(&mut own, h.key.as_str(), c.country, w);
                        if !counted_already {
                            *context.entry(c.country).or_insert(0.0) += 0.5;
                        }
                    }
                }
            }
        }
        // For each (country, admin1), the distinct names whose leading candidates lie there (co-occurrence),
        // and the first-level divisions named in the article.
        let mut areas: HashMap<(&'static str, &'static str), Vec<&str>> = HashMap::default();
        let mut admin1_named: HashMap<(&'static str, &'static str), usize> = HashMap::default();
        for (hi, h) in hits.iter().enumerate() {
            for c in h.cands.iter().take(3) {
                if !c.admin1.is_empty() {
                    let v = areas.entry((c.country, c.admin1)).or_default();
                    if !v.contains(&h.key.as_str()) {
                        v.push(h.key.as_str());
                    }
                }
                if c.feature == "admin1" {
                    admin1_named.entry((c.country, c.name)).or_insert(hi);
                    admin1_named.entry((c.country, c.admin1)).or_insert(hi);
                }
            }
        }
        // Containment: second-level divisions named (any candidate) and the divisions cities lie in.
        let mut admin2_places: HashMap<(&'static str, &'static str, &'static str), Vec<&str>> =
            HashMap::default();
        let mut admin2_of_cities: HashMap<(&'static str, &'static str, &'static str), Vec<&str>> =
            HashMap::default();
        for h in &hits {
            for c in &h.cands {
                let (map, name) = if c.feature == "admin2" {
                    (&mut admin2_places, c.name)
                } else if !c.admin2.is_empty() {
                    (&mut admin2_of_cities, c.admin2)
                } else {
                    continue;
                };
                let v = map.entry((c.country, c.admin1, name)).or_default();
                if !v.contains(&h.key.as_str()) {
                    v.push(h.key.as_str());
                }
            }
        }
        let named_by_other =
            |m: &HashMap<(&'static str, &'static str, &'static str), Vec<&str>>,
             k: (&'static str, &'static str, &'static str),
             own: &str| { m.get(&k).is_some_and(|v| v.iter().any(|x| *x != own)) };
        // Co-location: how many other names have a (leading) local candidate within `COLOC_KM` of each leading
        // local candidate ("New London", "Mt. Pleasant" and "Winfield" together: the Iowa ones).
        let local = |c: &Place| c.specificity() >= 4;
        let mut coloc: Vec<Vec<u8>> = vec![Vec::new(); hits.len()];
        if hits.len() > 1 {
            // Per distinct name: the points of its leading local candidates.
            let mut names: Vec<(&str, Vec<(f64, f64)>)> = Vec::new();
            let mut name_of = Vec::with_capacity(hits.len());
            for h in &hits {
                let ni = match names.iter().position(|(k, _)| *k == h.key) {
                    Some(ni) => ni,
                    None => {
                        let pts = h
                            .cands
                            .iter()
                            .take(COLOC_TOP)
                            .filter(|c| local(c))
                            .map(|c| (c.lat, c.lon))
                            .collect();
                        names.push((h.key.as_str(), pts));
                        names.len() - 1
                    }
                };
                name_of.push(ni);
            }
            // All points sorted by latitude: a candidate looks only at its latitude band.
            let mut all: Vec<(f64, f64, usize)> = names
                .iter()
                .enumerate()
                .flat_map(|(ni, (_, pts))| pts.iter().map(move |(lat, lon)| (*lat, *lon, ni)))
                .collect();
            all.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut counted: Vec<bool> = vec![false; names.len()];
            for (hi, h) in hits.iter().enumerate() {
                // Only for names that mostly mean towns (not "Mexico", "Georgia").
                if h.cands.len() < 2 || !local(&h.cands[0]) {
                    continue;
                }
                let row = &mut coloc[hi];
                for c in h.cands.iter().take(COLOC_TOP) {
                    let mut n = 0u8;
                    if local(c) {
                        counted.iter_mut().for_each(|x| *x = false);
                        let from = all.partition_point(|p| p.0 < c.lat - 0.5);
                        for &(lat, lon, ni) in all[from..].iter().take_while(|p| p.0 <= c.lat + 0.5)
                        {
                            if ni != name_of[hi]
                                && !counted[ni]
                                && lon_near(lon, c.lon, 2.5)
                                && flat_km(lat, lon, c.lat, c.lon, c.lat.to_radians().cos())
                                    <= COLOC_KM
                            {
                                counted[ni] = true;
                                n = n.saturating_add(1);
                            }
                        }
                    }
                    row.push(n);
                }
            }
        }
        // Context-free score of every candidate (both passes use it).
        let base: Vec<Vec<f64>> = hits
            .iter()
            .map(|h| {
                h.cands
                    .iter()
                    .enumerate()
                    .map(|(ci, c)| {
                        let mut s = c.feature_prior() + ((c.population as f64) + 1.0).log10();
                        if matches!(c.feature, "city" | "capital") {
                            // A town known in many languages is the one news means; ours are picked as
                            // well known.
                            let alts = if c.id.starts_with("S:") {
                                MAX_GEONAMES_ALTS
                            } else {
                                c.alternates
                            };
                            s += PROMINENCE * f64::from(alts).ln_1p();
                        }
                        if c.geonameid().is_some() {
                            s += 0.05; // prefer the GeoNames entry when ours duplicates it
                            if h.alts.get(ci).copied().unwrap_or(false) {
                                s -= ALT_PENALTY; // GeoNames alternates include old and foreign names
                            }
                        }
                        s
                    })
                    .collect()
            })
            .collect();
        // Shortened names: "DeKalb" in an article that names "DeKalb County" is that county or a town in its state.
        let long_form: Vec<Option<usize>> = hits
            .iter()
            .map(|h| {
                hits.iter().position(|o| {
                    o.key.len() > h.key.len()
                        && o.key.starts_with(h.key.as_str())
                        && matches!(
                            &o.key[h.key.len()..],
                            " county" | " parish" | " province" | " governorate"
                        )
                })
            })
            .collect();
        let total_ctx: f64 = context.values().sum();
        let mut out = Vec::with_capacity(hits.len());
        let mut first_pass: Vec<(f64, Place)> = Vec::with_capacity(hits.len());
        let mut anchors: Vec<(&str, f64, f64)> = Vec::new();
        for pass in 0..2 {
            let ctx = if pass == 0 {
                context.clone()
            } else {
                let mut c = context.clone();
                for ((s, p), h) in first_pass.iter().zip(&hits) {
                    if *s > 0.0 && !p.country.is_empty() {
                        *c.entry(p.country).or_insert(0.0) += 0.5;
                        add_own(&mut own, h.key.as_str(), p.country, 0.5);
                    }
                }
                c
            };
            let total = if pass == 0 {
                total_ctx
            } else {
                ctx.values().sum()
            };
            let mut results = Vec::with_capacity(hits.len());
            for (hi, h) in hits.iter().enumerate() {
                // The article's country evidence without this name's own contribution.
                let mine: &[(&str, f64)] = own.get(h.key.as_str()).map_or(&[], Vec::as_slice);
                let own_of = |c: &str| mine.iter().find(|(x, _)| *x == c).map_or(0.0, |(_, w)| *w);
                let own_total: f64 = mine.iter().map(|(_, w)| *w).sum();
                let total_h = (total - own_total).max(0.0);
                // The country that dominates the rest of the article, if any.
                let dominant = ctx
                    .iter()
                    .map(|(c, n)| (*c, (n - own_of(c)).max(0.0)))
                    .max_by(|a, b| a.1.total_cmp(&b.1))
                    .filter(|(_, n)| *n >= DOMINANT_MIN && *n >= DOMINANT_SHARE * total_h);
                let mut scored: Vec<(f64, &Place)> = h
                    .cands
                    .iter()
                    .enumerate()
                    .map(|(ci, c)| {
                        let mut s = base[hi][ci];
                        let n = ctx
                            .get(c.country)
                            .map_or(0.0, |n| (n - own_of(c.country)).max(0.0));
                        if n > 0.0 {
                            s += CTX_BASE + CTX_SHARE * (n / total_h.max(1.0));
                        } else if let Some((dc, dn)) = dominant {
                            if dc != c.country && !c.country.is_empty() {
                                s -= FOREIGN_PENALTY * (dn / total_h.max(1.0));
                            }
                        }
                        if !c.admin1.is_empty() {
                            if let Some(keys) = areas.get(&(c.country, c.admin1)) {
                                let others = keys.iter().filter(|k| **k != h.key).count();
                                s += (others as f64 * CO_EACH).min(CO_MAX);
                            }
                        }
                        if !c.admin1.is_empty() {
                            if let Some(&hj) = admin1_named.get(&(c.country, c.admin1)) {
                                if hj != hi && c.feature != "admin1" {
                                    s += ADMIN1_NAMED;
                                }
                            }
                        }
                        // "Paris" with "Henry County" named: the Paris inside Henry County.
                        if (!c.admin2.is_empty()
                            && named_by_other(
                                &admin2_places,
                                (c.country, c.admin1, c.admin2),
                                &h.key,
                            ))
                            || (c.feature == "admin2"
                                && named_by_other(
                                    &admin2_of_cities,
                                    (c.country, c.admin1, c.name),
                                    &h.key,
                                ))
                        {
                            s += ADMIN2_LINK;
                        }
                        if h.local {
                            if matches!(c.feature, "country" | "admin1" | "continent" | "region") {
                                s -= LOCAL_AREA_PENALTY;
                            }
                            // A town's own institutions go by its current name, not an old or foreign one.
                            if h.alts.get(ci).copied().unwrap_or(false) {
                                s -= ALT_PENALTY;
                            }
                            // Local institutions are local news: the town is in the article's home country.
                            if home == Some(c.country) {
                                s += LOCAL_HOME;
                            }
                        }
                        if let Some(&n) = coloc[hi].get(ci) {
                            s += (f64::from(n) * COLOC_EACH).min(COLOC_MAX);
                        }
                        // Near the article's other confidently placed towns.
                        if pass == 1 && h.cands.len() > 1 && ci < NEAR_TOP && !anchors.is_empty() {
                            let near = anchors
                                .iter()
                                .filter(|(k, lat, lon)| {
                                    (lat - c.lat).abs() < 1.5
                                        && lon_near(*lon, c.lon, 7.0)
                                        && flat_km(
                                            *lat,
                                            *lon,
                                            c.lat,
                                            c.lon,
                                            c.lat.to_radians().cos(),
                                        ) <= NEAR_KM
                                        && *k != h.key
                                })
                                .count();
                            s += (near as f64 * NEAR_EACH).min(NEAR_MAX);
                        }
                        if let Some((qc, qa)) = &h.qualifier {
                            if qc == c.country {
                                s += 3.0;
                                if !qa.is_empty() && *qa == norm::key(c.admin1) {
                                    s += 4.0;
                                }
                            }
                        }
                        (s, c)
                    })
                    .collect();
                scored.sort_by(|a, b| b.0.total_cmp(&a.0));
                let (mut best_s, mut best) = (scored[0].0, scored[0].1);
                // A big city of the same name beats a first-level division ("Basra", "Gaza"); our own
                // hand-written divisions keep their bare names only where no such city exists.
                if best.feature == "admin1" && best.id.starts_with("A1:") {
                    let area_pop = best.population;
                    if let Some((s, c)) = scored.iter().find(|(_, c)| {
                        matches!(c.feature, "city" | "capital")
                            && c.population >= 100_000
                            && c.population * 5 >= area_pop
                            && norm::key(c.name) == h.key
                    }) {
                        best_s = *s;
                        best = c;
                    }
                }
                if best.feature == "admin1" {
                    if let Some((s, c)) = scored.iter().find(|(_, c)| {
                        matches!(c.feature, "city" | "capital")
                            && c.population >= 100_000
                            && c.country == best.country
                            && norm::key(c.name) == norm::key(best.name).replace(" state", "")
                    }) {
                        best_s = *s;
                        best = c;
                    } else if let Some((s, c)) = scored.iter().find(|(_, c)| {
                        matches!(c.feature, "city" | "capital")
                            && c.population >= 100_000
                            && c.country == best.country
                            && norm::key(c.name) == h.key
                    }) {
                        best_s = *s;
                        best = c;
                    }
                }
                if let Some(long) = long_form[hi]
                    .filter(|_| pass == 1 && matches!(best.feature, "city" | "admin2"))
                    .and_then(|j| first_pass.get(j))
                    .map(|(_, p)| p)
                {
                    if !long.admin1.is_empty()
                        && (best.country, best.admin1) != (long.country, long.admin1)
                    {
                        match scored
                            .iter()
                            .find(|(_, c)| (c.country, c.admin1) == (long.country, long.admin1))
                        {
                            Some((s, c)) => {
                                best_s = *s;
                                best = c;
                            }
                            None => best = long,
                        }
                    }
                }
                let second = scored
                    .iter()
                    .filter(|(_, c)| far_apart(c, best))
                    .map(|(s, _)| *s)
                    .next();
                let mut conf = match second {
                    None => 0.9,
                    Some(s2) => 0.5 + 0.45 * (1.0 - (-(best_s - s2).max(0.0) / 2.0).exp()),
                };
                if h.metonymic {
                    conf *= 0.6;
                }
                // An answer reached through a GeoNames alternate name gives the article no context.
                let alt = h
                    .cands
                    .iter()
                    .position(|x| std::ptr::eq(x, best))
                    .and_then(|ci| h.alts.get(ci).copied())
                    .unwrap_or(false);
                results.push((conf, best.clone(), alt));
            }
            if pass == 0 {
                first_pass = results
                    .into_iter()
                    .map(|(c, p, alt)| (if c >= 0.7 && !alt { 1.0 } else { 0.0 }, p))
                    .collect();
                // Confident local places (cities, districts, counties) anchor their neighbourhood.
                anchors.clear();
                for ((f, p), h) in first_pass.iter().zip(&hits) {
                    if *f > 0.0
                        && p.specificity() >= 4
                        && !anchors.iter().any(|a: &(&str, f64, f64)| a.0 == h.key)
                    {
                        anchors.push((h.key.as_str(), p.lat, p.lon));
                    }
                }
            } else {
                self.place_addresses(&hits, &mut results);
                for (h, (conf, p, _)) in hits.iter().zip(results) {
                    let admin1 = if p.feature == "admin1" {
                        Some(p.name.to_owned())
                    } else if p.admin1.is_empty() {
                        None
                    } else {
                        Some(p.admin1.to_owned())
                    };
                    out.push(FoundPlace {
                        mention: PlaceMention {
                            sentence: h.sentence,
                            span: h.span,
                            name: p.name.to_owned(),
                            country: (!p.country.is_empty()).then(|| p.country.to_owned()),
                            admin1,
                            lat: p.lat,
                            lon: p.lon,
                            geonameid: p.geonameid(),
                            feature: p.feature.to_owned(),
                            confidence: conf as f32,
                        },
                        metonymic: h.metonymic,
                        dateline: h.dateline,
                        first_token: h.first,
                        last_token: h.last,
                    });
                }
            }
        }
        out
    }
}

impl Geocoder {
    /// Addresses ("Al Arabi, Mosul, Nineveh province", "Yarmouk neighbourhood, West Mosul"): a name that lies
    /// in the next one takes its candidate there (within `ADDRESS_KM` of a town, in the same country and
    /// province as an area); a name with no candidate in the container's country at all, or one a neighbourhood
    /// word puts in a town, is a place the gazetteer lacks, and is located at its container. The link must be plain: a neighbourhood word, or a full address
    /// (a town followed by its own province or country; an area that ends the address), so that lists ("Mosul,
    /// Baghdad and Basra", "Sirte, U.S. officials say") stay as they are.
    fn place_addresses(&self, hits: &[Hit], results: &mut [(f64, Place, bool)]) {
        for hi in (0..hits.len()).rev() {
            let Some((ci, quarter, ends)) = hits[hi].within else {
                continue;
            };
            let Some(container) = results.get(ci).map(|r| r.1.clone()) else {
                continue;
            };
            let town = matches!(container.feature, "city" | "capital" | "district");
            let area = matches!(container.feature, "admin1" | "country");
            let best = &results[hi].1;
            let full_address = hits[ci]
                .within
                .and_then(|(cj, _, _)| results.get(cj))
                .is_some_and(|r| {
                    matches!(r.1.feature, "admin1" | "country") && r.1.country == container.country
                });
            // A country, province, capital or sea before the next name is one of a list ("Iraq, Syria").
            let listed = matches!(
                best.feature,
                "country" | "admin1" | "capital" | "continent" | "region" | "water"
            );
            let linked = (town && (quarter || full_address)) || (area && (full_address || ends));
            if (listed && !quarter) || !linked {
                continue;
            }
            let inside = |c: &Place| {
                if town {
                    haversine_km(c.lat, c.lon, container.lat, container.lon) <= ADDRESS_KM
                } else {
                    c.country == container.country
                        && (container.feature == "country" || c.admin1 == container.admin1)
                }
            };
            if inside(best) {
                continue;
            }
            // The leading candidate inside the container, if any (candidates come sorted by prior).
            let pick = hits[hi].cands.iter().find(|c| inside(c)).cloned();
            let unknown_there = !hits[hi]
                .cands
                .iter()
                .any(|c| c.country == container.country);
            let r = &mut results[hi];
            match pick {
                Some(c) => r.1 = c,
                // "Al Mansour neighbourhood, Mosul": a neighbourhood word says where it is, even where the
                // gazetteer knows the name elsewhere in the country.
                None if unknown_there || (quarter && town) => {
                    r.1 = container;
                    r.0 = r.0.min(0.6);
                }
                None => {}
            }
        }
    }
}

/// Countries, capitals and populous first-level divisions: names that stay places even when the article also
/// uses them as a person's surname ("Jordan", "Washington"), unlike small divisions ("Flores").
pub(crate) fn major_polity(p: &Place) -> bool {
    matches!(p.feature, "country" | "capital")
        || (p.feature == "admin1" && p.population >= 1_000_000)
}

/// Cheap pre-check before a distance: longitudes within `deg` degrees (across the antimeridian too). Callers
/// pick `deg` wide enough for their radius at the latitudes where people live (≤ ~75°).
pub(crate) fn lon_near(a: f64, b: f64, deg: f64) -> bool {
    let d = (a - b).abs();
    d < deg || d > 360.0 - deg
}

/// More than 161 km apart (cheap checks first; the great-circle distance only near the threshold).
pub(crate) fn far_apart(a: &Place, b: &Place) -> bool {
    let dlat = (a.lat - b.lat).abs();
    if dlat > 1.5 {
        return true; // > 166 km
    }
    if !lon_near(a.lon, b.lon, 2.0) && a.lat.abs() < 40.0 && b.lat.abs() < 40.0 {
        return true; // > 2 degrees of longitude below 40 degrees of latitude: > 170 km
    }
    haversine_km(a.lat, a.lon, b.lat, b.lon) > 161.0
}

/// Distance in km on a local flat map (good to a few per cent within a few hundred km); `cos_lat` is the cosine
/// of (either) latitude.
pub(crate) fn flat_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64, cos_lat: f64) -> f64 {
    let mut dlon = (lon1 - lon2).abs();
    if dlon > 180.0 {
        dlon = 360.0 - dlon;
    }
    let dx = dlon * cos_lat;
    let dy = lat1 - lat2;
    111.2 * (dx * dx + dy * dy).sqrt()
}

/// Lead of the best candidate's prior over the next one far from it.
pub(crate) fn margin_prior(c: &[Place]) -> f64 {
    let Some(b) = c.first() else { return 0.0 };
    let sb = b.feature_prior() + ((b.population as f64) + 1.0).log10();
    let s2 = c
        .iter()
        .skip(1)
        .filter(|x| far_apart(x, b))
        .map(|x| x.feature_prior() + ((x.population as f64) + 1.0).log10())
        .fold(f64::NEG_INFINITY, f64::max);
    sb - s2
}
