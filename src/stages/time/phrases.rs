//! Time phrases in running text: every year, range, plan or relative phrase of a text range,
//! with how it relates to the figures after it (the years they are about, the base of a
//! change, the start or end of a 由…到… change).

use std::ops::Range;

use super::cues::{
    Find, NUMERAL_MAX, PCUES, PLAN_NO, Pattern, YEAR, YEAR_CHAR, YEAR_RANGE, ends_with_any, is_year_numeral, plan_no,
    starts_with_any,
};
use crate::lang::chars::is_digit;
use crate::lang::numerals::{self, small_number};
use crate::model::Period;

/// How a time reference relates to the figures after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
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

/// The words naming a five-year plan as a document (“七五”计划, 第十一个五年规划).
const PLAN_DOCUMENT: [&str; 2] = ["计划", "规划"];

/// A time phrase found in the text (byte offsets).
#[derive(Debug, Clone, Copy)]
pub(super) struct Ref {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) period: Period,
    pub(super) role: Role,
    /// False for a five-year plan that is only named (“十四五”规划目标): it places nothing.
    pub(super) strong: bool,
}

/// The years a report's time phrases are read against.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Years {
    /// The report year (the year the session plans): `2020年以来` runs to the year before it.
    pub report: Option<i32>,
    /// The year relative words (今年, 去年, 明年) count from: the year of the delivery date, which
    /// is the year before the report year for a session held in December (衡阳市, 2024-12-25:
    /// 今年 is 2024); the report year when the date is unknown. Phrases that count years
    /// (过去五年, 一年来, 今后五年) count from `report` instead.
    pub relative: Option<i32>,
}

impl Years {
    /// Relative words counted from the report year.
    pub fn same(report: Option<i32>) -> Years {
        Years { report, relative: report }
    }

    /// Relative words counted from the delivery year when there is one.
    pub fn new(report: Option<i32>, delivered: Option<i32>) -> Years {
        Years { report, relative: delivered.or(report) }
    }
}

/// Every time phrase in `s[range]`, in text order. Relative phrases need a year to count from.
pub(super) fn scan(s: &str, range: Range<usize>, y: Years) -> Vec<Ref> {
    let c = &*PCUES;
    let hay = &s[range.clone()];
    let base = range.start;
    // One pass tells which patterns can match at all; most texts name no time.
    let may = c.any.matches(hay);
    let mut hits: Vec<(usize, Hit)> = Vec::new();
    for k in (0..c.any.len()).filter(|&k| may.matched(k)) {
        hits.extend(pattern_hits(hay, k).map(|h| (k, Hit { start: base + h.start, end: base + h.end, ..h })));
    }
    refs_of(s, range, y, &hits)
}

/// A match of one of the time patterns, with what its groups say.
#[derive(Debug, Clone, Copy)]
pub(super) struct Hit {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) val: HitVal,
}

#[derive(Debug, Clone, Copy)]
pub(super) enum HitVal {
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
pub(super) fn pattern_hits(hay: &str, k: usize) -> Box<dyn Iterator<Item = Hit> + '_> {
    let c = &*PCUES;
    let hit = |g: regex::Match, val| Hit { start: g.start(), end: g.end(), val };
    match c.pattern(k) {
        Pattern::YearRange => {
            Box::new(YEAR_RANGE.captures_iter(hay).map(move |m| {
                hit(m.get(0).expect("match"), HitVal::Range(numerals::year(&m[1]), numerals::year(&m[2])))
            }))
        }
        Pattern::Year => Box::new(
            YEAR.captures_iter(hay).map(move |m| hit(m.get(0).expect("match"), HitVal::Year(numerals::year(&m[1])))),
        ),
        Pattern::PlanNo => Box::new(PLAN_NO.captures_iter(hay).map(move |m| {
            let (plan, long) = plan_no(&m);
            hit(m.get(0).expect("match"), HitVal::Plan(plan, long))
        })),
        Pattern::Relative(j) => {
            Box::new(c.relative[j].re.captures_iter(hay).map(move |m| hit(m.get(0).expect("match"), relative_val(&m))))
        }
        Pattern::SectionYear(j) => {
            let w = c.section_year[j].as_str();
            if w.is_empty() {
                return Box::new(hay.match_indices(w).map(|(i, w)| Hit {
                    start: i,
                    end: i + w.len(),
                    val: HitVal::Word,
                }));
            }
            // The same non-overlapping matches, left to right, by a vectorised search.
            let n = w.len();
            Box::new(c.section_year_find[j].find_iter(hay.as_bytes()).map(move |i| Hit {
                start: i,
                end: i + n,
                val: HitVal::Word,
            }))
        }
    }
}

