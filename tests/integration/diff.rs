//! `gwr diff` on two small output folders built with the library's own writers: the changes
//! it reports must be exactly the ones made.

use std::path::Path;

use gwr::model::{
    AdminLevel, Dimension, DocStatus, DocumentRow, Encoding, IndicatorRow, Measure, Qualifier, Record, Status, Value,
};
use gwr::schema::{FieldType, Table, table};
use gwr::sink::{Format, WriteOptions, datapackage, write_table};

use crate::util::{read_csv, run};

fn document(doc_id: &str, region: &str, year: i32) -> DocumentRow {
    DocumentRow {
        doc_id: doc_id.into(),
        source_path: format!("{doc_id}.txt"),
        source_sha256: "0".repeat(64),
        encoding: Some(Encoding::Utf8),
        title: None,
        source_url: None,
        region: Some(region.into()),
        admin_level: Some(AdminLevel::Province),
        report_year: Some(year),
        delivered_on: None,
        meeting: None,
        speaker: None,
        speaker_title: None,
        n_chars: 5000,
        status: DocStatus::Ok,
        message: None,
    }
}

/// A GDP-growth-like row: (doc, mention_id, value in %, status, year).
fn indicator(doc_id: &str, mention_id: usize, value: f64, status: Status, year: i32) -> IndicatorRow {
    IndicatorRow {
        doc_id: doc_id.into(),
        mention_id,
        char_start: mention_id * 100,
        char_end: mention_id * 100 + 4,
        surface: format!("{value}%"),
        section_id: Some(mention_id),
        sentence: format!("地区生产总值增长{value}%。").into(),
        subject: Some("地区生产总值".into()),
        indicator: Some("gdp".into()),
        measure: Measure::GrowthRate,
        value,
        unit: "%".into(),
        value_base: value,
        unit_base: "%".into(),
        dimension: Dimension::Percent,
        qualifier: Qualifier::Exact,
        period_start: Some(year),
        period_end: Some(year),
        status,
    }
}

/// Write documents and indicators (Parquet, plus the data package) into `dir`; `indicators`
/// may use a schema with a retyped column.
fn write_folder(dir: &Path, docs: &[DocumentRow], inds: &[IndicatorRow], ind_table: &Table) {
    let opts = WriteOptions::default();
    let docs: Vec<Vec<Value>> = docs.iter().map(Record::values).collect();
    let inds: Vec<Vec<Value>> = inds.iter().map(Record::values).collect();
    write_table(dir, table("documents"), docs, &[Format::Parquet], &opts).unwrap();
    write_table(dir, ind_table, inds, &[Format::Parquet], &opts).unwrap();
    datapackage::write(dir, &["documents", "indicators"]).unwrap();
}

/// OLD and NEW differing by one changed value (mention 2: 8.8 → 9.1), one removed row
/// (mention 4), one added row (mention 5) and one retyped column (section_id integer →
/// number, with equal values).
fn two_versions() -> (tempfile::TempDir, tempfile::TempDir) {
    let (old, new) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let docs = [document("d2025", "北京市", 2025)];
    let base: Vec<IndicatorRow> =
        (1..=4).map(|i| indicator("d2025", i, 5.0 + i as f64, Status::Actual, 2024)).collect();
    let mut old_rows = base.clone();
    old_rows[1].value_base = 8.8;
    write_folder(old.path(), &docs, &old_rows, table("indicators"));

    let mut new_rows: Vec<IndicatorRow> = base[..3].to_vec();
    new_rows[1].value_base = 9.1;
    new_rows.push(indicator("d2025", 5, 5.5, Status::Target, 2025));
    let mut retyped = table("indicators").clone();
    retyped.fields.iter_mut().find(|f| f.name == "section_id").unwrap().ty = FieldType::Number;
    write_folder(new.path(), &docs, &new_rows, &retyped);
    (old, new)
}

/// The counts printed for a table (`indicators  2 unchanged, …`).
fn counts(stdout: &str, table: &str) -> String {
    stdout
        .lines()
        .find_map(|l| l.strip_prefix(table).filter(|rest| rest.starts_with(' ')))
        .unwrap_or_else(|| panic!("no line for {table} in {stdout}"))
        .trim()
        .to_string()
}

#[test]
fn reports_exactly_the_changes_made() {
    let (old, new) = two_versions();
    let out = tempfile::tempdir().unwrap();
    let o =
        run(&["diff", old.path().to_str().unwrap(), new.path().to_str().unwrap(), "-o", out.path().to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "stdout: {stdout}\nstderr: {}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(counts(&stdout, "documents"), "1 unchanged, 0 added, 0 removed, 0 modified (0 cells)");
    assert_eq!(counts(&stdout, "indicators"), "2 unchanged, 1 added, 1 removed, 1 modified (1 cells)");
    assert!(stdout.contains("indicators: column section_id retyped integer → number"), "{stdout}");
    assert!(stdout.contains("indicators d2025|2: value_base 8.8 → 9.1"), "{stdout}");

    let changes: Vec<Vec<String>> = read_csv(&out.path().join("changes.csv"))
        .into_iter()
        .map(|r| ["table", "key", "change", "column", "old", "new"].iter().map(|c| r[*c].clone()).collect())
        .collect();
    let expected: Vec<Vec<String>> = [
        ["indicators", "", "column_retyped", "section_id", "integer", "number"],
        ["indicators", "d2025|2", "modified", "value_base", "8.8", "9.1"],
        ["indicators", "d2025|4", "removed", "", "", ""],
        ["indicators", "d2025|5", "added", "", "", ""],
    ]
    .iter()
    .map(|r| r.iter().map(|s| s.to_string()).collect())
    .collect();
    assert_eq!(changes, expected);

    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("diff_summary.json")).unwrap()).unwrap();
    assert_eq!(summary["differs"], true);
    let ind = summary["tables"].as_array().unwrap().iter().find(|t| t["table"] == "indicators").unwrap();
    assert_eq!(
        (&ind["unchanged"], &ind["added"], &ind["removed"], &ind["modified"], &ind["cells"]),
        (&2.into(), &1.into(), &1.into(), &1.into(), &1.into())
    );
    assert_eq!(ind["schema_changes"][0]["change"], "column_retyped");
}

