//! Cue words: `section_cues.tsv` (what a heading says a section is), `period_cues.tsv` (words
//! that place a figure in time or mark a goal) and `page_junk.tsv` (web-page furniture).

use super::{LexiconError, Source};
use crate::vocab::vocabulary;

pub(crate) const SECTION_COLUMNS: &[&str] = &["kind", "cue"];
pub(crate) const PERIOD_COLUMNS: &[&str] = &["kind", "cue", "start", "end"];
pub(crate) const JUNK_COLUMNS: &[&str] = &["kind", "word"];

vocabulary! {
    /// What a section cue tells (`kind` of `section_cues.tsv`).
    pub enum SectionCueKind ("section cue kind") {
        /// Results of past years.
        Review = "review",
        /// Targets and tasks.
        Plan = "plan",
        /// The 名词解释 block.
        Glossary = "glossary",
        /// Words before a glossary cue in its heading (附：, 有关, 部分 …).
        GlossaryLead = "glossary_lead",
        /// Makes an unmarked short line a level-1 heading.
        Heading = "heading",
        /// Opens the speech (各位代表).
        Opening = "opening",
        /// Makes an opening line the greeting (我代表…向大会报告).
        Greeting = "greeting",
        /// Starts an annex (附件).
        Annex = "annex",
    }
}

/// A row of `section_cues.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionCue {
    pub kind: SectionCueKind,
    pub cue: String,
}

pub(crate) fn read_section_cues(src: &Source) -> Result<Vec<SectionCue>, LexiconError> {
    src.rows(SECTION_COLUMNS, 2)?
        .iter()
        .map(|row| Ok(SectionCue { kind: row.term(0)?, cue: row.word(1, "cue")? }))
        .collect()
}

vocabulary! {
    /// What a period cue does (`kind` of `period_cues.tsv`; the file's header explains each).
    pub enum PeriodCueKind ("period cue kind") {
        Relative = "relative",
        SectionYear = "section_year",
        BaseBefore = "base_before",
        BaseOfBefore = "base_of_before",
        From = "from",
        To = "to",
        SinceAfter = "since_after",
        TopicPrefix = "topic_prefix",
        Address = "address",
        PlanScopeAfter = "plan_scope_after",
        PlanEndAfter = "plan_end_after",
        PlanStartAfter = "plan_start_after",
        Goal = "goal",
        GoalCompared = "goal_compared",
        NotGoal = "not_goal",
        YearHeading = "year_heading",
        DoneAfter = "done_after",
        PlanVoice = "plan_voice",
        ReviewVoice = "review_voice",
        NotVoice = "not_voice",
        SpanCountNotBefore = "span_count_not_before",
        SpanCountCarry = "span_count_carry",
        SubjectTimeBefore = "subject_time_before",
        SubjectYearAfter = "subject_year_after",
        SubjectPlanAfter = "subject_plan_after",
        SubjectYearsAfter = "subject_years_after",
        SubjectMonthAfter = "subject_month_after",
        SubjectMonthBound = "subject_month_bound",
        SubjectPerPeriod = "subject_per_period",
        SubjectFromBase = "subject_from_base",
        SubjectBaseBefore = "subject_base_before",
        SubjectBaseYearAfter = "subject_base_year_after",
        SubjectBasePlanAfter = "subject_base_plan_after",
        SubjectYearOfAfter = "subject_year_of_after",
        SubjectPlanOfAfter = "subject_plan_of_after",
        SubjectStreak = "subject_streak",
        SubjectStreakUnit = "subject_streak_unit",
    }
}

/// `n·N + k`: a year as an offset from the report year, where N is the value of the numeral
/// a `relative` cue holds (`-n`, `n-1`, `0`, `-1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearOffset {
    pub n: i32,
    pub k: i32,
}

impl YearOffset {
    /// `-n`, `+n`, `n-1`, `-1`, `0` …; `None` for anything else.
    pub fn parse(s: &str) -> Option<YearOffset> {
        let s = s.trim();
        let (sign, rest) = match s.strip_prefix('-') {
            Some(r) => (-1, r),
            None => (1, s.strip_prefix('+').unwrap_or(s)),
        };
        if let Some(after_n) = rest.strip_prefix('n') {
            let k = if after_n.is_empty() { 0 } else { after_n.parse::<i32>().ok()? };
            Some(YearOffset { n: sign, k })
        } else {
            let k = rest.parse::<i32>().ok()?;
            Some(YearOffset { n: 0, k: sign * k })
        }
    }

