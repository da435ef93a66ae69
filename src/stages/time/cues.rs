//! The cue words of `dict/period_cues.tsv` by kind, and the patterns of time phrases: years
//! (2021年), year ranges (2021—2025年), five-year plans (“十四五”), relative phrases (今年,
//! 过去五年) and words that stand for the section's year (全年).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::{Regex, RegexSet};

use crate::lang::marks::is_quote_mark;
use crate::lang::numerals::{YEAR_DIGITS_RE, cn_digit, small_number};
use crate::lexicon::{PeriodCueKind, YearOffset};
use crate::model::Period;

pub(super) struct Relative {
    pub(super) re: Regex,
    pub(super) start: YearOffset,
    pub(super) end: YearOffset,
    /// The pattern without a literal prefix (the cue opens with `{n}`), and its longest match
    /// in bytes (see [`whole_text_hits`]).
    pub(super) no_prefix: bool,
    pub(super) max_len: usize,
    /// The cue's own words (without `{n}` and `{*}`): literal in every match.
    pub(super) cue_words: String,
    /// How [`whole_text_hits`] finds the cue's matches in a report.
    pub(super) find: Find,
    /// [`Relative::re`] anchored at the start of the text it is run on, to read the match
    /// that opens at one place (see [`Find::BeforeNumeralYear`]).
    pub(super) anchored: Regex,
    /// A searcher for the words right after a leading `{n}` (年来 of {n}年来), which every match
    /// of a cue opening with `{n}` holds: a window without them holds no match (see
    /// [`whole_text_hits`]).
    pub(super) tail_find: Option<memchr::memmem::Finder<'static>>,
    /// The cue opens with `{n}年`: the 年 of its matches follows a numeral.
    pub(super) numeral_year: bool,
    /// The cue counts years (`{n}`: 过去五年, 一年来, 今后五年, 三年内): it names the years the
    /// session reviews or plans, so it counts from the report year, not from the delivery date
    /// as the calendar words (今年, 去年, 明年) do; they differ for a session held in December.
    pub(super) counts_years: bool,
}

/// How [`whole_text_hits`] finds the matches of a `relative` cue in a whole report. Every cue
/// names a year (今年, 过去{n}年): reading around the 年 of a report, found by one vectorised
/// search, costs far less than a regex pass over every byte for each cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Find {
    /// The cue opens with `{n}`: searched in the windows around the 年 of the patterns
    /// without a literal prefix ([`Cues::no_prefix`]).
    Windows,
    /// The cue is words alone (今年, 上一年) whose first 年 is this many bytes in: each match
    /// is the words, read back from a 年.
    AtYear(usize),
    /// The cue is words (its prefix, given here) then `{n}年` (过去{n}年, 用{n}年时间): each
    /// match opens with the prefix right before the numeral of a 年 that follows one.
    BeforeNumeralYear(String),
    /// Any other cue (这是{*}的{n}年): a regex pass over the report.
    Pass,
}

