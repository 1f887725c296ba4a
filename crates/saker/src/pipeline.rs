//! The [`Pipeline`]: built once from data, then `code(&Article) -> CodedArticle` for each article.
//!
//! Stages run in data-flow order — `text` → `syntax` → `actors` → `events` → `time` → `place` —
//! and the result is assembled into event records whose offsets point into the original text.
//! The pipeline holds no mutable state, so it is `Send + Sync` and one instance serves every
//! thread ([`Pipeline::code_batch`] runs articles in parallel with rayon).

use rayon::prelude::*;
use saker_core::record::CodedArticle;
use saker_core::Article;
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
}

impl Default for PipelineOptions {
    fn default() -> Self {
        PipelineOptions {
            max_bytes: crate::DEFAULT_MAX_BYTES,
        }
    }
}

/// The event coder. Build once with [`Pipeline::new`], share across threads.
pub struct Pipeline {
    opts: PipelineOptions,
}

impl Pipeline {
    /// Builds the pipeline from the embedded default data.
    pub fn new() -> Result<Self, PipelineError> {
        Self::with_options(PipelineOptions::default())
    }

    /// Builds the pipeline with explicit settings.
    pub fn with_options(opts: PipelineOptions) -> Result<Self, PipelineError> {
        Ok(Pipeline { opts })
    }

    /// Codes one article.
    pub fn code(&self, article: &Article) -> Result<CodedArticle, CodeError> {
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
        let mut warnings = Vec::new();
        let _dct = match article.date.as_deref() {
            Some(d) => Some(parse_date(d).map_err(|problem| CodeError::BadDate {
                id: article.id.clone(),
                problem,
            })?),
            None => {
                warnings.push("no publication date: relative dates are left unresolved".to_owned());
                None
            }
        };
        let doc = saker_text::analyze(&article.text);
        Ok(CodedArticle {
            doc_id: article.id.clone(),
            sentences: doc.sentences.len(),
            events: Vec::new(),
            warnings,
        })
    }

    /// Codes a batch of articles in parallel; results come back in input order.
    pub fn code_batch(&self, articles: &[Article]) -> Vec<Result<CodedArticle, CodeError>> {
        articles.par_iter().map(|a| self.code(a)).collect()
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
    fn bad_records_get_errors_naming_them() {
        let p = Pipeline::with_options(PipelineOptions { max_bytes: 50 }).unwrap();
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
