//! The .docx reader on arbitrary bytes: zip archives (zip bombs, lying sizes, broken
//! central directories) and the XML inside them (malformed, deeply nested, entity tricks).
//!
//! The first byte picks the mode: the rest as a whole .docx file; the rest as
//! `word/document.xml` of a stored or of a deflated archive; or the rest given straight to
//! the XML reader. The limits must hold: no text longer than the decompression cap
//! (`Limits::max_xml_bytes`), and no allocation beyond what libFuzzer allows
//! (`-malloc_limit_mb`, 2048 by default; see fuzz/README.md).

#![no_main]

use std::io::Write;

use gwr::source::Limits;
use gwr::source::docx::{document_xml_text, docx_text};
use libfuzzer_sys::fuzz_target;

/// A small cap, so that a bomb is refused quickly.
const CAP: u64 = 1 << 20;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else { return };
    let limits = Limits { max_bytes: 1 << 20, max_xml_bytes: CAP };
    let text = match sel % 4 {
        0 => docx_text(rest, &limits).map(|l| l.text),
        1 => docx_text(&zipped(rest, zip::CompressionMethod::Stored), &limits).map(|l| l.text),
        2 => docx_text(&zipped(rest, zip::CompressionMethod::Deflated), &limits).map(|l| l.text),
        _ => document_xml_text(rest),
    };
    if let Ok(t) = text {
        // Every character of the text comes from at least one byte of the XML.
        assert!(t.len() as u64 <= CAP, "{} bytes of text over the {CAP}-byte cap", t.len());
        if sel % 4 != 0 {
            assert!(t.len() <= rest.len(), "{} bytes of text from {} bytes of XML", t.len(), rest.len());
        }
    }
});

/// A .docx whose `word/document.xml` is `xml`.
fn zipped(xml: &[u8], method: zip::CompressionMethod) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default().compression_method(method);
    z.start_file("word/document.xml", opts).expect("zip entry");
    z.write_all(xml).expect("zip write");
    z.finish().expect("zip finish");
    buf.into_inner()
}
