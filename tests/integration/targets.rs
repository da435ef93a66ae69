//! `gwr targets`: the command on a small folder written with the library's writers, then on
//! the real corpus, where every expected pair below was read off the reports by hand
//! (raw/hailar decoded from GBK; raw/provinces-2025/*.docx against raw/provinces-2026/*.txt).

use gwr::model::{
    AdminLevel, Dimension, DocStatus, DocumentRow, Encoding, IndicatorRow, Measure, Record, Status, Value,
};
use gwr::schema::table;
use gwr::sink::{Format, WriteOptions, datapackage, write_table};

use crate::util::{Row, close, full_run, read_csv, run};

fn document(doc_id: &str, region: &str, year: i32) -> Vec<Value> {
    DocumentRow {
        doc_id: doc_id.into(),
        source_path: format!("{doc_id}.txt"),
        source_sha256: "0".repeat(64),
        encoding: Some(Encoding::Utf8),
        title: None,
        source_url: None,
        region: Some(region.into()),
        admin_level: Some(AdminLevel::County),
        report_year: Some(year),
        delivered_on: None,
        meeting: None,
        speaker: None,
        speaker_title: None,
        n_chars: 5000,
        status: DocStatus::Ok,
        message: None,
    }
    .values()
}

fn growth(
    doc_id: &str,
    mention_id: usize,
    value: f64,
    qualifier: &'static str,
    status: Status,
    year: i32,
) -> Vec<Value> {
    IndicatorRow {
        doc_id: doc_id.into(),
        mention_id,
        char_start: mention_id * 100,
        char_end: mention_id * 100 + 4,
        surface: format!("{value}%"),
        section_id: Some(1),
        sentence: "".into(),
        subject: Some("地区生产总值".into()),
        indicator: Some("gdp".into()),
        measure: Measure::GrowthRate,
        value,
        unit: "%".into(),
        value_base: value,
        unit_base: "%".into(),
        dimension: Dimension::Percent,
        qualifier: qualifier.parse().expect("a qualifier"),
        period_start: Some(year),
        period_end: Some(year),
        status,
    }
    .values()
}

/// A folder as `gwr extract` writes it: two reports of one region, written two ways.
fn small_folder(formats: &[Format]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let opts = WriteOptions::default();
    let docs = vec![document("hl-2012", "海拉尔区", 2012), document("hl-2013", "呼伦贝尔市海拉尔区", 2013)];
    let inds = vec![
        growth("hl-2012", 1, 21.0, "exact", Status::Target, 2012),
        growth("hl-2013", 1, 18.5, "exact", Status::Actual, 2012),
        growth("hl-2013", 2, 20.0, "exact", Status::Target, 2013),
    ];
    write_table(dir.path(), table("documents"), docs, formats, &opts).unwrap();
    write_table(dir.path(), table("indicators"), inds, formats, &opts).unwrap();
    datapackage::write(dir.path(), &["documents", "indicators"]).unwrap();
    dir
}

#[test]
fn writes_the_table_and_describes_it_in_the_data_package() {
    let dir = small_folder(&[Format::Csv, Format::Parquet]);
    let o = run(&["targets", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let rows = read_csv(&dir.path().join("targets.csv"));
    assert_eq!(rows.len(), 2);
    let r = &rows[0];
    assert_eq!(
        (r["region"].as_str(), r["year"].as_str(), r["target_doc_id"].as_str()),
        ("海拉尔区", "2012", "hl-2012")
    );
    assert_eq!((r["actual_doc_id"].as_str(), r["actual_value_base"].as_str()), ("hl-2013", "18.5"));
    assert_eq!(
        (r["gap"].as_str(), r["outcome"].as_str(), r["met"].as_str(), r["match"].as_str()),
        ("-2.5", "below", "false", "indicator")
    );
    // 2013: no report of 2014 in the folder, so no actual and met is empty.
    assert_eq!(
        (rows[1]["year"].as_str(), rows[1]["actual_doc_id"].as_str(), rows[1]["met"].as_str()),
        ("2013", "", "")
    );
    assert!(dir.path().join("targets.parquet").is_file());
    let pkg: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("datapackage.json")).unwrap()).unwrap();
    let names: Vec<&str> = pkg["resources"].as_array().unwrap().iter().filter_map(|r| r["name"].as_str()).collect();
    assert_eq!(names, ["documents", "indicators", "targets"]);
}

