//! Import of PETRARCH `CAMEO.2.0`-format verb dictionaries, read at run time (never copied).
//!
//! The format: synsets (`&NAME` followed by `+member` lines), then verb families:
//!
//! ```text
//! --- ATTACK [190] ---          family header with the code of the bare verb (`---`: none)
//! ATTACK                        verbs of the family, with irregular forms in `{…}`
//! STRIKE {STRUCK STRIKES}
//! - * ARTILLERY (ON +) [194]    patterns: `*` is the verb; words before/after it; `(PREP …)`
//!                               prepositional phrases; `{A B}` noun phrases; `&SYN` synsets;
//!                               `$` source, `+` target, `%` compound; `_` joins words
//! ```
//!
//! Each pattern becomes a [`Pattern`] for every verb of its family, with `Before`/`After` word
//! constraints; `$`/`+` inside a prepositional phrase become `src=prep:X` / `tgt=prep:X`.
//! Codes are kept verbatim (only the part before `:`), so the PETRARCH validation suite's own
//! (partly WEIS) codes are reproduced.

use crate::pattern::{strip_comment, Constraint, Pattern, Role, TriggerPos};
use crate::vocab;
use crate::EventError;
use std::collections::HashMap;
use std::path::Path;

/// Reads a verb dictionary file and converts it.
pub fn load_verbs(path: &Path) -> Result<Vec<Pattern>, EventError> {
    let text = std::fs::read_to_string(path).map_err(|e| EventError::Io {
        path: path.display().to_string(),
        source: e,
    })?;
    let name = path
        .file_name()
        .map_or_else(|| "verbs".to_owned(), |n| n.to_string_lossy().into_owned());
    Ok(parse_verbs(&name, &text))
}

fn code_of(s: &str) -> Option<String> {
    let inner = s.trim().strip_prefix('[')?.strip_suffix(']')?.trim();
    let c = inner.split(':').next().unwrap_or("").trim();
    if c.is_empty() || c.starts_with('-') {
        None
    } else {
        Some(c.to_owned())
    }
}

