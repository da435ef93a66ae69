//! `gwr report`: the site written for real extractions (a few reports of raw/, and a hostile
//! one), its pages read as files; the browser checks are in `browser.rs`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::util::{gwr, read_csv, repo};

/// Reports of raw/ that cover the decoders: the seed (UTF-8), a GBK text, a .docx and a
/// scraped page's text.
const SAMPLES: &[&str] = &[
    "raw/cq-dadukou-2022.txt",
    "raw/hailar/海拉尔区政府工作报告-2012.txt",
    "raw/hailar/海拉尔区政府工作报告-2013.txt",
    "raw/provinces-2025/2025年吉林省政府工作报告.docx",
    "raw/provinces-2026/2026年吉林省政府工作报告.txt",
];

/// A built site kept for the whole test run: (input folder, output folder, site folder).
pub struct Site {
    _dirs: Vec<tempfile::TempDir>,
    pub input: PathBuf,
    pub out: PathBuf,
    pub site: PathBuf,
}

/// Copy `files` (path, bytes) into a fresh input folder, extract it, run targets (when
/// built in), and write the report.
fn build(files: Vec<(String, Vec<u8>)>) -> Site {
    let input = tempfile::tempdir().unwrap();
    for (name, bytes) in &files {
        let p = input.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let o = gwr().arg("extract").arg(input.path()).arg("-o").arg(out.path()).arg("-q").output().unwrap();
    assert!(o.status.code().is_some_and(|c| c <= 1), "extract: {}", String::from_utf8_lossy(&o.stderr));
    #[cfg(feature = "polars")]
    {
        let o = gwr().arg("targets").arg(out.path()).arg("-q").output().unwrap();
        assert_eq!(o.status.code(), Some(0), "targets: {}", String::from_utf8_lossy(&o.stderr));
    }
    let site = tempfile::tempdir().unwrap();
    let o = gwr()
        .arg("report")
        .arg(out.path())
        .arg("-o")
        .arg(site.path())
        .arg("--source")
        .arg(input.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "report: {}", String::from_utf8_lossy(&o.stderr));
    Site {
        input: input.path().to_path_buf(),
        out: out.path().to_path_buf(),
        site: site.path().to_path_buf(),
        _dirs: vec![input, out, site],
    }
}

fn samples() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        build(
            SAMPLES
                .iter()
                .map(|p| {
                    let name = Path::new(p).file_name().unwrap().to_string_lossy().into_owned();
                    (name, std::fs::read(repo(p)).unwrap())
                })
                .collect(),
        )
    })
}

/// (input folder, output folder, site folder) of the sample reports.
pub fn seed_and_samples_site() -> (&'static Path, &'static Path, &'static Path) {
    let s = samples();
    (&s.input, &s.out, &s.site)
}

/// A report whose body, glossary term and file name hold markup and script.
pub const HOSTILE_NAME: &str = "<img src=x onerror=alert(1)>.txt";
pub const HOSTILE: &str = "\
2024年测试区政府工作报告<script>alert(1)</script>

——2024年1月10日在测试区第一届人民代表大会第一次会议上

测试区区长  张三

各位代表：

现在，我代表区人民政府，向大会报告工作，请予审议。

一、2023年工作回顾

2023年，全区地区生产总值增长6.5%<script>alert(1)</script>，固定资产投资增长10%<img src=x onerror=alert(1)>。\
建成“<b>双碳</b>”示范园项目<script>document.body.setAttribute('data-pwned','1')</script>。\
规模以上工业增加值增长8%<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">，\
社会消费品零售总额增长7%'\"><svg onload=alert(1)>。

二、2024年主要目标

地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内，居民人均可支配收入增长6%。\
推进“<script>alert(1)</script>”工程建设。

名词解释

“<script>alert(1)</script>”：指<img src=x onerror=alert(1)>测试用的术语。
";

fn hostile() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        build(vec![
            (HOSTILE_NAME.to_string(), HOSTILE.as_bytes().to_vec()),
            ("cq-dadukou-2022.txt".to_string(), std::fs::read(repo("raw/cq-dadukou-2022.txt")).unwrap()),
        ])
    })
}

/// (input folder, output folder, site folder) of the hostile report (and the seed beside it).
pub fn hostile_site() -> (&'static Path, &'static Path, &'static Path) {
    let s = hostile();
    (&s.input, &s.out, &s.site)
}

