//! A quantity found in the text, as the indicator stages pass it along before it becomes a row.

use crate::vocab::{Dimension, Measure, Qualifier};

/// A quantity found in the text, before linking. Offsets are bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Span of number + unit (余/多 inside, qualifiers around left out).
    pub start: usize,
    pub end: usize,
    /// The span with the qualifier words around it (约…, …以上): where the words before and
    /// after the figure begin.
    pub q_start: usize,
    pub q_end: usize,
    pub value: f64,
    pub unit: String,
    pub value_base: f64,
    pub unit_base: String,
    pub dimension: Dimension,
    pub measure: Measure,
    pub qualifier: Qualifier,
    pub subject: Option<String>,
    pub indicator: Option<String>,
    /// The high end of a range (5%—5.5%): it shares the low end's measure and subject.
    pub range_hi: bool,
}
