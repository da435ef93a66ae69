//! Linking: the subject of every figure of a document, and how figures share one. A figure
//! with nothing before it in its clause continues the subject of the one before
//! (310.4亿元、增长8.8%); one that governs a 、-list carries its verb onto the items
//! (新增规模以上企业101家、限额以上企业127家 -> 新增限额以上企业); `分别` lists pair subjects
//! with figures in order. Then each subject gets its indicator code.
//!
//! This file keeps the entry point and the walk over the figures (one ladder of cases, nearest
//! construction first); the rules it asks are in one file per concern, visible only here
//! (`pub(super)`):
//!
//! - `nouns.rs`: the noun written after each figure (`Right`), read once before the walk;
//! - `lists.rs`: `分别` pairing, lists that pair without it, and completing short list items;
//! - `owners.rs`: owners carried from earlier clauses to a generic measure named alone;
//! - `predicates.rs`: what the counted things did or underwent, when it names them;
//! - `thresholds.rs`: category thresholds (10亿元以上), milestones passed (跨过…大关) and classes a
//!   threshold figure makes (20层以上高层13栋);
//! - `rates.rs`: rates named alone, change verbs, gaps (高于…个百分点) and per-head changes;
//! - `payers.rs`: who pays funds, and the works an investment is for;
//! - `breakdowns.rs`: parts of a whole (其中, …有7项, parts of the region in brackets);
//! - `occurrences.rs`: events counted (发生…109起) and the people they befell (死亡106人);
//! - `words.rs`: the word lists and word tests several of them share, below them all.

mod breakdowns;
mod lists;
mod nouns;
mod occurrences;
mod owners;
mod payers;
mod predicates;
mod rates;
mod thresholds;
mod words;

use super::clause::{between, left_of, strip_separator};
use super::codes::code_of_figure;
use super::mention::Mention;
use super::subject::{
    clean_left, despace, drop_examples, drop_reference_marks, exit_at, kind_alone, kind_head, leading_verb, list_end,
    opens_with_status, strip_compare,
};
use super::vocabulary::{WORDS, pattern_words, role};
use crate::lang::marks::is_clause_break;
use crate::lang::text::holds;
use crate::stages::document::Document;
use crate::vocab::{Dimension, Measure, Qualifier};
use breakdowns::{
    breakdown_measure, carrier_owned, listed_after_part, local_part_of_total, lower_whole, neighbour_parts, only_exist,
    part_of_whole, part_predicate, share_of_region, whole_of, whole_of_local_revenue,
};
use lists::{
    Groups, after_respectively, amounts_before, find_respectively, previous_clause_items, respectively,
    shared_by_respectively, tier_in,
};
use nouns::{Right, rights, shared_item_noun};
use occurrences::occurrences;
use owners::{
    INCREMENT, PLAN_PREFIX, VISIT_OWNER, VISIT_REVENUE, VISITORS, clause_before, counterpart_owner, object_topic,
    owner_before, topic,
};
use payers::{object_after, payer_counted};
use predicates::{
    PEOPLE, counted_in_unit, ends_in_pivot, ends_with_text_after, exit_after, exit_governed, people_by_predicate,
    people_named_by_predicate, pivot_predicate, possessed_after, possessor_underwent, predicate_after, share_predicate,
    solved_for, with_verb, without_adverbs,
};
use rates::{
    before_multiple, change_verb, compared_before_gap, gap_of, gap_of_respectively, per_head_owner, pull_of,
    rate_owner, without_change,
};
use thresholds::{
    THRESHOLD_ONLY, at_least_class, before_cut_milestone, before_milestone, class_by_threshold, whole_of_class,
};
use words::{COUNTED_TOTAL, LOCAL_SHARE, MEASURE_END, REACH, REACH_ADVERB, THRESHOLD, first_word, strip_among};

/// A span of years closing a subject (五年, 近三年, 最近两年, 六年来): written between the noun and
/// its predicate (固定资产投资六年完成, 利润总额五年分别增长), it says how long, not what is measured.
static DURATION_END: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:最近|近)?[一二两三四五六七八九十]{1,3}年(?:来|间)?$").expect("duration pattern")
});

/// The noun before a span of years that closes subject `x` (see [`DURATION_END`]), when two
/// characters or more stand before it and it is no ordinal (第三年) or per-period word (每两年).
fn before_duration(x: &str) -> Option<&str> {
    let k = DURATION_END.find(x)?.start();
    let head = &x[..k];
    let ordinal = head.ends_with('第') || head.ends_with('每') || head.ends_with('前') || head.ends_with('后');
    (head.chars().count() >= 2 && !ordinal).then_some(head)
}

/// The `bound_time` words of `dict/subject_words.tsv` (期间, 同期): time words that close the
/// phrase before them (在校期间), kept inside a subject by [`without_inner_time`].
static BOUND_TIME: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::BoundTime));

/// Subject `x` without the time words written inside it between the noun and what is done to it
/// (生活补贴|全年|人均增长, 物流城|年内|建成仓储设施, 省财政|今年|安排专项资金): they say when, as
/// they do at the start of a subject, where they are left out too (round 32). A time word stays
/// when a numeral or 年 stands right before it (三年内: a span), when two characters or fewer stand
/// before it, when it is a `bound_time` word (在校期间) or is said again after it (当年签约当年
/// 到资), when no verb, preposition, adverb or `per_head` word follows it (全年销量, 占全年支出: a
/// noun), or when a measure's last morpheme closes the words after it (当年开工率, 年内交付率: the
/// measure is of the period).
fn without_inner_time(x: &str) -> Option<String> {
    // Copied only when a time word goes (most subjects hold none); read again from the start
    // after each removal.
    let mut out: Option<String> = None;
    while let Some((i, l)) = inner_time(out.as_deref().unwrap_or(x)) {
        let cur = out.as_deref().unwrap_or(x);
        out = Some(format!("{}{}", &cur[..i], &cur[i + l..]));
    }
    out
}

/// The words of a subject before the year that ends it (国内生产总值到2007年|达到520亿元, 技术合同成交额
/// 2030年|达到600亿元, 全省社会消费品零售总额由1 995年|的230亿元): a year says when, not what, at the
/// end as at the start; the link word or particle that opens it (到, 由) goes with it (round 40). Not
/// when the words left end in a verb (提升至2025年: the level reached) or a `gap` word (快于2024年:
/// the year compared with), or fewer than two are left.
fn before_year(x: &str) -> Option<&str> {
    use crate::lang::chars::is_inline_space;
    let t = x.strip_suffix('年')?;
    let head = t.trim_end_matches(|c: char| crate::lang::numerals::digit(c).is_some() || is_inline_space(c));
    if t[head.len()..].chars().filter(|&c| crate::lang::numerals::digit(c).is_some()).count() != 4 {
        return None;
    }
    let head = WORDS.suffix(head, role::LINK | role::PARTICLE).map_or(head, |l| &head[..head.len() - l]);
    let verb = WORDS.suffix(head, role::ANY_VERB | role::LEVEL | role::GROWTH | role::DECLINE).is_some()
        || rates::GAP.iter().any(|w| head.ends_with(w.as_str()));
    let han = head.chars().next_back().is_some_and(crate::lang::chars::is_han);
    (han && !verb && head.chars().count() >= 2).then_some(head)
}

/// The first time word of `t` that [`without_inner_time`] leaves out: its byte offset and length.
fn inner_time(t: &str) -> Option<(usize, usize)> {
    for (i, c) in t.char_indices().skip(2) {
        if !WORDS.may_start(c, role::TIME) {
            continue;
        }
        let Some(l) = WORDS.prefix(&t[i..], role::TIME).filter(|&l| WORDS.has(&t[i..i + l], role::TIME)) else {
            continue;
        };
        let (head, rest) = (&t[..i], &t[i + l..]);
        let before = head.chars().next_back().unwrap_or(' ');
        let span =
            crate::lang::numerals::digit(before).is_some() || before == '年' || !crate::lang::chars::is_han(before);
        let done = WORDS.prefix(rest, role::ANY_VERB | role::PREP | role::ADVERB | role::PREVERB).is_some()
            || rates::PER_HEAD.iter().any(|w| crate::lang::text::opens_with(rest, w));
        let measure = MEASURE_END.iter().any(|w| crate::lang::text::closes_with(rest, w));
        let word = &t[i..i + l];
        let bound = BOUND_TIME.iter().any(|w| w == word) || rest.contains(word);
        if !(span || !done || measure || bound || rest.chars().count() < 2) {
            return Some((i, l));
        }
    }
    None
}

/// List item `item` without the head it closes with when the measure `measure` named after the
/// list opens with the same word and names another measure of it (城市污水|处理能力不断提高，处理率
/// 分别达到 -> 城市污水处理率, was `城市污水处理能力处理率`): the measure replaces the head the items
/// shared (round 32). The head is of four characters or fewer, the shared word of two or more,
/// and two characters or more stay before it.
fn before_renamed_head<'a>(item: &'a str, measure: &str) -> &'a str {
    let common = |a: &str, b: &str| a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    for (k, _) in item.char_indices().skip(2) {
        let head = &item[k..];
        let shared = common(head, measure);
        if head.chars().count() <= 4 && shared >= 2 && shared < head.chars().count() && shared < measure.chars().count()
        {
            return &item[..k];
        }
    }
    item
}

