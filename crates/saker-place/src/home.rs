//! The article's home country from its wording: local news names its own towns without their country, so the
//! vocabulary of the writer (American spelling and local-government words, the currency) tells which country's
//! "Paris" or "Dublin" a local article most likely means. Evidence is weak and only added to the country context.

/// Distinct American cue words an article needs before it counts as American.
const MIN_US_CUES: u32 = 2;

/// The cue a lower-case word is, as `(kind, bit)`: kind `US` American spelling or local-government word,
/// `BRIT` British/Commonwealth spelling, `CAN` Canadian institutions, provinces and money, `PAIR` the first word
/// of a two-word cue ([`pair_cue`]), `CLOCK` "p.m."/"a.m." (only as written with full stops). Dispatched on the
/// length and first letter, then a `match` on the few words left: cheaper than hashing on the hot path.
fn cue(lower: &str) -> Option<(u8, u8)> {
    let first = *lower.as_bytes().first()?;
    Some(match (lower.len(), first) {
        (2, b'a') if lower == "am" => (CLOCK, 21),
        (2, b'p') if lower == "pm" => (CLOCK, 21),
        (3, b'c') => match lower {
            "cbc" | "ctv" => (CAN, 2),
            _ => return None,
        },
        (3, b'g') if lower == "gop" => (US, 3),
        (3, b'h') if lower == "hst" => (CAN, 7),
        (3, b'm') => match lower {
            "mph" => (US, 4),
            "mpp" => (CAN, 0),
            _ => return None,
        },
        (3, b'n') if lower == "ndp" => (CAN, 7),
        (3, b's') if lower == "sun" => (PAIR, P_SUN),
        (3, b'z') if lower == "zip" => (PAIR, P_ZIP),
        (4, b'c') if lower == "city" => (PAIR, P_CITY),
        (4, b'f') if lower == "fire" => (PAIR, P_FIRE),
        (4, b'm') if lower == "mpps" => (CAN, 0),
        (4, b'r') if lower == "rcmp" => (CAN, 1),
        (5, b'c') if lower == "color" => (US, 11),
        (5, b'h') if lower == "honor" => (US, 12),
        (5, b's') if lower == "state" => (PAIR, P_STATE),
        (6, b'c') => match lower {
            "center" => (US, 8),
            "colors" => (US, 11),
            "centre" => (BRIT, 1),
            "colour" => (BRIT, 4),
            "county" => (PAIR, P_COUNTY),
            _ => return None,
        },
        (6, b'h') => match lower {
            "honors" => (US, 24),
            "honour" => (BRIT, 5),
            _ => return None,
        },
        (6, b'j') if lower == "junior" => (PAIR, P_JUNIOR),
        (6, b'l') if lower == "loonie" => (CAN, 3),
        (6, b'm') if lower == "metres" => (BRIT, 11),
        (6, b'p') if lower == "police" => (PAIR, P_POLICE),
        (6, b'q') if lower == "quebec" => (CAN, 6),
        (6, b's') if lower == "school" => (PAIR, P_SCHOOL),
        (6, b't') if lower == "toonie" => (CAN, 3),
        (6, b'z') if lower == "zoning" => (US, 2),
        (7, b'c') => match lower {
            "centers" => (US, 8),
            "colored" => (US, 24),
            "centres" => (BRIT, 1),
            "colours" => (BRIT, 4),
            "canwest" => (CAN, 4),
            _ => return None,
        },
        (7, b'd') => match lower {
            "defense" => (US, 14),
            "defence" => (BRIT, 7),
            _ => return None,
        },
        (7, b'h') if lower == "honored" => (US, 12),
        (7, b'l') if lower == "licence" => (BRIT, 9),
        (7, b'm') if lower == "mountie" => (CAN, 1),
        (7, b'o') => match lower {
            "offense" => (US, 14),
            "offence" => (BRIT, 7),
            _ => return None,
        },
        (7, b'p') if lower == "percent" => (US, 18),
        (7, b's') if lower == "sheriff" => (US, 0),
        (7, b't') => match lower {
            "theater" => (US, 9),
            "theatre" => (BRIT, 2),
            _ => return None,
        },
        (7, b'v') if lower == "varsity" => (US, 15),
        (8, b'a') => match lower {
            "aldermen" | "alderman" => (US, 16),
            "aluminum" => (US, 19),
            _ => return None,
        },
        (8, b'b') if lower == "behavior" => (US, 24),
        (8, b'c') if lower == "canceled" => (US, 13),
        (8, b'd') => match lower {
            "democrat" => (US, 6),
            "downtown" => (US, 25),
            _ => return None,
        },
        (8, b'f') => match lower {
            "favorite" => (US, 10),
            "freshman" => (US, 15),
            _ => return None,
        },
        (8, b'h') if lower == "honoured" => (BRIT, 5),
        (8, b'm') => match lower {
            "mounties" => (CAN, 1),
            "manitoba" => (CAN, 6),
            _ => return None,
        },
        (8, b'n') if lower == "neighbor" => (US, 7),
        (8, b's') => match lower {
            "sheriffs" => (US, 0),
            "sidewalk" => (US, 20),
            _ => return None,
        },
        (8, b't') if lower == "township" => (US, 1),
        (9, b'a') if lower == "aluminium" => (BRIT, 10),
        (9, b'c') => match lower {
            "cancelled" => (BRIT, 6),
            "community" => (PAIR, P_COMMUNITY),
            _ => return None,
        },
        (9, b'd') if lower == "democrats" => (US, 6),
        (9, b'f') => match lower {
            "favorites" => (US, 24),
            "favourite" => (BRIT, 3),
            _ => return None,
        },
        (9, b'j') if lower == "jewellery" => (BRIT, 10),
        (9, b'n') => match lower {
            "neighbors" => (US, 7),
            "neighbour" => (BRIT, 0),
            _ => return None,
        },
        (9, b'p') => match lower {
            "programme" => (BRIT, 8),
            "postmedia" => (CAN, 4),
            _ => return None,
        },
        (9, b's') => match lower {
            "sophomore" => (US, 15),
            "selectmen" => (US, 16),
            "sidewalks" => (US, 20),
            _ => return None,
        },
        (9, b't') => match lower {
            "townships" => (US, 1),
            "traveling" => (US, 13),
            _ => return None,
        },
        (10, b'c') => match lower {
            "councilman" | "councilmen" => (US, 22),
            "councillor" => (BRIT, 12),
            _ => return None,
        },
        (10, b'e') if lower == "elementary" => (US, 23),
        (10, b'f') if lower == "fahrenheit" => (US, 17),
        (10, b'i') if lower == "interstate" => (US, 5),
        (10, b'k') if lower == "kilometres" => (BRIT, 11),
        (10, b'n') if lower == "neighbours" => (BRIT, 0),
        (10, b'p') if lower == "programmes" => (BRIT, 8),
        (10, b't') if lower == "travelling" => (BRIT, 6),
        (11, b'c') if lower == "councillors" => (BRIT, 12),
        (12, b'c') if lower == "councilwoman" => (US, 22),
        (12, b'n') if lower == "neighborhood" => (US, 7),
        (12, b's') if lower == "saskatchewan" => (CAN, 6),
        (13, b'n') => match lower {
            "neighborhoods" => (US, 7),
            "neighbourhood" => (BRIT, 0),
            _ => return None,
        },
        (14, b'n') if lower == "neighbourhoods" => (BRIT, 0),
        _ => return None,
    })
}
const US: u8 = 1;
const BRIT: u8 = 2;
const CAN: u8 = 3;
const PAIR: u8 = 4;
const CLOCK: u8 = 5;
const P_POLICE: u8 = 0;
const P_FIRE: u8 = 1;
const P_CITY: u8 = 2;
const P_STATE: u8 = 3;
const P_COUNTY: u8 = 4;
const P_SCHOOL: u8 = 5;
const P_JUNIOR: u8 = 6;
const P_COMMUNITY: u8 = 7;
const P_ZIP: u8 = 8;
const P_SUN: u8 = 9;

