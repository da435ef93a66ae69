//! Command-line interface: one file per subcommand.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[cfg(feature = "polars")]
mod diff;
mod eval;
mod extract;
mod report;
mod schema;
#[cfg(feature = "polars")]
mod targets;

const ABOUT: &str = "Turn Chinese government work reports (政府工作报告) into clean, audited tables.";

const AFTER_HELP: &str = "\
Examples:
  gwr extract                          read raw/, write output/ (CSV + Parquet)
  gwr extract reports/ -o data/ --format parquet
  gwr extract old.txt --encoding gbk   force an encoding for a file
  gwr schema                           print the data package (tables, columns, types)
  gwr eval --gold tests/gold/cq-dadukou-2022 output/
  gwr targets output/                  targets of year Y against results reported for Y
  gwr diff v1/ v2/ --exit-code         what changed between two dataset versions
  gwr report output/ -o site/          an offline HTML site to check every row against the text

Exit codes: 0 success; 1 some input file has status error (extract) or the datasets differ
(diff --exit-code); 2 usage error or a failure that stopped the run.";

#[derive(Parser)]
#[command(name = "gwr", version, about = ABOUT, after_help = AFTER_HELP, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Extract(extract::Args),
    Schema(schema::Args),
    Eval(eval::Args),
    #[cfg(feature = "polars")]
    Targets(targets::Args),
    #[cfg(feature = "polars")]
    Diff(diff::Args),
    Report(report::Args),
}

/// Parse arguments and run. Usage errors exit 2 (clap's own convention).
pub fn main() -> anyhow::Result<ExitCode> {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            e.print()?;
            return Ok(ExitCode::from(code));
        }
    };
    match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Schema(a) => schema::run(a),
        Command::Eval(a) => eval::run(a),
        #[cfg(feature = "polars")]
        Command::Targets(a) => targets::run(a),
        #[cfg(feature = "polars")]
        Command::Diff(a) => diff::run(a),
        Command::Report(a) => report::run(a),
    }
}
