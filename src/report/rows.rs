//! The rows the pages show, read from an output folder's tables by column name.
//!
//! Each kind of row names the columns it reads ([`Doc::COLUMNS`] …) and which of them it
//! cannot do without; a cell that should be a number and is not is an error naming the file,
//! the row and the column.

use std::path::Path;

use super::ReportError;
use super::tables::{Cell, RowReader};

/// Reads typed cells off one row, for error messages that say where.
pub struct Cells<'a> {
    path: &'a Path,
    row: usize,
    names: &'static [&'static str],
    cells: Vec<Cell>,
}

impl Cells<'_> {
    fn col(&self, name: &str) -> usize {
        self.names.iter().position(|n| *n == name).expect("column listed in COLUMNS")
    }
    fn text(&mut self, name: &str) -> Option<String> {
        let i = self.col(name);
        self.cells[i].take()
    }
    fn string(&mut self, name: &str) -> String {
        self.text(name).unwrap_or_default()
    }
    fn num(&self, name: &str) -> Result<Option<f64>, ReportError> {
        let i = self.col(name);
        match self.cells[i].as_deref() {
            None => Ok(None),
            Some(s) => {
                s.trim().parse::<f64>().ok().filter(|v| v.is_finite()).map(Some).ok_or_else(|| ReportError::BadCell {
                    path: self.path.to_path_buf(),
                    row: self.row,
                    column: name.to_string(),
                    detail: format!("{s:?} is not a number"),
                })
            }
        }
    }
    fn int(&self, name: &str) -> Result<Option<i64>, ReportError> {
        match self.num(name)? {
            Some(v) if v.fract() != 0.0 => Err(ReportError::BadCell {
                path: self.path.to_path_buf(),
                row: self.row,
                column: name.to_string(),
                detail: format!("{v} is not a whole number"),
            }),
            v => Ok(v.map(|v| v as i64)),
        }
    }
    /// A code-point offset: a whole number ≥ 0.
    fn offset(&self, name: &str) -> Result<Option<usize>, ReportError> {
        match self.int(name)? {
            Some(v) if v < 0 => Err(ReportError::BadCell {
                path: self.path.to_path_buf(),
                row: self.row,
                column: name.to_string(),
                detail: format!("{v} is negative"),
            }),
            v => Ok(v.map(|v| v as usize)),
        }
    }
}

/// Reads rows of one kind from a table file.
pub struct Reader<T> {
    rows: RowReader,
    n: usize,
    make: fn(&mut Cells<'_>) -> Result<T, ReportError>,
    names: &'static [&'static str],
}

/// A kind of row read from a table.
pub trait FromTable: Sized {
    /// The table it comes from.
    const TABLE: &'static str;
    /// The columns it reads, `doc_id` first where there is one.
    const COLUMNS: &'static [&'static str];
    /// The columns a file must have.
    const REQUIRED: &'static [&'static str];
    /// The row, from its cells.
    fn make(c: &mut Cells<'_>) -> Result<Self, ReportError>;
}

impl<T: FromTable> Reader<T> {
    pub fn open(file: &super::tables::TableFile) -> Result<Reader<T>, ReportError> {
        Ok(Reader { rows: RowReader::open(file, T::COLUMNS, T::REQUIRED)?, n: 0, make: T::make, names: T::COLUMNS })
    }
}

impl<T> Reader<T> {
    /// The file read.
    pub fn path(&self) -> &Path {
        &self.rows.path
    }

    /// The next row, or `None` at the end of the file.
    pub fn next_row(&mut self) -> Result<Option<T>, ReportError> {
        let Some(cells) = self.rows.next_row()? else { return Ok(None) };
        self.n += 1;
        let mut c = Cells { path: &self.rows.path, row: self.n, names: self.names, cells };
        (self.make)(&mut c).map(Some)
    }
}

/// A `documents` row.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub doc_id: String,
    pub source_path: String,
    pub source_sha256: Option<String>,
    pub encoding: Option<String>,
    pub title: Option<String>,
    pub region: Option<String>,
    pub admin_level: Option<String>,
    pub report_year: Option<i64>,
    pub delivered_on: Option<String>,
    pub meeting: Option<String>,
    pub speaker: Option<String>,
    pub speaker_title: Option<String>,
    pub n_chars: Option<usize>,
    pub status: String,
    pub message: Option<String>,
}

