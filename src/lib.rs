//! gwr turns Chinese government work reports (政府工作报告) into audited tables.
//!
//! The pipeline is the architecture, and the modules follow it:
//!
//! ```text
//! source (find files, decode bytes)  ->  stages (segment, recognise, link, normalise)
//!        ->  model (typed rows)      ->  sink (CSV, Parquet, datapackage.json, run.json)
//! ```
//!
//! `schema` loads `schemas/datapackage.json`, the single source of truth for column names,
//! types and order; every writer derives its layout from it. `dict` loads the word lists the
//! stages use (units, counters, qualifiers, indicator aliases, section cues, regions).

pub mod dict;
pub mod error;
pub mod eval;
pub mod model;
pub mod pipeline;
pub mod report;
pub mod schema;
pub mod sink;
pub mod source;
pub mod stages;
pub mod text;

/// The version written into run.json and Parquet footers.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
#[cfg(feature = "polars")]
pub mod cross;
