//! Find input files and turn their bytes into text.
//!
//! Every stage after this one sees only [`Loaded`]: the decoded text, the encoding it came
//! from and the digest of the raw bytes. Reads are bounded (`Limits`), so a hostile folder
//! cannot exhaust memory. Markdown is handled here, at the edge: its markup is masked
//! ([`markdown`]), so the stages never see it and offsets still count in the decoded file.

pub mod decode;
pub mod docx;
pub mod html;
pub mod markdown;
pub mod repair;
pub mod walk;

use std::ops::Range;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::error::SourceError;

pub use decode::Encoding;
pub use markdown::FrontMatter;
pub use walk::{InputFile, Kind};

/// Bounds on what one file may cost.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest input file read, in bytes.
    pub max_bytes: u64,
    /// Largest decompressed `word/document.xml`, in bytes.
    pub max_xml_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_bytes: 64 << 20, max_xml_bytes: 64 << 20 }
    }
}

/// A file read into text.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The decoded text; for Markdown, with its markup masked (replaced by spaces, one code
    /// point for one), so code-point offsets are those of the decoded file.
    pub text: String,
    pub encoding: Option<Encoding>,
    /// Problems that did not stop decoding (replacement characters, a forced encoding).
    pub warnings: Vec<String>,
    /// A Markdown file's front matter (`title`, `source`); None for other files and for
    /// Markdown without one.
    pub front_matter: Option<FrontMatter>,
    /// Markdown only: byte ranges in `text` of the visible content of the lines that were
    /// headings in the Markdown (`#` headings, lines bold throughout), in order.
    pub markup_headings: Vec<Range<usize>>,
    /// The text's digit。digit places were read as decimal points ([`repair::stop_decimals`]);
    /// the rows' text is restored with [`repair::restore_stops`].
    pub stops_as_points: bool,
}

impl Loaded {
    /// Plain decoded text with no Markdown facts.
    pub fn plain(text: String, encoding: Option<Encoding>, warnings: Vec<String>) -> Loaded {
        Loaded { text, encoding, warnings, ..Loaded::default() }
    }

    /// Read the text as Markdown: mask its markup, keep its front matter and headings.
    fn into_markdown(self) -> Loaded {
        let m = markdown::mask(&self.text);
        Loaded { text: m.text, front_matter: m.front_matter, markup_headings: m.headings, ..self }
    }
}

/// The raw bytes of a file and their digest; read first so that even a file that fails to
/// decode gets its `source_sha256`.
pub struct RawFile {
    pub bytes: Vec<u8>,
    pub sha256: String,
}

/// Read a file, refusing ones over the size limit before reading them, and anything that is
/// not a regular file (opening a named pipe would block) without opening it.
pub fn read_raw(path: &Path, limits: &Limits) -> Result<RawFile, SourceError> {
    use std::io::Read;
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(_) if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) => {
            return Err(SourceError::NotRegular { kind: "broken symbolic link" });
        }
        Err(e) => return Err(e.into()),
    };
    if !meta.is_file() {
        return Err(SourceError::NotRegular { kind: walk::file_kind(&meta.file_type()) });
    }
    let f = std::fs::File::open(path)?;
    let size = f.metadata()?.len();
    if size > limits.max_bytes {
        return Err(SourceError::TooLarge { size, limit: limits.max_bytes });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // `take` bounds the read even if the file grows while we read it.
    f.take(limits.max_bytes + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limits.max_bytes {
        return Err(SourceError::TooLarge { size: bytes.len() as u64, limit: limits.max_bytes });
    }
    let sha256 = hex::encode(Sha256::digest(&bytes));
    Ok(RawFile { bytes, sha256 })
}

/// Decode raw bytes of a file of the given kind. A file with no visible text (empty, only
/// a BOM or white space) is an error: there is nothing to extract.
pub fn load(kind: Kind, bytes: &[u8], forced: Option<Encoding>, limits: &Limits) -> Result<Loaded, SourceError> {
    if bytes.is_empty() && !matches!(kind, Kind::Unsupported(_)) {
        return Err(SourceError::Empty);
    }
    let mut loaded = match kind {
        Kind::Text => {
            // A text file that opens with YAML front matter is Markdown renamed.
            let loaded = decode::decode_text(bytes, forced)?;
            if markdown::has_front_matter(&loaded.text) { loaded.into_markdown() } else { loaded }
        }
        Kind::Markdown => decode::decode_text(bytes, forced)?.into_markdown(),
        Kind::Docx => docx::docx_text(bytes, limits)?,
        Kind::Unsupported(why) => return Err(SourceError::Unsupported(why)),
        Kind::Html => {
            // A page's declared charset is often wrong (a UTF-8 page that still says gb2312):
            // a BOM or valid UTF-8 wins over it, and when the bytes do not decode in it,
            // detection decides.
            let loaded = match (forced, html::declared_charset(bytes)) {
                (Some(enc), _) => decode::decode_text(bytes, Some(enc))?,
                (None, Some(enc)) if !decode::has_bom(bytes) && std::str::from_utf8(bytes).is_err() => {
                    decode::decode_text(bytes, Some(enc)).or_else(|_| decode::decode_text(bytes, None))?
                }
                _ => decode::decode_text(bytes, None)?,
            };
            Loaded { text: html::visible_text(&loaded.text), ..loaded }
        }
    };
    if loaded.text.chars().all(crate::lang::chars::is_blank) {
        return Err(SourceError::Empty);
    }
    if let Some(warning) = repair::stop_decimals(&mut loaded.text) {
        loaded.warnings.push(warning);
        loaded.stops_as_points = true;
    }
    Ok(loaded)
}
