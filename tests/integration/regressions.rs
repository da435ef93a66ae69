//! Inputs that once crashed a stage or broke an invariant (found by the fuzz targets in
//! `fuzz/`, or in the wild), kept as fixture files under `tests/fixtures/regressions/`. Each
//! bug has a test named after it; every fixture is also run through the whole extraction by
//! `every_regression_fixture_extracts_cleanly`, so a fixture added without its own test is
//! still checked.

use gwr::model::{DocStatus, Extraction};
use gwr::source::{Kind, Limits, RawFile};

use crate::util::repo;

/// The longest `documents.message`, in characters (the contract: one line, a short excerpt).
pub const MAX_MESSAGE_CHARS: usize = 200;

/// Decode and extract one file's bytes through the library entry point the pipeline uses.
pub fn extract(name: &str, kind: Kind, bytes: &[u8]) -> Extraction {
    let raw = RawFile { bytes: bytes.to_vec(), sha256: String::new() };
    gwr::pipeline::extract_bytes(name, name, kind, raw, None, &Limits::default())
}

/// What every extraction must satisfy, whatever the input: no internal error, a one-line
/// message of at most 200 characters, spans inside the text, and each indicator's surface
/// equal to its span of the decoded text.
pub fn check(x: &Extraction, kind: Kind, bytes: &[u8]) -> Result<(), String> {
    let d = &x.document;
    if let Some(m) = &d.message {
        if m.contains("internal error") {
            return Err(format!("{}: {m}", d.doc_id));
        }
        if m.contains(['\n', '\r']) || m.chars().count() > MAX_MESSAGE_CHARS {
            return Err(format!("{}: message is not one short line: {m:?}", d.doc_id));
        }
    }
    if (d.status == DocStatus::Ok) != d.message.is_none() {
        return Err(format!("{}: status {:?} with message {:?}", d.doc_id, d.status, d.message));
    }
    let n = d.n_chars;
    let spans = x
        .sections
        .iter()
        .map(|r| ("section", r.char_start, r.char_end))
        .chain(x.indicators.iter().map(|r| ("indicator", r.char_start, r.char_end)))
        .chain(x.projects.iter().map(|r| ("project", r.char_start, r.char_end)))
        .chain(x.glossary.iter().map(|r| ("glossary", r.char_start, r.char_end)));
    for (table, a, b) in spans {
        if a > b || b > n {
            return Err(format!("{}: {table} span {a}..{b} outside the text of {n} characters", d.doc_id));
        }
    }
    if !x.indicators.is_empty() {
        let text = gwr::source::load(kind, bytes, None, &Limits::default()).map_err(|e| e.to_string())?.text;
        let chars: Vec<char> = text.chars().collect();
        for r in &x.indicators {
            let span: String = chars[r.char_start..r.char_end].iter().collect();
            if span != r.surface {
                return Err(format!("{}: surface {:?} but the span holds {span:?}", d.doc_id, r.surface));
            }
        }
    }
    Ok(())
}

/// Extract a fixture of tests/fixtures/regressions/ and check it.
fn fixture(name: &str) -> Extraction {
    let path = repo("tests/fixtures/regressions").join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let kind = Kind::of(&path).unwrap_or(Kind::Text);
    let x = extract(name, kind, &bytes);
    if let Err(e) = check(&x, kind, &bytes) {
        panic!("{e}");
    }
    x
}

#[test]
fn every_regression_fixture_extracts_cleanly() {
    let dir = repo("tests/fixtures/regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !path.is_file() || name.starts_with('.') {
            continue;
        }
        fixture(&name);
        n += 1;
    }
    assert!(n >= 1, "fixtures found in {}", dir.display());
}

/// `begin > end when slicing` in quantities: 以上 closes the qualifier of the first figure and
/// 上百亿 opens the second's, so the gap between them was a reversed range (two reports of the
/// lawtext sample, 淮安市 2021 and 钦州市 2023, lost every row to it).
#[test]
fn overlapping_qualifiers_slice_panic() {
    let x = fixture("overlapping-qualifiers-slice.txt");
    assert_ne!(x.document.status, DocStatus::Error);
    let surfaces: Vec<&str> = x.indicators.iter().map(|r| r.surface.as_str()).collect();
    assert!(surfaces.contains(&"10个"), "{surfaces:?}");
}

/// A page scraped onto one line (no 。, no line break) was one sentence: every figure carried
/// all of it in `sentence` (memory quadratic in the line: 4 GB for 200 KB, killed at 5 MB), and
/// the subject search went back to the start of the line for every figure (time quadratic).
#[test]
fn one_line_page_memory_blowup() {
    let line = "全年地区生产总值增长8.8%，实施重点项目120个，新建道路35公里，".repeat(300);
    let page = format!("<html><body><p>各位代表：{line}</p></body></html>");
    let x = extract("one-line", Kind::Html, page.as_bytes());
    check(&x, Kind::Html, page.as_bytes()).unwrap();
    assert!(x.indicators.len() >= 900, "{} figures", x.indicators.len());
    let longest = x.indicators.iter().map(|r| r.sentence.len()).max().unwrap();
    assert!(longest <= gwr::lang::text::MAX_SENTENCE_BYTES, "a sentence of {longest} bytes");
}

/// Replay an input of the `numbers` fuzz target (tests/fixtures/regressions/numbers/): the first
/// two bytes pick the scanned range as character positions, the rest is the text. Every
/// mention lies inside the text, on character boundaries, and ends by the range's line end.
fn numbers_input(name: &str) -> Vec<gwr::stages::indicators::Mention> {
    let path = repo("tests/fixtures/regressions/numbers").join(name);
    let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let s = String::from_utf8_lossy(&data[2..]).into_owned();
    let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
    let a = bounds[data[0] as usize % bounds.len()];
    let b = bounds[data[1] as usize % bounds.len()];
    let range = if data[1] == 255 { 0..s.len() } else { a.min(b)..a.max(b) };
    let ms = gwr::stages::indicators::mentions(&s, range.clone());
    for m in &ms {
        assert!(range.start <= m.start && m.start < m.end && m.end <= range.end, "{name}: {}..{}", m.start, m.end);
        assert!(s.get(m.q_start..m.q_end).is_some(), "{name}: {}..{}", m.q_start, m.q_end);
    }
    ms
}

#[test]
fn every_numbers_fixture_replays_cleanly() {
    let dir = repo("tests/fixtures/regressions/numbers");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        numbers_input(&entry.unwrap().file_name().to_string_lossy());
        n += 1;
    }
    assert!(n >= 1);
}

/// `begin > end when slicing` in the recognizer (found by the `numbers` fuzz target): a figure
/// at the end of the scanned range (6 in 上�6|务) took the ideograph after the range as an
/// unknown counter, so its end passed the range's end and reading a qualifier after it sliced
/// a reversed range. The counter is now read inside the range only.
#[test]
fn unknown_counter_past_the_range_end_slice_panic() {
    assert!(numbers_input("unknown-counter-past-range-end.bin").is_empty());
    let s = "建成15宗";
    let end = s.len() - "宗".len();
    assert!(gwr::stages::indicators::mentions(s, 0..end).iter().all(|m| m.end <= end));
    // Inside the range the unknown counter is still read (建成XX 15宗。).
    let ms = gwr::stages::indicators::mentions("建成15宗。", 0..s.len());
    assert_eq!(ms.iter().map(|m| m.unit.as_str()).collect::<Vec<_>>(), ["宗"]);
}
