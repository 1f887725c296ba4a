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
//! constraints matched on surface forms, as PETRARCH does: words joined by `_` must be adjacent
//! (an [`Slot::adjacent`] slot), synset phrases are consecutive words and get plurals unless the
//! label or phrase ends in `_`, `%` before the verb asks for a compound subject
//! ([`Constraint::CompoundSubject`]). Multiword verbs (`+CORDON_OFF`, `WIRE_+TAP`) become their
//! `+` word with the other words glued around it; a verb line may carry its own code. Roles:
//! `$`/`+` inside a prepositional phrase or right after a preposition become `src=prep:X` /
//! `tgt=prep:X`; before the verb, the surface subject ([`Role::Surface`], whatever the voice);
//! right after the verb, its object; after another pattern word, the noun phrase after that word,
//! and after `^` (skip a noun phrase) the phrase after the skipped ones ([`Role::Skip`]). Codes
//! are kept verbatim, so the PETRARCH validation suite's own (partly WEIS) codes are reproduced;
//! `[A:B]` keeps both (B: the target's act on the source); TABARI's codes without a digit
//! (`+++`, `###`) code nothing.

use crate::pattern::{strip_comment, Constraint, Pattern, Role, Slot, TriggerPos};
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
    let (c, rev) = inner.split_once(':').unwrap_or((inner, ""));
    let (c, rev) = (c.trim(), rev.trim());
    // `---` is no code; TABARI's markers without a digit (`+++`, `###`, `xxy`: complex and
    // discard codings) are not implemented by PETRARCH and code nothing either.
    if c.is_empty() || c.starts_with('-') || !c.bytes().any(|b| b.is_ascii_digit()) {
        None
    } else if rev.is_empty() || rev.starts_with('-') || !rev.bytes().any(|b| b.is_ascii_digit()) {
        Some(c.to_owned())
    } else {
        // `[032:033]`: the second code is the target's act on the source (see `coder`).
        Some(format!("{c}:{rev}"))
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

/// PETRARCH's plural of a synset phrase (its last word): `-Y` → `-IES`, sibilants → `-ES`, else `-S`.
fn plural(phrase: &str) -> String {
    let b = phrase.as_bytes();
    let n = b.len();
    if n >= 2 && phrase.ends_with('y') && !matches!(b[n - 2], b'a' | b'e' | b'i' | b'o' | b'u') {
        format!("{}ies", &phrase[..n - 1])
    } else if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| phrase.ends_with(e))
    {
        format!("{phrase}es")
    } else {
        format!("{phrase}s")
    }
}

/// Expands a synset into its phrases (lower case, words joined by one space). Plurals are added
/// unless the label or the phrase ends with `_` (PETRARCH's rule).
fn expand_synset(name: &str, syn: &HashMap<String, Vec<String>>, depth: usize) -> Vec<String> {
    let mut out = Vec::new();
    if depth > 4 {
        return out;
    }
    let Some((no_plural, members)) = syn
        .get(name)
        .map(|m| (false, m))
        .or_else(|| syn.get(&format!("{name}_")).map(|m| (true, m)))
    else {
        return out;
    };
    for m in members {
        if let Some(inner) = m.strip_prefix('&') {
            out.extend(expand_synset(inner.trim_end_matches('_'), syn, depth + 1));
            continue;
        }
        let words: Vec<String> = m
            .split(['_', ' '])
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            continue;
        }
        let phrase = words.join(" ");
        if !no_plural && !m.ends_with('_') {
            out.push(plural(&phrase));
        }
        out.push(phrase);
    }
    out
}

