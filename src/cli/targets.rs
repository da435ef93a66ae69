//! `gwr targets`: targets for a year against the results reported for it. (Issue 5.)

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use gwr::cross::targets;
use gwr::sink::{self, Format, WriteOptions};

const AFTER: &str = "\
Reads indicators and documents (Parquet, or CSV when there is no Parquet) from the output
folder of `gwr extract` and writes the table `targets` (CSV and/or Parquet) and adds it to
that folder's datapackage.json.

A target for year Y (status target, period_end Y, from a report of year Y or earlier, e.g. a
five-year plan) is joined with the actual for Y (status actual, period_end Y, from a later
report, usually that of Y+1) of the same region, indicator and measure. Regions are folded
through dict/regions.tsv (宁夏 = 宁夏回族自治区). A target without an indicator code pairs only
with an actual of the identical subject (match = subject). Among several actuals the first
wins: same period as the target, single-year, same unit_base, report nearest to Y+1, then
doc_id and char_start.

met: at_least: actual >= target; at_most: actual <= target; exact: equal at the precision the
target is written with (21% covers 20.5-21.5, 7.5% covers 7.45-7.55, 240亿元 covers
239.5-240.5亿元); approx: that, widened to at least ±0.5 percentage point for rates (%) and
±5% of the target otherwise. Empty (null) when no actual was found or the base units differ.
gap = actual - target, in the base unit.

Examples:
  gwr targets                    output/ -> output/targets.csv, output/targets.parquet
  gwr targets data/ -o cross/ --format csv";

/// Join each target for year Y with the actual reported for Y.
#[derive(clap::Args)]
#[command(after_help = AFTER)]
pub struct Args {
    /// Output folder of `gwr extract`
    #[arg(default_value = "output")]
    dir: PathBuf,
    /// Where to write targets.csv / targets.parquet [default: the input folder]
    #[arg(short, long, value_name = "DIR")]
    output: Option<PathBuf>,
    /// Formats to write, comma-separated: csv, parquet
    #[arg(long, value_delimiter = ',', default_value = "csv,parquet", value_parser = parse_format)]
    format: Vec<Format>,
    /// Write CSV without the UTF-8 byte-order mark
    #[arg(long)]
    no_bom: bool,
    /// Print nothing but errors
    #[arg(short, long)]
    quiet: bool,
}

fn parse_format(s: &str) -> Result<Format, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "csv" => Ok(Format::Csv),
        "parquet" | "pq" => Ok(Format::Parquet),
        other => Err(format!("unknown format {other:?}; use csv or parquet")),
    }
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(a.dir.is_dir(), "output folder {} does not exist", a.dir.display());
    let out = a.output.clone().unwrap_or_else(|| a.dir.clone());
    std::fs::create_dir_all(&out).with_context(|| format!("cannot create {}", out.display()))?;
    let rows = targets::compute(&a.dir)?;
    let tally = targets::tally(&rows);
    let mut formats = a.format.clone();
    formats.dedup();
    let opts = WriteOptions { bom: !a.no_bom, ..WriteOptions::default() };
    sink::write_table(&out, gwr::schema::table("targets"), rows, &formats, &opts)?;
    sink::datapackage::add(&out, &["targets"])?;
    if !a.quiet {
        eprintln!(
            "gwr: targets: {} rows, {} with an actual ({} met, {} not met, {} not comparable) -> {}",
            tally.rows,
            tally.with_actual,
            tally.met,
            tally.not_met,
            tally.with_actual - tally.met - tally.not_met,
            out.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
