//! The data package in `schemas/datapackage.json`: the single source of truth for table
//! names, column names, types and order. The CSV header, the Arrow schema of each Parquet
//! file and `output/datapackage.json` are all derived from it here.

use std::sync::{Arc, LazyLock};

use arrow_schema::{DataType, Field as ArrowField, Schema as ArrowSchema};
use serde_json::Value as Json;

use crate::error::RunError;

/// The data package, embedded at compile time.
pub const DATAPACKAGE_JSON: &str = include_str!("../schemas/datapackage.json");

/// A column type of Frictionless Table Schema, as gwr uses them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    String,
    Integer,
    Number,
    Date,
    Boolean,
}

impl FieldType {
    fn parse(s: &str) -> Result<FieldType, RunError> {
        Ok(match s {
            "string" => FieldType::String,
            "integer" => FieldType::Integer,
            "number" => FieldType::Number,
            "date" => FieldType::Date,
            "boolean" => FieldType::Boolean,
            other => return Err(RunError::Schema(format!("unsupported field type {other:?}"))),
        })
    }

    /// The Arrow type written to Parquet: plain Utf8 (not dictionary, not view), Int64,
    /// Float64, Date32, Boolean — what pandas, polars, DuckDB and R all read natively.
    pub fn arrow(self) -> DataType {
        match self {
            FieldType::String => DataType::Utf8,
            FieldType::Integer => DataType::Int64,
            FieldType::Number => DataType::Float64,
            FieldType::Date => DataType::Date32,
            FieldType::Boolean => DataType::Boolean,
        }
    }
}

/// One column.
#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub ty: FieldType,
    pub required: bool,
    pub enumeration: Option<Vec<Json>>,
}

/// One table (a resource of the package).
#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    pub fields: Vec<Field>,
    pub primary_key: Vec<String>,
}

impl Table {
    pub fn field_names(&self) -> Vec<&str> {
        self.fields.iter().map(|f| f.name.as_str()).collect()
    }

    pub fn arrow_schema(&self) -> Arc<ArrowSchema> {
        Arc::new(ArrowSchema::new(
            self.fields.iter().map(|f| ArrowField::new(&f.name, f.ty.arrow(), !f.required)).collect::<Vec<_>>(),
        ))
    }

    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// The whole package.
#[derive(Debug, Clone)]
pub struct Package {
    pub version: String,
    pub tables: Vec<Table>,
    pub json: Json,
}

impl Package {
    pub fn parse(text: &str) -> Result<Package, RunError> {
        let json: Json = serde_json::from_str(text).map_err(|e| RunError::Schema(e.to_string()))?;
        let version = json["version"].as_str().unwrap_or("0").to_string();
        let mut tables = Vec::new();
        for r in json["resources"].as_array().ok_or_else(|| RunError::Schema("no resources".into()))? {
            let name = r["name"].as_str().ok_or_else(|| RunError::Schema("resource without name".into()))?;
            let mut fields = Vec::new();
            for f in r["schema"]["fields"].as_array().ok_or_else(|| RunError::Schema(format!("{name}: no fields")))? {
                fields.push(Field {
                    name: f["name"].as_str().unwrap_or_default().to_string(),
                    ty: FieldType::parse(f["type"].as_str().unwrap_or("string"))?,
                    required: f["constraints"]["required"].as_bool().unwrap_or(false),
                    enumeration: f["constraints"]["enum"].as_array().cloned(),
                });
            }
            let primary_key = r["schema"]["primaryKey"]
                .as_array()
                .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
                .unwrap_or_default();
            tables.push(Table { name: name.to_string(), fields, primary_key });
        }
        Ok(Package { version, tables, json })
    }

    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }

    /// The package restricted to some resources, with each resource's `path` set for the
    /// formats written (CSV is the resource's data; Parquet files are listed alongside).
    pub fn for_output(&self, tables: &[&str]) -> Json {
        let mut json = self.json.clone();
        if let Some(res) = json["resources"].as_array_mut() {
            res.retain(|r| r["name"].as_str().is_some_and(|n| tables.contains(&n)));
        }
        json
    }
}

/// The embedded package, parsed once.
pub static PACKAGE: LazyLock<Package> =
    LazyLock::new(|| Package::parse(DATAPACKAGE_JSON).expect("schemas/datapackage.json is valid (checked by tests)"));

/// The embedded schema of a table; panics only if the embedded package lacks a table the
/// code writes, which the schema test rules out.
pub fn table(name: &str) -> &'static Table {
    PACKAGE.table(name).unwrap_or_else(|| panic!("table {name} missing from schemas/datapackage.json"))
}
