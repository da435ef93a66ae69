//! Recognition: which numbers are quantities, and with which unit and qualifier.
//!
//! For every number [`numbers::scan`] finds:
//!
//! 1. read what follows it: 余/多, a magnitude word (万, 亿), then the longest unit, counter or
//!    counted noun of `dict/units.tsv`, then a qualifier (左右, 以上);
//! 2. drop what is not a quantity (the contract's exclusions, as language rules): ordinals and
//!    streaks (第, 连续), names and grades (5号线, 二期, 五大, 百亿级), dates and years, quoted
//!    slogans and titles (“十四五”, 《…三年行动》), time spans that name something (15分钟社区
//!    生活圈), category thresholds (10亿元以上项目), the article 一 (一批, 一个);
//! 3. pair range ends (5%—5.5%, 6至8个) and X∶1 ratios.

use std::sync::LazyLock;

use regex::Regex;

use super::numbers::{self, Dec, Number, Script};
use super::units::{UNITS, UnitEntry};
use super::vocabulary::{WORDS, ends_with_link, is_particle, role};
use crate::lang::chars::{is_han, is_inline_space, one_space};
use crate::lang::marks::{QUOTE_PAIRS, is_clause_break, is_sentence_mark};
use crate::lang::words::Words;
// (The lexicon's qualifier effect under this stage's short local name.)
use crate::lexicon::{QualifierEffect as Effect, UnitKind};
use crate::vocab::Dimension;

/// Above this, a sum of money written in Chinese numerals holds its magnitude words (七亿四千万元).
const SMALL_SUM_MAX: f64 = 1e4;
/// The noun right after a magnitude word (7000多万|江淮儿女, 630余万|低收入人口): a short
/// run of ideographs up to a particle, a verb or the end of the clause. Empty if none.
pub fn counted_noun(t: &str) -> &str {
    let mut end = 0;
    for (k, (i, c)) in t.char_indices().enumerate() {
        if k >= 8 || !is_han(c) || (k == 0 && is_particle(c)) {
            break;
        }
        if k > 0 && matches!(c, '的' | '和' | '及' | '与' | '等') {
            break;
        }
        if k > 0
            && let Some(l) = WORDS.prefix(&t[i..], role::ANY_VERB | role::ADVERB | role::LINK)
        {
            // A verb right before a counted noun of two or more characters modifies it
            // (30.4万企业退休人员, 5万下岗职工): the noun goes on; any other verb ends it.
            if !starts_with_counted_noun(&t[i + l..]) {
                break;
            }
        }
        if k == 0
            && WORDS.prefix(t, role::ANY_VERB | role::ADVERB | role::LINK | role::GROWTH | role::DECLINE).is_some()
        {
            break;
        }
        // A qualifier is no noun (常住人口达到800万左右: no unit 万左右).
        if k == 0 && (UNITS.after.prefix_of(t).is_some() || UNITS.inside.prefix_of(t).is_some()) {
            break;
        }
        end = i + c.len_utf8();
    }
    &t[..end]
}

/// Whether `t` starts with a counted noun of `dict/units.tsv` of two or more characters (人员,
/// 职工, 人口).
fn starts_with_counted_noun(t: &str) -> bool {
    let lx = &*UNITS;
    t.char_indices().skip(2).map(|(i, _)| i).chain(std::iter::once(t.len())).take(4).any(|end| {
        t.get(..end).is_some_and(|w| {
            w.chars().nth(1).is_some() && lx.units.get(w).is_some_and(|e| matches!(e.kind, UnitKind::Noun))
        })
    })
}

/// A counted noun cut after the last counted noun of `dict/units.tsv` it holds (a word of two
/// or more characters: a one-character counter inside a noun is usually part of another word,
/// 人 of 人民, 项 of 项目, 台 of 台阶), if it holds one: what follows the head is the clause's
/// predicate or complement, not the thing counted (3.3万贫困人口|脱贫, 9万农村人口|饮水安全,
/// 450万南昌人民|对我们寄予了厚望). The longest such prefix wins (万户籍人口 is people, not
/// households). A noun holding none is kept whole (7000多万江淮儿女).
fn known_head(noun: &str) -> &str {
    headed(noun).unwrap_or(noun)
}

/// [`known_head`] when the noun holds a counted noun of `dict/units.tsv`, else none.
fn headed(noun: &str) -> Option<&str> {
    let lx = &*UNITS;
    let ends = noun.char_indices().map(|(i, c)| i + c.len_utf8()).rev();
    for end in ends {
        let head = &noun[..end];
        let known = head.char_indices().any(|(k, _)| {
            let word = &head[k..];
            word.chars().nth(1).is_some()
                && lx.units.get(word).is_some_and(|e| matches!(e.kind, UnitKind::Noun | UnitKind::Counter))
        });
        if known {
            return Some(head);
        }
    }
    None
}

