//! Issue 9, input side: Markdown reports, stable doc ids, files that are not regular files,
//! UTF-16 without a BOM. Each test is named after the bug it guards against.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::decode::decode_by_hand;
use crate::util::{Row, extract, full_run, gwr, in_markdown_sample, read_csv, repo, rows_of, seed_run};

/// Markup that must never be part of a surface, subject, heading, term or project name.
const MARKUP: [&str; 7] = ["*", "|", "<!--", "-->", "](", "__", "[http"];

fn fixture() -> PathBuf {
    repo("tests/fixtures/markdown/report.md")
}

/// A `#` is markup at the start of a heading; `6#机组` (unit 6) is text.
fn has_markup(v: &str) -> bool {
    MARKUP.iter().any(|m| v.contains(m)) || v.trim_start().starts_with('#') || v.contains("# ")
}

/// Every column a reader sees as text of the report, for the markup check.
const TEXT_COLUMNS: [(&str, &[&str]); 4] = [
    ("indicators", &["surface", "subject"]),
    ("sections", &["marker", "heading"]),
    ("projects", &["name", "action"]),
    ("glossary", &["term"]),
];

/// Rows of `docs` whose text columns hold markup, indicator surfaces that are not their span
/// of the decoded file, and (with `headings_in_span`) headings that are not text of their
/// section's span.
fn markup_and_offset_problems(dir: &Path, docs: &[Row], raw_root: &Path, headings_in_span: bool) -> Vec<String> {
    let wanted: BTreeSet<&str> = docs.iter().map(|d| d["doc_id"].as_str()).collect();
    let mut tables: BTreeMap<&str, Vec<Row>> = BTreeMap::new();
    for (table, _) in TEXT_COLUMNS {
        let rows = read_csv(&dir.join(format!("{table}.csv")));
        tables.insert(table, rows.into_iter().filter(|r| wanted.contains(r["doc_id"].as_str())).collect());
    }
    let mut problems = Vec::new();
    for (table, cols) in TEXT_COLUMNS {
        for r in &tables[table] {
            for c in cols {
                if has_markup(&r[*c]) {
                    problems.push(format!("{} {table}.{c}: {:?}", r["doc_id"], r[*c]));
                }
            }
        }
    }
    for d in docs {
        let text = decode_by_hand(&std::fs::read(raw_root.join(&d["source_path"])).expect("read input"));
        let chars: Vec<char> = text.chars().collect();
        let slice = |r: &Row| -> String {
            let (s, e): (usize, usize) = (r["char_start"].parse().unwrap(), r["char_end"].parse().unwrap());
            chars[s.min(chars.len())..e.min(chars.len())].iter().collect()
        };
        for r in tables["indicators"].iter().filter(|r| r["doc_id"] == d["doc_id"]) {
            if slice(r) != r["surface"] {
                problems.push(format!(
                    "{} at {}: {:?} is not {:?}",
                    d["doc_id"],
                    r["char_start"],
                    slice(r),
                    r["surface"]
                ));
            }
        }
        if headings_in_span {
            for r in tables["sections"].iter().filter(|r| r["doc_id"] == d["doc_id"]) {
                if !slice(r).contains(&r["heading"]) {
                    problems.push(format!(
                        "{} section at {}: heading {:?} not in its span",
                        d["doc_id"], r["char_start"], r["heading"]
                    ));
                }
            }
        }
    }
    problems
}

