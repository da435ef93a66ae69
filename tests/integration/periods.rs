//! Tests of periods: `time::resolve` against the seed gold, phenomenon fixtures, and the
//! section times of every report in raw/.

use std::path::Path;

use gwr::lang::text::Text;
use gwr::model::{Measure, Period, Status};
use gwr::source::{self, Kind, Limits};
use gwr::stages::document::Document;
use gwr::stages::time;

use crate::util::{gold, read_csv, repo};

/// Decode a file of raw/ the way `gwr extract` does.
fn load(path: &Path) -> Text {
    let limits = Limits::default();
    let raw = source::read_raw(path, &limits).expect("read");
    let kind = Kind::of(path).expect("known kind");
    Text::new(source::load(kind, &raw.bytes, None, &limits).expect("decode").text)
}

fn raw_files() -> Vec<std::path::PathBuf> {
    let w = source::walk::walk(&[repo("raw")]).expect("walk raw/");
    w.files.into_iter().map(|f| f.path).collect()
}

/// Print every heading of every raw/ file with its section time, for eyeballing:
/// `cargo test --no-default-features --test integration periods::dump -- --ignored --nocapture`
#[test]
#[ignore]
fn dump() {
    for p in raw_files() {
        let text = load(&p);
        let doc = Document::new("x", &text);
        println!("== {} (report_year {:?})", p.display(), doc.meta.report_year);
        for (sec, t) in doc.outline.sections.iter().zip(&doc.section_times) {
            println!(
                "{}{} {} | {:?}-{:?} span {:?} {}",
                "  ".repeat(sec.level - 1),
                sec.marker.as_deref().unwrap_or(""),
                sec.heading.chars().take(40).collect::<String>(),
                t.period.start,
                t.period.end,
                t.span.map(|s| (s.start.unwrap_or(0), s.end.unwrap_or(0))),
                t.status.as_str()
            );
        }
    }
}

/// (period, status) agreement of `resolve` with one gold table; prints every miss.
fn score_gold(table: &str, measure_col: Option<&str>) -> (f64, f64, usize) {
    let path = repo("raw/cq-dadukou-2022.txt");
    let text = load(&path);
    let rows = read_csv(&gold().join(format!("{table}.csv")));
    assert!(!rows.is_empty(), "gold {table} is empty");
    let doc = Document::new("cq-dadukou-2022", &text);
    let (mut ok_p, mut ok_s) = (0, 0);
    for r in &rows {
        let a: usize = r["char_start"].parse().expect("char_start");
        let b: usize = r["char_end"].parse().expect("char_end");
        let at = text.byte_of(a)..text.byte_of(b);
        let measure = measure_col.and_then(|c| r[c].parse::<Measure>().ok());
        let (p, st) = time::resolve(&doc, &doc.section_times, at, measure);
        let want_p = Period { start: r["period_start"].parse().ok(), end: r["period_end"].parse().ok() };
        let want_s = if r["status"] == "target" { Status::Target } else { Status::Actual };
        ok_p += usize::from(p == want_p);
        ok_s += usize::from(st == want_s);
        if p != want_p || st != want_s {
            let label = r.get("surface").or_else(|| r.get("name")).cloned().unwrap_or_default();
            eprintln!(
                "{table} {label}: got {:?}-{:?} {}, gold {:?}-{:?} {} | {}",
                p.start,
                p.end,
                st.as_str(),
                want_p.start,
                want_p.end,
                want_s.as_str(),
                r["sentence"].chars().take(60).collect::<String>()
            );
        }
    }
    let n = rows.len();
    (ok_p as f64 / n as f64, ok_s as f64 / n as f64, n)
}

#[test]
fn seed_gold_indicators() {
    let (p, s, n) = score_gold("indicators", Some("measure"));
    eprintln!("indicators: period {p:.3}, status {s:.3} over {n} gold rows");
    assert!(p >= 0.95, "period accuracy {p:.3} < 0.95");
    assert!(s >= 0.95, "status accuracy {s:.3} < 0.95");
}

