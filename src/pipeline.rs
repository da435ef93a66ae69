//! A run: walk inputs, read and extract files in parallel, stream rows to the writers in
//! input order.
//!
//! Files are processed in batches with rayon; each batch is collected in order and written
//! before the next is read, so output is deterministic and memory stays bounded by the batch,
//! not the corpus. A file that fails to read or decode becomes a `documents` row with status
//! `error`; a panic inside a stage is caught and reported the same way, so one bad file never
//! stops a run.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::Once;
use std::time::Instant;

use rayon::prelude::*;

use crate::error::{MAX_MESSAGE_CHARS, RunError, one_line};
use crate::lang::text::Text;
use crate::model::{DocStatus, DocumentRow, Extraction, Record};
use crate::schema;
use crate::sink::{self, Format, TableWriter, WriteOptions, manifest};
use crate::source::{self, Encoding, InputFile, Kind, Limits, RawFile};
use crate::stages;

/// The tables `gwr extract` writes, in data-package order.
pub const EXTRACT_TABLES: [&str; 5] = ["documents", "sections", "indicators", "projects", "glossary"];

/// Options of an extraction run.
#[derive(Debug, Clone)]
pub struct Options {
    pub inputs: Vec<PathBuf>,
    pub out_dir: PathBuf,
    pub formats: Vec<Format>,
    pub encoding: Option<Encoding>,
    pub bom: bool,
    pub limits: Limits,
    /// Files read in parallel per batch.
    pub batch: usize,
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    pub documents: BTreeMap<&'static str, u64>,
    pub rows: BTreeMap<String, u64>,
    pub skipped: Vec<(PathBuf, String)>,
    pub errors: Vec<(String, String)>,
    pub warnings: Vec<(String, String)>,
    pub elapsed: f64,
    pub bytes: u64,
}

impl Summary {
    pub fn any_error(&self) -> bool {
        self.documents.get("error").copied().unwrap_or(0) > 0
    }
}

/// Read and extract one file. Never fails: problems become the document's status.
pub fn process(file: &InputFile, encoding: Option<Encoding>, limits: &Limits) -> Extraction {
    match source::read_raw(&file.path, limits) {
        Ok(raw) => extract_bytes(&file.doc_id, &file.rel_path, file.kind, raw, encoding, limits),
        Err(e) => {
            let mut doc = new_document(&file.doc_id, &file.rel_path);
            fail(&mut doc, &e.to_string());
            Extraction::empty(doc)
        }
    }
}

/// Decode and extract one document from its raw bytes: the library entry point for one file
/// (what [`process`] does after reading it, and what the fuzz targets call). Never fails and
/// never panics: a file that does not decode, and a panic inside a stage, become the
/// document's `error` status with a one-line message of at most [`MAX_MESSAGE_CHARS`].
pub fn extract_bytes(
    doc_id: &str,
    source_path: &str,
    kind: Kind,
    raw: RawFile,
    encoding: Option<Encoding>,
    limits: &Limits,
) -> Extraction {
    let mut doc = new_document(doc_id, source_path);
    doc.source_sha256 = raw.sha256;
    let loaded = match source::load(kind, &raw.bytes, encoding, limits) {
        Ok(l) => l,
        Err(e) => {
            fail(&mut doc, &e.to_string());
            return Extraction::empty(doc);
        }
    };
    drop(raw.bytes);
    doc.encoding = loaded.encoding;
    let text = Text::new(loaded.text);
    doc.n_chars = text.len_chars();
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
        IN_STAGES.set(true);
        let rows = stages::extract(doc_id, &text);
        IN_STAGES.set(false);
        rows
    }));
    IN_STAGES.set(false);
    let rows = match result {
        Ok(r) => r,
        Err(p) => {
            let what = p
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| p.downcast_ref::<&str>().copied())
                .unwrap_or("");
            let at = PANIC_AT.take().map(|a| format!(" at {a}")).unwrap_or_default();
            fail(&mut doc, &format!("internal error while extracting (please report){at}: {what}"));
            return Extraction::empty(doc);
        }
    };
    let m = rows.meta;
    doc.title = m.title;
    doc.region = m.region;
    doc.admin_level = m.admin_level;
    doc.report_year = m.report_year;
    doc.delivered_on = m.delivered_on;
    doc.meeting = m.meeting;
    doc.speaker = m.speaker;
    doc.speaker_title = m.speaker_title;
    let mut warnings = loaded.warnings;
    warnings.extend(rows.warnings);
    if !warnings.is_empty() {
        doc.status = DocStatus::Warning;
        doc.message = Some(one_line(&warnings.join("; "), MAX_MESSAGE_CHARS));
    }
    Extraction {
        document: doc,
        sections: rows.sections,
        indicators: rows.indicators,
        projects: rows.projects,
        glossary: rows.glossary,
    }
}