/// Parses the text of a verb dictionary (see the module docs).
pub fn parse_verbs(file: &str, text: &str) -> Vec<Pattern> {
    let text = strip_xml_comments(text);
    // Pass 1: synsets (labels kept with their trailing `_`, which turns plurals off).
    let mut syn: HashMap<String, Vec<String>> = HashMap::new();
    let mut cur_syn: Option<String> = None;
    for raw in text.lines() {
        let l = strip_comment(raw);
        if let Some(n) = l.strip_prefix('&') {
            let n = n.split_whitespace().next().unwrap_or("");
            cur_syn = Some(n.to_owned());
            syn.entry(n.to_owned()).or_default();
        } else if let (Some(n), Some(m)) = (&cur_syn, l.strip_prefix('+')) {
            syn.entry(n.clone()).or_default().push(m.trim().to_owned());
        } else if !l.is_empty() {
            cur_syn = None;
        }
    }
    // Pass 2: families.
    let mut out = Vec::new();
    let mut verbs: Vec<(Verb, Option<String>)> = Vec::new();
    let mut family_code: Option<String> = None;
    let mut in_family = false;
    let mut family_pats: Vec<(usize, String, String)> = Vec::new(); // (line, body, code)
    let flush = |verbs: &mut Vec<(Verb, Option<String>)>,
                 fam: &Option<String>,
                 pats: &mut Vec<(usize, String, String)>,
                 out: &mut Vec<Pattern>,
                 line: usize| {
        for (v, own) in verbs.iter() {
            if let Some(c) = own.as_ref().or(fam.as_ref()) {
                out.push(make(
                    file,
                    line,
                    &v.head,
                    c,
                    v.constraints(Vec::new(), Vec::new(), false),
                    Vec::new(),
                    Vec::new(),
                ));
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
    let mut in_synset = false;
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
            in_synset = false;
            continue;
        }
        if l.starts_with('&') {
            // A synset between families ends the current family.
            flush(&mut verbs, &family_code, &mut family_pats, &mut out, i + 1);
            in_family = false;
            in_synset = true;
            continue;
        }
        if !in_family || in_synset || l.is_empty() {
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
        // A verb line: `VERB {FORMS} [CODE]`; multiword verbs join their words with `_` and mark
        // the verb with `+` (`+CORDON_OFF`, `WIRE_+TAP`); a leading `+` alone marks the verb too.
        let own = l
            .find('[')
            .and_then(|b| l[b..].find(']').map(|e| &l[b..b + e + 1]))
            .and_then(code_of);
        let first = l.split(['{', '[']).next().unwrap_or("").trim();
        if let Some(v) = Verb::parse(first) {
            verbs.push((v, own));
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

/// A verb of a family: its head word and, for multiword verbs, the words glued before and after it.
#[derive(Debug, Clone)]
struct Verb {
    head: String,
    before: Vec<String>,
    after: Vec<String>,
}

impl Verb {
    fn parse(s: &str) -> Option<Verb> {
        let words: Vec<&str> = s.split(['_', ' ']).filter(|w| !w.is_empty()).collect();
        let k = words.iter().position(|w| w.starts_with('+')).unwrap_or(0);
        let head = words.get(k)?.trim_start_matches('+').to_lowercase();
        if head.is_empty() || !head.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        let word = |w: &&str| w.trim_start_matches('+').to_lowercase();
        Some(Verb {
            head,
            before: words[..k].iter().map(word).collect(),
            after: words[k + 1..].iter().map(word).collect(),
        })
    }

    /// The constraints of this verb with a pattern's own word slots around it (the verb's own
    /// extra words are glued to it).
    fn constraints(&self, before: Vec<Slot>, after: Vec<Slot>, compound: bool) -> Vec<Constraint> {
        let mut b = before;
        b.extend(self.before.iter().map(|w| Slot::adjacent(vec![w.clone()])));
        let mut a: Vec<Slot> = self
            .after
            .iter()
            .map(|w| Slot::adjacent(vec![w.clone()]))
            .collect();
        a.extend(after);
        let mut cons = Vec::new();
        if compound {
            cons.push(Constraint::CompoundSubject);
        }
        if !b.is_empty() {
            cons.push(Constraint::Before(b));
        }
        if !a.is_empty() {
            cons.push(Constraint::After(a));
        }
        cons
    }
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
    let primary = code.split(':').next().unwrap_or(code);
    let (plover, mode) = match vocab::default_plover(primary) {
        Some((t, m)) if vocab::is_cameo(primary) => (t.to_owned(), m.map(str::to_owned)),
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
        needs_source: false,
        needs_target: false,
        tgt_kinds: Vec::new(),
        confidence: 0.7,
    }
}

/// Words that introduce a prepositional phrase: a role marker right after one of them is that
/// phrase's object ("WITH +").
const PREPOSITIONS: &[&str] = &[
    "about", "against", "among", "at", "between", "by", "for", "from", "in", "into", "of", "on",
    "over", "to", "toward", "towards", "upon", "with", "within", "without",
];

/// Forms of `be` that make the verb after them passive in a pattern (`+ WAS * DEAD`).
const PASSIVE_AUX: &[&str] = &["was", "were", "is", "are", "been", "being", "be"];

/// One word of a pattern body, with whether `_` glued it to the word before.
fn body_tokens(body: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut cur = String::new();
    let mut glue_next = false;
    let mut cur_glued = false;
    let push = |cur: &mut String, glued: bool, out: &mut Vec<(String, bool)>| {
        if !cur.is_empty() {
            out.push((std::mem::take(cur), glued));
        }
    };
    for ch in body.chars() {
        match ch {
            '_' => {
                let had = !cur.is_empty();
                push(&mut cur, cur_glued, &mut out);
                glue_next = had;
                cur_glued = false;
            }
            c if c.is_whitespace() => {
                push(&mut cur, cur_glued, &mut out);
                glue_next = false;
                cur_glued = false;
            }
            '(' | ')' | '{' | '}' => {
                push(&mut cur, cur_glued, &mut out);
                out.push((ch.to_string(), false));
                glue_next = false;
                cur_glued = false;
            }
            c => {
                if cur.is_empty() {
                    cur_glued = glue_next;
                    glue_next = false;
                }
                cur.push(c);
            }
        }
    }
    push(&mut cur, cur_glued, &mut out);
    out
}

fn pattern_from(
    file: &str,
    line: usize,
    verb: &Verb,
    body: &str,
    code: &str,
    syn: &HashMap<String, Vec<String>>,
) -> Option<Pattern> {
    let toks = body_tokens(body);
    let mut before: Vec<Slot> = Vec::new();
    let mut after: Vec<Slot> = Vec::new();
    let mut compound = false;
    let mut seen_star = false;
    let mut src = Vec::new();
    let mut tgt = Vec::new();
    let mut last_prep: Option<String> = None;
    let mut last_word: Option<String> = None;
    // `^` (skip a noun phrase) since the last word, and that word (the anchor of the skip).
    let mut skips = 0usize;
    let mut anchor: Option<String> = None;
    let mut group_first = false;
    for (k, (w, glued)) in toks.iter().enumerate() {
        let w = w.as_str();
        match w {
            "(" | "{" => {
                group_first = w == "(";
                continue;
            }
            ")" | "}" => {
                last_prep = None;
                last_word = None;
                continue;
            }
            "*" => {
                seen_star = true;
                // `X_*`: the word before is glued to the verb.
                if *glued {
                    if let Some(last) = before.last_mut() {
                        last.adjacent = true;
                    }
                }
                last_word = None;
                anchor = None;
                skips = 0;
            }
            "^" => {
                skips += 1;
                continue;
            }
            "$" | "+" | "%" => {
                let prep = last_prep.clone().or_else(|| {
                    last_word
                        .clone()
                        .filter(|l| PREPOSITIONS.contains(&l.as_str()))
                });
                let role = match (prep, &anchor) {
                    (_, Some(a)) if skips > 0 && seen_star => Role::Skip(a.clone(), skips),
                    (Some(p), _) => Role::Prep(p),
                    // `* MONEY $`: the phrase after the pattern's last word.
                    (None, Some(a)) if seen_star => Role::Skip(a.clone(), 0),
                    (None, _) if seen_star => Role::Obj,
                    // Before the verb: the phrase before it, whatever the voice.
                    (None, _) => Role::Surface,
                };
                skips = 0;
                match w {
                    "$" => src.push(role),
                    "+" => tgt.push(role),
                    _ if !seen_star => compound = true,
                    _ => {}
                }
            }
            _ => {
                let alts = if let Some(s) = w.strip_prefix('&') {
                    let e = expand_synset(s, syn, 0);
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
                last_word = alts.first().cloned();
                // A skip counts from the last word (the last alternative's last word: the
                // token the coder finds among the trigger phrase's words).
                anchor = alts
                    .first()
                    .and_then(|a| a.split(' ').next_back())
                    .map(str::to_owned);
                skips = 0;
                if seen_star {
                    // Glued to the previous word, or to the verb when it follows `*_`.
                    let prev_is_star = k > 0 && toks[k - 1].0 == "*";
                    after.push(Slot {
                        alts,
                        adjacent: *glued && (prev_is_star || !after.is_empty()),
                    });
                } else {
                    // Glued to the previous word before the verb: that word is glued forward.
                    if *glued && k > 0 && !matches!(toks[k - 1].0.as_str(), "$" | "+" | "%" | "^") {
                        if let Some(last) = before.last_mut() {
                            last.adjacent = true;
                        }
                    }
                    before.push(Slot::free(alts));
                }
            }
        }
        group_first = false;
    }
    // `+ WAS * DEAD IN $`: a marker before a passive auxiliary right before the verb is the
    // surface subject, which is the logical object of the passive verb.
    if before
        .last()
        .is_some_and(|s| s.alts.iter().any(|a| PASSIVE_AUX.contains(&a.as_str())))
    {
        for r in src.iter_mut().chain(tgt.iter_mut()) {
            if *r == Role::Surface {
                *r = Role::Obj;
            }
        }
    }
    let cons = verb.constraints(before, after, compound);
    Some(make(file, line, &verb.head, code, cons, src, tgt))
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
                ("say", "040:040")
            ]
        );
        let p194 = &p[1];
        // Synset phrases with their plurals; `(ON +)` makes the target the `on` phrase.
        assert_eq!(
            p194.constraints,
            vec![Constraint::After(vec![
                Slot::free(vec![
                    "rockets".into(),
                    "rocket".into(),
                    "heavy artilleries".into(),
                    "heavy artillery".into()
                ]),
                Slot::free(vec!["on".into()])
            ])]
        );
        assert_eq!(p194.tgt, vec![Role::Prep("on".into())]);
        assert_eq!(p194.plover, "ASSAULT");
        assert_eq!(p[4].tgt, vec![Role::Prep("with".into())]);
    }

    #[test]
    fn glue_multiword_verbs_and_compounds() {
        let text = "&NEG_\n+DID N'T\n\n--- EXCLUDE [1721] ---\nEXCLUDE\n+CORDON_OFF {+CORDONED_OFF}\nWIRE_+TAP [1711]\n- IN_* [075]\n- &NEG * OVER_EFFORTS [904]\n- % * [030:030]\n- * WITH + [031]\n";
        let p = parse_verbs("v.txt", text);
        let find = |lemma: &str, code: &str| {
            p.iter()
                .find(|x| x.lemma == lemma && x.cameo == code)
                .unwrap_or_else(|| panic!("{lemma} {code} in {p:?}"))
        };
        // `+CORDON_OFF`: verb `cordon` with `off` glued after it.
        assert_eq!(
            find("cordon", "1721").constraints,
            vec![Constraint::After(vec![Slot::adjacent(vec!["off".into()])])]
        );
        // `WIRE_+TAP [1711]`: its own code, `wire` glued before it.
        assert_eq!(
            find("tap", "1711").constraints,
            vec![Constraint::Before(vec![Slot::adjacent(
                vec!["wire".into()]
            )])]
        );
        assert_eq!(
            find("exclude", "075").constraints,
            vec![Constraint::Before(vec![Slot::adjacent(vec!["in".into()])])]
        );
        // A synset labelled with `_` gets no plurals; `OVER_EFFORTS` glues `efforts` to `over`.
        assert_eq!(
            find("exclude", "904").constraints,
            vec![
                Constraint::Before(vec![Slot::free(vec!["did n't".into()])]),
                Constraint::After(vec![
                    Slot::free(vec!["over".into()]),
                    Slot::adjacent(vec!["efforts".into()])
                ])
            ]
        );
        assert_eq!(
            find("exclude", "030:030").constraints,
            vec![Constraint::CompoundSubject]
        );
        assert_eq!(find("exclude", "031").tgt, vec![Role::Prep("with".into())]);
        // Multiword verbs share the family's patterns.
        assert_eq!(
            find("cordon", "075").constraints,
            vec![
                Constraint::Before(vec![Slot::adjacent(vec!["in".into()])]),
                Constraint::After(vec![Slot::adjacent(vec!["off".into()])])
            ]
        );
    }

    #[test]
    fn a_marker_before_a_passive_auxiliary_is_the_logical_object() {
        let p = parse_verbs(
            "t",
            "--- SHOT [223] ---\nSHOT\n- + WAS * DEAD IN $ [224]\n- + HAS * A MESSAGE $ [031]\n",
        );
        let dead = p.iter().find(|p| p.cameo == "224").unwrap();
        assert_eq!(dead.tgt, vec![Role::Obj]);
        assert_eq!(dead.src, vec![Role::Prep("in".into())]);
        let msg = p.iter().find(|p| p.cameo == "031").unwrap();
        assert_eq!(msg.tgt, vec![Role::Surface]);
    }

    #[test]
    fn skips_count_noun_phrases_after_their_word() {
        let p = parse_verbs(
            "t",
            "--- CELEBRATE [181] ---\nCELEBRATE\n- * IFTAR AT ^ ^ + [044]\n- * EID AT ^ WITH + [043]\n- + * FROM $ [066]\n",
        );
        let find = |c: &str| p.iter().find(|x| x.cameo == c).unwrap();
        assert_eq!(find("044").tgt, vec![Role::Skip("at".into(), 2)]);
        // A word after the skip starts afresh: `WITH +` is the `with` phrase.
        assert_eq!(find("043").tgt, vec![Role::Prep("with".into())]);
        assert_eq!(find("066").tgt, vec![Role::Surface]);
        assert_eq!(find("066").src, vec![Role::Prep("from".into())]);
    }

    #[test]
    fn codes_without_a_digit_code_nothing() {
        let p = parse_verbs(
            "t",
            "--- RESTORE [064] ---\nRESTORE\n- * FULL TIES [+++]\n- * THE FULL [xxy]\n- * TIES [064:+++]\n",
        );
        let codes: Vec<&str> = p.iter().map(|p| p.cameo.as_str()).collect();
        assert_eq!(codes, vec!["064", "064"]);
        assert_eq!(code_of("[###]"), None);
        assert_eq!(code_of("[032:033]").as_deref(), Some("032:033"));
    }

    #[test]
    fn plurals_follow_petrarch() {
        assert_eq!(plural("embassy"), "embassies");
        assert_eq!(plural("day"), "days");
        assert_eq!(plural("tax"), "taxes");
        assert_eq!(plural("memo"), "memos");
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
