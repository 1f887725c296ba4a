//! Recognition, resolution and coreference of actor mentions.

use crate::kb::{Agent, Entity, Kb};
use crate::ner::{Cue, NerType, TaggedSpan};
use crate::norm::{self, Word};
use crate::ActorError;
use jiff::civil::Date;
use saker_core::nlp::{ActorKind, ActorMention, MentionVia, ParsedSentence, Sentence, Upos};
use saker_core::Span;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Coarse named-entity label of a mention (used by the NER scorers and by callers that want
/// places or nationalities out of the same pass).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NerLabel {
    /// A person.
    Per,
    /// An organisation, group, government body or generic collective agent.
    Org,
    /// A place (country or capital used as a place, or an unknown name with place cues).
    Loc,
    /// A nationality or demonym ("Iraqi").
    Norp,
    /// A name of unknown type.
    Misc,
}

/// A mention with the details that [`ActorMention`] has no field for.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The mention in the shared interchange type.
    pub actor: ActorMention,
    /// Countries backing the actor ("Iran-backed militias" → `IRN`).
    pub sponsors: Vec<String>,
    /// Coarse NER label.
    pub ner: NerLabel,
    /// Span of the antecedent mention, for coreference.
    pub antecedent: Option<Span>,
    /// True when the mention is an actor (false for places and bare nationalities used as
    /// modifiers that were not merged into an actor).
    pub is_actor: bool,
    /// The name itself inside `actor.span`, without a title, demonym or leading "the"
    /// ("Mahmoud Abbas" in "President Mahmoud Abbas"); equal to the span otherwise.
    pub name_span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Name,
    Demonym,
    Capital,
    Translated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Ent(u32, Role),
    Agent(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CaseReq {
    Any,
    Cap,
    Upper,
    /// Mixed-case single word (`LeT`): the same letters must be upper-case.
    Exact(u32),
}

#[derive(Debug, Clone)]
struct Payload {
    target: Target,
    case: CaseReq,
    /// The lower-case spellings of the aliases that gave this key, one per line.
    lower: Box<str>,
}

impl Payload {
    /// True when `ws` spell one of the aliases exactly (in lower case), not only by the
    /// transliteration folding.
    fn written_as(&self, ws: &[Word]) -> bool {
        // split as bytes: no string searcher set up per call (this runs for every match)
        self.lower
            .as_bytes()
            .split(|&b| b == b'\n')
            .any(|l| lower_eq(l, ws))
    }
}

use crate::norm::{FastMap, FastSet};

mod doc_cues;
use doc_cues::{
    corp_suffix, name_parts_of_people, storms_and_acronyms, types_from_document, DocCues,
    STORM_WORDS,
};

fn set_of(words: &'static [&'static str]) -> FastSet<&'static str> {
    words.iter().copied().collect()
}

fn in_list(
    cell: &'static OnceLock<FastSet<&'static str>>,
    words: &'static [&'static str],
    w: &str,
) -> bool {
    cell.get_or_init(|| set_of(words)).contains(w)
}

static HONORIFIC_SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
static STOP_SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
static ORG_SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
static LOC_SET: OnceLock<FastSet<&'static str>> = OnceLock::new();

fn is_honorific(w: &str) -> bool {
    in_list(&HONORIFIC_SET, HONORIFICS, w)
}
fn is_stop(w: &str) -> bool {
    in_list(&STOP_SET, STOP_CAPS, w)
}
fn is_org_word(w: &str) -> bool {
    in_list(&ORG_SET, ORG_WORDS, w)
}
fn is_loc_word(w: &str) -> bool {
    in_list(&LOC_SET, LOC_WORDS, w)
}

thread_local! {
    /// Word buffers and the word-form memo of [`ActorStage::find_detailed`], kept per thread
    /// from one article to the next (frequent words are then folded once per thread), with the
    /// stage's lookups of each memoised form (see [`FormCache`]).
    static WORD_SCRATCH: std::cell::RefCell<(norm::Scratch, FormCache)> =
        std::cell::RefCell::new((norm::Scratch::default(), FormCache::default()));
}

/// What [`ActorStage::form_info`] gave for each word form of a thread's word-form memo, indexed
/// by [`Word::form`]: the vocabulary, first-name and word-list lookups then happen once per
/// distinct word form, not at every occurrence.
#[derive(Debug, Default)]
struct FormCache {
    /// [`ActorStage`] `uid` of the stage the entries were computed by (0: none).
    owner: u64,
    /// [`norm::Scratch::generation`] the form ids belong to.
    generation: u64,
    /// Packed [`ActorStage::form_info`] by form id; 0: not computed yet.
    info: Vec<u64>,
    /// [`crate::ner::Model::form_scores`] of the stage's tagger by form id; `None`: not
    /// computed yet.
    ner: Vec<Option<[i32; 8]>>,
}

impl FormCache {
    /// [`crate::ner::Model::form_scores`] of `w`, computed once per word form (the cache must
    /// belong to the stage that owns `model`, for the memo generation `w` was split under).
    fn ner_scores(&mut self, w: &Word, model: &crate::ner::Model) -> [i32; 8] {
        if w.form == norm::NO_FORM {
            return model.form_scores(w);
        }
        let id = w.form as usize;
        if id >= self.ner.len() {
            self.ner.resize(id + 1, None);
        }
        *self.ner[id].get_or_insert_with(|| model.form_scores(w))
    }
}

/// Set in every packed [`ActorStage::form_info`] (so that a computed entry is never 0).
const INFO_SET: u64 = 1 << 63;

/// Set in a packed [`ActorStage::form_info`] when the word counts for [`is_shouting_with`] (see
/// [`wordy`]).
const INFO_WORDY: u64 = 1 << 40;

/// A new stage identity for [`FormCache::owner`] (changes whenever a stage's vocabulary does).
fn next_uid() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Vocabulary token id of a packed [`ActorStage::form_info`] (`u32::MAX`: in no alias).
fn info_tok(info: u64) -> u32 {
    (info & u64::from(u32::MAX)) as u32
}

/// Tagger cue flags of a packed [`ActorStage::form_info`] (word lists and first names).
fn info_flags(info: u64) -> u8 {
    ((info >> 32) & 0xff) as u8
}

/// The compiled actor stage: knowledge base plus matcher. `Send + Sync`; build once, share.
#[derive(Debug)]
pub struct ActorStage {
    entities: Vec<Entity>,
    agents: Vec<Agent>,
    vocab: FastMap<String, u32>,
    edges: FastMap<(u32, u32), u32>,
    /// The child of the trie's root by token id (`u32::MAX`: none), the same as `edges` from
    /// node 0: the first step of every match, looked up for most words, is an array read.
    root: Vec<u32>,
    payloads: Vec<Vec<Payload>>,
    surnames: FastMap<String, Vec<u32>>,
    first_names: crate::gate::GatedSet,
    by_id: HashMap<String, u32>,
    /// Word buffers for compiling aliases.
    scratch: norm::Scratch,
    /// The trained name tagger, if one is loaded (see [`ActorStage::with_tagger`]).
    ner: Option<crate::ner::Model>,
    /// Identity of this stage's vocabulary for the per-thread [`FormCache`] (new after
    /// [`ActorStage::extend`]).
    uid: u64,
}

/// Greetings and openers written with a capital before a name ("Good Morning Debra", "Welcome
/// Darin", "Like Ben, I …"): never the start of the name. (Not in [`STOP_CAPS`], whose words are a
/// tagger feature.)
const OPENERS: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "welcome",
    "congratulations",
    "congrats",
    "cheers",
    "like",
    "unlike",
];

const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "lord",
    "lady",
    "sheikh",
    "shaikh",
    "sheik",
    "sayyid",
    "sayed",
    "ayatollah",
    "imam",
    "mullah",
    "hajji",
    "haji",
    "mme",
    "herr",
    "monsieur",
    "madame",
    "rev",
    "reverend",
    "father",
    "brother",
    "sister",
    "saint",
    "st",
    "uncle",
    "aunt",
    "mister",
    "hon",
    "senator",
    "sen",
    "rep",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "judge",
    "justice",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "sultan",
    "pope",
    "cardinal",
    "bishop",
    "archbishop",
    "rabbi",
    "pastor",
    "colonel",
    "col",
    "gen",
    "general",
    "lt",
    "maj",
    "major",
    "capt",
    "captain",
    "sgt",
    "sergeant",
    "cpl",
    "adm",
    "admiral",
    "commander",
    "cmdr",
    "mayor",
    "chancellor",
    "president",
    "premier",
    "minister",
    "secretary",
    "ambassador",
    "mufti",
    "marshal",
    "field",
    "officer",
    "coach",
];

const STOP_CAPS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "of",
    "for",
    "to",
    "and",
    "or",
    "but",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "when",
    "where",
    "what",
    "who",
    "why",
    "how",
    "if",
    "as",
    "after",
    "before",
    "while",
    "during",
    "despite",
    "although",
    "though",
    "since",
    "because",
    "with",
    "without",
    "by",
    "from",
    "into",
    "about",
    "over",
    "under",
    "between",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "dec",
    "nov",
    "oct",
    "sept",
    "feb",
    "today",
    "yesterday",
    "tomorrow",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "do",
    "does",
    "did",
    "not",
    "no",
    "yes",
    "so",
    "then",
    "also",
    "all",
    "some",
    "any",
    "many",
    "most",
    "more",
    "other",
    "such",
    "one",
    "two",
    "three",
    "mr",
    "mrs",
    "ms",
    "dr",
    "both",
    "each",
    "every",
    "hi",
    "hello",
    "thanks",
    "thank",
    "please",
    "ok",
    "okay",
    "well",
    "just",
    "only",
    "even",
    "still",
    "yet",
    "now",
    "again",
    "once",
    "very",
    "really",
    "however",
    "meanwhile",
    "according",
    "earlier",
    "later",
    "last",
    "next",
    "first",
    "new",
    "let",
    "lol",
    "oh",
    "wow",
    "hey",
    "dear",
    "regards",
    "best",
    "great",
    "good",
    "would",
    "could",
    "should",
    "will",
    "can",
    "must",
    "might",
    "have",
    "has",
    "had",
    "get",
    "go",
    "see",
    "look",
    "check",
    "note",
    "re",
    "fw",
    "fwd",
    "subject",
    "sent",
    "cc",
    "tv",
    "am",
    "pm",
    "ad",
    "bc",
    "ps",
    "asap",
    "fyi",
    "btw",
    "omg",
    "www",
    "http",
    "https",
    "com",
    "email",
    "mail",
];

const ORG_WORDS: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "company",
    "co",
    "ltd",
    "llc",
    "plc",
    "bank",
    "university",
    "college",
    "school",
    "institute",
    "association",
    "council",
    "committee",
    "party",
    "ministry",
    "department",
    "agency",
    "organization",
    "organisation",
    "group",
    "foundation",
    "club",
    "church",
    "hospital",
    "airlines",
    "airways",
    "airline",
    "times",
    "news",
    "post",
    "network",
    "union",
    "federation",
    "commission",
    "court",
    "authority",
    "army",
    "force",
    "forces",
    "brigade",
    "brigades",
    "front",
    "movement",
    "services",
    "systems",
    "technologies",
    "society",
    "center",
    "centre",
    "board",
    "office",
    "bureau",
    "academy",
    "league",
    "fund",
    "trust",
    "press",
    "media",
    "tv",
    "radio",
    "journal",
    "magazine",
    "herald",
    "tribune",
    "gazette",
    "telegraph",
    "guardian",
    "international",
    "industries",
    "holdings",
    "partners",
    "associates",
    "enterprises",
    "solutions",
    "energy",
    "motors",
    "pharmaceuticals",
    "labs",
    "laboratories",
    "store",
    "stores",
    "restaurant",
    "cafe",
    "hotel",
    "inn",
    "pizza",
    "grill",
    "bar",
    "pub",
    "bakery",
    "salon",
    "spa",
    "clinic",
    "dental",
    "insurance",
    "securities",
    "capital",
    "management",
    "consulting",
    "mission",
    "assembly",
    "parliament",
    "senate",
    "congress",
    "cabinet",
    "police",
    "navy",
    "guard",
    "guards",
    "corps",
    "battalion",
    "regiment",
    "division",
    "squad",
    "unit",
    "team",
    "fc",
    "cup",
    "nations",
];

