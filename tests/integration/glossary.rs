//! Tests of the `glossary` table: the seed against its gold, the glossaries of the other
//! reports in raw/ (numbered entries, definitions on the next line), and what every entry
//! must satisfy against the text.

use crate::decode::{decode_by_hand, docx_by_hand};
use crate::util::{Row, extract, full_run, gold, in_markdown_sample, read_csv, repo, rows_of, seed_run, slice_chars};

#[test]
fn seed_matches_gold_exactly() {
    let got = read_csv(&seed_run().join("glossary.csv"));
    let want = read_csv(&gold().join("glossary.csv"));
    assert_eq!(got.len(), 13);
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g, w);
    }
    assert_eq!(got.len(), want.len());
}

/// Entries per report, counted by reading each 名词解释 block (numbered 1 … n in all of them
/// but the seed); reports without a block have none.
const ENTRIES: &[(&str, usize)] = &[
    ("provinces-2025/2025年云南省政府工作报告", 44),
    ("provinces-2025/2025年四川省政府工作报告", 50),
    ("provinces-2025/2025年广东省政府工作报告", 18),
    ("provinces-2026/2026年四川省政府工作报告", 20),
    ("provinces-2026/2026年广东省政府工作报告", 13),
    ("cq-dadukou-2022", 13),
];

#[test]
fn glossaries_in_raw() {
    let dir = full_run();
    let rows = read_csv(&dir.join("glossary.csv"));
    for d in read_csv(&dir.join("documents.csv")).into_iter().filter(|d| !in_markdown_sample(d)) {
        let n = rows.iter().filter(|r| r["doc_id"] == d["doc_id"]).count();
        let want = ENTRIES.iter().find(|(doc, _)| *doc == d["doc_id"]).map_or(0, |e| e.1);
        assert_eq!(n, want, "{}", d["doc_id"]);
    }
}

/// A few entries read by hand: numbers are not part of the term, a definition on the next
/// line belongs to its entry, a definition line with a colon of its own does not start an
/// entry, and an entry number followed by digits (`3．10种有色金属`) is still a number.
#[test]
fn entries_read_by_hand() {
    let dir = full_run();
    let find = |doc: &str, term: &str| -> Row {
        rows_of(dir, "glossary", doc)
            .into_iter()
            .find(|r| r["term"] == term)
            .unwrap_or_else(|| panic!("{doc}: no entry {term}"))
    };
    let r = find("provinces-2026/2026年广东省政府工作报告", "“四好农村路”");
    assert_eq!(r["definition"], "指建好、管好、护好、运营好农村公路。");
    let r = find("provinces-2026/2026年广东省政府工作报告", "“四新”产业");
    assert_eq!(
        r["definition"],
        "《横琴粤澳深度合作区建设总体方案》明确，发展促进澳门经济适度多元的新产业，包括：科技研发和高端制造产业、中医药等澳门品牌工业、文旅会展商贸产业、现代金融产业。"
    );
    let r = find("provinces-2026/2026年广东省政府工作报告", "“标准海”");
    assert!(r["definition"].starts_with("指县级以上人民政府行政主管部门"));
    let r = find("provinces-2025/2025年云南省政府工作报告", "10种有色金属");
    assert_eq!(r["definition"], "铜、铅、锌、镍、锡、锑、铝、镁、硅、钛。");
    let r = find("provinces-2025/2025年四川省政府工作报告", "6个重大科技专项");
    assert!(r["definition"].starts_with("省委十二届五次全会明确提出"));
    // A definition broken over lines keeps its line breaks: it is the text as written.
    let r = find("provinces-2026/2026年四川省政府工作报告", "“双向揭榜挂帅”");
    assert!(r["definition"].contains("“双向\n揭榜\n挂帅”的简称"), "{:?}", r["definition"]);
    // Nothing after the glossary's end is in an entry: the page's links after 四川 2026.
    let last = rows_of(dir, "glossary", "provinces-2026/2026年四川省政府工作报告").pop().unwrap();
    assert_eq!(last["term"], "“一件事”全链条专项整治");
    assert!(!last["definition"].contains("责任编辑"));
}

