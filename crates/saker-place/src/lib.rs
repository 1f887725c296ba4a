//! Saker's place stage: an embedded offline gazetteer, toponym recognition, resolution and event geocoding.
//!
//! * The gazetteer is compiled at build time from `data/place/gazetteer.tsv` (derived from GeoNames, CC BY 4.0,
//!   by `scripts/build_gazetteer.py`) and our hand-written `data/place/additions.tsv` (districts, bases,
//!   crossings, governorates, …) into a sorted key index that loads by splitting lines (no hashing, no parsing).
//! * [`Geocoder::find`] recognises place names by longest match over case-folded tokens with precision guards
//!   (capitalisation, datelines, stop-list, larger-name check, cue words, population floor) and resolves them by
//!   feature kind, population, the article's country context (countries and demonyms named) and co-occurring
//!   places (same first-level division, "City, State").
//! * A country after a compass word ("northern Iraq") is reported as that part of the country (feature `part`,
//!   the population-weighted centre of its towns there, compiled by `build.rs`); a name in an address ("Al
//!   Arabi, Mosul, Nineveh province") is resolved inside the place it is said to lie in.
//! * [`event_place`] picks the place that governs an event.
//!
//! All spans are byte offsets into the normalised text the caller passes.

#![warn(missing_docs)]

pub mod eval;
mod event;
pub mod gazetteer;
mod home;
mod norm;
mod recognise;
mod region;
mod resolve;
mod tokenize;
mod words;

use gazetteer::{haversine_km, Gazetteer, Place, Shape};
use saker_core::nlp::{ParsedSentence, PlaceMention, Sentence};
use saker_core::Span;

/// Maps of the hot path use the shared FNV-1a hasher (keys come from our data and the document).
type HashMap<K, V> = saker_core::hash::FastMap<K, V>;
type HashSet<K> = saker_core::hash::FastSet<K>;

pub use event::event_place;
use recognise::words_of;
use resolve::major_polity;
pub use tokenize::{simple_sentences, tokenize_sentences, tokens as simple_tokens};
use words::*;

/// Errors of the place stage.
#[derive(Debug, thiserror::Error)]
pub enum PlaceError {
    /// Embedded or hand-written data could not be read.
    #[error("place data: {0}")]
    Data(String),
}

/// The normalised lookup key of a name: lower case, no diacritics, no `.` or apostrophes, hyphens as spaces.
pub fn name_key(name: &str) -> String {
    norm::key(name)
}

const STOPLIST: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/place/stoplist.txt"
));
const DEMONYMS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/place/demonyms.tsv"
));

/// Score penalty for a GeoNames candidate matched by an alternate rather than its own name.
const ALT_PENALTY: f64 = 2.5;
/// Country context: bonus for a candidate in a country the article names at all, plus this times the
/// country's share of the article's country evidence.
const CTX_BASE: f64 = 0.75;
const CTX_SHARE: f64 = 2.5;
/// A country holding at least this much of the rest of the article's country evidence (and this share) makes
/// candidates in countries the article does not otherwise name less likely ("Palestine" in Texas local news).
const DOMINANT_MIN: f64 = 1.5;
const DOMINANT_SHARE: f64 = 0.6;
const FOREIGN_PENALTY: f64 = 3.0;
/// Proximity: bonus per other name confidently placed (first pass) within `NEAR_KM` of a candidate, for the
/// `NEAR_TOP` leading candidates by prior.
const NEAR_KM: f64 = 150.0;
const NEAR_EACH: f64 = 1.5;
const NEAR_MAX: f64 = 3.0;
const NEAR_TOP: usize = 24;
/// Bonus per natural-log unit of a GeoNames town's alternate-name count (its fame).
const PROMINENCE: f64 = 0.4;
/// The most alternate names `scripts/build_gazetteer.py` keeps per GeoNames place.
const MAX_GEONAMES_ALTS: u8 = 24;
/// Co-location: bonus per other name with one of its `COLOC_TOP` leading local candidates within `COLOC_KM`.
const COLOC_KM: f64 = 50.0;
const COLOC_EACH: f64 = 0.75;
const COLOC_MAX: f64 = 1.5;
const COLOC_TOP: usize = 8;
/// Co-occurrence: bonus per other place name whose leading candidates lie in the same first-level division.
const CO_EACH: f64 = 0.75;
const CO_MAX: f64 = 2.25;
/// Bonus when the candidate's first-level division is itself named in the article.
const ADMIN1_NAMED: f64 = 2.0;
/// Bonus when a city's second-level division is named in the article, or a division contains a named city.
const ADMIN2_LINK: f64 = 2.5;
/// Country-context weight of the article's home country read from its wording ([`home`]).
const HOME_WEIGHT: f64 = 2.0;
/// Penalty for a country or first-level division when the name is used as the seat of a local institution
/// ("Jordan Elementary School", "Berea police"): those are towns.
const LOCAL_AREA_PENALTY: f64 = 3.0;
/// Bonus for a candidate in the article's home country when the name is the seat of a local institution
/// ("Paris City Council" in an article written in American English).
const LOCAL_HOME: f64 = 4.0;
/// The most a place named in an address may lie from the town named as its container ("Al Arabi, Mosul").
const ADDRESS_KM: f64 = 40.0;
/// Longest name, in tokens, tried by the matcher.
const MAX_WORDS: usize = 7;
/// A single-word town smaller than this needs a cue ("in X", "X province", a dateline) to count as a place.
const MIN_POP_WITHOUT_CUE: u64 = 5_000;

