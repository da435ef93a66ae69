//! `gwr diff`: compare two dataset versions. (Issue 5.)

use std::path::PathBuf;
use std::process::ExitCode;

/// Compare two output folders table by table.
#[derive(clap::Args)]
pub struct Args {
    old: PathBuf,
    new: PathBuf,
}

pub fn run(_a: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("gwr diff is not implemented yet")
}
