//! `saker`: code news articles into political events (CAMEO, PLOVER, ACLED).
//!
//! A thin front end over the `saker` library: argument parsing, progress, exit codes.

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use saker::input::{self, Articles, InputFormat, InputOptions, RecordError};
use saker::output::{EventWriter, Format};
use saker::{Pipeline, PipelineOptions};
use saker_core::Article;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const AFTER_HELP: &str = "\
Examples:
  saker demo                                   code the bundled sample articles
  saker code news.jsonl > events.jsonl         JSON Lines in, one event per line out
  saker code --date 2022-11-18 article.txt     a plain-text article with its publication date
  saker code corpus/ --format csv -o ev.csv    every .jsonl/.txt file under a folder, as CSV
  saker parse --date 2022-11-18 article.txt    the parse the coder sees, as CoNLL-U
  cat news.jsonl | saker code --format plover  PLOVER/POLECAT interchange records
  saker eval --data ../shared/data/eval        score every stage on the gold sets

Exit codes:
  0  success (bad records, if any, were reported on stderr and skipped)
  1  nothing could be coded, an I/O failure, or `eval --gate` found a regression
  2  usage error, or --strict and at least one record was bad";

#[derive(Parser)]
#[command(name = "saker", version, about = "Code news text into political events: who did what to whom, when, where.", after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Worker threads (default: all cores).
    #[arg(long, global = true)]
    threads: Option<usize>,
    /// Print nothing but errors on stderr.
    #[arg(long, short, global = true)]
    quiet: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// One Saker event record per line (docs/schema.md).
    Jsonl,
    /// One row per event × actor × recipient (PETRARCH/Phoenix-like columns).
    Csv,
    /// PLOVER/POLECAT interchange JSON, one record per line.
    Plover,
    /// One CSV row per article, as ACLED codes a report: event type, sub-event type, actors,
    /// date and place.
    Acled,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
            FormatArg::Plover => Format::Plover,
            FormatArg::Acled => Format::Acled,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum InputFormatArg {
    /// By file extension; stdin: JSON Lines if it starts with `{`.
    Auto,
    /// JSON Lines: {"id","date","text"} plus optional title, source, url, language.
    Jsonl,
    /// Each file (or stdin) is one plain-text article.
    Text,
}

impl From<InputFormatArg> for InputFormat {
    fn from(f: InputFormatArg) -> Self {
        match f {
            InputFormatArg::Auto => InputFormat::Auto,
            InputFormatArg::Jsonl => InputFormat::Jsonl,
            InputFormatArg::Text => InputFormat::Text,
        }
    }
}

