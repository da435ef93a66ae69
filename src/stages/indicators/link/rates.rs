//! Rates and changes: rates named alone that take the owner of the rate before them (收集率、
//! 处理率), a change verb left out of a carried subject (五年增长1.2倍), gaps (高于全区0.5个百分点)
//! and per-head changes (年人均提高). They depend on the measure of the figure, not on its noun.

use super::words::{POINTS, measure_suffix};
use crate::lang::marks::is_clause_break;
use crate::stages::indicators::clause::{between, clause_start, strip_links};
use crate::stages::indicators::mention::Mention;
use crate::stages::indicators::subject::strip_leading;
use crate::stages::indicators::vocabulary::{WORDS, pattern_words, role};
use crate::vocab::Measure;

/// The `rate_end` words of `dict/subject_words.tsv` (率): the end of a rate's name.
static RATE_END: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::RateEnd));

/// Whether `t` is a rate named alone: two or three ideographs ending in a `rate_end` word
/// (处理率, 开工率), short enough to be a measure word with no owner of its own.
fn short_rate(t: &str) -> bool {
    (2..=3).contains(&t.chars().count())
        && t.chars().all(crate::lang::chars::is_han)
        && RATE_END.iter().any(|w| t.ends_with(w.as_str()))
}

/// Length in bytes of the rate word of three characters that closes `t` (电视|覆盖率, 初中|入学率),
/// when at least two characters stand before it; None when `t` ends in no `rate_end` word.
pub(super) fn rate_suffix(t: &str) -> Option<usize> {
    let (k, _) = t.char_indices().rev().nth(2)?;
    (short_rate(&t[k..]) && t[..k].chars().count() >= 2).then_some(t.len() - k)
}

/// The owner a rate named alone (`item`, see [`short_rate`]) takes from the rate item before it
/// in its list: that item's words before its own measure word, taken of the same length as
/// `item` (城市污水|收集率、处理率 -> 城市污水; 签约项目|履约率、开工率 -> 签约项目). The owner is
/// a noun of two characters or more that is no measure, rate, scope or verb itself.
pub(super) fn rate_owner<'a>(first: &'a str, item: &str) -> Option<&'a str> {
    if !short_rate(item) || !RATE_END.iter().any(|w| first.ends_with(w.as_str())) {
        return None;
    }
    let n = item.chars().count();
    let cut = first.char_indices().rev().nth(n - 1)?.0;
    let owner = &first[..cut];
    let fits = owner.chars().count() >= 2
        && owner.chars().all(crate::lang::chars::is_han)
        && !WORDS.has(owner, role::SCOPE | role::ANY_VERB)
        && WORDS.suffix(owner, role::ANY_VERB).is_none()
        && measure_suffix(owner).is_none()
        && !RATE_END.iter().any(|w| owner.ends_with(w.as_str()))
        && !owner.ends_with(['、', '和', '及']);
    fits.then_some(owner)
}

/// Rates named alone after the first item of a list take the first item's owner (城市污水收集率、
/// 处理率 -> 城市污水处理率), each from the rate item right before it.
pub(super) fn with_rate_owner(mut items: Vec<String>) -> Vec<String> {
    for j in 1..items.len() {
        if let Some(owner) = rate_owner(&items[j - 1], &items[j]) {
            items[j] = format!("{owner}{}", items[j]);
        }
    }
    items
}

/// The change verb that closes the words before a figure (五年增长|1.2倍), links left out.
pub(super) fn change_verb(raw: &str) -> Option<&str> {
    let t = strip_links(raw.trim_end());
    let l = WORDS.suffix(t, role::GROWTH | role::DECLINE)?;
    Some(&t[t.len() - l..])
}

/// The subject `p` of the figure `m` before, for a figure `this` that continues it: a multiple's
/// change verb is left out (五年增长1.2倍，年均增长12.8% is about 生产总值, not 生产总值增长), and
/// so is an absolute change's before a growth rate (民生支出133亿元，增支15亿元，增长13%: the rate
/// is the level's, 民生支出, not its change's).
pub(super) fn before_multiple<'a>(m: &Mention, this: &Mention, p: &'a str) -> &'a str {
    let change = m.measure == Measure::Amount && this.measure == Measure::GrowthRate && m.unit_base != "%";
    match WORDS.suffix(p, role::GROWTH | role::DECLINE) {
        Some(l) if (m.unit_base == "倍" || change) && p[..p.len() - l].chars().count() >= 2 => &p[..p.len() - l],
        _ => p,
    }
}