#[test]
fn exit_code_says_whether_anything_differs() {
    let (old, new) = two_versions();
    let out = tempfile::tempdir().unwrap();
    let o = out.path().to_str().unwrap();
    let (a, b) = (old.path().to_str().unwrap(), new.path().to_str().unwrap());
    assert_eq!(run(&["diff", a, b, "-o", o, "--exit-code"]).status.code(), Some(1));
    assert_eq!(run(&["diff", a, a, "-o", o, "--exit-code"]).status.code(), Some(0));
    // --table limits the comparison: documents did not change.
    assert_eq!(run(&["diff", a, b, "-o", o, "--exit-code", "--table", "documents"]).status.code(), Some(0));
}

#[test]
fn errors_exit_2_and_name_the_file() {
    let (old, _new) = two_versions();
    let out = tempfile::tempdir().unwrap();
    let a = old.path().to_str().unwrap();
    let missing = out.path().join("no-such-folder");
    let o = run(&["diff", a, missing.to_str().unwrap(), "-o", out.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no-such-folder"));

    let broken = tempfile::tempdir().unwrap();
    std::fs::copy(old.path().join("documents.parquet"), broken.path().join("documents.parquet")).unwrap();
    std::fs::write(broken.path().join("indicators.parquet"), b"PAR1 not really parquet").unwrap();
    let o = run(&["diff", a, broken.path().to_str().unwrap(), "-o", out.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("indicators.parquet"), "{err}");
}

#[test]
fn a_custom_key_compares_two_report_years_of_one_region() {
    // The 2025 report's target for 2025 and the same target restated a year later, in a
    // report whose region is written differently (宁夏 / 宁夏回族自治区).
    let (old, new) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut t_old = indicator("nx2025", 3, 5.5, Status::Target, 2025);
    t_old.qualifier = Qualifier::Approx;
    let mut t_new = indicator("nx2026", 7, 5.5, Status::Target, 2025);
    t_new.qualifier = Qualifier::Approx;
    write_folder(old.path(), &[document("nx2025", "宁夏", 2025)], &[t_old], table("indicators"));
    write_folder(new.path(), &[document("nx2026", "宁夏回族自治区", 2026)], &[t_new], table("indicators"));
    let out = tempfile::tempdir().unwrap();
    let o = run(&[
        "diff",
        old.path().to_str().unwrap(),
        new.path().to_str().unwrap(),
        "-o",
        out.path().to_str().unwrap(),
        "--table",
        "indicators",
        "--key",
        "region,indicator,measure,period_start,period_end,status",
    ]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{stdout}{}", String::from_utf8_lossy(&o.stderr));
    // One row on each side, paired on the key: the row is the same target, found at another
    // place of another document.
    assert!(counts(&stdout, "indicators").starts_with("0 unchanged, 0 added, 0 removed, 1 modified"), "{stdout}");
    let changes = read_csv(&out.path().join("changes.csv"));
    let cols: Vec<&str> = changes.iter().map(|r| r["column"].as_str()).collect();
    assert!(cols.contains(&"doc_id") && cols.contains(&"char_start"), "{cols:?}");
    assert!(!cols.contains(&"value_base"), "{cols:?}");
    assert!(changes.iter().all(|r| r["key"] == "宁夏回族自治区|gdp|growth_rate|2025|2025|target"));
}

#[test]
fn the_csv_and_parquet_files_of_one_version_are_equal() {
    // The whole corpus, once as Parquet and once as CSV only (typed by the data package,
    // dates and nulls included): no differences.
    let full = crate::util::full_run();
    let csv_only = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(full).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "csv") || p.file_name().is_some_and(|n| n == "datapackage.json") {
            std::fs::copy(&p, csv_only.path().join(p.file_name().unwrap())).unwrap();
        }
    }
    let out = tempfile::tempdir().unwrap();
    let o = run(&[
        "diff",
        full.to_str().unwrap(),
        csv_only.path().to_str().unwrap(),
        "-o",
        out.path().to_str().unwrap(),
        "--exit-code",
    ]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{stdout}{}", String::from_utf8_lossy(&o.stderr));
    assert!(counts(&stdout, "documents").ends_with("0 added, 0 removed, 0 modified (0 cells)"), "{stdout}");
    assert!(!counts(&stdout, "indicators").starts_with("0 unchanged"), "{stdout}");
}
