//! Cue word lists (`data/events/cues.txt`): negation, modality, reported speech, control verbs and
//! instruments.

use crate::pattern::{strip_comment, Diagnostic};
use crate::vocab;
use saker_core::hash::{FastMap, FastSet};

/// What an instrument word tells about an attack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instrument {
    /// PLOVER mode of ASSAULT (`drone`).
    pub mode: String,
    /// ACLED sub-type id (`air-strike`), `-` for none.
    pub acled: Option<String>,
    /// CAMEO code for the attack when the trigger's own code is generic (`-` to keep it).
    pub cameo: Option<String>,
}

/// All cue lists.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    /// Negation words (`not`, `never`).
    pub negation: FastSet<String>,
    /// Verbs whose complement did not happen (`fail`).
    pub fail: FastSet<String>,
    /// Verbs whose complement is denied (`deny`).
    pub deny: FastSet<String>,
    /// Prepositions/subordinators that negate (`without`).
    pub without: FastSet<String>,
    /// Future auxiliaries (`will`).
    pub future_aux: FastSet<String>,
    /// Hypothetical auxiliaries (`could`).
    pub hypo_aux: FastSet<String>,
    /// Verbs of intent whose complement is future (`plan`).
    pub future_gov: FastSet<String>,
    /// Verbs whose complement is hypothetical (`consider`).
    pub hypo_gov: FastSet<String>,
    /// Subordinators of conditionals (`if`).
    pub hypo_mark: FastSet<String>,
    /// Speech and report verbs (`say`).
    pub speech: FastSet<String>,
    /// Verbs whose object controls an infinitive (`order X to`).
    pub object_control: FastSet<String>,
    /// Arrest and punishment verbs (`arrest`, `sentence`): the missing subject of their
    /// after/before/for -ing adverbial is their object.
    pub punishment: FastSet<String>,
    /// Relative pronouns (`who`, `which`).
    pub relpron: FastSet<String>,
    /// Verbs whose complement is the outcome of another act (`result in`, `lead to`).
    pub consequence: FastSet<String>,
    /// Injury verbs (`wound`): with a same-word object the modified noun is the injured.
    pub injury: FastSet<String>,
    /// Quantity nouns looked through to their `of` phrase when matching objects (`part`).
    pub quantity: FastSet<String>,
    /// Verbs that judge, report or answer an event rather than carry it out (`condemn`,
    /// `investigate`): their subject is not the author of an event noun they govern.
    pub stance: FastSet<String>,
    /// Light nouns looked through to their compound when matching objects (`effort`).
    pub light: FastSet<String>,
    /// Day words a parser may misread as an object (`friday`, `today`).
    pub time: FastSet<String>,
    /// Verbs by which an act's author owns it (`claim`, `admit`): whoever claims an attack made
    /// it, rather than reporting it.
    pub authorship: FastSet<String>,
    /// Verbs whose subject is on the receiving end of the act their object names (`repel`,
    /// `survive`): "troops repel an attack".
    pub defence: FastSet<String>,
    /// Problems fought without violence ("combat the symptoms", "fight corruption", "battle
    /// the blaze"): as the object of a violence trigger they make it no attack.
    pub abstract_object: FastSet<String>,
    /// Subjects that do no violence ("the controversy surrounding …", "questions surround his
    /// death"): as the logical subject of a violence trigger they make it no attack.
    pub abstract_subject: FastSet<String>,
    /// Objects that make a trigger no event, by trigger lemma: a release of a thing ("released
    /// the victims' names", "data released today") sets no one free, and a charge of a price
    /// ("charging higher prices", "rates charged by utilities") accuses no one.
    pub not_object: FastMap<String, FastSet<String>>,
    /// Event nouns that name no event when they stand bare, with no argument at all: "the
    /// release said" (a press release).
    pub bare_noun_no_event: FastSet<String>,
    /// Modifiers that make an event noun no event, by noun lemma: "a *high* demand",
    /// "*increased* demand for tickets" (market demand).
    pub not_modifier: FastMap<String, FastSet<String>>,
    /// Words of sports reports (`season`, `coach`, `touchdown`): an article dense in them is a
    /// sports report (see [`Cues::is_sports_report`]).
    pub sports_word: FastSet<String>,
    /// Violence and threat verbs that sports reports use for play (`beat`, `attack`,
    /// `storm`): in a sports report they code nothing.
    pub sports_metaphor: FastSet<String>,
    /// Verbs of asking (`ask`, `inquire`): followed by a question word or `about` ("asked why
    /// he left", "asked about the plan") they ask a question, which is no appeal.
    pub question_verb: FastSet<String>,
    /// Words that open an indirect question (`why`, `whether`, `about`).
    pub question_word: FastSet<String>,
    /// Words after a verb of asking that make it a request, not a question (`to`, `for`,
    /// `that`): "asked *that* anyone who knew …".
    pub question_stop: FastSet<String>,
    /// What a defendant pleads (`guilty`, `innocent`, `contest`): "pleaded not guilty" is a
    /// plea in court, not an appeal.
    pub court_plea: FastSet<String>,
    /// Instrument words.
    pub instruments: FastMap<String, Instrument>,
    /// Fixed expressions in which a trigger word names no event ("in order to", "news
    /// release", "life threatening"), indexed by each of their words: word → (its position in
    /// the expression, the expression's words).
    pub not_event: FastMap<String, Vec<(usize, Vec<String>)>>,
}

