//! The word lists of projects: the noun and verb automata of `dict/project_heads.tsv` and
//! `dict/stage_verbs.tsv`, the count patterns of `dict/project_counts.tsv`, and how the
//! nouns cover a text (whether a name is only generic words).

use std::borrow::Cow;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::lang::guard::Anchored;
use crate::lang::hash::FnvMap;
use crate::lang::text::{closes_with, holds_char, opens_with};
use crate::lexicon::{CountKind, HeadKind, ProjectWordKind, VerbRole, VerbStage};

/// A row of `dict/stage_verbs.tsv`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Verb {
    pub(super) stage: VerbStage,
    pub(super) rank: u8,
    /// Dropped from the front of an action (推动, 全区).
    pub(super) lead: bool,
    /// Ends a name only where one could start (全国, 今年).
    pub(super) scope: bool,
    /// Written straight onto 工程/项目 it is part of the name (建设工程, 培育工程).
    pub(super) compound: bool,
    /// Decides the stage but does not show that an institution is built (做好, 建好).
    pub(super) soft: bool,
    /// Decides the stage only before a `plan_noun` (列入, 纳入: see `VerbRole::Enters`).
    pub(super) enters: bool,
    /// A verb only where a name could start; inside one a word of it (利用: see
    /// `VerbRole::Front`).
    pub(super) front: bool,
}

#[derive(Debug, Clone, Copy)]
pub(super) enum Word {
    Noun(HeadKind),
    Verb(Verb),
}

/// The nouns and verbs of `dict/project_heads.tsv` and `dict/stage_verbs.tsv` as automata,
/// compiled once from the lexicon.
pub(super) struct ProjectWords {
    /// Nouns (but places) and verbs, leftmost-longest: the tokens of a clause. Generic words are
    /// tokens so that the heads inside them do not count (道路, 老旧小区).
    pub(super) words: WordMatcher,
    pub(super) word_of: Vec<Word>,
    /// Every noun but places: a name they cover entirely is generic (when one is a generic word).
    pub(super) cover: WordMatcher,
    pub(super) cover_kind: Vec<HeadKind>,
    /// VerbStage verbs only, overlapping: the stage of an action.
    pub(super) stages: AhoCorasick,
    pub(super) stage_of: Vec<Verb>,
    /// Words that end the name of a place or an area (for completing bare list items).
    pub(super) places: Vec<String>,
    /// Words that end the name of a body of water (龙川江, 伏牛溪): such an item takes a work the
    /// list shares (伏牛溪、双石河整治工程), not the head of another kind (龙川江、青山嘴水库).
    pub(super) waters: Vec<String>,
    /// Steering words dropped from the front of an action.
    pub(super) leads: Vec<String>,
    /// Head nouns of built things (大桥, 路): a generic word ending in one is a kind of them
    /// (断头路 is a kind of road).
    pub(super) heads: Vec<String>,
    /// Names and aliases of the regions of `dict/regions.tsv` (a region named as a whole is a
    /// place, not a project).
    pub(super) regions: std::collections::HashSet<String>,
    /// The word lists of `words` and `cover` (for checking the matcher against an automaton).
    #[cfg(test)]
    pub(super) lists: [Vec<String>; 2],
}

pub(super) static WORDS: LazyLock<ProjectWords> = LazyLock::new(|| {
    let lexicon = crate::lexicon::get();
    let nouns: Vec<(String, HeadKind)> = lexicon.project_heads.iter().map(|h| (h.word.clone(), h.kind)).collect();
    let mut verbs: Vec<(String, Verb)> = Vec::new();
    for v in &lexicon.stage_verbs {
        let (lead, scope, compound) = match v.role {
            VerbRole::Verb | VerbRole::Soft | VerbRole::Enters | VerbRole::Front => (false, false, false),
            VerbRole::Compound => (false, false, true),
            VerbRole::Lead => (true, false, false),
            VerbRole::Scope => (true, true, false),
        };
        verbs.push((
            v.phrase.clone(),
            Verb {
                stage: v.stage,
                rank: v.rank,
                lead,
                scope,
                compound,
                soft: v.role == VerbRole::Soft,
                enters: v.role == VerbRole::Enters,
                front: v.role == VerbRole::Front,
            },
        ));
    }
    // Tokens: nouns first, so that a word in both lists (提升, 扩建) reads as a noun; a noun
    // at the start of a run is taken as a verb there (see `elements`).
    let mut pats: Vec<String> = Vec::new();
    let mut word_of = Vec::new();
    for (w, k) in &nouns {
        if !matches!(k, HeadKind::Place | HeadKind::Water) {
            pats.push(w.clone());
            word_of.push(Word::Noun(*k));
        }
    }
    for (w, v) in &verbs {
        if !pats.contains(w) {
            pats.push(w.clone());
            word_of.push(Word::Verb(*v));
        }
    }
    let words = WordMatcher::new(&pats);
    // A verb written onto 工程/项目 (培育, 建设) covers like a work noun: 垂类大模型培育工程 and
    // 省重点建设项目 are kinds, “吉林工匠”培育工程 is not.
    let compounds: Vec<(String, HeadKind)> = verbs
        .iter()
        .filter(|(w, v)| v.compound && !nouns.iter().any(|(n, _)| n == w))
        .map(|(w, _)| (w.clone(), HeadKind::Work))
        .collect();
    let cover_nouns: Vec<&(String, HeadKind)> =
        nouns.iter().filter(|(_, k)| !matches!(k, HeadKind::Place | HeadKind::Water)).chain(compounds.iter()).collect();
    let cover = WordMatcher::new(&cover_nouns.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>());
    let cover_kind = cover_nouns.iter().map(|(_, k)| *k).collect();
    let stage_pats: Vec<&str> = verbs.iter().map(|(w, _)| w.as_str()).collect();
    let stages = AhoCorasick::new(&stage_pats).expect("stage automaton");
    let stage_of = verbs.iter().map(|(_, v)| *v).collect();
    let places = nouns
        .iter()
        .filter(|(_, k)| matches!(k, HeadKind::Place | HeadKind::Water | HeadKind::Area))
        .map(|(w, _)| w.clone())
        .collect();
    let waters = nouns.iter().filter(|(_, k)| *k == HeadKind::Water).map(|(w, _)| w.clone()).collect();
    let leads = verbs.iter().filter(|(_, v)| v.lead).map(|(w, _)| w.clone()).collect();
    let heads = nouns.iter().filter(|(_, k)| *k == HeadKind::Head).map(|(w, _)| w.clone()).collect();
    let regions = lexicon.regions.iter().flat_map(|r| std::iter::once(&r.name).chain(&r.aliases)).cloned().collect();
    #[cfg(test)]
    let lists = [pats.clone(), cover_nouns.iter().map(|(w, _)| w.clone()).collect()];
    ProjectWords {
        words,
        word_of,
        cover,
        cover_kind,
        stages,
        stage_of,
        places,
        waters,
        leads,
        heads,
        regions,
        #[cfg(test)]
        lists,
    }
});

/// A word found in a text (byte offsets) and its index in the list the matcher was built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct WordMatch {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) pattern: usize,
}

/// A word list matched a character at a time, leftmost-longest: at each character of a text,
/// the longest word starting there (of two equal words, the first listed), and the search
/// goes on after it — the matches of an Aho-Corasick automaton with `LeftmostLongest`
/// semantics, which a test checks on the reports of raw/.
///
/// The words run over every clause of every report. A DFA over ~1,600 words has a transition
/// table far larger than the L2 cache, so nearly every byte read was a cache miss; here a
/// character is refused with one table load (most characters start no word), and where one
/// does, a bit of its group's filter on the two bytes after it refuses most of the rest (three
/// characters in five start a word, one in five a word of two characters or more): only then
/// are its words compared, longest first.
pub(super) struct WordMatcher {
    /// First character from U+10000 → its group.
    by_first: FnvMap<u32, u16>,
    /// First character below U+10000 → its group + 1, 0 for a character that starts no word
    /// (one load refuses a character or finds its group; two bytes a code point).
    by_first_bmp: Vec<u16>,
    groups: Vec<Group>,
    /// Words grouped by first character, longest first.
    words: Vec<Entry>,
}

