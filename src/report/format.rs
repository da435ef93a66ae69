//! How numbers, periods and amounts read on the pages.

/// A number in its shortest round-trip form, without a trailing `.0` (`8.8`, `31040000000`).
pub fn num(v: f64) -> String {
    if v.is_finite() && v == v.trunc() && v.abs() < 1e15 { format!("{}", v as i64) } else { format!("{v}") }
}

/// A number rounded to at most `digits` decimals, trailing zeros dropped.
pub fn round(v: f64, digits: usize) -> String {
    let s = format!("{v:.digits$}");
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s };
    if s == "-0" { "0".into() } else { s }
}

/// A value in a base unit as a reader would write it: large amounts of 元 in 亿元 (or 万元
/// when that is exact), other units as they are (`5.5%`, `235.2亿元`, `23896元`, `1200人`).
pub fn amount(v: f64, unit_base: &str) -> String {
    match unit_base {
        "元" if v.abs() >= 1e8 => format!("{}亿元", round(v / 1e8, 4)),
        "元" if v.abs() >= 1e6 && (v / 100.0).fract() == 0.0 => format!("{}万元", round(v / 1e4, 2)),
        "%" => format!("{}%", round(v, 2)),
        u => format!("{}{u}", round(v, 4)),
    }
}

/// A period as `2025` or `2021–2025`; empty when unknown.
pub fn period(start: Option<i64>, end: Option<i64>) -> String {
    match (start, end) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}–{b}"),
        (Some(a), None) => format!("{a}–"),
        (None, Some(b)) => format!("–{b}"),
        (None, None) => String::new(),
    }
}

/// A class-name-safe token: lowercase ASCII letters, digits and `_`, else `other`.
pub fn token(s: Option<&str>) -> &str {
    match s {
        Some(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') => s,
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_as_written() {
        assert_eq!(num(8.8), "8.8");
        assert_eq!(num(3.104e10), "31040000000");
        assert_eq!(num(-2.0), "-2");
        assert_eq!(amount(2.352e10, "元"), "235.2亿元");
        assert_eq!(amount(16720.0, "元"), "16720元");
        assert_eq!(amount(6.7e7, "元"), "6700万元");
        assert_eq!(amount(1.2345e9, "元"), "12.345亿元");
        assert_eq!(amount(5.0, "%"), "5%");
        assert_eq!(amount(-0.001, "%"), "0%");
        assert_eq!(period(Some(2021), Some(2025)), "2021–2025");
        assert_eq!(period(Some(2025), Some(2025)), "2025");
        assert_eq!(token(Some("growth_rate")), "growth_rate");
        assert_eq!(token(Some("x\" onclick=")), "other");
        assert_eq!(token(None), "other");
    }
}
