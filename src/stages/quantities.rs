//! Quantities (`indicators`): a number with its unit, counter or percent sign.
//!
//! Recognition happens here, in four steps per number found by [`numbers::scan`]:
//!
//! 1. read what follows it: 余/多, a magnitude word (万, 亿), then the longest unit, counter or
//!    counted noun of `dict/units.tsv`, then a qualifier (左右, 以上);
//! 2. drop what is not a quantity (the contract's exclusions, as language rules): ordinals and
//!    streaks (第, 连续), names and grades (5号线, 二期, 五大, 百亿级), dates and years, quoted
//!    slogans and titles (“十四五”, 《…三年行动》), time spans that name something (15分钟社区
//!    生活圈), category thresholds (10亿元以上项目), the article 一 (一批, 一个);
//! 3. pair range ends (5%—5.5%, 6至8个) and X∶1 ratios;
//! 4. read the measure (growth rate, average growth rate, ratio, amount) and its sign from the
//!    words before the number.
//!
//! `subjects` then links each mention to what it measures and `periods` to the years.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::document::Document;
use super::numbers::{self, Dec, Number, Script};
use super::periods;
use super::subjects;
use crate::lang::chars::is_han;
use crate::lang::marks::{QUOTE_PAIRS, is_clause_break};
use crate::lang::numerals;
use crate::model::IndicatorRow;

/// A quantity found in the text, before linking. Offsets are bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Span of number + unit (余/多 inside, qualifiers around left out).
    pub start: usize,
    pub end: usize,
    /// The span with the qualifier words around it (约…, …以上): where the words before and
    /// after the figure begin.
    pub q_start: usize,
    pub q_end: usize,
    pub value: f64,
    pub unit: String,
    pub value_base: f64,
    pub unit_base: String,
    pub dimension: &'static str,
    pub measure: &'static str,
    pub qualifier: &'static str,
    pub subject: Option<String>,
    pub indicator: Option<String>,
    /// The high end of a range (5%—5.5%): it shares the low end's measure and subject.
    pub range_hi: bool,
}

/// What a word after a number is (`kind` column of `dict/units.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Unit,
    Counter,
    Strict,
    Ordinal,
    Noun,
    Name,
}

/// A unit, counter, counted noun or name word.
#[derive(Debug, Clone)]
pub struct UnitEntry {
    pub base: String,
    pub power: i32,
    pub dimension: &'static str,
    pub kind: Kind,
}

/// Effect of a qualifier word (`dict/qualifiers.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Exact,
    Approx,
    AtLeast,
    AtMost,
    Not,
}

impl Effect {
    fn as_str(self) -> &'static str {
        match self {
            Effect::Exact | Effect::Not => "exact",
            Effect::Approx => "approx",
            Effect::AtLeast => "at_least",
            Effect::AtMost => "at_most",
        }
    }
}

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
}

type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

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

/// The word lists of this stage, loaded once.
pub struct Lexicon {
    pub units: Words<UnitEntry>,
    pub mults: Words<i32>,
    pub after_unit: Words<()>,
    pub before: Words<Effect>,
    pub before_cn: Words<Effect>,
    pub inside: Words<Effect>,
    pub after: Words<Effect>,
}

fn dimension(s: &str) -> &'static str {
    match s {
        "currency" => "currency",
        "area" => "area",
        "length" => "length",
        "mass" => "mass",
        "energy" => "energy",
        "percent" => "percent",
        "count" => "count",
        "time" => "time",
        _ => "other",
    }
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut lx = Lexicon {
            units: Words::default(),
            mults: Words::default(),
            after_unit: Words::default(),
            before: Words::default(),
            before_cn: Words::default(),
            inside: Words::default(),
            after: Words::default(),
        };
        for row in crate::dict::tsv("units.tsv", 5) {
            let power: i32 = row[2].parse().unwrap_or_else(|_| panic!("units.tsv: bad power in {row:?}"));
            let kind = match row[4].as_str() {
                "mult" => {
                    lx.mults.insert(&row[0], power);
                    continue;
                }
                "after" => {
                    lx.after_unit.insert(&row[0], ());
                    continue;
                }
                "unit" => Kind::Unit,
                "counter" => Kind::Counter,
                "strict" => Kind::Strict,
                "ordinal" => Kind::Ordinal,
                "noun" => Kind::Noun,
                "name" => Kind::Name,
                k => panic!("units.tsv: unknown kind {k:?} in {row:?}"),
            };
            let e = UnitEntry { base: row[1].clone(), power, dimension: dimension(&row[3]), kind };
            lx.units.insert(&row[0], e);
        }
        for row in crate::dict::tsv("qualifiers.tsv", 3) {
            let eff = match row[2].as_str() {
                "approx" => Effect::Approx,
                "at_least" => Effect::AtLeast,
                "at_most" => Effect::AtMost,
                "exact" => Effect::Exact,
                "not" => Effect::Not,
                e => panic!("qualifiers.tsv: unknown effect {e:?} in {row:?}"),
            };
            let target = match row[1].as_str() {
                "before" => &mut lx.before,
                "before_cn" => &mut lx.before_cn,
                "inside" => &mut lx.inside,
                "after" => &mut lx.after,
                p => panic!("qualifiers.tsv: unknown position {p:?} in {row:?}"),
            };
            target.insert(&row[0], eff);
        }
        lx
    }
}

