//! Scoring an output folder against hand-checked gold tables (`gwr eval`).
//!
//! The numbers here are what the project promises (issue 3 and 4 targets), so the rules are
//! spelled out once, in this module, and tests call it directly:
//!
//! ```no_run
//! let card = gwr::eval::score_dirs("tests/gold/cq-dadukou-2022".as_ref(), "output".as_ref())?;
//! assert!(card.get("indicators.span_f1").unwrap() >= 0.97, "{}", card.errors(20));
//! # Ok::<(), gwr::eval::EvalError>(())
//! ```
//!
//! Only the documents that appear in the gold are scored, so a gold folder for one report can
//! score a run over the whole corpus.
//!
//! Rows are matched per table:
//! - `indicators`: overlapping spans (same doc_id), one to one, greedily by the largest overlap
//!   and then by position. Partial overlaps count as matches (span boundaries are scored
//!   separately as `span_exact`), so that a unit left out of the span is not also counted as a
//!   missing and a spurious row.
//! - `projects`: overlapping spans whose names agree with a character F1 of at least 0.8.
//! - `sections`: equal (doc_id, level, heading); `glossary`: equal (doc_id, term);
//!   `documents`: equal doc_id. Repeated keys pair in file order.
//!
//! Metric keys are `<table>.<metric>`, listed by [`known_keys`]. Every table has `precision`
//! (matched / output rows), `recall` (matched / gold rows) and `f1`; for `indicators` these are
//! also reachable as `span_precision`, `span_recall`, `span_f1`. A field metric is the share of
//! matched rows on which gold and output agree (nulls agree with nulls): `Number` columns within
//! a relative tolerance of 1e-6, `Integer` columns as numbers (`101` = `101.0`), other columns
//! as exact text; several columns (`period` = period_start and period_end) agree only together.
//! `indicators.subject_f1` is the mean over matched rows of the multiset character F1 of the
//! subjects (null vs null 1, null vs text 0). `indicators.indicator_{precision,recall,f1}`
//! score the indicator code on matched rows: a true positive is an output code equal to a
//! non-null gold code, a false positive any other non-null output code, a false negative a
//! non-null gold code not reproduced.
//!
//! Empty denominators: precision with no output rows and recall with no gold rows are 1 (there
//! was nothing to get wrong); F1 is `2TP / (2TP + FP + FN)`, 1 when both sides are empty. Field
//! metrics with no matched rows are `None` (not measured) and fail any `--min`.

mod load;
mod report;
mod score;

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use load::Rows;
pub use score::char_f1;

/// Why a scoring could not be done. Each names the file or folder at fault.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("gold folder {0} does not exist or is not a folder")]
    MissingGoldDir(PathBuf),
    #[error("output folder {0} does not exist or is not a folder")]
    MissingOutputDir(PathBuf),
    #[error("gold folder {0} has none of documents.csv, sections.csv, indicators.csv, projects.csv, glossary.csv")]
    NoGoldTables(PathBuf),
    #[error("gold file {0} does not exist (asked for with --table)")]
    MissingGoldTable(PathBuf),
    #[error("output file {0} does not exist (the gold has this table)")]
    MissingOutputTable(PathBuf),
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("invalid CSV in {path}: {source}")]
    Csv { path: PathBuf, source: csv::Error },
    #[error("{path} has no column {column}")]
    MissingColumn { path: PathBuf, column: String },
    #[error("{path}, line {line}, column {column}: {value:?} is not a number")]
    BadNumber { path: PathBuf, line: u64, column: String, value: String },
    #[error("unknown metric {0:?} (see `gwr eval --help` for the keys)")]
    UnknownMetric(String),
    #[error("invalid threshold {0:?}: expected KEY=VALUE with VALUE a number, e.g. indicators.span_f1=0.97")]
    BadThreshold(String),
}

/// A table of the dataset that can be scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Table {
    Documents,
    Sections,
    Indicators,
    Projects,
    Glossary,
}

impl Table {
    /// In the contract's order, which is also the scorecard's.
    pub const ALL: [Table; 5] =
        [Table::Documents, Table::Sections, Table::Indicators, Table::Projects, Table::Glossary];