/// The `documents` row of a file before anything is known about it.
fn new_document(doc_id: &str, source_path: &str) -> DocumentRow {
    DocumentRow {
        doc_id: doc_id.to_string(),
        source_path: source_path.to_string(),
        source_sha256: String::new(),
        encoding: None,
        title: None,
        region: None,
        admin_level: None,
        report_year: None,
        delivered_on: None,
        meeting: None,
        speaker: None,
        speaker_title: None,
        n_chars: 0,
        status: DocStatus::Ok,
        message: None,
    }
}

/// Mark a document as failed, with its reason cut to one short line.
fn fail(doc: &mut DocumentRow, why: &str) {
    doc.status = DocStatus::Error;
    doc.message = Some(one_line(why, MAX_MESSAGE_CHARS));
}

thread_local! {
    /// Whether this thread is running the stages of a document inside [`extract_bytes`].
    static IN_STAGES: Cell<bool> = const { Cell::new(false) };
    /// Where the last panic inside the stages happened (`file:line`), for its message.
    static PANIC_AT: Cell<Option<String>> = const { Cell::new(None) };
}

/// Install, once, a panic hook that keeps a panic inside the stages quiet: it becomes the
/// document's one-line error (with its source location) instead of a screenful of report
/// text and a backtrace on stderr. Panics anywhere else go to the hook that was there before.
fn quiet_stage_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if IN_STAGES.get() {
                PANIC_AT.set(info.location().map(|l| format!("{}:{}", l.file(), l.line())));
            } else {
                previous(info);
            }
        }));
    });
}

/// The writers of one run: one per table and format.
struct Writers {
    tables: Vec<(String, Vec<Box<dyn TableWriter>>)>,
}

impl Writers {
    fn open(dir: &Path, formats: &[Format], opts: &WriteOptions) -> Result<Writers, RunError> {
        let mut tables = Vec::new();
        for name in EXTRACT_TABLES {
            let t = schema::table(name);
            let ws = formats.iter().map(|&f| sink::open(dir, t, f, opts)).collect::<Result<Vec<_>, _>>()?;
            tables.push((name.to_string(), ws));
        }
        Ok(Writers { tables })
    }

    fn write<R: Record>(&mut self, rows: &[R]) -> Result<(), RunError> {
        let (_, ws) = self.tables.iter_mut().find(|(n, _)| n == R::TABLE).expect("table opened");
        for r in rows {
            let values = r.values();
            for w in ws.iter_mut() {
                w.write_row(values.clone())?;
            }
        }
        Ok(())
    }
}

