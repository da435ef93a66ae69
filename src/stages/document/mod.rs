//! The document stages, and the [`Document`] they build for the stages after them.
//!
//! One idea per file, in the order they import each other (each only from those above it):
//!
//! 1. [`cues`] — the cue words of `dict/section_cues.tsv` (opening, parts, glossary, annex);
//! 2. [`region`] — region names and administrative levels;
//! 3. [`header`] — what a header line is: title, subtitle, meeting, speaker;
//! 4. [`body`] — where the report begins and ends inside a scraped page ([`body::Bounds`]);
//! 5. [`metadata`] — the `documents` fields the header gives ([`metadata::Metadata`]);
//! 6. [`outline`] — headings and their spans (`sections`, [`outline::Outline`]).
//!
//! [`Document::new`] runs them once per file and keeps what the later stages read.

pub mod body;
pub mod cues;
pub mod header;
pub mod metadata;
pub mod outline;
pub mod region;

use std::sync::Arc;

use crate::lang::text::{Line, Text, sentences};
use crate::stages::time::memo::Memo;
use crate::stages::time::phrases::Years;
use crate::stages::time::sections::{SectionTime, section_times};

use body::Bounds;
use metadata::Metadata;
use outline::Outline;

/// What the early stages know about one report, built once per file and read by every later
/// stage (glossary, time, indicators, projects). Tests and benches build it with the same
/// constructor as `gwr extract`, so a stage probed alone sees what it sees in a run.
pub struct Document<'a> {
    pub doc_id: &'a str,
    pub text: &'a Text,
    /// Header and body of the report. Only the body (from the 各位代表 opening, or the first
    /// heading, to the end of the report, page junk excluded) yields indicators and projects.
    pub bounds: Bounds,
    pub meta: Metadata,
    pub outline: Outline,
    /// Sentence spans of the body, in order (byte offsets, blanks trimmed).
    pub sentences: Vec<Line>,
    /// The time of every section, by index (`section_id` − 1), read from the headings.
    pub section_times: Vec<SectionTime>,
    /// Time phrases and paragraph topics [`crate::stages::time::resolve`] has read, reused by later figures.
    pub memo: Memo,
}

impl<'a> Document<'a> {
    /// Find the body, read the header, build the outline, split sentences and read the
    /// sections' times, once.
    pub fn new(doc_id: &'a str, text: &'a Text) -> Document<'a> {
        Document::with_title(doc_id, text, None)
    }

    /// [`Document::new`] with the title the source gives besides the text (a Markdown file's
    /// front matter). Without one, a YAML front matter still at the top of the text is read.
    pub fn with_title(doc_id: &'a str, text: &'a Text, title: Option<&str>) -> Document<'a> {
        let s = text.as_str();
        let bounds = body::find(s);
        let title = title.or_else(|| front_matter_title(s));
        let mut meta = metadata::parse(s, &bounds, title);
        let outline = outline::outline(s, &bounds);
        if meta.report_year.is_none() {
            meta.report_year = year_of_parts(&outline);
        }
        let sentences = sentences(s, bounds.body.clone());
        let section_times = section_times(s, &outline, meta.report_year);
        // Relative words (今年) count from the delivery year: a December session's 今年 is the
        // year before its report year.
        let memo = Memo::new(s, Years::new(meta.report_year, meta.delivered_on.map(|d| d.year)));
        Document { doc_id, text, bounds, meta, outline, sentences, section_times, memo }
    }

    pub fn s(&self) -> &str {
        self.text.as_str()
    }

    /// The sentence containing a byte offset.
    pub fn sentence_at(&self, byte: usize) -> Option<Line> {
        let i = self.sentences.partition_point(|l| l.end <= byte);
        self.sentences.get(i).copied().filter(|l| l.start <= byte)
    }

    /// The text of the sentence containing a byte offset (empty outside every sentence), as
    /// a `sentence` cell: rows asked in order of their offsets share one copy per sentence
    /// through `last`.
    pub fn shared_sentence_at(&self, byte: usize, last: &mut Option<(usize, Arc<str>)>) -> Arc<str> {
        let Some(l) = self.sentence_at(byte) else {
            return Arc::from("");
        };
        match last {
            Some((start, text)) if *start == l.start => text.clone(),
            _ => {
                let text: Arc<str> = Arc::from(l.text(self.s()));
                *last = Some((l.start, text.clone()));
                text
            }
        }
    }

    /// The `section_id` of the innermost section containing a byte offset.
    pub fn section_id_at(&self, byte: usize) -> Option<usize> {
        self.outline.innermost(byte).map(|s| s.id)
    }

    /// Whether the text shows no report structure at all (no 各位代表 opening, no heading):
    /// worth a `warning` status.
    pub fn is_unstructured(&self) -> bool {
        !self.bounds.found_opening && self.outline.sections.is_empty()
    }
}

/// The year of a report without a dated header, from the years its part headings name:
/// the plan part's year (2014年工作总体部署), else the year after the review's
/// (一、2013年工作回顾).
fn year_of_parts(outline: &Outline) -> Option<i32> {
    let cues = &cues::CUES;
    let mut review = None;
    for sec in outline.sections.iter().filter(|s| s.level == 1 && !s.is_glossary && !s.is_annex) {
        let Some(y) = metadata::first_year(&sec.heading) else {
            continue;
        };
        if cues.plan.iter().any(|c| sec.heading.contains(c.as_str())) {
            return Some(y);
        }
        if review.is_none() && cues.review.iter().any(|c| sec.heading.contains(c.as_str())) {
            review = Some(y + 1);
        }
    }
    review
}

/// The `title:` of a YAML front matter at the top of a text (`---` / `title: …` / `---`).
fn front_matter_title(s: &str) -> Option<&str> {
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    let mut ls = s.lines();
    if ls.next()?.trim_end() != "---" {
        return None;
    }
    ls.take_while(|l| l.trim_end() != "---")
        .find_map(|l| l.strip_prefix("title:"))
        .map(|t| t.trim().trim_matches(['"', '\'']))
        .filter(|t| !t.is_empty())
}
