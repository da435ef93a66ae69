//! Works on a named river or lake written without 工程 (round 60; AUDIT54 and AUDIT56 class E):
//! 巢湖综合治理, 渭河全线治理, 岷江、沱江、嘉陵江综合治理, 青山湖清淤截污. The river's name is the
//! proper part and the works words close it as a head would: no head noun is written, so the
//! name is read here from the end of its run, before the heads are looked for.
//!
//! A run is such works when it ends in `water_works` words of dict/project_words.tsv (one or
//! more: 防洪生态治理), maybe after `water_reach` words (流域, 干流, 全线), and what is before
//! them is the name of one river or lake: two to eight Han characters ending in a `water` head of
//! dict/project_heads.tsv (江, 湖) or a `water_end` word (河, 溪, 湾 …), holding no word of the
//! lexicon (城市河道, 内河: kinds), not a `water_not` word (小河, 界河) and not two bodies of
//! water (江河, 河湖, 大江大河). Protection or development of a basin is no works (黄河流域生态保护
//! 和高质量发展: a strategy), nor is a zone (长江经济带) or a system (河长制): their words are no
//! `water_works`.

use std::sync::LazyLock;

use crate::lang::chars::is_han;
use crate::lang::text::closes_with;
use crate::lexicon::ProjectWordKind;

use super::words::{WORDS, WordSearch, cut, function_words};

/// A word list, longest first (so that 综合治理 is taken before 治理).
fn longest_first(kind: ProjectWordKind) -> Vec<&'static str> {
    let mut words: Vec<&'static str> = function_words(kind).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
}

static WORKS: LazyLock<Vec<&'static str>> = LazyLock::new(|| longest_first(ProjectWordKind::WaterWorks));
static WORKS_SEARCH: LazyLock<WordSearch> = LazyLock::new(|| WordSearch::new(&WORKS));
static REACH: LazyLock<Vec<&'static str>> = LazyLock::new(|| longest_first(ProjectWordKind::WaterReach));
/// The last words of a river's or lake's name: the `water` heads (江, 湖) and the `water_end`
/// words (河, 溪 …), which are kept apart only because the heads are read elsewhere too.
static END: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut end: Vec<&'static str> =
        WORDS.waters.iter().map(String::as_str).chain(function_words(ProjectWordKind::WaterEnd)).collect();
    end.sort_by_key(|w| std::cmp::Reverse(w.len()));
    end
});
static NOT: LazyLock<Vec<&'static str>> = LazyLock::new(|| function_words(ProjectWordKind::WaterNot).collect());

/// Works on a river read from a run: where the name ends and where the part a list shares (its
/// reach and works: 岷江、沱江、嘉陵江|流域整治) starts.
#[derive(Debug, Clone, Copy)]
pub(super) struct Works {
    pub(super) end: usize,
    pub(super) shared: usize,
}

/// `t` without the words of `list` at its end, as many as are there (longest first), and how
/// many were taken off.
fn strip_words<'t>(mut t: &'t str, list: &[&str]) -> (&'t str, usize) {
    let mut n = 0;
    while let Some(w) = list.iter().find(|w| t.len() > w.len() && closes_with(t, w)) {
        t = &t[..t.len() - w.len()];
        n += 1;
    }
    (t, n)
}

/// Whether `t` ends in the name of one river or lake (see the module docs; the lexicon words
/// inside it are asked by the caller, who has them).
fn names_water(t: &str) -> bool {
    let n = t.chars().count();
    let Some(end) = END.iter().find(|w| closes_with(t, w)) else { return false };
    let stem = &t[..t.len() - end.len()];
    (2..=8).contains(&n)
        && !stem.is_empty()
        && t.chars().all(is_han)
        && !END.iter().any(|w| stem.contains(w))
        && !NOT.contains(&t)
}

/// The run `s[a..b]` read as works on a named river or lake, if it is one. `word_across(x, y)`
/// says whether a word of the clause's lexicon stands across `s[x..y]`: none may stand inside the
/// river's name. (A closure, not the clause's words, so that this module comes before the clause
/// cutter, which asks `holds_works_on_water`.)
pub(super) fn works_on_water(s: &str, a: usize, b: usize, word_across: impl Fn(usize, usize) -> bool) -> Option<Works> {
    let text = cut(s, a, b);
    let (before_works, n) = strip_words(text, &WORKS);
    if n == 0 {
        return None;
    }
    let (name, _) = strip_words(before_works, &REACH);
    let name_end = a + name.len();
    let plain = !word_across(a, name_end);
    (plain && names_water(name)).then_some(Works { end: b, shared: name_end })
}

/// Whether `name` is one river or lake and `reach` a `water_reach` word after it (清江|流域): the
/// basin of a named river, whose works are named by the river (清江流域污水处理项目, 马莲河流域水土
/// 保持项目; round 66), not a category inside an area (湾区重大功能项目). The caller asks that no
/// word of the lexicon stands inside the name.
pub(super) fn basin_of(name: &str, reach: &str) -> bool {
    REACH.contains(&reach) && names_water(name)
}

/// Whether a clause may hold works on a named river (the clause test before its words are
/// read into runs): some `water_works` word right after a river's name, a reach between.
pub(super) fn holds_works_on_water(text: &str) -> bool {
    WORKS_SEARCH.any(text, |at, _| {
        let (before, _) = strip_words(&text[..at], &REACH);
        END.iter().any(|w| closes_with(before, w))
    })
}

/// Whether the verb `word` is the reach of works on a river, not a verb ending a name before its
/// predicate: a `water_reach` word (全线) right before `water_works` words (白沙河全线治理,
/// 渭河全线综合整治; 铁路全线贯通 keeps its verb). The clause cutter asks it, so the run goes on.
pub(super) fn reach_of_works(word: &str, rest: &str) -> bool {
    REACH.contains(&word) && WORKS.iter().any(|w| rest.starts_with(w))
}

/// Whether the list text `between` (from an item's start to the start of the works after it)
/// holds only names of rivers or lakes between its list marks: the works on a river are shared by
/// the rivers listed right before it (岷江、沱江、嘉陵江综合治理), not by another item of the list
/// that ends in a water word with other works between (分洪入湖、北岭灌区配套、…、白河治理: 分洪入湖
/// is no lake and takes no 治理).
pub(super) fn rivers_listed(between: &str) -> bool {
    between.split(['、', '，', ',', '和', '及']).filter(|t| !t.is_empty()).all(names_water)
}
