//! A run: walk inputs, read and extract files in parallel, stream rows to the writers in
//! input order.
//!
//! Every file is a task on the rayon pool; the calling thread hands out tasks, puts the
//! finished files back in input order and writes them while the pool extracts the next ones.
//! At most `batch` files are in flight beyond the next one to be written, so memory is bounded
//! by that window, not by the corpus, and output is byte-identical across runs and thread
//! counts. A file that fails to read or decode becomes a `documents` row with status `error`; a
//! panic inside a stage is caught and reported the same way, so one bad file never stops a run.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Once, mpsc};
use std::time::{Duration, Instant};

use crate::error::{MAX_MESSAGE_CHARS, RunError, one_line};
use crate::lang::text::Text;
use crate::model::{DocStatus, DocumentRow, Extraction, Record, Value};
use crate::schema;
use crate::sink::{self, Format, TableWriter, WriteOptions, manifest};
use crate::source::{self, Encoding, InputFile, Kind, Limits, RawFile};
use crate::stages::{self, StageTimes};

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
    /// Files in flight (being extracted, or waiting for an earlier file to be written).
    pub batch: usize,
    /// Write the time per stage into run.json (`timings`).
    pub timings: bool,
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
    /// Characters of decoded text.
    pub bytes: u64,
    /// Bytes of the input files as read.
    pub input_bytes: u64,
    pub timings: Timings,
}

impl Summary {
    pub fn any_error(&self) -> bool {
        self.documents.get("error").copied().unwrap_or(0) > 0
    }

    /// Input megabytes (10^6 bytes as read) per second of the run.
    pub fn input_mb_per_s(&self) -> f64 {
        if self.elapsed > 0.0 { self.input_bytes as f64 / 1e6 / self.elapsed } else { 0.0 }
    }

    pub fn reports_per_s(&self) -> f64 {
        let n: u64 = self.documents.values().sum();
        if self.elapsed > 0.0 { n as f64 / self.elapsed } else { 0.0 }
    }

    /// The throughput and stage times, as run.json's `timings`.
    pub fn timings_entry(&self) -> manifest::TimingsEntry {
        let round = |x: f64| (x * 1000.0).round() / 1000.0;
        manifest::TimingsEntry {
            threads: rayon::current_num_threads(),
            wall_seconds: round(self.elapsed),
            input_bytes: self.input_bytes,
            input_mb_per_s: round(self.input_mb_per_s()),
            reports_per_s: round(self.reports_per_s()),
            stages: self
                .timings
                .entries()
                .into_iter()
                .map(|(k, v)| manifest::StageSeconds { stage: k.to_string(), seconds: round(v) })
                .collect(),
        }
    }
}

/// Time per stage, summed over documents (so with several threads the stages add up to more
/// than the run's wall-clock time). `gwr extract --timings` prints them.
#[derive(Debug, Default, Clone, Copy)]
pub struct Timings {
    /// Reading the file, its digest, and decoding its bytes into text.
    pub decode: Duration,
    pub stages: StageTimes,
    /// Turning typed rows into cells (in the workers).
    pub rows: Duration,
    /// Writing cells, per format (on the writing thread).
    pub csv: Duration,
    pub parquet: Duration,
}

impl Timings {
    fn add(&mut self, o: &Timings) {
        self.decode += o.decode;
        self.stages.document += o.stages.document;
        self.stages.glossary += o.stages.glossary;
        self.stages.indicators += o.stages.indicators;
        self.stages.projects += o.stages.projects;
        self.rows += o.rows;
        self.csv += o.csv;
        self.parquet += o.parquet;
    }

    /// (name, seconds) in pipeline order.
    pub fn entries(&self) -> Vec<(&'static str, f64)> {
        let s = &self.stages;
        [
            ("decode", self.decode),
            ("document (body, header, outline, sentences)", s.document),
            ("glossary", s.glossary),
            ("indicators (with periods)", s.indicators),
            ("projects", s.projects),
            ("rows to cells", self.rows),
            ("write csv", self.csv),
            ("write parquet", self.parquet),
        ]
        .into_iter()
        .map(|(k, d)| (k, d.as_secs_f64()))
        .collect()
    }
}

/// Read and extract one file. Never fails: problems become the document's status.
pub fn process(file: &InputFile, encoding: Option<Encoding>, limits: &Limits) -> Extraction {
    process_timed(file, encoding, limits, &mut Timings::default(), &mut 0)
}

