//! Parquet via arrow-rs: plain Utf8, Int64, Float64, Date32 and Boolean columns, zstd,
//! rows buffered and flushed one row group at a time so memory stays bounded however many
//! reports a run reads. Footer key-value metadata carries the gwr and schema versions and
//! the digests of the inputs.

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

pub struct ParquetTable {
    path: PathBuf,
    file: AtomicFile,
    writer: ArrowWriter<BufWriter<File>>,
    schema: Arc<Schema>,
    types: Vec<FieldType>,
    rows: Vec<Vec<Value>>,
    row_group_size: usize,
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
            types: table.fields.iter().map(|f| f.ty).collect(),
            rows: Vec::new(),
            row_group_size: opts.row_group_size.max(1),
        })
    }

    fn flush(&mut self) -> Result<(), RunError> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let batch = to_batch(&self.schema, &self.types, &self.rows).map_err(|e| err(&self.path, e))?;
        self.writer.write(&batch).map_err(|e| err(&self.path, e))?;
        self.writer.flush().map_err(|e| err(&self.path, e))?;
        self.rows.clear();
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
        let cells = rows.iter().map(|r| &r[i]);
        let name = schema.field(i).name();
        let bad = |v: &Value| format!("column {name}: value {v:?} does not fit type {ty:?}");
        let arr: ArrayRef = match ty {
            FieldType::String => {
                let mut b = StringBuilder::new();
                for v in cells {
                    match v {
                        Value::Null => b.append_null(),
                        Value::Str(s) => b.append_value(s),
                        other => return Err(bad(other)),
                    }
                }
                Arc::new(b.finish())
            }
            FieldType::Integer => {
                let mut b = Int64Builder::new();
                for v in cells {
                    match v {
                        Value::Null => b.append_null(),
                        Value::Int(x) => b.append_value(*x),
                        other => return Err(bad(other)),
                    }
                }
                Arc::new(b.finish())
            }
            FieldType::Number => {
                let mut b = Float64Builder::new();
                for v in cells {
                    match v {
                        Value::Null => b.append_null(),
                        Value::Float(x) => b.append_value(*x),
                        Value::Int(x) => b.append_value(*x as f64),
                        other => return Err(bad(other)),
                    }
                }
                Arc::new(b.finish())
            }
            FieldType::Date => {
                let mut b = Date32Builder::new();
                for v in cells {
                    match v {
                        Value::Null => b.append_null(),
                        Value::Date(d) => b.append_value(*d),
                        other => return Err(bad(other)),
                    }
                }
                Arc::new(b.finish())
            }
            FieldType::Boolean => {
                let mut b = BooleanBuilder::new();
                for v in cells {
                    match v {
                        Value::Null => b.append_null(),
                        Value::Bool(x) => b.append_value(*x),
                        other => return Err(bad(other)),
                    }
                }
                Arc::new(b.finish())
            }
        };
        cols.push(arr);
    }
    RecordBatch::try_new(schema.clone(), cols).map_err(|e| e.to_string())
}

impl TableWriter for ParquetTable {
    fn write_row(&mut self, row: Vec<Value>) -> Result<(), RunError> {
        self.rows.push(row);
        if self.rows.len() >= self.row_group_size {
            self.flush()?;
        }
        Ok(())
    }

    fn add_metadata(&mut self, key: &str, value: &str) {
        self.writer.append_key_value_metadata(KeyValue::new(key.to_string(), value.to_string()));
    }

    fn finish(mut self: Box<Self>) -> Result<(), RunError> {
        self.flush()?;
        let this = *self;
        let buf = this.writer.into_inner().map_err(|e| err(&this.path, e))?;
        let f = buf.into_inner().map_err(|e| RunError::Write { path: this.path.clone(), source: e.into_error() })?;
        f.sync_all().map_err(|source| RunError::Write { path: this.path.clone(), source })?;
        this.file.commit()
    }
}
