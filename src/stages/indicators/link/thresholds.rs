//! Thresholds and milestones: a subject that is only a category threshold (10亿元以上), the
//! statistic named before a milestone passed (跨过两个万亿元大关) (levels written in the subject
//! that are no part of what is measured), and the class a threshold figure makes of the noun a
//! count follows (20层以上高层13栋).

use super::words::THRESHOLD;
use crate::stages::indicators::mention::Mention;
use crate::stages::indicators::units::UNITS;
use crate::stages::indicators::vocabulary::{WORDS, role};
use crate::vocab::Dimension;

/// A subject that is only a category threshold: a figure with its unit and a `threshold` word
/// of `dict/subject_words.tsv` (10 亿元以上, 5000万元以下).
pub(super) static THRESHOLD_ONLY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    let words: Vec<String> = THRESHOLD.iter().map(|w| regex::escape(w)).collect();
    regex::Regex::new(&format!(r"^[0-9０-９.．]+\s?[万亿千百]*\s?[\p{{Han}}]{{0,2}}\s?(?:{})$", words.join("|")))
        .expect("escaped words make a valid regex")
});

/// A subject that opens with an at-least class of money (超亿元, 超10亿元, 过百亿元: an at-least
/// word of `before` in dict/qualifiers.tsv, digits or magnitude words, a currency unit), with
/// the head noun it classes after it or none (超亿元|项目): the class and the head.
pub(super) fn at_least_class(x: &str) -> Option<(&str, &str)> {
    let units = &*UNITS;
    let (l, e) = units.before.prefix_of(x)?;
    if *e != crate::lexicon::QualifierEffect::AtLeast {
        return None;
    }
    let rest = &x[l..];
    let mut numeral = 0;
    while let Some(c) = rest[numeral..].chars().next() {
        match units.mults.prefix_of(&rest[numeral..]) {
            Some((m, _)) => numeral += m,
            None if crate::lang::numerals::digit(c).is_some() || matches!(c, '.' | '．') => numeral += c.len_utf8(),
            None => break,
        }
    }
    let (u, unit) = units.units.prefix_of(&rest[numeral..])?;
    if numeral == 0 || unit.dimension != Dimension::Currency {
        return None;
    }
    let end = l + numeral + u;
    let head = x[end..].strip_prefix('的').unwrap_or(&x[end..]);
    (head.is_empty() || (head.chars().count() >= 2 && head.chars().all(crate::lang::chars::is_han)))
        .then_some((&x[..end], head))
}

/// The whole an at-least class after 其中 is a part of (去年新签约产业项目…，其中超亿元项目141个): in
/// the subject of the figure before (`before`), the words up to its last `head` (新签约产业项目),
/// or, with no head, the noun after its last 的 or the whole subject when the figure before
/// counts in the same unit (`same_unit`). Short, with no figure or class of its own.
pub(super) fn whole_of_class<'a>(before: &'a str, head: &str, same_unit: bool) -> Option<&'a str> {
    let noun = if head.is_empty() {
        let noun = before.rfind('的').map_or(before, |k| &before[k + '的'.len_utf8()..]);
        noun.chars().next().filter(|_| same_unit)?;
        noun
    } else {
        let k = before.rfind(head)?;
        let noun = &before[..k + head.len()];
        let noun = noun.rfind('的').map_or(noun, |j| &noun[j + '的'.len_utf8()..]);
        (noun.len() > head.len()).then_some(noun)?
    };
    let own_class = noun.chars().any(|c| crate::lang::numerals::digit(c).is_some())
        || noun.char_indices().any(|(k, _)| {
            UNITS.before.prefix_of(&noun[k..]).is_some_and(|(_, e)| *e == crate::lexicon::QualifierEffect::AtLeast)
        });
    (noun.chars().count() <= 10 && !own_class).then_some(noun)
}

