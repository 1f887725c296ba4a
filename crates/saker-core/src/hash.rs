//! A small, fast hasher for the short string keys the stages look up per token (word lists,
//! dictionaries, gazetteer keys), and maps built on it.
//!
//! FNV-1a: no per-process random seed, so iteration order is stable across runs (reproducible
//! output); not resistant to hash flooding, which is fine for keys compiled from our own data
//! files, but do not key it on untrusted input at scale.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a 64-bit hasher.
#[derive(Debug, Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A `HashMap` with the [`Fnv`] hasher.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A `HashSet` with the [`Fnv`] hasher.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_matches_the_reference_values_and_maps_work() {
        let mut h = Fnv::default();
        h.write(b"a");
        assert_eq!(h.finish(), 0xaf63_dc4c_8601_ec8c);
        let mut m: FastMap<&str, u8> = FastMap::default();
        m.insert("baghdad", 1);
        assert_eq!(m.get("baghdad"), Some(&1));
    }
}
