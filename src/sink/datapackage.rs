//! `output/datapackage.json`: the embedded package, limited to the tables written, so that
//! `frictionless validate output/datapackage.json` checks the CSV files against the schema.

use std::path::Path;

use crate::error::RunError;
use crate::schema::PACKAGE;

/// Write the data package describing `tables` into `dir`.
pub fn write(dir: &Path, tables: &[&str]) -> Result<(), RunError> {
    let mut json = PACKAGE.for_output(tables);
    // Record which tool wrote the folder; a custom property that validators ignore.
    json["gwr:version"] = serde_json::Value::String(crate::VERSION.to_string());
    let mut text = serde_json::to_string_pretty(&json).map_err(|e| RunError::Schema(e.to_string()))?;
    text.push('\n');
    super::atomic::write_all(&dir.join("datapackage.json"), text.as_bytes())
}

/// Add `tables` to the data package of `dir`, keeping the tables it already lists (used by
/// `gwr targets`, which writes its table into a folder `gwr extract` described). A missing or
/// unreadable package is started afresh.
pub fn add(dir: &Path, tables: &[&str]) -> Result<(), RunError> {
    let mut names: Vec<String> = std::fs::read_to_string(dir.join("datapackage.json"))
        .ok()
        .and_then(|t| crate::schema::Package::parse(&t).ok())
        .map(|p| p.tables.into_iter().map(|t| t.name).collect())
        .unwrap_or_default();
    for t in tables {
        if !names.iter().any(|n| n == t) {
            names.push((*t).to_string());
        }
    }
    write(dir, &names.iter().map(String::as_str).collect::<Vec<_>>())
}
