//! Tests of eval: the scoring rules (through the library) and the `gwr eval` command.
//!
//! The outputs scored here are made from the gold itself, copied into a temp dir and altered
//! row by row, so every expected number follows from the alterations. Extraction quality is
//! asserted elsewhere (indicators, projects), through the same API.

use std::path::Path;

use gwr::eval::{self, Table};

use crate::util::{gold, run};

/// A CSV table in memory: header and records, as written in the gold.
struct Csv {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Csv {
    fn read(path: &Path) -> Csv {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
        let mut rdr = csv::Reader::from_reader(body);
        let header = rdr.headers().expect("header").iter().map(String::from).collect();
        let rows = rdr.records().map(|r| r.expect("record").iter().map(String::from).collect()).collect();
        Csv { header, rows }
    }

    /// Written as gwr writes it: UTF-8 with a BOM.
    fn write(&self, path: &Path) {
        let mut w = csv::Writer::from_writer(Vec::from("\u{feff}".as_bytes()));
        w.write_record(&self.header).unwrap();
        for r in &self.rows {
            w.write_record(r).unwrap();
        }
        std::fs::write(path, w.into_inner().unwrap()).unwrap();
    }

    fn col(&self, name: &str) -> usize {
        self.header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"))
    }

    fn get(&self, row: usize, name: &str) -> &str {
        &self.rows[row][self.col(name)]
    }

    fn set(&mut self, row: usize, name: &str, value: impl Into<String>) {
        let c = self.col(name);
        self.rows[row][c] = value.into();
    }

    fn int(&self, row: usize, name: &str) -> i64 {
        self.get(row, name).parse::<f64>().unwrap() as i64
    }
}

/// A temp dir holding a copy of every gold CSV.
fn copy_of_gold() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(gold()).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "csv") {
            std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
        }
    }
    dir
}

fn assert_close(card: &eval::Scorecard, key: &str, expected: f64) {
    let got = card.get(key).unwrap_or_else(|| panic!("{key} not measured"));
    assert!((got - expected).abs() < 1e-12, "{key}: got {got}, expected {expected}");
}

#[test]
fn gold_scored_against_itself_is_perfect() {
    let card = eval::score_dirs(&gold(), &gold()).unwrap();
    assert_eq!(card.doc_ids, vec!["cq-dadukou-2022".to_string()]);
    assert_eq!(card.tables.iter().map(|t| t.table).collect::<Vec<_>>(), Table::ALL.to_vec());
    let metrics = card.metrics();
    assert!(metrics.len() > 50, "too few metrics: {metrics:?}");
    for (key, value) in &metrics {
        assert_eq!(*value, Some(1.0), "{key}");
    }
    for t in &card.tables {
        assert_eq!(t.gold_rows, t.output_rows, "{}", t.table);
        assert_eq!(t.matched, t.gold_rows, "{}", t.table);
        assert!(t.unmatched_gold.is_empty() && t.spurious.is_empty() && t.mismatches.is_empty());
    }
    assert_eq!(card.table(Table::Indicators).unwrap().gold_rows, 152);
    assert_eq!(card.get("indicators.span_f1"), card.get("indicators.f1"));
    for key in ["indicators.value_base", "indicators.period", "indicators.subject_f1", "projects.stage"] {
        assert_eq!(card.get(key), Some(1.0), "{key}");
    }
    assert_eq!(card.get("indicators.no_such_metric"), None);
    assert!(card.shortfalls([("indicators.span_f1", 1.0), ("projects.stage", 1.0)]).is_empty());
    let short = card.shortfalls([("indicators.no_such_metric", 0.5)]);
    assert_eq!(short.len(), 1);
    assert_eq!(short[0].value, None);
}

