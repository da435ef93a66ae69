//! `gwr extract`: read a folder of reports, write the dataset.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use gwr::pipeline::{self, Options};
use gwr::sink::Format;
use gwr::source::{Encoding, Limits};

const AFTER: &str = "\
Inputs are walked recursively. Read: .txt (UTF-8 with or without BOM, UTF-16 with or without
BOM, GB18030/GBK, detected), .md/.markdown (decoded like .txt; front matter gives title and
source_url, markup is masked), .docx (paragraphs of word/document.xml) and .html/.htm (visible
text). A .pdf, .doc, .wps, .rtf or .odt file is not read but gets a documents row with status
error saying how to convert it; so does anything with a report's name that is not a regular file
(named pipe, device, broken link), which is never opened. Other files are skipped with a warning
that names them and why (and listed in run.json). doc_id is the path under the input folder
without extension.

Every input file gets one row in documents, also when it fails: status ok, warning or error,
with the reason in message. One bad file never stops the run.

Written to the output folder, each file under a temporary name and renamed when complete:
  documents, sections, indicators, projects, glossary   as .csv and/or .parquet
  datapackage.json   the Frictionless data package describing the CSV tables
  run.json           gwr version, every input with its sha256 and status, rows per table

Examples:
  gwr extract                               raw/ -> output/, CSV and Parquet
  gwr extract reports/2024 -o out/ --format parquet
  gwr extract scraped/ --encoding gb18030   force one encoding for all .txt files

Exit codes: 0 all files ok or warning; 1 some file has status error; 2 usage error or a
failure that stopped the run (output folder not writable, input missing, a malformed
--dict word list).";

/// Extract tables from a folder of reports.
#[derive(clap::Args)]
#[command(after_help = AFTER)]
pub struct Args {
    /// Files or folders to read [default: raw]
    paths: Vec<PathBuf>,
    /// Output folder (created if missing)
    #[arg(short, long, default_value = "output")]
    output: PathBuf,
    /// Formats to write, comma-separated: csv, parquet
    #[arg(long, value_delimiter = ',', default_value = "csv,parquet", value_parser = parse_format)]
    format: Vec<Format>,
    /// Force the encoding of text files: utf-8, gb18030 (aliases gbk, gb2312), utf-16le, utf-16be
    #[arg(long, value_parser = |s: &str| s.parse::<Encoding>())]
    encoding: Option<Encoding>,
    /// Write CSV without the UTF-8 byte-order mark (the BOM helps Excel show Chinese)
    #[arg(long)]
    no_bom: bool,
    /// Largest input file read, in MiB (larger files get status error)
    #[arg(long, default_value_t = 64, value_name = "MIB")]
    max_mib: u64,
    /// Largest decompressed word/document.xml of a .docx, in MiB (a cap against zip bombs)
    #[arg(long, default_value_t = 64, value_name = "MIB")]
    max_xml_mib: u64,
    /// Replace the embedded word lists with files of the same name in this folder
    /// (units.tsv, indicators.tsv, …; see dict/ in the source). Every list is checked before
    /// any input is read; a malformed row stops the run (exit 2), naming file and line
    #[arg(long, value_name = "DIR")]
    dict: Option<PathBuf>,
    /// Worker threads (default: one per core, or RAYON_NUM_THREADS)
    #[arg(short = 'j', long)]
    jobs: Option<usize>,
    /// Print the time per stage (summed over documents), MB/s and reports/s, and write them
    /// into run.json under "timings"
    #[arg(long)]
    timings: bool,
    /// Print only errors
    #[arg(short, long, conflicts_with = "verbose")]
    quiet: bool,
    /// Print every file's status
    #[arg(short, long)]
    verbose: bool,
}

