//! Training data and training for the name tagger ([`crate::ner`]).
//!
//! Gold names come from the entity annotations in the MISC column of a CoNLL-U file from the
//! GUM treebank (`Entity=(3-person-…`). Only *named* mentions are kept: the span's syntactic
//! head (the token whose head lies outside the span) must be a proper noun (`NNP`/`NNPS`); the
//! name is the run of proper nouns around the head (joined by "of", "the", "and", "&", "de" or a
//! hyphen), without leading titles ("President", "Dr"). GUM types map person → PER,
//! organization → ORG, place → LOC; when names overlap, the longest wins. Sentence text is
//! rebuilt from the tokens (`SpaceAfter=No`) and segmented by the actor stage's own word
//! splitter, so training sees exactly the inputs of running text.

use crate::ner::{self, Cue, Model, NerType, SentenceCtx, TaggedSpan, TAGS};
use crate::norm::{FastMap, Word};
use crate::ActorStage;

/// One training sentence: its text, the stage's words and cues, and gold BIO tags per word.
#[derive(Debug, Clone)]
pub struct Example {
    /// Rebuilt sentence text.
    pub text: String,
    /// Words as the actor stage splits them.
    pub words: Vec<Word>,
    /// Knowledge-base and word-list cues per word.
    pub cues: Vec<Cue>,
    /// Gold tag index per word (0 = O).
    pub gold: Vec<usize>,
}

struct Tok {
    form: String,
    lower: String,
    xpos: String,
    head: usize,
    space_after: bool,
    misc_entity: String,
}

const CONNECT: &[&str] = &["of", "the", "&", "de", "-", "for", "du", "la", "von", "van"];
const TITLES: &[&str] = &[
    "president",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "sir",
    "lord",
    "lady",
    "king",
    "queen",
    "prince",
    "princess",
    "saint",
    "st",
    "general",
    "gen",
    "governor",
    "senator",
    "judge",
    "pope",
    "captain",
    "capt",
    "colonel",
    "sheikh",
    "uncle",
    "aunt",
    "father",
    "brother",
    "sister",
    "rev",
    "reverend",
    "mayor",
    "minister",
    "prime",
    "chancellor",
    "secretary",
    "emperor",
    "empress",
    "duke",
    "duchess",
    "count",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "lieutenant",
    "sergeant",
    "major",
    "admiral",
    "coach",
    "vice",
];

fn gum_type(t: &str) -> Option<NerType> {
    match t {
        "person" => Some(NerType::Per),
        "organization" => Some(NerType::Org),
        "place" => Some(NerType::Loc),
        _ => None,
    }
}

