//! Temporal expressions that modify a thing rather than say when something happened.
//!
//! "the 2008 Ford Focus", "the 2010 census", "1935 Orchard St." hold a date, but it is part of a
//! name or a description: it dates neither the event of the sentence nor the events told after
//! it. [`names_a_thing`] tells such a timex apart from one that dates an event ("in 2005",
//! "the March 7 fire" when the fire is the event).

use saker_core::nlp::{DatePrecision, Sentence, Timex, TokenSyntax, Upos};

/// Prepositions that make a following year an adverbial of time ("in 2005 Smith was elected"),
/// even when a noun follows it.
const TEMPORAL_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "during",
    "by",
    "until",
    "till",
    "from",
    "through",
    "before",
    "after",
    "around",
    "circa",
    "throughout",
    "between",
];

/// Relations by which a timex modifies the noun it hangs on.
const NOUN_MODIFIER_RELATIONS: &[&str] = &["compound", "nummod", "amod", "flat", "nmod:poss"];

/// True when `timex` (in `sentence`, whose syntax is `syntax`) is a bare year that modifies a
/// noun other than the token `trigger` — a thing's name or description, not the time of an event.
/// A day or weekday on a noun ("the March 7 fire") is never taken for a name.
///
/// With a parse (relations filled in): the timex's top token hangs on a noun or proper noun by a
/// modifier relation (`compound`, `nummod`, `amod`, `flat`, `nmod:poss`), and that noun is not
/// the trigger ("the Tuesday attack" dates the attack). Without one (the pipeline only parses
/// sentences that can hold an event; every sentence is tagged): a bare four-digit year directly
/// followed by a noun or proper noun, not after a preposition of time ("the 2008 Ford Focus",
/// but "in 2005 Smith was elected" stays a date).
pub(crate) fn names_a_thing(
    sentence: &Sentence,
    syntax: Option<&[TokenSyntax]>,
    timex: &Timex,
    trigger: Option<usize>,
) -> bool {
    let Some(p) = syntax.filter(|p| p.len() == sentence.tokens.len()) else {
        return false;
    };
    let inside: Vec<usize> = (0..sentence.tokens.len())
        .filter(|&j| sentence.tokens[j].span.overlaps(&timex.span))
        .collect();
    let (Some(&first), Some(&last)) = (inside.first(), inside.last()) else {
        return false;
    };
    let is_noun = |j: usize| matches!(p[j].upos, Upos::Noun | Upos::Propn);
    // Only a bare year: a day or weekday on a noun ("the March 7 fire", "the Thursday
    // announcement") is when that event happened, and it is told as an event.
    let bare_year = first == last
        && timex.precision == DatePrecision::Year
        && timex.value.len() == 4
        && timex.value.bytes().all(|b| b.is_ascii_digit());
    if !bare_year {
        return false;
    }
    if p.iter().any(|t| !t.deprel.is_empty()) {
        // the token whose head lies outside the expression
        let top = inside.iter().copied().find(|&j| {
            let h = p[j].head;
            h == 0 || !inside.contains(&(h - 1))
        });
        let Some(top) = top else {
            return false;
        };
        let h = p[top].head;
        if h == 0 || Some(h - 1) == trigger {
            return false;
        }
        NOUN_MODIFIER_RELATIONS.contains(&p[top].deprel.as_str()) && is_noun(h - 1)
    } else {
        // the preposition may stand before a qualifier or a first year ("in early 2014",
        // "between 2003 and 2011")
        let mut k = first;
        while k > 0
            && matches!(
                p[k - 1].upos,
                Upos::Adj | Upos::Adv | Upos::Cconj | Upos::Num
            )
        {
            k -= 1;
        }
        let after_time_preposition = k > 0
            && p[k - 1].upos == Upos::Adp
            && TEMPORAL_PREPOSITIONS.contains(&p[k - 1].lemma.to_ascii_lowercase().as_str());
        !after_time_preposition
            && last + 1 < p.len()
            && is_noun(last + 1)
            && Some(last + 1) != trigger
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saker_core::nlp::{TimexKind, Token};
    use saker_core::Span;

    /// A sentence of space-separated words starting at byte 0, and the timex over `words[k]`.
    fn sentence(text: &str) -> Sentence {
        let mut tokens = Vec::new();
        let mut at = 0;
        for w in text.split(' ') {
            tokens.push(Token {
                span: Span::new(at, at + w.len()),
            });
            at += w.len() + 1;
        }
        Sentence {
            span: Span::new(0, text.len()),
            tokens,
        }
    }

    fn year(s: &Sentence, k: usize, value: &str) -> Timex {
        Timex {
            span: s.tokens[k].span,
            kind: TimexKind::Date,
            value: value.into(),
            precision: DatePrecision::Year,
        }
    }

    fn ts(upos: Upos, lemma: &str, head: usize, deprel: &str) -> TokenSyntax {
        TokenSyntax {
            upos,
            xpos: String::new(),
            lemma: lemma.into(),
            head,
            deprel: deprel.into(),
        }
    }

    #[test]
    fn a_parsed_year_on_a_noun_names_the_thing_unless_the_noun_is_the_trigger() {
        // Police found the 2008 Ford stolen
        let s = sentence("Police found the 2008 Ford stolen");
        let p = vec![
            ts(Upos::Noun, "police", 2, "nsubj"),
            ts(Upos::Verb, "find", 0, "root"),
            ts(Upos::Det, "the", 5, "det"),
            ts(Upos::Num, "2008", 5, "nummod"),
            ts(Upos::Propn, "Ford", 2, "obj"),
            ts(Upos::Verb, "steal", 2, "xcomp"),
        ];
        let t = year(&s, 3, "2008");
        assert!(names_a_thing(&s, Some(&p), &t, Some(1)));
        // the noun is the event itself: "the 2008 attack" dates the attack
        assert!(!names_a_thing(&s, Some(&p), &t, Some(4)));
        // a year that is an oblique of the verb dates it
        let mut q = p.clone();
        q[3] = ts(Upos::Num, "2008", 2, "obl");
        assert!(!names_a_thing(&s, Some(&q), &t, Some(1)));
        // no syntax at all: nothing can be said
        assert!(!names_a_thing(&s, None, &t, Some(1)));
        // a month-and-year on a noun ("the March 2008 Ford") is not a bare year
        let mut m = t.clone();
        m.value = "2008-03".into();
        m.precision = DatePrecision::Month;
        assert!(!names_a_thing(&s, Some(&p), &m, Some(1)));
    }

    #[test]
    fn a_tagged_bare_year_before_a_noun_names_a_thing_unless_a_time_preposition_leads() {
        let tag = |upos, lemma: &str| ts(upos, lemma, 0, "");
        let s = sentence("They will discuss the 2010 census");
        let p = vec![
            tag(Upos::Pron, "they"),
            tag(Upos::Aux, "will"),
            tag(Upos::Verb, "discuss"),
            tag(Upos::Det, "the"),
            tag(Upos::Num, "2010"),
            tag(Upos::Noun, "census"),
        ];
        assert!(names_a_thing(&s, Some(&p), &year(&s, 4, "2010"), None));

        let s = sentence("In 2005 Smith was elected");
        let p = vec![
            tag(Upos::Adp, "in"),
            tag(Upos::Num, "2005"),
            tag(Upos::Propn, "Smith"),
            tag(Upos::Aux, "be"),
            tag(Upos::Verb, "elect"),
        ];
        assert!(!names_a_thing(&s, Some(&p), &year(&s, 1, "2005"), None));

        // a qualifier or a first year may stand between the preposition and the year
        let s = sentence("In early 2014 militants seized Fallujah");
        let p = vec![
            tag(Upos::Adp, "in"),
            tag(Upos::Adj, "early"),
            tag(Upos::Num, "2014"),
            tag(Upos::Noun, "militant"),
            tag(Upos::Verb, "seize"),
            tag(Upos::Propn, "Fallujah"),
        ];
        assert!(!names_a_thing(&s, Some(&p), &year(&s, 2, "2014"), None));
        let s = sentence("Between 2003 and 2011 troops stayed");
        let p = vec![
            tag(Upos::Adp, "between"),
            tag(Upos::Num, "2003"),
            tag(Upos::Cconj, "and"),
            tag(Upos::Num, "2011"),
            tag(Upos::Noun, "troop"),
            tag(Upos::Verb, "stay"),
        ];
        assert!(!names_a_thing(&s, Some(&p), &year(&s, 3, "2011"), None));
        // "the 2008 attack" dates the attack when the attack is the trigger
        let s = sentence("They recalled the 2008 attack");
        let p = vec![
            tag(Upos::Pron, "they"),
            tag(Upos::Verb, "recall"),
            tag(Upos::Det, "the"),
            tag(Upos::Num, "2008"),
            tag(Upos::Noun, "attack"),
        ];
        assert!(names_a_thing(&s, Some(&p), &year(&s, 3, "2008"), None));
        assert!(!names_a_thing(&s, Some(&p), &year(&s, 3, "2008"), Some(4)));

        // a year at the end of its clause is a date
        let s = sentence("He left in 2005");
        let p = vec![
            tag(Upos::Pron, "he"),
            tag(Upos::Verb, "leave"),
            tag(Upos::Adp, "in"),
            tag(Upos::Num, "2005"),
        ];
        assert!(!names_a_thing(&s, Some(&p), &year(&s, 3, "2005"), None));
    }
}
