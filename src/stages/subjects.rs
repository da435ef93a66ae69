//! Subjects and measures: what a quantity measures, as worded in the text, and whether it is
//! a level, a growth rate, an average growth rate or a ratio.
//!
//! The words before a figure, back to the start of its clause (or to the figure before it),
//! name what it measures: 2021年实现|地区生产总值|310.4亿元. Words that only report (实现,
//! 完成, 达到), lead a clause (其中, 力争, 确保), give the time (2021年, 今年) or tie the subject
//! to its number (达到, 保持在, 分别) are left out; verbs that change the meaning (新增, 新建,
//! 累计) stay. When the counter is followed by a noun (完成10个|行政村综合整治), the figure
//! counts that noun. A figure with nothing before it in its clause continues the subject of
//! the one before (310.4亿元、增长8.8%); one that governs a 、-list carries its verb onto the
//! items (新增规模以上企业101家、限额以上企业127家 -> 新增限额以上企业); `分别` lists pair
//! subjects with figures in order. Word lists: `dict/subject_words.tsv`; indicator codes:
//! `dict/indicators.tsv`.

use std::sync::LazyLock;

use regex::Regex;

use super::document::Document;
use super::quantities::{Mention, Words};
use crate::lang::chars::is_han;
use crate::lang::marks::is_clause_break;
use crate::lang::numerals;
use crate::lang::text::MAX_SENTENCE_BYTES;

/// Roles of `dict/subject_words.tsv`, as bits (a word may have several).
mod role {
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
    pub const ANY_VERB: u32 = REPORT | KEEP | VERB;

    pub fn parse(s: &str) -> Option<u32> {
        Some(match s {
            "report" => REPORT,
            "lead" => LEAD,
            "adverb" => ADVERB,
            "scope" => SCOPE,
            "time" => TIME,
            "link" => LINK,
            "level" => LEVEL,
            "growth" => GROWTH,
            "decline" => DECLINE,
            "avg" => AVG,
            "compare" => COMPARE,
            "keep" => KEEP,
            "verb" => VERB,
            "particle" => PARTICLE,
            "compound" => COMPOUND,
            "milestone" => MILESTONE,
            _ => return None,
        })
    }
}

/// Subject words with their roles, and indicator aliases.
struct Lexicon {
    words: Words<u32>,
    aliases: Words<String>,
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut words: Words<u32> = Words::default();
        for row in crate::dict::tsv("subject_words.tsv", 2) {
            let r = role::parse(&row[1]).unwrap_or_else(|| panic!("subject_words.tsv: unknown role in {row:?}"));
            let prev = words.get(&row[0]).copied().unwrap_or(0);
            words.insert(&row[0], prev | r);
        }
        let mut aliases: Words<String> = Words::default();
        for row in crate::dict::tsv("indicators.tsv", 2) {
            aliases.insert(&row[1], row[0].clone());
        }
        Lexicon { words, aliases }
    }

    /// Length in bytes of the word with one of the `roles` that `t` starts with. Words are
    /// read longest first over the whole list, so a word that merely contains one with the
    /// role (人均 holds 均, 新增 holds 增) is not split.
    fn prefix(&self, t: &str, roles: u32) -> Option<usize> {
        self.words.longest_prefix(t, 12).filter(|(_, r)| *r & roles != 0).map(|(e, _)| e)
    }

    /// Length in bytes of the word with one of the `roles` that `t` ends with (longest word
    /// first, as for [`Lexicon::prefix`]).
    fn suffix(&self, t: &str, roles: u32) -> Option<usize> {
        self.words.longest_suffix(t, 12).filter(|(_, r)| *r & roles != 0).map(|(l, _)| l)
    }

    fn has(&self, w: &str, roles: u32) -> bool {
        self.words.get(w).is_some_and(|r| r & roles != 0)
    }
}

static LEX: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// A year or a five-year plan at the start of a clause: 2021年, 到2026年底, “十四五”时期.
static LEADING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:到|至|截至|截止到?|在|从|自|于)?(?:[0-9０-９]{4}年(?:底|末|前|初|以来|上半年|全年|年底)?|“?十[一二三四五六七]五”?(?:时期|期间|末|以来)?|[0-9０-９一二三四五六七八九十]{1,2}年(?:来|间|内)?)[，,、]?",
    )
    .expect("valid regex")
});

