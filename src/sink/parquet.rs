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
use arrow_array::{Array, ArrayRef, RecordBatch};
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
/// Rows of very long cells (a `sentence` of thousands of characters, on a page scraped without
/// full stops) are handed over sooner: at the next multiple of 1,024 rows once the buffered
/// cells pass this many bytes.
pub const SLICE_BYTES: usize = 16 << 20;
const MINI_BATCH: usize = 1_024;

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

/// The same body over the builder of any kind of column: the builders share their method names
/// (`finish`, `append_option`) but no trait that has them all, so each arm is its own type.
macro_rules! each_builder {
    ($column:expr, $b:ident => $body:expr) => {
        match $column {
            Column::String($b) => $body,
            Column::Integer($b) => $body,
            Column::Number($b) => $body,
            Column::Date($b) => $body,
            Column::Boolean($b) => $body,
        }
    };
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
            (Column::String(b), Value::Word(s)) => b.append_value(s),
            (Column::String(b), Value::Shared(s)) => b.append_value(s),
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
        each_builder!(self, b => Arc::new(b.finish()))
    }

    /// Take the last cell back out (the error path of a row with a cell of the wrong kind): the
    /// builders have no `pop`, so the cells are finished and all but the last appended again.
    fn drop_last(&mut self) {
        each_builder!(self, b => {
            let a = b.finish();
            a.iter().take(a.len() - 1).for_each(|x| b.append_option(x));
        })
    }

    /// The buffered cells as an array; the builder starts over with room for `rows` cells (and
    /// a string column for as many bytes as it just held), so the next slice's cells do not
    /// regrow its buffers from empty by doubling, copying what they hold at each step.
    fn finish_with_room(&mut self, rows: usize) -> ArrayRef {
        match self {
            Column::String(b) => {
                let bytes = b.values_slice().len();
                Arc::new(std::mem::replace(b, StringBuilder::with_capacity(rows, bytes)).finish())
            }
            Column::Integer(b) => Arc::new(std::mem::replace(b, Int64Builder::with_capacity(rows)).finish()),
            Column::Number(b) => Arc::new(std::mem::replace(b, Float64Builder::with_capacity(rows)).finish()),
            Column::Date(b) => Arc::new(std::mem::replace(b, Date32Builder::with_capacity(rows)).finish()),
            Column::Boolean(b) => Arc::new(std::mem::replace(b, BooleanBuilder::with_capacity(rows)).finish()),
        }
    }
}

