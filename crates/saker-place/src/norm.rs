//! Name-key normalisation, shared by the build script and the run-time matcher (so both sides fold names
//! exactly alike): lower case, diacritics removed, `.` and apostrophes dropped, hyphens and runs of white
//! space turned into one space.

/// Appends the key of `s` to `out` (which is not cleared). See the module docs for the folding rules.
pub fn push_key(s: &str, out: &mut String) {
    let mut pending_space = !out.is_empty() && !out.ends_with(' ');
    let mut wrote_any = false;
    if s.is_ascii() {
        // The same rules on bytes (most names are ASCII): no character decoding per letter.
        for &b in s.as_bytes() {
            match b {
                b'.' | b'\'' | b'`' => {}
                b'-' | b'_' | b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => {
                    pending_space = wrote_any || pending_space;
                }
                c => {
                    if pending_space && !out.is_empty() {
                        out.push(' ');
                    }
                    pending_space = false;
                    wrote_any = true;
                    out.push(char::from(c.to_ascii_lowercase()));
                }
            }
        }
        return;
    }
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
    // A plain ASCII word (no character that the rules drop or turn into a space): its key is the
    // word in lower case, [`canonical_words`] applied to that one word. Most words of news text.
    if s.bytes().all(|b| {
        b.is_ascii()
            && !matches!(
                b,
                b'.' | b'\'' | b'`' | b'-' | b'_' | b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'
            )
    }) {
        return match s.to_ascii_lowercase() {
            w if w == "saint" => "st".to_owned(),
            w if w == "mount" => "mt".to_owned(),
            w if w == "fort" => "ft".to_owned(),
            w => w,
        };
    }
    let mut out = String::with_capacity(s.len());
    push_key(s, &mut out);
    canonical_words(&mut out);
    out
}

/// Spelled-out and abbreviated name words that key alike: `saint`/`st`, `mount`/`mt`, `fort`/`ft`.
pub fn canonical_words(k: &mut String) {
    // Called for every key looked up: return at once when no word changes. Each of the three
    // words ends in `nt` or `rt`; a key with no such word ending is left alone after one pass
    // over its bytes, before any word is split off.
    let b = k.as_bytes();
    let word_end_nt_rt = b
        .windows(2)
        .enumerate()
        .any(|(i, w)| (w == b"nt" || w == b"rt") && b.get(i + 2).is_none_or(|&c| c == b' '));
    if !word_end_nt_rt {
        return;
    }
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
    fn ascii_keys_fold_like_the_general_rules() {
        assert_eq!(key("St. Mary's-Port_x\tY"), "st marys port x y");
        assert_eq!(key("  --Al-Anbar  "), "al anbar");
        assert_eq!(key("U.S.`A"), "usa");
        // The byte path and the character path agree where both apply.
        let mut a = String::from("old");
        push_key("New  York", &mut a);
        let mut b = String::from("old");
        push_key("New\u{2009}York", &mut b);
        assert_eq!(a, "old new york");
        assert_eq!(a, b);
    }

    #[test]
    fn plain_ascii_words_key_as_the_general_rules_do() {
        for w in [
            "", "Baghdad", "SAINT", "Mount", "fort", "Forts", "x1", "(Kabul)", "Fort.", "al-Qaim",
        ] {
            let mut general = String::new();
            push_key(w, &mut general);
            canonical_words(&mut general);
            assert_eq!(key(w), general, "{w}");
        }
    }

    #[test]
    fn canonical_words_need_a_whole_word_ending_in_nt_or_rt() {
        assert_eq!(key("Fort Worth"), "ft worth");
        assert_eq!(key("Mount Hope"), "mt hope");
        assert_eq!(key("saint"), "st");
        assert_eq!(key("Fortune Bay"), "fortune bay");
        assert_eq!(key("Front Royal"), "front royal");
        assert_eq!(key("Port Said"), "port said");
    }

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
