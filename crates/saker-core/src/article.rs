//! The input record: one news article.

use serde::{Deserialize, Serialize};

/// One news article to code.
///
/// `date` is the publication date (`YYYY-MM-DD`); relative expressions ("Thursday", "last month") are
/// resolved against it. It is kept as text here and validated by the pipeline, so that a bad date is
/// reported for the record instead of failing the whole input.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Article {
    /// Caller's identifier of the article; copied to every event as `doc_id`.
    pub id: String,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// Full article text (headline may be repeated as its first line).
    pub text: String,
    /// Headline, when given separately.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Outlet or agency name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where the article was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// ISO 639-1 language of `text` (Saker codes English; MT'd text counts as English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl Article {
    /// Convenience constructor for code and tests.
    pub fn new(id: impl Into<String>, date: Option<&str>, text: impl Into<String>) -> Self {
        Article {
            id: id.into(),
            date: date.map(str::to_owned),
            text: text.into(),
            ..Article::default()
        }
    }
}