/// The words of one first character.
struct Group {
    /// Range of `words`.
    from: u32,
    to: u32,
    /// [`follow_bit`] of each word's two bytes after its first character (every bit when a
    /// word ends within those bytes): a text whose bit is clear starts none of the group's
    /// longer words.
    follow: [u64; 4],
    /// The word that is the first character alone, if one is.
    single: Option<u32>,
}

/// The bit of a group's filter (its word and the bit in it) for the second and third bytes
/// after a word's first character (most often the last two bytes of its second character).
fn follow_bit(x: u8, y: u8) -> (usize, u64) {
    let i = x.wrapping_mul(4) ^ y;
    (usize::from(i >> 6), 1 << (i & 63))
}

/// A word of a [`WordMatcher`]: its first eight bytes (zero-padded) and their mask, so that
/// most comparisons are one masked load, and its pattern index.
struct Entry {
    head: u64,
    mask: u64,
    word: Box<[u8]>,
    pattern: usize,
}

impl Entry {
    fn new(word: &[u8], pattern: usize) -> Entry {
        let n = word.len().min(8);
        let mask = if n == 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
        Entry { head: load8(word) & mask, mask, word: word.into(), pattern }
    }

    /// Whether `rest` starts with the word; `head` is `load8(rest)`.
    fn starts(&self, rest: &[u8], head: u64) -> bool {
        head & self.mask == self.head
            && rest.len() >= self.word.len()
            && (self.word.len() <= 8 || rest.get(8..self.word.len()) == self.word.get(8..))
    }
}

/// The first eight bytes of `b` as a little-endian word, zero-padded.
fn load8(b: &[u8]) -> u64 {
    if let Some(head) = b.first_chunk::<8>() {
        return u64::from_le_bytes(*head);
    }
    let mut buf = [0u8; 8];
    buf[..b.len()].copy_from_slice(b);
    u64::from_le_bytes(buf)
}

impl WordMatcher {
    pub(super) fn new<S: AsRef<str>>(pats: &[S]) -> WordMatcher {
        let mut all: Vec<(char, usize, usize)> = Vec::new();
        for (i, p) in pats.iter().enumerate() {
            if let Some(c) = p.as_ref().chars().next() {
                all.push((c, p.as_ref().len(), i));
            }
        }
        // By first character, longest first, then in list order.
        all.sort_by_key(|&(c, len, i)| (c, std::cmp::Reverse(len), i));
        let mut m = WordMatcher {
            by_first: FnvMap::default(),
            by_first_bmp: Vec::new(),
            groups: Vec::new(),
            words: Vec::new(),
        };
        for (c, _, i) in all {
            let w = pats[i].as_ref().as_bytes();
            let gi = match m.by_first.get(&(c as u32)) {
                Some(&g) => usize::from(g),
                None => {
                    let g =
                        u16::try_from(m.groups.len() + 1).map(|g| g - 1).expect("fewer first characters than 65,535");
                    m.by_first.insert(c as u32, g);
                    let at = m.words.len() as u32;
                    m.groups.push(Group { from: at, to: at, follow: [0; 4], single: None });
                    usize::from(g)
                }
            };
            let g = &mut m.groups[gi];
            // A repeated word: the first listed is the one found.
            if m.words[g.from as usize..].iter().any(|e| *e.word == *w) {
                continue;
            }
            let n = c.len_utf8();
            match w.get(n + 1..n + 3) {
                Some(&[x, y]) => {
                    let (k, bit) = follow_bit(x, y);
                    g.follow[k] |= bit;
                }
                _ if w.len() == n => g.single = Some(m.words.len() as u32),
                _ => g.follow = [u64::MAX; 4],
            }
            m.words.push(Entry::new(w, i));
            g.to = m.words.len() as u32;
        }
        for (&c, &g) in &m.by_first {
            let u = c as usize;
            if u < 0x10000 {
                if m.by_first_bmp.len() <= u {
                    m.by_first_bmp.resize(u + 1, 0);
                }
                m.by_first_bmp[u] = g + 1;
            }
        }
        m.by_first.retain(|&c, _| c >= 0x10000);
        m
    }

    /// The longest word starting at byte `p` of `t` (`None` when `p` is no character start).
    pub(super) fn longest_at(&self, t: &str, p: usize) -> Option<WordMatch> {
        let (c, n) = char_at(t.as_bytes(), p)?;
        self.longest_with(t.as_bytes(), p, c, n)
    }

    /// The longest word at byte `p` of `b`, where character `c` of `n` bytes starts.
    /// (Inlined: it runs at every character of every clause.)
    #[inline(always)]
    fn longest_with(&self, b: &[u8], p: usize, c: u32, n: usize) -> Option<WordMatch> {
        let u = c as usize;
        let gi = if u < 0x10000 {
            usize::from(*self.by_first_bmp.get(u)?).checked_sub(1)?
        } else {
            usize::from(*self.by_first.get(&c)?)
        };
        let g = self.groups.get(gi)?;
        let rest = b.get(p..)?;
        let found = |e: &Entry| WordMatch { start: p, end: p + e.word.len(), pattern: e.pattern };
        if let Some(&[x, y]) = rest.get(n + 1..n + 3)
            && let (k, bit) = follow_bit(x, y)
            && g.follow[k] & bit == 0
        {
            // No word longer than the character can start here.
            return g.single.and_then(|k| self.words.get(k as usize)).map(found);
        }
        let head = load8(rest);
        let words = self.words.get(g.from as usize..g.to as usize)?;
        words.iter().find(|e| e.starts(rest, head)).map(found)
    }

    /// The words of `t`, left to right, leftmost-longest and not overlapping.
    pub(super) fn find_iter<'a>(&'a self, t: &'a str) -> impl Iterator<Item = WordMatch> + 'a {
        let b = t.as_bytes();
        let mut p = 0;
        std::iter::from_fn(move || {
            while let Some((c, n)) = char_at(b, p) {
                if let Some(m) = self.longest_with(b, p, c, n) {
                    p = m.end;
                    return Some(m);
                }
                p += n;
            }
            None
        })
    }
}