/// Words at the end of a subject that belong to the figure: the starting level of a change
/// (占全国比重由2020年的|7.2%提升至7.4%) or a number of units (东电2×|35万千瓦).
static TRAILING_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:由|从)(?:[0-9０-９]{4}年(?:底|末)?)?的?|[0-9０-９]+[×xX])$").expect("valid regex")
});

/// A comparison base at the start of a change: 比2020年, 较2010年底.
static LEADING_COMPARE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:比|较|相比)[0-9０-９]{4}年(?:底|末)?").expect("valid regex"));

/// A comparison base at the end of a growth phrase: 比2020年, 较2010年.
static TRAILING_COMPARE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:比|较|相比)[0-9０-９]{4}年(?:底|末)?$").expect("valid regex"));

/// Whether a character cannot start the noun after a counter (的, 了, 和 …).
pub fn is_particle(c: char) -> bool {
    let mut b = [0u8; 4];
    LEX.has(c.encode_utf8(&mut b), role::PARTICLE)
}

/// Whether `t` ends with a linking or level word (达到, 为, 提高到): the figure after it is
/// the value of what comes before.
pub fn ends_with_link(t: &str) -> bool {
    LEX.suffix(t.trim_end(), role::LINK | role::LEVEL).is_some()
}

/// Start of the clause that contains `at`: after the last clause break before it.
fn clause_start(s: &str, floor: usize, at: usize) -> usize {
    s[floor..at]
        .char_indices()
        .rev()
        .find(|(_, c)| is_clause_break(*c))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8())
}

/// Start of the line containing `at`, looked for at most [`MAX_SENTENCE_BYTES`] back (no
/// clause is longer): on a page scraped onto one line, a search back to its start for every
/// figure took time quadratic in the line.
fn line_start(s: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(MAX_SENTENCE_BYTES);
    while !s.is_char_boundary(from) {
        from -= 1;
    }
    s[from..at].rfind('\n').map_or(from, |i| from + i + 1)
}

/// The words before mention `i` in its clause (after the mention before it, if that one is
/// in the same clause), and whether they follow that mention directly.
fn left_of(s: &str, ms: &[Mention], i: usize, prev_end: Option<usize>) -> (usize, bool) {
    let m = &ms[i];
    let ls = line_start(s, m.q_start);
    let cs = clause_start(s, ls, m.q_start);
    let p_end = i.checked_sub(1).map(|j| prev_end.unwrap_or(ms[j].q_end).max(ms[j].q_end));
    match p_end {
        Some(e) if e >= cs && e <= m.q_start => (e, true),
        _ => (cs, false),
    }
}

/// Cut the words before a figure after a 、 that closes a clause of its own (重点整车项目陆续
/// 投产、在京生产新能源汽车约30万辆): a 、-list of nouns (大数据智能化、大健康生物医药、…
/// 产业营业收入) is kept whole.
fn last_clause(t: &str) -> &str {
    let mut from = 0;
    for (k, _) in t.match_indices('、') {
        let seg = &t[from..k];
        let closes = LEX.suffix(seg, role::ANY_VERB | role::GROWTH | role::DECLINE).is_some()
            || seg.ends_with(|c: char| c.is_ascii_digit() || matches!(c, '亿' | '万' | '%' | '％'));
        if closes {
            from = k + '、'.len_utf8();
        }
    }
    &t[from..]
}

/// Strip separators that join list items: 、, 和, 及, 以及, 与.
fn strip_separator(t: &str) -> (&str, bool) {
    for sep in ["、", "以及", "和", "及", "与", "并"] {
        if let Some(r) = t.strip_prefix(sep) {
            return (r, true);
        }
    }
    (t, false)
}

/// Strip link words at the end (达到, 为, 分别 …), repeatedly.
fn strip_links(mut t: &str) -> &str {
    while let Some(l) = LEX.suffix(t, role::LINK) {
        if l == t.len() {
            break;
        }
        t = &t[..t.len() - l];
    }
    t
}

/// The measure of a percent figure from the words before it, and whether it falls.
fn growth_of(left: &str) -> Option<(&'static str, bool)> {
    let t = strip_links(left.trim_end());
    if LEX.suffix(t, role::LEVEL).is_some() {
        return None;
    }
    let l = LEX.suffix(t, role::GROWTH | role::DECLINE)?;
    let word = &t[t.len() - l..];
    let down = LEX.has(word, role::DECLINE) && !LEX.has(word, role::GROWTH);
    let rest = &t[..t.len() - l];
    let avg = LEX.suffix(rest, role::AVG).is_some() || LEX.suffix(strip_links(rest), role::AVG).is_some();
    Some((if avg { "avg_growth_rate" } else { "growth_rate" }, down))
}

