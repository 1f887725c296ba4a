//! The generated news-like corpus shared by the throughput bench and the `place_cost` example: eight
//! sentences per document from templates filled with Middle-East and world place names (a fixed xorshift seed,
//! so every run sees the same documents).

const TEMPLATES: &[&str] = &[
    "{P} – Security forces said on Thursday that a roadside bomb killed two soldiers near {P}.",
    "The governor of {P} told reporters that the attack on the convoy was carried out by gunmen.",
    "Officials in {P} and {P} announced a curfew after protests spread through the city.",
    "A drone strike hit a vehicle on the road between {P} and the border crossing, a military source said.",
    "Residents of the district reported heavy shelling overnight, while the ministry denied the claims.",
    "The president met his counterpart from {P} to discuss trade, energy and the situation in {P}.",
    "Police arrested three suspects in connection with the explosion at a market in {P} last week.",
    "Aid agencies warned that thousands of families had fled {P} since the fighting began in March.",
];
const PLACES: &[&str] = &[
    "BAGHDAD",
    "Mosul",
    "Anbar province",
    "Erbil",
    "the Green Zone",
    "Sadr City",
    "Damascus",
    "Idlib",
    "Aleppo",
    "Beirut",
    "Gaza",
    "Rafah crossing",
    "Sanaa",
    "Hodeidah",
    "Tehran",
    "Ankara",
    "Kirkuk",
    "Basra",
    "Tal Afar",
    "Washington",
    "London",
    "Paris",
    "Moscow",
    "Cairo",
    "Amman",
    "Riyadh",
    "Dubai",
    "Kabul",
    "Tripoli",
    "Khartoum",
];

/// `n` generated documents (the same ones on every call).
pub fn corpus(n: usize) -> Vec<String> {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..n)
        .map(|_| {
            let mut doc = String::new();
            for _ in 0..8 {
                let t = TEMPLATES[(next() % TEMPLATES.len() as u64) as usize];
                let mut s = String::new();
                for (k, part) in t.split("{P}").enumerate() {
                    if k > 0 {
                        s.push_str(PLACES[(next() % PLACES.len() as u64) as usize]);
                    }
                    s.push_str(part);
                }
                doc.push_str(&s);
                doc.push(if next() % 3 == 0 { '\n' } else { ' ' });
            }
            doc
        })
        .collect()
}
