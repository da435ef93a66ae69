//! Reading the tables of an output folder as text cells, a row at a time, without polars.
//!
//! Parquet is read through arrow-rs (already linked for the writer), a record batch at a
//! time and only the columns asked for; CSV through the csv crate, a record at a time. Either
//! way memory holds one batch, not the table, and the report builds in a lean
//! (`--no-default-features`) binary too. Cells are text as the CSV shows it; an empty cell
//! is null (`None`), as in the data package.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use arrow_array::cast::AsArray;
use arrow_array::types::{
    Date32Type, Float32Type, Float64Type, Int8Type, Int16Type, Int32Type, Int64Type, UInt8Type, UInt16Type, UInt32Type,
    UInt64Type,
};
use arrow_array::{Array, RecordBatch};
use arrow_schema::DataType;
use parquet::arrow::ProjectionMask;
use parquet::arrow::arrow_reader::{ParquetRecordBatchReader, ParquetRecordBatchReaderBuilder};

use super::ReportError;

/// A cell: text, or `None` for null (an empty CSV cell).
pub type Cell = Option<String>;

/// A table file of an output folder.
#[derive(Debug, Clone)]
pub struct TableFile {
    pub path: PathBuf,
    pub parquet: bool,
}

/// `<table>.parquet` in `dir`, else `<table>.csv`; `None` when neither exists.
pub fn find(dir: &Path, table: &str) -> Option<TableFile> {
    let pq = dir.join(format!("{table}.parquet"));
    if pq.is_file() {
        return Some(TableFile { path: pq, parquet: true });
    }
    let csv = dir.join(format!("{table}.csv"));
    csv.is_file().then_some(TableFile { path: csv, parquet: false })
}

/// Rows of one table file, restricted to some columns, in file order.
pub struct RowReader {
    pub path: PathBuf,
    /// For each column asked for, whether the file has it (a missing optional column reads
    /// as null).
    present: Vec<bool>,
    inner: Inner,
}

enum Inner {
    Csv {
        rdr: csv::Reader<Box<dyn Read>>,
        idx: Vec<Option<usize>>,
        rec: csv::StringRecord,
    },
    Parquet {
        batches: ParquetRecordBatchReader,
        names: Vec<String>,
        /// The current batch, column by column, and the next row to hand out.
        cols: Vec<Vec<Cell>>,
        next: usize,
    },
}

impl RowReader {
    /// Open `file` for the columns `columns` (in that order). A column in `required` that the
    /// file lacks is an error naming the file.
    pub fn open(file: &TableFile, columns: &[&str], required: &[&str]) -> Result<RowReader, ReportError> {
        let read_err = |detail: String| ReportError::Read { path: file.path.clone(), detail };
        let f = File::open(&file.path).map_err(|e| read_err(e.to_string()))?;
        let (present, inner): (Vec<bool>, Inner) = if file.parquet {
            let builder = ParquetRecordBatchReaderBuilder::try_new(f).map_err(|e| read_err(e.to_string()))?;
            let schema = builder.schema().clone();
            let found: Vec<Option<usize>> = columns.iter().map(|c| schema.index_of(c).ok()).collect();
            let mask = ProjectionMask::roots(builder.parquet_schema(), found.iter().flatten().copied());
            let batches =
                builder.with_projection(mask).with_batch_size(8192).build().map_err(|e| read_err(e.to_string()))?;
            let present = found.iter().map(Option::is_some).collect();
            let names = columns.iter().map(|c| c.to_string()).collect();
            (present, Inner::Parquet { batches, names, cols: Vec::new(), next: 0 })
        } else {
            let mut buf = BufReader::new(f);
            // A UTF-8 BOM (written for spreadsheet programs) is not part of the first name.
            if buf.fill_buf().map_err(|e| read_err(e.to_string()))?.starts_with("\u{feff}".as_bytes()) {
                buf.consume(3);
            }
            let mut rdr = csv::ReaderBuilder::new().from_reader(Box::new(buf) as Box<dyn Read>);
            let headers = rdr.headers().map_err(|e| read_err(e.to_string()))?.clone();
            let idx: Vec<Option<usize>> = columns.iter().map(|c| headers.iter().position(|h| h == *c)).collect();
            let present = idx.iter().map(Option::is_some).collect();
            (present, Inner::Csv { rdr, idx, rec: csv::StringRecord::new() })
        };
        for (c, p) in columns.iter().zip(&present) {
            if !p && required.contains(c) {
                return Err(ReportError::MissingColumn { path: file.path.clone(), column: c.to_string() });
            }
        }
        Ok(RowReader { path: file.path.clone(), present, inner })
    }