const LOC_WORDS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "river",
    "lake",
    "mountain",
    "mountains",
    "mount",
    "island",
    "islands",
    "bay",
    "county",
    "city",
    "province",
    "valley",
    "beach",
    "square",
    "airport",
    "bridge",
    "sea",
    "ocean",
    "gulf",
    "strait",
    "desert",
    "peninsula",
    "coast",
    "park",
    "district",
    "region",
    "state",
    "canyon",
    "falls",
    "hills",
    "heights",
    "village",
    "town",
    "highway",
    "lane",
    "drive",
    "way",
    "plaza",
    "north",
    "south",
    "east",
    "west",
    "governorate",
    "camp",
    "crossing",
    "border",
    "zone",
];

const LOC_FIRST: &[&str] = &[
    "san", "santa", "saint", "st", "new", "greater", "los", "las", "port", "fort", "mount", "lake",
    "north", "south", "east", "west", "upper", "lower", "central", "rio", "cape", "gulf", "bay",
    "palo",
];

const PRONOUNS_M: &[&str] = &["he", "him", "his", "himself"];
const PRONOUNS_F: &[&str] = &["she", "her", "hers", "herself"];
const GROUP_NOUNS: &[&str] = &[
    "militia",
    "group",
    "movement",
    "organization",
    "organisation",
    "party",
    "faction",
    "brigades",
    "militants",
    "organisation",
    "network",
    "outfit",
];
const FORMER: &[&str] = &["former", "ex", "outgoing", "late", "previous", "then"];
const SPONSOR_PRE: &[&str] = &[
    "backed",
    "sponsored",
    "supported",
    "funded",
    "allied",
    "aligned",
    "linked",
    "affiliated",
    "armed",
    "led",
    "trained",
];
const SPONSOR_POST: &[(&str, &str)] = &[
    ("backed", "by"),
    ("supported", "by"),
    ("sponsored", "by"),
    ("funded", "by"),
    ("armed", "by"),
    ("trained", "by"),
    ("associated", "with"),
    ("affiliated", "with"),
    ("allied", "with"),
    ("aligned", "with"),
    ("linked", "to"),
    ("linked", "with"),
    ("loyal", "to"),
    ("close", "to"),
    ("tied", "to"),
    ("affiliated", "to"),
    ("allied", "to"),
];

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) if w != "of" && w != "the" => f.to_uppercase().chain(c).collect(),
                Some(f) => std::iter::once(f).chain(c).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn strip_article(w: &str) -> &str {
    for p in [
        "al-", "Al-", "el-", "El-", "ash-", "as-", "ad-", "an-", "ar-", "at-", "az-", "adh-",
        "ath-",
    ] {
        if let Some(r) = w.strip_prefix(p) {
            return r;
        }
    }
    w
}

/// Aliases produced by literal machine translation of Arabic name words.
pub fn translated_aliases(name: &str, kind: ActorKind) -> Vec<String> {
    let parts: Vec<&str> = name.split_whitespace().collect();
    let mut out = Vec::new();
    if parts.len() < 2 {
        return out;
    }
    match kind {
        ActorKind::Person => {
            for i in 1..parts.len() {
                let bare = strip_article(parts[i]);
                let ms = norm::meanings(&bare.to_lowercase());
                for m in ms {
                    let head = parts[..i].join(" ");
                    let tail = parts[i + 1..].join(" ");
                    let m = title_case(m);
                    for v in [
                        format!("{head} {m} {tail}"),
                        format!("{head} the {m} {tail}"),
                    ] {
                        let v = v.trim().to_owned();
                        if !out.contains(&v) {
                            out.push(v);
                        }
                    }
                }
            }
        }
        ActorKind::ArmedGroup | ActorKind::Party | ActorKind::Organisation => {
            let ms = norm::org_head(&parts[0].to_lowercase());
            if !ms.is_empty() {
                let rest = parts[1..]
                    .iter()
                    .map(|p| strip_article(p))
                    .collect::<Vec<_>>()
                    .join(" ");
                for m in ms {
                    let m = title_case(m);
                    out.push(format!("{rest} {m}"));
                    out.push(format!("{m} of {rest}"));
                    out.push(format!("{m} of the {rest}"));
                }
            }
        }
        _ => {}
    }
    out
}

type RawMatch<'a> = (usize, usize, Vec<&'a Payload>);

/// The nearest person antecedent of a pronoun (see [`ActorStage::nearest_person`]).
enum Nearest {
    /// A knowledge-base person (entity index) and the span of its name.
    Known(u32, Span),
    /// An unresolved person name: the index of its mention in the sentence's mentions.
    Unknown(usize),
}

struct Item {
    w0: usize,
    w1: usize,
    target: Target,
    via: MentionVia,
    conf: f32,
}

