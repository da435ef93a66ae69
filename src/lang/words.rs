//! Word tables: a word list keyed by the written word, with longest-match lookups at the
//! start or the end of a text.

use super::hash::FnvMap;

/// A word list keyed by the written word, with longest-match lookups.
///
/// Lookups read the text a character at a time and stop as soon as what they have read
/// starts (or ends) no word. Most positions of a text begin no word, so most lookups cost one
/// bit test (the first or last character) rather than one probe per possible word length;
/// they run for every character a stage looks at, which makes them the bulk of the word-list
/// work. The words are two tries, one read from the first character and one from the last:
/// each step is one probe keyed by (node, character), so a lookup hashes each character once
/// instead of every prefix it has read so far.
#[derive(Debug)]
pub struct Words<V> {
    /// The words from their first character: child of (node, character); node 0 is the root.
    next: FnvMap<u64, u32>,
    /// The value of the word that ends at each node of `next`.
    values: Vec<Option<V>>,
    /// The words from their last character: child of (node, character).
    prev: FnvMap<u64, u32>,
    /// At each node of `prev`, the node of `next` of the word read back to its first
    /// character, when it is one ([`NO_WORD`] when not): a suffix lookup takes the word's value
    /// from there instead of reading the word forward again.
    whole: Vec<u32>,
    firsts: CharBits,
    lasts: CharBits,
    max_chars: usize,
}

/// No word ends at this node of `prev`.
const NO_WORD: u32 = u32::MAX;

/// The key of an edge: the node and the character.
fn edge(node: u32, c: char) -> u64 {
    (u64::from(node) << 32) | u64::from(u32::from(c))
}

/// A set of characters as bits.
#[derive(Debug, Default)]
struct CharBits(Vec<u64>);

impl CharBits {
    fn insert(&mut self, c: char) {
        let u = c as usize;
        if self.0.len() <= u / 64 {
            self.0.resize(u / 64 + 1, 0);
        }
        self.0[u / 64] |= 1 << (u % 64);
    }
    fn insert_opt(&mut self, c: Option<char>) {
        if let Some(c) = c {
            self.insert(c);
        }
    }
    fn contains(&self, c: char) -> bool {
        let u = c as usize;
        self.0.get(u / 64).is_some_and(|w| w >> (u % 64) & 1 == 1)
    }
}

impl<V> Default for Words<V> {
    fn default() -> Self {
        Words {
            next: FnvMap::default(),
            values: vec![None],
            prev: FnvMap::default(),
            whole: vec![NO_WORD],
            firsts: CharBits::default(),
            lasts: CharBits::default(),
            max_chars: 0,
        }
    }
}

impl<V> Words<V> {
    pub fn insert(&mut self, w: &str, v: V) {
        self.max_chars = self.max_chars.max(w.chars().count());
        let mut node = 0u32;
        for c in w.chars() {
            node = match self.next.get(&edge(node, c)) {
                Some(&n) => n,
                None => {
                    let n = self.values.len() as u32;
                    self.values.push(None);
                    self.next.insert(edge(node, c), n);
                    n
                }
            };
        }
        self.values[node as usize] = Some(v);
        let word = node;
        let mut node = 0u32;
        for c in w.chars().rev() {
            node = match self.prev.get(&edge(node, c)) {
                Some(&n) => n,
                None => {
                    let n = self.whole.len() as u32;
                    self.whole.push(NO_WORD);
                    self.prev.insert(edge(node, c), n);
                    n
                }
            };
        }
        self.whole[node as usize] = word;
        self.firsts.insert_opt(w.chars().next());
        self.lasts.insert_opt(w.chars().next_back());
    }

    pub fn get(&self, w: &str) -> Option<&V> {
        let mut node = 0u32;
        for c in w.chars() {
            node = *self.next.get(&edge(node, c))?;
        }
        self.values.get(node as usize).and_then(Option::as_ref)
    }

    /// Whether some word starts with `c` (the bit test every prefix lookup begins with).
    pub fn may_start_with(&self, c: char) -> bool {
        self.firsts.contains(c)
    }

    /// The longest word that `t` starts with: (its length in bytes, its value).
    pub fn prefix_of(&self, t: &str) -> Option<(usize, &V)> {
        self.longest_prefix(t, self.max_chars.min(16))
    }

    /// The longest word that `t` ends with: (its length in bytes, its value).
    pub fn suffix_of(&self, t: &str) -> Option<(usize, &V)> {
        self.longest_suffix(t, self.max_chars.min(16))
    }

    /// The longest word of at most `max_chars` characters that `t` starts with.
    pub fn longest_prefix(&self, t: &str, max_chars: usize) -> Option<(usize, &V)> {
        if !t.chars().next().is_some_and(|c| self.firsts.contains(c)) {
            return None;
        }
        let mut best = None;
        let mut node = 0u32;
        for (i, c) in t.char_indices().take(max_chars) {
            let Some(&n) = self.next.get(&edge(node, c)) else { break };
            node = n;
            if let Some(v) = self.values.get(n as usize).and_then(Option::as_ref) {
                best = Some((i + c.len_utf8(), v));
            }
        }
        best
    }

    /// The longest word of at most `max_chars` characters that `t` ends with.
    pub fn longest_suffix(&self, t: &str, max_chars: usize) -> Option<(usize, &V)> {
        if !t.chars().next_back().is_some_and(|c| self.lasts.contains(c)) {
            return None;
        }
        let mut best = None;
        let mut node = 0u32;
        for (i, c) in t.char_indices().rev().take(max_chars) {
            let Some(&n) = self.prev.get(&edge(node, c)) else { break };
            node = n;
            if let Some(&word) = self.whole.get(n as usize).filter(|&&w| w != NO_WORD) {
                best = self.values.get(word as usize).and_then(Option::as_ref).map(|v| (t.len() - i, v)).or(best);
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Longest-match lookups agree with trying every length, longest first.
    #[test]
    fn word_lookups_are_longest_matches() {
        let list = ["人均", "人均可支配收入", "收入", "可支配收入", "万", "万千瓦", "千瓦", "千瓦时", "𠀀年"];
        let mut w: Words<usize> = Words::default();
        for (k, x) in list.iter().enumerate() {
            w.insert(x, k);
        }
        let brute_prefix = |t: &str| {
            let ends: Vec<usize> = t.char_indices().map(|(i, c)| i + c.len_utf8()).take(16).collect();
            ends.iter().rev().find_map(|&e| list.iter().position(|x| *x == &t[..e]).map(|k| (e, k)))
        };
        let brute_suffix = |t: &str| {
            let starts: Vec<usize> = t.char_indices().rev().map(|(i, _)| i).take(16).collect();
            starts.iter().rev().find_map(|&s| list.iter().position(|x| *x == &t[s..]).map(|k| (t.len() - s, k)))
        };
        let text = "全市人均可支配收入增长万千瓦时千瓦𠀀年收入";
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for j in (i..=text.len()).filter(|&j| text.is_char_boundary(j)) {
                let t = &text[i..j];
                assert_eq!(w.prefix_of(t).map(|(l, v)| (l, *v)), brute_prefix(t), "prefix of {t}");
                assert_eq!(w.suffix_of(t).map(|(l, v)| (l, *v)), brute_suffix(t), "suffix of {t}");
            }
        }
        assert_eq!(w.get("千瓦"), Some(&6));
        assert_eq!(w.get("千"), None);
    }
}
