//! Periods and status: the years a figure is about, and whether it is a reported result
//! (`actual`) or a goal (`target`).
//!
//! Resolution, nearest first (the contract's rules):
//!
//! 1. a time phrase in the figure's own clause (2021年实现…, 到2026年, “十四五”时期, 五年来);
//!    a year written with the figure inside 由2010年的…增加到2015年的… belongs to that figure
//!    only, and a parallel clause that leaves its years out takes them from the clause before;
//! 2. one earlier in the same sentence;
//! 3. the topic of an earlier sentence of the paragraph (a time phrase opening the sentence:
//!    过去一年，… 2021年是…);
//! 4. the topic of an earlier paragraph of the same section, when it agrees with the section
//!    (a paragraph in a plan that recaps last year is local to that paragraph);
//! 5. the period of the enclosing section, read from its heading (过去五年及2021年工作回顾,
//!    “十五五”时期主要目标和2026年重点工作 …) and inherited by subsections.
//!
//! Then: a change against a base year (比2010年增加…) runs from the year after the base to the
//! end of that period; a 年均 figure is about the span it averages over. Status follows the
//! time the figure is about when the text states one (a plan recapping last year gives
//! `actual`, a review naming this year's goals `target`), else a goal word in the clause, else
//! the section. All cue words are in `dict/period_cues.tsv` and `dict/section_cues.tsv`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::{Regex, RegexSet};

use super::document::Document;
use super::document::cues::CUES;
use super::document::outline::{Outline, Section};
use super::quantities::Fnv;
use crate::lang::chars::{is_blank, is_digit};
use crate::lang::marks::{is_clause_mark, is_quote_mark};
use crate::lang::numerals::{self, cn_digit, small_number};
use crate::lang::text::{Line, squeeze};
use crate::model::{Period, Status};

/// What a section's heading says about time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionTime {
    /// The period of a figure with no nearer time reference.
    pub period: Period,
    /// A multi-year span the section also covers (过去五年, “十四五”), for 年均 figures and
    /// paragraphs that name it.
    pub span: Option<Period>,
    pub status: Status,
}

// ---------------------------------------------------------------------------------------
// Cue words

/// `n·N + k`, an offset from the report year in `dict/period_cues.tsv`.
#[derive(Debug, Clone, Copy)]
struct Offset {
    n: i32,
    k: i32,
}

impl Offset {
    fn parse(s: &str) -> Offset {
        let s = s.trim();
        let (sign, rest) = match s.strip_prefix('-') {
            Some(r) => (-1, r),
            None => (1, s.strip_prefix('+').unwrap_or(s)),
        };
        if let Some(after_n) = rest.strip_prefix('n') {
            let k = if after_n.is_empty() {
                0
            } else {
                after_n.parse::<i32>().unwrap_or_else(|_| panic!("dict/period_cues.tsv: bad offset {s:?}"))
            };
            Offset { n: sign, k }
        } else {
            let k = rest.parse::<i32>().unwrap_or_else(|_| panic!("dict/period_cues.tsv: bad offset {s:?}"));
            Offset { n: 0, k: sign * k }
        }
    }
    fn at(self, n: i32) -> i32 {
        self.n * n + self.k
    }
}

struct Relative {
    re: Regex,
    start: Offset,
    end: Offset,
    /// The pattern without a literal prefix (the cue opens with `{n}`), and its longest match
    /// in bytes (see [`whole_text_hits`]).
    no_prefix: bool,
    max_len: usize,
}

/// The lists of `dict/period_cues.tsv`, by kind.
struct Cues {
    relative: Vec<Relative>,
    section_year: Vec<String>,
    base_before: Vec<String>,
    base_of_before: Vec<String>,
    from: Vec<String>,
    to: Vec<String>,
    since_after: Vec<String>,
    topic_prefix: Vec<String>,
    plan_scope_after: Vec<String>,
    plan_end_after: Vec<String>,
    goal: Vec<String>,
    goal_compared: Vec<String>,
    not_goal: Vec<String>,
    year_heading: Vec<String>,
    /// Any goal word, to skip clauses with none (most of them) before masking `not_goal`.
    /// Only used when no goal word contains the mask `·` (see [`has_goal_word`]).
    goal_any: Option<AhoCorasick>,
    /// Longest `plan_scope_after` or `plan_end_after` word in bytes: how far past “十N五” a
    /// scan looks (see [`Memo::scan`]).
    plan_after_max: usize,
    /// Every pattern [`scan`] runs, in its order: [`YEAR_RANGE`], [`YEAR`], [`PLAN_NO`], the
    /// `relative` phrases, the `section_year` words. One pass over a clause tells which can
    /// match at all; most clauses name no time, and a search costs more to start than to run.
    any: RegexSet,
    /// The union of the patterns of `any` without a literal prefix, their indices in `any`,
    /// and the longest match of any of them (see [`whole_text_hits`]).
    no_prefix: Regex,
    no_prefix_ids: Vec<usize>,
    no_prefix_max: usize,
}

const NUMERAL: &str = "(?P<n>[一二两三四五六七八九十]{1,3}|[0-9]{1,2})";
/// The longest match of [`NUMERAL`] in bytes (three ideographs).
const NUMERAL_MAX: usize = 9;

static PCUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut c = Cues {
        relative: vec![],
        section_year: vec![],
        base_before: vec![],
        base_of_before: vec![],
        from: vec![],
        to: vec![],
        since_after: vec![],
        topic_prefix: vec![],
        plan_scope_after: vec![],
        plan_end_after: vec![],
        goal: vec![],
        goal_compared: vec![],
        not_goal: vec![],
        year_heading: vec![],
        goal_any: None,
        plan_after_max: 0,
        any: RegexSet::empty(),
        no_prefix: Regex::new("").expect("valid regex"), // (set below)
        no_prefix_ids: vec![],
        no_prefix_max: 0,
    };
    for row in crate::dict::tsv("period_cues.tsv", 2) {
        let cue = row[1].clone();
        let list = match row[0].as_str() {
            "relative" => {
                assert!(row.len() >= 4, "dict/period_cues.tsv: relative {cue:?} needs start and end");
                let pat = regex::escape(&cue).replace(r"\{n\}", NUMERAL);
                let re = Regex::new(&pat).unwrap_or_else(|e| panic!("dict/period_cues.tsv: {cue:?}: {e}"));
                let no_prefix = cue.starts_with("{n}");
                let max_len = cue.replace("{n}", "").len() + cue.matches("{n}").count() * NUMERAL_MAX;
                c.relative.push(Relative {
                    re,
                    start: Offset::parse(&row[2]),
                    end: Offset::parse(&row[3]),
                    no_prefix,
                    max_len,
                });
                continue;
            }
            "section_year" => &mut c.section_year,
            "base_before" => &mut c.base_before,
            "base_of_before" => &mut c.base_of_before,
            "from" => &mut c.from,
            "to" => &mut c.to,
            "since_after" => &mut c.since_after,
            "topic_prefix" => &mut c.topic_prefix,
            "plan_scope_after" => &mut c.plan_scope_after,
            "plan_end_after" => &mut c.plan_end_after,
            "goal" => &mut c.goal,
            "goal_compared" => &mut c.goal_compared,
            "not_goal" => &mut c.not_goal,
            "year_heading" => &mut c.year_heading,
            other => panic!("dict/period_cues.tsv: unknown kind {other:?}"),
        };
        list.push(cue);
    }
    // Longest first, so that 截止到 is tried before 到.
    c.topic_prefix.sort_by_key(|w| std::cmp::Reverse(w.len()));
    if !c.goal.is_empty() && c.goal.iter().all(|g| !g.contains('·')) {
        c.goal_any = Some(AhoCorasick::new(&c.goal).expect("goal words build an automaton"));
    }
    c.plan_after_max = c.plan_scope_after.iter().chain(&c.plan_end_after).map(String::len).max().unwrap_or(0);
    let patterns = [YEAR_RANGE.as_str(), YEAR.as_str(), PLAN_NO.as_str()]
        .into_iter()
        .map(String::from)
        .chain(c.relative.iter().map(|r| r.re.as_str().to_string()))
        .chain(c.section_year.iter().map(|w| regex::escape(w)));
    c.any = RegexSet::new(patterns).expect("the patterns compiled one by one");
    // (Unnamed numerals: a union cannot repeat the group name.)
    let plain = |p: &str| p.replace("(?P<n>", "(?:");
    let mut union = vec![plain(YEAR_RANGE.as_str()), plain(YEAR.as_str())];
    c.no_prefix_ids = vec![0, 1];
    c.no_prefix_max = YEAR_RANGE_MAX.max(YEAR_MAX);
    for (k, r) in c.relative.iter().enumerate().filter(|(_, r)| r.no_prefix) {
        union.push(plain(r.re.as_str()));
        c.no_prefix_ids.push(3 + k);
        c.no_prefix_max = c.no_prefix_max.max(r.max_len);
    }
    let union: Vec<String> = union.iter().map(|p| format!("(?:{p})")).collect();
    c.no_prefix = Regex::new(&union.join("|")).expect("the patterns compiled one by one");
    c
});

// ---------------------------------------------------------------------------------------
// Time references in running text

/// How a time reference relates to the figures after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// The years the following figures are about.
    Point,
    /// The base of a change (比2010年, 是2010年的): not the figure's period.
    Base,
    /// 由2010年的…: belongs to the figure right after it.
    From,
    /// …增加到2015年的…
    To,
    /// 全年: the year of the section.
    SectionYear,
}

/// A time phrase found in the text (byte offsets).
#[derive(Debug, Clone, Copy)]
struct Ref {
    start: usize,
    end: usize,
    period: Period,
    role: Role,
    /// False for a five-year plan that is only named (“十四五”规划目标): it places nothing.
    strong: bool,
}

static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s?年").expect("valid regex"));
/// The longest matches of [`YEAR`] and [`YEAR_RANGE`] in bytes (full-width digits and blanks
/// take three, —— six): every match holds a 年 and lies within this reach of it, which lets
/// [`whole_text_hits`] search only around the 年 of a text. Keep them in step with the patterns.
const YEAR_MAX: usize = 4 * 3 + 3 + 3;
const YEAR_RANGE_MAX: usize = 4 * 3 + 3 + 3 + 3 + 6 + 3 + 4 * 3 + 3 + 3;
static YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9０-９]{4})\s?年?\s?(?:—{1,2}|–|-|－|~|～|至|到)\s?([0-9０-９]{4})\s?年").expect("valid regex")
});
static PLAN_NO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[“"‘]?十([一二三四五六七八九])五[”"’]?|第十([一二三四五六七八九])个五年"#).expect("valid regex")
});

/// The years of a five-year plan named 十N五 (十四五 -> 2021–2025).
pub fn five_year_plan(name: &str) -> Option<Period> {
    let cs: Vec<char> = name.chars().filter(|c| !is_quote_mark(*c)).collect();
    let n = match cs.as_slice() {
        ['十', d, '五'] => 10 + cn_digit(*d)? as i32,
        _ => return None,
    };
    let start = 2006 + (n - 11) * 5;
    Some(Period::years(start, start + 4))
}

/// The five-year plan a year falls in (2023 -> 2021–2025), for joining a year's figures with
/// the goals of the plan covering it.
pub fn plan_of_year(year: i32) -> Period {
    let start = 2006 + (year - 2006).div_euclid(5) * 5;
    Period::years(start, start + 4)
}

/// Whether a period includes a year (a target for 2021–2025 covers 2023).
pub fn covers(period: Period, year: i32) -> bool {
    matches!((period.start, period.end), (Some(a), Some(b)) if a <= year && year <= b)
}

fn ends_with_any(s: &str, words: &[String]) -> bool {
    words.iter().any(|w| s.ends_with(w.as_str()))
}

fn starts_with_any(s: &str, words: &[String]) -> bool {
    words.iter().any(|w| s.starts_with(w.as_str()))
}

/// Every time phrase in `s[range]`, in text order. Relative phrases need the report year.
fn scan(s: &str, range: Range<usize>, ry: Option<i32>) -> Vec<Ref> {
    let c = &*PCUES;
    let hay = &s[range.clone()];
    let base = range.start;
    // One pass tells which patterns can match at all; most texts name no time.
    let may = c.any.matches(hay);
    let mut hits: Vec<(usize, Hit)> = Vec::new();
    for k in (0..c.any.len()).filter(|&k| may.matched(k)) {
        hits.extend(pattern_hits(hay, k).map(|h| (k, Hit { start: base + h.start, end: base + h.end, ..h })));
    }
    refs_of(s, range, ry, &hits)
}

/// A match of one of the time patterns, with what its groups say.
#[derive(Debug, Clone, Copy)]
struct Hit {
    start: usize,
    end: usize,
    val: HitVal,
}