    pub fn name(self) -> &'static str {
        match self {
            Table::Documents => "documents",
            Table::Sections => "sections",
            Table::Indicators => "indicators",
            Table::Projects => "projects",
            Table::Glossary => "glossary",
        }
    }

    /// The CSV file of this table in a gold or output folder.
    pub fn file(self, dir: &Path) -> PathBuf {
        dir.join(format!("{}.csv", self.name()))
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Table {
    type Err = String;
    fn from_str(s: &str) -> Result<Table, String> {
        Table::ALL
            .into_iter()
            .find(|t| t.name() == s.trim())
            .ok_or_else(|| format!("unknown table {s:?}; use one of {}", Table::ALL.map(Table::name).join(", ")))
    }
}

/// How a metric's value is computed, for the scorecard's `n` column and the JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricKind {
    /// numerator = matches, denominator = rows (output rows for precision, gold for recall).
    Precision,
    Recall,
    /// numerator = 2·TP, denominator = 2·TP + FP + FN.
    F1,
    /// numerator = agreeing matched rows, denominator = matched rows.
    Accuracy,
    /// numerator = sum of per-row F1, denominator = matched rows.
    MeanF1,
}

/// One number of the scorecard.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Metric {
    pub name: String,
    pub kind: MetricKind,
    /// `None` when nothing was there to measure (a field metric with no matched rows).
    pub value: Option<f64>,
    pub numerator: f64,
    pub denominator: usize,
}

/// A row of one side that the other side lacks, or whose field disagrees: enough to find it
/// in the text (doc_id, span) and read it (surface/name/heading/term, and the sentence).
#[derive(Debug, Clone)]
pub struct Example {
    pub doc_id: String,
    pub char_start: Option<i64>,
    pub char_end: Option<i64>,
    /// The row's own text: surface (indicators), name (projects), heading, term, or doc_id.
    pub text: String,
    pub sentence: Option<String>,
}

/// A matched pair that disagrees on one field.
#[derive(Debug, Clone)]
pub struct Mismatch {
    /// The metric it counts against (`period`, `subject_f1`, `indicator_f1`, …).
    pub metric: String,
    pub gold: String,
    pub output: String,
    /// The gold row.
    pub row: Example,
}

/// The scores of one table.
#[derive(Debug, Clone)]
pub struct TableScore {
    pub table: Table,
    pub gold_rows: usize,
    pub output_rows: usize,
    pub matched: usize,
    pub metrics: Vec<Metric>,
    /// Gold rows with no output row, in file order.
    pub unmatched_gold: Vec<Example>,
    /// Output rows with no gold row, in file order.
    pub spurious: Vec<Example>,
    /// Field disagreements of matched rows, in gold order.
    pub mismatches: Vec<Mismatch>,
}

impl TableScore {
    /// A metric of this table by name (`f1`, `period`, …; `span_f1` for indicators).
    pub fn get(&self, metric: &str) -> Option<f64> {
        let metric = self.resolve(metric);
        self.metrics.iter().find(|m| m.name == metric).and_then(|m| m.value)
    }

    fn resolve<'a>(&self, metric: &'a str) -> &'a str {
        match (self.table, metric) {
            (Table::Indicators, "span_precision") => "precision",
            (Table::Indicators, "span_recall") => "recall",
            (Table::Indicators, "span_f1") => "f1",
            _ => metric,
        }
    }
}

/// The scores of every table present in the gold.
#[derive(Debug, Clone)]
pub struct Scorecard {
    pub gold: PathBuf,
    pub output: PathBuf,
    /// The documents scored: those that appear in any gold table.
    pub doc_ids: Vec<String>,
    pub tables: Vec<TableScore>,
}

impl Scorecard {
    /// A metric by key, `indicators.span_f1` or `projects.stage`. `None` for a table that was
    /// not scored, an unknown key, or a metric with nothing to measure.
    pub fn get(&self, key: &str) -> Option<f64> {
        let (table, metric) = key.split_once('.')?;
        let table: Table = table.parse().ok()?;
        self.table(table)?.get(metric)
    }

    /// The scores of one table, if the gold has it.
    pub fn table(&self, table: Table) -> Option<&TableScore> {
        self.tables.iter().find(|t| t.table == table)
    }

    /// Every metric as (`table.metric`, value), in scorecard order.
    pub fn metrics(&self) -> Vec<(String, Option<f64>)> {
        self.tables
            .iter()
            .flat_map(|t| t.metrics.iter().map(move |m| (format!("{}.{}", t.table, m.name), m.value)))
            .collect()
    }

    /// The thresholds that are not met (a metric below its minimum, or not measured, which
    /// includes a misspelt key). Takes `Threshold`s or `(key, min)` pairs:
    /// `card.shortfalls([("indicators.span_precision", 0.97), ("projects.stage", 0.85)])`.
    pub fn shortfalls<T: Into<Threshold>>(&self, mins: impl IntoIterator<Item = T>) -> Vec<Shortfall> {
        mins.into_iter()
            .map(Into::into)
            .filter_map(|t| {
                let value = self.get(&t.key);
                (value.is_none_or(|v| v < t.min)).then_some(Shortfall { key: t.key, min: t.min, value })
            })
            .collect()
    }

