//! The pattern language (documented in `docs/patterns.md`): parsing and checking.
//!
//! One pattern per line, fields separated by `|`:
//!
//! ```text
//! TRIGGER [CONSTRAINT ...] | CAMEO | PLOVER[:mode] or - | OPTION ...
//! launch obj:attack|offensive | 190 | ASSAULT | acled=armed-clash
//! n:assassination             | 186 | -       | acled=attack poss=tgt
//! ```

use crate::vocab;
use saker_core::nlp::ActorKind;

/// Part of speech of a trigger head.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TriggerPos {
    /// A verb (`attack`, `arrest`).
    Verb,
    /// An event noun (`assassination`, `attack`).
    Noun,
}

/// A syntactic argument position used to find roles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// Logical subject: `nsubj` of an active verb, `obl:agent` / `by`-phrase of a passive one.
    Subj,
    /// Logical object: `obj` of an active verb, `nsubj:pass` of a passive one.
    Obj,
    /// Indirect object (`iobj`).
    Iobj,
    /// Possessor of a noun trigger (`nmod:poss`).
    Poss,
    /// An oblique or nominal modifier introduced by this preposition (`obl`/`nmod` with `case`).
    Prep(String),
    /// Subject of the verb governing a noun trigger ("X launched an attack").
    GovSubj,
    /// Surface subject: `nsubj` of an active verb, `nsubj:pass` of a passive one (a PETRARCH
    /// marker before the verb, which names the phrase before it whatever the voice).
    Surface,
    /// The noun phrase after the pattern word given, once the given number of noun phrases
    /// after that word are skipped (PETRARCH's `^`: `* IFTAR IN ^ +`).
    Skip(String, usize),
}

/// A constraint on the trigger's dependents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Constraint {
    /// The logical object's head lemma is one of these (empty: any object).
    Obj(Vec<String>),
    /// A particle (`compound:prt`) with this lemma ("carry out").
    Prt(String),
    /// An oblique/nominal modifier with this preposition, optionally with one of these head lemmas.
    Prep(String, Vec<String>),
    /// A clausal complement (`xcomp`/`acl`/`advcl`/`ccomp`) headed by one of these lemmas.
    Xcomp(Vec<String>),
    /// A compound or adjectival modifier with one of these lemmas ("suicide bombing").
    Compound(Vec<String>),
    /// The trigger is a passive verb.
    Passive,
    /// The trigger is an active verb.
    Active,
    /// The logical subject's head lemma is one of these (active `nsubj`, passive agent; for nouns
    /// the possessor or the subject of the governing verb).
    Subj(Vec<String>),
    /// Word slots that must follow the trigger, in order, nearest first (PETRARCH imports).
    After(Vec<Slot>),
    /// Word slots that must precede the trigger, in sentence order (PETRARCH imports).
    Before(Vec<Slot>),
    /// The subject is a coordination of actors ("X and Y met"; PETRARCH `%`).
    CompoundSubject,
    /// The trigger has no object of its own (a verb: no `obj`; a noun: no `of` phrase):
    /// intransitive "protesters demonstrated", not "the figures demonstrate the need".
    NoObject,
}

/// One word slot of a [`Constraint::Before`] / [`Constraint::After`] constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// Alternatives, each a phrase of one or more lower-case words separated by one space,
    /// matched on consecutive surface forms.
    pub alts: Vec<String>,
    /// The slot must touch the element before it on the verb's side (the verb itself or the
    /// previous slot): PETRARCH's `_` glue.
    pub adjacent: bool,
}

impl Slot {
    /// A slot that may lie anywhere beyond the previous one.
    pub fn free(alts: Vec<String>) -> Slot {
        Slot {
            alts,
            adjacent: false,
        }
    }

    /// A slot that must be adjacent to the previous element.
    pub fn adjacent(alts: Vec<String>) -> Slot {
        Slot {
            alts,
            adjacent: true,
        }
    }
}

