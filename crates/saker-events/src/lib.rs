//! Event coding for Saker: who did what to whom, coded to CAMEO, PLOVER and ACLED.
//!
//! The coder reads sentences already processed by the text, syntax and actor stages and matches
//! trigger patterns (verbs and event nouns, written in `data/events/*.pat`, language documented in
//! `docs/patterns.md`) against the dependency tree. Roles come from the tree (active/passive,
//! nominal events, coordination, relative clauses, control), actors from the actor stage's
//! mentions. Negation, modality and reported speech are read from cue words (`data/events/cues.txt`);
//! acts mentioned inside threats, calls and demands are folded into those (a threat to attack is a
//! threat, not an attack).
//!
//! ```
//! use saker_events::{testing, EventCoder};
//! let coder = EventCoder::load_default().unwrap();
//! let (text, sents, parses) = testing::build(&[
//!     "Gunmen/NOUN/2/nsubj attacked/VERB:VBD/0/root the/DET/4/det convoy/NOUN/2/obj ./PUNCT/2/punct",
//! ]);
//! let actors = vec![testing::mention(&text, "Gunmen", 0, saker_core::nlp::ActorKind::Generic)];
//! let events = coder.code(&text, &sents, &parses, &actors);
//! assert_eq!(events[0].plover_type, "ASSAULT");
//! assert_eq!(events[0].sources, vec![0]);
//! ```
#![warn(missing_docs)]

pub mod acled;
pub mod coder;
pub mod cues;
pub mod eval;
pub mod merge;
pub mod pattern;
pub mod petrarch;
pub mod prefilter;
pub mod testing;
pub mod tree;
pub mod vocab;

pub use merge::{merge_duplicates, merge_duplicates_with, same_occurrence};
pub use pattern::{Diagnostic, Pattern};

use saker_core::nlp::{ActorMention, EventCandidate, ParsedSentence, Sentence};
use std::path::Path;

/// Errors of the event stage.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    /// Pattern or cue files have errors (one `file:line: message` per line).
    #[error("invalid event patterns:\n{0}")]
    Patterns(String),
    /// A dictionary file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
}

/// The pattern files shipped with Saker, embedded at compile time: (file name, contents).
pub const PATTERN_FILES: &[(&str, &str)] = &[
    (
        "violence.pat",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/events/violence.pat"
        )),
    ),
    (
        "coercion.pat",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/events/coercion.pat"
        )),
    ),
    (
        "protest.pat",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/events/protest.pat"
        )),
    ),
    (
        "verbal.pat",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/events/verbal.pat"
        )),
    ),
    (
        "cooperation.pat",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/events/cooperation.pat"
        )),
    ),
];

/// The event coder. Cheap to share: `Send + Sync`, no interior mutability.
#[derive(Debug, Clone)]
pub struct EventCoder {
    matcher: coder::Matcher,
    prefilter: prefilter::Prefilter,
}