/// Entity openings and closings in one token's `Entity=` value: `(eid, Some(type))` opens,
/// `(eid, None)` closes.
fn entity_events(v: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let b = v.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'(' {
            let s = i + 1;
            let mut e = s;
            while e < b.len() && b[e] != b'(' && b[e] != b')' {
                e += 1;
            }
            let body = &v[s..e];
            let mut parts = body.split('-');
            let eid = parts.next().unwrap_or("").to_owned();
            let ty = parts.next().unwrap_or("").to_owned();
            out.push((eid.clone(), Some(ty)));
            if e < b.len() && b[e] == b')' {
                out.push((eid, None));
                e += 1;
            }
            i = e;
        } else if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i < b.len() && b[i] == b')' {
                out.push((v[s..i].to_owned(), None));
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

fn is_nnp(t: &Tok) -> bool {
    t.xpos == "NNP" || t.xpos == "NNPS"
}

/// The named core of an entity span `[s, e)` (sentence token indices), if it has one.
fn named_core(toks: &[Tok], s: usize, e: usize) -> Option<(usize, usize)> {
    // syntactic head: its head (1-based, 0 = root) lies outside the span (tokens s+1..=e)
    let h = (s..e).find(|&k| toks[k].head <= s || toks[k].head > e)?;
    if !is_nnp(&toks[h]) {
        return None;
    }
    let mut a = h;
    let mut b = h + 1;
    loop {
        if b < e && is_nnp(&toks[b]) {
            b += 1;
        } else if b + 1 < e && CONNECT.contains(&toks[b].lower.as_str()) && is_nnp(&toks[b + 1]) {
            b += 2;
        } else {
            break;
        }
    }
    loop {
        if a > s && is_nnp(&toks[a - 1]) {
            a -= 1;
        } else if a > s + 1
            && CONNECT.contains(&toks[a - 1].lower.as_str())
            && toks[a - 1].lower != "the"
            && is_nnp(&toks[a - 2])
        {
            a -= 2;
        } else {
            break;
        }
    }
    while b - a > 1 && TITLES.contains(&toks[a].lower.trim_end_matches('.')) {
        a += 1;
    }
    Some((a, b))
}

/// Reads CoNLL-U text into training sentences, with cues from `stage` (which should be the
/// rules-only stage, so that the cues do not depend on a previous model).
pub fn read_conllu(conllu: &str, stage: &ActorStage) -> Vec<Example> {
    let mut out = Vec::new();
    let mut toks: Vec<Tok> = Vec::new();
    for line in conllu.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !toks.is_empty() {
                out.push(example(&toks, stage));
                toks.clear();
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 10 || !c[0].bytes().all(|b| b.is_ascii_digit()) {
            continue; // multi-word tokens and empty nodes
        }
        let misc = c[9];
        let entity = misc
            .split('|')
            .find_map(|f| f.strip_prefix("Entity="))
            .unwrap_or("")
            .to_owned();
        toks.push(Tok {
            form: c[1].to_owned(),
            lower: c[1].to_lowercase(),
            xpos: c[4].to_owned(),
            head: c[6].parse().unwrap_or(0),
            space_after: !misc.split('|').any(|f| f == "SpaceAfter=No"),
            misc_entity: entity,
        });
    }
    out
}

fn example(toks: &[Tok], stage: &ActorStage) -> Example {
    // entity spans
    let mut open: FastMap<String, Vec<(usize, String)>> = FastMap::default();
    let mut ents: Vec<(usize, usize, NerType)> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        for (eid, ty) in entity_events(&t.misc_entity) {
            match ty {
                Some(ty) => open.entry(eid).or_default().push((k, ty)),
                None => {
                    if let Some((s, ty)) = open.get_mut(&eid).and_then(Vec::pop) {
                        if let Some(nt) = gum_type(&ty) {
                            if let Some((a, b)) = named_core(toks, s, k + 1) {
                                ents.push((a, b, nt));
                            }
                        }
                    }
                }
            }
        }
    }
    ents.sort_by_key(|&(a, b, _)| (std::cmp::Reverse(b - a), a));
    let mut label: Vec<Option<(usize, NerType)>> = vec![None; toks.len()];
    for (a, b, ty) in ents {
        if label[a..b].iter().all(Option::is_none) {
            for l in label.iter_mut().take(b).skip(a) {
                *l = Some((a, ty));
            }
        }
    }
    let (text, offs) = rebuild(toks);
    let (words, cues) = stage.ner_input(&text, 0, text.len());
    let mut gold = vec![0usize; words.len()];
    let mut last_ent: Option<usize> = None;
    for (wi, w) in words.iter().enumerate() {
        let tk = offs.partition_point(|o| o.1 <= w.start);
        let tag = match label.get(tk).copied().flatten() {
            Some((a, ty)) => {
                let b = ty.begin_tag();
                if last_ent == Some(a) && wi > 0 && gold[wi - 1] != 0 {
                    b + 1
                } else {
                    b
                }
            }
            None => 0,
        };
        last_ent = label.get(tk).copied().flatten().map(|x| x.0);
        gold[wi] = tag;
    }
    Example {
        text,
        words,
        cues,
        gold,
    }
}

/// Reads a CoNLL-U file *without* entity annotations (UD English EWT) into silver training
/// sentences: runs of proper nouns (`NNP`/`NNPS`, joined by "of", "&", "de" or a hyphen, without
/// leading titles) are names; each gets the type that `tagger` (trained on gold data) gives the
/// words of the run, else the type its cues suggest (a first name, a dictionary match, an
/// organisation or place word), else none. Everything outside the runs is `O`. This teaches the
/// tagger where names start and end in web text (e-mail signatures, reviews, lower-case posts).
pub fn read_silver(conllu: &str, stage: &ActorStage, tagger: &Model) -> Vec<Example> {
    let mut out = Vec::new();
    let mut toks: Vec<Tok> = Vec::new();
    let mut upos: Vec<bool> = Vec::new();
    for line in conllu.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !toks.is_empty() {
                out.push(silver_example(&toks, &upos, stage, tagger));
                toks.clear();
                upos.clear();
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 10 || !c[0].bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        upos.push(c[4] == "NNP" || c[4] == "NNPS");
        toks.push(Tok {
            form: c[1].to_owned(),
            lower: c[1].to_lowercase(),
            xpos: c[4].to_owned(),
            head: c[6].parse().unwrap_or(0),
            space_after: !c[9].split('|').any(|f| f == "SpaceAfter=No"),
            misc_entity: String::new(),
        });
    }
    out
}

fn silver_example(toks: &[Tok], propn: &[bool], stage: &ActorStage, tagger: &Model) -> Example {
    let (text, offs) = rebuild(toks);
    let (words, cues) = stage.ner_input(&text, 0, text.len());
    let pred = tagger.tag(&text, &words, &cues);
    // proper-noun runs over tokens
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        if !propn[k] {
            k += 1;
            continue;
        }
        let mut e = k + 1;
        loop {
            if e < toks.len() && propn[e] {
                e += 1;
            } else if e + 1 < toks.len()
                && matches!(toks[e].lower.as_str(), "of" | "&" | "de" | "-")
                && propn[e + 1]
            {
                e += 2;
            } else if e + 2 < toks.len()
                && toks[e].lower == "of"
                && toks[e + 1].lower == "the"
                && propn[e + 2]
            {
                e += 3;
            } else {
                break;
            }
        }
        let mut a = k;
        while e - a > 1 && TITLES.contains(&toks[a].lower.trim_end_matches('.')) {
            a += 1;
        }
        runs.push((a, e));
        k = e;
    }
    let word_tok = |w: &Word| offs.partition_point(|o: &(usize, usize)| o.1 <= w.start);
    let mut gold = vec![0usize; words.len()];
    for (a, b) in runs {
        let ws: Vec<usize> = (0..words.len())
            .filter(|&i| (a..b).contains(&word_tok(&words[i])))
            .collect();
        let (Some(&w0), Some(&w1)) = (ws.first(), ws.last()) else {
            continue;
        };
        let mut votes = [0usize; 3];
        for p in &pred {
            let ov = p.end.min(w1 + 1).saturating_sub(p.start.max(w0));
            if let Some(t) = NerType::ALL.iter().position(|&t| t == p.ty) {
                votes[t] += ov;
            }
        }
        let best = (0..3).max_by_key(|&t| votes[t]).filter(|&t| votes[t] > 0);
        if cues[w0..=w1].iter().all(|c| c.flags & Cue::STOP != 0) {
            continue; // months, weekdays
        }
        let ty = best.map(|t| NerType::ALL[t]).or_else(|| {
            let cs = &cues[w0..=w1];
            if cs.iter().any(|c| c.kb == 1) || cues[w0].flags & Cue::FIRST_NAME != 0 {
                Some(NerType::Per)
            } else if cs.iter().any(|c| c.kb == 2 || c.flags & Cue::ORG_WORD != 0) {
                Some(NerType::Org)
            } else if cs.iter().any(|c| c.kb == 3 || c.flags & Cue::LOC_WORD != 0) {
                Some(NerType::Loc)
            } else {
                None
            }
        });
        if let Some(ty) = ty {
            gold[w0] = ty.begin_tag();
            for g in gold.iter_mut().take(w1 + 1).skip(w0 + 1) {
                *g = ty.begin_tag() + 1;
            }
        }
    }
    Example {
        text,
        words,
        cues,
        gold,
    }
}

