//! The extraction stages, in pipeline order:
//!
//! 1. [`body`] — where the report begins and ends inside a scraped page;
//! 2. [`metadata`] — the header: title, region, date, meeting, speaker (`documents`);
//! 3. [`segment`] — the outline (`sections`) and sentence boundaries;
//! 4. [`glossary`] — the 名词解释 block (`glossary`);
//! 5. [`numbers`] / [`quantities`] — recognise numbers with units (`indicators`);
//! 6. [`subjects`] — link each quantity to what it measures;
//! 7. [`periods`] — the years a figure is about and whether it is a result or a target;
//! 8. [`projects`] — named projects and their stage (`projects`).
//!
//! Each stage reads the [`Context`] built by the ones before it and returns rows; none
//! writes anything.

pub mod body;
pub mod glossary;
pub mod metadata;
pub mod numbers;
pub mod periods;
pub mod projects;
pub mod quantities;
pub mod segment;
pub mod subjects;

use crate::model::{GlossaryRow, IndicatorRow, ProjectRow, SectionRow};
use crate::text::{Line, Text};

pub use metadata::Metadata;
pub use segment::{Outline, Section};

/// What the early stages know about a document, shared by the later ones.
pub struct Context<'a> {
    pub doc_id: &'a str,
    pub text: &'a Text,
    /// Byte range of the report body: from the 各位代表 opening (or the first heading) to the
    /// end of the report, page junk excluded. Only this range yields indicators and projects.
    pub body: std::ops::Range<usize>,
    pub meta: &'a Metadata,
    pub outline: &'a Outline,
    /// Sentence spans of the body, in order (byte offsets, blanks trimmed).
    pub sentences: &'a [Line],
    /// Time phrases and paragraph topics [`periods::resolve`] has read, reused by later figures.
    pub memo: &'a periods::Memo,
}

impl Context<'_> {
    pub fn s(&self) -> &str {
        self.text.as_str()
    }
    /// The sentence containing a byte offset.
    pub fn sentence_at(&self, byte: usize) -> Option<Line> {
        let i = self.sentences.partition_point(|l| l.end <= byte);
        self.sentences.get(i).copied().filter(|l| l.start <= byte)
    }
    /// The `section_id` of the innermost section containing a byte offset.
    pub fn section_id_at(&self, byte: usize) -> Option<usize> {
        self.outline.innermost(byte).map(|s| s.id)
    }
}

/// All rows of one document, and problems worth a `warning` status.
pub struct Rows {
    pub meta: Metadata,
    pub sections: Vec<SectionRow>,
    pub glossary: Vec<GlossaryRow>,
    pub indicators: Vec<IndicatorRow>,
    pub projects: Vec<ProjectRow>,
    pub warnings: Vec<String>,
}

/// Build the context of a document the way [`extract`] does (body, metadata, outline,
/// sentences, section times) and hand it to `f`. Lets tests and tools probe one stage, such
/// as [`periods::resolve`], against gold offsets without running the others.
pub fn with_context<R>(doc_id: &str, text: &Text, f: impl FnOnce(&Context, &[periods::SectionTime]) -> R) -> R {
    let s = text.as_str();
    let bounds = body::find(s);
    let meta = metadata::parse(s, &bounds);
    let outline = segment::outline(s, &bounds, &meta);
    let sentences = crate::text::sentences(s, bounds.body.clone());
    let memo = periods::Memo::new(s, meta.report_year);
    let cx = Context {
        doc_id,
        text,
        body: bounds.body.clone(),
        meta: &meta,
        outline: &outline,
        sentences: &sentences,
        memo: &memo,
    };
    let times = periods::section_times(cx.outline, cx.meta.report_year);
    f(&cx, &times)
}

/// Run every stage on a decoded text.
pub fn extract(doc_id: &str, text: &Text) -> Rows {
    let s = text.as_str();
    let bounds = body::find(s);
    let meta = metadata::parse(s, &bounds);
    let outline = segment::outline(s, &bounds, &meta);
    let sentences = crate::text::sentences(s, bounds.body.clone());
    let memo = periods::Memo::new(s, meta.report_year);
    let cx = Context {
        doc_id,
        text,
        body: bounds.body.clone(),
        meta: &meta,
        outline: &outline,
        sentences: &sentences,
        memo: &memo,
    };
    let mut warnings = Vec::new();
    if !bounds.found_opening && outline.sections.is_empty() {
        warnings.push("no report structure found (no 各位代表 opening and no headings)".to_string());
    }
    let sections = outline.rows(doc_id, text);
    let glossary = glossary::extract(&cx);
    let indicators = quantities::extract(&cx);
    let projects = projects::extract(&cx);
    Rows { meta, sections, glossary, indicators, projects, warnings }
}
