//! CSV: UTF-8 (with a BOM unless `--no-bom`), LF line ends, RFC 4180 quoting, empty cells
//! for nulls, floats in shortest round-trip form with a `.0` kept on whole numbers (so that
//! every reader infers a float column), dates as YYYY-MM-DD.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::atomic::AtomicFile;
use super::{TableWriter, WriteOptions};
use crate::error::RunError;
use crate::model::{Date, Value};
use crate::schema::Table;

pub struct CsvTable {
    path: PathBuf,
    file: AtomicFile,
    w: BufWriter<File>,
    /// The bytes of one row, quoted, reused from row to row, so writing a row allocates
    /// nothing.
    line: Vec<u8>,
}

impl CsvTable {
    pub fn create(path: &Path, table: &Table, opts: &WriteOptions) -> Result<CsvTable, RunError> {
        let (file, mut buf) = AtomicFile::create(path)?;
        if opts.bom {
            buf.write_all("\u{feff}".as_bytes())
                .map_err(|source| RunError::Write { path: path.to_path_buf(), source })?;
        }
        let mut line = Vec::new();
        for (i, name) in table.field_names().iter().enumerate() {
            if i > 0 {
                line.push(b',');
            }
            push_field(&mut line, name.as_bytes());
        }
        line.push(b'\n');
        buf.write_all(&line).map_err(|source| RunError::Write { path: path.to_path_buf(), source })?;
        Ok(CsvTable { path: path.to_path_buf(), file, w: buf, line })
    }
}