fn rebuild(toks: &[Tok]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut offs = Vec::with_capacity(toks.len());
    for t in toks {
        let s = text.len();
        text.push_str(&t.form);
        offs.push((s, text.len()));
        if t.space_after {
            text.push(' ');
        }
    }
    (text, offs)
}

/// A copy of an example with ASCII letters lower-cased (offsets stay valid), so that the tagger
/// also learns names in text written without capitals.
pub fn lowercased(ex: &Example, stage: &ActorStage) -> Example {
    let text = ex.text.to_ascii_lowercase();
    let (words, cues) = stage.ner_input(&text, 0, text.len());
    let gold = if words.len() == ex.words.len() {
        ex.gold.clone()
    } else {
        // segmentation changed (a lower-case article no longer merges): map by start offset
        words
            .iter()
            .map(|w| {
                ex.words
                    .iter()
                    .position(|o| o.start == w.start)
                    .map_or(0, |k| ex.gold[k])
            })
            .collect()
    };
    Example {
        text,
        words,
        cues,
        gold,
    }
}

struct Static {
    feats: Vec<Vec<u32>>,
}

fn static_features(ex: &Example) -> Static {
    let ctx = SentenceCtx::new(&ex.words);
    let feats = (0..ex.words.len())
        .map(|i| {
            let mut f = Vec::new();
            ner::features(&ex.text, &ex.words, &ex.cues, &ctx, i, &mut f);
            f
        })
        .collect();
    Static { feats }
}

