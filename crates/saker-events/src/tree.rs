//! A defensive view of one dependency-parsed sentence: heads, children, lemmas, relations.
//!
//! Parses come from a statistical parser (or from anywhere, in tests), so nothing here trusts them:
//! heads out of range count as roots, and every walk up the tree is bounded.

use saker_core::nlp::{ParsedSentence, Sentence, TokenSyntax, Upos};

/// Verbs (lemmas) that always take an object in news: with a subject and no object in a headline
/// they are a reduced passive, whatever their tag ("woman charged", "two men arrested").
pub const ALWAYS_TRANSITIVE: &[&str] = &[
    "arrest",
    "detain",
    "charge",
    "kill",
    "wound",
    "injure",
    "sentence",
    "convict",
    "indict",
    "jail",
    "imprison",
    "kidnap",
    "abduct",
    "shoot",
    "stab",
    "behead",
    "execute",
    "capture",
    "rescue",
    "torture",
    "deport",
    "expel",
    "assassinate",
    "murder",
    "slay",
    "ambush",
    "hospitalize",
    "hospitalise",
    "extradite",
    "fine",
    "acquit",
];

/// A sentence with its parse, indexed for the coder. Token indices are 0-based.
pub struct Tree<'a> {
    /// The normalised article text.
    pub text: &'a str,
    /// The sentence.
    pub sent: &'a Sentence,
    /// Its syntax (same length as the tokens, or shorter: missing tokens have no syntax).
    pub syn: &'a [TokenSyntax],
    heads: Vec<Option<usize>>,
    /// Children of every token, grouped by head in text order; token `h`'s are
    /// `kids[kid_at[h]..kid_at[h + 1]]` (one allocation instead of one per head).
    kids: Vec<usize>,
    kid_at: Vec<usize>,
    /// Lower-cased surface forms: `None` where the text is already lower case, else the range of
    /// the lower-cased copy in `buf` (one buffer for all).
    buf: String,
    forms: Vec<Option<(usize, usize)>>,
    /// Lower-cased lemmas, the same way, made on the first call of [`Tree::lemma`] (many trees
    /// never ask for one).
    lemmas: std::cell::OnceCell<Lowered>,
}

/// Lower-cased strings of every token: the buffer, and per token `None` (already lower case) or
/// its range in the buffer.
type Lowered = (String, Vec<Option<(usize, usize)>>);

/// `None` when `s` is its own lower case (ASCII without capitals: most words of English news);
/// else appends `s.to_lowercase()` to `buf` and returns its range there.
fn lower_into(buf: &mut String, s: &str) -> Option<(usize, usize)> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return None;
    }
    let start = buf.len();
    if s.is_ascii() {
        buf.push_str(s);
        if let Some(tail) = buf.get_mut(start..) {
            tail.make_ascii_lowercase();
        }
    } else {
        buf.push_str(&s.to_lowercase());
    }
    Some((start, buf.len()))
}

/// The words after the last colon (or spaced dash) of a headline that name its source, not a
/// participant ("Bombs at funeral kill 20*: police*", "… kill 33*: security officials*",
/// "… repel attack *- website*"): at most four words after a separator that stands at least
/// three tokens in, no verb or auxiliary among them, a noun or proper noun among them, and no
/// full stop at the end. Returns their token range.
fn attribution_tail(
    text: &str,
    sent: &Sentence,
    syn: &[saker_core::nlp::TokenSyntax],
) -> Option<std::ops::Range<usize>> {
    let n = syn.len();
    let word = |i: usize| sent.tokens.get(i).map_or("", |t| t.span.slice(text));
    let mut end = n;
    while end > 0 && matches!(word(end - 1), "\"" | "'" | "”" | "’" | ")") {
        end -= 1;
    }
    if end == 0 || matches!(word(end - 1), "." | "!" | "?") {
        return None;
    }
    // a colon, or a dash standing apart from the word before it ("attack - website",
    // "village in Iraq -police"; not the dash inside "al-Qaeda")
    let spaced = |i: usize| i > 0 && sent.tokens[i].span.start > sent.tokens[i - 1].span.end;
    let colon = (0..end)
        .rev()
        .find(|&i| word(i) == ":" || (matches!(word(i), "-" | "–" | "—") && spaced(i)))?;
    let tail = colon + 1..end;
    let ok = colon >= 3
        && (1..=4).contains(&tail.len())
        && tail
            .clone()
            .all(|i| !matches!(syn[i].upos, Upos::Verb | Upos::Aux))
        && tail
            .clone()
            .any(|i| matches!(syn[i].upos, Upos::Noun | Upos::Propn));
    ok.then_some(tail)
}

