//! The actor knowledge base: TSV files under `data/actors/`, their parser and validator.
//!
//! Formats (tab-separated, one record a line, `#` starts a comment line, empty cells are `""` or `-`):
//!
//! * entity files (`*.tsv` except the two below):
//!   `id  type  name  aliases  codes  country  sector  affiliations`
//! * `countries.tsv`: `iso3  cameo  name  aliases  demonyms  capitals`
//! * `agents.tsv`: `id  code  sector  phrases  flags`
//!
//! See `docs/actors.md` for the meaning of every column.

use jiff::civil::Date;
use saker_core::nlp::ActorKind;
use std::collections::HashSet;
use std::path::Path;

/// A CAMEO code valid over an inclusive date range (open ends are `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeSpan {
    /// The CAMEO actor code (`IRQGOV`).
    pub code: String,
    /// First day the code applies.
    pub from: Option<Date>,
    /// Last day the code applies.
    pub to: Option<Date>,
}

impl CodeSpan {
    /// True when `date` lies in the range.
    pub fn covers(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

/// One named actor of the knowledge base.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Stable id (`iraq.kadhimi`).
    pub id: String,
    /// Kind of actor.
    pub kind: ActorKind,
    /// Canonical name.
    pub name: String,
    /// Other names, including demonyms and capitals for states.
    pub aliases: Vec<String>,
    /// Demonyms (states only).
    pub demonyms: Vec<String>,
    /// Capitals used as metonymy for the government (states only).
    pub capitals: Vec<String>,
    /// CAMEO codes with their date ranges.
    pub codes: Vec<CodeSpan>,
    /// ISO 3166-1 alpha-3 country.
    pub country: Option<String>,
    /// PLOVER sector.
    pub sector: Option<String>,
    /// Ids of parent bodies or alliances (`pmf`, `axis_of_resistance`).
    pub affiliations: Vec<String>,
    /// Countries backing the actor (`IRN`).
    pub sponsors: Vec<String>,
}

impl Entity {
    /// The CAMEO code valid on `date`: the first listed range that covers it (dictionary
    /// order, as PETRARCH reads overlapping ranges). Without a date, or when no range covers
    /// it, the code without range, else the latest-starting one, stands in; after the end of every range a
    /// former office holder becomes an elite (`IRQGOV` → `IRQELI`).
    pub fn code_on(&self, date: Option<Date>) -> Option<String> {
        let open = || {
            self.codes
                .iter()
                .find(|c| c.from.is_none() && c.to.is_none())
        };
        if let Some(d) = date {
            if let Some(c) = self
                .codes
                .iter()
                .find(|c| (c.from.is_some() || c.to.is_some()) && c.covers(d))
            {
                return Some(c.code.clone());
            }
            if let Some(c) = open() {
                return Some(c.code.clone());
            }
            if !self.codes.is_empty() && self.codes.iter().all(|c| c.to.is_some_and(|t| t < d)) {
                let last = self.codes.iter().max_by_key(|c| c.to)?;
                let c = &last.code;
                let state_role = c.len() == 6
                    && c.is_char_boundary(3)
                    && !c.starts_with("IGO")
                    && !c.starts_with("IMG")
                    && !c.starts_with("NGO");
                return Some(if state_role {
                    format!("{}ELI", &c[..3])
                } else {
                    c.clone()
                });
            }
            if let Some(f) = self
                .codes
                .iter()
                .filter(|c| c.from.is_some())
                .min_by_key(|c| c.from)
            {
                if f.from.is_some_and(|x| d < x) {
                    return Some(f.code.clone());
                }
            }
        }
        open()
            .or_else(|| self.codes.iter().max_by_key(|c| c.from))
            .map(|c| c.code.clone())
    }

    /// True when the entity held a code with `part` (e.g. `GOV`) that ended before `date`.
    pub fn held_before(&self, part: &str, date: Option<Date>) -> bool {
        self.codes
            .iter()
            .any(|c| c.code.ends_with(part) && c.to.is_some_and(|t| date.is_none_or(|d| t < d)))
    }
}

/// A generic agent ("police", "gunmen", "president").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    /// Id (`police`).
    pub id: String,
    /// CAMEO agent code (`COP`).
    pub code: String,
    /// PLOVER sector.
    pub sector: String,
    /// Phrases (singular and plural) naming the agent.
    pub phrases: Vec<String>,
    /// A person title that may precede a name ("President", "Gen.").
    pub title: bool,
    /// Refers to a single person ("the minister", "a businessman").
    pub person: bool,
}

