//! Saker's place stage: an embedded offline gazetteer, toponym recognition, resolution and event geocoding.
//!
//! * The gazetteer is compiled at build time from `data/place/gazetteer.tsv` (derived from GeoNames, CC BY 4.0,
//!   by `scripts/build_gazetteer.py`) and our hand-written `data/place/additions.tsv` (districts, bases,
//!   crossings, governorates, …) into a sorted key index that loads by splitting lines (no hashing, no parsing).
//! * [`Geocoder::find`] recognises place names by longest match over case-folded tokens with precision guards
//!   (capitalisation, datelines, stop-list, larger-name check, cue words, population floor) and resolves them by
//!   feature kind, population, the article's country context (countries and demonyms named) and co-occurring
//!   places (same first-level division, "City, State").
//! * [`event_place`] picks the place that governs an event.
//!
//! All spans are byte offsets into the normalised text the caller passes.

#![warn(missing_docs)]

pub mod eval;
pub mod gazetteer;
mod home;
mod norm;
mod tokenize;

use gazetteer::{haversine_km, Gazetteer, Place, Shape};
use saker_core::nlp::{ParsedSentence, PlaceMention, Sentence};
use saker_core::Span;

/// Maps of the hot path use the shared FNV-1a hasher (keys come from our data and the document).
type HashMap<K, V> = saker_core::hash::FastMap<K, V>;
type HashSet<K> = saker_core::hash::FastSet<K>;

pub use tokenize::{simple_sentences, tokens as simple_tokens};

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
/// Longest name, in tokens, tried by the matcher.
const MAX_WORDS: usize = 7;
/// A single-word town smaller than this needs a cue ("in X", "X province", a dateline) to count as a place.
const MIN_POP_WITHOUT_CUE: u64 = 5_000;