#[derive(Debug, Clone, Copy)]
enum HitVal {
    /// [`YEAR_RANGE`]: its two years, if plausible.
    Range(Option<i32>, Option<i32>),
    /// [`YEAR`]: the year, if plausible.
    Year(Option<i32>),
    /// [`PLAN_NO`]: the plan, and whether it was written 第十N个五年.
    Plan(Option<Period>, bool),
    /// A `relative` phrase: its numeral (0 without one), or `None` if that does not parse.
    Relative(Option<i32>),
    /// A `section_year` word.
    Word,
}

/// Pattern `k` of `PCUES.any` over `hay`: every match, in order, in `hay`'s offsets.
fn pattern_hits(hay: &str, k: usize) -> Box<dyn Iterator<Item = Hit> + '_> {
    let c = &*PCUES;
    let rel = 3..3 + c.relative.len();
    let hit = |g: regex::Match, val| Hit { start: g.start(), end: g.end(), val };
    match k {
        0 => {
            Box::new(YEAR_RANGE.captures_iter(hay).map(move |m| {
                hit(m.get(0).expect("match"), HitVal::Range(numerals::year(&m[1]), numerals::year(&m[2])))
            }))
        }
        1 => Box::new(
            YEAR.captures_iter(hay).map(move |m| hit(m.get(0).expect("match"), HitVal::Year(numerals::year(&m[1])))),
        ),
        2 => Box::new(PLAN_NO.captures_iter(hay).map(move |m| {
            let d = m.get(1).or(m.get(2)).expect("digit group").as_str();
            hit(m.get(0).expect("match"), HitVal::Plan(five_year_plan(&format!("十{d}五")), m.get(2).is_some()))
        })),
        k if rel.contains(&k) => Box::new(c.relative[k - rel.start].re.captures_iter(hay).map(move |m| {
            let n = match m.name("n") {
                Some(n) => small_number(n.as_str()).and_then(|n| i32::try_from(n).ok()),
                None => Some(0),
            };
            hit(m.get(0).expect("match"), HitVal::Relative(n))
        })),
        k => {
            let w = c.section_year[k - rel.end].as_str();
            Box::new(hay.match_indices(w).map(|(i, w)| Hit { start: i, end: i + w.len(), val: HitVal::Word }))
        }
    }
}

/// Every match of each pattern of `PCUES.any` over all of `s`, as [`pattern_hits`] gives
/// them (relative phrases only with a report year).
///
/// [`YEAR`], [`YEAR_RANGE`] and the relative phrases that open with a numeral have no literal
/// prefix, so the regex engine reads every byte of a report for each of them. Instead one
/// pass of their union ([`Cues::no_prefix`]) finds where any of them matches, and each is
/// searched only in windows around those places: a match of one of them overlaps a match of
/// the union (the union's search would otherwise have found it) and is at most
/// [`Cues::no_prefix_max`] bytes long, so no match reaches out of its window, and each
/// window, searched on its own, yields exactly the text's matches in it.
fn whole_text_hits(s: &str, report_year: Option<i32>) -> Vec<Vec<Hit>> {
    let c = &*PCUES;
    let rel = 3..3 + c.relative.len();
    let reach = c.no_prefix_max;
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for m in c.no_prefix.find_iter(s) {
        let lo = s.floor_char_boundary(m.start().saturating_sub(reach));
        let hi = s.ceil_char_boundary(m.end() + reach);
        match windows.last_mut() {
            Some(w) if lo <= w.1 => w.1 = hi,
            _ => windows.push((lo, hi)),
        }
    }
    (0..c.any.len())
        .map(|k| {
            if report_year.is_none() && rel.contains(&k) {
                Vec::new()
            } else if c.no_prefix_ids.contains(&k) {
                windows
                    .iter()
                    .flat_map(|&(lo, hi)| {
                        pattern_hits(&s[lo..hi], k).map(move |h| Hit { start: lo + h.start, end: lo + h.end, ..h })
                    })
                    .collect()
            } else {
                pattern_hits(s, k).collect()
            }
        })
        .collect()
}

/// The time phrases of `s[range]` from the matches there of each pattern (`hits`, pattern by
/// pattern in the order of `PCUES.any`, each in text order, with the pattern's index).
fn refs_of(s: &str, range: Range<usize>, ry: Option<i32>, hits: &[(usize, Hit)]) -> Vec<Ref> {
    let c = &*PCUES;
    let mut out: Vec<Ref> = Vec::new();
    let taken = |out: &[Ref], a: usize, b: usize| out.iter().any(|r| a < r.end && r.start < b);
    let preceded_by_digit = |at: usize| s[range.start..at].chars().next_back().is_some_and(|c| is_digit(c) || c == '.');
    let rel = 3..3 + c.relative.len();
    for &(k, h) in hits {
        let point = |period| Ref { start: h.start, end: h.end, period, role: Role::Point, strong: true };
        match h.val {
            HitVal::Range(Some(a), Some(b)) if a <= b && !preceded_by_digit(h.start) => {
                out.push(point(Period::years(a, b)))
            }
            HitVal::Range(..) => {}
            // 2022年1月9日 is a date, but its year still places what follows; a year count
            // (1000年) fails numerals::year.
            HitVal::Year(y) => {
                if !taken(&out, h.start, h.end)
                    && !preceded_by_digit(h.start)
                    && let Some(y) = y
                {
                    out.push(point(Period::year(y)));
                }
            }
            HitVal::Plan(Some(p), numbered) => {
                let after = &s[h.end..range.end];
                let strong = !numbered && starts_with_any(after, &c.plan_scope_after);
                // “十四五”末: the plan's last year.
                let p = if starts_with_any(after, &c.plan_end_after) { Period { start: p.end, ..p } } else { p };
                out.push(Ref { strong, ..point(p) });
            }
            HitVal::Plan(None, _) => {}
            HitVal::Relative(n) => {
                let (Some(ry), false) = (ry, taken(&out, h.start, h.end)) else { continue };
                let Some(n) = n else { continue };
                let r = &c.relative[k - rel.start];
                let (a, b) = (ry + r.start.at(n), ry + r.end.at(n));
                if a <= b {
                    out.push(point(Period::years(a, b)));
                }
            }
            HitVal::Word => {
                if !taken(&out, h.start, h.end) {
                    out.push(Ref { period: Period::NONE, role: Role::SectionYear, ..point(Period::NONE) });
                }
            }
        }
    }
    out.sort_by_key(|r| r.start);
    for r in &mut out {
        let before = &s[..r.start];
        let after = &s[r.end..];
        if r.role == Role::SectionYear {
            continue;
        }
        if ends_with_any(before, &c.base_before)
            || (ends_with_any(before, &c.base_of_before) && after.starts_with('的'))
        {
            r.role = Role::Base;
        } else if ends_with_any(before, &c.from) {
            r.role = Role::From;
        } else if ends_with_any(before, &c.to) {
            r.role = Role::To;
        }
        if starts_with_any(after, &c.since_after)
            && let (Some(a), Some(y)) = (r.period.start, ry)
            && a < y
        {
            r.period = Period::years(a, y - 1);
        }
    }
    out
}

