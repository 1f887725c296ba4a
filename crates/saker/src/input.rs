//! Reading articles: JSON Lines, plain-text files, directories and standard input, streamed.
//!
//! Memory does not grow with the number of articles: records are read one at a time, and a line
//! longer than the size limit is skipped without being held in memory. Every problem is reported
//! as a [`RecordError`] naming the file, the line (and the id when known) and what is wrong; the
//! reader then goes on with the next record.

use saker_core::Article;
use serde::Deserialize;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// A record that could not be read or is unusable.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
#[error("{location}: {problem}")]
pub struct RecordError {
    /// Where: `file:line`, `file`, or `<stdin>:line`, with `(id=…)` when known.
    pub location: String,
    /// What is wrong.
    pub problem: String,
}

/// How to read an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// By extension (`.jsonl`, `.ndjson`, `.json` → JSON Lines; anything else → text); for
    /// standard input, JSON Lines when the first visible character is `{`.
    #[default]
    Auto,
    /// One JSON object per line: `{"id","date","text"}` plus optional fields.
    Jsonl,
    /// The whole file (or standard input) is one article.
    Text,
}

/// Options for reading.
#[derive(Debug, Clone)]
pub struct InputOptions {
    /// How to read files.
    pub format: InputFormat,
    /// Publication date for plain-text articles (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// Largest article text accepted, in bytes.
    pub max_bytes: usize,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            format: InputFormat::Auto,
            date: None,
            max_bytes: crate::DEFAULT_MAX_BYTES,
        }
    }
}

/// JSON Lines record as accepted on input.
#[derive(Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    date: Option<String>,
    text: Option<String>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    language: Option<String>,
}

/// One place to read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

/// Expands paths into sources: `-` is standard input, directories are walked recursively (sorted,
/// hidden entries skipped, only `.jsonl`, `.ndjson`, `.json` and `.txt` files). Paths that do not
/// exist are reported as errors.
pub fn expand(paths: &[PathBuf]) -> (Vec<Source>, Vec<RecordError>) {
    let mut out = Vec::new();
    let mut errs = Vec::new();
    if paths.is_empty() {
        out.push(Source::Stdin);
    }
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if p.is_dir() {
            walk(p, &mut out, &mut errs);
        } else if p.is_file() {
            out.push(Source::File(p.clone()));
        } else {
            errs.push(RecordError {
                location: p.display().to_string(),
                problem: "no such file or directory".into(),
            });
        }
    }
    (out, errs)
}

fn walk(dir: &Path, out: &mut Vec<Source>, errs: &mut Vec<RecordError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errs.push(RecordError {
                location: dir.display().to_string(),
                problem: format!("cannot read directory: {e}"),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out, errs);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("jsonl" | "ndjson" | "json" | "txt")
        ) {
            out.push(Source::File(p));
        }
    }
}

fn is_jsonl_path(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson" | "json")
    )
}

/// Streams articles from a list of sources, one at a time.
pub struct Articles {
    sources: VecDeque<Source>,
    opts: InputOptions,
    current: Option<Current>,
}

struct Current {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
}

impl Articles {
    /// Reads `sources` in order with `opts`.
    pub fn new(sources: Vec<Source>, opts: InputOptions) -> Self {
        Articles {
            sources: sources.into(),
            opts,
            current: None,
        }
    }

    fn open(&mut self, src: Source) -> Option<Result<Article, RecordError>> {
        match src {
            Source::File(p) => {
                let name = p.display().to_string();
                let f = match File::open(&p) {
                    Ok(f) => f,
                    Err(e) => {
                        return Some(Err(RecordError {
                            location: name,
                            problem: format!("cannot open: {e}"),
                        }))
                    }
                };
                let jsonl = match self.opts.format {
                    InputFormat::Jsonl => true,
                    InputFormat::Text => false,
                    InputFormat::Auto => is_jsonl_path(&p),
                };
                if jsonl {
                    self.current = Some(Current {
                        name,
                        reader: Box::new(BufReader::new(f)),
                        line: 0,
                    });
                    None
                } else {
                    let id = p
                        .file_stem()
                        .and_then(|s| s.to_str())
                        .unwrap_or("article")
                        .to_owned();
                    Some(self.text_article(f, &name, id))
                }
            }
            Source::Stdin => {
                let mut r = BufReader::new(std::io::stdin());
                let jsonl = match self.opts.format {
                    InputFormat::Jsonl => true,
                    InputFormat::Text => false,
                    InputFormat::Auto => match r.fill_buf() {
                        Ok(buf) => buf.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'),
                        Err(_) => true,
                    },
                };
                if jsonl {
                    self.current = Some(Current {
                        name: "<stdin>".into(),
                        reader: Box::new(r),
                        line: 0,
                    });
                    None
                } else {
                    Some(self.text_article(r, "<stdin>", "stdin".into()))
                }
            }
        }
    }

