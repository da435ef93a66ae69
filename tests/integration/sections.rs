//! Tests of the `sections` table: the seed against its gold, the outline of every report in
//! raw/ against what reading the file shows, invariants every outline must keep, the span
//! conventions on a fixture, and stages that never panic.

use std::collections::BTreeMap;

use proptest::prelude::*;

use crate::decode::{decode_by_hand, docx_by_hand};
use crate::util::{
    Row, fixture_run, full_run, gold, in_markdown_sample, read_csv, repo, rows_of, seed_run, slice_chars,
};

#[test]
fn seed_matches_gold_exactly() {
    let got = read_csv(&seed_run().join("sections.csv"));
    let want = read_csv(&gold().join("sections.csv"));
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g, w);
    }
}

/// The outline of each report in raw/, read from the file: the number of level-2 and level-3
/// sections and every level-1 section as `marker|heading`. Unmarked parts (四川 2025, 内蒙古
/// 2026), the glossary and annexes (附件) are level 1; a marker split over two lines (云南
/// 2026 `（` / `三）…`) is one heading; 一、… items inside an annex are not sections.
const OUTLINES: &[(&str, usize, usize, &[&str])] = &[
    // Parts titled by slogans, without a number or a cue word (the outline of the
    // zhenjiang-2021 gold's NOTES.md, read by its annotators).
    (
        "lawtext-sample/city/镇江市/2021",
        12,
        5,
        &[
            "|打赢收官战，全面建成小康社会胜利在望",
            "|开启新征程，“十四五”宏伟目标催人奋进",
            "|奋战起步年，新征程新开局蹄疾步稳",
        ],
    ),
    (
        "provinces-2025/2025年上海市政府工作报告",
        19,
        0,
        &["一、|2024年工作回顾", "二、|2025年主要任务", "三、|全面提升政府治理现代化水平"],
    ),
    (
        "provinces-2025/2025年云南省政府工作报告",
        22,
        0,
        &["一、|2024年工作回顾", "二、|2025年总体要求", "三、|2025年重点任务", "|名词解释", "附件|2025年10件惠民实事"],
    ),
    ("provinces-2025/2025年内蒙古自治区政府工作报告", 11, 0, &["一、|2024年工作回顾", "二、|2025年工作安排"]),
    ("provinces-2025/2025年北京市政府工作报告", 11, 0, &["一、|2024年工作回顾", "二、|2025年工作总体要求和重点任务"]),
    (
        "provinces-2025/2025年吉林省政府工作报告",
        8,
        0,
        &["一、|2024年工作回顾", "二、|2025年工作安排", "三、|锲而不舍加强政府自身建设"],
    ),
    (
        "provinces-2025/2025年四川省政府工作报告",
        19,
        0,
        &["|2024年工作回顾", "|2025年工作安排建议", "|加强政府自身建设", "|名词解释"],
    ),
    (
        "provinces-2025/2025年天津市政府工作报告",
        12,
        0,
        &["一、|2024年工作回顾", "二、|2025年工作安排", "三、|努力建设人民满意政府"],
    ),
    ("provinces-2025/2025年宁夏政府工作报告", 11, 0, &["一、|2024年工作回顾", "二、|2025年目标任务"]),
    (
        "provinces-2025/2025年安徽省政府工作报告",
        19,
        0,
        &["一、|2024年工作回顾", "二、|2025年工作总体要求和主要目标任务", "三、|2025年重点工作"],
    ),
    (
        "provinces-2025/2025年山东省政府工作报告",
        16,
        0,
        &["一、|2024年工作回顾", "二、|2025年工作总体要求和主要目标", "三、|2025年重点工作"],
    ),
    (
        "provinces-2025/2025年山西省政府工作报告",
        12,
        0,
        &["一、|2024年工作回顾", "二、|2025年工作安排", "三、|全面提升政府治理效能"],
    ),
    (
        "provinces-2025/2025年广东省政府工作报告",
        12,
        0,
        &["一、|2024年工作回顾", "二、|2025年工作安排", "附件1|2025年省十件民生实事", "附件2|名词解释"],
    ),
    ("provinces-2025/2025年广西政府工作报告", 19, 0, &["一、|过去一年工作回顾", "二、|2025年目标任务和重点工作"]),
    (
        "provinces-2025/2025年新疆政府工作报告",
        23,
        0,
        &["一、|2024年工作回顾", "二、|2025年重点工作", "三、|全面加强政府自身建设"],
    ),
    (
        "provinces-2025/2025年江苏省政府工作报告",
        16,
        0,
        &["一、|2024年工作回顾", "二、|2025年工作总体要求和目标任务", "三、|2025年重点工作"],
    ),
    (
        "provinces-2026/2026年上海市政府工作报告",
        23,
        0,
        &[
            "一、|2025年工作回顾",
            "二、|关于《上海市国民经济和社会发展第十五个五年规划纲要（草案）》的说明",
            "三、|2026年主要任务",
            "四、|深入推进政府治理创新",
        ],
    ),
    (
        "provinces-2026/2026年云南省政府工作报告",
        21,
        0,
        &["一、|“十四五”时期和2025年工作回顾", "二、|“十五五”时期主要目标任务", "三、|2026年重点工作"],
    ),
    (
        "provinces-2026/2026年内蒙古自治区政府工作报告",
        15,
        0,
        &[
            "|“十四五”时期发展成就和2025年工作回顾",
            "|“十五五”时期主要目标和2026年重点工作",
            "一、|把铸牢中华民族共同体意识作为民族地区各项工作的主线",
            "二、|深化落实习近平总书记和党中央赋予的五大战略定位和使命任务",
            "三、|全力抓好七项重点工作",
            "四、|把坚持党的全面领导贯穿政府工作各方面全过程",
            "附件|2026年自治区民生实事",
        ],
    ),
    (
        "provinces-2026/2026年北京市政府工作报告",
        10,
        0,
        &["一、|2025年工作回顾", "二、|“十四五”时期发展成就和“十五五”时期主要目标任务", "三、|2026年重点工作"],
    ),
    (
        "provinces-2026/2026年吉林省政府工作报告",
        10,
        0,
        &["一、|工作回顾", "二、|2026年工作安排", "三、|“十五五”时期主要目标任务", "四、|全面提升政府治理效能"],
    ),
    (
        "provinces-2026/2026年四川省政府工作报告",
        10,
        0,
        &[
            "一、|2025年工作回顾和“十四五”发展主要成绩",
            "二、|“十五五”发展的主要考虑",
            "三、|2026年工作安排",
            "|名词解释",
        ],
    ),
    (
        "provinces-2026/2026年天津市政府工作报告",
        14,
        0,
        &["一、|2025年和“十四五”时期工作回顾", "二、|“十五五”时期主要目标与重点任务", "三、|2026年重点工作"],
    ),
    (
        "provinces-2026/2026年宁夏回族自治区政府工作报告",
        6,
        0,
        &["一、|2025年工作总结和“十四五”发展成就", "二、|“十五五”时期主要任务", "三、|2026年重点工作"],
    ),
    (
        "provinces-2026/2026年安徽省政府工作报告",
        24,
        0,
        &["一、|2025年工作和“十四五”发展回顾", "二、|“十五五”时期主要目标和重大任务", "三、|2026年重点工作"],
    ),
    (
        "provinces-2026/2026年山东省政府工作报告",
        16,
        0,
        &["一、|2025年及“十四五”时期工作回顾", "二、|“十五五”时期经济社会发展目标任务", "三、|2026年重点工作"],
    ),
    (
        "provinces-2026/2026年山西省政府工作报告",
        18,
        0,
        &[
            "一、|“十四五”时期工作回顾",
            "二、|“十五五”时期总体要求和目标任务",
            "三、|2026年工作安排",
            "四、|全面加强政府自身建设",
        ],
    ),
    (
        "provinces-2026/2026年广东省政府工作报告",
        14,
        0,
        &[
            "一、|2025年和“十四五”时期工作回顾",
            "二、|“十五五”时期的主要目标和重点任务",
            "三、|2026年工作安排",
            "附件1|2026年省十件民生实事",
            "附件2|名词解释",
        ],
    ),
    (
        "provinces-2026/2026年广西壮族自治区政府工作报告",
        28,
        0,
        &["一、|2025年工作回顾", "二、|“十四五”时期发展成就和“十五五”时期主要目标任务", "三、|2026年重点工作"],
    ),
    (
        "provinces-2026/2026年新疆维吾尔自治区政府工作报告",
        22,
        0,
        &[
            "一、|“十四五”时期和2025年工作回顾",
            "二、|“十五五”时期经济社会发展的主要目标和战略举措",
            "三、|2026年重点工作",
            "四、|坚持和加强党的全面领导，全力建设让人民更加满意的政府",
        ],
    ),
    (
        "provinces-2026/2026年江苏省政府工作报告",
        21,
        0,
        &["一、|“十四五”时期和2025年工作回顾", "二、|“十五五”时期工作总体要求和目标任务", "三、|2026年重点工作"],
    ),
    ("hailar/海拉尔区政府工作报告-2012", 18, 0, &["一、|过去一年工作回顾", "二、|2012年政府工作总体要求和目标任务"]),
    ("hailar/海拉尔区政府工作报告-2013", 4, 0, &["一、|过去一年工作回顾", "二、|2013年工作安排"]),
    ("hailar/海拉尔区政府工作报告-2014", 9, 0, &["一、|2013年工作回顾", "二、|2014年工作安排"]),
    ("hailar/海拉尔区政府工作报告-2015", 15, 0, &["一、|2014年工作回顾", "二、|2015年工作安排"]),
];

