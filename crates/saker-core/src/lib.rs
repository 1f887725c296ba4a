//! Shared types of the Saker pipeline.
//!
//! Every stage crate (`saker-text`, `saker-syntax`, `saker-actors`, `saker-events`, `saker-time`,
//! `saker-place`) speaks in the types defined here, so that stages stay independent of each other and
//! the pipeline in the `saker` crate only wires them together.
//!
//! Offsets: all `start`/`end` values inside the pipeline are **byte offsets into the normalised text**
//! (see `saker-text`). Only the final [`record`] types carry byte offsets into the *original* article
//! text; the pipeline converts them with the offset map of the text layer.

pub mod article;
pub mod conllu;
pub mod diagnostic;
pub mod eval;
pub mod hash;
pub mod nlp;
pub mod record;
pub mod shared;
pub mod span;

pub use article::Article;
pub use diagnostic::Diagnostic;
pub use span::Span;