pub static LEX: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// Whether `t` starts with a qualifier that stands before a number and a number follows
/// (超千亿元, 突破100亿元): the noun before it ends there.
pub fn starts_qualified_number(t: &str) -> bool {
    LEX.before.prefix_of(t).is_some_and(|(l, _)| {
        t[l..].chars().next().is_some_and(|c| {
            numerals::digit(c).is_some() || numerals::cn_digit(c).is_some() || numerals::cn_unit(c).is_some()
        })
    })
}

fn char_before(s: &str, at: usize) -> Option<char> {
    s[..at].chars().next_back()
}

fn char_at(s: &str, at: usize) -> Option<char> {
    s[at..].chars().next()
}

/// What follows one number: magnitude, unit and qualifiers.
#[derive(Debug, Clone)]
struct Reading<'a> {
    num: Number,
    /// Power of ten of the magnitude word (万 4), 0 if none.
    mult: i32,
    /// The magnitude word as written.
    mult_text: &'a str,
    /// The unit as written (without magnitude word and 余/多), and its entry.
    unit_text: &'a str,
    entry: Option<&'a UnitEntry>,
    /// End of number + 余/多 + magnitude + unit.
    end: usize,
    inside: Option<Effect>,
    /// A qualifier after the unit, and where it ends.
    after: Option<(Effect, usize)>,
    /// The unit is not from the dictionary: a counter inferred from its position, or a noun
    /// after a magnitude word (7000多万江淮儿女).
    unknown: bool,
    /// For an unknown unit: its base (a known counted noun it ends with, or itself) and
    /// dimension.
    unknown_base: &'a str,
    unknown_dim: &'static str,
}

/// Read what follows a number.
fn read<'a>(s: &'a str, n: &Number, limit: usize) -> Reading<'a> {
    let lx = &*LEX;
    let mut p = n.end;
    let mut inside = None;
    let t = |p: usize| &s[p..limit];
    if let Some((len, e)) = lx.inside.prefix_of(t(p)) {
        // 90余万, 5300余户, 20多个: only if something follows that belongs to the number.
        let q = p + len;
        if lx.mults.prefix_of(t(q)).is_some() || lx.units.prefix_of(t(q)).is_some() {
            inside = Some(*e);
            p = q;
        }
    }
    let unit_here = lx.units.prefix_of(t(p));
    let mult_here = lx.mults.prefix_of(t(p));
    let (mult, mult_text) = match (mult_here, unit_here) {
        // The longest word wins: 千瓦 is a unit, not 千 + 瓦.
        (Some((ml, &pw)), Some((ul, _))) if ml >= ul && n.script != Script::Percent => (pw, &s[p..p + ml]),
        (Some((ml, &pw)), None) if n.script != Script::Percent => (pw, &s[p..p + ml]),
        _ => (0, ""),
    };
    p += mult_text.len();
    // 1万余人, 3万多
    if !mult_text.is_empty()
        && let Some((len, e)) = lx.inside.prefix_of(t(p))
        && lx.units.prefix_of(t(p + len)).is_some()
    {
        inside = Some(*e);
        p += len;
    }
    let mut entry = None;
    let mut unit_text = "";
    if let Some((len, e)) = lx.units.prefix_of(t(p))
        && (e.kind != Kind::Noun || !mult_text.is_empty())
    {
        entry = Some(e);
        unit_text = &s[p..p + len];
        p += len;
    }
    let mut r = Reading {
        num: *n,
        mult,
        mult_text,
        unit_text,
        entry,
        end: p,
        inside,
        after: None,
        unknown: false,
        unknown_base: "",
        unknown_dim: "other",
    };
    if entry.is_none() && !mult_text.is_empty() {
        // A magnitude word followed directly by a noun: the noun joins span and unit
        // (630余万低收入人口 -> 万低收入人口, base 人).
        let noun = subjects::counted_noun(&s[p..limit]);
        if !noun.is_empty() {
            r.unit_text = noun;
            r.unknown = true;
            r.end = p + noun.len();
            r.unknown_dim = "count";
            r.unknown_base = noun;
            for (k, _) in noun.char_indices() {
                if let Some(e) = lx.units.get(&noun[k..]).filter(|e| matches!(e.kind, Kind::Noun | Kind::Counter)) {
                    r.unknown_base = &e.base;
                    break;
                }
            }
        }
        return finish(s, r, limit);
    }
    if entry.is_none() && n.script == Script::Arabic && mult_text.is_empty() {
        // An unknown counter: one ideograph right after the digits, closing the clause
        // (建成XX 15宗。). Clearly a quantity; never silently dropped.
        if let Some(c) = char_at(s, p) {
            let q = p + c.len_utf8();
            let next = char_at(s, q);
            let closes = next.is_none_or(|d| is_clause_break(d) || d == '、');
            if is_han(c) && closes && !subjects::is_particle(c) {
                r.unit_text = &s[p..q];
                r.unknown_base = r.unit_text;
                r.unknown = true;
                r.end = q;
            }
        }
    }
    finish(s, r, limit)
}

