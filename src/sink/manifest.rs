//! `output/run.json`: what a run read and wrote, for audit trails and CI logs.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::error::RunError;

#[derive(Debug, Serialize)]
pub struct InputEntry {
    pub doc_id: String,
    pub path: String,
    pub sha256: String,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Manifest {
    pub gwr_version: String,
    pub schema_version: String,
    pub inputs: Vec<InputEntry>,
    /// Files under the input paths that gwr does not read, with why.
    pub skipped: Vec<SkippedEntry>,
    pub rows: BTreeMap<String, u64>,
    pub documents: BTreeMap<String, u64>,
    pub elapsed_seconds: f64,
    /// With `gwr extract --timings`: throughput and the time per stage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timings: Option<TimingsEntry>,
}

/// Throughput of a run and where its time went.
#[derive(Debug, Serialize)]
pub struct TimingsEntry {
    /// Worker threads extracting files (the writing thread comes on top).
    pub threads: usize,
    pub wall_seconds: f64,
    pub input_bytes: u64,
    /// Input megabytes (10^6 bytes, as read from disk) per second of wall-clock time.
    pub input_mb_per_s: f64,
    pub reports_per_s: f64,
    /// Seconds per stage, summed over documents and threads, in pipeline order.
    pub stages: Vec<StageSeconds>,
}

#[derive(Debug, Serialize)]
pub struct StageSeconds {
    pub stage: String,
    pub seconds: f64,
}

#[derive(Debug, Serialize)]
pub struct SkippedEntry {
    pub path: String,
    pub reason: String,
}

pub fn write(dir: &Path, m: &Manifest) -> Result<(), RunError> {
    let mut text = serde_json::to_string_pretty(m).map_err(|e| RunError::Schema(e.to_string()))?;
    text.push('\n');
    super::atomic::write_all(&dir.join("run.json"), text.as_bytes())
}