/// An output folder of `n` documents written by hand (no source files, so every page says
/// its text is missing), and its site: the streaming pass and the index at scale.
pub fn synthetic_collection(n: usize) -> (tempfile::TempDir, PathBuf) {
    let out = tempfile::tempdir().unwrap();
    let columns = gwr::schema::table("documents").field_names();
    let mut csv = format!("{}\n", columns.join(","));
    let regions = ["北京市", "上海市", "吉林省", "四川省", "广东省", "海拉尔区", "大渡口区"];
    for i in 0..n {
        let region = regions[i % regions.len()];
        let year = 2000 + (i % 26);
        let status = ["ok", "ok", "ok", "warning", "error"][i % 5];
        let message = if status == "ok" { "" } else { "something, \"quoted\"" };
        // Cells by column name, so the row follows the schema's columns and their order.
        let cell = |column: &str| -> String {
            match column {
                "doc_id" => format!("doc-{i:05}"),
                "source_path" => format!("{region}/{year}.txt"),
                "source_sha256" => "0".repeat(64),
                "encoding" => "utf-8".into(),
                "title" => format!("{year}年{region}政府工作报告"),
                "region" => region.into(),
                "admin_level" => "province".into(),
                "report_year" => year.to_string(),
                "n_chars" => "1000".into(),
                "status" => status.into(),
                "message" => format!("\"{}\"", message.replace('"', "\"\"")),
                _ => String::new(),
            }
        };
        csv.push_str(&columns.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        csv.push('\n');
    }
    std::fs::write(out.path().join("documents.csv"), csv).unwrap();
    let site = out.path().join("site");
    let o = gwr().arg("report").arg(out.path()).arg("-o").arg(&site).arg("--source").arg(out.path()).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "report: {}", String::from_utf8_lossy(&o.stderr));
    (out, site)
}

fn page(site: &Path, doc_id: &str) -> String {
    std::fs::read_to_string(site.join("d").join(gwr::report::paths::file_name(doc_id))).unwrap()
}

#[test]
fn a_page_per_document_and_region_and_an_index() {
    let s = samples();
    let docs = read_csv(&s.out.join("documents.csv"));
    assert_eq!(docs.len(), SAMPLES.len());
    let index = std::fs::read_to_string(s.site.join("index.html")).unwrap();
    for d in &docs {
        let html = page(&s.site, &d["doc_id"]);
        assert!(html.starts_with("<!DOCTYPE html>") && html.ends_with("</html>\n"));
        assert!(!html.contains("id=\"no-text\""), "{}: text missing", d["doc_id"]);
        assert!(index.contains(&gwr::report::escape::url_segment(&gwr::report::paths::file_name(&d["doc_id"]))));
    }
    for region in ["海拉尔区", "吉林省", "重庆市大渡口区"] {
        let p = s.site.join("r").join(gwr::report::paths::file_name(region));
        assert!(p.is_file(), "no page for {region}");
    }
    for a in ["style.css", "doc.js", "index.js"] {
        assert!(s.site.join("assets").join(a).is_file());
    }
    // Nothing is loaded from the network.
    for f in walk(&s.site) {
        let text = std::fs::read_to_string(&f).unwrap();
        assert!(!text.contains("http://") || text.contains("http://www.w3.org/2000/svg"), "{}", f.display());
        assert!(!text.contains("https://") && !text.contains("//cdn"), "{}", f.display());
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() { out.extend(walk(&p)) } else { out.push(p) }
    }
    out
}

/// The highlights as written (the browser test checks them again in the DOM).
#[test]
fn every_row_is_highlighted_once_in_the_written_page() {
    let s = samples();
    let inds = read_csv(&s.out.join("indicators.csv"));
    let prjs = read_csv(&s.out.join("projects.csv"));
    for d in read_csv(&s.out.join("documents.csv")) {
        let html = page(&s.site, &d["doc_id"]);
        let n = inds.iter().filter(|r| r["doc_id"] == d["doc_id"]).count()
            + prjs.iter().filter(|r| r["doc_id"] == d["doc_id"]).count();
        assert_eq!(html.matches("<mark class=\"hl ").count(), n, "{}", d["doc_id"]);
        assert!(!html.contains("id=\"unplaced\""), "{}: rows not placed", d["doc_id"]);
    }
}

#[cfg(feature = "polars")]
#[test]
fn region_pages_chart_the_targets_and_link_both_sentences() {
    let s = samples();
    let html = std::fs::read_to_string(s.site.join("r").join(gwr::report::paths::file_name("海拉尔区"))).unwrap();
    // 海拉尔区 2012: GDP growth target 21%, result 18.5% (from the report of 2013).
    assert!(html.contains("<svg"), "no chart");
    assert!(html.contains("<figure class=\"chart\">"));
    let row = html
        .lines()
        .find(|l| l.contains("data-year=\"2012\"") && l.contains("(gdp)") && l.contains(">21%<"))
        .expect("the 2012 GDP growth target row");
    assert!(
        row.contains(">18.5%<") && row.contains("data-outcome=\"below\"") && row.contains("data-met=\"false\""),
        "{row}"
    );
    // Both sentences, each linked to its highlight on the document page.
    let links: Vec<&str> = row.match_indices("#i").map(|(i, _)| &row[i..i + 4]).collect();
    assert_eq!(links.len(), 2, "{row}");
    assert!(
        row.contains(&gwr::report::escape::url_segment(&gwr::report::paths::file_name("海拉尔区政府工作报告-2012")))
    );
    assert!(
        row.contains(&gwr::report::escape::url_segment(&gwr::report::paths::file_name("海拉尔区政府工作报告-2013")))
    );
}