fn finish<'a>(s: &'a str, mut r: Reading<'a>, limit: usize) -> Reading<'a> {
    r.after = read_after(s, r.end, limit);
    r
}

/// A qualifier right after the unit (左右, 以上, 以内 …), if any: its effect and end.
fn read_after(s: &str, at: usize, limit: usize) -> Option<(Effect, usize)> {
    let (len, e) = LEX.after.prefix_of(&s[at..limit])?;
    // A one-character qualifier (内, 多) must not be the start of a word (内资企业).
    if len <= 3 && char_at(s, at + len).is_some_and(is_han) {
        return None;
    }
    Some((*e, at + len))
}

/// Whether the number sits inside quotation marks or a title (“十四五”, 《三年行动计划》):
/// a slogan or a name. Only short quotations count; a long quoted passage is prose.
fn quoted(s: &str, start: usize, end: usize) -> bool {
    const MAX: usize = 24; // characters
    let mut open = None;
    for (k, c) in s[..start].chars().rev().enumerate() {
        if k > MAX || c == '\n' {
            break;
        }
        if let Some(&pair) = QUOTE_PAIRS.iter().find(|p| p.0 == c) {
            open = Some(pair);
            break;
        }
        if QUOTE_PAIRS.iter().any(|p| p.1 == c) {
            return false;
        }
    }
    let Some((o, close)) = open else { return false };
    for (k, c) in s[end..].chars().enumerate() {
        if k > MAX || c == '\n' {
            return false;
        }
        if c == close {
            return true;
        }
        if c == o {
            return false;
        }
    }
    false
}