/// Whether `t`, the text between two figures, is only a comma or a semicolon (blanks aside): the
/// second opens a clause of its own, no 、-list item.
fn comma_only(t: &str) -> bool {
    let t = t.trim_matches(crate::lang::chars::is_blank);
    t.chars().next().is_some_and(|c| matches!(c, '，' | ',' | '；' | ';')) && t.chars().count() == 1
}

/// The adverb of a cumulative level (累计达到973座, 企业累计90户): the figure counts all the
/// things so far, not the new ones.
const CUMULATIVE: &str = "累计";

/// The verb of new ones after a comparison base (较去年|新增, 比上年|新增): the words before a
/// figure that are only a base and an `increment` word.
fn increment_over_base(left: &str) -> Option<&str> {
    let verb = strip_compare(left);
    (verb.len() < left.len() && INCREMENT.iter().any(|w| w == verb)).then_some(verb)
}

/// A bare change carried onto an owner named before it: the change verb without the base it is
/// compared with (比上年|增加, 比2010年|提高 -> 增加, 提高), which is the period's, as for a
/// subject in one clause (README, round 18). Other words stay as they are.
fn bare_change(left: &str) -> &str {
    let verb = strip_compare(left);
    if WORDS.has(verb, role::GROWTH | role::DECLINE) { verb } else { left }
}

/// The way out of poverty that closes the clause at `at`, after the words of figure `i` (see
/// [`exit_after`]), or after the 、-list of counts it opens: 确保257个贫困村、8.1万贫困户、26.2万贫困人口
/// 今年脱贫摘帽 names all three (脱贫摘帽的贫困村 …). Each item is a count right after the 、, with
/// its noun after its counter or in its unit.
fn exit_of_list<'a>(s: &'a str, ms: &[Mention], rights: &[Right], i: usize, at: usize) -> Option<&'a str> {
    let mut at = at;
    for j in i + 1..ms.len().min(i + 8) {
        if let Some(p) = exit_after(s, at) {
            return Some(p);
        }
        let next = &ms[j];
        let joined = s.get(at..next.q_start).is_some_and(|gap| gap == "、");
        if !joined || next.dimension != Dimension::Count {
            return None;
        }
        // (An item with a way out of its own ends the list: 128万人|脱贫、1520个村出列.)
        at = match rights[j].noun {
            _ if counted_in_unit(next).is_some() => next.q_end,
            "" => return None,
            noun if exit_at(noun).is_some() => return None,
            _ => rights[j].end,
        };
    }
    exit_after(s, at)
}

/// A measure named alone after the other measure of its pair in one sentence takes that one's
/// owner (see [`counterpart_owner`]): 一般公共预算收入增长1.3%、支出增长8.1% -> 一般公共预算支出.
/// A later figure of the same bare measure goes on with the owner so found.
fn counterpart_owners(cx: &Document, ms: &mut [Mention]) {
    let mut found: Option<(String, String)> = None;
    for i in 1..ms.len() {
        let same = cx.sentence_at(ms[i].start) == cx.sentence_at(ms[i - 1].start);
        let Some(x) = ms[i].subject.clone().filter(|_| same) else {
            found = None;
            continue;
        };
        let owned = match &found {
            Some((bare, whole)) if *bare == x => Some(whole.clone()),
            _ => ms[i - 1].subject.as_deref().and_then(|p| counterpart_owner(&x, p)),
        };
        found = owned.clone().map(|w| (x, w));
        if let Some(w) = owned {
            ms[i].subject = Some(w);
        }
    }
}