/// Whether `t` opens with the ending of an administrative name (县, 市, 区: dict/admin_suffixes.tsv):
/// a counted noun right before one names places by their size (20万以上人口县: a class, no row).
fn opens_with_place_ending(t: &str) -> bool {
    crate::lexicon::get().opens_with_admin_ending(t)
}

fn char_before(s: &str, at: usize) -> Option<char> {
    s[..at].chars().next_back()
}

fn char_at(s: &str, at: usize) -> Option<char> {
    s.get(at..)?.chars().next()
}

/// What follows one number: magnitude, unit and qualifiers.
#[derive(Debug, Clone)]
pub(super) struct Reading<'a> {
    pub(super) num: Number,
    /// Power of ten of the magnitude word (万 4), 0 if none.
    pub(super) mult: i32,
    /// The magnitude word as written.
    pub(super) mult_text: &'a str,
    /// The unit as written (without magnitude word and 余/多), and its entry.
    pub(super) unit_text: &'a str,
    /// A per-unit tail after the unit, as written (/日 of 30万吨/日, /人·月 of 165元/人·月), or "".
    pub(super) per: &'a str,
    pub(super) entry: Option<&'a UnitEntry>,
    /// End of number + 余/多 + magnitude + unit.
    pub(super) end: usize,
    pub(super) inside: Option<Effect>,
    /// A qualifier after the unit, and where it ends.
    pub(super) after: Option<(Effect, usize)>,
    /// The unit is not from the dictionary: a counter inferred from its position, or a noun
    /// after a magnitude word (7000多万江淮儿女).
    pub(super) unknown: bool,
    /// For an unknown unit: its base (a known counted noun it ends with, or itself) and
    /// dimension.
    pub(super) unknown_base: &'a str,
    pub(super) unknown_dim: Dimension,
}

/// 由 or 从 right before a figure, or before its base year (人均预期寿命从2020年的82.4岁提升至…):
/// the figure is the level a change starts from.
static FROM_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:由|从)(?:[0-9０-９]{4}年(?:底|末)?的)?$").expect("a valid regex"));
/// Bytes before a figure that [`FROM_BEFORE`] reads (由 and a year with 年底的: 9 characters).
const FROM_WINDOW: usize = 30;

