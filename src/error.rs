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
    #[error("not read: {0}")]
    Unsupported(&'static str),
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

/// The longest `message` of a `documents` row, in characters.
pub const MAX_MESSAGE_CHARS: usize = 200;

/// A message cut to one line of at most `max` characters: line breaks, tabs and other control
/// characters become spaces, runs of white space one space, and a longer message ends in `…`.
/// A panic payload can quote kilobytes of report text; a `documents` row carries only its
/// start.
pub fn one_line(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut n = 0;
    'words: for word in s.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()) {
        if n > 0 {
            out.push(' ');
            n += 1;
        }
        for c in word.chars() {
            if n >= max {
                // One character too many: cut to `max - 1` and end with the ellipsis.
                let keep = out.char_indices().nth(max.saturating_sub(1)).map_or(out.len(), |(i, _)| i);
                out.truncate(keep);
                out.truncate(out.trim_end().len());
                if max > 0 {
                    out.push('…');
                }
                break 'words;
            }
            out.push(c);
            n += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_messages_are_kept() {
        assert_eq!(one_line("empty file", 200), "empty file");
        assert_eq!(one_line("", 200), "");
    }

    #[test]
    fn line_breaks_become_spaces() {
        assert_eq!(
            one_line("begin > end when slicing `---\ntitle: x\r\n\n---`", 200),
            "begin > end when slicing `--- title: x ---`"
        );
    }

    #[test]
    fn long_messages_are_cut_with_an_ellipsis() {
        let long = format!("slicing `{}`", "各位代表：\n".repeat(1000));
        let got = one_line(&long, 200);
        assert_eq!(got.chars().count(), 200);
        assert!(got.ends_with('…') && !got.contains('\n'));
        assert!(got.starts_with("slicing `各位代表： 各位代表："));
        for max in 0..12 {
            assert!(one_line("a b c d e f g h i j", max).chars().count() <= max);
        }
    }
}
