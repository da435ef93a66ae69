//! The extraction stages, in pipeline order (each file imports only the ones before it; see
//! `tests/integration/layers.rs`):
//!
//! 1. [`document`] — body, header, metadata (`documents`) and outline (`sections`), gathered in
//!    a [`Document`] built once per file;
//! 2. [`glossary`] — the 名词解释 block (`glossary`);
//! 3. [`time`] — the years a figure is about and whether it is a result or a target (its
//!    section times and cache sit below the [`Document`], which owns them);
//! 4. [`indicators`] — numbers with units, what they measure, their codes (`indicators`);
//! 5. [`projects`] — named projects and their stage (`projects`).
//!
//! Each stage reads the [`Document`] and returns rows; none writes anything.

pub mod document;
pub mod glossary;
pub mod indicators;
pub mod projects;
pub mod time;

use std::time::{Duration, Instant};

use crate::lang::text::Text;
use crate::model::{GlossaryRow, IndicatorRow, ProjectRow, SectionRow};

use document::Document;
use document::metadata::Metadata;

/// All rows of one document, and problems worth a `warning` status.
pub struct Rows {
    pub meta: Metadata,
    pub sections: Vec<SectionRow>,
    pub glossary: Vec<GlossaryRow>,
    pub indicators: Vec<IndicatorRow>,
    pub projects: Vec<ProjectRow>,
    pub warnings: Vec<String>,
}

/// Time spent in each stage call of [`extract_timed`] (`gwr extract --timings` sums them).
#[derive(Debug, Clone, Copy, Default)]
pub struct StageTimes {
    /// [`Document::new`] (body, header, outline, sentences, sections' times) and section rows.
    pub document: Duration,
    pub glossary: Duration,
    /// Quantities, subjects and periods.
    pub indicators: Duration,
    pub projects: Duration,
}

/// Run every stage on a decoded text: build the [`Document`], then the stages that read it.
pub fn extract(doc_id: &str, text: &Text) -> Rows {
    extract_with_title(doc_id, text, None)
}

/// [`extract`], with a title the source gives outside the text (a Markdown front matter's
/// `title`), which the header stage may use for region and year when the text says neither.
pub fn extract_with_title(doc_id: &str, text: &Text, title: Option<&str>) -> Rows {
    extract_timed(doc_id, text, title, &mut StageTimes::default())
}

/// [`extract_with_title`], adding the time of each stage to `t`.
pub fn extract_timed(doc_id: &str, text: &Text, title: Option<&str>, t: &mut StageTimes) -> Rows {
    let mut clock = Instant::now();
    let mut lap = |d: &mut Duration| {
        let now = Instant::now();
        *d += now - clock;
        clock = now;
    };
    let doc = Document::with_title(doc_id, text, title);
    let mut warnings = Vec::new();
    if doc.is_unstructured() {
        warnings.push("no report structure found (no 各位代表 opening and no headings)".to_string());
    }
    let sections = doc.outline.rows(doc_id, text);
    lap(&mut t.document);
    let glossary = glossary::extract(&doc);
    lap(&mut t.glossary);
    let indicators = indicators::extract(&doc);
    lap(&mut t.indicators);
    let projects = projects::extract(&doc);
    lap(&mut t.projects);
    Rows { meta: doc.meta, sections, glossary, indicators, projects, warnings }
}