/// Byte offset where the clause containing `at` starts, not before `from`.
fn clause_start(s: &str, from: usize, at: usize) -> usize {
    s[from..at].char_indices().rfind(|(_, c)| is_clause_mark(*c)).map_or(from, |(i, c)| from + i + c.len_utf8())
}

/// Characters that may open a sentence before its topic: blanks and dashes (——五年来，…).
fn lead_len(t: &str) -> usize {
    t.len() - t.trim_start_matches(|c: char| is_blank(c) || matches!(c, '—' | '-' | '－' | '–')).len()
}

/// The topic of the clause `s[lead..clause_end]`, whose time phrases are `refs` (see
/// [`Memo::clause_topic`]).
fn clause_topic_in(s: &str, lead: usize, clause_end: usize, refs: &[Ref]) -> Option<Ref> {
    let r = *refs.first()?;
    if matches!(r.role, Role::Base | Role::From) || !r.strong {
        return None;
    }
    let prefix = &s[lead..r.start];
    let opens = prefix.is_empty() || PCUES.topic_prefix.iter().any(|w| w == prefix);
    let closes = r.end == clause_end && prefix.chars().count() <= 6;
    (opens || closes).then_some(r)
}

/// Whether a topic agrees with its section: a review's topics are past, a plan's not.
fn agrees(r: &Ref, st: &SectionTime, ry: Option<i32>) -> bool {
    let (Some(ry), Some(end)) = (ry, r.period.end) else { return true };
    match st.status {
        Status::Actual => end < ry,
        Status::Target => end >= ry,
    }
}

/// The year 全年 stands for in a section.
fn section_year(st: &SectionTime, ry: Option<i32>) -> Period {
    match (st.period.start, st.period.end) {
        (Some(a), Some(b)) if a == b => st.period,
        _ => match (ry, st.status) {
            (Some(y), Status::Actual) => Period::year(y - 1),
            (Some(y), Status::Target) => Period::year(y),
            (None, _) => st.period,
        },
    }
}

fn is_multi_year(p: Period) -> bool {
    matches!((p.start, p.end), (Some(a), Some(b)) if b > a)
}

/// Whether `s` starts a 由/从 construction with a number (由11.66亿元…), not 从无到有.
fn opens_with_number(s: &str) -> bool {
    s.chars().next().is_some_and(|c| is_digit(c) || "一二两三四五六七八九十百千万".contains(c))
}

/// For a figure in a 由X…到Y clause that writes no years (由11.66亿元增加到29.33亿元), the
/// years of the clause before it that did (由2010年的…增加到2015年的…).
fn parallel_years(s: &str, cx: &Document, sent: Line, clause: usize, at: usize) -> Option<Period> {
    let c = &*PCUES;
    let cl = &s[clause..at];
    // The 由 of this clause, if a number follows it (由11.66亿元…, not 从无到有).
    let from_at = c
        .from
        .iter()
        .filter_map(|w| {
            cl.match_indices(w.as_str())
                .find(|(i, _)| opens_with_number(&s[clause + i + w.len()..]))
                .map(|(i, _)| i + w.len())
        })
        .min()?;
    let is_to = c.to.iter().any(|w| cl[from_at..].contains(w.as_str()));
    // Look back over this sentence and the one before it.
    let i = cx.sentences.partition_point(|l| l.end <= sent.start);
    let prev_start = if i > 0 { cx.sentences[i - 1].start } else { sent.start };
    let refs = cx.memo.scan(s, prev_start..clause);
    let want = if is_to { Role::To } else { Role::From };
    refs.iter().rev().find(|r| r.role == want).map(|r| r.period)
}

/// Whether a clause states a goal: a goal word, not inside a word that only contains one
/// (行动计划, 将近) and not the yardstick of a result (超年度计划目标13.9%, 是计划任务的2.1倍).
fn has_goal_word(clause: &str) -> bool {
    let c = &*PCUES;
    // Masking only removes goal words (none contains the mask), so a clause without any has
    // none after masking either.
    if c.goal_any.as_ref().is_some_and(|ac| !ac.is_match(clause)) {
        return false;
    }
    let mut t = clause.to_string();
    for w in &c.not_goal {
        t = t.replace(w.as_str(), "·");
    }
    c.goal.iter().any(|g| {
        t.match_indices(g.as_str()).any(|(i, _)| {
            let before: String = t[..i].chars().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
            !c.goal_compared.iter().any(|w| before.contains(w.as_str()))
        })
    })
}

/// Period and status of a mention at a byte offset, from its section alone.
pub fn section_default(cx: &Document, times: &[SectionTime], byte: usize) -> (Period, Status) {
    let st = section_time_at(cx, times, byte);
    (st.period, st.status)
}

fn section_time_at(cx: &Document, times: &[SectionTime], byte: usize) -> SectionTime {
    match cx.outline.innermost(byte) {
        Some(sec) if sec.is_glossary => SectionTime { period: Period::NONE, span: None, status: Status::Actual },
        Some(sec) => times[sec.id - 1],
        // Before the first heading: the opening of the report, about the year behind it.
        None => SectionTime {
            period: cx.meta.report_year.map_or(Period::NONE, |y| Period::year(y - 1)),
            span: None,
            status: Status::Actual,
        },
    }
}

type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A carried topic (step 4 of [`resolve`]) and the section time it was checked against.
type Carried = (SectionTime, Option<Period>);