#[test]
fn known_indicator_differences_give_exact_scores() {
    let dir = copy_of_gold();
    let path = dir.path().join("indicators.csv");
    let gold_ind = Csv::read(&path);
    let mut out = Csv::read(&path);
    let g = gold_ind.rows.len();

    // One wrong value (value and value_base doubled), one wrong period, one value_base off by
    // less than the 1e-6 tolerance, one span one character short, one subject with two extra
    // characters, one indicator code dropped.
    let (wrong_value, wrong_period, tolerated, short_span) = (20, 30, 40, 50);
    for (c, factor) in [("value", 2.0), ("value_base", 2.0)] {
        let v: f64 = out.get(wrong_value, c).parse().unwrap();
        out.set(wrong_value, c, (v * factor).to_string());
    }
    out.set(wrong_period, "period_start", "1999");
    let v: f64 = out.get(tolerated, "value_base").parse().unwrap();
    out.set(tolerated, "value_base", (v * (1.0 + 1e-8)).to_string());
    assert!(out.int(short_span, "char_end") - out.int(short_span, "char_start") >= 2);
    out.set(short_span, "char_end", (out.int(short_span, "char_end") - 1).to_string());
    let subject_row = (60..g).find(|&i| !out.get(i, "subject").is_empty()).unwrap();
    let subject = out.get(subject_row, "subject").to_string();
    assert!(!subject.contains('甲') && !subject.contains('乙'));
    out.set(subject_row, "subject", format!("{subject}甲乙"));
    let code_row = (subject_row + 1..g).find(|&i| !out.get(i, "indicator").is_empty()).unwrap();
    out.set(code_row, "indicator", "");

    // One missing row and one spurious row (at a span no gold row touches).
    let missing = 10;
    let missing_surface = out.get(missing, "surface").to_string();
    let missing_had_code = !out.get(missing, "indicator").is_empty();
    out.rows.remove(missing);
    assert!((0..g).all(|i| gold_ind.int(i, "char_start") >= 2));
    let mut spurious = out.rows[0].clone();
    spurious[out.col("char_start")] = "0".into();
    spurious[out.col("char_end")] = "2".into();
    spurious[out.col("surface")] = "虚构".into();
    out.rows.insert(0, spurious);
    out.write(&path);

    let card = eval::score_dirs(&gold(), dir.path()).unwrap();
    let t = card.table(Table::Indicators).unwrap();
    let m = (g - 1) as f64; // matched rows
    assert_eq!((t.gold_rows, t.output_rows, t.matched), (g, g, g - 1));
    let one_off = (m - 1.0) / m;
    assert_close(&card, "indicators.span_precision", m / g as f64);
    assert_close(&card, "indicators.span_recall", m / g as f64);
    assert_close(&card, "indicators.span_f1", m / g as f64);
    for key in ["value", "value_base", "period", "span_exact"] {
        assert_close(&card, &format!("indicators.{key}"), one_off);
    }
    for key in ["unit", "unit_base", "measure", "qualifier", "dimension", "status", "section_id"] {
        assert_close(&card, &format!("indicators.{key}"), 1.0);
    }
    let n = subject.chars().count() as f64;
    assert_close(&card, "indicators.subject_f1", (m - 1.0 + 2.0 * n / (2.0 * n + 2.0)) / m);
    let codes = (0..g).filter(|&i| !gold_ind.get(i, "indicator").is_empty()).count() - usize::from(missing_had_code);
    let tp = (codes - 1) as f64;
    assert_close(&card, "indicators.indicator_precision", 1.0);
    assert_close(&card, "indicators.indicator_recall", tp / codes as f64);
    assert_close(&card, "indicators.indicator_f1", 2.0 * tp / (2.0 * tp + 1.0));

    assert_eq!(t.unmatched_gold.len(), 1);
    assert_eq!(t.unmatched_gold[0].text, missing_surface);
    assert_eq!(t.spurious.len(), 1);
    assert_eq!((t.spurious[0].text.as_str(), t.spurious[0].char_start), ("虚构", Some(0)));
    let period = t.mismatches.iter().find(|x| x.metric == "period").unwrap();
    assert_eq!(period.output, format!("1999–{}", gold_ind.get(wrong_period, "period_end")));
    // Other tables are untouched.
    assert_close(&card, "projects.f1", 1.0);
    // The error listing shows the missing and spurious rows with their sentences.
    let errors = card.errors(5);
    assert!(errors.contains(&missing_surface) && errors.contains("虚构"), "{errors}");
    assert!(errors.contains(gold_ind.get(missing, "sentence")), "{errors}");
}

#[test]
fn known_project_differences_give_exact_scores() {
    let dir = copy_of_gold();
    let path = dir.path().join("projects.csv");
    let mut out = Csv::read(&path);
    let p = out.rows.len();
    // A name that agrees poorly (character F1 < 0.8) is no match even on the same span: one
    // missing and one spurious row. A name that agrees well still matches, but not exactly.
    let renamed = 2; // 白居寺长江大桥
    assert_eq!(out.get(renamed, "name").chars().count(), 7);
    out.set(renamed, "name", "白居寺");
    let near = 5;
    let name = out.get(near, "name").to_string();
    assert!(name.chars().count() >= 10, "{name}");
    out.set(near, "name", name.chars().skip(1).collect::<String>());
    let wrong_stage = (10..p).find(|&i| out.get(i, "stage") == "completed").unwrap();
    out.set(wrong_stage, "stage", "ongoing");
    out.set(wrong_stage + 1, "action", "虚构动作");
    out.write(&path);

    let card = eval::score_dirs(&gold(), dir.path()).unwrap();
    let m = (p - 1) as f64;
    assert_close(&card, "projects.precision", m / p as f64);
    assert_close(&card, "projects.recall", m / p as f64);
    for key in ["stage", "action", "name"] {
        assert_close(&card, &format!("projects.{key}"), (m - 1.0) / m);
    }
    assert_close(&card, "projects.status", 1.0);
    assert_close(&card, "projects.period", 1.0);
}