fn strip_xml_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(b) = rest.find("<!--") {
        out.push_str(&rest[..b]);
        match rest[b..].find("-->") {
            Some(e) => {
                // Keep line numbers: replace the comment by its newlines.
                out.extend(rest[b..b + e + 3].chars().filter(|&c| c == '\n'));
                rest = &rest[b + e + 3..];
            }
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn expand_synset(name: &str, syn: &HashMap<String, Vec<String>>, depth: usize) -> Vec<String> {
    let mut out = Vec::new();
    if depth > 4 {
        return out;
    }
    for m in syn.get(name).map_or(&[][..], Vec::as_slice) {
        if let Some(inner) = m.strip_prefix('&') {
            out.extend(expand_synset(inner, syn, depth + 1));
        } else {
            // Multiword members are represented by their last word (the head).
            if let Some(last) = m.split(['_', ' ']).rfind(|w| !w.is_empty()) {
                out.push(last.to_lowercase());
            }
        }
    }
    out
}

/// Parses the text of a verb dictionary (see the module docs).
pub fn parse_verbs(file: &str, text: &str) -> Vec<Pattern> {
    let text = strip_xml_comments(text);
    // Pass 1: synsets.
    let mut syn: HashMap<String, Vec<String>> = HashMap::new();
    let mut cur_syn: Option<String> = None;
    for raw in text.lines() {
        let l = strip_comment(raw);
        if let Some(n) = l.strip_prefix('&') {
            let n = n
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches('_');
            cur_syn = Some(n.to_owned());
            syn.entry(n.to_owned()).or_default();
        } else if let (Some(n), Some(m)) = (&cur_syn, l.strip_prefix('+')) {
            syn.entry(n.clone())
                .or_default()
                .push(m.trim().trim_end_matches('_').to_owned());
        } else if !l.is_empty() {
            cur_syn = None;
        }
    }
    // Pass 2: families.
    let mut out = Vec::new();
    let mut verbs: Vec<String> = Vec::new();
    let mut family_code: Option<String> = None;
    let mut in_family = false;
    let mut family_pats: Vec<(usize, String, String)> = Vec::new(); // (line, body, code)
    let flush = |verbs: &mut Vec<String>,
                 fam: &Option<String>,
                 pats: &mut Vec<(usize, String, String)>,
                 out: &mut Vec<Pattern>,
                 line: usize| {
        for v in verbs.iter() {
            if let Some(c) = fam {
                out.push(make(file, line, v, c, Vec::new(), Vec::new(), Vec::new()));
            }
            for (pl, body, code) in pats.iter() {
                if let Some(p) = pattern_from(file, *pl, v, body, code, &syn) {
                    out.push(p);
                }
            }
        }
        verbs.clear();
        pats.clear();
    };
    for (i, raw) in text.lines().enumerate() {
        let l = strip_comment(raw);
        if l.starts_with("---") {
            flush(&mut verbs, &family_code, &mut family_pats, &mut out, i + 1);
            let inner = l.trim_matches('-').trim();
            family_code = inner
                .find('[')
                .and_then(|b| inner[b..].find(']').map(|e| &inner[b..b + e + 1]))
                .and_then(code_of);
            in_family = true;
            continue;
        }
        if !in_family || l.is_empty() {
            continue;
        }
        if l.starts_with('&') || l.starts_with('+') {
            if l.starts_with('&') {
                flush(&mut verbs, &family_code, &mut family_pats, &mut out, i + 1);
                in_family = false;
            }
            continue;
        }
        if let Some(body) = l.strip_prefix('-') {
            let (b, code) = match body.rfind('[') {
                Some(k) => (&body[..k], code_of(&body[k..])),
                None => (body, None),
            };
            if let Some(code) = code {
                family_pats.push((i + 1, b.trim().to_owned(), code));
            }
            continue;
        }
        // A verb line: the first word is the verb (multiword verbs joined by `_` keep their head).
        let first = l.split(['{', '[']).next().unwrap_or("").trim();
        if first.is_empty() || first.contains('+') {
            continue;
        }
        let head = first.split(['_', ' ']).next().unwrap_or("").to_lowercase();
        if !head.is_empty() && head.chars().all(|c| c.is_alphabetic() || c == '-') {
            verbs.push(head);
        }
    }
    flush(
        &mut verbs,
        &family_code,
        &mut family_pats,
        &mut out,
        text.lines().count(),
    );
    out
}

fn make(
    file: &str,
    line: usize,
    verb: &str,
    code: &str,
    constraints: Vec<Constraint>,
    src: Vec<Role>,
    tgt: Vec<Role>,
) -> Pattern {
    let (plover, mode) = match vocab::default_plover(code) {
        Some((t, m)) if vocab::is_cameo(code) => (t.to_owned(), m.map(str::to_owned)),
        _ => (String::new(), None),
    };
    Pattern {
        file: file.to_owned(),
        line,
        pos: TriggerPos::Verb,
        lemma: verb.to_owned(),
        constraints,
        cameo: code.to_owned(),
        plover,
        mode,
        contexts: Vec::new(),
        acled: None,
        src,
        tgt,
        src_kinds: Vec::new(),
        tgt_kinds: Vec::new(),
        confidence: 0.7,
    }
}

fn pattern_from(
    file: &str,
    line: usize,
    verb: &str,
    body: &str,
    code: &str,
    syn: &HashMap<String, Vec<String>>,
) -> Option<Pattern> {
    let spaced = body.replace(['(', ')', '{', '}'], " ( ").replace('_', " ");
    let mut before: Vec<Vec<String>> = Vec::new();
    let mut after: Vec<Vec<String>> = Vec::new();
    let mut seen_star = false;
    let mut src = Vec::new();
    let mut tgt = Vec::new();
    let mut last_prep: Option<String> = None;
    let mut group_first = false;
    for w in spaced.split_whitespace() {
        match w {
            "(" => {
                group_first = true;
                continue;
            }
            "*" => seen_star = true,
            "$" | "+" | "%" => {
                let role = match &last_prep {
                    Some(p) => Role::Prep(p.clone()),
                    None if seen_star => Role::Obj,
                    None => Role::Subj,
                };
                match w {
                    "$" => src.push(role),
                    "+" => tgt.push(role),
                    _ => {}
                }
            }
            _ => {
                let alts = if let Some(s) = w.strip_prefix('&') {
                    let e = expand_synset(s.trim_end_matches('_'), syn, 0);
                    if e.is_empty() {
                        return None;
                    }
                    e
                } else {
                    vec![w.to_lowercase()]
                };
                if group_first {
                    last_prep = alts.first().cloned();
                }
                if seen_star {
                    after.push(alts);
                } else {
                    before.push(alts);
                }
            }
        }
        group_first = false;
    }
    let mut cons = Vec::new();
    if !before.is_empty() {
        cons.push(Constraint::Before(before));
    }
    if !after.is_empty() {
        cons.push(Constraint::After(after));
    }
    Some(make(file, line, verb, code, cons, src, tgt))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "<!-- c -->\n&WEAPON\n+ROCKET\n+HEAVY_ARTILLERY\n\n--- ATTACK [190] ---\nATTACK\nSTRIKE {STRUCK}\n- * &WEAPON (ON +) [194] # x\n- $ * PEACE [---]\n\n--- SAY [---] ---\nSAY\n- * (WITH +) [040:040]\n";

    #[test]
    fn families_synsets_and_roles() {
        let p = parse_verbs("v.txt", SAMPLE);
        let lemmas: Vec<(&str, &str)> = p
            .iter()
            .map(|p| (p.lemma.as_str(), p.cameo.as_str()))
            .collect();
        assert_eq!(
            lemmas,
            vec![
                ("attack", "190"),
                ("attack", "194"),
                ("strike", "190"),
                ("strike", "194"),
                ("say", "040")
            ]
        );
        let p194 = &p[1];
        assert_eq!(
            p194.constraints,
            vec![Constraint::After(vec![
                vec!["rocket".into(), "artillery".into()],
                vec!["on".into()]
            ])]
        );
        assert_eq!(p194.tgt, vec![Role::Prep("on".into())]);
        assert_eq!(p194.plover, "ASSAULT");
        assert_eq!(p[4].tgt, vec![Role::Prep("with".into())]);
    }

    #[test]
    fn real_dictionaries_import_when_present() {
        let Some(dir) =
            saker_core::shared::path("data/eval/phoenix_cameo_dictionaries/CAMEO.2.0.txt")
        else {
            return;
        };
        let p = load_verbs(&dir).unwrap();
        assert!(p.len() > 5000, "{}", p.len());
        assert!(p.iter().any(|p| p.lemma == "attack" && p.cameo == "190"));
        assert!(load_verbs(Path::new("/no/such/file")).is_err());
    }
}