/// What [`resolve`] reads about a document more than once, kept from one figure to the next.
///
/// A figure's period may come from the topic of any earlier sentence of its paragraph or
/// paragraph of its section, so without this every figure rescans them: quadratic in the
/// length of a section. Built once per document ([`Document::memo`]); the caches fill
/// as figures ask. Every answer is the one the scan would give (the keys are the exact spans
/// scanned), so results do not depend on the order figures are resolved in.
pub struct Memo {
    /// The report year the scans read relative phrases against.
    ry: Option<i32>,
    /// Byte offsets of the line breaks (`\n`, `\r`): paragraphs by binary search.
    breaks: Vec<usize>,
    /// Every match of each time pattern over the whole text, by pattern (see [`Memo::scan`]).
    hits: Vec<Vec<Hit>>,
    /// The spans those matches read, by start: a match, and for “十N五” the words after it
    /// that may qualify it.
    guards: Vec<(usize, usize)>,
    /// The longest guard, in bytes.
    guard_max: usize,
    /// Clause topics, by the span scanned for them (a sentence's first clause is asked for
    /// as the sentence and as a clause) …
    topics: RefCell<FnvMap<(usize, usize), Option<Ref>>>,
    /// … and by the `start..end` they were asked for.
    asked: RefCell<FnvMap<(usize, usize), Option<Ref>>>,
    /// The nearest topic among sentences `first..i` of a paragraph, by `(first, i)`.
    before: RefCell<FnvMap<(usize, usize), Option<Ref>>>,
    /// Topics carried into a paragraph (by span and section id), with the section time they
    /// were checked against.
    carried: RefCell<FnvMap<(usize, usize, usize), Carried>>,
}

impl Memo {
    /// An empty memo for the text `s` of a report of `report_year`.
    pub fn new(s: &str, report_year: Option<i32>) -> Memo {
        let b = s.as_bytes();
        let breaks = std::iter::successors(crate::lang::text::find_either(b, 0, b'\n', b'\r'), |&i| {
            crate::lang::text::find_either(b, i + 1, b'\n', b'\r')
        })
        .collect();
        let c = &*PCUES;
        let hits = whole_text_hits(s, report_year);
        let mut guards: Vec<(usize, usize)> = hits
            .iter()
            .enumerate()
            .flat_map(|(k, hs)| {
                let reach = if k == 2 { c.plan_after_max } else { 0 };
                hs.iter().map(move |h| (h.start, h.end + reach))
            })
            .collect();
        guards.sort_unstable();
        let guard_max = guards.iter().map(|(a, b)| b - a).max().unwrap_or(0);
        Memo {
            ry: report_year,
            breaks,
            hits,
            guards,
            guard_max,
            topics: RefCell::default(),
            asked: RefCell::default(),
            before: RefCell::default(),
            carried: RefCell::default(),
        }
    }

    /// The line (paragraph) containing a byte offset.
    fn paragraph_at(&self, s: &str, byte: usize) -> Line {
        let k = self.breaks.partition_point(|&b| b < byte);
        let start = k.checked_sub(1).map_or(0, |j| self.breaks[j] + 1);
        let end = self.breaks.get(k).copied().unwrap_or(s.len());
        Line { start, end }
    }

    /// `scan(s, range)`, from the matches of the whole text.
    ///
    /// The patterns have no anchors or look-around, so searching a range finds exactly the
    /// matches of the whole text that lie in it, unless one of those crosses an end of the
    /// range (a shorter match may then begin or end there) or the range ends within the words
    /// a “十N五” reads after it. Those ranges are scanned on their own. (What a match decides
    /// from the range, such as a digit right before it, [`refs_of`] reads for each range.)
    fn scan(&self, s: &str, range: Range<usize>) -> Vec<Ref> {
        let (a, b) = (range.start, range.end);
        let cuts = |x: usize| {
            let from = self.guards.partition_point(|g| g.0 + self.guard_max <= x);
            self.guards[from..].iter().take_while(|g| g.0 < x).any(|g| x < g.1)
        };
        if a > b || cuts(a) || cuts(b) {
            return scan(s, range, self.ry);
        }
        let mut hits: Vec<(usize, Hit)> = Vec::new();
        for (k, list) in self.hits.iter().enumerate() {
            let from = list.partition_point(|h| h.start < a);
            hits.extend(list[from..].iter().take_while(|h| h.start < b).map(|h| (k, *h)));
        }
        if hits.is_empty() {
            return Vec::new();
        }
        refs_of(s, range, self.ry, &hits)
    }

    /// The time phrase a sentence opens with, if any: 过去一年，… / 2021年是… / 到2026年，… /
    /// 刚刚过去的2025年，… It sets the time of the sentences after it.
    fn sentence_topic(&self, s: &str, sent: Line) -> Option<Ref> {
        self.clause_topic(s, sent.start, sent.end)
    }

    /// The time phrase heading the clause that starts at `start` (and ends at the next clause
    /// mark before `end`): it opens the clause (过去一年，… 到2026年，… 2021年实现…) or closes a
    /// short one (刚刚过去的2025年，…). A phrase inside a clause (编制“十五五”规划, 水质30年来首次…)
    /// only names a time and places nothing beyond its clause.
    fn clause_topic(&self, s: &str, start: usize, end: usize) -> Option<Ref> {
        if let Some(t) = self.asked.borrow().get(&(start, end)) {
            return *t;
        }
        let lead = start + lead_len(&s[start..end]);
        let clause_end = s[lead..end].find(is_clause_mark).map_or(end, |i| lead + i);
        let cached = self.topics.borrow().get(&(lead, clause_end)).copied();
        let t = cached.unwrap_or_else(|| clause_topic_in(s, lead, clause_end, &self.scan(s, lead..clause_end)));
        self.topics.borrow_mut().insert((lead, clause_end), t);
        self.asked.borrow_mut().insert((start, end), t);
        t
    }

    /// The topic of the nearest of `sentences[first..i]` that has one (step 3 of [`resolve`]).
    /// Kept for each `i`, so the figures of a long paragraph do not each walk back over it.
    fn earlier_topic(&self, s: &str, sentences: &[Line], first: usize, i: usize) -> Option<Ref> {
        let mut open = Vec::new(); // the `j` whose answer this walk decides
        let mut j = i;
        let found = loop {
            if j <= first {
                break None;
            }
            if let Some(t) = self.before.borrow().get(&(first, j)) {
                break *t;
            }
            open.push(j);
            if let Some(t) = self.sentence_topic(s, sentences[j - 1]) {
                break Some(t);
            }
            j -= 1;
        };
        let mut before = self.before.borrow_mut();
        for j in open {
            before.insert((first, j), found);
        }
        found
    }