#[test]
fn only_gold_documents_are_scored() {
    let dir = copy_of_gold();
    let path = dir.path().join("indicators.csv");
    let mut out = Csv::read(&path);
    let mut other = out.rows[0].clone();
    other[out.col("doc_id")] = "some-other-report".into();
    out.rows.push(other);
    out.write(&path);
    let card = eval::score_dirs(&gold(), dir.path()).unwrap();
    assert_close(&card, "indicators.precision", 1.0);
    assert_eq!(card.table(Table::Indicators).unwrap().output_rows, 152);
}

#[test]
fn table_option_limits_the_tables() {
    let card = eval::score_tables(&gold(), &gold(), &[Table::Projects, Table::Glossary]).unwrap();
    assert_eq!(card.tables.iter().map(|t| t.table).collect::<Vec<_>>(), vec![Table::Projects, Table::Glossary]);
    assert_eq!(card.get("indicators.f1"), None);
}

#[test]
fn missing_gold_folder_exits_2_naming_it() {
    let out = run(&["eval", "--gold", "tests/gold/no-such-gold", "tests/gold/cq-dadukou-2022"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no-such-gold"), "{err}");
    assert!(out.stdout.is_empty());
    assert!(matches!(
        eval::score_dirs(Path::new("tests/gold/no-such-gold"), &gold()),
        Err(eval::EvalError::MissingGoldDir(_))
    ));
}

#[test]
fn missing_or_invalid_output_file_exits_2_naming_it() {
    let dir = copy_of_gold();
    std::fs::remove_file(dir.path().join("projects.csv")).unwrap();
    let g = gold();
    let out = run(&["eval", "--gold", g.to_str().unwrap(), dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("projects.csv"), "{err}");

    let path = dir.path().join("indicators.csv");
    let mut bad = Csv::read(&path);
    bad.set(3, "value_base", "lots");
    bad.write(&path);
    let e = eval::score_tables(&g, dir.path(), &[Table::Indicators]).unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("indicators.csv") && msg.contains("value_base") && msg.contains("lots"), "{msg}");
}

#[test]
fn min_thresholds_set_the_exit_code() {
    let dir = copy_of_gold();
    let path = dir.path().join("indicators.csv");
    let mut out = Csv::read(&path);
    out.rows.truncate(100); // recall 100/152
    out.write(&path);
    let g = gold();
    let (g, o) = (g.to_str().unwrap(), dir.path().to_str().unwrap());

    let met = run(&["eval", "--gold", g, o, "--min", "indicators.span_precision=1", "--min", "projects.f1=0.99"]);
    assert_eq!(met.status.code(), Some(0), "{}", String::from_utf8_lossy(&met.stderr));
    let stdout = String::from_utf8_lossy(&met.stdout);
    assert!(stdout.contains("| indicators | 152 / 100 / 100 | precision | 1.000 | 100/100 |"), "{stdout}");

    let unmet = run(&["eval", "--gold", g, o, "--min", "indicators.span_f1=0.97"]);
    assert_eq!(unmet.status.code(), Some(1));
    let err = String::from_utf8_lossy(&unmet.stderr);
    assert!(err.contains("indicators.span_f1") && err.contains("0.97"), "{err}");

    let unknown = run(&["eval", "--gold", g, o, "--min", "indicators.spam=0.5"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("indicators.spam"));
}

#[test]
fn json_and_show_errors() {
    let dir = copy_of_gold();
    let path = dir.path().join("glossary.csv");
    let mut out = Csv::read(&path);
    let term = out.get(0, "term").to_string();
    out.rows.remove(0);
    out.write(&path);
    let json = dir.path().join("score.json");
    let g = gold();
    let res = run(&[
        "eval",
        "--gold",
        g.to_str().unwrap(),
        dir.path().to_str().unwrap(),
        "--table",
        "glossary",
        "--json",
        json.to_str().unwrap(),
        "--show-errors",
        "3",
    ]);
    assert_eq!(res.status.code(), Some(0), "{}", String::from_utf8_lossy(&res.stderr));
    let stdout = String::from_utf8_lossy(&res.stdout);
    assert!(stdout.contains("gold rows not found: 1") && stdout.contains(&term), "{stdout}");
    assert!(!stdout.contains("| indicators"), "{stdout}");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let recall = v["metrics"]["glossary.recall"].as_f64().unwrap();
    assert!((recall - 12.0 / 13.0).abs() < 1e-12, "{v}");
    assert_eq!(v["tables"]["glossary"]["metrics"]["recall"]["denominator"], 13);
    assert_eq!(v["tables"]["glossary"]["gold_rows"], 13);
}
