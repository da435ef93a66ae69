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

/// 一, 二, … 九千九百九十九: the Chinese numeral of `n` (1 ≤ n < 10,000), as list items use it.
fn chinese_numeral(n: usize) -> String {
    const D: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let mut out = String::new();
    let mut zero = false;
    for (unit, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
        let d = n / unit % 10;
        if d == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        if !(unit == 10 && d == 1 && out.is_empty()) {
            out.push(D[d]);
        }
        out.push_str(name);
    }
    out
}

#[test]
fn chinese_numerals_for_list_items() {
    let got: Vec<String> = [1, 10, 11, 20, 101, 110, 2019, 5000].into_iter().map(chinese_numeral).collect();
    assert_eq!(got, ["一", "十", "十一", "二十", "一百零一", "一百一十", "二千零一十九", "五千"]);
}

/// A folder of hostile files, with the default limits: each ends with exactly one documents
/// row and a clear status, none with an internal error, and the run finishes.
#[test]
fn a_hostile_folder_gives_one_clear_row_per_file() {
    let inp = tempfile::tempdir().unwrap();
    let d = inp.path();
    // A zip bomb: 300 MiB of XML in a file of about 300 KB, over the default 256 MiB cap.
    let mut bomb = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut bomb);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        z.start_file("word/document.xml", opts).unwrap();
        z.write_all(b"<w:document><w:body><w:p><w:t>").unwrap();
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..300 {
            z.write_all(&chunk).unwrap();
        }
        z.write_all(b"</w:t></w:p></w:body></w:document>").unwrap();
        z.finish().unwrap();
    }
    let bomb = bomb.into_inner();
    assert!(bomb.len() < 1 << 20, "the bomb is small: {} bytes", bomb.len());
    write(d, "bomb.docx", &bomb);
    // Billion laughs: entities defined in a DOCTYPE, each ten of the one before.
    let mut laughs = String::from("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
    for i in 1..10 {
        laughs.push_str(&format!("<!ENTITY lol{i} \"{}\">", format!("&lol{};", i - 1).repeat(10)));
    }
    laughs.push_str("]><w:document><w:body><w:p><w:r><w:t>各位代表：&lol9;</w:t></w:r></w:p></w:body></w:document>");
    write(d, "laughs.docx", &docx(laughs.as_bytes()));
    // A page on one line of 5 MB (no line break, no sentence mark), figures all along it.
    let line = "全年地区生产总值增长8.8%，实施重点项目120个，我们坚持稳中求进工作总基调，".repeat(5 << 20 >> 7);
    write(d, "one-line.html", format!("<html><body><p>各位代表：{line}</p></body></html>").as_bytes());
    write(d, "nuls.txt", &vec![0u8; 1 << 20]);
    write(d, "bom-only.txt", b"\xEF\xBB\xBF");
    // A report whose last character is cut in the middle of its UTF-8 sequence.
    let report = std::fs::read(repo("raw/cq-dadukou-2022.txt")).unwrap();
    let report = report.trim_ascii_end();
    write(d, "truncated.txt", &report[..report.len() - 1]);
    // A figure of 10,000 digits (too large for any number type).
    let digits = "7".repeat(10_000);
    write(d, "long-number.txt", format!("各位代表：\n全年地区生产总值{digits}亿元，增长{digits}.5%。\n").as_bytes());
    // Thousands of list items.
    let items: String = (1..=5000).map(|i| format!("{}、实施重点项目{i}个。\n", chinese_numeral(i))).collect();
    write(d, "list-cn.txt", format!("各位代表：\n{items}").as_bytes());
    let items: String = (1..=5000).map(|i| format!("{i}. 新建道路{i}公里。\n")).collect();
    write(d, "list-arabic.txt", format!("各位代表：\n{items}").as_bytes());

    let out_dir = tempfile::tempdir().unwrap();
    let out = gwr().arg("extract").arg(d).arg("-o").arg(out_dir.path()).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "exit 1: some files are errors; stderr: {stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("internal error"), "{stderr}");
    let docs = read_csv(&out_dir.path().join("documents.csv"));
    assert_eq!(docs.len(), 9, "one row per file");
    for r in &docs {
        let m = &r["message"];
        assert!(!m.contains("internal error"), "{}: {m}", r["doc_id"]);
        assert!(!m.contains('\n') && m.chars().count() <= 200, "{}: {m}", r["doc_id"]);
        assert_eq!(r["source_sha256"].len(), 64, "{}: digest", r["doc_id"]);
    }
    let expect = [
        ("bomb", "error", "decompression cap"),
        ("nuls", "error", "binary"),
        ("bom-only", "error", "empty file"),
        ("truncated", "warning", "1 undecodable"),
    ];
    for (id, st, word) in expect {
        let (status, msg) = status_of(&docs, id);
        assert!(status == st && msg.contains(word), "{id}: {status} {msg}");
    }
    for id in ["laughs", "one-line", "long-number", "list-cn", "list-arabic"] {
        let (status, msg) = status_of(&docs, id);
        assert!(status == "ok" || status == "warning", "{id}: {status} {msg}");
    }
    // The laughs are not expanded: the text is what the XML says, entity reference included.
    let n_chars = |id: &str| docs.iter().find(|r| r["doc_id"] == id).unwrap()["n_chars"].parse::<usize>().unwrap();
    assert!(n_chars("laughs") < 100, "{}", n_chars("laughs"));
    assert!(n_chars("one-line") > 1_500_000);
    // The one-line page and the long lists were read to their end.
    let ind = read_csv(&out_dir.path().join("indicators.csv"));
    let count = |id: &str| ind.iter().filter(|r| r["doc_id"] == id).count();
    assert!(count("one-line") > 50_000, "{}", count("one-line"));
    assert!(count("list-arabic") >= 5000, "{}", count("list-arabic"));
    assert!(ind.iter().all(|r| r["sentence"].len() <= gwr::lang::text::MAX_SENTENCE_BYTES));
}