/// The code point starting at byte `p` of UTF-8 text, and its length in bytes (`None` at the
/// end or inside a character).
#[inline(always)]
fn char_at(b: &[u8], p: usize) -> Option<(u32, usize)> {
    let x = *b.get(p)?;
    // (Most characters of a report are of three bytes: decoded from one bounds check.)
    if let Some(&[_, y, z]) = b.get(p..p + 3)
        && (0xe0..=0xef).contains(&x)
    {
        return Some(((u32::from(x & 0x0f) << 12) | (u32::from(y & 0x3f) << 6) | u32::from(z & 0x3f), 3));
    }
    let cont = |i: usize| b.get(p + i).map_or(0, |&y| u32::from(y & 0x3f));
    match x {
        0..=0x7f => Some((u32::from(x), 1)),
        0x80..=0xbf => None,
        0xc0..=0xdf => Some(((u32::from(x & 0x1f) << 6) | cont(1), 2)),
        0xe0..=0xef => Some(((u32::from(x & 0x0f) << 12) | (cont(1) << 6) | cont(2), 3)),
        _ => Some(((u32::from(x & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4)),
    }
}

/// The words of one kind of `dict/project_counts.tsv`, as regex alternatives in file order.
pub(super) fn counters(kind: CountKind) -> String {
    let words = crate::lexicon::get().project_counts.iter().filter(|c| c.kind == kind);
    words.map(|c| regex::escape(&c.word)).collect::<Vec<_>>().join("|")
}

/// Whether `t` opens with a word that makes the number before it a date (`date` of
/// `project_counts.tsv`: 年, 月, 日).
pub(super) fn opens_with_date(t: &str) -> bool {
    opens_with_count(t, CountKind::Date)
}

/// Whether `t` opens with a word that makes the number before it a designation (`designation`
/// of `project_counts.tsv`: 号, 级, 期).
pub(super) fn opens_with_designation(t: &str) -> bool {
    opens_with_count(t, CountKind::Designation)
}

fn opens_with_count(t: &str, kind: CountKind) -> bool {
    crate::lexicon::get().project_counts.iter().any(|c| c.kind == kind && t.starts_with(c.word.as_str()))
}

/// A sum of money: 50亿元, 3000万元 (a figure, never part of a list item's name).
pub(super) static MONEY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d(?:[\d.]*)(?:余|多)?(?:万|亿)?元").expect("valid regex"));
/// A phase: 一期, 二期, 第三期, 第4期 (not 超10期, a count of sessions).
pub(super) static PHASE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"第?[一二三四五六七八九十]{1,3}期|第\d{1,2}期").expect("valid regex"));
/// A segment written after a road or line: 南段, 一段, 葛老溪段, 华岩至跳磴段, and 段 alone
/// after the last head of a route (凤山互通至双水互通段).
pub(super) static SEGMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[东西南北中]|[一二三四五六七八九十\d]{1,2}|[^\s、，。；：“”（）()]{1,8}?[至—－][^\s、，。；：“”（）()]{1,8}?|[^\s、，。；：“”至（）()]{1,4})?段")
        .expect("valid regex")
});
/// Whether a text [`SEGMENT`] matched ends in a word of its own that only ends in 段
/// (`not_segment` of dict/project_words.tsv: 时段, 阶段, 手段): a time slot or a stage of work said
/// of the thing (东芬体育场早晚时段免费开放, 黑河治理工程取得阶段性成效), not a part of the route.
/// A numbered stage is one (中伟一期三阶段).
pub(super) fn no_segment(seg: &str) -> bool {
    static NOT_SEGMENT: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| function_words(ProjectWordKind::NotSegment).collect());
    NOT_SEGMENT.iter().any(|w| {
        seg.strip_suffix(w)
            .is_some_and(|before| !before.ends_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c)))
    })
}
/// A count that makes the noun after it (or before it) a category: 4条, 10个, 六大, 3所 (and 30 件,
/// one space after a number in digits, as texts that space their numbers write it); also
/// a length or an age leading a kind (310公里农村公路, 30年以上燃气管道: how much of a kind is
/// built or replaced). (Other units of measure only count after a name: 新建山城步道11.6公里;
/// a capacity names a plant: 万吨冷储, 5万千瓦风电.)
pub(super) static COUNT: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new({
        Regex::new(&format!(
        r"^(?:第?(?:[\d.]+[ 　]?|[一二三四五六七八九十两百千万几数多]+)(?:余|多)?(?:万|亿)?[ 　]?(?:{})|[\d.]+[ 　]?(?:余|多)?(?:万)?[ 　]?(?:{})|\d+[ 　]?年(?:以上|以下))",
        counters(CountKind::Count),
        counters(CountKind::CountLength)
    ))
    .expect("escaped words make a valid regex")
    })
});
pub(super) static COUNT_AFTER: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new({
        Regex::new(&format!(
            r"^(?:[\d.]+[ 　]?|[一二三四五六七八九十两百千万几数多]+)(?:余|多)?(?:万|亿)?[ 　]?(?:{})",
            counters(CountKind::CountAfter)
        ))
        .expect("escaped words make a valid regex")
    })
});
/// A count that sums up a list: 三大项目, 两个市民广场.
pub(super) static COLLECTIVE: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new({
        Regex::new(&format!(r"^[一二三四五六七八九十两\d]{{1,3}}(?:{})", counters(CountKind::Collective)))
            .expect("escaped words make a valid regex")
    })
});
/// What an item costs: 投资3500万元, 1.27亿元.
pub(super) static AMOUNT: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new(Regex::new(r"^(?:总?投资)?[\d.]+(?:余|多)?(?:万|亿)?元(?:以上|左右)?$").expect("valid regex"))
});
/// The words of one kind of `dict/project_words.tsv`, in file order.
pub(super) fn function_words(kind: ProjectWordKind) -> impl Iterator<Item = &'static str> {
    crate::lexicon::get().project_words.iter().filter(move |w| w.kind == kind).map(|w| w.word.as_str())
}

/// A word list searched for in one pass over a text. The clause rules (after_designation,
/// after_becomes, holds_not_in_name) ask whether some occurrence of some word of a list
/// passes a test; searching for each word in turn sets up a substring search per word (a few
/// hundred instructions each, a dozen words, for every run of every clause). One pass reads
/// the text once and compares words only where one of their first characters stands.
pub(super) struct WordSearch {
    words: Vec<&'static str>,
    /// The first characters of the words, sorted.
    firsts: Vec<char>,
    /// A bit per first character (code point modulo 256): most characters of a text start no
    /// word and are refused by it before the binary search of `firsts`.
    first_bits: [u64; 4],
    /// No word is empty and none overlaps itself (a proper prefix that is also a suffix): then
    /// the occurrences of a word are all the ones `match_indices` reports, and one pass finds
    /// the same ones. Otherwise [`WordSearch::any`] searches word by word, as `match_indices`.
    plain: bool,
}