/// `p` without the change verb that closes it (高速公路通车里程增加 -> 高速公路通车里程).
pub(super) fn without_change(p: &str) -> &str {
    match WORDS.suffix(p, role::GROWTH | role::DECLINE) {
        Some(l) if p[..p.len() - l].chars().count() >= 2 => &p[..p.len() - l],
        _ => p,
    }
}

/// The `gap` words of `dict/subject_words.tsv` (高于, 低于, 快于 …), longest first.
pub(super) static GAP: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Gap));

/// The subject of a gap (高于全区|0.5个百分点) after figure `prev` of its sentence: `prev`'s
/// subject, with its change when it is a growth rate (地区生产总值 -> 地区生产总值增长), and the
/// comparison. Not for a list of bases or figures (分别高于全国、全省…), nor after another gap.
pub(super) fn gap_of(left: &str, prev: &Mention) -> Option<String> {
    if !GAP.iter().any(|w| left.starts_with(w.as_str()) && left.len() > w.len()) && !comparative_gap(left) {
        return None;
    }
    if left.contains(['、', '和']) {
        return None;
    }
    let p = prev.subject.as_deref().filter(|p| !p.is_empty())?;
    if GAP.iter().any(|w| p.contains(w.as_str())) {
        return None;
    }
    let change = match prev.measure {
        _ if WORDS.suffix(p, role::GROWTH | role::DECLINE).is_some() => "",
        Measure::GrowthRate if prev.value_base < 0.0 => "下降",
        Measure::GrowthRate => "增长",
        Measure::AvgGrowthRate => "年均增长",
        _ => "",
    };
    Some(format!("{p}{change}{left}"))
}

/// The gap a `分别` list of percentage points states (增速比预期目标|分别低|1个百分点和近7个百分点):
/// the comparison that closes the words before 分别 (比预期目标, a base as [`comparative_gap`]
/// reads it) and the direction after it (低, 高于), as (base, gap: 比预期目标低). Each item is then
/// a gap, named as one (工业增加值增速比预期目标低), not the statistic compared (round 31).
pub(super) fn gap_of_respectively(left: &str, m: &Mention) -> Option<(String, String)> {
    if m.unit_base != POINTS {
        return None;
    }
    let k = left.rfind("分别")?;
    let dir = left[k + "分别".len()..].trim();
    let one = dir.chars().count() == 1 && GAP.iter().any(|w| w.starts_with(dir));
    if !one && !GAP.iter().any(|w| w == dir) {
        return None;
    }
    let before = left[..k].trim_end();
    let j = before.rfind(['比', '较'])?;
    let base = &before[j..];
    let first = dir.chars().next()?;
    comparative_gap(&format!("{base}{first}")).then(|| (base.to_string(), format!("{base}{dir}")))
}

/// Whether `left` is a gap written with 比 or 较 (比控制目标|低): a base of two to ten ideographs
/// that is no period compared with (比上年 is a change, not a gap), then the direction, the first
/// character of a `gap` word (高于, 低于 …); the base may be quoted (比“十二五”高). After a level (城镇登记失业率为4.35%，比控制目标低
/// 0.65个百分点) the gap is the level's, as 低于全国 is.
fn comparative_gap(left: &str) -> bool {
    let Some(rest) = left.strip_prefix(['比', '较']) else { return false };
    let Some(dir) = rest.chars().next_back() else { return false };
    let base = unquoted(&rest[..rest.len() - dir.len_utf8()]);
    let base = base.as_str();
    GAP.iter().any(|w| w.starts_with(dir))
        && (2..=10).contains(&base.chars().count())
        && base.chars().all(crate::lang::chars::is_han)
        && WORDS.prefix(left, role::COMPARE | role::GROWTH | role::DECLINE).is_none()
}

/// The subject of figure `i` with nothing before it of its own but a time or an adverb, after a gap
/// (figure `i - 1`) on figure `i - 2`: a figure of another kind than the gap continues the thing
/// compared, without its change (工业投资年均增长10.2%，比“十二五”高3.2个百分点，近两年均突破
/// 1000亿元 -> 工业投资, not the gap's words).
pub(super) fn compared_before_gap(ms: &[Mention], i: usize) -> Option<String> {
    let (gap, compared) = (ms.get(i.checked_sub(1)?)?, ms.get(i.checked_sub(2)?)?);
    let g = gap.subject.as_deref()?;
    let p = compared.subject.as_deref().filter(|p| p.chars().count() >= 2)?;
    let mut rest = g.strip_prefix(p)?;
    while let Some(l) = WORDS.prefix(rest, role::GROWTH | role::DECLINE | role::AVG).filter(|&l| l > 0) {
        rest = &rest[l..];
    }
    let gapped = rest.starts_with(['比', '较']) || GAP.iter().any(|w| rest.starts_with(w.as_str()));
    (gapped && gap.unit_base != ms[i].unit_base && compared.unit_base != ms[i].unit_base)
        .then(|| without_change(p).to_string())
}