// ---------------------------------------------------------------------------------------------
// Damaged and random bytes of every kind, through the library entry point the pipeline uses
// for one file (decoding, then every stage). Case count: PROPTEST_CASES (256 when unset).

mod bytes {
    use std::io::Write;
    use std::sync::LazyLock;

    use gwr::source::{Encoding, Kind, Limits, RawFile};
    use proptest::prelude::*;

    use crate::regressions::{MAX_MESSAGE_CHARS, check, extract};
    use crate::util::repo;

    fn cases() -> u32 {
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256)
    }

    /// Reports as decoded text: a UTF-8 and a GBK one, a scraped page, a Markdown report.
    static REPORTS: LazyLock<Vec<String>> = LazyLock::new(|| {
        let files = [
            "raw/cq-dadukou-2022.txt",
            "raw/hailar/海拉尔区政府工作报告-2013.txt",
            "raw/provinces-2026/2026年吉林省政府工作报告.txt",
            "raw/lawtext-sample/provincial/云南省/2012.md",
        ];
        files
            .iter()
            .map(|f| {
                let b = std::fs::read(repo(f)).unwrap();
                match std::str::from_utf8(&b) {
                    Ok(s) => s.to_string(),
                    Err(_) => encoding_rs::GB18030.decode(&b).0.into_owned(),
                }
            })
            .collect()
    });

    /// A .docx whose word/document.xml is `xml`.
    pub fn docx(xml: &[u8]) -> Vec<u8> {
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        z.start_file("word/document.xml", opts).unwrap();
        z.write_all(xml).unwrap();
        z.finish().unwrap();
        buf.into_inner()
    }

    /// A slice of a real report in one of the encodings gwr reads, then damaged: bytes
    /// overwritten (NULs, BOMs, stray lead bytes among them) and the end cut anywhere.
    fn damaged_text() -> impl Strategy<Value = Vec<u8>> {
        let edit =
            (any::<prop::sample::Index>(), prop_oneof![Just(0u8), Just(0xEF), Just(0xFE), Just(0xE4), any::<u8>()]);
        (
            0..4usize,
            any::<prop::sample::Index>(),
            1..6000usize,
            0..4u8,
            prop::collection::vec(edit, 0..6),
            any::<prop::sample::Index>(),
        )
            .prop_map(|(r, at, len, enc, edits, cut)| {
                let t = &REPORTS[r];
                let chars: Vec<char> = t.chars().collect();
                let a = at.index(chars.len());
                let s: String = chars[a..(a + len / 3).min(chars.len())].iter().collect();
                let mut b = match enc {
                    0 => s.into_bytes(),
                    1 => encoding_rs::GB18030.encode(&s).0.into_owned(),
                    2 => [0xFF, 0xFE].into_iter().chain(s.encode_utf16().flat_map(u16::to_le_bytes)).collect(),
                    _ => s.encode_utf16().flat_map(u16::to_be_bytes).collect(),
                };
                if b.is_empty() {
                    return b;
                }
                for (i, v) in edits {
                    let i = i.index(b.len());
                    b[i] = v;
                }
                let keep = cut.index(b.len() + 1).max(b.len() * 3 / 4);
                b.truncate(keep);
                b
            })
    }

    /// WordprocessingML made of the pieces a reader must survive: runs, breaks, entities (also
    /// bad and undefined ones), CDATA, a DOCTYPE, fallbacks, unclosed and stray tags.
    fn xml_soup() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            Just("<w:p>"),
            Just("</w:p>"),
            Just("<w:p/>"),
            Just("<w:r><w:t>"),
            Just("</w:t></w:r>"),
            Just("<w:t xml:space=\"preserve\">"),
            Just("</w:t>"),
            Just("<w:br/>"),
            Just("<w:tab/>"),
            Just("<w:tabs><w:tab/></w:tabs>"),
            Just("&amp;"),
            Just("&#x4e00;"),
            Just("&#99999999;"),
            Just("&lol;"),
            Just("<![CDATA[一、<>]]>"),
            Just("<mc:Fallback>"),
            Just("</mc:Fallback>"),
            Just("<?xml version=\"1.0\"?>"),
            Just("<!DOCTYPE d [<!ENTITY lol \"lol\">]>"),
            Just("<!-- c -->"),
            Just("<"),
            Just(">"),
            Just("\""),
            Just("各位代表："),
            Just("一、"),
            Just("增长8.8%，"),
            Just("实施重点项目120个。"),
            Just("\n"),
            Just("<w:document><w:body>"),
            Just("</w:body></w:document>"),
        ];
        prop::collection::vec(piece, 0..80).prop_map(|v| v.concat().into_bytes())
    }

    /// Any input: damaged reports, XML soup as a .docx, plain random bytes; each as any kind.
    fn input() -> impl Strategy<Value = (Kind, Vec<u8>)> {
        let kind = prop_oneof![Just(Kind::Text), Just(Kind::Markdown), Just(Kind::Html), Just(Kind::Docx)];
        prop_oneof![
            (kind.clone(), damaged_text()),
            xml_soup().prop_map(|x| (Kind::Docx, docx(&x))),
            (kind, prop::collection::vec(any::<u8>(), 0..2000)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(cases()))]

        /// Whatever the bytes: one documents row, no internal error, a one-line message of at
        /// most 200 characters, spans inside the text, surfaces equal to their spans.
        #[test]
        fn extraction_survives_any_bytes((kind, b) in input()) {
            let x = extract("p", kind, &b);
            if let Err(e) = check(&x, kind, &b) {
                prop_assert!(false, "{e}");
            }
        }
    }

    /// Every way decoding can fail gives an error row with one short line, also when the
    /// underlying error quotes a lot (a malformed tag name of 3,000 characters).
    #[test]
    fn every_source_error_message_is_one_short_line() {
        let long = "名".repeat(3000);
        let (gbk, _, _) = encoding_rs::GB18030.encode("政府工作报告各位代表");
        let bad_xml = format!("<w:document><w:body><w:p><{long}></w:p></w:body></w:document>");
        let big_xml =
            format!("<w:document><w:body><w:p><w:t>{}</w:t></w:p></w:body></w:document>", "a".repeat(3 << 20));
        let small = Limits { max_bytes: 64 << 20, max_xml_bytes: 1 << 20 };
        let no_xml = {
            let mut buf = std::io::Cursor::new(Vec::new());
            let mut z = zip::ZipWriter::new(&mut buf);
            z.start_file("word/styles.xml", zip::write::SimpleFileOptions::default()).unwrap();
            z.write_all(b"<w:styles/>").unwrap();
            z.finish().unwrap();
            buf.into_inner()
        };
        // The reader's own error quotes the whole tag name: the row's message must not.
        let raw_err = gwr::source::load(Kind::Docx, &docx(bad_xml.as_bytes()), None, &Limits::default()).unwrap_err();
        assert!(raw_err.to_string().chars().count() > 1000);
        // (name, kind, bytes, forced encoding, limits, a word the message must hold)
        type Case = (&'static str, Kind, Vec<u8>, Option<Encoding>, Limits, &'static str);
        let cases: Vec<Case> = vec![
            ("empty", Kind::Text, vec![], None, Limits::default(), "empty"),
            ("bom-only", Kind::Text, b"\xEF\xBB\xBF".to_vec(), None, Limits::default(), "empty"),
            ("binary", Kind::Text, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), None, Limits::default(), "binary"),
            ("forced", Kind::Text, gbk.into_owned(), Some(Encoding::Utf8), Limits::default(), "decode"),
            ("zip", Kind::Docx, b"PK\x03\x04 not a zip".to_vec(), None, Limits::default(), "zip"),
            ("empty-xml", Kind::Docx, docx(b""), None, Limits::default(), "empty"),
            ("no-xml", Kind::Docx, no_xml, None, Limits::default(), "word/document.xml"),
            ("bad-xml", Kind::Docx, docx(bad_xml.as_bytes()), None, Limits::default(), "XML"),
            ("cap", Kind::Docx, docx(big_xml.as_bytes()), None, small, "decompression cap"),
        ];
        for (name, kind, b, enc, limits, word) in cases {
            let raw = RawFile { bytes: b, sha256: String::new() };
            let x = gwr::pipeline::extract_bytes(name, name, kind, raw, enc, &limits);
            let m = x.document.message.clone().unwrap_or_default();
            assert_eq!(x.document.status, gwr::model::DocStatus::Error, "{name}: {m}");
            assert!(m.contains(word), "{name}: {m}");
            assert!(!m.contains(['\n', '\r']) && m.chars().count() <= MAX_MESSAGE_CHARS, "{name}: {m}");
        }
        // A file that cannot be read at all.
        let f = gwr::source::InputFile {
            path: repo("tests/fixtures/no-such-file.txt"),
            rel_path: "no-such-file.txt".into(),
            doc_id: "no-such-file".into(),
            kind: Kind::Text,
        };
        let x = gwr::pipeline::process(&f, None, &Limits::default());
        let m = x.document.message.unwrap_or_default();
        assert!(m.starts_with("cannot read file") && m.chars().count() <= MAX_MESSAGE_CHARS, "{m}");
    }
}

