//! Scoring the place stage on GeoWebNews and LGL (read from `shared/data/eval`, never copied).
//!
//! Gold toponyms are the annotated names that carry coordinates. For GeoWebNews, demonyms, languages,
//! homonyms, non-toponyms and adjectival modifiers ("Syrian") are left out: Saker does not report those as
//! places. Three tasks per set:
//! * `toponym_recognition`: precision / recall / F1 of [`crate::Geocoder::find`]'s spans against gold spans
//!   (any overlap counts as a match);
//! * `geocoding_recognised`: for recognised gold toponyms, acc@161km, country accuracy, mean and median error;
//! * `geocoding_gold_spans`: resolution only: each gold span's text is resolved in its document's context
//!   (the "geocodable toponyms" figure). A gold name not in the gazetteer counts as a miss with the maximal error
//!   (20,039 km) and no country.
//!
//! The gold country is LGL's own country field; for GeoWebNews (coordinates only) it is the country of the
//! gazetteer entry of the same name within 100 km of the gold point, else of the nearest gazetteer place.

use crate::gazetteer::{self, haversine_km, Gazetteer};
use crate::{name_key, simple_sentences, Geocoder};
use quick_xml::events::Event;
use quick_xml::Reader;
use saker_core::eval::{EvalReport, Prf};
use saker_core::nlp::PlaceMention;
use saker_core::Span;
use std::collections::HashMap;
use std::path::Path;

/// The gold sets this crate scores.
pub const SETS: &[&str] = &["geowebnews", "lgl", "ucdp_ged_iraq"];

/// Error counted for a gold toponym that could not be resolved: half the Earth's circumference.
const MAX_ERROR_KM: f64 = 20_039.0;

/// One gold toponym.
#[derive(Debug, Clone)]
struct GoldTop {
    span: Span,
    lat: f64,
    lon: f64,
    /// ISO3 country, when known.
    country: Option<String>,
    name: String,
}

/// One gold document.
#[derive(Debug, Clone)]
struct GoldDoc {
    text: String,
    tops: Vec<GoldTop>,
}

/// Scores `set` (one of [`SETS`]) with the gold files under `eval_dir` (`…/shared/data/eval`).
pub fn run(set: &str, eval_dir: &Path) -> Vec<EvalReport> {
    if set == "ucdp_ged_iraq" {
        return vec![run_ucdp(
            &eval_dir.join("ucdp_ged_iraq/conflict_data_irq.csv"),
        )];
    }
    let tasks = [
        "toponym_recognition",
        "geocoding_recognised",
        "geocoding_gold_spans",
    ];
    let (path, docs) = match set {
        "geowebnews" => {
            let p = eval_dir.join("geowebnews/GWN.xml");
            (
                p.clone(),
                std::fs::read_to_string(&p).map(|x| parse_gwn(&x)),
            )
        }
        "lgl" => {
            let p = eval_dir.join("lgl/lgl.xml");
            (
                p.clone(),
                std::fs::read_to_string(&p).map(|x| parse_lgl(&x)),
            )
        }
        other => {
            return tasks
                .iter()
                .map(|t| {
                    EvalReport::data_missing(
                        other,
                        t,
                        format!("unknown set {other:?}; known: {SETS:?}"),
                    )
                })
                .collect()
        }
    };
    let docs = match docs {
        Ok(Ok(d)) => d,
        Ok(Err(e)) => {
            return tasks
                .iter()
                .map(|t| {
                    EvalReport::data_missing(
                        set,
                        t,
                        format!("{}: unreadable XML: {e}", path.display()),
                    )
                })
                .collect()
        }
        Err(e) => {
            return tasks
                .iter()
                .map(|t| EvalReport::data_missing(set, t, format!("{}: {e}", path.display())))
                .collect()
        }
    };
    let geo = match Geocoder::load_default() {
        Ok(g) => g,
        Err(e) => {
            return tasks
                .iter()
                .map(|t| EvalReport::data_missing(set, t, format!("gazetteer failed to load: {e}")))
                .collect()
        }
    };
    score(set, &geo, docs)
}

