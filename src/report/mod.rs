//! `gwr report`: a static HTML site to audit an output folder by eye (issue 12).
//!
//! ```text
//! documents ──┐
//! sections ───┤  one pass, document by document    ┌─> d/<doc>.html   (written, then dropped)
//! indicators ─┼─ (each table read as a stream,  ───┼─> index entries  (small) ─> index.html
//! projects ───┤   grouped by doc_id) + source text │
//! glossary ───┘                                     └─> mentions the targets point at
//! targets ──────────────────────────────────────────────> r/<region>.html
//! ```
//!
//! The site works from the file system with no network: plain HTML, one style sheet and two
//! small scripts in `assets/`. Everything that comes from the reports is escaped by
//! [`escape::esc`]. Memory holds the documents table, the targets table and one document's
//! rows and text at a time, so a collection of thousands of reports is one streaming pass.

pub mod assets;
pub mod chart;
pub mod document;
pub mod escape;
pub mod format;
pub mod index;
pub mod page;
pub mod paths;
pub mod region;
pub mod rows;
pub mod source;
pub mod spans;
pub mod tables;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::error::RunError;
use crate::sink::atomic::AtomicFile;
use rows::{Doc, FromTable, Indicator, Project, Reader, Section, Target, Term};

/// Why a report could not be built. Each names the file or folder at fault.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("output folder {0} does not exist or is not a folder (run gwr extract first)")]
    MissingDir(PathBuf),
    #[error("no {table}.parquet or {table}.csv in {dir} (is it the output folder of gwr extract?)")]
    MissingTable { dir: PathBuf, table: String },
    #[error("{path} has no column {column}")]
    MissingColumn { path: PathBuf, column: String },
    #[error("cannot read {path}: {detail}")]
    Read { path: PathBuf, detail: String },
    #[error("{path}, row {row}, column {column}: {detail}")]
    BadCell { path: PathBuf, row: usize, column: String, detail: String },
    #[error(
        "{path}: rows of document {doc_id} come after rows of a document listed later in documents; \
         the tables must keep the order gwr extract writes them in (by doc_id)"
    )]
    OutOfOrder { path: PathBuf, doc_id: String },
    #[error("the site folder {0} is the output folder itself; choose another (-o DIR)")]
    SameDir(PathBuf),
    #[error(transparent)]
    Write(#[from] RunError),
}

/// Options of a report.
#[derive(Debug, Clone)]
pub struct Options {
    /// Output folder of `gwr extract` (and `gwr targets`).
    pub dir: PathBuf,
    /// Folder to write the site into.
    pub site: PathBuf,
    pub sources: source::Sources,
}

/// What a report wrote.
#[derive(Debug, Default)]
pub struct Summary {
    pub documents: usize,
    pub regions: usize,
    /// Rows of the targets table, when there is one.
    pub targets: Option<usize>,
    pub highlights: usize,
    /// Rows not highlighted because their offsets do not match the text.
    pub unplaced: usize,
    /// Documents whose text could not be shown, with why.
    pub no_text: Vec<(String, String)>,
    /// Rows of documents missing from `documents` (skipped).
    pub orphan_rows: usize,
    /// Seconds spent on the document pages, and on the index.
    pub pages_seconds: f64,
    pub index_seconds: f64,
    /// Size of index.html in bytes.
    pub index_bytes: u64,
}

/// Rows of one table, taken document by document in the order of `documents`.
struct Grouped<T> {
    reader: Option<Reader<T>>,
    pending: Option<T>,
    orphans: usize,
}

/// A row that belongs to a document.
trait OfDoc {
    fn doc_id(&self) -> &str;
}

macro_rules! of_doc {
    ($($t:ty),*) => { $(impl OfDoc for $t { fn doc_id(&self) -> &str { &self.doc_id } })* };
}
of_doc!(Section, Indicator, Project, Term);

impl<T: FromTable + OfDoc> Grouped<T> {
    /// The table's rows as a stream; a folder without the table has no rows of it.
    fn open(dir: &Path) -> Result<Grouped<T>, ReportError> {
        let reader = tables::find(dir, T::TABLE).map(|f| Reader::open(&f)).transpose()?;
        Ok(Grouped { reader, pending: None, orphans: 0 })
    }

