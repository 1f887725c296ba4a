//! The [`Pipeline`]: built once from data, then `code(&Article) -> CodedArticle` for each article.
//!
//! Stages run in data-flow order — `text` → `syntax` → `actors` → `events` → `time` → `place` —
//! and the result is assembled into event records whose offsets point into the original text.
//! The pipeline holds no mutable state, so it is `Send + Sync` and one instance serves every
//! thread ([`Pipeline::code_batch`] runs articles in parallel with rayon).

use rayon::prelude::*;
use saker_core::nlp::{ActorMention, EventCandidate, ParsedSentence, PlaceMention, Timex};
use saker_core::record::{
    AcledCode, ActorRecord, CodedArticle, DateRecord, EventRecord, LocationRecord, PloverCode,
    TextSpan, SCHEMA_VERSION,
};
use saker_core::{Article, Span};
use saker_text::TextDoc;
use std::path::PathBuf;
use thiserror::Error;

/// A problem building the pipeline from its data.
#[derive(Debug, Error)]
pub enum PipelineError {
    /// A stage's embedded or user-supplied data failed to load.
    #[error("loading the {stage} stage: {problem}")]
    Stage {
        /// Which stage.
        stage: &'static str,
        /// What went wrong.
        problem: String,
    },
}

/// A problem coding one article; the rest of a batch is unaffected.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum CodeError {
    /// The article's text is empty or blank.
    #[error("article {id}: text is empty")]
    EmptyText {
        /// The article's id.
        id: String,
    },
    /// The article's text is larger than the configured limit.
    #[error("article {id}: text of {len} bytes is larger than the limit of {limit} bytes")]
    TooLarge {
        /// The article's id.
        id: String,
        /// Its size.
        len: usize,
        /// The limit.
        limit: usize,
    },
    /// The publication date is not a valid `YYYY-MM-DD` date.
    #[error("article {id}: {problem}")]
    BadDate {
        /// The article's id.
        id: String,
        /// What is wrong with the date.
        problem: String,
    },
}

/// Parses a publication date, which must be `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    let t = s.trim();
    let shaped = t.len() == 10
        && t.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shaped {
        return Err(format!("date {s:?} is not YYYY-MM-DD"));
    }
    t.parse::<jiff::civil::Date>()
        .map_err(|e| format!("date {s:?} is not a valid date: {e}"))
}

/// Settings of a pipeline.
#[derive(Debug, Clone)]
pub struct PipelineOptions {
    /// Largest article text coded, in bytes.
    pub max_bytes: usize,
    /// PETRARCH/TABARI actor dictionaries to use instead of Saker's knowledge base.
    pub petrarch_actors: Vec<PathBuf>,
    /// PETRARCH/TABARI agent dictionaries (with `petrarch_actors`).
    pub petrarch_agents: Vec<PathBuf>,
    /// A PETRARCH `CAMEO.2.0`-format verb dictionary whose patterns are added to Saker's.
    pub petrarch_verbs: Option<PathBuf>,
    /// Parse every sentence. By default a sentence is only tagged, not parsed, when none of its
    /// words can trigger an event pattern (parsing is most of the cost of coding); its events
    /// are the same either way, and only the syntax cues of places and times outside event
    /// sentences are lost.
    pub parse_all: bool,
}

impl Default for PipelineOptions {
    fn default() -> Self {
        PipelineOptions {
            max_bytes: crate::DEFAULT_MAX_BYTES,
            petrarch_actors: Vec::new(),
            petrarch_agents: Vec::new(),
            petrarch_verbs: None,
            parse_all: false,
        }
    }
}

/// Everything the stages found in one article, before assembly into records (useful for
/// debugging and for stage-level evaluation).
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Text layer output.
    pub doc: TextDoc,
    /// One parse per sentence.
    pub parses: Vec<ParsedSentence>,
    /// Actor mentions.
    pub actors: Vec<ActorMention>,
    /// Events (duplicates merged).
    pub events: Vec<EventCandidate>,
    /// Temporal expressions.
    pub timexes: Vec<Timex>,
    /// Place mentions.
    pub places: Vec<PlaceMention>,
    /// The places that can be where an event happened (countries named inside an actor's
    /// description, "militias associated with Iran", are left out).
    pub located: Vec<PlaceMention>,
    /// Publication date, when valid.
    pub dct: Option<jiff::civil::Date>,
}

