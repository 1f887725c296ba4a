//! A cheap pre-check in front of the word lists the stage consults for every word (first
//! names, title and name words): most words of running text are in none of them, and telling
//! that from a bit table is cheaper than hashing the word.

use crate::norm::FastSet;

/// Bits in a [`Gate`] (a power of two).
const BITS: usize = 1 << 16;

/// A bit table over (length, first byte, last byte) of a set's strings: a string whose triple
/// is not marked is surely not in the set; a marked one may be.
#[derive(Debug, Clone)]
pub(crate) struct Gate {
    bits: Vec<u64>,
}

impl Gate {
    fn slot(s: &str) -> usize {
        let b = s.as_bytes();
        let (f, l) = (
            b.first().copied().unwrap_or(0),
            b.last().copied().unwrap_or(0),
        );
        let h = (b.len() as u32)
            .wrapping_mul(0x9E37_79B1)
            .wrapping_add((u32::from(f) << 8) | u32::from(l))
            .wrapping_mul(0x85EB_CA6B);
        (h >> 16) as usize & (BITS - 1)
    }

    /// Marks every string of `items`.
    pub(crate) fn new<'a>(items: impl IntoIterator<Item = &'a str>) -> Gate {
        let mut bits = vec![0u64; BITS / 64];
        for s in items {
            let k = Gate::slot(s);
            bits[k / 64] |= 1 << (k % 64);
        }
        Gate { bits }
    }

    /// False when `s` is surely not one of the marked strings.
    pub(crate) fn may_contain(&self, s: &str) -> bool {
        let k = Gate::slot(s);
        self.bits[k / 64] & (1 << (k % 64)) != 0
    }
}

/// A string set with a [`Gate`] in front: `contains` answers as the set does, usually
/// without hashing.
#[derive(Debug, Clone)]
pub(crate) struct GatedSet {
    set: FastSet<String>,
    gate: Gate,
}

impl GatedSet {
    /// True when `s` is in the set.
    pub(crate) fn contains(&self, s: &str) -> bool {
        self.gate.may_contain(s) && self.set.contains(s)
    }
}

impl FromIterator<String> for GatedSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> GatedSet {
        let set: FastSet<String> = iter.into_iter().collect();
        let gate = Gate::new(set.iter().map(String::as_str));
        GatedSet { set, gate }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gated_set_answers_as_the_set() {
        let names = ["ali", "john", "maria", "", "x", "muhamad"];
        let s: GatedSet = names.iter().map(|n| n.to_string()).collect();
        for n in names {
            assert!(s.contains(n), "{n:?}");
        }
        for n in ["al", "jon", "the", "of", "mariaa", "y", "muhamadd"] {
            assert!(!s.contains(n), "{n:?}");
        }
    }

    #[test]
    fn gate_rejects_most_other_words() {
        let g = Gate::new(["president", "minister", "university"]);
        assert!(g.may_contain("president") && g.may_contain("university"));
        let words = [
            "the", "of", "and", "said", "in", "to", "a", "was", "on", "by",
        ];
        assert!(words.iter().filter(|w| g.may_contain(w)).count() <= 1);
    }
}