/// Fill `measure` (and the sign of `value_base` for falling rates) from the words before
/// each figure. A figure that directly continues a list (8.1%、9.2%) shares the measure of
/// the one before.
pub fn measures(s: &str, ms: &mut [Mention]) {
    for i in 0..ms.len() {
        let (from, after_prev) = left_of(s, ms, i, None);
        let left = &s[from..ms[i].q_start];
        let m = &ms[i];
        let (measure, down) = match m.unit_base.as_str() {
            _ if m.range_hi && i > 0 => (ms[i - 1].measure, ms[i - 1].value_base < 0.0),
            "%" | "‰" => match growth_of(left) {
                Some(g) => g,
                None => {
                    let (rest, _) = strip_separator(left);
                    if after_prev && strip_links(rest).is_empty() && ms[i - 1].dimension == "percent" {
                        (ms[i - 1].measure, ms[i - 1].value_base < 0.0)
                    } else {
                        ("ratio", false)
                    }
                }
            },
            "倍" => ("ratio", false),
            _ => ("amount", false),
        };
        let m = &mut ms[i];
        m.measure = measure;
        if down && measure != "ratio" && m.value_base > 0.0 {
            m.value_base = -m.value_base;
        }
    }
}

/// The words after a comparison base at the start (比2020年|增加, 同比|下降).
fn strip_compare(t: &str) -> &str {
    let t = match LEADING_COMPARE.find(t) {
        Some(m) => &t[m.end()..],
        None => t,
    };
    match LEX.prefix(t, role::COMPARE) {
        Some(l) if l < t.len() => &t[l..],
        _ => t,
    }
}