/// One compiled pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// Source file name.
    pub file: String,
    /// 1-based line in the source file.
    pub line: usize,
    /// Part of speech of the trigger head.
    pub pos: TriggerPos,
    /// Trigger head lemma (lower case).
    pub lemma: String,
    /// Constraints on dependents.
    pub constraints: Vec<Constraint>,
    /// CAMEO code.
    pub cameo: String,
    /// PLOVER type (empty when the code has none, e.g. CAMEO 01).
    pub plover: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// PLOVER contexts.
    pub contexts: Vec<String>,
    /// ACLED (event type, sub-event type).
    pub acled: Option<(String, String)>,
    /// Where to look for the source, in order (empty: the defaults).
    pub src: Vec<Role>,
    /// Where to look for the target, in order (empty: the defaults).
    pub tgt: Vec<Role>,
    /// Allowed source kinds (empty: any).
    pub src_kinds: Vec<ActorKind>,
    /// Allowed target kinds (empty: any).
    pub tgt_kinds: Vec<ActorKind>,
    /// Base confidence.
    pub confidence: f32,
    /// `needsrc`: code the event only when a source actor is found ("the law requires
    /// agencies to …", "plans call for a new bridge": no one demands anything).
    pub needs_source: bool,
    /// `needtgt`: code the event only when a target actor is found ("recognized as citizen of
    /// the year", "recognizing same-sex marriages": no state recognised).
    pub needs_target: bool,
}

impl Pattern {
    /// CAMEO root (first two digits).
    pub fn root(&self) -> &str {
        self.cameo.get(..2).unwrap_or("")
    }
}

pub use saker_core::Diagnostic;

fn words(list: &str) -> Vec<String> {
    if list == "*" {
        return Vec::new();
    }
    list.split('|')
        .filter(|w| !w.is_empty())
        .map(|w| w.replace('_', " ").to_lowercase())
        .collect()
}

fn valid_word(w: &str) -> bool {
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '_' | '|' | '*' | '.'))
}

fn parse_role(s: &str) -> Result<Role, String> {
    Ok(match s {
        "subj" | "nsubj" | "agent" => Role::Subj,
        "obj" | "dobj" => Role::Obj,
        "iobj" => Role::Iobj,
        "poss" => Role::Poss,
        "gov" | "govsubj" => Role::GovSubj,
        _ => match s.strip_prefix("prep:") {
            Some(p) if valid_word(p) => Role::Prep(p.to_lowercase()),
            _ => {
                return Err(format!(
                    "unknown role `{s}` (subj obj iobj poss gov prep:X)"
                ))
            }
        },
    })
}

fn parse_kind(s: &str) -> Result<ActorKind, String> {
    Ok(match s {
        "person" => ActorKind::Person,
        "organisation" | "organization" | "org" => ActorKind::Organisation,
        "armedgroup" | "armed_group" => ActorKind::ArmedGroup,
        "state" => ActorKind::State,
        "igo" => ActorKind::Igo,
        "ngo" => ActorKind::Ngo,
        "media" => ActorKind::Media,
        "party" => ActorKind::Party,
        "generic" => ActorKind::Generic,
        "unknown" => ActorKind::Unknown,
        _ => return Err(format!("unknown actor kind `{s}`")),
    })
}

fn parse_trigger(s: &str) -> Result<(TriggerPos, String, Vec<Constraint>), String> {
    let mut parts = s.split_whitespace();
    let head = parts.next().ok_or("empty trigger")?;
    let (pos, lemma) = if let Some(l) = head.strip_prefix("n:") {
        (TriggerPos::Noun, l)
    } else if let Some(l) = head.strip_prefix("v:") {
        (TriggerPos::Verb, l)
    } else {
        (TriggerPos::Verb, head)
    };
    if !valid_word(lemma) || lemma.contains(['|', '*']) {
        return Err(format!("bad trigger lemma `{lemma}`"));
    }
    let mut cons = Vec::new();
    for p in parts {
        let c = match p {
            "pass" => Constraint::Passive,
            "act" => Constraint::Active,
            "noobj" => Constraint::NoObject,
            _ => {
                let (k, v) = p
                    .split_once(':')
                    .ok_or_else(|| format!("malformed constraint `{p}` (expected kind:value)"))?;
                if !valid_word(&v.replace(':', "")) || v.starts_with(':') || v.ends_with(':') {
                    return Err(format!("malformed constraint `{p}`"));
                }
                match k {
                    "obj" => Constraint::Obj(words(v)),
                    "subj" => Constraint::Subj(words(v)),
                    "prt" => Constraint::Prt(v.to_lowercase()),
                    "xcomp" => Constraint::Xcomp(words(v)),
                    "mod" | "compound" => Constraint::Compound(words(v)),
                    "prep" => match v.split_once(':') {
                        Some((pr, heads)) => Constraint::Prep(pr.to_lowercase(), words(heads)),
                        None => Constraint::Prep(v.to_lowercase(), Vec::new()),
                    },
                    _ => return Err(format!("unknown constraint kind `{k}` in `{p}`")),
                }
            }
        };
        cons.push(c);
    }
    Ok((pos, lemma.replace('_', " ").to_lowercase(), cons))
}

