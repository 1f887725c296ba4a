//! One ACLED (event type, sub-event type) for a whole report.
//!
//! ACLED codes one event per report, by a precedence among its sub-types (ACLED codebook;
//! `../shared/docs/ontology/acled_event_types.txt`). [`record_acled`] reads only the coded
//! events; [`report_acled`] adds what the report's words say about the event as a whole, where
//! the ACLED definition of a sub-type turns on something no single event carries:
//!
//! * **Disrupted weapons use**: the lead's main verb seizes, finds, defuses or intercepts weapons
//!   ("two caches of weapons *were discovered*", "air defences *intercepted* missiles"), or an
//!   explosive went off *accidentally*: the disruption is the event, not the weapon;
//! * **Mob violence**: violence by a *mob* (or a lynching), outside an organised demonstration;
//! * **Violent demonstration**: a protest report whose demonstrators turn violent (rioters,
//!   stones or projectiles thrown, fires set, "turned violent");
//! * **Excessive force against protesters**: violence whose victims are named as protesters;
//! * **Other**: the lead's main verb tells of displacement (people *fled*, *were displaced*,
//!   *returned* home) or of mass graves: no other sub-type fits;
//! * **Non-violent transfer of territory**: a takeover "without resistance", of a *deserted*
//!   place, or after the other side withdrew;
//! * **territory**: the lead's main verb takes a place ("*captured* a key neighbourhood",
//!   "*established control over* an area"): the taker's side decides regains / overtakes;
//! * **Armed clash** rather than **Attack**: ACLED's "Attack" is violence against civilians; an
//!   attack whose object is a military position, convoy, base or the forces themselves is a
//!   battle;
//! * the **main clause** of the lead tells the event, a subordinate clause its background
//!   ("shops were destroyed *following a clash*").

use saker_core::nlp::{
    ActorKind, ActorMention, EventCandidate, Modality, ParsedSentence, Sentence, Upos,
};

use crate::tree::Tree;

/// The parts of a coded report that the report-level rules read.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    /// The normalised text.
    pub text: &'a str,
    /// Its sentences.
    pub sentences: &'a [Sentence],
    /// One parse per sentence.
    pub parses: &'a [ParsedSentence],
    /// Actor mentions.
    pub actors: &'a [ActorMention],
    /// Coded events (duplicates merged).
    pub events: &'a [EventCandidate],
}

/// Nouns for weapons and munitions (lemmas).
const WEAPONS: &[&str] = &[
    "weapon",
    "arm",
    "arms",
    "ammunition",
    "munition",
    "cache",
    "explosive",
    "device",
    "bomb",
    "ied",
    "mine",
    "landmine",
    "firearm",
    "gun",
    "rifle",
    "pistol",
    "rocket",
    "missile",
    "grenade",
    "round",
    "mortar",
    "drone",
    "detonator",
    "stockpile",
    "arsenal",
];

/// Verbs that stop a weapon from being used: seizure, discovery, defusal, interception.
const DISRUPT_VERBS: &[&str] = &[
    "seize",
    "find",
    "discover",
    "uncover",
    "recover",
    "defuse",
    "dismantle",
    "intercept",
    "confiscate",
    "identify",
    "detect",
    "neutralize",
    "neutralise",
    "impound",
    "unearth",
];

/// Verbs of displacement: people leaving their homes or coming back to them.
const DISPLACEMENT_VERBS: &[&str] = &["flee", "displace", "return", "resettle", "relocate"];

/// Words of violence or destruction a mob or rioters commit (lemma prefixes).
const RIOT_ACTS: &[&str] = &[
    "loot", "lynch", "vandal", "torch", "burn", "attack", "beat", "stone", "smash", "kill",
    "assault", "ransack", "destroy",
];

/// Things demonstrators throw or use when a demonstration turns violent (lemmas).
const RIOT_MISSILES: &[&str] = &[
    "stone",
    "rock",
    "projectile",
    "brick",
    "bottle",
    "molotov",
    "firebomb",
    "firecracker",
    "petrol",
    "debris",
];

/// Nouns for people demonstrating (lemmas).
const PROTESTERS: &[&str] = &[
    "protester",
    "protestor",
    "demonstrator",
    "marcher",
    "rioter",
];

/// Places that change hands in a takeover (lemmas).
const PLACES: &[&str] = &[
    "village",
    "town",
    "city",
    "neighborhood",
    "neighbourhood",
    "district",
    "area",
    "hill",
    "base",
    "camp",
    "crossing",
    "airport",
    "province",
    "territory",
    "valley",
    "outpost",
    "stronghold",
    "enclave",
    "suburb",
    "countryside",
    "region",
    "island",
];

/// Verbs of taking a place.
const TAKE_VERBS: &[&str] = &[
    "capture",
    "seize",
    "control",
    "liberate",
    "recapture",
    "retake",
    "regain",
    "recover",
    "storm",
    "overrun",
];

/// Military objects of an attack: an attack on these is a battle, not violence against
/// civilians (lemmas).
const MILITARY_TARGETS: &[&str] = &[
    "soldier",
    "force",
    "serviceman",
    "peacekeeper",
    "troop",
    "army",
    "convoy",
    "position",
    "base",
    "checkpoint",
    "outpost",
    "barracks",
    "patrol",
    "garrison",
    "militant",
    "fighter",
    "rebel",
    "insurgent",
    "policeman",
    "officer",
];

/// Sub-types of violence or destruction (for the mob rule).
const VIOLENT: &[&str] = &[
    "Attack",
    "Armed clash",
    "Looting/property destruction",
    "Violent demonstration",
    "Mob violence",
    "Excessive force against protesters",
];