/// The lists of `dict/period_cues.tsv`, by kind.
pub(super) struct Cues {
    pub(super) relative: Vec<Relative>,
    pub(super) section_year: Vec<String>,
    /// A searcher for each `section_year` word (its matches over a whole report).
    pub(super) section_year_find: Vec<memchr::memmem::Finder<'static>>,
    pub(super) base_before: Vec<String>,
    pub(super) base_of_before: Vec<String>,
    pub(super) from: Vec<String>,
    pub(super) to: Vec<String>,
    pub(super) since_after: Vec<String>,
    pub(super) topic_prefix: Vec<String>,
    /// `address` words (各位代表): a clause of them alone opens a sentence before its topic.
    pub(super) address: Vec<String>,
    pub(super) plan_scope_after: Vec<String>,
    pub(super) plan_end_after: Vec<String>,
    pub(super) plan_start_after: Vec<String>,
    pub(super) goal: Vec<String>,
    pub(super) goal_compared: Vec<String>,
    pub(super) not_goal: Vec<String>,
    pub(super) year_heading: Vec<String>,
    pub(super) done_after: Vec<String>,
    pub(super) plan_voice: Vec<String>,
    pub(super) review_voice: Vec<String>,
    pub(super) not_voice: Vec<String>,
    /// Words after a count of years opening a clause (五年|的努力, 三年|行动计划) that make it no
    /// count of the years a figure is about (see `resolve::span_count`).
    pub(super) span_count_not_before: Vec<String>,
    pub(super) span_count_carry: Vec<String>,
    /// Any goal word, to skip clauses with none (most of them) before masking `not_goal`.
    /// Only used when no goal word contains the mask `·` (see [`has_goal_word`]).
    pub(super) goal_any: Option<AhoCorasick>,
    /// Longest `plan_scope_after`, `plan_end_after` or `plan_start_after` word in bytes: how far past “十N五” a
    /// scan looks (see [`Memo::scan`]).
    pub(super) plan_after_max: usize,
    /// Every pattern [`scan`] runs, in its order: [`YEAR_RANGE`], [`YEAR`], [`PLAN_NO`], the
    /// `relative` phrases, the `section_year` words. One pass over a clause tells which can
    /// match at all; most clauses name no time, and a search costs more to start than to run.
    pub(super) any: RegexSet,
    /// The union of the patterns of `any` without a literal prefix, their indices in `any`,
    /// and the longest match of any of them (see [`whole_text_hits`]).
    pub(super) no_prefix: Regex,
    pub(super) no_prefix_ids: Vec<usize>,
    pub(super) no_prefix_max: usize,
    /// A character every match of every pattern of [`Cues::no_prefix`] holds (年, when every
    /// `relative` cue opening with `{n}` has one), so that [`whole_text_hits`] can find the
    /// places to search by that character alone instead of a pass of the union; `None` when
    /// some pattern lacks it.
    pub(super) no_prefix_char: Option<char>,
    /// Whether the 年 of every match of those patterns that lies within its reach follows a
    /// numeral ([`YEAR_NUMERALS`], with at most one blank between): true when every such
    /// `relative` cue opens with `{n}年` (as [`YEAR`] and [`YEAR_RANGE`] end in digits and 年),
    /// so that [`whole_text_hits`] searches around those 年 only (今年, 全年, 年度 are most).
    pub(super) year_after_numeral: bool,
}

/// The characters a numeral before the 年 of [`YEAR`], [`YEAR_RANGE`] or a `relative` cue's
/// `{n}年` can end with.
pub(super) fn is_year_numeral(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || "〇○零一二两三四五六七八九十".contains(c)
}

/// The patterns of [`Cues::any`], in its order: [`YEAR_RANGE`], [`YEAR`], [`PLAN_NO`], then the
/// `relative` phrases and the `section_year` words (each by its index in its list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pattern {
    YearRange,
    Year,
    PlanNo,
    Relative(usize),
    SectionYear(usize),
}

/// Indices in [`Cues::any`] of the fixed patterns, and of the first `relative` phrase.
const YEAR_RANGE_AT: usize = 0;
const YEAR_AT: usize = 1;
const PLAN_NO_AT: usize = 2;
const RELATIVE_AT: usize = 3;

impl Cues {
    /// Pattern `k` of [`Cues::any`].
    pub(super) fn pattern(&self, k: usize) -> Pattern {
        match k {
            YEAR_RANGE_AT => Pattern::YearRange,
            YEAR_AT => Pattern::Year,
            PLAN_NO_AT => Pattern::PlanNo,
            k if k < RELATIVE_AT + self.relative.len() => Pattern::Relative(k - RELATIVE_AT),
            k => Pattern::SectionYear(k - RELATIVE_AT - self.relative.len()),
        }
    }
}

const NUMERAL: &str = "(?P<n>[一二两三四五六七八九十]{1,3}|[0-9]{1,2})";
/// The longest match of [`NUMERAL`] in bytes (three ideographs).
pub(super) const NUMERAL_MAX: usize = 9;
/// `{*}` in a `relative` cue: any words within the clause, up to 40 characters (这是{*}的{n}年
/// reads 这是综合实力不断增强的五年, the summary that opens a paragraph of a five-year review).
const GAP: &str = "[^，。；！？：,;!?:\\n]{0,40}?";
/// The longest match of [`GAP`] in bytes (40 ideographs).
const GAP_MAX: usize = 40 * 3;

