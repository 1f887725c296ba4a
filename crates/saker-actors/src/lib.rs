//! Saker's `actors` stage: who did it and to whom.
//!
//! * [`kb`]: the human-editable knowledge base under `data/actors/` (TSV), its parser and
//!   [`check`]er with `file:line` diagnostics;
//! * [`norm`]: word segmentation and transliteration-folding keys (Kazemi = Kadhimi = Kazimi);
//! * [`ActorStage`]: longest-match spotting over folded token keys (a token trie), resolution
//!   with date-restricted CAMEO codes, generic agents combined with country context, unknown
//!   names, and rule-based within-article coreference;
//! * [`petrarch`]: import of TABARI/PETRARCH actor and agent dictionaries;
//! * [`eval`]: scorers for UNER, re3d and the PLOVER gold-standard records.
#![warn(missing_docs)]

pub mod eval;
pub mod kb;
pub mod norm;
pub mod petrarch;
mod stage;

pub use kb::{check, CodeSpan, Diagnostic, Entity, Kb};
pub use stage::{translated_aliases, ActorStage, Mention, NerLabel};

/// Errors of the actor stage.
#[derive(Debug, thiserror::Error)]
pub enum ActorError {
    /// The embedded or given knowledge base has errors.
    #[error("knowledge base errors:\n{0}")]
    Kb(String),
    /// A dictionary file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
}

macro_rules! kb_file {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../data/actors/",
                $name
            )),
        )
    };
}

/// The knowledge-base files compiled into the binary, as `(file name, text)`.
pub const EMBEDDED: &[(&str, &str)] = &[
    kb_file!("countries.tsv"),
    kb_file!("agents.tsv"),
    kb_file!("organisations.tsv"),
    kb_file!("armed_groups.tsv"),
    kb_file!("parties.tsv"),
    kb_file!("persons_mena.tsv"),
    kb_file!("leaders.tsv"),
    kb_file!("ministers.tsv"),
    kb_file!("companies.tsv"),
    kb_file!("persons_conflicts.tsv"),
    kb_file!("leaders_more.tsv"),
    kb_file!("ministers_more.tsv"),
    kb_file!("armed_groups_more.tsv"),
    kb_file!("organisations_more.tsv"),
    kb_file!("persons_more.tsv"),
    kb_file!("parties_more.tsv"),
    kb_file!("government_bodies.tsv"),
];

/// First names used as person cues for unknown names.
pub const FIRST_NAMES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/actors/first_names.txt"
));

impl ActorStage {
    /// Compiles the embedded knowledge base. Fails only if the embedded files have errors.
    pub fn load_default() -> Result<ActorStage, ActorError> {
        let (kb, diags) = kb::parse_all(EMBEDDED);
        if !diags.is_empty() {
            let msg: Vec<String> = diags.iter().take(20).map(|d| d.to_string()).collect();
            return Err(ActorError::Kb(msg.join("\n")));
        }
        Ok(ActorStage::from_kb(kb, FIRST_NAMES))
    }

    /// The embedded knowledge base extended with PETRARCH/TABARI actor and agent dictionaries.
    pub fn with_petrarch(
        actor_files: &[&std::path::Path],
        agent_files: &[&std::path::Path],
    ) -> Result<ActorStage, ActorError> {
        let mut st = ActorStage::load_default()?;
        let mut kb = Kb::default();
        for p in actor_files {
            let t = std::fs::read_to_string(p).map_err(|e| ActorError::Io {
                path: p.display().to_string(),
                source: e,
            })?;
            kb.entities
                .extend(petrarch::parse_actors(&t, &p.display().to_string()));
        }
        for p in agent_files {
            let t = std::fs::read_to_string(p).map_err(|e| ActorError::Io {
                path: p.display().to_string(),
                source: e,
            })?;
            kb.agents.extend(petrarch::parse_agents(&t));
        }
        st.extend(kb);
        Ok(st)
    }
}
