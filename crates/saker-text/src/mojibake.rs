//! Repair of mojibake: UTF-8 text that was decoded as Windows-1252 (or Latin-1) and re-encoded.
//!
//! `â€™` is how `’` (bytes `E2 80 99`) looks after that round trip. A run is repaired only when its
//! first character stands for a UTF-8 lead byte (`C2`–`F4`), the following characters stand for
//! exactly the continuation bytes that lead byte needs, and the bytes decode to one valid
//! character. Ordinary accented text (`été`, `Ãrbil` typed on purpose) does not satisfy that.

/// Windows-1252 characters of bytes 0x80–0x9F that differ from Latin-1.
const CP1252_HIGH: [(char, u8); 27] = [
    ('€', 0x80),
    ('‚', 0x82),
    ('ƒ', 0x83),
    ('„', 0x84),
    ('…', 0x85),
    ('†', 0x86),
    ('‡', 0x87),
    ('ˆ', 0x88),
    ('‰', 0x89),
    ('Š', 0x8A),
    ('‹', 0x8B),
    ('Œ', 0x8C),
    ('Ž', 0x8E),
    ('‘', 0x91),
    ('’', 0x92),
    ('“', 0x93),
    ('”', 0x94),
    ('•', 0x95),
    ('–', 0x96),
    ('—', 0x97),
    ('˜', 0x98),
    ('™', 0x99),
    ('š', 0x9A),
    ('›', 0x9B),
    ('œ', 0x9C),
    ('ž', 0x9E),
    ('Ÿ', 0x9F),
];

/// The byte a character stood for under Windows-1252 (falling back to Latin-1), if any.
pub fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x100 {
        return Some(u as u8);
    }
    CP1252_HIGH.iter().find(|(ch, _)| *ch == c).map(|(_, b)| *b)
}

/// Number of continuation bytes a UTF-8 lead byte needs, for leads `C2`–`F4`.
fn continuation_count(lead: u8) -> Option<usize> {
    match lead {
        0xC2..=0xDF => Some(1),
        0xE0..=0xEF => Some(2),
        0xF0..=0xF4 => Some(3),
        _ => None,
    }
}

/// If a mojibake run starts at byte `at` of `s`, returns the repaired character and the byte
/// length of the run in `s`.
pub fn repair_at(s: &str, at: usize) -> Option<(char, usize)> {
    let mut chars = s.get(at..)?.chars();
    let first = chars.next()?;
    let lead = cp1252_byte(first)?;
    let need = continuation_count(lead)?;
    let mut bytes = [lead, 0, 0, 0];
    let mut len = first.len_utf8();
    for slot in bytes.iter_mut().skip(1).take(need) {
        let c = chars.next()?;
        let b = cp1252_byte(c)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        *slot = b;
        len += c.len_utf8();
    }
    let decoded = std::str::from_utf8(&bytes[..=need]).ok()?;
    let ch = decoded.chars().next()?;
    Some((ch, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_common_double_encodings() {
        assert_eq!(repair_at("â€™s", 0), Some(('’', "â€™".len())));
        assert_eq!(repair_at("Ã©t", 0), Some(('é', "Ã©".len())));
        assert_eq!(repair_at("â€œ", 0).map(|x| x.0), Some('“'));
        // Arabic letter alef (D8 A7) double-encoded.
        assert_eq!(repair_at("Ø§", 0).map(|x| x.0), Some('ا'));
    }

    #[test]
    fn leaves_ordinary_accented_text_alone() {
        assert_eq!(repair_at("été", 0), None);
        assert_eq!(repair_at("Ãrbil", 0), None);
        assert_eq!(repair_at("abc", 0), None);
        assert_eq!(repair_at("Â", 0), None);
    }
}