pub(super) static PCUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut c = Cues {
        relative: vec![],
        section_year: vec![],
        section_year_find: vec![],
        base_before: vec![],
        base_of_before: vec![],
        from: vec![],
        to: vec![],
        since_after: vec![],
        topic_prefix: vec![],
        address: vec![],
        plan_scope_after: vec![],
        plan_end_after: vec![],
        plan_start_after: vec![],
        goal: vec![],
        goal_compared: vec![],
        not_goal: vec![],
        year_heading: vec![],
        done_after: vec![],
        plan_voice: vec![],
        review_voice: vec![],
        not_voice: vec![],
        span_count_not_before: vec![],
        span_count_carry: vec![],
        goal_any: None,
        plan_after_max: 0,
        any: RegexSet::empty(),
        no_prefix: Regex::new("").expect("valid regex"), // (set below)
        no_prefix_ids: vec![],
        no_prefix_max: 0,
        no_prefix_char: None,
        year_after_numeral: true,
    };
    for row in &crate::lexicon::get().period_cues {
        let cue = row.cue.clone();
        let list = match row.kind {
            PeriodCueKind::Relative => {
                let Some((start, end)) = row.span else { continue }; // (the lexicon requires a span)
                let pat = regex::escape(&cue).replace(r"\{n\}", NUMERAL).replace(r"\{\*\}", GAP);
                let re = Regex::new(&pat).expect("an escaped cue with numerals is a valid regex");
                let no_prefix = cue.starts_with("{n}");
                let cue_words = cue.replace("{n}", "").replace("{*}", "");
                let max_len =
                    cue_words.len() + cue.matches("{n}").count() * NUMERAL_MAX + cue.matches("{*}").count() * GAP_MAX;
                let numeral_year = cue.starts_with("{n}年");
                let counts_years = cue.contains("{n}");
                let find = relative_find(&cue);
                let anchored = Regex::new(&format!("^(?:{pat})")).expect("the cue's pattern is valid");
                let tail = cue.strip_prefix("{n}").map(|t| t.split("{").next().unwrap_or_default());
                let tail_find = tail.filter(|t| !t.is_empty()).map(|t| memchr::memmem::Finder::new(t).into_owned());
                c.relative.push(Relative {
                    re,
                    start,
                    end,
                    no_prefix,
                    max_len,
                    cue_words,
                    find,
                    anchored,
                    tail_find,
                    numeral_year,
                    counts_years,
                });
                continue;
            }
            PeriodCueKind::SectionYear => &mut c.section_year,
            PeriodCueKind::BaseBefore => &mut c.base_before,
            PeriodCueKind::BaseOfBefore => &mut c.base_of_before,
            PeriodCueKind::From => &mut c.from,
            PeriodCueKind::To => &mut c.to,
            PeriodCueKind::SinceAfter => &mut c.since_after,
            PeriodCueKind::TopicPrefix => &mut c.topic_prefix,
            PeriodCueKind::Address => &mut c.address,
            PeriodCueKind::PlanScopeAfter => &mut c.plan_scope_after,
            PeriodCueKind::PlanEndAfter => &mut c.plan_end_after,
            PeriodCueKind::PlanStartAfter => &mut c.plan_start_after,
            PeriodCueKind::Goal => &mut c.goal,
            PeriodCueKind::GoalCompared => &mut c.goal_compared,
            PeriodCueKind::NotGoal => &mut c.not_goal,
            PeriodCueKind::YearHeading => &mut c.year_heading,
            PeriodCueKind::DoneAfter => &mut c.done_after,
            PeriodCueKind::PlanVoice => &mut c.plan_voice,
            PeriodCueKind::ReviewVoice => &mut c.review_voice,
            PeriodCueKind::NotVoice => &mut c.not_voice,
            PeriodCueKind::SpanCountNotBefore => &mut c.span_count_not_before,
            PeriodCueKind::SpanCountCarry => &mut c.span_count_carry,
            // (Read by the subject reader: src/stages/indicators/subject.rs.)
            PeriodCueKind::SubjectTimeBefore
            | PeriodCueKind::SubjectYearAfter
            | PeriodCueKind::SubjectPlanAfter
            | PeriodCueKind::SubjectYearsAfter
            | PeriodCueKind::SubjectMonthAfter
            | PeriodCueKind::SubjectMonthBound
            | PeriodCueKind::SubjectPerPeriod
            | PeriodCueKind::SubjectFromBase
            | PeriodCueKind::SubjectBaseBefore
            | PeriodCueKind::SubjectBaseYearAfter
            | PeriodCueKind::SubjectBasePlanAfter
            | PeriodCueKind::SubjectYearOfAfter
            | PeriodCueKind::SubjectPlanOfAfter
            | PeriodCueKind::SubjectStreak
            | PeriodCueKind::SubjectStreakUnit => continue,
        };
        list.push(cue);
    }
    c.section_year_find = c.section_year.iter().map(|w| memchr::memmem::Finder::new(w).into_owned()).collect();
    // Longest first, so that 截止到 is tried before 到.
    c.topic_prefix.sort_by_key(|w| std::cmp::Reverse(w.len()));
    if !c.goal.is_empty() && c.goal.iter().all(|g| !g.contains('·')) {
        c.goal_any = Some(AhoCorasick::new(&c.goal).expect("goal words build an automaton"));
    }
    c.plan_after_max = c
        .plan_scope_after
        .iter()
        .chain(&c.plan_end_after)
        .chain(&c.plan_start_after)
        .map(String::len)
        .max()
        .unwrap_or(0);
    let patterns = [YEAR_RANGE.as_str(), YEAR.as_str(), PLAN_NO.as_str()]
        .into_iter()
        .map(String::from)
        .chain(c.relative.iter().map(|r| r.re.as_str().to_string()))
        .chain(c.section_year.iter().map(|w| regex::escape(w)));
    c.any = RegexSet::new(patterns).expect("the patterns compiled one by one");
    // (Unnamed numerals: a union cannot repeat the group name.)
    let plain = |p: &str| p.replace("(?P<n>", "(?:");
    let mut union = vec![plain(YEAR_RANGE.as_str()), plain(YEAR.as_str())];
    c.no_prefix_ids = vec![YEAR_RANGE_AT, YEAR_AT];
    c.no_prefix_max = YEAR_RANGE_MAX.max(YEAR_MAX);
    // [`YEAR`] and [`YEAR_RANGE`] end with a literal 年; a cue's words are literal too.
    c.no_prefix_char = Some(YEAR_CHAR);
    for (k, r) in c.relative.iter().enumerate().filter(|(_, r)| r.no_prefix) {
        union.push(plain(r.re.as_str()));
        c.no_prefix_ids.push(RELATIVE_AT + k);
        c.no_prefix_max = c.no_prefix_max.max(r.max_len);
        if !r.cue_words.contains(YEAR_CHAR) {
            c.no_prefix_char = None;
        }
        if !r.numeral_year {
            c.year_after_numeral = false;
        }
    }
    let union: Vec<String> = union.iter().map(|p| format!("(?:{p})")).collect();
    c.no_prefix = Regex::new(&union.join("|")).expect("the patterns compiled one by one");
    c
});

