//! The hand-written word lists in `data/time/`, compiled once at start-up.

use jiff::civil::Date;

pub(crate) use saker_core::hash::FastMap;
use std::collections::HashMap;

const LEXICON: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/time/lexicon.txt"
));
const NAMES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/time/names.txt"
));
const ISLAMIC: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/time/islamic.tsv"
));

/// Approximators before a measure ("nearly three weeks"); they may also start an expression.
pub(crate) const APPROXIMATORS: &[&str] = &[
    "nearly",
    "almost",
    "about",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "barely",
    "just",
];

/// Decades in words, 1920s to 1990s in order ("the eighties").
pub(crate) const DECADE_WORDS: &[&str] = &[
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

/// Words that can start an expression without being in the lexicon (with [`APPROXIMATORS`] and
/// [`DECADE_WORDS`]).
pub(crate) const STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "sometime",
    "around",
    "last",
    "past",
    "previous",
    "next",
    "coming",
    "following",
    "this",
    "current",
    "that",
    "same",
    "first",
    "fiscal",
    "tonight",
    "every",
    "each",
    "recent",
    "during",
    "year",
    "noon",
    "midday",
    "midnight",
    "eid",
    "ramadan",
    "ramadhan",
    "muharram",
    "ashura",
    "ashoura",
    "arbaeen",
    "arbaein",
    "arbain",
    "'",
    "’",
    "end",
    "beginning",
    "start",
    "middle",
    "turn",
    "more",
    "less",
    "fewer",
    "up",
    "at",
    "no",
    "these",
    "nineteen",
    "thanksgiving",
    "christmas",
    "new",
];

/// A calendar unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
    Quarter,
    Weekend,
}

impl Unit {
    fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "S" => Unit::Second,
            "MIN" => Unit::Minute,
            "H" => Unit::Hour,
            "D" => Unit::Day,
            "W" => Unit::Week,
            "M" => Unit::Month,
            "Y" => Unit::Year,
            "DE" => Unit::Decade,
            "CE" => Unit::Century,
            "Q" => Unit::Quarter,
            "WE" => Unit::Weekend,
            _ => return None,
        })
    }

    /// TIMEX3 duration for `n` (None = unspecified amount, `X`) of this unit.
    pub(crate) fn duration(self, n: Option<u32>) -> String {
        let n = n.map_or_else(|| "X".to_owned(), |n| n.to_string());
        match self {
            Unit::Second => format!("PT{n}S"),
            Unit::Minute => format!("PT{n}M"),
            Unit::Hour => format!("PT{n}H"),
            Unit::Day => format!("P{n}D"),
            Unit::Week => format!("P{n}W"),
            Unit::Month => format!("P{n}M"),
            Unit::Year => format!("P{n}Y"),
            Unit::Decade => match n.parse::<u32>() {
                Ok(k) => format!("P{}Y", k * 10),
                Err(_) => format!("P{n}DE"),
            },
            Unit::Century => format!("P{n}CE"),
            Unit::Quarter => match n.parse::<u32>() {
                Ok(k) => format!("P{}M", k * 3),
                Err(_) => format!("P{n}Q"),
            },
            Unit::Weekend => format!("P{n}WE"),
        }
    }
}