#[derive(Subcommand)]
enum DictAction {
    /// Validate the actor and event-pattern files; prints `file:line: problem` for each problem.
    Check {
        /// Actor knowledge-base folder.
        #[arg(long, default_value = "data/actors")]
        actors: PathBuf,
        /// Event-pattern folder.
        #[arg(long, default_value = "data/events")]
        events: PathBuf,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Code articles into events.
    Code {
        /// Files or folders to read (`-` or nothing: standard input). Folders are read recursively
        /// (.jsonl, .ndjson, .json, .txt).
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, short, value_enum, default_value = "jsonl")]
        format: FormatArg,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// How to read input files.
        #[arg(long, value_enum, default_value = "auto")]
        input_format: InputFormatArg,
        /// Publication date (YYYY-MM-DD) of plain-text articles.
        #[arg(long)]
        date: Option<String>,
        /// Exit with status 2 if any record is bad (still coding the good ones).
        #[arg(long)]
        strict: bool,
        /// Largest article accepted, in bytes.
        #[arg(long, default_value_t = saker::DEFAULT_MAX_BYTES)]
        max_bytes: usize,
        /// PETRARCH/TABARI actor dictionary to use instead of Saker's actor knowledge base
        /// (repeatable).
        #[arg(long, value_name = "FILE")]
        actors_petrarch: Vec<PathBuf>,
        /// PETRARCH/TABARI agent dictionary to use with --actors-petrarch (repeatable).
        #[arg(long, value_name = "FILE")]
        agents_petrarch: Vec<PathBuf>,
        /// PETRARCH CAMEO.2.0-format verb dictionary whose patterns are added to Saker's.
        #[arg(long, value_name = "FILE")]
        verbs_petrarch: Option<PathBuf>,
        /// Parse every sentence, also those without a word that can trigger an event (slower;
        /// only the syntax cues of places and dates outside event sentences change).
        #[arg(long)]
        parse_all: bool,
        /// Write only events with at least one actor or recipient (dyadic or one-sided event
        /// data; events nobody is named in are dropped from the output).
        #[arg(long)]
        with_actors: bool,
        /// Write only events whose confidence is at least this (0 to 1).
        #[arg(long, value_name = "F", default_value_t = 0.0)]
        min_confidence: f32,
    },
    /// Print the analysis the coder works on, as CoNLL-U: tokens, lemmas, tags, the dependency
    /// tree of every sentence, and actors (`Actor=CODE`) and event triggers (`Event=CAMEO`) in the
    /// MISC column. For writing and debugging event patterns.
    Parse {
        /// Files or folders to read (`-` or nothing: standard input), as for `code`.
        paths: Vec<PathBuf>,
        /// How to read input files.
        #[arg(long, value_enum, default_value = "auto")]
        input_format: InputFormatArg,
        /// Publication date (YYYY-MM-DD) of plain-text articles.
        #[arg(long)]
        date: Option<String>,
        /// Largest article accepted, in bytes.
        #[arg(long, default_value_t = saker::DEFAULT_MAX_BYTES)]
        max_bytes: usize,
    },
    /// Work with the knowledge files (actor knowledge base, event patterns).
    Dict {
        #[command(subcommand)]
        action: DictAction,
    },
    /// Code the bundled sample articles and print their events.
    Demo {
        /// Output format.
        #[arg(long, short, value_enum, default_value = "jsonl")]
        format: FormatArg,
    },
    /// Score every stage against the gold sets in ../shared/data/eval.
    Eval {
        /// The gold data: `shared`, `shared/data` or `shared/data/eval`.
        #[arg(long, default_value = "../shared/data/eval")]
        data: PathBuf,
        /// Only this gold set (ud, tempeval3, geowebnews, lgl, uner, re3d, petrarch, plover_gsr,
        /// case2021, wikievents, ucdp, rams) or stage group (syntax, time, geo, actors, events).
        #[arg(long)]
        set: Option<String>,
        /// Also write the reports as JSON to this file.
        #[arg(long)]
        json: Option<PathBuf>,
        /// Fail (exit 1) when a score is below its floor in the thresholds file.
        #[arg(long)]
        gate: bool,
        /// Floor thresholds.
        #[arg(long, default_value = "eval/thresholds.toml")]
        thresholds: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(n) = cli.threads {
        if let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
        {
            eprintln!("error: cannot start {n} threads: {e}");
            return ExitCode::from(1);
        }
    }
    let result = match cli.command {
        Command::Code {
            paths,
            format,
            output,
            input_format,
            date,
            strict,
            max_bytes,
            actors_petrarch,
            agents_petrarch,
            verbs_petrarch,
            parse_all,
            with_actors,
            min_confidence,
        } => code(CodeArgs {
            paths,
            format: format.into(),
            output,
            input_format: input_format.into(),
            date,
            strict,
            quiet: cli.quiet,
            with_actors,
            min_confidence,
            pipeline: PipelineOptions {
                max_bytes,
                petrarch_actors: actors_petrarch,
                petrarch_agents: agents_petrarch,
                petrarch_verbs: verbs_petrarch,
                parse_all,
            },
        }),
        Command::Parse {
            paths,
            input_format,
            date,
            max_bytes,
        } => parse(paths, input_format.into(), date, max_bytes),
        Command::Dict {
            action: DictAction::Check { actors, events },
        } => dict_check(&actors, &events),
        Command::Demo { format } => demo(format.into()),
        Command::Eval {
            data,
            set,
            json,
            gate,
            thresholds,
        } => eval(data, set, json, gate, thresholds, cli.quiet),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// `saker parse`: every sentence of every article parsed, printed as CoNLL-U on stdout. Bad
/// records are reported on stderr and skipped, as in `code`.
fn parse(
    paths: Vec<PathBuf>,
    input_format: InputFormat,
    date: Option<String>,
    max_bytes: usize,
) -> Result<ExitCode> {
    if let Some(d) = &date {
        if let Err(p) = saker::pipeline::parse_date(d) {
            eprintln!("error: --date: {p}");
            return Ok(ExitCode::from(2));
        }
    }
    let pipeline = Pipeline::with_options(PipelineOptions {
        max_bytes,
        parse_all: true,
        ..PipelineOptions::default()
    })
    .context("building the pipeline")?;
    let (sources, missing) = input::expand(&paths);
    let mut bad = missing.len();
    for e in &missing {
        eprintln!("error: {e}");
    }
    let opts = InputOptions {
        format: input_format,
        date,
        max_bytes,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut done = 0usize;
    for item in Articles::new(sources, opts) {
        let article = match item {
            Ok(a) => a,
            Err(e) => {
                eprintln!("error: {e}");
                bad += 1;
                continue;
            }
        };
        match pipeline.conllu(&article) {
            Ok(text) => {
                out.write_all(text.as_bytes()).context("writing output")?;
                done += 1;
            }
            Err(e) => {
                eprintln!("error: {e}");
                bad += 1;
            }
        }
    }
    out.flush().context("writing output")?;
    if done == 0 {
        eprintln!("error: nothing could be parsed ({bad} bad records)");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

struct CodeArgs {
    paths: Vec<PathBuf>,
    format: Format,
    output: Option<PathBuf>,
    input_format: InputFormat,
    date: Option<String>,
    strict: bool,
    quiet: bool,
    /// `--with-actors`: drop events with neither actor nor recipient.
    with_actors: bool,
    /// `--min-confidence`: drop events below this confidence.
    min_confidence: f32,
    pipeline: PipelineOptions,
}

/// Articles are coded in batches of this many: enough to keep every core busy, few enough that
/// memory stays flat however long the input is.
const BATCH: usize = 256;

fn code(args: CodeArgs) -> Result<ExitCode> {
    if let Some(d) = &args.date {
        if let Err(p) = saker::pipeline::parse_date(d) {
            eprintln!("error: --date: {p}");
            return Ok(ExitCode::from(2));
        }
    }
    if !(0.0..=1.0).contains(&args.min_confidence) {
        eprintln!(
            "error: --min-confidence: {} is not between 0 and 1",
            args.min_confidence
        );
        return Ok(ExitCode::from(2));
    }
    let max_bytes = args.pipeline.max_bytes;
    let pipeline = Pipeline::with_options(args.pipeline).context("building the pipeline")?;
    let (sources, missing) = input::expand(&args.paths);
    let mut bad = 0usize;
    for e in &missing {
        eprintln!("error: {e}");
        bad += 1;
    }
    let out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut writer = EventWriter::new(args.format, out);
    let bar = (!args.quiet && std::io::stderr().is_terminal()).then(|| {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos} articles coded {msg} [{elapsed}]",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        b
    });
    let opts = InputOptions {
        format: args.input_format,
        date: args.date.clone(),
        max_bytes,
    };
    let mut coded = 0usize;
    let mut events = 0usize;
    let mut reader = Articles::new(sources, opts);
    loop {
        let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
        let mut errors: Vec<RecordError> = Vec::new();
        for item in reader.by_ref() {
            match item {
                Ok(a) => batch.push(a),
                Err(e) => errors.push(e),
            }
            if batch.len() == BATCH {
                break;
            }
        }
        for e in &errors {
            eprintln!("error: {e}");
        }
        bad += errors.len();
        if batch.is_empty() && errors.is_empty() {
            break;
        }
        for r in pipeline.code_batch(&batch) {
            match r {
                Ok(mut c) => {
                    if !args.quiet {
                        for w in &c.warnings {
                            eprintln!("warning: article {}: {w}", c.doc_id);
                        }
                    }
                    if args.with_actors || args.min_confidence > 0.0 {
                        c.retain_events(|e| {
                            (!args.with_actors || !e.actors.is_empty() || !e.recipients.is_empty())
                                && e.confidence >= args.min_confidence
                        });
                    }
                    events += c.events.len();
                    writer.write_article(&c)?;
                    coded += 1;
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    bad += 1;
                }
            }
        }
        if let Some(b) = &bar {
            b.set_position(coded as u64);
            b.set_message(format!("({events} events, {bad} bad records)"));
        }
    }
    writer.flush()?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if !args.quiet {
        eprintln!("coded {coded} articles into {events} events; {bad} bad records");
    }
    if coded == 0 {
        eprintln!("error: nothing could be coded");
        return Ok(ExitCode::from(1));
    }
    if args.strict && bad > 0 {
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
}

fn dict_check(actors: &std::path::Path, events: &std::path::Path) -> Result<ExitCode> {
    let mut problems = 0usize;
    for (what, dir) in [("actor knowledge base", actors), ("event patterns", events)] {
        if !dir.is_dir() {
            bail!(
                "{what} folder {} not found (run from the repository root, or name it with --actors/--events)",
                dir.display()
            );
        }
        let diags: Vec<String> = if what.starts_with("actor") {
            saker_actors::check(dir)
                .iter()
                .map(ToString::to_string)
                .collect()
        } else {
            saker_events::check(dir)
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        for d in &diags {
            println!("{d}");
        }
        eprintln!("{}: {} problems", dir.display(), diags.len());
        problems += diags.len();
    }
    Ok(if problems == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn demo(format: Format) -> Result<ExitCode> {
    let pipeline = Pipeline::new().context("building the pipeline")?;
    let articles = saker::samples::articles();
    let stdout = std::io::stdout();
    let mut writer = EventWriter::new(format, stdout.lock());
    let mut total = 0;
    for (a, r) in articles.iter().zip(pipeline.code_batch(&articles)) {
        let c = r.with_context(|| format!("coding sample {}", a.id))?;
        eprintln!(
            "{}: {} sentences, {} events",
            c.doc_id,
            c.sentences,
            c.events.len()
        );
        total += c.events.len();
        writer.write_article(&c)?;
    }
    writer.flush()?;
    eprintln!("{} sample articles, {total} events", articles.len());
    Ok(ExitCode::SUCCESS)
}

fn eval(
    data: PathBuf,
    set: Option<String>,
    json: Option<PathBuf>,
    gate: bool,
    thresholds: PathBuf,
    quiet: bool,
) -> Result<ExitCode> {
    let root = saker::eval::data_root(&data);
    if !root.is_dir() {
        bail!(
            "gold data not found at {} — the evaluation sets live in ../shared/data beside the \
             repository (give another place with --data)",
            data.display()
        );
    }
    let reports = match saker::eval::run(&root, set.as_deref()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    if !quiet {
        print!("{}", saker::eval::table(&reports));
    }
    if let Some(p) = json {
        std::fs::write(&p, serde_json::to_string_pretty(&reports)?)
            .with_context(|| format!("writing {}", p.display()))?;
    }
    if gate {
        let text = std::fs::read_to_string(&thresholds)
            .with_context(|| format!("reading {}", thresholds.display()))?;
        let floors = saker::eval::parse_thresholds(&text).map_err(anyhow::Error::msg)?;
        let broken = saker::eval::check(&reports, &floors);
        if !broken.is_empty() {
            for b in &broken {
                eprintln!("regression: {b}");
            }
            return Ok(ExitCode::from(1));
        }
        eprintln!("eval gate: {} floors hold", floors.len());
    }
    Ok(ExitCode::SUCCESS)
}