#[test]
fn seed_gold_projects() {
    let (p, s, n) = score_gold("projects", None);
    eprintln!("projects: period {p:.3}, status {s:.3} over {n} gold rows");
    assert!(p >= 0.95, "period accuracy {p:.3} < 0.95");
    assert!(s >= 0.95, "status accuracy {s:.3} < 0.95");
}

/// Print every rough quantity of every raw/ file with its resolved period, for eyeballing:
/// `cargo test --no-default-features --test integration periods::dump_figures -- --ignored --nocapture`
#[test]
#[ignore]
fn dump_figures() {
    let re = regex::Regex::new(
        r"[0-9０-９][0-9.０-９]*(?:%|％|个百分点|亿元|万元|万人|万吨|万亩|亿|万|倍|个|家|公里|项|所|人|户|件)",
    )
    .unwrap();
    for p in raw_files() {
        let text = load(&p);
        let doc = Document::new("x", &text);
        println!("== {}", p.display());
        let s = doc.s();
        let body = doc.bounds.body.clone();
        for m in re.find_iter(&s[body.clone()]) {
            let at = body.start + m.start()..body.start + m.end();
            let before: String = s[..at.start].chars().rev().take(30).collect::<Vec<_>>().into_iter().rev().collect();
            let measure = if before.ends_with("年均增长") || before.ends_with("年均增速") {
                Some(Measure::AvgGrowthRate)
            } else {
                None
            };
            let (per, st) = time::resolve(&doc, &doc.section_times, at.clone(), measure);
            let sec = doc.outline.innermost(at.start).map_or(0, |x| x.id);
            println!(
                "{sec:>3} {:?}-{:?} {:6} | {}[{}]",
                per.start.unwrap_or(0),
                per.end.unwrap_or(0),
                st.as_str(),
                before.replace('\n', "⏎"),
                m.as_str()
            );
        }
    }
}

/// Period and status of the `nth` (0-based) occurrence of `needle` in a fixture of
/// tests/fixtures/periods/.
fn probe_nth(fixture: &str, needle: &str, nth: usize, measure: Option<&str>) -> (Period, Status) {
    let text = load(&repo(&format!("tests/fixtures/periods/{fixture}")));
    let s = text.as_str();
    let (at, _) = s.match_indices(needle).nth(nth).unwrap_or_else(|| panic!("{needle:?} #{nth} not in {fixture}"));
    let measure = measure.map(|m| m.parse::<Measure>().expect("a measure"));
    let doc = Document::new(fixture, &text);
    time::resolve(&doc, &doc.section_times, at..at + needle.len(), measure)
}

fn probe(fixture: &str, needle: &str, measure: Option<&str>) -> (Period, Status) {
    probe_nth(fixture, needle, 0, measure)
}

const REVIEW: &str = "review-five-year-plan.txt";
const PLAN: &str = "plan-recap.txt";
const A: Status = Status::Actual;
const T: Status = Status::Target;

fn y(a: i32) -> Period {
    Period::year(a)
}
fn ys(a: i32, b: i32) -> Period {
    Period::years(a, b)
}

/// A report without parts (长沙 2004): its first （一）… list reviews the year, the list that starts
/// afresh plans the next (its 28 figures were read as results of 2003).
#[test]
fn second_list_of_a_report_without_parts_is_the_plan() {
    assert_eq!(probe("no-parts.txt", "928.2亿元", None), (y(2003), A));
    assert_eq!(probe("no-parts.txt", "9900元", None), (y(2003), A));
    assert_eq!(probe("no-parts.txt", "50个", None), (y(2004), T));
    assert_eq!(probe("no-parts.txt", "8万人", None), (y(2004), T));
}

#[test]
fn from_to_years_go_with_their_numbers() {
    // 由2010年的162.4亿元增加到2015年的287.9亿元: each number takes the year written with it.
    assert_eq!(probe(REVIEW, "162.4亿元", None), (y(2010), A));
    assert_eq!(probe(REVIEW, "287.9亿元", None), (y(2015), A));
    // The parallel clause that leaves its years out takes them from the clause before.
    assert_eq!(probe(REVIEW, "11.66亿元", None), (y(2010), A));
    assert_eq!(probe(REVIEW, "29.33亿元", None), (y(2015), A));
}