/// What the report's words say (see the module documentation).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cues {
    /// The lead's main verb disrupts weapons use.
    pub disruption: bool,
    /// An explosive in the lead went off by accident.
    pub accident: bool,
    /// A mob commits violence in the lead.
    pub mob: bool,
    /// Demonstrators are named in the lead.
    pub protesters: bool,
    /// Demonstrators turn violent (any sentence).
    pub riot: bool,
    /// The lead's main verb tells of displacement or mass graves.
    pub other: bool,
    /// A takeover met no resistance.
    pub unopposed: bool,
    /// The lead takes a place: `Some(true)` by state forces, `Some(false)` by anyone else
    /// armed.
    pub takes_place: Option<bool>,
    /// The lead's main verb is "enter" (a place).
    pub entered: bool,
    /// The remote-violence sub-type of the weapons the lead names.
    pub weapon: Option<&'static str>,
    /// The lead names demonstrators, strikers or a protest.
    pub protest_named: bool,
    /// (sentence, token) of every sentence's main predicates: an event there is what the
    /// sentence tells; one in a subordinate clause ("destroyed *following a clash*") is its
    /// background.
    pub main: Vec<(usize, usize)>,
}

fn tree<'a>(r: &Report<'a>, s: usize) -> Option<Tree<'a>> {
    let sent = r.sentences.get(s)?;
    let parse = r.parses.get(s)?;
    Some(Tree::new(r.text, sent, parse))
}

/// True when the sentence carries a dependency parse (not only tags).
fn parsed(t: &Tree) -> bool {
    (0..t.len()).any(|i| !t.rel(i).is_empty())
}

/// Verbs that report what others did: "X fled, the agency *said*" tells of the fleeing.
const REPORT_VERBS: &[&str] = &[
    "say", "report", "announce", "confirm", "tell", "add", "claim", "state", "reveal",
];

/// The main predicates of a parsed sentence: its root and the verbs coordinated with it; under
/// a verb of saying, the clause it reports.
fn main_predicates(t: &Tree) -> Vec<usize> {
    if !parsed(t) {
        return Vec::new();
    }
    let mut out: Vec<usize> = (0..t.len()).filter(|&i| t.head(i).is_none()).collect();
    let reported: Vec<usize> = out
        .iter()
        .filter(|&&r| lemma_in(t, r, REPORT_VERBS))
        .flat_map(|&r| {
            t.children(r)
                .iter()
                .copied()
                .filter(|&c| matches!(t.base_rel(c), "ccomp" | "parataxis"))
        })
        .collect();
    out.extend(reported);
    let conj: Vec<usize> = out
        .iter()
        .flat_map(|&r| t.kids(r, "conj").filter(|&c| t.upos(c) == Upos::Verb))
        .collect();
    out.extend(conj);
    out
}

/// Token `i` is one of `words`, as lemma or form, plural forms included (a tagger's lemma of
/// "caches" may be wrong).
fn lemma_in(t: &Tree, i: usize, words: &[&str]) -> bool {
    let lower = t.lower(i);
    let singular = [lower.strip_suffix("es"), lower.strip_suffix('s')];
    words
        .iter()
        .any(|w| t.is_word(i, w) || singular.iter().any(|s| s == &Some(*w)))
}

/// Token `i` or a noun it governs through `of` / a compound ("a batch *of weapons*", "*arms*
/// cache") is one of `words`.
fn names(t: &Tree, i: usize, words: &[&str]) -> bool {
    lemma_in(t, i, words)
        || t.children(i).iter().any(|&c| {
            (matches!(t.base_rel(c), "nmod" | "compound" | "conj") && lemma_in(t, c, words))
                || (t.base_rel(c) == "acl"
                    && t.children(c)
                        .iter()
                        .any(|&g| matches!(t.base_rel(g), "obj" | "nmod") && lemma_in(t, g, words)))
        })
}

/// The core arguments of a predicate: subjects, objects, and passive subjects.
fn arguments<'b>(t: &'b Tree, p: usize) -> impl Iterator<Item = usize> + 'b {
    t.children(p)
        .iter()
        .copied()
        .filter(move |&c| matches!(t.base_rel(c), "nsubj" | "obj" | "iobj"))
}

/// The lead: the first sentence with a verb (a dateline or a place name alone is no lead).
fn lead(r: &Report) -> Option<usize> {
    (0..r.sentences.len())
        .find(|&s| tree(r, s).is_some_and(|t| (0..t.len()).any(|i| t.upos(i) == Upos::Verb)))
}

fn disruption(t: &Tree) -> bool {
    // Every main verb disrupts ("were found and defused"); one with another main verb ("were
    // found, and four children died in an explosion") tells of more than the disruption.
    let preds: Vec<usize> = main_predicates(t)
        .into_iter()
        .filter(|&p| t.upos(p) == Upos::Verb)
        .collect();
    let disrupts = |p: usize| {
        lemma_in(t, p, DISRUPT_VERBS)
            || (t.is_word(p, "shoot") && t.children(p).iter().any(|&c| t.is_word(c, "down")))
    };
    // The weapons are the verb's argument, or, with a passive verb, named before it ("12
    // firearms and 108 rounds of ammunition were seized": parsers lose such subjects).
    let seized = |p: usize| {
        arguments(t, p).any(|a| names(t, a, WEAPONS))
            || (t.kids(p, "aux").any(|a| t.rel(a) == "aux:pass")
                && (0..p).any(|j| t.upos(j) == Upos::Noun && lemma_in(t, j, WEAPONS)))
    };
    !preds.is_empty() && preds.iter().all(|&p| disrupts(p)) && preds.iter().any(|&p| seized(p))
}

/// An explosive that went off by accident, in its makers' or carriers' hands.
fn accident(t: &Tree) -> bool {
    (0..t.len()).any(|i| {
        lemma_in(t, i, &["accidentally", "prematurely"])
            && t.head(i)
                .is_some_and(|h| lemma_in(t, h, &["explode", "detonate", "activate", "go", "blow"]))
    })
}

fn mob(r: &Report, t: &Tree, s: usize) -> bool {
    let mob_named = (0..t.len()).any(|i| t.upos(i) == Upos::Noun && t.is_word(i, "mob"));
    let lynch = (0..t.len()).any(|i| t.lemma(i).starts_with("lynch"));
    let violent_event = r.events.iter().any(|e| {
        e.sentence == s
            && e.acled
                .as_ref()
                .is_some_and(|(_, sub)| VIOLENT.contains(&sub.as_str()))
    });
    let violent_word = (0..t.len()).any(|i| {
        let l = t.lemma(i);
        RIOT_ACTS.iter().any(|w| l.starts_with(w))
    });
    lynch || mob_named && (violent_event || violent_word)
}

