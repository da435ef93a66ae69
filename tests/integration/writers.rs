//! The writers: deterministic CSV, BOM handling, Parquet values equal to CSV values, footer
//! metadata, atomic files and the run manifest.

use std::fs::File;

use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::file::reader::{FileReader, SerializedFileReader};

use crate::util::{extract, full_run, read_csv, repo};

const TABLES: [&str; 5] = ["documents", "sections", "indicators", "projects", "glossary"];

#[test]
fn two_runs_write_byte_identical_csv() {
    let inputs = [repo("raw/cq-dadukou-2022.txt"), repo("raw/hailar")];
    let (a, out_a) = extract(&inputs, &["-q"]);
    let (b, out_b) = extract(&inputs, &["-q", "-j", "1"]);
    assert!(out_a.status.success() && out_b.status.success());
    for t in TABLES {
        let x = std::fs::read(a.path().join(format!("{t}.csv"))).unwrap();
        let y = std::fs::read(b.path().join(format!("{t}.csv"))).unwrap();
        assert!(x == y, "{t}.csv differs between runs (parallel vs one thread)");
    }
}

#[test]
fn csv_has_bom_lf_and_no_bom_flag_drops_it() {
    let dir = full_run();
    let bytes = std::fs::read(dir.join("documents.csv")).unwrap();
    assert!(bytes.starts_with("\u{feff}doc_id,".as_bytes()));
    assert!(!bytes.windows(2).any(|w| w == b"\r\n"), "LF line ends only");
    let (d, out) = extract(&[repo("raw/cq-dadukou-2022.txt")], &["-q", "--no-bom", "--format", "csv"]);
    assert!(out.status.success());
    let bytes = std::fs::read(d.path().join("documents.csv")).unwrap();
    assert!(bytes.starts_with(b"doc_id,"));
    assert!(!d.path().join("documents.parquet").exists(), "--format csv writes no Parquet");
}

#[test]
fn rows_are_sorted_by_doc_id_then_offset() {
    let dir = full_run();
    for t in ["sections", "indicators", "projects", "glossary"] {
        let rows = read_csv(&dir.join(format!("{t}.csv")));
        let keys: Vec<(String, i64)> =
            rows.iter().map(|r| (r["doc_id"].clone(), r["char_start"].parse::<i64>().unwrap())).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted, "{t} rows sorted by (doc_id, char_start)");
    }
    let docs = read_csv(&dir.join("documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|r| r["doc_id"].as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
}

#[test]
fn parquet_holds_the_csv_values_with_plain_types() {
    let dir = full_run();
    for t in TABLES {
        let csv_rows = read_csv(&dir.join(format!("{t}.csv")));
        let f = File::open(dir.join(format!("{t}.parquet"))).unwrap();
        let builder = ParquetRecordBatchReaderBuilder::try_new(f).unwrap();
        let schema = builder.schema().clone();
        for field in schema.fields() {
            use arrow_schema::DataType::*;
            assert!(
                matches!(field.data_type(), Utf8 | Int64 | Float64 | Date32 | Boolean),
                "{t}.{}: {:?} is not a plain type",
                field.name(),
                field.data_type()
            );
        }
        let mut n = 0;
        for batch in builder.build().unwrap() {
            let batch = batch.unwrap();
            for row in 0..batch.num_rows() {
                let csv_row = &csv_rows[n];
                for (i, field) in schema.fields().iter().enumerate() {
                    let col = batch.column(i);
                    let cell = &csv_row[field.name()];
                    let pq = if col.is_null(row) { String::new() } else { arrow_cast_to_string(col, row) };
                    if field.data_type() == &arrow_schema::DataType::Float64 && !cell.is_empty() {
                        let (a, b): (f64, f64) = (cell.parse().unwrap(), pq.parse().unwrap());
                        assert!(crate::util::close(a, b), "{t} row {n} {}: csv {cell} parquet {pq}", field.name());
                    } else {
                        assert_eq!(cell, &pq, "{t} row {n} {}", field.name());
                    }
                }
                n += 1;
            }
        }
        assert_eq!(n, csv_rows.len(), "{t}: row counts");
    }
}

fn arrow_cast_to_string(col: &arrow_array::ArrayRef, row: usize) -> String {
    use arrow_array::cast::AsArray;
    use arrow_array::types::{Date32Type, Float64Type, Int64Type};
    match col.data_type() {
        arrow_schema::DataType::Utf8 => col.as_string::<i32>().value(row).to_string(),
        arrow_schema::DataType::Int64 => col.as_primitive::<Int64Type>().value(row).to_string(),
        arrow_schema::DataType::Float64 => col.as_primitive::<Float64Type>().value(row).to_string(),
        arrow_schema::DataType::Date32 => {
            gwr::model::Date::from_days(col.as_primitive::<Date32Type>().value(row)).to_string()
        }
        arrow_schema::DataType::Boolean => col.as_boolean().value(row).to_string(),
        other => panic!("unexpected type {other:?}"),
    }
}

#[test]
fn parquet_footer_names_versions_and_inputs() {
    let dir = full_run();
    let reader = SerializedFileReader::new(File::open(dir.join("indicators.parquet")).unwrap()).unwrap();
    let kv = reader.metadata().file_metadata().key_value_metadata().cloned().unwrap_or_default();
    let get = |k: &str| kv.iter().find(|e| e.key == k).and_then(|e| e.value.clone());
    assert_eq!(get("gwr.version").as_deref(), Some(gwr::VERSION));
    assert_eq!(get("gwr.schema_version"), Some(gwr::schema::PACKAGE.version.clone()));
    let digest = get("gwr.inputs_sha256").expect("inputs digest");
    assert_eq!(digest.len(), 64);
    let inputs: Vec<(String, String)> = serde_json::from_str(&get("gwr.inputs").expect("inputs list")).unwrap();
    let docs = read_csv(&dir.join("documents.csv"));
    assert_eq!(inputs.len(), docs.len());
    for d in &docs {
        assert!(
            inputs.contains(&(d["source_path"].clone(), d["source_sha256"].clone())),
            "{} listed",
            d["source_path"]
        );
    }
}

#[test]
fn no_temporary_files_are_left_and_run_json_accounts_for_every_input() {
    let dir = full_run();
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    let run: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("run.json")).unwrap()).unwrap();
    assert_eq!(run["gwr_version"], gwr::VERSION);
    let docs = read_csv(&dir.join("documents.csv"));
    assert_eq!(run["inputs"].as_array().unwrap().len(), docs.len());
    assert_eq!(run["rows"]["documents"], docs.len());
    let n_ind = read_csv(&dir.join("indicators.csv")).len();
    assert_eq!(run["rows"]["indicators"], n_ind);

    assert_eq!(
        docs.len(),
        1 + 4 + 15 + 15 + 179,
        "raw/ holds the seed, 4 hailar, 15 docx, 15 scraped reports and 179 Markdown reports"
    );
}

#[test]
fn sha256_and_char_counts_are_those_of_the_files() {
    use sha2::Digest;
    let dir = full_run();
    for d in read_csv(&dir.join("documents.csv")) {
        let bytes = std::fs::read(repo("raw").join(&d["source_path"])).unwrap();
        assert_eq!(d["source_sha256"], hex::encode(sha2::Sha256::digest(&bytes)), "{}", d["source_path"]);
    }
}