impl<'a> Tree<'a> {
    /// Builds the view; tokens beyond the parse (or parse rows beyond the tokens) are ignored.
    pub fn new(text: &'a str, sent: &'a Sentence, parse: &'a ParsedSentence) -> Tree<'a> {
        let n = sent.tokens.len().min(parse.len());
        let syn = &parse[..n];
        let mut heads = vec![None; n];
        let mut kid_at = vec![0usize; n + 1];
        for (i, s) in syn.iter().enumerate() {
            if s.head >= 1 && s.head <= n && s.head - 1 != i {
                heads[i] = Some(s.head - 1);
                kid_at[s.head] += 1;
            }
        }
        if let Some(tail) = attribution_tail(text, sent, syn) {
            // detach the tail and whatever hangs from it, so that no role reaches into it
            for (i, h) in heads.iter_mut().enumerate() {
                if let Some(hd) = *h {
                    if tail.contains(&i) != tail.contains(&hd) {
                        kid_at[hd + 1] -= 1;
                        *h = None;
                    }
                }
            }
        }
        for h in 0..n {
            kid_at[h + 1] += kid_at[h];
        }
        let mut fill = kid_at.clone();
        let mut kids = vec![0usize; kid_at[n]];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = *h {
                kids[fill[h]] = i;
                fill[h] += 1;
            }
        }
        let mut buf = String::new();
        let forms = sent.tokens[..n]
            .iter()
            .map(|t| lower_into(&mut buf, t.span.slice(text)))
            .collect();
        Tree {
            text,
            sent,
            syn,
            heads,
            kids,
            kid_at,
            buf,
            forms,
            lemmas: std::cell::OnceCell::new(),
        }
    }

    /// Number of tokens with syntax.
    pub fn len(&self) -> usize {
        self.syn.len()
    }

    /// True when the sentence has no parsed token.
    pub fn is_empty(&self) -> bool {
        self.syn.is_empty()
    }

    /// Head of token `i` (`None` for the root or a broken head).
    pub fn head(&self, i: usize) -> Option<usize> {
        self.heads.get(i).copied().flatten()
    }