/// The event coder. Build once with [`Pipeline::new`], share across threads.
pub struct Pipeline {
    opts: PipelineOptions,
    parser: saker_syntax::Parser,
    actors: saker_actors::ActorStage,
    events: saker_events::EventCoder,
    time: saker_time::TimeTagger,
    places: saker_place::Geocoder,
}

fn stage_err(stage: &'static str) -> impl Fn(String) -> PipelineError {
    move |problem| PipelineError::Stage { stage, problem }
}

impl Pipeline {
    /// Builds the pipeline from the embedded default data.
    pub fn new() -> Result<Self, PipelineError> {
        Self::with_options(PipelineOptions::default())
    }

    /// Builds the pipeline with explicit settings.
    pub fn with_options(opts: PipelineOptions) -> Result<Self, PipelineError> {
        let parser = saker_syntax::Parser::load_default()
            .map_err(|e| e.to_string())
            .map_err(stage_err("syntax"))?;
        let actors = if opts.petrarch_actors.is_empty() && opts.petrarch_agents.is_empty() {
            saker_actors::ActorStage::load_default()
        } else {
            let a: Vec<&std::path::Path> =
                opts.petrarch_actors.iter().map(|p| p.as_path()).collect();
            let g: Vec<&std::path::Path> =
                opts.petrarch_agents.iter().map(|p| p.as_path()).collect();
            saker_actors::ActorStage::with_petrarch(&a, &g)
        }
        .map_err(|e| e.to_string())
        .map_err(stage_err("actors"))?;
        let mut events = saker_events::EventCoder::load_default()
            .map_err(|e| e.to_string())
            .map_err(stage_err("events"))?;
        if let Some(v) = &opts.petrarch_verbs {
            events = events
                .with_petrarch_verbs(v)
                .map_err(|e| e.to_string())
                .map_err(stage_err("events"))?;
        }
        let places = saker_place::Geocoder::load_default()
            .map_err(|e| e.to_string())
            .map_err(stage_err("place"))?;
        Ok(Pipeline {
            opts,
            parser,
            actors,
            events,
            time: saker_time::TimeTagger::new(),
            places,
        })
    }

    /// Validates an article and returns its publication date (if any) and warnings.
    fn check(
        &self,
        article: &Article,
    ) -> Result<(Option<jiff::civil::Date>, Vec<String>), CodeError> {
        if article.text.trim().is_empty() {
            return Err(CodeError::EmptyText {
                id: article.id.clone(),
            });
        }
        if article.text.len() > self.opts.max_bytes {
            return Err(CodeError::TooLarge {
                id: article.id.clone(),
                len: article.text.len(),
                limit: self.opts.max_bytes,
            });
        }
        match article.date.as_deref() {
            Some(d) => Ok((
                Some(parse_date(d).map_err(|problem| CodeError::BadDate {
                    id: article.id.clone(),
                    problem,
                })?),
                Vec::new(),
            )),
            None => Ok((
                None,
                vec!["no publication date: relative dates are left unresolved".to_owned()],
            )),
        }
    }

    /// Tags a sentence and parses it if it can hold an event (or `parse_all`). The first
    /// `dateline` words ("BAGHDAD –") are kept out of the parse — the parser, trained on
    /// treebanks without datelines, would make the city the root and the clause an apposition —
    /// and hung on the clause's root (`dep`, their punctuation `punct`) afterwards.
    fn parse_sentence(&self, words: &[&str], dateline: usize) -> ParsedSentence {
        let dateline = if dateline < words.len() { dateline } else { 0 };
        let (head, rest) = words.split_at(dateline);
        let parsed = self.parser.parse_if(rest, |tagged| {
            self.opts.parse_all || self.events.may_hold_event(rest, tagged)
        });
        if dateline == 0 {
            return parsed;
        }
        let mut out = self.parser.tag_sentence(head);
        let root = parsed
            .iter()
            .position(|t| t.head == 0 && !t.deprel.is_empty());
        if let Some(root) = root {
            for (i, t) in out.iter_mut().enumerate() {
                let punct = t.upos == saker_core::nlp::Upos::Punct;
                t.head = if i == 0 { dateline + root + 1 } else { 1 };
                t.deprel = if punct { "punct" } else { "dep" }.to_owned();
            }
        }
        out.extend(parsed.into_iter().map(|mut t| {
            if t.head > 0 {
                t.head += dateline;
            }
            t
        }));
        out
    }