/// What every entry satisfies against the text: its span starts with the term and ends with
/// the definition; `first_use` points at the term (quotes ignored) before the glossary.
#[test]
fn every_entry_is_true_to_the_text() {
    let dir = full_run();
    let quoteless = |s: &str| s.chars().filter(|c| !"“”‘’\"'「」『』".contains(*c)).collect::<String>();
    let mut checked = 0;
    for d in read_csv(&dir.join("documents.csv")).into_iter().filter(|d| !in_markdown_sample(d)) {
        let entries = rows_of(dir, "glossary", &d["doc_id"]);
        if entries.is_empty() {
            continue;
        }
        let bytes = std::fs::read(repo("raw").join(&d["source_path"])).unwrap();
        let text = if d["source_path"].ends_with(".docx") { docx_by_hand(&bytes) } else { decode_by_hand(&bytes) };
        let glossary_start: usize = rows_of(dir, "sections", &d["doc_id"])
            .iter()
            .find(|s| s["heading"].chars().filter(|c| !c.is_whitespace()).collect::<String>() == "名词解释")
            .map(|s| s["char_start"].parse().unwrap())
            .expect("a glossary section");
        for e in &entries {
            let (s, t): (usize, usize) = (e["char_start"].parse().unwrap(), e["char_end"].parse().unwrap());
            let span = slice_chars(&text, s, t);
            assert!(span.starts_with(&e["term"]), "{}: {:?}", d["doc_id"], span);
            assert!(span.ends_with(&e["definition"]), "{}: {:?}", d["doc_id"], span);
            assert!(s > glossary_start, "{}: entry before its block", d["doc_id"]);
            if let Ok(f) = e["first_use"].parse::<usize>() {
                assert!(f < glossary_start, "{}: first_use inside the glossary", d["doc_id"]);
                let needle = quoteless(&e["term"]);
                let at = quoteless(&slice_chars(&text, f, f + needle.chars().count() * 2));
                assert!(at.starts_with(&needle), "{}: {} first used at {f}: {at:?}", d["doc_id"], e["term"]);
            }
            checked += 1;
        }
    }
    assert_eq!(checked, ENTRIES.iter().map(|e| e.1).sum::<usize>());
}

/// The glossary of the sections fixture: numbered entries, a definition on the next line that
/// has colons of its own, first uses with and without quotes.
#[test]
fn fixture_entries() {
    let path = repo("tests/fixtures/sections/conventions.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let (dir, out) = extract(&[path], &["-q"]);
    assert!(out.status.success());
    let g = rows_of(dir.path(), "glossary", "conventions");
    let got: Vec<(&str, &str, String, String)> = g
        .iter()
        .map(|r| {
            let first = r["first_use"].parse().map_or(String::new(), |f: usize| slice_chars(&text, f, f + 4));
            let span = slice_chars(&text, r["char_start"].parse().unwrap(), r["char_end"].parse().unwrap());
            (r["term"].as_str(), r["definition"].as_str(), first, span)
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "“两山”",
                "纵线：金鳌山；横线：中梁山。",
                "两山。\n".to_string(),
                "“两山”：\n纵线：金鳌山；横线：中梁山。".to_string()
            ),
            (
                "“三变”改革",
                "即资源变资产、资金变股金、农民变股东。",
                "三变”改".to_string(),
                "“三变”改革：即资源变资产、资金变股金、农民变股东。".to_string()
            ),
        ]
    );
}

/// Entries of four block layouts of the Markdown sample, counted by hand: bullets (怀化, `〇`
/// before each term, heading `附：相关名词解释`), numbered under `《政府工作报告》名词解释` (济南),
/// unnumbered under `《政府工作报告》有关名词解释` (赤峰), numbered under `有关用语释义` (甘孜).
const SAMPLE_ENTRIES: &[(&str, usize)] = &[
    ("lawtext-sample/city/怀化市/2014", 18),
    ("lawtext-sample/city/济南市/2017", 16),
    ("lawtext-sample/city/赤峰市/2025", 25),
    ("lawtext-sample/city/甘孜藏族自治州/2021", 51),
];

/// Every report of the Markdown sample with a 名词解释 block yields entries, in every heading
/// layout. Whether a report has a block is read here without gwr: a short line (markup and
/// blanks removed) that names the block (名词解释 or 名词注解 (东莞 2023), or a line ending in 注释, 释义 or 用语说明: the
/// contract's names).
#[test]
fn every_glossary_block_of_the_markdown_sample_is_found() {
    let dir = full_run();
    let rows = read_csv(&dir.join("glossary.csv"));
    let mut with_block = 0;
    for d in read_csv(&dir.join("documents.csv")).into_iter().filter(in_markdown_sample) {
        let text = std::fs::read_to_string(repo("raw").join(&d["source_path"])).expect("read");
        let has_block = text.lines().any(|l| {
            let sq: String = l.chars().filter(|c| !c.is_whitespace() && !matches!(c, '*' | '#' | '_')).collect();
            let names = sq.contains("名词解释")
                || sq.contains("名词注解")
                || sq.ends_with("注释")
                || sq.ends_with("释义")
                || sq.ends_with("用语说明");
            sq.chars().count() <= 40 && names && !sq.contains('。')
        });
        let n = rows.iter().filter(|r| r["doc_id"] == d["doc_id"]).count();
        if has_block {
            with_block += 1;
            assert!(n > 0, "{}: a 名词解释 block but no entries", d["doc_id"]);
        }
        if let Some((_, want)) = SAMPLE_ENTRIES.iter().find(|(doc, _)| *doc == d["doc_id"]) {
            assert_eq!(n, *want, "{}", d["doc_id"]);
        }
    }
    assert_eq!(with_block, 25, "the sample has 25 reports with a block");
    // No markup, number or reference mark stays in a term.
    for r in rows.iter().filter(|r| r["doc_id"].starts_with("lawtext-sample/")) {
        let t = &r["term"];
        let bad = t.contains(['*', '#', '[', ']', '【', '】'])
            || t.ends_with(['）', ')']) && t.contains("（P")
            || t.starts_with(['〇', '●', '◆', '■']);
        assert!(!bad, "{}: term {t:?}", r["doc_id"]);
    }
}
