//! The event coder: pattern matching over dependency trees, role assignment, negation, modality,
//! reported speech and embedding (threats and calls govern the act they mention).

use crate::cues::Cues;
use crate::pattern::{Constraint, Pattern, Role, Slot, TriggerPos};
use crate::prefilter::{any_candidate, lemma_candidates, trigger_pos, OBLIGATION_AUX};
use crate::tree::Tree;
use crate::vocab;
use saker_core::hash::FastMap;
use saker_core::nlp::WEAPON_AGENT;
use saker_core::nlp::{
    ActorKind, ActorMention, EventCandidate, Modality, ParsedSentence, Sentence, Upos,
};
use saker_core::Span;
use std::collections::HashMap;

/// CAMEO roots whose events govern (and absorb) the act they mention: appeals, intents, demands,
/// rejections, threats. "threatened to attack" is a threat, not an attack.
const EMBEDDING_ROOTS: &[&str] = &["02", "03", "10", "12", "13"];

/// Bound on walks up or down the tree.
const MAX_DEPTH: usize = 6;

/// Prepositions of a place: a noun's modifier they introduce says where, not who ("bombings
/// *in* Baghdad").
const LOCATIVE_CASES: &[&str] = &[
    "in",
    "at",
    "near",
    "across",
    "around",
    "outside",
    "inside",
    "throughout",
];

/// Nouns of a span of time ("five years after …").
const DURATION_NOUNS: &[&str] = &[
    "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
    "decades",
];

/// Nouns of violence that name no side ("Iraq *violence*", "Baghdad *unrest*"): a subject that
/// is one of them is not looked through for a doer.
const UNDIRECTED_NOUNS: &[&str] = &[
    "violence",
    "unrest",
    "bloodshed",
    "turmoil",
    "chaos",
    "fighting",
    "clashes",
    "clash",
    "insecurity",
    "instability",
    "lawlessness",
];

/// Nouns of a person or group defined by their relation to someone ("his *opponent*", "Putin's
/// *enemies*"): the possessor of such a noun is not the one acted on, so a role is not looked
/// for through it (a thing's owner is: "the attack on X's *house*").
const RELATION_NOUNS: &[&str] = &[
    "opponent",
    "opponents",
    "enemy",
    "enemies",
    "rival",
    "rivals",
    "critic",
    "critics",
    "adversary",
    "adversaries",
    "foe",
    "foes",
    "ally",
    "allies",
    "friend",
    "friends",
    "colleague",
    "colleagues",
    "aide",
    "aides",
    "follower",
    "followers",
    "successor",
    "predecessor",
    "challenger",
    "accuser",
    "accusers",
    "victim",
    "victims",
    "killer",
    "killers",
];

/// PETRARCH's `comma_emax`: the longest terminal comma clause (in words) it deletes.
const COMMA_EMAX: usize = 8;

/// PETRARCH's `comma_min` / `comma_max`: the shortest and longest internal comma clause (in
/// words) it deletes.
const COMMA_MIN: usize = 2;
/// See [`COMMA_MIN`].
const COMMA_MAX: usize = 8;

/// One pattern matched at one token.
#[derive(Debug, Clone)]
struct Match {
    pat: usize,
    tok: usize,
    /// Other tokens of the trigger phrase (objects, particles, prepositions named by the pattern).
    consumed: Vec<usize>,
    specificity: usize,
}

/// Matches patterns in parsed sentences and builds [`EventCandidate`]s.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// PETRARCH-style fallbacks: a missing source is the nearest actor before the trigger, a
    /// missing target the nearest actor after it (in the same sentence).
    pub positional_fallback: bool,
    /// PLOVER's rule for announced acts: future cooperation → AGREE (CAMEO 03), future conflict →
    /// THREATEN (CAMEO 13). On by default; off for PETRARCH dictionaries, whose codes are kept.
    pub future_as_intent: bool,
    /// A reported obligation with no coded act ("X said Y must drop barriers") is a demand by
    /// the speaker on the one obliged (CAMEO 100, REQUEST). On by default; off for PETRARCH
    /// dictionaries.
    pub obligations_as_demands: bool,
    /// PETRARCH's choice of the clauses it codes. An act in a temporal adverbial ("… almost
    /// five years after crowds burned down its embassy") lies inside the verb phrase of the
    /// sentence's main act and is folded into it, so it is coded only when no other act is; an
    /// infinitive modifying a noun ("a pleasant place to visit") is no verb phrase of its own and
    /// is not coded. Off by default (news coding wants every act); on for PETRARCH dictionaries.
    pub petrarch_clauses: bool,
    /// PETRARCH's `require_dyad`: an event needs a target phrase. A verb whose target names no
    /// known actor but that has an object ("burned down its embassy") is kept (the target is
    /// written `---`); a verb with neither a target actor nor an object codes nothing. Off by
    /// default; on for PETRARCH dictionaries.
    pub require_dyad: bool,
    pub(crate) patterns: Vec<Pattern>,
    /// Pattern ids by trigger lemma: verbs, then nouns (looked up by `&str`, no key to build).
    index: [FastMap<String, Vec<usize>>; 2],
    pub(crate) cues: Cues,
}

/// The objects of one trigger token, found once for all its candidate patterns (which share
/// the token's part of speech): the parse's objects, and the words looked through from them.
#[derive(Default)]
struct ObjMemo {
    objs: std::cell::OnceCell<Vec<usize>>,
    words: std::cell::OnceCell<Vec<usize>>,
}

/// The slot of `pos` in [`Matcher`]'s index.
fn pos_slot(pos: TriggerPos) -> usize {
    match pos {
        TriggerPos::Verb => 0,
        TriggerPos::Noun => 1,
    }
}

impl Matcher {
    /// Builds a matcher from compiled patterns and cues.
    pub fn new(patterns: Vec<Pattern>, cues: Cues) -> Matcher {
        let mut m = Matcher {
            positional_fallback: false,
            future_as_intent: true,
            obligations_as_demands: true,
            petrarch_clauses: false,
            require_dyad: false,
            patterns: Vec::new(),
            index: [FastMap::default(), FastMap::default()],
            cues,
        };
        m.add(patterns);
        m
    }

    /// Adds patterns (later patterns win ties against earlier ones of equal specificity only if
    /// `prefer_new`; by default the earlier one is kept).
    pub fn add(&mut self, patterns: Vec<Pattern>) {
        for p in patterns {
            let id = self.patterns.len();
            self.index[pos_slot(p.pos)]
                .entry(p.lemma.clone())
                .or_default()
                .push(id);
            self.patterns.push(p);
        }
    }

    /// True when some pattern's trigger lemma is `word` or one of its de-inflected forms.
    pub fn is_trigger_word(&self, word: &str) -> bool {
        let w = word.to_lowercase();
        lemma_candidates(&w, &w).into_iter().any(|l| {
            self.index[pos_slot(TriggerPos::Verb)].contains_key(&l)
                || self.index[pos_slot(TriggerPos::Noun)].contains_key(&l)
        })
    }

    fn candidates(&self, t: &Tree, i: usize) -> &[usize] {
        let Some(pos) = trigger_pos(t.upos(i), t.xpos(i)) else {
            return &[];
        };
        // A noun modifying another noun is no event ("a March plane", "attack helicopters"),
        // unless that other noun is a day the parser took for the phrase's head ("reiterated its
        // demand today that …").
        let before_day = t
            .head(i)
            .is_some_and(|h| h > i && self.cues.time.contains(t.lower(h)));
        if pos == TriggerPos::Noun
            && !before_day
            && matches!(
                t.rel(i),
                "compound"
                    | "flat"
                    | "amod"
                    | "nmod:npmod"
                    | "nmod:tmod"
                    | "obl:tmod"
                    | "flat:name"
            )
        {
            return &[];
        }
        if pos == TriggerPos::Verb && t.rel(i) == "amod" && describes_noun(t, i) {
            return &[];
        }
        let index = &self.index[pos_slot(pos)];
        // The surface form first (PETRARCH dictionaries list forms like LEFT apart from LEAVE),
        // then the parser's lemma, then de-inflected forms.
        if let Some(ids) = index.get(t.lower(i)) {
            return ids;
        }
        let mut found: &[usize] = &[];
        any_candidate(
            t.lemma(i),
            t.lower(i),
            &mut String::new(),
            |c| match index.get(c) {
                Some(ids) => {
                    found = ids;
                    true
                }
                None => false,
            },
        );
        found
    }

    /// Tokens filling a role of the trigger at `i` (heads of argument phrases).
    fn role_tokens(&self, t: &Tree, i: usize, role: &Role, depth: usize) -> Vec<usize> {
        if depth > MAX_DEPTH {
            return Vec::new();
        }
        match role {
            Role::Subj => self.subj(t, i, depth),
            Role::Surface if t.is_passive(i) => self.obj(t, i, depth),
            Role::Surface => self.subj(t, i, depth),
            // Needs the pattern's own words: see `skip_phrase`.
            Role::Skip(..) => Vec::new(),
            Role::Obj => self.obj(t, i, depth),
            Role::Iobj => t.kids(i, "iobj").collect(),
            Role::Poss => t.kids_exact(i, "nmod:poss").collect(),
            Role::Prep(p) => t
                .children(i)
                .iter()
                .copied()
                .filter(|&c| {
                    matches!(
                        t.base_rel(c),
                        "obl" | "nmod" | "advcl" | "acl" | "appos" | "obj" | "dep"
                    ) && t.rel(c) != "nmod:poss"
                        && (t.lead_prep(c).as_deref() == Some(p.as_str())
                            || (p == "by" && t.rel(c) == "obl:agent"))
                })
                .collect(),
            Role::GovSubj => {
                let mut cur = i;
                // Walk up through conjuncts of the noun ("the attack and the arrest").
                for _ in 0..MAX_DEPTH {
                    if t.rel(cur) == "conj" {
                        match t.head(cur) {
                            Some(h) => cur = h,
                            None => break,
                        }
                    } else {
                        break;
                    }
                }
                match (t.rel(cur), t.head(cur)) {
                    // "condemned the assassination": the condemner did not assassinate. But one
                    // who claims or admits an act owns it: "IS claims the bombing".
                    (_, Some(h))
                        if !self.cues.authorship.contains(t.lemma(h))
                            && (self.cues.stance.contains(t.lemma(h))
                                || self.cues.speech.contains(t.lemma(h))) =>
                    {
                        Vec::new()
                    }
                    ("obj" | "nsubj:pass", Some(h)) => self.subj(t, h, depth + 1),
                    _ => Vec::new(),
                }
            }
        }
    }

    fn relcl_head(&self, t: &Tree, pron: usize) -> Option<usize> {
        // The relative pronoun's clause is an acl:relcl; the noun it modifies is that clause's head.
        let mut cur = pron;
        for _ in 0..MAX_DEPTH {
            let h = t.head(cur)?;
            if t.rel(h) == "acl:relcl" {
                return t.head(h);
            }
            cur = h;
        }
        None
    }

    fn fix_relpron(&self, t: &Tree, toks: Vec<usize>) -> Vec<usize> {
        toks.into_iter()
            .filter_map(|k| {
                if t.upos(k) == Upos::Pron && self.cues.relpron.contains(t.lower(k)) {
                    self.relcl_head(t, k)
                } else {
                    Some(k)
                }
            })
            .collect()
    }