    /// The offset for a numeral of value `n`.
    pub fn at(self, n: i32) -> i32 {
        self.n * n + self.k
    }
}

/// A row of `period_cues.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodCue {
    pub kind: PeriodCueKind,
    pub cue: String,
    /// First and last year of a `relative` cue; `None` for the other kinds.
    pub span: Option<(YearOffset, YearOffset)>,
}

pub(crate) fn read_period_cues(src: &Source) -> Result<Vec<PeriodCue>, LexiconError> {
    let mut out = Vec::new();
    for row in src.rows(PERIOD_COLUMNS, 2)? {
        let kind: PeriodCueKind = row.term(0)?;
        let cue = row.word(1, "cue")?;
        let span = if kind == PeriodCueKind::Relative {
            let offset = |i: usize, column: &str| {
                YearOffset::parse(row.cell(i)).ok_or_else(|| {
                    row.error(format!("{column} {:?} is not an offset such as -1, 0, -n or n-1", row.cell(i)))
                })
            };
            let (start, end) = (offset(2, "start")?, offset(3, "end")?);
            if (start.n != 0 || end.n != 0) && !cue.contains("{n}") {
                return Err(row.error(format!("{cue:?} has no {{n}} for the n of its offsets")));
            }
            Some((start, end))
        } else {
            if !row.cell(2).is_empty() || !row.cell(3).is_empty() {
                return Err(row.error(format!("only relative cues have start and end, not {kind}")));
            }
            None
        };
        out.push(PeriodCue { kind, cue, span });
    }
    Ok(out)
}

vocabulary! {
    /// What a row of `page_junk.tsv` marks.
    pub enum JunkKind ("page junk kind") {
        /// Page furniture (下载, 打印, 来源).
        Junk = "junk",
        /// A line starting with it ends the report (相关报道, 打印本页).
        End = "end",
        /// A line ending with it is a photo caption (摄).
        Caption = "caption",
    }
}

/// A row of `page_junk.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct JunkWord {
    pub kind: JunkKind,
    pub word: String,
}

pub(crate) fn read_page_junk(src: &Source) -> Result<Vec<JunkWord>, LexiconError> {
    src.rows(JUNK_COLUMNS, 2)?
        .iter()
        .map(|row| Ok(JunkWord { kind: row.term(0)?, word: row.word(1, "word")? }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets() {
        let at = |s: &str, n: i32| YearOffset::parse(s).map(|o| o.at(n));
        assert_eq!(at("-n", 5), Some(-5));
        assert_eq!(at("n-1", 5), Some(4));
        assert_eq!(at("+n", 3), Some(3));
        assert_eq!(at("-1", 5), Some(-1));
        assert_eq!(at("0", 5), Some(0));
        assert_eq!(at("-m", 5), None);
        assert_eq!(at("", 5), None);
    }

    #[test]
    fn embedded_cues_and_bad_rows() {
        let cues = read_period_cues(&Source::embedded("period_cues.tsv")).unwrap();
        let past = cues.iter().find(|c| c.cue == "过去{n}年").unwrap();
        assert_eq!(past.span, Some((YearOffset { n: -1, k: 0 }, YearOffset { n: 0, k: -1 })));
        let err = |t: &str| read_period_cues(&Source::text("p.tsv", t)).unwrap_err().to_string();
        assert!(err("relative\t过去{n}年\t-n\n").starts_with("p.tsv line 1: end \"\""));
        assert!(err("relative\t过去几年\t-n\t-1\n").contains("no {n}"));
        assert!(err("goal\t目标\t1\t1\n").contains("only relative cues"));
        assert!(err("#\nsoon\t明天\n").starts_with("p.tsv line 2: unknown period cue kind \"soon\""));
        let junk = read_page_junk(&Source::embedded("page_junk.tsv")).unwrap();
        assert!(junk.contains(&JunkWord { kind: JunkKind::End, word: "相关报道".into() }));
        let sections = read_section_cues(&Source::embedded("section_cues.tsv")).unwrap();
        assert!(sections.contains(&SectionCue { kind: SectionCueKind::Opening, cue: "各位代表".into() }));
    }
}
