//! Section periods: the time of every section of the outline, read from its heading
//! (过去五年及2021年工作回顾, “十五五”时期主要目标和2026年重点工作 …) and inherited by
//! subsections.

use std::sync::LazyLock;

use regex::Regex;

use super::cues::{PCUES, starts_with_any};
use super::phrases::{Ref, Role, Years, scan};
use crate::lang::text::{holds, holds_char, squeeze};
use crate::model::{Period, Status};
use crate::stages::document::cues::CUES;
use crate::stages::document::outline::Outline;

/// What a section's heading says about time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionTime {
    /// The period of a figure with no nearer time reference.
    pub period: Period,
    /// A multi-year span the section also covers (过去五年, “十四五”), for 年均 figures and
    /// paragraphs that name it.
    pub span: Option<Period>,
    pub status: Status,
    /// The heading joins a review and a plan (1999年工作回顾和2000年工作的总体要求): the plan
    /// decides the section's time, but its first paragraphs review, and a past year opening one
    /// of them carries to the paragraphs after it (see `carried_topic`).
    pub mixed: bool,
    /// The heading names a span before a year, both reviewed (过去五年和2017年工作, “十三五”时期
    /// 发展成就和2020年主要工作): from this byte (the heading's end), a figure with no time of its
    /// own is about the span until a paragraph opens with the year (刚刚过去的2017年，…); see
    /// `Memo::year_opens`. The part and the subsections that inherit its time; not parts after it.
    pub span_from: Option<usize>,
}

/// Time of every section of an outline, by index (section_id − 1).
pub fn section_times(text: &str, outline: &Outline, report_year: Option<i32>) -> Vec<SectionTime> {
    let mut out: Vec<SectionTime> = Vec::with_capacity(outline.sections.len());
    let mut last_top: Option<SectionTime> = None;
    let mut loose_list = false; // a top-level （一）… list seen, with no part above it
    for sec in &outline.sections {
        let parent = sec.parent.map(|p| out[p - 1]);
        // A report without parts (长沙 2004: （一）…（六） of the year, then 今年要着力抓好以下八个方面
        // and （一）…（八）) reviews in its first list and plans in the list that starts afresh.
        let restarts = sec.parent.is_none()
            && sec.level == 2
            && sec.marker.as_deref().is_some_and(|m| m.trim_matches(['（', '(', '）', ')']) == "一")
            && std::mem::replace(&mut loose_list, true);
        // The heading read once: its time decides below in four places.
        let info = heading_info(&sec.heading, report_year);
        let t = if sec.is_glossary {
            SectionTime { period: Period::NONE, span: None, status: Status::Actual, mixed: false, span_from: None }
        } else if restarts && info.is_none() {
            SectionTime {
                period: report_year.map_or(Period::NONE, Period::year),
                span: None,
                status: Status::Target,
                mixed: false,
                span_from: None,
            }
        } else if let Some(p) = parent {
            // A subsection keeps its parent's time unless its heading names its own years: the
            // words of a subsection heading (锚定目标攻坚, 政府自身建设全面加强) describe work,
            // not which part of the report it is.
            match info {
                // Under a review of a year, a plan still running names what the work served
                // (（二）…扎实推进重大项目，为“十二五”规划的全面实施奠定基础, 海口 2012): the
                // subsection reviews its parent's year.
                Some(t) if t.explicit && plan_served(t.time, p) => p,
                Some(t) if t.explicit => SectionTime {
                    status: if t.by_cue { t.time.status } else { time_status(t.time.period, report_year, p.status) },
                    ..t.time
                },
                _ => p,
            }
        } else {
            top_time(&sec.heading, info, report_year, last_top, || {
                plans(text.get(sec.heading_end..sec.end).unwrap_or(""))
            })
        };
        // 过去五年和2017年工作: the span first, from the heading's end, until a paragraph opens
        // with the year. Subsections that inherit the part's time (no years in their heading)
        // share that bound: before the year's paragraph they are the span's achievements
        // (广州 2021: （一）综合实力显著提升 … （七）, then 2020年，面对…); after it, the year's
        // work (“十三五”时期和2020年工作回顾, 各位代表，2020年是…, then （一）全力以赴防控疫情…).
        let inherited = parent.is_some_and(|p| p.span_from.is_some()) && t.span_from.is_some();
        let t = if t.span.is_some() && parent.is_none() && info.is_some_and(|h| h.span_first) {
            SectionTime { span_from: Some(sec.heading_end), ..t }
        } else if inherited {
            t
        } else {
            SectionTime { span_from: None, ..t }
        };
        // The glossary explains words and has no time; an annex after it (附件2 重大项目清单,
        // 附件1 民生实事) follows on from the report's last part, not from the glossary.
        if (sec.level == 1 || sec.parent.is_none()) && !sec.is_glossary {
            last_top = Some(t);
        }
        out.push(t);
    }
    out
}