impl WordSearch {
    pub(super) fn new(words: &[&'static str]) -> WordSearch {
        let mut firsts: Vec<char> = words.iter().filter_map(|w| w.chars().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        let bordered = |w: &str| w.char_indices().skip(1).any(|(k, _)| w.ends_with(&w[..k]));
        let plain = words.iter().all(|w| !w.is_empty() && !bordered(w));
        let mut first_bits = [0u64; 4];
        for &c in &firsts {
            let u = c as usize % 256;
            first_bits[u / 64] |= 1 << (u % 64);
        }
        WordSearch { words: words.to_vec(), firsts, first_bits, plain }
    }

    /// Whether some occurrence of some word in `t` passes `f(at, word)`: the answer of
    /// `words.iter().any(|w| t.match_indices(w).any(|(at, _)| f(at, w)))` for a test `f`
    /// without side effects.
    pub(super) fn any(&self, t: &str, mut f: impl FnMut(usize, &'static str) -> bool) -> bool {
        if !self.plain {
            return self.words.iter().any(|&w| t.match_indices(w).any(|(at, _)| f(at, w)));
        }
        t.char_indices().any(|(at, c)| {
            let u = c as usize % 256;
            self.first_bits[u / 64] >> (u % 64) & 1 == 1
                && self.firsts.binary_search(&c).is_ok()
                && self.words.iter().any(|&w| t.get(at..).is_some_and(|r| opens_with(r, w)) && f(at, w))
        })
    }

    /// The words, in the list's order.
    #[cfg(test)]
    pub(super) fn words(&self) -> &[&'static str] {
        &self.words
    }

    /// Whether `t` holds one of the words.
    pub(super) fn occurs_in(&self, t: &str) -> bool {
        self.any(t, |_, _| true)
    }

    /// Where the first occurrence of a word in `t` to end ends (every occurrence is visited:
    /// the test never passes).
    pub(super) fn find_end(&self, t: &str) -> Option<usize> {
        let mut end: Option<usize> = None;
        self.any(t, |at, w| {
            let e = at + w.len();
            end = Some(end.map_or(e, |b| b.min(e)));
            false
        });
        end
    }
}

/// Whether `t` ends with a place word (`WORDS.places`, hundreds of them): refused by its last
/// character, which ends none of them for most texts, before the words are compared one by one.
pub(super) fn ends_in_place(t: &str) -> bool {
    static LASTS: LazyLock<Option<Vec<char>>> = LazyLock::new(|| {
        let places = &WORDS.places;
        places.iter().all(|p| !p.is_empty()).then(|| {
            let mut lasts: Vec<char> = places.iter().filter_map(|p| p.chars().next_back()).collect();
            lasts.sort_unstable();
            lasts.dedup();
            lasts
        })
    });
    if let Some(lasts) = &*LASTS
        && t.chars().next_back().is_none_or(|c| lasts.binary_search(&c).is_err())
    {
        return false;
    }
    WORDS.places.iter().any(|w| t.ends_with(w.as_str()))
}

/// The `item` heads of `dict/project_heads.tsv` (项目, 工程): the kinds of undertaking a list may
/// name after a 的-modifier (等一批总投资290亿元的项目).
pub(super) static ITEM_HEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::get().project_heads.iter().filter(|h| h.kind == HeadKind::Item).map(|h| h.word.as_str()).collect()
});

/// `t` without the `item` head that ends it (…集中供氧工程 -> …集中供氧; 项目, 工程 of
/// dict/project_heads.tsv), the shortest if several do (…大项目 loses 项目), or `None`.
pub(super) fn strip_item_head(t: &str) -> Option<&str> {
    ITEM_HEADS.iter().filter_map(|h| t.strip_suffix(h)).max_by_key(|rest| rest.len())
}

/// The same, as regex alternatives.
fn function_alternatives(kind: ProjectWordKind) -> String {
    function_words(kind).map(regex::escape).collect::<Vec<_>>().join("|")
}

/// Words a name never holds before its head (`not_in_name` of `dict/project_words.tsv`): 将,
/// 了, 向 …
pub(super) static NOT_IN_NAME: LazyLock<WordSearch> =
    LazyLock::new(|| WordSearch::new(&function_words(ProjectWordKind::NotInName).collect::<Vec<_>>()));

/// Words after a head that make it a modifier (`modifier_after` of `dict/project_words.tsv`):
/// 农贸市场商场化改造, 花园式工厂.
pub(super) static MODIFIER_AFTER: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::ModifierAfter).collect());
/// Words that grade a kind by size or priority (重点, 大中型): never part of an item's name.
pub(super) static GRADE: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::Grade).collect());
/// Sectors of undertakings (`sector`): 等重大技改和基建项目 → the kind is 基建项目.
pub(super) static SECTOR: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::Sector).collect());
/// Suffixes of a type right before 项目 (`item_type`: 型): the name is a type of projects
/// (链主型、基地型项目, 产业转型项目), not one undertaking.
pub(super) static ITEM_TYPE: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::ItemType).collect());
/// Words ending in an `item_type` suffix that name a product's model (`item_type_not`: 车型, 机型):
/// a 项目 after them is a product's (一汽—大众CSP平台新车型项目).
pub(super) static ITEM_TYPE_NOT: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::ItemTypeNot).collect());
/// The `item` heads an `item_type` suffix makes a type of (`typed_item`: 项目; a type of 工程 is a
/// programme).
pub(super) static TYPED_ITEM: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::TypedItem).collect());
/// Verbs that, right before 项目 or 工程, make it their object (`before_item`): 招商引资上项目.
pub(super) static BEFORE_ITEM: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::BeforeItem).collect());
/// Verbs that implement a programme by name (实施): a 工程 named only by category words counts
/// with one of them.
pub(super) static PROGRAMME_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::ProgrammeVerb).collect());
/// Words of a predicate that make the name before it a kind spread over places (全覆盖).
pub(super) static COVERAGE: LazyLock<WordSearch> =
    LazyLock::new(|| WordSearch::new(&function_words(ProjectWordKind::Coverage).collect::<Vec<_>>()));
/// Words that close a threshold (`threshold`: 以上, 以下): right after a number, a unit of it or a
/// grade (亿元以上制造业项目, 二级以上医院, 4A级以上景区, 50客座以上餐饮单位), they make a class of
/// things, not one undertaking; after a place they are a reach of a river and stay (长江南京以下航道).
pub(super) static THRESHOLD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:[\d.%％一二三四五六七八九十百千万亿两半]|级)\p{{Han}}{{0,2}}?(?:{})",
        function_alternatives(ProjectWordKind::Threshold)
    ))
    .expect("escaped words make a valid regex")
});
/// Suffixes that close the word before them (`bound_suffix`: 性 of 全国性, 培育性): a name never
/// opens with one, so a run that does was cut inside a word.
pub(super) static BOUND_SUFFIX: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::BoundSuffix).collect());
/// A count anywhere before a 的-modifier (`counted` of `dict/project_counts.tsv`): 18个具有本地特色
///的…社工站, 一批功能配套的…居民小区 count the name after the 的 as much as one right before it.
pub(super) static COUNT_BEFORE_DE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:[\d.]+|[一二三四五六七八九十两百千万几数多]+)(?:余|多)?(?:万|亿)?(?:{})",
        counters(CountKind::Counted)
    ))
    .expect("escaped words make a valid regex")
});
/// Every place of a level reached by or having something (`place_unit`, written twice: 村村通油路,
/// 镇镇通二级公路, 户户有增收项目; or two levels: 乡镇通二级路; or a level of more than one
/// character, anywhere in the name: 农村行政村通水泥路, 自然村通水泥路): a kind spread over places, not
/// one undertaking.
pub(super) static EVERY_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    // Two levels written together say the same (乡镇通二级路: every township). A level written in
    // full (行政村) is a level already, and a qualifier before it (农村) does not make it one place.
    let units = function_words(ProjectWordKind::PlaceUnit).collect::<Vec<_>>();
    let all = units.iter().map(|u| regex::escape(u)).collect::<Vec<_>>().join("|");
    let long = units.iter().filter(|u| u.chars().count() > 1).map(|u| regex::escape(u)).collect::<Vec<_>>();
    let long = if long.is_empty() { String::new() } else { format!("|(?:{})", long.join("|")) };
    Regex::new(&format!(r"(?:^(?:{all})(?:{all}){long})(?:基本)?[通有]")).expect("escaped words make a valid regex")
});
/// Words that rank one thing first of its kind (`superlative`: 最, 首个): a name after a
/// 的-modifier holding one is described by its kind (功率最大的减速器项目).
pub(super) static SUPERLATIVE: LazyLock<WordSearch> =
    LazyLock::new(|| WordSearch::new(&function_words(ProjectWordKind::Superlative).collect::<Vec<_>>()));
/// Verbs that say what something becomes (`becomes`: 成为, 打造成): a name after one in its clause
/// is a predicate of the thing before, a figure or a rank (将成为全球最大的足球场, 建设成为区域物流集散
/// 中心, 把对口援博工作打造成民族团结工程), not an undertaking.
pub(super) static BECOMES: LazyLock<WordSearch> =
    LazyLock::new(|| WordSearch::new(&function_words(ProjectWordKind::Becomes).collect::<Vec<_>>()));
/// Verbs whose object, right after a name, is a kind the name grows into (`grows_into`: 建设,
/// 建成, 打造): 铜陵学院建设地方应用型高水平大学 names an agent, not the thing built.
pub(super) static GROWS_INTO: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::GrowsInto).collect());
/// Characters that make a verb with the 成 of a `becomes` word (`becomes_not_after`: 完成, 形成):
/// 全面完成为民办实事工程 says nothing becomes anything.
pub(super) static BECOMES_NOT_AFTER: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::BecomesNotAfter).collect());
/// Verbs that confer a title or enter a list (`designates`: 入选, 获评, 获批, 列入, 纳入, 创建 …):
/// a name right after one (or a list of names) is the title or the list, not an undertaking
/// (入选省级低碳零碳负碳示范工程, 获批国家一类口岸, 列入长征国家文化公园, 创建国家级示范步行街).
pub(super) static DESIGNATES: LazyLock<WordSearch> =
    LazyLock::new(|| WordSearch::new(&function_words(ProjectWordKind::Designates).collect::<Vec<_>>()));
