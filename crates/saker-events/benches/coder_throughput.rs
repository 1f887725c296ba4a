//! Events coded per second on pre-parsed sentences (hand-built parses, so the number measures the
//! event coder alone). Prints the median of several rounds.
//! Run: `cargo bench -p saker-events --bench coder_throughput`.

use saker_core::nlp::{ActorKind, ActorMention};
use saker_events::{testing, EventCoder};
use std::time::Instant;

const SENTS: &[&str] = &[
    "The/DET/2/det minister/NOUN/4/nsubj:pass was/AUX/4/aux:pass attacked/VERB:VBN/0/ROOT/attack by/ADP/6/case gunmen/NOUN/4/obl:agent/gunman ./PUNCT/4/punct",
    "Militias/NOUN/2/nsubj/militia launched/VERB:VBD/0/ROOT/launch an/DET/4/det attack/NOUN/2/obj on/ADP/8/case Kazemi/PROPN/8/nmod:poss 's/PART/6/case house/NOUN/4/nmod with/ADP/12/case a/DET/12/det March/PROPN/12/compound plane/NOUN/4/nmod ./PUNCT/2/punct",
    "Police/NOUN/4/nsubj and/CCONJ/3/cc soldiers/NOUN/1/conj/soldier arrested/VERB:VBD/0/ROOT/arrest Ali/PROPN/4/obj and/CCONJ/7/cc Omar/PROPN/5/conj ./PUNCT/4/punct",
    "Police/NOUN/2/nsubj said/VERB:VBD/0/ROOT/say that/SCONJ/5/mark gunmen/NOUN/5/nsubj/gunman killed/VERB:VBD/2/ccomp/kill Ali/PROPN/5/obj ./PUNCT/2/punct",
    "Hezbollah/PROPN/2/nsubj threatened/VERB:VBD/0/ROOT/threaten to/PART/4/mark attack/VERB/2/xcomp Kazemi/PROPN/4/obj ./PUNCT/2/punct",
    "Askari/PROPN/2/nsubj called/VERB:VBD/0/ROOT/call for/ADP/5/case the/DET/5/det pursuit/NOUN/2/obl of/ADP/7/case Kazemi/PROPN/5/nmod and/CCONJ/10/cc his/PRON/10/nmod:poss team/NOUN/7/conj ./PUNCT/2/punct",
    "The/DET/2/det weather/NOUN/3/nsubj was/AUX/3/cop fine/ADJ/0/ROOT in/ADP/5/case Baghdad/PROPN/3/obl on/ADP/7/case Thursday/PROPN/3/obl ./PUNCT/3/punct",
    "Hashemi/PROPN/3/nsubj:pass was/AUX/3/aux:pass assassinated/VERB:VBN/0/ROOT/assassinate in/ADP/5/case July/PROPN/3/obl 2020/NUM/5/nummod ./PUNCT/3/punct",
];

fn main() {
    let coder = EventCoder::load_default().expect("embedded patterns are valid");
    let reps = 250;
    let all: Vec<&str> = (0..reps).flat_map(|_| SENTS.iter().copied()).collect();
    let (text, sents, parses) = testing::build(&all);
    let mut actors: Vec<ActorMention> = Vec::new();
    for (i, s) in sents.iter().enumerate() {
        for name in [
            "minister",
            "gunmen",
            "Militias",
            "Kazemi",
            "Police",
            "Ali",
            "Hezbollah",
            "Askari",
            "Hashemi",
        ] {
            let slice = s.span.slice(&text);
            if let Some(k) = slice.find(name) {
                let mut m = testing::mention(&text, name, 0, ActorKind::Person);
                m.span = saker_core::Span::new(s.span.start + k, s.span.start + k + name.len());
                m.sentence = i;
                actors.push(m);
            }
        }
    }
    let mut rates = Vec::new();
    let mut n_events = 0;
    for _ in 0..9 {
        let t = Instant::now();
        let ev = coder.code(&text, &sents, &parses, &actors);
        let dt = t.elapsed().as_secs_f64();
        n_events = ev.len();
        rates.push(sents.len() as f64 / dt);
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    let med = rates[rates.len() / 2];
    println!(
        "saker-events: {} pre-parsed sentences, {} events per round; median {:.0} sentences/s, {:.0} events/s (1 thread)",
        sents.len(),
        n_events,
        med,
        med * n_events as f64 / sents.len() as f64
    );
}
