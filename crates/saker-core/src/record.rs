//! The output event record (schema documented in `docs/schema.md`).
//!
//! All `start`/`end` here are UTF-8 byte offsets into the **original** article text, so that
//! `article.text[start..end] == text` holds for every field.

use crate::nlp::{DatePrecision, Modality};
use serde::{Deserialize, Serialize};

/// Version of the event record schema. Bump the minor number when fields are added, the major
/// number when a field changes meaning or is removed.
pub const SCHEMA_VERSION: &str = "1.0";

/// A piece of the original text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// The text exactly as it appears in the original article.
    pub text: String,
    /// Start byte offset in the original article text.
    pub start: usize,
    /// End byte offset (exclusive) in the original article text.
    pub end: usize,
}

/// PLOVER coding of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PloverCode {
    /// PLOVER event type (`ASSAULT`, `REQUEST`, …).
    #[serde(rename = "type")]
    pub kind: String,
    /// PLOVER mode, if any.
    pub mode: Option<String>,
    /// PLOVER contexts.
    pub contexts: Vec<String>,
}

/// ACLED coding of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcledCode {
    /// ACLED event type (`Explosions/Remote violence`).
    pub event_type: String,
    /// ACLED sub-event type (`Air/drone strike`).
    pub sub_event_type: String,
}

/// An actor or recipient of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRecord {
    /// The mention actually used, as in the original text.
    pub text: String,
    /// Start byte offset in the original article text.
    pub start: usize,
    /// End byte offset in the original article text.
    pub end: usize,
    /// Knowledge-base id; `null` when unresolved.
    pub id: Option<String>,
    /// Canonical name; `null` when unresolved.
    pub name: Option<String>,
    /// CAMEO actor code valid on the article date; `null` when unknown.
    pub cameo: Option<String>,
    /// ISO 3166-1 alpha-3 country.
    pub country: Option<String>,
    /// PLOVER sector.
    pub sector: Option<String>,
}

/// The date of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRecord {
    /// The expression in the original text; `null` when the publication date stands in.
    pub text: Option<String>,
    /// TIMEX3-style value (`2022-11-17`, `2021-11`, `2020`).
    pub value: String,
    /// Granularity of `value`; `publication` when no expression governs the event.
    pub precision: DatePrecision,
    /// Start byte offset of `text`; `null` with `text`.
    pub start: Option<usize>,
    /// End byte offset of `text`; `null` with `text`.
    pub end: Option<usize>,
}

/// The place of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocationRecord {
    /// The toponym as in the original text.
    pub text: String,
    /// Resolved place name.
    pub name: String,
    /// ISO 3166-1 alpha-3 country.
    pub country: Option<String>,
    /// First-level administrative division.
    pub admin1: Option<String>,
    /// Latitude (WGS84).
    pub lat: f64,
    /// Longitude (WGS84).
    pub lon: f64,
    /// GeoNames id, when from GeoNames.
    pub geonameid: Option<u64>,
    /// Start byte offset of `text`.
    pub start: usize,
    /// End byte offset of `text`.
    pub end: usize,
}

/// One coded event: who did what to whom, when, where — with the text behind each field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Schema version ([`SCHEMA_VERSION`]).
    pub schema_version: String,
    /// The article's id.
    pub doc_id: String,
    /// Unique within the article: `{doc_id}-{n}`.
    pub event_id: String,
    /// 0-based index of the sentence in the article.
    pub sentence_index: usize,
    /// The sentence, as in the original text.
    pub sentence: String,
    /// The trigger word or phrase.
    pub trigger: TextSpan,
    /// PLOVER coding.
    pub plover: PloverCode,
    /// CAMEO event code.
    pub cameo: String,
    /// ACLED coding, when the event is of a kind ACLED records.
    pub acled: Option<AcledCode>,
    /// Who did it.
    pub actors: Vec<ActorRecord>,
    /// To whom.
    pub recipients: Vec<ActorRecord>,
    /// When.
    pub date: Option<DateRecord>,
    /// Where.
    pub location: Option<LocationRecord>,
    /// True for "did not attack".
    pub negated: bool,
    /// Asserted, reported, future or hypothetical.
    pub modality: Modality,
    /// 0..1 confidence.
    pub confidence: f32,
}

/// Everything Saker found in one article.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CodedArticle {
    /// The article's id.
    pub doc_id: String,
    /// Number of sentences the text layer found.
    pub sentences: usize,
    /// Coded events, in text order.
    pub events: Vec<EventRecord>,
    /// The article as one ACLED event, as ACLED codes a report: one (event type, sub-event type)
    /// chosen by the codebook's precedence among the article's events and cues; `None` when the
    /// article tells no ACLED event.
    #[serde(default)]
    pub acled: Option<AcledCode>,
    /// Index in `events` of the event that carries the report's ACLED sub-event type (its
    /// actors, date and place are the report's), when one does.
    #[serde(default)]
    pub acled_event: Option<usize>,
    /// Problems with this record that did not stop it being coded (e.g. a missing date).
    pub warnings: Vec<String>,
}

impl CodedArticle {
    /// Keeps only the events `keep` accepts (an output filter such as `saker code
    /// --with-actors`), keeping [`CodedArticle::acled_event`] pointing at the same event, or
    /// `None` when that event is dropped. The report-level `acled` label is left as it is: it
    /// describes the article, not the kept events.
    pub fn retain_events(&mut self, mut keep: impl FnMut(&EventRecord) -> bool) {
        let mut new_index = Vec::with_capacity(self.events.len());
        let mut kept = 0usize;
        for e in &self.events {
            if keep(e) {
                new_index.push(Some(kept));
                kept += 1;
            } else {
                new_index.push(None);
            }
        }
        self.acled_event = self
            .acled_event
            .and_then(|i| new_index.get(i).copied().flatten());
        let mut k = 0usize;
        self.events.retain(|_| {
            k += 1;
            new_index[k - 1].is_some()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(id: &str, confidence: f32) -> EventRecord {
        let span = TextSpan {
            text: String::new(),
            start: 0,
            end: 0,
        };
        EventRecord {
            schema_version: SCHEMA_VERSION.into(),
            doc_id: "d".into(),
            event_id: id.into(),
            sentence_index: 0,
            sentence: String::new(),
            trigger: span,
            plover: PloverCode {
                kind: "ASSAULT".into(),
                mode: None,
                contexts: Vec::new(),
            },
            cameo: "190".into(),
            acled: None,
            actors: Vec::new(),
            recipients: Vec::new(),
            date: None,
            location: None,
            negated: false,
            modality: Modality::default(),
            confidence,
        }
    }

    #[test]
    fn retained_events_keep_the_report_event_index() {
        let mut a = CodedArticle {
            events: vec![ev("a", 0.9), ev("b", 0.3), ev("c", 0.8)],
            acled_event: Some(2),
            ..CodedArticle::default()
        };
        a.retain_events(|e| e.confidence >= 0.5);
        let ids: Vec<&str> = a.events.iter().map(|e| e.event_id.as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
        assert_eq!(a.acled_event, Some(1));
        // the report event itself dropped
        a.retain_events(|e| e.event_id == "a");
        assert_eq!(a.acled_event, None);
        assert_eq!(a.events.len(), 1);
    }
}
