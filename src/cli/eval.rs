//! `gwr eval`: score an output folder against hand-checked gold tables.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use gwr::eval::{self, Table, Threshold};

const AFTER: &str = "\
Only the documents present in the gold are scored, so a gold folder for one report can score
a run over the whole corpus. Tables scored: those of documents, sections, indicators, projects
and glossary that the gold folder has (each must then exist in OUTPUT).

Matching: indicators by overlapping spans (one to one, largest overlap first); projects by
overlapping spans whose names agree with character F1 >= 0.8; sections on (doc_id, level,
heading); glossary on (doc_id, term); documents on doc_id. Field metrics are the share of
matched rows that agree: numbers within a relative 1e-6, period as the pair (start, end).
indicators.subject_f1 is the mean character-overlap F1; indicators.indicator_f1 scores codes.

Metric keys (for --min and the JSON) are TABLE.METRIC, METRIC as printed in the scorecard:
precision, recall, f1 for every table (indicators also span_precision, span_recall, span_f1),
span_exact, and one per field (value_base, unit_base, measure, qualifier, period, status,
subject_f1, indicator_f1, stage, action, …).

Examples:
  gwr eval --gold tests/gold/cq-dadukou-2022 output
  gwr eval --gold tests/gold/cq-dadukou-2022 output --table indicators --show-errors 20
  gwr eval --gold tests/gold/cq-dadukou-2022 output --json score.json \\
      --min indicators.span_f1=0.97 --min projects.f1=0.85

Exit codes: 0 scored (and every --min met); 1 some --min not met; 2 usage error, or a missing
or invalid gold/output file (the message names it).";

/// Score extracted tables against gold (precision, recall and F1 per table and per field).
#[derive(clap::Args)]
#[command(after_help = AFTER)]
pub struct Args {
    /// Folder of gold CSV files (documents.csv, indicators.csv, …).
    #[arg(long)]
    gold: PathBuf,
    /// Output folder of `gwr extract` to score.
    #[arg(default_value = "output")]
    output: PathBuf,
    /// Score only these tables (repeat or comma-separate): documents, sections, indicators,
    /// projects, glossary
    #[arg(long = "table", value_name = "TABLE", value_delimiter = ',')]
    tables: Vec<Table>,
    /// Also write the numbers as JSON to this file
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// Exit 1 when a metric is below VALUE, e.g. indicators.span_f1=0.97 (repeatable)
    #[arg(long = "min", value_name = "KEY=VALUE")]
    mins: Vec<Threshold>,
    /// Also print the first N missed gold rows, spurious output rows and field mismatches of
    /// each table
    #[arg(long, value_name = "N")]
    show_errors: Option<usize>,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let card = eval::score_tables(&a.gold, &a.output, &a.tables)?;
    let mut out = std::io::stdout().lock();
    out.write_all(card.markdown().as_bytes())?;
    if let Some(n) = a.show_errors {
        out.write_all(card.errors(n).as_bytes())?;
    }
    out.flush()?;
    if let Some(path) = &a.json {
        let text = serde_json::to_string_pretty(&card.to_json())? + "\n";
        std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let short = card.shortfalls(&a.mins);
    for s in &short {
        eprintln!("gwr: eval: {s}");
    }
    Ok(if short.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