/// Cues gathered over an article.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HomeCues {
    us: u64,
    brit: u32,
    can: u32,
    prev: PrevWord,
}

/// What [`HomeCues`] remembers of the previous word: the first word of a cue pair, or a capitalised word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PrevWord {
    Other,
    Capitalised,
    Pair(u8),
}

/// AP-style abbreviations of US states written with their full stop ("Tenn.", "Ga.", "N.Y."); those that are
/// also common words or titles ("Miss.", "Wash.", "Ill.", "Mass.") are left out.
const STATE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "kan", "kans", "ky", "md", "mich",
    "minn", "nev", "okla", "tenn", "tex", "vt", "wis", "wyo", "va", "ny", "nj", "nc", "sc", "nh",
    "nm", "nd", "sd", "ri", "wva",
];

/// The cue that a pair of words makes ("police department", "city manager", "Sun Media"), if any: its kind
/// and bit.
fn pair_cue(prev: u8, text: &str, lower: &str) -> Option<(u8, u8)> {
    Some(match (prev, lower) {
        (P_POLICE | P_FIRE, "department") => (US, 26),
        (P_CITY, "manager") => (US, 27),
        (P_FIRE, "chief") => (US, 28),
        (P_STATE, "trooper" | "troopers" | "patrol") => (US, 29),
        (P_COUNTY, "commissioner" | "commissioners" | "commission" | "sheriff") => (US, 30),
        (P_SCHOOL, "district") | (P_JUNIOR | P_COMMUNITY, "college") => (US, 31),
        (P_ZIP, "code") => (US, 33),
        // Sun Media, the Canadian newspaper chain.
        (P_SUN, "media") if text == "Media" => (CAN, 8),
        _ => return None,
    })
}