fn riot(t: &Tree) -> bool {
    (0..t.len()).any(|i| {
        let word = t.lower(i);
        // "rioters", "riot" as an act ("a riot broke out") -- not the "riot police".
        let rioters = t.is_word(i, "rioter")
            || t.is_word(i, "riot")
                && t.upos(i) == Upos::Noun
                && !t
                    .head(i)
                    .is_some_and(|h| lemma_in(t, h, &["police", "gear", "squad"]))
                && !matches!(t.base_rel(i), "compound" | "amod");
        // "turned violent", "violent protests" -- not "non-violent protesters".
        let negated = i
            .checked_sub(1)
            .is_some_and(|j| matches!(t.lower(j), "-" | "non" | "not"))
            || word.starts_with("non");
        let violent = !negated
            && word.ends_with("violent")
            && t.head(i).is_some_and(|h| {
                lemma_in(
                    t,
                    h,
                    &[
                        "turn",
                        "become",
                        "grow",
                        "protest",
                        "demonstration",
                        "rally",
                        "protester",
                    ],
                )
            });
        // "threw stones", "projectiles were thrown", "pelted stones" (words near each other:
        // parsers often misattach such clauses).
        let thrown = lemma_in(t, i, RIOT_MISSILES)
            && (i.saturating_sub(3)..t.len().min(i + 4))
                .any(|j| lemma_in(t, j, &["throw", "hurl", "pelt", "fire", "lob"]));
        let fire_set = t.is_word(i, "fire")
            && t.head(i).is_some_and(|h| lemma_in(t, h, &["set", "light"]))
            || lemma_in(t, i, &["torch", "vandalize", "vandalise", "ransack"]);
        // "escalating violence" -- not "gun violence", "violence against protesters".
        let violence = t.is_word(i, "violence")
            && t.case_of(i).is_none_or(|k| k != "against")
            && !t.children(i).iter().any(|&c| {
                t.base_rel(c) == "compound"
                    || lemma_in(t, c, &["sexual", "domestic", "police", "state", "gender"])
                    || t.base_rel(c) == "nmod" && t.case_of(c).is_some_and(|k| k == "against")
            });
        rioters || violent || violence || thrown || fire_set
    })
}

fn other(t: &Tree) -> bool {
    let preds = main_predicates(t);
    let displaced = preds.iter().any(|&p| {
        lemma_in(t, p, DISPLACEMENT_VERBS)
            // "returned fire" is no homecoming.
            && !t.kids(p, "obj").any(|o| t.is_word(o, "fire"))
    });
    let graves = (0..t.len())
        .any(|i| t.is_word(i, "grave") && t.children(i).iter().any(|&c| t.is_word(c, "mass")));
    displaced || graves
}

/// Word stems without which [`unopposed`] cannot hold in a sentence (a cheap gate before the
/// tree is built).
const UNOPPOSED_GATE: &[&str] = &[
    "resist",
    "fight",
    "shot",
    "clash",
    "opposition",
    "desert",
    "abandon",
    "empty",
    "unopposed",
];

/// Word stems without which [`riot`] cannot hold in a sentence.
const RIOT_GATE: &[&str] = &[
    "riot",
    "violen",
    "fire",
    "torch",
    "vandal",
    "ransack",
    "stone",
    "rock",
    "projectile",
    "brick",
    "bottle",
    "molotov",
    "petrol",
    "debris",
];

/// True when the sentence's text holds one of `stems` (ASCII case-insensitive): most sentences
/// of a report hold none, and then no tree need be built for them.
/// `lower` is the report's text in ASCII lower case (the same byte offsets as the text), made once
/// per report rather than once per sentence and gate.
fn mentions_any(lower: &str, r: &Report, s: usize, stems: &[&str]) -> bool {
    let Some(text) = r
        .sentences
        .get(s)
        .and_then(|x| lower.get(x.span.start..x.span.end))
    else {
        return false;
    };
    stems.iter().any(|w| text.contains(w))
}

fn unopposed(lower: &str, r: &Report) -> bool {
    (0..r.sentences.len()).any(|s| {
        if !mentions_any(lower, r, s, UNOPPOSED_GATE) {
            return false;
        }
        let Some(t) = tree(r, s) else {
            return false;
        };
        (0..t.len()).any(|i| {
            let fight = lemma_in(
                &t,
                i,
                &[
                    "resistance",
                    "fight",
                    "fighting",
                    "shot",
                    "clash",
                    "opposition",
                ],
            );
            let denied = (i.saturating_sub(4)..i).any(|j| lemma_in(&t, j, &["without", "no"]))
                || lemma_in(&t, i, &["resistance"])
                    && (i.saturating_sub(3)..i).any(|j| t.is_word(j, "any"))
                    && (0..i).any(|j| lemma_in(&t, j, &["not", "n't", "never"]));
            let empty = lemma_in(&t, i, &["deserted", "abandoned", "empty", "unopposed"])
                && matches!(t.base_rel(i), "amod" | "advmod" | "conj" | "acl" | "xcomp");
            fight && denied || empty
        })
    })
}

/// Side of the taker when the lead takes a place: a verb of taking followed by a place it takes
/// ("*captured* on Thursday a key *neighborhood*", "*established control over* an *area*"), read
/// from the words (a parser often misattaches such objects). Not when the taking is only
/// intended ("to capture", "will seize"). The side is that of the nearest armed actor named
/// before the verb in the sentence.
fn takes_place(r: &Report, t: &Tree, s: usize) -> Option<bool> {
    let is_verb = |i: usize| t.xpos(i).starts_with("VB");
    let taking = |i: usize| {
        // Not an adjectival participle ("the regime-*controlled* area").
        let adjectival = t.xpos(i) == "VBN"
            && (matches!(t.base_rel(i), "amod" | "acl" | "compound")
                || i.checked_sub(1).is_some_and(|j| t.lower(j) == "-"));
        let verb = is_verb(i) && !adjectival && lemma_in(t, i, TAKE_VERBS);
        // "established / took / gained control over"
        let control = t.is_word(i, "control")
            && !is_verb(i)
            && i.checked_sub(1).is_some_and(|j| {
                lemma_in(
                    t,
                    j,
                    &[
                        "establish",
                        "take",
                        "gain",
                        "regain",
                        "seize",
                        "assume",
                        "wrest",
                    ],
                )
            });
        let intended = (i.saturating_sub(2)..i)
            .any(|j| lemma_in(t, j, &["to", "will", "would", "could", "may", "might"]));
        (verb || control) && !intended
    };
    let pred = (0..t.len()).find(|&i| {
        taking(i)
            && (i + 1..t.len().min(i + 8))
                .take_while(|&j| !is_verb(j) && t.lower(j) != ",")
                .any(|j| t.upos(j) == Upos::Noun && lemma_in(t, j, PLACES))
    })?;
    let at = t.span(pred).start;
    // A country named as such ("the Somali-Kenya border") takes nothing.
    let taker = r
        .actors
        .iter()
        .filter(|a| a.sentence == s && a.span.end <= at && a.kind != ActorKind::State)
        .filter(|a| crate::coder::is_armed(a) || crate::coder::is_state_force(a))
        .max_by_key(|a| a.span.end)?;
    Some(state_side(r, taker))
}