/// What a word can mean (a word may have several senses, e.g. "second").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Sense {
    Month(i8),
    Weekday(i8),
    Season(&'static str),
    Part(&'static str),
    Unit(Unit, bool),
    /// A number word; `None` for vague amounts ("several").
    Num(Option<u32>),
    Ordinal(u32),
    /// A day offset from the publication date ("yesterday" = -1).
    DayOffset(i32),
    /// A vague reference (`PAST_REF`, …).
    Vague(&'static str),
    /// A TIMEX3 SET value.
    Set(&'static str),
}

/// An Islamic-calendar occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Islamic {
    pub(crate) start: Date,
    pub(crate) is_month: bool,
}

/// All word lists.
#[derive(Debug)]
pub(crate) struct Lexicon {
    pub(crate) words: FastMap<String, Vec<Sense>>,
    /// The same, keyed by bytes (lookups skip UTF-8 validation).
    by_bytes: FastMap<Box<[u8]>, Vec<Sense>>,
    /// `len_first[len][first letter]`: some listed word has this length and first letter.
    len_first: [[bool; 26]; 13],
    pub(crate) name_after: Vec<&'static str>,
    pub(crate) name_before: Vec<&'static str>,
    pub(crate) islamic: HashMap<&'static str, Vec<Islamic>>,
    starters: FastMap<&'static str, ()>,
}

impl Lexicon {
    /// Compiles the embedded lists; panics only if the embedded files are malformed (tested).
    pub(crate) fn load() -> Lexicon {
        let mut words: FastMap<String, Vec<Sense>> = FastMap::default();
        for line in LEXICON.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (head, list) = line.split_once(':').expect("lexicon.txt: line without ':'");
            let (class, value) = head
                .trim()
                .split_once(' ')
                .expect("lexicon.txt: line without class and value");
            let value = value.trim();
            for w in list.split_whitespace() {
                let sense = match class {
                    "month" => Sense::Month(value.parse().expect("lexicon.txt: bad month")),
                    "weekday" => Sense::Weekday(value.parse().expect("lexicon.txt: bad weekday")),
                    "season" => Sense::Season(value),
                    "part" => Sense::Part(value),
                    "unit" => Sense::Unit(
                        Unit::parse(value).expect("lexicon.txt: bad unit"),
                        w.ends_with('s'),
                    ),
                    "num" => Sense::Num(if value == "X" {
                        None
                    } else {
                        Some(value.parse().expect("lexicon.txt: bad num"))
                    }),
                    "ordinal" => Sense::Ordinal(value.parse().expect("lexicon.txt: bad ordinal")),
                    "deictic" => match value.strip_prefix('d') {
                        Some(off) => {
                            Sense::DayOffset(off.parse().expect("lexicon.txt: bad day offset"))
                        }
                        None => Sense::Vague(value),
                    },
                    "set" => Sense::Set(value),
                    other => panic!("lexicon.txt: unknown class {other}"),
                };
                words.entry(w.to_owned()).or_default().push(sense);
            }
        }
        let mut name_after = Vec::new();
        let mut name_before = Vec::new();
        for line in NAMES.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (kind, list) = line.split_once(':').expect("names.txt: line without ':'");
            let target = match kind.trim() {
                "after" => &mut name_after,
                "before" => &mut name_before,
                other => panic!("names.txt: unknown kind {other}"),
            };
            target.extend(list.split_whitespace());
        }
        let mut islamic: HashMap<&'static str, Vec<Islamic>> = HashMap::new();
        for line in ISLAMIC.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&'static str> = line.split('\t').collect();
            assert!(
                f.len() == 4,
                "islamic.tsv: expected 4 tab-separated fields in {line:?}"
            );
            let start: Date = f[2].parse().expect("islamic.tsv: bad date");
            islamic.entry(f[0]).or_default().push(Islamic {
                start,
                is_month: f[3] == "month",
            });
        }
        let by_bytes = words
            .iter()
            .map(|(k, v)| (k.as_bytes().to_vec().into_boxed_slice(), v.clone()))
            .collect();
        let mut len_first = [[false; 26]; 13];
        for k in words.keys() {
            if let (Some(row), Some(&f)) = (len_first.get_mut(k.len()), k.as_bytes().first()) {
                if f.is_ascii_lowercase() {
                    row[usize::from(f - b'a')] = true;
                }
            }
        }
        Lexicon {
            by_bytes,
            len_first,
            starters: STARTERS
                .iter()
                .chain(APPROXIMATORS)
                .chain(DECADE_WORDS)
                .map(|s| (*s, ()))
                .collect(),
            words,
            name_after,
            name_before,
            islamic,
        }
    }

    /// True for function words that can start an expression ("the", "last", "nearly").
    pub(crate) fn is_starter(&self, word: &str) -> bool {
        if word.len() > 12 || !word.is_ascii() {
            return false;
        }
        let mut buf = [0u8; 12];
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).is_ok_and(|k| self.starters.contains_key(k))
    }

    /// Senses of a word (case-insensitive).
    pub(crate) fn senses(&self, word: &str) -> &[Sense] {
        let w = word.as_bytes();
        let Some(&f) = w.first() else {
            return &[];
        };
        let f = f.to_ascii_lowercase();
        if w.len() > 12
            || !f.is_ascii_lowercase()
            || !self.len_first[w.len()][usize::from(f - b'a')]
        {
            return &[];
        }
        let mut buf = [0u8; 12];
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w);
        b.make_ascii_lowercase();
        self.by_bytes.get(&b[..]).map_or(&[], Vec::as_slice)
    }

    /// The cue words of the prefilter: words that every expression contains at least one of
    /// (besides digits). Number words and ordinals are left out: they need a unit, which is a cue.
    pub(crate) fn cues(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .words
            .iter()
            .filter(|(w, senses)| {
                // Month abbreviations ("Nov") only form dates with a number, which the digit check
                // finds; as cues they would fire on "decided", "market", "separate".
                let abbrev = w.len() <= 4 && !matches!(w.as_str(), "may" | "june" | "july");
                w.len() >= 3
                    && senses.iter().any(|s| match s {
                        Sense::Num(_) | Sense::Ordinal(_) => false,
                        Sense::Month(_) => !abbrev,
                        _ => true,
                    })
            })
            .map(|(w, _)| w.clone())
            .collect();
        for w in [
            "tonight",
            "noon",
            "midday",
            "midnight",
            "future",
            "recent",
            "current",
            "eid",
            "ramadan",
            "ramadhan",
            "muharram",
            "ashura",
            "ashoura",
            "arbaeen",
            "arbaein",
            "arbain",
            "during",
            "half",
            "thanksgiving",
            "christmas",
            "nineteen",
            "past",
            "latest",
            "term",
        ]
        .into_iter()
        .chain(DECADE_WORDS.iter().copied())
        {
            v.push(w.to_owned());
        }
        v.sort();
        v.dedup();
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_compile() {
        let l = Lexicon::load();
        assert!(l.senses("November").contains(&Sense::Month(11)));
        assert!(l
            .senses("SECOND")
            .iter()
            .any(|s| matches!(s, Sense::Ordinal(2))));
        assert!(l
            .senses("second")
            .iter()
            .any(|s| matches!(s, Sense::Unit(Unit::Second, false))));
        assert!(l
            .senses("years")
            .iter()
            .any(|s| matches!(s, Sense::Unit(Unit::Year, true))));
        assert!(l.senses("ÿ").is_empty());
        assert!(l.name_after.contains(&"Times"));
        assert!(l.islamic["ramadan"].len() > 5);
        assert!(l.cues().iter().any(|c| c == "november"));
    }
}
