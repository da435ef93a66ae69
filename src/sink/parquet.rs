//! Parquet via arrow-rs: plain Utf8, Int64, Float64, Date32 and Boolean columns, zstd, one
//! row group per `row_group_size` rows. Footer key-value metadata carries the gwr and schema
//! versions and the digests of the inputs.
//!
//! Memory stays flat however many reports a run reads: cells go straight into Arrow column
//! builders (no table of rows is held), and every [`SLICE_ROWS`] rows the builders are handed
//! to the [`ArrowWriter`], which encodes and compresses them into the open row group's pages.
//! What is held is at most one slice of raw cells and one row group of encoded pages.

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::Schema;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;

use super::atomic::AtomicFile;
use super::{TableWriter, WriteOptions};
use crate::error::RunError;
use crate::model::Value;
use crate::schema::{FieldType, Table};

/// Rows handed to the Arrow writer at a time. A multiple of the Parquet writer's mini-batch
/// (1,024 rows), so pages are cut where one batch of a whole row group would cut them: the
/// file is byte-for-byte the same as writing each row group in one batch.
pub const SLICE_ROWS: usize = 8_192;

pub struct ParquetTable {
    path: PathBuf,
    file: AtomicFile,
    writer: ArrowWriter<BufWriter<File>>,
    schema: Arc<Schema>,
    columns: Vec<Column>,
    /// Rows in the builders, not yet handed to the writer.
    buffered: usize,
    /// Rows handed to the writer since the last row group closed.
    in_group: usize,
    row_group_size: usize,
}

/// An Arrow builder for one column, by schema type.
enum Column {
    String(StringBuilder),
    Integer(Int64Builder),
    Number(Float64Builder),
    Date(Date32Builder),
    Boolean(BooleanBuilder),
}

impl Column {
    fn new(ty: FieldType) -> Column {
        match ty {
            FieldType::String => Column::String(StringBuilder::new()),
            FieldType::Integer => Column::Integer(Int64Builder::new()),
            FieldType::Number => Column::Number(Float64Builder::new()),
            FieldType::Date => Column::Date(Date32Builder::new()),
            FieldType::Boolean => Column::Boolean(BooleanBuilder::new()),
        }
    }

    /// Append a cell; `false` when its kind does not fit the column (nothing appended).
    fn append(&mut self, v: &Value) -> bool {
        match (self, v) {
            (Column::String(b), Value::Null) => b.append_null(),
            (Column::String(b), Value::Str(s)) => b.append_value(s),
            (Column::Integer(b), Value::Null) => b.append_null(),
            (Column::Integer(b), Value::Int(x)) => b.append_value(*x),
            (Column::Number(b), Value::Null) => b.append_null(),
            (Column::Number(b), Value::Float(x)) => b.append_value(*x),
            (Column::Number(b), Value::Int(x)) => b.append_value(*x as f64),
            (Column::Date(b), Value::Null) => b.append_null(),
            (Column::Date(b), Value::Date(d)) => b.append_value(*d),
            (Column::Boolean(b), Value::Null) => b.append_null(),
            (Column::Boolean(b), Value::Bool(x)) => b.append_value(*x),
            _ => return false,
        }
        true
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Column::String(b) => Arc::new(b.finish()),
            Column::Integer(b) => Arc::new(b.finish()),
            Column::Number(b) => Arc::new(b.finish()),
            Column::Date(b) => Arc::new(b.finish()),
            Column::Boolean(b) => Arc::new(b.finish()),
        }
    }
}

