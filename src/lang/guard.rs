//! Regexes anchored at the start or the end of the text, refused by one character test before
//! they run.
//!
//! Stages run anchored patterns (`^第?[一二三…]+个…`, `…(?:只|各|共|约)?占$`) on the words
//! around every figure and every run of a clause, and nearly all of them fail. A failing search
//! still costs the engine's set-up (a cache taken from its pool, the search's state), which is
//! far more than reading one character. [`Anchored`] reads, once, which characters a match can
//! start (or end) with, from the pattern itself, and refuses a text that does not start (end)
//! with one of them: the same answers as the regex, by construction.
//!
//! Each thread of the pool searches with its own copy of the regex: a regex shares its search
//! caches through a pool that serves the first thread that used it without a lock and every
//! other thread through a mutex, which two threads running the same stages then take millions
//! of times.

use regex::{Captures, Match, Regex};
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// A regex, and the characters its matches can start and end with when it is anchored there.
#[derive(Debug, Clone)]
pub struct Anchored {
    /// The regex, one copy per thread of the pool (see the module docs).
    copies: Vec<Regex>,
    /// Every match starts at the start of the text with one of these characters (`None`: no
    /// such test: not anchored at the start, or it can match the empty string).
    first: Option<Vec<(char, char)>>,
    /// Every match ends at the end of the text with one of these characters.
    last: Option<Vec<(char, char)>>,
}

impl Anchored {
    pub fn new(re: Regex) -> Anchored {
        let hir = regex_syntax::Parser::new().parse(re.as_str()).ok();
        let props = hir.as_ref().map(Hir::properties);
        let first = hir
            .as_ref()
            .filter(|_| props.is_some_and(|p| p.look_set_prefix().contains(Look::Start)))
            .and_then(|h| ends(h, true))
            .and_then(|(set, empty)| (!empty).then(|| normalise(set)));
        let last = hir
            .as_ref()
            .filter(|_| props.is_some_and(|p| p.look_set_suffix().contains(Look::End)))
            .and_then(|h| ends(h, false))
            .and_then(|(set, empty)| (!empty).then(|| normalise(set)));
        let copies = vec![re; rayon::current_num_threads().max(1)];
        Anchored { copies, first, last }
    }

    /// This thread's copy of the regex.
    #[inline]
    fn re(&self) -> &Regex {
        let i = rayon::current_thread_index().unwrap_or(0);
        &self.copies[i % self.copies.len()]
    }

    /// Whether the text can hold a match at all, by its first and last characters.
    #[inline]
    fn may_match(&self, t: &str) -> bool {
        if let Some(set) = &self.first
            && !t.chars().next().is_some_and(|c| contains(set, c))
        {
            return false;
        }
        if let Some(set) = &self.last
            && !t.chars().next_back().is_some_and(|c| contains(set, c))
        {
            return false;
        }
        true
    }

    #[inline]
    pub fn is_match(&self, t: &str) -> bool {
        self.may_match(t) && self.re().is_match(t)
    }

    #[inline]
    pub fn find<'t>(&self, t: &'t str) -> Option<Match<'t>> {
        if self.may_match(t) { self.re().find(t) } else { None }
    }

    #[inline]
    pub fn captures<'t>(&self, t: &'t str) -> Option<Captures<'t>> {
        if self.may_match(t) { self.re().captures(t) } else { None }
    }

    /// Whether a text is tested before the regex runs (the pattern is anchored at the start or
    /// the end and cannot match the empty text).
    pub fn is_guarded(&self) -> bool {
        self.first.is_some() || self.last.is_some()
    }

    /// The regex itself, for any other search (unguarded).
    pub fn regex(&self) -> &Regex {
        self.re()
    }
}

