//! A fast hasher for short text keys.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// FNV-1a: the keys are a few bytes of text looked up many times per sentence, where the
/// standard library's DoS-resistant SipHash costs more than the lookup itself.
#[derive(Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    /// Integer keys (the tries' edges, a node and a character in one `u64`; the time memo's
    /// spans) are mixed a word at a time, by one folded multiply (the 128-bit product's halves
    /// xored, so that every bit of the key reaches the low bits the table indexes by and the
    /// high bits it tags by), instead of FNV's eight rounds a word. These maps are only looked
    /// up, never iterated: no output depends on the hash.
    fn write_u64(&mut self, x: u64) {
        let h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        let m = u128::from(h ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = (m as u64) ^ ((m >> 64) as u64);
    }

    fn write_u32(&mut self, x: u32) {
        self.write_u64(u64::from(x));
    }

    fn write_usize(&mut self, x: usize) {
        self.write_u64(x as u64);
    }
}

/// A hash map keyed by [`Fnv`].
pub type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use std::hash::{BuildHasher, BuildHasherDefault};

    use super::Fnv;

    /// Keys that differ only in their high half (trie edges: the node above, the character
    /// below) spread over the low bits a table indexes by, and over the top bits it tags by.
    #[test]
    fn integer_keys_reach_low_and_high_bits() {
        let b = BuildHasherDefault::<Fnv>::default();
        let hashes: Vec<u64> = (0..1024u64).map(|node| b.hash_one((node << 32) | u64::from(u32::from('年')))).collect();
        let low: std::collections::HashSet<u64> = hashes.iter().map(|h| h & 1023).collect();
        let high: std::collections::HashSet<u64> = hashes.iter().map(|h| h >> 57).collect();
        assert!(low.len() > 600, "{}", low.len());
        assert_eq!(high.len(), 128);
    }
}
