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

Each target sets a band, in its base unit:
  exact     ± half a unit of the last digit written: 增长21% is 20.5-21.5, 增长7.5% is
            7.45-7.55, 240亿元 is 239.5-240.5亿元
  approx    (左右, 约) that, widened to at least ±0.5 percentage point for rates (%) and ±5% of
            the target otherwise: 5%左右 is 4.5-5.5
  at_least  (以上, 不低于) [target, ∞);  at_most (以内, 不超过) (-∞, target]
            (a bounded fall turns round: 能耗下降3%以上 is a change of -3% or lower)

outcome: where the actual falls against the band: below, within or above.
met: true within the band; outside it, true on the side the indicator should move to and
false on the other. GDP, income, investment, trade, revenue and jobs should go up; CPI,
unemployment, energy and carbon intensity and PM2.5 should go down (the direction column of
dict/indicator_codes.tsv, one per code). So:
  GDP growth 6.2% against 5%左右        outcome above, met true  (beat the target)
  GDP growth 4.1% against 5%左右        outcome below, met false
  CPI 0.2% against 3%左右               outcome below, met true  (prices held down)
  unemployment 5.6% against 5.5%以内    outcome above, met false
  a figure without a known direction above or below its band: met empty (null)
All three are empty when no actual was found or the base units differ.
gap = actual - target, in the base unit, to the decimals the two figures are written with.

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
            "gwr: targets: {} rows, {} with an actual ({} below, {} within, {} above the target; {} met, {} not met, {} unknown) -> {}",
            tally.rows,
            tally.with_actual,
            tally.below,
            tally.within,
            tally.above,
            tally.met,
            tally.not_met,
            tally.with_actual - tally.met - tally.not_met,
            out.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
