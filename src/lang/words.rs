//! Word tables: a word list keyed by the written word, with longest-match lookups at the
//! start or the end of a text.

use super::hash::FnvMap;

/// A word list keyed by the written word, with longest-match lookups.
///
/// Lookups read the text a character at a time and stop as soon as what they have read
/// starts (or ends) no word. Most positions of a text begin no word, so most lookups cost one
/// bit test (the first or last character) rather than one probe per possible word length;
/// they run for every character a stage looks at, which makes them the bulk of the word-list
/// work.
#[derive(Debug)]
pub struct Words<V> {
    /// Every prefix of a word (at character boundaries, the whole word included), with the
    /// value when it is a word itself.
    prefixes: FnvMap<String, Option<V>>,
    /// Every suffix of a word, and whether it is a word itself.
    suffixes: FnvMap<String, bool>,
    firsts: CharBits,
    lasts: CharBits,
    max_chars: usize,
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
            prefixes: FnvMap::default(),
            suffixes: FnvMap::default(),
            firsts: CharBits::default(),
            lasts: CharBits::default(),
            max_chars: 0,
        }
    }
}

impl<V> Words<V> {
    pub fn insert(&mut self, w: &str, v: V) {
        self.max_chars = self.max_chars.max(w.chars().count());
        for (i, c) in w.char_indices() {
            let end = i + c.len_utf8();
            if end < w.len() {
                self.prefixes.entry(w[..end].to_string()).or_insert(None);
            }
            if i > 0 {
                self.suffixes.entry(w[i..].to_string()).or_insert(false);
            }
        }
        self.firsts.insert_opt(w.chars().next());
        self.lasts.insert_opt(w.chars().next_back());
        self.prefixes.insert(w.to_string(), Some(v));
        self.suffixes.insert(w.to_string(), true);
    }

    pub fn get(&self, w: &str) -> Option<&V> {
        self.prefixes.get(w).and_then(Option::as_ref)
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
        for (i, c) in t.char_indices().take(max_chars) {
            let w = &t[..i + c.len_utf8()];
            match self.prefixes.get(w) {
                None => break,
                Some(Some(v)) => best = Some((w.len(), v)),
                Some(None) => {}
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
        for (i, _) in t.char_indices().rev().take(max_chars) {
            let w = &t[i..];
            match self.suffixes.get(w) {
                None => break,
                Some(true) => best = self.get(w).map(|v| (w.len(), v)).or(best),
                Some(false) => {}
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
