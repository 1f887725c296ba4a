//! Saker's `actors` stage: who did it and to whom.
//!
//! * [`kb`]: the human-editable knowledge base under `data/actors/` (TSV), its parser and
//!   [`check`]er with `file:line` diagnostics;
//! * [`norm`]: word segmentation and transliteration-folding keys (Kazemi = Kadhimi = Kazimi);
//! * [`ActorStage`]: longest-match spotting over folded token keys (a token trie), resolution
//!   with date-restricted CAMEO codes, generic agents combined with country context, unknown
//!   names, and rule-based within-article coreference;
//! * [`ner`]: a small trained name tagger (averaged perceptron, BIO over PER/ORG/LOC) that types
//!   and bounds names the knowledge base does not know, and vetoes weak one-word matches;
//!   [`ner_train`] builds its training data (GUM entity annotations, silver EWT names) and trains
//!   it (`cargo run --release -p saker-actors --bin train_ner`);
//! * [`petrarch`]: import of TABARI/PETRARCH actor and agent dictionaries; `phrase` combines
//!   the actors and agents of one noun phrase the way PETRARCH codes it (prefix agents such as
//!   `NGO~`, "former" → `ELI`, possessive phrases, coordinated agents);
//! * [`eval`]: scorers for UNER, re3d and the PLOVER gold-standard records.
#![warn(missing_docs)]

pub mod eval;
mod gate;
pub mod kb;
pub mod ner;
pub mod ner_train;
pub mod norm;
pub mod petrarch;
mod phrase;
mod stage;

pub use kb::{check, CodeSpan, Diagnostic, Entity, Kb};
pub use stage::{translated_aliases, ActorStage, Mention, NerLabel};

/// Errors of the actor stage.
#[derive(Debug, thiserror::Error)]
pub enum ActorError {
    /// The embedded or given knowledge base has errors.
    #[error("knowledge base errors:\n{0}")]
    Kb(String),
    /// The embedded name-tagger model is damaged.
    #[error("name tagger model: {0}")]
    Model(#[from] ner::ModelError),
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

/// The trained name tagger (see [`ner`]): an averaged perceptron trained by the `train_ner`
/// binary on the entity annotations of the GUM treebank (CC BY 4.0) and on silver names (proper
/// noun runs) of the UD English EWT training split (CC BY-SA 4.0). About 1.3 MB.
pub const NER_MODEL: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/actors/ner.bin"
));

/// First names used as person cues for unknown names.
pub const FIRST_NAMES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/actors/first_names.txt"
));

impl ActorStage {
    /// Compiles the embedded knowledge base and loads the embedded name tagger. Fails only if
    /// the embedded files have errors.
    pub fn load_default() -> Result<ActorStage, ActorError> {
        let st = ActorStage::load_rules_only()?;
        let model = ner::Model::from_bytes(NER_MODEL)?;
        Ok(if model.is_empty() {
            st
        } else {
            st.with_tagger(model)
        })
    }

    /// The embedded knowledge base without the trained name tagger (unknown names are then
    /// found by capitalisation rules only). The NER trainer uses it.
    pub fn load_rules_only() -> Result<ActorStage, ActorError> {
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