    /// The topic of a paragraph: the one its first sentence opens with (after a salutation
    /// such as 各位代表！).
    fn paragraph_topic(&self, s: &str, cx: &Document, para: Line) -> Option<Ref> {
        let i = cx.sentences.partition_point(|l| l.end <= para.start);
        let mut it = cx.sentences[i..].iter().take_while(|l| l.start < para.end);
        let first = *it.next()?;
        if let Some(t) = self.sentence_topic(s, first) {
            return Some(t);
        }
        let ft = &s[first.start..first.end];
        if ft.chars().count() <= 8 && ft.ends_with(['！', '!', '：', ':']) {
            return it.next().and_then(|l| self.sentence_topic(s, *l));
        }
        None
    }
}

/// Where a period came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    /// The text near the figure says it.
    Text,
    /// Only the section does.
    Section,
}

/// Period and status of a mention at byte range `at` (the number and its unit, or a project's
/// name), for a figure of the given measure (`avg_growth_rate` figures take the span they
/// average over). Used by both `quantities` and `projects`.
pub fn resolve(cx: &Document, times: &[SectionTime], at: Range<usize>, measure: Option<&str>) -> (Period, Status) {
    let s = cx.s();
    let ry = cx.meta.report_year;
    let sec = cx.outline.innermost(at.start);
    let st = section_time_at(cx, times, at.start);
    let glossary = sec.is_some_and(|x| x.is_glossary);
    let memo = &cx.memo;
    let sent = cx.sentence_at(at.start).unwrap_or_else(|| memo.paragraph_at(s, at.start));
    let clause = clause_start(s, sent.start, at.start);

    // 1–2. The clause, then the rest of the sentence before the figure.
    let refs = memo.scan(s, sent.start..at.start);
    let c = &*PCUES;
    let bound = |r: &Ref| {
        // 由2010年的162.4亿元增加到…: the from-year belongs to 162.4 only.
        r.role == Role::From && c.to.iter().any(|w| s[r.end..at.start].contains(w.as_str()))
    };
    let usable = |r: &&Ref| r.strong && r.role != Role::Base && !bound(r);
    let base = refs.iter().rev().find(|r| r.role == Role::Base && r.start >= clause && r.period.end.is_some());
    let mut found: Option<Period> = None;
    let mut in_clause = refs.iter().rev().filter(|r| r.start >= clause).filter(usable);
    if let Some(r) = in_clause.next() {
        found = Some(if r.role == Role::SectionYear { section_year(&st, ry) } else { r.period });
    }
    if found.is_none() {
        found = parallel_years(s, cx, sent, clause, at.start);
    }
    if found.is_none() {
        // Earlier clauses of the sentence, nearest first: the time phrase heading one of them.
        let mut end = clause;
        while found.is_none() && end > sent.start {
            let start = clause_start(s, sent.start, end - s[..end].chars().next_back().map_or(1, char::len_utf8));
            if let Some(r) = memo.clause_topic(s, start, end) {
                found = Some(if r.role == Role::SectionYear { section_year(&st, ry) } else { r.period });
            }
            end = start;
        }
    }
    // 3. Topics of earlier sentences of the paragraph.
    let para = memo.paragraph_at(s, at.start);
    if found.is_none() {
        let i = cx.sentences.partition_point(|l| l.end <= sent.start);
        let first = cx.sentences.partition_point(|l| l.end <= para.start);
        if let Some(t) = memo.earlier_topic(s, &cx.sentences, first, i) {
            found = Some(if t.role == Role::SectionYear { section_year(&st, ry) } else { t.period });
        }
    }
    // 4. The nearest earlier paragraph of the same section with a topic, if it agrees with the
    //    section (a recap of last year inside a plan stays in its own paragraph).
    if found.is_none()
        && let Some(sec) = sec
        && !sec.is_glossary
    {
        found = carried_topic(s, cx, sec, para, &st, ry);
    }

    let source = if found.is_some() { Source::Text } else { Source::Section };
    let mut period = found.unwrap_or(st.period);

    // Averages are about the span they average over.
    if measure == Some("avg_growth_rate") && !is_multi_year(period) {
        let span = st.span.or(is_multi_year(st.period).then_some(st.period));
        period = match (source, span, period.end) {
            (Source::Section, Some(sp), _) => sp,
            (Source::Text, Some(sp), Some(y)) if covers(sp, y) && sp.start < Some(y) => Period { end: Some(y), ..sp },
            _ => period,
        };
    }
    // A change against a base year: the years after the base, to the end of the period.
    if let Some(b) = base
        && let (Some(be), Some(pe)) = (b.period.end, period.end)
        && be < pe
    {
        period = Period::years(be + 1, pe);
    }

    let status = match (source, ry, period.start, period.end) {
        (Source::Text, Some(y), _, Some(e)) if e < y => Status::Actual,
        (Source::Text, Some(y), Some(a), _) if a >= y => Status::Target,
        _ if has_goal_word(&s[clause..at.start]) => Status::Target,
        _ => st.status,
    };
    if glossary && source == Source::Section {
        return (Period::NONE, Status::Actual);
    }
    (period, status)
}

/// Step 4 of [`resolve`]: the topic carried from the nearest earlier paragraph of `sec` that
/// has one, skipping paragraphs of nested subsections and the heading. The same for every
/// figure of a paragraph, so it is kept in the memo; and the same for every paragraph of `sec`
/// the walk passes without a topic (its own walk would go on from there), so those are kept too:
/// a run of thousands of paragraphs without one (a long list) is walked once, not once each.
fn carried_topic(
    s: &str,
    cx: &Document,
    sec: &Section,
    para: Line,
    st: &SectionTime,
    ry: Option<i32>,
) -> Option<Period> {
    let memo = &cx.memo;
    let cached = |p: Line| {
        memo.carried.borrow().get(&(p.start, p.end, sec.id)).filter(|(seen, _)| seen == st).map(|(_, found)| *found)
    };
    if let Some(found) = cached(para) {
        return found;
    }
    let floor = sec.heading_end.max(sec.start);
    let mut open = vec![para];
    let mut end = para.start;
    let found = loop {
        if end <= floor {
            break None;
        }
        let p = memo.paragraph_at(s, end - 1);
        end = p.start;
        if p.start < floor || p.end <= p.start {
            continue;
        }
        if cx.outline.innermost(p.start).map(|x| x.id) != Some(sec.id) {
            continue;
        }
        if let Some(t) = memo.paragraph_topic(s, cx, p) {
            let period = if t.role == Role::SectionYear { section_year(st, ry) } else { t.period };
            break agrees(&Ref { period, ..t }, st, ry).then_some(period);
        }
        if let Some(found) = cached(p) {
            break found;
        }
        open.push(p);
    };
    let mut carried = memo.carried.borrow_mut();
    for p in open {
        carried.insert((p.start, p.end, sec.id), (*st, found));
    }
    found
}

