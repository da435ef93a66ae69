//! Typed rows of the output tables, one struct per table.
//!
//! Each struct lists its columns in `FIELDS`, in schema order, and turns itself into a
//! row of [`Value`]s. A test (`tests/integration/schema.rs`) checks that `FIELDS` and the
//! kinds of values agree with `schemas/datapackage.json`, so the Rust types and the
//! published schema cannot drift apart.

use std::fmt;
use std::sync::Arc;

use crate::vocab::Term;
pub use crate::vocab::{AdminLevel, Dimension, DocStatus, Encoding, Measure, Qualifier, Stage, Status};

/// One cell. Writers turn it into a CSV field or an Arrow array element according to the
/// column's schema type.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Str(String),
    /// A word of the vocabulary (the enumerated columns): no copy per cell.
    Word(&'static str),
    /// A text many rows share (the `sentence` of the figures of one sentence): one copy per
    /// sentence, not per row.
    Shared(Arc<str>),
    Int(i64),
    Float(f64),
    /// Days since 1970-01-01 (Arrow's Date32).
    Date(i32),
    Bool(bool),
}

impl Value {
    /// The text of a string cell (`Str`, `Word` or `Shared`).
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            Value::Word(s) => Some(s),
            Value::Shared(s) => Some(s),
            _ => None,
        }
    }
}

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// A date, if it exists on the calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        (1..=12)
            .contains(&month)
            .then(|| days[month as usize - 1])
            .filter(|&max| day >= 1 && day <= max)
            .map(|_| Date { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(self) -> i32 {
        let y = if self.month <= 2 { self.year - 1 } else { self.year };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::days_since_epoch`].
    pub fn from_days(z: i32) -> Date {
        let z = z + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date { year: if m <= 2 { y + 1 } else { y }, month: m, day: d }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A row of one output table.
pub trait Record {
    /// Name of the table (a resource of the data package).
    const TABLE: &'static str;
    /// Column names, in schema order.
    const FIELDS: &'static [&'static str];
    /// The cells, in the order of `FIELDS`.
    fn values(&self) -> Vec<Value>;
    /// The cells, moving the row's strings into them (what [`Record::values`] gives, without
    /// copying each string).
    fn into_values(self) -> Vec<Value>;
}

/// A year range a figure is about; both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Period {
    pub start: Option<i32>,
    pub end: Option<i32>,
}

impl Period {
    pub const NONE: Period = Period { start: None, end: None };
    pub fn years(start: i32, end: i32) -> Period {
        Period { start: Some(start), end: Some(end) }
    }
    pub fn year(y: i32) -> Period {
        Period::years(y, y)
    }
    pub fn is_none(&self) -> bool {
        self.start.is_none() && self.end.is_none()
    }
}

macro_rules! record {
    (
        $(#[$meta:meta])*
        $name:ident => $table:literal { $( $(#[$fmeta:meta])* $field:ident : $ty:ty ),* $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name { $( $(#[$fmeta])* pub $field: $ty ),* }

        impl Record for $name {
            const TABLE: &'static str = $table;
            const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];
            fn values(&self) -> Vec<Value> {
                vec![$( ToValue::to_value(&self.$field) ),*]
            }
            fn into_values(self) -> Vec<Value> {
                vec![$( IntoValue::into_value(self.$field) ),*]
            }
        }
    };
}

/// How a field of a record becomes a cell.
pub trait ToValue {
    fn to_value(&self) -> Value;
}
impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::Str(self.clone())
    }
}
impl ToValue for Arc<str> {
    fn to_value(&self) -> Value {
        Value::Shared(self.clone())
    }
}
impl ToValue for i64 {
    fn to_value(&self) -> Value {
        Value::Int(*self)
    }
}
impl ToValue for i32 {
    fn to_value(&self) -> Value {
        Value::Int(i64::from(*self))
    }
}
impl ToValue for usize {
    fn to_value(&self) -> Value {
        Value::Int(*self as i64)
    }
}
impl ToValue for f64 {
    fn to_value(&self) -> Value {
        Value::Float(*self)
    }
}
impl ToValue for bool {
    fn to_value(&self) -> Value {
        Value::Bool(*self)
    }
}
impl ToValue for Date {
    fn to_value(&self) -> Value {
        Value::Date(self.days_since_epoch())
    }
}
/// The enumerated columns: the vocabulary's word.
macro_rules! term_values {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(&self) -> Value {
                Value::Word(Term::as_str(*self))
            }
        }
    )*};
}
term_values!(AdminLevel, DocStatus, Encoding, Measure, Dimension, Qualifier, Stage, Status);
impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToValue::to_value)
    }
}

/// How a field of a record becomes a cell when the record is consumed: as [`ToValue`], with
/// strings moved instead of copied.
pub trait IntoValue {
    fn into_value(self) -> Value;
}
impl IntoValue for String {
    fn into_value(self) -> Value {
        Value::Str(self)
    }
}
impl IntoValue for Arc<str> {
    fn into_value(self) -> Value {
        Value::Shared(self)
    }
}
impl<T: IntoValue> IntoValue for Option<T> {
    fn into_value(self) -> Value {
        self.map_or(Value::Null, IntoValue::into_value)
    }
}
macro_rules! into_by_copy {
    ($($t:ty),*) => {$(
        impl IntoValue for $t {
            fn into_value(self) -> Value {
                ToValue::to_value(&self)
            }
        }
    )*};
}
into_by_copy!(
    i64, i32, usize, f64, bool, Date, AdminLevel, DocStatus, Encoding, Measure, Dimension, Qualifier, Stage, Status
);

record! {
    /// One row per input file (`documents`).
    DocumentRow => "documents" {
        doc_id: String,
        source_path: String,
        source_sha256: String,
        encoding: Option<Encoding>,
        title: Option<String>,
        source_url: Option<String>,
        region: Option<String>,
        admin_level: Option<AdminLevel>,
        report_year: Option<i32>,
        delivered_on: Option<Date>,
        meeting: Option<String>,
        speaker: Option<String>,
        speaker_title: Option<String>,
        n_chars: usize,
        status: DocStatus,
        message: Option<String>,
    }
}

record! {
    /// A heading of the outline (`sections`).
    SectionRow => "sections" {
        doc_id: String,
        section_id: usize,
        parent_id: Option<usize>,
        level: usize,
        marker: Option<String>,
        heading: String,
        char_start: usize,
        char_end: usize,
    }
}

record! {
    /// One quantity mention (`indicators`).
    IndicatorRow => "indicators" {
        doc_id: Arc<str>,
        mention_id: usize,
        char_start: usize,
        char_end: usize,
        surface: String,
        section_id: Option<usize>,
        sentence: Arc<str>,
        subject: Option<String>,
        indicator: Option<String>,
        measure: Measure,
        value: f64,
        unit: String,
        value_base: f64,
        unit_base: String,
        dimension: Dimension,
        qualifier: Qualifier,
        period_start: Option<i32>,
        period_end: Option<i32>,
        status: Status,
    }
}

record! {
    /// One mention of a named project (`projects`).
    ProjectRow => "projects" {
        doc_id: Arc<str>,
        project_id: usize,
        name: String,
        name_key: String,
        char_start: usize,
        char_end: usize,
        section_id: Option<usize>,
        sentence: Arc<str>,
        action: Option<String>,
        stage: Option<Stage>,
        status: Status,
        period_start: Option<i32>,
        period_end: Option<i32>,
    }
}

record! {
    /// One entry of the 名词解释 block (`glossary`).
    GlossaryRow => "glossary" {
        doc_id: String,
        term: String,
        definition: String,
        char_start: usize,
        char_end: usize,
        first_use: Option<usize>,
    }
}

/// Everything extracted from one input file.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub document: DocumentRow,
    pub sections: Vec<SectionRow>,
    pub indicators: Vec<IndicatorRow>,
    pub projects: Vec<ProjectRow>,
    pub glossary: Vec<GlossaryRow>,
}

impl Extraction {
    /// A document with no rows (a file that failed, or an empty one).
    pub fn empty(document: DocumentRow) -> Extraction {
        Extraction { document, sections: vec![], indicators: vec![], projects: vec![], glossary: vec![] }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Moving a row into cells gives the cells of copying it, on every table of the seed report.
    #[test]
    fn into_values_are_the_values() {
        let text = include_str!("../raw/cq-dadukou-2022.txt");
        let rows = crate::stages::extract("d", &crate::lang::text::Text::new(text.to_string()));
        fn same<R: Record + Clone>(rows: &[R]) -> usize {
            for r in rows {
                assert_eq!(r.clone().into_values(), r.values());
            }
            rows.len()
        }
        let n = same(&rows.sections) + same(&rows.indicators) + same(&rows.projects) + same(&rows.glossary);
        assert!(n > 100, "{n} rows");
    }

    #[test]
    fn date_roundtrip() {
        let d = Date::new(2022, 1, 9).unwrap();
        assert_eq!(d.days_since_epoch(), 19_001);
        assert_eq!(Date::from_days(19_001), d);
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
    }

    #[test]
    fn fields_follow_struct_order() {
        assert_eq!(GlossaryRow::FIELDS, &["doc_id", "term", "definition", "char_start", "char_end", "first_use"]);
    }
}