/// Fill `subject` and `indicator` of every mention.
///
/// (Longer than 100 lines on purpose: one ladder of cases, nearest construction first, that
/// read and write the state shared along the figures of a sentence: the subjects paired ahead
/// by a `分别` list (`pairs`) and the verb each figure carries to the next (`verbs`). Each
/// branch is commented with the construction it handles.)
pub fn link(cx: &Document, ms: &mut [Mention]) {
    let s = cx.s();
    let rights = rights(s, ms);
    // How many figures from each are joined by 、/和 only, and what their lists hold: see [`Groups`].
    let groups = Groups::new(s, ms);
    let mut pairs: Vec<Option<String>> = vec![None; ms.len()];
    let mut verbs: Vec<Option<String>> = vec![None; ms.len()];
    // The whole each part is counted in (12项主要指标有|7项…): see [`whole_of`].
    let mut wholes: Vec<Option<&str>> = vec![None; ms.len()];
    // The subjects of the last `分别` list, with its sentence.
    let mut listed: Option<(Option<crate::lang::text::Line>, Vec<String>)> = None;
    let mut prev_sentence = None;
    // What happened, counted by its occurrences in the figure before (生产安全事故): see [`occurrences`].
    let mut occurred: Option<String> = None;
    for i in 0..ms.len() {
        let prev_end = i.checked_sub(1).map(|j| {
            let none = rights[j].noun.is_empty() && !rights[j].milestone;
            if none || rights[j].end > ms[i].q_start { ms[j].q_end } else { rights[j].end }
        });
        let (from, after_prev) = left_of(s, ms, i, prev_end);
        let sentence = cx.sentence_at(ms[i].start);
        // (The figure before's sentence, found at the last step: not searched for again.)
        let same_sentence = i > 0 && prev_sentence == sentence;
        prev_sentence = sentence;
        let raw = drop_reference_marks(&s[from..ms[i].q_start]);
        let list_sep = after_prev && raw.trim_start_matches(crate::lang::chars::is_inline_space).starts_with('、');
        let (raw, sep) = if after_prev { strip_separator(&raw) } else { (raw.as_ref(), false) };
        if let Some(p) = pairs[i].take() {
            ms[i].subject = Some(p);
            continue;
        }
        if ms[i].range_hi && i > 0 {
            ms[i].subject = ms[i - 1].subject.clone();
            verbs[i] = verbs[i - 1].clone();
            continue;
        }
        if let Some(list) = respectively(ms, &groups, i, raw) {
            let tail = after_respectively(&ms[i], raw);
            let gap = gap_of_respectively(raw, &ms[i]);
            for (k, subj) in list.iter().enumerate() {
                pairs[i + k] = Some(match &gap {
                    Some((base, gap)) => format!("{}{gap}", subj.strip_suffix(base.as_str()).unwrap_or(subj)),
                    None => format!("{subj}{tail}"),
                });
            }
            listed = Some((sentence, list));
            ms[i].subject = pairs[i].take();
            continue;
        }
        // 12项主要指标有|7项|提前完成: a part of the things counted before, named by what it did
        // (提前完成的主要指标).
        if let Some(whole) = whole_of(s, ms, &rights, &wholes, i) {
            wholes[i] = Some(whole);
            ms[i].subject = Some(match part_predicate(s, ms[i].q_end) {
                Some(p) => format!("{p}的{whole}"),
                None => whole.to_string(),
            });
            continue;
        }
        let strip_growth =
            matches!(ms[i].measure, Measure::GrowthRate | Measure::AvgGrowthRate) || ms[i].unit_base == "倍";
        let mut left = clean_left(raw, strip_growth);
        // The 等 that closes examples the figure before took as its noun (晨光30万吨硅基及气凝胶
        // 一期|等|6个项目) is no part of this one's.
        if left.starts_with('等') && WORDS.prefix(&left, role::COMPOUND).is_none() {
            left.drain(..'等'.len_utf8());
        }
        // A multiple after a change verb (五年增长1.2倍) is the size of the change: like an
        // absolute change, its subject keeps the verb (生产总值增长), without the span or the
        // base of the change.
        if ms[i].unit_base == "倍"
            && let Some(verb) = change_verb(raw)
        {
            left.push_str(verb);
        }
        let nothing_before = left.is_empty() || WORDS.has(&left, role::ANY_VERB | role::LEAD | role::PREP);
        // 财政一般公共预算收入实现17.2亿元…，其中市本级实现11.9亿元: a scope word right after 其中
        // with only a verb before the figure names a part of the region (the government's own
        // level), not the region: the part alone is the subject, as 其中市本级233.9亿元 reads, and
        // takes no code (round 31; was the whole's 财政一般公共预算收入, budget_revenue).
        if nothing_before && rights[i].noun.is_empty() && !rights[i].of {
            let r = raw.trim_start_matches(|c: char| is_clause_break(c) || c.is_whitespace());
            let r = strip_among(r).map(|r| r.trim_start_matches(['，', ',', '：', ':', ' ']));
            if let Some(l) = r.and_then(|r| WORDS.prefix(r, role::SCOPE).map(|l| (r, l))).map(|(r, l)| &r[..l]) {
                ms[i].subject = Some(l.to_string());
                continue;
            }
        }
        let exist_before = only_exist(&left);
        let reach_before = REACH.contains(&left).then(|| left.clone());
        let plain = left.is_empty() || WORDS.has(&left, role::LEAD | role::EXIST);
        let solved = solved_for(s, &ms[i], ms.get(i + 1), &left).map(|(x, second)| {
            // (The second count of a pair sharing the problem takes its subject when reached.)
            if let Some(y) = second {
                pairs[i + 1] = Some(y);
            }
            x
        });
        // A list of as many figures right after a `分别` list, with no subject of its own, is
        // about the same items (城乡居民人均可支配收入分别达X、Y，增长A、B).
        if let Some((_, list)) = listed.as_ref().filter(|(at, list)| {
            let bare = left.is_empty() || WORDS.has(strip_compare(&left), role::GROWTH | role::DECLINE);
            *at == sentence && bare && list.len() == groups.len[i]
        }) {
            let change = bare_change(&left);
            for (k, subj) in list.iter().enumerate() {
                pairs[i + k] = Some(format!("{subj}{change}"));
            }
            ms[i].subject = pairs[i].take();
            continue;
        }
        // 分别 with the subjects in the clause before (…环卫工人工资再次提高，月人均分别提高221元、
        // 90元…): each item with this clause's own words.
        if find_respectively(raw).is_some() {
            let n = groups.len[i];
            let floor = sentence.map_or(from, |l| l.start);
            // The figures before it in the sentence, as many as the 分别 group, each with a
            // subject of its own (接待游客1.38亿人次，旅游总消费1874亿元，分别增长26.7%、34.7%): in
            // order, the change of each (26.7% was 旅游总消费, the nearest subject, for both). Read
            // before the words of the clause before, which those figures cut (接待游客超2700万人次、
            // 实现收入320亿元，同比分别增长… was `接待游客超` and `收入`, not 接待游客 and 旅游收入).
            let head = left.replace("分别", "");
            // (Multiples over a base, 分别是上一个五年的|6.3倍、3.5倍和2.7倍, pair with the figures
            // before as changes do, and name no change of their own; round 40, audit 40.)
            let multiple = ms[i].unit_base == "倍" && head.starts_with('是') && head.ends_with('的');
            let bare = head.is_empty() || multiple || WORDS.has(strip_compare(&head), role::GROWTH | role::DECLINE);
            if n >= 2 && i >= n && bare && amounts_before(cx, ms, i, n, sentence) {
                let change = if multiple { "" } else { bare_change(&head) };
                for k in 0..n {
                    pairs[i + k] = ms[i - n + k].subject.clone().map(|x| format!("{x}{change}"));
                }
                ms[i].subject = pairs[i].take();
                continue;
            }
            // One figure after 分别 for as many things named before it, each with a figure of its own
            // (全区旅游人数…370万人次，旅游收入…38亿元，分别增长20%): the change of them all (全区旅游人数、
            // 旅游收入), not of the nearest (旅游收入) alone (round 38).
            if n == 1
                && bare
                && let Some(x) = shared_by_respectively(cx, ms, i, sentence)
            {
                ms[i].subject = Some(format!("{x}{}", bare_change(&head)));
                continue;
            }
            let mut items = previous_clause_items(s, floor, from);
            // One item holding a pair word (城乡居民收入…，年均分别增长X和Y): its parts, when the
            // clause before has no figure of its own (城乡低保覆盖到35万人，…分别提高 is about
            // something else).
            let own_figure = between(s, floor, from).chars().any(|c| crate::lang::numerals::digit(c).is_some());
            if let [one] = items.as_slice()
                && n >= 2
                && !own_figure
                && let Some((r, parts)) = WORDS.pair_in(one, n)
            {
                items = parts.iter().map(|p| format!("{}{p}{}", &one[..r.start], &one[r.end..])).collect();
            }
            if n >= 2 && items.len() == n {
                let head = left.replace("分别", "");
                let change = bare_change(&head);
                for (k, item) in items.into_iter().enumerate() {
                    let item = before_renamed_head(&item, change);
                    pairs[i + k] = Some(format!("{item}{change}"));
                }
                ms[i].subject = pairs[i].take();
                continue;
            }
        } else if i > 0
            && left.is_empty()
            && WORDS.has(
                strip_compare(raw.trim_matches(|c: char| is_clause_break(c) || crate::lang::chars::is_blank(c))),
                role::GROWTH | role::DECLINE,
            )
        {
            // The same without 分别 when the growth figures are joined by 和 (接待游客2.73亿人次、实现
            // 收入4140亿元，增长18.6%和23.4%: 18.6% was 收入, the nearest subject, for both).
            let n = groups.len[i];
            let joined = (i..i + n - 1).all(|j| between(s, ms[j].q_end, ms[j + 1].q_start).trim() == "和");
            if n == 2 && i >= n && joined && amounts_before(cx, ms, i, n, sentence) {
                for k in 0..n {
                    pairs[i + k] = ms[i - n + k].subject.clone().map(|x| format!("{x}{left}"));
                }
                ms[i].subject = pairs[i].take();
                continue;
            }
        }
        // 累计对接企业3971户，签约947户，注册公司319户，较去年新增2316户、669户和218户: new ones
        // against a base, as many figures of one unit as the counts right before them in the
        // sentence, pair with those in order as 分别 would (注册公司新增, was `较去年新增`).
        if let Some(verb) = increment_over_base(&left) {
            let n = groups.len[i];
            let one_unit = i >= n && (i - n..i + n).all(|j| ms[j].unit_base == ms[i].unit_base);
            if n >= 2 && one_unit && amounts_before(cx, ms, i, n, sentence) {
                for k in 0..n {
                    pairs[i + k] = ms[i - n + k].subject.as_deref().map(|x| {
                        let x = x.strip_prefix(CUMULATIVE).filter(|r| r.chars().count() >= 2).unwrap_or(x);
                        format!("{x}{verb}")
                    });
                }
                ms[i].subject = pairs[i].take();
                continue;
            }
        }
        let right = rights[i];
        let prev_verb = if same_sentence { verbs[i - 1].clone() } else { None };
        let subject = if right.of {
            // 投资3500万元的二三级供水管网改造、3800万元的背街巷道改造 -> …改造投资.
            // 启动投资1.3亿元的…堤防工程: the verb acts on the works, not on the investment (…工程投资).
            // (实施总投资1017亿元的…247项城建工程: the investment of the things counted, whatever
            // the words before its measure.)
            let total = COUNTED_TOTAL.iter().filter(|w| left.ends_with(w.as_str())).map(String::len).max();
            let measure = total.or_else(|| WORDS.suffix(&left, role::GENERIC)).map(|l| &left[left.len() - l..]);
            let own = match (WORDS.prefix(&left, role::ANY_VERB), measure) {
                (_, Some(w)) if right.counted => w.to_string(),
                (Some(l), _) if WORDS.has(&left[l..], role::GENERIC) => left[l..].to_string(),
                _ => left.clone(),
            };
            let word = if left.is_empty() && (sep || after_prev) { prev_verb.clone() } else { Some(own) };
            verbs[i] = word.clone().filter(|w| !w.is_empty() && !right.counted);
            Some(format!("{}{}", right.noun, word.unwrap_or_default()))
        } else if !right.noun.is_empty() {
            // 3个省级、7个州级民族团结进步示范县市: a tier alone counts the next item's noun.
            let next_head = ms.get(i + 1).zip(rights.get(i + 1)).and_then(|(n, r)| {
                let (rest, sep) = strip_separator(between(s, right.end, n.q_start));
                let l = WORDS.prefix(r.noun, role::TIER).filter(|&l| l < r.noun.len());
                // (So does a modifier of a kind, 8个4A级、31个3A级景区, 88个乡（镇）级、3826个村级
                // 农村公益性公墓: the head after the next item's own kind modifier; round 36.)
                let l = match l {
                    Some(l) if WORDS.has(right.noun, role::TIER) => l,
                    _ if kind_alone(right.noun) => kind_head(r.noun)?,
                    _ => return None,
                };
                (sep && rest.is_empty()).then(|| format!("{}{}", right.noun, &r.noun[l..]))
            });
            // 6条城市道路、…等城区绿化工程: the work its list names (城市道路绿化).
            let worked = (!right.work.is_empty()).then(|| format!("{}{}", right.noun, right.work));
            let right = Right { noun: next_head.as_deref().or(worked.as_deref()).unwrap_or(right.noun), ..right };
            // The counted noun after the figure, with what stands before the figure in its
            // clause: 关停晨鸣公司|3.5万吨|造纸生产线, 打造尚品荟等|4条|特色商业街区.
            let lv = drop_examples(&left);
            // 文学艺术领域有|51项作品获得…: the words before an existential 有 place the things
            // counted; they are not the subject.
            let lv = if WORDS.suffix(&lv, role::EXIST).is_some() { String::new() } else { lv };
            let verb = leading_verb(&lv).filter(|(_, keep)| *keep).map(|(v, _)| v.to_string());
            // A count that sums up the names before it (长白山、三江、吉光3个省实验室,
            // 哈萨尔和东升路两个市民广场) counts the noun, not the names.
            // A figure that opens a 、-list item (由我区承担的…河东部分、|2.2平方公里|中心文化区):
            // nothing before the 、 is its noun's but a meaning verb governing the list.
            let opens_item = raw.trim_end().ends_with('、');
            let lv = if opens_item || lv.contains(['、', '和']) { verb.clone().unwrap_or_default() } else { lv };
            let verb = verb.or_else(|| WORDS.has(&lv, role::KEEP).then(|| lv.clone()));
            // 6个乡镇文化站|实现达标建设: what the counted things did names them (实现达标建设的
            // 乡镇文化站), when nothing but a reporting verb stands before the figure.
            // (Not after a preposition: 为7000户困难老年人家庭|实施适老化改造 says who benefits.)
            // (Nor after a verb: 完成200套结转公租房|建设任务, the figure is its object.)
            // (Nor inside 在…中, the group a rank is taken in: 在27个省会城市中|位列第2.)
            let prep = WORDS.suffix(raw.trim_end(), role::PREP | role::ANY_VERB | role::STEER).is_some()
                || raw.trim_end().ends_with('在') && right.noun.ends_with('中');
            let bare_left = lv.is_empty() && !prep;
            let next_figure = ms.get(i + 1).map(|n| n.start);
            // (A way out of poverty alone names them too: 86个贫困村|出列 -> 出列的贫困村.)
            let count = ms[i].dimension == Dimension::Count;
            // (A possessor after a lead word alone, 使|8000户居民家庭的供热质量得到显著改善, is
            // named by what its thing underwent as well: the lead only frames the clause.)
            let lead_left = !prep && WORDS.has(&lv, role::LEAD);
            // 帮助|1930名|学生来锡就读: the things counted after a pivot verb (`pivot`: 帮助, 资助,
            // 组织) are named by what it made them do, the verb kept (帮助来锡就读的学生), as the
            // tuned golds write them (round 34).
            // (Counted items joined by 、 or 和 share the predicate after the last one: 帮助350多名
            // 高校毕业生、100多名残疾人实现就业 -> 帮助实现就业的高校毕业生, 帮助实现就业的残疾人.)
            let pivot = count && !opens_item && !list_sep && ends_in_pivot(&lv);
            let pivoted = if pivot {
                pivot_predicate(s, right.noun, right.end, next_figure).or_else(|| {
                    let mut j = i;
                    while let Some(n) = ms.get(j + 1).filter(|n| n.dimension == Dimension::Count && !rights[j + 1].of) {
                        let (rest, sep) = strip_separator(between(s, rights[j].end, n.q_start));
                        let joined = sep && rest.is_empty() && !rights[j].noun.is_empty();
                        if !joined || rights[j + 1].noun.is_empty() {
                            break;
                        }
                        j += 1;
                    }
                    let next = ms.get(j + 1).map(|n| n.start);
                    let (last, p) = pivot_predicate(s, rights[j].noun, rights[j].end, next).filter(|_| j > i)?;
                    for k in i + 1..=j {
                        let noun = if k == j { last.as_str() } else { rights[k].noun };
                        pairs[k] = Some(format!("{lv}{p}的{noun}"));
                    }
                    Some((right.noun.to_string(), p))
                })
            } else {
                None
            };
            let named = predicate_after(s, right.end, next_figure)
                .or_else(|| exit_of_list(s, ms, &rights, i, right.end).filter(|_| exit_at(right.noun).is_none()))
                .map(|p| format!("{}的{}", p.replacen('了', "", 1), right.noun))
                .filter(|_| bare_left && count)
                .or_else(|| {
                    // (Not when the words before 的 only qualify the head after it: 15个投资十亿元以上|的
                    // 重大产业项目, 6个具有发展潜力|的产业; nor an item of a 、-list.)
                    let x = right.noun;
                    let threshold = THRESHOLD.iter().any(|w| x.ends_with(w.as_str()));
                    let modifier = threshold
                        || WORDS.suffix(x, role::ANY_VERB).is_some()
                        || WORDS.prefix(x, role::ANY_VERB | role::COMPOUND).is_some();
                    let p =
                        possessed_after(s, right.end, next_figure).filter(|_| !modifier && !opens_item && !list_sep)?;
                    Some(format!("{p}的{x}")).filter(|_| (bare_left || lead_left) && count)
                })
                .or_else(|| {
                    // 60%的大中型矿山|达到自治区级绿色矿山建设标准: a share named by what its
                    // things did, whatever the verb (达到, 实现, 建立: a share of things is only
                    // said through what they did), when only a goal word stands before it.
                    let goal = left.is_empty() || WORDS.has(&left, role::STEER | role::LEAD);
                    let p = share_predicate(s, right.end, next_figure)
                        .filter(|_| goal && ms[i].dimension == Dimension::Percent && !list_sep)?;
                    Some(format!("{}的{}", p.replacen('了', "", 1), right.noun))
                });
            let named = pivoted.as_ref().map(|(noun, p)| format!("{p}的{noun}")).or(named);
            let right = Right { noun: named.as_deref().unwrap_or(right.noun), ..right };
            if lv.is_empty() {
                // An item of a list after its verb: 新建5条主干道路、2台热水锅炉; 建设24个群众
                // 滑冰场，26个户外健身中心 (a parallel figure with the same counter).
                let parallel = i > 0 && !rights[i - 1].noun.is_empty() && ms[i - 1].unit == ms[i].unit;
                // (Not when what the counted things did names them: 新增10个…示范村，12个村庄|被命名为….)
                // (A 、 still joins it to the list the verb governs: 新增200个集镇、8000个村点|开展….)
                // (Nor onto a clause with a verb of its own, one that only reports: 重点培育5个国家级、
                // 20个省级特色小镇，推进|1000个绿色示范乡村创建.)
                let own_verb = WORDS
                    .prefix(raw.trim_start_matches(|c: char| is_clause_break(c) || c == '、'), role::ANY_VERB)
                    .is_some();
                // (Nor onto things a status names, 加快那恒等45件|在建水源工程 after 新开工…水源工程: they
                // are no new ones.)
                let status = opens_with_status(right.noun);
                let verb = prev_verb.filter(|_| {
                    (sep || after_prev || parallel) && (named.is_none() || list_sep) && !own_verb && !status
                });
                verbs[i] = verb.clone();
                Some(format!("{}{}", verb.unwrap_or_default(), right.noun))
            } else {
                // A verb that only reports, or one that places the noun (纳入国家102项重大工程),
                // is left out, and so is an adverb alone (加快|100所…院校).
                // (Whatever adverbs stand before it: 重点实施|5个|奶牛规模养殖场.)
                // (Not a pivot verb whose predicate names the things: 支持|…企业上市.)
                let bare_verb = without_adverbs(&lv);
                let lv = if pivoted.is_some() {
                    lv
                } else if WORDS.has(&lv, role::REPORT | role::PREP | role::ADVERB | role::LEAD)
                    || (bare_verb.len() < lv.len() && WORDS.has(bare_verb, role::REPORT))
                {
                    String::new()
                } else {
                    lv
                };
                // (Not a verb that opens a clause describing the noun, closed by 的: 列入省“1311”规划的|
                // 71个|潜力产品项目 are the projects so listed.)
                let describes = lv.ends_with('的');
                // (Nor a verb alone before money and its noun: 安排|22亿元|资金 counts the funds so
                // allotted, as the golds keep 州财政安排资金.)
                let allots = ms[i].dimension == Dimension::Currency && WORDS.has(&lv, role::VERB);
                // (Nor a `reach` verb: 惠及|12万户|家庭 counts the households reached, 惠及家庭.)
                let allots = allots || REACH.contains(&lv);
                let lv = match WORDS.prefix(&lv, role::VERB) {
                    Some(l) if !WORDS.has(&lv[..l], role::KEEP) && !describes && !allots && pivoted.is_none() => {
                        lv[l..].to_string()
                    }
                    _ => lv,
                };
                verbs[i] = verb;
                Some(format!("{lv}{}", right.noun))
            }
        } else if same_sentence && WORDS.has(strip_compare(&left), role::GROWTH | role::DECLINE) {
            // 优良天数达到290天、增加19天: a change of the subject before.
            // (五年增加2054公里，增长近1倍: the change verb of the one before is not kept.)
            ms[i - 1].subject.as_ref().map(|p| format!("{}{}", without_change(p), bare_change(&left)))
        } else if same_sentence && ms[i].unit_base == "倍" && WORDS.prefix(raw.trim_start(), role::LINK).is_some() {
            // 新增风光装机超过600万千瓦，是正常消纳能力的10倍: the multiple of the subject before.
            verbs[i] = verbs[i - 1].clone();
            ms[i - 1].subject.clone()
        } else if !left.is_empty() {
            // 建成金沙路等农村公路4条: the examples before 等 are not what is counted.
            let left = match list_end(&left) {
                Some(k) if k + '等'.len_utf8() < left.len() => drop_examples(&left),
                _ => left,
            };
            // 占地区生产总值的|41%: the 的 that ties the words to the figure.
            let left = match left.strip_suffix('的') {
                Some(head) if head.chars().count() >= 2 => head.to_string(),
                _ => left,
            };
            // A verb alone before a figure that a 、 joins to the next item, a verb with a figure
            // of the same unit and a noun (开工12个、建成10个垃圾资源化利用设施; 完成第四批16个、
            // 启动第五批14个…示范乡镇): the noun after the last figure is what both count.
            if let Some(noun) = shared_item_noun(s, ms, &rights, i, &left) {
                ms[i].subject = Some(format!("{left}{noun}"));
                continue;
            }
            // 地区生产总值增长6.5%，高于全区|0.5个百分点: the gap of the figure before over the
            // base named (地区生产总值增长高于全区), not the bare comparison.
            if same_sentence
                && find_respectively(raw).is_none()
                && let Some(x) = gap_of(&left, &ms[i - 1])
            {
                ms[i].subject = Some(x);
                continue;
            }
            // 社会消费品零售总额增长16.4%，拉动经济增长|1.4个百分点: the contribution of what the
            // figure before measures (社会消费品零售总额拉动经济增长).
            if same_sentence && let Some(x) = pull_of(&left, &ms[i - 1], &ms[i]) {
                ms[i].subject = Some(x);
                continue;
            }
            // A verb alone after a figure of the same kind (新开工保障性住房7925套、建成8282套;
            // 新增市场主体52万户，累计394万户): the same thing, with this verb.
            let closes = s[ms[i].q_end..].chars().next().is_none_or(|c| is_clause_break(c) || c == '、');
            if same_sentence
                && closes
                && WORDS.has(&left, role::KEEP | role::VERB)
                && !WORDS.has(&left, role::WHOLE)
                && ms[i - 1].unit_base == ms[i].unit_base
                && let Some(s) = ms[i - 1].subject.as_deref().and_then(|p| with_verb(p, &left))
            {
                verbs[i] = WORDS.has(&left, role::KEEP).then(|| left.clone());
                ms[i].subject = Some(s);
                continue;
            }
            // 发放社会救助资金118.7亿元、惠及310万人: a `reach` verb alone after a figure of another
            // kind names the people the thing before reached (发放社会救助资金惠及), not the bare verb.
            // (Not after a share or rate, whose subject reached no one.)
            if same_sentence
                && after_prev
                && sep
                && raw.trim() == left
                && REACH.contains(&left)
                && ms[i - 1].unit_base != ms[i].unit_base
                && ms[i - 1].dimension != Dimension::Percent
                && let Some(p) = ms[i - 1].subject.as_deref().filter(|p| !p.is_empty() && !p.ends_with(left.as_str()))
            {
                ms[i].subject = Some(format!("{p}{left}"));
                continue;
            }
            // 外送电量3150亿度、占全国16%: the share of the thing counted before.
            if same_sentence
                && left.starts_with('占')
                && let Some(p) = ms[i - 1].subject.as_deref().filter(|p| !p.starts_with('占') && !p.is_empty())
            {
                ms[i].subject = Some(format!("{p}{left}"));
                continue;
            }
            // 新增省级农业龙头企业8户、州级47户: a tier alone is the thing counted before, at this tier.
            if same_sentence
                && (sep || after_prev)
                && WORDS.has(&left, role::TIER)
                && let Some(p) = ms[i - 1].subject.as_deref()
                && let Some((a, b)) = tier_in(p)
            {
                ms[i].subject = Some(format!("{}{left}{}", &p[..a], &p[b..]));
                verbs[i] = verbs[i - 1].clone();
                continue;
            }
            let own = leading_verb(&left);
            // (A verb group is carried whole: 建成和在建污水处理厂94个、垃圾处理场90个 -> 建成和在建
            // 垃圾处理场, was `建成垃圾处理场`.)
            verbs[i] = own.filter(|(_, keep)| *keep).map(|(v, _)| verb_group(&left, v).to_string());
            // A list item without a verb of its own takes the meaning-changing verb of the
            // item before it, when both count the same kind of thing; not an item that is a
            // clause of its own (全市公园总数达1100个) or starts with its own scope.
            // (Nor an item that states a cumulative level: 力争新增亿级企业15户以上、…、“专精特新”企业
            // 累计90户以上 counts all those firms, not new ones.)
            let own_clause = WORDS.suffix(raw.trim_end(), role::LINK | role::LEVEL).is_some()
                || WORDS.prefix(&left, role::SCOPE | role::TIME).is_some()
                || strip_among(&left).is_some()
                || holds(&left, CUMULATIVE)
                // (Nor a total, 新培育高新技术企业200家以上、总数突破1100家: it totals the things
                // counted before, old and new, and takes them as its owner, not the verb.)
                || owners::opens_with_total(&left);
            let carried = if (sep || after_prev) && own.is_none() && !own_clause {
                let p = &ms[i - 1];
                // (Across kinds of things made only for a 、-list item that is no measure of the
                // things before: 新增城市公园6个、绿地210万平方米 -> 新增绿地; not 引进项目88个、
                // 合同金额300亿元, nor money and shares: 发放资金14.4亿元、惠及32万人.)
                let made = |d: Dimension| !matches!(d, Dimension::Currency | Dimension::Percent);
                let across =
                    sep && made(p.dimension) && made(ms[i].dimension) && WORDS.suffix(&left, role::GENERIC).is_none();
                verbs[i - 1].clone().filter(|_| p.dimension == ms[i].dimension || across)
            } else {
                None
            };
            // 年均新增城镇就业8.4万人、农村劳动力转移就业2.4万人: a yearly average that opens the
            // first item governs the list as its verb does (年均农村劳动力转移就业, was a five-year
            // total), under the same conditions. (Amounts only: a pooled fall, 平均压减时间58%、材料52%,
            // is read with its change verb.)
            let amounts = i > 0 && ms[i].measure == Measure::Amount && ms[i - 1].dimension == ms[i].dimension;
            let avg = (amounts && sep && !own_clause)
                .then(|| ms[i - 1].subject.as_deref())
                .flatten()
                .and_then(|p| WORDS.prefix(p, role::AVG).map(|l| p[..l].to_string()))
                .filter(|a| !left.starts_with(a.as_str()) && WORDS.prefix(&left, role::AVG).is_none())
                .unwrap_or_default();
            // So does a per-unit scope (每个县区必保签约项目30个、储备项目30个 -> 每个县区储备项目: a
            // figure per county, not a total).
            let per = (amounts && sep && !own_clause && !left.starts_with('每'))
                .then(|| ms[i - 1].subject.as_deref())
                .flatten()
                .and_then(|p| per_scope(p, &left))
                .unwrap_or_default();
            let avg = format!("{avg}{per}");
            match carried {
                Some(v) => {
                    verbs[i] = Some(v.clone());
                    Some(format!("{avg}{v}{left}"))
                }
                None => Some(format!("{avg}{left}")),
            }
        } else if let Some(next) = ms.get(i + 1).filter(|n| {
            // 完成3800户、58万平方米棚户区改造: a figure joined to the next one shares its noun.
            let (rest, sep) = strip_separator(between(s, ms[i].q_end, n.q_start));
            sep && rest.is_empty() && !rights[i + 1].noun.is_empty()
        }) {
            let _ = next;
            Some(rights[i + 1].noun.to_string())
        } else if same_sentence
            && raw.trim().is_empty()
            && comma_only(between(s, ms[i - 1].q_end, ms[i].q_start))
            && let Some(x) = people_named_by_predicate(s, &ms[i], ms.get(i + 1).map(|n| n.start))
        {
            // 五年累计新增城镇就业168万人，|325万人|实现脱贫: people that open a clause of their own
            // after a comma, named by what they did (实现脱贫人口), are no more of the figure before
            // (round 31; was 累计新增城镇就业).
            Some(x)
        } else if same_sentence {
            verbs[i] = verbs[i - 1].clone();
            // 新增婴幼儿托位2251个、达到6688个: the level reached is of all the things, not of the new
            // ones (婴幼儿托位; 累计达到973座 -> 累计公园).
            let core = raw.trim_matches(|c: char| matches!(c, '、' | '，' | ',' | ' ' | '\u{3000}'));
            let total = core.starts_with(CUMULATIVE);
            // (An at-least word alone before the figure reaches a level too: 经营主体净增98万户、|突破|
            // 1900万户; it is the figure's qualifier, left out of the words before it.)
            let passed = ms[i].qualifier == Qualifier::AtLeast && ms[i].q_start < ms[i].start;
            let level = WORDS.has(core.trim_start_matches(CUMULATIVE), role::LINK | role::LEVEL)
                || (passed && core.trim_start_matches(CUMULATIVE).is_empty());
            // (After a gap, 工业投资年均增长10.2%，比“十二五”高3.2个百分点，近两年均突破1000亿元,
            // a figure of another kind continues the thing compared: 工业投资.)
            if let Some(q) = compared_before_gap(ms, i) {
                ms[i].subject = Some(q);
                continue;
            }
            let p = ms[i - 1].subject.as_deref();
            // (The increment may close the subject too, the things named first: 经营主体净增48万户、
            // 达到680万户 -> 经营主体.)
            let new_ones = p.and_then(|p| {
                INCREMENT.iter().find_map(|w| p.strip_prefix(w.as_str()).or_else(|| p.strip_suffix(w.as_str())))
            });
            match new_ones {
                Some(rest)
                    if level
                        && ms[i - 1].dimension == ms[i].dimension
                        && rest.chars().count() >= 2
                        && rest.starts_with(crate::lang::chars::is_han)
                        && !rest.starts_with(['和', '及', '与']) =>
                {
                    verbs[i] = None;
                    Some(format!("{}{rest}", if total { CUMULATIVE } else { "" }))
                }
                _ => p.map(|p| before_multiple(&ms[i - 1], &ms[i], p).to_string()),
            }
        } else {
            // The first figure of its sentence with nothing before it in its clause: the clause
            // before names it (新农合参合率再创新高，达到98.5%).
            sentence.as_ref().and_then(|l| clause_before(s, l.start, from))
        };
        // (A preposition alone names nothing: 对|400余万人|进行了…培训.)
        let subject = subject
            .map(|x| x.trim_matches(crate::lang::chars::is_blank).to_string())
            .filter(|x| !x.is_empty() && !WORDS.has(x, role::PREP));
        // A threshold alone (产值超亿元的骨干企业达99户，其中10亿元以上8户): the class of the
        // things counted before that passes it (10亿元以上的骨干企业).
        let subject = match subject {
            Some(x) if same_sentence && THRESHOLD_ONLY.is_match(&x) => {
                let before = ms[i - 1].subject.as_deref().unwrap_or("");
                let noun = before.rfind('的').map_or(before, |k| &before[k + '的'.len_utf8()..]);
                let threshold: String = x.chars().filter(|c| !c.is_whitespace()).collect();
                let fits = noun.chars().count() >= 2 && ms[i - 1].unit_base == ms[i].unit_base;
                Some(if fits { format!("{threshold}的{noun}") } else { x })
            }
            other => other,
        };
        // 其中超亿元项目141个, 引进项目168个，其中超亿元59个: an at-least class of money after 其中
        // is the class of the whole before it (超亿元的新签约产业项目, 超亿元的引进项目).
        let part = strip_among(raw.trim_start_matches(|c: char| is_clause_break(c) || c.is_whitespace())).is_some();
        let class_of_whole = subject.as_deref().filter(|_| same_sentence && part).and_then(|x| {
            let (class, head) = at_least_class(x)?;
            let same_unit = ms[i - 1].unit_base == ms[i].unit_base;
            let whole = ms[i - 1].subject.as_deref().and_then(|p| whole_of_class(p, head, same_unit))?;
            Some(format!("{class}的{whole}"))
        });
        let subject = class_of_whole.or(subject);
        // A counter that is itself a noun (47万|贫困人口, 1170.4万|农民) names what is counted:
        // alone when nothing stands before the figure in its clause (又有47万贫困人口实现脱贫
        // was `有`, then the clause before), after the words before it otherwise (现行标准下25.8万
        // 贫困人口 -> 现行标准下贫困人口).
        // 147万人|脱贫、26.7万人|易地扶贫搬迁: people counted by what they did or underwent, with
        // nothing else named, are that population (脱贫人口, 受灾人口).
        let subject = match subject {
            // (Not the object of a verb, 完成188万人|搬迁任务, nor an item of a list a verb before it
            // may govern, 组织10万人次巡堤、5000余人|抢险, nor a class by size, 100人以下|乡村小学.)
            Some(x)
                if WORDS.suffix(raw.trim_end(), role::ANY_VERB | role::EXIST | role::PREP).is_none()
                    && !(same_sentence && sep)
                    && ms[i].qualifier != Qualifier::AtMost
                    && people_by_predicate(s, &ms[i], &x) =>
            {
                Some(format!("{x}{PEOPLE}"))
            }
            other => other,
        };
        // 实现7.5万贫困人口|脱贫, 剩余1.4万贫困人口|脱贫: a way out of poverty names the people
        // (脱贫的剩余贫困人口), unless a verb before the figure governs it (帮助…脱贫).
        let exit = exit_of_list(s, ms, &rights, i, ms[i].q_end);
        // (Only the words before the figure in its clause govern it: a subject carried from the
        // figure before, 5.2万山区贫困人口搬出深山，又有117万农村贫困人口稳定脱贫, does not.)
        let exit = exit.filter(|p| plain || !subject.as_deref().is_some_and(|x| exit_governed(x, p)));
        let subject = match (counted_in_unit(&ms[i]), exit) {
            (Some(noun), Some(p)) => {
                let x = if nothing_before { "" } else { subject.as_deref().unwrap_or("") };
                let head = x.strip_suffix(p).unwrap_or(x);
                Some(if head.ends_with(noun) { format!("{p}的{head}") } else { format!("{p}的{head}{noun}") })
            }
            _ => subject,
        };
        // 已有|1170.4万农民|参加新型农村合作医疗: what the counted things did names them, as after a
        // counter (参加新型农村合作医疗的农民), when only leads, adverbs or an existential 有 stand before.
        let next_figure = ms.get(i + 1).map(|n| n.start);
        let by_predicate = || predicate_after(s, ms[i].q_end, next_figure).filter(|_| exist_before);
        // 帮助|3.3万农民|参加技能培训: after a pivot verb, what they were helped to do names them,
        // the verb kept (帮助参加技能培训的农民; round 34).
        let pivoted = || {
            let x = subject.as_deref().filter(|x| ends_in_pivot(x) && !(same_sentence && sep))?;
            let (_, p) = pivot_predicate(s, "", ms[i].q_end, next_figure)?;
            Some((x, p))
        };
        let subject = match counted_in_unit(&ms[i]).filter(|_| exit.is_none()) {
            Some(noun) if let Some((x, p)) = pivoted() => Some(format!("{x}{p}的{noun}")),
            Some(noun) if let Some(p) = by_predicate() => Some(format!("{}的{noun}", p.replacen('了', "", 1))),
            // 惠及|30多万各族群众: the people a `reach` verb alone names are those reached (惠及各族
            // 群众, as 惠及群众30万人 reads), not a population.
            Some(noun) if let Some(v) = reach_before.as_deref() => Some(format!("{v}{noun}")),
            Some(noun) if nothing_before => Some(noun.to_string()),
            // (When the words are the predicate after the figure, 帮助3.3万贫困人口|脱贫, they
            // describe the noun: 帮助脱贫的贫困人口, not 帮助脱贫贫困人口.)
            Some(noun) => subject.map(|x| {
                if x.ends_with(noun) {
                    x
                } else if ends_with_text_after(&x, &s[ms[i].q_end..]) {
                    format!("{x}的{noun}")
                } else {
                    format!("{x}{noun}")
                }
            }),
            None => subject,
        };
        let subject = solved.or(subject);
        // 确保1万户|低收入家庭住房条件|得到改善: the possessors named by what their thing underwent,
        // when nothing but leads stand before the figure (see [`possessor_underwent`]).
        let subject = match possessor_underwent(s, &ms[i], rights[i].noun, rights[i].end, next_figure)
            .filter(|_| plain && ms[i].dimension == Dimension::Count && !rights[i].of)
        {
            Some(x) => Some(x),
            None => subject,
        };
        // 营收, 增加值 alone: the measure of an owner named before it in the sentence. Also as
        // the part of a share (增加值占地区生产总值比重: the owner's value added).
        let generic = subject.as_deref().and_then(|g| {
            let head = crate::lang::text::find_char(g, '占').map_or(g, |k| &g[..k]);
            WORDS.has(head, role::GENERIC).then(|| head.to_string())
        });
        // An investment with no owner before it may name it after it (投资1.3亿元实施|自来水管网
        // 改造工程): the last place looked, and the only one for a planned measure (计划投资).
        let invested = |g: &str| COUNTED_TOTAL.iter().any(|w| w == g) && ms[i].dimension == Dimension::Currency;
        let after = || sentence.as_ref().and_then(|l| object_after(s, ms[i].q_end, l.end));
        let planned = subject
            .as_deref()
            .is_some_and(|g| PLAN_PREFIX.iter().any(|w| g.strip_prefix(w.as_str()).is_some_and(invested)));
        let subject = match (subject, generic) {
            (Some(g), Some(head)) => {
                let reported =
                    i > 0 && owners::reported_after_semicolon(between(s, ms[i - 1].q_end, ms[i].q_start), &head);
                let prev = if same_sentence || reported { Some(&ms[i - 1]) } else { None };
                // (Works, 项目 and 工程, own an investment only in money: see `owners::works_owner`.)
                let money = ms[i].dimension == Dimension::Currency;
                let owner = owner_before(prev.and_then(|p| p.subject.as_deref()), &head, prev, &ms[i])
                    .or_else(|| sentence.as_ref().and_then(|l| topic(l.text(s), &head, false, money)))
                    .or_else(|| sentence.as_ref().and_then(|l| object_topic(s, l.start, from, &head, money)))
                    // (A topic with a predicate of its own, 民营经济发展提速，实现增加值, is read
                    // last, and only for the first figure of its sentence: a figure before has a
                    // subject of its own the measure may belong to.)
                    .or_else(|| {
                        sentence.as_ref().filter(|_| !same_sentence).and_then(|l| topic(l.text(s), &head, true, money))
                    })
                    // (The first figure of a ；-part, with no owner found: the owner of the chain's
                    // first figure, 全市民营经济实现主营业务收入…；…；|上缴税金.)
                    .or_else(|| {
                        sentence
                            .as_ref()
                            .filter(|_| !same_sentence)
                            .and_then(|l| owners::chain_owner(s, ms, i, l.start))
                    })
                    .or_else(|| after().filter(|_| invested(&head)));
                Some(format!("{}{g}", owner.unwrap_or_default()))
            }
            (Some(g), None) if planned => Some(format!("{}{g}", after().unwrap_or_default())),
            (other, _) => other,
        };
        // 签约项目履约率95%以上、开工率65%以上: a rate named alone right after a list mark that
        // follows the figure of a rate item takes that item's owner (签约项目开工率).
        let subject = match subject {
            Some(x) if same_sentence => {
                let gap = between(s, ms[i - 1].q_end, ms[i].q_start);
                let listed = strip_separator(gap).1 && strip_separator(gap).0 == x;
                let owner = ms[i - 1].subject.as_deref().filter(|_| listed).and_then(|p| rate_owner(p, &x));
                Some(owner.map_or(x.clone(), |o| format!("{o}{x}")))
            }
            other => other,
        };
        // 19个援疆省市|安排援疆资金近200亿元: the things counted right before a verb of allotting
        // funds pay them (援疆省市安排援疆资金), as a scope word before it does.
        let subject = match subject {
            Some(x) if same_sentence => Some(payer_counted(s, ms, &rights, i, &x).unwrap_or(x)),
            other => other,
        };
        // A per-head change alone (年人均提高|2556元) after a clause stating the same change of a
        // thing: that thing's change, per head.
        let subject = match (subject, sentence.as_ref()) {
            (Some(x), Some(l)) => Some(per_head_owner(&x, s, l.start, from).unwrap_or(x)),
            (other, _) => other,
        };
        // 接待游客2.73亿人次、实现收入4140亿元: a revenue named alone after a count of visitors is
        // the revenue of visiting (旅游收入).
        let subject = match subject {
            Some(x) if same_sentence && VISIT_REVENUE.contains(&x) => {
                let visitors =
                    ms[i - 1].subject.as_deref().is_some_and(|p| VISITORS.iter().any(|w| p.contains(w.as_str())));
                match VISIT_OWNER.first() {
                    Some(owner) if visitors => Some(format!("{owner}{x}")),
                    _ => Some(x),
                }
            }
            other => other,
        };
        // 地区生产总值增长7.6%（州直增长7.5%、塔城地区增长8.5%…）: a part of the region alone in
        // brackets measures what the figure before the brackets does.
        let subject = match (subject, sentence.as_ref()) {
            (Some(x), Some(l)) => Some(part_of_whole(s, ms, i, l.start, &x).unwrap_or(x)),
            (other, _) => other,
        };
        // 新兴产业增加值增长7%，其中智能装备与机器人增长10.4%: a part named alone measures what
        // its whole does (智能装备与机器人增加值).
        let subject = match (subject, sentence.as_ref()) {
            (Some(x), Some(l)) => Some(breakdown_measure(s, ms, i, l.start, &x).unwrap_or(x)),
            (other, _) => other,
        };
        // 发生生产安全事故109起、死亡106人: the occurrences of what happened, and the people it
        // killed (生产安全事故起数, 生产安全事故死亡人数).
        let subject = match subject {
            Some(x) => {
                let (x, what) = occurrences(&ms[i], &x, same_sentence.then_some(&occurred).and_then(Option::as_deref));
                occurred = what;
                Some(x)
            }
            None => None,
        };
        // 新开工20层以上|高层|13栋: the noun after a threshold figure, counted right after it, is a
        // class the threshold makes (what the golds write: 销售收入超亿元的非公企业).
        let subject = match subject {
            Some(x) if i > 0 && rights[i - 1].end == ms[i].q_start => {
                Some(class_by_threshold(s, &ms[i - 1], &ms[i], rights[i - 1].noun, &x).unwrap_or(x))
            }
            other => other,
        };
        // 53万人|稳定脱贫: people that open their clause, with no subject found, named by what
        // they did (稳定脱贫人口). Not after any word of the clause (为|1467位…, 对|400余万人…) nor
        // as an item of a list that a word before governs (对3.9万户、|12.5万人|实施…).
        // (Nor when the clause before only lent its words for want of a subject: 完善…配套政策，|28万人|
        // 纳入低保范围 was `完善…配套政策`; the people are named by what they did.)
        let lent = |x: &str| sentence.as_ref().and_then(|l| clause_before(s, l.start, from)).is_some_and(|c| c == x);
        let subject = match subject {
            // (The clause before is read last, only for a figure that opens its clause: most do not.)
            x if raw.trim().is_empty() && !sep && !list_sep && x.as_deref().is_none_or(|x| x.is_empty() || lent(x)) => {
                people_named_by_predicate(s, &ms[i], ms.get(i + 1).map(|n| n.start)).or(x)
            }
            other => other,
        };
        // 高新区加快建设…，力争|规模工业总产值|增长10%: a measure of the region's named alone
        // after a development zone that opens the sentence as the subject of its clause chain is
        // the zone's (see [`owners::zone_owner`]).
        let subject = match (subject, sentence.as_ref()) {
            (Some(x), Some(l)) if crate::stages::indicators::codes::indicator_of(&x).is_some() => {
                Some(owners::zone_owner(s, l.start, ms[i].q_start, &x).map_or(x.clone(), |z| format!("{z}{x}")))
            }
            (other, _) => other,
        };
        // 2.4万名|儿童|受益, 使60余万群众|受益: the things counted right before a `reach` verb that
        // ends the clause are those reached (受益儿童, 受益群众), as 惠及群众 reads.
        let subject = match subject {
            Some(x) if ms[i].dimension == Dimension::Count => {
                let unit = counted_in_unit(&ms[i]);
                let (noun, end) = match unit {
                    Some(n) => (n, ms[i].q_end),
                    None => (rights[i].noun, rights[i].end),
                };
                Some(benefited(s, noun, end).unwrap_or(x))
            }
            other => other,
        };
        // 8县（市）|实现义务教育基本均衡发展, 确保8县（市）|全部达到…: a count whose counter is the
        // ending of a kind of place (dict/admin_suffixes.tsv: 县, 省) with the other kinds it
        // counts in brackets after it counts those places, 县（市）. What follows the brackets is
        // a predicate or the places' own (空气质量), never the noun counted; the aside stopped the
        // noun reader, and the figure took a noun from the clause before or none (round 36).
        let subject = places_counted(s, &ms[i]).or(subject);
        ms[i].subject = subject;
    }
    counterpart_owners(cx, ms);
    // The last character of the reporting government's name (省, 市, 区, 县, 国): its scope word
    // (全省, 全市) names its own whole.
    let region_end = cx.meta.region.as_deref().and_then(|r| r.chars().next_back());
    for m in ms.iter_mut() {
        if let Some(x) = m.subject.as_deref().filter(|x| x.contains('[')) {
            m.subject = Some(drop_reference_marks(x).into_owned()).filter(|x| !x.is_empty());
        }
        if let Some(x) = m.subject.as_deref().filter(|x| x.contains(crate::lang::chars::is_inline_space)) {
            m.subject = Some(despace(x).trim().to_string()).filter(|x| !x.is_empty());
        }
        // The aspect particle of a verb left out (实施了|农村危改工程, 开工了|城建重点项目).
        if let Some(x) =
            m.subject.as_deref().filter(|x| x.starts_with('了') && WORDS.prefix(x, role::COMPOUND).is_none())
        {
            m.subject = Some(x['了'.len_utf8()..].to_string()).filter(|x| !x.is_empty());
        }
        // The aspect particle after a leading verb (开工了|重点项目, 完成了|城区…规范化).
        if let Some(x) = m.subject.as_deref()
            && let Some((v, _)) = leading_verb(x)
            && x[v.len()..].starts_with('了')
            && x[v.len() + '了'.len_utf8()..].chars().count() >= 2
            && WORDS.prefix(&x[v.len()..], role::COMPOUND).is_none()
        {
            m.subject = Some(format!("{v}{}", &x[v.len() + '了'.len_utf8()..]));
        }
        // The aspect particle after the verb that ends a subject (城镇化率提高了|1.6个百分点, 人员编制
        // 精简了|20%): the change or act is named by its verb, as the golds write 分担率提高 (round 39).
        if let Some(x) = m.subject.as_deref()
            && let Some(v) = x.strip_suffix('了')
            && v.chars().count() >= 2
            && WORDS.suffix(v, role::ANY_VERB | role::GROWTH | role::DECLINE | role::LEVEL).is_some()
        {
            m.subject = Some(v.to_string());
        }
        // 在全国86个中等城市中|位列第七, 117个项目以外的…: the set counted in or out of (round 40).
        if m.dimension == Dimension::Count
            && let Some(x) = m.subject.as_deref()
            && let Some(head) = words::before_postposition(x)
        {
            m.subject = Some(head.to_string());
        }
        // 利润总额五年|分别增长: a span of years after the noun says how long, not what is measured.
        if let Some(x) = m.subject.as_deref()
            && let Some(head) = before_duration(x)
        {
            m.subject = Some(head.to_string());
        }
        if let Some(x) = m.subject.as_deref()
            && let Some(head) = before_year(x)
        {
            m.subject = Some(head.to_string());
        }
        if let Some(x) = m.subject.as_deref().and_then(without_inner_time) {
            m.subject = Some(x);
        }
        if let Some(x) = m.subject.as_deref()
            && let Some(head) = before_milestone(x)
        {
            m.subject = Some(head.to_string());
        }
        if let Some(x) = m.subject.as_deref()
            && let Some(head) = before_cut_milestone(x, |h| code_of_figure(h, m.measure, m.dimension).is_some())
        {
            m.subject = Some(head.to_string());
        }
        // A multiple (是2008年的1.7倍, 进出口总额增长2.5倍) compares the statistic with itself in
        // another year or states the size of its change: it is no level, growth rate or share of
        // the statistic, and a code would set it beside them in `targets` and in analysts'
        // filters by code. No code.
        let multiple = m.unit_base == "倍";
        // Percentage points (低1个百分点, 提高25.5个百分点, 每年增长近1个百分点) size a gap or a
        // change of a rate, never the rate itself: no code either (round 31; 按不变价计算全区生产总值…
        // 比预期目标分别低1个百分点 was gdp).
        let points = m.unit_base == words::POINTS;
        m.indicator = m
            .subject
            .as_deref()
            .filter(|_| !multiple && !points)
            .and_then(|x| code_of_figure(x, m.measure, m.dimension));
        let part = |code: &str| {
            matches!(m.measure, Measure::Amount | Measure::GrowthRate) && share_of_region(s, m, code, region_end)
        };
        if m.indicator.as_deref().is_some_and(part) {
            m.indicator = None;
        }
        // (地方一般预算支出711.1亿元，增长27.9%，|70%以上用于改善民生: a share that opens its clause
        // is the part of the amount named before it put to a use, no level of the statistic; round 33.)
        if m.indicator.as_deref().is_some_and(|c| m.measure == Measure::Ratio && physical_code(c))
            && s.get(..m.start).is_some_and(|b| b.trim_end().ends_with(['，', ',']))
        {
            m.indicator = None;
        }
        // (…开封新区…，带动全区完成固定资产投资: 全区 in a city's report is a district of it.)
        // (中心城区建成区面积达62平方公里、常住人口增至77.8万人: the centre's population.)
        if m.indicator.is_some()
            && (lower_whole(s, m, cx.meta.admin_level, region_end) || listed_after_part(s, m) || carrier_owned(s, m))
        {
            m.indicator = None;
        }
        // (财政一般预算收入…，其中地方财政一般预算收入…: the whole holds the central share.)
        if m.indicator.as_deref() == Some("budget_revenue")
            && !m.subject.as_deref().is_some_and(|x| LOCAL_SHARE.iter().any(|w| x.contains(w.as_str())))
            && whole_of_local_revenue(s, m)
        {
            m.indicator = None;
        }
        // (地方财政收入 alone is in some reports a wider local revenue, funds included: its code
        // only as the part after 其中 of a revenue total.)
        if m.indicator.is_some()
            && let Some(part) = m.subject.as_deref().and_then(crate::stages::indicators::codes::local_part_of)
            && !local_part_of_total(s, m, &part)
        {
            m.indicator = None;
        }
    }
    neighbour_parts(s, ms);
    three_sectors(cx, ms);
}