/// Averaged-perceptron weights during training.
struct Trainer {
    index: FastMap<u32, usize>,
    w: Vec<[f32; TAGS]>,
    u: Vec<[f32; TAGS]>,
    c: f32,
}

impl Trainer {
    fn slot(&mut self, f: u32) -> usize {
        if let Some(&k) = self.index.get(&f) {
            return k;
        }
        let k = self.w.len();
        self.index.insert(f, k);
        self.w.push([0.0; TAGS]);
        self.u.push([0.0; TAGS]);
        k
    }

    fn scores(&self, feats: &[u32], scores: &mut [f32; TAGS]) {
        for f in feats {
            if let Some(&k) = self.index.get(f) {
                for (s, x) in scores.iter_mut().zip(&self.w[k]) {
                    *s += x;
                }
            }
        }
    }

    fn update(&mut self, feats: &[u32], tag: usize, d: f32) {
        for &f in feats {
            let k = self.slot(f);
            self.w[k][tag] += d;
            self.u[k][tag] += self.c * d;
        }
    }

    fn averaged(&self) -> Vec<(u32, [f32; TAGS])> {
        self.index
            .iter()
            .map(|(&f, &k)| {
                let mut a = [0f32; TAGS];
                for (t, x) in a.iter_mut().enumerate() {
                    *x = self.w[k][t] - self.u[k][t] / self.c;
                }
                (f, a)
            })
            .collect()
    }
}

/// Span precision/recall counts of a tagger against gold tags.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Correct spans (same words and type).
    pub tp: usize,
    /// Predicted spans.
    pub pred: usize,
    /// Gold spans.
    pub gold: usize,
}

impl Counts {
    /// F1 of the counts.
    pub fn f1(&self) -> f64 {
        if self.pred + self.gold == 0 {
            return 0.0;
        }
        2.0 * self.tp as f64 / (self.pred + self.gold) as f64
    }
}

/// Scores a model on examples (span F1 over PER, ORG and LOC).
pub fn evaluate(model: &Model, exs: &[Example]) -> Counts {
    let mut c = Counts::default();
    for ex in exs {
        let pred = model.tag(&ex.text, &ex.words, &ex.cues);
        let gold: Vec<TaggedSpan> = ner::spans_of(&ex.gold);
        let same =
            |p: &TaggedSpan, g: &TaggedSpan| (p.start, p.end, p.ty) == (g.start, g.end, g.ty);
        c.tp += pred
            .iter()
            .filter(|p| gold.iter().any(|g| same(p, g)))
            .count();
        c.pred += pred.len();
        c.gold += gold.len();
    }
    c
}