/// Words that may stand between actors coordinated in one noun phrase ("the army *and allied*
/// militias", "troops*, along with* tribal fighters").
const COORDINATION: &[&str] = &[
    "and",
    ",",
    "with",
    "along",
    "together",
    "allied",
    "its",
    "their",
    "the",
    "pro-government",
    "government-backed",
    "loyal",
    "forces",
];

/// True when actor `a` is a state force or coordinated with one named just before it: the
/// side of a state and its allies.
fn state_side(r: &Report, a: &ActorMention) -> bool {
    let mut cur = a;
    for _ in 0..=r.actors.len() {
        if crate::coder::is_state_force(cur) {
            return true;
        }
        let prev = r
            .actors
            .iter()
            .filter(|b| b.sentence == cur.sentence && b.span.end <= cur.span.start)
            .max_by_key(|b| b.span.end);
        let Some(b) = prev else {
            return false;
        };
        let gap = r.text.get(b.span.end..cur.span.start).unwrap_or("x");
        let coordinated = gap.split_whitespace().all(|w| {
            let w = w.to_lowercase();
            COORDINATION.contains(&w.as_str())
                || w.strip_suffix(',')
                    .is_some_and(|x| x.is_empty() || COORDINATION.contains(&x))
        });
        if !coordinated || gap.trim().is_empty() && b.span.end == cur.span.start {
            return false;
        }
        cur = b;
    }
    false
}

/// The remote-violence sub-type the weapons named in a sentence point to: aircraft name an air
/// strike (missiles fired from jets too); otherwise one kind of explosive or heavy weapon named
/// alone.
fn weapon_named(t: &Tree) -> Option<&'static str> {
    let table = instruments();
    let mut ids: Vec<&str> = (0..t.len())
        .filter(|&i| matches!(t.upos(i), Upos::Noun | Upos::Propn))
        // "anti-aircraft guns", "anti-tank mines" name the other weapon.
        .filter(|&i| !(i.saturating_sub(2)..i).any(|j| t.lower(j) == "anti"))
        .filter_map(|i| {
            let id = table
                .get(t.lower(i))
                .or_else(|| table.get(t.lemma(i)))
                .and_then(|ins| ins.acled.as_deref())?;
            // Aircraft strike only as the attackers ("*jets* fired", "an attack *by jets*"),
            // not as what was hit ("damaged passenger *planes*").
            // A compound of the attack noun is its instrument too: "a *drone* attack".
            let modifies_attack = t.rel(i) == "compound"
                && t.head(i).is_some_and(|h| {
                    matches!(
                        t.lemma(h),
                        "attack" | "strike" | "raid" | "bombing" | "bombardment" | "assault"
                    )
                });
            let attacker = t.base_rel(i) == "nsubj"
                || modifies_attack
                || t.case_of(i).is_some_and(|k| k == "by" || k == "from");
            (id != "air-strike" || attacker).then_some(id)
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let id = if ids.contains(&"air-strike") {
        "air-strike"
    } else {
        match ids.as_slice() {
            [one] => *one,
            _ => return None,
        }
    };
    crate::vocab::acled(id).map(|(_, s)| s)
}

/// The instrument words of the embedded cue file.
fn instruments() -> &'static saker_core::hash::FastMap<String, crate::cues::Instrument> {
    static CUES: std::sync::OnceLock<crate::cues::Cues> = std::sync::OnceLock::new();
    &CUES
        .get_or_init(|| crate::cues::Cues::parse("cues.txt", crate::cues::CUES_TXT).0)
        .instruments
}

/// Reads the report-level cues (see the module documentation).
pub fn cues(r: &Report) -> Cues {
    let lower = r.text.to_ascii_lowercase();
    let mut c = Cues {
        unopposed: unopposed(&lower, r),
        riot: (0..r.sentences.len())
            .any(|s| mentions_any(&lower, r, s, RIOT_GATE) && tree(r, s).is_some_and(|t| riot(&t))),
        // Main clauses only of parsed sentences: a sentence the pipeline did not parse (no event
        // can be in it) has no clause structure to read.
        main: (0..r.sentences.len())
            .filter(|&s| {
                r.parses
                    .get(s)
                    .is_some_and(|p| p.iter().any(|t| !t.deprel.is_empty()))
            })
            .filter_map(|s| tree(r, s).map(|t| (s, t)))
            .flat_map(|(s, t)| main_predicates(&t).into_iter().map(move |p| (s, p)))
            .collect(),
        ..Cues::default()
    };
    if let Some((s, t)) = lead(r).and_then(|s| tree(r, s).map(|t| (s, t))) {
        c.disruption = disruption(&t);
        c.accident = accident(&t);
        c.mob = mob(r, &t, s);
        c.protesters = (0..t.len()).any(|i| lemma_in(&t, i, PROTESTERS));
        c.other = other(&t);
        c.takes_place = takes_place(r, &t, s);
        c.weapon = weapon_named(&t);
        c.entered = main_predicates(&t)
            .into_iter()
            .any(|p| lemma_in(&t, p, &["enter", "reach"]) && t.kids(p, "obj").next().is_some());
        // Nouns only: "the ministry *protested* the sanctions" is diplomacy.
        c.protest_named = (0..t.len()).any(|i| {
            t.upos(i) == Upos::Noun
                && (lemma_in(&t, i, PROTESTERS)
                    || lemma_in(
                        &t,
                        i,
                        &["striker", "sit-in", "protest", "demonstration", "rally"],
                    ))
        });
    }
    c
}