fn diags_to_error(d: &[Diagnostic]) -> EventError {
    EventError::Patterns(
        d.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

impl EventCoder {
    /// The coder with Saker's own embedded patterns and cues.
    pub fn load_default() -> Result<EventCoder, EventError> {
        Self::from_sources(PATTERN_FILES, cues::CUES_TXT)
    }

    /// A coder from pattern files given as (name, contents) and a cue file's contents.
    pub fn from_sources(files: &[(&str, &str)], cues_txt: &str) -> Result<EventCoder, EventError> {
        let (cues, mut diags) = cues::Cues::parse("cues.txt", cues_txt);
        let mut pats = Vec::new();
        for (name, text) in files {
            let (p, d) = pattern::parse_file(name, text);
            pats.extend(p);
            diags.extend(d);
        }
        if !diags.is_empty() {
            return Err(diags_to_error(&diags));
        }
        let mut prefilter = prefilter::Prefilter::new(&pats);
        prefilter.obligations(&cues.speech);
        Ok(EventCoder {
            prefilter,
            matcher: coder::Matcher::new(pats, cues),
        })
    }

    /// A coder that runs only a PETRARCH `CAMEO.2.0`-format verb dictionary (plus Saker's cues),
    /// e.g. to run the PETRARCH validation suite with its own dictionaries.
    pub fn from_petrarch_verbs(path: &Path) -> Result<EventCoder, EventError> {
        let pats = petrarch::load_verbs(path)?;
        let (cues, d) = cues::Cues::parse("cues.txt", cues::CUES_TXT);
        if !d.is_empty() {
            return Err(diags_to_error(&d));
        }
        let prefilter = prefilter::Prefilter::new(&pats);
        let mut matcher = coder::Matcher::new(pats, cues);
        matcher.positional_fallback = true;
        matcher.future_as_intent = false;
        matcher.obligations_as_demands = false;
        matcher.petrarch_clauses = true;
        matcher.require_dyad = true;
        Ok(EventCoder { matcher, prefilter })
    }

    /// Turns PETRARCH-style positional fallbacks on or off: a source not found in the tree is the
    /// nearest actor before the trigger, a target the nearest actor after it. On for
    /// [`EventCoder::from_petrarch_verbs`], off by default.
    pub fn with_positional_fallback(mut self, on: bool) -> EventCoder {
        self.matcher.positional_fallback = on;
        self
    }

    /// Adds the patterns of a PETRARCH `CAMEO.2.0`-format verb dictionary to this coder
    /// (`--verbs-petrarch FILE`). Saker's own patterns keep precedence on equal specificity.
    pub fn with_petrarch_verbs(mut self, path: &Path) -> Result<EventCoder, EventError> {
        let pats = petrarch::load_verbs(path)?;
        self.prefilter.add(&pats);
        self.matcher.add(pats);
        Ok(self)
    }

    /// The loaded patterns.
    pub fn patterns(&self) -> &[Pattern] {
        &self.matcher.patterns
    }

    /// Codes an article: `sentences` and `parses` are aligned (a missing parse skips its sentence);
    /// `actors` are the article's actor mentions, and the events' `sources`/`targets` index into it.
    /// Duplicates within the article are not merged here: see [`merge_duplicates`].
    pub fn code(
        &self,
        text: &str,
        sentences: &[Sentence],
        parses: &[ParsedSentence],
        actors: &[ActorMention],
    ) -> Vec<EventCandidate> {
        // Mentions sorted by start, to hand each sentence only the mentions inside it.
        let mut order: Vec<usize> = (0..actors.len()).collect();
        order.sort_by_key(|&i| actors[i].span.start);
        let starts: Vec<usize> = order.iter().map(|&i| actors[i].span.start).collect();
        let mut near = Vec::new();
        let mut out = Vec::new();
        for (si, (s, p)) in sentences.iter().zip(parses).enumerate() {
            near.clear();
            let from = starts.partition_point(|&st| st < s.span.start);
            near.extend(
                order[from..]
                    .iter()
                    .copied()
                    .take_while(|&i| actors[i].span.start < s.span.end),
            );
            // Mentions starting before the sentence but reaching into it.
            near.extend(
                order[from.saturating_sub(8)..from]
                    .iter()
                    .copied()
                    .filter(|&i| actors[i].span.end > s.span.start),
            );
            out.extend(
                self.matcher
                    .code_sentence(text, si, s, p, actors, Some(&near)),
            );
        }
        self.drop_sports_metaphors(parses, &mut out);
        out
    }

    /// In a sports report ([`cues::Cues::is_sports_report`]), violence and threats (CAMEO 13,
    /// 18–20) whose trigger is a `cues.txt [sports-metaphor]` are play, not events: "Ahli beat
    /// Ismaili", "hard fought battles".
    fn drop_sports_metaphors(&self, parses: &[ParsedSentence], out: &mut Vec<EventCandidate>) {
        let cues = &self.matcher.cues;
        let violent =
            |e: &EventCandidate| matches!(e.cameo.get(..2), Some("13" | "18" | "19" | "20"));
        if !out.iter().any(violent) {
            return;
        }
        let lemmas = parses
            .iter()
            .flatten()
            .filter(|t| t.upos != saker_core::nlp::Upos::Punct)
            .map(|t| t.lemma.as_str());
        if !cues.is_sports_report(lemmas) {
            return;
        }
        out.retain(|e| {
            let lemma = parses
                .get(e.sentence)
                .and_then(|p| p.get(e.trigger_token))
                .map(|t| t.lemma.to_lowercase())
                .unwrap_or_default();
            !(violent(e) && cues.sports_metaphor.contains(&lemma))
        });
    }

    /// The lemmas patterns trigger on as verbs and as nouns, lower-cased: what the syntax stage's
    /// headline-verb repair may trust (`saker_syntax::HeadlineHints`).
    pub fn trigger_lemmas(&self) -> (Vec<String>, Vec<String>) {
        let get = |pos| {
            self.prefilter
                .trigger_lemmas(pos)
                .map(str::to_lowercase)
                .collect()
        };
        (
            get(pattern::TriggerPos::Verb),
            get(pattern::TriggerPos::Noun),
        )
    }

    /// True when some pattern could fire on a token with this lemma or lower-cased form (useful to
    /// parse only sentences that can hold an event).
    pub fn is_trigger_word(&self, word: &str) -> bool {
        self.matcher.is_trigger_word(word)
    }

    /// True when a tagged (not necessarily parsed) sentence has a token on which some pattern
    /// could fire, with every word the pattern's constraints name present in the sentence (see
    /// [`prefilter`]). A sentence without one yields no event whatever its parse, so the pipeline
    /// skips parsing it. `words` and `tagged` are aligned.
    pub fn may_hold_event(&self, words: &[&str], tagged: &ParsedSentence) -> bool {
        self.prefilter.may_hold_event(words, tagged)
    }
}

/// Checks every `*.pat` file and `cues.txt` in `dir`; one diagnostic per problem, with file and line.
/// An unreadable directory or file is itself reported as a diagnostic (line 0).
pub fn check(dir: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            return vec![Diagnostic {
                file: dir.display().to_string(),
                line: 0,
                message: format!("cannot read directory: {e}"),
            }]
        }
    };
    let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    files.sort();
    let mut n_patterns = 0;
    for f in files {
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let is_pat = f.extension().is_some_and(|e| e == "pat");
        if !is_pat && name != "cues.txt" {
            continue;
        }
        let text = match std::fs::read_to_string(&f) {
            Ok(t) => t,
            Err(e) => {
                out.push(Diagnostic {
                    file: name,
                    line: 0,
                    message: format!("cannot read: {e}"),
                });
                continue;
            }
        };
        if is_pat {
            let (p, d) = pattern::parse_file(&name, &text);
            n_patterns += p.len();
            out.extend(d);
            out.extend(duplicates(&p));
        } else {
            out.extend(cues::Cues::parse(&name, &text).1);
        }
    }
    if n_patterns == 0 && out.is_empty() {
        out.push(Diagnostic {
            file: dir.display().to_string(),
            line: 0,
            message: "no patterns found".into(),
        });
    }
    out
}