#[test]
fn change_against_a_base_year_runs_from_the_year_after() {
    assert_eq!(probe(REVIEW, "13480元", None), (ys(2011, 2015), A));
    assert_eq!(probe(REVIEW, "2.7倍", Some("ratio")), (ys(2011, 2015), A));
}

#[test]
fn five_year_paragraph_gives_its_span_to_averages_and_levels() {
    assert_eq!(probe(REVIEW, "9.5%", Some("avg_growth_rate")), (ys(2011, 2015), A));
    assert_eq!(probe(REVIEW, "40所", None), (ys(2011, 2015), A));
    // A sentence of a five-year paragraph opened by its last year is about that year; the
    // sentences after it keep the paragraph's span (the contract: levels reached at the end too).
    assert_eq!(probe(REVIEW, "42%", None), (y(2015), A));
    assert_eq!(probe(REVIEW, "12个", None), (ys(2011, 2015), A));
    assert_eq!(probe(REVIEW, "90%", None), (ys(2011, 2015), A));
    // The review of the last year, in the same section, is about that year.
    assert_eq!(probe(REVIEW, "7.5%", Some("growth_rate")), (y(2015), A));
    assert_eq!(probe(REVIEW, "1.2万人", None), (y(2015), A));
}

#[test]
fn plan_section_defaults_and_recaps() {
    assert_eq!(probe(REVIEW, "7%左右", Some("growth_rate")).0, y(2016));
    assert_eq!(probe(REVIEW, "7%左右", Some("growth_rate")).1, T);
    assert_eq!(probe(REVIEW, "4%以内", None), (y(2016), T));
    // A plan that recaps last year: the clause's year beats the section.
    assert_eq!(probe(REVIEW, "8.1%", Some("growth_rate")), (y(2016 - 1), A));
    assert_eq!(probe(PLAN, "3.1%", Some("growth_rate")), (y(2025), A));
    // …and the recap stays in its paragraph: the next one is the plan's again.
    assert_eq!(probe(PLAN, "5%左右。", Some("growth_rate")), (y(2026), T));
    assert_eq!(probe(PLAN, "300个", None), (y(2026), T));
}

#[test]
fn to_a_year_is_that_year() {
    assert_eq!(probe(REVIEW, "60%", Some("ratio")), (y(2020), T));
    assert_eq!(probe(PLAN, "70%", Some("ratio")), (y(2030), T));
}

#[test]
fn five_year_plan_section_and_paragraphs() {
    // “十五五”时期…年均增长: the plan's span; a 这五年 paragraph inside it looks back.
    assert_eq!(probe(PLAN, "5%左右，", Some("avg_growth_rate")), (ys(2026, 2030), T));
    assert_eq!(probe(PLAN, "1000公里", None), (ys(2021, 2025), A));
}

#[test]
fn review_section_naming_this_years_goal() {
    assert_eq!(probe(PLAN, "5.2%", Some("growth_rate")), (y(2025), A));
    assert_eq!(probe(PLAN, "600亿斤", None), (y(2025), A));
    assert_eq!(probe(PLAN, "60万人", None), (y(2026), T));
}

#[test]
fn glossary_figures_have_no_period() {
    assert_eq!(probe(PLAN, "21个", None), (Period::NONE, A));
}

