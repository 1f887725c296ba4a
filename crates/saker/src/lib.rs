//! Saker: a political event-data engine.
//!
//! Reads news text (often machine-translated from Arabic) and produces structured events — who did
//! what to whom, when, where — coded to CAMEO, PLOVER and ACLED, with the text span behind every
//! field. This crate is the library core every front end (the `saker` CLI, the HTTP server, the
//! Python module) calls:
//!
//! ```
//! let pipeline = saker::Pipeline::new().expect("embedded data loads");
//! let article = saker_core::Article::new("a1", Some("2022-11-18"),
//!     "BAGHDAD - Gunmen attacked a police station on Thursday.");
//! let coded = pipeline.code(&article).expect("valid article");
//! assert_eq!(coded.doc_id, "a1");
//! ```

#![warn(missing_docs)]

pub mod conllu;
pub mod eval;
pub mod input;
pub mod output;
pub mod pipeline;
pub mod rams;
pub mod samples;
pub mod ucdp;

pub use pipeline::{CodeError, Pipeline, PipelineError, PipelineOptions};
pub use saker_core::record::{CodedArticle, EventRecord, SCHEMA_VERSION};
pub use saker_core::Article;

/// Default largest article text accepted, in bytes (8 MiB): far above any real news article, low
/// enough that one bad record cannot exhaust memory.
pub const DEFAULT_MAX_BYTES: usize = 8 * 1024 * 1024;
