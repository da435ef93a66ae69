//! Tests of decoding: every encoding gwr detects, `--encoding`, .html and .docx inputs, and
//! the status of files that cannot be read. Expected texts are built here independently of
//! gwr's own decoders (encoding_rs called directly, a regex reading of document.xml), so a
//! bug in detection or extraction cannot hide in both.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;

use crate::util::{Row, extract, full_run, read_csv, repo, rows_of};

/// Header fields and length: what must agree between two decodings of one text.
const DOC_FIELDS: [&str; 10] = [
    "title",
    "region",
    "admin_level",
    "report_year",
    "delivered_on",
    "meeting",
    "speaker",
    "speaker_title",
    "n_chars",
    "status",
];

fn fixture(name: &str) -> PathBuf {
    repo("tests/fixtures/decode").join(name)
}

/// The text of a .txt input decoded by hand: BOM, else UTF-8, else GB18030.
pub fn decode_by_hand(bytes: &[u8]) -> String {
    let (enc, body) = if let Some(b) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (encoding_rs::UTF_8, b)
    } else if let Some(b) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (encoding_rs::UTF_16LE, b)
    } else if let Some(b) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (encoding_rs::UTF_16BE, b)
    } else if std::str::from_utf8(bytes).is_ok() {
        (encoding_rs::UTF_8, bytes)
    } else {
        (encoding_rs::GB18030, bytes)
    };
    let (text, had_errors) = enc.decode_without_bom_handling(body);
    assert!(!had_errors, "fixture is not clean {}", enc.name());
    text.into_owned()
}

static DOCX_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?s)<w:tabs>.*?</w:tabs>|<w:delText[^>]*>.*?</w:delText>|<mc:Fallback>.*?</mc:Fallback>",
        r"|<w:p(?:\s[^>]*)?/>|<w:p(?:\s[^>]*)?>|<w:t(?:\s[^>]*)?>(?P<t>[^<]*)</w:t>",
        r"|<w:br(?:\s[^>]*)?/>|<w:cr/>|<w:tab/>"
    ))
    .expect("valid regex")
});

/// The text of a .docx by the contract, read with regular expressions: paragraphs joined by
/// `\n`, `w:t` runs concatenated, `<w:br/>` as `\n`, `<w:tab/>` as `\t`.
pub fn docx_by_hand(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").expect("document.xml"), &mut xml)
        .expect("utf-8 xml");
    let mut out = String::new();
    let mut paragraphs = 0;
    for c in DOCX_TOKEN.captures_iter(&xml) {
        let tok = c.get(0).map_or("", |m| m.as_str());
        if let Some(t) = c.name("t") {
            out.push_str(&unescape(t.as_str()));
        } else if tok.starts_with("<w:p") && !tok.starts_with("<w:pPr") {
            if paragraphs > 0 {
                out.push('\n');
            }
            paragraphs += 1;
        } else if tok.starts_with("<w:br") || tok == "<w:cr/>" {
            out.push('\n');
        } else if tok == "<w:tab/>" {
            out.push('\t');
        }
    }
    out
}

fn unescape(s: &str) -> String {
    static ENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);").unwrap());
    ENT.replace_all(s, |c: &regex::Captures| match &c[1] {
        "amp" => "&".to_string(),
        "lt" => "<".to_string(),
        "gt" => ">".to_string(),
        "quot" => "\"".to_string(),
        "apos" => "'".to_string(),
        n => {
            let v = n.strip_prefix("#x").map_or_else(|| n[1..].parse().ok(), |h| u32::from_str_radix(h, 16).ok());
            v.and_then(char::from_u32).map(String::from).unwrap_or_default()
        }
    })
    .into_owned()
}

/// Rows of a table for one document with `doc_id` removed, for comparing two documents.
fn rows_without_id(dir: &Path, table: &str, doc: &str) -> Vec<Row> {
    rows_of(dir, table, doc)
        .into_iter()
        .map(|mut r| {
            r.remove("doc_id");
            r
        })
        .collect()
}

fn doc_fields(dir: &Path, doc: &str) -> Vec<(String, String)> {
    let rows = rows_of(dir, "documents", doc);
    assert_eq!(rows.len(), 1, "{doc}: one documents row");
    DOC_FIELDS.iter().map(|f| (f.to_string(), rows[0][*f].clone())).collect()
}