/// Words that make a `designates` verb a stage of the thing after it (`designates_not_before`:
/// 获批建设, 获批立项, 纳入建设): the name after them is an undertaking.
pub(super) static DESIGNATES_NOT_BEFORE: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::DesignatesNotBefore).collect());
/// Verbs by which a thing is said to win something (`wins`: 获, 获得), read with the `designates`
/// and `becomes` verbs at the head of a predicate (方科污水处理厂获全国十佳示范单位).
pub(super) static WINS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    function_words(ProjectWordKind::Wins)
        .chain(function_words(ProjectWordKind::Designates))
        .chain(function_words(ProjectWordKind::Becomes))
        .collect()
});
/// Measures of a thing (`measure`: 吞吐量, 流量, 效率): a predicate opening with one says how
/// much or how well the name does, not what is done to it (福州港货物吞吐量位居全省第一).
pub(super) static MEASURE: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::Measure).collect());
/// Verbs of work under way written onto the last item right before 等 (`item_stage`: 续建):
/// the items' own stage, not the list's verb (三北防护林续建等项目).
pub(super) static ITEM_STAGE: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::ItemStage).collect());
/// States of works written right after 等 before the kind (`kind_state`: 在建, 续建, 新建): they
/// say which of the kind the items are, not the list's verb (大理—丽江、武定—昆明等在建高速公路
/// 项目建设: the kind is 高速公路项目).
pub(super) static KIND_STATE: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::KindState).collect());
/// Words that make a title an honour, a rank, a list or a pilot (`honour`: 奖, 称号, 单位, 案例,
/// 名录, 试点, 打卡地 …): a thing only said to win one is named in passing, not reported on as an
/// undertaking (安阳博物馆晋升国家一级馆, 运粮河公园成为网红打卡地).
pub(super) static HONOUR: LazyLock<WordSearch> =
    LazyLock::new(|| WordSearch::new(&function_words(ProjectWordKind::Honour).collect::<Vec<_>>()));
/// The status of a zone (`zone_status`: 园区, 集聚区): a title holding one is a designation of
/// parks, not an honour (入选首批国家级零碳园区建设名单; round 61).
pub(super) static ZONE_STATUS: LazyLock<WordSearch> =
    LazyLock::new(|| WordSearch::new(&function_words(ProjectWordKind::ZoneStatus).collect::<Vec<_>>()));
/// Nouns of a plan (`plan_noun`: 规划, 计划, 项目库, 布局): after an `enters` verb (列入, 纳入) they
/// make the action planning work; without one the verb enters a list or a title.
pub(super) static PLAN_NOUN: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::PlanNoun).collect());
/// Words that end an owner before the thing it owns, as 的 does (`possessive`: 所属): the name
/// starts after them (世界500强麦德龙所属青山湖商场 → 青山湖商场). With their first characters:
/// the clause cutter asks them at every character, which would decode a word's first character
/// each time.
pub(super) static POSSESSIVE: LazyLock<Vec<(char, &'static str)>> = LazyLock::new(|| {
    function_words(ProjectWordKind::Possessive).filter_map(|w| Some((w.chars().next()?, w))).collect()
});
/// Verbs of promotion in rank (`promotes`: 晋升, 升格): what a thing is promoted to is always a
/// rank (查干湖景区晋升为国家5A级景区, 顺城产业园晋升省级开发区), so it needs no `honour` word.
pub(super) static PROMOTES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::Promotes).collect());
/// Grades of a scenic area (`rating`: A级, 5A, 4A): said after a verb of winning or conferring, a
/// rating; read only for a name that is itself such an area (`rated_head`), which, holding one, is
/// named with its grade (皇藏峪5A级景区创建).
pub(super) static RATING: LazyLock<WordSearch> =
    LazyLock::new(|| WordSearch::new(&function_words(ProjectWordKind::Rating).collect::<Vec<_>>()));
/// Heads of an area graded by a `rating` (`rated_head`: 景区, 旅游区): such an area said only to win
/// its grade (四姑娘山景区成功创建国家5A级旅游景区) is rated, not built.
pub(super) static RATED_HEAD: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::RatedHead).collect());
/// Verbs of putting a thing to use (`uses`: 发挥, 用好, 管好): a name whose action holds one and
/// gives no stage is an asset in use named in passing (发挥深中通道集群效应, 用好管好港珠澳大桥).
pub(super) static USES: LazyLock<WordSearch> =
    LazyLock::new(|| WordSearch::new(&function_words(ProjectWordKind::Uses).collect::<Vec<_>>()));
/// Words that open with a `leading` character but are words of their own (`word_of_its_own`:
/// 为民): the character stays at the front of the run (为民办实事工程: no 民办实事工程).
pub(super) static WORD_OF_ITS_OWN: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::WordOfItsOwn).collect());
/// Place names that open with a `leading` or `not_in_name` character (`place_of_its_own`: 向阳,
/// 将军, 从化): the character stays at the front of the run, and the name holds no function word
/// (向阳幼儿园: not 阳幼儿园).
pub(super) static PLACE_OF_ITS_OWN: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::PlaceOfItsOwn).collect());
/// Words that open with a `not_in_name` character and name a thing (`word_in_name`: 变电): a
/// name may hold them (丽西500千伏输变电工程, 华佗220千伏变电所), as it holds no 变 of a clause
/// (用实干实绩将蓝图变为大厦).
pub(super) static WORD_IN_NAME: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::WordInName).collect());
/// Characters that, after a direction, name the extension of a route (`extension` of
/// dict/project_words.tsv: 延 of 东延线, 北延伸): a part of a name ending in one is no work of its own.
pub(super) static EXTENSION: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::Extension).collect());
/// Compass directions a name may open with (`direction` of dict/project_words.tsv: 东外环,
/// 西高架桥): listed alone before such a name, each is one more of it (东、西高架桥).
pub(super) static DIRECTIONS: LazyLock<Vec<char>> =
    LazyLock::new(|| function_words(ProjectWordKind::Direction).filter_map(|w| w.chars().next()).collect());
/// Whether the text right after a verb names an office (`office` of dict/project_words.tsv:
/// 办事处, its short form 办; not an `office_not` word: 办公, 办学 …), so that the verb is the
/// office's name (建设办蔬菜基地, 建设办事处1万亩设施农业: the 建设 sub-district), not a verb.
pub(super) fn office_after(rest: &str) -> bool {
    static OFFICE: LazyLock<Vec<&'static str>> = LazyLock::new(|| function_words(ProjectWordKind::Office).collect());
    static OFFICE_NOT: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| function_words(ProjectWordKind::OfficeNot).collect());
    OFFICE.iter().any(|w| rest.starts_with(w))
        && (OFFICE.iter().any(|w| w.chars().count() > 1 && rest.starts_with(w))
            || !OFFICE_NOT.iter().any(|w| rest.starts_with(w)))
}
/// Words of a kind of 项目 or 工程 after 等 that make its items no built undertakings
/// (`unbuilt` of dict/project_words.tsv): research topics (超级计算机、极大规模集成电路成套工艺等
/// 国家重大科研项目), standards (肉制品、调味面制品等十大标准化重点项目), heritage (雕花剪纸、牌子锣等
/// 非遗项目), talent schemes (“邕江计划”等人才项目).
pub(super) static UNBUILT: LazyLock<WordSearch> =
    LazyLock::new(|| WordSearch::new(&function_words(ProjectWordKind::Unbuilt).collect::<Vec<_>>()));
/// Verbs of attracting investment (`attracts` of dict/project_words.tsv: 引进, 引入): goods and a
/// bare 项目 after one are a kind of investment (引入多晶硅项目).
pub(super) static ATTRACTS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::Attracts).collect());
/// Verbs of holding an event (`hosts` of dict/project_words.tsv: 举办, 承办): a name in a
/// predicate holding one is what the event is about or where it stops (承办世界排球联赛江门站赛事,
/// 举办花湖机场开放大会), not an undertaking reported on.
pub(super) static HOSTS: LazyLock<WordSearch> =
    LazyLock::new(|| WordSearch::new(&function_words(ProjectWordKind::Hosts).collect::<Vec<_>>()));