/// What a match of a `relative` cue says: its numeral (0 without one), `None` if that does not
/// parse.
fn relative_val(m: &regex::Captures<'_>) -> HitVal {
    HitVal::Relative(match m.name("n") {
        Some(n) => small_number(n.as_str()).and_then(|n| i32::try_from(n).ok()),
        None => Some(0),
    })
}

/// Every match in `s` of each `relative` cue found by the 年 of `s` ([`Find::AtYear`],
/// [`Find::BeforeNumeralYear`]; by its index in `PCUES.relative`, the others get none), as
/// [`pattern_hits`] gives them: `years` are the offsets of every 年 of `s`, `numeral_years`
/// those that follow a numeral.
///
/// A match of words alone holds its first 年 at a fixed place; a match of words before `{n}年`
/// holds a 年 that follows its numeral, and opens with the words right before that numeral
/// (at most [`NUMERAL_MAX`] bytes back). So every place a match can start is found from a 年.
/// At each (in text order, past the cue's last match) the cue's pattern is tried anchored:
/// the first that matches is the match an unanchored search from the end of the last one
/// finds (the leftmost), and at its start the anchored search prefers what the unanchored one
/// prefers (the patterns have no look-around).
fn year_relative_hits(s: &str, years: &[usize], numeral_years: &[usize]) -> Vec<Vec<Hit>> {
    let c = &*PCUES;
    let b = s.as_bytes();
    let mut out: Vec<Vec<Hit>> = vec![Vec::new(); c.relative.len()];
    // Where a numeral of at most NUMERAL_MAX bytes before a 年 can open, in text order (the
    // same for every cue: read once).
    let mut numerals: Vec<usize> = Vec::new();
    if c.relative.iter().any(|r| matches!(r.find, Find::BeforeNumeralYear(_))) {
        for &y in numeral_years {
            let mut at = y;
            while let Some(n) = s[..at].chars().next_back().filter(|&n| is_year_numeral(n))
                && y - (at - n.len_utf8()) <= NUMERAL_MAX
            {
                at -= n.len_utf8();
                numerals.push(at);
            }
        }
        numerals.sort_unstable();
        numerals.dedup();
    }
    for (j, r) in c.relative.iter().enumerate() {
        let hits = &mut out[j];
        match &r.find {
            Find::AtYear(at) => {
                let words = &r.cue_words;
                for &y in years {
                    let Some(start) = y.checked_sub(*at) else { continue };
                    if b[start..].starts_with(words.as_bytes()) && hits.last().is_none_or(|h| h.end <= start) {
                        hits.push(Hit { start, end: start + words.len(), val: HitVal::Relative(Some(0)) });
                    }
                }
            }
            Find::BeforeNumeralYear(prefix) => {
                for &at in &numerals {
                    let Some(start) = at.checked_sub(prefix.len()) else { continue };
                    if !b[start..].starts_with(prefix.as_bytes()) || hits.last().is_some_and(|h| start < h.end) {
                        continue;
                    }
                    if let Some(g) = r.anchored.captures(&s[start..]) {
                        let whole = g.get(0).expect("match");
                        hits.push(Hit {
                            start: start + whole.start(),
                            end: start + whole.end(),
                            val: relative_val(&g),
                        });
                    }
                }
            }
            Find::Windows | Find::Pass => {}
        }
    }
    out
}