#[test]
fn reads_csv_when_there_is_no_parquet_and_writes_elsewhere() {
    let dir = small_folder(&[Format::Csv]);
    let out = tempfile::tempdir().unwrap();
    let o = run(&["targets", dir.path().to_str().unwrap(), "-o", out.path().to_str().unwrap(), "--format", "csv"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let rows = read_csv(&out.path().join("targets.csv"));
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["actual_value_base"], "18.5");
    assert!(!out.path().join("targets.parquet").exists());
    assert!(!dir.path().join("targets.csv").exists());
}

#[test]
fn a_folder_without_indicators_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(&["targets", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("indicators"));
}

/// `gwr targets` over the extraction of all of raw/, written to its own folder.
fn corpus_targets() -> &'static [Row] {
    static ROWS: std::sync::OnceLock<Vec<Row>> = std::sync::OnceLock::new();
    ROWS.get_or_init(|| {
        let out = tempfile::tempdir().unwrap();
        let o = run(&["targets", full_run().to_str().unwrap(), "-o", out.path().to_str().unwrap(), "-q"]);
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
        read_csv(&out.path().join("targets.csv"))
    })
}

/// What a report pair says about one figure: (year, indicator code if any, subject as
/// worded, measure, target in base unit, actual in base unit, outcome, met).
type Expected =
    (i64, Option<&'static str>, &'static str, &'static str, f64, Option<f64>, Option<&'static str>, Option<bool>);

fn num(s: &str) -> Option<f64> {
    s.parse().ok()
}

/// Check the expected pairs of one region; returns the failures, one line each.
fn check(region: &str, expected: &[Expected], rows: &[Row]) -> Vec<String> {
    let mut failures = Vec::new();
    for &(year, code, subject, measure, target, actual, outcome, met) in expected {
        let found = rows.iter().find(|r| {
            r["region"] == region
                && r["year"] == year.to_string()
                && r["measure"] == measure
                && (code.is_some_and(|c| r["indicator"] == c) || r["subject"].ends_with(subject))
                && num(&r["target_value_base"]).is_some_and(|t| close(t, target))
        });
        let what = format!("{region} {year} {subject} {measure} target {target}");
        let Some(r) = found else {
            failures.push(format!("{what}: no target row"));
            continue;
        };
        let got_actual = num(&r["actual_value_base"]);
        let actual_ok = match (actual, got_actual) {
            (Some(a), Some(g)) => close(a, g),
            (None, None) => true,
            _ => false,
        };
        let got_met = match r["met"].as_str() {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        };
        let got_outcome = Some(r["outcome"].as_str()).filter(|o| !o.is_empty());
        if !actual_ok || got_met != met || got_outcome != outcome {
            failures.push(format!(
                "{what}: expected actual {actual:?} {outcome:?} met {met:?}, got actual {got_actual:?} (from {} @{}) \
                 {got_outcome:?} met {got_met:?}",
                r["actual_doc_id"], r["actual_char_start"]
            ));
        }
    }
    failures
}

