//! The [`Pipeline`]: built once from data, then `code(&Article) -> CodedArticle` for each article.
//!
//! Stages run in data-flow order — `text` → `syntax` → `actors` → `events` → `time` → `place` —
//! and the result is assembled into event records whose offsets point into the original text.
//! The pipeline holds no mutable state, so it is `Send + Sync` and one instance serves every
//! thread ([`Pipeline::code_batch`] runs articles in parallel with rayon).

use rayon::prelude::*;
use saker_core::nlp::{
    ActorMention, EventCandidate, ParsedSentence, PlaceMention, Timex, Upos, STATE_AGENT_ROLES,
    WEAPON_AGENT,
};
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
    /// A defect in Saker itself: coding this article panicked. The panic is caught so that the
    /// rest of the batch is still coded; the message names the record so it can be reported.
    #[error(
        "article {id}: internal error while coding (a bug in Saker, please report it): {problem}"
    )]
    Internal {
        /// The article's id.
        id: String,
        /// The panic message.
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
    /// For each event, the index in `timexes` of the expression that dates it, when one does
    /// (from the event's own mention or from a later mention of the same occurrence).
    pub event_dates: Vec<Option<usize>>,
    /// For each event, the index in `located` of its place, when one is known (as for dates).
    pub event_places: Vec<Option<usize>>,
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
        // the headline-verb repair trusts the words the event patterns trigger on
        let (verbs, nouns) = events.trigger_lemmas();
        let parser = parser.with_headline_hints(saker_syntax::HeadlineHints::new(verbs, nouns));
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
    ///
    /// `lead_pending` is true until the article's lead (its first sentence with a verb) has been
    /// seen: the lead is always parsed, because the report-level ACLED rules read its clauses.
    fn parse_sentence(
        &self,
        words: &[&str],
        dateline: usize,
        lead_pending: &mut bool,
    ) -> ParsedSentence {
        let dateline = if dateline < words.len() { dateline } else { 0 };
        let (head, rest) = words.split_at(dateline);
        let parsed = self.parser.parse_if(rest, |tagged| {
            let lead = *lead_pending && tagged.iter().any(|t| t.upos == Upos::Verb);
            if lead {
                *lead_pending = false;
            }
            self.opts.parse_all || lead || self.events.may_hold_event(rest, tagged)
        });
        if dateline == 0 {
            return parsed;
        }
        let mut out = self.parser.tag_sentence(head);
        let root = parsed
            .iter()
            .position(|t| t.head == 0 && !t.deprel.is_empty());
        if let Some(root) = root {
            // the dateline's first word (not its opening parenthesis) heads it
            let first = out
                .iter()
                .position(|t| t.upos != saker_core::nlp::Upos::Punct)
                .unwrap_or(0);
            for (i, t) in out.iter_mut().enumerate() {
                let punct = t.upos == saker_core::nlp::Upos::Punct;
                t.head = if i == first {
                    dateline + root + 1
                } else {
                    first + 1
                };
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

    /// The article's analysis as CoNLL-U (see [`crate::conllu::conllu`]); like [`Pipeline::code`],
    /// a panic becomes [`CodeError::Internal`] for this article alone.
    pub fn conllu(&self, article: &Article) -> Result<String, CodeError> {
        let (dct, _) = self.check(article)?;
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            crate::conllu::conllu(&article.id, &self.analyze_checked(article, dct))
        }))
        .map_err(|payload| CodeError::Internal {
            id: article.id.clone(),
            problem: panic_message(payload.as_ref()),
        })
    }

    /// Runs every stage on one article and returns what each found.
    pub fn analyze(&self, article: &Article) -> Result<Analysis, CodeError> {
        let (dct, _) = self.check(article)?;
        Ok(self.analyze_checked(article, dct))
    }

    fn analyze_checked(&self, article: &Article, dct: Option<jiff::civil::Date>) -> Analysis {
        let doc = saker_text::analyze(&article.text);
        let mut lead_pending = true;
        let dateline_len: Vec<usize> = doc
            .sentences
            .iter()
            .map(|s| saker_text::dateline_tokens(&doc.norm, s))
            .collect();
        let parses: Vec<ParsedSentence> = doc
            .sentences
            .iter()
            .zip(&dateline_len)
            .map(|(s, &dateline)| {
                let words = s.words(&doc.norm);
                self.parse_sentence(&words, dateline, &mut lead_pending)
            })
            .collect();
        let found = self
            .places
            .find_detailed(&doc.norm, &doc.sentences, Some(&parses));
        // A dateline ("BAGHDAD -", "(NEW YORK) —") says where the report was filed: a place,
        // never an actor.
        let mut datelines: Vec<Span> = found
            .iter()
            .filter(|f| f.dateline)
            .map(|f| f.mention.span)
            .collect();
        for (s, &d) in doc.sentences.iter().zip(&dateline_len) {
            if let (Some(a), Some(b)) = (
                s.tokens.first(),
                d.checked_sub(1).and_then(|k| s.tokens.get(k)),
            ) {
                datelines.push(Span::new(a.span.start, b.span.end));
            }
        }
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
            event_place_index(&doc, &parses, &located, e).map(|i| located[i].name.as_str())
        };
        let events = saker_events::merge_duplicates_with(&doc.norm, events, &actors, |a, b| {
            date_of(a) == date_of(b) && place_of(a) == place_of(b)
        });
        let dated: Vec<Option<usize>> = events
            .iter()
            .map(|e| event_date_index(&doc, &parses, &timexes, e))
            .collect();
        let placed: Vec<Option<usize>> = events
            .iter()
            .map(|e| event_place_index(&doc, &parses, &located, e))
            .collect();
        let (events, event_dates, event_places) = merge_anaphora(
            &doc.norm, events, dated, placed, &actors, &timexes, &located,
        );
        Analysis {
            doc,
            parses,
            actors,
            events,
            event_dates,
            event_places,
            timexes,
            places,
            located,
            dct,
        }
    }

    /// Codes one article.
    pub fn code(&self, article: &Article) -> Result<CodedArticle, CodeError> {
        let (dct, warnings) = self.check(article)?;
        // Nothing on user data should panic; if a defect does, this article gets an error naming
        // it and the caller's batch goes on (the stages hold no state a panic could corrupt).
        let coded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let a = self.analyze_checked(article, dct);
            let events: Vec<EventRecord> = a
                .events
                .iter()
                .enumerate()
                .map(|(n, ev)| assemble(article, &a, ev, n))
                .collect();
            let (acled, acled_event) = report_acled(&a);
            (a.doc.sentences.len(), events, acled, acled_event)
        }));
        let (sentences, events, acled, acled_event) =
            coded.map_err(|payload| CodeError::Internal {
                id: article.id.clone(),
                problem: panic_message(payload.as_ref()),
            })?;
        Ok(CodedArticle {
            doc_id: article.id.clone(),
            sentences,
            events,
            acled,
            acled_event,
            warnings,
        })
    }

    /// Codes a batch of articles in parallel; results come back in input order.
    pub fn code_batch(&self, articles: &[Article]) -> Vec<Result<CodedArticle, CodeError>> {
        articles.par_iter().map(|a| self.code(a)).collect()
    }
}