/// The figures of a list of three of one measure under a subject naming the three sectors of the
/// economy together (三次产业实现增加值分别为69.6亿元、330.8亿元和240.6亿元; 一二三产业分别增长6.8%、
/// 9.5%和10%): the first, second and third sector's, in order, each with its code (round 34).
/// Only a list of exactly three in one sentence; multiples and percentage points stay uncoded.
fn three_sectors(cx: &Document, ms: &mut [Mention]) {
    use crate::stages::indicators::codes::{names_sectors, sector_code};
    for i in 0..ms.len() {
        let m = &ms[i];
        if m.indicator.is_some() || m.range_hi || m.unit_base == "倍" || m.unit_base == words::POINTS {
            continue;
        }
        let Some(sectors) = m.subject.as_deref().and_then(names_sectors) else { continue };
        let sentence = cx.sentence_at(m.start);
        // (A list's figures stand next to each other: only the few around are looked at.)
        let near = i.saturating_sub(4)..(i + 5).min(ms.len());
        let list: Vec<usize> = near
            .filter(|&j| {
                ms[j].subject == m.subject
                    && ms[j].measure == m.measure
                    && !ms[j].range_hi
                    && cx.sentence_at(ms[j].start) == sentence
            })
            .collect();
        if list.len() != 3 {
            continue;
        }
        let Some(k) = list.iter().position(|&j| j == i) else { continue };
        ms[i].indicator = sector_code(&sectors, k);
    }
}

