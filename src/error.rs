//! Typed errors of the library. The CLI wraps them with `anyhow` context.

use std::path::PathBuf;

/// Why one input file could not be read into text. Each becomes the `message` of its
/// `documents` row; the run goes on with the other files.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("cannot read file: {0}")]
    Io(#[from] std::io::Error),
    #[error("not a regular file ({kind}); not opened")]
    NotRegular { kind: &'static str },
    #[error("file is {size} bytes, over the {limit}-byte limit (--max-bytes)")]
    TooLarge { size: u64, limit: u64 },
    #[error("empty file")]
    Empty,
    #[error("not a valid .docx (zip) archive: {0}")]
    Zip(String),
    #[error(".docx has no word/document.xml")]
    NoDocumentXml,
    #[error("word/document.xml expands to more than {limit} bytes (decompression cap)")]
    DecompressionCap { limit: u64 },
    #[error("malformed XML in word/document.xml: {0}")]
    Xml(String),
    #[error("cannot decode text as {encoding}: {detail}")]
    Undecodable { encoding: String, detail: String },
    #[error("binary data, not text (NUL bytes at offset {offset})")]
    Binary { offset: usize },
}

/// Errors that stop a whole run (as opposed to one file).
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("cannot create output folder {path}: {source}")]
    OutputDir { path: PathBuf, source: std::io::Error },
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("cannot write Parquet {path}: {detail}")]
    Parquet { path: PathBuf, detail: String },
    #[error("cannot write CSV {path}: {source}")]
    Csv { path: PathBuf, source: csv::Error },
    #[error("input path {0} does not exist")]
    MissingInput(PathBuf),
    #[error("schema error: {0}")]
    Schema(String),
}
