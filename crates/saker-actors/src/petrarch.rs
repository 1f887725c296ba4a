//! Import of TABARI / PETRARCH dictionaries (actors and agents).
//!
//! Actor files: a primary line `NAME_WITH_UNDERSCORES [CODE]` (the code may instead follow on
//! indented lines, one per date range: `[IRQGOV 20060520-20140908]`, `[USAGOV >20090120]`,
//! `[X <20010101]`, six-digit dates are `YYMMDD`), synonyms on `+NAME` lines, `#` comments,
//! `<!-- -->` comment lines. A trailing `_` (word end) is dropped: our matcher always matches
//! whole words. Agent files: `!MACRO! = A, B` substitutions, then `PHRASE {PLURAL} [~CODE]`
//! lines (`{}` means no plural; otherwise `S` is added).

use crate::kb::{Agent, CodeSpan, Entity};
use jiff::civil::Date;
use saker_core::nlp::ActorKind;

fn strip_comment(l: &str) -> &str {
    match l.find('#') {
        Some(i) => &l[..i],
        None => l,
    }
}

/// "NURI_AL_MALIKI_" → "Nuri Al Maliki".
pub fn phrase(raw: &str) -> String {
    raw.trim()
        .trim_end_matches('_')
        .split(['_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lw = w.to_lowercase();
            if w.len() <= 3 && w.contains('.') {
                return w.to_owned();
            }
            let mut c = lw.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn tabari_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let (y, rest) = match s.len() {
        8 => (s[..4].parse::<i16>().ok()?, &s[4..]),
        6 => {
            let yy = s[..2].parse::<i16>().ok()?;
            (if yy > 30 { 1900 + yy } else { 2000 + yy }, &s[2..])
        }
        _ => return None,
    };
    let m = rest[..2].parse::<i8>().ok()?;
    let d = rest[2..].parse::<i8>().ok()?;
    Date::new(y, m.max(1), d.max(1)).ok()
}

/// Parses one bracketed code `[IRQGOV 20060520-20140908]` (brackets optional).
pub fn parse_code(raw: &str) -> Option<CodeSpan> {
    let inner = raw
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim();
    let mut parts = inner.split_whitespace();
    let code = parts.next()?.trim_start_matches('~').to_uppercase();
    if code.is_empty() || code.starts_with("---") && code.len() == 3 {
        return None;
    }
    let (mut from, mut to) = (None, None);
    // the restriction may be written with spaces: `[HOB < 950601]`, `[X 19950601 - 19990815]`
    let rest: String = parts.collect();
    if !rest.is_empty() {
        let r = rest.as_str();
        if let Some(x) = r.strip_prefix('>') {
            from = tabari_date(x);
        } else if let Some(x) = r.strip_prefix('<') {
            to = tabari_date(x);
        } else if let Some((a, b)) = r.split_once('-') {
            from = tabari_date(a);
            to = tabari_date(b);
        }
    }
    Some(CodeSpan { code, from, to })
}

/// Parses a TABARI/PETRARCH actor dictionary into entities (`origin` prefixes their ids).
pub fn parse_actors(text: &str, origin: &str) -> Vec<Entity> {
    let tag = origin.rsplit(['/', '\\']).next().unwrap_or(origin);
    let mut out: Vec<Entity> = Vec::new();
    for raw in text.lines() {
        let t = raw.trim_start();
        if t.starts_with('<') || t.starts_with("<!--") {
            continue;
        }
        let l = strip_comment(raw);
        if l.trim().is_empty() {
            continue;
        }
        let indented = l.starts_with(char::is_whitespace);
        let lt = l.trim();
        if lt.starts_with('[') {
            if let (Some(e), Some(c)) = (out.last_mut(), parse_code(lt)) {
                e.codes.push(c);
            }
            continue;
        }
        if let Some(syn) = lt.strip_prefix('+') {
            let (name, code) = split_code(syn);
            if let Some(e) = out.last_mut() {
                let p = phrase(name);
                if !p.is_empty() {
                    e.aliases.push(p);
                }
                if let Some(c) = code {
                    e.codes.push(c);
                }
            }
            continue;
        }
        if indented {
            continue;
        }
        let (name, code) = split_code(lt);
        let p = phrase(name);
        if p.is_empty() {
            continue;
        }
        out.push(Entity {
            id: format!(
                "petrarch.{}.{}",
                tag,
                name.trim().trim_end_matches('_').to_lowercase()
            ),
            kind: ActorKind::Organisation,
            name: p,
            aliases: Vec::new(),
            demonyms: Vec::new(),
            capitals: Vec::new(),
            codes: code.into_iter().collect(),
            country: None,
            sector: None,
            affiliations: Vec::new(),
            sponsors: Vec::new(),
        });
    }
    for e in &mut out {
        let c = e.codes.first().map(|c| c.code.clone()).unwrap_or_default();
        e.kind = if c.starts_with("IGO") {
            ActorKind::Igo
        } else if c.len() == 3 {
            ActorKind::State
        } else {
            ActorKind::Organisation
        };
        if c.len() >= 3 && !c.starts_with("IGO") && !c.starts_with("NGO") && !c.starts_with("IMG") {
            e.country = Some(c[..3].to_owned());
        }
    }
    out
}

fn split_code(s: &str) -> (&str, Option<CodeSpan>) {
    match s.find('[') {
        Some(i) => (&s[..i], parse_code(&s[i..])),
        None => (s, None),
    }
}

/// Parses a TABARI/PETRARCH agent dictionary into generic agents.
pub fn parse_agents(text: &str) -> Vec<Agent> {
    let mut macros: Vec<(String, Vec<String>)> = Vec::new();
    let mut out = Vec::new();
    for raw in text.lines() {
        let t = raw.trim();
        if t.starts_with('<') {
            continue;
        }
        let l = strip_comment(t).trim();
        if l.is_empty() {
            continue;
        }
        if l.starts_with('!') {
            if let Some((k, v)) = l.split_once('=') {
                macros.push((
                    k.trim().to_owned(),
                    v.split(',')
                        .map(|x| x.trim().to_owned())
                        .filter(|x| !x.is_empty())
                        .collect(),
                ));
            }
            continue;
        }
        let Some(ci) = l.find('[') else { continue };
        let Some(code) = parse_code(&l[ci..]) else {
            continue;
        };
        let head = &l[..ci];
        let (name, plural) = match head.find('{') {
            Some(b) => {
                let e = head[b..].find('}').map_or(head.len(), |x| b + x);
                (&head[..b], Some(head[b + 1..e].trim()))
            }
            None => (head, None),
        };
        let mut forms = vec![name.trim().to_owned()];
        match plural {
            Some("") => {}
            Some(p) => forms.extend(p.split(',').map(|x| x.trim().to_owned())),
            None => forms.push(format!("{}S", name.trim().trim_end_matches('_'))),
        }
        let mut phrases = Vec::new();
        for f in forms {
            let mut exp = vec![f];
            for (k, vals) in &macros {
                exp = exp
                    .into_iter()
                    .flat_map(|x| {
                        if x.contains(k.as_str()) {
                            vals.iter()
                                .map(|v| x.replace(k.as_str(), v))
                                .collect::<Vec<_>>()
                        } else {
                            vec![x]
                        }
                    })
                    .collect();
            }
            phrases.extend(
                exp.into_iter()
                    .map(|x| phrase(&x).to_lowercase())
                    .filter(|x| !x.is_empty() && !x.contains('!')),
            );
        }
        out.push(Agent {
            id: format!(
                "petrarch.{}",
                name.trim().trim_end_matches('_').to_lowercase()
            ),
            code: code.code.clone(),
            sector: code.code.to_lowercase(),
            phrases,
            title: false,
            person: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tabari_actor_blocks() {
        let t = "# c\nNURI_AL_MALIKI_  # CountryInfo.txt\n+NOURI_AL_MALIKI\n+PM_MALIKI\n\t[IRQELI 680101-000101]\n\t[IRQGOV 20060520-20140908]\n\t[IRQELI]\nHAIDAR_AL_ABADI\n\t[IRQGOV >20140908]\nUN_ [IGOUNO]\n";
        let es = parse_actors(t, "x.txt");
        assert_eq!(es.len(), 3);
        assert_eq!(es[0].name, "Nuri Al Maliki");
        assert_eq!(es[0].aliases, vec!["Nouri Al Maliki", "Pm Maliki"]);
        assert_eq!(es[0].codes.len(), 3);
        let d = |s: &str| Some(s.parse::<Date>().unwrap());
        assert_eq!(es[0].code_on(d("2010-01-01")).as_deref(), Some("IRQGOV"));
        assert_eq!(es[0].codes[0].from, d("1968-01-01"));
        assert_eq!(es[1].code_on(d("2015-01-01")).as_deref(), Some("IRQGOV"));
        assert_eq!(es[2].kind, ActorKind::Igo);
    }

    #[test]
    fn spaced_restrictions_and_first_listed_range_wins() {
        let t = "GOLLUM\n+SLINKER\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\nSAM [HOB]\n\t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]\n";
        let es = parse_actors(t, "x.txt");
        let d = |s: &str| Some(s.parse::<Date>().unwrap());
        assert_eq!(es[0].code_on(d("1995-01-01")).as_deref(), Some("HOB"));
        assert_eq!(es[0].code_on(d("1995-11-01")).as_deref(), Some("HOBGOV"));
        assert_eq!(es[0].code_on(d("2001-01-01")).as_deref(), Some("HOBREB"));
        assert_eq!(es[1].code_on(d("2010-01-10")).as_deref(), Some("ORCHOB"));
        assert_eq!(es[1].code_on(d("2010-01-13")).as_deref(), Some("HOBMIL"));
    }

    #[test]
    fn noun_phrases_combine_actors_and_agents() {
        let kb = crate::Kb {
            entities: parse_actors(
                "ARNOR [ARN]\nGONDOR [GON]\nOSGILIATH [OSG]\nITHILEN [ITH]\n+CALIMEHTAR\nWHITE_HOUSE [USAGOV]\nDENMARK [DNK]\n+DANISH\n",
                "a.txt",
            ),
            agents: parse_agents(
                "MSF {} [NGO~]\nAMBASSADOR [~GOV]\nMINISTER [~GOV]\nSECURITY_OFFICIALS [~GOV]\nMEDIA {} [~MED]\nGOVERNMENT [~GOV]\nDIPLOMAT [~GOV]\n",
            ),
            ..crate::Kb::default()
        };
        let st = crate::ActorStage::from_kb(kb, "");
        let codes = |text: &str| -> Vec<String> {
            st.find(text, &[], None, None)
                .into_iter()
                .filter_map(|m| m.cameo)
                .collect()
        };
        assert_eq!(codes("An MSF Arnor diplomat left."), vec!["NGOARNGOV"]);
        assert_eq!(
            codes("Ithilen's awful and evil minister Calimehtar spoke."),
            vec!["ITHGOV"]
        );
        let mut amb = codes("The ambassadors of Arnor, Osgiliath and Gondor met.");
        amb.sort();
        assert_eq!(amb, vec!["ARNGOV", "GONGOV", "OSGGOV"]);
        assert_eq!(
            codes("Former security officials in White House spoke."),
            vec!["USAGOVELI"]
        );
        assert_eq!(
            codes("Danish media and government spoke."),
            vec!["DNKMED", "DNKGOV"]
        );
    }

    #[test]
    fn parses_agents_with_macros_and_plurals() {
        let t = "!PERSON! = MAN, MEN\nCATTLE!PERSON! [~AGR]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] # x\nMEDIA {} [~MED]\nFARMER [~AGR]\n";
        let a = parse_agents(t);
        assert_eq!(a.len(), 4);
        assert!(
            a[0].phrases.contains(&"cattleman".to_owned()),
            "{:?}",
            a[0].phrases
        );
        assert_eq!(a[1].phrases, vec!["attorney general", "attorneys general"]);
        assert_eq!(a[2].phrases, vec!["media"]);
        assert_eq!(a[3].phrases, vec!["farmer", "farmers"]);
        assert_eq!(a[3].code, "AGR");
    }
}