impl HomeCues {
    /// No cues yet.
    pub(crate) fn new() -> HomeCues {
        HomeCues {
            us: 0,
            brit: 0,
            can: 0,
            prev: PrevWord::Other,
        }
    }

    fn set(&mut self, kind: u8, bit: u8) {
        match kind {
            US => self.us |= 1 << bit,
            BRIT => self.brit |= 1 << bit,
            CAN => self.can |= 1 << bit,
            _ => {}
        }
    }

    /// Notes one word: its text, its lower-case key form and whether a full stop follows it in the text.
    pub(crate) fn word(&mut self, text: &str, lower: &str, dot_after: bool) {
        let cap = text.starts_with(|c: char| c.is_ascii_uppercase());
        let hit = if (2..=14).contains(&lower.len()) {
            cue(lower)
        } else {
            None
        };
        let now = match hit {
            Some((PAIR, p)) => PrevWord::Pair(p),
            _ if cap && text.len() > 1 => PrevWord::Capitalised,
            _ => PrevWord::Other,
        };
        let prev = std::mem::replace(&mut self.prev, now);
        if let PrevWord::Pair(p) = prev {
            if let Some((k, b)) = pair_cue(p, text, lower) {
                self.set(k, b);
            }
        }
        if cap && dot_after && lower.len() <= 4 {
            // "Memphis St.", "Ingleside Ave.": American street abbreviations; "Tenn.": AP state abbreviations.
            let street =
                matches!(lower, "ave" | "blvd") || (lower == "st" && prev == PrevWord::Capitalised);
            if street {
                self.us |= 1 << 34;
            }
            if STATE_ABBREVIATIONS.contains(&lower) {
                self.us |= 1 << 32;
            }
            if lower == "ont" {
                self.can |= 1 << 5;
            }
        }
        match hit {
            // "p.m." (American and Canadian style), not "PM" (prime minister) or "am".
            Some((CLOCK, b)) if text.starts_with("p.m") || text.starts_with("a.m") => {
                self.us |= 1 << b
            }
            Some((k @ (US | BRIT), b)) => self.set(k, b),
            // Canadian names and acronyms are capitalised ("CBC", "Quebec").
            Some((CAN, b)) if cap => self.can |= 1 << b,
            _ => {}
        }
    }