fn parse_format(s: &str) -> Result<Format, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "csv" => Ok(Format::Csv),
        "parquet" | "pq" => Ok(Format::Parquet),
        other => Err(format!("unknown format {other:?}; use csv or parquet")),
    }
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    if let Some(dir) = &a.dict {
        anyhow::ensure!(dir.is_dir(), "--dict {} is not a folder", dir.display());
    }
    // Every word list is read and checked here, before any input: a broken file stops the
    // run once, naming the file and the line, instead of failing inside every document.
    let lexicon = gwr::lexicon::Lexicon::load(a.dict.as_deref())?;
    if gwr::lexicon::install(lexicon).is_err() {
        anyhow::bail!("the word lists were already in use before --dict could replace them");
    }
    if let Some(j) = a.jobs {
        rayon::ThreadPoolBuilder::new().num_threads(j.max(1)).build_global().context("cannot set up worker threads")?;
    }
    let inputs = if a.paths.is_empty() { vec![PathBuf::from("raw")] } else { a.paths.clone() };
    let mut formats = a.format.clone();
    formats.dedup();
    let opts = Options {
        inputs,
        out_dir: a.output.clone(),
        formats,
        encoding: a.encoding,
        bom: !a.no_bom,
        limits: Limits { max_bytes: a.max_mib << 20, max_xml_bytes: a.max_xml_mib << 20 },
        batch: rayon::current_num_threads() * 8,
        timings: a.timings,
    };
    let bar = (!a.quiet && std::io::stderr().is_terminal()).then(|| {
        let b = indicatif::ProgressBar::new(0);
        b.set_style(
            indicatif::ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} {wide_msg}")
                .expect("valid template"),
        );
        b
    });
    let verbose = a.verbose;
    let summary = pipeline::run(&opts, |done, total, path| {
        if let Some(b) = &bar {
            b.set_length(total as u64);
            b.set_position(done as u64);
            b.set_message(path.to_string());
        } else if verbose {
            eprintln!("[{done}/{total}] {path}");
        }
    })
    .with_context(|| format!("extraction into {} failed", a.output.display()))?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if !a.quiet {
        for (p, why) in &summary.skipped {
            eprintln!("gwr: warning: skipped {}: {why}", p.display());
        }
        for (p, why) in &summary.warnings {
            eprintln!("gwr: warning: {p}: {why}");
        }
    }
    for (p, why) in &summary.errors {
        eprintln!("gwr: error: {p}: {why}");
    }
    if !a.quiet {
        let d = |k: &str| summary.documents.get(k).copied().unwrap_or(0);
        let r = |k: &str| summary.rows.get(k).copied().unwrap_or(0);
        let mbps = if summary.elapsed > 0.0 { summary.bytes as f64 / 1e6 / summary.elapsed } else { 0.0 };
        eprintln!(
            "gwr: {} documents ({} ok, {} warning, {} error); rows: sections {}, indicators {}, projects {}, glossary {}; {:.2}s ({:.1}M chars/s) -> {}",
            d("ok") + d("warning") + d("error"),
            d("ok"),
            d("warning"),
            d("error"),
            r("sections"),
            r("indicators"),
            r("projects"),
            r("glossary"),
            summary.elapsed,
            mbps,
            a.output.display()
        );
    }
    if a.timings {
        print_timings(&summary);
    }
    Ok(if summary.any_error() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The `--timings` table, on stderr.
fn print_timings(s: &pipeline::Summary) {
    let n: u64 = s.documents.values().sum();
    eprintln!(
        "gwr: timings: {n} reports, {:.1} MB in {:.3}s on {} threads: {:.2} MB/s, {:.1} reports/s",
        s.input_bytes as f64 / 1e6,
        s.elapsed,
        rayon::current_num_threads(),
        s.input_mb_per_s(),
        s.reports_per_s()
    );
    let entries = s.timings.entries();
    let sum: f64 = entries.iter().map(|(_, v)| v).sum();
    eprintln!("gwr: timings: {:<46} {:>9} {:>6} {:>9}", "stage (summed over documents)", "seconds", "share", "MB/s");
    for (k, v) in entries.iter().chain(std::iter::once(&("total", sum))) {
        let share = if sum > 0.0 { 100.0 * v / sum } else { 0.0 };
        let mbps = if *v > 0.0 { s.input_bytes as f64 / 1e6 / v } else { f64::INFINITY };
        eprintln!("gwr: timings: {k:<46} {v:>9.3} {share:>5.1}% {mbps:>9.1}");
    }
}