pub use saker_core::Diagnostic;

/// The parsed knowledge base.
#[derive(Debug, Clone, Default)]
pub struct Kb {
    /// Named entities (states first).
    pub entities: Vec<Entity>,
    /// Generic agents.
    pub agents: Vec<Agent>,
    /// File name and line of each entity, parallel to `entities` (empty for imported ones).
    pub origin: Vec<(String, usize)>,
}

fn cells(line: &str) -> Vec<&str> {
    line.split('\t')
        .map(|c| c.trim())
        .map(|c| if c == "-" { "" } else { c })
        .collect()
}

fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn parse_date(s: &str, end: bool) -> Result<Date, String> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| p.parse::<i16>().map_err(|_| format!("bad date `{s}`"));
    let y = num(parts[0])?;
    let (m, d) = match parts.len() {
        1 => {
            if end {
                (12, 31)
            } else {
                (1, 1)
            }
        }
        2 => {
            let m = num(parts[1])? as i8;
            if end {
                let first = Date::new(y, m, 1).map_err(|e| format!("bad date `{s}`: {e}"))?;
                (m, first.days_in_month())
            } else {
                (m, 1)
            }
        }
        3 => (num(parts[1])? as i8, num(parts[2])? as i8),
        _ => return Err(format!("bad date `{s}`")),
    };
    Date::new(y, m, d).map_err(|e| format!("bad date `{s}`: {e}"))
}

fn valid_code(c: &str) -> bool {
    c.len() >= 3
        && c.len() <= 15
        && c.chars()
            .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit())
}

/// Parses `IRQSPY@2016-06-07..2020-05-06;IRQGOV@2020-05-07..` (dates may be `YYYY` or `YYYY-MM`).
pub fn parse_codes(cell: &str) -> Result<Vec<CodeSpan>, String> {
    let mut out = Vec::new();
    for part in cell.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (code, range) = match part.split_once('@') {
            Some((c, r)) => (c.trim(), Some(r.trim())),
            None => (part, None),
        };
        if !valid_code(code) {
            return Err(format!("bad CAMEO code `{code}`"));
        }
        let (from, to) = match range {
            None => (None, None),
            Some(r) => {
                let (a, b) = r
                    .split_once("..")
                    .ok_or_else(|| format!("range `{r}` lacks `..`"))?;
                let from = if a.is_empty() {
                    None
                } else {
                    Some(parse_date(a, false)?)
                };
                let to = if b.is_empty() {
                    None
                } else {
                    Some(parse_date(b, true)?)
                };
                if let (Some(f), Some(t)) = (from, to) {
                    if f > t {
                        return Err(format!("range `{r}` ends before it starts"));
                    }
                }
                (from, to)
            }
        };
        out.push(CodeSpan {
            code: code.to_owned(),
            from,
            to,
        });
    }
    Ok(out)
}

fn kind_of(t: &str) -> Option<ActorKind> {
    Some(match t {
        "person" => ActorKind::Person,
        "org" | "gov" | "company" | "religious" => ActorKind::Organisation,
        "armed" => ActorKind::ArmedGroup,
        "state" => ActorKind::State,
        "igo" => ActorKind::Igo,
        "ngo" => ActorKind::Ngo,
        "media" => ActorKind::Media,
        "party" => ActorKind::Party,
        _ => return None,
    })
}