impl FromTable for Doc {
    const TABLE: &'static str = "documents";
    const COLUMNS: &'static [&'static str] = &[
        "doc_id",
        "source_path",
        "source_sha256",
        "encoding",
        "title",
        "region",
        "admin_level",
        "report_year",
        "delivered_on",
        "meeting",
        "speaker",
        "speaker_title",
        "n_chars",
        "status",
        "message",
    ];
    const REQUIRED: &'static [&'static str] = &["doc_id", "source_path"];
    fn make(c: &mut Cells<'_>) -> Result<Doc, ReportError> {
        Ok(Doc {
            report_year: c.int("report_year")?,
            n_chars: c.offset("n_chars")?,
            doc_id: c.string("doc_id"),
            source_path: c.string("source_path"),
            source_sha256: c.text("source_sha256"),
            encoding: c.text("encoding"),
            title: c.text("title"),
            region: c.text("region"),
            admin_level: c.text("admin_level"),
            delivered_on: c.text("delivered_on"),
            meeting: c.text("meeting"),
            speaker: c.text("speaker"),
            speaker_title: c.text("speaker_title"),
            status: c.text("status").unwrap_or_else(|| "ok".into()),
            message: c.text("message"),
        })
    }
}

/// A `sections` row.
#[derive(Debug, Clone)]
pub struct Section {
    pub doc_id: String,
    pub section_id: i64,
    pub parent_id: Option<i64>,
    pub level: Option<i64>,
    pub marker: Option<String>,
    pub heading: Option<String>,
    pub start: usize,
    pub end: usize,
}

impl FromTable for Section {
    const TABLE: &'static str = "sections";
    const COLUMNS: &'static [&'static str] =
        &["doc_id", "section_id", "parent_id", "level", "marker", "heading", "char_start", "char_end"];
    const REQUIRED: &'static [&'static str] = &["doc_id", "section_id", "char_start", "char_end"];
    fn make(c: &mut Cells<'_>) -> Result<Section, ReportError> {
        Ok(Section {
            section_id: c.int("section_id")?.unwrap_or(0),
            parent_id: c.int("parent_id")?,
            level: c.int("level")?,
            start: c.offset("char_start")?.unwrap_or(0),
            end: c.offset("char_end")?.unwrap_or(0),
            doc_id: c.string("doc_id"),
            marker: c.text("marker"),
            heading: c.text("heading"),
        })
    }
}

/// An `indicators` row.
#[derive(Debug, Clone)]
pub struct Indicator {
    pub doc_id: String,
    pub mention_id: i64,
    pub start: usize,
    pub end: usize,
    pub surface: String,
    pub sentence: Option<String>,
    pub subject: Option<String>,
    pub indicator: Option<String>,
    pub measure: Option<String>,
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub value_base: Option<f64>,
    pub unit_base: Option<String>,
    pub qualifier: Option<String>,
    pub period_start: Option<i64>,
    pub period_end: Option<i64>,
    pub status: Option<String>,
}

impl FromTable for Indicator {
    const TABLE: &'static str = "indicators";
    const COLUMNS: &'static [&'static str] = &[
        "doc_id",
        "mention_id",
        "char_start",
        "char_end",
        "surface",
        "sentence",
        "subject",
        "indicator",
        "measure",
        "value",
        "unit",
        "value_base",
        "unit_base",
        "qualifier",
        "period_start",
        "period_end",
        "status",
    ];
    const REQUIRED: &'static [&'static str] = &["doc_id", "char_start", "char_end", "surface"];
    fn make(c: &mut Cells<'_>) -> Result<Indicator, ReportError> {
        Ok(Indicator {
            mention_id: c.int("mention_id")?.unwrap_or(0),
            start: c.offset("char_start")?.unwrap_or(0),
            end: c.offset("char_end")?.unwrap_or(0),
            value: c.num("value")?,
            value_base: c.num("value_base")?,
            period_start: c.int("period_start")?,
            period_end: c.int("period_end")?,
            doc_id: c.string("doc_id"),
            surface: c.string("surface"),
            sentence: c.text("sentence"),
            subject: c.text("subject"),
            indicator: c.text("indicator"),
            measure: c.text("measure"),
            unit: c.text("unit"),
            unit_base: c.text("unit_base"),
            qualifier: c.text("qualifier"),
            status: c.text("status"),
        })
    }
}