/// Why a reading is not a quantity, if it is not.
fn excluded(s: &str, r: &Reading, before: Option<(usize, Effect)>, body_start: usize) -> bool {
    let lx = &*LEX;
    let n = &r.num;
    // Identifiers: PM2.5, G60, 5G, 1+N, 4A级.
    let prev = char_before(s, n.start);
    if prev.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '*' | '/' | '#' | '.' | '·'))
        && n.start > body_start
    {
        return true;
    }
    let next = char_at(s, n.end);
    if r.entry.is_none() && next.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '+' | '×' | '*')) {
        return true;
    }
    if r.entry.is_none() && !r.unknown && n.script != Script::Percent {
        return true;
    }
    if r.entry.is_some_and(|e| e.kind == Kind::Name) {
        return true;
    }
    if matches!(before, Some((_, Effect::Not))) {
        return true;
    }
    if n.script == Script::Chinese {
        let text = &s[n.start..n.end];
        // 一 alone is an article (一批, 一个, 一支), not a count; 二 alone with a counter is an
        // ordinal (二轮延包, 二期), since counting says 两; 零 is a word (零增长, 零部件); a
        // single formal numeral is part of a word (队伍, 陆家嘴).
        let one_char = text.chars().count() == 1;
        if r.mult == 0 && (matches!(text, "一" | "壹" | "二") || n.value == Dec::ZERO) {
            return true;
        }
        if one_char && text.chars().all(|c| "壹贰貳叁參肆伍陆陸柒捌玖".contains(c)) {
            return true;
        }
        // Small sums of money are not written in Chinese numerals: 三元 is a company name.
        if r.mult == 0 && !n.bare && r.entry.is_some_and(|e| e.dimension == "currency") {
            return true;
        }
        // A count that names what follows in quotes (两个“关键小事”, 五个“必须统筹好”): a fixed
        // phrase, not a measured quantity. (A count that sums up a list before it is a row:
        // 哈萨尔和东升路两个市民广场.)
        if char_at(s, r.end) == Some('“') {
            return true;
        }
        if r.entry.is_some_and(|e| e.kind == Kind::Ordinal) {
            return true;
        }
        // 百, 千, 万 with no digit need a qualifier (上千万, 超百万): 千家万户 is an idiom.
        if n.bare && before.is_none() {
            return true;
        }
    }
    if let Some(e) = r.entry {
        // Years: 2021年, 1-4 digit years in dates.
        if e.kind == Kind::Strict
            && n.script == Script::Arabic
            && n.value.is_integer()
            && n.value.as_u64().is_some_and(|v| (1000..=2999).contains(&v))
        {
            return true;
        }
    }
    // A count of magnitudes (迈上4个万亿元台阶, 3个千亿级产业集群) counts levels, not things.
    if r.entry.is_some_and(|e| e.kind == Kind::Counter) && lx.mults.prefix_of(&s[r.end..]).is_some() {
        return true;
    }
    // 亿元级企业, 六个方面, 五次会议.
    let after_end = r.after.map_or(r.end, |(_, e)| e);
    if lx.after_unit.prefix_of(&s[r.end..]).is_some() || lx.after_unit.prefix_of(&s[after_end..]).is_some() {
        return true;
    }
    if quoted(s, n.start, r.end) {
        return true;
    }
    let dim = r.entry.map_or("other", |e| e.dimension);
    let following = char_at(s, after_end);
    // Time spans that name something: 15分钟社区生活圈, 24小时不打烊, 7天无理由退货.
    if dim == "time" && r.after.is_none() && following.is_some_and(|c| is_han(c) || c == '“') {
        return true;
    }
    // Category thresholds: 10亿元以上项目, 65岁以上老年人. Counts and shares stay
    // (新建10家以上智能工厂, 80%以上的行政村).
    if let Some((Effect::AtLeast | Effect::AtMost, _)) = r.after {
        let is_threshold_word = {
            let w = &s[r.end..after_end];
            w.contains("以上") || w.contains("以下")
        };
        if is_threshold_word && following.is_some_and(|c| is_han(c) || c == '“') && !matches!(dim, "count" | "percent")
        {
            return true;
        }
    }
    false
}

/// A qualifier right before a number: (where it starts, its effect).
fn read_before(s: &str, n: &Number, floor: usize) -> Option<(usize, Effect)> {
    let lx = &*LEX;
    let t = &s[floor..n.start];
    let mut best = lx.before.suffix_of(t).map(|(l, e)| (n.start - l, *e));
    if n.script != Script::Arabic
        && let Some((l, e)) = lx.before_cn.suffix_of(t)
        && best.is_none_or(|(st, _)| n.start - l < st)
    {
        best = Some((n.start - l, *e));
    }
    best
}

/// Range connectors between two numbers: 5%—5.5%, 6至8个, 5~6个.
fn range_connector(s: &str, at: usize) -> Option<usize> {
    const CONNECTORS: [&str; 9] = ["——", "—", "－", "-", "–", "~", "～", "至", "到"];
    let t = &s[at..];
    CONNECTORS.iter().find(|c| t.starts_with(**c)).map(|c| at + c.len())
}

/// A mention under construction: the reading and the qualifier chosen.
struct Found<'a> {
    r: Reading<'a>,
    q_start: usize,
    q_end: usize,
    qualifier: Effect,
    /// Unit, magnitude and entry borrowed from the high end of a range.
    borrowed: Option<Reading<'a>>,
    ratio_end: Option<usize>,
    range_hi: bool,
}