/// [`process`], adding the time of each step to `t` and the size of the file to `bytes`.
pub fn process_timed(
    file: &InputFile,
    encoding: Option<Encoding>,
    limits: &Limits,
    t: &mut Timings,
    bytes: &mut u64,
) -> Extraction {
    let clock = Instant::now();
    let raw = match source::read_raw(&file.path, limits) {
        Ok(r) => r,
        Err(e) => {
            let mut doc = new_document(&file.doc_id, &file.rel_path);
            fail(&mut doc, &e.to_string());
            return Extraction::empty(doc);
        }
    };
    *bytes += raw.bytes.len() as u64;
    t.decode += clock.elapsed();
    extract_bytes_timed(&file.doc_id, &file.rel_path, file.kind, raw, encoding, limits, t)
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
    extract_bytes_timed(doc_id, source_path, kind, raw, encoding, limits, &mut Timings::default())
}

/// [`extract_bytes`], adding the time of each step to `t`.
fn extract_bytes_timed(
    doc_id: &str,
    source_path: &str,
    kind: Kind,
    raw: RawFile,
    encoding: Option<Encoding>,
    limits: &Limits,
    t: &mut Timings,
) -> Extraction {
    let clock = Instant::now();
    let mut doc = new_document(doc_id, source_path);
    doc.source_sha256 = raw.sha256;
    let loaded = match source::load(kind, &raw.bytes, encoding, limits) {
        Ok(l) => l,
        Err(e) => {
            fail(&mut doc, &e.to_string());
            t.decode += clock.elapsed();
            return Extraction::empty(doc);
        }
    };
    drop(raw.bytes);
    doc.encoding = loaded.encoding;
    let text = Text::new(loaded.text);
    doc.n_chars = text.len_chars();
    t.decode += clock.elapsed();
    if let Some(why) = too_dense(text.as_str(), doc.n_chars) {
        fail(&mut doc, &why);
        return Extraction::empty(doc);
    }
    let fm_title = loaded.front_matter.as_ref().and_then(|f| f.title.clone());
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
        IN_STAGES.set(true);
        let rows = stages::extract_timed(doc_id, &text, fm_title.as_deref(), &mut t.stages);
        IN_STAGES.set(false);
        rows
    }));
    IN_STAGES.set(false);
    let rows = match result {
        Ok(r) => r,
        Err(p) => {
            let what = panic_text(p.as_ref());
            let at = PANIC_AT.take().map(|a| format!(" at {a}")).unwrap_or_default();
            fail(&mut doc, &format!("internal error while extracting (please report){at}: {what}"));
            return Extraction::empty(doc);
        }
    };
    let mut rows = rows;
    if loaded.stops_as_points {
        restore_stops(&mut rows);
    }
    let m = rows.meta;
    // A Markdown file's front matter fills what the text does not say.
    let fm = loaded.front_matter.unwrap_or_default();
    doc.title = m.title.or_else(|| fm.title.as_deref().map(front_matter_title).filter(|t| !t.is_empty()));
    doc.source_url = fm.source;
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

/// Give back the file's own characters in every text cell of a document whose decimal points
/// printed as `。` were read as `．` (see [`source::repair`]): surfaces, sentences, subjects and
/// names slice the file again. A sentence shared by several rows is restored once.
fn restore_stops(rows: &mut stages::Rows) {
    use source::repair::restore_stops as restore;
    fn fix(s: &mut String) {
        if let Some(r) = restore(s) {
            *s = r;
        }
    }
    fn fix_opt(s: &mut Option<String>) {
        if let Some(s) = s {
            fix(s);
        }
    }
    let mut shared: HashMap<*const u8, Arc<str>> = HashMap::new();
    let mut fix_shared = |s: &mut Arc<str>| {
        let key = s.as_ptr();
        let restored = shared.entry(key).or_insert_with(|| restore(s).map_or_else(|| s.clone(), Arc::from)).clone();
        *s = restored;
    };
    for r in &mut rows.sections {
        fix(&mut r.heading);
    }
    for r in &mut rows.indicators {
        fix(&mut r.surface);
        fix_opt(&mut r.subject);
        fix_shared(&mut r.sentence);
    }
    for r in &mut rows.projects {
        fix(&mut r.name);
        fix(&mut r.name_key);
        fix_opt(&mut r.action);
        fix_shared(&mut r.sentence);
    }
    for r in &mut rows.glossary {
        fix(&mut r.term);
        fix(&mut r.definition);
    }
}

/// Numbers a document may hold before their density is checked: far more than any report
/// (the longest in raw/ has about 2,000).
const DENSE_MIN_NUMBERS: usize = 50_000;
/// Numbers no document may exceed, however spread out: a 30 MB report of ordinary prose has
/// about 170,000; each becomes a row, so this bounds one document's rows.
const MAX_NUMBERS: usize = 500_000;