/// A recognised and resolved place, with the recognition details the plain [`PlaceMention`] has no field for.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundPlace {
    /// The mention as the pipeline stores it.
    pub mention: PlaceMention,
    /// The name stands for a government or its people by metonymy ("Baghdad said", "Iran warned").
    pub metonymic: bool,
    /// The mention is a dateline ("BAGHDAD –" at the start of a line).
    pub dateline: bool,
    /// Index of the first token of the mention in its sentence.
    pub first_token: usize,
    /// Index of the last token of the mention in its sentence.
    pub last_token: usize,
}

/// The geocoder: the embedded gazetteer plus the hand-written stop-list and demonyms. `Send + Sync`.
#[derive(Debug)]
pub struct Geocoder {
    gaz: Gazetteer,
    stop: HashSet<String>,
    /// The stop-list's first names and surnames (a sentence-initial one still starts a person's name).
    given: HashSet<String>,
    demonyms: HashMap<String, &'static str>,
    lists: Lists,
}

/// One word of a sentence with the facts the matcher needs.
#[derive(Debug, Clone)]
struct Word<'a> {
    span: Span,
    /// The word without a trailing possessive `'s`.
    core: Span,
    text: &'a str,
    lower: String,
    cap: bool,
    allcaps: bool,
    alpha: bool,
    punct: bool,
    /// Arabic script (no letter case: capitalisation rules do not apply).
    arabic: bool,
}

/// A recognised name before resolution.
#[derive(Debug, Clone)]
struct Hit {
    sentence: usize,
    first: usize,
    last: usize,
    span: Span,
    key: String,
    cands: Vec<Place>,
    /// Per candidate: matched through a GeoNames alternate name rather than its own.
    alts: Vec<bool>,
    cue: bool,
    dateline: bool,
    metonymic: bool,
    /// Names the seat of a local institution ("Berea police", "Athens City Council").
    local: bool,
    /// Names a street ("Morecambe Road"): context for the article's other names when the article also names
    /// the town itself, never reported.
    street: bool,
    /// The next name of the sentence is the place this one lies in: an address ("Al Arabi, Mosul",
    /// "Yarmouk neighbourhood, West Mosul"): its index among the hits, whether a neighbourhood word says so,
    /// and whether the address ends with that name (nothing but punctuation after it on its line).
    within: Option<(usize, bool, bool)>,
    /// Country or first-level division named right after ", " ("Alexandria, La.").
    qualifier: Option<(String, String)>,
}