    /// The rows of the document at position `pos` of `order`.
    fn take(&mut self, pos: usize, doc_id: &str, order: &HashMap<String, usize>) -> Result<Vec<T>, ReportError> {
        let mut out = Vec::new();
        let Some(reader) = self.reader.as_mut() else { return Ok(out) };
        loop {
            let row = match self.pending.take() {
                Some(r) => r,
                None => match reader.next_row()? {
                    Some(r) => r,
                    None => break,
                },
            };
            if row.doc_id() == doc_id {
                out.push(row);
                continue;
            }
            match order.get(row.doc_id()) {
                Some(&p) if p > pos => {
                    self.pending = Some(row);
                    break;
                }
                Some(_) => {
                    return Err(ReportError::OutOfOrder {
                        path: reader.path().to_path_buf(),
                        doc_id: row.doc_id().to_string(),
                    });
                }
                None => self.orphans += 1,
            }
        }
        Ok(out)
    }

    /// Rows left after the last document (of documents not in `documents`).
    fn rest(&mut self) -> Result<usize, ReportError> {
        let mut n = self.orphans + usize::from(self.pending.take().is_some());
        if let Some(r) = self.reader.as_mut() {
            while r.next_row()?.is_some() {
                n += 1;
            }
        }
        Ok(n)
    }
}

/// The canonical name of a region (宁夏 → 宁夏回族自治区), as `gwr targets` keys regions
/// (`cross::canonical_region`, which a build without polars lacks): dict/regions.tsv through
/// the lexicon.
fn canonical_region(name: &str) -> String {
    crate::lexicon::get().region(name).map_or_else(|| name.to_string(), |r| r.name.clone())
}

/// Write one page atomically through `f`.
fn write_page<R>(
    path: &Path,
    f: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<R>,
) -> Result<R, ReportError> {
    let io_err = |source| ReportError::Write(RunError::Write { path: path.to_path_buf(), source });
    let (file, mut w) = AtomicFile::create(path)?;
    let r = f(&mut w).map_err(io_err)?;
    w.flush().map_err(io_err)?;
    drop(w);
    file.commit()?;
    Ok(r)
}

