//! `gwr eval`: score an output folder against hand-checked gold tables.

use std::path::PathBuf;
use std::process::ExitCode;

/// Score extracted tables against gold (precision, recall and F1 per table and per field).
#[derive(clap::Args)]
pub struct Args {
    /// Folder of gold CSV files (documents.csv, indicators.csv, …).
    #[arg(long)]
    gold: PathBuf,
    /// Output folder of `gwr extract` to score.
    #[arg(default_value = "output")]
    output: PathBuf,
}

pub fn run(_a: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("gwr eval is not implemented yet")
}
