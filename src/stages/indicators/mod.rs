//! Indicators: a number with its unit, counter or percent sign, what it measures, and the
//! years it is about.
//!
//! One idea per file, in the order they import each other (each only from those above it):
//!
//! 1. [`numbers`] — numbers as written (digits, Chinese numerals, magnitude words);
//! 2. [`units`] — the unit, counter and qualifier word tables;
//! 3. [`vocabulary`] — the subject words by role;
//! 4. [`mention`] — a quantity found in the text, before it becomes a row;
//! 5. [`recognise`] — which numbers are quantities, with which unit and qualifier;
//! 6. [`clause`] — the words before a figure in its clause;
//! 7. [`measure`] — values in base units, shared qualifiers, measure and sign;
//! 8. [`subject`] — what one figure measures, as worded;
//! 9. [`codes`] — the indicator code of a subject;
//! 10. [`link`] — subjects shared between figures (carry-over, 、-lists, 分别), then codes.
//!
//! Then [`extract`] gives each figure its period and status ([`crate::stages::time`]) and
//! makes it a row.

pub mod clause;
pub mod codes;
pub mod link;
pub mod measure;
pub mod mention;
pub mod numbers;
pub mod recognise;
pub mod subject;
pub mod units;
pub mod vocabulary;

use crate::model::IndicatorRow;
use crate::stages::document::Document;
use crate::stages::time;

pub use codes::indicator_of;
pub use measure::mentions;
pub use mention::Mention;

/// Indicator rows of a document.
pub fn extract(cx: &Document) -> Vec<IndicatorRow> {
    let s = cx.s();
    let mut last = None;
    let doc_id: std::sync::Arc<str> = cx.doc_id.into();
    let mut mentions = measure::mentions(s, cx.bounds.body.clone());
    link::link(cx, &mut mentions);
    mentions
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let (period, status) = time::resolve(cx, &cx.section_times, m.start..m.end, Some(m.measure));
            let sentence = cx.shared_sentence_at(m.start, &mut last);
            IndicatorRow {
                doc_id: doc_id.clone(),
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
