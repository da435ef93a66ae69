//! Reading one table's CSV (gold or output) for scoring.
//!
//! Cells stay strings: comparing the text written is what a reader of the CSV sees. Numeric
//! columns (by the schema in `schemas/datapackage.json`) are checked once here, so that a
//! malformed cell is an error naming the file, line and column rather than a silent mismatch.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use super::{EvalError, Table};
use crate::schema::FieldType;

/// The rows of one table file, restricted to the documents being scored.
#[derive(Debug)]
pub(crate) struct Rows {
    pub path: PathBuf,
    cols: HashMap<String, usize>,
    rows: Vec<Vec<String>>,
    /// Cells per row (columns of the file plus computed ones).
    width: usize,
}

impl Rows {
    /// Read `path` as the CSV of `table`; keep only rows whose doc_id is in `docs` (all if
    /// `None`). A UTF-8 BOM is skipped.
    pub fn read(path: &Path, table: Table, docs: Option<&BTreeSet<String>>) -> Result<Rows, EvalError> {
        let bytes = std::fs::read(path).map_err(|source| EvalError::Io { path: path.to_path_buf(), source })?;
        Rows::parse(path, &bytes, table, docs)
    }

    /// [`Rows::read`] on bytes already read; `path` names them in errors.
    pub fn parse(path: &Path, bytes: &[u8], table: Table, docs: Option<&BTreeSet<String>>) -> Result<Rows, EvalError> {
        let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        let csv_err = |source| EvalError::Csv { path: path.to_path_buf(), source };
        let mut rdr = csv::ReaderBuilder::new().from_reader(body);
        let headers = rdr.headers().map_err(csv_err)?.clone();
        let cols: HashMap<String, usize> = headers.iter().enumerate().map(|(i, h)| (h.to_string(), i)).collect();
        let Some(&doc_col) = cols.get("doc_id") else {
            return Err(EvalError::MissingColumn { path: path.to_path_buf(), column: "doc_id".into() });
        };
        let schema = crate::schema::table(table.name());
        let numeric: Vec<(usize, &str)> = schema
            .fields
            .iter()
            .filter(|f| matches!(f.ty, FieldType::Integer | FieldType::Number))
            .filter_map(|f| cols.get(&f.name).map(|&i| (i, f.name.as_str())))
            .collect();
        let mut rows = Vec::new();
        for rec in rdr.records() {
            let rec = rec.map_err(csv_err)?;
            let doc = rec.get(doc_col).unwrap_or("");
            if docs.is_some_and(|d| !d.contains(doc)) {
                continue;
            }
            for &(i, name) in &numeric {
                let cell = rec.get(i).unwrap_or("");
                if !cell.is_empty() && number(cell).is_none() {
                    return Err(EvalError::BadNumber {
                        path: path.to_path_buf(),
                        line: rec.position().map_or(0, |p| p.line()),
                        column: name.to_string(),
                        value: cell.to_string(),
                    });
                }
            }
            let mut row: Vec<String> = rec.iter().map(String::from).collect();
            row.resize(headers.len(), String::new());
            rows.push(row);
        }
        Ok(Rows { path: path.to_path_buf(), cols, rows, width: headers.len() })
    }

    /// The doc_ids of the rows.
    pub fn doc_ids(&self) -> impl Iterator<Item = &str> {
        let c = self.cols["doc_id"];
        self.rows.iter().map(move |r| r[c].as_str())
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn has(&self, col: &str) -> bool {
        self.cols.contains_key(col)
    }

    /// An error for a column the scoring needs.
    pub fn require(&self, col: &str) -> Result<(), EvalError> {
        if self.has(col) {
            Ok(())
        } else {
            Err(EvalError::MissingColumn { path: self.path.clone(), column: col.to_string() })
        }
    }

    /// The cell, `None` when empty (CSV null) or when the file has no such column.
    pub fn cell(&self, row: usize, col: &str) -> Option<&str> {
        self.cols.get(col).map(|&c| self.rows[row][c].as_str()).filter(|s| !s.is_empty())
    }

    /// The cell as a number (already validated for numeric columns).
    pub fn num(&self, row: usize, col: &str) -> Option<f64> {
        self.cell(row, col).and_then(number)
    }

    /// The cell as an integer offset; `None` for null or non-integral values.
    pub fn int(&self, row: usize, col: &str) -> Option<i64> {
        self.num(row, col).filter(|v| v.fract() == 0.0).map(|v| v as i64)
    }

    /// Add a computed column (e.g. a section's parent heading, which can be compared across
    /// files where the parent's id cannot).
    pub fn add_column(&mut self, name: &str, values: Vec<String>) {
        debug_assert_eq!(values.len(), self.rows.len());
        let c = self.width;
        self.width += 1;
        self.cols.insert(name.to_string(), c);
        for (row, v) in self.rows.iter_mut().zip(values) {
            row.push(v);
        }
    }
}

/// A CSV number: `101`, `101.0`, `3.104e10`. Non-finite values are not numbers here.
pub(crate) fn number(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|v| v.is_finite())
}
