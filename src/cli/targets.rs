//! `gwr targets`: targets for a year against the results reported for it. (Issue 5.)

use std::path::PathBuf;
use std::process::ExitCode;

/// Join each target for year Y with the actual reported for Y.
#[derive(clap::Args)]
pub struct Args {
    /// Output folder of `gwr extract`
    #[arg(default_value = "output")]
    dir: PathBuf,
}

pub fn run(_a: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("gwr targets is not implemented yet")
}
