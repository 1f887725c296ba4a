//! Locating the `shared/` data folder that sits beside a Saker checkout.
//!
//! Gold sets and treebanks are never copied into the project; tests, training and evaluation read
//! them at run time from `../shared` (CI has it, a user's clone may not). `SAKER_SHARED` overrides
//! the search.

use std::path::{Path, PathBuf};

/// Finds the `shared/` folder: `$SAKER_SHARED` if set, else the first `shared/` (with a `data/`
/// inside) found beside the current directory or any of its ancestors, else the same search from
/// this crate's source folder (for `cargo test`, which runs in the crate's folder).
pub fn find() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SAKER_SHARED") {
        let p = PathBuf::from(p);
        return p.join("data").is_dir().then_some(p);
    }
    let starts = [
        std::env::current_dir().ok(),
        Some(PathBuf::from(env!("CARGO_MANIFEST_DIR"))),
    ];
    starts.into_iter().flatten().find_map(|s| search_from(&s))
}

fn search_from(start: &Path) -> Option<PathBuf> {
    start.ancestors().find_map(|a| {
        let c = a.join("shared");
        c.join("data").is_dir().then_some(c)
    })
}

/// `shared/<rel>` if the shared folder and that path exist; otherwise `None`, after printing
/// one line on stderr that says which data is absent (so a skipped test says why).
pub fn path(rel: &str) -> Option<PathBuf> {
    match find() {
        Some(s) if s.join(rel).exists() => Some(s.join(rel)),
        Some(s) => {
            eprintln!(
                "note: {} is absent; skipping what needs it",
                s.join(rel).display()
            );
            None
        }
        None => {
            eprintln!(
                "note: no ../shared folder found (set SAKER_SHARED); skipping what needs {rel}"
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_shared_from_a_checkout_beside_it_or_reports_absence() {
        // In CI and developer checkouts shared/ sits beside the repository.
        if let Some(p) = super::find() {
            assert!(p.join("data").is_dir());
        }
        assert!(super::path("no/such/thing/anywhere").is_none());
    }
}
