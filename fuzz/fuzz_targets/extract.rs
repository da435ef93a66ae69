//! Decoding plus the whole extraction of one document, from raw bytes: the library entry
//! point the pipeline calls for every file (`gwr::pipeline::extract_bytes`).
//!
//! The first byte picks how the rest is read: its low two bits the kind (text — Markdown when
//! bit 5 is set —, HTML, a .docx as given, or a .docx whose `word/document.xml` is the rest),
//! bits 2–4 a forced `--encoding` (mostly none). Any panic aborts (libFuzzer's hook), also one the pipeline
//! would catch; besides, every result must keep the invariants of the tables.

#![no_main]

use std::io::Write;

use gwr::model::{DocStatus, Extraction};
use gwr::source::{Encoding, Kind, Limits, RawFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else { return };
    let (kind, bytes) = match sel & 3 {
        0 if sel & 0x20 != 0 => (Kind::Markdown, rest.to_vec()),
        0 => (Kind::Text, rest.to_vec()),
        1 => (Kind::Html, rest.to_vec()),
        2 => (Kind::Docx, rest.to_vec()),
        _ => (Kind::Docx, docx_of(rest)),
    };
    let encoding = match (sel >> 2) & 7 {
        4 => Some(Encoding::Utf8),
        5 => Some(Encoding::Gb18030),
        6 => Some(Encoding::Utf16Le),
        7 => Some(Encoding::Utf16Be),
        _ => None,
    };
    let limits = Limits { max_bytes: 1 << 20, max_xml_bytes: 4 << 20 };
    let raw = RawFile { bytes: bytes.clone(), sha256: String::new() };
    let x = gwr::pipeline::extract_bytes("fuzz", "fuzz", kind, raw, encoding, &limits);
    check(&x, || gwr::source::load(kind, &bytes, encoding, &limits).map(|l| l.text).unwrap_or_default());
});

/// A .docx (stored, not deflated) whose `word/document.xml` is `xml`.
fn docx_of(xml: &[u8]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    z.start_file("word/document.xml", opts).expect("zip entry");
    z.write_all(xml).expect("zip write");
    z.finish().expect("zip finish");
    buf.into_inner()
}

/// The invariants of one document's rows (`text` decodes the input again, when needed).
fn check(x: &Extraction, text: impl FnOnce() -> String) {
    let d = &x.document;
    if let Some(m) = &d.message {
        assert!(!m.contains("internal error"), "{m}");
        assert!(!m.contains(['\n', '\r']) && m.chars().count() <= 200, "message not one short line: {m:?}");
    }
    assert_eq!(d.status == DocStatus::Ok, d.message.is_none(), "{:?} {:?}", d.status, d.message);
    let n = d.n_chars;
    for (a, b) in x
        .sections
        .iter()
        .map(|r| (r.char_start, r.char_end))
        .chain(x.indicators.iter().map(|r| (r.char_start, r.char_end)))
        .chain(x.projects.iter().map(|r| (r.char_start, r.char_end)))
        .chain(x.glossary.iter().map(|r| (r.char_start, r.char_end)))
    {
        assert!(a <= b && b <= n, "span {a}..{b} outside {n} characters");
    }
    if x.indicators.is_empty() {
        return;
    }
    let chars: Vec<char> = text().chars().collect();
    assert_eq!(chars.len(), n);
    for r in &x.indicators {
        let span: String = chars[r.char_start..r.char_end].iter().collect();
        assert_eq!(span, r.surface);
    }
}
