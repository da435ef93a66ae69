//! Issue 9.2: no input makes the extraction panic, and every row keeps the span invariant.
//!
//! The whole library entry point (`gwr::stages::extract`) runs on random mixtures of the
//! pieces reports are made of (CJK text, digits, units, %, list and clause marks, line breaks,
//! Markdown marks) and on every report in raw/ cut at a random character. Cases:
//! `GWR_PROPTEST_CASES` (64 by default, so that `cargo test` stays fast).

use proptest::prelude::*;

use crate::util::repo;

fn cases() -> u32 {
    std::env::var("GWR_PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64)
}

/// Text made of the pieces of a report, in any order.
fn report_pieces() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "各位代表：",
        "地区生产总值",
        "增长",
        "达到",
        "分别",
        "由",
        "增加到",
        "比2020年",
        "年均",
        "1-2个",
        "千亿级",
        "10户以上",
        "310.4亿元",
        "8.8%",
        "5%—5.5%",
        "6至8个",
        "三分之二",
        "五分之一",
        "2.3∶1",
        "１２３",
        "万",
        "亿元",
        "个",
        "项",
        "公里",
        "平方米",
        "%",
        "、",
        "，",
        "。",
        "；",
        "和",
        "及",
        "的",
        "\n",
        "\n\n",
        "**",
        "# ",
        "> ",
        "<!-- -->",
        "[链接](http://x)",
        "|",
        "“",
        "”",
        "（",
        "）",
        "一、",
        "2021年",
        "“十四五”",
        "今年",
        "全年",
        "左右",
        "以上",
        "多",
        "余",
        "其中",
        "城镇居民人均可支配收入",
    ]);
    prop::collection::vec(prop_oneof![piece.prop_map(String::from), "\\PC{0,4}"], 0..80).prop_map(|v| v.concat())
}

/// Every report of raw/ (Markdown and text), as text.
fn reports() -> &'static [String] {
    static REPORTS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    REPORTS.get_or_init(|| {
        let mut out = Vec::new();
        let mut stack = vec![repo("raw")];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "txt" || x == "md")
                    && let Ok(s) = std::fs::read_to_string(&p)
                {
                    out.push(s);
                }
            }
        }
        out.sort();
        out
    })
}

/// Run the extraction and check the spans of its rows against the text.
fn check(s: &str) -> Result<(), TestCaseError> {
    let text = gwr::lang::text::Text::new(s.to_string());
    let rows = gwr::stages::extract("p", &text);
    let chars: Vec<char> = text.as_str().chars().collect();
    let n = chars.len();
    for r in &rows.indicators {
        prop_assert!(r.char_start < r.char_end && r.char_end <= n, "{r:?}");
        let got: String = chars[r.char_start..r.char_end].iter().collect();
        prop_assert_eq!(&got, &r.surface);
    }
    for r in &rows.projects {
        prop_assert!(r.char_start < r.char_end && r.char_end <= n, "{r:?}");
    }
    for r in &rows.sections {
        prop_assert!(r.char_start < r.char_end && r.char_end <= n, "{r:?}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn extraction_never_panics_on_report_pieces(s in report_pieces()) {
        check(&s)?;
    }

    #[test]
    fn extraction_never_panics_on_cut_reports(k in any::<prop::sample::Index>(), at in any::<prop::sample::Index>()) {
        let all = reports();
        prop_assume!(!all.is_empty());
        let s = &all[k.index(all.len())];
        let n = s.chars().count();
        let cut: String = s.chars().take(at.index(n + 1)).collect();
        check(&cut)?;
    }
}
