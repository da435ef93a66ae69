//! Cross-year tables on polars (issue 5): `gwr targets` joins each year's targets with the
//! results reported for that year; `gwr diff` compares two dataset versions.
//!
//! Both read the files `gwr extract` wrote — Parquet by preference (typed, and polars scans
//! it lazily so only the columns used are read), CSV with the data package's types when a
//! folder holds no Parquet — and both hand their rows back to the schema-driven writers of
//! [`crate::sink`], so that the tables they write look like every other table.

pub mod diff;
pub mod targets;

use std::path::{Path, PathBuf};

use polars::prelude::*;

use crate::model::Value;
use crate::schema::{FieldType, Package, Table};

/// Why a cross-year command could not run. Each names the file or folder at fault.
#[derive(Debug, thiserror::Error)]
pub enum CrossError {
    #[error("folder {0} does not exist")]
    MissingDir(PathBuf),
    #[error("no {table}.parquet or {table}.csv in {dir}")]
    MissingTable { dir: PathBuf, table: String },
    #[error("cannot read {path}: {detail}")]
    Read { path: PathBuf, detail: String },
    #[error("{path}: {detail}")]
    Invalid { path: PathBuf, detail: String },
    #[error(transparent)]
    Write(#[from] crate::error::RunError),
}

/// A table file found in an output folder.
#[derive(Debug, Clone)]
pub struct TableFile {
    pub path: PathBuf,
    pub parquet: bool,
}

/// The file holding `table` in `dir`: `<table>.parquet`, else `<table>.csv`.
pub fn find_table(dir: &Path, table: &str) -> Option<TableFile> {
    let pq = dir.join(format!("{table}.parquet"));
    if pq.is_file() {
        return Some(TableFile { path: pq, parquet: true });
    }
    let csv = dir.join(format!("{table}.csv"));
    csv.is_file().then_some(TableFile { path: csv, parquet: false })
}

/// The polars type of a schema column (the same mapping as the Parquet writer's).
fn polars_type(ty: FieldType) -> DataType {
    match ty {
        FieldType::String => DataType::String,
        FieldType::Integer => DataType::Int64,
        FieldType::Number => DataType::Float64,
        FieldType::Date => DataType::Date,
        FieldType::Boolean => DataType::Boolean,
    }
}

/// A lazy scan of one table file. CSV is read with the column types of `schema` when given
/// (an empty cell is null, as the contract says), else with types inferred by polars.
pub fn scan(file: &TableFile, schema: Option<&Table>) -> Result<LazyFrame, CrossError> {
    let read_err = |e: PolarsError| CrossError::Read { path: file.path.clone(), detail: e.to_string() };
    let path = PlRefPath::try_from_path(&file.path).map_err(read_err)?;
    if file.parquet {
        return LazyFrame::scan_parquet(path, ScanArgsParquet::default()).map_err(read_err);
    }
    let mut reader = LazyCsvReader::new(path).with_has_header(true).with_missing_is_null(true);
    if let Some(t) = schema {
        let header = csv_header(&file.path)?;
        // Columns the schema knows get its type; others (a newer or older version's) stay text.
        let s: Schema = header
            .iter()
            .map(|h| (h.as_str().into(), t.field(h).map_or(DataType::String, |f| csv_type(f.ty))))
            .collect();
        reader = reader.with_schema(Some(Arc::new(s)));
    }
    reader.finish().map_err(read_err)
}

/// The type a CSV column is read as: dates as text, turned into dates by [`read`] (the CSV
/// reader of a lean polars build has no date parser).
fn csv_type(ty: FieldType) -> DataType {
    match ty {
        FieldType::Date => DataType::String,
        other => polars_type(other),
    }
}

/// Read a whole table file into memory (checking that it can be read at all).
pub fn read(file: &TableFile, schema: Option<&Table>) -> Result<DataFrame, CrossError> {
    let read_err = |e: PolarsError| CrossError::Read { path: file.path.clone(), detail: e.to_string() };
    let mut df = scan(file, schema)?.collect().map_err(read_err)?;
    let dates: Vec<&crate::schema::Field> =
        schema.map(|t| t.fields.iter().filter(|f| f.ty == FieldType::Date).collect()).unwrap_or_default();
    for f in dates.into_iter().filter(|_| !file.parquet) {
        let Ok(c) = df.column(&f.name).and_then(|c| c.str().cloned()) else { continue };
        let days: Vec<Option<i32>> = c.iter().map(|s| s.and_then(parse_date)).collect();
        // A cell that is not a YYYY-MM-DD date keeps the column as text, so nothing is lost.
        if c.iter().zip(&days).any(|(s, d)| s.is_some_and(|s| !s.is_empty()) && d.is_none()) {
            continue;
        }
        let col = Column::new(f.name.as_str().into(), days).cast(&DataType::Date).map_err(read_err)?;
        df.with_column(col).map_err(read_err)?;
    }
    Ok(df)
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date, as the CSV writer formats them.
fn parse_date(s: &str) -> Option<i32> {
    let mut it = s.trim().splitn(3, '-').map(str::parse::<u32>);
    let (y, m, d) = (it.next()?.ok()?, it.next()?.ok()?, it.next()?.ok()?);
    crate::model::Date::new(i32::try_from(y).ok()?, m, d).map(crate::model::Date::days_since_epoch)
}

/// The header line of a CSV file, BOM removed.
fn csv_header(path: &Path) -> Result<Vec<String>, CrossError> {
    let bytes =
        std::fs::read(path).map_err(|e| CrossError::Read { path: path.to_path_buf(), detail: e.to_string() })?;
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    let mut rdr = csv::Reader::from_reader(body);
    let h = rdr.headers().map_err(|e| CrossError::Read { path: path.to_path_buf(), detail: e.to_string() })?;
    Ok(h.iter().map(String::from).collect())
}

/// The data package of an output folder (`datapackage.json`), if it has one.
pub fn folder_package(dir: &Path) -> Result<Option<Package>, CrossError> {
    let p = dir.join("datapackage.json");
    if !p.is_file() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(&p).map_err(|e| CrossError::Read { path: p.clone(), detail: e.to_string() })?;
    Package::parse(&text).map(Some).map_err(|e| CrossError::Invalid { path: p, detail: e.to_string() })
}

/// The canonical name of a region: `dict/regions.tsv` folds aliases (宁夏 -> 宁夏回族自治区,
/// 呼伦贝尔市海拉尔区 -> 海拉尔区); an unknown name is its own canonical form.
pub fn canonical_region(name: &str) -> String {
    crate::lexicon::get().region(name).map_or_else(|| name.to_string(), |r| r.name.clone())
}

/// `doc_id`, canonical `region` and `report_year` of every document of a folder, as a small
/// in-memory frame to join with the row tables.
pub fn document_regions(dir: &Path) -> Result<DataFrame, CrossError> {
    let file = find_table(dir, "documents")
        .ok_or_else(|| CrossError::MissingTable { dir: dir.to_path_buf(), table: "documents".into() })?;
    let read_err = |e: PolarsError| CrossError::Read { path: file.path.clone(), detail: e.to_string() };
    let docs = scan(&file, Some(crate::schema::table("documents")))?
        .select([col("doc_id"), col("region"), col("report_year").cast(DataType::Int64)])
        .collect()
        .map_err(read_err)?;
    let region: Vec<Option<String>> = docs
        .column("region")
        .and_then(|c| c.str().cloned())
        .map_err(read_err)?
        .iter()
        .map(|r| r.map(canonical_region))
        .collect();
    let mut out = docs;
    out.with_column(Column::new("region".into(), region)).map_err(read_err)?;
    Ok(out)
}

/// A column of a frame as cells, by its polars type: strings, integers (any width), floats,
/// booleans and dates keep their type; anything else is shown as text.
pub fn column_values(c: &Column) -> PolarsResult<Vec<Value>> {
    let s = c.as_materialized_series();
    Ok(match s.dtype() {
        DataType::Null => vec![Value::Null; s.len()],
        DataType::String => s.str()?.iter().map(|v| v.map_or(Value::Null, |v| Value::Str(v.into()))).collect(),
        DataType::Boolean => s.bool()?.iter().map(|v| v.map_or(Value::Null, Value::Bool)).collect(),
        DataType::Float32 | DataType::Float64 => {
            s.cast(&DataType::Float64)?.f64()?.iter().map(|v| v.map_or(Value::Null, Value::Float)).collect()
        }
        DataType::Date => s.cast(&DataType::Int32)?.i32()?.iter().map(|v| v.map_or(Value::Null, Value::Date)).collect(),
        dt if dt.is_integer() => {
            s.cast(&DataType::Int64)?.i64()?.iter().map(|v| v.map_or(Value::Null, Value::Int)).collect()
        }
        _ => {
            s.cast(&DataType::String)?.str()?.iter().map(|v| v.map_or(Value::Null, |v| Value::Str(v.into()))).collect()
        }
    })
}

/// The Frictionless name of a polars type, for messages about retyped columns.
pub fn type_name(dt: &DataType) -> String {
    match dt {
        DataType::String => "string".into(),
        DataType::Boolean => "boolean".into(),
        DataType::Float32 | DataType::Float64 => "number".into(),
        DataType::Date => "date".into(),
        DataType::Null => "null".into(),
        dt if dt.is_integer() => "integer".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_dates_parse() {
        assert_eq!(super::parse_date("2022-01-09"), Some(19_001));
        assert_eq!(super::parse_date("1970-01-01"), Some(0));
        assert_eq!(super::parse_date("2023-02-29"), None);
        assert_eq!(super::parse_date("9 Jan 2022"), None);
    }
}