/// Whether a name is a rank of priority right before an `item` head (`priority` of
/// dict/project_words.tsv: 工业经济“头号工程”, “双招双引”一号工程, 头等项目): a figure for whatever
/// a government puts first, not an undertaking of its own.
pub(super) fn names_a_priority(name: &str) -> bool {
    static PRIORITY: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| function_words(ProjectWordKind::Priority).collect());
    let name = name.trim_end_matches(QUOTES);
    ITEM_HEADS
        .iter()
        .filter_map(|h| name.strip_suffix(h))
        .any(|before| PRIORITY.iter().any(|p| before.trim_end_matches(QUOTES).ends_with(p)))
}
/// Whether a name is a class of things by their grade (round 52, AUDIT52): it opens with a `grade`
/// word of dict/project_words.tsv (重点煤炭基地, 重大产业链延伸项目, 大型石油炼制, 骨干输气管道: a
/// proper name opens with its place or owner, as with a rank or a manner), or a `key_grade` word
/// stands right before its 项目 (市列重点项目, 循环经济重点项目: the key projects of a scope, an
/// owner or a sector). A name holding a quote is a named programme (骨干流通企业“515”工程) and
/// stays; a 工程 is left to the caller (a programme the text implements, see action.rs).
pub(super) fn names_a_graded_kind(name: &str) -> bool {
    static KEY_GRADE: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| function_words(ProjectWordKind::KeyGrade).collect());
    !holds_char(name, '“')
        && (GRADE.iter().any(|g| opens_with(name, g))
            || ITEM_HEADS
                .iter()
                .filter_map(|h| name.strip_suffix(h))
                .any(|before| KEY_GRADE.iter().any(|k| closes_with(before, k))))
}
/// Quotation marks around a word of a name.
const QUOTES: [char; 3] = ['“', '”', '"'];
/// Classes of hotels and shops by brand (`brand_outlet` of dict/project_words.tsv: 品牌酒店): the
/// items before them after 等 are brands (万豪、奥特莱斯等品牌酒店).
pub(super) static BRAND_OUTLET: LazyLock<WordSearch> =
    LazyLock::new(|| WordSearch::new(&function_words(ProjectWordKind::BrandOutlet).collect::<Vec<_>>()));
/// Firms and groups of them (`firm` of dict/project_words.tsv: 企业, 集团): ending the kind after
/// 等, they make the items firms or groups named in passing (百货大楼、洪城大厦等龙头企业).
pub(super) static FIRM: LazyLock<Vec<&'static str>> = LazyLock::new(|| function_words(ProjectWordKind::Firm).collect());
/// Platforms (`platform` of dict/project_words.tsv: 平台): ending the kind after 等, they make the
/// institutions among the items roles named in passing (…适配中心、…创新中心等产业创新平台; round 61).
pub(super) static PLATFORM: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::Platform).collect());
/// The verb of building works (`works_verb` of dict/project_words.tsv: 建设): after a list's last
/// item and before 等 and a kind of 项目 or 工程, the item's works (round 48).
pub(super) static WORKS_VERB: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::WorksVerb).collect());
/// Kinds named by brand (`brand_kind` of dict/project_words.tsv: 酒店): bare items before 等 and
/// one stay as written (喜来登、锦江国际等酒店). Round 47.
pub(super) static BRAND_KIND: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::BrandKind).collect());
/// Levels of place (`place_level` of dict/project_words.tsv: 城市, 乡镇): after a modifier in a kind
/// of 项目 or 工程 after 等, they say the items are places (等高海拔城市集中供氧工程).
pub(super) static PLACE_LEVEL: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::PlaceLevel).collect());
/// Goods a plant makes and the words that say what they are (`product` and `goods_modifier` of
/// dict/project_words.tsv), in one matcher, and how many of its first words are products.
static GOODS: LazyLock<(WordMatcher, usize)> = LazyLock::new(|| {
    let products: Vec<&str> = function_words(ProjectWordKind::Product).collect();
    let n = products.len();
    let all: Vec<&str> = products.into_iter().chain(function_words(ProjectWordKind::GoodsModifier)).collect();
    (WordMatcher::new(&all), n)
});

/// Whether a text names goods only: it is made of `product` and `goods_modifier` words, read
/// longest first from its start, and ends in a product (手机支架, 高端中巴车, 超高纯铜, 铝基复合材料).
/// A firm, a place or a capacity before the goods is no such word (金宇阳电容触摸屏, 吉林梅花60万吨
/// 赖氨酸, 中电新型合金): those name a plant.
pub(super) fn names_goods(t: &str) -> bool {
    goods_words(t) == Some(true)
}

/// Whether a text is made only of `product` and `goods_modifier` words, ending in either (铝基).
pub(super) fn covered_by_goods(t: &str) -> bool {
    goods_words(t).is_some()
}

/// Reads a text as `product` and `goods_modifier` words, longest first from its start: `None`
/// when something else is in it or it is empty, else whether its last word is a product.
fn goods_words(t: &str) -> Option<bool> {
    let (m, products) = &*GOODS;
    let mut p = 0;
    let mut last_product = None;
    while p < t.len() {
        let w = m.longest_at(t, p)?;
        last_product = Some(w.pattern < *products);
        p = w.end;
    }
    last_product
}
/// Words of a kind of 项目 that name the items by their investor or partner (`partner`: 外资,
/// 合作): 韩国晓星、美国莱卡等重点外资项目 lists companies.
pub(super) static PARTNER: LazyLock<WordSearch> =
    LazyLock::new(|| WordSearch::new(&function_words(ProjectWordKind::Partner).collect::<Vec<_>>()));
/// Verbs of signing (`signs` of dict/project_words.tsv: 签约, 签订): right before a list closed by
/// a kind of 项目, they make its items the parties signed with (签约宁德时代、孚能科技等272个项目).
pub(super) static SIGNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::Signs).collect());
/// Heads whose every item is named by its place (`place_kind` of dict/project_words.tsv): after
/// 等 alone, with no count or modifier, they complete short bare items (核桃峪、甜水堡和新庄等煤矿
/// → 核桃峪煤矿); a hotel or a shop is named by its brand and stays as written (喜来登、锦江国际等酒店).
pub(super) static PLACE_KIND: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::PlaceKind).collect());
/// The main works of a thing (`main_works` of dict/project_words.tsv: 主体工程): written after the
/// last name of a list, every item shares it, and it goes to the action (完成影视湖、龙寺、圆融水库
/// 主体工程 → 龙寺水库, 圆融水库; 完成主体工程).
pub(super) static MAIN_WORKS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::MainWorks).collect());
/// Heads that name a body of water (水库): a river or lake listed before one is not one.
pub(super) static WATER_BODY: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| function_words(ProjectWordKind::WaterBody).collect());

/// Time and function words that may open a run but never a name: 2022年, 年底前, 以, 把, 随着, a
/// length (全长38公里: one thing's size, not a count), and section markers; 以上/以下/以内 whole, so
/// that no name starts inside them (10亿元以上项目: not 上项目). The words are the `leading` and
/// `leading_year_after` rows of `dict/project_words.tsv`; the shapes of numbers are here.
pub(super) static LEADING: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new({
        Regex::new(&format!(
        r"^(?:\d{{4}}年(?:{})?前?|全长[\d.]+(?:公里|千米|米)|(?:{})|到\d{{4}}年|[（(][一二三四五六七八九十\d]{{1,3}}[）)]|\d{{1,2}}[.、．]|[①-⑳]|(?:总?投资)?[\d.]+(?:万|亿)元|[一二三四五六七八九十]是)",
        function_alternatives(ProjectWordKind::LeadingYearAfter),
        function_alternatives(ProjectWordKind::Leading),
    ))
    .expect("escaped words make a valid regex")
    })
});