/// Whether a subsection heading's time is a multi-year plan still running in its review parent's
/// year, so only the plan the reviewed work served, not a plan of the subsection's own.
fn plan_served(own: SectionTime, parent: SectionTime) -> bool {
    let (Some(start), Some(end), Some(year)) = (own.period.start, own.period.end, parent.period.end) else {
        return false;
    };
    parent.status == Status::Actual
        && own.status == Status::Target
        && is_multi_year(own.period)
        && start <= year
        && year < end
}

/// Whether heading `h` names work to do by `word` (加强政府自身建设, 主要目标), not reports it done:
/// a `done_after` word right after it (六、持续改进作风，政府自身建设不断加强, the last part of a
/// review: 博州 2021, 乌鲁木齐 2016) leaves the heading to the review it closes.
fn names_own_work(h: &str, word: &str) -> bool {
    // (Most headings hold no cue word at all: a search for its first character, cheap, answers
    // them before a substring searcher is set up for every heading and cue.)
    if word.chars().next().is_some_and(|c| !holds_char(h, c)) {
        return false;
    }
    h.match_indices(word).any(|(i, w)| !starts_with_any(&h[i + w.len()..], &PCUES.done_after))
}

/// A top-level section: its heading, or what the part before it leaves open.
/// `own` is [`heading_info`] of the heading.
fn top_time(
    heading: &str,
    own: Option<HeadingTime>,
    ry: Option<i32>,
    prev: Option<SectionTime>,
    plans: impl Fn() -> bool,
) -> SectionTime {
    let h = squeeze(heading);
    let this_year = SectionTime {
        period: ry.map_or(Period::NONE, Period::year),
        span: None,
        status: Status::Target,
        mixed: false,
        span_from: None,
    };
    if PCUES.year_heading.iter().any(|c| names_own_work(&h, c)) {
        // 全面加强政府自身建设: this year's work, whatever part came before.
        return SectionTime { span: prev.and_then(|p| p.span), ..this_year };
    }
    match (own, prev) {
        (Some(t), _) if t.explicit => t.time,
        // 主要目标 / 三、全力抓好七项重点工作 after a plan: a continuation of that plan.
        (Some(t), Some(p)) if t.time.status == Status::Target && p.status == Status::Target => p,
        (Some(t), _) => t.time,
        // An unlabelled part after a plan (一、把铸牢…主线 under “十五五”时期主要目标和2026年重点工作):
        // this year's work, within the plan's span.
        (None, Some(p)) if p.status == Status::Target => SectionTime { span: p.span, ..this_year },
        // An unlabelled part after a review is more of it (三、社会事业全面进步，人民生活进一步改善),
        // unless its own words plan (陕西 2004: 一、过去一年工作的回顾, then 二、用全面协调可持续的
        // 科学发展观统筹经济社会发展 … 十一、 of the year's work with no cue in any heading).
        (None, Some(_)) if plans() => SectionTime { span: None, ..this_year },
        (None, Some(p)) => p,
        // A report opens with its review.
        (None, None) => SectionTime {
            period: ry.map_or(Period::NONE, |y| Period::year(y - 1)),
            span: None,
            status: Status::Actual,
            mixed: false,
            span_from: None,
        },
    }
}

/// Whether a section's own words plan: the `plan_voice` words (要, 力争, 今年 …) at least
/// [`PLAN_VOICE_MIN`] times and [`PLAN_VOICE_RATIO`] times as often as the `review_voice` words
/// (了, 比上年, 同比, 去年 …). A review reports what was done; a plan says what is to be done.
fn plans(body: &str) -> bool {
    // A `not_voice` word holding a voice word (主要, 为了) takes its count back.
    let count = |words: &[String]| {
        let hits: usize = words.iter().map(|w| body.matches(w.as_str()).count()).sum();
        let masked: usize = PCUES
            .not_voice
            .iter()
            .filter(|m| words.iter().any(|w| m.contains(w.as_str())))
            .map(|m| body.matches(m.as_str()).count())
            .sum();
        hits.saturating_sub(masked)
    };
    let (plan, review) = (count(&PCUES.plan_voice), count(&PCUES.review_voice));
    plan >= PLAN_VOICE_MIN && plan >= PLAN_VOICE_RATIO * review
}