/// Words before a name that cue a place reading ("in Mosul").
const CUE_PREPS: &[&str] = &[
    "in",
    "at",
    "near",
    "from",
    "to",
    "outside",
    "inside",
    "into",
    "toward",
    "towards",
    "across",
    "around",
    "throughout",
    "via",
    "through",
    "between",
    "around",
    "beyond",
    "within",
    "reached",
    "entered",
    "visited",
];
/// Words that may stand between a cue and the name ("in the northern X").
const CUE_SKIP: &[&str] = &[
    "the",
    "a",
    "an",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "downtown",
    "rural",
    "nearby",
    "neighbouring",
    "neighboring",
    "occupied",
    "north",
    "south",
    "east",
    "west",
    "and",
    "of",
    "greater",
];
/// Nouns after which "of X" is a place ("the city of X", "north of X").
const OF_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "province",
    "governorate",
    "district",
    "region",
    "outskirts",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "capital",
    "suburbs",
    "area",
    "county",
    "state",
    "part",
    "parts",
    "center",
    "centre",
    "heart",
    "streets",
    "people",
    "residents",
    "governor",
    "mayor",
    "south-west",
    "north-east",
    "north-west",
    "south-east",
    "port",
    "coast",
    "border",
    "borders",
];
/// Hyphenated suffixes after which the first part of a word is a place ("Albany-based", "Gaza-bound").
const LOCATIVE_SUFFIXES: &[&str] = &[
    "based",
    "area",
    "born",
    "bound",
    "registered",
    "headquartered",
    "region",
    "led",
];
/// Capitalised words that may precede a name without making it part of a larger name.
const PRE_OK: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "upper",
    "lower",
    "greater",
    "downtown",
    "rural",
    "occupied",
    "outer",
    "inner",
    "metro",
    "metropolitan",
    "coastal",
    "in",
    "at",
    "near",
    "from",
    "to",
    "the",
    "a",
    "an",
    "another",
    "and",
    "but",
    "while",
    "after",
    "before",
    "across",
    "outside",
    "into",
    "of",
    "for",
    "on",
    "by",
    "with",
    "both",
    "between",
    "as",
    "like",
    "including",
    "via",
    "during",
    "since",
    "when",
    "where",
    "said",
    "says",
    "also",
    "only",
    "all",
    "even",
    "nearby",
    "neighboring",
    "neighbouring",
];
/// Capitalised words that may follow a name without making it part of a larger name.
const POST_OK: &[&str] = &[
    "province",
    "governorate",
    "district",
    "region",
    "county",
    "parish",
    "state",
    "city",
    "town",
    "village",
    "area",
    "airport",
    "border",
    "and",
    "or",
    "on",
    "in",
    "but",
    "said",
    "says",
    "is",
    "was",
    "has",
    "had",
];
/// Lower-case place-type nouns that may end a multi-word name ("Al-Qaim crossing", "Anbar province").
const TYPE_NOUNS: &[&str] = &[
    "crossing",
    "province",
    "governorate",
    "district",
    "base",
    "airbase",
    "air base",
    "airport",
    "camp",
    "port",
    "dam",
    "city",
    "region",
    "border crossing",
    "countryside",
    "refugee camp",
    "farms",
    "strip",
    "valley",
    "mountains",
    "island",
    "islands",
    "desert",
    "canal",
    "river",
    "sea",
    "gulf",
    "peninsula",
    "corridor",
];
/// Capitalised nouns after a place name that make the place a modifier of a local institution ("Paris Police",
/// "Butler County Coroner", "Toronto Transit Commission"): the place is still named, so it is kept.
const INSTITUTIONS: &[&str] = &[
    "police",
    "policemen",
    "sheriff",
    "sheriffs",
    "coroner",
    "fire",
    "council",
    "city",
    "county",
    "school",
    "schools",
    "high",
    "board",
    "commission",
    "department",
    "court",
    "courts",
    "office",
    "mayor",
    "governor",
    "transit",
    "hospital",
    "airport",
    "port",
    "municipality",
    "municipal",
    "provincial",
    "governorate",
    "operations",
    "command",
    "prison",
    "jail",
    "public",
    "community",
    "area",
    "region",
    "regional",
    "district",
    "province",
    "residents",
    "officials",
    "authorities",
    "authority",
    "administration",
    "assembly",
    "parliament",
    "legislature",
    "health",
    "water",
    "electricity",
    "chamber",
    "library",
    "museum",
    "zoo",
    "station",
    "university",
    "college",
    "club",
    "market",
    "bazaar",
    "mall",
    "bridge",
    "road",
    "highway",
    "square",
    "stadium",
    "commissioners",
    "commissioner",
    "fair",
    "fairgrounds",
    "clerk",
    "courthouse",
    "historical",
    "humane",
    "memorial",
    "medical",
    "convention",
    "visitors",
    "veterans",
    "recreation",
    "parks",
    "elementary",
    "middle",
    "academy",
    "chamber",
    "planning",
    "zoning",
    "township",
    "village",
    "town",
    "times",
];
/// Lower-case words after a name that make it the seat of a local institution ("Berea police", "Athens City
/// Council", "Jordan Elementary"): the name is a town, not a country or a state.
const LOCAL_SEATS: &[&str] = &[
    "police",
    "policemen",
    "sheriff",
    "firefighters",
    "fire",
    "council",
    "councilman",
    "councilwoman",
    "commissioners",
    "schools",
    "elementary",
    "township",
    "mayor",
    "aldermen",
    "selectmen",
    "library",
    "board",
    "parks",
];
/// Capitalised words after a name that make it part of a street's name ("Mayfield Road").
const STREET_TYPES: &[&str] = &[
    "street",
    "road",
    "avenue",
    "drive",
    "court",
    "lane",
    "boulevard",
    "blvd",
    "freeway",
    "parkway",
    "pike",
    "st",
    "rd",
    "ave",
    "terrace",
];
/// Verbs of speech after a single name that make it a person rather than a town ("Kristina said").
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "recalled",
    "recalls",
    "explained",
    "explains",
    "added",
    "adds",
    "told",
    "tells",
    "asked",
    "replied",
    "noted",
    "wrote",
    "writes",
];
/// Titles before a name that make it a person ("Mrs. Lincoln", "Gov. Perry").
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "gov",
    "sen",
    "rep",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "cpl",
    "pvt",
    "rev",
    "prof",
    "president",
    "senator",
    "governor",
    "coach",
    "judge",
    "officer",
    "deputy",
    "detective",
    "pastor",
    "mayor",
    "uncle",
    "aunt",
];
/// Verbs that, right after a polity's name, make it stand for its government ("Baghdad said").
const METONYMY_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "announced",
    "announces",
    "accused",
    "accuses",
    "denied",
    "denies",
    "warned",
    "warns",
    "rejected",
    "rejects",
    "condemned",
    "condemns",
    "insisted",
    "insists",
    "demanded",
    "demands",
    "urged",
    "urges",
    "threatened",
    "threatens",
    "vowed",
    "vows",
    "agreed",
    "agrees",
    "signed",
    "signs",
    "refused",
    "refuses",
    "wants",
    "wanted",
    "believes",
    "claimed",
    "claims",
    "responded",
    "responds",
    "retaliated",
    "sanctioned",
    "imposed",
    "imposes",
    "recalled",
    "expelled",
    "summoned",
    "welcomed",
    "welcomes",
    "backed",
    "backs",
    "supports",
    "supported",
    "called",
    "calls",
    "asked",
    "asks",
    "decided",
    "decides",
    "plans",
    "planned",
];

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

/// The built-in word lists as hash sets (the hot path tests every token against several of them).
#[derive(Debug)]
struct Lists {
    cue_preps: HashSet<&'static str>,
    cue_skip: HashSet<&'static str>,
    of_nouns: HashSet<&'static str>,
    pre_ok: HashSet<&'static str>,
    post_ok: HashSet<&'static str>,
    type_nouns: HashSet<&'static str>,
    metonymy_verbs: HashSet<&'static str>,
    institutions: HashSet<&'static str>,
    local_seats: HashSet<&'static str>,
}

