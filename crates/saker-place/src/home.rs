//! The article's home country from its wording: local news names its own towns without their country, so the
//! vocabulary of the writer (American spelling and local-government words, the currency) tells which country's
//! "Paris" or "Dublin" a local article most likely means. Evidence is weak and only added to the country context.

/// Distinct American cue words an article needs before it counts as American.
const MIN_US_CUES: u32 = 2;

/// Which cue a lower-case word is: `1` American (spelling or local-government word), `2` British/Commonwealth
/// spelling, `0` neither. Short `match` on the length-dispatched string (no hashing on the hot path).
fn cue(lower: &str) -> (u8, u32) {
    let us = match lower {
        "sheriff" | "sheriffs" => 0,
        "township" | "townships" => 1,
        "zoning" => 2,
        "gop" => 3,
        "mph" => 4,
        "interstate" => 5,
        "democrat" | "democrats" => 6,
        "neighborhood" | "neighborhoods" | "neighbor" | "neighbors" => 7,
        "center" | "centers" => 8,
        "theater" => 9,
        "favorite" => 10,
        "color" | "colors" => 11,
        "honor" | "honored" => 12,
        "traveling" | "canceled" => 13,
        "defense" | "offense" => 14,
        "freshman" | "sophomore" | "varsity" => 15,
        "selectmen" | "aldermen" | "alderman" => 16,
        "fahrenheit" => 17,
        "percent" => 18,
        "aluminum" => 19,
        "sidewalk" | "sidewalks" => 20,
        "pm" | "am" => 21, // only as written "p.m." / "a.m." (see `HomeCues::word`)
        _ => u32::MAX,
    };
    if us != u32::MAX {
        return (1, us);
    }
    let brit = match lower {
        "neighbourhood" | "neighbourhoods" | "neighbour" | "neighbours" => 0,
        "centre" | "centres" => 1,
        "theatre" => 2,
        "favourite" => 3,
        "colour" | "colours" => 4,
        "honour" | "honoured" => 5,
        "travelling" | "cancelled" => 6,
        "defence" | "offence" => 7,
        "programme" | "programmes" => 8,
        "licence" => 9,
        "jewellery" | "aluminium" => 10,
        "kilometres" | "metres" => 11,
        _ => u32::MAX,
    };
    if brit != u32::MAX {
        return (2, brit);
    }
    (0, 0)
}

/// Cues gathered over an article.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct HomeCues {
    us: u32,
    brit: u32,
}

impl HomeCues {
    /// Notes one word: its text and its lower-case key form.
    pub(crate) fn word(&mut self, text: &str, lower: &str) {
        if matches!(lower, "pm" | "am") {
            // "p.m." (American and Canadian style), not "PM" (prime minister) or "am".
            if text.starts_with("p.m") || text.starts_with("a.m") {
                self.us |= 1 << 21;
            }
            return;
        }
        if !(3..=14).contains(&lower.len()) {
            return;
        }
        match cue(lower) {
            (1, b) => self.us |= 1 << b,
            (2, b) => self.brit |= 1 << b,
            _ => {}
        }
    }

    /// The home country the cues point to, if any: American wording (with dollar amounts counting as one cue)
    /// and no Commonwealth spelling → `USA`; pound amounts without dollars → `GBR`.
    pub(crate) fn country(&self, text: &str) -> Option<&'static str> {
        let money = |sym: &str| {
            text.match_indices(sym).any(|(i, s)| {
                text.as_bytes()
                    .get(i + s.len())
                    .is_some_and(u8::is_ascii_digit)
            })
        };
        let dollars = money("$");
        let us = self.us.count_ones() + u32::from(dollars);
        if us >= MIN_US_CUES && self.brit == 0 {
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
        let mut h = HomeCues::default();
        for w in text.split_whitespace() {
            h.word(w, &w.to_lowercase().replace('.', ""));
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
}