fn score(set: &str, geo: &Geocoder, mut docs: Vec<GoldDoc>) -> Vec<EvalReport> {
    let grid = Grid::new(geo.gazetteer());
    // Gold countries where the set gives coordinates only.
    for d in &mut docs {
        for t in &mut d.tops {
            if t.country.is_none() {
                t.country = gold_country(geo, &grid, &t.name, t.lat, t.lon);
            }
        }
    }
    let mut prf = Prf::default();
    let mut rec = Geo::default();
    let mut res = Geo::default();
    let mut n_gold = 0;
    let mut covered = 0usize;
    for d in &docs {
        let sentences = simple_sentences(&d.text);
        let found = geo.find(&d.text, &sentences, None);
        n_gold += d.tops.len();
        // Recognition.
        let mut gold_hit = vec![false; d.tops.len()];
        for m in &found {
            let mut any = false;
            for (gi, g) in d.tops.iter().enumerate() {
                if g.span.overlaps(&m.span) {
                    any = true;
                    if !gold_hit[gi] {
                        gold_hit[gi] = true;
                        rec.add(m.lat, m.lon, m.country.as_deref(), g);
                    }
                }
            }
            if any {
                prf.tp += 1;
            } else {
                prf.fp += 1;
            }
        }
        prf.fn_ += gold_hit.iter().filter(|h| !**h).count();
        // Resolution of gold spans.
        let spans: Vec<Span> = d.tops.iter().map(|g| g.span).collect();
        let resolved = geo.resolve_spans(&d.text, &sentences, &spans);
        for (g, r) in d.tops.iter().zip(resolved) {
            match r {
                Some(m) => {
                    covered += 1;
                    res.add(m.lat, m.lon, m.country.as_deref(), g);
                }
                None => res.miss(),
            }
        }
    }
    let note = format!(
        "{} documents, {} gold toponyms with coordinates",
        docs.len(),
        n_gold
    );
    vec![
        EvalReport::scored(
            set,
            "toponym_recognition",
            n_gold,
            &[("precision", prf.precision()), ("recall", prf.recall()), ("f1", prf.f1())],
        )
        .with_note(note.clone())
        .with_note("match: any overlap of a predicted span with a gold span; metonymic uses count as places"),
        rec.report(set, "geocoding_recognised")
            .with_note("gold toponyms that find() recognised, scored by their resolved point"),
        res.report(set, "geocoding_gold_spans")
            .with_note(format!(
                "gold span text resolved in document context; {covered} of {n_gold} names found in the gazetteer"
            ))
            .with_note("unresolved names count as wrong (error 20,039 km, no country)"),
    ]
}

/// One UCDP GED event scored on its headline: the gold point and precision, and what the place stage chose.
struct UcdpItem {
    headline: String,
    gold: GoldTop,
    /// UCDP's `where_prec` (1 exact place … 7 country), 9 when absent.
    where_prec: u8,
    /// UCDP's own name of the event place (`where_coordinates`), for diagnostics.
    gold_name: String,
    /// The chosen place, if the headline names one.
    pick: Option<PlaceMention>,
    /// Every place found in the headline.
    found: Vec<PlaceMention>,
}