/// Read what follows a number.
fn read<'a>(s: &'a str, n: &Number, limit: usize) -> Reading<'a> {
    let lx = &*UNITS;
    let mut p = n.end;
    let mut inside = None;
    let t = |p: usize| s.get(p..limit).unwrap_or("");
    // One space between a number in digits and its unit (770 亿元, 8365 元, 12.5 %), as some
    // published texts set them: the space is part of the span. Only one, so that the two
    // masked characters of Markdown bold (**770**亿元) never join a number to a unit.
    if n.script == Script::Arabic && one_space(t(p)) > 0 {
        let q = p + one_space(t(p));
        if q <= limit && (lx.mults.prefix_of(t(q)).is_some() || lx.units.prefix_of(t(q)).is_some()) {
            p = q;
        }
    }
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
    let (mut mult, mult_text) = match (mult_here, unit_here) {
        // The longest word wins: 千瓦 is a unit, not 千 + 瓦.
        (Some((ml, &pw)), Some((ul, _))) if ml >= ul && !n.script.is_ratio() => (pw, &s[p..p + ml]),
        (Some((ml, &pw)), None) if !n.script.is_ratio() => (pw, &s[p..p + ml]),
        _ => (0, ""),
    };
    p += mult_text.len();
    // Where the unit starts when a second magnitude word opens it (1.3万多|亿元).
    let mut unit_from = None;
    // A qualifier between the magnitude word and what is counted: 1万余人, 3万多, 15万余农村困难
    // 群众, 280万左右农村人口 (a qualifier written after the unit, 左右 or 以上, only before a
    // noun the lexicon counts); and 1.3万多亿元, where a second magnitude word follows it: the
    // two multiply (万亿), and the unit is written from the second on.
    if !mult_text.is_empty()
        && let Some((len, e, after)) = lx
            .inside
            .prefix_of(t(p))
            .map(|(l, e)| (l, e, false))
            .or_else(|| lx.after.prefix_of(t(p)).filter(|(l, _)| *l > 3).map(|(l, e)| (l, e, true)))
    {
        let q = p + len;
        let second = lx
            .mults
            .prefix_of(t(q))
            .filter(|&(ml, _)| lx.units.prefix_of(t(q + ml)).is_some_and(|(_, e)| e.kind != UnitKind::Noun));
        // What follows the qualifier is counted: a unit, or a noun (for a qualifier written after
        // the unit, a noun the lexicon counts, not right before a place's ending: 20万以上人口县
        // names places by their size, a class, no row).
        let counted = || {
            let (unit, noun) = (lx.units.prefix_of(t(q)), counted_noun(t(q)));
            if after {
                let head = headed(noun);
                (unit.is_some_and(|(_, e)| e.kind != UnitKind::Noun) || head.is_some())
                    && !head.is_some_and(|h| opens_with_place_ending(&t(q)[h.len()..]))
            } else {
                unit.is_some() || !noun.is_empty()
            }
        };
        if let Some((ml, &pw)) = second {
            inside = Some(*e);
            mult += pw;
            unit_from = Some(q);
            p = q + ml;
        } else if counted() {
            inside = Some(*e);
            p = q;
        }
    }
    // And one between the magnitude word and the unit (1.5 万 户), in the same texts.
    if !mult_text.is_empty()
        && n.script == Script::Arabic
        && one_space(t(p)) > 0
        && lx.units.prefix_of(t(p + one_space(t(p)))).is_some()
    {
        p += one_space(t(p));
    }
    let mut entry = None;
    let mut unit_text = "";
    // The noun after a magnitude word, read at most once (the unit check and the reading below).
    let mut noun_run: Option<&str> = None;
    // (With no magnitude word, the unit is the one already looked up at the same place.)
    let unit_at = if mult_text.is_empty() { unit_here } else { lx.units.prefix_of(t(p)) };
    if let Some((len, e)) = unit_at
        && (e.kind != UnitKind::Noun || !mult_text.is_empty())
        // A counted noun that a verb and another counted noun go on from (30.4万企业|退休人员)
        // is read whole below, as a noun after a magnitude word.
        && !(e.kind == UnitKind::Noun
            && noun_run.insert(known_head(counted_noun(&s[p..limit]))).len() > len)
    {
        entry = Some(e);
        unit_text = &s[unit_from.unwrap_or(p)..p + len];
        p += len;
    }
    let per_len = if entry.is_some() { per_tail(t(p)) } else { 0 };
    let per = &s[p..p + per_len];
    p += per_len;
    let mut r = Reading {
        num: *n,
        mult,
        mult_text,
        unit_text,
        per,
        entry,
        end: p,
        inside,
        after: None,
        unknown: false,
        unknown_base: "",
        unknown_dim: Dimension::Other,
    };
    if entry.is_none() && !mult_text.is_empty() {
        // A magnitude word followed directly by a noun: the noun joins span and unit
        // (630余万低收入人口 -> 万低收入人口, base 人).
        let noun = noun_run.unwrap_or_else(|| known_head(counted_noun(&s[p..limit])));
        if !noun.is_empty() {
            r.unit_text = noun;
            r.unknown = true;
            r.end = p + noun.len();
            r.unknown_dim = Dimension::Count;
            r.unknown_base = noun;
            for (k, _) in noun.char_indices() {
                if let Some(e) =
                    lx.units.get(&noun[k..]).filter(|e| matches!(e.kind, UnitKind::Noun | UnitKind::Counter))
                {
                    r.unknown_base = &e.base;
                    break;
                }
            }
        }
        return finish(s, r, limit);
    }
    if entry.is_none() && n.script == Script::Arabic && mult_text.is_empty() {
        // An unknown counter: one ideograph right after the digits, closing the clause
        // (建成XX 15宗。). Clearly a quantity; never silently dropped. It lies inside the text
        // read (`limit`), as every unit does.
        if let Some(c) = char_at(t(p), 0) {
            let q = p + c.len_utf8();
            let next = char_at(s, q);
            let closes = next.is_none_or(|d| is_clause_break(d) || d == '、');
            if is_han(c) && closes && !is_particle(c) {
                r.unit_text = &s[p..q];
                r.unknown_base = r.unit_text;
                r.unknown = true;
                r.end = q;
            }
        }
    }
    finish(s, r, limit)
}

/// Length of a per-unit tail at the start of `t`: a slash and units of `dict/units.tsv` joined
/// by · or a slash (30万吨/日, 2360元/月, 165元/人·月, 5.72公里/平方公里, 27克/千克). The
/// figure is a rate per that unit, and the tail belongs to its span and unit.
fn per_tail(t: &str) -> usize {
    let units = &UNITS.units;
    let mut len = 0;
    let mut rest = t;
    // The first joint is a slash; later ones a slash or · (人·月).
    while let Some(after) = rest.strip_prefix(['/', '／']).or_else(|| rest.strip_prefix('·').filter(|_| len > 0)) {
        let Some((l, _)) = units.prefix_of(after) else { break };
        len += (rest.len() - after.len()) + l;
        rest = &after[l..];
    }
    len
}

fn finish<'a>(s: &'a str, mut r: Reading<'a>, limit: usize) -> Reading<'a> {
    r.after = read_after(s, r.end, limit);
    r
}