#[test]
fn seed_section_times() {
    // 一、过去五年及2021年工作回顾 / 二、未来五年… / 三、2022年工作安排 / 四、全面加强政府自身建设 / 名词解释
    let text = load(&repo("raw/cq-dadukou-2022.txt"));
    let doc = Document::new("cq-dadukou-2022", &text);
    let by_heading = |h: &str| {
        let i = doc.outline.sections.iter().position(|s| s.heading.contains(h)).unwrap_or_else(|| panic!("{h}"));
        (doc.section_times[i].period, doc.section_times[i].status)
    };
    assert_eq!(by_heading("过去五年及2021年工作回顾"), (y(2021), A));
    assert_eq!(by_heading("长江文化艺术湾区建设全面铺开"), (y(2021), A));
    assert_eq!(by_heading("未来五年经济社会发展的总体要求"), (ys(2022, 2026), T));
    assert_eq!(by_heading("点亮城市新名片迈出新步伐"), (ys(2022, 2026), T));
    assert_eq!(by_heading("2022年工作安排"), (y(2022), T));
    assert_eq!(by_heading("全面加强政府自身建设"), (y(2022), T));
    assert_eq!(by_heading("名 词 解 释"), (Period::NONE, A));
}

/// A session held in December plans the next year (report_year 2025), but its relative words
/// count from the year it is held: 今年 is 2024, 去年 2023, 明年 2025; `2020年以来` runs to the
/// year before the report year, and phrases that count years (一年来, 过去五年, 今后五年, 用两年时间)
/// count from the report year (一年来 was read as 2023 in five December reports of the sample).
#[test]
fn a_december_session_counts_relative_words_from_its_date() {
    const DEC: &str = "december-session.txt";
    let text = load(&repo(&format!("tests/fixtures/periods/{DEC}")));
    let doc = Document::new(DEC, &text);
    assert_eq!(doc.meta.report_year, Some(2025));
    assert_eq!(doc.meta.delivered_on.map(|d| d.year), Some(2024));
    assert_eq!(probe(DEC, "1200亿元", None), (y(2024), A));
    assert_eq!(probe(DEC, "120个", None).0, y(2023));
    assert_eq!(probe(DEC, "8万人", None), (ys(2020, 2024), A));
    assert_eq!(probe(DEC, "6%", Some("growth_rate")), (y(2025), T));
    assert_eq!(probe(DEC, "2万人", None), (y(2025), T));
    // Phrases that count years name the years the session reviews or plans: from the report year.
    assert_eq!(probe(DEC, "150个", None), (y(2024), A));
    assert_eq!(probe(DEC, "5000亿元", None), (ys(2020, 2024), A));
    assert_eq!(probe(DEC, "10万人", None), (ys(2025, 2029), T));
    assert_eq!(probe(DEC, "3000套", None), (ys(2025, 2026), T));
}

/// A five-year review whose paragraphs open with a summary (——这是综合实力不断增强的五年。)
/// gave every figure the last year (2015) instead of the five years (楚雄彝族自治州 2016, period
/// 0.445 on its blind gold); a plan section titled “十三五”良好开局 gave its figures the whole
/// plan instead of its first year; and a text that spaces its numbers (到 2020 年…) lost the
/// year for the later clauses of its sentence.
#[test]
fn five_year_summaries_plan_starts_and_spaced_years() {
    const F: &str = "spaced-five-year-summary.txt";
    // The review of the last year stays the last year.
    assert_eq!(probe(F, "9.1%", Some("growth_rate")), (y(2015), A));
    // ——这是…的五年: the paragraph is about the five years.
    assert_eq!(probe(F, "40%", Some("ratio")), (ys(2011, 2015), A));
    assert_eq!(probe(F, "7.8 个百分点", None), (ys(2011, 2015), A));
    assert_eq!(probe(F, "266 万亩", None), (ys(2011, 2015), A));
    // 到 2020 年 heads its clause, and the sentence's later clauses, spaces or not.
    assert_eq!(probe(F, "300 万千瓦", None), (y(2020), T));
    assert_eq!(probe(F, "85%", Some("ratio")), (y(2020), T));
    // “十三五”良好开局: the plan's first year.
    assert_eq!(probe(F, "1000 亿元", None), (y(2016), T));
    assert_eq!(probe(F, "40 户", None), (y(2016), T));
}