impl ActorStage {
    /// Compiles a stage from a parsed knowledge base and a first-name list (one name a line).
    pub fn from_kb(kb: Kb, first_names: &str) -> ActorStage {
        let mut st = ActorStage {
            entities: kb.entities,
            agents: kb.agents,
            vocab: FastMap::default(),
            edges: FastMap::default(),
            root: Vec::new(),
            payloads: vec![Vec::new()],
            surnames: FastMap::default(),
            first_names: first_names
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| norm::fold(&l.to_lowercase()))
                .collect(),
            by_id: HashMap::new(),
            scratch: norm::Scratch::default(),
            ner: None,
            uid: next_uid(),
        };
        for i in 0..st.entities.len() {
            st.by_id
                .entry(st.entities[i].id.clone())
                .or_insert(i as u32);
            let e = &st.entities[i];
            let kind = e.kind;
            let mut names: Vec<(String, Role)> = std::iter::once(e.name.clone())
                .chain(e.aliases.iter().cloned())
                .map(|a| (a, Role::Name))
                .collect();
            names.extend(e.demonyms.iter().map(|d| (d.clone(), Role::Demonym)));
            names.extend(e.capitals.iter().map(|d| (d.clone(), Role::Capital)));
            if matches!(
                kind,
                ActorKind::Person
                    | ActorKind::ArmedGroup
                    | ActorKind::Party
                    | ActorKind::Organisation
            ) {
                let n_names = names.len();
                for k in 0..n_names {
                    if names[k].1 == Role::Name && names[k].0.contains(' ') {
                        let extra = translated_aliases(&names[k].0, kind);
                        names.extend(extra.into_iter().map(|a| (a, Role::Translated)));
                    }
                }
            }
            for (n, role) in names {
                let last = st.insert(&n, Target::Ent(i as u32, role));
                if kind == ActorKind::Person && role == Role::Name {
                    if let Some((2.., key)) = last {
                        let v = st.surnames.entry(key).or_default();
                        if !v.contains(&(i as u32)) {
                            v.push(i as u32);
                        }
                    }
                }
            }
        }
        for i in 0..st.agents.len() {
            for p in st.agents[i].phrases.clone() {
                let _ = st.insert(&p, Target::Agent(i as u32));
            }
        }
        st
    }

    /// Adds one alias for a target to the matcher; returns its word count and last word key.
    fn insert(&mut self, alias: &str, target: Target) -> Option<(usize, String)> {
        let ws = norm::words_with(alias, 0, alias.len(), &mut self.scratch);
        if ws.is_empty() {
            return None;
        }
        let case = match target {
            Target::Agent(_) => CaseReq::Any,
            Target::Ent(..) => {
                let letters: Vec<char> = alias.chars().filter(|c| c.is_alphabetic()).collect();
                if ws.len() == 1 && letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
                    CaseReq::Upper
                } else if ws.len() == 1 && ws[0].caps.count_ones() >= 2 {
                    CaseReq::Exact(ws[0].caps)
                } else if ws[0].cap {
                    CaseReq::Cap
                } else {
                    CaseReq::Any
                }
            }
        };
        let lower: String = ws
            .iter()
            .map(|w| w.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let mut node = 0u32;
        for w in &ws {
            let parent = node;
            let n = self.vocab.len() as u32;
            let tok = match self.vocab.get(w.key.as_str()) {
                Some(&t) => t,
                None => {
                    self.vocab.insert(w.key.to_string(), n);
                    n
                }
            };
            node = match self.edges.get(&(node, tok)) {
                Some(&x) => x,
                None => {
                    let x = self.payloads.len() as u32;
                    self.payloads.push(Vec::new());
                    self.edges.insert((node, tok), x);
                    x
                }
            };
            if parent == 0 {
                let t = tok as usize;
                if self.root.len() <= t {
                    self.root.resize(t + 1, u32::MAX);
                }
                self.root[t] = node;
            }
        }
        let p = &mut self.payloads[node as usize];
        let same_entity = |q: &Payload| match (q.target, target) {
            (Target::Ent(a, _), Target::Ent(b, _)) => a == b,
            (a, b) => a == b,
        };
        match p.iter_mut().find(|q| same_entity(q) && q.case == case) {
            // another spelling of the same entity under the same key ("neighbors",
            // "neighbours"): kept so that either counts as written exactly
            Some(q) => {
                if !q.lower.split('\n').any(|l| l == lower) {
                    q.lower = format!("{}\n{lower}", q.lower).into_boxed_str();
                }
            }
            None => p.push(Payload {
                target,
                case,
                lower: lower.into_boxed_str(),
            }),
        }
        let n = ws.len();
        ws.into_iter().last().map(|w| (n, w.key.to_string()))
    }

    /// Number of named entities in the compiled knowledge base.
    pub fn entity_count(&self) -> usize {
        self.entities.len()
    }

    /// Number of generic agents.
    pub fn agent_count(&self) -> usize {
        self.agents.len()
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i as usize])
    }

    /// Adds entities and agents (e.g. from PETRARCH dictionaries) to the compiled stage.
    pub fn extend(&mut self, kb: Kb) {
        let base_e = self.entities.len();
        let base_a = self.agents.len();
        self.entities.extend(kb.entities);
        self.agents.extend(kb.agents);
        for i in base_e..self.entities.len() {
            self.by_id
                .entry(self.entities[i].id.clone())
                .or_insert(i as u32);
            let e = self.entities[i].clone();
            for n in std::iter::once(&e.name).chain(e.aliases.iter()) {
                let _ = self.insert(n, Target::Ent(i as u32, Role::Name));
            }
        }
        for i in base_a..self.agents.len() {
            for p in self.agents[i].phrases.clone() {
                let _ = self.insert(&p, Target::Agent(i as u32));
            }
        }
        // the vocabulary changed: per-thread lookups cached for the old one do not apply
        self.uid = next_uid();
    }

    /// The lookups of one word that depend on its form alone, packed: the vocabulary token id
    /// (low 32 bits, `u32::MAX` when no alias has the word), the tagger cue flags of the word
    /// lists and first names (bits 32–39), [`INFO_WORDY`] and [`INFO_SET`].
    fn form_info(&self, w: &Word) -> u64 {
        let tok = self.vocab.get(w.key.as_str()).copied().unwrap_or(u32::MAX);
        let mut f = word_flags(w.lower.as_str());
        if self.first_names.contains(w.key.as_str()) {
            f |= Cue::FIRST_NAME;
        }
        let wordy = if wordy(w.lower.as_str()) {
            INFO_WORDY
        } else {
            0
        };
        u64::from(tok) | (u64::from(f) << 32) | wordy | INFO_SET
    }

    /// [`ActorStage::form_info`] of every word of each sentence, through the thread's
    /// [`FormCache`] when the form ids are valid for it (`gen0`: the memo generation before the
    /// sentences were split; a memo emptied in between makes ids ambiguous, then every word is
    /// looked up afresh).
    fn sentence_infos(
        &self,
        sent_words: &[Vec<Word>],
        scratch: &norm::Scratch,
        gen0: u64,
        cache: &mut FormCache,
    ) -> Vec<Vec<u64>> {
        let generation = scratch.generation();
        let use_cache = generation == gen0;
        if use_cache && (cache.owner != self.uid || cache.generation != generation) {
            cache.info.clear();
            cache.ner.clear();
            cache.owner = self.uid;
            cache.generation = generation;
        }
        sent_words
            .iter()
            .map(|ws| {
                ws.iter()
                    .map(|w| {
                        if !use_cache || w.form == norm::NO_FORM {
                            return self.form_info(w);
                        }
                        let id = w.form as usize;
                        if id >= cache.info.len() {
                            cache.info.resize(id + 1, 0);
                        }
                        if cache.info[id] == 0 {
                            cache.info[id] = self.form_info(w);
                        }
                        cache.info[id]
                    })
                    .collect()
            })
            .collect()
    }

    fn case_ok(p: &Payload, all: &[Word], i: usize, e: usize, shouting: bool) -> bool {
        let ws = &all[i..e];
        if ws.len() == 1 && p.case != CaseReq::Upper && is_stop(&ws[0].lower) {
            return false;
        }
        // a common noun (agent) or a demonym that only the name-spelling folding matches, written
        // with a capital, is a name: "Quinn" is not "queen", "Ed" not "IED", "Scott" not "Scot"
        if ws.len() == 1
            && ws[0].cap
            && matches!(p.target, Target::Agent(_) | Target::Ent(_, Role::Demonym))
            && !p.written_as(ws)
        {
            return false;
        }
        match p.case {
            CaseReq::Any => true,
            CaseReq::Exact(m) => ws.len() == 1 && ws[0].caps == m && !shouting,
            CaseReq::Upper => {
                let caps_run =
                    |k: Option<&Word>, joined: bool| k.is_some_and(|w| w.upper) && joined;
                let isolated = ws.len() > 1
                    || !(caps_run(i.checked_sub(1).and_then(|k| all.get(k)), all[i].joined)
                        || caps_run(all.get(e), all.get(e).is_some_and(|w| w.joined)));
                ws.iter().all(|w| w.upper)
                    && isolated
                    && (!shouting || ws.iter().all(|w| w.lower.chars().count() > 3))
            }
            // A name whose dictionary form starts with the article ("The Shire", "The Hague")
            // is written with a small `the` inside a sentence.
            CaseReq::Cap => ws.first().is_some_and(|w| {
                w.cap
                    || (w.lower == "the" && ws.get(1).is_some_and(|n| n.cap))
                    || !w
                        .lower
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphabetic())
            }),
        }
    }

    /// The trie node reached from `node` by token `tok`, if any.
    fn child(&self, node: u32, tok: u32) -> Option<u32> {
        if node == 0 {
            self.root
                .get(tok as usize)
                .copied()
                .filter(|&x| x != u32::MAX)
        } else {
            self.edges.get(&(node, tok)).copied()
        }
    }

    /// Longest dictionary match starting at word `i`: end word index and the payloads that fit.
    fn longest(
        &self,
        ws: &[Word],
        toks: &[u32],
        i: usize,
        shouting: bool,
    ) -> Option<(usize, Vec<&Payload>)> {
        let mut node = 0u32;
        let mut best = None;
        for j in i..ws.len() {
            if j > i && !ws[j].joined {
                break;
            }
            let tok = toks[j];
            if tok == u32::MAX {
                break;
            }
            let Some(nx) = self.child(node, tok) else {
                break;
            };
            node = nx;
            if self.payloads[node as usize]
                .iter()
                .any(|p| Self::case_ok(p, ws, i, j + 1, shouting))
            {
                best = Some((j + 1, node));
            }
        }
        best.map(|(e, node)| {
            (
                e,
                self.payloads[node as usize]
                    .iter()
                    .filter(|p| Self::case_ok(p, ws, i, e, shouting))
                    .collect(),
            )
        })
    }

    fn ent(&self, t: Target) -> Option<&Entity> {
        match t {
            Target::Ent(i, _) => self.entities.get(i as usize),
            Target::Agent(_) => None,
        }
    }

    /// Finds and resolves the actor mentions of an article.
    ///
    /// `sentences` give the sentence spans (byte offsets into `text`); `parses`, when given, are
    /// aligned with them and help to spot proper nouns; `date` is the article date that selects
    /// date-restricted codes.
    pub fn find(
        &self,
        text: &str,
        sentences: &[Sentence],
        parses: Option<&[ParsedSentence]>,
        date: Option<Date>,
    ) -> Vec<ActorMention> {
        self.find_with_places(text, sentences, parses, date, &[])
    }

    /// Like [`ActorStage::find`] but keeps places, nationalities, sponsors and antecedents.
    pub fn find_detailed(
        &self,
        text: &str,
        sentences: &[Sentence],
        parses: Option<&[ParsedSentence]>,
        date: Option<Date>,
    ) -> Vec<Mention> {
        self.find_detailed_with_places(text, sentences, parses, date, &[])
    }

    /// Like [`ActorStage::find`], with the spans of the places the place stage recognised in
    /// `text`: a name the knowledge base does not know whose span is exactly
    /// such a place is a place, not a person or organisation ("Are you enjoying Houston?"),
    /// and a one-word spelling variant of a known actor that is such a place is not that actor.
    pub fn find_with_places(
        &self,
        text: &str,
        sentences: &[Sentence],
        parses: Option<&[ParsedSentence]>,
        date: Option<Date>,
        places: &[Span],
    ) -> Vec<ActorMention> {
        self.find_detailed_with_places(text, sentences, parses, date, places)
            .into_iter()
            .filter(|m| m.is_actor)
            .map(|m| m.actor)
            .collect()
    }

    /// Like [`ActorStage::find_detailed`], with the place stage's place spans (see
    /// [`ActorStage::find_with_places`]).
    pub fn find_detailed_with_places(
        &self,
        text: &str,
        sentences: &[Sentence],
        parses: Option<&[ParsedSentence]>,
        date: Option<Date>,
        places: &[Span],
    ) -> Vec<Mention> {
        let whole = [Sentence {
            span: Span::new(0, text.len()),
            tokens: Vec::new(),
        }];
        let sents: &[Sentence] = if sentences.is_empty() {
            &whole
        } else {
            sentences
        };
        let (sent_words, infos, cache_ok) = WORD_SCRATCH.with(|cell| {
            let mut cell = cell.borrow_mut();
            let (scratch, cache) = &mut *cell;
            let gen0 = scratch.generation();
            let sent_words: Vec<Vec<Word>> = sents
                .iter()
                .map(|s| norm::words_with(text, s.span.start, s.span.end, scratch))
                .collect();
            let infos = self.sentence_infos(&sent_words, scratch, gen0, cache);
            (sent_words, infos, scratch.generation() == gen0)
        });
        // pass 1: raw matches
        let shouting: Vec<bool> = sent_words
            .iter()
            .zip(&infos)
            .map(|(ws, inf)| is_shouting_with(ws, inf))
            .collect();
        let mut toks: Vec<u32> = Vec::new();
        let raw: Vec<Vec<RawMatch>> = sent_words
            .iter()
            .zip(&infos)
            .zip(&shouting)
            .map(|((ws, inf), &shout)| self.raw_matches(ws, inf, &mut toks, shout))
            .collect();
        // document context: countries and entities named unambiguously
        let mut ctx_countries: FastMap<&str, usize> = FastMap::default();
        let mut ctx_ids: FastSet<&str> = FastSet::default();
        for s in &raw {
            for (_, _, ps) in s {
                let ents: Vec<&Entity> = ps.iter().filter_map(|p| self.ent(p.target)).collect();
                if ents.len() == 1 {
                    if let Some(c) = &ents[0].country {
                        *ctx_countries.entry(c.as_str()).or_default() += 1;
                    }
                    ctx_ids.insert(&ents[0].id);
                    for a in &ents[0].affiliations {
                        ctx_ids.insert(a);
                    }
                }
            }
        }
        let (storms, acronyms) = storms_and_acronyms(text, &sent_words);
        let doc = DocCues {
            places,
            storms,
            acronyms,
        };
        // about one mention per dictionary match: grown once, not step by step
        let mut out: Vec<Mention> = Vec::with_capacity(raw.iter().map(Vec::len).sum::<usize>());
        let mut salience: Vec<(u32, usize, f32, Span)> = Vec::new(); // entity, sentence, score, last span
        let all_ids: FastSet<u32> = raw
            .iter()
            .flatten()
            .flat_map(|(_, _, ps)| ps.iter())
            .filter_map(|p| match p.target {
                Target::Ent(i, _) => Some(i),
                Target::Agent(_) => None,
            })
            .collect();
        // the payloads of one match that fit (reused from match to match)
        let mut fit: Vec<&Payload> = Vec::new();
        for (si, ws) in sent_words.iter().enumerate() {
            let parse = parses.and_then(|p| p.get(si));
            let items: Vec<Item> = raw[si]
                .iter()
                .filter_map(|(a, b, ps)| {
                    // An exact spelling beats a transliteration variant ("Kurd" is the people,
                    // not a folded "Kurz"), and a generic agent is an English word that is
                    // matched as spelled ("cheek" folds like "sheikh").
                    fit.clear();
                    fit.extend(ps.iter().copied().filter(|p| p.written_as(&ws[*a..*b])));
                    if fit.is_empty() {
                        fit.extend(
                            ps.iter()
                                .copied()
                                .filter(|p| !matches!(p.target, Target::Agent(_))),
                        );
                    }
                    if fit.is_empty() {
                        return None;
                    }
                    let ps = &fit;
                    let (t, conf) = self.choose(ps, &ctx_countries, &ctx_ids, date);
                    let exact = ps
                        .iter()
                        .any(|p| p.target == t && p.written_as(&ws[*a..*b]));
                    let via = match t {
                        Target::Agent(_) => MentionVia::Generic,
                        Target::Ent(_, Role::Translated) => MentionVia::Variant,
                        _ if exact => MentionVia::Name,
                        _ => MentionVia::Variant,
                    };
                    Some(Item {
                        w0: *a,
                        w1: *b,
                        target: t,
                        via,
                        conf,
                    })
                })
                .collect();
            let items = drop_agents_inside_names(ws, shouting[si], doc.places, items);
            let sctx = crate::ner::SentenceCtx::new(ws);
            let tagged = match &self.ner {
                Some(model) => {
                    let cues = self.cues_from(ws, &infos[si], &raw[si]);
                    if cache_ok {
                        // the thread's cache belongs to this stage and these words' form ids
                        WORD_SCRATCH.with(|cell| {
                            let cache = &mut cell.borrow_mut().1;
                            model.tag_names_in(text, ws, &cues, &sctx, &mut |w| {
                                cache.ner_scores(w, model)
                            })
                        })
                    } else {
                        model.tag_names_in(text, ws, &cues, &sctx, &mut |w| model.form_scores(w))
                    }
                }
                None => Vec::new(),
            };
            let mut ms = self.compose(
                text,
                si,
                ws,
                &sctx,
                shouting[si],
                items,
                &tagged,
                date,
                sents,
                parse,
                &all_ids,
                &doc,
                &mut salience,
            );
            out.append(&mut ms);
        }
        name_parts_of_people(text, &sent_words, &mut out);
        types_from_document(text, &mut out);
        out
    }

    /// Longest dictionary matches of a sentence, left to right. `infos`: the words'
    /// [`ActorStage::form_info`]; `toks` is a reused buffer. `shouting`: [`is_shouting_with`] of the
    /// sentence.
    fn raw_matches<'a>(
        &'a self,
        ws: &[Word],
        infos: &[u64],
        toks: &mut Vec<u32>,
        shouting: bool,
    ) -> Vec<RawMatch<'a>> {
        let mut v = Vec::new();
        let mut i = 0;
        // token ids of the words (u32::MAX: not in any alias)
        toks.clear();
        toks.extend(infos.iter().map(|&x| info_tok(x)));
        while i < ws.len() {
            if toks[i] == u32::MAX {
                i += 1;
                continue;
            }
            match self.longest(ws, toks, i, shouting) {
                Some((e, ps))
                    if !self.other_first_name(ws, i, e, &ps, v.last())
                        && !self.first_name_before_initial(ws, i, e, &ps) =>
                {
                    v.push((i, e, ps));
                    i = e;
                }
                _ => i += 1,
            }
        }
        v
    }

    /// A one-word match of known persons only (a surname alias such as "Wong") right after a
    /// capitalised first name that is not theirs and that no other match took ("Ed Wong" is not
    /// Penny Wong): another person of the same surname.
    fn other_first_name(
        &self,
        ws: &[Word],
        i: usize,
        e: usize,
        ps: &[&Payload],
        prev: Option<&RawMatch>,
    ) -> bool {
        if e != i + 1 || i == 0 || !ws[i].joined || prev.is_some_and(|p| p.1 == i) {
            return false;
        }
        let f = &ws[i - 1];
        if !f.cap
            || f.upper
            || !ps.iter().all(|p| matches!(p.target, Target::Ent(..)))
            || is_stop(&f.lower)
            || !self.first_names.contains(f.key.as_str())
        {
            return false;
        }
        ps.iter().all(|p| match self.ent(p.target) {
            Some(en) if en.kind == ActorKind::Person => en
                .name
                .split_whitespace()
                .next()
                .is_none_or(|w| norm::fold(&w.to_lowercase()) != f.key.as_str()),
            _ => false,
        })
    }

    /// A one-word match of known persons only, followed by a middle initial ("Jonathan J.
    /// McDaniel" is not Goodluck Jonathan): the word is the first name of someone else.
    fn first_name_before_initial(&self, ws: &[Word], i: usize, e: usize, ps: &[&Payload]) -> bool {
        e == i + 1
            && ws.get(e).is_some_and(|n| n.joined && n.upper_initial())
            && ps.iter().all(|p| {
                self.ent(p.target)
                    .is_some_and(|en| en.kind == ActorKind::Person)
            })
    }

    /// Tagger cues of a sentence's words from its dictionary matches and the word lists
    /// (`infos`: the words' [`ActorStage::form_info`]).
    fn cues_from(&self, ws: &[Word], infos: &[u64], raw: &[RawMatch]) -> Vec<Cue> {
        debug_assert_eq!(ws.len(), infos.len());
        let mut cues: Vec<Cue> = infos
            .iter()
            .map(|&x| Cue {
                kb: 0,
                kb_begin: false,
                flags: info_flags(x),
            })
            .collect();
        for (a, b, ps) in raw {
            let class = ps
                .iter()
                .find_map(|p| match p.target {
                    Target::Ent(i, role) => Some(match (self.entities[i as usize].kind, role) {
                        (ActorKind::Person, _) => 1,
                        (ActorKind::State, Role::Demonym) => 4,
                        (ActorKind::State, _) => 3,
                        _ => 2,
                    }),
                    Target::Agent(_) => None,
                })
                .unwrap_or(5);
            for (k, c) in cues.iter_mut().enumerate().take(*b).skip(*a) {
                c.kb = class;
                c.kb_begin = k == *a;
            }
        }
        cues
    }

    /// The words of `text[start..end]` with the tagger cues this stage gives them (dictionary
    /// matches, first names, titles, name words). The NER trainer uses it so that training sees
    /// the same inputs as [`ActorStage::find`].
    pub fn ner_input(&self, text: &str, start: usize, end: usize) -> (Vec<Word>, Vec<Cue>) {
        let ws = norm::words(text, start, end);
        let infos: Vec<u64> = ws.iter().map(|w| self.form_info(w)).collect();
        let raw = self.raw_matches(&ws, &infos, &mut Vec::new(), is_shouting_with(&ws, &infos));
        let cues = self.cues_from(&ws, &infos, &raw);
        (ws, cues)
    }

    /// Uses a trained name tagger to find and type names that are not in the knowledge base.
    pub fn with_tagger(mut self, model: crate::ner::Model) -> ActorStage {
        self.ner = Some(model);
        // per-thread tagger scores cached for another tagger do not apply
        self.uid = next_uid();
        self
    }

    fn choose(
        &self,
        ps: &[&Payload],
        countries: &FastMap<&str, usize>,
        ids: &FastSet<&str>,
        date: Option<Date>,
    ) -> (Target, f32) {
        if ps.len() == 1 {
            return (ps[0].target, 0.95);
        }
        let mut scored: Vec<(f32, Target)> = ps
            .iter()
            .map(|p| {
                let mut s = 1.0f32;
                match p.target {
                    Target::Agent(_) => s += 0.1,
                    Target::Ent(i, role) => {
                        let e = &self.entities[i as usize];
                        if let Some(c) = &e.country {
                            s += 0.3 * (*countries.get(c.as_str()).unwrap_or(&0)).min(3) as f32;
                        }
                        if ids.contains(e.id.as_str())
                            || e.affiliations.iter().any(|a| ids.contains(a.as_str()))
                        {
                            s += 0.8;
                        }
                        if let Some(d) = date {
                            if e.codes
                                .iter()
                                .any(|c| (c.from.is_some() || c.to.is_some()) && c.covers(d))
                            {
                                s += 0.4;
                            }
                        }
                        s += match e.kind {
                            ActorKind::State => 0.5,
                            ActorKind::Igo | ActorKind::ArmedGroup => 0.2,
                            _ => 0.0,
                        };
                        if role == Role::Translated {
                            s -= 0.3;
                        }
                    }
                }
                (s, p.target)
            })
            .collect();
        scored.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        let total: f32 = scored.iter().map(|x| x.0).sum();
        (scored[0].1, (scored[0].0 / total).clamp(0.3, 0.9))
    }

    #[allow(clippy::too_many_arguments)]
    fn compose(
        &self,
        text: &str,
        si: usize,
        ws: &[Word],
        sctx: &crate::ner::SentenceCtx,
        shouting: bool,
        mut items: Vec<Item>,
        tagged: &[TaggedSpan],
        date: Option<Date>,
        sents: &[Sentence],
        parse: Option<&ParsedSentence>,
        all_ids: &FastSet<u32>,
        doc: &DocCues,
        salience: &mut Vec<(u32, usize, f32, Span)>,
    ) -> Vec<Mention> {
        // a one-word agent right after another actor (not a country), which the tagger reads as
        // a verb, is the sentence's action, not part of the phrase: "Iraqi army *shells* IS
        // positions", "Iraqi police *bomb* …" (after a country or alone — "Iraq *forces*
        // battle …", "Turkish *warplanes* hit …" — a verb reading is more often a tagging slip)
        let verb_after_agent = |it: &Item| {
            matches!(it.target, Target::Agent(_))
                && it.w1 == it.w0 + 1
                && items.iter().any(|o| {
                    o.w1 == it.w0
                        && !matches!(self.ent(o.target), Some(e) if e.kind == ActorKind::State)
                })
                && ws
                    .get(it.w0)
                    .is_some_and(|w| word_upos(parse, sents.get(si), w) == Some(Upos::Verb))
        };
        if items.iter().any(verb_after_agent) {
            let keep: Vec<bool> = items.iter().map(|it| !verb_after_agent(it)).collect();
            let mut keep = keep.into_iter();
            items.retain(|_| keep.next().unwrap_or(true));
        }
        let mut out: Vec<Mention> = Vec::new();
        // the place stage recognised exactly this span as a place
        let is_place = |sp: Span| doc.places.contains(&sp);
        // (span, actor code, agent code) of the agent mentions, for noun-phrase combination
        let mut parts: Vec<(Span, String, String)> = Vec::new();
        let span_of = |a: usize, b: usize| Span::new(ws[a].start, ws[b - 1].end);
        let lw = |k: usize| ws.get(k).map_or("", |w| w.lower.as_str());
        let mut covered = vec![false; ws.len()];
        let mut used = vec![false; items.len()];
        let is_state = |t: Target| matches!(self.ent(t), Some(e) if e.kind == ActorKind::State);
        let agent_of = |t: Target| match t {
            Target::Agent(a) => Some(&self.agents[a as usize]),
            _ => None,
        };
        let mut k = 0;
        while k < items.len() {
            if used[k] {
                k += 1;
                continue;
            }
            let it = &items[k];
            // sponsor prefix: "Iran-backed militias", "pro-Iranian militias"
            let mut sponsors: Vec<String> = Vec::new();
            let mut start_w = it.w0;
            let mut country: Option<&Entity> = None;
            let mut countries_extra: Vec<&Entity> = Vec::new();
            let mut agent: Option<&Agent> = agent_of(it.target);
            let mut name_w = (it.w0, it.w1);
            let mut entity: Option<(&Entity, Target)> = if agent.is_none() {
                self.ent(it.target).map(|e| (e, it.target))
            } else {
                None
            };
            let mut end_w = it.w1;
            let mut via = it.via;
            let mut conf = it.conf;
            let mut next = k + 1;
            if is_state(it.target) {
                let st = self.ent(it.target);
                // Country [and Country] [backed] [adj{0,2}] Agent|Entity
                let mut j = k + 1;
                let mut gap_from = it.w1;
                let mut extra = Vec::new();
                while j < items.len()
                    && lw(gap_from) == "and"
                    && items[j].w0 == gap_from + 1
                    && is_state(items[j].target)
                {
                    extra.push(self.ent(items[j].target));
                    gap_from = items[j].w1;
                    j += 1;
                }
                let mut sponsor = false;
                let mut g = gap_from;
                if ws
                    .get(g)
                    .is_some_and(|w| SPONSOR_PRE.contains(&w.lower.as_str()))
                    && g > 0
                {
                    sponsor = true;
                    g += 1;
                }
                if ws.get(g).is_some_and(|w| w.possessive) {
                    g += 1;
                }
                if j < items.len() {
                    let nx = &items[j];
                    // the words between are modifiers of the agent ("Iraqi *elite* forces"),
                    // never a verb, preposition or number ("Baghdad airport *kill* soldiers")
                    let gap_ok = nx.w0 >= g
                        && nx.w0 - g <= 2
                        && ws[g..nx.w0].iter().all(|w| {
                            !w.cap && !w.possessive && w.lower != "and" && w.lower != "of"
                        })
                        && (g..nx.w0).all(|k| {
                            !matches!(
                                word_upos(parse, sents.get(si), &ws[k]),
                                Some(
                                    Upos::Verb
                                        | Upos::Aux
                                        | Upos::Adp
                                        | Upos::Num
                                        | Upos::Pron
                                        | Upos::Cconj
                                        | Upos::Sconj
                                        | Upos::Part
                                )
                            )
                        });
                    // no comma or other break before a named entity: "Mordor, the Shire" is a
                    // list, not a Mordor-based Shire
                    let unbroken = (gap_from..=nx.w0).all(|k| ws.get(k).is_some_and(|w| w.joined));
                    if gap_ok {
                        if let Some(a) = agent_of(nx.target) {
                            if sponsor {
                                sponsors.extend(st.and_then(|e| e.country.clone()));
                            } else {
                                country = st;
                                countries_extra = extra.into_iter().flatten().collect();
                            }
                            agent = Some(a);
                            entity = None;
                            end_w = nx.w1;
                            via = MentionVia::Generic;
                            next = j + 1;
                        } else if let Some(e) = self.ent(nx.target) {
                            if e.kind != ActorKind::State
                                && nx.w0 == g
                                && extra.is_empty()
                                && unbroken
                            {
                                if sponsor {
                                    sponsors.extend(st.and_then(|e| e.country.clone()));
                                }
                                entity = Some((e, nx.target));
                                name_w = (nx.w0, nx.w1);
                                agent = None;
                                end_w = nx.w1;
                                via = nx.via;
                                conf = nx.conf;
                                next = j + 1;
                            }
                        }
                    }
                }
            }
            // "pro-Iranian militias"
            if agent.is_some() && country.is_none() && start_w >= 2 {
                if let Some(pk) = items[..k]
                    .iter()
                    .rposition(|x| x.w1 == start_w && is_state(x.target))
                {
                    if lw(items[pk].w0.wrapping_sub(1)) == "pro" && !used[pk] {
                        sponsors.extend(self.ent(items[pk].target).and_then(|e| e.country.clone()));
                        start_w = items[pk].w0 - 1;
                    }
                }
            }
            // title + entity person / title + unknown name
            if let Some(a) = agent {
                if a.person {
                    if let Some(nx) = items.get(next) {
                        if nx.w0 == end_w {
                            if let Some(e) = self.ent(nx.target) {
                                if e.kind == ActorKind::Person {
                                    entity = Some((e, nx.target));
                                    name_w = (nx.w0, nx.w1);
                                    via = nx.via;
                                    conf = nx.conf;
                                    end_w = nx.w1;
                                    next += 1;
                                }
                            }
                        }
                    }
                }
            }
            // Agent (of|in|from) [the] Country
            if entity.is_none() && country.is_none() && agent.is_some() {
                let mut g = end_w;
                if matches!(lw(g), "of" | "in" | "from") {
                    g += 1;
                    let g0 = g;
                    if lw(g) == "the" {
                        g += 1;
                    }
                    if let Some(nx) = items.get(next) {
                        if (nx.w0 == g || nx.w0 == g0)
                            && is_state(nx.target)
                            && self.ent(nx.target).is_some()
                        {
                            country = self.ent(nx.target);
                            end_w = nx.w1;
                            next += 1;
                            // a list of countries: "ambassadors of A, B and C" names each
                            let mut list = Vec::new();
                            let (mut e2, mut n2) = (end_w, next);
                            while let Some(x) = items.get(n2) {
                                let sep = lw(e2);
                                if !(sep == "and" || ws.get(e2).is_some_and(|w| !w.joined))
                                    || x.w0 != e2 + usize::from(sep == "and")
                                    || !is_state(x.target)
                                {
                                    break;
                                }
                                list.push((self.ent(x.target), sep == "and", x.w1, n2 + 1));
                                e2 = x.w1;
                                n2 += 1;
                                if sep == "and" {
                                    break;
                                }
                            }
                            if list.last().is_some_and(|l| l.1) {
                                countries_extra.extend(list.iter().filter_map(|l| l.0));
                                if let Some(l) = list.last() {
                                    end_w = l.2;
                                    next = l.3;
                                }
                            }
                        }
                    }
                }
            }
            // Agent (backed by|associated with|loyal to) Country
            if agent.is_some() || entity.is_some_and(|(e, _)| e.kind != ActorKind::State) {
                let g = end_w;
                if let Some((_, prep)) = SPONSOR_POST.iter().find(|(a, _)| *a == lw(g)) {
                    if lw(g + 1) == *prep {
                        let mut h = g + 2;
                        if lw(h) == "the" {
                            h += 1;
                        }
                        if let Some(nx) = items.get(next) {
                            if nx.w0 == h && is_state(nx.target) {
                                sponsors
                                    .extend(self.ent(nx.target).and_then(|e| e.country.clone()));
                                end_w = nx.w1;
                                next += 1;
                            }
                        }
                    }
                }
            }
            for u in used.iter_mut().take(next.min(items.len())).skip(k) {
                *u = true;
            }
            // title followed by an unknown capitalised name
            if let (Some(a), None) = (agent, entity) {
                if a.person && ws.get(end_w).is_some_and(|w| w.cap && !is_stop(&w.lower)) {
                    let mut e2 = end_w;
                    while e2 < ws.len()
                        && ws[e2].cap
                        && ws[e2].joined
                        && !items.iter().any(|x| x.w0 == e2)
                        && !ws[e2].possessive
                        && !is_stop(&ws[e2].lower)
                    {
                        e2 += 1;
                    }
                    if e2 > end_w {
                        name_w = (end_w, e2);
                        end_w = e2;
                    }
                }
            }
            // a one-word spelling variant is weak evidence: keep it only when the tagger also
            // reads the word as a name of the entity's type
            if let Some((e, Target::Ent(_, role))) = entity {
                let lone = start_w == name_w.0 && end_w == name_w.1 && end_w == start_w + 1;
                // (a spelling variant that is a place, or a word of one: "Tal" of "Tal Afar"
                // folds like the party "Ta'al")
                let sp = span_of(start_w, end_w);
                if lone
                    && via == MentionVia::Variant
                    && role != Role::Demonym
                    && e.kind != ActorKind::State
                    && doc.places.iter().any(|p| p.contains(&sp))
                {
                    k = next;
                    continue;
                }
                if self.ner.is_some() && lone && via == MentionVia::Variant && role != Role::Demonym
                {
                    let want = match e.kind {
                        ActorKind::Person => NerType::Per,
                        ActorKind::State => NerType::Loc,
                        _ => NerType::Org,
                    };
                    if !tagged
                        .iter()
                        .any(|t| t.start <= start_w && end_w <= t.end && t.ty == want)
                    {
                        k = next;
                        continue;
                    }
                }
            }
            // a known organisation's legal form after a comma belongs to its name ("Google, Inc.")
            if entity.is_some_and(|(e, _)| !matches!(e.kind, ActorKind::Person | ActorKind::State))
                && name_w.1 == end_w
                && corp_suffix(text, ws, end_w)
                && !items.iter().any(|x| x.w0 == end_w)
            {
                end_w += 1;
                name_w.1 = end_w;
            }
            for c in covered.iter_mut().take(end_w).skip(start_w) {
                *c = true;
            }
            let span = span_of(start_w, end_w);
            if name_w.1 > name_w.0 + 1 && ws[name_w.0].lower == "the" {
                name_w.0 += 1;
            }
            // a person's name without the titles the alias starts with ("President Bush" → "Bush")
            if entity.is_some_and(|(e, _)| e.kind == ActorKind::Person) {
                while name_w.1 > name_w.0 + 1 && is_honorific(&ws[name_w.0].lower) {
                    name_w.0 += 1;
                }
            }
            let name_span = span_of(name_w.0, name_w.1);
            let m = if let Some((e, t)) = entity {
                let role = match t {
                    Target::Ent(_, r) => r,
                    _ => Role::Name,
                };
                let ner = match (e.kind, role) {
                    (ActorKind::Person, _) => NerLabel::Per,
                    (ActorKind::State, Role::Demonym) => NerLabel::Norp,
                    (ActorKind::State, _) => NerLabel::Loc,
                    _ => NerLabel::Org,
                };
                let is_actor = !(e.kind == ActorKind::State
                    && role == Role::Demonym
                    && end_w - start_w == 1
                    && demonym_as_modifier(ws, end_w, |w| word_syntax(parse, sents.get(si), w)));
                if let Target::Ent(i, _) = t {
                    bump(salience, i, si, 1.0, span);
                }
                let mut sp = e.sponsors.clone();
                sp.extend(sponsors);
                let mut m = self.entity_mention(e, si, span, via, conf, date, ner, is_actor);
                m.name_span = name_span;
                m.sponsors = sp;
                m
            } else if let Some(a) = agent {
                let named = end_w > it.w1 && ws[end_w - 1].cap && a.person;
                let ctry = country.or_else(|| {
                    if sponsors.is_empty() && named {
                        self.sentence_country(&items, &used)
                    } else {
                        None
                    }
                });
                // concatenated, not formatted: a mention of a generic agent is frequent
                let cameo = [
                    ctry.and_then(|c| c.codes.first())
                        .map_or("---", |x| x.code.as_str()),
                    a.code.as_str(),
                ]
                .concat();
                let kind = if a.person && named {
                    ActorKind::Unknown
                } else {
                    ActorKind::Generic
                };
                let mention_via = if named {
                    MentionVia::Unresolved
                } else {
                    MentionVia::Generic
                };
                let mut m = Mention {
                    actor: ActorMention {
                        sentence: si,
                        span,
                        id: if named {
                            None
                        } else {
                            Some(["agent.", a.id.as_str()].concat())
                        },
                        name: if named {
                            Some(span.slice(text).to_owned())
                        } else {
                            Some(a.id.replace('_', " "))
                        },
                        cameo: Some(cameo),
                        country: ctry.and_then(|c| c.country.clone()),
                        sector: Some(a.sector.clone()),
                        kind,
                        via: mention_via,
                        confidence: if ctry.is_some() { 0.8 } else { 0.6 },
                    },
                    sponsors,
                    ner: if a.person {
                        NerLabel::Per
                    } else {
                        NerLabel::Org
                    },
                    antecedent: None,
                    is_actor: true,
                    name_span,
                };
                // coreference of definite role descriptions ("the former Prime Minister")
                if !named && ctry.is_none() && a.person && lw(start_w.wrapping_sub(1)) != "a" {
                    let former = FORMER.contains(&lw(start_w.wrapping_sub(1)))
                        || (start_w >= 2
                            && FORMER.contains(&lw(start_w - 2))
                            && lw(start_w - 1).is_empty());
                    let det = (0..3).any(|d| start_w > d && lw(start_w - 1 - d) == "the");
                    if det {
                        if let Some((ei, ant)) =
                            self.role_antecedent(salience, &a.code, former, date)
                        {
                            let e = &self.entities[ei as usize];
                            let mut sp0 = start_w;
                            while sp0 > 0 && (FORMER.contains(&lw(sp0 - 1)) || lw(sp0 - 1) == "the")
                            {
                                sp0 -= 1;
                            }
                            let sp = span_of(sp0, end_w);
                            m = self.entity_mention(
                                e,
                                si,
                                sp,
                                MentionVia::Coreference,
                                0.7,
                                date,
                                NerLabel::Per,
                                true,
                            );
                            m.antecedent = Some(ant);
                            bump(salience, ei, si, 0.5, sp);
                        }
                    }
                }
                if matches!(m.actor.via, MentionVia::Generic | MentionVia::Unresolved) {
                    let base = ctry
                        .and_then(|c| c.codes.first())
                        .map_or("---", |x| x.code.as_str());
                    parts.push((span, base.to_owned(), a.code.clone()));
                }
                for (ci, c) in countries_extra.iter().enumerate() {
                    let _ = ci;
                    let mut m2 = m.clone();
                    m2.actor.cameo = Some(format!(
                        "{}{}",
                        c.codes.first().map_or("---", |x| x.code.as_str()),
                        a.code
                    ));
                    m2.actor.country = c.country.clone();
                    parts.push((
                        span,
                        c.codes
                            .first()
                            .map_or("---", |x| x.code.as_str())
                            .to_owned(),
                        a.code.clone(),
                    ));
                    out.push(m2);
                }
                m
            } else {
                k = next;
                continue;
            };
            out.push(m);
            k = next;
        }
        // a participle may describe the agent: "China's *ruling* Communist party"
        let clausal = |k: usize| {
            ws.get(k)
                .and_then(|w| word_syntax(parse, sents.get(si), w))
                .is_some_and(|t| match t.upos {
                    Upos::Verb => !matches!(t.xpos.as_str(), "VBG" | "VBN"),
                    u => matches!(
                        u,
                        Upos::Aux | Upos::Num | Upos::Adp | Upos::Pron | Upos::Sconj | Upos::Part
                    ),
                })
        };
        crate::phrase::combine(ws, &mut out, &parts, &mut covered, clausal);
        // unknown capitalised names, surnames, pronouns and group descriptions
        let propn = |i: usize| word_upos(parse, sents.get(si), &ws[i]) == Some(Upos::Propn);
        let lower_text = sctx.lower_case();
        let mut i = 0;
        while i < ws.len() {
            if covered[i] {
                i += 1;
                continue;
            }
            let w = &ws[i];
            if shouting && !propn(i) {
                i += 1;
                continue;
            }
            let namey = |k: usize| -> bool {
                let w = &ws[k];
                !covered[k]
                    && !w.possessive
                    && (w.cap || propn(k))
                    && w.lower.chars().next().is_some_and(|c| c.is_alphabetic())
                    && !in_address(text, w.start, w.end)
            };
            // a name the tagger finds where the capitalisation rules see none (text written
            // without capitals)
            if let Some(t) = tagged
                .iter()
                .find(|t| t.start <= i && i < t.end)
                .filter(|t| lower_text && !ws[t.start].possessive && !is_stop(&ws[t.start].lower))
            {
                // a tagged name counts only when no dictionary match or address overlaps it
                let clean = t.start == i
                    && (i..t.end).all(|k| !covered[k] && !in_address(text, ws[k].start, ws[k].end));
                if clean {
                    if let Some(mut m) = self.tagged_mention(
                        text,
                        si,
                        ws,
                        (i, t.end),
                        t.ty,
                        all_ids,
                        date,
                        salience,
                        doc.places,
                    ) {
                        if m.actor.via == MentionVia::Unresolved
                            && is_place(m.actor.span)
                            && !self.first_names.contains(ws[i].key.as_str())
                        {
                            m.ner = NerLabel::Loc;
                            m.is_actor = false;
                        }
                        out.push(m);
                    }
                    i = t.end;
                } else {
                    i += 1;
                }
                continue;
            }
            // a title or an opener before a first name is not part of the name ("Aunt Toni",
            // "Welcome Darin"): the name starts after it (after a title, it is a person's)
            if w.cap
                && ws.get(i + 1).is_some_and(|n| n.joined && n.cap && !n.upper)
                && (is_honorific(&w.lower) && !matches!(w.lower.as_str(), "saint" | "st")
                    || OPENERS.contains(&w.lower.as_str()))
                && namey(i)
                && namey(i + 1)
                && self.first_names.contains(ws[i + 1].key.as_str())
            {
                i += 1;
                continue;
            }
            // a shop named after its owner: "Tony's Pizza", "Marco's Grill House"
            if let Some(j) = owner_shop(ws, i) {
                if namey(i) && !is_stop(&w.lower) && (i..j).all(|k| !covered[k]) {
                    let span = span_of(i, j);
                    out.push(unresolved_name(text, si, span, NerLabel::Org, true, 0.4));
                    i = j;
                    continue;
                }
            }
            // an e-mail display name written surname first: "Roe, Jane" <jane.roe@…>
            if let Some(j) = self.surname_comma_first(text, ws, i) {
                if (i..j).all(namey) {
                    let span = span_of(i, j);
                    out.push(unresolved_name(text, si, span, NerLabel::Per, true, 0.4));
                    i = j;
                    continue;
                }
            }
            if namey(i) && !is_stop(&w.lower) && !elongated(&w.lower) {
                let mut j = i + 1;
                let dot_ok = |k: usize| {
                    // a full stop may only follow an initial or an honorific ("J. Smith", "Dr. Who")
                    let gap = text.get(ws[k - 1].end..ws[k].start).unwrap_or("");
                    !gap.contains('.')
                        || ws[k - 1].lower.chars().count() == 1
                        || is_honorific(&ws[k - 1].lower)
                };
                // a line break or a spaced dash ends a name ("Jane Roe - Manager")
                let gap_ok = |k: usize| {
                    let gap = text.get(ws[k - 1].end..ws[k].start).unwrap_or("");
                    let spaced_dash = gap.len() >= 3 && gap.trim().chars().any(is_dash_char);
                    !(gap.contains('\n') || spaced_dash)
                };
                // a middle initial "A." is a name part even though "a" is a stop word
                let initial = |k: usize| {
                    ws[k].upper_initial()
                        && text.get(ws[k].end..).is_some_and(|r| r.starts_with('.'))
                };
                loop {
                    if j < ws.len()
                        && ws[j].joined
                        && dot_ok(j)
                        && gap_ok(j)
                        && namey(j)
                        && (!is_stop(&ws[j].lower)
                            || (initial(j) && j + 1 < ws.len() && namey(j + 1)))
                    {
                        j += 1;
                    } else if j + 1 < ws.len()
                        && ws[j].joined
                        && ws[j + 1].joined
                        && (matches!(
                            ws[j].lower.as_str(),
                            "of" | "de"
                                | "bin"
                                | "ibn"
                                | "van"
                                | "von"
                                | "la"
                                | "du"
                                | "der"
                                | "for"
                        ) || ws[j].lower == "and" && org_of_run(&ws[i..j]))
                        && namey(j + 1)
                        && !is_stop(&ws[j + 1].lower)
                    {
                        j += 2;
                    } else {
                        break;
                    }
                }
                // a company's legal form after a comma belongs to its name ("CCNG, Inc.")
                let corp = corp_suffix(text, ws, j) && !covered[j];
                if corp {
                    j += 1;
                }
                let first_in_sentence = i == 0;
                let honor = i > 0 && is_honorific(&ws[i - 1].lower);
                // first names that are also common words ("Hope this helps", "Will you")
                // count only when a surname follows
                let fname = self.first_names.contains(w.key.as_str())
                    && (j > i + 1 || !WORD_NAMES.contains(&w.lower.as_str()));
                // a lone capitalised word opening a sentence is no name unless it is a first
                // name, a proper noun or the tagger reads it as a person ("Catriona is well")
                let single_initial = first_in_sentence
                    && j == i + 1
                    && !fname
                    && !propn(i)
                    && !w.upper
                    && !tagged
                        .iter()
                        .any(|t| t.start == i && t.end == j && t.ty == NerType::Per);
                if single_initial {
                    i = j;
                    continue;
                }
                let span = span_of(i, j);
                // a storm ("Hurricane Katrina", and "Katrina" in the same article) is no actor
                let storm = (j == i + 2 || (j == i + 3 && w.lower == "tropical"))
                    && STORM_WORDS.contains(&ws[j - 2].lower.as_str())
                    || (j == i + 1 && doc.storms.iter().any(|k| k == w.key.as_str()));
                if storm {
                    out.push(unresolved_name(text, si, span, NerLabel::Misc, false, 0.4));
                    i = j;
                    continue;
                }
                let lowers: Vec<&str> = ws[i..j].iter().map(|w| w.lower.as_str()).collect();
                if j == i + 1
                    && (is_org_word(&w.lower) || is_loc_word(&w.lower) || is_honorific(&w.lower))
                {
                    i = j;
                    continue;
                }
                // surname coreference (a surname followed by other capitalised words keeps only itself)
                let surname_first = j > i + 1
                    && self
                        .surnames
                        .get(w.key.as_str())
                        .is_some_and(|c| c.iter().any(|c| all_ids.contains(c)))
                    && !fname;
                let (j, span) = if surname_first {
                    (i + 1, span_of(i, i + 1))
                } else {
                    (j, span)
                };
                // an upper-case word in a sentence in normal case is an acronym, not a surname
                // ("YAY", "KS")
                if j == i + 1 && !(w.upper && w.lower.chars().count() > 1) {
                    let common =
                        word_upos(parse, sents.get(si), w).is_some_and(|u| u != Upos::Propn);
                    if let Some(m) = self.surname_mention(
                        &w.key, fname, common, all_ids, si, span, date, salience, doc.places,
                    ) {
                        out.push(m);
                        i = j;
                        continue;
                    }
                }
                let acronym = j == i + 1
                    && w.upper
                    && (3..=6).contains(&w.lower.len())
                    && w.lower.bytes().all(|b| b.is_ascii_alphabetic())
                    && !NOT_ORG_ACRONYMS.contains(&w.lower.as_str());
                let ner = if honor || fname {
                    NerLabel::Per
                } else if lowers.iter().any(|l| is_org_word(l)) {
                    NerLabel::Org
                } else if lowers.iter().any(|l| is_loc_word(l))
                    || LOC_FIRST.contains(&lowers[0])
                    || (i > 0
                        && matches!(
                            ws[i - 1].lower.as_str(),
                            "in" | "at" | "near" | "to" | "from" | "visit" | "visited" | "around"
                        ))
                {
                    NerLabel::Loc
                } else if j - i >= 2
                    && j - i <= 4
                    && (ws[i..j]
                        .iter()
                        .any(|w| self.first_names.contains(w.key.as_str()))
                        || propn(i))
                {
                    NerLabel::Per
                } else if acronym {
                    // an unknown all-capital word of 3-6 letters is most often an organisation
                    NerLabel::Org
                } else {
                    NerLabel::Misc
                };
                // with a tagger, it types the run: the type of a tagged span with the same
                // bounds, else the type most of the run's tagged words have, else none
                let rule_loc = ner == NerLabel::Loc;
                let one_letter = j == i + 1 && w.lower.chars().count() == 1;
                let ner = if one_letter {
                    NerLabel::Misc
                } else if self.ner.is_some() {
                    let exact = tagged.iter().find(|t| t.start == i && t.end == j);
                    let mut votes = [0usize; 3];
                    for t in tagged {
                        let ov = t.end.min(j).saturating_sub(t.start.max(i));
                        votes[t.ty as usize] += ov;
                    }
                    let best = (0..3).max_by_key(|&t| votes[t]).filter(|&t| votes[t] > 0);
                    let lab = |t: NerType| match t {
                        NerType::Per => NerLabel::Per,
                        NerType::Org => NerLabel::Org,
                        NerType::Loc => NerLabel::Loc,
                    };
                    let tag = match (exact, best) {
                        (Some(t), _) => lab(t.ty),
                        (None, Some(b)) => lab(NerType::ALL[b]),
                        // "the" and an unknown acronym: an organisation ("the FBI", "the QZRT
                        // agency"), unless a noun other than an organisation word follows that it
                        // modifies ("the PSA account")
                        (None, None)
                            if acronym
                                && i > 0
                                && ws[i - 1].lower == "the"
                                && !ws.get(j).is_some_and(|n| {
                                    n.joined
                                        && !n.cap
                                        && n.lower.chars().all(char::is_alphabetic)
                                        && !is_stop(&n.lower)
                                        && !is_org_word(&n.lower)
                                }) =>
                        {
                            NerLabel::Org
                        }
                        // a title, or a first name and another capitalised word: a person
                        (None, None) if honor || (fname && j > i + 1) => NerLabel::Per,
                        (None, None) => NerLabel::Misc,
                    };
                    // a place word or a place preposition outweighs the tagger's person or organisation guess
                    if rule_loc && matches!(tag, NerLabel::Per | NerLabel::Org) {
                        NerLabel::Loc
                    } else if tag == NerLabel::Loc
                        && j > i + 1
                        && lowers.last().is_some_and(|l| is_org_word(l))
                    {
                        // a name ending in an organisation word is the organisation, whatever
                        // place it starts with ("the World Conservation *Union*", "El Paso
                        // *Energy*")
                        NerLabel::Org
                    } else {
                        tag
                    }
                } else {
                    ner
                };
                // the place stage read the same words as a place: a place, unless a title precedes them
                // or they start with a first name
                let ner = if !honor
                    && !fname
                    && matches!(ner, NerLabel::Per | NerLabel::Org)
                    && is_place(span)
                {
                    NerLabel::Loc
                } else {
                    ner
                };
                // a name with a company's legal form, or an acronym the article defined for an
                // organisation
                let ner = if corp
                    || j == i + 1 && w.upper && doc.acronyms.iter().any(|k| k == w.key.as_str())
                {
                    NerLabel::Org
                } else {
                    ner
                };
                let is_actor = matches!(ner, NerLabel::Per | NerLabel::Org);
                out.push(unresolved_name(text, si, span, ner, is_actor, 0.4));
                i = j;
                continue;
            }
            // pronouns
            let l = w.lower.as_str();
            if PRONOUNS_M.contains(&l) || PRONOUNS_F.contains(&l) {
                // a person named earlier in the same sentence is the nearest antecedent and
                // wins over the most salient person of the article ("… such as Hisham
                // al-Hashemi, who was an analyst, as he was assassinated"); a name we cannot
                // resolve passes on to the pronoun as it is
                let sp = span_of(i, i + 1);
                let pick = match self.nearest_person(text, &out, ws[i].start) {
                    Some(Nearest::Known(ei, ant)) => Some((ei, ant)),
                    Some(Nearest::Unknown(k)) => {
                        let mut m = out[k].clone();
                        m.antecedent = Some(m.actor.span);
                        m.actor.span = sp;
                        m.name_span = sp;
                        m.actor.sentence = si;
                        m.actor.via = MentionVia::Coreference;
                        out.push(m);
                        None
                    }
                    None => salience
                        .iter()
                        .filter(|s| {
                            self.entities[s.0 as usize].kind == ActorKind::Person
                                && si.saturating_sub(s.1) <= 2
                        })
                        .max_by(|a, b| {
                            score(a, si)
                                .partial_cmp(&score(b, si))
                                .unwrap_or(std::cmp::Ordering::Equal)
                        })
                        .map(|s| (s.0, s.3)),
                };
                if let Some((ei, ant)) = pick {
                    let e = &self.entities[ei as usize];
                    let mut m = self.entity_mention(
                        e,
                        si,
                        sp,
                        MentionVia::Coreference,
                        0.6,
                        date,
                        NerLabel::Per,
                        true,
                    );
                    m.antecedent = Some(ant);
                    out.push(m);
                    bump(salience, ei, si, 0.3, sp);
                }
            } else if l == "the"
                && i + 1 < ws.len()
                && GROUP_NOUNS.contains(&ws[i + 1].lower.as_str())
                && !ws.get(i + 2).is_some_and(|w| w.cap || w.lower == "of")
            {
                let want_party = ws[i + 1].lower == "party";
                let pick = salience
                    .iter()
                    .filter(|s| {
                        let k = self.entities[s.0 as usize].kind;
                        (want_party && k == ActorKind::Party)
                            || k == ActorKind::ArmedGroup
                            || (want_party && k == ActorKind::Organisation)
                    })
                    .max_by(|a, b| {
                        let pa = (want_party
                            && self.entities[a.0 as usize].kind == ActorKind::Party)
                            as u8;
                        let pb = (want_party
                            && self.entities[b.0 as usize].kind == ActorKind::Party)
                            as u8;
                        (pa, score(a, si))
                            .partial_cmp(&(pb, score(b, si)))
                            .unwrap_or(std::cmp::Ordering::Equal)
                    })
                    .copied();
                if let Some((ei, _, _, ant)) = pick {
                    let e = &self.entities[ei as usize];
                    let sp = span_of(i, i + 2);
                    let mut m = self.entity_mention(
                        e,
                        si,
                        sp,
                        MentionVia::Coreference,
                        0.6,
                        date,
                        NerLabel::Org,
                        true,
                    );
                    m.antecedent = Some(ant);
                    // replace a generic mention for the same noun, if any
                    out.retain(|x| {
                        !(x.actor.span.overlaps(&sp) && x.actor.via == MentionVia::Generic)
                    });
                    out.push(m);
                    bump(salience, ei, si, 0.5, sp);
                    i += 2;
                    continue;
                }
            }
            i += 1;
        }
        out.sort_by_key(|m| (m.actor.span.start, m.actor.span.end));
        merge_divisions(text, &mut out);
        out
    }

    /// `"Surname, Given"` at word `i`: a display name in a mail header, quoted (or alone on its
    /// line, the quotes stripped) with the surname first and a known first name after one comma.
    /// Returns the end of the name (one past the first name).
    fn surname_comma_first(&self, text: &str, ws: &[Word], i: usize) -> Option<usize> {
        let (s, g) = (ws.get(i)?, ws.get(i + 1)?);
        if !(s.cap && g.cap) || s.upper || g.upper {
            return None;
        }
        let gap = |a: usize, b: usize| text.get(a..b).unwrap_or("");
        // the gap before the surname and after the first name: a quote (or the line's end)
        let opens = |x: &str| x.contains('"') || x.contains('\n') || x.is_empty() && i == 0;
        let before = if i == 0 {
            let from = text
                .get(..s.start)
                .map_or(0, |t| t.rfind('\n').map_or(0, |k| k + 1));
            gap(from, s.start)
        } else {
            gap(ws[i - 1].end, s.start)
        };
        let after_end = ws.get(i + 2).map_or(text.len(), |n| n.start);
        let after = gap(g.end, after_end);
        let closes = after.trim_start().starts_with('"')
            || after.trim_start().starts_with('<')
            || ws.get(i + 2).is_none() && !after.contains(['.', ',', ':', ';']);
        let ok = !s.possessive
            && !g.possessive
            && gap(s.end, g.start).trim() == ","
            && !self.first_names.contains(s.key.as_str())
            && self.first_names.contains(g.key.as_str())
            && !is_stop(&s.lower)
            && opens(before.trim_matches(' '))
            && closes;
        ok.then_some(i + 2)
    }

    /// A lone word that is the surname of a known person: the entity already named in the article
    /// (coreference), or the only entity with that surname when none is named and the word is
    /// neither also a first name nor read by the tagger as a common word (`common_word`: "*Gas*
    /// is free from liens") — a variant. Bumps the entity's salience.
    #[allow(clippy::too_many_arguments)]
    fn surname_mention(
        &self,
        key: &str,
        first_name: bool,
        common_word: bool,
        all_ids: &FastSet<u32>,
        si: usize,
        span: Span,
        date: Option<Date>,
        salience: &mut Vec<(u32, usize, f32, Span)>,
        places: &[Span],
    ) -> Option<Mention> {
        // a word the place stage reads as a place is no surname ("Douma" folds like "Zuma")
        if places.contains(&span) {
            return None;
        }
        let cands = self.surnames.get(key)?;
        let mentioned: Vec<u32> = cands
            .iter()
            .copied()
            .filter(|c| all_ids.contains(c))
            .collect();
        let (ei, via, conf) = if mentioned.len() == 1 {
            (mentioned[0], MentionVia::Coreference, 0.8)
        } else if cands.len() == 1 && mentioned.is_empty() && !first_name && !common_word {
            (cands[0], MentionVia::Variant, 0.5)
        } else {
            return None;
        };
        let e = &self.entities[ei as usize];
        let ant = salience.iter().find(|s| s.0 == ei).map(|s| s.3);
        let mut m = self.entity_mention(e, si, span, via, conf, date, NerLabel::Per, true);
        m.antecedent = ant;
        bump(salience, ei, si, 1.0, span);
        Some(m)
    }

    /// A mention for a name the tagger found over words `w0..w1`: a surname of an entity named
    /// in the article, or an unknown name of the tagged type.
    #[allow(clippy::too_many_arguments)]
    fn tagged_mention(
        &self,
        text: &str,
        si: usize,
        ws: &[Word],
        (w0, w1): (usize, usize),
        ty: NerType,
        all_ids: &FastSet<u32>,
        date: Option<Date>,
        salience: &mut Vec<(u32, usize, f32, Span)>,
        places: &[Span],
    ) -> Option<Mention> {
        let span = Span::new(ws[w0].start, ws[w1 - 1].end);
        let w = &ws[w0];
        if w1 == w0 + 1 && ty == NerType::Per {
            let fname = self.first_names.contains(w.key.as_str());
            if let Some(m) = self.surname_mention(
                &w.key, fname, false, all_ids, si, span, date, salience, places,
            ) {
                return Some(m);
            }
        }
        let ner = match ty {
            NerType::Per => NerLabel::Per,
            NerType::Org => NerLabel::Org,
            NerType::Loc => NerLabel::Loc,
        };
        Some(unresolved_name(
            text,
            si,
            span,
            ner,
            ner != NerLabel::Loc,
            0.5,
        ))
    }

    /// The person mentioned last before byte `before` among the sentence's mentions `out`, or
    /// `None` when the sentence names no person before or a quotation mark lies between (a
    /// pronoun inside a quotation speaks from the quote, so the nearest name outside it is no
    /// better a guess than the article's most salient person).
    fn nearest_person(&self, text: &str, out: &[Mention], before: usize) -> Option<Nearest> {
        let (k, m) = out
            .iter()
            .enumerate()
            .filter(|(_, m)| {
                let unknown_person = m.actor.id.is_none() && m.ner == NerLabel::Per;
                (m.actor.kind == ActorKind::Person || unknown_person) && m.actor.span.end <= before
            })
            .max_by_key(|(_, m)| (m.actor.span.end, m.actor.span.start))?;
        let between = text.get(m.actor.span.end..before).unwrap_or("\"");
        if between.contains(['"', '“', '”', '«', '»']) {
            return None;
        }
        let Some(&ei) = m.actor.id.as_deref().and_then(|id| self.by_id.get(id)) else {
            return Some(Nearest::Unknown(k));
        };
        let ant = match m.actor.via {
            MentionVia::Coreference => m.antecedent.unwrap_or(m.actor.span),
            _ => m.actor.span,
        };
        Some(Nearest::Known(ei, ant))
    }

    fn sentence_country<'a>(&'a self, items: &[Item], _used: &[bool]) -> Option<&'a Entity> {
        let cs: Vec<&Entity> = items
            .iter()
            .filter_map(|x| self.ent(x.target))
            .filter(|e| e.kind == ActorKind::State)
            .collect();
        let first = cs.first()?;
        cs.iter().all(|c| c.id == first.id).then_some(*first)
    }

    fn role_antecedent(
        &self,
        sal: &[(u32, usize, f32, Span)],
        code: &str,
        former: bool,
        date: Option<Date>,
    ) -> Option<(u32, Span)> {
        sal.iter()
            .filter(|s| {
                let e = &self.entities[s.0 as usize];
                e.kind == ActorKind::Person
                    && if former {
                        e.held_before(code, date)
                    } else {
                        e.code_on(date).is_some_and(|c| c.ends_with(code))
                    }
            })
            .max_by(|a, b| a.2.partial_cmp(&b.2).unwrap_or(std::cmp::Ordering::Equal))
            .map(|s| (s.0, s.3))
    }

    #[allow(clippy::too_many_arguments)]
    fn entity_mention(
        &self,
        e: &Entity,
        si: usize,
        span: Span,
        via: MentionVia,
        conf: f32,
        date: Option<Date>,
        ner: NerLabel,
        is_actor: bool,
    ) -> Mention {
        Mention {
            actor: ActorMention {
                sentence: si,
                span,
                id: Some(e.id.clone()),
                name: Some(e.name.clone()),
                cameo: e.code_on(date),
                country: e.country.clone(),
                sector: e.sector.clone(),
                kind: e.kind,
                via,
                confidence: conf,
            },
            sponsors: e.sponsors.clone(),
            ner,
            antecedent: None,
            is_actor,
            name_span: span,
        }
    }
}

