//! The words of `dict/subject_words.tsv` by role (reporting verbs, clause leads, time words,
//! link words, growth words …), as one longest-match word table, and the tests on single
//! words that recognition and subjects share.

use std::sync::LazyLock;

use crate::lang::words::Words;

/// Roles of `dict/subject_words.tsv`, as bits (a word may have several).
pub(super) mod role {
    use crate::lexicon::SubjectRole;

    pub const REPORT: u32 = 1 << 0;
    pub const LEAD: u32 = 1 << 1;
    pub const ADVERB: u32 = 1 << 2;
    pub const SCOPE: u32 = 1 << 3;
    pub const TIME: u32 = 1 << 4;
    pub const LINK: u32 = 1 << 5;
    pub const LEVEL: u32 = 1 << 6;
    pub const GROWTH: u32 = 1 << 7;
    pub const DECLINE: u32 = 1 << 8;
    pub const AVG: u32 = 1 << 9;
    pub const COMPARE: u32 = 1 << 10;
    pub const KEEP: u32 = 1 << 11;
    pub const VERB: u32 = 1 << 12;
    pub const PARTICLE: u32 = 1 << 13;
    pub const COMPOUND: u32 = 1 << 14;
    pub const MILESTONE: u32 = 1 << 15;
    pub const REPORT_INSIDE: u32 = 1 << 16;
    pub const FRAME: u32 = 1 << 17;
    pub const PAIR: u32 = 1 << 18;
    pub const GENERIC: u32 = 1 << 19;
    pub const OWNER: u32 = 1 << 20;
    pub const WHOLE: u32 = 1 << 21;
    pub const PREVERB: u32 = 1 << 22;
    pub const STEER: u32 = 1 << 23;
    pub const PREP: u32 = 1 << 24;
    pub const TIER: u32 = 1 << 25;
    pub const EXIST: u32 = 1 << 26;
    pub const ANY_VERB: u32 = REPORT | KEEP | VERB;

    pub fn of(r: SubjectRole) -> u32 {
        match r {
            SubjectRole::Report => REPORT,
            SubjectRole::ReportInside => REPORT_INSIDE,
            SubjectRole::Lead => LEAD,
            SubjectRole::Adverb => ADVERB,
            SubjectRole::Scope => SCOPE,
            SubjectRole::Time => TIME,
            SubjectRole::Link => LINK,
            SubjectRole::Level => LEVEL,
            SubjectRole::Growth => GROWTH,
            SubjectRole::Decline => DECLINE,
            SubjectRole::Avg => AVG,
            SubjectRole::Compare => COMPARE,
            SubjectRole::Keep => KEEP,
            SubjectRole::Verb => VERB,
            SubjectRole::Particle => PARTICLE,
            SubjectRole::Compound => COMPOUND,
            SubjectRole::Milestone => MILESTONE,
            SubjectRole::Frame => FRAME,
            SubjectRole::Pair => PAIR,
            SubjectRole::Generic => GENERIC,
            SubjectRole::Owner => OWNER,
            SubjectRole::Whole => WHOLE,
            SubjectRole::Preverb => PREVERB,
            SubjectRole::Steer => STEER,
            SubjectRole::Prep => PREP,
            SubjectRole::Tier => TIER,
            SubjectRole::Exist => EXIST,
            // Pattern words (`SubjectRole::is_pattern`, the one list of them) are not in the word
            // table and have no bit; the test below holds every table role of the dict to a bit.
            _ => 0,
        }
    }
}

/// The words of one pattern role of `dict/subject_words.tsv` (`carry`, `per_head`, `work` …),
/// longest first: pattern words are not in the word table, so the readers that need them as a
/// list take them from here.
pub(super) fn pattern_words(which: crate::lexicon::SubjectRole) -> Vec<String> {
    let words = crate::lexicon::get().subject_words.iter();
    let mut out: Vec<String> = words.filter(|w| w.role == which).map(|w| w.word.clone()).collect();
    out.sort_by_key(|w| std::cmp::Reverse(w.len()));
    out
}

/// The `yield_change` words of `dict/subject_words.tsv` (增产): a rise of output that a percent
/// after it measures as a growth rate (增产1.3%), kept out of the word table where 增产 is a
/// generic measure of amounts (粮食增产4.11亿斤).
static YIELD_CHANGE: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::YieldChange));

/// Length in bytes of the `yield_change` word that `t` ends with (粮食产量13908亿斤，|增产|1.3%).
pub(super) fn yield_change_end(t: &str) -> Option<usize> {
    YIELD_CHANGE.iter().find(|w| t.ends_with(w.as_str())).map(String::len)
}