/// True when a violence event's object or passive subject is a military target (a position,
/// convoy, base, soldiers): ACLED codes such an attack as a battle.
fn on_military(r: &Report, e: &EventCandidate) -> bool {
    let Some(t) = tree(r, e.sentence) else {
        return false;
    };
    let p = e.trigger_token;
    t.children(p).iter().any(|&c| {
        let role = matches!(t.rel(c), "obj" | "nsubj:pass")
            || t.base_rel(c) == "nmod"
            || (t.base_rel(c) == "obl"
                && t.case_of(c).is_some_and(|k| k == "on" || k == "against"));
        role && names(&t, c, MILITARY_TARGETS)
    })
}

/// True when a violent event is the setting of an arrest, not an act of its own: a noun the
/// arrest verb governs ("detained 12 people in overnight *raids*").
fn arrest_setting(r: &Report, e: &EventCandidate) -> bool {
    // Any political violence: "arrested after rocket attacks" tells an arrest, the attacks
    // are its reason.
    let violent = e.acled.as_ref().is_some_and(|(kind, _)| {
        matches!(
            kind.as_str(),
            "Battles" | "Explosions/Remote violence" | "Violence against civilians"
        )
    });
    if !violent {
        return false;
    }
    let Some(t) = tree(r, e.sentence) else {
        return false;
    };
    let p = e.trigger_token;
    t.upos(p) == Upos::Noun
        && matches!(t.base_rel(p), "obl" | "nmod")
        && t.head(p).is_some_and(|h| {
            r.events.iter().any(|a| {
                a.sentence == e.sentence
                    && a.trigger_token == h
                    && a.acled.as_ref().is_some_and(|(_, s)| s == "Arrests")
            })
        })
}

/// True when an event is a bare attributive participle ("the *occupied* West Bank"): it names a
/// standing state, not a change of control the report tells of.
pub fn attributive(r: &Report, e: &EventCandidate) -> bool {
    e.cameo == "192"
        && tree(r, e.sentence).is_some_and(|t| {
            let trig = e.trigger.slice(r.text);
            !trig.contains(char::is_whitespace)
                && t.rel(e.trigger_token) == "amod"
                && t.xpos(e.trigger_token) == "VBN"
        })
}

/// A takeover whose taker the coder did not find ("…, *capturing* a village") gets its ACLED
/// side from the nearest armed actor named before it in its sentence: state forces regain
/// territory, anyone else overtakes it.
pub fn taker_side(r: &Report, e: &EventCandidate) -> EventCandidate {
    let mut e = e.clone();
    let territorial = e.acled.as_ref().is_some_and(|(_, s)| {
        s == "Government regains territory" || s == "Non-state actor overtakes territory"
    });
    if !territorial {
        return e;
    }
    if !e.sources.is_empty() {
        // "The army and allied militias took the town": the state's side.
        let with_state = e
            .sources
            .iter()
            .filter_map(|&i| r.actors.get(i))
            .any(|a| state_side(r, a));
        if with_state {
            set(&mut e, "gov-regains");
        }
        return e;
    }
    let taker = r
        .actors
        .iter()
        .filter(|a| a.sentence == e.sentence && a.span.end <= e.trigger.start)
        .filter(|a| crate::coder::is_armed(a) || crate::coder::is_state_force(a))
        .max_by_key(|a| a.span.end);
    if let Some(a) = taker {
        let id = if state_side(r, a) {
            "gov-regains"
        } else {
            "nsa-overtakes"
        };
        set(&mut e, id);
    }
    e
}

fn set(e: &mut EventCandidate, id: &str) {
    e.acled = crate::vocab::acled(id).map(|(t, s)| (t.to_owned(), s.to_owned()));
}

/// One ACLED (event type, sub-event type) for a whole report: the coded events (less bare
/// attributive participles, with takers' sides filled in and attacks on military targets read
/// as battles) and the report's cues, by [`label`].
pub fn report_acled(r: &Report) -> Option<(&'static str, &'static str)> {
    let events: Vec<EventCandidate> = r
        .events
        .iter()
        .filter(|e| !attributive(r, e) && !arrest_setting(r, e))
        .map(|e| {
            let mut e = taker_side(r, e);
            let attack = e.acled.as_ref().is_some_and(|(_, s)| s == "Attack");
            if attack && on_military(r, &e) {
                set(&mut e, "armed-clash");
            }
            e
        })
        .collect();
    label(&events, &cues(r))
}

/// One ACLED (event type, sub-event type) for a report from its coded events alone, by the
/// ACLED precedence of [`label`].
pub fn record_acled(events: &[EventCandidate]) -> Option<(&'static str, &'static str)> {
    label(events, &Cues::default())
}

