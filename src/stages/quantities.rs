//! Quantities (`indicators`): a number with its unit, counter or percent sign. (Issue 3.)
//!
//! Recognition (numbers, units, qualifiers, measure) happens here; `subjects` links each
//! mention to what it measures and `periods` to the years it is about.

use super::Context;
use super::periods;
use crate::model::IndicatorRow;

/// A quantity found in the text, before linking. Offsets are bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Span of number + unit.
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub unit: String,
    pub value_base: f64,
    pub unit_base: String,
    pub dimension: &'static str,
    pub measure: &'static str,
    pub qualifier: &'static str,
    pub subject: Option<String>,
    pub indicator: Option<String>,
}

/// Indicator rows of a document.
pub fn extract(cx: &Context) -> Vec<IndicatorRow> {
    let mentions: Vec<Mention> = Vec::new();
    let times = periods::section_times(cx.outline, cx.meta.report_year);
    let s = cx.s();
    mentions
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let (period, status) = periods::resolve(cx, &times, m.start..m.end, Some(m.measure));
            let sentence = cx.sentence_at(m.start).map_or(String::new(), |l| l.text(s).to_string());
            IndicatorRow {
                doc_id: cx.doc_id.to_string(),
                mention_id: i + 1,
                char_start: cx.text.char_of(m.start),
                char_end: cx.text.char_of(m.end),
                surface: s[m.start..m.end].to_string(),
                section_id: cx.section_id_at(m.start),
                sentence,
                subject: m.subject,
                indicator: m.indicator,
                measure: m.measure,
                value: m.value,
                unit: m.unit,
                value_base: m.value_base,
                unit_base: m.unit_base,
                dimension: m.dimension,
                qualifier: m.qualifier,
                period_start: period.start,
                period_end: period.end,
                status,
            }
        })
        .collect()
}