/// How the matches of the `relative` cue `cue` are found (see [`Find`]).
fn relative_find(cue: &str) -> Find {
    let year = YEAR_CHAR.to_string();
    if cue.starts_with("{n}") {
        Find::Windows
    } else if !cue.contains('{')
        && let Some(at) = cue.find(YEAR_CHAR)
    {
        Find::AtYear(at)
    } else if let Some((prefix, rest)) = cue.split_once("{n}")
        && rest.starts_with(&year)
        && !prefix.contains('{')
    {
        Find::BeforeNumeralYear(prefix.to_string())
    } else {
        Find::Pass
    }
}

/// The character every match of [`YEAR`] and [`YEAR_RANGE`] ends with.
pub(super) const YEAR_CHAR: char = '年';
pub(super) static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"({YEAR_DIGITS_RE})\s?年")).expect("valid regex"));
/// The longest matches of [`YEAR`] and [`YEAR_RANGE`] in bytes (full-width digits and blanks
/// take three, —— six): every match holds a 年 and lies within this reach of it, which lets
/// [`whole_text_hits`] search only around the 年 of a text. Keep them in step with the patterns.
pub(super) const YEAR_MAX: usize = 4 * 3 + 3 + 3;
pub(super) const YEAR_RANGE_MAX: usize = 4 * 3 + 3 + 3 + 3 + 6 + 3 + 4 * 3 + 3 + 3;
pub(super) static YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"({YEAR_DIGITS_RE})\s?年?\s?(?:—{{1,2}}|–|-|－|~|～|至|到)\s?({YEAR_DIGITS_RE})\s?年"))
        .expect("valid regex")
});
/// A five-year plan by its short name (“十四五”, 十一五; the older ones quoted: “六五”, “九五”,
/// “十五”) or written out (第十一个五年, 第七个五年计划). Group 1 holds the short name, group 2
/// the ordinal written out.
pub(super) static PLAN_NO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"[“"‘]?(十[一二三四五六七八九])五[”"’]?|[“"‘]([六七八九十])五[”"’]|第(十?[一二三四五六七八九十])个五年"#,
    )
    .expect("valid regex")
});

