//! Name-key normalisation, shared by the build script and the run-time matcher (so both sides fold names
//! exactly alike): lower case, diacritics removed, `.` and apostrophes dropped, hyphens and runs of white
//! space turned into one space.

/// Appends the key of `s` to `out` (which is not cleared). See the module docs for the folding rules.
pub fn push_key(s: &str, out: &mut String) {
    let mut pending_space = !out.is_empty() && !out.ends_with(' ');
    let mut wrote_any = false;
    for ch in s.chars() {
        match ch {
            '.' | '\'' | '’' | '‘' | 'ʿ' | 'ʾ' | '`' | '´' | 'ʼ' => {}
            '-' | '‐' | '‑' | '_' => pending_space = wrote_any || pending_space,
            c if c.is_whitespace() => pending_space = wrote_any || pending_space,
            c => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                wrote_any = true;
                push_folded(c, out);
            }
        }
    }
}

/// The key of `s` as a new string.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_key(s, &mut out);
    canonical_words(&mut out);
    out
}

/// Spelled-out and abbreviated name words that key alike: `saint`/`st`, `mount`/`mt`, `fort`/`ft`.
pub fn canonical_words(k: &mut String) {
    // Called for every key looked up: return at once when no word changes (one pass over the
    // words, cheaper than three substring searches).
    if !k
        .split(' ')
        .any(|w| matches!(w, "saint" | "mount" | "fort"))
    {
        return;
    }
    let words: Vec<&str> = k
        .split(' ')
        .map(|w| match w {
            "saint" => "st",
            "mount" => "mt",
            "fort" => "ft",
            w => w,
        })
        .collect();
    *k = words.join(" ");
}

fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ø' | 'Ø' => out.push('o'),
        'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
        'ł' | 'Ł' => out.push('l'),
        'ı' | 'İ' => out.push('i'),
        'þ' | 'Þ' => out.push_str("th"),
        _ => {
            let mut any = false;
            unicode_normalization::char::decompose_canonical(c, |d| {
                if !unicode_normalization::char::is_combining_mark(d) {
                    for l in d.to_lowercase() {
                        out.push(l);
                    }
                    any = true;
                }
            });
            let _ = any;
        }
    }
}

/// True for the Arabic definite article in its romanised spellings (`al`, `el`, and the assimilated
/// `ad`, `an`, `ar`, `as`, `ash`, `at`, `az`), as the first word of a key.
pub fn is_article(w: &str) -> bool {
    matches!(
        w,
        "al" | "el" | "ad" | "an" | "ar" | "as" | "ash" | "at" | "az" | "adh" | "ath"
    )
}

/// Feature kinds, in the order of their one-byte codes in the compiled tables.
pub const FEATURES: &[&str] = &[
    "country",
    "continent",
    "admin1",
    "admin2",
    "capital",
    "city",
    "district",
    "landmark",
    "base",
    "crossing",
    "airport",
    "port",
    "region",
    "water",
    "camp",
    "mountain",
    "island",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_words_change_whole_words_only() {
        let mut k = "saint louis".to_owned();
        canonical_words(&mut k);
        assert_eq!(k, "st louis");
        let mut k = "mount fort saint".to_owned();
        canonical_words(&mut k);
        assert_eq!(k, "mt ft st");
        for same in [
            "fortaleza",
            "saintes",
            "paramount",
            "fort-de-france",
            "",
            "st louis",
        ] {
            let mut k = same.to_owned();
            canonical_words(&mut k);
            assert_eq!(k, same);
        }
        assert_eq!(key("Saint Paul"), "st paul");
    }
}