    /// The scorecard as a Markdown table (to paste into the README).
    pub fn markdown(&self) -> String {
        report::markdown(self)
    }

    /// The first `n` unmatched gold rows, spurious output rows and field mismatches of each
    /// table, as text: what to read to improve the extraction (also handy in assert messages).
    pub fn errors(&self, n: usize) -> String {
        report::errors(self, n)
    }

    /// The numbers as JSON: a flat `metrics` map (`"indicators.f1": 0.98`) and, per table,
    /// row counts and each metric with its numerator and denominator.
    pub fn to_json(&self) -> serde_json::Value {
        report::json(self)
    }
}

/// A minimum for one metric (`--min indicators.span_f1=0.97`).
#[derive(Debug, Clone, PartialEq)]
pub struct Threshold {
    pub key: String,
    pub min: f64,
}

impl From<(&str, f64)> for Threshold {
    fn from((key, min): (&str, f64)) -> Threshold {
        Threshold { key: key.to_string(), min }
    }
}

impl From<&Threshold> for Threshold {
    fn from(t: &Threshold) -> Threshold {
        t.clone()
    }
}

impl FromStr for Threshold {
    type Err = EvalError;
    fn from_str(s: &str) -> Result<Threshold, EvalError> {
        let (key, value) = s.split_once('=').ok_or_else(|| EvalError::BadThreshold(s.to_string()))?;
        let key = key.trim();
        let min = load::number(value).ok_or_else(|| EvalError::BadThreshold(s.to_string()))?;
        if !known_keys().iter().any(|k| k == key) {
            return Err(EvalError::UnknownMetric(key.to_string()));
        }
        Ok(Threshold { key: key.to_string(), min })
    }
}

/// A threshold that is not met.
#[derive(Debug, Clone, PartialEq)]
pub struct Shortfall {
    pub key: String,
    pub min: f64,
    /// `None`: the metric was not measured (table absent from the gold, or no matched rows).
    pub value: Option<f64>,
}

impl fmt::Display for Shortfall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.value {
            Some(v) => write!(f, "{} = {v:.4} is below the minimum {}", self.key, self.min),
            None => write!(f, "{} was not measured (minimum {})", self.key, self.min),
        }
    }
}

/// Every metric key a scorecard can hold (aliases included), for validating `--min`.
pub fn known_keys() -> Vec<String> {
    let mut keys = Vec::new();
    for t in Table::ALL {
        keys.extend(score::metric_names(t).into_iter().map(|m| format!("{t}.{m}")));
        if t == Table::Indicators {
            keys.extend(["span_precision", "span_recall", "span_f1"].map(|m| format!("{t}.{m}")));
        }
    }
    keys
}

/// Score every table the gold folder has against the output folder.
pub fn score_dirs(gold: &Path, output: &Path) -> Result<Scorecard, EvalError> {
    score_tables(gold, output, &[])
}

/// Score only `tables` (all the gold has when empty). A table asked for must exist in the
/// gold; a table the gold has must exist in the output.
pub fn score_tables(gold: &Path, output: &Path, tables: &[Table]) -> Result<Scorecard, EvalError> {
    if !gold.is_dir() {
        return Err(EvalError::MissingGoldDir(gold.to_path_buf()));
    }
    if !output.is_dir() {
        return Err(EvalError::MissingOutputDir(output.to_path_buf()));
    }
    let present: Vec<Table> = Table::ALL.into_iter().filter(|t| t.file(gold).is_file()).collect();
    if present.is_empty() {
        return Err(EvalError::NoGoldTables(gold.to_path_buf()));
    }
    if let Some(t) = tables.iter().find(|t| !present.contains(t)) {
        return Err(EvalError::MissingGoldTable(t.file(gold)));
    }
    // Every gold file takes part in choosing the documents, also when --table limits the
    // tables scored: a document whose gold glossary is empty still has its glossary scored.
    let mut gold_rows = Vec::new();
    for &t in &present {
        gold_rows.push((t, Rows::read(&t.file(gold), t, None)?));
    }
    let docs: BTreeSet<String> =
        gold_rows.iter().flat_map(|(_, r)| r.doc_ids().map(String::from).collect::<Vec<_>>()).collect();
    let mut scores = Vec::new();
    for (t, g) in gold_rows {
        if !tables.is_empty() && !tables.contains(&t) {
            continue;
        }
        let path = t.file(output);
        if !path.is_file() {
            return Err(EvalError::MissingOutputTable(path));
        }
        let o = Rows::read(&path, t, Some(&docs))?;
        scores.push(score::score(t, g, o)?);
    }
    Ok(Scorecard {
        gold: gold.to_path_buf(),
        output: output.to_path_buf(),
        doc_ids: docs.into_iter().collect(),
        tables: scores,
    })
}
