//! Closed vocabularies the pattern files are checked against: CAMEO codes, PLOVER types and modes,
//! PLOVER contexts and ACLED sub-event types.

/// PLOVER event types (draft 2.0) with the modes each one defines.
pub const PLOVER_TYPES: &[(&str, &[&str])] = &[
    ("AGREE", &[]),
    (
        "CONSULT",
        &["visit", "third-party", "multilateral", "phone"],
    ),
    ("SUPPORT", &[]),
    ("CONCEDE", &[]),
    ("COOPERATE", &[]),
    ("AID", &[]),
    (
        "RETREAT",
        &[
            "withdraw",
            "release",
            "disarm",
            "ceasefire",
            "access",
            "resign",
        ],
    ),
    ("REQUEST", &["assist", "change", "yield", "meet"]),
    ("ACCUSE", &["disapprove", "investigate", "allege"]),
    ("REJECT", &["assist", "change", "yield", "meet"]),
    (
        "THREATEN",
        &[
            "restrict",
            "arrest",
            "relations",
            "expel",
            "territory",
            "violence",
        ],
    ),
    (
        "PROTEST",
        &[
            "demo",
            "riot",
            "strike",
            "hunger",
            "boycott",
            "obstruct",
            "vandalize",
        ],
    ),
    ("SANCTION", &["convict", "expel", "withdraw", "discontinue"]),
    ("MOBILIZE", &["troops", "weapons", "police", "militia"]),
    (
        "COERCE",
        &[
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        ],
    ),
    (
        "ASSAULT",
        &[
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        ],
    ),
];

/// PLOVER general contexts (draft 2.0).
pub const PLOVER_CONTEXTS: &[&str] = &[
    "military",
    "intelligence",
    "executive",
    "legislative",
    "election",
    "political_institutions",
    "pro_democracy",
    "pro_autocracy",
    "economic",
    "legal",
    "reparations",
    "human_rights",
    "rights_freedoms",
    "repression",
    "human_security",
    "gender",
    "lgbt",
    "religion_ethnicity",
    "inequality",
    "diplomatic",
    "territory",
    "peacekeeping",
    "health",
    "asylum",
    "migration",
    "disasters",
    "natural_resource",
    "environment",
    "technology",
    "terrorism",
    "cbrn",
    "cyber",
    "misinformation",
    "crime",
    "corruption",
    "illegal_drugs",
    "trafficking",
];

