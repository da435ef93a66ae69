//! Writers, apart from the extractors: they receive typed rows and know nothing of reports.
//!
//! Every file is written under a temporary name in the output folder and renamed when
//! complete ([`atomic::AtomicFile`]), so an interrupted run never leaves a half-written file
//! under a final name.

pub mod atomic;
pub mod csv;
pub mod datapackage;
pub mod manifest;
pub mod parquet;

use std::path::Path;

use crate::error::RunError;
use crate::model::Value;
use crate::schema::Table;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Parquet,
}

/// Options shared by the writers.
#[derive(Debug, Clone)]
pub struct WriteOptions {
    /// Write a UTF-8 BOM at the start of CSV files (for spreadsheet programs).
    pub bom: bool,
    /// Rows per Parquet row group.
    pub row_group_size: usize,
    /// Key-value metadata for Parquet footers.
    pub metadata: Vec<(String, String)>,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions { bom: true, row_group_size: 65_536, metadata: vec![] }
    }
}

/// A table being written in one format.
pub trait TableWriter: Send {
    fn write_row(&mut self, row: &[Value]) -> Result<(), RunError>;
    /// Add footer metadata known only at the end (Parquet; a no-op for CSV).
    fn add_metadata(&mut self, _key: &str, _value: &str) {}
    /// Flush, close and rename into place.
    fn finish(self: Box<Self>) -> Result<(), RunError>;
}

/// Open a writer for `table` in `dir`.
pub fn open(dir: &Path, table: &Table, format: Format, opts: &WriteOptions) -> Result<Box<dyn TableWriter>, RunError> {
    Ok(match format {
        Format::Csv => Box::new(csv::CsvTable::create(&dir.join(format!("{}.csv", table.name)), table, opts)?),
        Format::Parquet => {
            Box::new(parquet::ParquetTable::create(&dir.join(format!("{}.parquet", table.name)), table, opts)?)
        }
    })
}

/// Write whole tables at once (for the small tables of `targets` and `diff`).
pub fn write_table(
    dir: &Path,
    table: &Table,
    rows: Vec<Vec<Value>>,
    formats: &[Format],
    opts: &WriteOptions,
) -> Result<(), RunError> {
    for &format in formats {
        let mut w = open(dir, table, format, opts)?;
        for row in &rows {
            w.write_row(row)?;
        }
        w.finish()?;
    }
    Ok(())
}