    /// The home country the cues point to, if any: two kinds of Canadian cue, or one with dollars or
    /// Commonwealth spelling → `CAN`; American wording (with dollar amounts counting as one cue), no
    /// Commonwealth spelling and no Canadian cue → `USA`; pound amounts without dollars → `GBR`.
    pub(crate) fn country(&self, text: &str) -> Option<&'static str> {
        let money = |sym: &str| {
            text.match_indices(sym).any(|(i, s)| {
                text.as_bytes()
                    .get(i + s.len())
                    .is_some_and(u8::is_ascii_digit)
            })
        };
        let dollars = money("$");
        let can = self.can.count_ones();
        if can >= 2 || (can == 1 && (dollars || self.brit != 0)) {
            return Some("CAN");
        }
        let us = self.us.count_ones() + u32::from(dollars);
        if us >= MIN_US_CUES && self.brit == 0 && can == 0 {
            return Some("USA");
        }
        if !dollars && money("£") {
            return Some("GBR");
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn home(text: &str) -> Option<&'static str> {
        let mut h = HomeCues::new();
        for w in text.split_whitespace() {
            let (core, dot) = match w.strip_suffix('.') {
                Some(c) if c.len() <= 4 || c.contains('.') => (c, true),
                _ => (w, false),
            };
            h.word(core, &core.to_lowercase().replace('.', ""), dot);
        }
        h.country(text)
    }

    #[test]
    fn american_wording_points_to_the_usa() {
        assert_eq!(home("The sheriff said the zoning board met."), Some("USA"));
        assert_eq!(home("The township paid $400 for it."), Some("USA"));
        // One cue is not enough; the same cue twice is still one.
        assert_eq!(home("The sheriff and the sheriff."), None);
        // Commonwealth spelling vetoes it (Canadian or Australian dollars).
        assert_eq!(home("The township centre paid $400."), None);
    }

    #[test]
    fn pounds_point_to_britain() {
        assert_eq!(home("Tickets cost £12 at the door."), Some("GBR"));
        assert_eq!(home("It cost £12 or $15."), None);
        assert_eq!(home("No money named here."), None);
        // "PM" is not "p.m.".
        assert_eq!(home("The PM met the sheriff."), None);
        assert_eq!(home("At 7 p.m. the sheriff came."), Some("USA"));
    }

    #[test]
    fn canadian_institutions_and_spelling_with_dollars_point_to_canada() {
        assert_eq!(home("The MPP said the HST will cost more."), Some("CAN"));
        assert_eq!(home("Councillors in London, Ont. met."), Some("CAN"));
        assert_eq!(home("The RCMP seized $400 in cash."), Some("CAN"));
        assert_eq!(home("Tickets cost $40, Sun Media reported."), Some("CAN"));
        // One Canadian word alone is not enough; "ont" must be written "Ont.".
        assert_eq!(home("Voters in Quebec went to the polls."), None);
        assert_eq!(home("They ont left."), None);
        // A Canadian cue vetoes the American reading of dollars and American words.
        assert_eq!(home("The sheriff paid $400."), Some("USA"));
        assert_eq!(home("The Manitoba sheriff paid $400."), Some("CAN"));
    }

    #[test]
    fn word_pairs_and_abbreviations_are_american_cues() {
        assert_eq!(home("The city manager met the fire chief."), Some("USA"));
        assert_eq!(home("He lives on Memphis St. in Paris, Tenn."), Some("USA"));
        // Each counts once; "St." before a name is a saint.
        assert_eq!(home("A fire chief and another fire chief."), None);
        assert_eq!(home("They met in St. Louis at 7 p.m."), None);
    }
}