#[test]
fn hostile_markup_is_escaped_everywhere() {
    let s = hostile();
    for f in walk(&s.site).into_iter().filter(|f| f.extension().is_some_and(|e| e == "html")) {
        let html = std::fs::read_to_string(&f).unwrap();
        // Our own markup has no script but the assets, no img, no handler attributes.
        let scripts = html.matches("<script").count();
        assert!(scripts <= 1 && scripts == html.matches("<script src=\"").count(), "{}", f.display());
        assert!(
            !html.contains("<img") && !html.contains("<svg onload") && !html.contains("<b>双碳"),
            "{}",
            f.display()
        );
        // Every `<` of the text is escaped, so each `<…>` left is a tag of ours: none has a
        // handler attribute (the text `onerror=` may show, as text).
        for tag in html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or("")) {
            // The tag without its quoted values: what is left are names.
            let names: String = tag.split('"').step_by(2).collect::<Vec<_>>().join(" ").to_ascii_lowercase();
            assert!(!names.contains(" on"), "{}: <{tag}>", f.display());
        }
    }
    let docs = read_csv(&s.out.join("documents.csv"));
    let evil = docs.iter().find(|d| d["source_path"] == HOSTILE_NAME).expect("hostile document");
    let html = page(&s.site, &evil["doc_id"]);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("onerror=&quot;document.body.setAttribute(&#39;data-pwned&#39;,&#39;1&#39;)&quot;"));
    let rows = read_csv(&s.out.join("glossary.csv"));
    assert!(rows.iter().any(|r| r["term"].contains("<script>")), "the hostile term is a glossary row: {rows:?}");
}

#[test]
fn a_missing_source_file_is_said_on_its_page_and_the_run_goes_on() {
    let s = samples();
    let site = tempfile::tempdir().unwrap();
    let partial = tempfile::tempdir().unwrap();
    // Only the seed is where --source says; the others are missing.
    std::fs::copy(s.input.join("cq-dadukou-2022.txt"), partial.path().join("cq-dadukou-2022.txt")).unwrap();
    // And one is there but changed since the extraction.
    let gbk = "海拉尔区政府工作报告-2012.txt";
    let mut changed = std::fs::read(s.input.join(gbk)).unwrap();
    changed.extend_from_slice(b"\n");
    std::fs::write(partial.path().join(gbk), changed).unwrap();
    let o = gwr()
        .arg("report")
        .arg(&s.out)
        .arg("-o")
        .arg(site.path())
        .arg("--source")
        .arg(partial.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("2025年吉林省政府工作报告") && stderr.contains("not found"), "{stderr}");
    let html = page(site.path(), "2025年吉林省政府工作报告");
    assert!(
        html.contains("id=\"no-text\"") && html.contains("2025年吉林省政府工作报告.docx not found"),
        "page says why"
    );
    let html = page(site.path(), "海拉尔区政府工作报告-2012");
    assert!(html.contains("has changed since the extraction"), "a changed file is not read");
    let html = page(site.path(), "cq-dadukou-2022");
    assert!(!html.contains("id=\"no-text\"") && html.contains("<mark class=\"hl "));
    let index = std::fs::read_to_string(site.path().join("index.html")).unwrap();
    assert!(index.contains("without text"));
}

#[test]
fn errors_name_the_folder_and_the_reason() {
    let missing = tempfile::tempdir().unwrap().path().join("nope");
    let o = gwr().arg("report").arg(&missing).output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(&missing.display().to_string()) && stderr.contains("does not exist"), "{stderr}");
    let empty = tempfile::tempdir().unwrap();
    let o = gwr().arg("report").arg(empty.path()).output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("documents.parquet or documents.csv"), "{stderr}");
}

#[test]
fn help_teaches_with_examples() {
    let o = gwr().args(["report", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success());
    for s in ["Examples:", "gwr report", "--source", "d/<doc>.html", "escaped"] {
        assert!(help.contains(s), "help lacks {s:?}:\n{help}");
    }
}

#[test]
fn three_thousand_documents_in_one_streaming_pass() {
    let started = std::time::Instant::now();
    let (_out, site) = synthetic_collection(3000);
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(std::fs::read_dir(site.join("d")).unwrap().count(), 3000);
    let index = std::fs::metadata(site.join("index.html")).unwrap().len();
    assert!(index < 3 << 20, "index of 3,000 documents is {index} bytes");
    // Speed is a benchmark goal, not a test: printed, not asserted (the README has the figure).
    eprintln!("3,000 pages in {secs:.1} s");
}