    /// The next row's cells (one per column asked for), or `None` at the end.
    pub fn next_row(&mut self) -> Result<Option<Vec<Cell>>, ReportError> {
        let path = &self.path;
        match &mut self.inner {
            Inner::Csv { rdr, idx, rec } => {
                let more = rdr
                    .read_record(rec)
                    .map_err(|e| ReportError::Read { path: path.clone(), detail: e.to_string() })?;
                if !more {
                    return Ok(None);
                }
                Ok(Some(
                    idx.iter()
                        .map(|i| i.and_then(|i| rec.get(i)).filter(|s| !s.is_empty()).map(String::from))
                        .collect(),
                ))
            }
            Inner::Parquet { batches, names, cols, next } => {
                while cols.first().is_none_or(|c| *next >= c.len()) {
                    let Some(batch) = batches.next() else { return Ok(None) };
                    let batch = batch.map_err(|e| ReportError::Read { path: path.clone(), detail: e.to_string() })?;
                    *cols = names
                        .iter()
                        .zip(&self.present)
                        .map(|(n, &p)| if p { column_cells(path, &batch, n) } else { Ok(vec![None; batch.num_rows()]) })
                        .collect::<Result<_, _>>()?;
                    *next = 0;
                    if cols.is_empty() {
                        return Ok(None);
                    }
                }
                let i = *next;
                *next += 1;
                Ok(Some(cols.iter_mut().map(|c| c[i].take()).collect()))
            }
        }
    }
}

/// One column of a record batch as text cells, written as the CSV writer writes them.
fn column_cells(path: &Path, batch: &RecordBatch, name: &str) -> Result<Vec<Cell>, ReportError> {
    let a = batch
        .column_by_name(name)
        .ok_or_else(|| ReportError::MissingColumn { path: path.to_path_buf(), column: name.to_string() })?;
    let n = a.len();
    let cells = |f: &dyn Fn(usize) -> String| -> Vec<Cell> {
        (0..n).map(|i| if a.is_null(i) { None } else { Some(f(i)).filter(|s| !s.is_empty()) }).collect()
    };
    macro_rules! prim {
        ($t:ty) => {{
            let p = a.as_primitive::<$t>();
            cells(&|i| p.value(i).to_string())
        }};
    }
    Ok(match a.data_type() {
        DataType::Utf8 => {
            let s = a.as_string::<i32>();
            cells(&|i| s.value(i).to_string())
        }
        DataType::LargeUtf8 => {
            let s = a.as_string::<i64>();
            cells(&|i| s.value(i).to_string())
        }
        DataType::Utf8View => {
            let s = a.as_string_view();
            cells(&|i| s.value(i).to_string())
        }
        DataType::Boolean => {
            let b = a.as_boolean();
            cells(&|i| b.value(i).to_string())
        }
        DataType::Int8 => prim!(Int8Type),
        DataType::Int16 => prim!(Int16Type),
        DataType::Int32 => prim!(Int32Type),
        DataType::Int64 => prim!(Int64Type),
        DataType::UInt8 => prim!(UInt8Type),
        DataType::UInt16 => prim!(UInt16Type),
        DataType::UInt32 => prim!(UInt32Type),
        DataType::UInt64 => prim!(UInt64Type),
        DataType::Float32 => prim!(Float32Type),
        DataType::Float64 => prim!(Float64Type),
        DataType::Date32 => {
            let d = a.as_primitive::<Date32Type>();
            cells(&|i| {
                let date = crate::model::Date::from_days(d.value(i));
                format!("{date}")
            })
        }
        other => {
            return Err(ReportError::Read {
                path: path.to_path_buf(),
                detail: format!("column {name} has type {other}, which gwr does not write"),
            });
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Value;
    use crate::sink::{Format, WriteOptions, write_table};

    /// The same rows written as CSV and as Parquet read back as the same cells.
    #[test]
    fn csv_and_parquet_read_alike() {
        let dir = tempfile::tempdir().unwrap();
        let t = crate::schema::table("glossary");
        let rows = vec![
            vec![
                Value::Str("a".into()),
                Value::Str("“<b>”".into()),
                Value::Str("x, \"y\"".into()),
                Value::Int(5),
                Value::Int(9),
                Value::Null,
            ],
            vec![
                Value::Str("b".into()),
                Value::Str("t".into()),
                Value::Str("d".into()),
                Value::Int(1),
                Value::Int(2),
                Value::Int(0),
            ],
        ];
        for (sub, fmt) in [("c", Format::Csv), ("p", Format::Parquet)] {
            let d = dir.path().join(sub);
            std::fs::create_dir_all(&d).unwrap();
            write_table(&d, t, rows.clone(), &[fmt], &WriteOptions::default()).unwrap();
            let file = find(&d, "glossary").unwrap();
            assert_eq!(file.parquet, fmt == Format::Parquet);
            let mut r = RowReader::open(&file, &["first_use", "term", "nope", "doc_id"], &["term"]).unwrap();
            let a = r.next_row().unwrap().unwrap();
            assert_eq!(a, [None, Some("“<b>”".into()), None, Some("a".into())]);
            let b = r.next_row().unwrap().unwrap();
            assert_eq!(b, [Some("0".into()), Some("t".into()), None, Some("b".into())]);
            assert!(r.next_row().unwrap().is_none());
            let missing = RowReader::open(&file, &["nope"], &["nope"]).err().unwrap().to_string();
            assert!(missing.contains("nope") && missing.contains("glossary"), "{missing}");
        }
    }
}
