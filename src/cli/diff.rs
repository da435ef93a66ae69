//! `gwr diff`: compare two dataset versions. (Issue 5.)

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use gwr::cross::diff::{self, ChangeKind, Options};
use gwr::model::Value;
use gwr::sink::csv::format_value;
use gwr::sink::{self, Format, WriteOptions};

const AFTER: &str = "\
Tables are paired by name (Parquet read by preference, else CSV) and rows by key: the
primary key in the folder's datapackage.json (NEW's, else OLD's, else the built-in schema), or
--key for every table. Cells are compared by type; floats are equal within a relative 1e-9. A
column whose type changed is reported as a schema change and its cells compared as numbers
(both numeric) or as text, so 1 -> 1.0 is not a cell change.

Rows sharing a key (e.g. --key over two report years) pair in file order, the n-th with the
n-th; later ones show as KEY#n. With --key, region and report_year may come from documents
through doc_id (regions folded through dict/regions.tsv).

Printed: per table `N unchanged, N added, N removed, N modified (N cells)`, then the schema
changes, then the first cell changes as `table key: column old → new`. Written to -o DIR:
changes.csv (table, key, change, column, old, new; change is added, removed, modified,
column_added, column_dropped, column_retyped, table_added or table_removed) and
diff_summary.json (the counts and schema changes per table).

Examples:
  gwr diff v1/ v2/                                  what changed, written to ./diff/
  gwr diff v1/ v2/ --table indicators --exit-code   fail a CI step when indicators change
  gwr diff out2025/ out2026/ --table indicators \\
      --key region,indicator,measure,period_start,period_end,status

Exit codes: 0 compared (with --exit-code: no differences); 1 with --exit-code, something
differs; 2 usage error, a missing folder or an unreadable file (the message names it).";

/// Compare two output folders table by table.
#[derive(clap::Args)]
#[command(after_help = AFTER)]
pub struct Args {
    /// The older output folder
    old: PathBuf,
    /// The newer output folder
    new: PathBuf,
    /// Folder for changes.csv and diff_summary.json (created if missing)
    #[arg(short, long, value_name = "DIR", default_value = "diff")]
    output: PathBuf,
    /// Compare only these tables (repeat or comma-separate)
    #[arg(long = "table", value_name = "TABLE", value_delimiter = ',')]
    tables: Vec<String>,
    /// Key columns for every table, comma-separated, instead of the primary keys
    #[arg(long, value_name = "COLS", value_delimiter = ',')]
    key: Option<Vec<String>>,
    /// Exit 1 when anything differs
    #[arg(long)]
    exit_code: bool,
    /// Cell changes to print (all are in changes.csv)
    #[arg(long, value_name = "N", default_value_t = 20)]
    show: usize,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let opts = Options { tables: a.tables.clone(), key: a.key.clone() };
    let report = diff::diff(&a.old, &a.new, &opts)?;

    std::fs::create_dir_all(&a.output).with_context(|| format!("cannot create {}", a.output.display()))?;
    let wopts = WriteOptions::default();
    sink::write_table(&a.output, &diff::changes_table(), diff::changes_rows(&report), &[Format::Csv], &wopts)?;
    let mut json = serde_json::to_string_pretty(&report.summary_json(&a.old, &a.new))?;
    json.push('\n');
    sink::atomic::write_all(&a.output.join("diff_summary.json"), json.as_bytes())?;

    let mut out = std::io::stdout().lock();
    let width = report.tables.iter().map(|t| t.table.chars().count()).max().unwrap_or(0);
    for t in &report.tables {
        writeln!(out, "{:width$}  {}", t.table, t.counts())?;
        for n in &t.notes {
            writeln!(out, "{:width$}  note: {n}", "")?;
        }
    }
    let schema: Vec<String> = report
        .tables
        .iter()
        .flat_map(|t| t.schema_changes().map(move |c| (t, c)))
        .map(|(t, c)| {
            let col = c.column.as_deref().unwrap_or("");
            match c.kind {
                ChangeKind::TableAdded => format!("{}: table added", t.table),
                ChangeKind::TableRemoved => format!("{}: table removed", t.table),
                ChangeKind::ColumnAdded => format!("{}: column {col} added ({})", t.table, format_value(&c.new)),
                ChangeKind::ColumnDropped => format!("{}: column {col} dropped ({})", t.table, format_value(&c.old)),
                _ => format!("{}: column {col} retyped {} → {}", t.table, format_value(&c.old), format_value(&c.new)),
            }
        })
        .collect();
    if !schema.is_empty() {
        writeln!(out, "\nschema changes:")?;
        for s in &schema {
            writeln!(out, "  {s}")?;
        }
    }
    let cells: Vec<String> = report
        .tables
        .iter()
        .flat_map(|t| t.changes.iter().filter(|c| c.kind == ChangeKind::Modified).map(move |c| (t, c)))
        .map(|(t, c)| {
            format!(
                "{} {}: {} {} → {}",
                t.table,
                c.key,
                c.column.as_deref().unwrap_or(""),
                shown(&c.old),
                shown(&c.new)
            )
        })
        .collect();
    if !cells.is_empty() && a.show > 0 {
        writeln!(out, "\ncell changes (first {} of {}):", a.show.min(cells.len()), cells.len())?;
        for c in cells.iter().take(a.show) {
            writeln!(out, "  {c}")?;
        }
    }
    writeln!(
        out,
        "\nwrote {} and {}",
        a.output.join("changes.csv").display(),
        a.output.join("diff_summary.json").display()
    )?;
    Ok(if a.exit_code && report.differs() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// A cell for the terminal: null shown as such, text as is.
fn shown(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        other => format_value(other),
    }
}