/// The GBK hailar reports give the same rows as their text decoded by hand and saved as UTF-8.
#[test]
fn hailar_gbk_gives_the_rows_of_its_text_decoded_by_hand() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut inputs = Vec::new();
    for year in 2012..=2015 {
        let name = format!("海拉尔区政府工作报告-{year}.txt");
        let text = decode_by_hand(&std::fs::read(repo("raw/hailar").join(&name)).expect("read"));
        assert!(text.contains("\r\n") && text.contains('\u{3000}'), "the fixture keeps CRLF and full-width spaces");
        let p = tmp.path().join(&name);
        std::fs::write(&p, text.as_bytes()).expect("write");
        inputs.push(p);
    }
    let (dir, out) = extract(&inputs, &["-q"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for year in 2012..=2015 {
        // Given by itself a file's doc_id is its stem; found under raw/ it is its path there.
        let doc = format!("海拉尔区政府工作报告-{year}");
        let in_raw = format!("hailar/{doc}");
        assert_eq!(doc_fields(full_run(), &in_raw), doc_fields(dir.path(), &doc), "{doc}: documents");
        assert_eq!(rows_of(dir.path(), "documents", &doc)[0]["encoding"], "utf-8");
        for table in ["sections", "glossary", "indicators", "projects"] {
            let gbk = rows_without_id(full_run(), table, &in_raw);
            let utf8 = rows_without_id(dir.path(), table, &doc);
            assert_eq!(gbk, utf8, "{doc}: {table}");
        }
        assert!(!rows_of(dir.path(), "sections", &doc).is_empty(), "{doc}: has an outline");
    }
}

/// One text in five encodings: same rows, the right `encoding`, BOM not counted.
#[test]
fn every_detected_encoding_gives_the_same_rows() {
    let cases = [
        ("plain-utf8", "utf-8"),
        ("utf8-bom", "utf-8"),
        ("utf16le-bom", "utf-16le"),
        ("utf16be-bom", "utf-16be"),
        ("gbk", "gb18030"),
    ];
    let inputs: Vec<PathBuf> = cases.iter().map(|(n, _)| fixture(&format!("{n}.txt"))).collect();
    let (dir, out) = extract(&inputs, &["-q"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(fixture("plain-utf8.txt")).expect("read");
    for (name, enc) in cases {
        let row = &rows_of(dir.path(), "documents", name)[0];
        assert_eq!(row["encoding"], enc, "{name}");
        assert_eq!(row["status"], "ok", "{name}: {}", row["message"]);
        assert_eq!(row["n_chars"], text.chars().count().to_string(), "{name}");
        assert_eq!(decode_by_hand(&std::fs::read(fixture(&format!("{name}.txt"))).expect("read")), text);
        assert_eq!(doc_fields(dir.path(), name), doc_fields(dir.path(), "plain-utf8"), "{name}");
        for table in ["sections", "glossary", "indicators"] {
            assert_eq!(
                rows_without_id(dir.path(), table, name),
                rows_without_id(dir.path(), table, "plain-utf8"),
                "{name}: {table}"
            );
        }
    }
    // The fixture's own content came through.
    let row = &rows_of(dir.path(), "documents", "gbk")[0];
    assert_eq!((row["speaker"].as_str(), row["delivered_on"].as_str()), ("张三", "2021-01-08"));
    assert_eq!(rows_of(dir.path(), "glossary", "gbk").len(), 2);
    // CRLF: same outline, offsets shifted by the carriage returns.
    let (dir2, _) = extract(&[fixture("gbk-crlf.txt")], &["-q"]);
    let heads = |d: &Path, doc: &str| -> Vec<(String, String)> {
        rows_of(d, "sections", doc).into_iter().map(|r| (r["level"].clone(), r["heading"].clone())).collect()
    };
    assert_eq!(heads(dir2.path(), "gbk-crlf"), heads(dir.path(), "gbk"));
}

/// `--encoding` overrides detection: the right one reads the file, a wrong one fails it.
#[test]
fn forced_encoding() {
    let (dir, out) = extract(&[fixture("gbk.txt")], &["-q", "--encoding", "gbk"]);
    assert!(out.status.success());
    let row = &rows_of(dir.path(), "documents", "gbk")[0];
    assert_eq!((row["encoding"].as_str(), row["status"].as_str()), ("gb18030", "ok"));

    let (dir, out) = extract(&[fixture("gbk.txt")], &["-q", "--encoding", "utf-8"]);
    assert!(!out.status.success(), "an undecodable file makes the run fail");
    let row = &rows_of(dir.path(), "documents", "gbk")[0];
    assert_eq!(row["status"], "error");
    assert!(row["message"].contains("utf-8"), "{}", row["message"]);
    assert!(!row["message"].contains('\n'));
    assert!(rows_of(dir.path(), "sections", "gbk").is_empty());

    // A BOM is removed only when it belongs to the forced encoding.
    let (dir, _) = extract(&[fixture("utf8-bom.txt")], &["-q", "--encoding", "utf-8"]);
    let row = &rows_of(dir.path(), "documents", "utf8-bom")[0];
    let text = std::fs::read_to_string(fixture("plain-utf8.txt")).expect("read");
    assert_eq!(row["n_chars"], text.chars().count().to_string());
}

/// The visible text of the HTML fixture, written out by hand.
fn html_visible_text() -> String {
    let text = std::fs::read_to_string(fixture("plain-utf8.txt")).expect("read");
    let lines: Vec<&str> = text.trim_end().lines().collect();
    let mut v = vec!["首页 > 政务公开", lines[0], "发布时间：2021-01-12 10:00:00", "来源：某某区政府办"];
    v.extend(&lines[1..]);
    v.push("分享到：微信");
    v.join("\n")
}

#[test]
fn html_is_its_visible_text_with_blocks_as_lines() {
    let inputs = [
        fixture("page-declared-gb2312-but-utf8.html"),
        fixture("page-gbk.html"),
        fixture("page-gbk-declared-utf8.html"),
        fixture("plain-utf8.txt"),
    ];
    let (dir, out) = extract(&inputs, &["-q"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let visible = html_visible_text();
    // A page's declared charset is believed only where the bytes agree with it.
    for (doc, enc) in
        [("page-declared-gb2312-but-utf8", "utf-8"), ("page-gbk", "gb18030"), ("page-gbk-declared-utf8", "gb18030")]
    {
        let row = &rows_of(dir.path(), "documents", doc)[0];
        assert_eq!(row["encoding"], enc, "{doc}: a valid UTF-8 page is UTF-8 whatever its meta says");
        assert_eq!(row["n_chars"], visible.chars().count().to_string(), "{doc}");
        let mut want = doc_fields(dir.path(), "plain-utf8");
        want.retain(|(k, _)| k != "n_chars");
        let mut got = doc_fields(dir.path(), doc);
        got.retain(|(k, _)| k != "n_chars");
        assert_eq!(got, want, "{doc}: header");
        // Sections and glossary: same headings, offsets into the visible text.
        let secs = rows_of(dir.path(), "sections", doc);
        let plain = rows_of(dir.path(), "sections", "plain-utf8");
        assert_eq!(secs.len(), plain.len(), "{doc}");
        for (s, p) in secs.iter().zip(&plain) {
            assert_eq!((&s["level"], &s["marker"], &s["heading"]), (&p["level"], &p["marker"], &p["heading"]));
            let span: String =
                crate::util::slice_chars(&visible, s["char_start"].parse().unwrap(), s["char_end"].parse().unwrap());
            let plain_text = std::fs::read_to_string(fixture("plain-utf8.txt")).unwrap();
            let plain_span =
                crate::util::slice_chars(&plain_text, p["char_start"].parse().unwrap(), p["char_end"].parse().unwrap());
            assert_eq!(span, plain_span, "{doc}: span of {}", s["heading"]);
        }
        let g = rows_of(dir.path(), "glossary", doc);
        assert_eq!(g.len(), 2);
        assert_eq!(g[1]["term"], "“双减”政策");
        assert!(!visible.contains("不是正文"), "script text is not visible");
    }
}

/// A .docx built here: runs split mid-word, `w:br`, `w:tab`, tab stops (not text), a table,
/// deleted text and field codes (not text), entities.
fn docx_fixture() -> Vec<u8> {
    let body = r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs><w:jc w:val="center"/></w:pPr><w:r><w:t>某某区</w:t></w:r><w:r><w:t>人民政府工作报告</w:t></w:r></w:p>
<w:p><w:r><w:t>——2021年1月8日在某某区第五届人民代表大会</w:t><w:br/><w:t>第六次会议上</w:t></w:r></w:p>
<w:p><w:r><w:t>区长</w:t><w:tab/><w:t>张三</w:t></w:r></w:p>
<w:p/>
<w:p><w:r><w:t xml:space="preserve">各位代表：</w:t></w:r></w:p>
<w:p><w:r><w:t>一、2020年工作回顾</w:t></w:r></w:p>
<w:p><w:r><w:t>全区地区生产总值增长4.5%</w:t></w:r><w:r><w:delText>（删除）</w:delText></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>。R&amp;D投入增长8%。</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2020年</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>地区生产总值</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>4.5%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>（一）产业发展加快。规模以上工业增加值增长6%。</w:t></w:r></w:p>
<w:p><w:r><w:t>二、2021年工作安排</w:t></w:r></w:p>
<w:p><w:r><w:t>名 词 解 释</w:t></w:r></w:p>
<w:p><w:r><w:t>两山一带：即金鳌山、中梁山和滨江带&#12290;</w:t></w:r></w:p>"#;
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default();
        zip.start_file("[Content_Types].xml", opts).unwrap();
        zip.write_all(
            br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#,
        )
        .unwrap();
        zip.start_file("word/document.xml", opts).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
        zip.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn docx_text_follows_the_contract() {
    let bytes = docx_fixture();
    let want = "某某区人民政府工作报告\n——2021年1月8日在某某区第五届人民代表大会\n第六次会议上\n区长\t张三\n\n各位代表：\n一、2020年工作回顾\n全区地区生产总值增长4.5%。R&D投入增长8%。\n指标\n2020年\n地区生产总值\n4.5%\n（一）产业发展加快。规模以上工业增加值增长6%。\n二、2021年工作安排\n名 词 解 释\n两山一带：即金鳌山、中梁山和滨江带。";
    assert_eq!(docx_by_hand(&bytes), want, "the hand reading agrees with the contract");
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("built.docx");
    std::fs::write(&path, &bytes).unwrap();
    let (dir, out) = extract(&[path], &["-q"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let row = &rows_of(dir.path(), "documents", "built")[0];
    assert_eq!(row["status"], "ok", "{}", row["message"]);
    assert_eq!(row["encoding"], "utf-8");
    assert_eq!(row["n_chars"], want.chars().count().to_string());
    assert_eq!(
        (row["title"].as_str(), row["meeting"].as_str(), row["speaker"].as_str()),
        ("某某区人民政府工作报告", "某某区第五届人民代表大会第六次会议", "张三")
    );
    for s in rows_of(dir.path(), "sections", "built") {
        let span = crate::util::slice_chars(want, s["char_start"].parse().unwrap(), s["char_end"].parse().unwrap());
        assert!(span.starts_with(&format!("{}{}", s["marker"], s["heading"])), "{span:?} / {}", s["heading"]);
    }
    let g = rows_of(dir.path(), "glossary", "built");
    assert_eq!(g.len(), 1);
    let entry = crate::util::slice_chars(want, g[0]["char_start"].parse().unwrap(), g[0]["char_end"].parse().unwrap());
    assert_eq!(entry, "两山一带：即金鳌山、中梁山和滨江带。");
}

/// Every real .docx: gwr's text is the contract's text (n_chars and every section span).
#[test]
fn raw_docx_text_matches_the_hand_reading() {
    let rows = read_csv(&full_run().join("documents.csv"));
    let mut n = 0;
    for r in rows.iter().filter(|r| r["source_path"].ends_with(".docx")) {
        let text = docx_by_hand(&std::fs::read(repo("raw").join(&r["source_path"])).unwrap());
        assert_eq!(r["n_chars"], text.chars().count().to_string(), "{}", r["doc_id"]);
        for s in rows_of(full_run(), "sections", &r["doc_id"]) {
            let span =
                crate::util::slice_chars(&text, s["char_start"].parse().unwrap(), s["char_end"].parse().unwrap());
            let head = span.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            let want =
                format!("{}{}", s["marker"], s["heading"]).chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert!(head.starts_with(&want), "{}: {:?} does not start with {want:?}", r["doc_id"], &span);
        }
        n += 1;
    }
    assert_eq!(n, 15);
}

/// Files that cannot be read: each still gets exactly one documents row, with status error
/// and a one-line message; a text with no report structure gets a warning.
#[test]
fn failures_are_rows_with_a_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let w = |name: &str, bytes: &[u8]| {
        let p = tmp.path().join(name);
        std::fs::write(&p, bytes).unwrap();
    };
    w("empty.txt", b"");
    w("bom-only.txt", b"\xEF\xBB\xBF  \n");
    w("corrupt.docx", b"PK\x03\x04 this is not a zip archive at all");
    let noise: Vec<u8> = (0..2000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 | 1).collect();
    w("noise.txt", &noise);
    w("no-structure.txt", "今天天气很好，我们去公园散步。\n".as_bytes());
    let mut no_xml = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut no_xml);
        zip.start_file("readme.txt", zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(b"hello").unwrap();
        zip.finish().unwrap();
    }
    w("no-document-xml.docx", no_xml.get_ref());
    let (dir, out) = extract(&[tmp.path().to_path_buf()], &["-q"]);
    assert_eq!(out.status.code(), Some(1), "errors make the exit code 1");
    let rows = read_csv(&dir.path().join("documents.csv"));
    assert_eq!(rows.len(), 6);
    let expect = [
        ("empty", "error", "empty"),
        ("bom-only", "error", "empty"),
        ("corrupt", "error", "zip"),
        ("noise", "error", "decode"),
        ("no-structure", "warning", "no report structure"),
        ("no-document-xml", "error", "document.xml"),
    ];
    for (doc, status, word) in expect {
        let r = rows.iter().find(|r| r["doc_id"] == doc).unwrap_or_else(|| panic!("{doc}: no row"));
        assert_eq!(r["status"], status, "{doc}: {}", r["message"]);
        assert!(r["message"].to_lowercase().contains(word), "{doc}: {:?}", r["message"]);
        assert!(!r["message"].contains('\n'), "{doc}: one line");
        assert_eq!(r["source_sha256"].len(), 64, "{doc}: digest of the raw bytes even on failure");
    }
}