/// A 450 KB .docx that inflated to 180 MB of `增长5%，` (under the old 256 MiB cap) took 24 GB
/// of memory and minutes before it died: every figure was a row carrying its 3 KiB sentence.
/// Text packed with numbers like no report is is now refused before any stage runs, in a
/// .docx and in a plain file alike; the run goes on with the other files.
#[test]
fn text_packed_with_numbers_is_refused_not_extracted() {
    let dense = "增长5%，".repeat(60_000);
    let mut xml = b"<w:document><w:body><w:p><w:t>".to_vec();
    xml.extend_from_slice(dense.as_bytes());
    xml.extend_from_slice(b"</w:t></w:p></w:body></w:document>");
    let inp = tempfile::tempdir().unwrap();
    write(inp.path(), "bomb.docx", &docx(&xml));
    write(inp.path(), "dense.txt", dense.as_bytes());
    std::fs::copy(repo("raw/cq-dadukou-2022.txt"), inp.path().join("good.txt")).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = gwr().arg("extract").arg(inp.path()).arg("-o").arg(out_dir.path()).arg("-q").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let docs = read_csv(&out_dir.path().join("documents.csv"));
    for id in ["bomb", "dense"] {
        let (st, msg) = status_of(&docs, id);
        assert!(st == "error" && msg.contains("denser than any report"), "{id}: {msg}");
    }
    assert_eq!(status_of(&docs, "good").0, "ok");
    let rows = read_csv(&out_dir.path().join("indicators.csv"));
    assert!(rows.iter().all(|r| r["doc_id"] == "good"), "no rows from the refused files");
    assert!(rows.len() > 100);
}