/// Build the site.
pub fn build(opts: &Options) -> Result<Summary, ReportError> {
    let dir = &opts.dir;
    if !dir.is_dir() {
        return Err(ReportError::MissingDir(dir.clone()));
    }
    if opts.site.canonicalize().ok().is_some_and(|s| dir.canonicalize().ok() == Some(s)) {
        return Err(ReportError::SameDir(opts.site.clone()));
    }
    let docs_file = tables::find(dir, "documents")
        .ok_or_else(|| ReportError::MissingTable { dir: dir.clone(), table: "documents".into() })?;
    let docs: Vec<Doc> = rows::read_all(&docs_file)?;
    let order: HashMap<String, usize> = docs.iter().enumerate().map(|(i, d)| (d.doc_id.clone(), i)).collect();
    let targets: Option<Vec<Target>> = tables::find(dir, "targets").map(|f| rows::read_all(&f)).transpose()?;
    // The indicator rows the targets point at: their sentences go on the region pages.
    let wanted: HashSet<(String, usize)> = targets
        .iter()
        .flatten()
        .flat_map(|t| {
            [t.target_start.map(|s| (t.target_doc_id.clone(), s)), t.actual_doc_id.clone().zip(t.actual_start)]
        })
        .flatten()
        .collect();

    let mkdir = |p: PathBuf| {
        std::fs::create_dir_all(&p).map_err(|source| ReportError::Write(RunError::OutputDir { path: p, source }))
    };
    mkdir(opts.site.join(paths::DOCS))?;
    mkdir(opts.site.join(paths::REGIONS))?;
    mkdir(opts.site.join(paths::ASSETS))?;
    assets::write(&opts.site.join(paths::ASSETS))?;

    let started = Instant::now();
    let mut sections = Grouped::<Section>::open(dir)?;
    let mut indicators = Grouped::<Indicator>::open(dir)?;
    let mut projects = Grouped::<Project>::open(dir)?;
    let mut terms = Grouped::<Term>::open(dir)?;
    let mut summary = Summary { documents: docs.len(), targets: targets.as_ref().map(Vec::len), ..Summary::default() };
    let mut entries = Vec::with_capacity(docs.len());
    let mut mentions = region::Mentions::new();
    for (pos, doc) in docs.iter().enumerate() {
        let mut rows = document::DocRows {
            sections: sections.take(pos, &doc.doc_id, &order)?,
            indicators: indicators.take(pos, &doc.doc_id, &order)?,
            projects: projects.take(pos, &doc.doc_id, &order)?,
            terms: terms.take(pos, &doc.doc_id, &order)?,
        };
        rows.sections.sort_by_key(|s| s.section_id);
        rows.indicators.sort_by_key(|i| (i.start, i.mention_id));
        rows.projects.sort_by_key(|p| (p.start, p.project_id));
        rows.terms.sort_by_key(|t| t.start);
        for i in &mut rows.indicators {
            let key = (doc.doc_id.clone(), i.start);
            if wanted.contains(&key) && !mentions.contains_key(&key) {
                mentions.insert(
                    key,
                    region::Mention {
                        mention_id: i.mention_id,
                        surface: i.surface.clone(),
                        sentence: i.sentence.take(),
                        value: i.value,
                    },
                );
            }
            i.sentence = None;
        }
        let text = if doc.status == "error" {
            Err(format!("extraction failed: {}", doc.message.as_deref().unwrap_or("no reason given")))
        } else {
            opts.sources.text(doc)
        };
        let region = doc.region.as_deref().map(canonical_region);
        let page = document::Page {
            doc,
            region: region.as_deref(),
            text: text.as_deref().map_err(String::as_str),
            rows: &rows,
        };
        let path = opts.site.join(paths::DOCS).join(paths::file_name(&doc.doc_id));
        let written = write_page(&path, |w| document::write(w, &page))?;
        summary.highlights += written.highlights;
        summary.unplaced += written.unplaced;
        if let Err(why) = &text
            && doc.status != "error"
        {
            summary.no_text.push((doc.doc_id.clone(), why.clone()));
        }
        entries.push(index::Entry {
            doc_id: doc.doc_id.clone(),
            title: doc.title.clone(),
            region,
            admin_level: doc.admin_level.clone(),
            year: doc.report_year,
            status: doc.status.clone(),
            message: doc.message.clone(),
            sections: rows.sections.len(),
            indicators: rows.indicators.len(),
            projects: rows.projects.len(),
            terms: rows.terms.len(),
            no_text: text.err().filter(|_| doc.status != "error"),
        });
    }
    summary.orphan_rows = sections.rest()? + indicators.rest()? + projects.rest()? + terms.rest()?;
    summary.pages_seconds = started.elapsed().as_secs_f64();

    // Region pages.
    let mut by_region: BTreeMap<&str, Vec<&index::Entry>> = BTreeMap::new();
    for e in &entries {
        if let Some(r) = e.region.as_deref() {
            by_region.entry(r).or_default().push(e);
        }
    }
    let mut targets_by_region: BTreeMap<&str, Vec<&Target>> = BTreeMap::new();
    for t in targets.iter().flatten() {
        targets_by_region.entry(t.region.as_str()).or_default().push(t);
    }
    for (name, docs) in &by_region {
        let page = region::Region {
            name,
            docs: docs.clone(),
            targets: targets.as_ref().map(|_| targets_by_region.get(name).cloned().unwrap_or_default()),
            mentions: &mentions,
        };
        let path = opts.site.join(paths::REGIONS).join(paths::file_name(name));
        write_page(&path, |w| region::write(w, &page))?;
    }
    summary.regions = by_region.len();

    let started = Instant::now();
    let path = opts.site.join("index.html");
    write_page(&path, |w| index::write(w, &entries, summary.regions, summary.targets))?;
    summary.index_seconds = started.elapsed().as_secs_f64();
    summary.index_bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    Ok(summary)
}