/// The ordinal of a task standing alone before a name: 七是, （三）. A 工程 or 项目 right after
/// it with nothing said of it (七是长效管理工程。, 一是城市框架工程：) heads a field of work.
pub(super) static TASK_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十]{1,3}[）)])$").expect("valid regex")
});

/// A count opening a quotation: “十大工程”, “三大攻坚战”.
pub(super) static QUOTED_COUNT: LazyLock<Anchored> =
    LazyLock::new(|| Anchored::new(Regex::new(r"^[一二三四五六七八九十两百千万\d]+大").expect("valid regex")));
/// A road number: G331, S15 (国道, 省道).
pub(super) static ROAD_CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[GS]\d{1,4}").expect("valid regex"));
/// A route to the end of an item: 喀什至塔什库尔干, 禾木（吉克普林）至喀纳斯 (not a figure: 起付线调减至500元).
pub(super) static ROUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^\s、，。；：“”]{1,12}?至[^\s、，。；：“”至\d][^\s、，。；：“”至]{0,11}$").expect("valid regex")
});
/// A short bracket: （广东段）, (中); or a segment of a route in brackets, however long
/// (（钟山至昭平段）, （蒙山至象州段）).
pub(super) static SHORT_BRACKET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[（(](?:[^（()）]{1,5}|[^（()）、，。；：]{1,12}段)[）)]").expect("valid regex"));
/// A bracket holding only a segment of a route: 贺州至巴马（钟山至昭平段）高速公路 (a name, not a
/// remark).
pub(super) fn bracketed_segment(inner: &str) -> bool {
    inner.ends_with('段')
        && (2..=12).contains(&inner.chars().count())
        && !inner.contains(['、', '，', '。', '；', '：', '（', '(', '）', ')'])
}
/// A number with its counter: not part of what makes a name specific (a capacity is).
pub(super) static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"[\d.]+[ 　]?(?:余|多)?(?:万|亿)?[ 　]?(?:{})|[一二三四五六七八九十两百千万]+(?:{})",
        counters(CountKind::Number),
        counters(CountKind::NumberCn)
    ))
    .expect("escaped words make a valid regex")
});
/// The last characters of the counters of [`NUMBER`]: a text without one holds no match.
/// (A bit per code point modulo 4,096, then the sorted list: most characters are refused by
/// their bit, where a binary search of the list took a dozen comparisons for each.)
static NUMBER_ENDS: LazyLock<(Vec<u64>, Vec<char>)> = LazyLock::new(|| {
    let words = crate::lexicon::get().project_counts.iter();
    let words = words.filter(|c| matches!(c.kind, CountKind::Number | CountKind::NumberCn));
    let mut ends: Vec<char> = words.filter_map(|c| c.word.chars().last()).collect();
    ends.sort_unstable();
    ends.dedup();
    let mut bits = vec![0u64; 64];
    for &c in &ends {
        let u = c as usize % 4096;
        bits[u / 64] |= 1 << (u % 64);
    }
    (bits, ends)
});

/// Whether a character is the last of a counter of [`NUMBER`].
fn is_number_end(c: char) -> bool {
    let (bits, ends) = &*NUMBER_ENDS;
    let u = c as usize % 4096;
    bits[u / 64] >> (u % 64) & 1 == 1 && ends.binary_search(&c).is_ok()
}
/// A count with its counter inside a name: 29个科技设施, 20家博物馆 (a category with a number).
pub(super) static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\d+[ 　]?(?:万|亿)?[ 　]?(?:{})", counters(CountKind::Counted)))
        .expect("escaped words make a valid regex")
});
/// A predicate that counts what it follows: X增至3592个, 实施X项目14个 (a counter, not a
/// length: 实施“畅返不畅”工程5200公里 is one project's size).
pub(super) static POST_COUNT: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new({
        Regex::new(&format!(
            r"^(?:{})?[ 　]?[\d.]+[ 　]?(?:余|多)?(?:万|亿)?[ 　]?(?:{})",
            counters(CountKind::PostCountVerb),
            counters(CountKind::PostCount)
        ))
        .expect("escaped words make a valid regex")
    })
});

/// How the word lists cover a text (quotes, blanks and numbers with their counters left out):
/// `None` when some of it is not a listed noun, else whether a generic (or soft) word and
/// whether a work noun is among them.
pub(super) fn coverage(s: &str, numbers: bool) -> Option<(bool, bool)> {
    // Called for most runs of every clause, often on the same text: copy only when something
    // is to be left out, and read the words one anchored step at a time (a text not made of
    // them fails at its first gap instead of after a search to its end).
    let dropped = |c: char| matches!(c, '“' | '”' | '"' | '·' | ' ' | '\u{3000}');
    let t: Cow<str> = if s.contains(dropped) { s.chars().filter(|c| !dropped(*c)).collect() } else { s.into() };
    // Every NUMBER match ends in one of its counters.
    // (By a bit of a filter, then a binary search of the sorted ends: `contains` of a slice of
    // chars compares every character of the text with each end in turn, dozens of them.)
    let t = if numbers && t.chars().any(is_number_end) {
        match NUMBER.replace_all(&t, "") {
            Cow::Borrowed(_) => t,
            Cow::Owned(o) => o.into(),
        }
    } else {
        t
    };
    let t: &str = &t;
    let mut pos = 0;
    let (mut generic, mut work) = (false, false);
    while pos < t.len() {
        let m = WORDS.cover.longest_at(t, pos)?;
        let k = WORDS.cover_kind[m.pattern];
        generic |= matches!(k, HeadKind::Generic | HeadKind::Soft | HeadKind::Many | HeadKind::Org);
        work |= k == HeadKind::Work;
        pos = m.end;
    }
    Some((generic, work))
}

/// Whether a name is a category: made only of listed nouns (numbers with counters left out),
/// a generic word among them (老旧小区改造项目, 湾区基础设施, 高品质酒店). 步行街改造项目 and
/// 机场快速路 are all heads and work nouns but name one thing: not generic; a capacity makes a
/// kind specific (5万千瓦风电, 8万平方米广场).
pub(super) fn is_generic(s: &str) -> bool {
    coverage(s, true).is_some_and(|(generic, _)| generic)
}

/// Whether a text opens with a generic word (污水全处理, 垃圾机械化收集处理: a kind of works, not
/// a name).
pub(super) fn opens_generic(s: &str) -> bool {
    WORDS.cover.longest_at(s, 0).is_some_and(|m| {
        matches!(WORDS.cover_kind[m.pattern], HeadKind::Generic | HeadKind::Soft | HeadKind::Many | HeadKind::Org)
    })
}

/// Whether a text opens with a rank: a generic word ending in 级 (省级, 国家级, 5A级, 世界级). A
/// rank names a class of things or a title, never one of them (省级数据标注基地, 国家级人力资源
/// 服务产业园, 县级配送中心).
pub(super) fn opens_with_rank(s: &str) -> bool {
    WORDS
        .cover
        .longest_at(s, 0)
        .is_some_and(|m| WORDS.cover_kind[m.pattern] == HeadKind::Generic && cut(s, m.start, m.end).ends_with(RANK))
}

/// The character that makes a word a rank (省级, 5A级).
const RANK: char = '级';

/// The character that makes a word a manner (装配式, 沉浸式, 分布式).
const MANNER: char = '式';

