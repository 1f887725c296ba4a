//! Codes a text file through text → syntax → actors → events and prints the events.
//! Usage: `cargo run --release -p saker-events --example code_text FILE [YYYY-MM-DD]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: code_text FILE [YYYY-MM-DD]");
        return;
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return;
        }
    };
    let date = args
        .next()
        .and_then(|d| d.parse::<jiff::civil::Date>().ok());
    let chain = match saker_events::eval::Chain::load_default() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return;
        }
    };
    let c = chain.code(&text, date);
    let name = |i: &usize| {
        c.actors
            .get(*i)
            .map(|a| {
                format!(
                    "{}[{}]",
                    a.span.slice(&c.doc.norm),
                    a.cameo.clone().unwrap_or_default()
                )
            })
            .unwrap_or_default()
    };
    for e in &c.events {
        println!(
            "s{} {:<5} {:<10} {:<14} {:?} neg={} {:?} | {} | src={:?} tgt={:?}",
            e.sentence,
            e.cameo,
            e.plover_type,
            e.plover_mode.clone().unwrap_or_default(),
            e.acled.as_ref().map(|a| a.1.clone()),
            e.negated,
            e.modality,
            e.trigger.slice(&c.doc.norm),
            e.sources.iter().map(name).collect::<Vec<_>>(),
            e.targets.iter().map(name).collect::<Vec<_>>()
        );
    }
    if std::env::var_os("SHOW_ACTORS").is_some() {
        for (i, a) in c.actors.iter().enumerate() {
            println!(
                "a{i} {:?} {:?} {}",
                a.span.slice(&c.doc.norm),
                a.kind,
                a.cameo.clone().unwrap_or_default()
            );
        }
    }
    if std::env::var_os("SHOW_PARSES").is_some() {
        for (s, p) in c.doc.sentences.iter().zip(&c.parses) {
            for (w, t) in s.words(&c.doc.norm).iter().zip(p) {
                print!(
                    "{w}/{}:{}/{}/{}/{} ",
                    t.upos.as_str(),
                    t.xpos,
                    t.head,
                    t.deprel,
                    t.lemma
                );
            }
            println!("\n");
        }
    }
}