    /// Runs every stage on one article and returns what each found.
    pub fn analyze(&self, article: &Article) -> Result<Analysis, CodeError> {
        let (dct, _) = self.check(article)?;
        Ok(self.analyze_checked(article, dct))
    }

    fn analyze_checked(&self, article: &Article, dct: Option<jiff::civil::Date>) -> Analysis {
        let doc = saker_text::analyze(&article.text);
        let parses: Vec<ParsedSentence> = doc
            .sentences
            .iter()
            .map(|s| {
                let words = s.words(&doc.norm);
                self.parse_sentence(&words, saker_text::dateline_tokens(&doc.norm, s))
            })
            .collect();
        let found = self
            .places
            .find_detailed(&doc.norm, &doc.sentences, Some(&parses));
        // A dateline ("BAGHDAD -") says where the report was filed: a place, never an actor.
        let datelines: Vec<Span> = found
            .iter()
            .filter(|f| f.dateline)
            .map(|f| f.mention.span)
            .collect();
        let places: Vec<PlaceMention> = found.into_iter().map(|f| f.mention).collect();
        // a name the place stage reads as a place is not an unknown person or organisation
        let place_spans: Vec<Span> = places.iter().map(|p| p.span).collect();
        let actors: Vec<ActorMention> = self
            .actors
            .find_with_places(&doc.norm, &doc.sentences, Some(&parses), dct, &place_spans)
            .into_iter()
            .filter(|m| !datelines.iter().any(|d| d.overlaps(&m.span)))
            .collect();
        let events = self
            .events
            .code(&doc.norm, &doc.sentences, &parses, &actors);
        let timexes = match dct {
            Some(d) => self.time.find(&doc.norm, &doc.sentences, Some(&parses), d),
            None => Vec::new(),
        };
        // One event per real occurrence: same type and actors (events stage) and, here, the same
        // date and place.
        let date_of = |e: &EventCandidate| {
            event_date_index(&doc, &parses, &timexes, e).map(|i| timexes[i].value.as_str())
        };
        let located = location_candidates(&doc.norm, &places, &actors);
        let place_of = |e: &EventCandidate| {
            event_place_of(&doc, &parses, &located, e).map(|p| p.name.as_str())
        };
        let events = saker_events::merge_duplicates_with(&doc.norm, events, &actors, |a, b| {
            date_of(a) == date_of(b) && place_of(a) == place_of(b)
        });
        Analysis {
            doc,
            parses,
            actors,
            events,
            timexes,
            places,
            located,
            dct,
        }
    }

    /// Codes one article.
    pub fn code(&self, article: &Article) -> Result<CodedArticle, CodeError> {
        let (dct, warnings) = self.check(article)?;
        let a = self.analyze_checked(article, dct);
        let events = a
            .events
            .iter()
            .enumerate()
            .map(|(n, ev)| assemble(article, &a, ev, n))
            .collect();
        Ok(CodedArticle {
            doc_id: article.id.clone(),
            sentences: a.doc.sentences.len(),
            events,
            warnings,
        })
    }

    /// Codes a batch of articles in parallel; results come back in input order.
    pub fn code_batch(&self, articles: &[Article]) -> Vec<Result<CodedArticle, CodeError>> {
        articles.par_iter().map(|a| self.code(a)).collect()
    }
}

/// Index of the temporal expression that governs an event, if any.
fn event_date_index(
    doc: &TextDoc,
    parses: &[ParsedSentence],
    timexes: &[Timex],
    ev: &EventCandidate,
) -> Option<usize> {
    saker_time::event_date_in(
        &doc.norm,
        ev.sentence,
        ev.trigger_token,
        &doc.sentences,
        Some(parses),
        timexes,
    )
}