/// Parts whose headings name no time after a review (陕西 2004: 一、过去一年工作的回顾, then ten
/// parts of the year's work): a part whose own words report (了, 比上年) is more review; one
/// whose words plan (要, 力争, 今年) is this year's work, and so are the unlabelled parts after it.
#[test]
fn unlabelled_parts_after_a_review_plan_when_their_words_do() {
    const F: &str = "unlabelled-plan-parts.txt";
    assert_eq!(probe(F, "2398.6亿元", None), (y(2003), A));
    assert_eq!(probe(F, "6800元", None), (y(2003), A));
    assert_eq!(probe(F, "1000万吨", None), (y(2004), T));
    assert_eq!(probe(F, "300公里", None), (y(2004), T));
    assert_eq!(probe(F, "1亿吨", None), (y(2004), T));
    assert_eq!(probe(F, "500公里", None), (y(2004), T));
}

/// An annex after the 名词解释 block (附件1 民生实事, 附件2 重大项目清单) follows on from the
/// report's last part, this year's work: its figures were read as undated results, since the
/// glossary before it has no time (昭通 2023: 69 figures of its 年度目标 lists).
#[test]
fn an_annex_after_the_glossary_is_this_years_work() {
    const F: &str = "annex-after-glossary.txt";
    assert_eq!(probe(F, "1500亿元", None), (y(2022), A));
    // The glossary's own figures have no time.
    assert_eq!(probe(F, "120平方公里", None), (Period::NONE, A));
    assert_eq!(probe(F, "80所", None), (y(2023), T));
    assert_eq!(probe(F, "2万个", None), (y(2023), T));
    assert_eq!(probe(F, "30万吨", None), (y(2023), T));
}

/// A time allowed for a task from now (用两年时间, 三年内, 5年内) places the figures after it in the
/// report year and the years after it (邯郸 2021: 用两年时间…新增中小学幼儿园172所 was 2021 alone).
#[test]
fn a_time_allowed_for_a_task_runs_from_the_report_year() {
    const F: &str = "time-allowed.txt";
    assert_eq!(probe(F, "3600亿元", None), (y(2020), A));
    assert_eq!(probe(F, "172所", None), (ys(2021, 2022), T));
    assert_eq!(probe(F, "90%", Some("ratio")), (ys(2021, 2023), T));
    assert_eq!(probe(F, "12个", None), (ys(2021, 2025), T));
    assert_eq!(probe(F, "10所", None), (y(2021), T));
}

/// The plans before the eleventh, as the reports of the 1980s–2000s name them (“六五”期间,
/// “七五”, 第七个五年计划, “十五”), and years in numerals (一九八〇年) place figures as 十四五 and
/// 2020年 do (the 1981–1985 average growth was read as 1985 alone, the 1986–1990 one as 1986).
#[test]
fn older_plans_and_years_in_numerals() {
    const F: &str = "older-plans.txt";
    assert_eq!(probe(F, "百分之十", Some("avg_growth_rate")), (ys(1981, 1985), A));
    assert_eq!(probe(F, "七千七百八十亿元", None), (y(1985), A));
    assert_eq!(probe(F, "百分之六十二", Some("growth_rate")), (ys(1981, 1985), A));
    assert_eq!(probe(F, "五千三百亿元", None), (ys(1981, 1985), A));
    assert_eq!(probe(F, "百分之七点五", Some("avg_growth_rate")), (ys(1986, 1990), T));
    assert_eq!(probe(F, "一万一千一百七十亿元", None), (y(1990), T));
}

/// A plan's span or end before 的 makes it a base like a year (是“八五”时期的1.1倍, 是1995年末的2倍:
/// the multiple is about the plan under review, not the plan it is compared with); a sentence
/// opening with a form of address (各位代表：在刚刚过去的2000年，…) still opens with its topic (the
/// year's figures after it were read as the five years').
#[test]
fn plan_bases_and_a_topic_after_a_form_of_address() {
    const F: &str = "address-and-plan-bases.txt";
    assert_eq!(probe(F, "9.2%", Some("avg_growth_rate")), (ys(1996, 2000), A));
    assert_eq!(probe(F, "1.1倍", Some("ratio")), (ys(1996, 2000), A));
    assert_eq!(probe(F, "2倍", Some("ratio")), (ys(1996, 2000), A));
    assert_eq!(probe(F, "443亿元", None), (y(2000), A));
    assert_eq!(probe(F, "15.3%", Some("growth_rate")), (y(2000), A));
    assert_eq!(probe(F, "8%", Some("avg_growth_rate")), (ys(2001, 2005), T));
}

