//! The number recognizer on arbitrary strings: `indicators::numbers::scan` (digits, Chinese
//! numerals, 百分之…), its two parsers, the quantity recognizer built on them
//! (`indicators::mentions`: number + unit + qualifiers), and the small numeral readers of
//! `lang::numerals` (list numbers, years).
//!
//! The first two bytes pick the range scanned (as character positions, so that it falls on
//! character boundaries as the stages' ranges do); the rest is the text (invalid UTF-8 is
//! replaced). Numbers come back in order, inside the range, on character boundaries, without
//! overlapping; values are finite or NaN-free where the parse succeeded.

#![no_main]

use gwr::lang::numerals;
use gwr::stages::indicators;
use gwr::stages::indicators::numbers::{self, Dec};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let s = String::from_utf8_lossy(&data[2..]);
    let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
    let a = bounds[data[0] as usize % bounds.len()];
    let b = bounds[data[1] as usize % bounds.len()];
    let range = if data[1] == 255 { 0..s.len() } else { a.min(b)..a.max(b) };

    let found = numbers::scan(&s, range.clone());
    let mut last = range.start;
    for n in &found {
        assert!(last <= n.start && n.start < n.end && n.end <= range.end, "{n:?} in {range:?}");
        assert!(s.is_char_boundary(n.start) && s.is_char_boundary(n.end));
        finite(n.value);
        last = n.end;
    }
    for m in indicators::mentions(&s, range.clone()) {
        assert!(m.start < m.end && m.end <= s.len(), "mention {}..{}", m.start, m.end);
        assert!(s.get(m.start..m.end).is_some(), "mention {}..{} off character boundaries", m.start, m.end);
        assert!(
            m.q_start <= m.start && m.end <= m.q_end && m.q_end <= s.len(),
            "qualified span {}..{}",
            m.q_start,
            m.q_end
        );
        assert!(
            s.get(m.q_start..m.q_end).is_some(),
            "qualified span {}..{} off character boundaries",
            m.q_start,
            m.q_end
        );
    }
    if let Some(v) = numbers::parse_arabic(&s) {
        finite(v);
    }
    if let Some(v) = numbers::parse_chinese(&s) {
        finite(v);
    }
    let (bytes, n, v) = numerals::leading_number(&s);
    assert!(bytes <= s.len() && s.is_char_boundary(bytes) && n <= bytes && v.is_some() == (n > 0));
    let _ = numerals::small_number(&s);
    if let Some(y) = numerals::year(&s) {
        assert!((1949..=2100).contains(&y), "{y}");
    }
});

/// The exact decimal converts without panicking, and its helpers agree.
fn finite(v: Dec) {
    let f = v.to_f64();
    assert!(!f.is_nan(), "{v:?} is NaN");
    if let Some(u) = v.as_u64() {
        assert!(v.is_integer(), "{v:?}");
        let _ = u;
    }
}