/// Recognise the quantities of `s[range]`, in order, without measure and subject.
fn recognise<'a>(s: &'a str, range: std::ops::Range<usize>) -> Vec<Found<'a>> {
    let nums = numbers::scan(s, range.clone());
    let mut out: Vec<Found> = Vec::new();
    let mut skip_until = 0usize;
    // Line breaks of the range, found once: a number's line and the end of the text a unit
    // may be read from are then binary searches, not scans over a long paragraph.
    let hay = &s.as_bytes()[..range.end];
    let next_break = |from: usize| crate::lang::text::find_either(hay, from, b'\n', b'\n');
    let breaks: Vec<usize> = std::iter::successors(next_break(range.start), |&i| next_break(i + 1)).collect();
    let line_start = |at: usize| {
        let k = breaks.partition_point(|&p| p < at);
        k.checked_sub(1).map_or(range.start, |j| breaks[j] + 1).max(range.start)
    };
    let line_end = |from: usize| breaks.get(breaks.partition_point(|&p| p < from)).copied().unwrap_or(range.end);
    for (i, n) in nums.iter().enumerate() {
        if n.start < skip_until {
            continue;
        }
        let limit = line_end(n.end);
        let r = read(s, n, limit);
        let floor = line_start(n.start);
        let before = read_before(s, n, floor);

        // X∶1 ratios (城乡居民收入比缩小到2.3∶1).
        if r.entry.is_none()
            && n.script == Script::Arabic
            && r.mult == 0
            && let Some(next) = nums.get(i + 1)
            && matches!(&s[n.end..next.start], "∶" | ":")
            && next.value == Dec::int(1)
            && !char_at(s, next.end).is_some_and(|c| c.is_ascii_digit())
        {
            let ident = char_before(s, n.start).is_some_and(|c| c.is_ascii_alphanumeric());
            if !ident && !quoted(s, n.start, next.end) && !matches!(before, Some((_, Effect::Not))) {
                skip_until = next.end;
                out.push(Found {
                    q_start: before.map_or(n.start, |b| b.0),
                    q_end: next.end,
                    qualifier: before.map_or(Effect::Exact, |b| b.1),
                    r,
                    borrowed: None,
                    ratio_end: Some(next.end),
                    range_hi: false,
                });
            }
            continue;
        }

        // Ranges: the low end borrows the unit of the high end when it has none.
        let low_end = if r.entry.is_some() { r.end } else { r.end.max(n.end) };
        if let (Some(conn_end), Some(next)) = (range_connector(s, low_end), nums.get(i + 1))
            && next.start == conn_end
            && r.after.is_none()
        {
            let limit2 = line_end(next.end);
            let r2 = read(s, next, limit2);
            let same_unit = r.entry.is_none() || (r.unit_text == r2.unit_text && r.mult_text == r2.mult_text);
            let both_numbers = r.entry.is_some() || r.mult_text.is_empty();
            let before2 = read_before(s, next, floor);
            if r2.entry.is_some() && same_unit && both_numbers && !excluded(s, &r2, before2, range.start) {
                let low_reading = if r.entry.is_some() { r.clone() } else { r2.clone() };
                let mut low = r.clone();
                low.mult = low_reading.mult;
                low.mult_text = low_reading.mult_text;
                low.unit_text = low_reading.unit_text;
                low.entry = low_reading.entry;
                let borrowed = r.entry.is_none();
                if !excluded(s, &low, before, range.start)
                    || borrowed && !quoted(s, n.start, r2.end) && !matches!(before, Some((_, Effect::Not)))
                {
                    let hi_after = r2.after.map_or(r2.end, |(_, e)| e);
                    out.push(Found {
                        q_start: before.map_or(n.start, |b| b.0),
                        q_end: if borrowed { n.end } else { r.end },
                        qualifier: Effect::AtLeast,
                        r: if borrowed { Reading { end: n.end, ..r.clone() } } else { r.clone() },
                        borrowed: borrowed.then(|| r2.clone()),
                        ratio_end: None,
                        range_hi: false,
                    });
                    out.push(Found {
                        q_start: next.start,
                        q_end: hi_after,
                        qualifier: Effect::AtMost,
                        r: r2,
                        borrowed: None,
                        ratio_end: None,
                        range_hi: true,
                    });
                    skip_until = next.end;
                    continue;
                }
            }
        }

        if excluded(s, &r, before, range.start) {
            continue;
        }
        // A strict unit (年) counts only at the end of a clause after a linking verb:
        // 受教育年限达到11.2年, not 今后五年, 五年来, 三年行动.
        if r.entry.is_some_and(|e| e.kind == Kind::Strict) {
            let closes = r.after.is_some() || char_at(s, r.end).is_none_or(|c| is_clause_break(c) || c == '、');
            let q0 = before.map_or(n.start, |b| b.0);
            let linked = subjects::ends_with_link(&s[floor..q0]);
            if !closes || !linked {
                continue;
            }
        }
        let qualifier = match (r.after, r.inside, before) {
            (Some((e, _)), _, _) if e != Effect::Exact => e,
            (_, Some(e), _) => e,
            (_, _, Some((_, e))) => e,
            _ => Effect::Exact,
        };
        let q_end = r.after.map_or(r.end, |(_, e)| e);
        out.push(Found {
            q_start: before.map_or(n.start, |b| b.0),
            q_end,
            qualifier,
            r,
            borrowed: None,
            ratio_end: None,
            range_hi: false,
        });
    }
    out
}

