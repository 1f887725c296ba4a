//! Writing coded events: JSON Lines (Saker schema), flat CSV (PETRARCH/Phoenix-like columns) and
//! PLOVER/POLECAT interchange JSON.

use saker_core::record::{ActorRecord, CodedArticle, EventRecord};
use serde_json::{json, Value};
use std::io::Write;
use thiserror::Error;

/// A failure writing output.
#[derive(Debug, Error)]
pub enum OutputError {
    /// The destination failed.
    #[error("writing output: {0}")]
    Io(#[from] std::io::Error),
    /// CSV encoding failed.
    #[error("writing CSV: {0}")]
    Csv(#[from] csv::Error),
    /// JSON encoding failed.
    #[error("writing JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Output format of `saker code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// One Saker event record (docs/schema.md) per line.
    #[default]
    Jsonl,
    /// One row per event × actor × recipient, PETRARCH/Phoenix-like columns.
    Csv,
    /// One PLOVER/POLECAT interchange record per line.
    Plover,
    /// One CSV row per article that tells an ACLED event, as ACLED codes a report: the article's
    /// ACLED event type and sub-event type with the actors, date and place of the event that
    /// carries it ([`ACLED_COLUMNS`]).
    Acled,
}

/// Column names of the ACLED format (one row per article, [`Format::Acled`]).
pub const ACLED_COLUMNS: &[&str] = &[
    "doc_id",
    "event_type",
    "sub_event_type",
    "event_date",
    "date_precision",
    "actor1",
    "actor1_id",
    "actor1_cameo",
    "actor2",
    "actor2_id",
    "actor2_cameo",
    "location",
    "country",
    "admin1",
    "latitude",
    "longitude",
    "event_id",
    "sentence",
];

/// The ACLED row of an article ([`ACLED_COLUMNS`]), or `None` when it tells no ACLED event.
/// Actors, date and place come from the event that carries the report's sub-event type; when
/// none does (the type comes from the report's wording alone), those columns are empty.
pub fn acled_row(a: &CodedArticle) -> Option<Vec<String>> {
    let code = a.acled.as_ref()?;
    let ev = a.acled_event.and_then(|i| a.events.get(i));
    let actor = |list: Option<&Vec<ActorRecord>>| -> [String; 3] {
        match list.and_then(|l| l.first()) {
            Some(x) => [x.text.clone(), opt(&x.id), opt(&x.cameo)],
            None => Default::default(),
        }
    };
    let [a1, a1_id, a1_cameo] = actor(ev.map(|e| &e.actors));
    let [a2, a2_id, a2_cameo] = actor(ev.map(|e| &e.recipients));
    let date = ev.and_then(|e| e.date.as_ref());
    let loc = ev.and_then(|e| e.location.as_ref());
    Some(vec![
        a.doc_id.clone(),
        code.event_type.clone(),
        code.sub_event_type.clone(),
        date.map(|d| d.value.clone()).unwrap_or_default(),
        date.map(|d| precision_name(d.precision))
            .unwrap_or_default(),
        a1,
        a1_id,
        a1_cameo,
        a2,
        a2_id,
        a2_cameo,
        loc.map(|l| l.name.clone()).unwrap_or_default(),
        loc.and_then(|l| l.country.clone()).unwrap_or_default(),
        loc.and_then(|l| l.admin1.clone()).unwrap_or_default(),
        loc.map(|l| l.lat.to_string()).unwrap_or_default(),
        loc.map(|l| l.lon.to_string()).unwrap_or_default(),
        ev.map(|e| e.event_id.clone()).unwrap_or_default(),
        ev.map(|e| e.sentence.clone()).unwrap_or_default(),
    ])
}

/// Column names of the CSV format.
pub const CSV_COLUMNS: &[&str] = &[
    "doc_id",
    "event_id",
    "sentence_index",
    "date",
    "date_precision",
    "date_text",
    "source_text",
    "source_id",
    "source_name",
    "source_cameo",
    "source_country",
    "source_sector",
    "target_text",
    "target_id",
    "target_name",
    "target_cameo",
    "target_country",
    "target_sector",
    "cameo",
    "cameo_root",
    "quad_class",
    "plover_type",
    "plover_mode",
    "plover_contexts",
    "acled_event_type",
    "acled_sub_event_type",
    "location_text",
    "location_name",
    "location_country",
    "location_admin1",
    "lat",
    "lon",
    "geonameid",
    "negated",
    "modality",
    "confidence",
    "trigger",
];

/// CAMEO quad class of a code: 1 verbal cooperation (01–05), 2 material cooperation (06–08),
/// 3 verbal conflict (09–13), 4 material conflict (14–20); 0 when the code has no root.
pub fn quad_class(cameo: &str) -> u8 {
    match cameo.get(..2).and_then(|r| r.parse::<u8>().ok()) {
        Some(1..=5) => 1,
        Some(6..=8) => 2,
        Some(9..=13) => 3,
        Some(14..=20) => 4,
        _ => 0,
    }
}

/// Writes events in one format.
pub struct EventWriter<W: Write> {
    inner: Inner<W>,
}

enum Inner<W: Write> {
    Lines {
        out: W,
        plover: bool,
    },
    Csv {
        out: Box<csv::Writer<W>>,
        header: bool,
        /// One row per article ([`Format::Acled`]) instead of per event.
        acled: bool,
    },
}

impl<W: Write> EventWriter<W> {
    /// A writer for `format` over `out`. The CSV header is written before the first row (also
    /// when no event follows, at [`EventWriter::flush`]).
    pub fn new(format: Format, out: W) -> Self {
        let inner = match format {
            Format::Jsonl => Inner::Lines { out, plover: false },
            Format::Plover => Inner::Lines { out, plover: true },
            Format::Csv | Format::Acled => Inner::Csv {
                out: Box::new(csv::Writer::from_writer(out)),
                header: false,
                acled: format == Format::Acled,
            },
        };
        EventWriter { inner }
    }

    /// Writes one coded article: its events, or in the ACLED format its one row (if any).
    pub fn write_article(&mut self, a: &CodedArticle) -> Result<(), OutputError> {
        if let Inner::Csv {
            out,
            header,
            acled: true,
        } = &mut self.inner
        {
            if !*header {
                out.write_record(ACLED_COLUMNS)?;
                *header = true;
            }
            if let Some(row) = acled_row(a) {
                out.write_record(&row)?;
            }
            return Ok(());
        }
        self.write(&a.events)
    }

    /// Writes the events of one article.
    pub fn write(&mut self, events: &[EventRecord]) -> Result<(), OutputError> {
        match &mut self.inner {
            Inner::Lines { out, plover } => {
                for ev in events {
                    if *plover {
                        serde_json::to_writer(&mut *out, &plover_record(ev))?;
                    } else {
                        serde_json::to_writer(&mut *out, ev)?;
                    }
                    out.write_all(b"\n")?;
                }
            }
            Inner::Csv { out, header, acled } => {
                if *acled {
                    // Per-article rows need the article: see `write_article`.
                    return Ok(());
                }
                if !*header {
                    out.write_record(CSV_COLUMNS)?;
                    *header = true;
                }
                for ev in events {
                    for row in csv_rows(ev) {
                        out.write_record(&row)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Flushes buffered output.
    pub fn flush(&mut self) -> Result<(), OutputError> {
        match &mut self.inner {
            Inner::Lines { out, .. } => out.flush()?,
            Inner::Csv { out, header, acled } => {
                if !*header {
                    out.write_record(if *acled { ACLED_COLUMNS } else { CSV_COLUMNS })?;
                    *header = true;
                }
                out.flush()?
            }
        }
        Ok(())
    }
}

/// The schema name of a date precision (`day`, `month`, `publication`, …).
fn precision_name(p: saker_core::nlp::DatePrecision) -> String {
    serde_json::to_value(p)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

fn actor_cols(a: Option<&ActorRecord>) -> [String; 6] {
    match a {
        Some(a) => [
            a.text.clone(),
            opt(&a.id),
            opt(&a.name),
            opt(&a.cameo),
            opt(&a.country),
            opt(&a.sector),
        ],
        None => Default::default(),
    }
}

/// The CSV rows of one event: one per actor × recipient pair (at least one row).
pub fn csv_rows(ev: &EventRecord) -> Vec<Vec<String>> {
    let sources: Vec<Option<&ActorRecord>> = if ev.actors.is_empty() {
        vec![None]
    } else {
        ev.actors.iter().map(Some).collect()
    };
    let targets: Vec<Option<&ActorRecord>> = if ev.recipients.is_empty() {
        vec![None]
    } else {
        ev.recipients.iter().map(Some).collect()
    };
    let mut rows = Vec::new();
    for s in &sources {
        for t in &targets {
            let mut r = vec![
                ev.doc_id.clone(),
                ev.event_id.clone(),
                ev.sentence_index.to_string(),
            ];
            match &ev.date {
                Some(d) => {
                    r.push(d.value.clone());
                    r.push(precision_name(d.precision));
                    r.push(opt(&d.text));
                }
                None => r.extend([String::new(), String::new(), String::new()]),
            }
            r.extend(actor_cols(*s));
            r.extend(actor_cols(*t));
            r.push(ev.cameo.clone());
            r.push(ev.cameo.get(..2).unwrap_or("").to_owned());
            r.push(quad_class(&ev.cameo).to_string());
            r.push(ev.plover.kind.clone());
            r.push(opt(&ev.plover.mode));
            r.push(ev.plover.contexts.join(";"));
            match &ev.acled {
                Some(a) => {
                    r.push(a.event_type.clone());
                    r.push(a.sub_event_type.clone());
                }
                None => r.extend([String::new(), String::new()]),
            }
            match &ev.location {
                Some(l) => r.extend([
                    l.text.clone(),
                    l.name.clone(),
                    opt(&l.country),
                    opt(&l.admin1),
                    format!("{:.5}", l.lat),
                    format!("{:.5}", l.lon),
                    l.geonameid.map(|g| g.to_string()).unwrap_or_default(),
                ]),
                None => r.extend(std::iter::repeat_n(String::new(), 7)),
            }
            r.push(ev.negated.to_string());
            r.push(
                serde_json::to_value(ev.modality)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
            );
            r.push(format!("{:.3}", ev.confidence));
            r.push(ev.trigger.text.clone());
            rows.push(r);
        }
    }
    rows
}

fn plover_entity(a: &ActorRecord) -> Value {
    let sector = a
        .cameo
        .as_deref()
        .and_then(|c| c.get(3..6))
        .map(str::to_owned)
        .or_else(|| a.sector.clone());
    json!({
        "code": a.country.clone().or_else(|| a.cameo.as_deref().and_then(|c| c.get(..3)).map(str::to_owned)),
        "sector": sector,
        "entity_text": a.text,
        "identifier_id": a.id,
        "identifier_text": a.name,
    })
}

/// The PLOVER/POLECAT interchange record of one event (field names from the PLOVER manual's
/// data-fields chapter).
pub fn plover_record(ev: &EventRecord) -> Value {
    json!({
        "id": ev.event_id,
        "date": ev.date.as_ref().map(|d| d.value.clone()),
        "actor": ev.actors.iter().map(plover_entity).collect::<Vec<_>>(),
        "recipient": ev.recipients.iter().map(plover_entity).collect::<Vec<_>>(),
        "event": [ev.plover.kind],
        "mode": ev.plover.mode.iter().collect::<Vec<_>>(),
        "context": ev.plover.contexts,
        "quad_code": quad_class(&ev.cameo),
        "event_loc": ev.location.as_ref().map(|l| json!({
            "extracted_place": l.text,
            "resolved_place": l.name,
            "geonameid": l.geonameid,
            "lat": l.lat,
            "lon": l.lon,
            "province": l.admin1,
            "country_code": l.country,
        })),
        "event_text": [ev.trigger.text.clone()],
        "text_info": {"sequence": ev.sentence_index, "start": ev.trigger.start, "end": ev.trigger.end, "text_story": [ev.sentence]},
        "link": ev.doc_id,
        "coder": format!("saker {}", env!("CARGO_PKG_VERSION")),
        "cameo": ev.cameo,
        "negated": ev.negated,
        "modality": ev.modality,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use saker_core::nlp::Modality;
    use saker_core::record::{PloverCode, TextSpan};

    fn actor(t: &str, c: &str) -> ActorRecord {
        ActorRecord {
            text: t.into(),
            start: 0,
            end: t.len(),
            id: None,
            name: None,
            cameo: Some(c.into()),
            country: Some(c[..3].into()),
            sector: None,
        }
    }

    fn event() -> EventRecord {
        EventRecord {
            schema_version: "1.0".into(),
            doc_id: "d".into(),
            event_id: "d-1".into(),
            sentence_index: 0,
            sentence: "Police arrested gunmen, rebels.".into(),
            trigger: TextSpan {
                text: "arrested".into(),
                start: 7,
                end: 15,
            },
            plover: PloverCode {
                kind: "COERCE".into(),
                mode: Some("arrest".into()),
                contexts: vec![],
            },
            cameo: "173".into(),
            acled: None,
            actors: vec![actor("Police", "IRQCOP")],
            recipients: vec![actor("gunmen", "IRQREB"), actor("rebels", "IRQREB")],
            date: None,
            location: None,
            negated: false,
            modality: Modality::Asserted,
            confidence: 0.8,
        }
    }

    #[test]
    fn quad_classes() {
        assert_eq!(quad_class("042"), 1);
        assert_eq!(quad_class("0871"), 2);
        assert_eq!(quad_class("112"), 3);
        assert_eq!(quad_class("190"), 4);
        assert_eq!(quad_class(""), 0);
    }

    #[test]
    fn csv_has_one_row_per_pair_and_matching_width() {
        let rows = csv_rows(&event());
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().all(|r| r.len() == CSV_COLUMNS.len()));
        assert_eq!(rows[1][12], "rebels");
        assert_eq!(rows[0][20], "4");
    }

    #[test]
    fn plover_record_uses_plover_field_names() {
        let v = plover_record(&event());
        assert_eq!(v["event"][0], "COERCE");
        assert_eq!(v["actor"][0]["code"], "IRQ");
        assert_eq!(v["actor"][0]["sector"], "COP");
        assert_eq!(v["mode"][0], "arrest");
        assert_eq!(v["quad_code"], 4);
    }

    #[test]
    fn writers_emit_one_line_per_event() {
        let mut buf = Vec::new();
        {
            let mut w = EventWriter::new(Format::Jsonl, &mut buf);
            w.write(&[event(), event()]).unwrap();
            w.flush().unwrap();
        }
        let s = String::from_utf8(buf).unwrap();
        assert_eq!(s.lines().count(), 2);
        let v: Value = serde_json::from_str(s.lines().next().unwrap()).unwrap();
        assert_eq!(v["cameo"], "173");
    }

    #[test]
    fn acled_format_writes_one_row_per_article_from_its_carrier_event() {
        let mut ev = event();
        ev.event_id = "d-2".into();
        let coded = CodedArticle {
            doc_id: "d".into(),
            events: vec![event(), ev],
            acled: Some(saker_core::record::AcledCode {
                event_type: "Strategic developments".into(),
                sub_event_type: "Arrests".into(),
            }),
            acled_event: Some(1),
            ..CodedArticle::default()
        };
        let quiet = CodedArticle {
            doc_id: "q".into(),
            events: vec![event()],
            ..CodedArticle::default()
        };
        let mut buf = Vec::new();
        {
            let mut w = EventWriter::new(Format::Acled, &mut buf);
            w.write_article(&coded).unwrap();
            w.write_article(&quiet).unwrap();
            w.flush().unwrap();
        }
        let s = String::from_utf8(buf).unwrap();
        let mut rdr = csv::Reader::from_reader(s.as_bytes());
        assert_eq!(rdr.headers().unwrap().len(), ACLED_COLUMNS.len());
        let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
        assert_eq!(
            rows.len(),
            1,
            "an article with no ACLED event has no row: {s}"
        );
        let col = |name: &str| ACLED_COLUMNS.iter().position(|c| *c == name).unwrap();
        assert_eq!(&rows[0][col("doc_id")], "d");
        assert_eq!(&rows[0][col("sub_event_type")], "Arrests");
        assert_eq!(&rows[0][col("event_id")], "d-2");
        // No article at all: still a header.
        let mut buf = Vec::new();
        EventWriter::new(Format::Acled, &mut buf).flush().unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap().trim(),
            ACLED_COLUMNS.join(",")
        );
    }
}