/// A `projects` row.
#[derive(Debug, Clone)]
pub struct Project {
    pub doc_id: String,
    pub project_id: i64,
    pub name: String,
    pub start: usize,
    pub end: usize,
    pub action: Option<String>,
    pub stage: Option<String>,
    pub status: Option<String>,
    pub period_start: Option<i64>,
    pub period_end: Option<i64>,
}

impl FromTable for Project {
    const TABLE: &'static str = "projects";
    const COLUMNS: &'static [&'static str] = &[
        "doc_id",
        "project_id",
        "name",
        "char_start",
        "char_end",
        "action",
        "stage",
        "status",
        "period_start",
        "period_end",
    ];
    const REQUIRED: &'static [&'static str] = &["doc_id", "name", "char_start", "char_end"];
    fn make(c: &mut Cells<'_>) -> Result<Project, ReportError> {
        Ok(Project {
            project_id: c.int("project_id")?.unwrap_or(0),
            start: c.offset("char_start")?.unwrap_or(0),
            end: c.offset("char_end")?.unwrap_or(0),
            period_start: c.int("period_start")?,
            period_end: c.int("period_end")?,
            doc_id: c.string("doc_id"),
            name: c.string("name"),
            action: c.text("action"),
            stage: c.text("stage"),
            status: c.text("status"),
        })
    }
}

/// A `glossary` row.
#[derive(Debug, Clone)]
pub struct Term {
    pub doc_id: String,
    pub term: String,
    pub definition: Option<String>,
    pub start: usize,
    pub end: usize,
    pub first_use: Option<usize>,
}

impl FromTable for Term {
    const TABLE: &'static str = "glossary";
    const COLUMNS: &'static [&'static str] = &["doc_id", "term", "definition", "char_start", "char_end", "first_use"];
    const REQUIRED: &'static [&'static str] = &["doc_id", "term", "char_start"];
    fn make(c: &mut Cells<'_>) -> Result<Term, ReportError> {
        Ok(Term {
            start: c.offset("char_start")?.unwrap_or(0),
            end: c.offset("char_end")?.unwrap_or(0),
            first_use: c.offset("first_use")?,
            doc_id: c.string("doc_id"),
            term: c.string("term"),
            definition: c.text("definition"),
        })
    }
}

/// A `targets` row.
#[derive(Debug, Clone)]
pub struct Target {
    pub region: String,
    pub indicator: Option<String>,
    pub subject: Option<String>,
    pub measure: String,
    pub year: i64,
    pub unit_base: Option<String>,
    pub target: Option<f64>,
    pub qualifier: Option<String>,
    pub target_doc_id: String,
    pub target_start: Option<usize>,
    pub actual: Option<f64>,
    pub actual_doc_id: Option<String>,
    pub actual_start: Option<usize>,
    pub gap: Option<f64>,
    pub outcome: Option<String>,
    pub met: Option<String>,
}

impl FromTable for Target {
    const TABLE: &'static str = "targets";
    const COLUMNS: &'static [&'static str] = &[
        "region",
        "indicator",
        "subject",
        "measure",
        "year",
        "unit_base",
        "target_value_base",
        "target_qualifier",
        "target_doc_id",
        "target_char_start",
        "actual_value_base",
        "actual_doc_id",
        "actual_char_start",
        "gap",
        "outcome",
        "met",
    ];
    const REQUIRED: &'static [&'static str] = &["region", "year", "target_doc_id", "target_char_start"];
    fn make(c: &mut Cells<'_>) -> Result<Target, ReportError> {
        Ok(Target {
            year: c.int("year")?.unwrap_or(0),
            target: c.num("target_value_base")?,
            target_start: c.offset("target_char_start")?,
            actual: c.num("actual_value_base")?,
            actual_start: c.offset("actual_char_start")?,
            gap: c.num("gap")?,
            region: c.string("region"),
            indicator: c.text("indicator"),
            subject: c.text("subject"),
            measure: c.string("measure"),
            unit_base: c.text("unit_base"),
            qualifier: c.text("target_qualifier"),
            target_doc_id: c.string("target_doc_id"),
            actual_doc_id: c.text("actual_doc_id"),
            outcome: c.text("outcome"),
            met: c.text("met"),
        })
    }
}

/// Read a whole (small) table.
pub fn read_all<T: FromTable>(file: &super::tables::TableFile) -> Result<Vec<T>, ReportError> {
    let mut r = Reader::<T>::open(file)?;
    let mut out = Vec::new();
    while let Some(row) = r.next_row()? {
        out.push(row);
    }
    Ok(out)
}