    fn text_article<R: Read>(&self, r: R, name: &str, id: String) -> Result<Article, RecordError> {
        let err = |problem: String| RecordError {
            location: name.to_owned(),
            problem,
        };
        let mut buf = Vec::new();
        let limit = self.opts.max_bytes as u64 + 1;
        r.take(limit)
            .read_to_end(&mut buf)
            .map_err(|e| err(format!("cannot read: {e}")))?;
        if buf.len() as u64 >= limit {
            return Err(err(format!(
                "article is larger than the limit of {} bytes (raise --max-bytes)",
                self.opts.max_bytes
            )));
        }
        let text = String::from_utf8(buf).map_err(|e| {
            err(format!(
                "invalid UTF-8 at byte {} (convert the file to UTF-8)",
                e.utf8_error().valid_up_to()
            ))
        })?;
        let article = Article {
            id,
            date: self.opts.date.clone(),
            text,
            ..Article::default()
        };
        check_article(&article).map_err(err)?;
        Ok(article)
    }
}

/// Reads one line of at most `limit` bytes (plus its newline). Returns `None` at end of input,
/// `Some(Err(len))` when the line was longer (its bytes are consumed and dropped).
fn read_bounded_line(
    r: &mut dyn BufRead,
    limit: usize,
    out: &mut Vec<u8>,
) -> std::io::Result<Option<Result<(), usize>>> {
    out.clear();
    let mut total = 0usize;
    let mut any = false;
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(p) => (&buf[..=p], true),
            None => (buf, false),
        };
        let n = chunk.len();
        total += n;
        if total <= limit + 1 {
            out.extend_from_slice(chunk);
        }
        r.consume(n);
        if done {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if total > limit + 1 {
        out.clear();
        return Ok(Some(Err(total)));
    }
    Ok(Some(Ok(())))
}

/// Checks the fields every article needs; the problem text names the field.
pub fn check_article(a: &Article) -> Result<(), String> {
    if a.text.trim().is_empty() {
        return Err("article text is empty".into());
    }
    if let Some(d) = &a.date {
        crate::pipeline::parse_date(d)?;
    }
    Ok(())
}

impl Iterator for Articles {
    type Item = Result<Article, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut buf = Vec::new();
        loop {
            if let Some(cur) = self.current.as_mut() {
                cur.line += 1;
                let loc = format!("{}:{}", cur.name, cur.line);
                // a JSON line holds the text plus a little markup
                let limit = self.opts.max_bytes + 64 * 1024;
                match read_bounded_line(cur.reader.as_mut(), limit, &mut buf) {
                    Ok(None) => {
                        self.current = None;
                        continue;
                    }
                    Err(e) => {
                        self.current = None;
                        return Some(Err(RecordError {
                            location: loc,
                            problem: format!("read error: {e}"),
                        }));
                    }
                    Ok(Some(Err(len))) => {
                        return Some(Err(RecordError {
                            location: loc,
                            problem: format!(
                                "line of {len} bytes is larger than the limit of {} bytes (raise --max-bytes)",
                                self.opts.max_bytes
                            ),
                        }))
                    }
                    Ok(Some(Ok(()))) => {}
                }
                if buf.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                return Some(parse_json_line(&buf, &loc, self.opts.max_bytes));
            }
            let src = self.sources.pop_front()?;
            if let Some(r) = self.open(src) {
                return Some(r);
            }
        }
    }
}