/// Refuse text packed with numbers like no report is: more than [`DENSE_MIN_NUMBERS`] numbers
/// and one in every ten characters or more (prose has one in fifty or fewer), or more than
/// [`MAX_NUMBERS`] in all. Each number is a
/// row carrying its sentence, so a small file of `增长5%，` repeated (or a .docx that inflates to
/// one) would otherwise take gigabytes of memory and minutes for rows no one can use. A long
/// report of ordinary prose is read in full, however long.
fn too_dense(s: &str, chars: usize) -> Option<String> {
    // Every number counted below starts with an ASCII digit or with EF, the first byte of a
    // full-width digit: a text with no more of those bytes than the smaller limit is not too
    // dense, and counting them is one pass the compiler vectorises.
    // (Counted in chunks of 255 into a byte, so that the loop runs on vector lanes.)
    let bound: usize = s
        .as_bytes()
        .chunks(255)
        .map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &b| n + u8::from(b.is_ascii_digit() || b == 0xEF))))
        .sum();
    if bound <= DENSE_MIN_NUMBERS.min(MAX_NUMBERS) {
        return None;
    }
    let mut n = 0usize;
    let mut in_number = false;
    for c in s.chars() {
        // Arabic digits, ASCII or full-width (a count of Chinese numerals would count prose).
        let digit = crate::lang::numerals::digit(c).is_some();
        if digit && !in_number {
            n += 1;
        }
        in_number = digit;
    }
    (n > MAX_NUMBERS || (n > DENSE_MIN_NUMBERS && n.saturating_mul(10) > chars)).then(|| {
        format!("not read: {n} numbers in {chars} characters, denser than any report (a generated or damaged file?)")
    })
}

/// A front-matter title as a `documents.title`: white space trimmed and a date and speaker
/// appended in brackets dropped, as for titles read from the text (`白城市政府工作报告
/// （2013年12月25日 安桂武）` → `白城市政府工作报告`).
fn front_matter_title(t: &str) -> String {
    let t = t.trim();
    let cut = t
        .strip_suffix('）')
        .or_else(|| t.strip_suffix(')'))
        .and_then(|body| body.rfind(['（', '(']).map(|open| (&body[..open], &body[open..])))
        .filter(|(head, inner)| {
            !head.trim().is_empty()
                && inner.chars().any(|c| c.is_ascii_digit() || "年月日〇一二三四五六七八九十".contains(c))
        })
        .map_or(t, |(head, _)| head);
    cut.trim_end_matches(|c: char| c.is_whitespace() || c == '\u{3000}').to_string()
}

/// One file, extracted and turned into cells, waiting to be written.
struct Prepared {
    document: DocumentRow,
    /// The cells of each table's rows, in [`EXTRACT_TABLES`] order.
    tables: [Vec<Vec<Value>>; 5],
    input_bytes: u64,
    timings: Timings,
}

/// Extract one file and turn its rows into cells (in a worker). A panic outside the stages
/// (which [`process`] already catches) still yields the file's `error` row.
fn prepare(file: &InputFile, encoding: Option<Encoding>, limits: &Limits) -> Prepared {
    let mut timings = Timings::default();
    let mut input_bytes = 0;
    let x = std::panic::catch_unwind(AssertUnwindSafe(|| {
        process_timed(file, encoding, limits, &mut timings, &mut input_bytes)
    }))
    .unwrap_or_else(|p| {
        let what = panic_text(p.as_ref());
        let mut doc = new_document(&file.doc_id, &file.rel_path);
        fail(&mut doc, &format!("internal error while reading (please report): {what}"));
        Extraction::empty(doc)
    });
    let clock = Instant::now();
    // Each typed row is dropped as soon as it is turned into cells: a document's rows are held
    // once, not twice (a report of one 4 MB sentence has 100 MB of `sentence` cells).
    fn cells<R: Record>(rows: Vec<R>) -> Vec<Vec<Value>> {
        rows.into_iter().map(Record::into_values).collect()
    }
    let Extraction { document, sections, indicators, projects, glossary } = x;
    let tables = [vec![document.values()], cells(sections), cells(indicators), cells(projects), cells(glossary)];
    timings.rows += clock.elapsed();
    Prepared { document, tables, input_bytes, timings }
}

fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default()
}