/// One ACLED (event type, sub-event type) for a whole report, following the ACLED codebook's
/// precedence:
///
/// 1. disrupted weapons use when the lead's main verb disrupts weapons (cue);
/// 2. the weapon-specific remote-violence sub-types, sexual violence, abduction;
/// 3. mob violence (cue: a mob's violence, a lynching);
/// 4. in a report about a protest: violent demonstration (protesters' violence or
///    destruction), excessive force (an attack on the protesters), intervention (arrests, tear
///    gas, dispersal), else a peaceful protest;
/// 5. disrupted weapons use (weapons seized, found, defused or intercepted: ACLED codes the
///    disruption, not the operation that led to it);
/// 6. "Other" when the lead tells of displacement or mass graves (cue);
/// 7. territory: a takeover where the other side withdrew, or that met no resistance, is a
///    non-violent transfer of territory; otherwise the government regains / the non-state
///    actor overtakes;
/// 8. armed clash, attack, looting, and the other strategic developments, chosen among the
///    events of the lead (the first sentence with an ACLED event: later sentences tell
///    background and aftermath, "forces were sent … to attack"), and within the lead among the
///    events of its main clause when it has any ("shops were destroyed following a clash");
/// 9. with no ACLED-coded event, an agreement (CAMEO 03x: ceasefire, deal) is still "Agreement".
///
/// A report is about a protest when it has a protest act, police action that only meets
/// demonstrators (intervention, excessive force), or names demonstrators in its lead. Negated,
/// hypothetical and future events are ignored.
pub fn label(events: &[EventCandidate], cues: &Cues) -> Option<(&'static str, &'static str)> {
    let real: Vec<&EventCandidate> = events
        .iter()
        .filter(|e| !e.negated && matches!(e.modality, Modality::Asserted | Modality::Reported))
        .collect();
    let subs: Vec<&str> = real
        .iter()
        .filter_map(|e| e.acled.as_ref().map(|(_, s)| s.as_str()))
        .collect();
    let has = |s: &str| subs.contains(&s);
    let pick = |sub: &str| {
        crate::vocab::ACLED_SUBTYPES
            .iter()
            .find(|(_, _, s)| *s == sub)
            .map(|(_, t, s)| (*t, *s))
    };
    if cues.disruption {
        return pick("Disrupted weapons use");
    }
    let weapon_subs = [
        "Chemical weapon",
        "Suicide bomb",
        "Air/drone strike",
        "Grenade",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
    ];
    // Missiles fired from jets are an air strike.
    if cues.weapon == Some("Air/drone strike") && has("Shelling/artillery/missile attack") {
        return pick("Air/drone strike");
    }
    for s in weapon_subs
        .iter()
        .chain(&["Sexual violence", "Abduction/forced disappearance"])
    {
        if has(s) {
            return pick(s);
        }
    }
    if cues.accident {
        return pick("Disrupted weapons use");
    }
    if cues.mob {
        return pick("Mob violence");
    }
    // A report about a demonstration: a protest act, or police action that only happens to
    // demonstrators (tear gas, dispersal: "police fire tear gas during clashes" is a riot).
    let protest_act = [
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
    ]
    .iter()
    .any(|s| has(s))
        || real.iter().any(|e| e.cameo.starts_with("14"));
    let violence = has("Attack") || has("Armed clash");
    if protest_act || (cues.protesters && (violence || cues.riot)) {
        let sub = if has("Mob violence") {
            "Mob violence"
        } else if has("Violent demonstration")
            || cues.riot
            || has("Armed clash")
            || has("Looting/property destruction")
        {
            "Violent demonstration"
        } else if has("Excessive force against protesters") || has("Attack") {
            "Excessive force against protesters"
        } else if has("Protest with intervention") || has("Arrests") {
            "Protest with intervention"
        } else {
            "Peaceful protest"
        };
        return pick(sub);
    }
    // A generic attack or clash in the lead, with the weapon named in the lead ("the use of
    // grenades in the clashes").
    let lead_sub = |sub: &str| {
        let lead = real
            .iter()
            .filter(|e| e.acled.is_some())
            .map(|e| e.sentence)
            .min();
        real.iter()
            .any(|e| Some(e.sentence) == lead && e.acled.as_ref().is_some_and(|(_, s)| s == sub))
    };
    if let Some(w) = cues.weapon {
        if lead_sub("Attack") || lead_sub("Armed clash") {
            return pick(w);
        }
    }
    if has("Disrupted weapons use") {
        return pick("Disrupted weapons use");
    }
    if cues.other {
        return pick("Other");
    }
    let taken = has("Government regains territory")
        || has("Non-state actor overtakes territory")
        || cues.takes_place.is_some();
    let withdrawal = real.iter().any(|e| e.cameo == "0874");
    let moved_in = taken || withdrawal || cues.entered;
    if moved_in && cues.unopposed || taken && withdrawal && !has("Armed clash") && !has("Attack") {
        return pick("Non-violent transfer of territory");
    }
    let coded_taking =
        has("Government regains territory") || has("Non-state actor overtakes territory");
    if let (Some(state), false) = (cues.takes_place, coded_taking) {
        return pick(if state {
            "Government regains territory"
        } else {
            "Non-state actor overtakes territory"
        });
    }
    // The rest by precedence, among the events of the report's lead: the first sentence that
    // tells of an ACLED event (later sentences give background and aftermath).
    let lead = real
        .iter()
        .filter(|e| e.acled.is_some())
        .map(|e| e.sentence)
        .min();
    // Within the lead, the events of its main clause when it has any.
    let is_main = |e: &EventCandidate| cues.main.contains(&(e.sentence, e.trigger_token));
    let main_only = real
        .iter()
        .any(|e| Some(e.sentence) == lead && e.acled.is_some() && is_main(e));
    let in_lead = |sub: &str| {
        real.iter().any(|e| {
            Some(e.sentence) == lead
                && (!main_only || is_main(e))
                && e.acled.as_ref().is_some_and(|(_, s)| s == sub)
        })
    };
    for s in [
        "Mob violence",
        "Violent demonstration",
        "Excessive force against protesters",
        "Protest with intervention",
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
        "Armed clash",
        "Attack",
        "Looting/property destruction",
        "Arrests",
        "Headquarters or base established",
        "Agreement",
        "Change to group/activity",
        "Other",
    ] {
        if in_lead(s) {
            return pick(s);
        }
    }
    // No event carries an ACLED sub-type: an agreement (ceasefire, prisoner exchange, deal) is
    // still an ACLED strategic development.
    if real.iter().any(|e| e.cameo.starts_with("03")) {
        return pick("Agreement");
    }
    // Nothing coded, but the lead names demonstrators or a protest.
    if cues.protest_named {
        return pick("Peaceful protest");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{build, mention};
    use saker_core::nlp::ParsedSentence;

    /// A hand-parsed report: text, sentences, parses.
    struct Doc {
        text: String,
        sents: Vec<Sentence>,
        parses: Vec<ParsedSentence>,
    }

    fn doc(sentences: &[&str]) -> Doc {
        let (text, sents, parses) = build(sentences);
        Doc {
            text,
            sents,
            parses,
        }
    }

    impl Doc {
        /// An event on token `tok` of sentence `s`, with an ACLED sub-type id (`-` for none).
        fn ev(&self, s: usize, tok: usize, id: &str, cameo: &str) -> EventCandidate {
            EventCandidate {
                sentence: s,
                trigger_token: tok,
                trigger: self.sents[s].tokens[tok].span,
                cameo: cameo.to_owned(),
                acled: crate::vocab::acled(id).map(|(t, s)| (t.to_owned(), s.to_owned())),
                ..EventCandidate::default()
            }
        }

        fn label(&self, actors: &[ActorMention], events: &[EventCandidate]) -> Option<&str> {
            let r = Report {
                text: &self.text,
                sentences: &self.sents,
                parses: &self.parses,
                actors,
                events,
            };
            report_acled(&r).map(|(_, s)| s)
        }
    }

    fn coded(m: ActorMention, code: &str) -> ActorMention {
        ActorMention {
            cameo: Some(code.to_owned()),
            ..m
        }
    }

    #[test]
    fn weapons_seized_or_intercepted_are_a_disruption() {
        let d = doc(&["Defences/NOUN:NNS/2/nsubj/defence intercepted/VERB:VBD/0/ROOT/intercept missiles/NOUN:NNS/2/obj/missile"]);
        let e = d.ev(0, 2, "shelling", "194");
        assert_eq!(d.label(&[], &[e]), Some("Disrupted weapons use"));
        // A passive verb whose subject the parser lost: the weapons named before it.
        let d = doc(&["Twelve/NUM/2/nummod firearms/NOUN:NNS/4/obl were/AUX/4/aux:pass seized/VERB:VBN/0/ROOT/seize"]);
        assert_eq!(d.label(&[], &[]), Some("Disrupted weapons use"));
        // Found, and an explosion killed: the explosion is the event.
        let d = doc(&["Devices/NOUN:NNS/3/nsubj:pass/device were/AUX/3/aux:pass found/VERB:VBN/0/ROOT/find and/CCONJ/6/cc children/NOUN:NNS/6/nsubj/child died/VERB:VBD/3/conj/die"]);
        let e = d.ev(0, 5, "remote-explosive", "183");
        assert_eq!(d.label(&[], &[e]), Some("Remote explosive/landmine/IED"));
    }

    #[test]
    fn a_mob_and_rioting_protesters() {
        let d = doc(&["A/DET/2/det mob/NOUN/3/nsubj attacked/VERB:VBD/0/ROOT/attack a/DET/5/det man/NOUN/3/obj"]);
        let e = d.ev(0, 2, "attack", "190");
        assert_eq!(d.label(&[], &[e]), Some("Mob violence"));
        let d = doc(&["Protesters/NOUN:NNS/2/nsubj/protester marched/VERB:VBD/0/ROOT/march and/CCONJ/4/cc threw/VERB:VBD/2/conj/throw stones/NOUN:NNS/4/obj/stone"]);
        let e = d.ev(0, 1, "-", "141");
        assert_eq!(d.label(&[], &[e]), Some("Violent demonstration"));
        // Stones named, but not thrown: a peaceful march.
        let d = doc(&["Protesters/NOUN:NNS/2/nsubj/protester marched/VERB:VBD/0/ROOT/march past/ADP/4/case stones/NOUN:NNS/2/obl/stone"]);
        let e = d.ev(0, 1, "-", "141");
        assert_eq!(d.label(&[], &[e]), Some("Peaceful protest"));
        // Rioters alone make a violent demonstration.
        let d = doc(&["Rioters/NOUN:NNS/2/nsubj/rioter set/VERB:VBD/0/ROOT fire/NOUN/2/obj"]);
        assert_eq!(d.label(&[], &[]), Some("Violent demonstration"));
    }

    #[test]
    fn violence_against_protesters_is_excessive_force() {
        let d = doc(&[
            "Police/NOUN/2/nsubj shot/VERB:VBD/0/ROOT/shoot protesters/NOUN:NNS/2/obj/protester",
        ]);
        let e = d.ev(0, 1, "attack", "193");
        assert_eq!(
            d.label(&[], &[e]),
            Some("Excessive force against protesters")
        );
        // With no protesters named it is an attack.
        let d = doc(&[
            "Police/NOUN/2/nsubj shot/VERB:VBD/0/ROOT/shoot villagers/NOUN:NNS/2/obj/villager",
        ]);
        let e = d.ev(0, 1, "attack", "193");
        assert_eq!(d.label(&[], &[e]), Some("Attack"));
    }

    #[test]
    fn displacement_and_mass_graves_are_other() {
        // "Thousands fled the town after attacks, the agency said."
        let d = doc(&["Thousands/NOUN:NNS/2/nsubj/thousand fled/VERB:VBD/9/ccomp/flee the/DET/4/det town/NOUN/2/obj after/ADP/6/case attacks/NOUN:NNS/2/obl/attack the/DET/8/det agency/NOUN/9/nsubj said/VERB:VBD/0/ROOT/say"]);
        let e = d.ev(0, 5, "attack", "190");
        assert_eq!(d.label(&[], &[e]), Some("Other"));
        // Troops returning fire are no displacement.
        let d =
            doc(&["Troops/NOUN:NNS/2/nsubj/troop returned/VERB:VBD/0/ROOT/return fire/NOUN/2/obj"]);
        let e2 = d.ev(0, 1, "armed-clash", "190");
        assert_eq!(d.label(&[], &[e2]), Some("Armed clash"));
        let d = doc(&["A/DET/3/det mass/ADJ/3/amod grave/NOUN/4/nsubj:pass was/AUX/5/aux:pass found/VERB:VBN/0/ROOT/find"]);
        assert_eq!(d.label(&[], &[]), Some("Other"));
    }

    #[test]
    fn takeovers_without_resistance_and_by_the_words() {
        let d = doc(&["Rebels/NOUN:NNS/2/nsubj/rebel seized/VERB:VBD/0/ROOT/seize the/DET/4/det town/NOUN/2/obj without/ADP/6/case resistance/NOUN/2/obl"]);
        let rebels = mention(&d.text, "Rebels", 0, ActorKind::ArmedGroup);
        let mut e = d.ev(0, 1, "nsa-overtakes", "192");
        e.sources = vec![0];
        assert_eq!(
            d.label(std::slice::from_ref(&rebels), &[e]),
            Some("Non-violent transfer of territory")
        );
        // The coder missed the taking ("captured on Thursday a key neighbourhood" misparsed):
        // the words and the taker's side still tell it.
        let d = doc(&["The/DET/2/det army/NOUN/0/ROOT captured/VERB:VBD/2/acl/capture on/ADP/5/case Thursday/PROPN/3/obl a/DET/7/det village/NOUN/5/appos"]);
        let army = coded(mention(&d.text, "army", 0, ActorKind::Generic), "SYRMIL");
        assert_eq!(d.label(&[army], &[]), Some("Government regains territory"));
        let d = doc(&["Rebels/NOUN:NNS/2/nsubj/rebel captured/VERB:VBD/0/ROOT/capture a/DET/4/det village/NOUN/2/obj"]);
        assert_eq!(
            d.label(&[rebels], &[]),
            Some("Non-state actor overtakes territory")
        );
        // Only intended: no takeover.
        let d = doc(&["Rebels/NOUN:NNS/2/nsubj/rebel plan/VERB:VBP/0/ROOT to/PART/4/mark capture/VERB/2/xcomp a/DET/6/det village/NOUN/4/obj"]);
        let rebels = mention(&d.text, "Rebels", 0, ActorKind::ArmedGroup);
        assert_eq!(d.label(&[rebels], &[]), None);
        // The army and allied militias: the state's side, whichever the coder named.
        let d = doc(&["The/DET/2/det army/NOUN/6/nsubj and/CCONJ/5/cc allied/ADJ/5/amod militias/NOUN:NNS/2/conj/militia took/VERB:VBD/0/ROOT/take the/DET/8/det town/NOUN/6/obj"]);
        let army = coded(mention(&d.text, "army", 0, ActorKind::Generic), "SYRMIL");
        let militias = mention(&d.text, "militias", 0, ActorKind::ArmedGroup);
        let mut e = d.ev(0, 5, "nsa-overtakes", "192");
        e.sources = vec![1];
        assert_eq!(
            d.label(&[army, militias], &[e]),
            Some("Government regains territory")
        );
    }

    #[test]
    fn weapons_named_in_the_lead() {
        let d = doc(&["Police/NOUN/2/nsubj used/VERB:VBD/0/ROOT/use grenades/NOUN:NNS/2/obj/grenade in/ADP/5/case clashes/NOUN:NNS/2/obl/clash"]);
        let e = d.ev(0, 4, "armed-clash", "190");
        assert_eq!(d.label(&[], &[e]), Some("Grenade"));
        // Missiles fired by jets: an air strike.
        let d = doc(&["Missiles/NOUN:NNS/3/nsubj:pass/missile were/AUX/3/aux:pass fired/VERB:VBN/0/ROOT/fire by/ADP/5/case jets/NOUN:NNS/3/obl/jet"]);
        let e = d.ev(0, 2, "shelling", "194");
        assert_eq!(d.label(&[], &[e]), Some("Air/drone strike"));
        // Planes hit by shelling are no aircraft attacking.
        let d = doc(&[
            "Shelling/NOUN/2/nsubj damaged/VERB:VBD/0/ROOT/damage planes/NOUN:NNS/2/obj/plane",
        ]);
        let e = d.ev(0, 0, "shelling", "194");
        assert_eq!(
            d.label(&[], &[e]),
            Some("Shelling/artillery/missile attack")
        );
    }

    #[test]
    fn attacks_on_military_targets_and_raids_behind_arrests() {
        let d = doc(&["Gunmen/NOUN:NNS/2/nsubj/gunman attacked/VERB:VBD/0/ROOT/attack a/DET/5/det military/ADJ/5/amod convoy/NOUN/2/obj"]);
        let e = d.ev(0, 1, "attack", "190");
        assert_eq!(d.label(&[], &[e]), Some("Armed clash"));
        let d = doc(&["Forces/NOUN:NNS/2/nsubj/force detained/VERB:VBD/0/ROOT/detain 12/NUM/4/nummod people/NOUN:NNS/2/obj/person in/ADP/6/case raids/NOUN:NNS/2/obl/raid"]);
        let evs = [d.ev(0, 1, "arrests", "173"), d.ev(0, 5, "attack", "190")];
        assert_eq!(d.label(&[], &evs), Some("Arrests"));
    }

    #[test]
    fn the_lead_main_clause_outranks_its_background() {
        // "Shops were destroyed following a clash": the destruction is the event.
        let d = doc(&["Shops/NOUN:NNS/3/nsubj:pass/shop were/AUX/3/aux:pass destroyed/VERB:VBN/0/ROOT/destroy following/ADP/6/case a/DET/6/det clash/NOUN/3/obl"]);
        let evs = [
            d.ev(0, 2, "looting", "1712"),
            d.ev(0, 5, "armed-clash", "190"),
        ];
        assert_eq!(d.label(&[], &evs), Some("Looting/property destruction"));
        // Both nominal (no main-clause event): the precedence decides.
        let d = doc(&["Reports/NOUN:NNS/0/ROOT/report of/ADP/3/case destruction/NOUN/1/nmod after/ADP/5/case clashes/NOUN:NNS/3/nmod/clash"]);
        let evs = [
            d.ev(0, 2, "looting", "1712"),
            d.ev(0, 4, "armed-clash", "190"),
        ];
        assert_eq!(d.label(&[], &evs), Some("Armed clash"));
        // Security forces killed: a battle, not violence against civilians.
        let d = doc(&[
            "Forces/NOUN:NNS/3/nsubj:pass/force were/AUX/3/aux:pass killed/VERB:VBN/0/ROOT/kill",
        ]);
        let e = d.ev(0, 2, "attack", "190");
        assert_eq!(d.label(&[], &[e]), Some("Armed clash"));
    }

    #[test]
    fn an_accident_and_a_protest_named_without_events() {
        let d = doc(&["Two/NUM/2/nummod men/NOUN:NNS/4/nsubj/man accidentally/ADV/4/advmod detonated/VERB:VBD/0/ROOT/detonate a/DET/6/det bomb/NOUN/4/obj"]);
        assert_eq!(d.label(&[], &[]), Some("Disrupted weapons use"));
        let d = doc(&["Demonstrators/NOUN:NNS/2/nsubj/demonstrator staged/VERB:VBD/0/ROOT/stage a/DET/4/det sit-in/NOUN/2/obj"]);
        assert_eq!(d.label(&[], &[]), Some("Peaceful protest"));
    }
}