/// Whether a text opens with a manner: one or two characters and 式 (装配式建筑产业园,
/// 沉浸式数字影视基地, 分布式光伏发电), not a `manner_not` word (正式, 方式). A proper name opens
/// with its place or owner; a manner of building names a kind of things built that way.
pub(super) fn opens_with_manner(s: &str) -> bool {
    static MANNER_NOT: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| function_words(ProjectWordKind::MannerNot).collect());
    s.char_indices().take(3).skip(1).any(|(i, c)| {
        c == MANNER
            && s.get(..i).is_some_and(|w| w.chars().all(crate::lang::chars::is_han))
            && s.len() > i + c.len_utf8()
    }) && !MANNER_NOT.iter().any(|w| s.starts_with(w))
}

/// A size class at the start of a name: a number, its unit and 级 (10万吨级, 30万千瓦级, 3A级).
static SIZE_CLASS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[\d.]+(?:万|亿)?|[十百千万亿]+)[\p{Han}A-Za-z]{1,3}级").expect("a valid regex"));

/// Whether a text opens with a size class and names nothing more than listed words after it
/// (10万吨级码头, 5万吨级航道, 50亿级项目; a magnitude alone too: 亿吨级富铁矿, round 66): a class
/// of things by their size, not one of them; a place or an owner after the class keeps the name
/// (4F级盛乐国际机场).
pub(super) fn opens_with_size_class(s: &str) -> bool {
    holds_char(s, RANK)
        && SIZE_CLASS.find(s).is_some_and(|m| {
            let rest = after(s, m.end());
            !rest.is_empty() && coverage(rest, true).is_some()
        })
}

/// Whether a text is made only of listed nouns, one of them a generic word (重大功能项目; not
/// 六大功能设施, a collective name).
pub(super) fn is_category(s: &str) -> bool {
    coverage(s, false).is_some_and(|(generic, _)| generic)
}

/// Whether a name is one work noun or one verb of the lists and nothing else (改造 of 城乡电网建设与
/// 改造, 重建): a fragment of a clause, never a name (round 66).
pub(super) fn only_a_work(name: &str) -> bool {
    let lex = &*WORDS;
    let mut found = lex.words.find_iter(name);
    match (found.next(), found.next()) {
        (Some(m), None) => {
            m.start == 0
                && m.end == name.len()
                && matches!(lex.word_of[m.pattern], Word::Noun(HeadKind::Work) | Word::Verb(_))
        }
        _ => false,
    }
}

/// A text without its quoted parts (城市“里子”工程 → 城市工程).
pub(super) fn unquoted(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut depth = 0;
    for c in t.chars() {
        match c {
            '“' => depth += 1,
            '”' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Quotes open and close in order.
pub(super) fn balanced_quotes(t: &str) -> bool {
    let mut open = false;
    for c in t.chars() {
        match c {
            '“' if !open => open = true,
            '”' if open => open = false,
            '“' | '”' => return false,
            _ => {}
        }
    }
    !open
}

/// `s[a..b]`, or "" when the range is not one of `s` (reversed, past its end, or inside a
/// character): every computed slice of this stage goes through here or its two siblings, so
/// that no span a rule computes can panic.
pub(super) fn cut(s: &str, a: usize, b: usize) -> &str {
    s.get(a..b).unwrap_or("")
}

/// `s[..b]`, or "" when `b` is not a boundary of `s`.
pub(super) fn before(s: &str, b: usize) -> &str {
    s.get(..b).unwrap_or("")
}

/// `s[a..]`, or "" when `a` is not a boundary of `s`.
pub(super) fn after(s: &str, a: usize) -> &str {
    s.get(a..).unwrap_or("")
}

#[cfg(test)]
/// The text reports of raw/ (the first 40 by path).
pub(super) fn report_texts() -> Vec<String> {
    let mut files: Vec<_> = walk_reports(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/raw")));
    files.sort();
    files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).take(40).collect()
}

#[cfg(test)]
fn walk_reports(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk_reports(&p));
        } else if p.extension().is_some_and(|x| x == "txt" || x == "md") {
            out.push(p);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

    use super::{WORDS, WordMatch, WordMatcher, report_texts};

    /// The anchored patterns of this file are each refused by a character test before they run.
    #[test]
    fn anchored_patterns_are_guarded() {
        use super::{AMOUNT, COLLECTIVE, COUNT, COUNT_AFTER, LEADING, POST_COUNT, QUOTED_COUNT};
        for re in [&COUNT, &COUNT_AFTER, &COLLECTIVE, &AMOUNT, &LEADING, &QUOTED_COUNT, &POST_COUNT] {
            assert!(re.is_guarded(), "{}", re.regex().as_str());
        }
    }

    /// One pass over the text gives the answers of a search word by word with
    /// `match_indices` (which reports occurrences that do not overlap): for every test of
    /// (position, word), on lists with and without words that overlap themselves.
    #[test]
    fn word_search_is_match_indices_word_by_word() {
        use super::WordSearch;
        let lists: [&[&'static str]; 5] = [
            &["成为", "打造成", "建设成", "变成"],
            &["将", "为", "在"],
            &["入选", "获批", "列入", "创建"],
            &["AA", "A"],
            &["哈哈", ""],
        ];
        let texts = [
            "",
            "建成后将成为全球最大的足球场",
            "全面完成为民办实事工程",
            "成功创建A产业园、获批B产业园、",
            "AAAA",
            "哈哈哈",
            "将将为在",
        ];
        for words in lists {
            let search = WordSearch::new(words);
            for t in texts {
                for at in 0..=t.len() {
                    for pick in [None, Some(0), Some(1)] {
                        let f = |i: usize, w: &str| i == at && pick.is_none_or(|k| words.get(k) == Some(&w));
                        let slow = words.iter().any(|&w| t.match_indices(w).any(|(i, _)| f(i, w)));
                        assert_eq!(search.any(t, f), slow, "{words:?} {t} {at} {pick:?}");
                    }
                }
                assert_eq!(search.occurs_in(t), words.iter().any(|w| t.contains(w)), "{words:?} {t}");
            }
        }
        // AAA holds AA at 0 and 1, but match_indices reports only the one at 0.
        assert!(!WordSearch::new(&["AA"]).any("AAA", |i, _| i == 1));
    }

    fn automaton(words: &[String]) -> AhoCorasick {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(words)
            .expect("automaton")
    }

    /// The matcher finds what a leftmost-longest Aho-Corasick automaton over the same words
    /// finds, in every line of the reports (and anchored at every character, for `cover`).
    #[test]
    fn word_matcher_finds_what_the_automaton_finds() {
        let texts = report_texts();
        assert!(texts.len() >= 10, "the reports of raw/");
        for (list, m) in WORDS.lists.iter().zip([&WORDS.words, &WORDS.cover]) {
            let ac = automaton(list);
            for text in &texts {
                for line in text.lines() {
                    let want: Vec<WordMatch> = ac
                        .find_iter(line)
                        .map(|x| WordMatch { start: x.start(), end: x.end(), pattern: x.pattern().as_usize() })
                        .collect();
                    let got: Vec<WordMatch> = m.find_iter(line).collect();
                    assert_eq!(got, want, "{line}");
                    for (i, _) in line.char_indices().step_by(3) {
                        let input = Input::new(line).span(i..line.len()).anchored(Anchored::Yes);
                        let want = ac.find(input).map(|x| WordMatch {
                            start: x.start(),
                            end: x.end(),
                            pattern: x.pattern().as_usize(),
                        });
                        assert_eq!(m.longest_at(line, i), want, "{line} at {i}");
                    }
                }
            }
        }
    }

    #[test]
    fn repeated_words_and_odd_positions() {
        let m = WordMatcher::new(&["公园", "大桥", "公园", "公", "长江大桥"]);
        let got: Vec<(usize, usize, usize)> =
            m.find_iter("长江大桥和公园、公").map(|x| (x.start, x.end, x.pattern)).collect();
        assert_eq!(got, [(0, 12, 4), (15, 21, 0), (24, 27, 3)]);
        assert_eq!(m.longest_at("长江大桥", 1), None);
        assert_eq!(m.longest_at("长江大桥", 12), None);
    }
}