/// Reads the UCDP GED Iraq file and geoparses every distinct (headline, point) event.
fn ucdp_items(path: &Path, geo: &Geocoder) -> Result<Vec<UcdpItem>, String> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let headers = rdr
        .headers()
        .map_err(|e| format!("{}: {e}", path.display()))?
        .clone();
    let col = |n: &str| headers.iter().position(|h| h == n);
    let (Some(hl), Some(la), Some(lo), Some(iso)) = (
        col("source_headline"),
        col("latitude"),
        col("longitude"),
        col("iso3"),
    ) else {
        return Err("conflict_data_irq.csv lacks the expected columns".into());
    };
    let (wp, wc) = (col("where_prec"), col("where_coordinates"));
    let mut items = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for rec in rdr.records().flatten() {
        let head = rec.get(hl).unwrap_or("").trim();
        let (Some(lat), Some(lon)) = (
            rec.get(la).and_then(|x| x.parse::<f64>().ok()),
            rec.get(lo).and_then(|x| x.parse::<f64>().ok()),
        ) else {
            continue; // the HXL hashtag row
        };
        if head.is_empty()
            || !seen.insert((head.to_owned(), (lat * 1e4) as i64, (lon * 1e4) as i64))
        {
            continue;
        }
        let gold = GoldTop {
            span: Span::default(),
            lat,
            lon,
            country: rec.get(iso).map(str::to_owned).filter(|c| !c.is_empty()),
            name: String::new(),
        };
        // A row's headlines are joined by ';': one per line, as the pipeline's UCDP scorer reads them.
        let head = head.replace(';', "\n");
        let sentences = simple_sentences(&head);
        let found = geo.find(&head, &sentences, None);
        // All the row's headlines report the same event: the most specific of their places (the first on ties).
        let mut pick: Option<&PlaceMention> = None;
        for s in 0..sentences.len() {
            if let Some(m) =
                crate::event_place(s, 0, &sentences, None, &found).and_then(|i| found.get(i))
            {
                if pick.is_none_or(|p| {
                    gazetteer::feature_specificity(&m.feature)
                        > gazetteer::feature_specificity(&p.feature)
                }) {
                    pick = Some(m);
                }
            }
        }
        let pick = pick.cloned();
        items.push(UcdpItem {
            headline: head,
            gold,
            where_prec: wp
                .and_then(|c| rec.get(c))
                .and_then(|x| x.parse().ok())
                .unwrap_or(9),
            gold_name: wc.and_then(|c| rec.get(c)).unwrap_or("").to_owned(),
            pick,
            found,
        });
    }
    Ok(items)
}

/// UCDP GED Iraq: each event's source headlines (joined by `;` in the file, one per line here) are geoparsed and
/// the event place is the most specific of the places [`crate::event_place`] chooses in each headline (no event
/// trigger is known); scored against the event's gold point. Headlines without a place count as misses.
/// `SAKER_PLACE_ERRORS=ucdp_ged_iraq cargo run --release -p saker-place --example place_eval` lists the misses.
fn run_ucdp(path: &Path) -> EvalReport {
    const SET: &str = "ucdp_ged_iraq";
    const TASK: &str = "event_location_headline";
    let geo = match Geocoder::load_default() {
        Ok(g) => g,
        Err(e) => {
            return EvalReport::data_missing(SET, TASK, format!("gazetteer failed to load: {e}"))
        }
    };
    let items = match ucdp_items(path, &geo) {
        Ok(i) => i,
        Err(e) => return EvalReport::data_missing(SET, TASK, e),
    };
    let mut g = Geo::default();
    let mut with_place = 0usize;
    for it in &items {
        match &it.pick {
            Some(m) => {
                with_place += 1;
                g.add(m.lat, m.lon, m.country.as_deref(), &it.gold);
            }
            None => g.miss(),
        }
    }
    let n = g.errors.len();
    g.report(SET, TASK)
        .with_note(format!("{n} distinct (headline, point) events; {with_place} headlines name a place"))
        .with_note("headline only: the event place is the most specific place of the row's headlines; none = miss (20,039 km)")
}

/// Diagnostics for UCDP GED Iraq: one line per event whose headline place is more than 161 km off (`WRONG`) or
/// absent (`NONE`): the gold point, `where_prec` and UCDP's place name, our pick and every place found.
fn ucdp_error_lines(path: &Path) -> Vec<String> {
    let Ok(geo) = Geocoder::load_default() else {
        return Vec::new();
    };
    let Ok(items) = ucdp_items(path, &geo) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for it in &items {
        let head = it.headline.replace(['\n', '\r', '\t'], " ");
        let all: Vec<String> = it
            .found
            .iter()
            .map(|m| {
                format!(
                    "{:?}={} {} {}",
                    m.span.slice(&it.headline),
                    m.name,
                    m.country.as_deref().unwrap_or("-"),
                    m.feature
                )
            })
            .collect();
        let gold = format!(
            "gold ({:.2},{:.2}) prec={} {:?}",
            it.gold.lat, it.gold.lon, it.where_prec, it.gold_name
        );
        match &it.pick {
            None => out.push(format!("NONE\t{head}\t{gold}")),
            Some(m) => {
                let e = haversine_km(m.lat, m.lon, it.gold.lat, it.gold.lon);
                if e > 161.0 {
                    out.push(format!(
                        "WRONG\t{head}\t{gold}\tgot {} {} {} ({:.2},{:.2}) {:.0}km\tfound [{}]",
                        m.name,
                        m.country.as_deref().unwrap_or("-"),
                        m.feature,
                        m.lat,
                        m.lon,
                        e,
                        all.join("; ")
                    ));
                }
            }
        }
    }
    out
}