#[test]
fn hailar_targets_against_the_next_years_results() {
    // Targets: the 预期目标 paragraph of each year's report; actuals: the review of the next
    // report. Growth targets are written exact (增长21%), so the band is ±0.5 point; amounts
    // (达到240亿元) half a unit of the last digit. GDP, retail sales, income and investment
    // should go up, so a result above the band is met; 地方财政总收入 and 农民人均纯收入 are
    // matched on their subject (no code, no direction): met only within the band, else null.
    let gdp = Some("gdp");
    let retail = Some("retail_sales");
    let urban = Some("disposable_income_urban");
    let fai = Some("fixed_asset_investment");
    let (below, within, above) = (Some("below"), Some("within"), Some("above"));
    let expected: Vec<Expected> = vec![
        (2012, gdp, "地区生产总值", "growth_rate", 21.0, Some(18.5), below, Some(false)),
        (2012, gdp, "地区生产总值", "amount", 2.4e10, Some(2.352e10), below, Some(false)),
        (2012, None, "地方财政总收入", "growth_rate", 24.6, Some(28.8), above, None),
        (2012, None, "地方财政总收入", "amount", 2.0e9, Some(2.067e9), above, None),
        (2012, retail, "社会消费品零售总额", "growth_rate", 20.0, Some(16.2), below, Some(false)),
        (2012, retail, "社会消费品零售总额", "amount", 1.008e10, Some(9.79e9), below, Some(false)),
        (2012, urban, "城镇人均可支配收入", "growth_rate", 18.0, Some(14.9), below, Some(false)),
        (2012, urban, "城镇人均可支配收入", "amount", 23896.0, Some(23267.0), below, Some(false)),
        (2012, None, "农民人均纯收入", "growth_rate", 18.0, Some(16.8), below, None),
        (2012, None, "农民人均纯收入", "amount", 16892.0, Some(16720.0), below, None),
        (2013, gdp, "地区生产总值", "growth_rate", 20.0, Some(10.1), below, Some(false)),
        (2013, gdp, "地区生产总值", "amount", 2.82e10, Some(2.537e10), below, Some(false)),
        (2013, None, "地方财政总收入", "growth_rate", 20.0, Some(20.3), within, Some(true)),
        (2013, None, "地方财政总收入", "amount", 2.48e9, Some(2.485e9), within, Some(true)),
        // 固定资产投资 grew 24.7% against an exact 23%: above the target, so met.
        (2013, fai, "固定资产投资", "growth_rate", 23.0, Some(24.7), above, Some(true)),
        (2013, fai, "固定资产投资", "amount", 1.0e10, Some(9.07e9), below, Some(false)),
        (2013, retail, "社会消费品零售总额", "growth_rate", 22.0, Some(13.0), below, Some(false)),
        (2013, retail, "社会消费品零售总额", "amount", 1.2e10, Some(1.106e10), below, Some(false)),
        (2014, gdp, "地区生产总值", "growth_rate", 11.0, Some(9.1), below, Some(false)),
        (2014, gdp, "地区生产总值", "amount", 2.82e10, Some(2.744e10), below, Some(false)),
        (2014, None, "地方财政总收入", "growth_rate", 16.0, Some(0.4), below, None),
        (2014, None, "地方财政总收入", "amount", 2.88e9, Some(2.49e9), below, None),
        (2014, fai, "固定资产投资", "growth_rate", 20.0, Some(33.5), above, Some(true)),
        (2014, fai, "固定资产投资", "amount", 1.088e10, Some(1.211e10), above, Some(true)),
        (2014, retail, "社会消费品零售总额", "growth_rate", 14.0, Some(11.6), below, Some(false)),
        (2014, retail, "社会消费品零售总额", "amount", 1.26e10, Some(1.234e10), below, Some(false)),
        (2014, urban, "城镇居民人均可支配收入", "growth_rate", 12.0, Some(10.4), below, Some(false)),
        (2014, None, "农民人均纯收入", "growth_rate", 14.0, Some(13.6), within, Some(true)),
        // The report of 2016 is not in raw/: 2015's targets stand alone.
        (2015, gdp, "地区生产总值", "growth_rate", 8.0, None, None, None),
        (2015, gdp, "地区生产总值", "amount", 2.96e10, None, None, None),
    ];
    let failures = check("海拉尔区", &expected, corpus_targets());
    assert!(failures.is_empty(), "{} of {} pairs wrong:\n{}", failures.len(), expected.len(), failures.join("\n"));
}