/// In a five-year review, a year opening a sentence (2013年，…) speaks for that sentence up to its
/// full stop, clauses joined by ； included (97亿元 is 2013's, as its clause leaves the year out);
/// the sentences after it take the review's span, whether the paragraph opens with 五年来 or has
/// no topic of its own (17亿元 and 104家 were read as 2013's).
#[test]
fn a_year_in_a_five_year_review_speaks_for_its_sentence() {
    const F: &str = "year-in-a-five-year-review.txt";
    assert_eq!(probe(F, "1707亿元", None), (y(2013), A));
    assert_eq!(probe(F, "97亿元", None), (y(2013), A));
    assert_eq!(probe(F, "25万人", None), (ys(2009, 2013), A));
    assert_eq!(probe(F, "987亿元", None), (y(2013), A));
    assert_eq!(probe(F, "17亿元", None), (ys(2009, 2013), A));
    assert_eq!(probe(F, "104家", None), (ys(2009, 2013), A));
    assert_eq!(probe(F, "9%", Some("growth_rate")), (y(2014), T));
}

/// A part whose heading joins a review and a plan (1999年工作回顾和2000年工作的总体要求) is the
/// plan's, but its first paragraphs review: the review's year carries over the paragraphs after
/// it until one names a time of the plan (浙江 2000: 53 results of 1999 were read as targets of
/// 2000). A 年均 figure after a base year in its sentence averages from the year after the base.
#[test]
fn a_part_that_reviews_then_plans() {
    const F: &str = "mixed-review-plan.txt";
    assert_eq!(probe(F, "5350亿元", None), (y(1999), A));
    assert_eq!(probe(F, "18.5%", Some("growth_rate")), (y(1999), A));
    assert_eq!(probe(F, "9%", Some("growth_rate")), (y(2000), T));
    assert_eq!(probe(F, "8%", Some("growth_rate")), (y(2000), T));
    assert_eq!(probe(F, "100万吨", None), (y(2000), T));
    const G: &str = "plan-review-and-targets.txt";
    assert_eq!(probe(G, "15.8%", Some("growth_rate")), (y(2010), A));
    assert_eq!(probe(G, "13.3%", Some("avg_growth_rate")), (ys(2006, 2010), A));
    assert_eq!(probe(G, "13%左右", Some("avg_growth_rate")), (ys(2011, 2015), T));
    assert_eq!(probe(G, "13%。", Some("growth_rate")), (y(2011), T));
}

/// A count of years opening a figure's clause in a section of that many years (五年新增城镇就业
/// 265.8万人 in a review of “十一五”) is about the section's span, not its last year; another
/// count (九年义务教育) or a count before a word that makes it something else (五年的努力,
/// 三年行动计划) is not.
#[test]
fn a_count_of_years_opening_a_clause_names_the_sections_span() {
    let f = "span-count.txt";
    assert_eq!(probe(f, "9.3个百分点", None), (ys(2006, 2010), A));
    assert_eq!(probe(f, "265.8万人", None), (ys(2006, 2010), A));
    assert_eq!(probe(f, "2.6万亿元", None), (ys(2006, 2010), A));
    // Only its own clause: the next one may state a level of the last year.
    assert_eq!(probe(f, "374.1万人", None), (y(2010), A));
    // The clause's own year stays: 去年…达到46.5%.
    assert_eq!(probe(f, "46.5%", None), (y(2010), A));
    assert_eq!(probe(f, "95%", None), (y(2010), A));
    assert_eq!(probe(f, "15695元", None), (y(2010), A));
    // In a plan of five years: the plan's span.
    assert_eq!(probe_nth(f, "6万亿元", 1, None), (ys(2011, 2015), T));
    assert_eq!(probe(f, "300所", None).0, y(2015));
}