/// The `documents` row of a file before anything is known about it.
fn new_document(doc_id: &str, source_path: &str) -> DocumentRow {
    DocumentRow {
        doc_id: doc_id.to_string(),
        source_path: source_path.to_string(),
        source_sha256: String::new(),
        encoding: None,
        title: None,
        source_url: None,
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

/// The writers of one run: per table (in [`EXTRACT_TABLES`] order), one per format.
struct Writers {
    tables: Vec<Vec<(Format, Box<dyn TableWriter>)>>,
}

impl Writers {
    fn open(dir: &Path, formats: &[Format], opts: &WriteOptions) -> Result<Writers, RunError> {
        let mut tables = Vec::new();
        for name in EXTRACT_TABLES {
            let t = schema::table(name);
            let ws = formats.iter().map(|&f| Ok((f, sink::open(dir, t, f, opts)?))).collect::<Result<Vec<_>, _>>()?;
            tables.push(ws);
        }
        Ok(Writers { tables })
    }

    /// Write one file's cells, table by table, timing each format.
    fn write(&mut self, tables: &[Vec<Vec<Value>>; 5], t: &mut Timings) -> Result<(), RunError> {
        for (ws, rows) in self.tables.iter_mut().zip(tables) {
            for (format, w) in ws.iter_mut() {
                let clock = Instant::now();
                for r in rows {
                    w.write_row(r)?;
                }
                *match format {
                    Format::Csv => &mut t.csv,
                    Format::Parquet => &mut t.parquet,
                } += clock.elapsed();
            }
        }
        Ok(())
    }
}

/// The next file a task has finished. Every task sends exactly once (`prepare` catches panics),
/// so this returns. Called from a thread of the pool itself (a library caller inside
/// `ThreadPool::install`), it runs pending tasks while it waits instead of blocking the thread
/// they need.
fn next_done(rx: &mpsc::Receiver<(usize, Prepared)>) -> (usize, Prepared) {
    if rayon::current_thread_index().is_none() {
        return rx.recv().expect("a worker sends every file it was given");
    }
    loop {
        match rx.try_recv() {
            Ok(done) => return done,
            Err(mpsc::TryRecvError::Disconnected) => panic!("a worker sends every file it was given"),
            Err(mpsc::TryRecvError::Empty) => {
                if rayon::yield_now() != Some(rayon::Yield::Executed) {
                    std::thread::yield_now();
                }
            }
        }
    }
}

/// Run an extraction, calling `progress(done, total)` after each file is written.
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
    let files = &walked.files;
    let total = files.len();
    let window = opts.batch.max(1);
    let (tx, rx) = mpsc::channel::<(usize, Prepared)>();
    rayon::in_place_scope_fifo(|scope| -> Result<(), RunError> {
        let mut spawned = 0;
        let mut ready: BTreeMap<usize, Prepared> = BTreeMap::new();
        for next in 0..total {
            while spawned < total && spawned < next + window {
                let (i, tx) = (spawned, tx.clone());
                let (encoding, limits) = (opts.encoding, &opts.limits);
                scope.spawn_fifo(move |_| {
                    let _ = tx.send((i, prepare(&files[i], encoding, limits)));
                });
                spawned += 1;
            }
            let x = loop {
                if let Some(x) = ready.remove(&next) {
                    break x;
                }
                let (i, x) = next_done(&rx);
                ready.insert(i, x);
            };
            let d = &x.document;
            *summary.documents.entry(d.status.as_str()).or_default() += 1;
            summary.bytes += d.n_chars as u64;
            summary.input_bytes += x.input_bytes;
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
            let mut t = x.timings;
            writers.write(&x.tables, &mut t)?;
            summary.timings.add(&t);
            for (name, rows) in EXTRACT_TABLES.iter().zip(&x.tables) {
                *summary.rows.entry(name.to_string()).or_default() += rows.len() as u64;
            }
            progress(next + 1, total, &x.document.source_path);
        }
        Ok(())
    })?;
    drop(tx);
    // Footer metadata known only now: the digest of all inputs (sha256sum-style lines).
    let listing: String = inputs.iter().map(|i| format!("{}  {}\n", i.sha256, i.path)).collect();
    let digest = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(listing.as_bytes()));
    let list_json =
        serde_json::to_string(&inputs.iter().map(|i| (&i.path, &i.sha256)).collect::<Vec<_>>()).unwrap_or_default();
    for ws in writers.tables.iter_mut() {
        for (_, w) in ws.iter_mut() {
            w.add_metadata("gwr.inputs_sha256", &digest);
            w.add_metadata("gwr.n_inputs", &inputs.len().to_string());
            if inputs.len() <= 10_000 {
                w.add_metadata("gwr.inputs", &list_json);
            }
        }
    }
    // Close every file at once, each on its own thread: the last row groups are encoded in
    // parallel and the disk is asked to sync all files together (one report's run was mostly
    // twelve fsyncs waiting one after another).
    let write_package = opts.formats.contains(&Format::Csv);
    let closed: Vec<(Option<Format>, Duration, Result<(), RunError>)> = std::thread::scope(|scope| {
        let mut tasks: Vec<_> = writers
            .tables
            .into_iter()
            .flatten()
            .map(|(format, w)| {
                scope.spawn(move || {
                    let clock = Instant::now();
                    let r = w.finish();
                    (Some(format), clock.elapsed(), r)
                })
            })
            .collect();
        if write_package {
            let dir = &opts.out_dir;
            tasks.push(scope.spawn(move || (None, Duration::ZERO, sink::datapackage::write(dir, &EXTRACT_TABLES))));
        }
        tasks.into_iter().map(|t| t.join().unwrap_or_else(|p| std::panic::resume_unwind(p))).collect()
    });
    for (format, spent, result) in closed {
        result?;
        match format {
            Some(Format::Csv) => summary.timings.csv += spent,
            Some(Format::Parquet) => summary.timings.parquet += spent,
            None => {}
        }
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
        timings: opts.timings.then(|| summary.timings_entry()),
    };
    manifest::write(&opts.out_dir, &m)?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(dir: &Path) -> PathBuf {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("raw");
        let src = dir.join("in");
        std::fs::create_dir_all(&src).unwrap();
        std::fs::copy(root.join("cq-dadukou-2022.txt"), src.join("a.txt")).unwrap();
        for y in 2012..=2015 {
            let p = root.join("hailar").join(format!("海拉尔区政府工作报告-{y}.txt"));
            std::fs::copy(&p, src.join(format!("h{y}.txt"))).unwrap();
        }
        std::fs::write(src.join("empty.txt"), b"").unwrap();
        src
    }

    fn options(input: PathBuf, out: PathBuf, batch: usize, timings: bool) -> Options {
        Options {
            inputs: vec![input],
            out_dir: out,
            formats: vec![Format::Csv, Format::Parquet],
            encoding: None,
            bom: true,
            limits: Limits::default(),
            batch,
            timings,
        }
    }

    fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.file_name().is_some_and(|n| n != "run.json"))
            .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
            .collect();
        v.sort();
        v
    }

    /// Files finish out of order in the pool; the writer puts them back: the same bytes with
    /// one file in flight or many, on one thread or two, and from inside a pool of one thread.
    #[test]
    fn output_is_the_same_whatever_the_window_and_threads() {
        let dir = tempfile::tempdir().unwrap();
        let input = inputs(dir.path());
        let mut outs = Vec::new();
        // (threads of a pool `run` is called from inside, or None: from a plain thread, with the
        // global pool), files in flight.
        for (k, (pool, batch)) in
            [(None, 1), (None, 3), (None, 64), (Some(1), 16), (Some(2), 1)].into_iter().enumerate()
        {
            let out = dir.path().join(format!("out{k}"));
            let opts = options(input.clone(), out.clone(), batch, false);
            let summary = match pool {
                None => run(&opts, |_, _, _| {}),
                // From a thread of the pool itself: must not deadlock with one thread.
                Some(n) => {
                    rayon::ThreadPoolBuilder::new().num_threads(n).build().unwrap().install(|| run(&opts, |_, _, _| {}))
                }
            }
            .unwrap();
            assert!(summary.any_error(), "the empty file is an error row");
            outs.push(files(&out));
        }
        for o in &outs[1..] {
            assert!(o == &outs[0]);
        }
    }

    #[test]
    fn timings_go_into_run_json_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let input = inputs(dir.path());
        for timings in [false, true] {
            let out = dir.path().join(format!("out-{timings}"));
            let summary = run(&options(input.clone(), out.clone(), 8, timings), |_, _, _| {}).unwrap();
            let manifest: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(out.join("run.json")).unwrap()).unwrap();
            assert_eq!(manifest.get("timings").is_some(), timings);
            assert!(summary.input_bytes > 0 && summary.timings.stages.projects > Duration::ZERO);
            if timings {
                let t = &manifest["timings"];
                assert_eq!(t["input_bytes"].as_u64(), Some(summary.input_bytes));
                let stages: Vec<&str> =
                    t["stages"].as_array().unwrap().iter().map(|s| s["stage"].as_str().unwrap()).collect();
                assert_eq!(stages.len(), 8);
                assert!(stages[0] == "decode" && stages[7] == "write parquet");
            }
        }
    }
}