/// Every match of each pattern of `PCUES.any` over all of `s`, as [`pattern_hits`] gives
/// them (relative phrases only with a report year).
///
/// [`YEAR`], [`YEAR_RANGE`] and the relative phrases that open with a numeral have no literal
/// prefix, so the regex engine reads every byte of a report for each of them. Instead each is
/// searched only in windows around the places where one of them can match: a match of one of
/// them is at most [`Cues::no_prefix_max`] bytes long and holds a 年 ([`Cues::no_prefix_char`])
/// or, failing such a character, overlaps a match of their union ([`Cues::no_prefix`]; the
/// union's search would otherwise have found it). So no match reaches out of its window, and
/// each window, searched on its own, yields exactly the text's matches in it. Finding every 年
/// costs far less than a pass of the union's automaton over every byte. And when the 年 of
/// every such match follows a numeral ([`Cues::year_after_numeral`]: 2025年, 五年来), only
/// those 年 need a window: every match still lies within the window of its own 年, and the
/// 年 of 今年, 全年 or 年度, most of a report's, are not searched around. A window is searched
/// for a relative phrase only if it holds the words after the phrase's numeral.
///
/// The relative phrases that open with words are read from the same 年
/// ([`year_relative_hits`]): a pass of each over the report cost more than all the rest.
pub(super) fn whole_text_hits(s: &str, relative_year: Option<i32>) -> Vec<Vec<Hit>> {
    let c = &*PCUES;
    let reach = c.no_prefix_max;
    let mut b = [0u8; 4];
    let year = YEAR_CHAR.encode_utf8(&mut b).as_bytes();
    let years: Vec<usize> = memchr::memmem::find_iter(s.as_bytes(), year).collect();
    let numeral_years: Vec<usize> = years.iter().copied().filter(|&at| after_numeral(s, at)).collect();
    let mut windows: Vec<(usize, usize)> = Vec::new();
    let mut add = |start: usize, end: usize| {
        let lo = s.floor_char_boundary(start.saturating_sub(reach));
        let hi = s.ceil_char_boundary(end + reach);
        match windows.last_mut() {
            Some(w) if lo <= w.1 => w.1 = hi,
            _ => windows.push((lo, hi)),
        }
    };
    match c.no_prefix_char {
        Some(_) => {
            let at_years = if c.year_after_numeral { &numeral_years } else { &years };
            at_years.iter().for_each(|&at| add(at, at + year.len()));
        }
        None => c.no_prefix.find_iter(s).for_each(|m| add(m.start(), m.end())),
    }
    let mut by_year = if relative_year.is_some() { year_relative_hits(s, &years, &numeral_years) } else { Vec::new() };
    (0..c.any.len())
        .map(|k| {
            let relative = match c.pattern(k) {
                Pattern::Relative(j) => Some((j, &c.relative[j])),
                _ => None,
            };
            if relative_year.is_none() && relative.is_some() {
                Vec::new()
            } else if c.no_prefix_ids.contains(&k) {
                // (A window without the words after a cue's numeral holds no match of it.)
                let holds = |w: &str| {
                    relative.and_then(|(_, r)| r.tail_find.as_ref()).is_none_or(|f| f.find(w.as_bytes()).is_some())
                };
                windows
                    .iter()
                    .filter(|&&(lo, hi)| holds(&s[lo..hi]))
                    .flat_map(|&(lo, hi)| {
                        pattern_hits(&s[lo..hi], k).map(move |h| Hit { start: lo + h.start, end: lo + h.end, ..h })
                    })
                    .collect()
            } else if let Some((j, r)) = relative
                && matches!(r.find, Find::AtYear(_) | Find::BeforeNumeralYear(_))
            {
                std::mem::take(&mut by_year[j])
            } else {
                pattern_hits(s, k).collect()
            }
        })
        .collect()
}

/// Whether the character before byte `at` (past one blank) is a numeral a year or a count of
/// years ends with ([`is_year_numeral`]).
fn after_numeral(s: &str, at: usize) -> bool {
    let mut before = s.get(..at).unwrap_or_default().chars().rev();
    let mut c = before.next();
    if c.is_some_and(char::is_whitespace) {
        c = before.next();
    }
    c.is_some_and(is_year_numeral)
}