/// An article is a sports report when at least this share of its words are
/// `[sports-word]`s (and at least [`SPORTS_MIN_WORDS`] of them occur). Sports reports in the
/// LGL and GeoWebNews sets score 0.03–0.11; the densest news report read there, 0.023.
pub const SPORTS_SHARE: f32 = 0.03;
/// The fewest `[sports-word]`s that make a sports report.
pub const SPORTS_MIN_WORDS: usize = 5;

impl Cues {
    /// True when the lemmas of an article's words (`lemmas`, punctuation left out; compared in
    /// lower case) make it a sports report: [`SPORTS_SHARE`] or more of them, and at least
    /// [`SPORTS_MIN_WORDS`], are `[sports-word]`s.
    pub fn is_sports_report<'a>(&self, lemmas: impl Iterator<Item = &'a str>) -> bool {
        let (mut n, mut hits) = (0usize, 0usize);
        for l in lemmas {
            n += 1;
            // most lemmas are lower case already: lower-case (and allocate) only the others
            let hit = if l.chars().any(char::is_uppercase) {
                self.sports_word.contains(&l.to_lowercase())
            } else {
                self.sports_word.contains(l)
            };
            hits += usize::from(hit);
        }
        hits >= SPORTS_MIN_WORDS && hits as f32 >= SPORTS_SHARE * n as f32
    }

    /// True when token `i` of `lower` (the sentence's lower-case token forms) is inside one of
    /// the [`Cues::not_event`] expressions. Hyphen tokens between the words are passed over
    /// ("life - threatening"); the expression's first word may also end a hyphenated token
    /// ("non-life threatening").
    pub fn in_not_event<'a>(&self, lower: impl Fn(usize) -> &'a str, n: usize, i: usize) -> bool {
        let Some(list) = self.not_event.get(lower(i)) else {
            return false;
        };
        let hyphen = |k: usize| lower(k) == "-";
        list.iter().any(|(at, words)| {
            // the tokens that must spell the expression, hyphens passed over
            let mut pos = Vec::with_capacity(words.len());
            let mut k = i;
            while pos.len() < *at {
                if k == 0 {
                    return false;
                }
                k -= 1;
                if !hyphen(k) {
                    pos.push(k);
                }
            }
            pos.reverse();
            pos.push(i);
            let mut k = i + 1;
            while pos.len() < words.len() {
                if k >= n {
                    return false;
                }
                if !hyphen(k) {
                    pos.push(k);
                }
                k += 1;
            }
            words.iter().zip(&pos).enumerate().all(|(j, (w, &k))| {
                let tok = lower(k);
                tok == w
                    || (j == 0
                        && tok.len() > w.len()
                        && tok.ends_with(w.as_str())
                        && tok.as_bytes()[tok.len() - w.len() - 1] == b'-')
            })
        })
    }
}

