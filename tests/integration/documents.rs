//! Tests of the `documents` table: the seed against its gold row, every real report of raw/
//! against values read by hand from the file, and header layouts from fixtures.

use std::path::PathBuf;

use crate::util::{Row, extract, fixture_run, full_run, gold, read_csv, repo, rows_of, seed_run};

/// What the header of each report in raw/ says, read by hand from the file (the .docx through
/// its document.xml). Columns: doc_id, title, region, admin_level, report_year, delivered_on,
/// meeting, speaker, speaker_title. "" is null.
///
/// Notes on the calls made:
/// - title is the first title line of the header as written, letter spacing removed: a page
///   heading (2026年宁夏回族自治区政府工作报告) comes before the report's own 政府工作报告; the
///   云南 2026 page only has 2026年政府工作报告, the 广东 2026 text only 政府工作报告.
/// - region is the full name of the government: 宁夏 in a title is 宁夏回族自治区, as the
///   meeting and the speaker's office name it; 海拉尔区 is all the hailar texts say.
/// - speaker and meeting may sit inside the subtitle (上海, 内蒙古, 北京 … 2025).
const EXPECTED: &[[&str; 9]] = &[
    [
        "provinces-2025/2025年上海市政府工作报告",
        "2025年上海市政府工作报告",
        "上海市",
        "province",
        "2025",
        "2025-01-15",
        "上海市第十六届人民代表大会第三次会议",
        "龚正",
        "市长",
    ],
    [
        "provinces-2025/2025年云南省政府工作报告",
        "2025年云南省政府工作报告",
        "云南省",
        "province",
        "2025",
        "2025-01-18",
        "云南省第十四届人民代表大会第三次会议",
        "王予波",
        "省长",
    ],
    [
        "provinces-2025/2025年内蒙古自治区政府工作报告",
        "2025年内蒙古自治区政府工作报告",
        "内蒙古自治区",
        "province",
        "2025",
        "2025-01-14",
        "内蒙古自治区第十四届人民代表大会第三次会议",
        "王莉霞",
        "主席",
    ],
    [
        "provinces-2025/2025年北京市政府工作报告",
        "2025年北京市政府工作报告",
        "北京市",
        "province",
        "2025",
        "2025-01-14",
        "北京市第十六届人民代表大会第三次会议",
        "殷勇",
        "市长",
    ],
    [
        "provinces-2025/2025年吉林省政府工作报告",
        "2025年吉林省政府工作报告",
        "吉林省",
        "province",
        "2025",
        "2025-01-14",
        "吉林省第十四届人民代表大会第四次会议",
        "胡玉亭",
        "省长",
    ],
    [
        "provinces-2025/2025年四川省政府工作报告",
        "2025年四川省政府工作报告",
        "四川省",
        "province",
        "2025",
        "2025-01-20",
        "四川省第十四届人民代表大会第四次会议",
        "施小琳",
        "省长",
    ],
    [
        "provinces-2025/2025年天津市政府工作报告",
        "2025年天津市政府工作报告",
        "天津市",
        "province",
        "2025",
        "2025-01-14",
        "天津市第十八届人民代表大会第三次会议",
        "张工",
        "市长",
    ],
    [
        "provinces-2025/2025年宁夏政府工作报告",
        "2025年宁夏政府工作报告",
        "宁夏回族自治区",
        "province",
        "2025",
        "2025-01-19",
        "宁夏回族自治区第十三届人民代表大会第三次会议",
        "张雨浦",
        "主席",
    ],
    [
        "provinces-2025/2025年安徽省政府工作报告",
        "2025年安徽省政府工作报告",
        "安徽省",
        "province",
        "2025",
        "2025-01-20",
        "安徽省第十四届人民代表大会第三次会议",
        "王清宪",
        "省长",
    ],
    [
        "provinces-2025/2025年山东省政府工作报告",
        "2025年山东省政府工作报告",
        "山东省",
        "province",
        "2025",
        "2025-01-20",
        "山东省第十四届人民代表大会第三次会议",
        "周乃翔",
        "省长",
    ],
    [
        "provinces-2025/2025年山西省政府工作报告",
        "2025年山西省政府工作报告",
        "山西省",
        "province",
        "2025",
        "2025-01-17",
        "山西省第十四届人民代表大会第三次会议",
        "金湘军",
        "省长",
    ],
    [
        "provinces-2025/2025年广东省政府工作报告",
        "2025年广东省政府工作报告",
        "广东省",
        "province",
        "2025",
        "2025-01-15",
        "广东省第十四届人民代表大会第三次会议",
        "王伟中",
        "省长",
    ],
    [
        "provinces-2025/2025年广西政府工作报告",
        "2025年广西政府工作报告",
        "广西壮族自治区",
        "province",
        "2025",
        "2025-01-13",
        "广西壮族自治区第十四届人民代表大会第三次会议",
        "蓝天立",
        "主席",
    ],
    [
        "provinces-2025/2025年新疆政府工作报告",
        "2025年新疆政府工作报告",
        "新疆维吾尔自治区",
        "province",
        "2025",
        "2025-01-19",
        "新疆维吾尔自治区第十四届人民代表大会第三次会议",
        "艾尔肯·吐尼亚孜",
        "主席",
    ],
    [
        "provinces-2025/2025年江苏省政府工作报告",
        "2025年江苏省政府工作报告",
        "江苏省",
        "province",
        "2025",
        "2025-01-19",
        "江苏省第十四届人民代表大会第三次会议",
        "许昆林",
        "省长",
    ],
    [
        "provinces-2026/2026年上海市政府工作报告",
        "2026年上海市政府工作报告",
        "上海市",
        "province",
        "2026",
        "2026-02-03",
        "上海市第十六届人民代表大会第四次会议",
        "龚正",
        "市长",
    ],
    [
        "provinces-2026/2026年云南省政府工作报告",
        "2026年政府工作报告",
        "云南省",
        "province",
        "2026",
        "2026-01-28",
        "云南省第十四届人民代表大会第四次会议",
        "王予波",
        "省长",
    ],
    [
        "provinces-2026/2026年内蒙古自治区政府工作报告",
        "2026年内蒙古自治区政府工作报告",
        "内蒙古自治区",
        "province",
        "2026",
        "2026-02-04",
        "内蒙古自治区第十四届人民代表大会第五次会议",
        "包钢",
        "主席",
    ],
    [
        "provinces-2026/2026年北京市政府工作报告",
        "2026年北京市政府工作报告",
        "北京市",
        "province",
        "2026",
        "2026-01-25",
        "北京市第十六届人民代表大会第四次会议",
        "殷勇",
        "市长",
    ],
    [
        "provinces-2026/2026年吉林省政府工作报告",
        "2026年吉林省政府工作报告",
        "吉林省",
        "province",
        "2026",
        "2026-01-27",
        "吉林省第十四届人民代表大会第五次会议",
        "胡玉亭",
        "省长",
    ],
    [
        "provinces-2026/2026年四川省政府工作报告",
        "2026年四川省人民政府工作报告",
        "四川省",
        "province",
        "2026",
        "2026-02-03",
        "四川省第十四届人民代表大会第五次会议",
        "施小琳",
        "省长",
    ],
    [
        "provinces-2026/2026年天津市政府工作报告",
        "2026年天津市政府工作报告",
        "天津市",
        "province",
        "2026",
        "2026-01-26",
        "天津市第十八届人民代表大会第四次会议",
        "张工",
        "市长",
    ],
    [
        "provinces-2026/2026年宁夏回族自治区政府工作报告",
        "2026年宁夏回族自治区政府工作报告",
        "宁夏回族自治区",
        "province",
        "2026",
        "2026-02-03",
        "宁夏回族自治区第十三届人民代表大会第四次会议",
        "张雨浦",
        "主席",
    ],
    [
        "provinces-2026/2026年安徽省政府工作报告",
        "2026年安徽省政府工作报告",
        "安徽省",
        "province",
        "2026",
        "2026-02-05",
        "安徽省第十四届人民代表大会第四次会议",
        "王清宪",
        "省长",
    ],
    [
        "provinces-2026/2026年山东省政府工作报告",
        "2026年山东省政府工作报告",
        "山东省",
        "province",
        "2026",
        "2026-01-27",
        "山东省第十四届人民代表大会第四次会议",
        "周乃翔",
        "省长",
    ],
    [
        "provinces-2026/2026年山西省政府工作报告",
        "2026年山西省政府工作报告",
        "山西省",
        "province",
        "2026",
        "2026-02-02",
        "山西省第十四届人民代表大会第五次会议",
        "卢东亮",
        "省长",
    ],
    [
        "provinces-2026/2026年广东省政府工作报告",
        "政府工作报告",
        "广东省",
        "province",
        "2026",
        "2026-01-26",
        "广东省第十四届人民代表大会第五次会议",
        "孟凡利",
        "省长",
    ],
    [
        "provinces-2026/2026年广西壮族自治区政府工作报告",
        "2026年广西壮族自治区政府工作报告",
        "广西壮族自治区",
        "province",
        "2026",
        "2026-02-02",
        "广西壮族自治区第十四届人民代表大会第五次会议",
        "韦韬",
        "主席",
    ],
    [
        "provinces-2026/2026年新疆维吾尔自治区政府工作报告",
        "2026年新疆维吾尔自治区政府工作报告",
        "新疆维吾尔自治区",
        "province",
        "2026",
        "2026-01-27",
        "新疆维吾尔自治区第十四届人民代表大会第四次会议",
        "艾尔肯·吐尼亚孜",
        "主席",
    ],
    [
        "provinces-2026/2026年江苏省政府工作报告",
        "2026年江苏省政府工作报告",
        "江苏省",
        "province",
        "2026",
        "2026-02-03",
        "江苏省第十四届人民代表大会第五次会议",
        "刘小涛",
        "省长",
    ],
    [
        "hailar/海拉尔区政府工作报告-2012",
        "政府工作报告",
        "海拉尔区",
        "county",
        "2012",
        "2012-02-29",
        "海拉尔区第十三届人民代表大会第六次会议",
        "张天喜",
        "区长",
    ],
    [
        "hailar/海拉尔区政府工作报告-2013",
        "政府工作报告",
        "海拉尔区",
        "county",
        "2013",
        "2013-02-28",
        "海拉尔区第十四届人民代表大会第二次会议",
        "杜联合",
        "区长",
    ],
    [
        "hailar/海拉尔区政府工作报告-2014",
        "政府工作报告",
        "海拉尔区",
        "county",
        "2014",
        "2014-02-19",
        "海拉尔区第十四届人民代表大会第三次会议",
        "杜联合",
        "区长",
    ],
    [
        "hailar/海拉尔区政府工作报告-2015",
        "政府工作报告",
        "海拉尔区",
        "county",
        "2015",
        "2015-02-05",
        "海拉尔区第十四届人民代表大会第四次会议",
        "杜联合",
        "区长",
    ],
];

