//! One integration test binary (as in ripgrep): every test runs the real `gwr` binary on
//! real files and reads what it wrote.

mod util;

mod browser;
mod cli;
mod codes;
mod decode;
#[cfg(feature = "polars")]
mod diff;
mod documents;
mod eval;
mod glossary;
mod golden;
mod heldout;
mod hostile;
mod indicators;
mod inputs;
mod layers;
mod periods;
mod projects;
mod regressions;
mod report;
mod robust;
mod schema;
mod scorecard;
mod sections;
mod subjects;
#[cfg(feature = "polars")]
mod targets;
mod writers;