    fn subj(&self, t: &Tree, i: usize, depth: usize) -> Vec<usize> {
        if depth > MAX_DEPTH {
            return Vec::new();
        }
        let passive = t.is_passive(i);
        let own: Vec<usize> = if passive {
            t.children(i)
                .iter()
                .copied()
                .filter(|&c| {
                    t.rel(c) == "obl:agent"
                        || (t.base_rel(c) == "obl" && t.case_of(c).as_deref() == Some("by"))
                })
                .collect()
        } else {
            t.children(i)
                .iter()
                .copied()
                .filter(|&c| matches!(t.rel(c), "nsubj" | "csubj" | "nsubj:outer"))
                .collect()
        };
        if !own.is_empty() {
            return self.fix_relpron(t, own);
        }
        let Some(h) = t.head(i) else {
            return Vec::new();
        };
        match t.rel(i) {
            "acl:relcl" if !passive => vec![h],
            "acl" if !passive => {
                // "orders to withdraw": the orders' receiver; "militias associated with": the noun.
                let infinitive = t
                    .children(i)
                    .iter()
                    .any(|&c| t.base_rel(c) == "mark" && t.lower(c) == "to");
                if infinitive {
                    match (t.rel(h), t.head(h)) {
                        ("obj", Some(v)) => self.subj(t, v, depth + 1),
                        _ => Vec::new(),
                    }
                } else {
                    vec![h]
                }
            }
            _ if passive => Vec::new(),
            "xcomp" | "advcl" if self.cues.object_control.contains(t.lemma(h)) => {
                let o: Vec<usize> = t.kids(h, "obj").collect();
                if o.is_empty() {
                    self.subj(t, h, depth + 1)
                } else {
                    o
                }
            }
            "xcomp" => self.subj(t, h, depth + 1),
            // "arrested members of armed groups after carrying out attacks": the arrested did it.
            "advcl"
                if t.xpos(i) == "VBG"
                    && self.cues.punishment.contains(t.lemma(h))
                    && t.children(i).iter().any(|&c| {
                        matches!(t.base_rel(c), "mark" | "case")
                            && matches!(t.lower(c), "after" | "before" | "for")
                    }) =>
            {
                let o: Vec<usize> = t.kids(h, "obj").collect();
                if o.is_empty() {
                    t.kids(h, "nsubj:pass").collect()
                } else {
                    o
                }
            }
            "conj" | "advcl" if !t.is_passive(h) => self.subj(t, h, depth + 1),
            // Headline coordination without "and": "Gunmen attack convoy, kill nine police",
            // "Troops retake the town, kill 30 militants". The parser makes the second verb a
            // `parataxis` of the first; with no subject of its own, right after a comma, it
            // shares the first verb's.
            "parataxis"
                if h < i
                    && t.upos(h) == Upos::Verb
                    && !t.is_passive(h)
                    && matches!(t.xpos(i), "VBZ" | "VBP" | "VBD" | "VB")
                    && i > 0
                    && t.lower(i - 1) == "," =>
            {
                self.subj(t, h, depth + 1)
            }
            _ => Vec::new(),
        }
    }

    fn obj(&self, t: &Tree, i: usize, depth: usize) -> Vec<usize> {
        if depth > MAX_DEPTH {
            return Vec::new();
        }
        let passive = t.is_passive(i);
        let own: Vec<usize> = if passive {
            t.kids(i, "nsubj").collect()
        } else {
            t.kids_exact(i, "obj").collect()
        };
        if !own.is_empty() {
            return self.fix_relpron(t, own);
        }
        let Some(h) = t.head(i) else {
            return Vec::new();
        };
        match t.rel(i) {
            "acl" | "amod" if passive => vec![h],
            "acl:relcl" if !passive => vec![h],
            "conj" if passive && t.is_passive(h) => self.obj(t, h, depth + 1),
            _ => Vec::new(),
        }
    }

    /// Checks a pattern's constraints at token `i`; returns the trigger phrase's other tokens.
    fn check(&self, t: &Tree, i: usize, p: &Pattern, memo: &ObjMemo) -> Option<Vec<usize>> {
        let mut used = Vec::new();
        for c in &p.constraints {
            match c {
                Constraint::Passive => {
                    if !t.is_passive(i) {
                        return None;
                    }
                }
                Constraint::Active => {
                    if t.is_passive(i) {
                        return None;
                    }
                }
                Constraint::NoObject => {
                    // the trigger's own object only: the logical object of a relative clause is
                    // the noun it modifies ("protesters who demonstrated outside parliament")
                    let own = if p.pos == TriggerPos::Verb {
                        t.kids(i, "obj").next().is_some()
                    } else {
                        t.kids(i, "nmod")
                            .any(|c| t.case_of(c).as_deref() == Some("of"))
                    };
                    if own {
                        return None;
                    }
                }
                Constraint::Obj(heads) => {
                    let raw = memo.objs.get_or_init(|| {
                        if p.pos == TriggerPos::Verb {
                            self.obj(t, i, 0)
                        } else {
                            t.kids(i, "nmod")
                                .filter(|&c| t.case_of(c).as_deref() == Some("of"))
                                .collect()
                        }
                    });
                    let objs: &[usize] = if heads.is_empty() {
                        raw
                    } else {
                        memo.words.get_or_init(|| {
                            if raw.is_empty() && p.pos == TriggerPos::Verb && !t.is_passive(i) {
                                // No object in the parse: the noun phrase right after the verb,
                                // if any ("ended mediation efforts between …" read with
                                // `efforts` as a subject).
                                self.object_words(t, surface_np_head(t, i).into_iter().collect())
                            } else {
                                self.object_words(t, raw.clone())
                            }
                        })
                    };
                    let hit = objs
                        .iter()
                        .copied()
                        .find(|&o| heads.is_empty() || heads.iter().any(|h| t.is_word(o, h)))?;
                    used.push(hit);
                }
                Constraint::Prt(w) => {
                    let hit = t
                        .children(i)
                        .iter()
                        .copied()
                        .find(|&c| {
                            matches!(t.rel(c), "compound:prt" | "advmod" | "obl" | "dep")
                                && t.is_word(c, w)
                        })
                        .or_else(|| {
                            (i + 1..(i + 4).min(t.len()))
                                .find(|&k| t.lower(k) == w && t.upos(k) != Upos::Noun)
                        })?;
                    used.push(hit);
                }
                Constraint::Prep(prep, heads) => {
                    let hit = t.children(i).iter().copied().find(|&c| {
                        matches!(t.base_rel(c), "obl" | "nmod" | "advcl" | "acl" | "xcomp")
                            && t.case_of(c).as_deref() == Some(prep.as_str())
                            && (heads.is_empty() || heads.iter().any(|h| t.is_word(c, h)))
                    })?;
                    used.push(hit);
                }
                Constraint::Xcomp(heads) => {
                    // On the trigger or on a word of its phrase ("received orders to withdraw").
                    let mut owners = vec![i];
                    owners.extend(used.iter().copied());
                    let hit = owners
                        .iter()
                        .flat_map(|&o| t.children(o).iter().copied())
                        .find(|&c| {
                            matches!(t.base_rel(c), "xcomp" | "ccomp" | "advcl" | "acl")
                                && (heads.is_empty() || heads.iter().any(|h| t.is_word(c, h)))
                        })?;
                    used.push(hit);
                    // "orders to withdraw and leave": the conjoined verbs belong to the phrase.
                    used.extend(
                        t.kids_exact(hit, "conj")
                            .filter(|&c| t.upos(c) == Upos::Verb),
                    );
                }
                Constraint::Compound(heads) => {
                    let hit = t.children(i).iter().copied().find(|&c| {
                        matches!(
                            t.base_rel(c),
                            "compound" | "amod" | "nmod" | "obl" | "advmod"
                        ) && c < i
                            && heads.iter().any(|h| t.is_word(c, h))
                    })?;
                    used.push(hit);
                }
                Constraint::Subj(heads) => {
                    // The subject is the source, not part of the trigger phrase: nothing is used.
                    let subjs = if p.pos == TriggerPos::Verb {
                        self.subj(t, i, 0)
                    } else {
                        let mut v: Vec<usize> = t.kids_exact(i, "nmod:poss").collect();
                        v.extend(self.role_tokens(t, i, &Role::GovSubj, 0));
                        v
                    };
                    subjs
                        .into_iter()
                        .find(|&o| heads.is_empty() || heads.iter().any(|h| t.is_word(o, h)))?;
                }
                Constraint::CompoundSubject => {
                    if !self
                        .subj(t, i, 0)
                        .iter()
                        .any(|&s| t.kids_exact(s, "conj").next().is_some())
                    {
                        return None;
                    }
                }
                Constraint::After(seq) => {
                    let mut budget = 0;
                    let mut got = Vec::new();
                    if !self.slots_from(t, i, seq, true, &mut got, &mut budget) {
                        return None;
                    }
                    used.extend(got);
                }
                Constraint::Before(seq) => {
                    let rev: Vec<Slot> = seq.iter().rev().cloned().collect();
                    let mut budget = 0;
                    let mut got = Vec::new();
                    if !self.slots_from(t, i, &rev, false, &mut got, &mut budget) {
                        return None;
                    }
                    used.extend(got);
                }
            }
        }
        Some(used)
    }

    /// Matches PETRARCH word slots walking away from the element at `edge` (after it when
    /// `after`, else before it, nearest slot first). Words match surface forms; an alternative of
    /// several words matches consecutive tokens; an [`Slot::adjacent`] slot must touch the element
    /// before it (the verb or the previous slot). Pushes the tokens used; false when no match.
    fn slots_from(
        &self,
        t: &Tree,
        edge: usize,
        slots: &[Slot],
        after: bool,
        used: &mut Vec<usize>,
        budget: &mut usize,
    ) -> bool {
        let Some((slot, rest)) = slots.split_first() else {
            return true;
        };
        // Bounded backtracking: a pathological pattern gives up instead of exploding.
        *budget += 1;
        if *budget > 2000 {
            return false;
        }
        let n = t.len();
        // Candidate positions of the slot's verb-side end, nearest first.
        let positions: Vec<usize> = if after {
            (edge + 1..n).collect()
        } else {
            (0..edge).rev().collect()
        };
        for (step, &p) in positions.iter().enumerate() {
            if slot.adjacent && step > 0 {
                break;
            }
            for alt in &slot.alts {
                let words: Vec<&str> = alt.split(' ').filter(|w| !w.is_empty()).collect();
                let m = words.len();
                if m == 0 {
                    continue;
                }
                // Token range of the phrase.
                let (lo, hi) = if after {
                    (p, p + m - 1)
                } else {
                    match (p + 1).checked_sub(m) {
                        Some(lo) => (lo, p),
                        None => continue,
                    }
                };
                if hi >= n || !(lo..=hi).zip(&words).all(|(k, w)| t.lower(k) == *w) {
                    continue;
                }
                let mark = used.len();
                used.extend(lo..=hi);
                let next_edge = if after { hi } else { lo };
                if self.slots_from(t, next_edge, rest, after, used, budget) {
                    return true;
                }
                used.truncate(mark);
            }
        }
        false
    }

    /// True when a violence trigger (CAMEO 18–20) is aimed at a problem, not at people: its
    /// object, or for a noun its `against`/`on`/`of` phrase, is a `cues.txt [abstract-object]`
    /// ("combat the symptoms", "the fight against corruption", "battle the blaze"); or when a
    /// verb's logical subject is a `[abstract-subject]` ("the controversy surrounding …").
    fn fights_a_problem(&self, t: &Tree, m: &Match) -> bool {
        let p = &self.patterns[m.pat];
        if !matches!(p.cameo.get(..2), Some("18" | "19" | "20")) {
            return false;
        }
        let objs = self.logical_objects(t, m, &["against", "on", "of"]);
        // a word of the trigger phrase itself ("opened *fire*") is no object
        if objs
            .iter()
            .any(|&o| !m.consumed.contains(&o) && self.cues.abstract_object.contains(t.lemma(o)))
        {
            return true;
        }
        // "the controversy *surrounding* the centre": no one surrounds anything
        p.pos == TriggerPos::Verb
            && self
                .subj(t, m.tok, 0)
                .iter()
                .any(|&s| self.cues.abstract_subject.contains(t.lemma(s)))
    }