#[test]
fn provincial_gdp_growth_targets_for_2025_against_the_2025_results() {
    // (region, target, actual, met): targets from the 2025 reports (左右 = approx, ±0.5
    // point; 以上 = at_least), results from the reviews of the 2026 reports. Met here means
    // within the band; below it, not met.
    let gdp = Some("gdp");
    let pairs: [(&str, f64, Option<f64>, Option<bool>); 15] = [
        ("上海市", 5.0, Some(5.4), Some(true)),
        ("云南省", 5.0, Some(4.1), Some(false)),
        ("内蒙古自治区", 6.0, Some(4.7), Some(false)),
        ("北京市", 5.0, Some(5.4), Some(true)),
        ("吉林省", 5.5, Some(5.0), Some(true)),
        ("四川省", 5.5, Some(5.5), Some(true)),
        ("天津市", 5.0, Some(4.8), Some(true)),
        ("宁夏回族自治区", 5.5, Some(5.3), Some(true)),
        ("安徽省", 5.5, Some(5.5), Some(true)),
        ("山东省", 5.0, Some(5.5), Some(true)),
        ("广东省", 5.0, Some(3.9), Some(false)),
        ("广西壮族自治区", 5.0, Some(5.1), Some(true)),
        ("新疆维吾尔自治区", 6.0, Some(5.5), Some(true)),
        ("江苏省", 5.0, Some(5.3), Some(true)),
        // 山西's 2026 report says GDP (全年GDP增长4%), not 地区生产总值.
        ("山西省", 5.0, Some(4.0), Some(false)),
    ];
    let rows = corpus_targets();
    let failures: Vec<String> = pairs
        .iter()
        .flat_map(|&(region, target, actual, met)| {
            let outcome = if met == Some(true) { Some("within") } else { Some("below") };
            check(region, &[(2025, gdp, "地区生产总值", "growth_rate", target, actual, outcome, met)], rows)
        })
        .collect();
    assert!(failures.is_empty(), "{} of {} provinces wrong:\n{}", failures.len(), pairs.len(), failures.join("\n"));
}

/// Write a table as CSV from rows given as (column, cell) pairs; other columns are empty.
fn write_csv(dir: &std::path::Path, name: &str, rows: &[Vec<(&str, String)>]) {
    let cols = table(name).field_names();
    let mut w = csv::Writer::from_path(dir.join(format!("{name}.csv"))).unwrap();
    w.write_record(&cols).unwrap();
    for r in rows {
        let rec: Vec<String> =
            cols.iter().map(|c| r.iter().find(|(k, _)| k == c).map(|(_, v)| v.clone()).unwrap_or_default()).collect();
        w.write_record(&rec).unwrap();
    }
    w.flush().unwrap();
}

/// One figure of a report: (doc, mention, subject, code, measure, value as written, value
/// in base unit, unit, qualifier, year, status).
type Fig = (
    &'static str,
    usize,
    &'static str,
    &'static str,
    &'static str,
    f64,
    f64,
    &'static str,
    &'static str,
    i32,
    &'static str,
);