/// Turn a recognised quantity into a mention (values and units; measure and subject later).
fn to_mention(s: &str, f: &Found) -> Mention {
    let r = &f.r;
    let u = f.borrowed.as_ref().unwrap_or(r);
    let n = &r.num;
    let end = f.ratio_end.unwrap_or(r.end);
    let (unit, unit_base, dimension, power) = if f.ratio_end.is_some() {
        (s[n.end..end].to_string(), "倍".to_string(), "other", 0)
    } else if let Some(e) = u.entry {
        (format!("{}{}", u.mult_text, u.unit_text), e.base.clone(), e.dimension, u.mult + e.power)
    } else if n.script == Script::Percent {
        ("%".to_string(), "%".to_string(), "percent", 0)
    } else {
        (format!("{}{}", u.mult_text, u.unit_text), u.unknown_base.to_string(), u.unknown_dim, u.mult)
    };
    Mention {
        start: n.start,
        end,
        q_start: f.q_start,
        q_end: f.q_end.max(end),
        value: n.value.to_f64(),
        unit,
        value_base: n.value.scale(power).to_f64(),
        unit_base,
        dimension,
        measure: "amount",
        qualifier: f.qualifier.as_str(),
        subject: None,
        indicator: None,
        range_hi: f.range_hi,
    }
}

/// Recognise the quantities of a text range (no subject, period or status yet).
pub fn mentions(s: &str, range: std::ops::Range<usize>) -> Vec<Mention> {
    let found = recognise(s, range);
    let mut ms: Vec<Mention> = found.iter().map(|f| to_mention(s, f)).collect();
    // 保持在90%和98%以上: the qualifier after the last of two figures joined by 和/、 governs
    // both.
    for i in (0..ms.len().saturating_sub(1)).rev() {
        // Qualifiers may overlap (10个以上百亿元: 以上 ends the first, 上百亿 opens the second).
        let gap = s.get(ms[i].q_end..ms[i + 1].q_start).unwrap_or("");
        let joined = matches!(gap, "和" | "、" | "或");
        if joined
            && ms[i].qualifier == "exact"
            && ms[i].unit_base == ms[i + 1].unit_base
            && !ms[i + 1].range_hi
            && let Some((e, _)) = found[i + 1].r.after
        {
            ms[i].qualifier = e.as_str();
        }
    }
    subjects::measures(s, &mut ms);
    ms
}