/// The place that governs an event, if any, among `places` (see [`location_candidates`]).
fn event_place_of<'p>(
    doc: &TextDoc,
    parses: &[ParsedSentence],
    places: &'p [PlaceMention],
    ev: &EventCandidate,
) -> Option<&'p PlaceMention> {
    let i = saker_place::event_place(
        ev.sentence,
        ev.trigger_token,
        &doc.sentences,
        Some(parses),
        places,
    )?;
    places.get(i)
}

/// Words that tie an actor to a country it serves, not one it is in: "militias associated with
/// Iran", "forces loyal to Turkey", "groups backed by Iran".
const ALLEGIANCE: &[&str] = &[
    "affiliated with",
    "aligned with",
    "allied to",
    "allied with",
    "armed by",
    "associated with",
    "backed by",
    "close to",
    "funded by",
    "linked to",
    "loyal to",
    "sponsored by",
    "supported by",
];

/// The places that can be where an event happened: all but a country (or larger) tied to an
/// actor by allegiance inside the actor's mention ([`ALLEGIANCE`]): that names a sponsor, not a
/// location. "Suicide bomber in Iraq" and "Iraq security forces" keep Iraq as a candidate.
fn location_candidates(
    text: &str,
    places: &[PlaceMention],
    actors: &[ActorMention],
) -> Vec<PlaceMention> {
    let sponsor = |p: &PlaceMention| {
        matches!(p.feature.as_str(), "country" | "continent" | "region")
            && actors.iter().any(|m| {
                m.span.start < p.span.start
                    && m.span.end >= p.span.end
                    && text.get(m.span.start..p.span.start).is_some_and(|before| {
                        let before = before.trim_end().to_lowercase();
                        ALLEGIANCE.iter().any(|a| before.ends_with(a))
                    })
            })
    };
    places.iter().filter(|p| !sponsor(p)).cloned().collect()
}

/// Coordinates to five decimals (about a metre): the gazetteer stores single precision, whose
/// extra digits would only be noise in the output.
fn round5(x: f64) -> f64 {
    (x * 1e5).round() / 1e5
}

/// A normalised-text span as a piece of the original text.
fn original(article: &Article, doc: &TextDoc, span: Span) -> (String, usize, usize) {
    let o = doc.to_original(span);
    (o.slice(&article.text).to_owned(), o.start, o.end)
}

fn actor_record(article: &Article, doc: &TextDoc, m: &ActorMention) -> ActorRecord {
    let (text, start, end) = original(article, doc, m.span);
    ActorRecord {
        text,
        start,
        end,
        id: m.id.clone(),
        name: m.name.clone(),
        cameo: m.cameo.clone(),
        country: m.country.clone(),
        sector: m.sector.clone(),
    }
}

