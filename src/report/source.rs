//! The text a document's offsets count in: its source file, found again and decoded exactly
//! as `gwr extract` decoded it ([`crate::source::load`], the same function).
//!
//! `documents.source_path` is relative to the input folder the file was found under, and the
//! output folder does not record that folder, so the report is told where to look
//! (`--source`, default `raw`, the default input of `gwr extract`); with several folders the
//! first holding the file with the recorded SHA-256 wins. The digest also guards against a
//! file edited since the extraction, whose offsets would point at the wrong characters.

use std::path::{Component, Path, PathBuf};

use sha2::{Digest, Sha256};

use super::rows::Doc;
use crate::source::{self, Encoding, Kind, Limits};

/// Where and how to read source files.
#[derive(Debug, Clone)]
pub struct Sources {
    /// Input folders (or single input files) of the extraction.
    pub roots: Vec<PathBuf>,
    /// The encoding forced at extraction (`gwr extract --encoding`), if any.
    pub encoding: Option<Encoding>,
    pub limits: Limits,
}

/// Why a document's text could not be shown; becomes a line on its page.
pub type Why = String;

impl Sources {
    /// The decoded text of a document, or why it cannot be had.
    pub fn text(&self, doc: &Doc) -> Result<String, Why> {
        let rel = doc.source_path.as_str();
        if rel.is_empty() {
            return Err("documents.source_path is empty".into());
        }
        let rel_path = Path::new(rel);
        if rel_path.components().any(|c| !matches!(c, Component::Normal(_))) {
            return Err(format!("source path {rel:?} leaves the input folder; not read"));
        }
        // A file without an extension was read by extract only as Markdown (it opens with
        // front matter).
        let kind = Kind::of(rel_path)
            .or_else(|| rel_path.extension().is_none().then_some(Kind::Markdown))
            .ok_or_else(|| format!("{rel}: not a .txt, .md, .docx or .html file"))?;
        let mut changed: Option<PathBuf> = None;
        let mut tried = Vec::new();
        for root in &self.roots {
            // A single input file is its own root: its source_path is its file name.
            let path = if root.is_file() {
                if root.file_name() != rel_path.file_name() || rel_path.components().count() != 1 {
                    continue;
                }
                root.clone()
            } else {
                root.join(rel_path)
            };
            tried.push(path.display().to_string());
            if !path.is_file() {
                continue;
            }
            let raw = source::read_raw(&path, &self.limits).map_err(|e| format!("{}: {e}", path.display()))?;
            let sha = hex::encode(Sha256::digest(&raw.bytes));
            if doc.source_sha256.as_deref().is_some_and(|want| !want.eq_ignore_ascii_case(&sha)) {
                changed.get_or_insert(path);
                continue;
            }
            return self.decode(doc, kind, &path, &raw.bytes);
        }
        Err(match changed {
            Some(p) => format!(
                "{} has changed since the extraction (its SHA-256 differs from documents.source_sha256); \
                 offsets would point at the wrong characters",
                p.display()
            ),
            None if tried.is_empty() => format!("source file {rel} not found: no --source folder given"),
            None => format!("source file {rel} not found (looked for {}; pass --source DIR)", tried.join(", ")),
        })
    }

    /// Decode as the extraction did. When no encoding is forced here, the encoding recorded
    /// in `documents.encoding` is forced if detection picks another one (the extraction ran
    /// with `--encoding`), and the length must agree with `documents.n_chars`.
    fn decode(&self, doc: &Doc, kind: Kind, path: &Path, bytes: &[u8]) -> Result<String, Why> {
        let recorded: Option<Encoding> = doc.encoding.as_deref().and_then(|e| e.parse().ok());
        let mut loaded =
            source::load(kind, bytes, self.encoding, &self.limits).map_err(|e| format!("{}: {e}", path.display()))?;
        if self.encoding.is_none()
            && kind != Kind::Docx
            && let Some(enc) = recorded.filter(|e| Some(*e) != loaded.encoding)
        {
            loaded =
                source::load(kind, bytes, Some(enc), &self.limits).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        let n = loaded.text.chars().count();
        if let Some(want) = doc.n_chars.filter(|&w| w != n) {
            return Err(format!(
                "{} decodes to {n} characters, but documents.n_chars is {want}: it was decoded differently \
                 at extraction (pass gwr report the --encoding given to gwr extract)",
                path.display()
            ));
        }
        Ok(loaded.text)
    }
}