/// Outcome and met on a folder written by hand: every qualifier and both directions, a
/// bounded fall, a figure without a direction, and units that differ.
#[test]
fn outcome_and_met_follow_the_band_and_the_indicator_direction() {
    let dir = tempfile::tempdir().unwrap();
    let doc = |id: &str, year: i32| {
        vec![
            ("doc_id", id.to_string()),
            ("source_path", format!("{id}.txt")),
            ("source_sha256", "0".repeat(64)),
            ("region", "测试市".to_string()),
            ("report_year", year.to_string()),
            ("n_chars", "1000".to_string()),
            ("status", "ok".to_string()),
        ]
    };
    write_csv(dir.path(), "documents", &[doc("t2024", 2024), doc("t2025", 2025)]);
    let figs: Vec<Fig> = vec![
        // Targets for 2024, in the report of 2024.
        ("t2024", 1, "地区生产总值", "gdp", "growth_rate", 5.0, 5.0, "%", "exact", 2024, "target"),
        ("t2024", 2, "居民消费价格", "cpi", "growth_rate", 3.0, 3.0, "%", "approx", 2024, "target"),
        ("t2024", 3, "城镇调查失业率", "unemployment_rate", "ratio", 5.5, 5.5, "%", "at_most", 2024, "target"),
        (
            "t2024",
            4,
            "单位地区生产总值能耗",
            "energy_intensity",
            "growth_rate",
            3.0,
            -3.0,
            "%",
            "at_least",
            2024,
            "target",
        ),
        ("t2024", 5, "粮食产量", "", "amount", 100.0, 1.0e6, "吨", "exact", 2024, "target"),
        ("t2024", 6, "一般公共预算收入", "budget_revenue", "amount", 50.0, 5.0e9, "元", "at_least", 2024, "target"),
        ("t2024", 7, "城镇新增就业", "new_urban_jobs", "amount", 1.0, 1.0e4, "人", "approx", 2024, "target"),
        // Results for 2024, in the report of 2025.
        ("t2025", 1, "地区生产总值", "gdp", "growth_rate", 6.2, 6.2, "%", "exact", 2024, "actual"),
        ("t2025", 2, "居民消费价格", "cpi", "growth_rate", 0.2, 0.2, "%", "exact", 2024, "actual"),
        ("t2025", 3, "城镇调查失业率", "unemployment_rate", "ratio", 5.6, 5.6, "%", "exact", 2024, "actual"),
        (
            "t2025",
            4,
            "单位地区生产总值能耗",
            "energy_intensity",
            "growth_rate",
            1.0,
            -1.0,
            "%",
            "exact",
            2024,
            "actual",
        ),
        ("t2025", 5, "粮食产量", "", "amount", 120.0, 1.2e6, "吨", "exact", 2024, "actual"),
        ("t2025", 6, "一般公共预算收入", "budget_revenue", "amount", 55.0, 5.5e9, "元", "exact", 2024, "actual"),
        ("t2025", 7, "城镇新增就业", "new_urban_jobs", "amount", 1.2, 1.2e4, "个", "exact", 2024, "actual"),
    ];
    let rows: Vec<Vec<(&str, String)>> = figs
        .iter()
        .map(|&(doc, id, subject, code, measure, value, base, unit, qualifier, year, status)| {
            vec![
                ("doc_id", doc.to_string()),
                ("mention_id", id.to_string()),
                ("char_start", (id * 10).to_string()),
                ("char_end", (id * 10 + 3).to_string()),
                ("surface", format!("{value}{unit}")),
                ("subject", subject.to_string()),
                ("indicator", code.to_string()),
                ("measure", measure.to_string()),
                ("value", value.to_string()),
                ("unit", unit.to_string()),
                ("value_base", base.to_string()),
                ("unit_base", unit.to_string()),
                ("dimension", if unit == "%" { "percent" } else { "other" }.to_string()),
                ("qualifier", qualifier.to_string()),
                ("period_start", year.to_string()),
                ("period_end", year.to_string()),
                ("status", status.to_string()),
            ]
        })
        .collect();
    write_csv(dir.path(), "indicators", &rows);
    let o = run(&["targets", dir.path().to_str().unwrap(), "--format", "csv"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("7 rows") && stderr.contains("above the target"), "{stderr}");
    let got: Vec<(String, String, String)> = read_csv(&dir.path().join("targets.csv"))
        .into_iter()
        .map(|r| (r["subject"].clone(), r["outcome"].clone(), r["met"].clone()))
        .collect();
    let want = [
        // GDP 6.2% against an exact 5%: above, and GDP should go up.
        ("地区生产总值", "above", "true"),
        // CPI 0.2% against 3%左右: below, and prices should stay down.
        ("居民消费价格", "below", "true"),
        // Unemployment 5.6% against 5.5%以内: above, the wrong side.
        ("城镇调查失业率", "above", "false"),
        // Energy intensity fell 1% against 下降3%以上 (a change of −3% or lower): above.
        ("单位地区生产总值能耗", "above", "false"),
        // Grain output (no code here): above the band, and no direction to read it by.
        ("粮食产量", "above", ""),
        // Revenue 55亿 against 50亿以上: within the open band.
        ("一般公共预算收入", "within", "true"),
        // Jobs in 个 against a target in 人: not comparable.
        ("城镇新增就业", "", ""),
    ];
    let want: Vec<(String, String, String)> =
        want.iter().map(|(s, o, m)| (s.to_string(), o.to_string(), m.to_string())).collect();
    assert_eq!(got, want);
    // The column is in the data package, with its values.
    let pkg: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("datapackage.json")).unwrap()).unwrap();
    let targets = pkg["resources"].as_array().unwrap().iter().find(|r| r["name"] == "targets").unwrap();
    let outcome = targets["schema"]["fields"].as_array().unwrap().iter().find(|f| f["name"] == "outcome").unwrap();
    assert_eq!(outcome["constraints"]["enum"], serde_json::json!(["below", "within", "above"]));
}