/// Indicator rows of a document.
pub fn extract(cx: &Document) -> Vec<IndicatorRow> {
    let s = cx.s();
    let mut mentions = mentions(s, cx.bounds.body.clone());
    subjects::link(cx, &mut mentions);
    mentions
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let (period, status) = periods::resolve(cx, &cx.section_times, m.start..m.end, Some(m.measure));
            let sentence = cx.sentence_at(m.start).map_or(String::new(), |l| l.text(s).to_string());
            IndicatorRow {
                doc_id: cx.doc_id.to_string(),
                mention_id: i + 1,
                char_start: cx.text.char_of(m.start),
                char_end: cx.text.char_of(m.end),
                surface: s[m.start..m.end].to_string(),
                section_id: cx.section_id_at(m.start),
                sentence,
                subject: m.subject,
                indicator: m.indicator,
                measure: m.measure,
                value: m.value,
                unit: m.unit,
                value_base: m.value_base,
                unit_base: m.unit_base,
                dimension: m.dimension,
                qualifier: m.qualifier,
                period_start: period.start,
                period_end: period.end,
                status,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(s: &str) -> Vec<(String, f64, String, f64, String, &'static str)> {
        mentions(s, 0..s.len())
            .into_iter()
            .map(|m| (s[m.start..m.end].to_string(), m.value, m.unit, m.value_base, m.unit_base, m.qualifier))
            .collect()
    }

    fn surfaces(s: &str) -> Vec<String> {
        rows(s).into_iter().map(|r| r.0).collect()
    }

    #[test]
    fn units_and_multipliers() {
        let r = rows("实现地区生产总值310.4亿元、增长8.8%。");
        assert_eq!(r[0], ("310.4亿元".into(), 310.4, "亿元".into(), 3.104e10, "元".into(), "exact"));
        assert_eq!(r[1].0, "8.8%");
        let r = rows("累计接种90余万剂次，改造棚户区5300余户。");
        assert_eq!(r[0], ("90余万剂次".into(), 90.0, "万剂次".into(), 900000.0, "剂次".into(), "at_least"));
        assert_eq!(r[1], ("5300余户".into(), 5300.0, "户".into(), 5300.0, "户".into(), "at_least"));
        let r = rows("惠及6600多万纳税人。");
        assert_eq!(r[0], ("6600多万纳税人".into(), 6600.0, "万纳税人".into(), 6.6e7, "人".into(), "at_least"));
        let r = rows("装机达到3.5万千瓦，发电1.2亿千瓦时。");
        assert_eq!(r[0].2, "万千瓦");
        assert_eq!(r[0].4, "千瓦");
        assert_eq!(r[1].3, 1.2e8);
        let r = rows("占比近三成。");
        assert_eq!(r[0], ("三成".into(), 3.0, "成".into(), 30.0, "%".into(), "approx"));
        let r = rows("提高1.5个百分点。");
        assert_eq!(r[0].4, "百分点");
        let r = rows("城乡居民收入比缩小到2.3∶1。");
        assert_eq!(r[0].0, "2.3∶1");
        assert_eq!(r[0].4, "倍");
        let r = rows("占比达到百分之五。");
        assert_eq!(r[0].4, "%");
        assert_eq!(r[0].1, 5.0);
    }

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

    #[test]
    fn exclusions() {
        assert!(surfaces("第十四届人民代表大会第一次会议").is_empty());
        assert!(surfaces("轨道5号线、18号线，海康威视二期建成").is_empty());
        assert!(surfaces("2022年1月9日，中国共产党成立100周年").is_empty());
        assert!(surfaces("构建五大百亿级产业集群，实施“十四五”规划").is_empty());
        assert!(surfaces("其中10亿元以上项目").is_empty());
        assert!(surfaces("打造15分钟社区生活圈").is_empty());
        assert!(surfaces("连续5年居全市前列，连续三届入围").is_empty());
        assert!(surfaces("建设一批重点项目，锤炼一支队伍").is_empty());
        assert!(surfaces("今后五年，五年来，国有企业改革三年行动").is_empty());
        assert!(surfaces("PM2.5平均浓度，5G基站，千家万户，万吨冷储").is_empty());
        assert!(surfaces("重点做好以下六个方面工作").is_empty());
        assert_eq!(surfaces("其中10亿元以上项目23个。"), vec!["23个"]);
        assert_eq!(surfaces("受教育年限达到11.2年。"), vec!["11.2年"]);
    }

    #[test]
    fn qualifiers_and_ranges() {
        let r = rows("增长5%—5.5%，新建6至8个，增长6%左右，突破350亿元，控制在3%以内。");
        let q: Vec<(&str, &str)> = r.iter().map(|x| (x.0.as_str(), x.5)).collect();
        assert_eq!(
            q,
            vec![
                ("5%", "at_least"),
                ("5.5%", "at_most"),
                ("6", "at_least"),
                ("8个", "at_most"),
                ("6%", "approx"),
                ("350亿元", "at_least"),
                ("3%", "at_most")
            ]
        );
        assert_eq!(r[2].2, "个");
        let r = rows("用工人数上千万人。");
        assert_eq!(r[0].5, "at_least");
        assert_eq!(r[0].3, 1e7);
    }
}