/// Whether the code measures an amount of something (money, people, tonnes, energy, area,
/// length): a percent of it is a share, never the statistic.
fn physical_code(code: &str) -> bool {
    crate::lexicon::get().indicator(code).is_some_and(|c| c.dimension.is_physical())
}

/// The verb group that opens `t` from its first verb `first`: verbs joined by 和, 及, 与 or 、
/// (建成和在建, 新建、续建) before one object, all of it.
fn verb_group<'a>(t: &'a str, first: &str) -> &'a str {
    let mut end = first.len();
    while let Some(c) = t[end..].chars().next().filter(|c| matches!(c, '和' | '及' | '与' | '、')) {
        let at = end + c.len_utf8();
        match WORDS.prefix(&t[at..], role::ANY_VERB) {
            Some(l) if at + l < t.len() => end = at + l,
            _ => break,
        }
    }
    &t[..end]
}

/// The places a count names when its counter is the ending of a kind of place of
/// dict/admin_suffixes.tsv (8县, 7省) and a short aside in brackets names the other kinds it counts
/// (8县（市）, 7省（区、市）): the counter and the aside, 县（市）.
fn places_counted(s: &str, m: &Mention) -> Option<String> {
    if m.dimension != Dimension::Other {
        return None;
    }
    let place = crate::lexicon::get().is_admin_ending(&m.unit);
    let rest = s[m.end..].strip_prefix('（')?;
    let k = rest.find('）').filter(|&k| (1..=6).contains(&rest[..k].chars().count()))?;
    let aside = &rest[..k];
    let kinds = aside.split('、').all(|x| crate::lexicon::get().is_admin_ending(x));
    (place && kinds).then(|| format!("{}（{aside}）", m.unit))
}