/// Trains for `epochs` passes over `train` (shuffled with a fixed `seed`), calling `report`
/// after each epoch with the epoch number and the averaged model; returns the serialised
/// final model ([`Model::to_bytes`]).
pub fn train(
    train: &[Example],
    epochs: usize,
    seed: u64,
    mut report: impl FnMut(usize, &Model),
) -> Vec<u8> {
    let stat: Vec<Static> = train.iter().map(static_features).collect();
    let mut tr = Trainer {
        index: FastMap::default(),
        w: Vec::new(),
        u: Vec::new(),
        c: 1.0,
    };
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = seed | 1;
    let mut pf = Vec::new();
    let mut bytes = Model::to_bytes(&[]);
    for epoch in 1..=epochs {
        // Fisher-Yates with xorshift64
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &k in &order {
            let ex = &train[k];
            let mut prev = 0;
            for i in 0..ex.words.len() {
                pf.clear();
                ner::prev_features(&ex.text, &ex.words, &ex.cues, i, prev, &mut pf);
                let mut sc = [0f32; TAGS];
                tr.scores(&stat[k].feats[i], &mut sc);
                tr.scores(&pf, &mut sc);
                let guess = ner::best_allowed(&sc, prev);
                let gold = ex.gold[i];
                if guess != gold {
                    tr.update(&stat[k].feats[i], gold, 1.0);
                    tr.update(&pf, gold, 1.0);
                    tr.update(&stat[k].feats[i], guess, -1.0);
                    tr.update(&pf, guess, -1.0);
                }
                tr.c += 1.0;
                prev = guess;
            }
        }
        bytes = Model::to_bytes(&tr.averaged());
        if let Ok(m) = Model::from_bytes(&bytes) {
            report(epoch, &m);
        }
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# text = The mayor of Paris met President Barack Obama at the Bank of America .
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-new-x-cf1-2-sgl
2\tmayor\tmayor\tNOUN\tNN\t_\t5\tnsubj\t_\t_
3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_
4\tParis\tParis\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(2-place-new-x-cf2-1-sgl-Paris)1)
5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
6\tPresident\tpresident\tPROPN\tNNP\t_\t8\tcompound\t_\tEntity=(3-person-new-x-cf3-3-sgl-Barack_Obama
7\tBarack\tBarack\tPROPN\tNNP\t_\t8\tcompound\t_\t_
8\tObama\tObama\tPROPN\tNNP\t_\t5\tobj\t_\tEntity=3)
9\tat\tat\tADP\tIN\t_\t11\tcase\t_\t_
10\tthe\tthe\tDET\tDT\t_\t11\tdet\t_\tEntity=(4-organization-new-x-cf4-2-sgl
11\tBank\tBank\tPROPN\tNNP\t_\t5\tobl\t_\t_
12\tof\tof\tADP\tIN\t_\t13\tcase\t_\t_
13\tAmerica\tAmerica\tPROPN\tNNP\t_\t11\tnmod\t_\tEntity=(5-place-new-x-cf5-1-sgl)4)|SpaceAfter=No
14\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_
";

    #[test]
    fn named_mentions_become_bio_tags_without_titles_or_articles() {
        let st = ActorStage::load_rules_only().expect("kb");
        let ex = read_conllu(SAMPLE, &st);
        assert_eq!(ex.len(), 1);
        let e = &ex[0];
        let spans: Vec<(String, NerType)> = ner::spans_of(&e.gold)
            .iter()
            .map(|s| {
                (
                    e.text[e.words[s.start].start..e.words[s.end - 1].end].to_owned(),
                    s.ty,
                )
            })
            .collect();
        assert_eq!(
            spans,
            vec![
                ("Paris".to_owned(), NerType::Loc),
                ("Barack Obama".to_owned(), NerType::Per),
                ("Bank of America".to_owned(), NerType::Org),
            ]
        );
        let lc = lowercased(e, &st);
        assert_eq!(lc.gold, e.gold);
    }

    #[test]
    fn training_learns_the_sample_and_is_reproducible() {
        let st = ActorStage::load_rules_only().expect("kb");
        let ex = read_conllu(SAMPLE, &st);
        let a = train(&ex, 5, 7, |_, _| {});
        let b = train(&ex, 5, 7, |_, _| {});
        assert_eq!(a, b);
        let m = Model::from_bytes(&a).expect("valid");
        assert_eq!(evaluate(&m, &ex).f1(), 1.0);
    }
}
