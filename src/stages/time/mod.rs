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
//! the section. All cue words are in `dict/period_cues.tsv` and `dict/section_cues.tsv`.//!
//! One idea per file, in the order they import each other (each only from those above it; the
//! first four sit below the [`Document`](super::document::Document), which owns the section
//! times and the memo, and only [`resolve`] reads the Document):
//!
//! 1. [`cues`] — the cue words and the patterns of time phrases;
//! 2. [`phrases`] — the time phrases of a text range and their roles;
//! 3. [`sections`] — the period of every section, from its heading;
//! 4. [`memo`] — the per-document cache of phrases and topics;
//! 5. [`resolve`] — the nearest-first resolution above.
//!
//! This stage knows nothing of indicators: it reads byte ranges and an optional measure.

pub mod cues;
pub mod memo;
pub mod phrases;
pub mod resolve;
pub mod sections;

pub use cues::{covers, five_year_plan, plan_of_year};
pub use phrases::Years;
pub use resolve::{resolve, section_default};
pub use sections::{HeadingTime, SectionTime, heading_info, heading_time, section_times};