/// The gold documents of GeoWebNews or LGL, for the diagnostics; `None` when absent or unreadable.
fn gold_docs(set: &str, eval_dir: &Path) -> Option<Vec<GoldDoc>> {
    let xml = |file: &str| std::fs::read_to_string(eval_dir.join(file)).ok();
    match set {
        "geowebnews" => parse_gwn(&xml("geowebnews/GWN.xml")?).ok(),
        "lgl" => parse_lgl(&xml("lgl/lgl.xml")?).ok(),
        _ => None,
    }
}

/// Diagnostics: one line per gold toponym that resolution of its gold span got wrong (more than 161 km off)
/// or could not resolve, and per predicted place that matches no gold span, for error analysis.
///
/// For `ucdp_ged_iraq`: one line per event whose headline place is wrong or missing (see the UCDP scorer).
pub fn error_lines(set: &str, eval_dir: &Path) -> Vec<String> {
    if set == "ucdp_ged_iraq" {
        return ucdp_error_lines(&eval_dir.join("ucdp_ged_iraq/conflict_data_irq.csv"));
    }
    let docs = gold_docs(set, eval_dir);
    let (Some(mut docs), Ok(geo)) = (docs, Geocoder::load_default()) else {
        return Vec::new();
    };
    let grid = Grid::new(geo.gazetteer());
    for d in &mut docs {
        for t in &mut d.tops {
            if t.country.is_none() {
                t.country = gold_country(&geo, &grid, &t.name, t.lat, t.lon);
            }
        }
    }
    let mut out = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        let sentences = simple_sentences(&d.text);
        let spans: Vec<Span> = d.tops.iter().map(|g| g.span).collect();
        for (g, r) in d
            .tops
            .iter()
            .zip(geo.resolve_spans(&d.text, &sentences, &spans))
        {
            match r {
                None => out.push(format!("UNRESOLVED\t{di}\t{}", g.name)),
                Some(m) => {
                    let e = haversine_km(m.lat, m.lon, g.lat, g.lon);
                    if e <= 161.0 && g.country.is_some() && m.country != g.country {
                        out.push(format!(
                            "CMISS\t{di}\t{}\tgot {} {:?}\tgold {:?} ({:.2},{:.2})",
                            g.name, m.name, m.country, g.country, g.lat, g.lon
                        ));
                    }
                    if e > 161.0 {
                        out.push(format!(
                            "WRONG\t{di}\t{}\t{:.0}km\tgot {} {:?} {:?} {} ({:.2},{:.2})\tgold ({:.2},{:.2}) {:?}",
                            g.name, e, m.name, m.country, m.admin1, m.feature, m.lat, m.lon, g.lat, g.lon, g.country
                        ));
                    }
                }
            }
        }
        let around = |sp: Span| {
            let lo = sp.start.saturating_sub(30);
            let lo = (0..=lo)
                .rev()
                .find(|&b| d.text.is_char_boundary(b))
                .unwrap_or(0);
            let hi = (sp.end + 30).min(d.text.len());
            let hi = (hi..=d.text.len())
                .find(|&b| d.text.is_char_boundary(b))
                .unwrap_or(d.text.len());
            d.text[lo..hi].replace('\n', " ")
        };
        let found = geo.find(&d.text, &sentences, None);
        for m in &found {
            if !d.tops.iter().any(|g| g.span.overlaps(&m.span)) {
                out.push(format!(
                    "FP\t{di}\t{}\t{} {:?}\t{:?}",
                    m.span.slice(&d.text),
                    m.name,
                    m.country,
                    around(m.span)
                ));
            }
        }
        for g in &d.tops {
            if !found.iter().any(|m| m.span.overlaps(&g.span)) {
                out.push(format!("FN\t{di}\t{}\t{:?}", g.name, around(g.span)));
            }
        }
    }
    out
}