/// [`Cue`] flags of the word lists (titles, organisation, place and stop words), one lookup.
fn word_flags(lower: &str) -> u8 {
    static FLAGS: OnceLock<(crate::gate::Gate, FastMap<&'static str, u8>)> = OnceLock::new();
    let (gate, map) = FLAGS.get_or_init(|| {
        let mut m: FastMap<&'static str, u8> = FastMap::default();
        let lists: [(&[&'static str], u8); 5] = [
            (HONORIFICS, Cue::TITLE),
            (ORG_WORDS, Cue::ORG_WORD),
            (LOC_WORDS, Cue::LOC_WORD),
            (LOC_FIRST, Cue::LOC_WORD),
            (STOP_CAPS, Cue::STOP),
        ];
        for (list, flag) in lists {
            for w in list {
                *m.entry(w).or_default() |= flag;
            }
        }
        (crate::gate::Gate::new(m.keys().copied()), m)
    });
    if !gate.may_contain(lower) {
        return 0;
    }
    map.get(lower).copied().unwrap_or(0)
}

/// True when most words of a sentence are upper-case: capitalisation is then no name cue.
///
/// `infos`: the words' packed [`ActorStage::form_info`] (which says whether each word is
/// [`wordy`]).
fn is_shouting_with(ws: &[Word], infos: &[u64]) -> bool {
    debug_assert_eq!(ws.len(), infos.len());
    shouting_of(
        ws.iter()
            .zip(infos)
            .map(|(w, &x)| (x & INFO_WORDY != 0, w.upper)),
    )
}

/// [`is_shouting_with`] from `(wordy, upper)` of each word.
fn shouting_of(words: impl Iterator<Item = (bool, bool)>) -> bool {
    let (mut n, mut up) = (0usize, 0usize);
    for (wordy, upper) in words {
        if wordy {
            n += 1;
            up += usize::from(upper);
        }
    }
    n >= 3 && up * 10 >= n * 6
}

/// A lower-case word that counts for [`is_shouting_with`]: two or more characters, one of them a
/// letter.
fn wordy(l: &str) -> bool {
    if l.is_ascii() {
        l.len() >= 2 && l.bytes().any(|b| b.is_ascii_alphabetic())
    } else {
        l.chars().nth(1).is_some() && l.chars().any(|c| c.is_alphabetic())
    }
}

/// First names that are also common English words: a name cue only before a surname.
const WORD_NAMES: &[&str] = &[
    "hope", "faith", "joy", "grace", "may", "will", "mark", "bill", "rose", "june", "april",
    "august", "frank", "pat", "sue", "art", "dawn", "summer", "autumn", "ruby", "crystal", "amber",
    "rich", "sunny", "chase", "hunter", "lane", "miles", "pearl", "penny", "holly", "ivy", "sky",
    "star", "guy", "don", "ray", "gene", "dean", "price", "jack", "sandy", "rusty", "destiny",
    "harmony", "melody", "trinity", "patience", "charity", "glory",
];

/// All-capital words of 3-6 letters that are not organisations.
const NOT_ORG_ACRONYMS: &[&str] = &[
    "fyi", "asap", "tbd", "eta", "ceo", "cfo", "coo", "cto", "faq", "pdf", "url", "html", "usd",
    "eur", "gbp", "gmt", "est", "pst", "cst", "edt", "pdt", "utc", "dvd", "atm", "lol", "omg",
    "btw", "imo", "imho", "aka", "diy", "rsvp", "attn", "nb", "mph", "kph", "ipo", "gdp", "vip",
    "ok", "okay", "yes", "not", "and", "the", "for", "you", "all", "new", "now", "but", "why",
    "wow", "omfg", "wtf", "lmao", "rofl", "thx", "pls", "plz", "hey", "hi", "bye", "xoxo", "tv",
    "am", "pm", "jpg", "png", "gif", "doc", "xls", "ppt", "txt", "zip", "mp3", "mp4", "gps", "sms",
    "mba", "phd", "md", "esq", "jr", "sr", "iii", "ii", "iv", "vi", "usa", "uk",
];

fn is_dash_char(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '–' | '—')
}

/// The word is part of an e-mail address, a URL or a file name (`lisa_cv.doc`).
fn in_address(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let mut s = start.min(b.len());
    while s > 0 && !b[s - 1].is_ascii_whitespace() {
        s -= 1;
    }
    let mut e = end.min(b.len());
    while e < b.len() && !b[e].is_ascii_whitespace() {
        e += 1;
    }
    if s > e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
        return false;
    }
    // one pass over the bytes: `@`, `_`, `://` or `www.` (all ASCII, so a byte match is a
    // character match)
    let chunk = &b[s..e];
    chunk.iter().enumerate().any(|(k, &c)| match c {
        b'@' | b'_' => true,
        b':' => chunk[k + 1..].starts_with(b"//"),
        b'w' => chunk[k + 1..].starts_with(b"ww."),
        _ => false,
    })
}

/// `lower` equals the lower-case surfaces of `ws` joined by single spaces.
fn lower_eq(lower: &[u8], ws: &[Word]) -> bool {
    let mut rest = lower;
    for (i, w) in ws.iter().enumerate() {
        if i > 0 {
            match rest.strip_prefix(b" ") {
                Some(r) => rest = r,
                None => return false,
            }
        }
        match rest.strip_prefix(w.lower.as_bytes()) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}

fn score(s: &(u32, usize, f32, Span), si: usize) -> f32 {
    s.2 / (1.0 + 0.5 * si.saturating_sub(s.1) as f32)
}

/// A word with one letter written three or more times in a row ("Soooo", "Yesss"): an
/// interjection drawn out for emphasis, not a name.
fn elongated(w: &str) -> bool {
    w.as_bytes()
        .windows(3)
        .any(|x| x[0] == x[1] && x[1] == x[2] && x[0].is_ascii_alphabetic())
}

/// Nouns naming a kind of shop, restaurant or small business, that follow an owner's name and
/// a possessive in the business's name ("Tony's Pizza").
const SHOP_NOUNS: &[&str] = &[
    "auto",
    "bakery",
    "bar",
    "barbershop",
    "bistro",
    "cafe",
    "café",
    "deli",
    "diner",
    "garage",
    "grill",
    "kitchen",
    "motors",
    "pizza",
    "pizzeria",
    "pub",
    "restaurant",
    "salon",
    "tavern",
];

/// A business named after its owner at word `i`: an unknown capitalised name, the possessive
/// `'s` (or a lone `s`), a shop noun, and any capitalised words after it ("Tony's Pizza",
/// "Marco's Grill House"). Returns the end of the name.
fn owner_shop(ws: &[Word], i: usize) -> Option<usize> {
    let (o, p, n) = (ws.get(i)?, ws.get(i + 1)?, ws.get(i + 2)?);
    // the clitic, also split off by a space ("Tony 's") or with the apostrophe lost ("Tony s")
    let clitic = p.possessive || p.lower == "s";
    if !(o.cap && !o.upper && clitic && n.joined && SHOP_NOUNS.contains(&n.lower.as_str())) {
        return None;
    }
    let mut j = i + 3;
    while ws
        .get(j)
        .is_some_and(|w| w.joined && w.cap && !w.upper && !is_stop(&w.lower))
    {
        j += 1;
    }
    Some(j)
}

/// An organisation word followed by "of" in a name ("Department of Housing", "School of
/// Industrial"): an "and" after it joins the next capitalised words to the same name ("…and
/// Urban Development", "…and Systems Engineering").
fn org_of_run(run: &[Word]) -> bool {
    run.windows(2)
        .any(|p| p[1].lower == "of" && is_org_word(&p[0].lower))
}

/// A capitalised generic agent that ends in an organisation word ("Department", "School",
/// "Authority"; not a role such as "President") right after an unknown capitalised word is the
/// head of an organisation's name, not a generic agent ("the Brimford School of Engineering",
/// "Kessland Department of Parks"): its dictionary match is dropped so that the whole run is
/// read as one unknown name. The match stays after a word that ends another dictionary match ("Iraqi Army")
/// or that the place stage reads as a place ("Basra Police": the police of a place), before a
/// capitalised word (a title: "Cordova Mayor Adelino Sitoy"), and in a sentence written in
/// capitals.
fn drop_agents_inside_names(
    ws: &[Word],
    shouting: bool,
    places: &[Span],
    mut items: Vec<Item>,
) -> Vec<Item> {
    if shouting {
        return items;
    }
    // bit k: a dictionary match ends at word k (first 64 words)
    let mut ends = 0u64;
    for it in &items {
        if it.w1 < 64 {
            ends |= 1 << it.w1;
        }
    }
    items.retain(|it| {
        let Target::Agent(_) = it.target else {
            return true;
        };
        let w0 = it.w0;
        let inside = w0 > 0
            && w0 < 64
            && ends & (1 << w0) == 0
            && ws[w0..it.w1].iter().all(|w| w.cap && !w.upper && w.joined)
            && is_org_word(&ws[it.w1 - 1].lower)
            // a title before a name stays one ("Cordova Mayor Adelino Sitoy")
            && !ws.get(it.w1).is_some_and(|n| n.joined && n.cap)
            && {
                let p = &ws[w0 - 1];
                p.cap
                    && !p.upper
                    && !p.possessive
                    && !is_stop(&p.lower)
                    && !is_honorific(&p.lower)
                    && !is_loc_word(&p.lower)
                    && !places.iter().any(|s| s.start < p.end && p.start < s.end)
            };
        !inside
    });
    items
}

/// A known organisation directly followed by an unknown organisation name is one name, a
/// division of the first ("Halvorsen Capital Partners", "Halvorsen Broadband Services, Inc."):
/// the known mention takes the whole span, the unknown one is dropped. `out` is sorted by span.
fn merge_divisions(text: &str, out: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let gap = text.get(a.actor.span.end..b.actor.span.start).unwrap_or("");
        let known_org = a.actor.id.is_some()
            && a.ner == NerLabel::Org
            && a.actor.kind == ActorKind::Organisation
            && a.actor.via == MentionVia::Name
            && a.name_span == a.actor.span;
        let unknown_org = b.actor.id.is_none()
            && b.ner == NerLabel::Org
            && b.actor.via == MentionVia::Unresolved
            && b.name_span == b.actor.span;
        if known_org && unknown_org && gap == " " {
            let end = b.actor.span.end;
            out[k].actor.span.end = end;
            out[k].name_span.end = end;
            out.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// True when the one-word demonym ending before word `end_w` modifies the word after it
/// ("Iraqi *police*", "Iraqi *elite* forces"): a lower-case word follows that the tagger (when
/// there is a parse) does not read as a verb or function word, or the demonym is part of a
/// hyphenated compound. A plural demonym is a noun and names the people ("*Turks* invaded",
/// "*Palestinians* attacked"), and so does one before a verb ("the *Iraqi* attacked").
fn demonym_as_modifier<'p>(
    ws: &[Word],
    end_w: usize,
    syntax: impl Fn(&Word) -> Option<&'p saker_core::nlp::TokenSyntax>,
) -> bool {
    // inside a hyphenated compound ("*Russian*-backed offensive", "African-*Americans*") a
    // demonym names no one by itself
    let own = end_w.checked_sub(1).and_then(|k| ws.get(k));
    let before = end_w.checked_sub(2).and_then(|k| ws.get(k));
    if own.is_some_and(|w| w.hyphen_next) || before.is_some_and(|w| w.hyphen_next) {
        return true;
    }
    let Some(next) = ws.get(end_w) else {
        return false;
    };
    if next.cap || !next.lower.chars().next().is_some_and(|c| c.is_alphabetic()) {
        return false;
    }
    let plural = own
        .and_then(&syntax)
        .is_some_and(|t| matches!(t.xpos.as_str(), "NNS" | "NNPS"));
    let verbal = syntax(next).is_some_and(|t| {
        matches!(
            t.upos,
            Upos::Verb
                | Upos::Aux
                | Upos::Adp
                | Upos::Sconj
                | Upos::Cconj
                | Upos::Part
                | Upos::Pron
                | Upos::Det
                | Upos::Adv
        )
    });
    !plural && !verbal
}

/// The part of speech the tagger gave the token that word `w` starts in (`None` without a
/// parse or when no token starts the word).
fn word_upos(parse: Option<&ParsedSentence>, sent: Option<&Sentence>, w: &Word) -> Option<Upos> {
    word_syntax(parse, sent, w).map(|t| t.upos)
}

/// The syntax of the token that word `w` starts in (`None` without a parse or when no token
/// starts the word).
fn word_syntax<'p>(
    parse: Option<&'p ParsedSentence>,
    sent: Option<&Sentence>,
    w: &Word,
) -> Option<&'p saker_core::nlp::TokenSyntax> {
    let (p, s) = (parse?, sent?);
    let ti = s.tokens.partition_point(|t| t.span.end <= w.start);
    s.tokens
        .get(ti)
        .filter(|t| t.span.start <= w.start)
        .and_then(|_| p.get(ti))
}

/// A name found in the text but not in the knowledge base, kept with its text and type.
fn unresolved_name(
    text: &str,
    si: usize,
    span: Span,
    ner: NerLabel,
    is_actor: bool,
    confidence: f32,
) -> Mention {
    Mention {
        actor: ActorMention {
            sentence: si,
            span,
            id: None,
            name: Some(span.slice(text).to_owned()),
            cameo: None,
            country: None,
            sector: None,
            kind: ActorKind::Unknown,
            via: MentionVia::Unresolved,
            confidence,
        },
        sponsors: Vec::new(),
        ner,
        antecedent: None,
        is_actor,
        name_span: span,
    }
}

fn bump(sal: &mut Vec<(u32, usize, f32, Span)>, e: u32, si: usize, w: f32, span: Span) {
    match sal.iter_mut().find(|s| s.0 == e) {
        Some(s) => {
            s.1 = si;
            s.2 += w;
            if w >= 1.0 {
                s.3 = span;
            }
        }
        None => sal.push((e, si, w, span)),
    }
}

/// Ensures the stage can be shared between threads.
#[allow(dead_code)]
fn assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<ActorStage>();
    is::<ActorError>();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_found_around_the_word() {
        let t =
            "Write to lisa@example.org or see www.example.com, http://x.org/a and lisa_cv.doc now.";
        let at = |w: &str| {
            let s = t.find(w).expect("word in text");
            in_address(t, s, s + w.len())
        };
        assert!(at("lisa"));
        assert!(at("example.com"));
        assert!(at("x.org"));
        assert!(at("cv"));
        assert!(!at("Write"));
        assert!(!at("now"));
        // a colon or a `w` alone is no address
        let u = "Note: we will win wide support.";
        for w in ["Note", "we", "will", "win", "wide"] {
            let s = u.find(w).expect("word in text");
            assert!(!in_address(u, s, s + w.len()), "{w}");
        }
    }

    #[test]
    fn the_root_table_agrees_with_the_trie_edges() {
        let kb = crate::Kb::default();
        let mut st = ActorStage::from_kb(kb, "");
        let _ = st.insert("Gondor Guard", Target::Agent(0));
        let _ = st.insert("Rohan Riders", Target::Agent(1));
        let _ = st.insert("Riders", Target::Agent(2));
        assert!(!st.edges.is_empty());
        for (&(node, tok), &child) in &st.edges {
            assert_eq!(st.child(node, tok), Some(child));
        }
        // a word that only continues a name ("Guard") starts none; nor does an unknown token
        let continues_only = (0..u32::try_from(st.vocab.len()).expect("small vocabulary"))
            .filter(|&t| !st.edges.contains_key(&(0, t)))
            .collect::<Vec<_>>();
        assert_eq!(continues_only.len(), 1);
        for t in continues_only.into_iter().chain([u32::MAX - 1]) {
            assert_eq!(st.child(0, t), None);
        }
    }
}