/// A review part whose heading names a span before a year (过去五年和2017年工作) is about the span
/// in its own text until a paragraph opens with the year (安徽 2018: 47 figures of its five-year
/// paragraphs were dated 2017); from there, and in its subsections after that, the year holds.
#[test]
fn a_part_naming_the_span_first_is_about_the_span_until_the_year_opens() {
    let f = "span-first-part.txt";
    assert_eq!(probe(f, "6317个", None), (ys(2013, 2017), A));
    assert_eq!(probe(f, "2.75万亿元", None), (ys(2013, 2017), A));
    assert_eq!(probe(f, "8.5%", Some("growth_rate")), (y(2017), A));
    assert_eq!(probe(f, "70万人", None), (y(2017), A));
    assert_eq!(probe(f, "9%", Some("growth_rate")), (y(2017), A));
    assert_eq!(probe(f, "8%左右", Some("growth_rate")), (y(2018), T));
}

/// Subsections of such a part that come before the year's paragraph are the span's achievements
/// (广州 2021: （一）综合实力显著提升 … （七） of “十三五”, then 2020年，面对…: 158 figures had been
/// dated 2020); and a paragraph that opens with an address before the year (各位代表，刚刚过去的
/// 2020年，…) opens the year all the same (江苏 2026, 丹东 2016, 抚顺 2022: their year paragraphs
/// had been dated the span).
#[test]
fn subsections_before_the_year_paragraph_of_a_span_first_part_are_about_the_span() {
    let f = "span-first-subsections.txt";
    assert_eq!(probe(f, "269.67万户", None), (ys(2016, 2020), A));
    assert_eq!(probe(f, "312所", None), (ys(2016, 2020), A));
    assert_eq!(probe(f, "2.7%", Some("growth_rate")), (y(2020), A));
    assert_eq!(probe(f, "31万人", None), (y(2020), A));
    assert_eq!(probe(f, "6%以上", Some("growth_rate")), (y(2021), T));
}

/// A review of the outgoing government's term (本届政府工作回顾, at a new congress's first session)
/// is about the term's five years (庆阳 2022: 115 figures had been dated the last year).
#[test]
fn a_review_of_the_term_is_about_five_years() {
    let f = "term-review.txt";
    assert_eq!(probe(f, "5250公里", None), (ys(2017, 2021), A));
    assert_eq!(probe(f, "20%以上", Some("avg_growth_rate")), (ys(2017, 2021), A));
    assert_eq!(probe(f, "7%左右", Some("growth_rate")), (y(2022), T));
}

/// Under a review of a year, a subsection heading naming a plan still running names what the work
/// served (为“十二五”规划的全面实施奠定基础), not a plan of its own: its figures are the year's results
/// (海口 2012: 33 figures had been 2011–2015 targets). A plan's own part still plans.
#[test]
fn a_review_subsection_serving_a_plan_reviews_the_year() {
    let f = "review-serves-plan.txt";
    assert_eq!(probe(f, "30万亩", None), (y(2011), A));
    assert_eq!(probe(f, "12%", Some("growth_rate")), (y(2011), A));
    assert_eq!(probe(f, "10%", Some("avg_growth_rate")), (ys(2011, 2015), T));
    assert_eq!(probe(f, "11%", Some("growth_rate")), (y(2012), T));
}

/// 计划 as the noun of a programme or a policy (科技计划, 计划生育) is no goal word: figures after it
/// in a review are results (开封 2014, 深圳 2003: were targets); the verb 计划 still plans.
#[test]
fn plan_as_a_noun_sets_no_goal() {
    let f = "plan-as-noun.txt";
    assert_eq!(probe(f, "136项", None), (y(2013), A));
    assert_eq!(probe(f, "98.7%", None), (y(2013), A));
    assert_eq!(probe(f, "5所", None), (y(2014), T));
}