/// Subject words with their roles, and indicator aliases, as longest-match word tables.
pub(super) struct SubjectWords {
    words: Words<u32>,
    /// By character, the roles of the words it starts (ends): a text whose first (last)
    /// character starts (ends) no word of the roles asked for cannot start (end) with one,
    /// whatever longer word of other roles it starts with.
    firsts: RoleChars,
    lasts: RoleChars,
    /// The parts of each `pair` word (城乡 -> 城镇, 农村).
    pairs: Vec<(String, Vec<String>)>,
}

impl SubjectWords {
    fn load() -> SubjectWords {
        let lexicon = crate::lexicon::get();
        let mut words: Words<u32> = Words::default();
        let mut pairs = Vec::new();
        let (mut firsts, mut lasts) = (RoleChars::default(), RoleChars::default());
        for w in lexicon.subject_words.iter().filter(|w| !w.role.is_pattern()) {
            let prev = words.get(&w.word).copied().unwrap_or(0);
            words.insert(&w.word, prev | role::of(w.role));
            if let (Some(a), Some(z)) = (w.word.chars().next(), w.word.chars().next_back()) {
                firsts.add(a, role::of(w.role));
                lasts.add(z, role::of(w.role));
            }
            if !w.parts.is_empty() {
                pairs.push((w.word.clone(), w.parts.clone()));
            }
        }
        // Longest first, so that 存贷款 is read before a shorter pair word inside it.
        pairs.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        SubjectWords { words, firsts, lasts, pairs }
    }

    /// Whether `c` is the first (last) character of a word with one of `roles`.
    #[inline]
    fn may(by_char: &RoleChars, roles: u32, c: char) -> bool {
        by_char.roles(c) & roles != 0
    }

    /// Whether `c` is the first character of a word with one of `roles` (the test
    /// [`SubjectWords::prefix`] opens with, for a walk over a text's characters).
    #[inline]
    pub(super) fn may_start(&self, c: char, roles: u32) -> bool {
        Self::may(&self.firsts, roles, c)
    }

    /// The longest `pair` word `t` starts with, and its parts (城乡最低生活保障标准 -> 城乡, [城镇,
    /// 农村]).
    pub(super) fn pair_prefix(&self, t: &str) -> Option<(&str, &[String])> {
        self.pairs.iter().find(|(w, _)| t.starts_with(w.as_str())).map(|(w, parts)| (w.as_str(), parts.as_slice()))
    }

    /// The other part of a two-part `pair` word that has `w` as a part (支出 -> 收入 of 收支).
    pub(super) fn counterpart(&self, w: &str) -> Option<&str> {
        self.pairs.iter().filter(|(_, parts)| parts.len() == 2).find_map(|(_, parts)| match parts.as_slice() {
            [a, b] if a == w => Some(b.as_str()),
            [a, b] if b == w => Some(a.as_str()),
            _ => None,
        })
    }

    /// Whether `t` ends with a `pair` word (外贸进出口): a part inside it is no word of its own.
    pub(super) fn ends_with_pair(&self, t: &str) -> bool {
        self.pairs.iter().any(|(w, _)| t.ends_with(w.as_str()))
    }

    /// The first `pair` word inside `t` with `n` parts: its byte range and its parts.
    pub(super) fn pair_in(&self, t: &str, n: usize) -> Option<(std::ops::Range<usize>, &[String])> {
        self.pairs
            .iter()
            .filter(|(_, parts)| parts.len() == n)
            .filter_map(|(w, parts)| t.find(w.as_str()).map(|k| (k..k + w.len(), parts.as_slice())))
            .min_by_key(|(r, _)| r.start)
    }

    /// Length in bytes of the word with one of the `roles` that `t` starts with. Words are
    /// read longest first over the whole list, so a word that merely contains one with the
    /// role (人均 holds 均, 新增 holds 增) is not split.
    pub(super) fn prefix(&self, t: &str, roles: u32) -> Option<usize> {
        if !t.chars().next().is_some_and(|c| Self::may(&self.firsts, roles, c)) {
            return None;
        }
        self.words.longest_prefix(t, 12).filter(|(_, r)| *r & roles != 0).map(|(e, _)| e)
    }

    /// The longest word `t` starts with and all its roles, when its first character starts a
    /// word with one of `roles` (one lookup for a caller that asks [`SubjectWords::prefix`]
    /// for several roles in turn at the same place: each answer is this one's length when its
    /// roles hold the asked ones).
    pub(super) fn prefix_roles(&self, t: &str, roles: u32) -> Option<(usize, u32)> {
        if !t.chars().next().is_some_and(|c| Self::may(&self.firsts, roles, c)) {
            return None;
        }
        self.words.longest_prefix(t, 12).map(|(e, r)| (e, *r))
    }

