//! Resolution, nearest first: the period and status of a figure (or a project) from the time
//! phrases around it, the topics before it, and its section (see [`super`]).

use std::ops::Range;

use super::cues::PCUES;
use super::cues::{covers, starts_with_any};
use super::phrases::{Ref, Role};
use super::sections::{SectionTime, is_multi_year};
use crate::lang::chars::is_digit;
use crate::lang::numerals::small_number;
use crate::lang::text::{Line, find_char, holds};
use crate::model::{Period, Status};
use crate::stages::document::Document;
use crate::stages::document::outline::Section;
use crate::vocab::Measure;

/// The longest reach, in bytes, of a year over clauses joined by ； (see step 3 of [`resolve`]).
const SENTENCE_MAX_BYTES: usize = 2048;

/// Whether a topic's period agrees with its section: a review's topics are past, a plan's not.
fn agrees(p: Period, st: &SectionTime, ry: Option<i32>) -> bool {
    let (Some(ry), Some(end)) = (ry, p.end) else { return true };
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
        // (Most clauses hold no 由 or 从: refused before a searcher is set up.)
        .filter(|w| holds(cl, w))
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
        // (A copy of the clause only for a word it holds.)
        if t.contains(w.as_str()) {
            t = t.replace(w.as_str(), "·");
        }
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
        Some(sec) if sec.is_glossary => {
            SectionTime { period: Period::NONE, span: None, status: Status::Actual, mixed: false, span_from: None }
        }
        Some(sec) => times[sec.id - 1],
        // Before the first heading: the opening of the report, about the year behind it.
        None => SectionTime {
            period: cx.meta.report_year.map_or(Period::NONE, |y| Period::year(y - 1)),
            span: None,
            status: Status::Actual,
            mixed: false,
            span_from: None,
        },
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
/// average over). Used by both `indicators` and `projects`.
pub fn resolve(cx: &Document, times: &[SectionTime], at: Range<usize>, measure: Option<Measure>) -> (Period, Status) {
    let s = cx.s();
    let ry = cx.meta.report_year;
    let sec = cx.outline.innermost(at.start);
    let st = section_time_at(cx, times, at.start);
    let glossary = sec.is_some_and(|x| x.is_glossary);
    let memo = &cx.memo;
    let sent = cx.sentence_at(at.start).unwrap_or_else(|| memo.paragraph_at(s, at.start));
    let clause = memo.after_clause_mark(s, sent.start, at.start);

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
    // (The paragraph's own span first: ——过去的五年，是… in a part joining a review and a plan.)
    let para_span = || {
        let para = memo.paragraph_at(s, at.start);
        memo.paragraph_topic(s, &cx.sentences, para).map(|t| t.period)
    };
    if found.is_none() {
        found = span_count(s, clause, at.start, &st, para_span);
    }
    if found.is_none() && clause > sent.start && starts_with_any(&s[clause..at.start], &c.span_count_carry) {
        // 五年造林绿化2461万亩，治理水土流失面积3.2万平方公里: a clause of deeds after one
        // opening with a count of years goes on counting them.
        found = span_count(s, sent.start, at.start, &st, para_span);
    }
    if found.is_none() {
        found = parallel_years(s, cx, sent, clause, at.start);
    }
    if found.is_none() {
        // Earlier clauses of the sentence, nearest first: the time phrase heading one of them.
        let mut end = clause;
        while found.is_none() && end > sent.start {
            let start =
                memo.after_clause_mark(s, sent.start, end - s[..end].chars().next_back().map_or(1, char::len_utf8));
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
            // A multi-year review paragraph (过去五年，是…的五年。…2007年，…。…) keeps its span
            // for the sentences after one opened by its last year: the contract gives the
            // paragraph's span to every figure with no year of its own, levels reached at its
            // end included. The year speaks for its own sentence only: up to its full stop, as
            // clauses joined by ； share their topic (2013年，生产总值达1707亿元；财政收入达97亿元。).
            // So does a paragraph with no topic of its own in a multi-year review section
            // (（二）… 2013年，规模以上工业增加值达987亿元。…累计争取转移支付17亿元。).
            // (A sentence is never kilobytes long: past that, a page with no full stop would make
            // every figure read back to its topic.)
            let own_sentence = at.start - t.start <= SENTENCE_MAX_BYTES
                && !s[t.start..at.start].contains(['。', '！', '？', '!', '?', '\n']);
            let single_in = |span: Period| {
                is_multi_year(span)
                    && found.is_some_and(|f| !is_multi_year(f) && f.end.is_some_and(|y| covers(span, y)))
            };
            // A shorter span inside the part's (近两年化解煤炭…产能1672万吨。 in 过去五年和2017年工作,
            // 安徽 2018) speaks for its own sentence too: the sentences after it are the part's.
            let narrower_in = |span: Period| {
                is_multi_year(span)
                    && found.is_some_and(|f| {
                        f != span && f.start.is_some_and(|a| covers(span, a)) && f.end.is_some_and(|b| covers(span, b))
                    })
            };
            let part_span = || match (st.span_from, st.span) {
                (Some(from), Some(sp))
                    if at.start >= from && at.start < memo.year_opens(s, &cx.sentences, from, st.period) =>
                {
                    Some(sp)
                }
                _ => None,
            };
            if !own_sentence {
                match memo.paragraph_topic(s, &cx.sentences, para) {
                    Some(p) if p.role != Role::SectionYear && single_in(p.period) => found = Some(p.period),
                    None if t.role != Role::SectionYear
                        && st.status == Status::Actual
                        && (single_in(st.period) || part_span().is_some_and(narrower_in)) =>
                    {
                        found = None
                    }
                    _ => {}
                }
            }
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

    // Averages are about the span they average over: from a base year earlier in the sentence
    // (2010年全省生产总值是2005年的1.87倍，年均增长13.3%: 2006–2010), else the section's span.
    let sentence_base = || refs.iter().rev().find(|r| r.role == Role::Base && r.period.end.is_some());
    if measure == Some(Measure::AvgGrowthRate)
        && !is_multi_year(period)
        && let (Some(b), Some(y)) = (sentence_base(), period.end)
        && let Some(be) = b.period.end.filter(|&be| be < y)
    {
        period = Period::years(be + 1, y);
    }
    if measure == Some(Measure::AvgGrowthRate) && !is_multi_year(period) {
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

    // 过去五年和2017年工作: before the paragraph that opens with the year, the part is about the span.
    if source == Source::Section
        && let (Some(from), Some(sp)) = (st.span_from, st.span)
        && at.start >= from
        && at.start < memo.year_opens(s, &cx.sentences, from, st.period)
        && measure != Some(Measure::AvgGrowthRate)
    {
        period = sp;
    }
    let status = match (source, ry, period.start, period.end) {
        (Source::Text, Some(y), _, Some(e)) if e < y => Status::Actual,
        (Source::Text, Some(y), Some(a), _) if a >= y => Status::Target,
        _ if !memo.goal_free(s, clause, at.start) && has_goal_word(&s[clause..at.start]) => Status::Target,
        _ => st.status,
    };
    if glossary && source == Source::Section {
        return (Period::NONE, Status::Actual);
    }
    (period, status)
}

/// A count of years opening the figure's clause (五年新增城镇就业380万人, 五年累计投资2.6万亿元,
/// 五年提高8.5个百分点) in a section that covers that many years (过去五年工作回顾, 今后五年的
/// 主要目标) names the section's span: the figure is the span's total or change, not its last
/// year's. Another count (九年义务教育 in a five-year review) or a count before a word of
/// `span_count_not_before` (三年行动计划, 五年的努力) names nothing. The paragraph's opening
/// span (——过去的五年，是…) comes before the section's. The count speaks for its own clause
/// only: the clauses after it may state levels (五年新增石油产能1000万吨，能源化工产业总产值已占
/// 规模以上工业的46.8％ is the last year's share).
fn span_count(
    s: &str,
    clause: usize,
    at: usize,
    st: &SectionTime,
    para_span: impl FnOnce() -> Option<Period>,
) -> Option<Period> {
    let t = s[clause..at].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '-'));
    // The count is the one or two characters before the first 年: only the first three
    // characters are searched (`split_once` read on to the figure, often a sentence's length).
    let head = t.char_indices().nth(3).map_or(t, |(k, _)| &t[..k]);
    let k = find_char(head, '年')?;
    let (count, rest) = (&t[..k], &t[k + '年'.len_utf8()..]);
    if count.is_empty() || count.chars().count() > 2 || starts_with_any(rest, &PCUES.span_count_not_before) {
        return None;
    }
    let n = i32::try_from(small_number(count)?).ok()?;
    // The paragraph's span, then the section's period, then its span: a part reviewing one plan
    // may also name the next one's.
    let years = |p: &Period| is_multi_year(*p) && matches!((p.start, p.end), (Some(a), Some(b)) if b - a + 1 == n);
    para_span().filter(years).or_else(|| [st.period, st.span.unwrap_or(Period::NONE)].into_iter().find(years))
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
        if let Some(t) = memo.continued_topic(s, &cx.sentences, p) {
            let period = if t.role == Role::SectionYear { section_year(st, ry) } else { t.period };
            // (In a part whose heading joins a review and a plan, the review's years carry too.)
            break (st.mixed || agrees(period, st, ry)).then_some(period);
        }
        if let Some(found) = cached(p) {
            break found;
        }
        open.push(p);
    };
    // In a part that reviews, then plans, the review's year stops at the first paragraph that
    // names a time of the plan (“十二五”我省经济社会发展的主要预期目标是…, 今年…): from there on
    // the section's plan holds. Decided from the paragraph nearest the topic onwards.
    let names_plan_time = |p: Line| {
        memo.scan(s, p.start..p.end).iter().any(|r| {
            r.role != Role::SectionYear && r.role != Role::Base && r.period.end.is_some() && agrees(r.period, st, ry)
        })
    };
    let mut found = found;
    let mut carried = memo.carried.borrow_mut();
    for p in open.into_iter().rev() {
        if st.mixed && found.is_some_and(|f| !agrees(f, st, ry)) && names_plan_time(p) {
            found = None;
        }
        carried.insert((p.start, p.end, sec.id), (*st, found));
    }
    found
}
