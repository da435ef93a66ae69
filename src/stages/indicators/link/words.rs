//! The word lists and word tests that several concerns of linking share (works heads, counted
//! totals, thresholds, `occur` verbs, measures named alone, counted nouns), kept below them all
//! so that no two files of the folder import each other.

use crate::stages::indicators::units::UNITS;
use crate::stages::indicators::vocabulary::{WORDS, pattern_words, role};

/// The `list_measure` words of `dict/subject_words.tsv` (收入, 人数): measures a list names alone
/// after a first item that names their owner, not generic elsewhere.
pub(super) static LIST_MEASURE: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::ListMeasure));

/// The `measure_end` words of `dict/subject_words.tsv` (率, 额, 值, 量): the last morpheme of a
/// measure's name.
pub(super) static MEASURE_END: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::MeasureEnd));

/// Length in bytes of the longest measure named alone (see `bare_measure` in lists.rs) that ends `t`.
pub(super) fn measure_suffix(t: &str) -> Option<usize> {
    let listed = LIST_MEASURE.iter().filter(|w| t.ends_with(w.as_str())).map(String::len);
    WORDS.suffix(t, role::GENERIC).into_iter().chain(listed).max()
}

/// The `threshold` words of `dict/subject_words.tsv` (以上, 以下 …), longest first.
pub(super) static THRESHOLD: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Threshold));

/// Whether `t` ends with a counted noun of two characters or more (`noun` in dict/units.tsv:
/// 家庭, 居民, 人才, 企业).
pub(super) fn ends_in_counted_noun(t: &str) -> bool {
    let counted = |w: &str| UNITS.units.get(w).is_some_and(|e| e.kind == crate::lexicon::UnitKind::Noun);
    t.char_indices().rev().take(4).map(|(k, _)| &t[k..]).any(|w| w.chars().nth(1).is_some() && counted(w))
}

/// The `reach` words of `dict/subject_words.tsv` (惠及, 受益): verbs of reaching people.
pub(super) static REACH: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Reach));

/// The `reach_adverb` words of `dict/subject_words.tsv` (从中, 直接): adverbs before a `reach`
/// verb that ends the clause after the things counted.
pub(super) static REACH_ADVERB: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::ReachAdverb));

/// The `occur` and `casualty` words of `dict/subject_words.tsv` (发生; 死亡, 受伤).
pub(super) static OCCUR: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Occur));
pub(super) static CASUALTY: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Casualty));

/// The `works_head` words of `dict/subject_words.tsv` (项目, 工程).
pub(super) static WORKS_HEAD: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::WorksHead));

/// The `undertaking` words of `dict/subject_words.tsv` (专项, 试点): nouns that name an
/// undertaking of their own, as a works head does.
pub(super) static UNDERTAKING: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Undertaking));

/// The `counted_total` words of `dict/subject_words.tsv` (总投资): a measure that the things
/// counted right before own, whatever its unit.
pub(super) static COUNTED_TOTAL: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::CountedTotal));

/// Byte offset of the first word with one of `roles` in `t` after its first character, reading
/// compounds whole (公共 is no 共, 人均 no 均); the length of `t` when there is none.
pub(super) fn first_word(t: &str, roles: u32) -> usize {
    let mut k = t.chars().next().map_or(0, char::len_utf8);
    while k < t.len() {
        let rest = &t[k..];
        // (One lookup for both questions: the longest word here, a compound or one of `roles`.)
        match WORDS.prefix_roles(rest, role::COMPOUND | roles) {
            Some((l, r)) if r & role::COMPOUND != 0 => {
                k += l;
                continue;
            }
            Some((_, r)) if r & roles != 0 => return k,
            _ => {}
        }
        k += rest.chars().next().map_or(1, char::len_utf8);
    }
    t.len()
}

/// The base unit of percentage points (个百分点, 百分点 in dict/units.tsv).
pub(super) const POINTS: &str = "百分点";

/// The `among` words of `dict/subject_words.tsv` (其中): the word that opens a part of the whole
/// named before it.
static AMONG: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Among));

/// `t` after the `among` word that opens it (其中|地方财政收入…), if one does.
pub(super) fn strip_among(t: &str) -> Option<&str> {
    AMONG.iter().find_map(|w| t.strip_prefix(w.as_str()))
}

/// The first `among` word in `t`, as its byte range.
pub(super) fn find_among(t: &str) -> Option<(usize, usize)> {
    AMONG.iter().filter_map(|w| t.find(w.as_str()).map(|k| (k, k + w.len()))).min_by_key(|&(k, _)| k)
}

/// Where the last `among` word in `t` starts.
pub(super) fn rfind_among(t: &str) -> Option<usize> {
    AMONG.iter().filter_map(|w| t.rfind(w.as_str())).max()
}

/// The `postposition` words of `dict/subject_words.tsv` (中, 当中, 以外): after the things counted,
/// they make the noun the set counted in or out of (在全国86个中等城市中|位列第七, 117个项目以外的…).
static POSTPOSITION: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Postposition));

/// A count's subject without the postposition that closes it and the frame 在 that opens the set
/// (交通健康指数在全国重点城市中 -> 全国重点城市, 自治区项目中 -> 自治区项目, 项目以外 -> 项目): what is
/// counted is the set, and the words before 在 are the topic ranked in it. Not a noun that ends in a
/// compound (高中, 初中: `compound`), and at least two characters must be left.
pub(super) fn before_postposition(x: &str) -> Option<&str> {
    let w = POSTPOSITION.iter().find(|w| x.ends_with(w.as_str()))?;
    if WORDS.suffix(x, role::COMPOUND).is_some() {
        return None;
    }
    let head = &x[..x.len() - w.len()];
    let opened = head.rfind('在').filter(|&k| WORDS.suffix(&head[..k + '在'.len_utf8()], role::COMPOUND).is_none());
    let head = opened.map_or(head, |k| &head[k + '在'.len_utf8()..]);
    let han = head.chars().next_back().is_some_and(crate::lang::chars::is_han);
    (han && head.chars().count() >= 2).then_some(head)
}

/// The `local_share` words of `dict/subject_words.tsv` (地方): the local government's own share of
/// a revenue.
pub(super) static LOCAL_SHARE: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::LocalShare));

/// The `revenue` words of `dict/subject_words.tsv` (收入).
pub(super) static REVENUE: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Revenue));

/// The `investment` words of `dict/subject_words.tsv` (投资): a money total ends in one.
pub(super) static INVESTMENT: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Investment));
