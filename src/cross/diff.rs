//! `diff`: what changed between two dataset versions (two output folders).
//!
//! Tables are paired by name and rows by key — the primary key of the data package (from the
//! folder's `datapackage.json`, else the embedded schema) or a key the user gives. The rows of
//! both versions meet in one polars full join on the key; cells are then compared by type:
//! strings, integers, booleans and dates exactly, floats within a relative tolerance of
//! [`REL_TOL`] (so a value that went through a different but equivalent computation is not a
//! change). A column whose type changed is a schema change, and its cells are compared as
//! numbers when both types are numeric, else as their text, so that `1` → `1.0` is not a cell
//! change but `1` → `2.0` is.
//!
//! A key need not be unique (`--key region,indicator,…` over two report years): the rows that
//! share a key are paired in file order — the n-th such row of OLD with the n-th of NEW — and
//! the key of the second and later ones is shown with `#n`. Files are sorted by doc_id and
//! char_start, so the pairing is deterministic.
//!
//! A key column a table lacks can come from `documents` through `doc_id`: `region`
//! (canonical, aliases folded) and `report_year`.

use std::collections::HashMap;
use std::path::Path;

use polars::prelude::*;
use serde::Serialize;

use super::{CrossError, TableFile, column_values, document_regions, find_table, folder_package, read, type_name};
use crate::model::Value;
use crate::schema::{PACKAGE, Package, Table};
use crate::sink::csv::format_value;

/// Relative tolerance for floats: |a − b| ≤ 1e-9 · max(|a|, |b|).
pub const REL_TOL: f64 = 1e-9;

/// What to compare.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only these tables (all when empty).
    pub tables: Vec<String>,
    /// Key columns for every table, instead of each table's primary key.
    pub key: Option<Vec<String>>,
}

/// Kinds of change, as written in `changes.csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    TableAdded,
    TableRemoved,
    ColumnAdded,
    ColumnDropped,
    ColumnRetyped,
    Added,
    Removed,
    Modified,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::TableAdded => "table_added",
            ChangeKind::TableRemoved => "table_removed",
            ChangeKind::ColumnAdded => "column_added",
            ChangeKind::ColumnDropped => "column_dropped",
            ChangeKind::ColumnRetyped => "column_retyped",
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Modified => "modified",
        }
    }

    /// A change of the table's layout rather than of its rows.
    pub fn is_schema(self) -> bool {
        matches!(
            self,
            ChangeKind::TableAdded
                | ChangeKind::TableRemoved
                | ChangeKind::ColumnAdded
                | ChangeKind::ColumnDropped
                | ChangeKind::ColumnRetyped
        )
    }
}

/// One line of `changes.csv`: a schema change (no key), an added or removed row (no column)
/// or a changed cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub key: String,
    pub kind: ChangeKind,
    pub column: Option<String>,
    pub old: Value,
    pub new: Value,
}

/// Everything that differs in one table.
#[derive(Debug, Clone, Default)]
pub struct TableDiff {
    pub table: String,
    pub key: Vec<String>,
    pub unchanged: usize,
    pub added: usize,
    pub removed: usize,
    pub modified: usize,
    pub cells: usize,
    pub changes: Vec<Change>,
    /// Remarks: repeated keys, a table compared on one side only.
    pub notes: Vec<String>,
}

impl TableDiff {
    pub fn differs(&self) -> bool {
        self.added + self.removed + self.modified > 0 || self.changes.iter().any(|c| c.kind.is_schema())
    }

    pub fn schema_changes(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|c| c.kind.is_schema())
    }

    /// `N unchanged, N added, N removed, N modified (N cells)`.
    pub fn counts(&self) -> String {
        format!(
            "{} unchanged, {} added, {} removed, {} modified ({} cells)",
            self.unchanged, self.added, self.removed, self.modified, self.cells
        )
    }
}

/// The comparison of two folders.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub tables: Vec<TableDiff>,
}

impl Report {
    pub fn differs(&self) -> bool {
        self.tables.iter().any(TableDiff::differs)
    }