// ---------------------------------------------------------------------------------------
// Section headings

/// Time of every section of an outline, by index (section_id − 1).
pub fn section_times(outline: &Outline, report_year: Option<i32>) -> Vec<SectionTime> {
    let mut out: Vec<SectionTime> = Vec::with_capacity(outline.sections.len());
    let mut last_top: Option<SectionTime> = None;
    for sec in &outline.sections {
        let parent = sec.parent.map(|p| out[p - 1]);
        let t = if sec.is_glossary {
            SectionTime { period: Period::NONE, span: None, status: Status::Actual }
        } else if let Some(p) = parent {
            // A subsection keeps its parent's time unless its heading names its own years: the
            // words of a subsection heading (锚定目标攻坚, 政府自身建设全面加强) describe work,
            // not which part of the report it is.
            match heading_info(&sec.heading, report_year) {
                Some(t) if t.explicit => SectionTime {
                    status: if t.by_cue { t.time.status } else { time_status(t.time.period, report_year, p.status) },
                    ..t.time
                },
                _ => p,
            }
        } else {
            top_time(&sec.heading, report_year, last_top)
        };
        if sec.level == 1 || sec.parent.is_none() {
            last_top = Some(t);
        }
        out.push(t);
    }
    out
}

/// A top-level section: its heading, or what the part before it leaves open.
fn top_time(heading: &str, ry: Option<i32>, prev: Option<SectionTime>) -> SectionTime {
    let h = squeeze(heading);
    let this_year = SectionTime { period: ry.map_or(Period::NONE, Period::year), span: None, status: Status::Target };
    if PCUES.year_heading.iter().any(|c| h.contains(c.as_str())) {
        // 全面加强政府自身建设: this year's work, whatever part came before.
        return SectionTime { span: prev.and_then(|p| p.span), ..this_year };
    }
    let own = heading_info(heading, ry);
    match (own, prev) {
        (Some(t), _) if t.explicit => t.time,
        // 主要目标 / 三、全力抓好七项重点工作 after a plan: a continuation of that plan.
        (Some(t), Some(p)) if t.time.status == Status::Target && p.status == Status::Target => p,
        (Some(t), _) => t.time,
        // An unlabelled part after a plan (一、把铸牢…主线 under “十五五”时期主要目标和2026年重点工作):
        // this year's work, within the plan's span.
        (None, Some(p)) if p.status == Status::Target => SectionTime { span: p.span, ..this_year },
        (None, Some(p)) => p,
        // A report opens with its review.
        (None, None) => {
            SectionTime { period: ry.map_or(Period::NONE, |y| Period::year(y - 1)), span: None, status: Status::Actual }
        }
    }
}

fn time_status(p: Period, ry: Option<i32>, fallback: Status) -> Status {
    match (ry, p.start, p.end) {
        (Some(y), _, Some(e)) if e < y => Status::Actual,
        (Some(y), Some(a), _) if a >= y => Status::Target,
        _ => fallback,
    }
}

/// What a heading says: its time, whether it names years (`explicit`), and whether review or
/// plan words decided the status (`by_cue`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadingTime {
    pub time: SectionTime,
    pub explicit: bool,
    pub by_cue: bool,
}

static PART_SEP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"和|及|与|暨|以及|、").expect("valid regex"));

/// Read a heading: review or plan, and which years. A heading may join a review and a plan
/// (“十四五”时期发展成就和“十五五”时期主要目标任务); the plan part then decides, since the
/// review paragraphs name their own span. Parts with years but no cue take the cue of the next
/// part (过去五年及2021年工作回顾).
pub fn heading_time(heading: &str, report_year: Option<i32>) -> Option<SectionTime> {
    heading_info(heading, report_year).map(|t| t.time)
}