/// Fewest plan words that make a part's own words a plan (a short review part may hold one or two).
const PLAN_VOICE_MIN: usize = 3;
/// How many times the review words the plan words must be.
const PLAN_VOICE_RATIO: usize = 2;

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
    /// A review heading naming a span before a single year (过去五年和2017年工作).
    pub span_first: bool,
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
    let texts: Vec<&str> = cuts
        .iter()
        .map(|&cut| {
            let part = &h[last..cut];
            last = (cut + h[cut..].chars().next().map_or(0, char::len_utf8)).min(h.len());
            part
        })
        .collect();
    for (k, &part) in texts.iter().enumerate() {
        let mut refs = scan(part, 0..part.len(), Years::same(ry));
        // A part naming no time may share the words after the next part's years (本届政府 |
        // 及2022年工作回顾: 本届政府工作回顾, the outgoing term): read it with them, keeping
        // only what starts inside the part.
        if !refs.iter().any(|r| matches!(r.role, Role::Point | Role::To))
            && let Some(next) = texts.get(k + 1)
            && let Some(tail) = scan(next, 0..next.len(), Years::same(ry)).last().map(|r| &next[r.end..])
            && !tail.is_empty()
        {
            let joined = format!("{part}{tail}");
            refs = scan(&joined, 0..joined.len(), Years::same(ry));
            refs.retain(|r| r.start < part.len() && r.end <= part.len() + tail.len());
        }
        // In a heading, a named plan is always the section's span, unless the heading says it
        // opened (攻坚克难，“十二五”经济社会发展开局良好: the review of its first year; a
        // `plan_start_after` word anywhere after the plan in the part, not only right after it).
        let opened = |r: &Ref| {
            is_multi_year(r.period)
                && PCUES.plan_start_after.iter().any(|w| part.get(r.end..).unwrap_or("").contains(w.as_str()))
        };
        let years: Vec<Period> = refs
            .iter()
            .filter(|r| matches!(r.role, Role::Point | Role::To))
            .map(|r| if opened(r) { Period { end: r.period.start, ..r.period } } else { r.period })
            .collect();
        let review = CUES.review.iter().any(|c| holds(part, c));
        let plan = CUES.plan.iter().any(|c| names_own_work(part, c));
        let cue = match (review, plan) {
            (_, true) => Some(Status::Target),
            (true, false) => Some(Status::Actual),
            _ => None,
        };
        // Plan words about years that are over report on them (2016: “十二五”时期…回顾和2015年
        // 重点工作; 1996: “八五”计划的顺利完成为今后的发展奠定了基础): the work of a past year is
        // reviewed, whatever the words.
        let past = |p: &Period| matches!((p.end, ry), (Some(e), Some(y)) if e < y);
        let cue = match cue {
            Some(Status::Target) if !years.is_empty() && years.iter().all(past) => Some(Status::Actual),
            c => c,
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
    let mixed = parts.iter().any(|p| p.1 == Some(Status::Actual)) && parts.iter().any(|p| p.1 == Some(Status::Target));
    let span_first = status == Status::Actual
        && !mixed
        && years
            .iter()
            .position(|p| is_multi_year(*p))
            .is_some_and(|i| years[i + 1..].iter().any(|p| !is_multi_year(*p)));
    Some(HeadingTime {
        time: SectionTime { period, span, status, mixed, span_from: None },
        explicit: !years.is_empty(),
        by_cue,
        span_first,
    })
}

pub(super) fn is_multi_year(p: Period) -> bool {
    matches!((p.start, p.end), (Some(a), Some(b)) if b > a)
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
        // A part naming no time reads the next part's words after its year (漯河 2023): the term
        // under review, five years, and the year.
        assert_eq!(ht("本届政府及2022年工作回顾", 2023), (y(2022), Some(sp(2018, 2022)), Status::Actual));
        assert_eq!(ht("本届政府工作回顾", 2023), (sp(2018, 2022), Some(sp(2018, 2022)), Status::Actual));
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
        // 主要工作 names no side: the year does (银川 2022 三、2022年主要工作 was read as a review,
        // 111 targets as results).
        assert_eq!(ht("2022年主要工作", 2022), (y(2022), None, Status::Target));
        assert_eq!(ht("2021年主要工作", 2022), (y(2021), None, Status::Actual));
        assert_eq!(ht("2003年的主要工作", 2003), (y(2003), None, Status::Target));
        assert!(heading_time("长江文化艺术湾区建设全面铺开", Some(2022)).is_none());
        // A plan the heading says opened is its first year (云南 2012: its review of 2011 was read
        // as the plan's targets, 103 figures).
        assert_eq!(ht("攻坚克难，“十二五”经济社会发展开局良好", 2012), (y(2011), None, Status::Actual));
        // Plan words about a past year review it (丹东 2016, 甘肃 1996: their reviews were read as
        // targets).
        assert_eq!(
            ht("“十二五”时期经济社会发展回顾和2015年重点工作", 2016),
            (y(2015), Some(sp(2011, 2015)), Status::Actual)
        );
        assert_eq!(ht("“八五”计划的顺利完成为今后的发展奠定了基础", 1996).2, Status::Actual);
    }
}