    /// The summary written to `diff_summary.json`.
    pub fn summary_json(&self, old: &Path, new: &Path) -> serde_json::Value {
        let tables: Vec<serde_json::Value> = self
            .tables
            .iter()
            .map(|t| {
                let schema: Vec<serde_json::Value> = t
                    .schema_changes()
                    .map(|c| {
                        serde_json::json!({
                            "change": c.kind.as_str(),
                            "column": c.column,
                            "old": format_value(&c.old),
                            "new": format_value(&c.new),
                        })
                    })
                    .collect();
                serde_json::json!({
                    "table": t.table,
                    "key": t.key,
                    "unchanged": t.unchanged,
                    "added": t.added,
                    "removed": t.removed,
                    "modified": t.modified,
                    "cells": t.cells,
                    "schema_changes": schema,
                    "notes": t.notes,
                })
            })
            .collect();
        serde_json::json!({
            "old": old.display().to_string(),
            "new": new.display().to_string(),
            "float_relative_tolerance": REL_TOL,
            "differs": self.differs(),
            "tables": tables,
        })
    }
}

/// Are two cells the same value? See the module documentation for the rules.
pub fn same(a: &Value, b: &Value) -> bool {
    let num = |v: &Value| match v {
        Value::Int(i) => Some(*i as f64),
        Value::Float(f) => Some(*f),
        _ => None,
    };
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Null, _) | (_, Value::Null) => false,
        (Value::Int(x), Value::Int(y)) => x == y,
        _ => match (num(a), num(b)) {
            (Some(x), Some(y)) => close(x, y),
            _ => a == b || format_value(a) == format_value(b),
        },
    }
}

/// Floats equal within [`REL_TOL`] (NaN equals NaN: a missing measurement did not change).
pub fn close(x: f64, y: f64) -> bool {
    x == y || (x.is_nan() && y.is_nan()) || (x - y).abs() <= REL_TOL * x.abs().max(y.abs())
}