    /// True when an event noun has a modifier `cues.txt [not-modifier]` lists for it ("a *high*
    /// demand"), or the trigger's object (for a noun, its `of` phrase or possessor) is one that
    /// `cues.txt [not-object]` lists for the pattern's trigger lemma: "released the victims'
    /// *names*", "*data* released today", "the *film's* release", "charging higher *prices*",
    /// "*rates* charged by utilities". A noun of `[bare-noun-no-event]` with no argument (no
    /// possessor, `of` phrase, compound or adjective) names no event: "the *release* said",
    /// "a *release* from the police" are press releases. A pattern that names its object (`release
    /// obj:statement|report`, a statement) is not second-guessed.
    fn object_excluded(&self, t: &Tree, m: &Match) -> bool {
        let p = &self.patterns[m.pat];
        let lemma = p.lemma.as_str();
        if p.pos == TriggerPos::Noun {
            // "a *high* demand": `[not-modifier]` on an event noun
            if let Some(not) = self.cues.not_modifier.get(lemma) {
                if t.children(m.tok).iter().any(|&c| {
                    matches!(t.base_rel(c), "amod" | "compound") && not.contains(t.lemma(c))
                }) {
                    return true;
                }
            }
            // "the *prisoner* release", "*pretrial* release", "the release *of* X", "*his*
            // release": the noun has its argument; a source ("a release *from* the police",
            // "a release *issued by* the House") is none
            if self.cues.bare_noun_no_event.contains(lemma)
                && !t.children(m.tok).iter().any(|&c| {
                    (matches!(t.rel(c), "compound" | "amod" | "nmod:poss")
                        || t.base_rel(c) == "nmod" && t.case_of(c).as_deref() == Some("of"))
                        && !matches!(t.upos(c), Upos::Det | Upos::Punct)
                })
            {
                return true;
            }
        }
        let Some(not) = self.cues.not_object.get(lemma) else {
            return false;
        };
        // a pattern that names its object has said what the object may be ("release
        // obj:statement|report" is a statement)
        if p.constraints
            .iter()
            .any(|c| matches!(c, Constraint::Obj(l) if !l.is_empty()))
        {
            return false;
        }
        let mut objs = self.logical_objects(t, m, &["of"]);
        if p.pos == TriggerPos::Noun {
            objs.extend(t.kids(m.tok, "nmod:poss"));
        }
        objs.iter()
            .any(|&o| !m.consumed.contains(&o) && not.contains(t.lemma(o)))
    }

    /// The heads of a trigger's objects: a verb's logical object (active `obj`, passive
    /// subject, see [`Matcher::obj`]); a noun's `nmod`s introduced by one of `cases` ("the fight
    /// *against* corruption", "the release *of* the data").
    fn logical_objects(&self, t: &Tree, m: &Match, cases: &[&str]) -> Vec<usize> {
        if self.patterns[m.pat].pos == TriggerPos::Verb {
            self.obj(t, m.tok, 0)
        } else {
            t.kids(m.tok, "nmod")
                .filter(|&c| t.case_of(c).is_some_and(|k| cases.contains(&k.as_str())))
                .collect()
        }
    }

    /// True when an appeal trigger (CAMEO 02) asks a question or enters a plea in court
    /// (`cues.txt [question-verb]`, `[question-word]`, `[court-plea]`): "*asked* why he did
    /// not use the program", "*asked* the mayor about the plan", "*pleaded* not guilty". The
    /// question word must come before any `[question-stop]` word (`to`, `for`, `that`), verb or
    /// punctuation.
    fn no_appeal(&self, t: &Tree, m: &Match) -> bool {
        let p = &self.patterns[m.pat];
        if !p.cameo.starts_with("02") || p.pos != TriggerPos::Verb {
            return false;
        }
        let i = m.tok;
        if t.children(i)
            .iter()
            .any(|&c| self.cues.court_plea.contains(t.lower(c)))
        {
            return true;
        }
        if !self.cues.question_verb.contains(t.lemma(i)) {
            return false;
        }
        // "asked anyone who saw the attack *to call*": asked to act, an appeal
        if t.children(i)
            .iter()
            .any(|&c| matches!(t.base_rel(c), "xcomp" | "advcl") && self.has_mark(t, c, "to"))
        {
            return false;
        }
        for k in i + 1..(i + 5).min(t.len()) {
            let w = t.lower(k);
            // "asked that anyone *who* knew …": a relative clause in the request, no question
            if self.cues.question_stop.contains(w)
                || matches!(t.upos(k), Upos::Punct | Upos::Verb | Upos::Aux)
            {
                return false;
            }
            let in_relative = t.head(k).is_some_and(|h| t.rel(h) == "acl:relcl");
            if self.cues.question_word.contains(w) && !in_relative {
                return true;
            }
        }
        false
    }

    /// True when `i` has the marker `word` (`mark` relation: "to" of an infinitive).
    fn has_mark(&self, t: &Tree, i: usize, word: &str) -> bool {
        t.children(i)
            .iter()
            .any(|&c| t.base_rel(c) == "mark" && t.lower(c) == word)
    }

    /// True when the act at `i` lies in a temporal adverbial ("after crowds burned …", "since
    /// X was crushed", "before talks began"): the trigger, or the noun phrase it modifies (up to
    /// two steps up), is introduced by `after`, `before`, `since` or `until`.
    fn in_temporal_adverbial(&self, t: &Tree, i: usize) -> bool {
        let mut cur = i;
        for _ in 0..3 {
            if t.children(cur).iter().any(|&c| {
                matches!(t.base_rel(c), "mark" | "case")
                    && matches!(t.lower(c), "after" | "before" | "since" | "until")
            }) {
                return true;
            }
            if !matches!(t.base_rel(cur), "acl" | "nmod" | "advcl" | "obl") {
                return false;
            }
            let Some(h) = t.head(cur) else { return false };
            cur = h;
        }
        false
    }

    fn negated(&self, t: &Tree, i: usize) -> bool {
        let own = t.children(i).iter().any(|&c| {
            matches!(t.base_rel(c), "advmod" | "neg" | "det" | "cc:preconj")
                && self.cues.negation.contains(t.lower(c))
        });
        if own {
            return true;
        }
        if t.case_of(i)
            .is_some_and(|c| self.cues.without.contains(c.as_str()))
        {
            return true;
        }
        match t.head(i) {
            Some(h) if matches!(t.base_rel(i), "xcomp" | "ccomp" | "obj" | "advcl") => {
                let l = t.lemma(h);
                self.cues.fail.contains(l) || self.cues.deny.contains(l)
            }
            _ => false,
        }
    }

    fn under_speech(&self, t: &Tree, i: usize) -> bool {
        let mut cur = i;
        for _ in 0..MAX_DEPTH {
            let Some(h) = t.head(cur) else {
                return false;
            };
            if matches!(t.base_rel(cur), "ccomp" | "parataxis")
                && self.cues.speech.contains(t.lemma(h))
            {
                return true;
            }
            if !matches!(t.base_rel(cur), "ccomp" | "xcomp" | "conj" | "advcl") {
                return false;
            }
            cur = h;
        }
        false
    }

    /// "X said (that) Y must withdraw": the speech verb whose report states an obligation; the
    /// report is then a demand by the speaker on the one obliged.
    fn deontic_speaker(&self, t: &Tree, i: usize) -> Option<usize> {
        let obliged = |k: usize| {
            t.children(k)
                .iter()
                .any(|&c| t.base_rel(c) == "aux" && OBLIGATION_AUX.contains(&t.lower(c)))
        };
        // "Y must be ready to mediate": the obligation sits on the adjective governing the act.
        let base = if obliged(i) {
            i
        } else {
            match t.head(i) {
                Some(h) if t.rel(i) == "xcomp" && t.upos(h) == Upos::Adj && obliged(h) => h,
                _ => return None,
            }
        };
        let mut cur = base;
        for _ in 0..MAX_DEPTH {
            let mut h = t.head(cur)?;
            let mut rel = t.base_rel(cur);
            // "said on Tuesday that Sudan must return …": a `that` clause with a subject of its
            // own, misread as a relative clause of the date, complements the verb above it.
            // Likewise a complement clause hung off a noun ("said here Wednesday that …" with
            // the date read as the subject).
            let misplaced_that = t.rel(cur) == "acl:relcl"
                && t.kids(cur, "mark").any(|c| t.lower(c) == "that")
                && t.kids(cur, "nsubj")
                    .any(|c| !self.cues.relpron.contains(t.lower(c)));
            let ccomp_of_noun = rel == "ccomp" && !matches!(t.upos(h), Upos::Verb | Upos::Aux);
            if misplaced_that || ccomp_of_noun {
                let verb = std::iter::once(h)
                    .chain(t.ancestors(h, 3))
                    .find(|&a| t.upos(a) == Upos::Verb)?;
                h = verb;
                rel = "ccomp";
            }
            if matches!(rel, "ccomp" | "parataxis") && self.cues.speech.contains(t.lemma(h)) {
                return Some(h);
            }
            if !matches!(rel, "ccomp" | "conj") {
                return None;
            }
            cur = h;
        }
        None
    }

    fn modality(&self, t: &Tree, i: usize) -> Modality {
        let mut cur = i;
        for _ in 0..MAX_DEPTH {
            for &c in t.children(cur) {
                let r = t.base_rel(c);
                if r == "aux" {
                    let w = t.lower(c);
                    let l = t.lemma(c);
                    if self.cues.future_aux.contains(w) || self.cues.future_aux.contains(l) {
                        return Modality::Future;
                    }
                    if self.cues.hypo_aux.contains(w) || self.cues.hypo_aux.contains(l) {
                        // "said they would boycott": `would` under a speech verb is a future.
                        if w == "would" && self.under_speech(t, cur) {
                            return Modality::Future;
                        }
                        return Modality::Hypothetical;
                    }
                }
                if r == "mark" && self.cues.hypo_mark.contains(t.lower(c)) {
                    return Modality::Hypothetical;
                }
                if r == "parataxis" && self.cues.speech.contains(t.lemma(c)) {
                    return Modality::Reported;
                }
                if r == "obl"
                    && t.is_word(c, "to")
                    && t.children(c).iter().any(|&k| t.is_word(k, "according"))
                {
                    return Modality::Reported;
                }
                if r == "obl" && t.case_of(c).as_deref() == Some("according to") {
                    return Modality::Reported;
                }
            }
            let Some(h) = t.head(cur) else {
                break;
            };
            let rel = t.base_rel(cur);
            let hl = t.lemma(h);
            if matches!(rel, "xcomp" | "ccomp" | "obj" | "csubj")
                && self.cues.future_gov.contains(hl)
            {
                return Modality::Future;
            }
            if matches!(rel, "xcomp" | "ccomp") && self.cues.hypo_gov.contains(hl) {
                return Modality::Hypothetical;
            }
            if matches!(rel, "ccomp" | "parataxis" | "advcl" | "xcomp" | "acl")
                && self.cues.speech.contains(hl)
            {
                return Modality::Reported;
            }
            if !matches!(
                rel,
                "xcomp" | "ccomp" | "conj" | "advcl" | "acl" | "obj" | "obl" | "nmod" | "csubj"
            ) {
                break;
            }
            cur = h;
        }
        Modality::Asserted
    }