/// Builds the output record of one event: maps every span back to the original text, picks the
/// governing date (else the publication date) and place.
fn assemble(article: &Article, a: &Analysis, ev: &EventCandidate, n: usize) -> EventRecord {
    let doc = &a.doc;
    let sentence = doc
        .sentences
        .get(ev.sentence)
        .map(|s| original(article, doc, s.span).0)
        .unwrap_or_default();
    let (ttext, tstart, tend) = original(article, doc, ev.trigger);
    let mentions = |idx: &[usize]| -> Vec<ActorRecord> {
        idx.iter()
            .filter_map(|&i| a.actors.get(i))
            .map(|m| actor_record(article, doc, m))
            .collect()
    };
    let date = event_date_index(doc, &a.parses, &a.timexes, ev)
        .and_then(|i| a.timexes.get(i))
        .map(|t| {
            let (text, start, end) = original(article, doc, t.span);
            DateRecord {
                text: Some(text),
                value: t.value.clone(),
                precision: t.precision,
                start: Some(start),
                end: Some(end),
            }
        })
        .or_else(|| {
            a.dct.map(|d| DateRecord {
                text: None,
                value: d.to_string(),
                precision: saker_core::nlp::DatePrecision::Publication,
                start: None,
                end: None,
            })
        });
    let location = event_place_of(doc, &a.parses, &a.located, ev).map(|p| {
        let (text, start, end) = original(article, doc, p.span);
        LocationRecord {
            text,
            name: p.name.clone(),
            country: p.country.clone(),
            admin1: p.admin1.clone(),
            lat: round5(p.lat),
            lon: round5(p.lon),
            geonameid: p.geonameid,
            start,
            end,
        }
    });
    EventRecord {
        schema_version: SCHEMA_VERSION.to_owned(),
        doc_id: article.id.clone(),
        event_id: format!("{}-{}", article.id, n + 1),
        sentence_index: ev.sentence,
        sentence,
        trigger: TextSpan {
            text: ttext,
            start: tstart,
            end: tend,
        },
        plover: PloverCode {
            kind: ev.plover_type.clone(),
            mode: ev.plover_mode.clone(),
            contexts: ev.plover_contexts.clone(),
        },
        cameo: ev.cameo.clone(),
        acled: ev.acled.as_ref().map(|(t, s)| AcledCode {
            event_type: t.clone(),
            sub_event_type: s.clone(),
        }),
        actors: mentions(&ev.sources),
        recipients: mentions(&ev.targets),
        date,
        location,
        negated: ev.negated,
        modality: ev.modality,
        confidence: ev.confidence,
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn pipeline_is_shareable() {
        assert_send_sync::<Pipeline>();
    }

    #[test]
    fn dates_must_be_iso() {
        assert!(parse_date("2022-11-18").is_ok());
        assert!(parse_date("2022-02-30")
            .unwrap_err()
            .contains("not a valid date"));
        assert!(parse_date("18/11/2022").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse_date("2022-1-18").is_err());
    }

    #[test]
    fn a_dateline_is_hung_on_the_clause_it_heads() {
        let p = Pipeline::new().unwrap();
        let a = p
            .analyze(&Article::new(
                "d",
                Some("2022-11-18"),
                "BAGHDAD – Gunmen attacked a police checkpoint on Monday.",
            ))
            .unwrap();
        let parse = &a.parses[0];
        let words = a.doc.sentences[0].words(&a.doc.norm);
        let root = parse.iter().position(|t| t.head == 0).unwrap();
        assert_eq!(words[root], "attacked");
        assert_eq!(parse.iter().filter(|t| t.head == 0).count(), 1);
        assert_eq!((parse[0].head, parse[0].deprel.as_str()), (root + 1, "dep"));
        assert_eq!((parse[1].head, parse[1].deprel.as_str()), (1, "punct"));
        assert_eq!(
            words[parse[2].head - 1],
            "attacked",
            "Gunmen hangs on the verb"
        );
        assert_eq!(a.events.len(), 1);
    }

    #[test]
    fn a_sponsor_country_is_not_where_the_event_happened() {
        let p = Pipeline::new().unwrap();
        let place = |text: &str| {
            let coded = p
                .code(&Article::new("s", Some("2022-11-18"), text))
                .unwrap();
            coded.events[0]
                .location
                .as_ref()
                .map(|l| l.name.clone())
                .unwrap_or_default()
        };
        assert_eq!(
            place("BAGHDAD – Militias associated with Iran attacked a convoy on Sunday."),
            "Baghdad"
        );
        assert_eq!(
            place("Militias associated with Iran attacked a convoy."),
            ""
        );
        assert_eq!(
            place("Militias attacked a convoy in Iran on Sunday."),
            "Iran"
        );
    }

    #[test]
    fn bad_records_get_errors_naming_them() {
        let p = Pipeline::with_options(PipelineOptions {
            max_bytes: 50,
            ..PipelineOptions::default()
        })
        .unwrap();
        let batch = vec![
            Article::new(
                "ok",
                Some("2022-11-18"),
                "Police arrested two men in Baghdad.",
            ),
            Article::new("empty", Some("2022-11-18"), "   "),
            Article::new("big", Some("2022-11-18"), "x".repeat(51)),
            Article::new("baddate", Some("yesterday"), "Police left."),
        ];
        let r = p.code_batch(&batch);
        assert!(r[0].is_ok());
        assert_eq!(
            r[1].as_ref().unwrap_err().to_string(),
            "article empty: text is empty"
        );
        assert!(r[2]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("larger than the limit"));
        assert!(r[3]
            .as_ref()
            .unwrap_err()
            .to_string()
            .starts_with("article baddate: date"));
        let nodate = p.code(&Article::new("n", None, "Police left.")).unwrap();
        assert_eq!(nodate.warnings.len(), 1);
    }
}
