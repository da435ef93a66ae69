//! Generalisation: two reports annotated by hand independently of gwr (a county report of 2013
//! in GBK, a provincial .docx of 2025; see tests/gold/*/NOTES.md). Issue 3 expects span F1 ≥
//! 0.92 and the field figures within 0.03 of the seed targets on reports gwr was not tuned on;
//! issue 4 expects project F1 ≥ 0.85 and stage accuracy ≥ 0.85.

use std::path::PathBuf;

use gwr::eval::{self, Table};

use crate::util::{full_run, repo};

/// Score the extraction of all of raw/ against one gold: the golds name their report by its
/// doc_id under raw/ (`hailar/海拉尔区政府工作报告-2013`), and only documents in the gold count.
fn score(gold_dir: &str, input: &str, tables: &[Table]) -> eval::Scorecard {
    assert!(repo(input).is_file(), "{input}");
    let gold: PathBuf = repo(gold_dir);
    let card = eval::score_tables(&gold, full_run(), tables).expect("scored");
    let id = input.strip_prefix("raw/").and_then(|p| p.rsplit_once('.')).map(|(id, _)| id).unwrap_or(input);
    assert_eq!(card.doc_ids, vec![id.to_string()], "the gold's report was scored");
    card
}

const INDICATOR_FLOORS: [(&str, f64); 9] = [
    ("indicators.span_f1", 0.92),
    ("indicators.value_base", 0.96),
    ("indicators.unit_base", 0.96),
    ("indicators.measure", 0.94),
    ("indicators.qualifier", 0.94),
    ("indicators.period", 0.92),
    ("indicators.status", 0.92),
    ("indicators.subject_f1", 0.82),
    ("indicators.indicator_f1", 0.92),
];

#[test]
fn indicators_generalise_to_a_county_report_of_2013() {
    let card = score("tests/gold/hailar-2013", "raw/hailar/海拉尔区政府工作报告-2013.txt", &[Table::Indicators]);
    let short = card.shortfalls(INDICATOR_FLOORS);
    assert!(short.is_empty(), "{short:?}\n{}", card.errors(30));
}

#[test]
fn indicators_generalise_to_a_provincial_docx_of_2025() {
    let card = score("tests/gold/jilin-2025", "raw/provinces-2025/2025年吉林省政府工作报告.docx", &[Table::Indicators]);
    let short = card.shortfalls(INDICATOR_FLOORS);
    assert!(short.is_empty(), "{short:?}\n{}", card.errors(30));
}

const PROJECT_FLOORS: [(&str, f64); 2] = [("projects.f1", 0.85), ("projects.stage", 0.85)];

#[test]
fn projects_generalise_to_a_county_report_of_2013() {
    let card = score("tests/gold/hailar-2013", "raw/hailar/海拉尔区政府工作报告-2013.txt", &[Table::Projects]);
    let short = card.shortfalls(PROJECT_FLOORS);
    assert!(short.is_empty(), "{short:?}\n{}", card.errors(30));
}

#[test]
fn projects_generalise_to_a_provincial_docx_of_2025() {
    let card = score("tests/gold/jilin-2025", "raw/provinces-2025/2025年吉林省政府工作报告.docx", &[Table::Projects]);
    let short = card.shortfalls(PROJECT_FLOORS);
    assert!(short.is_empty(), "{short:?}\n{}", card.errors(30));
}

/// A scraped 2026 provincial page annotated blind: its rows were never shown to the engineers
/// tuning the stages (tests/gold/jilin-2026/NOTES.md), so this is the honest generalisation
/// check. Only indicators are asserted; its project score is reported in the README.
#[test]
fn indicators_generalise_to_a_blind_scraped_report_of_2026() {
    let card = score("tests/gold/jilin-2026", "raw/provinces-2026/2026年吉林省政府工作报告.txt", &[Table::Indicators]);
    let short = card.shortfalls(INDICATOR_FLOORS);
    assert!(short.is_empty(), "{short:?}");
}

/// The outline of fourteen reports of other layouts (Markdown provincial and city reports of
/// 2004–2023, slogans for parts, run-in headings, bold headings, scraped pages with unnumbered
/// part headings and an annex, GBK with CRLF, a .docx), annotated blind in sessions 12 and 13 with the
/// seed's method (tests/gold/*/SECTIONS_NOTES.md), and the glossary of the one that has a block.
/// gwr matched every heading, level, marker, parent and span when first scored; a change to the
/// outline rules must keep it so.
#[test]
fn outlines_generalise_to_fourteen_reports_of_other_layouts() {
    let golds = [
        ("tests/gold/jiangxi-2013", "raw/lawtext-sample/provincial/江西省/2013.md"),
        ("tests/gold/guilin-2020", "raw/lawtext-sample/city/桂林市/2020.md"),
        ("tests/gold/zhenjiang-2021", "raw/lawtext-sample/city/镇江市/2021.md"),
        ("tests/gold/jiaozuo-2014", "raw/lawtext-sample/city/焦作市/2014.md"),
        ("tests/gold/jilin-2026", "raw/provinces-2026/2026年吉林省政府工作报告.txt"),
        ("tests/gold/hailar-2013", "raw/hailar/海拉尔区政府工作报告-2013.txt"),
        // The second round: the blind golds' reports (their other tables stay blind) and a .docx.
        ("tests/gold/zhangzhou-2023", "raw/lawtext-sample/city/漳州市/2023.md"),
        ("tests/gold/yantai-2008", "raw/lawtext-sample/city/烟台市/2008.md"),
        ("tests/gold/shaanxi-2004", "raw/lawtext-sample/provincial/陕西省/2004.md"),
        ("tests/gold/neimenggu-2026", "raw/provinces-2026/2026年内蒙古自治区政府工作报告.txt"),
        ("tests/gold/hailar-2015", "raw/hailar/海拉尔区政府工作报告-2015.txt"),
        ("tests/gold/jilin-2025", "raw/provinces-2025/2025年吉林省政府工作报告.docx"),
        // The blind gold of session 12, outline included.
        ("tests/gold/qinghai-2017", "raw/lawtext-sample/provincial/青海省/2017.md"),
        // The blind gold of session 13: its outline matched when first scored.
        ("tests/gold/xianning-2014", "raw/lawtext-sample/city/咸宁市/2014.md"),
    ];
    let floors = [("sections.f1", 1.0), ("sections.span", 1.0), ("sections.marker", 1.0), ("sections.parent", 1.0)];
    for (gold, input) in golds {
        let card = score(gold, input, &[Table::Sections]);
        let short = card.shortfalls(floors);
        assert!(short.is_empty(), "{gold}: {short:?}\n{}", card.errors(30));
    }
    let card = score("tests/gold/jiangxi-2013", "raw/lawtext-sample/provincial/江西省/2013.md", &[Table::Glossary]);
    let short = card.shortfalls([
        ("glossary.f1", 1.0),
        ("glossary.char_start", 1.0),
        ("glossary.char_end", 1.0),
        ("glossary.definition", 1.0),
        ("glossary.first_use", 1.0),
    ]);
    assert!(short.is_empty(), "{short:?}\n{}", card.errors(30));
}