#[test]
fn outline_of_every_report_in_raw() {
    let dir = full_run();
    let mut problems = Vec::new();
    for (doc, n2, n3, level1) in OUTLINES {
        let rows = rows_of(dir, "sections", doc);
        let got1: Vec<String> =
            rows.iter().filter(|r| r["level"] == "1").map(|r| format!("{}|{}", r["marker"], r["heading"])).collect();
        let want1: Vec<String> = level1.iter().map(|s| s.to_string()).collect();
        if got1 != want1 {
            problems.push(format!("{doc}: level 1\n  got  {got1:?}\n  want {want1:?}"));
        }
        let count = |l: &str| rows.iter().filter(|r| r["level"] == l).count();
        if (count("2"), count("3")) != (*n2, *n3) {
            problems.push(format!("{doc}: levels 2/3: got {}/{}, want {n2}/{n3}", count("2"), count("3")));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The decoded text of a file in raw/, read independently of gwr.
fn raw_text(source_path: &str) -> String {
    let bytes = std::fs::read(repo("raw").join(source_path)).expect("read raw file");
    if source_path.ends_with(".docx") { docx_by_hand(&bytes) } else { decode_by_hand(&bytes) }
}

/// 一 … 九十九 or 1 … 99 in a marker.
fn marker_number(marker: &str) -> Option<u32> {
    let inner: String = marker.chars().filter(|c| !"（()）、.．".contains(*c)).collect();
    if let Ok(n) = inner.parse() {
        return Some(n);
    }
    const D: &str = "一二三四五六七八九";
    let d = |c: char| D.chars().position(|x| x == c).map(|i| i as u32 + 1);
    let cs: Vec<char> = inner.chars().collect();
    match cs.as_slice() {
        ['十'] => Some(10),
        [a] => d(*a),
        ['十', b] => Some(10 + d(*b)?),
        [a, '十'] => Some(10 * d(*a)?),
        [a, '十', b] => Some(10 * d(*a)? + d(*b)?),
        _ => None,
    }
}

/// What every outline must satisfy, checked against the text itself.
fn check_outline(doc: &str, rows: &[Row], text: &str) -> Vec<String> {
    let mut p = Vec::new();
    let n = text.chars().count();
    let by_id: BTreeMap<usize, &Row> = rows.iter().map(|r| (r["section_id"].parse().unwrap(), r)).collect();
    let mut last_number: BTreeMap<(String, String), u32> = BTreeMap::new();
    for (i, r) in rows.iter().enumerate() {
        let id: usize = r["section_id"].parse().unwrap();
        let (s, e): (usize, usize) = (r["char_start"].parse().unwrap(), r["char_end"].parse().unwrap());
        let level: usize = r["level"].parse().unwrap();
        if id != i + 1 {
            p.push(format!("{doc}: section_id {id} at position {}", i + 1));
        }
        if !(s < e && e <= n) {
            p.push(format!("{doc} #{id}: bad span {s}..{e}"));
            continue;
        }
        let span = slice_chars(text, s, e);
        let squeezed = |x: &str| x.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        if !squeezed(&span).starts_with(&squeezed(&format!("{}{}", r["marker"], r["heading"]))) {
            p.push(format!("{doc} #{id}: span does not start with its marker and heading: {:?}", &span));
        }
        if span.ends_with(char::is_whitespace) {
            p.push(format!("{doc} #{id}: span ends in white space"));
        }
        match r["parent_id"].parse::<usize>() {
            Ok(pid) => {
                let parent = by_id[&pid];
                let pl: usize = parent["level"].parse().unwrap();
                let (ps, pe): (usize, usize) =
                    (parent["char_start"].parse().unwrap(), parent["char_end"].parse().unwrap());
                if pid >= id || pl >= level || s < ps || e > pe {
                    p.push(format!("{doc} #{id}: not inside parent #{pid}"));
                }
            }
            Err(_) if level != 1 && rows[..i].iter().any(|x| x["level"].parse::<usize>().unwrap() < level) => {
                p.push(format!("{doc} #{id}: level {level} without a parent"));
            }
            Err(_) => {}
        }
        // Markers of siblings count up.
        if let Some(num) = marker_number(&r["marker"]) {
            let key = (r["parent_id"].clone(), r["level"].clone());
            if let Some(&prev) = last_number.get(&key).filter(|&&prev| num <= prev) {
                p.push(format!("{doc} #{id}: marker {} after number {prev}", r["marker"]));
            }
            last_number.insert(key, num);
        }
        // Paragraph heads are not sections.
        let h = &r["heading"];
        if h.starts_with("——") || ["一是", "二是", "三是"].iter().any(|x| h.starts_with(x)) {
            p.push(format!("{doc} #{id}: paragraph head taken for a heading: {h}"));
        }
    }
    p
}

#[test]
fn every_outline_in_raw_is_well_formed() {
    let dir = full_run();
    let docs = read_csv(&dir.join("documents.csv"));
    let mut problems = Vec::new();
    for d in docs.iter().filter(|d| !in_markdown_sample(d)) {
        let text = raw_text(&d["source_path"]);
        problems.extend(check_outline(&d["doc_id"], &rows_of(dir, "sections", &d["doc_id"]), &text));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Scraped pages: the page's own text after the report (相关报道, a repeated title and opening
/// after 打印本页/关闭窗口) is in no section.
#[test]
fn scraped_junk_is_outside_every_section() {
    let dir = full_run();
    for d in read_csv(&dir.join("documents.csv")).iter().filter(|d| d["source_path"].starts_with("provinces-2026")) {
        let text = raw_text(&d["source_path"]);
        let rows = rows_of(dir, "sections", &d["doc_id"]);
        let end: usize = rows.iter().map(|r| r["char_end"].parse::<usize>().unwrap()).max().expect("an outline");
        let tail = slice_chars(&text, end, text.chars().count());
        // Lines of page furniture, by their char offset.
        let mut at = 0;
        for line in text.split('\n') {
            let t = line.trim_matches(|c: char| c.is_whitespace() || "【】[]".contains(c));
            let junk = ["相关报道", "相关文档", "打印本页", "关闭窗口", "责任编辑", "分享到", "扫一扫"];
            if t.chars().count() <= 40 && junk.iter().any(|j| t.starts_with(j)) {
                assert!(at >= end, "{}: {t:?} at {at} inside a section ending at {end}", d["doc_id"]);
            }
            at += line.chars().count() + 1;
        }
        assert!(
            !tail.contains("各位代表！") || tail.contains("打印本页"),
            "{}: report text after the end",
            d["doc_id"]
        );
    }
}

/// Scraped pages yield rows only from the report: every indicator and project lies between
/// the 各位代表 opening and the end of the outline, and its offsets count from the first
/// character of the file, page junk included.
#[test]
fn scraped_junk_yields_no_rows() {
    let dir = full_run();
    for d in read_csv(&dir.join("documents.csv")).iter().filter(|d| d["source_path"].starts_with("provinces-2026")) {
        let text = raw_text(&d["source_path"]);
        let opening = text.find("各位代表").map(|b| text[..b].chars().count()).expect("an opening");
        let end: usize = rows_of(dir, "sections", &d["doc_id"])
            .iter()
            .map(|r| r["char_end"].parse::<usize>().unwrap())
            .max()
            .expect("an outline");
        for table in ["indicators", "projects"] {
            let key = if table == "indicators" { "surface" } else { "name" };
            for r in rows_of(dir, table, &d["doc_id"]) {
                let (s, e): (usize, usize) = (r["char_start"].parse().unwrap(), r["char_end"].parse().unwrap());
                assert!(
                    opening <= s && e <= end,
                    "{} {table}: {:?} at {s} outside {opening}..{end}",
                    d["doc_id"],
                    r[key]
                );
                if table == "indicators" {
                    assert_eq!(slice_chars(&text, s, e), r[key], "{}: offsets", d["doc_id"]);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// The conventions fixture (tests/fixtures/sections/conventions.txt). Its whole outline (level,
// marker, heading, parent, offsets) is pinned by the golden snapshot
// tests/fixtures/sections/snapshots/conventions.sections.snap; the tests below state the
// conventions one by one.
// ---------------------------------------------------------------------------------------

/// The text of the conventions fixture and its sections, with each section's span text.
fn conventions() -> (String, Vec<(Row, String)>) {
    let text = std::fs::read_to_string(repo("tests/fixtures/sections/conventions.txt")).expect("fixture");
    let rows = rows_of(fixture_run("sections"), "sections", "conventions");
    assert!(!rows.is_empty(), "the fixture has an outline");
    let spans = rows
        .into_iter()
        .map(|r| {
            let span = slice_chars(&text, r["char_start"].parse().unwrap(), r["char_end"].parse().unwrap());
            (r, span)
        })
        .collect();
    (text, spans)
}

/// The section whose marker and heading are these.
fn section<'a>(rows: &'a [(Row, String)], marker: &str, heading: &str) -> &'a (Row, String) {
    rows.iter()
        .find(|(r, _)| r["marker"] == marker && r["heading"] == heading)
        .unwrap_or_else(|| panic!("no section {marker}{heading}"))
}

#[test]
fn conventions_outline_is_well_formed() {
    let (text, rows) = conventions();
    let rows: Vec<Row> = rows.into_iter().map(|(r, _)| r).collect();
    let problems = check_outline("conventions", &rows, &text);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A section runs to the next heading of the same or a higher level: 一、 ends where 二、 begins,
/// (一) where (二) begins, and the last section keeps the closing words up to the glossary.
#[test]
fn a_section_runs_to_the_next_heading_of_the_same_or_a_higher_level() {
    let (_, rows) = conventions();
    let end = |m: &str, h: &str| section(&rows, m, h).0["char_end"].parse::<usize>().unwrap();
    let start = |m: &str, h: &str| section(&rows, m, h).0["char_start"].parse::<usize>().unwrap();
    assert_eq!(end("一、", "2023年工作回顾") + 1, start("二、", "2024年工作安排"));
    assert_eq!(end("(一)", "扩大有效投资") + 1, start("(二)", "提升城乡品质"));
    let (_, last) = section(&rows, "(二)", "提升城乡品质");
    assert!(last.ends_with("（2）建设美丽乡村。打造示范村10个，守护两山。\n各位代表！让我们团结奋斗。"), "{last:?}");
}

/// Following the seed gold, a run-in heading (`（一）标题。正文…` on one line) spans its
/// paragraph only, whatever follows it before the next heading.
#[test]
fn run_in_headings_span_their_paragraph_only() {
    let (_, rows) = conventions();
    let (_, span) = section(&rows, "（一）", "工业经济稳中有进");
    assert_eq!(span, "（一）工业经济稳中有进。规模以上工业增加值增长8%。");
    let (_, span) = section(&rows, "1.", "加快交通建设");
    assert_eq!(span, "1.加快交通建设。建成县城至高铁站快速路。");
    // The last run-in section of 一、 does not take the paragraph heads that follow it.
    let (_, span) = section(&rows, "（三）", "生态环境持续改善");
    assert!(!span.contains("一是") && !span.contains("——"), "{span:?}");
}

/// A marker split over two lines (`（` / `三）…`) is one heading.
#[test]
fn a_marker_split_over_two_lines_is_one_heading() {
    let (_, rows) = conventions();
    let (r, span) = section(&rows, "（三）", "生态环境持续改善");
    assert_eq!(r["level"], "2");
    assert!(span.starts_with("（\n三）生态环境持续改善"), "{span:?}");
}

/// Paragraph heads (一是, ——) and a line that opens with a list of numerals (一、二、三产业)
/// are not headings.
#[test]
fn paragraph_heads_are_not_headings() {
    let (_, rows) = conventions();
    for (r, _) in &rows {
        let h = &r["heading"];
        assert!(!h.starts_with("一是") && !h.starts_with("——") && !h.contains("三产业"), "a heading: {h}");
    }
    let (_, span) = section(&rows, "一、", "2023年工作回顾");
    assert!(span.contains("\n一、二、三产业增加值") && span.contains("\n——综合实力显著增强"), "{span:?}");
}

/// A short unnumbered line naming a part of the report, the 名词解释 block and annexes (附件1)
/// are level-1 sections with a null or 附件N marker; nothing inside the glossary or an annex
/// (`1.“两山”：`, `一、新建幼儿园3所。`) is a section.
#[test]
fn parts_glossary_and_annexes_are_level_one() {
    let (_, rows) = conventions();
    for (marker, heading) in
        [("", "“十四五”以来发展成就和2023年工作回顾"), ("", "名 词 解 释"), ("附件1", "2024年县十件民生实事")]
    {
        let (r, _) = section(&rows, marker, heading);
        assert_eq!((r["level"].as_str(), r["parent_id"].as_str()), ("1", ""), "{marker}{heading}");
    }
    let (glossary, span) = section(&rows, "", "名 词 解 释");
    assert!(span.contains("1.“两山”：") && span.contains("2.“三变”改革"), "{span:?}");
    let (annex, span) = section(&rows, "附件1", "2024年县十件民生实事");
    assert!(span.contains("一、新建幼儿园3所。"), "{span:?}");
    let after = glossary["char_start"].parse::<usize>().unwrap();
    let inside: Vec<&str> = rows
        .iter()
        .filter(|(r, _)| r["char_start"].parse::<usize>().unwrap() > after && r["section_id"] != annex["section_id"])
        .map(|(r, _)| r["heading"].as_str())
        .collect();
    assert!(inside.is_empty(), "sections inside the glossary or the annex: {inside:?}");
}

/// Text built from the pieces reports are made of, to reach the stages' corners.
fn report_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("各位代表：".to_string()),
        Just("一、".to_string()),
        Just("二、".to_string()),
        Just("十一、".to_string()),
        Just("（一）".to_string()),
        Just("(二)".to_string()),
        Just("（".to_string()),
        Just("三）".to_string()),
        Just("1.".to_string()),
        Just("（1）".to_string()),
        Just("名 词 解 释".to_string()),
        Just("名词解释".to_string()),
        Just("附件".to_string()),
        Just("附件2".to_string()),
        Just("“两山”：".to_string()),
        Just("13.".to_string()),
        Just("：".to_string()),
        Just("。".to_string()),
        Just("——".to_string()),
        Just("--2014年2月19日在".to_string()),
        Just("二〇二二年十月".to_string()),
        Just("第十四届人民代表大会第一次会议上".to_string()),
        Just("政 府 工 作 报 告".to_string()),
        Just("区长　张　三".to_string()),
        Just("相关报道：".to_string()),
        Just("打印本页".to_string()),
        Just("增长8.8%".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("　".to_string()),
        Just("\u{feff}".to_string()),
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// No input makes a stage panic, and the outline keeps its invariants on any text.
    #[test]
    fn stages_never_panic(s in prop_oneof![report_like(), any::<String>()]) {
        let text = gwr::lang::text::Text::new(s.clone());
        let rows = gwr::stages::extract("p", &text);
        let n = text.len_chars();
        for r in &rows.sections {
            prop_assert!(r.char_start < r.char_end && r.char_end <= n, "{r:?}");
            if let Some(p) = r.parent_id {
                let parent = &rows.sections[p - 1];
                prop_assert!(parent.level < r.level && parent.char_start <= r.char_start && r.char_end <= parent.char_end);
            }
        }
        for g in &rows.glossary {
            prop_assert!(g.char_start < g.char_end && g.char_end <= n);
        }
    }
}