impl ParquetTable {
    pub fn create(path: &Path, table: &Table, opts: &WriteOptions) -> Result<ParquetTable, RunError> {
        let (file, buf) = AtomicFile::create(path)?;
        let schema = table.arrow_schema();
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(ZstdLevel::try_new(3).expect("valid zstd level")))
            .set_max_row_group_row_count(Some(opts.row_group_size))
            .set_dictionary_enabled(true)
            .set_key_value_metadata(Some(
                opts.metadata.iter().map(|(k, v)| KeyValue::new(k.clone(), v.clone())).collect(),
            ))
            .set_created_by(format!("gwr {}", crate::VERSION))
            .build();
        let writer = ArrowWriter::try_new(buf, schema.clone(), Some(props)).map_err(|e| err(path, e))?;
        Ok(ParquetTable {
            path: path.to_path_buf(),
            file,
            writer,
            schema,
            columns: table.fields.iter().map(|f| Column::new(f.ty)).collect(),
            buffered: 0,
            in_group: 0,
            row_group_size: opts.row_group_size.max(1),
        })
    }

    /// Hand the buffered rows to the writer; close the row group when it is full.
    fn hand_over(&mut self) -> Result<(), RunError> {
        if self.buffered > 0 {
            let cols = self.columns.iter_mut().map(Column::finish).collect();
            let batch = RecordBatch::try_new(self.schema.clone(), cols).map_err(|e| err(&self.path, e))?;
            self.writer.write(&batch).map_err(|e| err(&self.path, e))?;
            self.in_group += self.buffered;
            self.buffered = 0;
        }
        if self.in_group >= self.row_group_size {
            self.writer.flush().map_err(|e| err(&self.path, e))?;
            self.in_group = 0;
        }
        Ok(())
    }
}

fn err(path: &Path, e: impl std::fmt::Display) -> RunError {
    RunError::Parquet { path: path.to_path_buf(), detail: e.to_string() }
}

/// Build a record batch from rows of values, column by column, by schema type.
pub fn to_batch(schema: &Arc<Schema>, types: &[FieldType], rows: &[Vec<Value>]) -> Result<RecordBatch, String> {
    let mut cols: Vec<ArrayRef> = Vec::with_capacity(types.len());
    for (i, ty) in types.iter().enumerate() {
        let mut c = Column::new(*ty);
        for r in rows {
            if !c.append(&r[i]) {
                return Err(bad_cell(schema, i, *ty, &r[i]));
            }
        }
        cols.push(c.finish());
    }
    RecordBatch::try_new(schema.clone(), cols).map_err(|e| e.to_string())
}

fn bad_cell(schema: &Schema, i: usize, ty: FieldType, v: &Value) -> String {
    format!("column {}: value {v:?} does not fit type {ty:?}", schema.field(i).name())
}

impl TableWriter for ParquetTable {
    fn write_row(&mut self, row: &[Value]) -> Result<(), RunError> {
        if row.len() != self.columns.len() {
            return Err(err(&self.path, format!("row of {} cells for {} columns", row.len(), self.columns.len())));
        }
        // Check every cell before appending any, so a bad row leaves the builders aligned.
        for (i, (c, v)) in self.columns.iter().zip(row).enumerate() {
            let fits = matches!(
                (c, v),
                (_, Value::Null)
                    | (Column::String(_), Value::Str(_))
                    | (Column::Integer(_), Value::Int(_))
                    | (Column::Number(_), Value::Float(_) | Value::Int(_))
                    | (Column::Date(_), Value::Date(_))
                    | (Column::Boolean(_), Value::Bool(_))
            );
            if !fits {
                let ty = self.schema.field(i).data_type().clone();
                return Err(err(
                    &self.path,
                    format!("column {}: value {v:?} does not fit type {ty}", self.schema.field(i).name()),
                ));
            }
        }
        for (c, v) in self.columns.iter_mut().zip(row) {
            c.append(v);
        }
        self.buffered += 1;
        if self.buffered >= SLICE_ROWS || self.in_group + self.buffered >= self.row_group_size {
            self.hand_over()?;
        }
        Ok(())
    }

    fn add_metadata(&mut self, key: &str, value: &str) {
        self.writer.append_key_value_metadata(KeyValue::new(key.to_string(), value.to_string()));
    }

    fn finish(mut self: Box<Self>) -> Result<(), RunError> {
        self.hand_over()?;
        let this = *self;
        let buf = this.writer.into_inner().map_err(|e| err(&this.path, e))?;
        let f = buf.into_inner().map_err(|e| RunError::Write { path: this.path.clone(), source: e.into_error() })?;
        f.sync_all().map_err(|source| RunError::Write { path: this.path.clone(), source })?;
        this.file.commit()
    }
}