/// Run an extraction, calling `progress(done, total)` after each batch.
pub fn run(opts: &Options, mut progress: impl FnMut(usize, usize, &str)) -> Result<Summary, RunError> {
    let started = Instant::now();
    quiet_stage_panics();
    for p in &opts.inputs {
        if !p.exists() {
            return Err(RunError::MissingInput(p.clone()));
        }
    }
    let walked =
        source::walk::walk(&opts.inputs).map_err(|source| RunError::Write { path: opts.inputs[0].clone(), source })?;
    std::fs::create_dir_all(&opts.out_dir)
        .map_err(|source| RunError::OutputDir { path: opts.out_dir.clone(), source })?;
    let wopts = WriteOptions {
        bom: opts.bom,
        metadata: vec![
            ("gwr.version".into(), crate::VERSION.into()),
            ("gwr.schema_version".into(), schema::PACKAGE.version.clone()),
        ],
        ..WriteOptions::default()
    };
    let mut writers = Writers::open(&opts.out_dir, &opts.formats, &wopts)?;
    let mut summary = Summary { skipped: walked.skipped, ..Summary::default() };
    let mut inputs = Vec::new();
    let total = walked.files.len();
    let mut done = 0;
    for batch in walked.files.chunks(opts.batch.max(1)) {
        let results: Vec<Extraction> = batch.par_iter().map(|f| process(f, opts.encoding, &opts.limits)).collect();
        for x in results {
            let d = &x.document;
            *summary.documents.entry(d.status.as_str()).or_default() += 1;
            summary.bytes += d.n_chars as u64;
            match d.status {
                DocStatus::Error => summary.errors.push((d.source_path.clone(), d.message.clone().unwrap_or_default())),
                DocStatus::Warning => {
                    summary.warnings.push((d.source_path.clone(), d.message.clone().unwrap_or_default()))
                }
                DocStatus::Ok => {}
            }
            inputs.push(manifest::InputEntry {
                doc_id: d.doc_id.clone(),
                path: d.source_path.clone(),
                sha256: d.source_sha256.clone(),
                status: d.status.as_str().to_string(),
                message: d.message.clone(),
            });
            writers.write(std::slice::from_ref(&x.document))?;
            writers.write(&x.sections)?;
            writers.write(&x.indicators)?;
            writers.write(&x.projects)?;
            writers.write(&x.glossary)?;
            for (name, n) in [
                ("documents", 1),
                ("sections", x.sections.len()),
                ("indicators", x.indicators.len()),
                ("projects", x.projects.len()),
                ("glossary", x.glossary.len()),
            ] {
                *summary.rows.entry(name.to_string()).or_default() += n as u64;
            }
            done += 1;
            progress(done, total, &x.document.source_path);
        }
    }
    // Footer metadata known only now: the digest of all inputs (sha256sum-style lines).
    let listing: String = inputs.iter().map(|i| format!("{}  {}\n", i.sha256, i.path)).collect();
    let digest = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(listing.as_bytes()));
    let list_json =
        serde_json::to_string(&inputs.iter().map(|i| (&i.path, &i.sha256)).collect::<Vec<_>>()).unwrap_or_default();
    for (_, ws) in writers.tables.iter_mut() {
        for w in ws.iter_mut() {
            w.add_metadata("gwr.inputs_sha256", &digest);
            w.add_metadata("gwr.n_inputs", &inputs.len().to_string());
            if inputs.len() <= 10_000 {
                w.add_metadata("gwr.inputs", &list_json);
            }
        }
    }
    for (_, ws) in writers.tables {
        for w in ws {
            w.finish()?;
        }
    }
    if opts.formats.contains(&Format::Csv) {
        sink::datapackage::write(&opts.out_dir, &EXTRACT_TABLES)?;
    }
    summary.elapsed = started.elapsed().as_secs_f64();
    let m = manifest::Manifest {
        gwr_version: crate::VERSION.to_string(),
        schema_version: schema::PACKAGE.version.clone(),
        inputs,
        skipped: summary
            .skipped
            .iter()
            .map(|(p, r)| manifest::SkippedEntry { path: p.display().to_string(), reason: r.clone() })
            .collect(),
        rows: summary.rows.clone(),
        documents: summary.documents.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        elapsed_seconds: (summary.elapsed * 1000.0).round() / 1000.0,
    };
    manifest::write(&opts.out_dir, &m)?;
    Ok(summary)
}
