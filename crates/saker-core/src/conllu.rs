//! A small reader for CoNLL-U (Universal Dependencies) files.
//!
//! Used to train and evaluate the syntax stage and to score sentence splitting: UD sentences carry
//! their gold text in `# text =`, and `# newdoc` / `# newpar` mark documents and paragraphs.
//! Multi-word token lines (`3-4`) and empty nodes (`3.1`) are skipped: Saker tokens are the
//! syntactic words.

use std::io::BufRead;
use thiserror::Error;

/// A problem reading a CoNLL-U file.
#[derive(Debug, Error)]
pub enum ConlluError {
    /// The underlying reader failed.
    #[error("reading CoNLL-U: {0}")]
    Io(#[from] std::io::Error),
    /// A token line is malformed.
    #[error("CoNLL-U line {line}: {problem}")]
    Malformed {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        problem: String,
    },
}

/// One syntactic word of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConlluWord {
    /// Word form.
    pub form: String,
    /// Lemma.
    pub lemma: String,
    /// UPOS tag as written.
    pub upos: String,
    /// Language-specific tag (Penn for English).
    pub xpos: String,
    /// Morphological features as written.
    pub feats: String,
    /// 1-based head index, 0 for the root.
    pub head: usize,
    /// Relation to the head.
    pub deprel: String,
    /// MISC column as written.
    pub misc: String,
}

impl ConlluWord {
    /// True when MISC says no space follows this word in the original text.
    pub fn space_after_no(&self) -> bool {
        self.misc.split('|').any(|m| m == "SpaceAfter=No")
    }
}

/// One CoNLL-U sentence with its comments.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConlluSentence {
    /// `# sent_id`.
    pub sent_id: String,
    /// `# text`: the sentence's original text.
    pub text: String,
    /// True when a `# newdoc` comment precedes this sentence.
    pub newdoc: bool,
    /// True when a `# newpar` (or `# newdoc`) comment precedes this sentence.
    pub newpar: bool,
    /// The syntactic words.
    pub words: Vec<ConlluWord>,
}

/// Reads every sentence from a CoNLL-U stream.
pub fn read<R: BufRead>(reader: R) -> Result<Vec<ConlluSentence>, ConlluError> {
    let mut out = Vec::new();
    let mut cur = ConlluSentence::default();
    for (i, line) in reader.lines().enumerate() {
        let line = line?;
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if let Some(v) = c.strip_prefix("sent_id =") {
                cur.sent_id = v.trim().to_owned();
            } else if let Some(v) = c.strip_prefix("text =") {
                cur.text = v.trim().to_owned();
            } else if c.starts_with("newdoc") {
                cur.newdoc = true;
                cur.newpar = true;
            } else if c.starts_with("newpar") {
                cur.newpar = true;
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(ConlluError::Malformed {
                line: i + 1,
                problem: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let head = if cols[6] == "_" {
            0
        } else {
            cols[6].parse().map_err(|_| ConlluError::Malformed {
                line: i + 1,
                problem: format!("head {:?} is not a number", cols[6]),
            })?
        };
        cur.words.push(ConlluWord {
            form: cols[1].to_owned(),
            lemma: cols[2].to_owned(),
            upos: cols[3].to_owned(),
            xpos: cols[4].to_owned(),
            feats: cols[5].to_owned(),
            head,
            deprel: cols[7].to_owned(),
            misc: cols[9].to_owned(),
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Reads every sentence from a CoNLL-U file on disk.
pub fn read_path(path: &std::path::Path) -> Result<Vec<ConlluSentence>, ConlluError> {
    let f = std::fs::File::open(path)?;
    read(std::io::BufReader::new(f))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# sent_id = s1\n# text = Hi there.\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n2\tthere\tthere\tADV\tRB\t_\t1\tadvmod\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n# sent_id = s2\n# text = Don't.\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tDo\tdo\tAUX\tVB\t_\t0\troot\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n";

    #[test]
    fn reads_sentences_words_and_comments() {
        let s = read(SAMPLE.as_bytes()).unwrap();
        assert_eq!(s.len(), 2);
        assert!(s[0].newdoc && s[0].newpar);
        assert!(!s[1].newpar);
        assert_eq!(s[0].text, "Hi there.");
        assert_eq!(s[0].words.len(), 3);
        assert!(s[0].words[1].space_after_no());
        assert_eq!(s[1].words.len(), 2, "multi-word token line skipped");
        assert_eq!(s[1].words[1].head, 1);
    }

    #[test]
    fn malformed_line_is_reported_with_its_number() {
        let err = read("1\tHi\n".as_bytes()).unwrap_err();
        assert!(err.to_string().contains("line 1"), "{err}");
    }
}