impl Lists {
    fn new() -> Lists {
        let set = |l: &[&'static str]| l.iter().copied().collect::<HashSet<&'static str>>();
        Lists {
            cue_preps: set(CUE_PREPS),
            cue_skip: set(CUE_SKIP),
            of_nouns: set(OF_NOUNS),
            pre_ok: set(PRE_OK),
            post_ok: set(POST_OK),
            type_nouns: set(TYPE_NOUNS),
            metonymy_verbs: set(METONYMY_VERBS),
            institutions: set(INSTITUTIONS),
            local_seats: set(LOCAL_SEATS),
        }
    }
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
                    });
                }
                _ => slots.push(None),
            }
        }
        // Recognised places elsewhere in the text stay as context for co-occurrence.
        for h in recognised {
            if !spans.iter().any(|sp| sp.overlaps(&h.span)) {
                hits.push(h);
            }
        }
        let resolved = self.resolve(hits, context, home);
        slots
            .into_iter()
            .map(|s| s.map(|i| resolved[i].mention.clone()))
            .collect()
    }

    /// Recognition over the whole text: hits, the country context (demonyms, unambiguous countries) and the
    /// home country read from the article's wording.
    fn recognise(
        &self,
        text: &str,
        sentences: &[Sentence],
    ) -> (Vec<Hit>, HashMap<&'static str, f64>, Option<&'static str>) {
        let mut hits = Vec::new();
        let mut context: HashMap<&'static str, f64> = HashMap::default();
        let mut persons = HashSet::default();
        let mut deferred = Vec::new();
        let mut cues = home::HomeCues::new();
        for (si, s) in sentences.iter().enumerate() {
            let words = words_of(text, s);
            for w in &words {
                cues.word(
                    w.text,
                    &w.lower,
                    text.get(w.span.end..).is_some_and(|r| r.starts_with('.')),
                );
            }
            self.person_parts(&words, &mut persons);
            self.recognise_sentence(text, si, &words, &mut hits, &mut deferred, &mut context);
        }
        // One sense per document: a name the article uses as a place elsewhere is a place also as the modifier of
        // a larger name ("the Dublin City Manager", "Dublin Historical Society").
        if !deferred.is_empty() {
            let before = hits.len();
            for d in deferred {
                if hits[..before].iter().any(|h| h.key == d.key && !h.street) {
                    hits.push(d);
                }
            }
            if hits.len() > before {
                hits.sort_by_key(|h| h.span.start);
            }
        }
        let home = cues.country(text);
        if let Some(c) = home {
            *context.entry(c).or_insert(0.0) += HOME_WEIGHT;
        }
        if !persons.is_empty() {
            hits.retain(|h| {
                !(h.first == h.last
                    && !h.cue
                    && !h.dateline
                    && persons.contains(&h.key)
                    && !major_polity(&h.cands[0]))
            });
        }
        (hits, context, home)
    }

    /// Words that end a run of two or more capitalised words that is not itself a place ("Tom Jones"): a
    /// later lone "Jones" is then taken for the person.
    fn person_parts(&self, words: &[Word<'_>], out: &mut HashSet<String>) {
        let first_word = words.iter().position(|w| !w.punct).unwrap_or(0);
        let mut i = 0;
        while i < words.len() {
            let start = i;
            while i < words.len() && words[i].cap && words[i].alpha && !words[i].allcaps {
                i += 1;
            }
            let mut s = start;
            // Skip a sentence-initial function word ("The", "In").
            if s == first_word
                && s < i
                && self.stop.contains(&words[s].lower)
                && !self.given.contains(&words[s].lower)
            {
                s += 1;
            }
            if i >= s + 2 {
                let last = &words[i - 1];
                let firstw = &words[s];
                let key = {
                    let mut k = String::new();
                    for w in &words[s..i] {
                        norm::push_key(w.text, &mut k);
                        k.push(' ');
                    }
                    let mut k = k.trim_end().to_owned();
                    norm::canonical_words(&mut k);
                    k
                };
                if !self.gaz.contains(&key)
                    && !self.lists.pre_ok.contains(&firstw.lower.as_str())
                    && !self.lists.post_ok.contains(&last.lower.as_str())
                    && !self.lists.type_nouns.contains(&last.lower.as_str())
                    && !self.stop.contains(&last.lower)
                {
                    // "Martin's": the person is "Martin".
                    let core = last
                        .text
                        .get(..last.core.end.saturating_sub(last.span.start))
                        .unwrap_or(last.text);
                    out.insert(norm::key(core));
                }
            }
            i = i.max(start + 1);
        }
    }

    fn recognise_sentence(
        &self,
        text: &str,
        si: usize,
        words: &[Word<'_>],
        hits: &mut Vec<Hit>,
        deferred: &mut Vec<Hit>,
        context: &mut HashMap<&'static str, f64>,
    ) {
        let n_alpha = words.iter().filter(|w| w.alpha).count();
        let n_caps = words.iter().filter(|w| w.alpha && w.allcaps).count();
        let headline = n_alpha >= 3 && n_caps * 10 >= n_alpha * 6;
        let first_word = words.iter().position(|w| !w.punct).unwrap_or(0);
        let mut key = String::with_capacity(64);
        let mut i = 0;
        while i < words.len() {
            let w = &words[i];
            let demonym = self.demonyms.get(&w.lower).copied();
            if !self.can_start(w, words.get(i + 1)) {
                i += 1;
                continue;
            }
            // Longest match.
            let mut best: Option<(usize, String, usize)> = None;
            key.clear();
            let mut j = i;
            while j < words.len() && j < i + MAX_WORDS {
                let wj = &words[j];
                if j > i {
                    let glued = words[j - 1].span.end == wj.span.start;
                    if wj.punct && !(glued && matches!(wj.text, "-" | "'" | "’" | ".")) {
                        break;
                    }
                    if words[j - 1].core != words[j - 1].span {
                        break; // a possessive ends a name
                    }
                }
                let start = words[i].span.start;
                key.clear();
                norm::push_key(text.get(start..wj.core.end).unwrap_or(""), &mut key);
                norm::canonical_words(&mut key);
                if key.is_empty() {
                    j += 1;
                    continue;
                }
                let mut stripped = String::new();
                let (found, longer) = self.gaz.probe(&key);
                let key_ok = found.is_some();
                let last_ok = wj.cap
                    || wj.arabic
                    || wj.text.chars().next().is_some_and(|c| c.is_numeric())
                    || (j > i && self.lists.type_nouns.contains(&wj.lower.as_str()));
                if let (Some(ki), true) = (found, !wj.punct && last_ok) {
                    best = Some((j, key.clone(), ki));
                } else if !key_ok {
                    if let Some((a, rest)) = key.split_once(' ') {
                        if matches!(a, "al" | "el") && wj.cap {
                            stripped = rest.to_owned();
                        }
                    }
                    if !stripped.is_empty() {
                        if let Some(ki) = self.gaz.find_key(&stripped) {
                            best = Some((j, stripped.clone(), ki));
                        }
                    }
                }
                if !longer && (stripped.is_empty() || !self.gaz.has_longer(&stripped)) {
                    break;
                }
                j += 1;
            }
            if let Some(c) = demonym {
                // "the Iraqi capital": the capital city of that country.
                if let (Some(nx), Some(cap)) = (words.get(i + 1), self.gaz.capital(c)) {
                    if nx.lower == "capital" && nx.span.start > w.span.end {
                        *context.entry(c).or_insert(0.0) += 1.0;
                        hits.push(Hit {
                            sentence: si,
                            first: i,
                            last: i + 1,
                            span: Span::new(w.span.start, nx.span.end),
                            key: norm::key(cap.name),
                            cands: vec![cap],
                            alts: vec![false],
                            cue: true,
                            dateline: false,
                            metonymic: false,
                            local: false,
                            qualifier: None,
                            street: false,
                        });
                        i += 2;
                        continue;
                    }
                }
                // "Iraqi" is not a place, but "Saudi Arabia" is.
                if best.as_ref().is_none_or(|b| b.0 == i) {
                    *context.entry(c).or_insert(0.0) += 1.0;
                    i += 1;
                    continue;
                }
            }
            let Some((last, k, ki)) = best else {
                i += 1;
                continue;
            };
            if last == i && self.stop.contains(&k) {
                i += 1;
                continue;
            }
            let Some((shape, cands, alts)) = self.candidates_at(ki) else {
                i += 1;
                continue;
            };
            if cands.is_empty() {
                i += 1;
                continue;
            }
            let span = Span::new(words[i].span.start, words[last].core.end);
            let surface = span.slice(text);
            let single = last == i;
            let rest = text.get(span.end..).unwrap_or("");
            let after = rest.chars().next();
            // Shape of the text against the key.
            let all_upper = surface
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
            let ok_shape = match shape {
                Shape::Acronym => all_upper,
                Shape::Abbreviation => surface.contains('.') || after == Some('.'),
                Shape::Name => true,
            };
            let before = text.get(..span.start).unwrap_or("");
            let line_start = before.rfind('\n').map_or(0, |p| p + 1);
            let at_line_start = before.get(line_start..).unwrap_or("").trim().is_empty();
            let rest_trim = rest.trim_start_matches([' ', '\t']);
            let dateline = (at_line_start || i == first_word)
                && letters >= 3
                && ((all_upper
                    && (rest_trim.starts_with(['–', '—', '-', ',', ':', '('])
                        || rest_trim.starts_with("--")))
                    // "Albany — An Albany man …": a title-case dateline needs a dash.
                    || (words[i].cap
                        && (rest_trim.starts_with(['–', '—']) || rest_trim.starts_with("--"))));
            let top = &cands[0];
            let mut ok = ok_shape;
            if ok && shape == Shape::Name && all_upper && letters >= 2 {
                ok = dateline || headline || top.feature == "country";
            }
            // Cue words before the name.
            let cue = dateline
                || self.cue_before(words, i)
                || text
                    .get(words[last].core.end..words[last].span.end)
                    .is_some_and(|x| x.starts_with('-'));
            let next = words.get(last + 1);
            let prev = i.checked_sub(1).map(|p| &words[p]);
            if ok && single && self.stop.contains(&k) {
                ok = false;
            }
            if ok && single && shape == Shape::Name && words[i].lower.len() <= 2 {
                ok = false;
            }
            // Part of a larger capitalised name ("Shafaq News", "Chiquita Raquel Henry")? Kept aside: it counts
            // when the article names the same place on its own.
            let mut larger = false;
            if ok && !matches!(top.feature, "country" | "admin1") {
                if let Some(nx) = next {
                    if nx.cap
                        && nx.alpha
                        && !(dateline && nx.allcaps)
                        && !self.lists.post_ok.contains(&nx.lower.as_str())
                        && !self.lists.institutions.contains(&nx.lower.as_str())
                        && words[last].core == words[last].span
                        && nx.span.start > span.end
                        && !text
                            .get(span.end..nx.span.start)
                            .unwrap_or(",")
                            .contains(['\n', ',', ';', ':', '(', ')', '"'])
                        && !matches!(
                            self.gaz.top_feature(&nx.lower),
                            Some("country" | "admin1" | "capital")
                        )
                    {
                        larger = true;
                    }
                }
                if let Some(pv) = prev {
                    let between = text.get(pv.span.end..span.start).unwrap_or(",");
                    let separated =
                        between.contains(['\n', ',', ';', ':', '(', ')', '"', '“', '”']);
                    let initial_function_word =
                        i - 1 == first_word && self.stop.contains(&pv.lower);
                    let harmless = separated
                        || headline
                        || initial_function_word
                        || self.lists.pre_ok.contains(&pv.lower.as_str());
                    if pv.cap && pv.alpha && !harmless {
                        ok = false;
                    }
                }
                if larger && self.stop.contains(&k) {
                    ok = false;
                }
            }
            // A street named after a town ("Mayfield Road", "Darby Street"); counties and states keep their
            // courts and roads ("Meigs County Court", "Kentucky Court of Appeals"). Kept aside like any larger
            // name; where the article names the town on its own too, the street stays context but is not reported.
            let street = ok
                && top.feature == "city"
                && !cands
                    .iter()
                    .any(|c| matches!(c.feature, "admin1" | "admin2" | "country"))
                && next.is_some_and(|nx| {
                    nx.cap && nx.span.start > span.end && STREET_TYPES.contains(&nx.lower.as_str())
                });
            // A person: "Kristina said", "Flores, 26,", "Mrs. Lincoln", "I’ve".
            if ok && single && !major_polity(top) && self.person_context(words, i, last, cue, top) {
                ok = false;
            }
            // Sentence-initial small places without a cue.
            if ok && single && !cue && !top.is_polity() && top.feature != "continent" {
                let big = cands
                    .iter()
                    .any(|c| c.population >= MIN_POP_WITHOUT_CUE || c.feature != "city");
                if !big {
                    ok = false;
                }
                if ok && i == first_word && top.population < 100_000 && top.feature == "city" {
                    ok = false;
                }
            }
            if !ok {
                i += 1;
                continue;
            }
            // "Baghdad said": the polity for its government.
            let metonymic = cands.iter().take(1).any(Place::is_polity)
                && next.is_some_and(|nx| {
                    self.lists.metonymy_verbs.contains(&nx.lower.as_str())
                        && nx.span.start > span.end
                        || nx.lower == "'s"
                            && words.get(last + 2).is_some_and(|x| x.lower == "government")
                });
            // "Berea police", "Athens City Council": the seat of a local institution.
            let local = next.is_some_and(|nx| {
                nx.span.start > span.end
                    && (self.lists.local_seats.contains(&nx.lower.as_str())
                        || (nx.lower == "city"
                            && words.get(last + 2).is_some_and(|x| {
                                self.lists.local_seats.contains(&x.lower.as_str())
                                    || matches!(x.lower.as_str(), "commission" | "manager" | "hall")
                            })))
            });
            // ", Qualifier" right after ("Alexandria, La.", "Mosul, Iraq").
            let mut qualifier = None;
            if next.is_some_and(|nx| nx.text == ",") {
                if let Some(q) = words.get(last + 2) {
                    if q.cap {
                        let mut qk = String::new();
                        let qend = if words
                            .get(last + 3)
                            .is_some_and(|x| x.cap && x.span.start > q.span.end)
                        {
                            words[last + 3].core.end
                        } else {
                            q.core.end
                        };
                        norm::push_key(text.get(q.span.start..qend).unwrap_or(""), &mut qk);
                        norm::canonical_words(&mut qk);
                        let found = self.gaz.lookup(&qk).or_else(|| self.gaz.lookup(&q.lower));
                        if let Some((_, qc)) = found {
                            if let Some(p) = qc
                                .iter()
                                .find(|p| matches!(p.feature, "country" | "admin1"))
                            {
                                qualifier = Some((
                                    p.country.to_owned(),
                                    if p.feature == "admin1" {
                                        norm::key(p.name)
                                    } else {
                                        String::new()
                                    },
                                ));
                            }
                        }
                    }
                }
            }
            if top.feature == "country" && cands.len() == 1 && !larger {
                *context.entry(top.country).or_insert(0.0) += 1.0;
            }
            let out = if larger { &mut *deferred } else { &mut *hits };
            out.push(Hit {
                sentence: si,
                first: i,
                last,
                span,
                key: k,
                cands,
                alts,
                cue,
                dateline,
                metonymic,
                local,
                qualifier,
                street,
            });
            i = last + 1;
        }
    }

    /// The single word at `i..=last` reads as a person: a small town's name without a cue followed by a
    /// speech verb ("Kristina said"), a name followed by an age (", 26,"), preceded by a capitalised title
    /// ("Mrs. Lincoln") or an initial ("Ashley L. Evens"), or a contraction ("I’ve").
    fn person_context(
        &self,
        words: &[Word<'_>],
        i: usize,
        last: usize,
        cue: bool,
        top: &Place,
    ) -> bool {
        let w = &words[i];
        let t = w.text;
        if [
            "’ve", "'ve", "’ll", "'ll", "’re", "'re", "’m", "'m", "’d", "'d",
        ]
        .iter()
        .any(|x| t.ends_with(x))
        {
            return true;
        }
        let next = words.get(last + 1);
        // "Liverpool said", "from Brampton said", "Europe added": clubs, places and areas speak too.
        let small_town = !cue && top.feature == "city" && top.population < 50_000;
        if small_town && next.is_some_and(|n| SPEECH_VERBS.contains(&n.lower.as_str())) {
            return true;
        }
        if next.is_some_and(|n| n.text == ",")
            && words.get(last + 2).is_some_and(|a| {
                (1..=2).contains(&a.text.len()) && a.text.bytes().all(|b| b.is_ascii_digit())
            })
            && words.get(last + 3).is_some_and(|c| c.text == ",")
        {
            return true;
        }
        // "Ashley L. Evens": an initial before the name.
        if i >= 2 && words[i - 1].text == "." && {
            let p = words[i - 2].text;
            // Not a compass abbreviation ("W. Columbia").
            p.len() == 1
                && p.bytes()
                    .all(|b| b.is_ascii_uppercase() && !b"NSEW".contains(&b))
        } {
            return true;
        }
        let title = |k: usize| {
            words
                .get(k)
                .is_some_and(|p| p.cap && TITLES.contains(&p.lower.as_str()))
        };
        match i.checked_sub(1).map(|p| &words[p]) {
            Some(p) if p.text == "." => i >= 2 && title(i - 2),
            Some(_) => title(i - 1),
            None => false,
        }
    }

    fn can_start(&self, w: &Word<'_>, next: Option<&Word<'_>>) -> bool {
        if w.punct {
            return false;
        }
        if w.cap {
            return true;
        }
        if !w.alpha {
            return false;
        }
        // Arabic-script names.
        if w.text
            .chars()
            .next()
            .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
        {
            return true;
        }
        // "al Tanf", "al - Tanf" ("al-Tanf" as one token counts as capitalised).
        if matches!(w.lower.as_str(), "al" | "el") {
            return next.is_some_and(|n| n.cap || n.text == "-");
        }
        false
    }

    fn cue_before(&self, words: &[Word<'_>], i: usize) -> bool {
        let mut k = i;
        let mut steps = 0;
        while k > 0 && steps < 4 {
            k -= 1;
            steps += 1;
            let l = words[k].lower.as_str();
            if self.lists.cue_preps.contains(&l) {
                return true;
            }
            if l == "of" {
                return k > 0 && self.lists.of_nouns.contains(&words[k - 1].lower.as_str());
            }
            if !self.lists.cue_skip.contains(&l) {
                return false;
            }
        }
        false
    }

    /// Bare county names: "Oxford" in an article whose other towns lie in Oxford County (Woodstock,
    /// Ontario) gets that county as a candidate, so that containment can pick it.
    fn add_bare_counties(&self, hits: &mut [Hit]) {
        // (country, admin1, admin2, hit) of the leading town candidates.
        let mut seats: Vec<(&'static str, &'static str, &'static str, usize)> = Vec::new();
        for (hi, h) in hits.iter().enumerate() {
            for c in h.cands.iter().take(3) {
                if !c.admin2.is_empty() && c.feature != "admin2" {
                    seats.push((c.country, c.admin1, c.admin2, hi));
                }
            }
        }
        if seats.is_empty() {
            return;
        }
        // States and provinces the article names.
        let named: Vec<(&'static str, &'static str)> = hits
            .iter()
            .filter_map(|h| h.cands.first())
            .filter(|c| c.feature == "admin1")
            .map(|c| (c.country, c.name))
            .collect();
        let mut added: Vec<(usize, Place)> = Vec::new();
        let mut tried: Vec<&str> = Vec::new();
        let mut key = String::new();
        for (hi, h) in hits.iter().enumerate() {
            // Names of areas keep their own readings.
            let area = h
                .cands
                .iter()
                .any(|c| matches!(c.feature, "admin2" | "admin1" | "country" | "capital"));
            if area || tried.contains(&h.key.as_str()) {
                continue;
            }
            tried.push(h.key.as_str());
            // Cheap test first: some town of the article lies in a division whose name starts with this one.
            let n = h.key.len();
            let prefix_of = |a2: &str| {
                a2.len() > n
                    && a2.is_char_boundary(n)
                    && a2[..n].eq_ignore_ascii_case(&h.key)
                    && a2.as_bytes()[n] == b' '
            };
            if !seats.iter().any(|s| prefix_of(s.2)) {
                continue;
            }
            for suffix in [" county", " parish"] {
                key.clear();
                key.push_str(&h.key);
                key.push_str(suffix);
                let Some((_, cands)) = self.gaz.lookup(&key) else {
                    continue;
                };
                for c in cands {
                    let inside = seats.iter().any(|&(co, a1, a2, hj)| {
                        hits[hj].key != h.key && (co, a1, a2) == (c.country, c.admin1, c.name)
                    });
                    // Only where the name has no town of its own in that state or province, nor a big city
                    // in that country ("Houston", "New York"), nor a town in a state the article names.
                    let own_town = h.cands.iter().any(|x| {
                        (x.country == c.country
                            && (x.admin1 == c.admin1 || x.population >= 100_000))
                            || named.contains(&(x.country, x.admin1))
                    });
                    if c.feature == "admin2" && inside && !own_town {
                        added.push((hi, c));
                    }
                }
            }
        }
        // Every mention of the name gets the county.
        for (hi, c) in added {
            let k = hits[hi].key.clone();
            for h in hits.iter_mut().filter(|h| h.key == k) {
                if !h.cands.iter().any(|x| x.index == c.index) {
                    h.cands.push(c.clone());
                    h.alts.push(false);
                }
            }
        }
    }

    fn resolve(
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

/// Countries, capitals and populous first-level divisions: names that stay places even when the article also
/// uses them as a person's surname ("Jordan", "Washington"), unlike small divisions ("Flores").
fn major_polity(p: &Place) -> bool {
    matches!(p.feature, "country" | "capital")
        || (p.feature == "admin1" && p.population >= 1_000_000)
}

/// Cheap pre-check before a distance: longitudes within `deg` degrees (across the antimeridian too). Callers
/// pick `deg` wide enough for their radius at the latitudes where people live (≤ ~75°).
fn lon_near(a: f64, b: f64, deg: f64) -> bool {
    let d = (a - b).abs();
    d < deg || d > 360.0 - deg
}

/// More than 161 km apart (cheap checks first; the great-circle distance only near the threshold).
fn far_apart(a: &Place, b: &Place) -> bool {
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
fn flat_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64, cos_lat: f64) -> f64 {
    let mut dlon = (lon1 - lon2).abs();
    if dlon > 180.0 {
        dlon = 360.0 - dlon;
    }
    let dx = dlon * cos_lat;
    let dy = lat1 - lat2;
    111.2 * (dx * dx + dy * dy).sqrt()
}

/// Lead of the best candidate's prior over the next one far from it.
fn margin_prior(c: &[Place]) -> f64 {
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

fn words_of<'a>(text: &'a str, s: &Sentence) -> Vec<Word<'a>> {
    s.tokens
        .iter()
        .filter(|t| {
            t.span.end <= text.len()
                && text.is_char_boundary(t.span.start)
                && text.is_char_boundary(t.span.end)
        })
        .map(|t| {
            let w = t.span.slice(text);
            let mut core = t.span;
            for suf in ["'s", "’s", "'", "’"] {
                if w.len() > suf.len() + 1 && w.ends_with(suf) {
                    core = Span::new(t.span.start, t.span.end - suf.len());
                    break;
                }
            }
            // "Albany-based", "Gainesville-area": the place is the part before the hyphen.
            if core == t.span && w.len() > 4 && w.as_bytes()[0].is_ascii_uppercase() {
                if let Some(h) = w.rfind('-') {
                    let suffix = &w[h + 1..];
                    if h > 1
                        && LOCATIVE_SUFFIXES
                            .iter()
                            .any(|x| suffix.eq_ignore_ascii_case(x))
                    {
                        core = Span::new(t.span.start, t.span.start + h);
                    }
                }
            }
            let first = w.chars().next();
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            Word {
                span: t.span,
                core,
                text: w,
                lower: norm::key(w),
                cap: first.is_some_and(char::is_uppercase) || {
                    let l = w.get(..3).unwrap_or("");
                    (l.eq_ignore_ascii_case("al-") || l.eq_ignore_ascii_case("el-"))
                        && w[3..].chars().next().is_some_and(char::is_uppercase)
                },
                allcaps: letters >= 2
                    && w.chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase),
                alpha: letters > 0,
                punct: !w.chars().any(char::is_alphanumeric),
                arabic: first.is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            }
        })
        .collect()
}

/// The place that governs an event: a place attached to the trigger in the parse (in the trigger's subtree
/// through `obl`/`nmod`/`advmod` with a locative case marker "in/at/near/on/…"), else the most specific place in
/// the event's sentence (nearest the trigger on ties), else the article's dateline place, else `None`.
///
/// The dateline place is taken to be a city or capital that opens one of the first three sentences.
pub fn event_place(
    ev_sentence: usize,
    trigger_token: usize,
    sentences: &[Sentence],
    parses: Option<&[ParsedSentence]>,
    places: &[PlaceMention],
) -> Option<usize> {
    let sent = sentences.get(ev_sentence)?;
    let token_of = |span: Span| -> Option<usize> {
        // The last token inside the mention: the head of a multi-word name in English.
        sent.tokens
            .iter()
            .rposition(|t| span.contains(&t.span) || t.span.overlaps(&span))
    };
    let in_sentence: Vec<usize> = (0..places.len())
        .filter(|&i| places[i].sentence == ev_sentence)
        .collect();
    // 1. Syntactic attachment.
    if let Some(parse) = parses.and_then(|p| p.get(ev_sentence)) {
        if parse.len() == sent.tokens.len() {
            let mut best: Option<(usize, usize)> = None;
            for &pi in &in_sentence {
                let Some(tok) = token_of(places[pi].span) else {
                    continue;
                };
                if let Some(depth) = attached(parse, tok, trigger_token) {
                    if best.is_none_or(|(d, _)| depth < d) {
                        best = Some((depth, pi));
                    }
                }
            }
            if let Some((_, pi)) = best {
                return Some(pi);
            }
        }
    }
    // 2. The most specific place in the sentence, nearest the trigger.
    let trig_pos = sent
        .tokens
        .get(trigger_token)
        .map(|t| t.span.start)
        .unwrap_or(sent.span.start);
    if let Some(pi) = in_sentence.iter().copied().max_by(|&a, &b| {
        let (sa, sb) = (specificity(&places[a]), specificity(&places[b]));
        sa.cmp(&sb).then_with(|| {
            let da = places[a].span.start.abs_diff(trig_pos);
            let db = places[b].span.start.abs_diff(trig_pos);
            db.cmp(&da)
        })
    }) {
        return Some(pi);
    }
    // 3. The dateline.
    (0..places.len()).find(|&i| {
        let p = &places[i];
        (p.sentence == usize::MAX
            || (p.sentence < 3
                && sentences
                    .get(p.sentence)
                    .and_then(|s| s.tokens.first())
                    .is_some_and(|t| t.span.start == p.span.start)))
            && matches!(p.feature.as_str(), "city" | "capital" | "district")
    })
}

fn specificity(p: &PlaceMention) -> u8 {
    match p.feature.as_str() {
        "continent" => 0,
        "region" | "water" => 1,
        "country" => 2,
        "admin1" => 3,
        "admin2" => 4,
        "capital" | "city" => 5,
        _ => 6,
    }
}

/// If token `tok` (0-based) hangs below `trigger` through locative relations, the depth of the path.
fn attached(parse: &ParsedSentence, tok: usize, trigger: usize) -> Option<usize> {
    const LOC_CASES: &[&str] = &[
        "in",
        "at",
        "near",
        "on",
        "outside",
        "inside",
        "across",
        "around",
        "into",
        "throughout",
        "within",
        "from",
        "off",
        "along",
        "beside",
        "towards",
        "toward",
    ];
    let rel_ok = |d: &str| {
        let base = d.split(':').next().unwrap_or(d);
        matches!(
            base,
            "obl" | "nmod" | "advmod" | "compound" | "flat" | "appos" | "conj"
        )
    };
    // The place token must carry a locative case marker (on itself or its nominal head).
    let has_case = |t: usize| {
        parse.iter().enumerate().any(|(k, s)| {
            s.head == t + 1
                && s.deprel == "case"
                && LOC_CASES.contains(&s.lemma.to_lowercase().as_str())
                && k != t
        })
    };
    let mut cur = tok;
    let mut depth = 0;
    let mut cased = has_case(cur);
    while depth < 8 {
        let s = parse.get(cur)?;
        if s.head == 0 {
            return None;
        }
        if !rel_ok(&s.deprel) {
            return None;
        }
        let h = s.head - 1;
        depth += 1;
        if h == trigger {
            return cased.then_some(depth);
        }
        cur = h;
        cased = cased || has_case(cur);
    }
    None
}

#[cfg(test)]
mod tests;
