//! gwr turns Chinese government work reports (政府工作报告) into audited tables.
//!
//! The pipeline is the architecture, and the modules follow it:
//!
//! ```text
//! source (find files, decode bytes)  ->  stages (segment, recognise, link, normalise)
//!        ->  model (typed rows)      ->  sink (CSV, Parquet, datapackage.json, run.json)
//! ```
//!
//! Modules import downward only (checked by `tests/integration/layers.rs`): `lang` (the text,
//! characters, numerals, punctuation) and `vocab` (the enums of the enumerated columns) at the
//! bottom; `lexicon` (the word lists of `dict/` the stages use: units, counters, qualifiers,
//! indicator codes, section cues, regions …, read and checked once per run) and `model` (one
//! typed row per table) above them; then `stages`, in pipeline order; then `pipeline`, the
//! sinks and the commands. `schema` loads `schemas/datapackage.json`, the single source of
//! truth for column names, types and order; every writer derives its layout from it.

pub mod error;
pub mod eval;
pub mod lang;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod report;
pub mod schema;
pub mod sink;
pub mod source;
pub mod stages;
pub mod vocab;

/// The version written into run.json and Parquet footers.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
#[cfg(feature = "polars")]
pub mod cross;
