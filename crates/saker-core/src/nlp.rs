//! Interchange types between pipeline stages.
//!
//! Data flows `text → syntax → actors → events → time → place`. Each stage reads the types produced
//! by the stages before it and returns its own. All spans are byte offsets into the **normalised**
//! article text (the `text` stage's output), never into the original.

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// One token of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Where the token lies in the normalised text.
    pub span: Span,
}

/// One sentence: its span and its tokens, in text order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Sentence {
    /// Where the sentence lies in the normalised text.
    pub span: Span,
    /// Tokens of the sentence, in order, all inside `span`.
    pub tokens: Vec<Token>,
}

impl Sentence {
    /// The token strings of this sentence, sliced from the normalised `text`.
    pub fn words<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.tokens.iter().map(|t| t.span.slice(text)).collect()
    }
}

/// Universal Dependencies part-of-speech tag (UPOS).
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Upos {
    /// All seventeen tags, in a fixed order (usable as class indices).
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The UD spelling of the tag (`"PROPN"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    /// Parses the UD spelling; `None` for anything else (including `_`).
    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.iter().copied().find(|u| u.as_str() == s)
    }

    /// Position of the tag in [`Upos::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Syntax of one token, aligned with [`Sentence::tokens`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenSyntax {
    /// Universal POS tag.
    pub upos: Upos,
    /// Penn Treebank tag (`VBD`, `NNP`, …).
    pub xpos: String,
    /// Lemma (lower-cased for common words; proper nouns keep their case).
    pub lemma: String,
    /// Head as a 1-based token index within the sentence; `0` means the root.
    pub head: usize,
    /// UD relation to the head, with subtype (`nsubj:pass`, `obl:agent`, …). Empty when the
    /// sentence was tagged but not parsed (the pipeline parses only sentences that can hold an
    /// event); `head` is then 0 for every token.
    pub deprel: String,
}

/// Syntax of a whole sentence: one [`TokenSyntax`] per token.
pub type ParsedSentence = Vec<TokenSyntax>;

/// What kind of participant an actor is.
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Person,
    Organisation,
    ArmedGroup,
    State,
    Igo,
    Ngo,
    Media,
    Party,
    /// A generic agent ("police", "gunmen", "a drone") with an agent code but no named entity.
    Generic,
    /// Recognised as a name but not in the knowledge base.
    #[default]
    Unknown,
}

/// How an actor mention was found.
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum MentionVia {
    /// The canonical name or a listed alias.
    #[default]
    Name,
    /// A transliteration or machine-translation variant of a listed name.
    Variant,
    /// A pronoun or description resolved to an earlier mention.
    Coreference,
    /// A generic agent noun phrase.
    Generic,
    /// A capitalised name not in the knowledge base.
    Unresolved,
}

/// An actor mention found by the `actors` stage.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ActorMention {
    /// Index of the sentence the mention is in.
    pub sentence: usize,
    /// Where the mention lies in the normalised text.
    pub span: Span,
    /// Knowledge-base id of the resolved entity, if resolved.
    pub id: Option<String>,
    /// Canonical name of the resolved entity.
    pub name: Option<String>,
    /// CAMEO actor code valid on the article date (`IRQGOV`, `IRNMIL`, `IRQCOP`).
    pub cameo: Option<String>,
    /// ISO 3166-1 alpha-3 country of the actor.
    pub country: Option<String>,
    /// PLOVER sector (`government`, `military`, `rebel`, …).
    pub sector: Option<String>,
    /// What kind of participant this is.
    pub kind: ActorKind,
    /// How the mention was found.
    pub via: MentionVia,
    /// 0..1 confidence of the resolution.
    pub confidence: f32,
}

/// Modality of an event: was it asserted as having happened?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as fact by the text.
    #[default]
    Asserted,
    /// Attributed to a speaker ("X said that Y attacked Z").
    Reported,
    /// Planned, announced or expected ("will", "plans to").
    Future,
    /// Conditional, possible or hypothetical ("could", "if").
    Hypothetical,
}

/// An event found by the `events` stage, before dates and places are attached.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EventCandidate {
    /// Index of the sentence the event is in.
    pub sentence: usize,
    /// Index (0-based, within the sentence) of the trigger's head token.
    pub trigger_token: usize,
    /// The whole trigger phrase in the normalised text.
    pub trigger: Span,
    /// CAMEO event code (`"190"`, `"1041"`).
    pub cameo: String,
    /// PLOVER event type (`"ASSAULT"`).
    pub plover_type: String,
    /// PLOVER mode, when the pattern or text cues one.
    pub plover_mode: Option<String>,
    /// PLOVER contexts cued by the text.
    pub plover_contexts: Vec<String>,
    /// ACLED event type and sub-event type, when the event is one ACLED codes.
    pub acled: Option<(String, String)>,
    /// Indices into the article's actor mentions: who did it.
    pub sources: Vec<usize>,
    /// Indices into the article's actor mentions: to whom.
    pub targets: Vec<usize>,
    /// "did not attack".
    pub negated: bool,
    /// Asserted, reported, future or hypothetical.
    pub modality: Modality,
    /// 0..1 confidence.
    pub confidence: f32,
}

/// Granularity of a resolved date.
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// Hour or finer.
    Time,
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
    /// A vague reference (`PAST_REF`, `FUTURE_REF`, `PRESENT_REF`).
    Vague,
    /// A duration (`P3W`), not a point in time.
    Duration,
    /// No expression governs the event: the publication date stands in.
    Publication,
}

/// Kind of a temporal expression (TIMEX3 `type`).
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexKind {
    Date,
    Time,
    Duration,
    Set,
}

/// A temporal expression found and normalised by the `time` stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// Where the expression lies in the normalised text.
    pub span: Span,
    /// TIMEX3 type.
    pub kind: TimexKind,
    /// TIMEX3-style value (`2022-11-17`, `2021-11`, `2020-W28`, `PAST_REF`, `P3W`).
    pub value: String,
    /// Granularity of `value`.
    pub precision: DatePrecision,
}

/// A place mention found and resolved by the `place` stage.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PlaceMention {
    /// Index of the sentence the mention is in (`usize::MAX` for a dateline outside any sentence).
    pub sentence: usize,
    /// Where the mention lies in the normalised text.
    pub span: Span,
    /// Resolved place name (gazetteer's preferred English name).
    pub name: String,
    /// ISO 3166-1 alpha-3 country.
    pub country: Option<String>,
    /// First-level administrative division name.
    pub admin1: Option<String>,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// GeoNames id when the place comes from GeoNames; `None` for Saker's own additions.
    pub geonameid: Option<u64>,
    /// Feature kind (`country`, `admin1`, `city`, `district`, `landmark`, …).
    pub feature: String,
    /// 0..1 confidence of the resolution.
    pub confidence: f32,
}

/// Id of the generic agent that names weapons and means of attack (bombs, missiles, drones): it
/// says how, not whose, so it is never an event's author by nationality and takes no country.
pub const WEAPON_AGENT: &str = "agent.drone";

/// CAMEO role codes of a state's own agents: government, military, police, intelligence,
/// judiciary, legislature (a UCDP "Government of X" side is the state of X and these agents).
pub const STATE_AGENT_ROLES: &[&str] = &["GOV", "MIL", "COP", "SPY", "JUD", "LEG"];