impl Geocoder {
    /// Loads the embedded gazetteer, stop-list and demonyms.
    pub fn load_default() -> Result<Geocoder, PlaceError> {
        let gaz = Gazetteer::load()?;
        let mut stop = HashSet::default();
        let mut given = HashSet::default();
        let mut names_section = false;
        for l in STOPLIST.lines().map(str::trim) {
            if let Some(c) = l.strip_prefix('#') {
                names_section = c.contains("first names");
            } else if !l.is_empty() {
                if names_section {
                    given.insert(norm::key(l));
                }
                stop.insert(norm::key(l));
            }
        }
        let mut demonyms = HashMap::default();
        for line in DEMONYMS.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (w, c) = line.split_once('\t').ok_or_else(|| {
                PlaceError::Data(format!("demonyms.tsv: line without a tab: {line:?}"))
            })?;
            demonyms.insert(norm::key(w), c.trim());
        }
        Ok(Geocoder {
            gaz,
            stop,
            given,
            demonyms,
            lists: Lists::new(),
        })
    }

    /// Candidates of a key with their alternate-name flags.
    fn candidates(&self, key: &str) -> Option<(Shape, Vec<Place>, Vec<bool>)> {
        self.candidates_at(self.gaz.find_key(key)?)
    }

    /// Candidates of the key at position `k` with their alternate-name flags.
    fn candidates_at(&self, k: usize) -> Option<(Shape, Vec<Place>, Vec<bool>)> {
        let (shape, it) = self.gaz.postings_at(k)?;
        let mut cands = Vec::new();
        let mut alts = Vec::new();
        for p in it {
            if let Some(pl) = self.gaz.place(p.place) {
                cands.push(pl);
                alts.push(p.alternate);
            }
        }
        Some((shape, cands, alts))
    }

    /// The embedded gazetteer.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gaz
    }

    /// The ISO3 country of a demonym ("Iraqi" → `IRQ`), if it is one.
    pub fn demonym_country(&self, word: &str) -> Option<&'static str> {
        self.demonyms.get(&norm::key(word)).copied()
    }

    /// Recognises and resolves the places named in `text` (the normalised article text) whose `sentences`
    /// come from the text layer. `parses` is accepted for symmetry with the other stages; recognition does
    /// not need it.
    pub fn find(
        &self,
        text: &str,
        sentences: &[Sentence],
        parses: Option<&[ParsedSentence]>,
    ) -> Vec<PlaceMention> {
        self.find_detailed(text, sentences, parses)
            .into_iter()
            .map(|f| f.mention)
            .collect()
    }

    /// Like [`Geocoder::find`], with metonymy and dateline flags and token positions.
    pub fn find_detailed(
        &self,
        text: &str,
        sentences: &[Sentence],
        _parses: Option<&[ParsedSentence]>,
    ) -> Vec<FoundPlace> {
        let (hits, context, home) = self.recognise(text, sentences);
        let streets: Vec<bool> = hits.iter().map(|h| h.street).collect();
        let mut found = self.resolve(hits, context, home);
        if streets.contains(&true) {
            let mut k = 0;
            found.retain(|_| {
                k += 1;
                !streets[k - 1]
            });
        }
        for f in &mut found {
            country_part(text, sentences, f);
        }
        found
    }

    /// The article's home country as its wording tells it (American or Commonwealth spelling, local-government
    /// words, Canadian institutions, the currency), if any; diagnostics and callers that want the article's
    /// likely country use it.
    pub fn home_country(&self, text: &str, sentences: &[Sentence]) -> Option<&'static str> {
        let mut cues = home::HomeCues::new();
        for s in sentences {
            for w in words_of(text, s) {
                cues.word(
                    w.text,
                    &w.lower,
                    text.get(w.span.end..).is_some_and(|r| r.starts_with('.')),
                );
            }
        }
        cues.country(text)
    }

    /// Resolves given name spans (for example gold toponym spans) in the context of the whole text: the
    /// article's own recognised places and demonyms give the country context. `None` where the span's text
    /// is not a gazetteer name.
    pub fn resolve_spans(
        &self,
        text: &str,
        sentences: &[Sentence],
        spans: &[Span],
    ) -> Vec<Option<PlaceMention>> {
        let (recognised, context, home) = self.recognise(text, sentences);
        let mut hits = Vec::with_capacity(spans.len() + recognised.len());
        let mut slots = Vec::with_capacity(spans.len());
        for sp in spans {
            let raw = sp.slice(text);
            let mut t = raw.trim();
            for suf in ["'s", "’s"] {
                if let Some(x) = t.strip_suffix(suf) {
                    t = x;
                }
            }
            let mut key = norm::key(t);
            if let Some(rest) = key.strip_prefix("the ") {
                key = rest.to_owned();
            }
            let mut found = match self.demonyms.get(&key).and_then(|c| self.gaz.country(c)) {
                Some(country) => Some((Shape::Name, vec![country], vec![false])),
                None => self.candidates(&key),
            };
            if found.is_none() {
                if let Some((a, rest)) = key.split_once(' ') {
                    if norm::is_article(a) {
                        found = self.candidates(rest);
                    }
                }
            }
            match found {
                Some((_, cands, alts)) if !cands.is_empty() => {
                    // Reuse what recognition learnt about the same name here (", La." qualifiers, metonymy).
                    let same = recognised
                        .iter()
                        .find(|h| h.span.overlaps(sp) && h.key == key);
                    let sentence = sentences
                        .iter()
                        .position(|s| {
                            s.span.start <= sp.start && sp.start < s.span.end.max(s.span.start + 1)
                        })
                        .unwrap_or(usize::MAX);
                    slots.push(Some(hits.len()));
                    hits.push(Hit {
                        sentence,
                        first: 0,
                        last: 0,
                        span: *sp,
                        key,
                        cands,
                        alts,
                        cue: true,
                        dateline: same.is_some_and(|h| h.dateline),
                        metonymic: same.is_some_and(|h| h.metonymic),
                        local: same.is_some_and(|h| h.local),
                        qualifier: same.and_then(|h| h.qualifier.clone()),
                        street: false,
                        within: None,
                    });
                }
                _ => slots.push(None),
            }
        }
        // Recognised places elsewhere in the text stay as context for co-occurrence.
        for mut h in recognised {
            if !spans.iter().any(|sp| sp.overlaps(&h.span)) {
                h.within = None; // indices of the recognised list
                hits.push(h);
            }
        }
        let resolved = self.resolve(hits, context, home);
        slots
            .into_iter()
            .map(|s| s.map(|i| resolved[i].mention.clone()))
            .collect()
    }
}