    /// Children of token `i`, in text order.
    pub fn children(&self, i: usize) -> &[usize] {
        match (self.kid_at.get(i), self.kid_at.get(i + 1)) {
            (Some(&a), Some(&b)) => self.kids.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Relation of `i` to its head.
    pub fn rel(&self, i: usize) -> &str {
        self.syn.get(i).map_or("", |s| s.deprel.as_str())
    }

    /// Relation without subtype (`obl` for `obl:agent`).
    pub fn base_rel(&self, i: usize) -> &str {
        let r = self.rel(i);
        r.split_once(':').map_or(r, |(a, _)| a)
    }

    /// Lemma of `i`, lower case.
    pub fn lemma(&self, i: usize) -> &str {
        let (buf, lemmas) = self.lemmas.get_or_init(|| {
            let mut buf = String::new();
            let lemmas = self
                .syn
                .iter()
                .map(|s| lower_into(&mut buf, &s.lemma))
                .collect();
            (buf, lemmas)
        });
        match lemmas.get(i) {
            Some(Some((a, b))) => buf.get(*a..*b).unwrap_or(""),
            Some(None) => self.syn.get(i).map_or("", |s| s.lemma.as_str()),
            None => "",
        }
    }

    /// Surface form of `i`, lower case.
    pub fn lower(&self, i: usize) -> &str {
        match self.forms.get(i) {
            Some(Some((a, b))) => self.buf.get(*a..*b).unwrap_or(""),
            Some(None) => self
                .sent
                .tokens
                .get(i)
                .map_or("", |t| t.span.slice(self.text)),
            None => "",
        }
    }

    /// UPOS of `i`.
    pub fn upos(&self, i: usize) -> Upos {
        self.syn.get(i).map_or(Upos::X, |s| s.upos)
    }

    /// Penn tag of `i`.
    pub fn xpos(&self, i: usize) -> &str {
        self.syn.get(i).map_or("", |s| s.xpos.as_str())
    }

    /// True when `w` is the lemma or the lower-cased form of `i`.
    pub fn is_word(&self, i: usize, w: &str) -> bool {
        self.lower(i) == w
            || self
                .syn
                .get(i)
                .is_some_and(|s| s.lemma.eq_ignore_ascii_case(w))
    }

    /// Children of `i` whose relation is `rel` or a subtype of it (`obl` matches `obl:tmod`).
    pub fn kids<'b>(&'b self, i: usize, rel: &'b str) -> impl Iterator<Item = usize> + 'b {
        self.children(i).iter().copied().filter(move |&c| {
            let r = self.rel(c);
            r == rel || (r.starts_with(rel) && r.as_bytes().get(rel.len()) == Some(&b':'))
        })
    }

    /// Children of `i` with exactly relation `rel`.
    pub fn kids_exact<'b>(&'b self, i: usize, rel: &'b str) -> impl Iterator<Item = usize> + 'b {
        self.children(i)
            .iter()
            .copied()
            .filter(move |&c| self.rel(c) == rel)
    }

    /// The preposition (`case`/`mark` child) introducing `i`, lower case; multiword cases are joined.
    pub fn case_of(&self, i: usize) -> Option<String> {
        let cs: Vec<String> = self
            .children(i)
            .iter()
            .copied()
            .filter(|&c| matches!(self.base_rel(c), "case" | "mark") && c < i)
            .map(|c| self.lower(c).to_owned())
            .collect();
        if cs.is_empty() {
            None
        } else {
            Some(cs.join(" "))
        }
    }

    /// The preposition a phrase starts with, even when the parser hung it on a word inside the
    /// phrase ("on [Al-Kazemi's] house" with `on` attached to the possessor): the `case` child of
    /// `i`, else the first word of `i`'s subtree when that word is an adposition.
    pub fn lead_prep(&self, i: usize) -> Option<String> {
        if let Some(c) = self.case_of(i) {
            return Some(c);
        }
        let mut first = i;
        let mut stack = vec![(i, 0usize)];
        while let Some((k, d)) = stack.pop() {
            if k < first {
                first = k;
            }
            if d < 4 {
                stack.extend(self.children(k).iter().map(|&c| (c, d + 1)));
            }
        }
        (first < i && matches!(self.upos(first), Upos::Adp | Upos::Sconj))
            .then(|| self.lower(first).to_owned())
    }

    /// True when `i` is a passive verb.
    pub fn is_passive(&self, i: usize) -> bool {
        self.children(i).iter().any(|&c| {
            matches!(
                self.rel(c),
                "nsubj:pass" | "aux:pass" | "csubj:pass" | "expl:pass" | "obl:agent"
            )
        }) || (self.xpos(i) == "VBN"
            && matches!(self.rel(i), "acl" | "amod")
            && !self.children(i).iter().any(|&c| self.base_rel(c) == "aux")
            && !self.verbless_main_clause(i))
            || self.reduced_passive_clause(i)
    }

    /// True for a headline-style clause whose verb is a bare past participle with a subject and
    /// no auxiliary or object: "Fifteen soldiers *killed* in dawn attack", "Two journalists
    /// *wounded* by sniper fire". The tagger's VBN (not VBD) already reads it as passive; the
    /// parser, seeing no auxiliary, labels the subject `nsubj`. A verb that always takes an
    /// object ([`ALWAYS_TRANSITIVE`]) is read so even when tagged as a past tense ("Alexandria
    /// woman *charged* in connection with fire": a woman does not charge). Headlines only (see
    /// [`Tree::headline`]): in running text a participle without its auxiliary is a tagging error
    /// more often.
    pub fn reduced_passive_clause(&self, i: usize) -> bool {
        let participle = match self.xpos(i) {
            "VBN" => true,
            "VBD" => ALWAYS_TRANSITIVE.contains(&self.lemma(i)),
            _ => false,
        };
        participle
            && matches!(self.rel(i), "root" | "parataxis")
            && self.children(i).iter().any(|&c| self.rel(c) == "nsubj")
            && !self
                .children(i)
                .iter()
                .any(|&c| matches!(self.base_rel(c), "aux" | "obj" | "ccomp" | "xcomp"))
            && self.headline()
    }

    /// True when the sentence reads as a headline: no final full stop, or the article's first
    /// sentence, short (at most 16 tokens) and without an article ("Alexandria woman charged in
    /// connection with Kelleyland fire." — feeds often give the title as the first sentence).
    pub fn headline(&self) -> bool {
        if self.is_empty() {
            return false;
        }
        if !matches!(self.lower(self.len() - 1), "." | "!" | "?") {
            return true;
        }
        let first = self
            .text
            .get(..self.sent.span.start)
            .is_some_and(|t| t.trim().is_empty());
        first
            && self.len() <= 16
            && !(0..self.len()).any(|k| matches!(self.lower(k), "the" | "a" | "an"))
    }

    /// True when the participle at `i` is the parser's stand-in for a missing main verb: it follows
    /// a comma and the sentence has no verbal root ("In a statement, the commander of X, Y,
    /// *called* for …"). Such a participle is a finite active verb, not a passive modifier
    /// ("Militants *killed* in an air strike" keeps its passive reading: no comma).
    pub fn verbless_main_clause(&self, i: usize) -> bool {
        if i == 0 || self.lower(i - 1) != "," || self.rel(i) != "acl" {
            return false;
        }
        let root = (0..self.len()).find(|&k| self.head(k).is_none());
        root.is_some_and(|r| !matches!(self.upos(r), Upos::Verb | Upos::Aux))
    }

    /// Ancestors of `i`, nearest first, at most `max` of them (cycles cannot loop forever).
    pub fn ancestors(&self, i: usize, max: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = i;
        while let Some(h) = self.head(cur) {
            if out.len() >= max || out.contains(&h) || h == i {
                break;
            }
            out.push(h);
            cur = h;
        }
        out
    }

    /// Byte span of token `i` in the text.
    pub fn span(&self, i: usize) -> saker_core::Span {
        self.sent.tokens.get(i).map(|t| t.span).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::build;

    #[test]
    fn a_title_sentence_with_an_always_transitive_verb_and_no_object_is_passive() {
        let (text, sents, parses) = build(&[
            "Alexandria/PROPN/2/compound woman/NOUN/3/nsubj charged/VERB:VBD/0/ROOT/charge in/ADP/5/case connection/NOUN/3/obl ./PUNCT/3/punct",
        ]);
        let t = Tree::new(&text, &sents[0], &parses[0]);
        assert!(t.headline());
        assert!(t.is_passive(2));
        // with an object it is active
        let (text, sents, parses) = build(&[
            "Police/NOUN/2/nsubj charged/VERB:VBD/0/ROOT/charge two/NUM/4/nummod men/NOUN/2/obj ./PUNCT/2/punct",
        ]);
        let t = Tree::new(&text, &sents[0], &parses[0]);
        assert!(!t.is_passive(1));
        // a verb that can go without an object stays active
        let (text, sents, parses) = build(&[
            "Protesters/NOUN/2/nsubj/protester marched/VERB:VBD/0/ROOT/march in/ADP/4/case Paris/PROPN/2/obl ./PUNCT/2/punct",
        ]);
        let t = Tree::new(&text, &sents[0], &parses[0]);
        assert!(!t.is_passive(1));
        // in running text (an article before it) it stays as tagged
        let (text, sents, parses) = build(&[
            "The/DET/2/det woman/NOUN/3/nsubj charged/VERB:VBD/0/ROOT/charge in/ADP/5/case anger/NOUN/3/obl ./PUNCT/3/punct",
        ]);
        let t = Tree::new(&text, &sents[0], &parses[0]);
        assert!(!t.headline());
        assert!(!t.is_passive(2));
    }

    #[test]
    fn forms_and_lemmas_are_lower_case_and_children_in_text_order() {
        let (text, sents, parses) = build(&[
            "Rebels/NOUN/2/nsubj/Rebel Attacked/VERB/0/ROOT/ATTACK Élysée/PROPN/2/obj/Élysée ./PUNCT/2/punct",
        ]);
        let t = Tree::new(&text, &sents[0], &parses[0]);
        assert_eq!(t.lower(0), "rebels");
        assert_eq!(t.lemma(0), "rebel");
        assert_eq!(t.lower(1), "attacked");
        assert_eq!(t.lemma(1), "attack");
        assert_eq!(t.lower(2), "élysée");
        assert_eq!(t.lemma(2), "élysée");
        assert_eq!(t.lower(3), ".");
        // Out of range: empty, never a panic.
        assert_eq!(t.lower(9), "");
        assert_eq!(t.lemma(9), "");
        assert_eq!(t.children(1), &[0, 2, 3]);
        assert!(t.children(0).is_empty());
        assert!(t.children(9).is_empty());
        assert_eq!(t.head(0), Some(1));
        assert_eq!(t.head(1), None);
    }
}