    /// Length in bytes of the word with one of the `roles` that `t` ends with (longest word
    /// first, as for [`SubjectWords::prefix`]).
    pub(super) fn suffix(&self, t: &str, roles: u32) -> Option<usize> {
        if !t.chars().next_back().is_some_and(|c| Self::may(&self.lasts, roles, c)) {
            return None;
        }
        self.words.longest_suffix(t, 12).filter(|(_, r)| *r & roles != 0).map(|(l, _)| l)
    }

    pub(super) fn has(&self, w: &str, roles: u32) -> bool {
        self.words.get(w).is_some_and(|r| r & roles != 0)
    }
}

/// The roles of the words each character starts (or ends): one load per question, whatever
/// roles are asked (a bit set per role took one probe per role asked, and the lookups ask for
/// up to ten roles at every character they read). Code points below U+10000 by a table as long
/// as the highest of them (about 40,000 entries); the rest, if any, by a map.
#[derive(Default)]
struct RoleChars {
    bmp: Vec<u32>,
    astral: crate::lang::hash::FnvMap<u32, u32>,
}

impl RoleChars {
    fn add(&mut self, c: char, roles: u32) {
        let u = c as usize;
        if u < 0x10000 {
            if self.bmp.len() <= u {
                self.bmp.resize(u + 1, 0);
            }
            self.bmp[u] |= roles;
        } else {
            *self.astral.entry(c as u32).or_default() |= roles;
        }
    }

    #[inline]
    fn roles(&self, c: char) -> u32 {
        match self.bmp.get(c as usize) {
            Some(&r) => r,
            None if (c as u32) < 0x10000 => 0,
            None => self.astral.get(&(c as u32)).copied().unwrap_or(0),
        }
    }
}

pub(super) static WORDS: LazyLock<SubjectWords> = LazyLock::new(SubjectWords::load);

/// Whether a character cannot start the noun after a counter (的, 了, 和 …).
pub fn is_particle(c: char) -> bool {
    let mut b = [0u8; 4];
    WORDS.has(c.encode_utf8(&mut b), role::PARTICLE)
}

/// Whether `t` ends with a linking or level word (达到, 为, 提高到): the figure after it is
/// the value of what comes before.
pub fn ends_with_link(t: &str) -> bool {
    WORDS.suffix(t.trim_end(), role::LINK | role::LEVEL).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every role of `dict/subject_words.tsv` that enters the word table has a bit: `role::of`
    /// gives 0 only to pattern roles, so a new table role without a bit fails here.
    #[test]
    fn every_table_role_has_a_bit() {
        for w in crate::lexicon::get().subject_words.iter() {
            assert!(w.role.is_pattern() || role::of(w.role) != 0, "{:?} ({}) has no bit", w.role, w.word);
        }
    }

    /// The first- and last-character tests by role refuse only texts the word table refuses:
    /// prefix and suffix agree with the plain longest-word lookups at every place of a report,
    /// for every role alone and a few together.
    #[test]
    fn role_character_tests_change_no_lookup() {
        let w = &*WORDS;
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/raw/cq-dadukou-2022.txt")).unwrap();
        let text: String = text.chars().take(6000).collect();
        let mut masks: Vec<u32> = (0..26).map(|b| 1u32 << b).collect();
        masks.extend([role::ANY_VERB, role::GROWTH | role::DECLINE, role::TIME | role::LEAD, u32::MAX]);
        let (mut found, mut n) = (0, 0);
        for (i, _) in text.char_indices() {
            let (head, tail) = (&text[i..], &text[..i]);
            for &roles in &masks {
                let plain = w.words.longest_prefix(head, 12).filter(|(_, r)| *r & roles != 0).map(|(e, _)| e);
                assert_eq!(w.prefix(head, roles), plain, "prefix at {i}, roles {roles:b}");
                // (One lookup for several roles answers each as its own lookup would.)
                let all = w.prefix_roles(head, roles).filter(|(_, r)| *r & roles != 0).map(|(e, _)| e);
                assert_eq!(all, plain, "prefix_roles at {i}, roles {roles:b}");
                let plain = w.words.longest_suffix(tail, 12).filter(|(_, r)| *r & roles != 0).map(|(l, _)| l);
                assert_eq!(w.suffix(tail, roles), plain, "suffix at {i}, roles {roles:b}");
                found += usize::from(plain.is_some());
                n += 1;
            }
        }
        assert!(found > 1000 && n > found, "{found} of {n}");
    }
}
