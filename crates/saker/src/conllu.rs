//! CoNLL-U view of an analysed article: the tokens, tags and dependency tree every later stage
//! reads, with the actor and event layers in the MISC column. It is what a pattern author needs
//! to see why a pattern did or did not fire (`saker parse`).

use crate::pipeline::Analysis;
use saker_core::Span;
use std::fmt::Write as _;

/// A CoNLL-U field: never empty (`_`), never with blanks (they become `_`), so that the ten
/// tab-separated columns stay ten.
fn field(s: &str) -> String {
    if s.is_empty() {
        "_".to_owned()
    } else {
        s.replace(['\t', '\n', '\r'], " ").replace(' ', "_")
    }
}

/// Renders `a` (of the article `id`) as CoNLL-U: one block per sentence with `# doc_id`,
/// `# sent_id` (`ID-N`, N from 1) and `# text` comments; columns ID FORM LEMMA UPOS XPOS FEATS
/// HEAD DEPREL DEPS MISC. MISC carries `Actor=CODE` (`Actor=?` for an unresolved actor) on every
/// token of an actor mention and `Event=CAMEO` on the token that triggers an event. A sentence
/// the pipeline did not parse (see `PipelineOptions::parse_all`) has `_` in HEAD and DEPREL.
pub fn conllu(id: &str, a: &Analysis) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# doc_id = {}", id.replace('\n', " "));
    for (si, s) in a.doc.sentences.iter().enumerate() {
        let text = s.span.slice(&a.doc.norm).replace(['\n', '\r'], " ");
        let _ = writeln!(out, "# sent_id = {id}-{}", si + 1);
        let _ = writeln!(out, "# text = {text}");
        let parse = a.parses.get(si).filter(|p| p.len() == s.tokens.len());
        let parsed = parse.is_some_and(|p| p.iter().any(|t| !t.deprel.is_empty()));
        for (ti, tok) in s.tokens.iter().enumerate() {
            let form = field(tok.span.slice(&a.doc.norm));
            let (lemma, upos, xpos, head, rel) = match parse.and_then(|p| p.get(ti)) {
                Some(t) => (
                    field(&t.lemma),
                    t.upos.as_str().to_owned(),
                    field(&t.xpos),
                    if parsed {
                        t.head.to_string()
                    } else {
                        "_".to_owned()
                    },
                    if parsed {
                        field(&t.deprel)
                    } else {
                        "_".to_owned()
                    },
                ),
                None => (
                    "_".to_owned(),
                    "_".to_owned(),
                    "_".to_owned(),
                    "_".to_owned(),
                    "_".to_owned(),
                ),
            };
            let misc = misc(a, si, ti, tok.span);
            let _ = writeln!(
                out,
                "{}\t{form}\t{lemma}\t{upos}\t{xpos}\t_\t{head}\t{rel}\t_\t{misc}",
                ti + 1
            );
        }
        out.push('\n');
    }
    out
}

/// The MISC column of one token: its actor and event layers, or `_`.
fn misc(a: &Analysis, si: usize, ti: usize, span: Span) -> String {
    let mut parts: Vec<String> = Vec::new();
    for m in a
        .actors
        .iter()
        .filter(|m| m.sentence == si && m.span.overlaps(&span))
    {
        let code = m.cameo.as_deref().unwrap_or("?");
        let part = format!("Actor={}", field(code));
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    for e in a
        .events
        .iter()
        .filter(|e| e.sentence == si && e.trigger_token == ti)
    {
        let part = format!("Event={}", field(&e.cameo));
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    if parts.is_empty() {
        "_".to_owned()
    } else {
        parts.join("|")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Pipeline, PipelineOptions};
    use saker_core::Article;

    #[test]
    fn every_token_is_a_ten_column_line_and_heads_form_a_tree() {
        let p = Pipeline::with_options(PipelineOptions {
            parse_all: true,
            ..PipelineOptions::default()
        })
        .expect("pipeline");
        let art = Article::new(
            "t1",
            Some("2022-11-18"),
            "Iraqi police arrested two men in Baghdad on Thursday.\nThe weather was fine.",
        );
        let a = p.analyze(&art).expect("analyses");
        let out = conllu("t1", &a);
        assert!(out.starts_with("# doc_id = t1\n# sent_id = t1-1\n# text = Iraqi police"));
        let blocks: Vec<&str> = out.trim_end().split("\n\n").collect();
        assert_eq!(blocks.len(), 2, "{out}");
        for b in blocks {
            let rows: Vec<Vec<&str>> = b
                .lines()
                .filter(|l| !l.starts_with('#'))
                .map(|l| l.split('\t').collect())
                .collect();
            assert!(!rows.is_empty());
            let mut roots = 0;
            for (k, r) in rows.iter().enumerate() {
                assert_eq!(r.len(), 10, "{r:?}");
                assert_eq!(r[0], (k + 1).to_string());
                assert!(r.iter().all(|c| !c.is_empty() && !c.contains(' ')), "{r:?}");
                let head: usize = r[6].parse().expect("numeric head");
                assert!(head <= rows.len());
                roots += usize::from(head == 0);
            }
            assert_eq!(roots, 1, "{b}");
        }
        let arrested = out
            .lines()
            .find(|l| l.split('\t').nth(1) == Some("arrested"))
            .expect("token line");
        assert!(arrested.ends_with("Event=173"), "{arrested}");
        let police = out
            .lines()
            .find(|l| l.split('\t').nth(1) == Some("police"))
            .expect("token line");
        assert!(police.contains("Actor=IRQCOP"), "{police}");
    }

    #[test]
    fn fields_never_hold_blanks() {
        assert_eq!(field(""), "_");
        assert_eq!(field("a b\tc"), "a_b_c");
    }
}