/// A lead-in to a list whose time opens a later clause before its colon (这里，我再次郑重承诺，今年
/// 要继续办好八件实事：（1）…) dates the items after it, even in a review part (湖北 2005: 25
/// figures of （2）…（8） had been the review's year and results).
#[test]
fn a_lead_in_to_a_list_dates_its_items() {
    let f = "lead-in-list.txt";
    assert_eq!(probe(f, "11%", Some("growth_rate")), (y(2004), A));
    assert_eq!(probe(f, "60万人", None), (y(2005), T));
    assert_eq!(probe(f, "20亿元", None), (y(2005), T));
    assert_eq!(probe(f, "2000公里", None), (y(2005), T));
}

/// A paragraph that opens with a year and goes on with a span holding it (2025年是“十四五”收官
/// 之年。五年来，…) hands the span, not the year, to the paragraphs after it that name no time
/// (淮安 2021, 山东 2026: 107 figures of five-year achievements had been dated the last year);
/// a paragraph whose later topic is another year (2025年，…) hands on its opening year.
#[test]
fn a_paragraph_moving_from_a_year_to_its_span_hands_on_the_span() {
    let f = "year-then-span-paragraph.txt";
    assert_eq!(probe(f, "5.5%", Some("growth_rate")), (y(2025), A));
    assert_eq!(probe(f, "3.7万亿元", None), (ys(2021, 2025), A));
    assert_eq!(probe(f, "11个", None), (ys(2021, 2025), A));
    assert_eq!(probe(f, "500万亩", None), (y(2025), A));
}

/// A heading that reports the government's own work done (六、持续改进作风，政府自身建设不断加强,
/// the last part of 博州 2021's review; 乌鲁木齐 2016: 六、政府自身建设全面加强) continues the
/// review; the same words as work to do (四、全面加强政府自身建设) are the report year's.
#[test]
fn a_heading_reporting_own_work_done_stays_in_the_review() {
    const F: &str = "review-closes-with-own-work.txt";
    assert_eq!(probe(F, "3%", None), (y(2020), A));
    assert_eq!(probe(F, "81件", None), (y(2020), A));
    assert_eq!(probe(F, "33%", Some("growth_rate")), (y(2020), A));
    assert_eq!(probe(F, "7.5%", Some("growth_rate")), (y(2021), T));
    assert_eq!(probe(F, "5%", Some("growth_rate")), (y(2021), T));
}

/// A count of years opening a sentence of a multi-year review (五年造林绿化2461万亩，…) goes on
/// counting in a later clause that opens with a verb of deeds (治理…, 建成…: 陕西 2011, 江苏
/// 2006); a clause opening with a noun may state the last year's level (…，能源化工产业总产值已占
/// 规模以上工业的46.8%).
#[test]
fn a_count_of_years_carries_over_clauses_of_deeds() {
    const F: &str = "span-count-carried.txt";
    assert_eq!(probe(F, "2461万亩", None), (ys(2006, 2010), A));
    assert_eq!(probe(F, "3.2万平方公里", None), (ys(2006, 2010), A));
    assert_eq!(probe(F, "90个", None), (ys(2006, 2010), A));
    assert_eq!(probe(F, "46.8%", None), (y(2010), A));
}

/// In a part about a span before a year (过去五年和2017年工作), a shorter span opening a sentence
/// (近两年化解煤炭…产能1672万吨) speaks for that sentence only: the later sentences of the paragraph
/// are the part's span, a 年均 figure's above all (安徽 2018: 年均增长20.2% had been 2016–2017).
#[test]
fn a_shorter_span_in_a_span_part_speaks_for_its_sentence() {
    const F: &str = "narrower-span-in-part.txt";
    assert_eq!(probe(F, "1672万吨", None), (ys(2016, 2017), A));
    assert_eq!(probe(F, "20.2%", Some("avg_growth_rate")), (ys(2013, 2017), A));
    assert_eq!(probe(F, "600亿斤", None), (ys(2013, 2017), A));
    assert_eq!(probe(F, "8.5%", Some("growth_rate")), (y(2017), A));
}