/// The ordinal of the plan a [`PLAN_NO`] match names, and whether it was written out.
pub(super) fn plan_no(m: &regex::Captures<'_>) -> (Option<Period>, bool) {
    let (d, long) = match (m.get(1), m.get(2), m.get(3)) {
        (Some(d), _, _) | (None, Some(d), _) => (d.as_str(), false),
        (None, None, Some(d)) => (d.as_str(), true),
        _ => return (None, false),
    };
    (small_number(d).and_then(|n| plan_years(i32::try_from(n).ok()?)), long)
}

/// The years of a five-year plan named 十N五 or N五 (十四五 -> 2021–2025, “七五” -> 1986–1990).
pub fn five_year_plan(name: &str) -> Option<Period> {
    let cs: Vec<char> = name.chars().filter(|c| !is_quote_mark(*c)).collect();
    let n = match cs.as_slice() {
        ['十', d, '五'] => 10 + cn_digit(*d)? as i32,
        ['十', '五'] => 10,
        [d, '五'] => cn_digit(*d)? as i32,
        _ => return None,
    };
    plan_years(n)
}

/// The years of the n-th five-year plan: the first two ran 1953–1957 and 1958–1962, the third
/// started in 1966 after three years of readjustment, and every plan since has followed the one
/// before (the sixth 1981–1985, the eleventh 2006–2010).
fn plan_years(n: i32) -> Option<Period> {
    let start = match n {
        1 => 1953,
        2 => 1958,
        3.. => 1966 + (n - 3) * 5,
        _ => return None,
    };
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

pub(super) fn ends_with_any(s: &str, words: &[String]) -> bool {
    words.iter().any(|w| crate::lang::text::closes_with(s, w))
}

pub(super) fn starts_with_any(s: &str, words: &[String]) -> bool {
    words.iter().any(|w| crate::lang::text::opens_with(s, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_numbers() {
        assert_eq!(five_year_plan("十四五"), Some(Period::years(2021, 2025)));
        assert_eq!(five_year_plan("“十三五”"), Some(Period::years(2016, 2020)));
        assert_eq!(five_year_plan("十五五"), Some(Period::years(2026, 2030)));
        assert_eq!(five_year_plan("十一五"), Some(Period::years(2006, 2010)));
        assert_eq!(five_year_plan("“十五”"), Some(Period::years(2001, 2005)));
        assert_eq!(five_year_plan("“七五”"), Some(Period::years(1986, 1990)));
        assert_eq!(five_year_plan("六五"), Some(Period::years(1981, 1985)));
        let plan = |t: &str| PLAN_NO.captures(t).map(|m| plan_no(&m));
        assert_eq!(plan("第一个五年计划"), Some((Some(Period::years(1953, 1957)), true)));
        assert_eq!(plan("第三个五年计划"), Some((Some(Period::years(1966, 1970)), true)));
        assert_eq!(plan("第七个五年计划"), Some((Some(Period::years(1986, 1990)), true)));
        assert_eq!(plan("第十个五年计划"), Some((Some(Period::years(2001, 2005)), true)));
        assert_eq!(plan("第十一个五年规划"), Some((Some(Period::years(2006, 2010)), true)));
        assert_eq!(plan("“八五”期间"), Some((Some(Period::years(1991, 1995)), false)));
        assert_eq!(plan("“十四五”时期"), Some((Some(Period::years(2021, 2025)), false)));
        // Unquoted, 九五 and 十五 are numbers, not plans.
        assert_eq!(plan("九五折"), None);
        assert_eq!(plan("十五个"), None);
        assert_eq!(plan_of_year(2023), Period::years(2021, 2025));
        assert_eq!(plan_of_year(2026), Period::years(2026, 2030));
        assert!(covers(Period::years(2021, 2025), 2023));
        assert!(!covers(Period::NONE, 2023));
    }
}