/// Diagnostics for one document: its opening, then one line per gold toponym (gold point, our answer, error).
pub fn doc_lines(set: &str, eval_dir: &Path, doc: usize) -> Vec<String> {
    let docs = gold_docs(set, eval_dir);
    let (Some(docs), Ok(geo)) = (docs, Geocoder::load_default()) else {
        return Vec::new();
    };
    let Some(d) = docs.get(doc) else {
        return Vec::new();
    };
    let mut out = vec![d
        .text
        .chars()
        .take(600)
        .collect::<String>()
        .replace('\n', " / ")];
    let sentences = simple_sentences(&d.text);
    out.push(format!(
        "  home: {:?}",
        geo.home_country(&d.text, &sentences)
    ));
    for m in geo.find(&d.text, &sentences, None) {
        out.push(format!(
            "  found {:?} -> {} {:?} {:?} {} {:.2}",
            m.span.slice(&d.text),
            m.name,
            m.country,
            m.admin1,
            m.feature,
            m.confidence
        ));
    }
    let spans: Vec<Span> = d.tops.iter().map(|g| g.span).collect();
    for (g, r) in d
        .tops
        .iter()
        .zip(geo.resolve_spans(&d.text, &sentences, &spans))
    {
        out.push(match r {
            None => format!(
                "  ??? {} gold ({:.2},{:.2}) {:?}",
                g.name, g.lat, g.lon, g.country
            ),
            Some(m) => {
                let e = haversine_km(m.lat, m.lon, g.lat, g.lon);
                format!(
                    "  {} {} -> {} {:?} {:?} {} gold ({:.2},{:.2}) {:?} {:.0}km",
                    if e > 161.0 { "BAD" } else { "ok " },
                    g.name,
                    m.name,
                    m.country,
                    m.admin1,
                    m.feature,
                    g.lat,
                    g.lon,
                    g.country,
                    e
                )
            }
        });
    }
    out
}

/// Error statistics of resolved points.
#[derive(Debug, Default)]
struct Geo {
    errors: Vec<f64>,
    country_ok: usize,
    country_n: usize,
    misses: usize,
}

impl Geo {
    fn add(&mut self, lat: f64, lon: f64, country: Option<&str>, g: &GoldTop) {
        self.errors.push(haversine_km(lat, lon, g.lat, g.lon));
        if let Some(gc) = &g.country {
            self.country_n += 1;
            if country == Some(gc.as_str()) {
                self.country_ok += 1;
            }
        }
    }

    fn miss(&mut self) {
        self.errors.push(MAX_ERROR_KM);
        self.country_n += 1;
        self.misses += 1;
    }

    fn report(&self, set: &str, task: &str) -> EvalReport {
        let n = self.errors.len();
        if n == 0 {
            return EvalReport::scored(set, task, 0, &[]).with_note("no item to score");
        }
        let mut e = self.errors.clone();
        e.sort_by(f64::total_cmp);
        let acc = e.iter().filter(|x| **x <= 161.0).count() as f64 / n as f64;
        let mean = e.iter().sum::<f64>() / n as f64;
        let median = if n % 2 == 1 {
            e[n / 2]
        } else {
            (e[n / 2 - 1] + e[n / 2]) / 2.0
        };
        let country = if self.country_n == 0 {
            0.0
        } else {
            self.country_ok as f64 / self.country_n as f64
        };
        let mut metrics = vec![
            ("acc@161km", acc),
            ("country_accuracy", country),
            ("mean_error_km", mean),
            ("median_error_km", median),
        ];
        if self.misses > 0 {
            // The same figures over the names the gazetteer knows (unresolved ones left out).
            let covered = n - self.misses;
            let ok = e.iter().filter(|x| **x <= 161.0).count();
            metrics.push(("coverage", covered as f64 / n as f64));
            metrics.push(("acc@161km_covered", ok as f64 / covered.max(1) as f64));
            metrics.push((
                "country_accuracy_covered",
                self.country_ok as f64 / (self.country_n - self.misses).max(1) as f64,
            ));
        }
        EvalReport::scored(set, task, n, &metrics)
    }
}