/// Before issue 9, `.md` files were passed over ("not a .txt, .docx or .html file"). Now a
/// Markdown report yields rows, its markup stays out of them, offsets still count in the
/// decoded file, and its front matter fills title and source_url.
#[test]
fn markdown_reports_were_skipped_now_they_yield_rows_without_markup() {
    let (dir, out) = extract(&[fixture()], &["-q"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let docs = read_csv(&dir.path().join("documents.csv"));
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d["doc_id"], "report");
    assert_eq!(d["status"], "ok", "{}", d["message"]);
    // The text has no title line: the front matter's, its date and speaker dropped.
    assert_eq!(d["title"], "某某市政府工作报告");
    assert_eq!(d["source_url"], "https://www.example.gov.cn/zwgk/2024/01/t20240115_1.html");
    let text = decode_by_hand(&std::fs::read(fixture()).unwrap());
    assert_eq!(d["n_chars"], text.chars().count().to_string(), "offsets count in the decoded file");

    // A `#` heading and bold headings are sections.
    let headings: Vec<(String, String)> =
        rows_of(dir.path(), "sections", "report").iter().map(|r| (r["marker"].clone(), r["heading"].clone())).collect();
    for (marker, heading) in [("一、", "2023年工作回顾"), ("（一）", "产业转型步伐加快"), ("二、", "2024年工作安排")]
    {
        assert!(headings.contains(&(marker.into(), heading.into())), "{marker}{heading} in {headings:?}");
    }
    // Figures in bold, in a table and in a quote are found; link targets yield nothing.
    let ind = rows_of(dir.path(), "indicators", "report");
    let surfaces: Vec<&str> = ind.iter().map(|r| r["surface"].as_str()).collect();
    for s in ["1250.6亿元", "5.8%", "512.4亿元", "730亿元", "3.2万人", "5.1%"] {
        assert!(surfaces.contains(&s), "{s} in {surfaces:?}");
    }
    assert!(!ind.iter().any(|r| r["surface"].contains("2024_03") || r["sentence"].contains("tjj.example")));
    let gdp = ind.iter().find(|r| r["surface"] == "1250.6亿元").unwrap();
    assert_eq!(gdp["indicator"], "gdp");
    // The comment at the end (an editor's note) and the front matter yield nothing.
    assert!(!ind.iter().any(|r| r["sentence"].contains("编者按") || r["sentence"].contains("政府工作报告")));

    let problems = markup_and_offset_problems(dir.path(), &docs, fixture().parent().unwrap(), true);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The same check over the 179 Markdown reports of raw/lawtext-sample: each yields rows and
/// none of them carries markup.
#[test]
fn markdown_sample_in_raw_yields_rows_without_markup() {
    let dir = full_run();
    let docs: Vec<Row> = read_csv(&dir.join("documents.csv")).into_iter().filter(in_markdown_sample).collect();
    assert_eq!(docs.len(), 179);
    // Headings of run-in bold heads (`**一、2011年工作回顾** 过去的一年…`) still run on into
    // their paragraph, over the masked `**`; the stages will read `markup_headings` for them.
    let mut problems = markup_and_offset_problems(dir, &docs, &repo("raw"), false);
    let with_rows: BTreeSet<String> =
        read_csv(&dir.join("indicators.csv")).into_iter().map(|r| r["doc_id"].clone()).collect();
    for d in &docs {
        if d["status"] == "error" || d["title"].is_empty() {
            problems.push(format!("{}: status {} title {:?}", d["doc_id"], d["status"], d["title"]));
        }
        if !with_rows.contains(&d["doc_id"]) {
            problems.push(format!("{}: no indicators", d["doc_id"]));
        }
        assert!(!d["doc_id"].ends_with(".md"), "{}", d["doc_id"]);
    }
    let with_source = docs.iter().filter(|d| d["source_url"].starts_with("http")).count();
    assert_eq!(with_source, 79, "the sample's front matter names a source for 79 reports");
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// A `.txt` whose text opens with YAML front matter is a renamed Markdown file: same rows as
/// the `.md`. So is a file without an extension. Text without front matter is not touched.
#[test]
fn text_files_with_front_matter_are_markdown() {
    let tmp = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(fixture()).unwrap();
    std::fs::write(tmp.path().join("renamed.txt"), &bytes).unwrap();
    std::fs::write(tmp.path().join("no-extension"), &bytes).unwrap();
    std::fs::write(tmp.path().join("README"), b"not a report").unwrap();
    let (dir, out) = extract(&[tmp.path().to_path_buf()], &["-q"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (md, o) = extract(&[fixture()], &["-q"]);
    assert!(o.status.success());
    let docs = read_csv(&dir.path().join("documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|d| d["doc_id"].as_str()).collect();
    assert_eq!(ids, ["no-extension", "renamed"]);
    for id in ids {
        for table in ["sections", "indicators", "projects"] {
            let strip = |rows: Vec<Row>| -> Vec<Row> {
                rows.into_iter()
                    .map(|mut r| {
                        r.remove("doc_id");
                        r
                    })
                    .collect()
            };
            assert_eq!(
                strip(rows_of(dir.path(), table, id)),
                strip(rows_of(md.path(), table, "report")),
                "{id} {table}"
            );
        }
        let d = docs.iter().find(|d| d["doc_id"] == id).unwrap();
        assert_eq!(d["title"], "某某市政府工作报告");
        assert!(d["source_url"].starts_with("https://"));
    }
    let run: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.path().join("run.json")).unwrap()).unwrap();
    let skipped = run["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert!(skipped[0]["path"].as_str().unwrap().ends_with("README"));
    // A plain .txt report has no source_url.
    assert_eq!(read_csv(&seed_run().join("documents.csv"))[0]["source_url"], "");
}

/// Run `gwr` but give up (and fail) after `secs` seconds: a walk that opened a named pipe
/// would block for ever.
fn run_with_timeout(mut cmd: Command, secs: u64) -> Output {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("gwr starts");
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if started.elapsed() > Duration::from_secs(secs) {
            child.kill().ok();
            child.wait().ok();
            panic!("gwr did not finish within {secs} s (blocked on a named pipe or device?)");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Before issue 9, a named pipe, a link to /dev/zero or a broken link under an input folder
/// vanished without a word (and a pipe could block the run); then they were listed only under
/// `skipped` in run.json, so a report the user meant as input was missing from `documents`.
/// Now each one with a report's name gets its `documents` row with status error and the reason,
/// without ever being opened; a link to a folder is skipped (not followed), and the run finishes.
#[cfg(unix)]
#[test]
fn pipes_devices_and_broken_links_with_report_names_get_documents_rows() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::copy(repo("raw/cq-dadukou-2022.txt"), d.join("good.txt")).unwrap();
    let st = Command::new("mkfifo").arg(d.join("pipe.txt")).status().expect("mkfifo runs");
    assert!(st.success(), "mkfifo failed");
    symlink("/dev/zero", d.join("zero.txt")).unwrap();
    symlink(d.join("nowhere.txt"), d.join("broken.txt")).unwrap();
    std::fs::create_dir(d.join("folder")).unwrap();
    symlink(d.join("folder"), d.join("linked-folder")).unwrap();
    symlink(d.join("good.txt"), d.join("link-to-good.txt")).unwrap();
    std::fs::write(d.join("scan.pdf"), b"%PDF-1.4 not really").unwrap();
    std::fs::write(d.join("reports.zip"), b"PK\x05\x06").unwrap();

    let out_dir = tempfile::tempdir().unwrap();
    let mut cmd = gwr();
    cmd.arg("extract").arg(d).arg("-o").arg(out_dir.path()).arg("-q");
    let out = run_with_timeout(cmd, 120);
    assert_eq!(out.status.code(), Some(1), "files with status error: exit 1; {}", String::from_utf8_lossy(&out.stderr));

    let docs = read_csv(&out_dir.path().join("documents.csv"));
    let rows: Vec<(&str, &str, &str)> =
        docs.iter().map(|r| (r["doc_id"].as_str(), r["status"].as_str(), r["message"].as_str())).collect();
    assert_eq!(
        rows,
        [
            ("broken", "error", "not a regular file (broken symbolic link); not opened"),
            ("good", "ok", ""),
            ("link-to-good", "ok", ""),
            ("pipe", "error", "not a regular file (named pipe); not opened"),
            ("reports", "error", "not read: an archive: unpack it and give gwr the files inside"),
            ("scan", "error", "not read: a PDF: convert it to text first (pdftotext -layout)"),
            ("zero", "error", "not a regular file (device file); not opened"),
        ]
    );
    let run: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out_dir.path().join("run.json")).unwrap()).unwrap();
    let skipped: Vec<(String, String)> = run["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let p = s["path"].as_str().unwrap();
            (p.rsplit('/').next().unwrap().to_string(), s["reason"].as_str().unwrap().to_string())
        })
        .collect();
    assert_eq!(skipped, [("linked-folder".to_string(), "symbolic link to a folder (not followed)".to_string())]);

    // A named pipe given directly as an input gets its row the same way.
    let out_dir = tempfile::tempdir().unwrap();
    let mut cmd = gwr();
    cmd.arg("extract").arg(d.join("pipe.txt")).arg(d.join("good.txt")).arg("-o").arg(out_dir.path()).arg("-q");
    let out = run_with_timeout(cmd, 120);
    assert_eq!(out.status.code(), Some(1));
    let docs = read_csv(&out_dir.path().join("documents.csv"));
    let pipe = docs.iter().find(|r| r["doc_id"] == "pipe").expect("the pipe has a documents row");
    assert_eq!(pipe["message"], "not a regular file (named pipe); not opened");
}

/// A small Markdown report (a real one from the sample).
fn sample_report() -> Vec<u8> {
    std::fs::read(repo("raw/lawtext-sample/city/白城市/2014.md")).unwrap()
}

fn ids(dir: &Path) -> Vec<String> {
    read_csv(&dir.join("documents.csv")).into_iter().map(|r| r["doc_id"].clone()).collect()
}

/// Before issue 9, in a collection filed as `<place>/<year>.md` the first `2014.md` got
/// doc_id `2014` and every later one its path with extension, so adding a file renamed
/// another and `gwr diff` reported removals that were not there. Now doc_id is the path
/// relative to the input folder without extension, whatever else is in the folder.
#[test]
fn adding_a_second_2014_md_renamed_the_first_now_ids_are_stable() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::create_dir_all(root.join("city/三亚市")).unwrap();
    std::fs::write(root.join("city/三亚市/2014.md"), sample_report()).unwrap();
    let (before, o) = extract(&[root.to_path_buf()], &["-q", "--format", "csv"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(ids(before.path()), ["city/三亚市/2014"]);

    // Another 2014.md in another folder.
    std::fs::create_dir_all(root.join("city/三明市")).unwrap();
    std::fs::write(root.join("city/三明市/2014.md"), sample_report()).unwrap();
    let (after, o) = extract(&[root.to_path_buf()], &["-q", "--format", "csv"]);
    assert!(o.status.success());
    assert_eq!(ids(after.path()), ["city/三亚市/2014", "city/三明市/2014"]);
    let old = rows_of(before.path(), "indicators", "city/三亚市/2014");
    assert!(!old.is_empty());
    assert_eq!(old, rows_of(after.path(), "indicators", "city/三亚市/2014"), "the first report's rows keep their key");

    // The seed given by itself keeps its stem; found under raw/ it is the same id.
    assert_eq!(ids(seed_run()), ["cq-dadukou-2022"]);
    assert!(ids(full_run()).contains(&"cq-dadukou-2022".to_string()));
    assert!(ids(full_run()).contains(&"hailar/海拉尔区政府工作报告-2013".to_string()));
    assert!(ids(full_run()).contains(&"lawtext-sample/city/白城市/2014".to_string()));
}

/// Ids can still collide (one name with two extensions in a folder; the same relative path
/// under two input folders): the first in path order keeps the id, later ones keep their
/// extension, and the others' ids do not move.
#[test]
fn colliding_ids_keep_their_extension() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let report = sample_report();
    std::fs::write(a.path().join("2014.md"), &report).unwrap();
    std::fs::write(a.path().join("2014.txt"), &report).unwrap();
    std::fs::write(b.path().join("2014.md"), &report).unwrap();
    std::fs::write(b.path().join("2015.md"), &report).unwrap();
    let (dir, o) = extract(&[a.path().to_path_buf(), b.path().to_path_buf()], &["-q", "--format", "csv"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(ids(dir.path()), ["2014", "2014.md", "2014.txt", "2015"]);
}

fn utf16(text: &str, le: bool) -> Vec<u8> {
    text.encode_utf16().flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
}

/// Before issue 9, Chinese text in UTF-16 without a BOM (few NUL bytes) was called binary
/// data. Now it is recognised, and gives the rows of the same text in UTF-8.
#[test]
fn utf16_without_bom_was_called_binary_now_it_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let text = decode_by_hand(&std::fs::read(repo("raw/cq-dadukou-2022.txt")).unwrap());
    std::fs::write(tmp.path().join("le.txt"), utf16(&text, true)).unwrap();
    std::fs::write(tmp.path().join("be.txt"), utf16(&text, false)).unwrap();
    // A short paragraph too, mostly ideographs.
    let para = "各位代表：\n　　过去一年，全市地区生产总值增长5.2%，一般公共预算收入增长8.1%。\n";
    std::fs::write(tmp.path().join("para-le.txt"), utf16(para, true)).unwrap();
    std::fs::write(tmp.path().join("para-be.txt"), utf16(para, false)).unwrap();
    let (dir, o) = extract(&[tmp.path().to_path_buf()], &["-q"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let docs = read_csv(&dir.path().join("documents.csv"));
    for (id, enc, chars) in [
        ("le", "utf-16le", text.chars().count()),
        ("be", "utf-16be", text.chars().count()),
        ("para-le", "utf-16le", para.chars().count()),
        ("para-be", "utf-16be", para.chars().count()),
    ] {
        let d = docs.iter().find(|d| d["doc_id"] == id).unwrap();
        assert_eq!((d["encoding"].as_str(), d["n_chars"].as_str()), (enc, chars.to_string().as_str()), "{id}");
        assert_ne!(d["status"], "error", "{id}: {}", d["message"]);
    }
    for table in ["sections", "indicators", "projects", "glossary"] {
        let strip = |rows: Vec<Row>| -> Vec<Row> {
            rows.into_iter()
                .map(|mut r| {
                    r.remove("doc_id");
                    r
                })
                .collect()
        };
        let seed = strip(rows_of(seed_run(), table, "cq-dadukou-2022"));
        assert_eq!(strip(rows_of(dir.path(), table, "le")), seed, "le {table}");
        assert_eq!(strip(rows_of(dir.path(), table, "be")), seed, "be {table}");
    }
    let para_rows = rows_of(dir.path(), "indicators", "para-le");
    assert_eq!(para_rows.iter().map(|r| r["surface"].as_str()).collect::<Vec<_>>(), ["5.2%", "8.1%"]);
}