/// ACLED sub-event types: short id used in pattern files → (event type, sub-event type).
pub const ACLED_SUBTYPES: &[(&str, &str, &str)] = &[
    ("armed-clash", "Battles", "Armed clash"),
    ("gov-regains", "Battles", "Government regains territory"),
    (
        "nsa-overtakes",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    ("chemical", "Explosions/Remote violence", "Chemical weapon"),
    (
        "air-strike",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    ("suicide-bomb", "Explosions/Remote violence", "Suicide bomb"),
    (
        "shelling",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "remote-explosive",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    ("grenade", "Explosions/Remote violence", "Grenade"),
    (
        "sexual-violence",
        "Violence against civilians",
        "Sexual violence",
    ),
    ("attack", "Violence against civilians", "Attack"),
    (
        "abduction",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    ("peaceful-protest", "Protests", "Peaceful protest"),
    (
        "protest-intervention",
        "Protests",
        "Protest with intervention",
    ),
    (
        "excessive-force",
        "Protests",
        "Excessive force against protesters",
    ),
    ("violent-demo", "Riots", "Violent demonstration"),
    ("mob-violence", "Riots", "Mob violence"),
    ("agreement", "Strategic developments", "Agreement"),
    ("arrests", "Strategic developments", "Arrests"),
    (
        "change-group",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "disrupted-weapons",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "hq-established",
        "Strategic developments",
        "Headquarters or base established",
    ),
    (
        "looting",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "territory-transfer",
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    ("other", "Strategic developments", "Other"),
];

/// CAMEO code ranges (inclusive, same length) with the PLOVER type[:mode] each maps to by default
/// (`-` for the CAMEO 01 statements, which have no PLOVER equivalent). The most specific range wins.
pub const CAMEO_RANGES: &[(&str, &str, &str)] = &[
    ("01", "20", "-"),
    ("010", "019", "-"),
    ("020", "028", "REQUEST"),
    ("0211", "0214", "REQUEST:assist"),
    ("0231", "0234", "REQUEST:assist"),
    ("0241", "0244", "REQUEST:change"),
    ("0251", "0256", "REQUEST:yield"),
    ("030", "039", "AGREE"),
    ("0311", "0314", "AGREE"),
    ("0331", "0334", "AGREE"),
    ("0341", "0344", "AGREE"),
    ("0351", "0356", "AGREE"),
    ("040", "046", "CONSULT"),
    ("041", "041", "CONSULT:phone"),
    ("042", "043", "CONSULT:visit"),
    ("044", "044", "CONSULT:third-party"),
    ("050", "057", "SUPPORT"),
    ("055", "056", "CONCEDE"),
    ("060", "064", "COOPERATE"),
    ("070", "075", "AID"),
    ("080", "083", "CONCEDE"),
    ("0811", "0814", "CONCEDE"),
    ("0831", "0834", "CONCEDE"),
    ("084", "087", "RETREAT"),
    ("084", "084", "RETREAT:release"),
    ("0841", "0842", "RETREAT:release"),
    ("086", "086", "RETREAT:access"),
    ("0861", "0863", "RETREAT:access"),
    ("087", "087", "RETREAT:ceasefire"),
    ("0871", "0871", "RETREAT:ceasefire"),
    ("0872", "0872", "RETREAT:withdraw"),
    ("0873", "0873", "RETREAT:disarm"),
    ("0874", "0874", "RETREAT:withdraw"),
    ("090", "094", "ACCUSE:investigate"),
    ("100", "108", "REQUEST"),
    ("1011", "1014", "REQUEST:assist"),
    ("101", "103", "REQUEST:assist"),
    ("1031", "1034", "REQUEST:assist"),
    ("104", "104", "REQUEST:change"),
    ("1041", "1044", "REQUEST:change"),
    ("105", "105", "REQUEST:yield"),
    ("1051", "1056", "REQUEST:yield"),
    ("106", "108", "REQUEST:meet"),
    ("110", "116", "ACCUSE"),
    ("110", "111", "ACCUSE:disapprove"),
    ("112", "112", "ACCUSE:allege"),
    ("1121", "1125", "ACCUSE:allege"),
    ("113", "114", "ACCUSE:disapprove"),
    ("115", "115", "ACCUSE:allege"),
    ("116", "116", "SANCTION:convict"),
    ("120", "129", "REJECT"),
    ("1211", "1212", "REJECT:assist"),
    ("121", "122", "REJECT:assist"),
    ("1221", "1224", "REJECT:assist"),
    ("123", "123", "REJECT:change"),
    ("1231", "1234", "REJECT:change"),
    ("124", "124", "REJECT:yield"),
    ("1241", "1246", "REJECT:yield"),
    ("125", "127", "REJECT:meet"),
    ("130", "139", "THREATEN"),
    ("1311", "1313", "THREATEN:relations"),
    ("131", "131", "THREATEN:relations"),
    ("132", "132", "THREATEN:restrict"),
    ("1321", "1324", "THREATEN:restrict"),
    ("133", "133", "THREATEN:restrict"),
    ("137", "137", "THREATEN:arrest"),
    ("138", "138", "THREATEN:violence"),
    ("1381", "1381", "THREATEN:restrict"),
    ("1382", "1382", "THREATEN:territory"),
    ("1383", "1385", "THREATEN:violence"),
    ("140", "145", "PROTEST"),
    ("141", "141", "PROTEST:demo"),
    ("1411", "1414", "PROTEST:demo"),
    ("142", "142", "PROTEST:hunger"),
    ("1421", "1424", "PROTEST:hunger"),
    ("143", "143", "PROTEST:strike"),
    ("1431", "1434", "PROTEST:strike"),
    ("144", "144", "PROTEST:obstruct"),
    ("1441", "1444", "PROTEST:obstruct"),
    ("145", "145", "PROTEST:riot"),
    ("1451", "1454", "PROTEST:riot"),
    ("150", "155", "MOBILIZE"),
    ("151", "151", "MOBILIZE:police"),
    ("153", "153", "MOBILIZE:police"),
    ("152", "152", "MOBILIZE:troops"),
    ("154", "154", "MOBILIZE:troops"),
    ("155", "155", "MOBILIZE:weapons"),
    ("160", "166", "SANCTION"),
    ("161", "161", "SANCTION:discontinue"),
    ("162", "162", "SANCTION:withdraw"),
    ("1621", "1623", "SANCTION:withdraw"),
    ("163", "165", "SANCTION:discontinue"),
    ("166", "166", "SANCTION:expel"),
    ("1661", "1663", "SANCTION:expel"),
    ("170", "176", "COERCE"),
    ("171", "171", "COERCE:seize"),
    ("1711", "1711", "COERCE:seize"),
    ("1712", "1712", "ASSAULT:destroy"),
    ("172", "172", "COERCE:restrict"),
    ("1721", "1722", "COERCE:restrict"),
    ("1723", "1723", "COERCE:curfew"),
    ("1724", "1724", "COERCE:martial-law"),
    ("173", "173", "COERCE:arrest"),
    ("174", "174", "COERCE:deport"),
    ("175", "175", "ASSAULT:crowd-control"),
    ("176", "176", "COERCE:cyber"),
    ("180", "186", "ASSAULT"),
    ("181", "181", "ASSAULT:abduct"),
    ("182", "182", "ASSAULT:beat"),
    ("1821", "1821", "ASSAULT:sexual"),
    ("1822", "1822", "ASSAULT:torture"),
    ("1823", "1823", "ASSAULT:primitive"),
    ("183", "183", "ASSAULT:explosives"),
    ("1831", "1831", "ASSAULT:suicide-attack"),
    ("1832", "1834", "ASSAULT:explosives"),
    ("185", "186", "ASSAULT:targeted"),
    ("190", "196", "ASSAULT"),
    ("191", "191", "COERCE:restrict"),
    ("192", "192", "ASSAULT"),
    ("193", "193", "ASSAULT:firearms"),
    ("194", "194", "ASSAULT:heavy-weapons"),
    ("195", "195", "ASSAULT:aerial"),
    ("1951", "1951", "ASSAULT:aerial"),
    ("1952", "1952", "ASSAULT:drone"),
    ("200", "204", "ASSAULT"),
    ("2041", "2042", "ASSAULT:unconventional"),
    ("204", "204", "ASSAULT:unconventional"),
];

/// True when `code` is a CAMEO event code (2, 3 or 4 digits inside a listed range).
pub fn is_cameo(code: &str) -> bool {
    if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let root_ok = matches!(code[..2].parse::<u8>(), Ok(1..=20));
    root_ok
        && (code.len() == 2
            || CAMEO_RANGES
                .iter()
                .any(|(a, b, _)| a.len() == code.len() && *a <= code && code <= *b))
}

/// The PLOVER type and mode a CAMEO code maps to by default (`None` for CAMEO 01 statements).
pub fn default_plover(code: &str) -> Option<(&'static str, Option<&'static str>)> {
    let mut best: Option<(&str, usize, usize)> = None; // (target, len, width)
    for (a, b, target) in CAMEO_RANGES {
        let hit = if a.len() == code.len() {
            *a <= code && code <= *b
        } else if a.len() < code.len() {
            let pre = &code[..a.len()];
            *a <= pre && pre <= *b
        } else {
            false
        };
        if !hit {
            continue;
        }
        let width = b.parse::<usize>().unwrap_or(0) - a.parse::<usize>().unwrap_or(0);
        let better = match best {
            None => true,
            Some((_, l, w)) => a.len() > l || (a.len() == l && width < w),
        };
        if better {
            best = Some((target, a.len(), width));
        }
    }
    let (target, _, _) = best?;
    if target == "-" {
        // Root 01 or a bare root: fall back on the root's own mapping, if any.
        if code.len() == 2 && code != "01" {
            return default_plover(&format!("{code}0"));
        }
        return None;
    }
    Some(match target.split_once(':') {
        Some((t, m)) => (t, Some(m)),
        None => (target, None),
    })
}

/// True when `t` is a PLOVER type.
pub fn is_plover_type(t: &str) -> bool {
    PLOVER_TYPES.iter().any(|(n, _)| *n == t)
}

/// True when `mode` is defined for PLOVER type `t`.
pub fn is_plover_mode(t: &str, mode: &str) -> bool {
    PLOVER_TYPES
        .iter()
        .any(|(n, modes)| *n == t && modes.contains(&mode))
}

/// ACLED (event type, sub-event type) for a short id (`air-strike`).
pub fn acled(id: &str) -> Option<(&'static str, &'static str)> {
    ACLED_SUBTYPES
        .iter()
        .find(|(k, _, _)| *k == id)
        .map(|(_, t, s)| (*t, *s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cameo_codes_are_checked() {
        for ok in ["01", "20", "190", "1823", "0874", "1952", "2042", "057"] {
            assert!(is_cameo(ok), "{ok}");
        }
        for bad in ["21", "00", "197", "1825", "0875", "abc", "19x", "", "1"] {
            assert!(!is_cameo(bad), "{bad}");
        }
    }

    #[test]
    fn defaults_follow_the_most_specific_range() {
        assert_eq!(default_plover("186"), Some(("ASSAULT", Some("targeted"))));
        assert_eq!(default_plover("173"), Some(("COERCE", Some("arrest"))));
        assert_eq!(default_plover("0841"), Some(("RETREAT", Some("release"))));
        assert_eq!(default_plover("042"), Some(("CONSULT", Some("visit"))));
        assert_eq!(default_plover("110"), Some(("ACCUSE", Some("disapprove"))));
        assert_eq!(default_plover("19"), Some(("ASSAULT", None)));
        assert_eq!(default_plover("010"), None);
        assert_eq!(default_plover("01"), None);
        assert!(is_plover_mode("ASSAULT", "drone"));
        assert!(!is_plover_mode("ASSAULT", "arrest"));
        assert_eq!(
            acled("arrests"),
            Some(("Strategic developments", "Arrests"))
        );
    }
}