/// A city point and its country.
type CityPoint = (f64, f64, &'static str);

/// A 1-degree grid over the gazetteer's points, for nearest-place look-ups.
struct Grid {
    cells: HashMap<(i32, i32), Vec<CityPoint>>,
}

impl Grid {
    fn new(g: &Gazetteer) -> Grid {
        let mut cells: HashMap<(i32, i32), Vec<CityPoint>> = HashMap::new();
        for p in g.iter() {
            if p.country.is_empty() || !matches!(p.feature, "city" | "capital") {
                continue;
            }
            cells
                .entry(cell(p.lat, p.lon))
                .or_default()
                .push((p.lat, p.lon, p.country));
        }
        Grid { cells }
    }

    fn nearest_country(&self, lat: f64, lon: f64) -> Option<&'static str> {
        let (cy, cx) = cell(lat, lon);
        for r in 0..=4 {
            let mut best: Option<(f64, &'static str)> = None;
            for dy in -r..=r {
                for dx in -r..=r {
                    if let Some(v) = self.cells.get(&(cy + dy, cx + dx)) {
                        for (a, b, c) in v {
                            let d = haversine_km(lat, lon, *a, *b);
                            if best.is_none_or(|(bd, _)| d < bd) {
                                best = Some((d, c));
                            }
                        }
                    }
                }
            }
            if let Some((_, c)) = best {
                return Some(c);
            }
        }
        None
    }
}

fn cell(lat: f64, lon: f64) -> (i32, i32) {
    (lat.floor() as i32, lon.floor() as i32)
}

fn gold_country(geo: &Geocoder, grid: &Grid, name: &str, lat: f64, lon: f64) -> Option<String> {
    let key = name_key(name.trim());
    if let Some((_, cands)) = geo
        .gazetteer()
        .lookup(key.strip_prefix("the ").unwrap_or(&key))
    {
        if let Some(c) = cands
            .iter()
            .find(|c| haversine_km(c.lat, c.lon, lat, lon) <= 100.0)
        {
            // A continent or sea has no country.
            return (!c.country.is_empty()).then(|| c.country.to_owned());
        }
        if cands.iter().any(|c| c.country.is_empty()) {
            // A name the gazetteer knows as country-less (continent, sea, union): no gold country either.
            return None;
        }
    }
    grid.nearest_country(lat, lon).map(str::to_owned)
}

/// Converts a character offset into a byte offset of `text`.
fn char_to_byte(text: &str, ch: usize) -> Option<usize> {
    if ch == text.chars().count() {
        return Some(text.len());
    }
    text.char_indices().nth(ch).map(|(b, _)| b)
}

fn gold_span(text: &str, start: usize, end: usize, name: &str) -> Option<Span> {
    let s = char_to_byte(text, start)?;
    let e = char_to_byte(text, end)?;
    let sp = Span::new(s, e);
    if sp.slice(text) == name || name.is_empty() {
        return Some(sp);
    }
    // A few annotations are off by some characters: look for the name nearby.
    let lo = s.saturating_sub(40);
    let lo = (0..=lo)
        .rev()
        .find(|&b| text.is_char_boundary(b))
        .unwrap_or(0);
    let hi = (e + 40).min(text.len());
    let hi = (hi..=text.len())
        .find(|&b| text.is_char_boundary(b))
        .unwrap_or(text.len());
    text[lo..hi]
        .find(name)
        .map(|p| Span::new(lo + p, lo + p + name.len()))
}

/// A flat element tree: enough for GWN.xml and lgl.xml.
#[derive(Debug, Default, Clone)]
struct Elem {
    name: String,
    attrs: Vec<(String, String)>,
    text: String,
    children: Vec<Elem>,
}

impl Elem {
    fn child(&self, n: &str) -> Option<&Elem> {
        self.children.iter().find(|c| c.name == n)
    }
    fn child_text(&self, n: &str) -> Option<&str> {
        self.child(n).map(|c| c.text.as_str())
    }

    /// The trimmed text of the first child named `n`, parsed as a number.
    fn child_num<T: std::str::FromStr>(&self, n: &str) -> Option<T> {
        self.child_text(n).and_then(|x| x.trim().parse().ok())
    }
}

fn parse_xml(xml: &str) -> Result<Elem, String> {
    let mut r = Reader::from_str(xml);
    let mut stack: Vec<Elem> = vec![Elem::default()];
    loop {
        match r.read_event() {
            Ok(Event::Start(e)) => {
                let mut el = Elem {
                    name: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                    ..Elem::default()
                };
                for a in e.attributes().flatten() {
                    el.attrs.push((
                        String::from_utf8_lossy(a.key.as_ref()).into_owned(),
                        a.unescape_value()
                            .map(|v| v.into_owned())
                            .unwrap_or_default(),
                    ));
                }
                stack.push(el);
            }
            Ok(Event::Empty(e)) => {
                let el = Elem {
                    name: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                    ..Elem::default()
                };
                if let Some(top) = stack.last_mut() {
                    top.children.push(el);
                }
            }
            Ok(Event::Text(t)) => {
                let s = t.unescape().map_err(|e| e.to_string())?;
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&s);
                }
            }
            Ok(Event::CData(t)) => {
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Ok(Event::End(_)) => {
                let el = stack.pop().ok_or("unbalanced XML")?;
                match stack.last_mut() {
                    Some(top) => top.children.push(el),
                    None => return Err("unbalanced XML".into()),
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => return Err(e.to_string()),
        }
    }
    stack.pop().ok_or_else(|| "empty XML".into())
}

fn articles(root: &Elem) -> Vec<&Elem> {
    root.child("articles")
        .map(|a| a.children.iter().filter(|c| c.name == "article").collect())
        .unwrap_or_default()
}

fn parse_gwn(xml: &str) -> Result<Vec<GoldDoc>, String> {
    let root = parse_xml(xml)?;
    let mut docs = Vec::new();
    for a in articles(&root) {
        let Some(text) = a.child_text("text") else {
            continue;
        };
        let mut tops = Vec::new();
        for t in a
            .child("toponyms")
            .map(|t| t.children.as_slice())
            .unwrap_or_default()
        {
            let ty = t.child_text("type").unwrap_or("");
            let modifier = t.child_text("modifierType").unwrap_or("");
            if matches!(ty, "Demonym" | "Language" | "Homonym" | "Non_Toponym")
                || modifier == "Adjective"
            {
                continue;
            }
            let (Some(lat), Some(lon)) = (
                t.child_num::<f64>("latitude"),
                t.child_num::<f64>("longitude"),
            ) else {
                continue;
            };
            let name = t.child_text("extractedName").unwrap_or("").to_owned();
            let (Some(s), Some(e)) = (t.child_num("start"), t.child_num("end")) else {
                continue;
            };
            let Some(span) = gold_span(text, s, e, &name) else {
                continue;
            };
            tops.push(GoldTop {
                span,
                lat,
                lon,
                country: None,
                name,
            });
        }
        docs.push(GoldDoc {
            text: text.to_owned(),
            tops,
        });
    }
    Ok(docs)
}

fn parse_lgl(xml: &str) -> Result<Vec<GoldDoc>, String> {
    let root = parse_xml(xml)?;
    let country_iso: HashMap<String, &'static str> = match Geocoder::load_default() {
        Ok(g) => g
            .gazetteer()
            .iter()
            .filter(|p| p.feature == "country")
            .map(|p| (name_key(p.name), p.country))
            .collect(),
        Err(_) => HashMap::new(),
    };
    let mut docs = Vec::new();
    for a in articles(&root) {
        let Some(text) = a.child_text("text") else {
            continue;
        };
        let mut tops = Vec::new();
        for t in a
            .child("toponyms")
            .map(|t| t.children.as_slice())
            .unwrap_or_default()
        {
            let Some(g) = t.child("gaztag") else { continue };
            let (Some(lat), Some(lon)) = (g.child_num::<f64>("lat"), g.child_num::<f64>("lon"))
            else {
                continue;
            };
            let name = t.child_text("phrase").unwrap_or("").to_owned();
            let (Some(s), Some(e)) = (t.child_num("start"), t.child_num("end")) else {
                continue;
            };
            let Some(span) = gold_span(text, s, e, &name) else {
                continue;
            };
            let country = g
                .child_text("country")
                .and_then(|c| country_iso.get(&name_key(c)).map(|s| (*s).to_owned()))
                .or_else(|| {
                    // The gold toponym may itself be a country.
                    (g.child_text("fcode") == Some("PCLI"))
                        .then(|| {
                            country_iso
                                .get(&name_key(g.child_text("name").unwrap_or("")))
                                .map(|s| (*s).to_owned())
                        })
                        .flatten()
                });
            tops.push(GoldTop {
                span,
                lat,
                lon,
                country,
                name,
            });
        }
        docs.push(GoldDoc {
            text: text.to_owned(),
            tops,
        });
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_become_byte_offsets() {
        let t = "Café in Paris";
        let sp = gold_span(t, 8, 13, "Paris").expect("span");
        assert_eq!(sp.slice(t), "Paris");
        assert_eq!(char_to_byte(t, 4), Some(5));
    }

    #[test]
    fn unknown_set_and_missing_files_are_reported_not_scored() {
        let r = run("nope", Path::new("/nonexistent"));
        assert!(r
            .iter()
            .all(|x| matches!(x.status, saker_core::eval::EvalStatus::DataMissing { .. })));
        let r = run("lgl", Path::new("/nonexistent"));
        assert_eq!(r.len(), 3);
        assert!(r
            .iter()
            .all(|x| matches!(x.status, saker_core::eval::EvalStatus::DataMissing { .. })));
    }

    #[test]
    fn parses_small_lgl_document() {
        let xml = r#"<?xml version="1.0"?><articles><article docid="1"><text><![CDATA[Fire in Alexandria, La. today.]]></text>
<toponyms><toponym><start>8</start><end>18</end><phrase>Alexandria</phrase><gaztag geonameid="4314550">
<name>Alexandria</name><fcode>PPL</fcode><lat>31.3113</lat><lon>-92.4451</lon><country geonameid="6252001">United States</country></gaztag></toponym></toponyms></article></articles>"#;
        let docs = parse_lgl(xml).expect("parses");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].tops[0].span.slice(&docs[0].text), "Alexandria");
        assert_eq!(docs[0].tops[0].country.as_deref(), Some("USA"));
        let geo = Geocoder::load_default().expect("gazetteer");
        let reps = score("lgl", &geo, docs);
        assert_eq!(reps[0].n, 1);
        assert_eq!(reps[0].metrics["recall"], 1.0);
        assert_eq!(reps[2].metrics["acc@161km"], 1.0, "{reps:?}");
    }

    /// The real sets, when shared/ is present (prints the numbers; `cargo test -- --nocapture`).
    #[test]
    fn real_sets_score_when_present() {
        let Some(dir) = saker_core::shared::path("data/eval") else {
            return;
        };
        if std::env::var_os("SAKER_PLACE_FULL_EVAL").is_none() {
            eprintln!("set SAKER_PLACE_FULL_EVAL=1 to score GeoWebNews and LGL in tests");
            return;
        }
        for set in SETS {
            for r in run(set, &dir) {
                eprintln!("{}", serde_json_line(&r));
                assert!(matches!(r.status, saker_core::eval::EvalStatus::Scored));
            }
        }
    }

    fn serde_json_line(r: &EvalReport) -> String {
        format!("{} {} n={} {:?}", r.set, r.task, r.n, r.metrics)
    }
}
