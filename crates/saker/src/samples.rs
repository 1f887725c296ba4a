//! The bundled sample articles used by `saker demo` and the benchmarks (`data/samples/`).

use saker_core::Article;

const ARTICLES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/samples/articles.jsonl"
));

/// The sample articles, in file order.
pub fn articles() -> Vec<Article> {
    ARTICLES
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("data/samples/articles.jsonl is valid (tested)"))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn samples_parse_and_have_dates() {
        let a = super::articles();
        assert!(a.len() >= 6);
        for x in &a {
            assert!(x.date.is_some() && !x.text.is_empty(), "{}", x.id);
            assert!(crate::input::check_article(x).is_ok(), "{}", x.id);
        }
    }
}