impl ParquetTable {
    pub fn create(path: &Path, table: &Table, opts: &WriteOptions) -> Result<ParquetTable, RunError> {
        let (file, buf) = AtomicFile::create(path)?;
        let schema = table.arrow_schema();
        let writer = ArrowWriter::try_new(buf, schema.clone(), Some(properties(opts))).map_err(|e| err(path, e))?;
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

    /// The bytes of the buffered strings (asked once per mini-batch, not summed per cell).
    fn string_bytes(&self) -> usize {
        self.columns.iter().map(|c| if let Column::String(b) = c { b.values_slice().len() } else { 0 }).sum()
    }

    /// Hand the buffered rows to the writer; close the row group when it is full.
    fn hand_over(&mut self) -> Result<(), RunError> {
        if self.buffered > 0 {
            let rows = self.buffered;
            let cols = self.columns.iter_mut().map(|c| c.finish_with_room(rows)).collect();
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

/// zstd level 3, dictionaries, `row_group_size` rows per group, the footer metadata.
fn properties(opts: &WriteOptions) -> WriterProperties {
    WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::try_new(3).expect("valid zstd level")))
        .set_max_row_group_row_count(Some(opts.row_group_size))
        .set_dictionary_enabled(true)
        .set_key_value_metadata(Some(opts.metadata.iter().map(|(k, v)| KeyValue::new(k.clone(), v.clone())).collect()))
        .set_created_by(format!("gwr {}", crate::VERSION))
        .build()
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
        // One pass: a cell of the wrong kind (a bug upstream, never seen in a run) takes the
        // cells of its row back out of the columns before it, so the builders stay aligned.
        if let Some(i) = self.columns.iter_mut().zip(row).position(|(c, v)| !c.append(v)) {
            for c in &mut self.columns[..i] {
                c.drop_last();
            }
            let ty = self.schema.field(i).data_type().clone();
            return Err(err(
                &self.path,
                format!("column {}: value {:?} does not fit type {ty}", self.schema.field(i).name(), row[i]),
            ));
        }
        self.buffered += 1;
        if self.buffered >= SLICE_ROWS
            || self.in_group + self.buffered >= self.row_group_size
            || (self.buffered.is_multiple_of(MINI_BATCH) && self.string_bytes() >= SLICE_BYTES)
        {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema;

    /// The file as the writer made it before rows were streamed: each row group built whole
    /// from rows of values and written in one batch.
    fn whole_groups(path: &Path, table: &Table, rows: &[Vec<Value>], opts: &WriteOptions) {
        let schema = table.arrow_schema();
        let types: Vec<FieldType> = table.fields.iter().map(|f| f.ty).collect();
        let f = File::create(path).unwrap();
        let mut w = ArrowWriter::try_new(f, schema.clone(), Some(properties(opts))).unwrap();
        for group in rows.chunks(opts.row_group_size) {
            w.write(&to_batch(&schema, &types, group).unwrap()).unwrap();
            w.flush().unwrap();
        }
        w.close().unwrap();
    }

    fn glossary_rows(n: usize, long: usize) -> Vec<Vec<Value>> {
        (0..n)
            .map(|i| {
                vec![
                    Value::Str(format!("doc-{}", i / 700)),
                    Value::Str(format!("术语{}", i % 97)),
                    Value::Str(format!("{}{i}", "释义".repeat(long + i % 5))),
                    Value::Int(i as i64 * 3),
                    Value::Int(i as i64 * 3 + 2),
                    if i % 3 == 0 { Value::Null } else { Value::Int(i as i64) },
                ]
            })
            .collect()
    }

    /// Streaming rows in slices must not move a page cut: same bytes as whole row groups, with
    /// groups that are and are not multiples of a slice, and with cells long enough that slices
    /// are cut by size.
    #[test]
    fn streamed_parquet_has_the_bytes_of_whole_row_groups() {
        let dir = tempfile::tempdir().unwrap();
        let table = schema::table("glossary");
        for (n, group, long) in [(30_000, 65_536, 1), (30_000, 20_000, 1), (9_000, 5_000, 2), (3_000, 65_536, 3_000)] {
            let rows = glossary_rows(n, long);
            let opts = WriteOptions { row_group_size: group, ..WriteOptions::default() };
            let streamed = dir.path().join("streamed.parquet");
            let mut w = Box::new(ParquetTable::create(&streamed, table, &opts).unwrap());
            for r in &rows {
                w.write_row(r).unwrap();
            }
            w.finish().unwrap();
            let whole = dir.path().join("whole.parquet");
            whole_groups(&whole, table, &rows, &opts);
            let (a, b) = (std::fs::read(&streamed).unwrap(), std::fs::read(&whole).unwrap());
            assert!(a == b, "{n} rows in groups of {group}, cells of {long}: {} vs {} bytes", a.len(), b.len());
        }
    }

    #[test]
    fn a_cell_of_the_wrong_kind_is_an_error_and_leaves_columns_aligned() {
        let dir = tempfile::tempdir().unwrap();
        let table = schema::table("glossary");
        let path = dir.path().join("g.parquet");
        let mut w = Box::new(ParquetTable::create(&path, table, &WriteOptions::default()).unwrap());
        let mut bad = glossary_rows(1, 1).remove(0);
        bad[3] = Value::Str("x".into());
        assert!(w.write_row(&bad).is_err());
        for r in &glossary_rows(3, 1) {
            w.write_row(r).unwrap();
        }
        w.finish().unwrap();
        let f = File::open(&path).unwrap();
        let reader =
            parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(f).unwrap().build().unwrap();
        let rows: usize = reader.map(|b| b.unwrap().num_rows()).sum();
        assert_eq!(rows, 3);
    }

    /// A bad cell late in a row, between good rows with and without nulls: the cells of its row
    /// already appended are taken back out, and the file has the bytes of the good rows alone.
    #[test]
    fn a_bad_row_between_good_ones_leaves_the_bytes_of_the_good_rows() {
        let dir = tempfile::tempdir().unwrap();
        let table = schema::table("glossary");
        let opts = WriteOptions { row_group_size: 2_000, ..WriteOptions::default() };
        let good = glossary_rows(5_000, 1);
        let path = dir.path().join("g.parquet");
        let mut w = Box::new(ParquetTable::create(&path, table, &opts).unwrap());
        for (i, r) in good.iter().enumerate() {
            if i % 1_500 == 1 {
                let mut bad = r.clone();
                bad[5] = Value::Bool(true);
                assert!(w.write_row(&bad).is_err());
            }
            w.write_row(r).unwrap();
        }
        w.finish().unwrap();
        let whole = dir.path().join("whole.parquet");
        whole_groups(&whole, table, &good, &opts);
        assert!(std::fs::read(&path).unwrap() == std::fs::read(&whole).unwrap());
    }
}
