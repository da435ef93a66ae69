//! Payers and what money is for: an investment with no owner before it takes the object of the
//! verb that carries works out after it (投资1.3亿元实施…工程), and funds named by their allotting
//! verb alone take the payer counted before them (19个援疆省市安排援疆资金).

use super::nouns::Right;
use crate::lang::marks::is_clause_break;
use crate::stages::indicators::clause::between;
use crate::stages::indicators::mention::Mention;
use crate::stages::indicators::subject::ALLOT;
use crate::stages::indicators::vocabulary::{WORDS, pattern_words, role};
use crate::vocab::Dimension;

/// The `carry` words of `dict/subject_words.tsv`, longest first: verbs that carry works out,
/// whose object after an investment figure owns it.
static CARRY: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Carry));

/// The owner of an investment figure that has none before it, named after it as the object of
/// a verb that carries works out (`carry`), right after the figure or opening the next clause of
/// its sentence: 投资1.3亿元实施自来水管网改造工程 -> 自来水管网改造工程; 全年计划投资12.7亿元，
/// 实施重点商贸流通项目17个 -> 重点商贸流通项目; 完成投资5.2亿元，建成保障性住房2262套 -> 保障性
/// 住房. A count before the object (实施19个城市重点基础设施项目) is left out and a figure after it
/// ends it. None for a list of items (、: which of them the money went to is not said), an object
/// that opens with a verb or a preposition, or what money is for (用于…: no `carry` word).
pub(super) fn object_after(s: &str, from: usize, end: usize) -> Option<String> {
    let rest = s.get(from..end)?.trim_start_matches(crate::lang::chars::is_blank);
    let rest = rest.strip_prefix(['，', ',']).unwrap_or(rest).trim_start_matches(crate::lang::chars::is_blank);
    let verb = CARRY.iter().find(|w| rest.starts_with(w.as_str()))?;
    let object = &rest[verb.len()..];
    let object = object.strip_prefix('了').unwrap_or(object);
    // The object's clause, to its comma (an aside in brackets stays in it), and the next one.
    let comma = |t: &str| t.find(['，', ',', '；', '。']).unwrap_or(t.len());
    let clause_end = comma(object);
    let next = object[clause_end..].trim_start_matches(|c: char| is_clause_break(c) || crate::lang::chars::is_blank(c));
    let next = &next[..comma(next)];
    // A list (、), or more works in the next clause: a verb there, or a figure there after a
    // count of the object (完成投资110亿元，改造危房3.79万户，硬化街巷道6674公里…): the money is for
    // all of them.
    let figure = |t: &str| t.chars().any(|c| crate::lang::numerals::digit(c).is_some());
    let counted = figure(object[..clause_end].trim_start_matches(|c: char| crate::lang::numerals::digit(c).is_some()));
    let more = CARRY.iter().any(|w| next.starts_with(w.as_str()))
        || WORDS.prefix(next, role::ANY_VERB).is_some()
        || (counted && figure(next));
    if more || object[..clause_end].contains('、') {
        return None;
    }
    let object = &object[..object.find(is_clause_break).unwrap_or(object.len())];
    let is_digit = |c: char| crate::lang::numerals::digit(c).is_some();
    // A count before the object: its digits, 余/多, and one counter.
    let object = if object.starts_with(is_digit) {
        let t = object.trim_start_matches(|c: char| is_digit(c) || c == '.');
        let t = t.trim_start_matches(['余', '多']);
        let mut cs = t.chars();
        cs.next();
        cs.as_str()
    } else {
        object
    };
    let object = &object[..object.find(is_digit).unwrap_or(object.len())];
    let object = object.trim_end_matches(['等', '的']).trim();
    let fits = object.chars().count() >= 2
        && WORDS.prefix(object, role::ANY_VERB | role::PREP | role::ADVERB | role::LEAD | role::TIME).is_none();
    fits.then(|| object.to_string())
}

/// The payer of funds `x` names by their allotting verb alone (安排援疆资金): the noun the count
/// right before counts, when only that verb's clause stands between them (19个援疆省市|安排援疆
/// 资金近|200亿元 -> 援疆省市安排援疆资金).
pub(super) fn payer_counted(s: &str, ms: &[Mention], rights: &[Right], i: usize, x: &str) -> Option<String> {
    let (prev, right) = (&ms[i.checked_sub(1)?], &rights[i - 1]);
    let allots = ms[i].dimension == Dimension::Currency && ALLOT.iter().any(|w| x.starts_with(w.as_str()));
    let counted = prev.dimension == Dimension::Count && !right.noun.is_empty() && right.end <= ms[i].q_start;
    if !allots || !counted || prev.subject.as_deref() != Some(right.noun) {
        return None;
    }
    let gap = between(s, right.end, ms[i].q_start).trim();
    let joined = ALLOT.iter().any(|w| gap.starts_with(w.as_str())) && !gap.contains(is_clause_break);
    joined.then(|| format!("{}{x}", right.noun))
}
