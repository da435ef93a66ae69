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

/// Run every stage on a decoded text: build the [`Document`], then the stages that read it.
pub fn extract(doc_id: &str, text: &Text) -> Rows {
    extract_with_title(doc_id, text, None)
}

/// [`extract`], with a title the source gives outside the text (a Markdown front matter's
/// `title`), which the header stage may use for region and year when the text says neither.
pub fn extract_with_title(doc_id: &str, text: &Text, title: Option<&str>) -> Rows {
    let doc = Document::with_title(doc_id, text, title);
    let mut warnings = Vec::new();
    if doc.is_unstructured() {
        warnings.push("no report structure found (no 各位代表 opening and no headings)".to_string());
    }
    let sections = doc.outline.rows(doc_id, text);
    let glossary = glossary::extract(&doc);
    let indicators = indicators::extract(&doc);
    let projects = projects::extract(&doc);
    Rows { meta: doc.meta, sections, glossary, indicators, projects, warnings }
}