#[test]
fn help_explains_outcome_and_met_with_examples() {
    let o = run(&["targets", "--help"]);
    let help = String::from_utf8_lossy(&o.stdout);
    for s in ["outcome:", "below, within or above", "met:", "CPI 0.2% against 3%左右", "should go up", "should go down"]
    {
        assert!(help.contains(s), "gwr targets --help lacks {s:?}:\n{help}");
    }
}

/// A gap is written with no more decimals than the two figures it is the difference of (5.4
/// against 5.0 is 0.4, not 0.40000000000000036), and it is the difference.
#[test]
fn gaps_are_exact_decimals() {
    let places = |s: &str| s.split_once('.').map_or(0, |(_, f)| f.len());
    let mut checked = 0;
    for r in corpus_targets().iter().filter(|r| !r["gap"].is_empty()) {
        let (gap, t, a) = (&r["gap"], &r["target_value_base"], &r["actual_value_base"]);
        assert!(places(gap) <= places(t).max(places(a)), "gap {gap} of {a} against {t}");
        let want = num(a).unwrap() - num(t).unwrap();
        assert!((num(gap).unwrap() - want).abs() <= 1e-9 * want.abs().max(1.0), "gap {gap} of {a} against {t}");
        checked += 1;
    }
    assert!(checked > 100, "only {checked} gaps in the corpus");
}

#[test]
fn rows_are_sorted_and_keys_unique() {
    let rows = corpus_targets();
    let key = |r: &Row| {
        (
            r["region"].clone(),
            r["year"].parse::<i64>().unwrap(),
            r["target_doc_id"].clone(),
            r["target_char_start"].parse::<i64>().unwrap(),
        )
    };
    for w in rows.windows(2) {
        assert!(key(&w[0]) < key(&w[1]), "not sorted or repeated: {:?} then {:?}", key(&w[0]), key(&w[1]));
    }
    // Every actual comes from a later report than its target's year.
    let docs = read_csv(&full_run().join("documents.csv"));
    // (A report whose year is unknown may give actuals; there is nothing to compare then.)
    let year_of = |d: &str| docs.iter().find(|r| r["doc_id"] == d).and_then(|r| r["report_year"].parse::<i64>().ok());
    for r in rows.iter().filter(|r| !r["actual_doc_id"].is_empty()) {
        if let Some(y) = year_of(&r["actual_doc_id"]) {
            assert!(y > r["year"].parse::<i64>().unwrap(), "{r:?}");
        }
    }
}

#[test]
fn reruns_write_byte_identical_csv() {
    let dirs: Vec<tempfile::TempDir> = (0..2).map(|_| tempfile::tempdir().unwrap()).collect();
    for d in &dirs {
        let o = run(&["targets", full_run().to_str().unwrap(), "-o", d.path().to_str().unwrap(), "-q"]);
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let bytes: Vec<Vec<u8>> = dirs.iter().map(|d| std::fs::read(d.path().join("targets.csv")).unwrap()).collect();
    assert!(bytes[0].len() > 1000);
    assert!(bytes[0] == bytes[1], "two runs of gwr targets differ");
}