const HEADER_FIELDS: [&str; 8] =
    ["title", "region", "admin_level", "report_year", "delivered_on", "meeting", "speaker", "speaker_title"];

/// Field-by-field differences between a documents row and expected values.
fn differences(row: &Row, expected: &[&str]) -> Vec<String> {
    HEADER_FIELDS
        .iter()
        .zip(expected)
        .filter(|(f, e)| row[**f] != **e)
        .map(|(f, e)| format!("{f}: got {:?}, expected {:?}", row[*f], e))
        .collect()
}

#[test]
fn seed_matches_gold_exactly() {
    let got = read_csv(&seed_run().join("documents.csv"));
    let want = read_csv(&gold().join("documents.csv"));
    assert_eq!(got, want);
}

#[test]
fn every_report_in_raw_has_the_header_read_by_hand() {
    let rows = read_csv(&full_run().join("documents.csv"));
    let mut problems = Vec::new();
    for e in EXPECTED {
        match rows.iter().find(|r| r["doc_id"] == e[0]) {
            None => problems.push(format!("{}: no documents row", e[0])),
            Some(r) => {
                for d in differences(r, &e[1..]) {
                    problems.push(format!("{}: {d}", e[0]));
                }
                if r["status"] != "ok" {
                    problems.push(format!("{}: status {} ({})", e[0], r["status"], r["message"]));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_input_file_has_exactly_one_row() {
    let rows = read_csv(&full_run().join("documents.csv"));
    let mut files: Vec<String> = Vec::new();
    let mut dirs = vec![repo("raw")];
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(dir).expect("raw/ readable") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.is_file() {
                files.push(p.strip_prefix(repo("raw")).expect("under raw").to_string_lossy().replace('\\', "/"));
            }
        }
    }
    files.sort();
    let mut paths: Vec<String> = rows.iter().map(|r| r["source_path"].clone()).collect();
    paths.sort();
    assert_eq!(paths, files);
    // The table above covers every report in raw/ except the seed, which has its gold row, and
    // the Markdown sample (lawtext-sample/, checked against its TRUTH.tsv elsewhere).
    let markdown = rows.iter().filter(|r| r["source_path"].starts_with("lawtext-sample/")).count();
    assert_eq!(markdown, 179);
    assert_eq!(EXPECTED.len() + 1 + markdown, rows.len());
}

#[test]
fn hailar_encoding_and_lengths() {
    let dir = full_run();
    for year in 2012..=2015 {
        let doc = format!("hailar/海拉尔区政府工作报告-{year}");
        let row = &rows_of(dir, "documents", &doc)[0];
        assert_eq!(row["encoding"], "gb18030", "{doc}");
        let bytes = std::fs::read(repo(&format!("raw/{doc}.txt"))).expect("read");
        let (text, _, had_errors) = encoding_rs::GB18030.decode(&bytes);
        assert!(!had_errors);
        assert_eq!(row["n_chars"], text.chars().count().to_string(), "{doc}");
    }
}

/// A fixture under tests/fixtures/header/.
fn fixture(name: &str) -> PathBuf {
    repo("tests/fixtures/header").join(name)
}

// ---------------------------------------------------------------------------------------
// Header layouts that do not occur in raw/ but do in reports of other places and years
// (tests/fixtures/header/). Every field of each is pinned by the golden snapshots in
// tests/fixtures/header/snapshots/; the tests below state what each layout is for.
// ---------------------------------------------------------------------------------------

/// The documents row of a fixture of tests/fixtures/header/.
fn header_of(name: &str) -> Row {
    let rows = rows_of(fixture_run("header"), "documents", name);
    assert_eq!(rows.len(), 1, "{name}");
    rows.into_iter().next().expect("one row")
}

/// Chinese-numeral date in brackets after the meeting (（二〇二三年一月五日）); the speaker's
/// name letter-spaced (王　五); no year in the title, so the year is the delivery date's.
#[test]
fn a_bracketed_date_in_chinese_numerals_after_the_meeting() {
    let r = header_of("bracket-date-after-meeting");
    assert_eq!((r["delivered_on"].as_str(), r["report_year"].as_str()), ("2023-01-05", "2023"));
    assert_eq!(r["meeting"], "某某市第十七届人民代表大会第二次会议");
    assert_eq!((r["speaker"].as_str(), r["speaker_title"].as_str()), ("王五", "市长"));
}

/// A letter-spaced title on two lines is one title; an acting head (代县长) keeps 代; a county
/// named under its prefecture is a county.
#[test]
fn a_split_title_and_an_acting_head() {
    let r = header_of("split-title-acting-head");
    assert_eq!(r["title"], "某省某某市某某县人民政府工作报告");
    assert_eq!((r["speaker"].as_str(), r["speaker_title"].as_str()), ("李四", "代县长"));
    assert_eq!((r["region"].as_str(), r["admin_level"].as_str()), ("某省某某市某某县", "county"));
}

/// Only a short name (宁夏) and bare offices (自治区主席, 自治区十三届人大): the region list
/// writes the name in full; the meeting stays as written.
#[test]
fn a_short_provincial_name_is_written_in_full() {
    let r = header_of("short-name-only");
    assert_eq!((r["region"].as_str(), r["admin_level"].as_str()), ("宁夏回族自治区", "province"));
    assert_eq!(r["meeting"], "自治区十三届人大三次会议");
    assert_eq!(r["speaker_title"], "主席");
}

/// No header at all (the report starts with 各位代表): the year comes from the part headings
/// (一、2018年工作回顾 … 二、2019年工作安排 make the 2019 report); 我代表区人民政府 names no
/// region and a bare 区 no level, so nothing else is guessed.
#[test]
fn without_a_header_nothing_is_guessed() {
    let r = header_of("no-header");
    for f in HEADER_FIELDS {
        let want = if f == "report_year" { "2019" } else { "" };
        assert_eq!(r[f], want, "{f}");
    }
}

/// A scraped page (breadcrumbs, a publication time stamp, the source on its own line, a photo
/// caption naming the speaker and a reporter): the fields come from the report's own header.
#[test]
fn a_scraped_page_reads_the_reports_own_header() {
    let r = header_of("scraped-page");
    assert_eq!(r["title"], "2024年某某自治州政府工作报告");
    assert_eq!(r["delivered_on"], "2024-01-10", "the delivery date, not the publication time");
    assert_eq!((r["speaker"].as_str(), r["speaker_title"].as_str()), ("赵六", "州长"));
    assert_eq!((r["region"].as_str(), r["admin_level"].as_str()), ("某某自治州", "prefecture"));
}

/// The header's fields never come from the file name: a report saved under a misleading
/// name keeps what its text says.
#[test]
fn nothing_is_taken_from_the_file_name() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let path = tmp.path().join("2030年北京市政府工作报告.txt");
    std::fs::copy(fixture("no-header.txt"), &path).expect("copy");
    let (dir, out) = extract(&[path], &["-q"]);
    assert!(out.status.success());
    let row = &rows_of(dir.path(), "documents", "2030年北京市政府工作报告")[0];
    for f in HEADER_FIELDS {
        // The year is the text's own (its part headings say 2019), never the name's 2030.
        let want = if f == "report_year" { "2019" } else { "" };
        assert_eq!(row[f], want, "{f} was filled from the file name");
    }
}

/// The lawtext sample (raw/lawtext-sample, 179 Markdown reports) against TRUTH.tsv, the
/// collection's folder names: report_year, region (aliases folded through dict/regions.tsv)
/// and admin_level (`provincial` -> province, `city` -> prefecture) agree on ≥ 99% of the
/// reports, and every disagreement is listed with its reason in EXCEPTIONS.tsv — a new one, or
/// a listed one that no longer occurs, fails.
///
/// The files are copied as `.txt`: a text file that opens with YAML front matter is read the
/// way its `.md` original is once Markdown input is in, and read unmasked before that.
#[test]
fn lawtext_sample_agrees_with_truth() {
    let sample = repo("raw/lawtext-sample");
    let copy = tempfile::tempdir().expect("temp dir");
    let truth = read_tsv(&repo("tests/fixtures/lawtext/TRUTH.tsv"));
    for t in &truth {
        let to = copy.path().join(t["path"].replace(".md", ".txt"));
        std::fs::create_dir_all(to.parent().expect("a folder")).expect("mkdir");
        std::fs::copy(sample.join(&t["path"]), &to).expect("copy");
    }
    let (out, o) = extract(&[copy.path().to_path_buf()], &["-q", "--format", "csv"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let docs = read_csv(&out.path().join("documents.csv"));
    let fold = region_folder();
    let mut found = std::collections::BTreeSet::new();
    let mut wrong = std::collections::BTreeMap::<String, usize>::new();
    for t in &truth {
        let stem = t["path"].trim_end_matches(".md");
        let d = docs
            .iter()
            .find(|d| d["source_path"].trim_end_matches(".txt") == stem)
            .unwrap_or_else(|| panic!("{stem}: no documents row"));
        let level = match t["level"].as_str() {
            "provincial" => "province",
            "city" => "prefecture",
            other => panic!("TRUTH level {other}"),
        };
        for (field, truth, got, same) in [
            ("report_year", t["year"].clone(), d["report_year"].clone(), t["year"] == d["report_year"]),
            ("region", t["region"].clone(), d["region"].clone(), fold(&t["region"]) == fold(&d["region"])),
            ("admin_level", level.to_string(), d["admin_level"].clone(), level == d["admin_level"]),
        ] {
            if !same {
                *wrong.entry(field.to_string()).or_default() += 1;
                found.insert((t["path"].clone(), field.to_string(), truth, got));
            }
        }
    }
    let exceptions = read_tsv(&repo("tests/fixtures/lawtext/EXCEPTIONS.tsv"));
    let listed: std::collections::BTreeSet<_> = exceptions
        .iter()
        .map(|r| (r["path"].clone(), r["field"].clone(), r["truth"].clone(), r["gwr"].clone()))
        .collect();
    assert!(exceptions.iter().all(|r| !r["reason"].is_empty()), "every exception gives its reason");
    // An error of TRUTH (`truth:`) or a value the text does not give (`text:`: another
    // report filed under the name, a region never named) is no disagreement of gwr.
    for r in exceptions.iter().filter(|r| r["reason"].starts_with("truth:") || r["reason"].starts_with("text:")) {
        let key = (r["path"].clone(), r["field"].clone(), r["truth"].clone(), r["gwr"].clone());
        if found.contains(&key)
            && let Some(n) = wrong.get_mut(r["field"].as_str())
        {
            *n -= 1;
        }
    }
    let new: Vec<_> = found.difference(&listed).collect();
    let gone: Vec<_> = listed.difference(&found).collect();
    assert!(new.is_empty() && gone.is_empty(), "unlisted disagreements: {new:#?}\nlisted but gone: {gone:#?}");
    for (field, n) in wrong {
        assert!(n * 100 <= truth.len(), "{field}: {n} of {} disagree (more than 1%)", truth.len());
    }
}

/// Rows of a TSV file with a header line, keyed by column name.
fn read_tsv(path: &std::path::Path) -> Vec<Row> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines().filter(|l| !l.is_empty() && !l.starts_with('#'));
    let head: Vec<&str> = lines.next().expect("a header").split('\t').collect();
    lines.map(|l| head.iter().zip(l.split('\t')).map(|(h, v)| (h.to_string(), v.to_string())).collect()).collect()
}

/// Region name -> canonical name, through dict/regions.tsv.
fn region_folder() -> impl Fn(&str) -> String {
    let text = std::fs::read_to_string(repo("dict/regions.tsv")).expect("regions.tsv");
    let mut map = std::collections::HashMap::new();
    for l in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let cells: Vec<&str> = l.split('\t').map(str::trim).collect();
        map.insert(cells[0].to_string(), cells[0].to_string());
        for a in cells.get(2).unwrap_or(&"").split(',').filter(|a| !a.is_empty()) {
            map.insert(a.trim().to_string(), cells[0].to_string());
        }
    }
    move |r: &str| map.get(r).cloned().unwrap_or_else(|| r.to_string())
}
