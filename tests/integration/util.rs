//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path under the repository root.
pub fn repo(rel: &str) -> PathBuf {
    root().join(rel)
}

/// The gwr binary built for these tests.
pub fn gwr() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gwr"))
}

/// Run `gwr` with arguments; returns its output.
pub fn run(args: &[&str]) -> Output {
    gwr().args(args).output().expect("gwr runs")
}

/// Run `gwr extract` on inputs into a fresh temp dir; returns (dir guard, output).
pub fn extract(inputs: &[PathBuf], extra: &[&str]) -> (tempfile::TempDir, Output) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut cmd = gwr();
    cmd.arg("extract").args(inputs).arg("-o").arg(dir.path()).args(extra);
    let out = cmd.output().expect("gwr runs");
    (dir, out)
}

/// One extraction of the whole of raw/, shared by every test that only reads it.
pub fn full_run() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let (dir, out) = extract(&[repo("raw")], &["-q"]);
        assert!(out.status.success(), "gwr extract raw/ failed: {}", String::from_utf8_lossy(&out.stderr));
        dir
    })
    .path()
}

/// One extraction of the seed report (cq-dadukou-2022) alone.
pub fn seed_run() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let (dir, out) = extract(&[repo("raw/cq-dadukou-2022.txt")], &["-q"]);
        assert!(out.status.success(), "gwr extract failed: {}", String::from_utf8_lossy(&out.stderr));
        dir
    })
    .path()
}

/// The folders of tests/fixtures/ whose files are reports (each has its snapshots/ beside them).
pub const FIXTURE_FOLDERS: [&str; 9] =
    ["codes", "decode", "header", "indicators", "periods", "projects", "regressions", "sections", "subjects"];

/// Extensions of the files gwr reads; other files of a fixture folder are not inputs.
pub const INPUT_EXTENSIONS: [&str; 4] = ["txt", "html", "htm", "docx"];

/// The input files of tests/fixtures/<folder>/ (not its snapshots/), in name order.
pub fn fixture_inputs(folder: &str) -> Vec<PathBuf> {
    let dir = repo("tests/fixtures").join(folder);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.is_file() && p.extension().and_then(|x| x.to_str()).is_some_and(|x| INPUT_EXTENSIONS.contains(&x))
        })
        .collect();
    out.sort();
    out
}

/// One extraction (CSV only) of all the input files of a fixture folder, shared by every test
/// that reads it: the golden snapshots and the rule tests of that folder.
pub fn fixture_run(folder: &str) -> &'static Path {
    static RUNS: [OnceLock<tempfile::TempDir>; FIXTURE_FOLDERS.len()] =
        [const { OnceLock::new() }; FIXTURE_FOLDERS.len()];
    let k = FIXTURE_FOLDERS.iter().position(|f| *f == folder).unwrap_or_else(|| panic!("no fixture folder {folder}"));
    RUNS[k]
        .get_or_init(|| {
            let (dir, out) = extract(&fixture_inputs(folder), &["-q", "--format", "csv"]);
            assert!(
                out.status.success(),
                "gwr extract of fixtures/{folder} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            dir
        })
        .path()
}

/// Folder of raw/ holding the Markdown sample (179 reports from lawtext, with front matter).
/// Its reports are checked for what the input side promises (rows, no markup, offsets; see
/// `inputs.rs`); tests of the stages' hand-checked results cover the other reports.
pub const MARKDOWN_SAMPLE: &str = "lawtext-sample/";

/// Is a documents row one of the Markdown sample's?
pub fn in_markdown_sample(d: &Row) -> bool {
    d["source_path"].starts_with(MARKDOWN_SAMPLE)
}

/// The gold folder of the seed report.
pub fn gold() -> PathBuf {
    repo("tests/gold/cq-dadukou-2022")
}

pub type Row = BTreeMap<String, String>;

/// Read a CSV file (BOM or not) into rows keyed by column name.
pub fn read_csv(path: &Path) -> Vec<Row> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    let mut rdr = csv::Reader::from_reader(body);
    let headers = rdr.headers().expect("header").clone();
    rdr.records()
        .map(|r| {
            let r = r.expect("record");
            headers.iter().zip(r.iter()).map(|(h, v)| (h.to_string(), v.to_string())).collect()
        })
        .collect()
}

/// The header of a CSV file.
pub fn csv_header(path: &Path) -> Vec<String> {
    let bytes = std::fs::read(path).expect("read csv");
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    csv::Reader::from_reader(body).headers().expect("header").iter().map(String::from).collect()
}

/// Rows of one document.
pub fn rows_of(dir: &Path, table: &str, doc_id: &str) -> Vec<Row> {
    read_csv(&dir.join(format!("{table}.csv"))).into_iter().filter(|r| r["doc_id"] == doc_id).collect()
}

/// Floats equal within a relative tolerance.
pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Code-point slice of a string, as Python's `text[a:b]`.
pub fn slice_chars(s: &str, a: usize, b: usize) -> String {
    s.chars().skip(a).take(b.saturating_sub(a)).collect()
}