/// A page that lost every mark is cut into sentences of at most `MAX_SENTENCE_BYTES`, and no rule
/// reads past that: a word far before a name does not decide it. Before session 25 the projects
/// stage read back to the last clause mark, here the start of the text, at every name (quadratic,
/// and 成为 thousands of characters back made 临汾机场 what something becomes: no row); the
/// indicators stage read on to the end of the text at every figure.
#[test]
fn a_page_without_marks_is_read_sentence_by_sentence() {
    let filler = "坚持稳中求进工作总基调".repeat(120);
    assert!(filler.len() > gwr::lang::text::MAX_SENTENCE_BYTES);
    let page = |lead: &str| format!("2020年政府工作报告\n{lead}{filler}加快建设临汾机场{filler}地区生产总值增长8%");
    let named = |s: &str| {
        let rows = gwr::stages::extract("p", &gwr::lang::text::Text::new(s.to_string()));
        let projects: Vec<String> = rows.projects.iter().map(|r| r.name.clone()).collect();
        let growth = rows.indicators.iter().filter(|r| r.surface == "8%").count();
        (projects, growth)
    };
    let plain = named(&page(""));
    assert_eq!(plain, (vec!["临汾机场".to_string()], 1), "the page without a lead");
    // The same page opening with a clause on what the region becomes, a sentence's length away.
    assert_eq!(named(&page("努力成为区域中心城市")), plain);
}