/// Parses one knowledge-base file by its name, appending to `kb`; problems go to `diags`.
pub fn parse_file(name: &str, text: &str, kb: &mut Kb, diags: &mut Vec<Diagnostic>) {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    for (i, line) in text.lines().enumerate() {
        let ln = i + 1;
        let t = line.trim_end_matches('\r');
        if t.trim().is_empty() || t.trim_start().starts_with('#') {
            continue;
        }
        let mut err = |m: String| {
            diags.push(Diagnostic {
                file: base.to_owned(),
                line: ln,
                message: m,
            })
        };
        let c = cells(t);
        let get = |k: usize| c.get(k).copied().unwrap_or("");
        match base {
            "countries.tsv" => {
                if c.len() < 3 {
                    err(format!("expected at least 3 columns, found {}", c.len()));
                    continue;
                }
                let (iso, cameo) = (get(0), get(1));
                if iso.len() != 3 || !valid_code(iso) || !valid_code(cameo) {
                    err(format!("bad ISO3 `{iso}` or CAMEO `{cameo}`"));
                    continue;
                }
                kb.origin.push((base.to_owned(), ln));
                kb.entities.push(Entity {
                    id: format!("ctry.{iso}"),
                    kind: ActorKind::State,
                    name: get(2).to_owned(),
                    aliases: list(get(3)),
                    demonyms: list(get(4)),
                    capitals: list(get(5)),
                    codes: vec![CodeSpan {
                        code: cameo.to_owned(),
                        from: None,
                        to: None,
                    }],
                    country: Some(cameo[..3].to_owned()),
                    sector: None,
                    affiliations: Vec::new(),
                    sponsors: Vec::new(),
                });
            }
            "agents.tsv" => {
                if c.len() < 4 {
                    err(format!("expected 4 or 5 columns, found {}", c.len()));
                    continue;
                }
                let code = get(1);
                if !(code.len() == 3 && valid_code(code)) {
                    err(format!("agent code `{code}` must be 3 capital letters"));
                    continue;
                }
                let flags = list(get(4));
                for f in &flags {
                    if f != "title" && f != "person" {
                        err(format!("unknown agent flag `{f}`"));
                    }
                }
                kb.agents.push(Agent {
                    id: get(0).to_owned(),
                    code: code.to_owned(),
                    sector: get(2).to_owned(),
                    phrases: list(get(3)),
                    title: flags.iter().any(|f| f == "title"),
                    person: flags.iter().any(|f| f == "person" || f == "title"),
                });
            }
            _ => {
                if c.len() < 3 {
                    err(format!("expected at least 3 columns, found {}", c.len()));
                    continue;
                }
                let Some(kind) = kind_of(get(1)) else {
                    err(format!("unknown type `{}`", get(1)));
                    continue;
                };
                let codes = match parse_codes(get(4)) {
                    Ok(c) => c,
                    Err(m) => {
                        err(m);
                        continue;
                    }
                };
                let country = get(5);
                if !(country.is_empty() || (country.len() == 3 && valid_code(country))) {
                    err(format!("bad country `{country}`"));
                }
                let mut affiliations = Vec::new();
                let mut sponsors = Vec::new();
                for a in list(get(7)) {
                    match a.strip_prefix("sponsor:") {
                        Some(s) => sponsors.push(s.to_owned()),
                        None => affiliations.push(a),
                    }
                }
                kb.origin.push((base.to_owned(), ln));
                kb.entities.push(Entity {
                    id: get(0).to_owned(),
                    kind,
                    name: get(2).to_owned(),
                    aliases: list(get(3)),
                    demonyms: Vec::new(),
                    capitals: Vec::new(),
                    codes,
                    country: (!country.is_empty()).then(|| country.to_owned()),
                    sector: (!get(6).is_empty()).then(|| get(6).to_owned()),
                    affiliations,
                    sponsors,
                });
            }
        }
    }
}

/// Checks the whole knowledge base for cross-file problems (duplicate ids, unknown affiliations).
pub fn check_kb(kb: &Kb, origin: &[(String, usize)], diags: &mut Vec<Diagnostic>) {
    let mut seen: HashSet<&str> = HashSet::new();
    for (i, e) in kb.entities.iter().enumerate() {
        let (file, line) = origin.get(i).cloned().unwrap_or_default();
        if e.id.is_empty() {
            diags.push(Diagnostic {
                file: file.clone(),
                line,
                message: "empty id".into(),
            });
        }
        if !seen.insert(&e.id) {
            diags.push(Diagnostic {
                file: file.clone(),
                line,
                message: format!("duplicate id `{}`", e.id),
            });
        }
        if e.name.is_empty() {
            diags.push(Diagnostic {
                file,
                line,
                message: format!("`{}` has no name", e.id),
            });
        }
    }
    let ids: HashSet<&str> = kb.entities.iter().map(|e| e.id.as_str()).collect();
    for (i, e) in kb.entities.iter().enumerate() {
        for a in &e.affiliations {
            if !ids.contains(a.as_str()) {
                let (file, line) = origin.get(i).cloned().unwrap_or_default();
                diags.push(Diagnostic {
                    file,
                    line,
                    message: format!("unknown affiliation `{a}`"),
                });
            }
        }
    }
    let mut agent_ids = HashSet::new();
    for a in &kb.agents {
        if !agent_ids.insert(a.id.as_str()) {
            diags.push(Diagnostic {
                file: "agents.tsv".into(),
                line: 0,
                message: format!("duplicate agent `{}`", a.id),
            });
        }
    }
}