/// Leave out what does not name the measured thing at the start: time phrases, clause
/// leads, adverbs, reporting verbs, and a scope word that a verb follows.
fn strip_leading(mut t: &str) -> &str {
    loop {
        let before = t.len();
        t = t.trim_start_matches(['—', '-', ' ', '\u{3000}', '\t', '，', ',', '、', '的']);
        // A list number at the start of a line: 3．, 12.
        let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0
            && digits <= 2
            && let Some(rest) = t[digits..].strip_prefix(['.', '．', '、'])
        {
            t = rest;
        }
        let may_be_time =
            t.chars().next().is_some_and(|c| c.is_ascii_digit() || "到至截在从自于“十一二三四五六七八九".contains(c));
        if let Some(m) = LEADING_TIME.find(t).filter(|_| may_be_time) {
            t = &t[m.end()..];
        }
        if let Some(l) = LEX.prefix(t, role::TIME | role::LEAD | role::ADVERB)
            && l < t.len()
        {
            t = &t[l..];
        }
        // Only a verb, not the start of a noun: 实施 in 实施方案 is followed by a noun too, so
        // require the rest to not be a single character.
        if let Some(l) = LEX.prefix(t, role::REPORT)
            && l < t.len()
            && t[l..].chars().count() >= 2
        {
            t = &t[l..];
        }
        if let Some(l) = LEX.prefix(t, role::SCOPE) {
            let rest = &t[l..];
            if LEX.prefix(rest, role::ANY_VERB | role::LEAD | role::ADVERB).is_some() {
                t = rest;
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

/// Remove a reporting verb inside the subject (全产业实现营业收入 -> 全产业营业收入), with a
/// scope word before it (全区实现旅游收入 -> 旅游收入).
fn drop_inner_report(t: &str) -> String {
    for (i, _) in t.char_indices().skip(1) {
        if let Some(l) = LEX.prefix(&t[i..], role::REPORT) {
            let w = &t[i..i + l];
            if !matches!(w, "实现" | "完成" | "达到") || t.len() - i - l < 6 {
                continue;
            }
            let head = &t[..i];
            if LEX.has(head, role::SCOPE | role::TIME) {
                return t[i + l..].to_string();
            }
            return format!("{head}{}", &t[i + l..]);
        }
    }
    t.to_string()
}

/// The subject worded before a figure, with `measure` deciding whether growth words go.
fn clean_left(raw: &str, strip_growth: bool) -> String {
    let mut t = strip_leading(last_clause(raw.trim()));
    loop {
        let before = t.len();
        t = strip_links(t);
        if strip_growth {
            if let Some(l) = LEX.suffix(t, role::GROWTH | role::DECLINE) {
                t = &t[..t.len() - l];
            }
            if let Some(l) = LEX.suffix(t, role::AVG | role::COMPARE | role::ADVERB) {
                t = &t[..t.len() - l];
            }
            if let Some(m) = TRAILING_COMPARE.find(t) {
                t = &t[..m.start()];
            }
        }
        // 固定资产投资今年要增长10%: a time word or a modal before the figure.
        if let Some(l) = LEX.suffix(t, role::TIME | role::LEAD)
            && l < t.len()
        {
            t = &t[..t.len() - l];
        }
        if let Some(m) = TRAILING_FROM.find(t).filter(|m| m.start() > 0) {
            t = &t[..m.start()];
        }
        // 增至, 提高到: the figure is the level reached.
        if let Some(l) = LEX.suffix(t, role::LEVEL)
            && l < t.len()
        {
            t = &t[..t.len() - l];
        }
        if t.len() == before {
            break;
        }
    }
    let t = strip_leading(t);
    // Nothing but a linking or reporting word (…增长20%，达到282亿元): no subject of its own.
    if LEX.has(t, role::LINK | role::REPORT | role::LEAD | role::LEVEL) {
        return String::new();
    }
    // An absolute change keeps its verb but not the words tying it to the number:
    // 月人均分别提高221元 -> 月人均提高.
    if !strip_growth && let Some(l) = LEX.suffix(t, role::GROWTH | role::DECLINE) {
        let (head, verb) = t.split_at(t.len() - l);
        let mut h = head;
        while let Some(k) = LEX.suffix(h, role::LINK | role::ADVERB) {
            if k == h.len() {
                break;
            }
            h = &h[..h.len() - k];
        }
        if h.len() != head.len() {
            return drop_inner_report(&format!("{h}{verb}"));
        }
    }
    drop_inner_report(t.trim_end_matches(['，', ',', '、', ' ']))
}

/// A leading verb of a subject: (verb, whether it changes the meaning and so is carried).
fn leading_verb(t: &str) -> Option<(&str, bool)> {
    let l = LEX.prefix(t, role::ANY_VERB)?;
    if l == t.len() {
        return None;
    }
    let w = &t[..l];
    Some((w, LEX.has(w, role::KEEP)))
}

/// The noun right after a figure (完成10个|行政村综合整治), up to the end of the clause or
/// the verb that follows it (6个项目|开工建设). Verbs that change the meaning are part of the
/// noun phrase (285个计划新开工项目).
fn right_noun(s: &str, at: usize) -> &str {
    right_noun_with(s, at, false)
}

/// [`right_noun`]; `nominal`: the noun follows 的, so verbs inside it name works
/// (背街巷道改造), and only a verb that starts a predicate after it ends it.
fn right_noun_with(s: &str, at: usize, nominal: bool) -> &str {
    let t = &s[at..];
    let first = match t.chars().next() {
        Some(c) => c,
        None => return "",
    };
    if !(is_han(first) || first == '“') || is_particle(first) {
        return "";
    }
    let stop_first =
        role::ANY_VERB | role::GROWTH | role::DECLINE | role::LINK | role::LEVEL | role::ADVERB | role::TIME;
    if LEX.prefix(t, stop_first).is_some() {
        return "";
    }
    let mut end = 0;
    let mut i = 0;
    let mut quotes = 0i32;
    while i < t.len() && i < 120 {
        let c = t[i..].chars().next().unwrap_or(' ');
        match c {
            '“' => quotes += 1,
            '”' => quotes -= 1,
            _ => {}
        }
        if i > 0 && quotes <= 0 {
            if is_clause_break(c) || c == '、' || numerals::digit(c).is_some() || c == '的' {
                break;
            }
            let rest = &t[i..];
            if let Some(l) = LEX.prefix(rest, role::COMPOUND) {
                // 和美乡村: not the conjunction 和.
                i += l;
                end = i;
                continue;
            }
            if matches!(c, '等' | '和' | '及' | '与' | '或') || super::quantities::starts_qualified_number(rest) {
                break;
            }
            if LEX.prefix(rest, role::VERB | role::ADVERB | role::LEAD | role::LINK | role::TIME).is_some() {
                break;
            }
            if let Some(l) = LEX.prefix(rest, role::KEEP) {
                // 新开工, 新建 modify the noun (计划新开工项目), and a verb that closes the clause
                // is a noun (行政村综合整治); other verbs start a predicate (就业困难人员|发放
                // 社保补贴).
                let closes = rest[l..].chars().next().is_none_or(|d| is_clause_break(d) || d == '、');
                if !rest.starts_with('新') && !closes && !nominal {
                    break;
                }
                i += l;
                end = i;
                continue;
            }
        }
        i += c.len_utf8();
        end = i;
    }
    let noun = &t[..end];
    // A noun cut before its closing quote is not a noun.
    if noun.matches('“').count() != noun.matches('”').count() {
        return "";
    }
    noun
}

/// The noun right after a magnitude word (7000多万|江淮儿女, 630余万|低收入人口): a short
/// run of ideographs up to a particle, a verb or the end of the clause. Empty if none.
pub fn counted_noun(t: &str) -> &str {
    let mut end = 0;
    for (k, (i, c)) in t.char_indices().enumerate() {
        if k >= 8 || !is_han(c) || (k == 0 && is_particle(c)) {
            break;
        }
        if k > 0
            && (matches!(c, '的' | '和' | '及' | '与' | '等')
                || LEX.prefix(&t[i..], role::ANY_VERB | role::ADVERB | role::LINK).is_some())
        {
            break;
        }
        if k == 0 && LEX.prefix(t, role::ANY_VERB | role::ADVERB | role::LINK | role::GROWTH | role::DECLINE).is_some()
        {
            break;
        }
        end = i + c.len_utf8();
    }
    &t[..end]
}

/// Byte offset of the 等 that ends a list of examples in `t` (金沙路等农村公路), if any; 等 inside a
/// word (高等教育) does not count.
fn list_end(t: &str) -> Option<usize> {
    let k = t.rfind('等')?;
    let around = |a: usize, b: usize| {
        let lo = t[..k].char_indices().rev().nth(a.saturating_sub(1)).map_or(0, |(i, _)| i);
        let hi = t[k..].char_indices().nth(b + 1).map_or(t.len(), |(i, _)| k + i);
        &t[if a == 0 { k } else { lo }..hi]
    };
    let inside_word = LEX.has(around(1, 0), role::COMPOUND) || LEX.has(around(0, 1), role::COMPOUND);
    (!inside_word && k > 0).then_some(k)
}

/// Drop an example list ending in 等 before a counted noun: 建成金沙路等农村公路 -> 建成农村公路,
/// 打造尚品荟等 -> 打造.
fn drop_examples(t: &str) -> String {
    match list_end(t) {
        Some(k) => {
            let (verb, _) = leading_verb(t).map_or(("", false), |(v, keep)| (v, keep));
            let rest = &t[k + '等'.len_utf8()..];
            format!("{verb}{rest}")
        }
        None => t.to_string(),
    }
}

/// Pair a `分别` list: the subjects before 分别 with the figures joined by 、/和 after it.
/// Returns the subjects for mentions `i..i+n`, if the counts agree.
fn respectively(s: &str, ms: &[Mention], i: usize, left: &str) -> Option<Vec<String>> {
    let k = left.rfind("分别")?;
    let mut head = strip_leading(last_clause(left[..k].trim()));
    if let Some(m) = TRAILING_COMPARE.find(head) {
        head = &head[..m.start()];
    }
    if let Some(l) = LEX.suffix(head, role::COMPARE) {
        head = &head[..head.len() - l];
    }
    let items: Vec<&str> = head.split(['、', '和', '及', '与']).map(str::trim).filter(|x| !x.is_empty()).collect();
    let n = group_len(s, ms, i);
    (n >= 2 && items.len() == n)
        .then(|| complete_items(&items).into_iter().map(|x| drop_inner_report(strip_leading(&x))).collect())
}

/// Complete short list items that share the head of the last one: 城镇和农村居民人均可支配收入
/// -> 城镇居民人均可支配收入, 农村居民人均可支配收入; 一、二、三产业增加值 -> 一产业增加值 ….
/// Only items of one or two characters, all of the same length as the last item's modifier.
fn complete_items(items: &[&str]) -> Vec<String> {
    let Some((last, rest)) = items.split_last() else { return vec![] };
    let len = rest.first().map_or(0, |x| x.chars().count());
    let short = !rest.is_empty() && (1..=2).contains(&len) && rest.iter().all(|x| x.chars().count() == len);
    let head: String = last.chars().skip(len).collect();
    if !short || head.chars().count() < 2 {
        return items.iter().map(|x| (*x).to_string()).collect();
    }
    let mut out: Vec<String> = rest.iter().map(|x| format!("{x}{head}")).collect();
    out.push((*last).to_string());
    out
}

/// The indicator code of a subject: an alias, or an alias after a scope word or a region
/// name (全区居民人均可支配收入). Shares of something (…占…) only match share aliases.
pub fn indicator_of(subject: &str) -> Option<String> {
    let lx = &*LEX;
    let (l, code) = lx.aliases.suffix_of(subject)?;
    let prefix = &subject[..subject.len() - l];
    let alias = &subject[subject.len() - l..];
    if prefix.contains('占') && !alias.contains('占') {
        return None;
    }
    let ok = prefix.is_empty()
        || lx.has(prefix, role::SCOPE)
        || (prefix.chars().count() <= 8 && prefix.ends_with(['区', '市', '省', '县', '州', '盟', '旗']));
    ok.then(|| code.clone())
}

/// The noun a figure counts when it is written after the figure.
#[derive(Clone, Copy)]
struct Right<'a> {
    noun: &'a str,
    /// Where the noun ends (the words of the next figure start after it).
    end: usize,
    /// Written after 的 (投资3500万元的二三级供水管网改造): the figure is an attribute of the
    /// noun, and the subject is the noun with the word before the figure (…改造投资).
    of: bool,
}

/// The noun after each figure. A figure right before another (15件37子项重点民生实事) shares
/// the next one's noun.
fn rights<'a>(s: &'a str, ms: &[Mention]) -> Vec<Right<'a>> {
    let mut out: Vec<Right> = Vec::with_capacity(ms.len());
    for i in 0..ms.len() {
        let mut right_at = ms[i].q_end;
        let mut k = i;
        while let Some(next) = ms.get(k + 1) {
            if next.q_start == right_at {
                right_at = next.q_end;
                k += 1;
            } else {
                break;
            }
        }
        let after_de = s[right_at..].strip_prefix('的');
        let r = if ms[i].dimension == "percent" {
            // A share followed by what it is a share of (80%以上的行政村通客车) names it there
            // when nothing stands before it.
            let (from, _) = left_of(s, ms, i, None);
            let bare = clean_left(&s[from..ms[i].q_start], false).is_empty();
            let at = after_de.map_or(right_at, |t| s.len() - t.len());
            let noun = if bare { right_noun(s, at) } else { "" };
            Right { noun, end: at + noun.len(), of: false }
        } else if let (Some(t), "currency") = (after_de, ms[i].dimension) {
            let at = s.len() - t.len();
            let noun = right_noun_with(s, at, true);
            Right { noun, end: at + noun.len(), of: !noun.is_empty() }
        } else {
            let noun = right_noun(s, right_at);
            // 跨过2万亿元大关: the noun names the level passed, not what is measured.
            let noun = if LEX.has(noun, role::MILESTONE) { "" } else { noun };
            Right { noun, end: right_at + noun.len(), of: false }
        };
        out.push(r);
    }
    out
}

/// The list items of the clause before `from` (企业退休人员基本养老金、城镇低保标准…再次提高),
/// with the verb phrase that closes it left out; for a `分别` list whose subjects stand in the
/// clause before the figures.
fn previous_clause_items(s: &str, floor: usize, from: usize) -> Vec<String> {
    let t = s[floor..from].trim_end_matches(['，', ',']);
    let start = clause_start(s, floor, floor + t.len());
    let mut c = &s[start..floor + t.len()];
    loop {
        let before = c.len();
        for roles in [role::GROWTH | role::DECLINE | role::ANY_VERB, role::ADVERB | role::LINK] {
            if let Some(l) = LEX.suffix(c, roles)
                && l < c.len()
            {
                c = &c[..c.len() - l];
            }
        }
        if c.len() == before {
            break;
        }
    }
    let c = strip_leading(c);
    c.split(['、', '和', '及', '与']).map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect()
}

/// Fill `subject` and `indicator` of every mention.
pub fn link(cx: &Document, ms: &mut [Mention]) {
    let s = cx.s();
    let rights = rights(s, ms);
    let mut pairs: Vec<Option<String>> = vec![None; ms.len()];
    let mut verbs: Vec<Option<String>> = vec![None; ms.len()];
    for i in 0..ms.len() {
        let prev_end = i.checked_sub(1).map(|j| {
            if rights[j].noun.is_empty() || rights[j].end > ms[i].q_start { ms[j].q_end } else { rights[j].end }
        });
        let (from, after_prev) = left_of(s, ms, i, prev_end);
        let sentence = cx.sentence_at(ms[i].start);
        let same_sentence = i > 0 && cx.sentence_at(ms[i - 1].start) == sentence;
        let raw = &s[from..ms[i].q_start];
        let (raw, sep) = if after_prev { strip_separator(raw) } else { (raw, false) };
        if let Some(p) = pairs[i].take() {
            ms[i].subject = Some(p);
            continue;
        }
        if ms[i].range_hi && i > 0 {
            ms[i].subject = ms[i - 1].subject.clone();
            verbs[i] = verbs[i - 1].clone();
            continue;
        }
        if let Some(list) = respectively(s, ms, i, raw) {
            for (k, subj) in list.into_iter().enumerate() {
                pairs[i + k] = Some(subj);
            }
            ms[i].subject = pairs[i].take();
            continue;
        }
        let strip_growth = matches!(ms[i].measure, "growth_rate" | "avg_growth_rate") || ms[i].unit_base == "倍";
        let left = clean_left(raw, strip_growth);
        // 分别 with the subjects in the clause before (…环卫工人工资再次提高，月人均分别提高221元、
        // 90元…): each item with this clause's own words.
        if raw.contains("分别") {
            let n = group_len(s, ms, i);
            let floor = sentence.map_or(from, |l| l.start);
            let items = previous_clause_items(s, floor, from);
            if n >= 2 && items.len() == n {
                let head = left.replace("分别", "");
                for (k, item) in items.into_iter().enumerate() {
                    pairs[i + k] = Some(format!("{item}{head}"));
                }
                ms[i].subject = pairs[i].take();
                continue;
            }
        }
        let right = rights[i];
        let prev_verb = if same_sentence { verbs[i - 1].clone() } else { None };
        let subject = if right.of {
            // 投资3500万元的二三级供水管网改造、3800万元的背街巷道改造 -> …改造投资.
            let word = if left.is_empty() && (sep || after_prev) { prev_verb.clone() } else { Some(left.clone()) };
            verbs[i] = word.clone().filter(|w| !w.is_empty());
            Some(format!("{}{}", right.noun, word.unwrap_or_default()))
        } else if !right.noun.is_empty() {
            // The counted noun after the figure, with what stands before the figure in its
            // clause: 关停晨鸣公司|3.5万吨|造纸生产线, 打造尚品荟等|4条|特色商业街区.
            let lv = drop_examples(&left);
            let verb = leading_verb(&lv).filter(|(_, keep)| *keep).map(|(v, _)| v.to_string());
            // A count that sums up the names before it (长白山、三江、吉光3个省实验室,
            // 哈萨尔和东升路两个市民广场) counts the noun, not the names.
            let lv = if lv.contains(['、', '和']) { verb.clone().unwrap_or_default() } else { lv };
            let verb = verb.or_else(|| LEX.has(&lv, role::KEEP).then(|| lv.clone()));
            if lv.is_empty() {
                // An item of a list after its verb: 新建5条主干道路、2台热水锅炉; 建设24个群众
                // 滑冰场，26个户外健身中心 (a parallel figure with the same counter).
                let parallel = i > 0 && !rights[i - 1].noun.is_empty() && ms[i - 1].unit == ms[i].unit;
                let verb = prev_verb.filter(|_| sep || after_prev || parallel);
                verbs[i] = verb.clone();
                Some(format!("{}{}", verb.unwrap_or_default(), right.noun))
            } else {
                // A verb that only reports, or one that places the noun (纳入国家102项重大工程),
                // is left out.
                let lv = if LEX.has(&lv, role::REPORT) { String::new() } else { lv };
                let lv = match LEX.prefix(&lv, role::VERB) {
                    Some(l) if !LEX.has(&lv[..l], role::KEEP) => lv[l..].to_string(),
                    _ => lv,
                };
                verbs[i] = verb;
                Some(format!("{lv}{}", right.noun))
            }
        } else if same_sentence && LEX.has(strip_compare(&left), role::GROWTH | role::DECLINE) {
            // 优良天数达到290天、增加19天: a change of the subject before.
            ms[i - 1].subject.as_ref().map(|p| format!("{p}{left}"))
        } else if same_sentence && ms[i].unit_base == "倍" && LEX.prefix(raw.trim_start(), role::LINK).is_some() {
            // 新增风光装机超过600万千瓦，是正常消纳能力的10倍: the multiple of the subject before.
            verbs[i] = verbs[i - 1].clone();
            ms[i - 1].subject.clone()
        } else if !left.is_empty() {
            // 建成金沙路等农村公路4条: the examples before 等 are not what is counted.
            let left = match list_end(&left) {
                Some(k) if k + '等'.len_utf8() < left.len() => drop_examples(&left),
                _ => left,
            };
            let own = leading_verb(&left);
            verbs[i] = own.filter(|(_, keep)| *keep).map(|(v, _)| v.to_string());
            // A list item without a verb of its own takes the meaning-changing verb of the
            // item before it, when both count the same kind of thing; not an item that is a
            // clause of its own (全市公园总数达1100个) or starts with its own scope.
            let own_clause = LEX.suffix(raw.trim_end(), role::LINK | role::LEVEL).is_some()
                || LEX.prefix(&left, role::SCOPE | role::TIME).is_some()
                || left.starts_with("其中");
            let carried = if (sep || after_prev) && own.is_none() && !own_clause {
                let p = &ms[i - 1];
                verbs[i - 1].clone().filter(|_| p.dimension == ms[i].dimension)
            } else {
                None
            };
            match carried {
                Some(v) => {
                    verbs[i] = Some(v.clone());
                    Some(format!("{v}{left}"))
                }
                None => Some(left),
            }
        } else if let Some(next) = ms.get(i + 1).filter(|n| {
            // 完成3800户、58万平方米棚户区改造: a figure joined to the next one shares its noun.
            let (rest, sep) = strip_separator(&s[ms[i].q_end..n.q_start]);
            sep && rest.is_empty() && !rights[i + 1].noun.is_empty()
        }) {
            let _ = next;
            Some(rights[i + 1].noun.to_string())
        } else if same_sentence {
            verbs[i] = verbs[i - 1].clone();
            ms[i - 1].subject.clone()
        } else {
            None
        };
        ms[i].subject = subject.filter(|x| !x.is_empty());
    }
    for m in ms.iter_mut() {
        m.indicator = m.subject.as_deref().and_then(indicator_of);
    }
}

/// Number of figures from `i` joined by 、/和 only (8.1%、9.2%和7.5%).
fn group_len(s: &str, ms: &[Mention], i: usize) -> usize {
    let mut n = 1;
    while let Some(next) = ms.get(i + n) {
        let gap = &s[ms[i + n - 1].q_end..next.q_start];
        let (rest, sep) = strip_separator(gap);
        if !sep || !rest.is_empty() {
            break;
        }
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_cleaning() {
        assert_eq!(clean_left("2021年实现地区生产总值", false), "地区生产总值");
        assert_eq!(clean_left("地区生产总值年均增长", true), "地区生产总值");
        assert_eq!(clean_left("全区实现旅游收入", false), "旅游收入");
        assert_eq!(clean_left("全产业实现营业收入", false), "全产业营业收入");
        assert_eq!(clean_left("空气质量优良天数比例保持在", false), "空气质量优良天数比例");
        assert_eq!(clean_left("其中10亿元以上项目", false), "10亿元以上项目");
        assert_eq!(clean_left("科学设置接种点", false), "设置接种点");
        assert_eq!(clean_left("力争协议引资", false), "协议引资");
    }

    #[test]
    fn codes() {
        assert_eq!(indicator_of("全区居民人均可支配收入").as_deref(), Some("disposable_income"));
        assert_eq!(indicator_of("农村居民人均可支配收入").as_deref(), Some("disposable_income_rural"));
        assert_eq!(indicator_of("人均地区生产总值").as_deref(), Some("gdp_per_capita"));
        assert_eq!(indicator_of("战新制造业占规模以上工业总产值比重"), None);
        assert_eq!(indicator_of("规模以上工业总产值").as_deref(), Some("industrial_output"));
        assert_eq!(indicator_of("区本级固定资产投资").as_deref(), Some("fixed_asset_investment"));
        assert_eq!(indicator_of("区本级全社会固定资产投资额").as_deref(), Some("fixed_asset_investment"));
        assert_eq!(indicator_of("工业固定资产投资"), None);
        assert_eq!(indicator_of("农民人均纯收入"), None);
        assert_eq!(indicator_of("工业投资"), None);
    }
}