/// The article as one ACLED event (see [`saker_events::acled::report_acled`]) and the index of
/// the event that carries that sub-event type, if one does.
pub fn report_acled(a: &Analysis) -> (Option<AcledCode>, Option<usize>) {
    let report = saker_events::acled::Report {
        text: &a.doc.norm,
        sentences: &a.doc.sentences,
        parses: &a.parses,
        actors: &a.actors,
        events: &a.events,
    };
    let Some((kind, sub)) = saker_events::acled::report_acled(&report) else {
        return (None, None);
    };
    // The carrier: an event of that sub-event type (else of that event type), the one with
    // the most roles filled, then the earliest.
    let carrier = |same: &dyn Fn(&(String, String)) -> bool| {
        a.events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.acled.as_ref().is_some_and(same) && !e.negated)
            .min_by_key(|(i, e)| {
                let roles = usize::from(!e.sources.is_empty()) + usize::from(!e.targets.is_empty());
                (std::cmp::Reverse(roles), *i)
            })
            .map(|(i, _)| i)
    };
    let carrier = carrier(&|(_, s)| s == sub).or_else(|| carrier(&|(t, _)| t == kind));
    let code = AcledCode {
        event_type: kind.to_owned(),
        sub_event_type: sub.to_owned(),
    };
    (Some(code), carrier)
}