/// The per-unit scope that opens a subject (每个县区 of 每个县区必保签约项目): 每, its counter and
/// the unit, up to the first verb, adverb, lead or goal word; of three to six characters, with
/// words after it. Only for an item of the same head (…项目、储备项目), not a place of its own
/// (每个城区新建公办幼儿园不少于3所、三县一市不少于2所).
fn per_scope(p: &str, item: &str) -> Option<String> {
    let head = |t: &str| t.char_indices().rev().nth(1).map(|(k, _)| t[k..].to_string());
    if !p.starts_with('每') || head(p) != head(item) {
        return None;
    }
    let end = first_word(p, role::ANY_VERB | role::ADVERB | role::STEER | role::PREP | role::LEAD);
    let scope = &p[..end];
    ((3..=6).contains(&scope.chars().count()) && end < p.len()).then(|| scope.to_string())
}

/// The things reached (受益儿童) when the counted noun `noun`, ending at `end`, is followed only by
/// a `reach` verb (受益; after a `reach_adverb`, 从中 or 直接) up to the end of its clause.
fn benefited(s: &str, noun: &str, end: usize) -> Option<String> {
    let noun = noun.trim_matches(crate::lang::chars::is_blank);
    if noun.chars().count() < 2 || !noun.chars().all(crate::lang::chars::is_han) {
        return None;
    }
    let after = s.get(end..)?.trim_start_matches(crate::lang::chars::is_blank);
    let after = REACH_ADVERB.iter().find_map(|w| after.strip_prefix(w.as_str())).unwrap_or(after);
    let verb = REACH.iter().find(|w| after.starts_with(w.as_str()))?;
    let rest = &after[verb.len()..];
    let closed = rest.chars().next().is_none_or(|c| is_clause_break(c) || crate::lang::chars::is_blank(c));
    closed.then(|| format!("{verb}{noun}"))
}