/// `t` without its quotation marks: a plan named in a base (比“十二五”|高, 比“十四五”目标|低) is
/// a base of ideographs as a plain one is.
fn unquoted(t: &str) -> String {
    t.chars().filter(|c| !matches!(c, '“' | '”' | '‘' | '’' | '"' | '「' | '」')).collect()
}

/// The `pull` words of `dict/subject_words.tsv` (拉动, 带动).
static PULL: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Pull));

/// The subject of a contribution in percentage points (拉动经济增长|1.4个百分点) after figure `prev`
/// of its sentence: what `prev` measures, without its change, pulls the growth
/// (社会消费品零售总额增长16.4%，拉动经济增长1.4个百分点 -> 社会消费品零售总额拉动经济增长).
pub(super) fn pull_of(left: &str, prev: &Mention, this: &Mention) -> Option<String> {
    PULL.iter().find(|w| left.starts_with(w.as_str()) && left.len() > w.len())?;
    if !this.unit_base.ends_with(POINTS) {
        return None;
    }
    let p = prev.subject.as_deref().filter(|p| p.chars().count() >= 2)?;
    if PULL.iter().any(|w| p.contains(w.as_str())) || GAP.iter().any(|w| p.contains(w.as_str())) {
        return None;
    }
    Some(format!("{}{left}", without_change(p)))
}

/// The `per_head` words of `dict/subject_words.tsv` (人均, 年人均, 月人均 …), longest first.
pub(super) static PER_HEAD: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::PerHead));

/// The owner of a per-head change with none of its own (年人均提高, 城镇年人均提高: a part word,
/// a `per_head` word and a change verb) in the clause before it in its sentence, when that clause
/// states the same kind of change of a thing and holds no figure (企业退休人员养老金标准继续
/// 提高，年人均提高2556元 -> 企业退休人员养老金标准年人均提高). Clauses of the same kind between
/// are passed over (城乡最低生活保障标准逐年提高，城镇年人均提高600元，农村年人均提高200元), and a
/// part word picks its part of a paired owner (城乡… -> 农村…, from the `pair` words).
pub(super) fn per_head_owner(x: &str, s: &str, floor: usize, from: usize) -> Option<String> {
    let verb_len = WORDS.suffix(x, role::GROWTH)?;
    let head = &x[..x.len() - verb_len];
    let per = PER_HEAD.iter().find(|w| head.ends_with(w.as_str()))?;
    let part = &head[..head.len() - per.len()];
    if part.chars().count() > 2 || from <= floor {
        return None;
    }
    let digit = |c: char| crate::lang::numerals::digit(c).is_some();
    let mut at = clause_start(s, floor, from);
    for _ in 0..4 {
        if at <= floor {
            return None;
        }
        let t = between(s, floor, at).trim_end_matches(|c: char| is_clause_break(c) || c == ' ');
        let start = clause_start(s, floor, floor + t.len());
        let c = between(s, start, floor + t.len()).trim();
        at = start;
        if c.chars().any(digit) {
            // A sibling per-head change (城镇年人均提高600元) is passed over; anything else ends the search.
            if PER_HEAD.iter().any(|w| c.contains(w.as_str())) {
                continue;
            }
            return None;
        }
        let l = WORDS.suffix(c, role::GROWTH)?;
        let mut owner = &c[..c.len() - l];
        while let Some(k) = WORDS.suffix(owner, role::ADVERB | role::TIME | role::LINK).filter(|&k| k < owner.len()) {
            owner = &owner[..owner.len() - k];
        }
        let owner = strip_leading(owner);
        if owner.chars().count() < 2 || WORDS.prefix(owner, role::ANY_VERB).is_some() {
            return None;
        }
        let owner = if part.is_empty() { owner.to_string() } else { with_part(owner, part) };
        return Some(format!("{owner}{per}{}", &x[x.len() - verb_len..]));
    }
    None
}

/// `owner` for one part of it: a leading `pair` word is replaced by the part it names
/// (城乡最低生活保障标准 + 农村 -> 农村最低生活保障标准); otherwise the part goes before it.
fn with_part(owner: &str, part: &str) -> String {
    match WORDS.pair_prefix(owner) {
        Some((word, parts)) if let Some(p) = parts.iter().find(|p| p.starts_with(part)) => {
            format!("{p}{}", &owner[word.len()..])
        }
        _ => format!("{part}{owner}"),
    }
}