/// Parses a list of `(file name, text)` pairs into a knowledge base plus diagnostics.
pub fn parse_all(files: &[(&str, &str)]) -> (Kb, Vec<Diagnostic>) {
    let mut kb = Kb::default();
    let mut diags = Vec::new();
    for (name, text) in files {
        parse_file(name, text, &mut kb, &mut diags);
    }
    let origin = kb.origin.clone();
    check_kb(&kb, &origin, &mut diags);
    (kb, diags)
}

/// Validates every `*.tsv` file of a knowledge-base folder; returns `file:line` diagnostics.
pub fn check(dir: &Path) -> Vec<Diagnostic> {
    let mut files: Vec<(String, String)> = Vec::new();
    let mut diags = Vec::new();
    match std::fs::read_dir(dir) {
        Ok(rd) => {
            let mut paths: Vec<_> = rd
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
                .collect();
            paths.sort();
            for p in paths {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                match std::fs::read_to_string(&p) {
                    Ok(t) => files.push((name, t)),
                    Err(e) => diags.push(Diagnostic {
                        file: name,
                        line: 0,
                        message: format!("cannot read: {e}"),
                    }),
                }
            }
        }
        Err(e) => diags.push(Diagnostic {
            file: dir.display().to_string(),
            line: 0,
            message: format!("cannot read folder: {e}"),
        }),
    }
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let (_, d) = parse_all(&refs);
    diags.extend(d);
    diags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_ranges_pick_the_code_of_the_date() {
        let codes = parse_codes(
            "IRQSPY@2016-06-07..2020-05-06;IRQGOV@2020-05-07..2022-10-27;IRQELI@2022-10-28..",
        )
        .unwrap();
        let e = Entity {
            id: "x".into(),
            kind: ActorKind::Person,
            name: "x".into(),
            aliases: vec![],
            demonyms: vec![],
            capitals: vec![],
            codes,
            country: None,
            sector: None,
            affiliations: vec![],
            sponsors: vec![],
        };
        let d = |s: &str| Some(s.parse::<Date>().unwrap());
        assert_eq!(e.code_on(d("2022-11-18")).as_deref(), Some("IRQELI"));
        assert_eq!(e.code_on(d("2021-01-01")).as_deref(), Some("IRQGOV"));
        assert_eq!(e.code_on(d("2017-01-01")).as_deref(), Some("IRQSPY"));
        assert_eq!(e.code_on(d("2010-01-01")).as_deref(), Some("IRQSPY"));
        assert_eq!(e.code_on(None).as_deref(), Some("IRQELI"));
        let mut e2 = e.clone();
        e2.codes = parse_codes("USAGOV@2001-01-20..2009-01-20").unwrap();
        assert_eq!(e2.code_on(d("2012-01-01")).as_deref(), Some("USAELI"));
        assert!(e.held_before("GOV", d("2022-11-18")));
    }

    #[test]
    fn bad_lines_give_file_line_diagnostics() {
        let text = "# c\na\tperson\tA\t\tIRQGOV@2020..2019\nb\tweird\tB\nc\tperson\tC\t\tIRQ\nc\tperson\tC2\n";
        let (kb, d) = parse_all(&[("people.tsv", text)]);
        assert_eq!(kb.entities.len(), 2);
        let s: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert!(
            s.iter()
                .any(|m| m.starts_with("people.tsv:2:") && m.contains("ends before")),
            "{s:?}"
        );
        assert!(
            s.iter()
                .any(|m| m.starts_with("people.tsv:3:") && m.contains("unknown type")),
            "{s:?}"
        );
        assert!(
            s.iter()
                .any(|m| m.starts_with("people.tsv:5:") && m.contains("duplicate")),
            "{s:?}"
        );
    }
}
