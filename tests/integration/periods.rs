//! Tests of periods: `periods::resolve` against the seed gold, phenomenon fixtures, and the
//! section times of every report in raw/.

use std::path::Path;

use gwr::model::{Period, Status};
use gwr::source::{self, Kind, Limits};
use gwr::stages::{periods, with_context};
use gwr::text::Text;

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
        with_context("x", &text, |cx, times| {
            println!("== {} (report_year {:?})", p.display(), cx.meta.report_year);
            for (sec, t) in cx.outline.sections.iter().zip(times) {
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
        });
    }
}

/// (period, status) agreement of `resolve` with one gold table; prints every miss.
fn score_gold(table: &str, measure_col: Option<&str>) -> (f64, f64, usize) {
    let path = repo("raw/cq-dadukou-2022.txt");
    let text = load(&path);
    let rows = read_csv(&gold().join(format!("{table}.csv")));
    assert!(!rows.is_empty(), "gold {table} is empty");
    with_context("cq-dadukou-2022", &text, |cx, times| {
        let (mut ok_p, mut ok_s) = (0, 0);
        for r in &rows {
            let a: usize = r["char_start"].parse().expect("char_start");
            let b: usize = r["char_end"].parse().expect("char_end");
            let at = text.byte_of(a)..text.byte_of(b);
            let measure = measure_col.map(|c| r[c].as_str());
            let (p, st) = periods::resolve(cx, times, at, measure);
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
    })
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