/// Lines whose trigger and constraints repeat an earlier line of the same file (the later one
/// could never fire).
fn duplicates(pats: &[Pattern]) -> Vec<Diagnostic> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut out = Vec::new();
    for p in pats {
        let key = format!("{:?} {} {:?}", p.pos, p.lemma, p.constraints);
        if let Some(first) = seen.get(&key) {
            out.push(Diagnostic {
                file: p.file.clone(),
                line: p.line,
                message: format!(
                    "same trigger and constraints as line {first}; this line never fires"
                ),
            });
        } else {
            seen.insert(key, p.line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_patterns_load() {
        let c = EventCoder::load_default().expect("embedded patterns must be valid");
        assert!(
            c.patterns().len() >= 1500,
            "{} patterns",
            c.patterns().len()
        );
        let roots: std::collections::BTreeSet<&str> =
            c.patterns().iter().map(|p| p.root()).collect();
        assert_eq!(roots.len(), 20, "{roots:?}");
    }

    #[test]
    fn shipped_data_folder_checks_clean() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/events");
        let d = check(&dir);
        assert!(
            d.is_empty(),
            "{}",
            d.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn check_reports_file_and_line() {
        let dir = std::env::temp_dir().join(format!("saker-events-check-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("a.pat"),
            "# c\nattack | 190\nattack | 190\nfoo | 777\n",
        )
        .unwrap();
        let d = check(&dir);
        let s: Vec<String> = d.iter().map(ToString::to_string).collect();
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].starts_with("a.pat:4: unknown CAMEO code"));
        assert!(s[1].starts_with("a.pat:3: same trigger"));
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!(check(Path::new("/nonexistent/dir/x")).len(), 1);
    }

    #[test]
    fn petrarch_verb_dictionaries_load_or_fail_cleanly() {
        let c = EventCoder::load_default().expect("embedded patterns are valid");
        assert!(c
            .clone()
            .with_petrarch_verbs(Path::new("/no/such/verbs.txt"))
            .is_err());
        assert!(EventCoder::from_petrarch_verbs(Path::new("/no/such/verbs.txt")).is_err());
        let Some(p) =
            saker_core::shared::path("data/eval/petrarch2_validation/PETR.Validate.verbs.txt")
        else {
            return;
        };
        let n = c.patterns().len();
        let more = c.with_petrarch_verbs(&p).expect("validation verbs load");
        assert!(more.patterns().len() > n + 100);
        assert!(more.is_trigger_word("abandon"));
    }

    #[test]
    fn coder_is_send_sync() {
        fn f<T: Send + Sync>() {}
        f::<EventCoder>();
    }
}