/// The time phrases of `s[range]` from the matches there of each pattern (`hits`, pattern by
/// pattern in the order of `PCUES.any`, each in text order, with the pattern's index).
pub(super) fn refs_of(s: &str, range: Range<usize>, y: Years, hits: &[(usize, Hit)]) -> Vec<Ref> {
    let c = &*PCUES;
    let mut out: Vec<Ref> = Vec::new();
    let taken = |out: &[Ref], a: usize, b: usize| out.iter().any(|r| a < r.end && r.start < b);
    let preceded_by_digit = |at: usize| s[range.start..at].chars().next_back().is_some_and(|c| is_digit(c) || c == '.');
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
                // “七五”计划期间, 第一个五年计划时期: the plan named as a document, then a word of
                // its span (not a mark: 编制“十四五”规划， names the document only).
                let spans = |t: &str| {
                    c.plan_scope_after
                        .iter()
                        .any(|w| t.starts_with(w.as_str()) && w.chars().all(crate::lang::chars::is_han))
                };
                let named = PLAN_DOCUMENT.iter().find_map(|w| after.strip_prefix(w)).filter(|t| spans(t));
                let strong = (!numbered && starts_with_any(after, &c.plan_scope_after)) || named.is_some();
                let after = named.unwrap_or(after);
                // “十四五”末: the plan's last year.
                let p = if starts_with_any(after, &c.plan_end_after) { Period { start: p.end, ..p } } else { p };
                // “十三五”良好开局, “十四五”开局之年: the plan's first year.
                let p = if starts_with_any(after, &c.plan_start_after) { Period { end: p.start, ..p } } else { p };
                out.push(Ref { strong, ..point(p) });
            }
            HitVal::Plan(None, _) => {}
            HitVal::Relative(n) => {
                let Pattern::Relative(j) = c.pattern(k) else { continue };
                let r = &c.relative[j];
                let from = if r.counts_years { y.report.or(y.relative) } else { y.relative };
                let (Some(ry), false) = (from, taken(&out, h.start, h.end)) else { continue };
                let Some(n) = n else { continue };
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
        // (是“八五”时期的1.1倍: a plan's span or end word may stand before the 的.)
        let of = || {
            let scope = c.plan_scope_after.iter().chain(&c.plan_end_after).find(|w| after.starts_with(w.as_str()));
            after[scope.map_or(0, |w| w.len())..].starts_with('的')
        };
        if ends_with_any(before, &c.base_before) || (ends_with_any(before, &c.base_of_before) && of()) {
            r.role = Role::Base;
        } else if ends_with_any(before, &c.from) {
            r.role = Role::From;
        } else if ends_with_any(before, &c.to) {
            r.role = Role::To;
        }
        if starts_with_any(after, &c.since_after)
            && let (Some(a), Some(ry)) = (r.period.start, y.report)
            && a < ry
        {
            r.period = Period::years(a, ry - 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::cues::{YEAR_MAX, YEAR_RANGE_MAX};
    use super::*;

    #[test]
    fn scans_roles() {
        let s = "由2010年的162.4亿元增加到2015年的287.9亿元，比2010年增加13480元，五年来";
        let r = scan(s, 0..s.len(), Years::same(Some(2016)));
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

    /// Searching windows around 年, and the cues with words before their numeral where those
    /// words are, finds the matches of the whole text, the longest ones too.
    #[test]
    fn windowed_hits_are_whole_text_hits() {
        let longest_range = "２０２１\u{3000}年\u{3000}——\u{3000}２０２５\u{3000}年";
        let longest_year = "二〇二一\u{3000}年";
        assert_eq!(YEAR_RANGE.find(longest_range).map(|m| m.len()), Some(YEAR_RANGE_MAX));
        assert_eq!(YEAR.find(longest_year).map(|m| m.len()), Some(YEAR_MAX));
        let s = format!(
            "{longest_range}与{longest_year}，过去五年、近十年来，2020年\n年2021—2022年今后两年间12021年全年。\
             今年全年年度，二〇二五 年与2024\u{3000}年，十年间，2025 2026年，年年，过去的三年、用五年时间、\
             用十年左右时间，这是不断增强的五年，这是这五年，近两年、近年、去年上年明年，今后三年内，未来五年左右，\
             用途，这一年，过去一二三四年，近123年、近12年，今年年，上一年年，过去 五年，过去五 年，近十五年来{}",
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