/// [`heading_time`] with how the heading said it.
pub fn heading_info(heading: &str, report_year: Option<i32>) -> Option<HeadingTime> {
    let h = squeeze(heading);
    let ry = report_year;
    // Split into parts at 和/及/与, keeping each part's years and cue.
    let mut parts: Vec<(Vec<Period>, Option<Status>)> = Vec::new();
    let mut last = 0;
    let mut cuts: Vec<usize> = PART_SEP.find_iter(&h).map(|m| m.start()).collect();
    cuts.push(h.len());
    for cut in cuts {
        let part = &h[last..cut];
        last = (cut + h[cut..].chars().next().map_or(0, char::len_utf8)).min(h.len());
        let refs = scan(part, 0..part.len(), ry);
        // In a heading, a named plan is always the section's span.
        let years: Vec<Period> =
            refs.iter().filter(|r| matches!(r.role, Role::Point | Role::To)).map(|r| r.period).collect();
        let review = CUES.review.iter().any(|c| part.contains(c.as_str()));
        let plan = CUES.plan.iter().any(|c| part.contains(c.as_str()));
        let cue = match (review, plan) {
            (_, true) => Some(Status::Target),
            (true, false) => Some(Status::Actual),
            _ => None,
        };
        parts.push((years, cue));
    }
    // Parts without a cue take the next cue (过去五年 | 及2021年工作回顾).
    let mut next: Option<Status> = None;
    for p in parts.iter_mut().rev() {
        match p.1 {
            Some(c) => next = Some(c),
            None => p.1 = next,
        }
    }
    let any_years = parts.iter().any(|p| !p.0.is_empty());
    let any_cue = parts.iter().any(|p| p.1.is_some());
    if !any_years && !any_cue {
        return None;
    }
    let by_cue = any_cue;
    let status = if parts.iter().any(|p| p.1 == Some(Status::Target)) {
        Status::Target
    } else if any_cue {
        Status::Actual
    } else {
        // Years but no cue (“十五五”发展的主要考虑): the time decides.
        let all: Vec<Period> = parts.iter().flat_map(|p| p.0.iter().copied()).collect();
        let last = all.last().copied().unwrap_or(Period::NONE);
        time_status(last, ry, Status::Target)
    };
    let years: Vec<Period> =
        parts.iter().filter(|p| p.1.is_none() || p.1 == Some(status)).flat_map(|p| p.0.iter().copied()).collect();
    let single = years.iter().rev().find(|p| !is_multi_year(**p)).copied();
    let span = years.iter().rev().find(|p| is_multi_year(**p)).copied();
    let period = match (single, span) {
        (Some(y), _) => y,
        (None, Some(sp)) => sp,
        (None, None) => match (ry, status) {
            (Some(y), Status::Actual) => Period::year(y - 1),
            (Some(y), Status::Target) => Period::year(y),
            (None, _) => Period::NONE,
        },
    };
    Some(HeadingTime { time: SectionTime { period, span, status }, explicit: !years.is_empty(), by_cue })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ht(h: &str, ry: i32) -> (Period, Option<Period>, Status) {
        let t = heading_time(h, Some(ry)).unwrap_or_else(|| panic!("{h}: no time"));
        (t.period, t.span, t.status)
    }

    #[test]
    fn headings() {
        let (y, sp) = (Period::year, Period::years);
        assert_eq!(ht("过去五年及2021年工作回顾", 2022), (y(2021), Some(sp(2017, 2021)), Status::Actual));
        assert_eq!(ht("未来五年经济社会发展的总体要求", 2022), (sp(2022, 2026), Some(sp(2022, 2026)), Status::Target));
        assert_eq!(ht("2022年工作安排", 2022), (y(2022), None, Status::Target));
        assert_eq!(ht("“十二五”时期和2015年工作回顾", 2016), (y(2015), Some(sp(2011, 2015)), Status::Actual));
        assert_eq!(ht("2013年工作回顾", 2014), (y(2013), None, Status::Actual));
        assert_eq!(ht("2024年政府工作任务", 2024), (y(2024), None, Status::Target));
        assert_eq!(ht("今年工作安排", 2024), (y(2024), None, Status::Target));
        assert_eq!(ht("过去一年工作回顾", 2013), (y(2012), None, Status::Actual));
        assert_eq!(ht("工作回顾", 2026), (y(2025), None, Status::Actual));
        assert_eq!(ht("“十五五”时期主要目标和2026年重点工作", 2026), (y(2026), Some(sp(2026, 2030)), Status::Target));
        assert_eq!(
            ht("“十四五”时期发展成就和“十五五”时期主要目标任务", 2026),
            (sp(2026, 2030), Some(sp(2026, 2030)), Status::Target)
        );
        assert_eq!(ht("2025年工作回顾和“十四五”发展主要成绩", 2026), (y(2025), Some(sp(2021, 2025)), Status::Actual));
        assert_eq!(ht("“十五五”发展的主要考虑", 2026), (sp(2026, 2030), Some(sp(2026, 2030)), Status::Target));
        assert_eq!(ht("“十四五”时期工作回顾", 2026), (sp(2021, 2025), Some(sp(2021, 2025)), Status::Actual));
        assert!(heading_time("长江文化艺术湾区建设全面铺开", Some(2022)).is_none());
    }

    #[test]
    fn plan_numbers() {
        assert_eq!(five_year_plan("十四五"), Some(Period::years(2021, 2025)));
        assert_eq!(five_year_plan("“十三五”"), Some(Period::years(2016, 2020)));
        assert_eq!(five_year_plan("十五五"), Some(Period::years(2026, 2030)));
        assert_eq!(five_year_plan("十一五"), Some(Period::years(2006, 2010)));
        assert_eq!(plan_of_year(2023), Period::years(2021, 2025));
        assert_eq!(plan_of_year(2026), Period::years(2026, 2030));
        assert!(covers(Period::years(2021, 2025), 2023));
        assert!(!covers(Period::NONE, 2023));
    }

    #[test]
    fn scans_roles() {
        let s = "由2010年的162.4亿元增加到2015年的287.9亿元，比2010年增加13480元，五年来";
        let r = scan(s, 0..s.len(), Some(2016));
        let roles: Vec<(Role, Period)> = r.iter().map(|r| (r.role, r.period)).collect();
        assert_eq!(
            roles,
            vec![
                (Role::From, Period::year(2010)),
                (Role::To, Period::year(2015)),
                (Role::Base, Period::year(2010)),
                (Role::Point, Period::years(2011, 2015)),
            ]
        );
    }

    /// The memo's scans, read off the matches of the whole text, are the scans of the range
    /// itself for every range, including those that cut a match or follow a digit.
    #[test]
    fn memo_scans_are_range_scans() {
        let s = "过去五年，2017—2021年由2010年的162.4亿元增加到2015年的287.9亿元，“十四五”时期全年\n\
                 去年12021年比2010年增加，今后两年及“十四五”末，第十四个五年规划期间五年来3.2021年";
        let key = |r: &Ref| (r.start, r.end, r.period, r.role, r.strong);
        for ry in [Some(2022), None] {
            let memo = Memo::new(s, ry);
            let cuts: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            for (i, &a) in cuts.iter().enumerate() {
                for &b in &cuts[i..] {
                    let want: Vec<_> = scan(s, a..b, ry).iter().map(key).collect();
                    let got: Vec<_> = memo.scan(s, a..b).iter().map(key).collect();
                    assert_eq!(got, want, "{:?}", &s[a..b]);
                }
            }
        }
    }

    /// Searching windows around 年 finds the matches of the whole text, the longest ones too.
    #[test]
    fn windowed_hits_are_whole_text_hits() {
        let longest_range = "２０２１\u{3000}年\u{3000}——\u{3000}２０２５\u{3000}年";
        let longest_year = "二〇二一\u{3000}年";
        assert_eq!(YEAR_RANGE.find(longest_range).map(|m| m.len()), Some(YEAR_RANGE_MAX));
        assert_eq!(YEAR.find(longest_year).map(|m| m.len()), Some(YEAR_MAX));
        let s = format!(
            "{longest_range}与{longest_year}，过去五年、近十年来，2020年\n年2021—2022年今后两年间12021年全年。{}",
            "增长5%".repeat(40)
        );
        let all = whole_text_hits(&s, Some(2022));
        for (k, got) in all.iter().enumerate() {
            let key = |h: &Hit| (h.start, h.end, format!("{:?}", h.val));
            let want: Vec<_> = pattern_hits(&s, k).map(|h| key(&h)).collect();
            let got: Vec<_> = got.iter().map(key).collect();
            assert_eq!(got, want, "pattern {k}");
        }
    }
}