/// A qualifier right after the unit (左右, 以上, 以内 …), if any: its effect and end. One space
/// may stand between them.
fn read_after(s: &str, at: usize, limit: usize) -> Option<(Effect, usize)> {
    // One space before it, as between a number and its unit (增长 30% 左右).
    let at = at + one_space(s.get(at..limit)?);
    let (len, e) = UNITS.after.prefix_of(s.get(at..limit)?)?;
    // A one-character qualifier (内, 多) must not be the start of a word (内资企业).
    if len <= 3 && char_at(s, at + len).is_some_and(is_han) {
        return None;
    }
    Some((*e, at + len))
}

/// Whether `c` may be a mark of [`QUOTE_PAIRS`]: one of the General Punctuation quotes
/// (‘’“”) or of the CJK brackets (〈〉《》「」『』).
fn may_quote(c: char) -> bool {
    matches!(c, '\u{2018}'..='\u{201d}' | '\u{3008}'..='\u{300f}')
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
        // (Every quotation mark lies in one of two short blocks: a character outside them, as
        // nearly every one is, is no mark, by one range test instead of a search of the pairs.)
        if !may_quote(c) {
            continue;
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
    let lx = &*UNITS;
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
    if r.entry.is_none() && !r.unknown && !n.script.is_ratio() {
        return true;
    }
    if r.entry.is_some_and(|e| e.kind == UnitKind::Name) {
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
        // Small sums of money are not written in Chinese numerals: 三元 is a company name. (Large
        // ones are, with their magnitude words inside the numeral: 四百二十七亿四千万元.)
        if r.mult == 0
            && !n.bare
            && r.entry.is_some_and(|e| e.dimension == Dimension::Currency)
            && n.value.to_f64() < SMALL_SUM_MAX
        {
            return true;
        }
        // A count that names what follows in quotes (两个“关键小事”, 五个“必须统筹好”): a fixed
        // phrase, not a measured quantity. (A count that sums up a list before it is a row:
        // 哈萨尔和东升路两个市民广场.)
        if char_at(s, r.end) == Some('“') {
            return true;
        }
        if r.entry.is_some_and(|e| e.kind == UnitKind::Ordinal) {
            return true;
        }
        // A count followed by another count in characters (五位一体, 两个一百年, 五个一工程): a fixed
        // phrase made of numbers, a name like 一区两群, not a quantity.
        // (Not when the second count has a unit or counter of its own: 四条一级公路, 三个一号旅游
        // 公路, 五个五年计划 count things.)
        if r.mult == 0 && r.after.is_none() {
            let rest = &s[r.end..];
            let mut cs = rest.chars();
            let second = cs.next().filter(|&c| crate::lang::numerals::cn_digit(c).is_some_and(|d| d > 0));
            if let Some(c) = second {
                let after = &rest[c.len_utf8()..];
                if after.chars().next().is_some_and(is_han) && lx.units.prefix_of(after).is_none() {
                    return true;
                }
            }
        }
        // 百, 千, 万 with no digit need a qualifier (上千万, 超百万): 千家万户 is an idiom.
        if n.bare && before.is_none() {
            return true;
        }
    }
    if let Some(e) = r.entry {
        // Years: 2021年, 1-4 digit years in dates.
        if e.kind == UnitKind::Strict
            && n.script == Script::Arabic
            && n.value.is_integer()
            && n.value.as_u64().is_some_and(|v| (1000..=2999).contains(&v))
        {
            return true;
        }
    }
    // A count of magnitudes (迈上4个万亿元台阶, 3个千亿级产业集群) counts levels, not things.
    if r.entry.is_some_and(|e| e.kind == UnitKind::Counter) && lx.mults.prefix_of(&s[r.end..]).is_some() {
        return true;
    }
    // 亿元级企业, 六个方面, 五次会议.
    let after_end = r.after.map_or(r.end, |(_, e)| e);
    let names = |at: usize| lx.after_unit.prefix_of(&s[at..]).is_some_and(|(_, after)| *after);
    if names(r.end) || names(after_end) {
        return true;
    }
    if n.script == Script::Chinese && structure_follows(s, after_end) {
        return true;
    }
    if article_title(s, r, before.map_or(n.start, |b| b.0), after_end) {
        return true;
    }
    if quoted(s, n.start, r.end) {
        return true;
    }
    let dim = r.entry.map_or(Dimension::Other, |e| e.dimension);
    let following = char_at(s, after_end);
    // Time spans that name something: 15分钟社区生活圈, 24小时不打烊, 7天无理由退货.
    // The level a change starts from (去化周期从19个月减少到12.7个月, 审批时限由300个工作日压缩到
    // 40个工作日): 由/从 before it and a change verb after it.
    let from_level = || {
        let before = &s[s.floor_char_boundary(n.start.saturating_sub(FROM_WINDOW))..n.start];
        FROM_BEFORE.is_match(before)
            && WORDS.prefix(&s[after_end..], role::GROWTH | role::DECLINE | role::LEVEL).is_some()
    };
    if dim == Dimension::Time && r.after.is_none() && following.is_some_and(|c| is_han(c) || c == '“') && !from_level()
    {
        return true;
    }
    // Category thresholds of money with the at-least word before: 超10亿元企业, 投资超3000万
    // 美元的外资项目 (a class noun within a few characters of Han after the figure). Counts,
    // shares and sizes stay (超过100家企业参加, 不低于10万平方米的保障性安居工程).
    if matches!(before, Some((_, Effect::AtLeast))) && dim == Dimension::Currency && class_follows(&s[after_end..]) {
        return true;
    }
    // A measure above a level that picks out a class of things counted in the clause (财政总收入
    // 超10亿元的县（市、区）达到56个, 推进75个投资超3亿元的重点工业项目, 成为全省第4个吞吐量超
    // 千万人次的机场): the level names the class and is no row. A size of one thing stays (总投资
    // 超100亿元的医院: nothing is counted).
    if let Some((q, Effect::AtLeast)) = before
        && s[..q].chars().next_back().is_some_and(is_han)
        && class_of_counted(s, q, after_end)
    {
        return true;
    }
    // Category thresholds: 10亿元以上项目, 65岁以上老年人, and one followed by its count
    // (其中10亿元以上8户, 10 亿元以上 8 户). Counts and shares stay (新建10家以上智能工厂,
    // 80%以上的行政村).
    if let Some((Effect::AtLeast | Effect::AtMost, _)) = r.after {
        let is_threshold_word = {
            let w = &s[r.end..after_end];
            w.contains("以上") || w.contains("以下")
        };
        let next = char_at(s, after_end + one_space(&s[after_end..]));
        if is_threshold_word
            && next.is_some_and(|c| is_han(c) || c == '“' || c.is_ascii_digit())
            && (!matches!(dim, Dimension::Count | Dimension::Percent)
                || dim == Dimension::Count && figure_after_class(&s[after_end..]))
        {
            return true;
        }
    }
    false
}

/// Whether the noun after a count and its threshold word is itself followed by a figure in
/// digits, with no list mark or joining word between (20层以上高层|13栋, 100户以上自然村公厕|550座,
/// 20户以上自然村|4G网络覆盖率达到88.04%): the count then names a class of the things the next
/// figure counts or measures, as 10亿元以上项目23个 does, and is no row (the golds' category
/// thresholds, round 37). A count whose noun ends the clause or a list item counts those things
/// (新建10家以上智能工厂；, 新增30家以上规上企业和10家…), as does one before a class named with 的
/// (新增10个以上集体经济收入过100万元的村).
fn figure_after_class(t: &str) -> bool {
    for (noun, (i, c)) in t.char_indices().enumerate() {
        if c.is_ascii_digit() {
            // (A figure with 的 after its unit is a class of its own, and the count counts it:
            // 新建1个以上销售收入超5000万元的跨境电商园区.)
            let rest = t[i..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
            let de = rest.chars().take_while(|&c| is_han(c)).take(4).any(|c| c == '的');
            return noun > 0 && !de;
        }
        if !is_han(c) || matches!(c, '和' | '及' | '与' | '或' | '、') || noun >= CLASS_COUNT_WINDOW {
            return false;
        }
    }
    false
}

/// Most characters of the noun of a class of counted things before the figure that follows it.
const CLASS_COUNT_WINDOW: usize = 10;

/// Whether a `structure` noun of dict/units.tsv follows the count and ends there (六项工作。,
/// 四项安全：, 四个环节，): the count only structures the speech or names a set of tasks. A
/// noun that goes on is another noun (三项改革试点, 四个重点项目).
fn structure_follows(s: &str, at: usize) -> bool {
    let t = &s[at..];
    UNITS.structure.prefix_of(t).is_some_and(|(l, _)| !t[l..].chars().next().is_some_and(|c| is_han(c) && c != '的'))
}

/// Whether a count of articles (`article`: 条) with nothing counted after it is a policy
/// document's short title (出台…工业稳增长新12条、扶持中小企业发展28条以及…42条等一揽子政策措施):
/// a `title` verb stands before it in its clause or a `policy` noun after it, and no `policy`
/// or `counted` noun right before it (措施300多条 counts measures, 精品线路7条 routes). Counts
/// with a magnitude word (50万条) are no titles. `q` is where the figure's qualifier starts.
fn article_title(s: &str, r: &Reading, q: usize, after_end: usize) -> bool {
    let lx = &*UNITS;
    if r.mult != 0 || lx.article.get(r.unit_text).is_none() {
        return false;
    }
    let rest = &s[after_end..];
    let bare = match rest.chars().next() {
        None => true,
        Some(c) if !is_han(c) && !c.is_ascii_alphanumeric() => true,
        Some(_) => ["等", "以及", "及", "和"].iter().any(|p| rest.starts_with(p)),
    };
    if !bare {
        return false;
    }
    let stop = |c: char| is_clause_break(c) && !matches!(c, '（' | '(' | '）' | ')');
    let start = s[..q].rfind(stop).map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    let before = &s[start..q];
    let noun = before.trim_end_matches(|c: char| !is_han(c));
    if lx.policy.suffix_of(noun).is_some() || lx.counted.suffix_of(noun).is_some() {
        return false;
    }
    let end = rest.find(stop).map_or(s.len(), |i| after_end + i);
    let after = &s[after_end..end];
    let holds = |w: &Words<()>, t: &str| t.char_indices().any(|(i, _)| w.prefix_of(&t[i..]).is_some());
    holds(&lx.title, before) || holds(&lx.policy, after)
}

/// Does a class noun (`class` of dict/qualifiers.tsv) end the run of Han characters that
/// starts `t`, within [`CLASS_WINDOW`] characters (的 first allowed)? `企业50户`, `的制造业项目`,
/// `农产品加工项目35个`: yes; `，项目…`: no.
fn class_follows(t: &str) -> bool {
    let t = t.strip_prefix('的').unwrap_or(t);
    let mut end = 0;
    for (i, c) in t.char_indices().take(CLASS_WINDOW) {
        if !is_han(c) && !matches!(c, '“' | '”') {
            break;
        }
        end = i + c.len_utf8();
    }
    let run = &t[..end];
    UNITS.class.iter().any(|w| run.contains(w.as_str()))
}

/// Whether the figure ending at `end` is followed by 的 and a noun, and its clause counts things
/// (a numeral and a counter) before the at-least word at `q` or after the noun: 的县…达到56个.
fn class_of_counted(s: &str, q: usize, end: usize) -> bool {
    let after = s[end..].strip_prefix("以上").unwrap_or(&s[end..]);
    let Some(noun) = after.strip_prefix('的') else { return false };
    if !noun.chars().next().is_some_and(is_han) {
        return false;
    }
    // (An aside does not end the clause: 的县（市、区）达到56个.)
    let stop = |c: char| crate::lang::marks::is_clause_mark(c) && c != '、' || c == '\n';
    let start = s[..q].rfind(stop).map_or(0, |k| k + s[k..].chars().next().map_or(1, char::len_utf8));
    let clause_end = noun.find(stop).unwrap_or(noun.len());
    counts(&s[start..q]) || counted_after(&noun[..clause_end])
}

/// Whether the noun of a class is counted right after it (县（市、区）达到56个), not within a
/// list of named things (尚志、亚布力抽水蓄能电站和国能、大唐、华电4台…): a count within a
/// dozen characters, asides left out, with no list mark before it.
fn counted_after(t: &str) -> bool {
    let mut bare = String::new();
    let mut depth = 0;
    for c in t.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth -= 1,
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    let head: String = bare.chars().take(12).collect();
    first_count(&head).is_some_and(|i| !head[..i].contains(['、', '和', '及']))
}

/// Whether `t` holds a numeral followed by a counter (75个, 56个, 第4个; not the article 一 of
/// 一处, 一座: one thing, whose size is no class).
fn counts(t: &str) -> bool {
    first_count(t).is_some()
}

/// Where the first numeral followed by a counter starts in `t`.
fn first_count(t: &str) -> Option<usize> {
    let numeral = |c: char| crate::lang::numerals::digit(c).is_some() || crate::lang::numerals::cn_digit(c).is_some();
    t.char_indices().find_map(|(i, c)| {
        if !numeral(c) || t[..i].chars().next_back().is_some_and(numeral) {
            return None;
        }
        let rest = t[i..].trim_start_matches(numeral);
        let run = &t[i..t.len() - rest.len()];
        let counter = UNITS.units.prefix_of(rest).is_some_and(|(_, e)| e.kind == UnitKind::Counter);
        (counter && run != "一").then_some(i)
    })
}

/// Most characters between a threshold figure and its class noun, the noun included.
const CLASS_WINDOW: usize = 8;

/// A qualifier right before a number: (where it starts, its effect).
fn read_before(s: &str, n: &Number, floor: usize) -> Option<(usize, Effect)> {
    let lx = &*UNITS;
    let whole = s.get(floor..n.start).unwrap_or("");
    // One space between a qualifier and a number in digits (突破 7 亿美元), as for units.
    let t = match whole.chars().next_back() {
        Some(sp) if is_inline_space(sp) && n.script == Script::Arabic => &whole[..whole.len() - sp.len_utf8()],
        _ => whole,
    };
    let gap = whole.len() - t.len();
    // (A qualifier that only ends a listed verb is none: 签约|947户, 节约|3亿元 are no 约.)
    let in_verb = |l: usize| WORDS.suffix(t, role::ANY_VERB).is_some_and(|v| v > l);
    let mut best = lx.before.suffix_of(t).filter(|(l, _)| !in_verb(*l)).map(|(l, e)| (n.start - gap - l, *e));
    if n.script != Script::Arabic
        && let Some((l, e)) = lx.before_cn.suffix_of(t)
        && best.is_none_or(|(st, _)| n.start - gap - l < st)
    {
        best = Some((n.start - gap - l, *e));
    }
    // 投资过3亿元的: 过 right after a measure named alone, the level of a class (的 within a
    // unit's length after the number), or with a class noun right after its unit (营业收入过10亿元
    // 企业15家, as 超10亿元企业 reads; round 39).
    let after = s.get(n.end..).unwrap_or_default();
    // (A class noun only after a sum of money: 营收过百亿企业 has no unit, and its 过 no figure.)
    let money = || {
        let unit = after.trim_start_matches(|c: char| crate::lang::numerals::cn_unit(c).is_some());
        lx.units.prefix_of(unit).is_some_and(|(_, u)| u.dimension == Dimension::Currency)
    };
    let names_class = || {
        after.chars().take_while(|&c| c != '的' && is_han(c)).count() <= 4 && after.chars().take(6).any(|c| c == '的')
            || money() && class_follows(after)
    };
    // (The measure is shared by the next item of its list: …过10亿元企业5家以上、|过百亿元企业5家.)
    let shared = |head: &str| head.ends_with('、') && money() && class_follows(after);
    if best.is_none()
        && let Some((l, e)) = lx.after_measure.suffix_of(t)
        && (WORDS.suffix(&t[..t.len() - l], role::GENERIC).is_some() && names_class() || shared(&t[..t.len() - l]))
    {
        best = Some((n.start - gap - l, *e));
    }
    best
}

/// Range connectors between two numbers: 5%—5.5%, 6至8个, 5~6个.
fn range_connector(s: &str, at: usize) -> Option<usize> {
    const CONNECTORS: [&str; 9] = ["——", "—", "－", "-", "–", "~", "～", "至", "到"];
    let t = &s[at..];
    CONNECTORS.iter().find(|c| t.starts_with(**c)).map(|c| at + c.len())
}

/// `r` with the unit and magnitude of `from`: the low end of a range or a bare item of a list,
/// written without the unit its high end or last item carries.
fn with_unit_of<'a>(r: &Reading<'a>, from: &Reading<'a>) -> Reading<'a> {
    Reading { mult: from.mult, mult_text: from.mult_text, unit_text: from.unit_text, entry: from.entry, ..r.clone() }
}

/// Whether a reading is a bare figure in digits: no unit, magnitude word, 余/多 or qualifier after it.
fn bare(r: &Reading) -> bool {
    r.num.script == Script::Arabic
        && r.entry.is_none()
        && r.mult_text.is_empty()
        && !r.unknown
        && r.inside.is_none()
        && r.after.is_none()
}

/// The words that join the items of a list of figures.
const LIST_JOINS: [&str; 5] = ["、", "和", "及", "与", "或"];

/// Whether bare figure `nums[i]` opens a line or a clause and a 、 follows it (7、79个建制镇):
/// 7、 numbers a list item, and borrows no unit.
fn numbers_an_item(s: &str, nums: &[Number], i: usize, floor: usize) -> bool {
    let head = s[floor..nums[i].start].trim_end_matches(is_inline_space);
    let opens = head.chars().next_back().is_none_or(|c| is_sentence_mark(c) || matches!(c, '：' | ':' | '\n'));
    opens && s[nums[i].end..].starts_with('、')
}

/// The reading of the last item of a list that goes on after bare figure `nums[i]` and holds the
/// unit written once for all (25.5、45个百分点 → 45个百分点), if the items between are bare
/// figures joined by a list word and that last item is a quantity. A list whose last item is
/// not one (2019、2020年; 1、2号线) lends nothing. Also the index where the walk stopped: every
/// bare item before it walks to the same place and gets the same answer, so the caller asks once
/// per list, not once per item (a line of thousands of bare figures stays linear).
fn list_unit<'a>(
    s: &'a str,
    nums: &[Number],
    i: usize,
    line_end: &dyn Fn(usize) -> usize,
    floor: usize,
    body_start: usize,
) -> (usize, Option<Reading<'a>>) {
    for j in i + 1..nums.len() {
        let joined = s.get(nums[j - 1].end..nums[j].start).is_some_and(|gap| LIST_JOINS.contains(&gap));
        if !joined {
            return (j, None);
        }
        let r = read(s, &nums[j], line_end(nums[j].end));
        if bare(&r) {
            continue;
        }
        let before = read_before(s, &nums[j], floor);
        let holds = r.num.script == Script::Arabic && r.entry.is_some() && before.is_none();
        return (j, (holds && !excluded(s, &r, before, body_start)).then_some(r));
    }
    (nums.len(), None)
}

/// A quantity under construction: the reading and the qualifier chosen.
pub(super) struct Candidate<'a> {
    pub(super) r: Reading<'a>,
    pub(super) q_start: usize,
    pub(super) q_end: usize,
    pub(super) qualifier: Effect,
    /// Unit, magnitude and entry borrowed from the high end of a range.
    pub(super) borrowed: Option<Reading<'a>>,
    pub(super) ratio_end: Option<usize>,
    pub(super) range_hi: bool,
}

