//! Hostile and broken inputs: every file gets a documents row with a status and a one-line
//! reason, the run carries on, nothing panics, exit codes say what happened.

use std::io::Write;
use std::path::Path;

use crate::util::{gwr, read_csv, repo};

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// A .docx whose word/document.xml is `xml`.
fn docx(xml: &[u8]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        z.start_file("word/document.xml", opts).unwrap();
        z.write_all(xml).unwrap();
        z.finish().unwrap();
    }
    buf.into_inner()
}

fn status_of(rows: &[crate::util::Row], id: &str) -> (String, String) {
    let r = rows.iter().find(|r| r["doc_id"] == id).unwrap_or_else(|| panic!("{id} has a documents row"));
    (r["status"].clone(), r["message"].clone())
}

#[test]
fn bad_files_are_reported_and_the_run_goes_on() {
    let inp = tempfile::tempdir().unwrap();
    let d = inp.path();
    std::fs::copy(repo("raw/cq-dadukou-2022.txt"), d.join("good.txt")).unwrap();
    write(d, "empty.txt", b"");
    write(d, "binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0");
    write(d, "corrupt.docx", b"PK\x03\x04 this is not a zip archive");
    write(d, "noxml.docx", &{
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut buf);
        z.start_file("readme.txt", zip::write::SimpleFileOptions::default()).unwrap();
        z.write_all(b"hi").unwrap();
        z.finish().unwrap();
        buf.into_inner()
    });
    write(d, "badxml.docx", &docx(b"<w:document><w:body><w:p><w:t>ok</w:t></w:p></w:bodyy></w:document>"));
    write(d, "noise.txt", "这只是一句话，没有任何报告的结构。".as_bytes());
    write(d, "picture.jpg", b"\xff\xd8\xff\xe0");
    let out_dir = tempfile::tempdir().unwrap();
    let out = gwr().arg("extract").arg(d).arg("-o").arg(out_dir.path()).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "exit 1 when a file has status error; stderr: {stderr}");
    let docs = read_csv(&out_dir.path().join("documents.csv"));
    assert_eq!(docs.len(), 7, "one row per readable-kind input file");
    assert_eq!(status_of(&docs, "good").0, "ok");
    let (st, msg) = status_of(&docs, "empty");
    assert_eq!((st.as_str(), msg.as_str()), ("error", "empty file"));
    let (st, msg) = status_of(&docs, "binary");
    assert!(st == "error" && msg.contains("binary"), "{msg}");
    let (st, msg) = status_of(&docs, "corrupt");
    assert!(st == "error" && msg.contains("zip"), "{msg}");
    let (st, msg) = status_of(&docs, "noxml");
    assert!(st == "error" && msg.contains("word/document.xml"), "{msg}");
    let (st, msg) = status_of(&docs, "badxml");
    assert!(st == "error" && msg.contains("XML"), "{msg}");
    let (st, msg) = status_of(&docs, "noise");
    assert!(st == "warning" && msg.contains("no report structure"), "{msg}");
    for r in &docs {
        assert!(!r["message"].contains('\n'), "messages are one line");
        assert_eq!(r["source_sha256"].len(), 64, "{} has its digest", r["doc_id"]);
    }
    // Errors name the file on stderr; the skipped file is named too.
    assert!(stderr.contains("empty.txt") && stderr.contains("corrupt.docx"), "{stderr}");
    assert!(stderr.contains("picture.jpg") && stderr.contains("skipped"), "{stderr}");
    // The good report was still extracted in full.
    let sections = read_csv(&out_dir.path().join("sections.csv"));
    assert!(sections.iter().filter(|r| r["doc_id"] == "good").count() >= 5);
    let run: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.path().join("run.json")).unwrap()).unwrap();
    assert_eq!(run["skipped"].as_array().unwrap().len(), 1);
}

#[test]
fn files_over_the_size_limit_are_refused_before_reading() {
    let inp = tempfile::tempdir().unwrap();
    write(inp.path(), "big.txt", &vec![b'a'; 2 << 20]);
    let out_dir = tempfile::tempdir().unwrap();
    let out = gwr()
        .arg("extract")
        .arg(inp.path())
        .arg("-o")
        .arg(out_dir.path())
        .args(["--max-mib", "1", "-q"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let docs = read_csv(&out_dir.path().join("documents.csv"));
    let (st, msg) = status_of(&docs, "big");
    assert!(st == "error" && msg.contains("limit"), "{msg}");
}

#[test]
fn decompression_is_capped() {
    // 40 MiB of XML that compresses to a few KiB: over a 1 MiB cap it is refused, not inflated.
    let mut xml = b"<w:document><w:body><w:p><w:t>".to_vec();
    xml.extend(std::iter::repeat_n(b'a', 40 << 20));
    xml.extend_from_slice(b"</w:t></w:p></w:body></w:document>");
    let inp = tempfile::tempdir().unwrap();
    write(inp.path(), "bomb.docx", &docx(&xml));
    let out_dir = tempfile::tempdir().unwrap();
    let out = gwr()
        .arg("extract")
        .arg(inp.path())
        .arg("-o")
        .arg(out_dir.path())
        .args(["--max-xml-mib", "1", "-q"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let docs = read_csv(&out_dir.path().join("documents.csv"));
    let (st, msg) = status_of(&docs, "bomb");
    assert!(st == "error" && msg.contains("decompression cap"), "{msg}");
}

#[test]
fn a_missing_input_is_a_usage_error() {
    let out_dir = tempfile::tempdir().unwrap();
    let out = gwr().args(["extract", "/nonexistent/reports"]).arg("-o").arg(out_dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("/nonexistent/reports"), "{stderr}");
}

#[test]
fn same_stem_in_two_folders_gets_distinct_doc_ids() {
    let inp = tempfile::tempdir().unwrap();
    let text = std::fs::read(repo("raw/cq-dadukou-2022.txt")).unwrap();
    write(inp.path(), "a/report.txt", &text);
    write(inp.path(), "b/report.txt", &text);
    let out_dir = tempfile::tempdir().unwrap();
    let out = gwr().arg("extract").arg(inp.path()).arg("-o").arg(out_dir.path()).arg("-q").output().unwrap();
    assert!(out.status.success());
    let docs = read_csv(&out_dir.path().join("documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|r| r["doc_id"].as_str()).collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
}