/// The characters the matches of `h` can start with (`front`) or end with, as ranges, and
/// whether it can match the empty string; `None` when that is not known (a class of bytes).
fn ends(h: &Hir, front: bool) -> Option<(Vec<(char, char)>, bool)> {
    Some(match h.kind() {
        HirKind::Empty | HirKind::Look(_) => (Vec::new(), true),
        HirKind::Literal(lit) => {
            let s = std::str::from_utf8(&lit.0).ok()?;
            let c = if front { s.chars().next() } else { s.chars().next_back() };
            match c {
                Some(c) => (vec![(c, c)], false),
                None => (Vec::new(), true),
            }
        }
        HirKind::Class(Class::Unicode(u)) => (u.ranges().iter().map(|r| (r.start(), r.end())).collect(), false),
        HirKind::Class(Class::Bytes(_)) => return None,
        HirKind::Repetition(r) => {
            let (set, empty) = ends(&r.sub, front)?;
            (set, empty || r.min == 0)
        }
        HirKind::Capture(c) => ends(&c.sub, front)?,
        HirKind::Concat(hs) => {
            let mut set = Vec::new();
            let parts: Box<dyn Iterator<Item = &Hir>> =
                if front { Box::new(hs.iter()) } else { Box::new(hs.iter().rev()) };
            for x in parts {
                let (s, empty) = ends(x, front)?;
                set.extend(s);
                if !empty {
                    return Some((set, false));
                }
            }
            (set, true)
        }
        HirKind::Alternation(hs) => {
            let mut set = Vec::new();
            let mut any_empty = false;
            for x in hs {
                let (s, empty) = ends(x, front)?;
                set.extend(s);
                any_empty |= empty;
            }
            (set, any_empty)
        }
    })
}

/// Ranges sorted and merged, for a binary search.
fn normalise(mut set: Vec<(char, char)>) -> Vec<(char, char)> {
    set.sort_unstable();
    let mut out: Vec<(char, char)> = Vec::with_capacity(set.len());
    for (a, b) in set {
        match out.last_mut() {
            Some(last) if a as u32 <= last.1 as u32 + 1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

#[inline]
fn contains(set: &[(char, char)], c: char) -> bool {
    if set.last().is_some_and(|r| r.1 < c) {
        return false;
    }
    let k = set.partition_point(|r| r.1 < c);
    set.get(k).is_some_and(|r| r.0 <= c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchored(p: &str) -> Anchored {
        Anchored::new(Regex::new(p).unwrap())
    }

    /// The guarded searches answer as the regex does, on texts that pass and fail the test.
    #[test]
    fn guarded_searches_are_the_regex_searches() {
        let patterns = [
            r"^第?(?:[\d.]+[ 　]?|[一二三四五六七八九十两百千万几数多]+)(?:余|多)?(?:万|亿)?[ 　]?(?:个|项)",
            r"(?:只|各|共|约)?占$",
            r"[（(][^（()）]{1,6}[）)]$",
            r"^(?:总?投资)?[\d.]+(?:余|多)?(?:万|亿)?元(?:以上|左右)?$",
            r"^(?:\d{4}年(?:底)?前?|到\d{4}年|[①-⑳]|[一二三四五六七八九十]是)",
            r"^a?b*",
            r"x|^y",
            r"(?:由|从)(?:[0-9０-９]{4}年(?:底|末)?|目前)?的?$",
        ];
        let texts = [
            "",
            "第3个",
            "3个",
            "三项",
            "万个",
            "非公经济只占",
            "占",
            "只",
            "收入（同口径）",
            "收入（同口径",
            "投资3500万元",
            "1.27亿元以上",
            "亿元",
            "2022年底前",
            "到2025年",
            "②",
            "一是",
            "二",
            "a",
            "b",
            "c",
            "x",
            "yx",
            "由2020年的",
            "从",
            "的",
            "由目前",
            "123",
        ];
        for p in patterns {
            let g = anchored(p);
            let re = Regex::new(p).unwrap();
            for t in texts {
                assert_eq!(g.is_match(t), re.is_match(t), "{p} on {t:?}");
                assert_eq!(g.find(t).map(|m| m.range()), re.find(t).map(|m| m.range()), "{p} on {t:?}");
                assert_eq!(
                    g.captures(t).map(|c| c.get(0).unwrap().range()),
                    re.captures(t).map(|c| c.get(0).unwrap().range())
                );
            }
        }
    }

    /// What the test reads from a pattern: the first characters of one anchored at the start,
    /// the last of one anchored at the end, nothing for one that can match the empty text or is
    /// not anchored.
    #[test]
    fn reads_first_and_last_characters() {
        let g = anchored(r"^第?[一二]个");
        assert_eq!(g.first, Some(vec![('一', '一'), ('二', '二'), ('第', '第')]));
        assert_eq!(g.last, None);
        let g = anchored(r"(?:只|各)?占$");
        assert_eq!(g.first, None);
        assert_eq!(g.last, Some(vec![('占', '占')]));
        assert_eq!(anchored(r"^a?b*").first, None);
        assert_eq!(anchored(r"x|^y").first, None);
        assert_eq!(anchored(r"^\d").first.map(|s| s.len() > 10), Some(true));
    }
}