/// The text of a caught panic (`panic!` with a literal or a formatted message).
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic without a message".to_owned())
}

/// One event per real occurrence, across mentions: a later mention that repeats an earlier
/// event's full CAMEO code, PLOVER type and polarity, with no source named in either and the same
/// recipients (by identity), is the same occurrence told again ("orders to strip al-Kadhimi of his
/// protection" … "the sudden orders to leave the al-Kadhimi house, issued on Thursday") when
/// their dates and places do not disagree (equal, or known for one only). The earlier mention
/// stays, taking the date and place the other one knows. Events with a named source are merged
/// by the events stage already (same actors, same date and place).
fn merge_anaphora(
    text: &str,
    events: Vec<EventCandidate>,
    dates: Vec<Option<usize>>,
    places: Vec<Option<usize>>,
    actors: &[ActorMention],
    timexes: &[Timex],
    located: &[PlaceMention],
) -> (Vec<EventCandidate>, Vec<Option<usize>>, Vec<Option<usize>>) {
    let targets = |e: &EventCandidate| {
        let mut k: Vec<String> = e
            .targets
            .iter()
            .filter_map(|&i| actors.get(i))
            .map(|m| saker_events::merge::actor_key(text, m))
            .collect();
        k.sort();
        k.dedup();
        k
    };
    let date_value = |d: Option<usize>| d.and_then(|i| timexes.get(i)).map(|t| t.value.as_str());
    let place_name = |p: Option<usize>| p.and_then(|i| located.get(i)).map(|p| p.name.as_str());
    let agree = |x: Option<&str>, y: Option<&str>| x.is_none() || y.is_none() || x == y;
    let mut out: Vec<EventCandidate> = Vec::with_capacity(events.len());
    let mut out_dates: Vec<Option<usize>> = Vec::with_capacity(events.len());
    let mut out_places: Vec<Option<usize>> = Vec::with_capacity(events.len());
    for ((e, d), p) in events.into_iter().zip(dates).zip(places) {
        let tk = targets(&e);
        let same = out.iter().enumerate().position(|(k, prev)| {
            prev.sources.is_empty()
                && e.sources.is_empty()
                && !tk.is_empty()
                && prev.cameo == e.cameo
                && prev.plover_type == e.plover_type
                && prev.negated == e.negated
                && targets(prev) == tk
                && agree(date_value(out_dates[k]), date_value(d))
                && agree(place_name(out_places[k]), place_name(p))
        });
        match same {
            Some(k) => {
                out_dates[k] = out_dates[k].or(d);
                out_places[k] = out_places[k].or(p);
                out[k].confidence = out[k].confidence.max(e.confidence);
            }
            None => {
                out.push(e);
                out_dates.push(d);
                out_places.push(p);
            }
        }
    }
    (out, out_dates, out_places)
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

/// Index in `places` of the place that governs an event, if any (see [`location_candidates`]).
fn event_place_index(
    doc: &TextDoc,
    parses: &[ParsedSentence],
    places: &[PlaceMention],
    ev: &EventCandidate,
) -> Option<usize> {
    saker_place::event_place(
        ev.sentence,
        ev.trigger_token,
        &doc.sentences,
        Some(parses),
        places,
    )
    .filter(|&i| i < places.len())
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

/// Nouns of a country's representation abroad ("the U.S. embassy"): the country named with them
/// owns the building or sends the person, it is not where they are.
const REPRESENTATION: &[&str] = &[
    "embassy",
    "embassies",
    "consulate",
    "ambassador",
    "envoy",
    "chargé",
    "charge d'affaires",
    "legation",
];

/// The places that can be where an event happened: all but a country (or larger) tied to an
/// actor by allegiance inside the actor's mention ([`ALLEGIANCE`]): that names a sponsor, not a
/// location; and but a country that owns a representation named with it ([`REPRESENTATION`]). "Suicide bomber in Iraq" and "Iraq security forces" keep Iraq as a candidate.
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
    // "the U.S. embassy", "Iran's consulate": a foreign representation is never in the country
    // that owns it.
    let owner = |p: &PlaceMention| {
        matches!(p.feature.as_str(), "country")
            && actors.iter().any(|m| {
                m.span.start <= p.span.start
                    && m.span.end > p.span.end
                    && text.get(p.span.end..m.span.end).is_some_and(|after| {
                        let after = after.to_lowercase();
                        REPRESENTATION.iter().any(|w| after.contains(w))
                    })
            })
    };
    places
        .iter()
        .filter(|p| !sponsor(p) && !owner(p))
        .cloned()
        .collect()
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

/// A state agent named without a nationality ("police", "soldiers", "officials": CAMEO `---COP`,
/// `---MIL`, `---GOV`) in an event that takes place in a country is that country's agent: the
/// police who are attacked in a town of Iraq are Iraq's police (`IRQCOP`), as conflict datasets
/// (UCDP, ACLED) attribute unnamed security forces to the state where they act. Only the
/// country-less code changes; agents with a nationality, non-state agents (`---UAF`, `---CVL`)
/// and weapons ([`WEAPON_AGENT`]) keep theirs.
fn attribute_state_agents(recs: &mut [ActorRecord], country: &str) {
    if country.len() != 3 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        return;
    }
    for r in recs.iter_mut() {
        let Some(code) = r.cameo.as_deref() else {
            continue;
        };
        let generic_state = code
            .strip_prefix("---")
            .and_then(|rest| rest.get(..3))
            .is_some_and(|role| STATE_AGENT_ROLES.contains(&role));
        if generic_state && r.id.as_deref() != Some(WEAPON_AGENT) && r.country.is_none() {
            r.cameo = Some(format!("{country}{}", &code[3..]));
            r.country = Some(country.to_owned());
        }
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
    let date = a
        .event_dates
        .get(n)
        .copied()
        .flatten()
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
    let location = a
        .event_places
        .get(n)
        .copied()
        .flatten()
        .and_then(|i| a.located.get(i))
        .map(|p| {
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
    let mut actors = mentions(&ev.sources);
    let mut recipients = mentions(&ev.targets);
    if let Some(country) = location.as_ref().and_then(|l| l.country.as_deref()) {
        attribute_state_agents(&mut actors, country);
        attribute_state_agents(&mut recipients, country);
    }
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
        actors,
        recipients,
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
    fn unattributed_state_agents_take_the_event_country() {
        let rec = |text: &str, id: &str, cameo: &str| ActorRecord {
            text: text.into(),
            start: 0,
            end: 0,
            id: Some(id.into()),
            name: None,
            cameo: Some(cameo.into()),
            country: None,
            sector: None,
        };
        let mut recs = vec![
            rec("police", "agent.police", "---COP"),
            rec("gunmen", "agent.militants", "---UAF"),
            rec("car bomb", WEAPON_AGENT, "---MIL"),
            rec("army officers", "agent.military", "---MILELI"),
        ];
        attribute_state_agents(&mut recs, "ARN");
        let codes: Vec<_> = recs
            .iter()
            .map(|r| r.cameo.as_deref().unwrap_or(""))
            .collect();
        assert_eq!(codes, ["ARNCOP", "---UAF", "---MIL", "ARNMILELI"]);
        assert_eq!(recs[0].country.as_deref(), Some("ARN"));
        assert_eq!(recs[1].country, None);
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
        // the analysis of one sentence, its words and the index of its root
        let run = |text: &str| {
            let a = p
                .analyze(&Article::new("d", Some("2022-11-18"), text))
                .unwrap();
            let words: Vec<String> = a.doc.sentences[0]
                .words(&a.doc.norm)
                .iter()
                .map(|w| w.to_string())
                .collect();
            let root = a.parses[0].iter().position(|t| t.head == 0).unwrap();
            (a, words, root)
        };
        let (a, words, root) = run("BAGHDAD – Gunmen attacked a police checkpoint on Monday.");
        let parse = &a.parses[0];
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
        // in parentheses, the first word heads the dateline and no dateline word is an actor
        let (a, words, root) = run("(NEW YORK) – Gunmen attacked a police checkpoint on Monday.");
        let parse = &a.parses[0];
        assert_eq!(words[root], "attacked");
        assert_eq!((parse[1].head, parse[1].deprel.as_str()), (root + 1, "dep"));
        assert_eq!((parse[0].head, parse[0].deprel.as_str()), (2, "punct"));
        assert_eq!((parse[2].head, parse[2].deprel.as_str()), (2, "dep"));
        let york = a.doc.norm.find("YORK").unwrap();
        assert!(a
            .actors
            .iter()
            .all(|m| !m.span.contains(&Span::new(york, york + 4))));
    }

    #[test]
    fn a_country_and_an_agent_are_one_actor_only_across_modifiers() {
        let p = Pipeline::new().unwrap();
        let a = p
            .analyze(&Article::new(
                "h",
                Some("2016-05-11"),
                "Turkey kills four Kurdish militants in northern Iraq.",
            ))
            .unwrap();
        let kills = a.doc.norm.find("kills").unwrap();
        assert!(
            a.actors
                .iter()
                .all(|m| !m.span.contains(&Span::new(kills, kills + 5))),
            "{:?}",
            a.actors
        );
        // "Iraqi elite forces": an adjective between country and agent joins them
        let a = p
            .analyze(&Article::new(
                "h",
                Some("2016-05-11"),
                "Iraqi elite forces attacked the town.",
            ))
            .unwrap();
        assert!(
            a.actors
                .iter()
                .any(|m| m.span.slice(&a.doc.norm) == "Iraqi elite forces"
                    && m.cameo
                        .as_deref()
                        .is_some_and(|c| c.starts_with("IRQ") && c.ends_with("MIL"))),
            "{:?}",
            a.actors
        );
    }

    /// The event records of one article with this publication date.
    fn events_of(p: &Pipeline, date: &str, text: &str) -> Vec<saker_core::record::EventRecord> {
        p.code(&Article::new("t", Some(date), text)).unwrap().events
    }

    #[test]
    fn a_plural_demonym_or_one_before_a_verb_names_the_people() {
        let p = Pipeline::new().unwrap();
        let code = |text: &str| events_of(&p, "2018-01-15", text);
        let ev = code("Palestinians attacked Israeli soldiers near the border.");
        let e = ev
            .iter()
            .find(|e| e.cameo.starts_with("19"))
            .expect("an attack");
        assert_eq!(e.actors.len(), 1, "{e:?}");
        assert_eq!(
            (e.actors[0].text.as_str(), e.actors[0].cameo.as_deref()),
            ("Palestinians", Some("PSE"))
        );
        // a demonym inside a hyphenated compound or before its noun still names no one
        for text in [
            "The Russian-backed offensive killed more than 1600 civilians.",
            "Iraqi officials condemned the attack.",
        ] {
            let ev = code(text);
            assert!(!ev.is_empty(), "{text}");
            assert!(
                ev.iter()
                    .flat_map(|e| e.actors.iter().chain(&e.recipients))
                    .all(|a| a.text != "Russian" && a.text != "Iraqi"),
                "{text}: {ev:?}"
            );
        }
    }

    #[test]
    fn headline_verbs_read_as_nouns_are_verbs_again_with_their_actors() {
        let p = Pipeline::new().unwrap();
        let code = |text: &str| events_of(&p, "2017-02-05", text);
        // the tagger reads "shells" and "kill" as nouns; the event patterns vouch for them
        for (text, trigger, actor, actor_code, target) in [
            (
                "Iraqi army shells IS positions in western Mosul",
                "shells",
                "Iraqi army",
                "IRQMIL",
                "IS",
            ),
            (
                "Iraqi air forces reportedly kill 14 IS militants in Mosul strike",
                "kill",
                "Iraqi air forces",
                "IRQMIL",
                "IS militants",
            ),
        ] {
            let ev = code(text);
            let e = ev
                .iter()
                .find(|e| e.trigger.text == trigger)
                .unwrap_or_else(|| panic!("{text}: {ev:?}"));
            assert!(e.cameo.starts_with("19"), "{text}: {e:?}");
            assert_eq!(e.actors.len(), 1, "{text}: {e:?}");
            assert_eq!(e.actors[0].text, actor, "{text}");
            assert_eq!(e.actors[0].cameo.as_deref(), Some(actor_code), "{text}");
            assert!(
                e.recipients.iter().any(|r| r.text == target),
                "{text}: {e:?}"
            );
        }
        // who reported it, after a colon or a dash, is no target
        for text in [
            "Bombs at Iraq funeral procession kill 20: police",
            "Bombs hit convoy of displaced people in Iraq, kills 18 - police",
        ] {
            let ev = code(text);
            assert!(!ev.is_empty(), "{text}");
            assert!(
                ev.iter()
                    .all(|e| e.recipients.iter().all(|r| r.text != "police")),
                "{text}: {ev:?}"
            );
        }
        // a possessive phrase never spans a verb or a number: "Iraq's Falluja kill eight
        // people" is no actor
        let ev = code("Car bombs in Iraq's Falluja kill eight people - police");
        let kill = ev
            .iter()
            .find(|e| e.trigger.text == "kill")
            .expect("a kill event");
        assert!(
            kill.actors
                .iter()
                .chain(&kill.recipients)
                .all(|a| !a.text.contains("kill")),
            "{kill:?}"
        );
        // taking ground back and repelling attacks
        for (text, cameo, target) in [
            ("Iraqi forces oust ISIL from key Anbar town", "192", "ISIL"),
            (
                "Kurds repel Islamic State offensive in Iraq's Sinjar",
                "190",
                "Islamic State",
            ),
        ] {
            let ev = code(text);
            assert!(
                ev.iter()
                    .any(|e| e.cameo == cameo && e.recipients.iter().any(|r| r.text == target)),
                "{text}: {ev:?}"
            );
        }
    }

    #[test]
    fn a_retold_undirected_event_is_one_occurrence_with_the_date_and_place_of_either() {
        use saker_core::nlp::{DatePrecision, TimexKind};
        let text = "Kazemi Kazemi Kazemi Baghdad Thursday";
        let actor = |s: usize| ActorMention {
            span: Span::new(s, s + 6),
            id: Some("irq.kadhimi".into()),
            ..ActorMention::default()
        };
        let actors = vec![actor(0), actor(7), actor(14)];
        let order = |sentence: usize, target: usize| EventCandidate {
            sentence,
            cameo: "1622".into(),
            plover_type: "SANCTION".into(),
            targets: vec![target],
            ..EventCandidate::default()
        };
        let timexes = vec![Timex {
            span: Span::new(29, 37),
            kind: TimexKind::Date,
            value: "2022-11-17".into(),
            precision: DatePrecision::Day,
        }];
        let located = vec![PlaceMention {
            span: Span::new(21, 28),
            name: "Baghdad".into(),
            ..PlaceMention::default()
        }];
        // Headline (no date, no place), a retelling with the date, one with the place.
        let events = vec![order(0, 0), order(1, 1), order(2, 2)];
        let (ev, dates, places) = merge_anaphora(
            text,
            events.clone(),
            vec![None, Some(0), None],
            vec![None, None, Some(0)],
            &actors,
            &timexes,
            &located,
        );
        assert_eq!(ev.len(), 1);
        assert_eq!((ev[0].sentence, dates[0], places[0]), (0, Some(0), Some(0)));
        // A named source, or a different code, keeps them apart.
        let mut sourced = events.clone();
        sourced[1].sources = vec![0];
        sourced[2].cameo = "172".into();
        let (ev, _, _) = merge_anaphora(
            text,
            sourced,
            vec![None; 3],
            vec![None; 3],
            &actors,
            &timexes,
            &located,
        );
        assert_eq!(ev.len(), 3);
        // Two different known dates: two occurrences.
        let other = vec![
            Timex {
                value: "2022-11-10".into(),
                ..timexes[0].clone()
            },
            timexes[0].clone(),
        ];
        let (ev, _, _) = merge_anaphora(
            text,
            events[..2].to_vec(),
            vec![Some(0), Some(1)],
            vec![None, None],
            &actors,
            &other,
            &located,
        );
        assert_eq!(ev.len(), 2);
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
    fn a_caught_panic_keeps_its_message() {
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let formatted = std::panic::catch_unwind(|| panic!("cut at byte {}", 3)).unwrap_err();
        let literal = std::panic::catch_unwind(|| panic!("literal")).unwrap_err();
        let other = std::panic::catch_unwind(|| std::panic::panic_any(7_u8)).unwrap_err();
        std::panic::set_hook(hook);
        assert_eq!(panic_message(formatted.as_ref()), "cut at byte 3");
        assert_eq!(panic_message(literal.as_ref()), "literal");
        assert_eq!(panic_message(other.as_ref()), "panic without a message");
        let e = CodeError::Internal {
            id: "a7".into(),
            problem: "cut at byte 3".into(),
        };
        assert!(e.to_string().starts_with("article a7: internal error"));
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