/// Recognise the quantities of `s[range]`, in order, without measure and subject.
///
/// (Longer than 100 lines on purpose: one pass over the numbers in which a ratio or a range
/// consumes the number after it (`skip_until`), so the three shapes, ratio, range and single
/// figure, are tried in order on the same reading and share the line bounds; split apart they
/// would each need that state passed back and forth.)
pub(super) fn recognise<'a>(s: &'a str, range: std::ops::Range<usize>) -> Vec<Candidate<'a>> {
    let nums = numbers::scan(s, range.clone());
    // (About one candidate per number: room made once, not grown through a long report.)
    let mut out: Vec<Candidate> = Vec::with_capacity(nums.len());
    let mut skip_until = 0usize;
    // The last walk over a list of bare figures: where it stopped, and the item lending its unit.
    let mut list_memo: Option<(usize, Option<Reading>)> = None;
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
                out.push(Candidate {
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
                let low = if r.entry.is_some() { r.clone() } else { with_unit_of(&r, &r2) };
                let borrowed = r.entry.is_none();
                if !excluded(s, &low, before, range.start)
                    || borrowed && !quoted(s, n.start, r2.end) && !matches!(before, Some((_, Effect::Not)))
                {
                    let hi_after = r2.after.map_or(r2.end, |(_, e)| e);
                    out.push(Candidate {
                        q_start: before.map_or(n.start, |b| b.0),
                        q_end: if borrowed { n.end } else { r.end },
                        qualifier: Effect::AtLeast,
                        r: if borrowed { Reading { end: n.end, ..r.clone() } } else { r.clone() },
                        borrowed: borrowed.then(|| r2.clone()),
                        ratio_end: None,
                        range_hi: false,
                    });
                    out.push(Candidate {
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

        // A bare figure of a list whose unit is written once, after the last item
        // (分别提高25.5、45个百分点; 分别达到700、800亿元): it borrows that item's unit and
        // magnitude, as the low end of a range does, and its span is the digits alone.
        if bare(&r) && !numbers_an_item(s, &nums, i, floor) {
            if list_memo.as_ref().is_none_or(|(stop, _)| *stop <= i) {
                list_memo = Some(list_unit(s, &nums, i, &line_end, floor, range.start));
            }
            if let Some((_, Some(last))) = &list_memo {
                if !excluded(s, &with_unit_of(&r, last), before, range.start) {
                    out.push(Candidate {
                        q_start: before.map_or(n.start, |b| b.0),
                        q_end: n.end,
                        qualifier: before.map_or(Effect::Exact, |b| b.1),
                        r: Reading { end: n.end, ..r.clone() },
                        borrowed: Some(last.clone()),
                        ratio_end: None,
                        range_hi: false,
                    });
                }
                continue;
            }
        }
        if excluded(s, &r, before, range.start) {
            continue;
        }
        // A strict unit (年) counts only at the end of a clause after a linking verb:
        // 受教育年限达到11.2年, not 今后五年, 五年来, 三年行动.
        if r.entry.is_some_and(|e| e.kind == UnitKind::Strict) {
            let closes = r.after.is_some() || char_at(s, r.end).is_none_or(|c| is_clause_break(c) || c == '、');
            let q0 = before.map_or(n.start, |b| b.0);
            let linked = ends_with_link(&s[floor..q0]);
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
        out.push(Candidate {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The range test before the search of the quotation pairs lets every mark through.
    #[test]
    fn every_quotation_mark_may_quote() {
        for &(open, close) in QUOTE_PAIRS {
            assert!(may_quote(open) && may_quote(close), "{open}{close}");
        }
        assert!(!may_quote('政') && !may_quote('，') && !may_quote('"'));
    }
}