/// Append one field as RFC 4180 writes it (what the csv crate writes with its defaults and a
/// `\n` terminator): quoted, with quotes doubled, when it holds a comma, a quote, a line feed
/// or a carriage return; as it is otherwise. (A test checks it against the csv crate.)
fn push_field(line: &mut Vec<u8>, field: &[u8]) {
    let plain = if field.len() < 64 {
        !field.iter().any(|&b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
    } else {
        memchr::memchr3(b',', b'"', b'\n', field).is_none() && memchr::memchr(b'\r', field).is_none()
    };
    if plain {
        line.extend_from_slice(field);
        return;
    }
    line.push(b'"');
    let mut from = 0;
    for q in memchr::memchr_iter(b'"', field) {
        line.extend_from_slice(field.get(from..=q).unwrap_or_default());
        line.push(b'"');
        from = q + 1;
    }
    line.extend_from_slice(field.get(from..).unwrap_or_default());
    line.push(b'"');
}

/// The CSV text of a cell.
pub fn format_value(v: &Value) -> String {
    let mut b = Vec::new();
    push_value(&mut b, v);
    String::from_utf8(b).expect("the text of a cell is UTF-8")
}

/// Append the CSV text of a cell to `out` (bytes: numbers go straight into the row's line,
/// without a string of their own in between).
fn push_value(out: &mut Vec<u8>, v: &Value) {
    match v {
        Value::Null => {}
        Value::Str(s) => out.extend_from_slice(s.as_bytes()),
        Value::Word(s) => out.extend_from_slice(s.as_bytes()),
        Value::Shared(s) => out.extend_from_slice(s.as_bytes()),
        Value::Int(i) => push_int(out, *i),
        Value::Float(f) => push_float(out, *f),
        Value::Date(d) => {
            let d = Date::from_days(*d);
            if (0..=9999).contains(&d.year) {
                push_digits(out, d.year.unsigned_abs().into(), 4);
                out.push(b'-');
                push_digits(out, d.month.into(), 2);
                out.push(b'-');
                push_digits(out, d.day.into(), 2);
            } else {
                out.extend_from_slice(d.to_string().as_bytes());
            }
        }
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
    }
}

/// An integer in decimal, as `{i}` prints it (without the formatting machinery: most cells
/// of a row are integers).
fn push_int(out: &mut Vec<u8>, i: i64) {
    if i < 0 {
        out.push(b'-');
    }
    push_digits(out, i.unsigned_abs(), 1);
}

/// The decimal digits of `n`, zero-padded to at least `width`.
fn push_digits(out: &mut Vec<u8>, mut n: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut at = buf.len();
    while n > 0 || buf.len() - at < width {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.extend_from_slice(&buf[at..]);
}

/// Shortest round-trip decimal (Rust's `Display` for f64), with `.0` on whole numbers:
/// 3.104e10 -> `31040000000.0`, 8.8 -> `8.8`, never `3.1040000000000003`.
pub fn format_float(f: f64) -> String {
    let mut b = Vec::new();
    push_float(&mut b, f);
    String::from_utf8(b).expect("a float prints in ASCII")
}

fn push_float(out: &mut Vec<u8>, f: f64) {
    use std::io::Write as _;
    if !f.is_finite() {
        return;
    }
    // A whole number (most counts and sums) is its integer's digits and `.0`, as `{f}` writes
    // it, without the formatter's machinery (−0 aside: it prints its sign).
    if f.fract() == 0.0 && f.abs() < 1e15 && !(f == 0.0 && f.is_sign_negative()) {
        push_int(out, f as i64);
        out.extend_from_slice(b".0");
        return;
    }
    let start = out.len();
    let _ = write!(out, "{f}");
    if !out.get(start..).unwrap_or_default().iter().any(|b| matches!(b, b'.' | b'e' | b'E')) {
        out.extend_from_slice(b".0");
    }
}

impl TableWriter for CsvTable {
    fn write_row(&mut self, row: &[Value]) -> Result<(), RunError> {
        self.line.clear();
        for (i, v) in row.iter().enumerate() {
            if i > 0 {
                self.line.push(b',');
            }
            match v.as_str() {
                Some(s) => push_field(&mut self.line, s.as_bytes()),
                // Numbers, dates and booleans hold no character that needs quotes.
                None => push_value(&mut self.line, v),
            }
        }
        // A row of one empty cell is written `""` (an empty line would be no row).
        if row.len() == 1 && self.line.is_empty() {
            self.line.extend_from_slice(b"\"\"");
        }
        self.line.push(b'\n');
        self.w.write_all(&self.line).map_err(|source| RunError::Write { path: self.path.clone(), source })
    }

    fn finish(self: Box<Self>) -> Result<(), RunError> {
        let this = *self;
        let f = this.w.into_inner().map_err(|e| RunError::Write { path: this.path.clone(), source: e.into_error() })?;
        f.sync_all().map_err(|source| RunError::Write { path: this.path.clone(), source })?;
        this.file.commit()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fields and rows are the bytes the csv crate writes (default quoting, `\n` terminator).
    #[test]
    fn fields_are_quoted_as_the_csv_crate_quotes_them() {
        let long = format!("{}\"{}", "政".repeat(30), "府,".repeat(30));
        let fields = [
            long.as_str(),
            &"政".repeat(40),
            "",
            "a",
            "a,b",
            "say \"hi\"",
            "\"",
            "line\nbreak",
            "cr\r",
            " lead",
            "tail ",
            "#x",
            "政府，工作",
            "\u{feff}x",
        ];
        let rows: Vec<Vec<&str>> = vec![
            fields.to_vec(),
            vec![""],
            vec!["", ""],
            vec!["\""],
            vec!["a"],
            fields.iter().rev().copied().collect(),
        ];
        for row in rows {
            let mut want = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(vec![]);
            want.write_record(&row).unwrap();
            let want = want.into_inner().unwrap();
            let mut line = Vec::new();
            for (i, f) in row.iter().enumerate() {
                if i > 0 {
                    line.push(b',');
                }
                push_field(&mut line, f.as_bytes());
            }
            if row.len() == 1 && line.is_empty() {
                line.extend_from_slice(b"\"\"");
            }
            line.push(b'\n');
            assert_eq!(String::from_utf8(line).unwrap(), String::from_utf8(want).unwrap(), "{row:?}");
        }
    }

    /// Integers and dates print what `Display` prints.
    #[test]
    fn integers_and_dates_print_as_display() {
        for i in [0, 1, 9, 10, 99, 100, 2026, -1, -10, 123_456_789, i64::MAX, i64::MIN, i64::MIN + 1] {
            assert_eq!(format_value(&Value::Int(i)), i.to_string());
        }
        for d in [-800_000, -719_468, -1, 0, 1, 19_001, 20_000, 2_932_896, 2_932_897, 3_000_000] {
            assert_eq!(format_value(&Value::Date(d)), Date::from_days(d).to_string(), "{d}");
        }
    }

    #[test]
    fn floats_are_shortest_and_keep_a_point() {
        assert_eq!(format_float(3.104e10), "31040000000.0");
        assert_eq!(format_float(8.8), "8.8");
        assert_eq!(format_float(101.0), "101.0");
        assert_eq!(format_float(-3.5), "-3.5");
        assert_eq!(format_float(0.1 + 0.2), "0.30000000000000004");
    }

    /// Whole numbers, written without the formatter, print as `{f}` and `.0` print them.
    #[test]
    fn whole_floats_print_as_display() {
        let mut wholes = vec![0.0, -0.0, 1.0, -1.0, 1e15 - 1.0, 1e15, -1e15, 1e16, 1e21, 9.007_199_254_740_993e15];
        wholes.extend((0..2000).map(|k| f64::from(k) * 7919.0 - 3e6));
        wholes.extend((0..60).map(|k| 2f64.powi(k)));
        for f in wholes.into_iter().chain([0.5, -2.25, 1e15 + 0.5]) {
            let mut want = format!("{f}");
            if !want.contains(['.', 'e', 'E']) {
                want.push_str(".0");
            }
            assert_eq!(format_float(f), want, "{f:?}");
        }
    }
}