/// The statistic of a subject that ends with the milestone it passed (地区生产总值连跨两个万亿元
/// 台阶, 经济总量跨过两个万亿元大关, 地区生产总值连续跨越“300亿元”“400亿元”): the words before the
/// at-least word (`before` of dict/qualifiers.tsv) that opens the milestone, a manner adverb
/// before it (连续) left out. The milestone is a `milestone` noun or a quoted level at the end.
pub(super) fn before_milestone(x: &str) -> Option<&str> {
    let quoted_level = x.ends_with('”') && x.rsplit('“').next().is_some_and(|q| q.chars().any(|c| c.is_ascii_digit()));
    if WORDS.suffix(x, role::MILESTONE).is_none() && !quoted_level {
        return None;
    }
    let units = &*UNITS;
    let at = x.char_indices().skip(2).find_map(|(i, _)| {
        units.before.prefix_of(&x[i..]).filter(|(_, e)| **e == crate::lexicon::QualifierEffect::AtLeast).map(|_| i)
    })?;
    // (A level passed, not a comparison: 高于全省平均水平 names no milestone.)
    let level = |i: usize| {
        let t = &x[i..];
        t.starts_with('新')
            || t.starts_with('“')
            || crate::lang::numerals::digit(t.chars().next().unwrap_or(' ')).is_some()
            || crate::lang::numerals::cn_digit(t.chars().next().unwrap_or(' ')).is_some()
            || units.mults.prefix_of(t).is_some()
    };
    let after = at + units.before.prefix_of(&x[at..]).map_or(0, |(l, _)| l);
    if !level(after) {
        return None;
    }
    let head = &x[..at];
    let head = match WORDS.suffix(head, role::ADVERB) {
        Some(l) if l < head.len() => &head[..head.len() - l],
        _ => head,
    };
    (head.chars().count() >= 2).then_some(head)
}

/// The statistic of a subject left ending with the at-least word that opened a milestone whose
/// level was taken away as a figure of its own (地区生产总值跨越|3个千亿元台阶|，达到1.5万亿元 ->
/// 地区生产总值跨越): the words before that word, when they name a coded statistic (`named`),
/// since a statistic followed by an at-least verb can only be passing a level. A noun use of
/// the word (取得新突破) has no statistic before it, and stays.
/// The level may also stay in the subject, written without a figure of its own
/// (城镇居民人均可支配收入突破万元，达到10300元 -> 城镇居民人均可支配收入): see [`bare_level`].
pub(super) fn before_cut_milestone(x: &str, named: impl Fn(&str) -> bool) -> Option<&str> {
    let at = x.char_indices().skip(2).map(|(i, _)| i).find(|&i| {
        UNITS.before.prefix_of(&x[i..]).is_some_and(|(l, e)| {
            *e == crate::lexicon::QualifierEffect::AtLeast && (i + l == x.len() || bare_level(&x[i + l..]))
        })
    })?;
    let head = &x[..at];
    named(head).then_some(head)
}

/// Whether `t` is only a level: digits or a multiplier, then a unit (万元, 千亿元, 100亿元).
fn bare_level(t: &str) -> bool {
    let units = &*UNITS;
    let figure =
        t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || crate::lang::numerals::cn_digit(c).is_some());
    let mut rest = figure;
    while let Some((l, _)) = units.mults.prefix_of(rest) {
        rest = &rest[l..];
    }
    rest.len() < t.len() && !rest.is_empty() && units.units.get(rest).is_some()
}

/// The subject of a count whose noun follows a figure with its threshold word (新开工20层以上|
/// 高层|13栋 -> 新开工20层以上高层): the count's subject (新开工高层) with the figure and its
/// threshold written before that noun. Only for another unit than the count's, and a noun of two
/// characters or more that the count's subject ends with.
pub(super) fn class_by_threshold(
    s: &str,
    level: &Mention,
    count: &Mention,
    noun: &str,
    subject: &str,
) -> Option<String> {
    if count.dimension != Dimension::Count || level.unit_base == count.unit_base || noun.chars().count() < 2 {
        return None;
    }
    let written = s.get(level.start..level.q_end)?;
    if !THRESHOLD.iter().any(|w| written.ends_with(w.as_str())) {
        return None;
    }
    let p = subject.strip_suffix(noun)?;
    Some(format!("{p}{written}{noun}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::indicators::clause::strip_separator;

    /// The threshold pattern and the list separators built from `dict/subject_words.tsv` are
    /// the ones written in code before the words moved there.
    #[test]
    fn threshold_and_separators_are_the_ones_written_before() {
        assert_eq!(THRESHOLD_ONLY.as_str(), r"^[0-9０-９.．]+\s?[万亿千百]*\s?[\p{Han}]{0,2}\s?(?:以上|以下)$");
        for (t, want) in [
            ("以及投资", ("投资", true)),
            (" 和 10.5%", ("10.5%", true)),
            ("及", ("", true)),
            ("并增长", ("增长", true)),
            ("与消费", ("消费", true)),
            ("、 15.1%", ("15.1%", true)),
            ("增长", ("增长", false)),
        ] {
            assert_eq!(strip_separator(t), want, "{t}");
        }
    }
}