/// Parses one pattern line (already stripped of comments; not blank).
pub fn parse_line(file: &str, line: usize, text: &str) -> Result<Pattern, Diagnostic> {
    let diag = |message: String| Diagnostic {
        file: file.to_owned(),
        line,
        message,
    };
    let fields: Vec<&str> = text.split('|').map(str::trim).collect();
    // The trigger itself may contain `|` inside word lists: fields are split from the right.
    // Layout: TRIGGER(with |) ; CAMEO ; PLOVER ; OPTIONS — CAMEO is the first all-digit field.
    let ci = fields
        .iter()
        .position(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
        .ok_or_else(|| diag(format!("no CAMEO code field in `{text}`")))?;
    if ci == 0 {
        return Err(diag("missing trigger".into()));
    }
    let trigger = fields[..ci].join("|");
    let cameo = fields[ci];
    if !vocab::is_cameo(cameo) {
        return Err(diag(format!("unknown CAMEO code `{cameo}`")));
    }
    let (pos, lemma, constraints) = parse_trigger(&trigger).map_err(diag)?;
    let plover_field = fields.get(ci + 1).copied().unwrap_or("-");
    let (plover, mode) = if plover_field == "-" || plover_field.is_empty() {
        match vocab::default_plover(cameo) {
            Some((t, m)) => (t.to_owned(), m.map(str::to_owned)),
            None => (String::new(), None),
        }
    } else {
        let (t, m) = match plover_field.split_once(':') {
            Some((t, m)) => (t, Some(m)),
            None => (plover_field, None),
        };
        if !vocab::is_plover_type(t) {
            return Err(diag(format!("bad PLOVER type `{t}`")));
        }
        if let Some(m) = m {
            if !vocab::is_plover_mode(t, m) {
                return Err(diag(format!("PLOVER type {t} has no mode `{m}`")));
            }
        }
        (t.to_owned(), m.map(str::to_owned))
    };
    let mut p = Pattern {
        file: file.to_owned(),
        line,
        pos,
        lemma,
        constraints,
        cameo: cameo.to_owned(),
        plover,
        mode,
        contexts: Vec::new(),
        acled: None,
        src: Vec::new(),
        tgt: Vec::new(),
        src_kinds: Vec::new(),
        tgt_kinds: Vec::new(),
        confidence: 0.8,
        needs_source: false,
        needs_target: false,
    };
    let opts = fields
        .get(ci + 2..)
        .map(|f| f.join(" "))
        .unwrap_or_default();
    for o in opts.split_whitespace() {
        if o == "needsrc" {
            p.needs_source = true;
            continue;
        }
        if o == "needtgt" {
            p.needs_target = true;
            continue;
        }
        let (k, v) = o
            .split_once('=')
            .ok_or_else(|| diag(format!("malformed option `{o}` (expected key=value)")))?;
        match k {
            "acled" => {
                let (t, s) = vocab::acled(v)
                    .ok_or_else(|| diag(format!("unknown ACLED sub-type id `{v}`")))?;
                p.acled = Some((t.to_owned(), s.to_owned()));
            }
            "ctx" => {
                for c in v.split(',') {
                    if !vocab::PLOVER_CONTEXTS.contains(&c) {
                        return Err(diag(format!("unknown PLOVER context `{c}`")));
                    }
                    p.contexts.push(c.to_owned());
                }
            }
            "src" => {
                for r in v.split(',') {
                    p.src.push(parse_role(r).map_err(diag)?);
                }
            }
            "tgt" => {
                for r in v.split(',') {
                    p.tgt.push(parse_role(r).map_err(diag)?);
                }
            }
            "poss" => match v {
                "tgt" => p.tgt.insert(0, Role::Poss),
                "src" => p.src.insert(0, Role::Poss),
                _ => return Err(diag(format!("poss= takes src or tgt, not `{v}`"))),
            },
            "srckind" => {
                for r in v.split(',') {
                    p.src_kinds.push(parse_kind(r).map_err(diag)?);
                }
            }
            "tgtkind" => {
                for r in v.split(',') {
                    p.tgt_kinds.push(parse_kind(r).map_err(diag)?);
                }
            }
            "conf" => {
                p.confidence = v
                    .parse::<f32>()
                    .ok()
                    .filter(|c| (0.0..=1.0).contains(c))
                    .ok_or_else(|| diag(format!("conf= needs a number in 0..1, not `{v}`")))?;
            }
            _ => return Err(diag(format!("unknown option `{k}`"))),
        }
    }
    Ok(p)
}

/// Strips a `#` comment.
pub(crate) fn strip_comment(l: &str) -> &str {
    l.split_once('#').map_or(l, |(a, _)| a).trim()
}

/// Parses a whole pattern file; returns patterns and diagnostics for the bad lines.
pub fn parse_file(file: &str, text: &str) -> (Vec<Pattern>, Vec<Diagnostic>) {
    let mut pats = Vec::new();
    let mut diags = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let l = strip_comment(raw);
        if l.is_empty() {
            continue;
        }
        match parse_line(file, i + 1, l) {
            Ok(p) => pats.push(p),
            Err(d) => diags.push(d),
        }
    }
    (pats, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_needsrc() {
        let p = parse_line("t.pat", 1, "require | 100 | REQUEST | tgt=obj needsrc").unwrap();
        assert!(p.needs_source);
        assert_eq!(p.tgt, vec![Role::Obj]);
        let p = parse_line("t.pat", 2, "require | 100 | REQUEST").unwrap();
        assert!(!p.needs_source && !p.needs_target);
        let p = parse_line("t.pat", 3, "recognize | 054 | SUPPORT | needtgt").unwrap();
        assert!(p.needs_target && !p.needs_source);
    }

    #[test]
    fn parses_a_full_line() {
        let p = parse_line(
            "t.pat",
            3,
            "launch obj:attack|offensive prep:on | 190 | ASSAULT | acled=armed-clash ctx=military tgt=prep:on,obj srckind=armedgroup,state conf=0.9",
        )
        .unwrap();
        assert_eq!(p.pos, TriggerPos::Verb);
        assert_eq!(p.lemma, "launch");
        assert_eq!(
            p.constraints,
            vec![
                Constraint::Obj(vec!["attack".into(), "offensive".into()]),
                Constraint::Prep("on".into(), vec![])
            ]
        );
        assert_eq!(p.cameo, "190");
        assert_eq!(p.plover, "ASSAULT");
        assert_eq!(p.acled, Some(("Battles".into(), "Armed clash".into())));
        assert_eq!(p.tgt, vec![Role::Prep("on".into()), Role::Obj]);
        assert_eq!(p.src_kinds, vec![ActorKind::ArmedGroup, ActorKind::State]);
        assert!((p.confidence - 0.9).abs() < 1e-6);
    }

    #[test]
    fn subject_constraint_parses_like_the_object_one() {
        let p = parse_line(
            "t",
            1,
            "lynch subj:mob|crowd | 1823 | ASSAULT | acled=mob-violence",
        )
        .unwrap();
        assert_eq!(
            p.constraints,
            vec![Constraint::Subj(vec!["mob".into(), "crowd".into()])]
        );
    }

    #[test]
    fn default_plover_comes_from_the_code() {
        let p = parse_line("t", 1, "n:assassination | 186 | - | poss=tgt").unwrap();
        assert_eq!(p.pos, TriggerPos::Noun);
        assert_eq!(
            (p.plover.as_str(), p.mode.as_deref()),
            ("ASSAULT", Some("targeted"))
        );
        assert_eq!(p.tgt, vec![Role::Poss]);
        let p = parse_line("t", 1, "say | 010").unwrap();
        assert_eq!(p.plover, "");
    }

    #[test]
    fn errors_carry_file_and_line() {
        let cases = [
            ("attack | 999 | ASSAULT", "unknown CAMEO code"),
            ("attack | 190 | FIGHTING", "bad PLOVER type"),
            ("attack | 190 | ASSAULT:arrest", "has no mode"),
            ("attack foo | 190", "malformed constraint"),
            ("attack zz:foo | 190", "unknown constraint kind"),
            ("attack | 190 | - | acled=nope", "unknown ACLED"),
            ("attack | 190 | - | tgt=elsewhere", "unknown role"),
            ("attack | 190 | - | srckind=alien", "unknown actor kind"),
            ("attack | 190 | - | conf=7", "conf="),
            ("attack | 190 | - | nonsense", "malformed option"),
            ("attack", "no CAMEO code"),
        ];
        for (line, want) in cases {
            let d = parse_line("x.pat", 7, line).unwrap_err();
            assert!(d.message.contains(want), "{line}: {}", d.message);
            assert_eq!(d.to_string().split(": ").next(), Some("x.pat:7"));
        }
    }
}