fn parse_json_line(buf: &[u8], loc: &str, max_bytes: usize) -> Result<Article, RecordError> {
    let err = |location: String, problem: String| RecordError { location, problem };
    let line = std::str::from_utf8(buf).map_err(|e| {
        err(
            loc.to_owned(),
            format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
        )
    })?;
    let j: JsonArticle = serde_json::from_str(line)
        .map_err(|e| err(loc.to_owned(), format!("invalid JSON: {e}")))?;
    let id = match j.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => {
            return Err(err(
                loc.to_owned(),
                "\"id\" must be a non-empty string or a number".into(),
            ))
        }
        None => return Err(err(loc.to_owned(), "missing \"id\"".into())),
    };
    let loc_id = format!("{loc} (id={id})");
    let Some(text) = j.text else {
        return Err(err(loc_id, "missing \"text\"".into()));
    };
    if text.len() > max_bytes {
        return Err(err(
            loc_id,
            format!(
                "article of {} bytes is larger than the limit of {max_bytes} bytes (raise --max-bytes)",
                text.len()
            ),
        ));
    }
    let a = Article {
        id,
        date: j.date,
        text,
        title: j.title,
        source: j.source,
        url: j.url,
        language: j.language,
    };
    check_article(&a).map_err(|p| err(loc_id, p))?;
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(s: &str, max: usize) -> Vec<Result<Article, RecordError>> {
        let mut a = Articles::new(
            vec![],
            InputOptions {
                max_bytes: max,
                ..InputOptions::default()
            },
        );
        a.current = Some(Current {
            name: "in.jsonl".into(),
            reader: Box::new(std::io::Cursor::new(s.as_bytes().to_vec())),
            line: 0,
        });
        a.collect()
    }

    #[test]
    fn good_and_bad_lines_each_get_their_result() {
        let input = concat!(
            "{\"id\":\"a\",\"date\":\"2022-11-18\",\"text\":\"Police arrested two men.\"}\n",
            "{not json}\n",
            "\n",
            "{\"id\":\"c\",\"date\":\"2022-11-18\",\"text\":\"  \"}\n",
            "{\"id\":\"d\",\"date\":\"18/11/2022\",\"text\":\"x\"}\n",
            "{\"date\":\"2022-11-18\",\"text\":\"x\"}\n",
            "{\"id\":7,\"text\":\"No date here.\"}\n",
        );
        let r = read_str(input, 1000);
        assert_eq!(r.len(), 6);
        assert_eq!(r[0].as_ref().unwrap().id, "a");
        let e1 = r[1].as_ref().unwrap_err();
        assert_eq!(e1.location, "in.jsonl:2");
        assert!(e1.problem.starts_with("invalid JSON"), "{e1}");
        let e2 = r[2].as_ref().unwrap_err();
        assert_eq!(e2.to_string(), "in.jsonl:4 (id=c): article text is empty");
        assert!(r[3].as_ref().unwrap_err().problem.contains("date"));
        assert!(r[4]
            .as_ref()
            .unwrap_err()
            .problem
            .contains("missing \"id\""));
        assert_eq!(r[5].as_ref().unwrap().id, "7");
    }

    #[test]
    fn invalid_utf8_and_oversized_lines_are_reported_and_skipped() {
        let mut bytes = b"{\"id\":\"a\",\"text\":\"caf\xff\"}\n".to_vec();
        bytes.extend_from_slice(
            format!("{{\"id\":\"big\",\"text\":\"{}\"}}\n", "x".repeat(500)).as_bytes(),
        );
        bytes.extend_from_slice(b"{\"id\":\"ok\",\"text\":\"Fine.\"}\n");
        let mut a = Articles::new(
            vec![],
            InputOptions {
                max_bytes: 100,
                ..InputOptions::default()
            },
        );
        a.current = Some(Current {
            name: "x.jsonl".into(),
            reader: Box::new(std::io::Cursor::new(bytes)),
            line: 0,
        });
        let r: Vec<_> = a.collect();
        assert!(r[0].as_ref().unwrap_err().problem.contains("invalid UTF-8"));
        assert!(r[1]
            .as_ref()
            .unwrap_err()
            .problem
            .contains("larger than the limit"));
        assert_eq!(r[2].as_ref().unwrap().id, "ok");
    }

    #[test]
    fn bounded_reader_drops_long_lines_without_keeping_them() {
        let data = format!("{}\nshort\n", "y".repeat(10_000));
        let mut r = std::io::Cursor::new(data.into_bytes());
        let mut buf = Vec::new();
        assert_eq!(
            read_bounded_line(&mut r, 100, &mut buf).unwrap(),
            Some(Err(10_001))
        );
        assert!(buf.capacity() < 10_000);
        assert_eq!(
            read_bounded_line(&mut r, 100, &mut buf).unwrap(),
            Some(Ok(()))
        );
        assert_eq!(buf, b"short\n");
        assert_eq!(read_bounded_line(&mut r, 100, &mut buf).unwrap(), None);
    }

    #[test]
    fn missing_paths_are_errors_and_dirs_are_walked() {
        let dir = std::env::temp_dir().join(format!("saker-input-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("sub/b.txt"), "Police left.").unwrap();
        std::fs::write(dir.join("a.jsonl"), "").unwrap();
        std::fs::write(dir.join("skip.bin"), "").unwrap();
        let (srcs, errs) = expand(&[dir.clone(), dir.join("nope")]);
        assert_eq!(srcs.len(), 2);
        assert_eq!(errs.len(), 1);
        let arts: Vec<_> = Articles::new(
            srcs,
            InputOptions {
                date: Some("2022-11-18".into()),
                ..InputOptions::default()
            },
        )
        .collect();
        assert_eq!(arts.len(), 1);
        let a = arts[0].as_ref().unwrap();
        assert_eq!(
            (a.id.as_str(), a.date.as_deref()),
            ("b", Some("2022-11-18"))
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