/// The embedded cue file.
pub const CUES_TXT: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/events/cues.txt"
));

impl Cues {
    /// Parses the cue file; diagnostics for unknown sections or bad instrument lines.
    pub fn parse(file: &str, text: &str) -> (Cues, Vec<Diagnostic>) {
        let mut c = Cues::default();
        let mut diags = Vec::new();
        let mut section = String::new();
        for (i, raw) in text.lines().enumerate() {
            let l = strip_comment(raw);
            if l.is_empty() {
                continue;
            }
            let d = |m: String| Diagnostic {
                file: file.to_owned(),
                line: i + 1,
                message: m,
            };
            if let Some(s) = l.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
                section = s.to_owned();
                continue;
            }
            let set = match section.as_str() {
                "negation" => &mut c.negation,
                "fail" => &mut c.fail,
                "deny" => &mut c.deny,
                "without" => &mut c.without,
                "future-aux" => &mut c.future_aux,
                "hypothetical-aux" => &mut c.hypo_aux,
                "future-governor" => &mut c.future_gov,
                "hypothetical-governor" => &mut c.hypo_gov,
                "hypothetical-mark" => &mut c.hypo_mark,
                "speech" => &mut c.speech,
                "object-control" => &mut c.object_control,
                "punishment" => &mut c.punishment,
                "relative-pronoun" => &mut c.relpron,
                "consequence" => &mut c.consequence,
                "injury" => &mut c.injury,
                "quantity-noun" => &mut c.quantity,
                "light-noun" => &mut c.light,
                "stance" => &mut c.stance,
                "time-noun" => &mut c.time,
                "abstract-object" => &mut c.abstract_object,
                "abstract-subject" => &mut c.abstract_subject,
                "bare-noun-no-event" => &mut c.bare_noun_no_event,
                "sports-word" => &mut c.sports_word,
                "sports-metaphor" => &mut c.sports_metaphor,
                "question-verb" => &mut c.question_verb,
                "question-word" => &mut c.question_word,
                "question-stop" => &mut c.question_stop,
                "court-plea" => &mut c.court_plea,
                "authorship" => &mut c.authorship,
                "defence" => &mut c.defence,
                "not-object" | "not-modifier" => {
                    let Some((trig, objs)) = l.split_once(':') else {
                        diags.push(d(format!("`{l}` needs `trigger lemmas: word lemmas`")));
                        continue;
                    };
                    let objs: Vec<String> =
                        objs.split_whitespace().map(str::to_lowercase).collect();
                    if objs.is_empty() || trig.split_whitespace().next().is_none() {
                        diags.push(d(format!("`{l}` needs `trigger lemmas: word lemmas`")));
                        continue;
                    }
                    let map = if section == "not-object" {
                        &mut c.not_object
                    } else {
                        &mut c.not_modifier
                    };
                    for t in trig.split_whitespace() {
                        map.entry(t.to_lowercase())
                            .or_default()
                            .extend(objs.iter().cloned());
                    }
                    continue;
                }
                "not-event" => {
                    let words: Vec<String> = l.split_whitespace().map(str::to_lowercase).collect();
                    if words.len() != 1 {
                        diags.push(d(format!(
                            "one expression per line, words joined by `_`, got `{l}`"
                        )));
                        continue;
                    }
                    let words: Vec<String> = words[0].split('_').map(str::to_owned).collect();
                    if words.len() < 2 || words.iter().any(String::is_empty) {
                        diags.push(d(format!("`{l}` needs two or more words joined by `_`")));
                        continue;
                    }
                    for (at, w) in words.iter().enumerate() {
                        c.not_event
                            .entry(w.clone())
                            .or_default()
                            .push((at, words.clone()));
                    }
                    continue;
                }
                "instrument" => {
                    let f: Vec<&str> = l.split_whitespace().collect();
                    if f.len() != 4 {
                        diags.push(d(format!(
                            "instrument line needs `word mode acled cameo`, got `{l}`"
                        )));
                        continue;
                    }
                    if !vocab::is_plover_mode("ASSAULT", f[1]) {
                        diags.push(d(format!("ASSAULT has no mode `{}`", f[1])));
                        continue;
                    }
                    if f[2] != "-" && vocab::acled(f[2]).is_none() {
                        diags.push(d(format!("unknown ACLED sub-type id `{}`", f[2])));
                        continue;
                    }
                    if f[3] != "-" && !vocab::is_cameo(f[3]) {
                        diags.push(d(format!("unknown CAMEO code `{}`", f[3])));
                        continue;
                    }
                    let opt = |s: &str| (s != "-").then(|| s.to_owned());
                    c.instruments.insert(
                        f[0].replace('_', " ").to_lowercase(),
                        Instrument {
                            mode: f[1].to_owned(),
                            acled: opt(f[2]),
                            cameo: opt(f[3]),
                        },
                    );
                    continue;
                }
                "" => {
                    diags.push(d("cue word outside any [section]".into()));
                    continue;
                }
                other => {
                    diags.push(d(format!("unknown section [{other}]")));
                    continue;
                }
            };
            for w in l.split_whitespace() {
                set.insert(w.replace('_', " ").to_lowercase());
            }
        }
        (c, diags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_cues_parse_cleanly() {
        let (c, d) = Cues::parse("cues.txt", CUES_TXT);
        assert!(d.is_empty(), "{d:?}");
        assert!(c.negation.contains("not"));
        assert!(c.speech.contains("say"));
        assert!(c.future_aux.contains("will"));
        assert!(c.consequence.contains("result"));
        assert!(c.injury.contains("wound"));
        assert!(c.authorship.contains("claim"));
        assert!(c.defence.contains("repel"));
        assert_eq!(
            c.instruments.get("drone").map(|i| i.mode.as_str()),
            Some("drone")
        );
    }

    #[test]
    fn not_event_expressions_match_around_the_trigger_word() {
        let (c, d) = Cues::parse(
            "cues.txt",
            "[not-event]\nin_order_to\nlife_threatening\nnews_release\n",
        );
        assert!(d.is_empty(), "{d:?}");
        let check = |sentence: &str, word: &str| {
            let toks: Vec<&str> = sentence.split(' ').collect();
            let i = toks
                .iter()
                .position(|t| *t == word)
                .expect("word in sentence");
            c.in_not_event(|k| toks[k], toks.len(), i)
        };
        assert!(check("they met in order to talk", "order"));
        assert!(!check("police received an order to leave", "order"));
        assert!(check(
            "he suffered non-life threatening injuries",
            "threatening"
        ));
        assert!(check("life - threatening emergencies", "threatening"));
        assert!(!check("gunmen were threatening villagers", "threatening"));
        assert!(check("a news release said", "release"));
        assert!(!check("the release of prisoners", "release"));
        // an expression cut by the sentence edge does not match
        assert!(!check("in order", "order"));
        let (_, d) = Cues::parse("cues.txt", "[not-event]\norder\nin_order to\n");
        assert_eq!(d.len(), 2, "{d:?}");
    }

    #[test]
    fn word_lists_by_trigger_parse_and_bad_ones_are_reported() {
        let (c, d) = Cues::parse(
            "c",
            "[not-object]\nrelease free: name data\ncharge: price\n[not-modifier]\ndemand: high\n",
        );
        assert!(d.is_empty(), "{d:?}");
        assert!(c.not_object["free"].contains("data"));
        assert!(c.not_object["charge"].contains("price"));
        assert!(c.not_modifier["demand"].contains("high"));
        let (_, d) = Cues::parse("c", "[not-object]\nrelease name\ncharge:\n: x\n");
        let lines: Vec<usize> = d.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![2, 3, 4]);
    }

    #[test]
    fn bad_lines_are_reported() {
        let (_, d) = Cues::parse(
            "c",
            "loose\n[weird]\nx\n[instrument]\ngun firearms\nbomb nope - -\n",
        );
        let lines: Vec<usize> = d.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![1, 3, 5, 6]);
    }
}