/// "northern Iraq", "south-east Turkey": a country named after a compass word becomes that part of it (the
/// point of [`region::point`], feature [`region::PART`]), the span taking in the compass word.
fn country_part(text: &str, sentences: &[Sentence], f: &mut FoundPlace) {
    let m = &mut f.mention;
    if m.feature != "country" || f.metonymic {
        return;
    }
    let Some(iso) = m.country.as_deref() else {
        return;
    };
    let Some(before) = text.get(..m.span.start) else {
        return;
    };
    let trimmed = before.trim_end_matches(' ');
    if trimmed.len() == before.len() || before.len() - trimmed.len() > 1 {
        return;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphabetic() || *c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let Some(word) = trimmed.get(start..) else {
        return;
    };
    let Some((lat, lon)) = region::direction(word).and_then(|d| region::point(iso, d)) else {
        return;
    };
    // A capitalised compass word in running text starts a proper name ("North America", "West Azerbaijan");
    // in a title-case headline it is only the style.
    let sentence = sentences.get(m.sentence);
    if word.starts_with(char::is_uppercase) && !sentence.is_some_and(|s| title_case(text, s)) {
        return;
    }
    m.name = format!("{} {}", word.to_lowercase(), m.name);
    m.span = Span::new(start, m.span.end);
    m.feature = region::PART.to_owned();
    m.lat = lat;
    m.lon = lon;
    m.geonameid = None;
    m.admin1 = None;
    if let Some(t) = sentence.and_then(|s| s.tokens.iter().position(|t| t.span.start == start)) {
        f.first_token = t;
    }
}

/// Most words of the sentence (three quarters of those of four letters or more) are capitalised: a title-case
/// headline.
fn title_case(text: &str, s: &Sentence) -> bool {
    let (mut long, mut caps) = (0usize, 0usize);
    for t in &s.tokens {
        let w = t.span.slice(text);
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            long += 1;
            caps += usize::from(w.starts_with(char::is_uppercase));
        }
    }
    long >= 3 && caps * 4 >= long * 3
}

#[cfg(test)]
mod tests;
