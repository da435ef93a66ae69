//! Golden tests: the whole tables of every fixture, as CSV text, in insta snapshots that sit
//! next to the fixtures: tests/fixtures/<folder>/snapshots/<fixture>.<table>.snap.
//!
//! Each fixture folder is extracted by one run of the binary (`util::fixture_run`); every input
//! file of the folder then gets one snapshot per table that has rows for it, holding the CSV
//! header and those rows exactly as gwr wrote them (BOM removed, LF kept). Adding a fixture file
//! adds its snapshots. A changed, new or vanished snapshot fails the test:
//!
//! - `cargo test golden` writes `.snap.new` files beside the old ones and fails; review them
//!   (`git diff --no-index old new`, or `cargo insta review` where cargo-insta is installed);
//! - `INSTA_UPDATE=always cargo test golden` accepts every change in place; read `git diff`
//!   before committing it;
//! - in CI (`CI=true`, set by .ci/run) nothing is written and a mismatch fails.
//!
//! insta's `glob!` would walk the folder for us, but its `glob` feature pulls in globset, whose
//! regex-automata features differ from gwr's: regex, and polars with it, would then be compiled
//! a second time for the tests. `util::fixture_inputs` lists the inputs instead.
//!
//! The rule tests of each folder (indicators.rs, sections.rs, …) keep only what states a rule;
//! the values of every row live here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::util::{FIXTURE_FOLDERS, fixture_inputs, fixture_run, read_csv, repo};

/// The tables of an extraction, in the order of the data package.
const TABLES: [&str; 5] = ["documents", "sections", "indicators", "projects", "glossary"];

/// One CSV table as gwr wrote it: the header line, and the records of each doc_id as written
/// (rows of one document are contiguous: output is sorted by doc_id).
struct CsvText {
    header: String,
    by_doc: BTreeMap<String, String>,
}

fn csv_text(path: &Path) -> CsvText {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let text = String::from_utf8(bytes).unwrap_or_else(|e| panic!("{}: not UTF-8: {e}", path.display()));
    let body = text.strip_prefix('\u{feff}').expect("CSV starts with a BOM");
    let mut rdr = csv::Reader::from_reader(body.as_bytes());
    rdr.byte_headers().expect("header");
    let mut at = rdr.position().byte() as usize;
    let header = body[..at].to_string();
    let mut by_doc: BTreeMap<String, String> = BTreeMap::new();
    let mut record = csv::ByteRecord::new();
    while rdr.read_byte_record(&mut record).expect("record") {
        let end = rdr.position().byte() as usize;
        let doc = String::from_utf8(record[0].to_vec()).expect("doc_id");
        by_doc.entry(doc).or_default().push_str(&body[at..end]);
        at = end;
    }
    // Header and records, cut at the reader's positions, are the whole file again.
    assert_eq!(header.len() + by_doc.values().map(String::len).sum::<usize>(), body.len(), "{}", path.display());
    CsvText { header, by_doc }
}

/// Snapshot every table of every fixture of a folder; then check that no snapshot is left
/// over from a fixture removed or a table that no longer has rows.
fn golden(folder: &str) {
    let base = repo("tests/fixtures").join(folder);
    let out = fixture_run(folder);
    let tables: Vec<(&str, CsvText)> = TABLES.iter().map(|t| (*t, csv_text(&out.join(format!("{t}.csv"))))).collect();
    // The documents row of each input names its doc_id (the stem, unless two stems collide).
    let doc_of: BTreeMap<String, String> = read_csv(&out.join("documents.csv"))
        .into_iter()
        .map(|r| (r["source_path"].clone(), r["doc_id"].clone()))
        .collect();
    let mut written = BTreeSet::new();
    let mut failed = Vec::new();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(base.join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    for path in fixture_inputs(folder) {
        let file = path.file_name().and_then(|n| n.to_str()).expect("file name");
        let stem = path.file_stem().and_then(|n| n.to_str()).expect("file stem");
        let doc = doc_of.get(file).unwrap_or_else(|| panic!("{folder}/{file}: no documents row"));
        settings.set_input_file(&path);
        for (table, csv) in &tables {
            let Some(rows) = csv.by_doc.get(doc) else { continue };
            let name = format!("{stem}.{table}");
            assert!(written.insert(format!("{name}.snap")), "{folder}: two fixtures named {stem}");
            settings.set_description(format!("{table} rows of {file}, from `gwr extract --format csv`"));
            // Every snapshot is compared (and a `.snap.new` written for each that differs)
            // before the test fails, as insta's glob! does.
            let snapshot = format!("{}{rows}", csv.header);
            let check = || settings.bind(|| insta::assert_snapshot!(name.clone(), snapshot));
            if std::panic::catch_unwind(std::panic::AssertUnwindSafe(check)).is_err() {
                failed.push(name);
            }
        }
    }
    let on_disk: BTreeSet<String> = std::fs::read_dir(base.join("snapshots"))
        .map(|entries| {
            entries
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".snap"))
                .collect()
        })
        .unwrap_or_default();
    let stale: Vec<&String> = on_disk.difference(&written).collect();
    let mut problems = Vec::new();
    if !failed.is_empty() {
        problems.push(format!("{} snapshots differ (see the diffs above): {failed:?}", failed.len()));
    }
    if !stale.is_empty() {
        problems.push(format!(
            "snapshots of no fixture, or of a table with no rows any more: {stale:?}; delete them if that is intended"
        ));
    }
    assert!(problems.is_empty(), "tests/fixtures/{folder}/snapshots/: {}", problems.join("; "));
}

/// One golden test per fixture folder.
macro_rules! golden_tests {
    ($($folder:ident),*) => {
        $(
            #[test]
            fn $folder() {
                golden(stringify!($folder));
            }
        )*
        const TESTED: &[&str] = &[$(stringify!($folder)),*];
    };
}

golden_tests!(codes, decode, header, indicators, periods, projects, regressions, sections, subjects);

/// Every folder of tests/fixtures/ that holds inputs has its golden test.
#[test]
fn every_fixture_folder_has_a_golden_test() {
    let mut with_inputs: Vec<String> = std::fs::read_dir(repo("tests/fixtures"))
        .expect("tests/fixtures/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(String::from))
        .filter(|name| !fixture_inputs(name).is_empty())
        .collect();
    with_inputs.sort();
    assert_eq!(with_inputs, TESTED, "add the folder to golden_tests! and util::FIXTURE_FOLDERS");
    assert_eq!(FIXTURE_FOLDERS, TESTED);
}