    /// Actor mentions reached from an argument head: the head itself, its conjuncts, and for a
    /// head that is no actor (down to `depth` levels) its possessor / appositive / compound /
    /// modifier ("the attack on X's house", "members of armed groups"). With `subject`, a modifier of place ("bombings *in Baghdad* kill 10") is not searched: where
    /// it happened names no doer (a target's place still may: "shelled a city *in Syria*").
    fn resolve(
        &self,
        t: &Tree,
        tm: &[Vec<usize>],
        tok: usize,
        depth: usize,
        subject: bool,
    ) -> Vec<usize> {
        let mut cands = vec![tok];
        let mut k = 0;
        while k < cands.len() && cands.len() < 16 {
            for c in t.kids_exact(cands[k], "conj") {
                if !cands.contains(&c) {
                    cands.push(c);
                }
            }
            k += 1;
        }
        let mut out = Vec::new();
        for c in cands {
            let c = if t.upos(c) == Upos::Pron && self.cues.relpron.contains(t.lower(c)) {
                match self.relcl_head(t, c) {
                    Some(h) => h,
                    None => continue,
                }
            } else {
                c
            };
            let here = tm.get(c).map_or(&[][..], Vec::as_slice);
            if !here.is_empty() {
                for &m in here {
                    if !out.contains(&m) {
                        out.push(m);
                    }
                }
                continue;
            }
            if depth == 0 {
                continue;
            }
            // "Iraq *violence* kills 21": violence with no one's name on it has no doer, and
            // the place that names it is where it happened
            if subject && UNDIRECTED_NOUNS.contains(&t.lower(c)) {
                continue;
            }
            'rels: for rel in ["nmod:poss", "appos", "compound", "flat", "nmod", "amod"] {
                for ch in t.kids_exact(c, rel).collect::<Vec<_>>() {
                    // "ties with Gondor, five years after crowds burned …": a span of time
                    // names no participant, nor do the phrases hanging from it.
                    if DURATION_NOUNS.contains(&t.lower(ch)) {
                        continue;
                    }
                    // "threatening *his* political opponent": the opponent, not him
                    if rel == "nmod:poss" && RELATION_NOUNS.contains(&t.lower(c)) {
                        continue;
                    }
                    // "bombings *in southern Iraq* kill 33": where it happened names no
                    // doer
                    if subject
                        && rel == "nmod"
                        && t.case_of(ch)
                            .is_some_and(|c| LOCATIVE_CASES.contains(&c.as_str()))
                    {
                        continue;
                    }
                    let r = self.resolve(t, tm, ch, depth - 1, subject);
                    if !r.is_empty() {
                        for m in r {
                            if !out.contains(&m) {
                                out.push(m);
                            }
                        }
                        break 'rels;
                    }
                }
            }
        }
        out
    }

    fn default_src(pos: TriggerPos) -> Vec<Role> {
        match pos {
            TriggerPos::Verb => vec![Role::Subj],
            TriggerPos::Noun => vec![
                Role::Poss,
                Role::Prep("by".into()),
                Role::GovSubj,
                Role::Prep("from".into()),
            ],
        }
    }

    fn default_tgt(pos: TriggerPos) -> Vec<Role> {
        let mut v = match pos {
            TriggerPos::Verb => vec![Role::Obj, Role::Iobj],
            // `obj` of a noun is a parser error for an `on`/`of` modifier, but a frequent one.
            TriggerPos::Noun => vec![Role::Prep("of".into()), Role::Obj],
        };
        for p in [
            "on",
            "against",
            "upon",
            "at",
            "toward",
            "towards",
            "targeting",
        ] {
            v.push(Role::Prep(p.into()));
        }
        v
    }

    #[allow(clippy::too_many_arguments)]
    fn fill(
        &self,
        t: &Tree,
        tm: &[Vec<usize>],
        actors: &[ActorMention],
        i: usize,
        roles: &[Role],
        kinds: &[saker_core::nlp::ActorKind],
        exclude: &[usize],
    ) -> Vec<usize> {
        for r in roles {
            let mut got = Vec::new();
            let subject = matches!(r, Role::Subj | Role::GovSubj);
            for tok in self.role_tokens(t, i, r, 0) {
                for m in self.resolve(t, tm, tok, 4, subject) {
                    // "on his first official visit": an agent word used as an adjective of the
                    // argument names no participant.
                    // (PETRARCH mode: news coding keeps such agents as a last resort.)
                    if self.positional_fallback
                        && !tm.get(tok).is_some_and(|v| v.contains(&m))
                        && adjectival_agent(t, tm, actors, m)
                    {
                        continue;
                    }
                    let m = specific(t, tm, actors, m);
                    let kind_ok =
                        kinds.is_empty() || actors.get(m).is_some_and(|a| kinds.contains(&a.kind));
                    if kind_ok && !exclude.contains(&m) && !got.contains(&m) {
                        got.push(m);
                    }
                }
            }
            if !got.is_empty() {
                return got;
            }
        }
        Vec::new()
    }

    /// True when the mention `a` lies inside an adverbial, relative or conjoined clause of another
    /// verb than the trigger `i` (walking up from the mention's token).
    fn in_other_clause(&self, t: &Tree, tm: &[Vec<usize>], a: usize, i: usize) -> bool {
        let Some(k) = tm.iter().position(|v| v.contains(&a)) else {
            return false;
        };
        let mut cur = k;
        for _ in 0..12 {
            if cur == i {
                return false;
            }
            let clause = matches!(t.base_rel(cur), "advcl")
                || t.rel(cur) == "acl:relcl"
                || (t.base_rel(cur) == "conj" && t.upos(cur) == Upos::Verb);
            if clause {
                return !t.ancestors(i, 12).contains(&cur) && cur != i;
            }
            match t.head(cur) {
                Some(h) => cur = h,
                None => return false,
            }
        }
        false
    }

    /// The words an object may be named by: each object, its conjuncts ("photographs and other
    /// intelligence"), a quantity's `of` phrase ("part of the program"), a light noun's compound
    /// ("mediation efforts"), and for a day misread as the object the head of the noun phrase
    /// after it ("lifted Friday a day-old blockade").
    fn object_words(&self, t: &Tree, objs: Vec<usize>) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for o in objs {
            if !out.contains(&o) {
                out.push(o);
            }
            for c in t.kids_exact(o, "conj") {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        // Looked through in turn ("part of the aid program" → program → aid), bounded.
        let mut k = 0;
        while k < out.len() && out.len() < 16 {
            let g = out[k];
            k += 1;
            let lem = t.lemma(g);
            let is = |set: &saker_core::hash::FastSet<String>| {
                set.contains(lem) || set.contains(t.lower(g))
            };
            let mut more: Vec<usize> = Vec::new();
            if is(&self.cues.quantity) {
                more.extend(
                    t.kids(g, "nmod")
                        .filter(|&c| t.case_of(c).as_deref() == Some("of")),
                );
            }
            if is(&self.cues.light) {
                more.extend(t.kids(g, "compound"));
            }
            if is(&self.cues.time) {
                more.extend(surface_np_head(t, g));
            }
            for m in more {
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
        out
    }

    /// The conditional subordinator (`unless`, `if`) of an adverbial clause on the act at `i` (or
    /// on the verb it is the complement of): the condition the act is announced on.
    fn condition_mark(&self, t: &Tree, i: usize) -> Option<&'static str> {
        let mut owners = vec![i];
        if let (Some(h), "xcomp") = (t.head(i), t.rel(i)) {
            owners.push(h);
        }
        let word = |k: usize| match t.lower(k) {
            "unless" => Some("unless"),
            "if" => Some("if"),
            _ => None,
        };
        let in_tree = owners
            .into_iter()
            .flat_map(|o| t.kids(o, "advcl").collect::<Vec<_>>())
            .flat_map(|c| t.kids(c, "mark").collect::<Vec<_>>())
            .find_map(word);
        if in_tree.is_some() {
            return in_tree;
        }
        // Parsers often misattach the condition: the word itself, close after the act, with no
        // finite verb or clause break in between ("will withdraw its force from Chad unless …").
        for k in i + 1..t.len().min(i + 12) {
            if let Some(w) = word(k) {
                return Some(w);
            }
            if matches!(t.xpos(k), "VBD" | "VBZ" | "VBP" | "MD")
                || matches!(t.lower(k), "," | ";" | ":" | "." | "and" | "but")
            {
                return None;
            }
        }
        None
    }

    /// True when the verb at `i` is an injury verb whose object is the same word ("wounding
    /// wounds"): the verb then tells what its subject suffered.
    fn cognate_injury(&self, t: &Tree, i: usize) -> bool {
        let forms = lemma_candidates(t.lemma(i), t.lower(i));
        forms.iter().any(|f| self.cues.injury.contains(f))
            && t.kids_exact(i, "obj").any(|o| {
                lemma_candidates(t.lemma(o), t.lower(o))
                    .iter()
                    .any(|f| forms.contains(f))
            })
    }

    /// For an act inside the complement of a consequence verb ("… which *resulted in* guards
    /// wounded", "shelled the town, *leading to* deaths"), the token standing for the act the
    /// outcome follows from: the noun a relative clause modifies, the consequence verb's own
    /// subject, or the verb a participle clause hangs from.
    fn consequence_anchor(&self, t: &Tree, i: usize) -> Option<usize> {
        let mut cur = i;
        for _ in 0..5 {
            let h = t.head(cur)?;
            let rel = t.base_rel(cur);
            let hl = t.lemma(h);
            if matches!(rel, "obl" | "obj" | "xcomp" | "ccomp" | "nmod")
                && (self.cues.consequence.contains(hl)
                    || lemma_candidates(hl, t.lower(h))
                        .iter()
                        .any(|f| self.cues.consequence.contains(f)))
            {
                let subj = self.fix_relpron(t, t.kids(h, "nsubj").collect());
                if let Some(&s) = subj.first() {
                    return Some(s);
                }
                return match t.base_rel(h) {
                    "acl" | "advcl" | "xcomp" | "conj" => t.head(h),
                    _ => None,
                };
            }
            if !matches!(
                rel,
                "acl" | "nmod" | "obl" | "obj" | "conj" | "xcomp" | "nsubj"
            ) {
                return None;
            }
            cur = h;
        }
        None
    }

    fn instrument(
        &self,
        t: &Tree,
        i: usize,
        consumed: &[usize],
    ) -> Option<&crate::cues::Instrument> {
        let mut toks: Vec<usize> = Vec::new();
        let mut heads = vec![i];
        heads.extend(consumed.iter().copied());
        let kids: Vec<usize> = heads
            .iter()
            .flat_map(|&h| t.children(h).iter().copied())
            .collect();
        for &c in kids.iter().chain(consumed.iter()) {
            if matches!(
                t.base_rel(c),
                "obl" | "nmod" | "compound" | "amod" | "nsubj" | "obj"
            ) || consumed.contains(&c)
            {
                // a modifier names the kind of the thing before its head does: a "suicide
                // bomber" is a suicide attack, not an aircraft
                toks.extend(t.kids(c, "compound"));
                toks.extend(t.kids(c, "amod"));
                toks.push(c);
            }
        }
        toks.push(i);
        toks.iter().find_map(|&k| {
            self.cues
                .instruments
                .get(t.lower(k))
                .or_else(|| self.cues.instruments.get(t.lemma(k)))
        })
    }

    /// Codes one parsed sentence. `actors` is the article's full mention list; returned indices
    /// point into it.
    ///
    /// `near` lists the indices of the mentions that may lie in this sentence (all of them when
    /// `None`).
    pub fn code_sentence(
        &self,
        text: &str,
        si: usize,
        sent: &Sentence,
        parse: &ParsedSentence,
        actors: &[ActorMention],
        near: Option<&[usize]>,
    ) -> Vec<EventCandidate> {
        let repaired = acronym_subjects(text, sent, parse, actors);
        let t = Tree::new(text, sent, repaired.as_ref().unwrap_or(parse));
        let n = t.len();
        if n == 0 {
            return Vec::new();
        }
        // Token → overlapping actor mentions.
        let mut tm: Vec<Vec<usize>> = vec![Vec::new(); n];
        let all: Vec<usize>;
        let near = match near {
            Some(v) => v,
            None => {
                all = (0..actors.len()).collect();
                &all
            }
        };
        for &mi in near {
            let Some(m) = actors.get(mi) else { continue };
            if !m.span.overlaps(&sent.span) {
                continue;
            }
            for (k, slot) in tm.iter_mut().enumerate() {
                if t.span(k).overlaps(&m.span) {
                    slot.push(mi);
                }
            }
        }
        // PETRARCH deletes short comma-delimited clauses: a terminal one ("…, a senior official
        // said on Saturday") and internal ones with a verb ("…, several years after crowds
        // burned down its embassy, …"). Nothing in them is coded, and their actors fill no role.
        let deleted = if self.petrarch_clauses {
            deleted_clauses(&t)
        } else {
            vec![false; n]
        };
        for (slot, _) in tm.iter_mut().zip(&deleted).filter(|(_, &d)| d) {
            slot.clear();
        }
        // 1. Match: the most specific pattern per token.
        let mut matches: Vec<Match> = Vec::new();
        for i in (0..n).filter(|&i| !deleted[i]) {
            let cands = self.candidates(&t, i);
            if cands.is_empty() || self.cues.in_not_event(|k| t.lower(k), n, i) {
                continue;
            }
            let mut best: Option<Match> = None;
            let memo = ObjMemo::default();
            for &pid in cands {
                let p = &self.patterns[pid];
                if let Some(used) = self.check(&t, i, p, &memo) {
                    let spec = specificity(p);
                    if match &best {
                        None => true,
                        Some(b) => spec > b.specificity,
                    } {
                        best = Some(Match {
                            pat: pid,
                            tok: i,
                            consumed: used,
                            specificity: spec,
                        });
                    }
                }
            }
            matches.extend(best.filter(|m| {
                !self.fights_a_problem(&t, m)
                    && !self.object_excluded(&t, m)
                    && !self.no_appeal(&t, m)
            }));
        }
        // 2. A token consumed by another trigger phrase ("launched an attack") is no trigger itself.
        let consumed: Vec<usize> = matches.iter().flat_map(|m| m.consumed.clone()).collect();
        matches.retain(|m| !consumed.contains(&m.tok));
        if self.petrarch_clauses {
            matches.retain(|m| {
                !(t.rel(m.tok) == "acl"
                    && self.has_mark(&t, m.tok, "to")
                    && t.head(m.tok).is_some_and(|h| t.upos(h) == Upos::Noun))
            });
        }
        // 3. Embedding: acts mentioned inside threats, calls, demands, intents, rejections.
        let at: HashMap<usize, usize> = matches
            .iter()
            .enumerate()
            .map(|(k, m)| (m.tok, k))
            .collect();
        // A bare statement verb ("…, an official said"; `SAID [023]` in PETRARCH's own
        // dictionaries) reports the act in its clause rather than embedding it: the act is coded
        // on its own (step 4b), as PETRARCH codes the clause under a speech verb.
        let statement: Vec<bool> = matches
            .iter()
            .map(|m| {
                let p = &self.patterns[m.pat];
                p.constraints.is_empty()
                    && matches!(p.root(), "01" | "02")
                    && self.cues.speech.contains(t.lemma(m.tok))
            })
            .collect();
        let mut governed: Vec<Option<usize>> = vec![None; matches.len()];
        for (k, m) in matches.iter().enumerate() {
            // Only complements carry the mentioned act ("threatened [to attack]", "called for [the
            // pursuit of]"); adverbial, relative and parenthetical clauses are acts of their own.
            let mut cur = m.tok;
            for _ in 0..4 {
                let rel = t.rel(cur);
                // A to-infinitive the parser took for an adverbial ("urged Bree on Monday [to
                // help …]") is the governor's complement all the same.
                let to_advcl = t.base_rel(cur) == "advcl" && self.has_mark(&t, cur, "to");
                if (matches!(
                    t.base_rel(cur),
                    "advcl" | "parataxis" | "appos" | "nsubj" | "csubj" | "root" | "dep" | "list"
                ) && !to_advcl)
                    || rel == "acl:relcl"
                {
                    break;
                }
                let Some(a) = t.head(cur) else { break };
                if let Some(&g) = at.get(&a) {
                    // A statement reports its clause; a finite act coordinated with the
                    // governor ("condemned the attack and promised aid") is an act of its own.
                    let finite_conj = cur == m.tok
                        && t.base_rel(cur) == "conj"
                        && matches!(t.xpos(cur), "VBD" | "VBN" | "VBZ" | "VBP");
                    if statement[g] || finite_conj {
                        break;
                    }
                    let root = self.patterns[matches[g].pat].root().to_owned();
                    if EMBEDDING_ROOTS.contains(&root.as_str()) {
                        governed[k] = Some(g);
                        break;
                    }
                }
                cur = a;
            }
        }
        // 4. Build events.
        let mut events: Vec<Option<EventCandidate>> = Vec::with_capacity(matches.len());
        let mut reverse_codes: Vec<Option<String>> = Vec::with_capacity(matches.len());
        for m in &matches {
            let p = &self.patterns[m.pat];
            let src_roles =
                if p.src.is_empty() || (p.src == [Role::Poss] && p.pos == TriggerPos::Noun) {
                    let mut d = Self::default_src(p.pos);
                    if p.tgt.contains(&Role::Poss) {
                        d.retain(|r| *r != Role::Poss);
                    }
                    d
                } else {
                    p.src.clone()
                };
            // `poss=tgt` alone puts the possessor first and keeps the default roles after it
            // ("his killing", "the killing of civilians").
            let tgt_roles = if p.tgt.is_empty() {
                Self::default_tgt(p.pos)
            } else if p.tgt == [Role::Poss] {
                let mut d = vec![Role::Poss];
                d.extend(Self::default_tgt(p.pos));
                d
            } else {
                p.tgt.clone()
            };
            let mut sources = self.fill(&t, &tm, actors, m.tok, &src_roles, &p.src_kinds, &[]);
            if sources.is_empty() {
                sources = skip_phrase(self, &t, &tm, actors, &m.consumed, &p.src, &[]);
            }
            let mut targets = self.fill(&t, &tm, actors, m.tok, &tgt_roles, &p.tgt_kinds, &sources);
            if targets.is_empty() {
                targets = skip_phrase(self, &t, &tm, actors, &m.consumed, &p.tgt, &sources);
            }
            // Light verbs and control verbs: the recipient hangs off the phrase's other words
            // ("launched an attack on X", "threatened to attack X").
            for &c in &m.consumed {
                if !targets.is_empty() {
                    break;
                }
                if !matches!(
                    t.base_rel(c),
                    "obj" | "xcomp" | "ccomp" | "acl" | "advcl" | "nsubj" | "conj"
                ) {
                    continue;
                }
                let pos = if t.upos(c) == Upos::Verb {
                    TriggerPos::Verb
                } else {
                    TriggerPos::Noun
                };
                let mut roles = tgt_roles.clone();
                roles.extend(Self::default_tgt(pos));
                targets = self.fill(&t, &tm, actors, c, &roles, &p.tgt_kinds, &sources);
            }
            // A role the pattern ties to one of its own prepositions ("* EID AT ^ WITH +"): the
            // noun that preposition introduces, wherever the parser attached it.
            for (roles, out) in [(&p.tgt, &mut targets), (&p.src, &mut sources)] {
                if !out.is_empty() {
                    continue;
                }
                for r in roles.iter() {
                    let Role::Prep(w) = r else { continue };
                    for &c in &m.consumed {
                        if t.lower(c) != w.as_str() || t.base_rel(c) != "case" {
                            continue;
                        }
                        let Some(h) = t.head(c) else { continue };
                        for a in self.resolve(&t, &tm, h, 2, false) {
                            let a = specific(&t, &tm, actors, a);
                            if !out.contains(&a) {
                                out.push(a);
                            }
                        }
                    }
                }
            }
            // "a bombing claimed by IS": who claims the act made it.
            if sources.is_empty() && p.pos == TriggerPos::Noun {
                for c in t.children(m.tok).iter().copied() {
                    if sources.is_empty()
                        && t.rel(c) == "acl"
                        && self.cues.authorship.contains(t.lemma(c))
                    {
                        sources = self.fill(&t, &tm, actors, c, &[Role::Subj], &[], &targets);
                    }
                }
            }
            // A named group in front of an event noun is its author: "an Islamic State attack",
            // "ISIS attacks", "Taliban ambush". A bare state or place there is where, not who
            // ("Iraq bombings", "Baghdad attack"), and generic nouns are often victims or
            // instruments ("police raid" aside), so only named non-state actors count.
            if sources.is_empty() && p.pos == TriggerPos::Noun {
                for c in t.children(m.tok).iter().copied() {
                    if !matches!(t.rel(c), "compound" | "amod") {
                        continue;
                    }
                    for &a in tm.get(c).map_or(&[][..], Vec::as_slice) {
                        // Generic armed groups are authors too: "a jihadist attack", "militant
                        // raids", "rebel offensive" (CAMEO role UAF or REB, no country).
                        let named = actors.get(a).is_some_and(|x| {
                            matches!(
                                x.kind,
                                ActorKind::ArmedGroup | ActorKind::Organisation | ActorKind::Party
                            ) || x.cameo.as_deref().is_some_and(|c| {
                                matches!(c.strip_prefix("---"), Some("UAF" | "REB"))
                            })
                        });
                        if named && !targets.contains(&a) && !sources.contains(&a) {
                            sources.push(a);
                        }
                    }
                }
            }
            // "Troops repel a militant attack", "the governor survives blasts": who repels,
            // resists or survives the act named by the object was its target.
            if targets.is_empty() && p.pos == TriggerPos::Noun && t.rel(m.tok) == "obj" {
                if let Some(h) = t
                    .head(m.tok)
                    .filter(|&h| self.cues.defence.contains(t.lemma(h)))
                {
                    targets = self.fill(&t, &tm, actors, h, &[Role::Subj], &[], &sources);
                }
            }
            // An event noun that heads a state's armed forces is their act: "Turkish air
            // strikes", "Iraqi airstrikes" (one mention, coded like "Turkish warplanes"). Weapons
            // named with a country ("Iraq car bombs") say where, not whose, and are left alone.
            if sources.is_empty() && p.pos == TriggerPos::Noun {
                for &a in tm.get(m.tok).map_or(&[][..], Vec::as_slice) {
                    let state_forces = actors.get(a).is_some_and(|x| {
                        x.id.as_deref() != Some(WEAPON_AGENT)
                            && x.cameo.as_deref().is_some_and(|c| {
                                c.get(3..6) == Some("MIL")
                                    && c.get(..3)
                                        .is_some_and(|k| k.bytes().all(|b| b.is_ascii_uppercase()))
                            })
                    });
                    if state_forces && !targets.contains(&a) && !sources.contains(&a) {
                        sources.push(a);
                    }
                }
            }
            // "guards wounding varying wounds": an injury verb with a same-word object says what
            // its noun suffered; the noun is the injured, not the attacker.
            if p.pos == TriggerPos::Verb && self.cognate_injury(&t, m.tok) {
                for s in std::mem::take(&mut sources) {
                    if !targets.contains(&s) {
                        targets.push(s);
                    }
                }
            }
            if self.positional_fallback {
                // PETRARCH reads a compound source on the surface: an actor joined to the source
                // by `and` right before it ("Fornost and Gondor welcomed …") acts with it,
                // however the parser attached them.
                let mut k = 0;
                while k < sources.len() && sources.len() < 16 {
                    if let Some(b) = surface_conjunct_before(&t, &tm, sources[k]) {
                        if !sources.contains(&b) && !targets.contains(&b) {
                            sources.push(b);
                        }
                    }
                    k += 1;
                }
                let here = t.span(m.tok);
                let mut in_sent: Vec<usize> = tm.iter().flatten().copied().collect();
                in_sent.sort_unstable();
                in_sent.dedup();
                in_sent.sort_by_key(|&i| actors.get(i).map_or(0, |a| a.span.start));
                if sources.is_empty() {
                    if let Some(&b) = in_sent
                        .iter()
                        .rev()
                        .find(|&&i| actors.get(i).is_some_and(|a| a.span.end <= here.start))
                    {
                        sources.push(b);
                        // An agentless passive clause ("X was criticized over its dispute with
                        // Y"): PETRARCH reads its subject as the source, so it is no target, and
                        // the target is sought after the verb. (A participle modifying a noun,
                        // "crowds burned down its embassy", keeps its reading.)
                        if t.kids(m.tok, "aux").any(|c| t.rel(c) == "aux:pass") {
                            targets.retain(|&x| x != b);
                        }
                    }
                }
                // Coordinated sources without a target act on each other (PETRARCH convention);
                // that pairing is left to the reader of the event.
                // A target after the trigger, outside adverbial clauses of other verbs ("…
                // after a hafling was reported on the pass of Cirith Ungol"), with its conjuncts.
                if targets.is_empty() {
                    let first = in_sent.iter().copied().find(|&i| {
                        !sources.contains(&i)
                            && actors.get(i).is_some_and(|a| a.span.start >= here.end)
                            && (sources.len() < 2 || !self.in_other_clause(&t, &tm, i, m.tok))
                    });
                    if let Some(a) = first {
                        targets.push(a);
                        if let Some(k) = tm.iter().position(|v| v.contains(&a)) {
                            for b in self.resolve(&t, &tm, k, 0, false) {
                                if !targets.contains(&b) && !sources.contains(&b) {
                                    targets.push(b);
                                }
                            }
                        }
                    }
                }
            }
            let mut lo = t.span(m.tok);
            for &c in &m.consumed {
                let s = t.span(c);
                lo = Span::new(lo.start.min(s.start), lo.end.max(s.end));
            }
            // `A:B` (PETRARCH): A is the source's act, B the target's act on the source.
            let (primary, reverse) = match p.cameo.split_once(':') {
                Some((a, b)) => (a.to_owned(), Some(b.to_owned())),
                None => (p.cameo.clone(), None),
            };
            reverse_codes.push(reverse);
            let mut cameo = primary;
            let mut mode = p.mode.clone();
            let mut acled = p.acled.clone();
            if p.plover == "ASSAULT" || matches!(p.root(), "18" | "19" | "20") {
                if let Some(ins) = self.instrument(&t, m.tok, &m.consumed) {
                    if mode.is_none() || matches!(mode.as_deref(), Some("firearms" | "primitive")) {
                        mode = Some(ins.mode.clone());
                    }
                    let strong = matches!(
                        ins.mode.as_str(),
                        "aerial" | "drone" | "unconventional" | "suicide-attack"
                    );
                    // A grenade or a suicide bomber says more than a pattern's generic
                    // explosion ("a grenade exploded": not a remote explosive).
                    let finer_explosive =
                        matches!(ins.acled.as_deref(), Some("grenade" | "suicide-bomb"));
                    let generic_acled = strong
                        || match &acled {
                            None => true,
                            Some((_, s)) => {
                                s == "Armed clash"
                                    || s == "Attack"
                                    || (finer_explosive && s == "Remote explosive/landmine/IED")
                            }
                        };
                    if strong {
                        mode = Some(ins.mode.clone());
                    }
                    if let (true, Some(a)) = (generic_acled, ins.acled.as_deref()) {
                        acled = vocab::acled(a).map(|(x, y)| (x.to_owned(), y.to_owned()));
                    }
                    if let Some(c) = &ins.cameo {
                        if matches!(cameo.as_str(), "18" | "19" | "180" | "190" | "183") {
                            cameo = c.clone();
                        }
                    }
                }
            }
            // ACLED sub-types that depend on who is involved.
            if let Some((_, sub)) = &acled {
                let armed_src = sources
                    .iter()
                    .filter_map(|&i| actors.get(i))
                    .any(is_state_force);
                let new_sub = match sub.as_str() {
                    "Non-state actor overtakes territory" | "Government regains territory"
                        if !sources.is_empty() =>
                    {
                        Some(if armed_src {
                            "gov-regains"
                        } else {
                            "nsa-overtakes"
                        })
                    }
                    "Armed clash" | "Attack" if !targets.is_empty() => {
                        let tg: Vec<&ActorMention> =
                            targets.iter().filter_map(|&i| actors.get(i)).collect();
                        if tg.iter().any(|a| is_armed(a)) {
                            Some("armed-clash")
                        } else if tg.iter().all(|a| is_civilian(a)) {
                            Some("attack")
                        } else {
                            None
                        }
                    }
                    _ => None,
                };
                if let Some(id) = new_sub {
                    acled = vocab::acled(id).map(|(a, b)| (a.to_owned(), b.to_owned()));
                }
            }
            let mut conf = p.confidence;
            if sources.is_empty() {
                conf *= 0.7;
            }
            if targets.is_empty() {
                conf *= 0.9;
            }
            let mut modality = self.modality(&t, m.tok);
            let mut plover = p.plover.clone();
            if let Some(h) = self.deontic_speaker(&t, m.tok) {
                let speaker = self.fill(&t, &tm, actors, h, &[Role::Subj], &[], &[]);
                targets = sources
                    .into_iter()
                    .filter(|x| !speaker.contains(x))
                    .collect();
                sources = speaker;
                cameo = refine("100", &cameo).unwrap_or_else(|| "100".to_owned());
                let (pt, pm) = vocab::default_plover(&cameo).unwrap_or(("REQUEST", None));
                plover = pt.to_owned();
                mode = pm.map(str::to_owned);
                acled = None;
                modality = Modality::Asserted;
            }
            // No actor acts on itself: a target that is also a source ("crowds burned down its
            // embassy", where `its` found the crowds) is no target.
            targets.retain(|x| !sources.contains(x));
            // `needsrc` / `needtgt`: no event without the actor the pattern needs (`reverse_codes`
            // has this match's entry already, so the two stay aligned)
            if (p.needs_source && sources.is_empty()) || (p.needs_target && targets.is_empty()) {
                events.push(None);
                continue;
            }
            events.push(Some(EventCandidate {
                sentence: si,
                trigger_token: m.tok,
                trigger: lo,
                cameo,
                plover_type: plover,
                plover_mode: mode,
                plover_contexts: p.contexts.clone(),
                acled,
                sources,
                targets,
                // A negation the pattern names ("DID N'T *") is part of the act, not its denial.
                negated: self.negated(&t, m.tok)
                    && !t.children(m.tok).iter().any(|&c| {
                        m.consumed.contains(&c) && self.cues.negation.contains(t.lower(c))
                    }),
                modality,
                confidence: conf,
            }));
        }
        // 4a. Outcomes of an act ("an attack … which resulted in guards wounded") take the
        // source of that act when they have none.
        let owner = |x: usize| -> Option<usize> {
            matches
                .iter()
                .position(|m| m.tok == x || m.consumed.contains(&x))
        };
        for k in 0..matches.len() {
            let violent = |e: &Option<EventCandidate>| {
                e.as_ref()
                    .is_some_and(|e| matches!(e.cameo.get(..2), Some("18" | "19" | "20")))
            };
            if !violent(&events[k]) || events[k].as_ref().is_some_and(|e| !e.sources.is_empty()) {
                continue;
            }
            let Some(anchor) = self.consequence_anchor(&t, matches[k].tok) else {
                continue;
            };
            let cause = std::iter::once(anchor)
                .chain(t.ancestors(anchor, 3))
                .find_map(|a| owner(a).filter(|&j| j != k));
            let Some(j) = cause.filter(|&j| violent(&events[j])) else {
                continue;
            };
            let srcs = events[j]
                .as_ref()
                .map(|e| e.sources.clone())
                .unwrap_or_default();
            if let Some(e) = events[k].as_mut() {
                e.sources = srcs
                    .into_iter()
                    .filter(|x| !e.targets.contains(x))
                    .collect();
            }
        }
        // 4a'. A pronoun source that names the event's own target is a coreference slip ("the
        // pursuit of X and his team, which he described as spies": `he` is not X). The pronoun
        // stands for the source of the act its clause hangs from, if any; else it is dropped.
        for k in 0..matches.len() {
            let Some(e) = events[k].as_ref() else {
                continue;
            };
            let slips: Vec<usize> = e
                .sources
                .iter()
                .copied()
                .filter(|&s| {
                    is_pronoun(&t, &tm, s) && e.targets.iter().any(|&g| same_referent(actors, s, g))
                })
                .collect();
            if slips.is_empty() {
                continue;
            }
            let governor = t
                .ancestors(matches[k].tok, MAX_DEPTH)
                .into_iter()
                .find_map(|a| {
                    owner(a).filter(|&j| {
                        j != k
                            && events[j].as_ref().is_some_and(|g| {
                                !g.sources.is_empty()
                                    && g.sources.iter().all(|&s| !is_pronoun(&t, &tm, s))
                            })
                    })
                });
            let inherited = governor
                .and_then(|j| events[j].as_ref().map(|g| g.sources.clone()))
                .unwrap_or_default();
            if let Some(e) = events[k].as_mut() {
                e.sources.retain(|s| !slips.contains(s));
                for s in inherited {
                    if !e.sources.contains(&s) && !e.targets.contains(&s) {
                        e.sources.push(s);
                    }
                }
            }
        }
        // 4a''. Reported obligations without a coded act ("X declared that China must drop
        // barriers"): a demand by the speaker on the one obliged.
        let mut extra: Vec<EventCandidate> = Vec::new();
        for c in (0..n).filter(|_| self.obligations_as_demands) {
            if t.upos(c) != Upos::Verb
                || matches
                    .iter()
                    .any(|x| x.tok == c || x.consumed.contains(&c))
            {
                continue;
            }
            let Some(h) = self.deontic_speaker(&t, c) else {
                continue;
            };
            let speaker = self.fill(&t, &tm, actors, h, &[Role::Subj], &[], &[]);
            let obliged = self.fill(&t, &tm, actors, c, &[Role::Subj], &[], &speaker);
            if obliged.is_empty() {
                continue;
            }
            let mut span = t.span(c);
            for a in t.kids(c, "aux") {
                let sa = t.span(a);
                span = Span::new(span.start.min(sa.start), span.end.max(sa.end));
            }
            extra.push(EventCandidate {
                sentence: si,
                trigger_token: c,
                trigger: span,
                cameo: "100".to_owned(),
                plover_type: "REQUEST".to_owned(),
                plover_mode: None,
                plover_contexts: Vec::new(),
                acled: None,
                confidence: if speaker.is_empty() { 0.4 } else { 0.6 },
                sources: speaker,
                targets: obliged,
                negated: self.negated(&t, c),
                modality: Modality::Asserted,
            });
        }
        // 4b. Reported speech: a bare statement verb ("…, an official said") in a sentence that
        // holds another coded act reports that act; the act is the event, the saying is not.
        for k in 0..matches.len() {
            if !statement[k] || events[k].is_none() {
                continue;
            }
            // PETRARCH deletes a terminal comma clause ("…, a senior official said on
            // Saturday") only up to its `comma_emax` length; a longer one stays in the sentence
            // and its statement is coded as well.
            if self.petrarch_clauses
                && terminal_clause_words(&t, matches[k].tok).is_some_and(|w| w > COMMA_EMAX)
            {
                // Its speaker is the noun phrase between the comma and the verb, whatever the
                // parse made of it; what it says is the rest of the sentence, no actor.
                let v = matches[k].tok;
                let comma = (0..v).rev().find(|&c| t.lower(c) == ",").unwrap_or(0);
                let mut speaker: Vec<usize> = Vec::new();
                for &a in tm[comma..v].iter().flatten() {
                    if actors.get(a).is_some_and(|x| x.cameo.is_some()) && !speaker.contains(&a) {
                        speaker.push(a);
                    }
                }
                if let Some(e) = events[k].as_mut() {
                    if !speaker.is_empty() {
                        e.sources = speaker;
                    }
                    e.targets.clear();
                }
                continue;
            }
            // Parentheticals ("…, an official said") attach anywhere in a noisy parse, so any
            // asserted act with a source in the sentence counts.
            let reports = (0..matches.len()).any(|j| {
                j != k
                    && !statement[j]
                    && events[j]
                        .as_ref()
                        .is_some_and(|e| !e.negated && !e.sources.is_empty())
            }) || extra.iter().any(|e| !e.negated && !e.sources.is_empty());
            if reports {
                events[k] = None;
            }
        }
        // 4c. PETRARCH: an act in a temporal adverbial is folded into another coded act.
        if self.petrarch_clauses {
            let temporal: Vec<bool> = matches
                .iter()
                .map(|m| self.in_temporal_adverbial(&t, m.tok))
                .collect();
            let main_act = (0..matches.len()).any(|j| {
                !temporal[j]
                    && governed[j].is_none()
                    && events[j]
                        .as_ref()
                        .is_some_and(|e| !e.negated && !e.sources.is_empty())
            });
            if main_act {
                for (e, _) in events.iter_mut().zip(&temporal).filter(|(_, &tp)| tp) {
                    *e = None;
                }
            }
        }
        // 5. Fold governed acts into their governor: refine its code, lend it a target.
        for k in 0..matches.len() {
            let Some(g) = governed[k] else { continue };
            let Some(inner) = events[k].take() else {
                continue;
            };
            if let Some(gov) = events[g].as_mut() {
                if let Some(c) = refine(&gov.cameo, &inner.cameo) {
                    if let Some((pt, pm)) = vocab::default_plover(&c) {
                        if gov.plover_type == pt || gov.plover_type.is_empty() {
                            gov.plover_type = pt.to_owned();
                            gov.plover_mode = pm.map(str::to_owned).or(gov.plover_mode.take());
                        }
                    }
                    gov.cameo = c;
                }
                if gov.targets.is_empty() {
                    gov.targets = inner
                        .targets
                        .iter()
                        .copied()
                        .filter(|x| !gov.sources.contains(x))
                        .collect();
                }
            }
        }
        // The target's act on the source, for `A:B` codes.
        let mut out: Vec<EventCandidate> = Vec::with_capacity(events.len());
        for (e, rev) in events.into_iter().zip(reverse_codes) {
            let Some(e) = e else { continue };
            let back = rev.filter(|_| !e.sources.is_empty() && !e.targets.is_empty());
            if let Some(code) = back {
                let (pt, pm) = match vocab::default_plover(&code) {
                    Some((t, m)) if vocab::is_cameo(&code) => (t.to_owned(), m.map(str::to_owned)),
                    _ => (String::new(), None),
                };
                let mut r = e.clone();
                std::mem::swap(&mut r.sources, &mut r.targets);
                r.cameo = code;
                r.plover_type = pt;
                r.plover_mode = pm;
                out.push(e);
                out.push(r);
            } else {
                out.push(e);
            }
        }
        out.extend(extra);
        if self.require_dyad {
            // Coordinated sources without a target act on each other; a long terminal clause's
            // statement has the rest of the sentence as its target.
            // An object the pattern names ("restore full diplomatic ties") is part of the verb
            // phrase, not a target.
            let named = |k: usize, o: usize| {
                matches.iter().filter(|m| m.tok == k).any(|m| {
                    m.consumed
                        .iter()
                        .any(|&c| c == o || t.ancestors(c, MAX_DEPTH).contains(&o))
                })
            };
            out.retain(|e| {
                let k = e.trigger_token;
                !e.targets.is_empty()
                    || e.sources.len() >= 2
                    || t.kids(k, "obj").any(|o| !named(k, o))
                    || terminal_clause_words(&t, k).is_some_and(|w| w > COMMA_EMAX)
            });
        }
        if self.future_as_intent {
            // PLOVER: an announced act on a condition the other side must meet is a threat
            // ("will withdraw its force unless X holds elections", "may halt mediation if
            // cooperation founders" for conflict acts).
            for e in out.iter_mut() {
                if !matches!(e.modality, Modality::Future | Modality::Hypothetical) || e.negated {
                    continue;
                }
                let Some(mark) = self.condition_mark(&t, e.trigger_token) else {
                    continue;
                };
                let root = e.cameo.get(..2).unwrap_or("");
                let conflict = matches!(root, "14" | "15" | "16" | "17" | "18" | "19" | "20");
                if !(mark == "unless" || conflict) || e.plover_type == "THREATEN" {
                    continue;
                }
                let code = future_recode(&e.cameo, &e.plover_type)
                    .filter(|(c, _)| c.starts_with("13"))
                    .map_or_else(|| "130".to_owned(), |(c, _)| c);
                e.plover_mode =
                    vocab::default_plover(&code).and_then(|(_, m)| m.map(str::to_owned));
                e.cameo = code;
                e.plover_type = "THREATEN".to_owned();
                e.acled = None;
                e.modality = Modality::Future;
            }
        }
        if self.future_as_intent {
            // PLOVER: announced cooperation is AGREE, announced conflict is THREATEN.
            for e in out.iter_mut().filter(|e| e.modality == Modality::Future) {
                if let Some((c, pt)) = future_recode(&e.cameo, &e.plover_type) {
                    e.plover_mode =
                        vocab::default_plover(&c).and_then(|(_, m)| m.map(str::to_owned));
                    e.cameo = c;
                    e.plover_type = pt.to_owned();
                    e.acled = None;
                }
            }
        }
        out
    }
}

/// Headlines name groups by acronyms that spell English auxiliaries ("IS kills four soldiers",
/// "IS executed 16 traders"), and the tagger reads them as the auxiliary: a copula or a passive
/// auxiliary of the verb that follows, which leaves the verb without a subject (and a passive
/// one without an object). A word in capitals (two letters or more) that the actor stage
/// recognised as an actor, in a sentence not itself in capitals, is a name, not an auxiliary:
/// when it hangs off a later word as `aux`, `aux:pass` or `cop`, it becomes that word's subject
/// (`nsubj`, a proper noun), and a past participle it made passive becomes a past tense. Right
/// after a preposition left without its object ("claimed by IS"), it is that object. Returns
/// the repaired parse, or `None` when nothing needed repair (the common case: no copy).
fn acronym_subjects(
    text: &str,
    sent: &Sentence,
    parse: &ParsedSentence,
    actors: &[ActorMention],
) -> Option<ParsedSentence> {
    // In a sentence written in capitals every word looks like an acronym.
    if !sent.span.slice(text).chars().any(char::is_lowercase) {
        return None;
    }
    let mut out: Option<ParsedSentence> = None;
    for (k, (tok, syn)) in sent.tokens.iter().zip(parse).enumerate() {
        let form = tok.span.slice(text);
        let acronym = form.chars().count() >= 2 && form.chars().all(|c| c.is_uppercase());
        if !acronym || syn.upos != Upos::Aux || !actors.iter().any(|m| m.span.overlaps(&tok.span)) {
            continue;
        }
        // "claimed by IS", "retake the town from IS": right after a preposition that the parser
        // attached as the phrase itself (not as a `case` marker), the name is the preposition's
        // object: it takes the preposition's place and the preposition becomes its marker.
        let prep = k
            .checked_sub(1)
            .and_then(|p| parse.get(p).map(|s| (p, s)))
            .filter(|(_, s)| s.upos == Upos::Adp && s.deprel != "case" && s.head != k + 1);
        if let Some((p, ps)) = prep {
            let (head, deprel) = (ps.head, ps.deprel.clone());
            let fixed = out.get_or_insert_with(|| parse.clone());
            fixed[p].head = k + 1;
            fixed[p].deprel = "case".to_owned();
            let t = &mut fixed[k];
            t.upos = Upos::Propn;
            t.xpos = "NNP".to_owned();
            t.lemma = form.to_owned();
            t.head = head;
            t.deprel = deprel;
            continue;
        }
        if !matches!(syn.deprel.as_str(), "aux" | "aux:pass" | "cop")
            || syn.head <= k + 1
            || syn.head > parse.len()
        {
            continue;
        }
        let fixed = out.get_or_insert_with(|| parse.clone());
        let head = syn.head - 1;
        if syn.deprel == "aux:pass" && fixed[head].xpos == "VBN" {
            fixed[head].xpos = "VBD".to_owned();
        }
        let t = &mut fixed[k];
        t.upos = Upos::Propn;
        t.xpos = "NNP".to_owned();
        t.lemma = form.to_owned();
        t.deprel = "nsubj".to_owned();
    }
    out
}

/// True when code `b` says more than code `a` about the same actor: `a` extended (`BRE` →
/// `BREGOV`), or `a` an agent without a country (`---GOV`) that `b` gives one (`USAGOV`).
fn more_specific(a: &str, b: &str) -> bool {
    (b.len() > a.len() && b.starts_with(a))
        || a.strip_prefix("---").is_some_and(|agent| {
            !agent.is_empty()
                && !b.starts_with("---")
                && b.len() > agent.len()
                && b.ends_with(agent)
        })
}

/// The most specific mention of one noun phrase: a name or agent head whose modifier in the same
/// phrase carries a code that refines its own ("Bree Prime Minister Romendacil", "White House
/// security officials") stands for that modifier's mention.
fn specific(t: &Tree, tm: &[Vec<usize>], actors: &[ActorMention], m: usize) -> usize {
    let Some(head) = (0..tm.len()).rev().find(|&k| tm[k].contains(&m)) else {
        return m;
    };
    // A bare agent with an appositive name ("the military commander, Abu Ali") is that name.
    if actors.get(m).is_some_and(|a| a.kind == ActorKind::Generic) {
        for c in t.kids_exact(head, "appos") {
            if t.upos(c) == Upos::Pron {
                continue;
            }
            let named = tm.get(c).into_iter().flatten().copied().find(|&o| {
                actors
                    .get(o)
                    .is_some_and(|a| !matches!(a.kind, ActorKind::Generic | ActorKind::Unknown))
            });
            if let Some(o) = named {
                return o;
            }
        }
    }
    let Some(code) = actors.get(m).and_then(|a| a.cameo.as_deref()) else {
        return m;
    };
    let mut best = m;
    let mut best_code = code;
    let mut stack: Vec<(usize, usize)> = t.children(head).iter().map(|&c| (c, 0)).collect();
    while let Some((c, d)) = stack.pop() {
        if !matches!(
            t.rel(c),
            "compound" | "flat" | "flat:name" | "nmod:desc" | "amod" | "nmod:poss"
        ) {
            continue;
        }
        // A pronoun's code comes from coreference: it refines nothing.
        if t.upos(c) == Upos::Pron {
            continue;
        }
        for &o in tm.get(c).map_or(&[][..], Vec::as_slice) {
            if let Some(oc) = actors.get(o).and_then(|a| a.cameo.as_deref()) {
                if o != m && more_specific(best_code, oc) {
                    best = o;
                    best_code = oc;
                }
            }
        }
        if d < 2 {
            stack.extend(t.children(c).iter().map(|&k| (k, d + 1)));
        }
    }
    best
}

/// For a verb whose subject follows the sentence's last comma before it ("…, the news agency
/// said on Thursday."), the number of words from that comma to the end of the sentence
/// (punctuation not counted): the length of the terminal clause the verb heads. `None` when the
/// verb heads no such clause.
fn terminal_clause_words(t: &Tree, i: usize) -> Option<usize> {
    let comma = (0..i).rev().find(|&k| t.lower(k) == ",")?;
    if !t.kids(i, "nsubj").any(|s| s > comma)
        || t.children(i)
            .iter()
            .any(|&c| c > i && matches!(t.base_rel(c), "ccomp" | "xcomp" | "obj" | "parataxis"))
    {
        return None;
    }
    Some(
        (comma + 1..t.len())
            .filter(|&k| t.upos(k) != Upos::Punct)
            .count(),
    )
}

/// The comma that opens a terminal clause PETRARCH deletes: a clause of a verb whose subject
/// follows the sentence's last comma ("…, a senior official said on Saturday."), two to
/// [`COMMA_EMAX`] words long (PETRARCH's `comma_emin` / `comma_emax`).
fn short_terminal_clause(t: &Tree) -> Option<usize> {
    let comma = (0..t.len()).rev().find(|&k| t.lower(k) == ",")?;
    (comma + 1..t.len())
        .filter(|&v| t.upos(v) == Upos::Verb)
        .find_map(|v| terminal_clause_words(t, v).filter(|w| (2..=COMMA_EMAX).contains(w)))
        .map(|_| comma)
}

/// True when mention `m` is a bare agent (no country, no name) written as an adjective
/// modifying a noun ("official" in "an official visit").
fn adjectival_agent(t: &Tree, tm: &[Vec<usize>], actors: &[ActorMention], m: usize) -> bool {
    let generic = actors.get(m).is_some_and(|a| {
        a.kind == ActorKind::Generic && a.cameo.as_deref().is_some_and(|c| c.starts_with("---"))
    });
    let mut toks = (0..tm.len()).filter(|&k| tm[k].contains(&m)).peekable();
    generic && toks.peek().is_some() && toks.all(|k| t.upos(k) == Upos::Adj && t.rel(k) == "amod")
}

/// The actors of a [`Role::Skip`] role among `roles`: the pattern word is the last token of
/// the trigger phrase (`consumed`) with that form; the noun phrases after it are counted as
/// runs of determiners, adjectives, numerals, nouns and possessives ("the leaders"), and the
/// one after the skipped ones is resolved with its modifiers ("the leaders of Gondor").
fn skip_phrase(
    mt: &Matcher,
    t: &Tree,
    tm: &[Vec<usize>],
    actors: &[ActorMention],
    consumed: &[usize],
    roles: &[Role],
    exclude: &[usize],
) -> Vec<usize> {
    let mut out = Vec::new();
    for r in roles {
        let Role::Skip(word, n) = r else { continue };
        let Some(&anchor) = consumed
            .iter()
            .filter(|&&c| t.lower(c) == word.as_str())
            .max()
        else {
            continue;
        };
        let np = |k: usize| {
            matches!(
                t.upos(k),
                Upos::Det | Upos::Adj | Upos::Num | Upos::Noun | Upos::Propn
            ) || (t.upos(k) == Upos::Pron && t.rel(k) == "nmod:poss")
                || (t.upos(k) == Upos::Part && t.lower(k) == "'s")
        };
        let mut phrases = Vec::new();
        let mut k = anchor + 1;
        while k < t.len() && phrases.len() <= *n {
            if np(k) {
                let mut e = k;
                while e + 1 < t.len() && np(e + 1) {
                    e += 1;
                }
                phrases.push((k, e));
                k = e + 1;
            } else {
                k += 1;
            }
        }
        let Some(&(first, head)) = phrases.get(*n) else {
            continue;
        };
        // The phrase's own actors first ("Eriador next week"), then those of its modifiers.
        let mut found: Vec<usize> = Vec::new();
        for a in tm[first..=head].iter().flatten() {
            if !found.contains(a) {
                found.push(*a);
            }
        }
        if found.is_empty() {
            found = mt.resolve(t, tm, head, 2, false);
        }
        for a in found {
            let a = specific(t, tm, actors, a);
            if !exclude.contains(&a) && !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

/// PETRARCH's comma-clause deletion: the tokens of a short terminal clause (see
/// [`short_terminal_clause`]) and of each internal comma-delimited clause of
/// [`COMMA_MIN`]..=[`COMMA_MAX`] words that holds a verb (a list of names, "Mordor, the Shire,
/// Fornost", is no clause).
fn deleted_clauses(t: &Tree) -> Vec<bool> {
    let n = t.len();
    let mut out = vec![false; n];
    let terminal = short_terminal_clause(t);
    if let Some(c) = terminal {
        out.iter_mut().skip(c).for_each(|d| *d = true);
    }
    let commas: Vec<usize> = (0..n).filter(|&k| t.lower(k) == ",").collect();
    for w in commas.windows(2) {
        let (a, b) = (w[0], w[1]);
        if terminal.is_some_and(|c| b >= c && a < c && b != c) {
            continue;
        }
        // A phrasal verb is one word ("burned down").
        let words = (a + 1..b)
            .filter(|&k| t.upos(k) != Upos::Punct && t.rel(k) != "compound:prt")
            .count();
        let verb = (a + 1..b).any(|k| t.upos(k) == Upos::Verb);
        if verb && (COMMA_MIN..=COMMA_MAX).contains(&words) {
            out.iter_mut().take(b).skip(a).for_each(|d| *d = true);
        }
    }
    out
}

/// The actor mention that ends right before mention `m`'s first token, across `and` (or `, and`):
/// "Fornost and Gondor". (A comma alone may close an introductory phrase: "In Rohan, Gondor
/// said …".)
fn surface_conjunct_before(t: &Tree, tm: &[Vec<usize>], m: usize) -> Option<usize> {
    let first = tm.iter().position(|v| v.contains(&m))?;
    let mut k = first.checked_sub(1)?;
    if t.lower(k) != "and" {
        return None;
    }
    if k > 0 && t.lower(k - 1) == "," {
        k -= 1;
    }
    let prev = k.checked_sub(1)?;
    tm[prev].iter().copied().find(|&b| b != m)
}

/// The head noun of the noun phrase right after token `i` (within 7 words, before any verb,
/// preposition or clause break): its first noun that does not modify another.
fn surface_np_head(t: &Tree, i: usize) -> Option<usize> {
    (i + 1..t.len().min(i + 8))
        .take_while(|&k| {
            !matches!(
                t.upos(k),
                Upos::Verb | Upos::Adp | Upos::Aux | Upos::Sconj | Upos::Cconj | Upos::Pron
            ) && (t.upos(k) != Upos::Punct || t.lower(k) == "-")
        })
        .find(|&k| {
            t.upos(k) == Upos::Noun
                && !matches!(t.rel(k), "compound" | "amod" | "flat")
                && (k + 1 >= t.len() || t.upos(k + 1) != Upos::Noun)
        })
}

/// True when mentions `a` and `b` name the same entity: one resolved id, or one actor code that
/// names more than a bare agent (`IRQELI`, not `---MIL`).
fn same_referent(actors: &[ActorMention], a: usize, b: usize) -> bool {
    let (Some(x), Some(y)) = (actors.get(a), actors.get(b)) else {
        return false;
    };
    (x.id.is_some() && x.id == y.id)
        || x.cameo
            .as_deref()
            .is_some_and(|c| !c.starts_with("---") && y.cameo.as_deref() == Some(c))
}

/// True when mention `m` lies on a pronoun token of this sentence.
fn is_pronoun(t: &Tree, tm: &[Vec<usize>], m: usize) -> bool {
    tm.iter()
        .enumerate()
        .any(|(k, v)| v.contains(&m) && t.upos(k) == Upos::Pron)
}

fn code_has(a: &ActorMention, parts: &[&str]) -> bool {
    a.cameo.as_deref().is_some_and(|c| {
        parts
            .iter()
            .any(|p| c.get(3..).is_some_and(|r| r.contains(p)))
    })
}

fn sector_is(a: &ActorMention, parts: &[&str]) -> bool {
    a.sector
        .as_deref()
        .is_some_and(|s| parts.iter().any(|p| s.eq_ignore_ascii_case(p)))
}

/// A state's armed or executive forces (army, police, government).
pub(crate) fn is_state_force(a: &ActorMention) -> bool {
    a.kind == ActorKind::State
        || code_has(a, &["GOV", "MIL", "COP", "SPY"])
        || sector_is(a, &["government", "military", "police"])
}

/// Any armed actor: state forces, rebels, militias.
pub(crate) fn is_armed(a: &ActorMention) -> bool {
    a.kind == ActorKind::ArmedGroup
        || code_has(a, &["MIL", "COP", "REB", "INS", "UAF", "SPY"])
        || sector_is(a, &["military", "police", "rebel", "militia", "insurgent"])
}

/// A person or group that is no armed actor. An unknown name ("the Fifth Corps") is not known
/// to be civilian: ACLED's "Attack" needs civilian victims.
fn is_civilian(a: &ActorMention) -> bool {
    !is_armed(a)
        && matches!(
            a.kind,
            ActorKind::Person | ActorKind::Generic | ActorKind::Media | ActorKind::Ngo
        )
}

/// How specific a pattern is: named words weigh more than bare relations, so "withdraw
/// obj:inspectors" beats "withdraw prep:from" on the same token.
fn specificity(p: &Pattern) -> usize {
    p.constraints
        .iter()
        .map(|c| match c {
            Constraint::Obj(h)
            | Constraint::Subj(h)
            | Constraint::Prep(_, h)
            | Constraint::Xcomp(h)
                if !h.is_empty() =>
            {
                3
            }
            Constraint::Compound(_) => 3,
            Constraint::After(w) | Constraint::Before(w) => 2 * w.len(),
            // a restriction, not evidence: no more specific than the bare trigger
            Constraint::NoObject => 0,
            _ => 2,
        })
        .sum::<usize>()
        - usize::from(
            p.constraints
                .iter()
                .any(|c| matches!(c, Constraint::Passive | Constraint::Active)),
        )
}

/// The intent code of an act announced for the future: cooperation → CAMEO 03 / PLOVER AGREE,
/// conflict → CAMEO 13 / PLOVER THREATEN. `None` keeps the act as it is.
fn future_recode(cameo: &str, plover: &str) -> Option<(String, &'static str)> {
    let root = cameo.get(..2)?;
    let c = match root {
        "04" => "036",
        "05" => "032",
        "06" => "031",
        "07" => "033",
        "08" if cameo.starts_with("084") => "0353",
        "08" if cameo.starts_with("087") => "0356",
        "08" => "035",
        "14" => "133",
        "15" | "18" | "19" | "20" => "138",
        "16" => "131",
        "17" if cameo.starts_with("172") => "132",
        "17" => "137",
        _ => return None,
    };
    let _ = plover;
    let t = if c.starts_with("03") {
        "AGREE"
    } else {
        "THREATEN"
    };
    Some((c.to_owned(), t))
}

/// Refines a generic governing code by the root of the act it mentions ("threaten" + attack → 138).
fn refine(gov: &str, inner: &str) -> Option<String> {
    let ir = inner.get(..2)?;
    let out = match (gov, ir) {
        ("130", "18" | "19") => "138",
        ("130", "20") => "1383",
        ("130", "17") if inner.starts_with("173") => "137",
        ("130", "17") => "137",
        ("130", "16") => "131",
        ("130", "14") => "133",
        ("100", "08") if inner.starts_with("084") => "1053",
        ("100", "08") => "105",
        ("100", "04") => "106",
        ("100", "07") => "103",
        ("100", "06") => "101",
        ("100", "05") => "102",
        ("020", "08") if inner.starts_with("084") => "0253",
        ("020", "08") => "025",
        ("020", "04") => "026",
        ("020", "07") => "023",
        ("020", "06") => "021",
        ("020", "05") => "022",
        ("030", "04") => "036",
        ("030", "07") => "033",
        ("030", "06") => "031",
        ("030", "08") => "035",
        ("030", "05") => "032",
        ("120", "08") => "124",
        ("120", "04") => "125",
        ("120", "07") => "122",
        ("120", "06") => "121",
        _ => return None,
    };
    Some(out.to_owned())
}

/// True when the participle at `i`, an adjectival modifier of a noun, stands after a
/// determiner, modifier, preposition or hyphen: it describes the noun's state ("the *signed*
/// detour", "a *convicted* killer", "publicly *funded* hotel", "court-*ordered* test", "the
/// *surrounding* area"), it does not report an act, and it is no trigger. A participle right
/// after a noun, pronoun or comma is more often a finite verb the parser hung as a modifier
/// ("the government *accused* opposition figures", "Schepis, *filed* suit", also across
/// adverbs: "the government *also* accused") and stays one, as does one tagged as a past tense
/// or after a conjunction ("reviewing or *changing* policies").
fn describes_noun(t: &Tree, i: usize) -> bool {
    // The noun it modifies comes after it with only modifiers between; otherwise the parse is
    // wrong and the participle stands for people ("11 of the *injured* were members").
    let Some(h) = t.head(i) else { return false };
    if h <= i
        || !matches!(t.upos(h), Upos::Noun | Upos::Propn)
        || (i + 1..h).any(|k| {
            !matches!(
                t.upos(k),
                Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num | Upos::Adv | Upos::Punct
            )
        })
    {
        return false;
    }
    // a past tense is a finite verb the parser hung on its object
    if t.xpos(i) == "VBD" {
        return false;
    }
    // look past adverbs: "a *publicly* funded hotel", "close, *hard* fought matches" (a
    // determiner or comma before them) but "the government *also* accused opposition figures"
    // (a noun before them)
    let mut p = i;
    while p > 0 && matches!(t.xpos(p - 1), "RB" | "RBR" | "RBS") {
        p -= 1;
    }
    let stepped = p < i;
    if p == 0 {
        return true;
    }
    let p = p - 1;
    matches!(
        t.upos(p),
        Upos::Det | Upos::Adj | Upos::Num | Upos::Adp | Upos::Part | Upos::Sconj
    ) || matches!(t.xpos(p), "PRP$" | "WRB")
        || t.lower(p) == "-"
        || (stepped && t.upos(p) == Upos::Punct)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_reach_the_lemma() {
        let c = lemma_candidates("attacked", "attacked");
        assert!(c.contains(&"attack".to_owned()));
        assert!(lemma_candidates("x", "shelling").contains(&"shell".to_owned()));
        assert!(lemma_candidates("x", "stopped").contains(&"stop".to_owned()));
        assert!(lemma_candidates("x", "rallies").contains(&"rally".to_owned()));
        assert!(lemma_candidates("x", "released").contains(&"release".to_owned()));
    }

    #[test]
    fn title_codes_refine_names_and_bare_agents() {
        assert!(more_specific("BRE", "BREGOV"));
        assert!(more_specific("---GOV", "USAGOV"));
        assert!(!more_specific("---GOV", "USAMIL"));
        assert!(!more_specific("IRQ", "USAGOV"));
        assert!(!more_specific("BREGOV", "BRE"));
    }

    #[test]
    fn terminal_clauses_are_measured_in_words() {
        let (text, sents, parses) = crate::testing::build(&[
            "Arnor/PROPN/2/nsubj left/VERB:VBD/8/ccomp ,/PUNCT/8/punct the/DET/7/det state/NOUN/7/compound news/NOUN/7/compound agency/NOUN/8/nsubj said/VERB:VBD/0/ROOT ./PUNCT/8/punct",
        ]);
        let t = Tree::new(&text, &sents[0], &parses[0]);
        assert_eq!(terminal_clause_words(&t, 7), Some(5));
        // The main verb heads no terminal clause.
        assert_eq!(terminal_clause_words(&t, 1), None);
    }

    #[test]
    fn refinement_table() {
        assert_eq!(refine("130", "190").as_deref(), Some("138"));
        assert_eq!(refine("100", "0841").as_deref(), Some("1053"));
        assert_eq!(refine("138", "190"), None);
    }
}