/// Compare every table of two output folders.
pub fn diff(old: &Path, new: &Path, opts: &Options) -> Result<Report, CrossError> {
    for dir in [old, new] {
        if !dir.is_dir() {
            return Err(CrossError::MissingDir(dir.to_path_buf()));
        }
    }
    let (old_pkg, new_pkg) = (folder_package(old)?, folder_package(new)?);
    let names = table_names(old, new, old_pkg.as_ref(), new_pkg.as_ref());
    for t in &opts.tables {
        if !names.contains(t) {
            return Err(CrossError::MissingTable { dir: new.to_path_buf(), table: t.clone() });
        }
    }
    let mut report = Report::default();
    for name in names.iter().filter(|n| opts.tables.is_empty() || opts.tables.contains(n)) {
        let schema = [&new_pkg, &old_pkg].into_iter().flatten().find_map(|p| p.table(name)).or(PACKAGE.table(name));
        let key = match &opts.key {
            Some(k) => k.clone(),
            None => schema.map(|t| t.primary_key.clone()).unwrap_or_default(),
        };
        let side = |dir: &Path| -> Result<Option<DataFrame>, CrossError> {
            find_table(dir, name).map(|f| load(dir, &f, schema, &key)).transpose()
        };
        let (a, b) = (side(old)?, side(new)?);
        let explicit = !opts.tables.is_empty();
        let missing: Vec<&String> =
            key.iter().filter(|k| [&a, &b].into_iter().flatten().any(|df| df.column(k).is_err())).collect();
        if key.is_empty() || !missing.is_empty() {
            let why = if key.is_empty() {
                "no primary key; give one with --key".to_string()
            } else {
                format!("no key column {}", missing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "))
            };
            if explicit {
                return Err(CrossError::Invalid { path: new.join(name), detail: why });
            }
            report.tables.push(TableDiff {
                table: name.clone(),
                key,
                notes: vec![format!("skipped: {why}")],
                ..TableDiff::default()
            });
            continue;
        }
        let td = compare(name, &key, a, b)
            .map_err(|e| CrossError::Invalid { path: new.join(name), detail: e.to_string() })?;
        report.tables.push(td);
    }
    Ok(report)
}

/// Tables to compare, in package order: those NEW's data package lists, then OLD's, then any
/// table of the embedded schema with a file in either folder.
fn table_names(old: &Path, new: &Path, old_pkg: Option<&Package>, new_pkg: Option<&Package>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let listed = [new_pkg, old_pkg].into_iter().flatten().flat_map(|p| p.tables.iter().map(|t| t.name.clone()));
    let known = PACKAGE.tables.iter().map(|t| t.name.clone());
    for n in listed.chain(known) {
        if !names.contains(&n) && (find_table(old, &n).is_some() || find_table(new, &n).is_some()) {
            names.push(n);
        }
    }
    names
}

/// Read one side of a table, adding key columns that come from `documents`.
fn load(dir: &Path, file: &TableFile, schema: Option<&Table>, key: &[String]) -> Result<DataFrame, CrossError> {
    let mut df = read(file, schema)?;
    let derivable = ["region", "report_year"];
    let wanted: Vec<&String> =
        key.iter().filter(|k| df.column(k).is_err() && derivable.contains(&k.as_str())).collect();
    if wanted.is_empty() || df.column("doc_id").is_err() {
        return Ok(df);
    }
    let invalid = |e: PolarsError| CrossError::Invalid { path: file.path.clone(), detail: e.to_string() };
    let docs = document_regions(dir)?;
    let ids = column_values(docs.column("doc_id").map_err(invalid)?).map_err(invalid)?;
    let rows = column_values(df.column("doc_id").map_err(invalid)?).map_err(invalid)?;
    for k in wanted {
        let vals = column_values(docs.column(k).map_err(invalid)?).map_err(invalid)?;
        let by_doc: HashMap<String, Value> = ids.iter().map(format_value).zip(vals).collect();
        let col: Vec<Value> =
            rows.iter().map(|d| by_doc.get(&format_value(d)).cloned().unwrap_or(Value::Null)).collect();
        let series = match k.as_str() {
            "report_year" => Column::new(
                k.into(),
                col.iter().map(|v| if let Value::Int(i) = v { Some(*i) } else { None }).collect::<Vec<_>>(),
            ),
            _ => Column::new(
                k.into(),
                col.iter().map(|v| if let Value::Str(s) = v { Some(s.clone()) } else { None }).collect::<Vec<_>>(),
            ),
        };
        df.with_column(series).map_err(invalid)?;
    }
    Ok(df)
}

/// Column names and Frictionless type names of a frame (internal columns left out).
fn layout(df: &DataFrame) -> Vec<(String, String)> {
    df.columns().iter().map(|c| (c.name().to_string(), type_name(c.dtype()))).collect()
}

/// The display keys of a frame's rows (values joined by `|`, `#n` for the n-th repeat) and
/// the occurrence numbers used to pair repeated keys.
fn keys_of(df: &DataFrame, key: &[String]) -> PolarsResult<(Vec<String>, Vec<i64>, usize)> {
    let cols: Vec<Vec<Value>> =
        key.iter().map(|k| df.column(k).and_then(column_values)).collect::<PolarsResult<_>>()?;
    let mut seen: HashMap<String, i64> = HashMap::new();
    let (mut shown, mut occ, mut repeats) = (Vec::with_capacity(df.height()), Vec::with_capacity(df.height()), 0);
    for i in 0..df.height() {
        let k = cols.iter().map(|c| format_value(&c[i])).collect::<Vec<_>>().join("|");
        let n = seen.entry(k.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            repeats += 1;
        }
        shown.push(if *n > 1 { format!("{k}#{n}") } else { k });
        occ.push(*n);
    }
    Ok((shown, occ, repeats))
}

/// Compare one table; `None` is a version without the table.
fn compare(name: &str, key: &[String], old: Option<DataFrame>, new: Option<DataFrame>) -> PolarsResult<TableDiff> {
    let mut td = TableDiff { table: name.to_string(), key: key.to_vec(), ..TableDiff::default() };
    let (old, new) = match (old, new) {
        (Some(o), Some(n)) => (o, n),
        (only_old, only_new) => {
            let (df, kind, row_kind) = match (only_old, only_new) {
                (Some(o), None) => (o, ChangeKind::TableRemoved, ChangeKind::Removed),
                (None, Some(n)) => (n, ChangeKind::TableAdded, ChangeKind::Added),
                _ => return Ok(td),
            };
            td.changes.push(Change { key: String::new(), kind, column: None, old: Value::Null, new: Value::Null });
            let (keys, _, _) = keys_of(&df, key)?;
            for k in keys {
                td.changes.push(Change { key: k, kind: row_kind, column: None, old: Value::Null, new: Value::Null });
            }
            *(if row_kind == ChangeKind::Added { &mut td.added } else { &mut td.removed }) = df.height();
            return Ok(td);
        }
    };
    // Schema: columns dropped, added, retyped (in OLD's order, then NEW's new columns).
    let (lo, ln) = (layout(&old), layout(&new));
    let type_in = |l: &[(String, String)], c: &str| l.iter().find(|(n, _)| n == c).map(|(_, t)| t.clone());
    let mut common = Vec::new();
    for (c, t) in &lo {
        match type_in(&ln, c) {
            None => td.changes.push(schema_change(ChangeKind::ColumnDropped, c, Value::Str(t.clone()), Value::Null)),
            Some(tn) => {
                if &tn != t {
                    td.changes.push(schema_change(ChangeKind::ColumnRetyped, c, Value::Str(t.clone()), Value::Str(tn)));
                }
                if !key.contains(c) {
                    common.push(c.clone());
                }
            }
        }
    }
    for (c, t) in &ln {
        if type_in(&lo, c).is_none() {
            td.changes.push(schema_change(ChangeKind::ColumnAdded, c, Value::Null, Value::Str(t.clone())));
        }
    }
    // Key columns must have one type on both sides to join: text when they disagree.
    let (mut old, mut new) = (old, new);
    for k in key {
        if old.column(k)?.dtype() != new.column(k)?.dtype() {
            let (a, b) = (old.column(k)?.cast(&DataType::String)?, new.column(k)?.cast(&DataType::String)?);
            old.with_column(a)?;
            new.with_column(b)?;
        }
    }
    let (old_keys, old_occ, old_rep) = keys_of(&old, key)?;
    let (new_keys, new_occ, new_rep) = keys_of(&new, key)?;
    if old_rep + new_rep > 0 {
        td.notes.push(format!(
            "key not unique ({old_rep} repeated rows in OLD, {new_rep} in NEW): repeats paired in file order"
        ));
    }
    let with_marks = |df: DataFrame, keys: Vec<String>, occ: Vec<i64>, side: &str| -> PolarsResult<LazyFrame> {
        let mut df = df;
        df.with_column(Column::new("__occ".into(), occ))?;
        df.with_column(Column::new(format!("__key_{side}").into(), keys))?;
        Ok(df.lazy().with_column(lit(true).alias(format!("__in_{side}"))))
    };
    let on: Vec<Expr> = key.iter().map(|k| col(k.as_str())).chain([col("__occ")]).collect();
    let args =
        JoinArgs::new(JoinType::Full).with_coalesce(JoinCoalesce::CoalesceColumns).with_suffix(Some("__new".into()));
    let mut args = args;
    args.nulls_equal = true;
    let mut sort_by: Vec<PlSmallStr> = key.iter().map(|k| k.as_str().into()).collect();
    sort_by.push("__occ".into());
    let joined = with_marks(old, old_keys, old_occ, "old")?
        .join(with_marks(new, new_keys, new_occ, "new")?, on.clone(), on, args)
        .sort(sort_by, SortMultipleOptions::default().with_maintain_order(true))
        .collect()?;
    let cells = |name: &str| joined.column(name).and_then(column_values);
    let (in_old, in_new) = (cells("__in_old")?, cells("__in_new")?);
    let (key_old, key_new) = (cells("__key_old")?, cells("__key_new")?);
    let pairs: Vec<(String, Vec<Value>, Vec<Value>)> =
        common.iter().map(|c| Ok((c.clone(), cells(c)?, cells(&format!("{c}__new"))?))).collect::<PolarsResult<_>>()?;
    for i in 0..joined.height() {
        let shown = |v: &Value| format_value(v);
        match (&in_old[i], &in_new[i]) {
            (Value::Null, _) => {
                td.added += 1;
                td.changes.push(Change {
                    key: shown(&key_new[i]),
                    kind: ChangeKind::Added,
                    column: None,
                    old: Value::Null,
                    new: Value::Null,
                });
            }
            (_, Value::Null) => {
                td.removed += 1;
                td.changes.push(Change {
                    key: shown(&key_old[i]),
                    kind: ChangeKind::Removed,
                    column: None,
                    old: Value::Null,
                    new: Value::Null,
                });
            }
            _ => {
                let before = td.cells;
                for (c, a, b) in &pairs {
                    if !same(&a[i], &b[i]) {
                        td.cells += 1;
                        td.changes.push(Change {
                            key: shown(&key_new[i]),
                            kind: ChangeKind::Modified,
                            column: Some(c.clone()),
                            old: a[i].clone(),
                            new: b[i].clone(),
                        });
                    }
                }
                if td.cells > before {
                    td.modified += 1;
                } else {
                    td.unchanged += 1;
                }
            }
        }
    }
    Ok(td)
}

fn schema_change(kind: ChangeKind, column: &str, old: Value, new: Value) -> Change {
    Change { key: String::new(), kind, column: Some(column.to_string()), old, new }
}

/// The layout of `changes.csv` (long format), written with the same CSV writer as the tables.
pub fn changes_table() -> Table {
    let field = |name: &str| crate::schema::Field {
        name: name.to_string(),
        ty: crate::schema::FieldType::String,
        required: false,
        enumeration: None,
    };
    Table {
        name: "changes".into(),
        fields: ["table", "key", "change", "column", "old", "new"].map(field).to_vec(),
        primary_key: vec![],
    }
}

/// The rows of `changes.csv`: table, key, change, column, old, new (values as in CSV).
pub fn changes_rows(report: &Report) -> Vec<Vec<Value>> {
    let text = |s: String| if s.is_empty() { Value::Null } else { Value::Str(s) };
    report
        .tables
        .iter()
        .flat_map(|t| {
            t.changes.iter().map(move |c| {
                vec![
                    Value::Str(t.table.clone()),
                    text(c.key.clone()),
                    Value::Str(c.kind.as_str().into()),
                    c.column.clone().map_or(Value::Null, Value::Str),
                    text(format_value(&c.old)),
                    text(format_value(&c.new)),
                ]
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_compare_by_type_with_a_float_tolerance() {
        assert!(same(&Value::Float(0.1 + 0.2), &Value::Float(0.3)));
        assert!(!same(&Value::Float(8.8), &Value::Float(8.9)));
        assert!(same(&Value::Float(3.104e10), &Value::Float(3.104e10 * (1.0 + 1e-12))));
        assert!(!same(&Value::Float(3.104e10), &Value::Float(3.104e10 * (1.0 + 1e-8))));
        assert!(same(&Value::Null, &Value::Null));
        assert!(!same(&Value::Null, &Value::Str(String::new())));
        assert!(same(&Value::Int(1), &Value::Float(1.0)));
        assert!(!same(&Value::Int(1), &Value::Float(2.0)));
        assert!(same(&Value::Int(7), &Value::Str("7".into())));
        assert!(!same(&Value::Str("a".into()), &Value::Str("b".into())));
        assert!(same(&Value::Bool(true), &Value::Bool(true)));
    }

    fn frame(ids: &[i64], vals: &[f64]) -> DataFrame {
        DataFrame::new_infer_height(vec![
            Column::new("id".into(), ids.to_vec()),
            Column::new("v".into(), vals.to_vec()),
        ])
        .unwrap()
    }

    #[test]
    fn repeated_keys_pair_in_file_order() {
        let old = frame(&[1, 1, 2], &[1.0, 2.0, 3.0]);
        let new = frame(&[1, 1, 1, 2], &[1.0, 5.0, 6.0, 3.0]);
        let td = compare("t", &["id".to_string()], Some(old), Some(new)).unwrap();
        assert_eq!((td.unchanged, td.added, td.removed, td.modified, td.cells), (2, 1, 0, 1, 1));
        let m: Vec<&Change> = td.changes.iter().filter(|c| c.kind == ChangeKind::Modified).collect();
        assert_eq!(m[0].key, "1#2");
        assert_eq!((&m[0].old, &m[0].new), (&Value::Float(2.0), &Value::Float(5.0)));
        assert!(td.changes.iter().any(|c| c.kind == ChangeKind::Added && c.key == "1#3"));
        assert_eq!(td.notes.len(), 1);
    }

    #[test]
    fn a_table_on_one_side_only_is_all_added() {
        let td = compare("t", &["id".to_string()], None, Some(frame(&[1, 2], &[1.0, 2.0]))).unwrap();
        assert_eq!(td.added, 2);
        assert_eq!(td.changes[0].kind, ChangeKind::TableAdded);
        assert!(td.differs());
    }
}
