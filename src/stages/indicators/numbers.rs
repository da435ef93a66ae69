//! Numbers as written: ASCII and full-width digits, decimals, thousands separators (1,234.5),
//! Chinese numerals (三, 十二, 一百二十, 两, 〇, 零, 壹贰叁), 百分之五, fractions (三分之一, 1/3),
//! and the magnitude words that follow them (1.3万, 3.5万亿, 6600多万).
//!
//! Values are kept as exact decimals ([`Dec`]: an integer mantissa and a power of ten) until the
//! very end, and turned into `f64` by parsing a decimal string. Multiplying floats would turn
//! 310.4亿 into 31040000000.000004; parsing `"3104e7"` gives exactly 3.104e10.
//!
//! This module only reads numbers. Whether a number is a quantity (has a unit, is not a date,
//! an ordinal or a name) is decided in [`super::recognise`].

use crate::lang::numerals::{cn_digit, cn_unit, digit};

/// An exact decimal: `mant × 10^exp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dec {
    pub mant: u128,
    pub exp: i32,
}

impl Dec {
    pub const ZERO: Dec = Dec { mant: 0, exp: 0 };

    pub fn int(n: u128) -> Dec {
        Dec { mant: n, exp: 0 }
    }

    /// Multiply by `10^p` (exactly: only the exponent changes).
    pub fn scale(self, p: i32) -> Dec {
        Dec { mant: self.mant, exp: self.exp + p }
    }

    /// The nearest `f64`, by parsing the decimal string (correctly rounded by the standard
    /// library), never by inexact float arithmetic.
    ///
    /// Most figures take the exact shortcut parsers themselves use (Clinger's fast path): a
    /// mantissa below 2^53 and 10^|exp| with |exp| ≤ 22 are both exact `f64`s, and one IEEE
    /// multiplication or division rounds their exact product or quotient correctly, so the
    /// result is the parsed one without formatting a string for every figure.
    pub fn to_f64(self) -> f64 {
        if self.mant == 0 {
            return 0.0;
        }
        const POW10: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
            1e19, 1e20, 1e21, 1e22,
        ];
        if self.mant < 1 << 53
            && let Some(&p) = POW10.get(self.exp.unsigned_abs() as usize)
        {
            let m = self.mant as f64;
            return if self.exp >= 0 { m * p } else { m / p };
        }
        format!("{}e{}", self.mant, self.exp).parse().unwrap_or(f64::NAN)
    }

    /// Whether the value is a whole number.
    pub fn is_integer(self) -> bool {
        if self.exp >= 0 {
            return true;
        }
        let p = self.exp.unsigned_abs();
        p < 39 && self.mant.is_multiple_of(10u128.pow(p))
    }

    /// The integer value, if whole and small enough.
    pub fn as_u64(self) -> Option<u64> {
        if !self.is_integer() {
            return None;
        }
        let v = if self.exp >= 0 {
            self.mant.checked_mul(10u128.checked_pow(self.exp as u32)?)?
        } else {
            self.mant / 10u128.pow(self.exp.unsigned_abs())
        };
        u64::try_from(v).ok()
    }
}

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Arabic digits, ASCII or full-width.
    Arabic,
    /// Chinese numerals (一百二十, 两, 壹佰).
    Chinese,
    /// 百分之五: a Chinese percentage; the `%` is part of the number.
    Percent,
    /// 三分之一, 千分之五, 1/3: a fraction, its value the quotient rounded to
    /// [`FRACTION_DIGITS`] decimals (三分之一 → 0.333333).
    Fraction,
}

impl Script {
    /// A percentage or a fraction: the number is its own unit (no unit or multiplier follows).
    pub fn is_ratio(self) -> bool {
        matches!(self, Script::Percent | Script::Fraction)
    }
}

/// Decimals kept of a fraction's quotient (1/3 → 0.333333, 33.3333 in percent).
pub const FRACTION_DIGITS: i32 = 6;

/// Largest denominator of a fraction written in digits (1/3, 2/5, 1/10): larger ones are
/// codes, scores or dates (24/7, 4/20).
const ARABIC_DENOMINATOR_MAX: u64 = 100;

/// The quotient `num / den` of a proper fraction (0 < num < den), rounded half up to
/// [`FRACTION_DIGITS`] decimals, trailing zeros dropped.
pub fn fraction(num: Dec, den: Dec) -> Option<Dec> {
    let (n, d) = (u128::from(num.as_u64()?), u128::from(den.as_u64()?));
    if n == 0 || d < 2 || n >= d {
        return None;
    }
    let scale = 10u128.pow(FRACTION_DIGITS as u32);
    let mut mant = (n * scale * 2 + d) / (2 * d);
    let mut exp = -FRACTION_DIGITS;
    while mant > 0 && mant.is_multiple_of(10) && exp < 0 {
        mant /= 10;
        exp += 1;
    }
    Some(Dec { mant, exp })
}

/// A number found in the text. Offsets are bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    pub start: usize,
    pub end: usize,
    pub value: Dec,
    pub script: Script,
    /// A Chinese numeral that is only a magnitude word (百, 千, 万, 千万, 亿): it needs a
    /// qualifier in front (上千万, 超百万) to be a quantity.
    pub bare: bool,
}

fn is_cn_char(c: char) -> bool {
    cn_digit(c).is_some() || cn_unit(c).is_some()
}

/// Below this code point (all the numeral characters but the full-width digits), whether a
/// character may start a number is a bit in [`START_TABLE`].
const START_TABLE_END: usize = 0xA000;

/// The characters below [`START_TABLE_END`] that may start a number, one bit each, built from
/// the same tests once.
static START_TABLE: std::sync::LazyLock<[u64; START_TABLE_END / 64]> = std::sync::LazyLock::new(|| {
    let mut t = [0u64; START_TABLE_END / 64];
    for c in (0..START_TABLE_END as u32).filter_map(char::from_u32) {
        if digit(c).is_some() || is_cn_char(c) {
            t[c as usize / 64] |= 1 << (c as usize % 64);
        }
    }
    t
});

/// Whether a character may start a number: a digit or a Chinese numeral character.
///
/// [`scan`] asks this of every character of a report, so below [`START_TABLE_END`] the answer
/// is a bit in a table (taken once by the caller: a `LazyLock` asked at every character costs
/// more than the bit).
#[inline]
fn may_start_in(table: &[u64; START_TABLE_END / 64], c: char) -> bool {
    let u = c as usize;
    if u < START_TABLE_END { table[u / 64] >> (u % 64) & 1 == 1 } else { digit(c).is_some() || is_cn_char(c) }
}

#[cfg(test)]
fn may_start(c: char) -> bool {
    may_start_in(&START_TABLE, c)
}

/// Blanks a publisher may leave between a decimal point and the digits after it (653. 9亿元).
const SPLIT_POINT_BLANKS: [char; 2] = [' ', '\u{3000}'];

/// Parse Arabic digits with optional thousands separators (`,`) and one decimal point
/// (`.` or full-width `．`). Returns `None` for anything else.
pub fn parse_arabic(s: &str) -> Option<Dec> {
    let mut mant: u128 = 0;
    let mut frac: i32 = 0;
    let mut seen_point = false;
    let mut any = false;
    for c in s.chars() {
        if let Some(d) = digit(c) {
            mant = mant.checked_mul(10)?.checked_add(u128::from(d))?;
            any = true;
            if seen_point {
                frac += 1;
            }
        } else if (c == '.' || c == '．') && !seen_point {
            seen_point = true;
        } else if SPLIT_POINT_BLANKS.contains(&c) && (seen_point && frac == 0 || !seen_point && any) {
            // 653. 9, 2575 .33: a blank the publisher left beside the decimal point (see
            // `scan_arabic`, which takes one only there).
            continue;
        } else if c == ',' && !seen_point {
            continue;
        } else {
            return None;
        }
    }
    any.then_some(Dec { mant, exp: -frac })
}

/// Parse a Chinese numeral: 三, 十二, 一百二十, 两千零五, 三千五 (= 3500), 一万二千, 壹佰,
/// 三点五 (decimal part after 点). Digit strings without unit characters (一二三, 二〇二二) are
/// rejected: they are lists or years, not amounts.
pub fn parse_chinese(s: &str) -> Option<Dec> {
    let (int_part, frac_part) = match s.split_once('点') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    let mut total: u128 = 0; // completed 亿 groups and 万 groups
    let mut section: u128 = 0; // below 万
    let mut num: Option<u128> = None; // pending digit
    let mut last_unit: u32 = 0; // power of the last unit inside the section, for 三千五
    let mut zero_seen = false;
    let mut any = false;
    for c in int_part.chars() {
        if let Some(d) = cn_digit(c) {
            if d == 0 {
                zero_seen = true;
                if num.is_some() {
                    return None; // 一〇: a digit string
                }
                continue;
            }
            if num.is_some() {
                return None; // two digits in a row: 三四, 二二
            }
            num = Some(u128::from(d));
            any = true;
        } else if let Some(p) = cn_unit(c) {
            any = true;
            if p >= 4 {
                let group = section + num.take().unwrap_or(0);
                let group = if group == 0 && total == 0 { 1 } else { group };
                if p == 8 {
                    total = (total + group).checked_mul(10u128.pow(8))?;
                } else {
                    total = total.checked_add(group.checked_mul(10u128.pow(4))?)?;
                }
                section = 0;
                last_unit = p;
            } else {
                let n = num.take().unwrap_or(1);
                section = section.checked_add(n.checked_mul(10u128.pow(p))?)?;
                last_unit = p;
            }
            zero_seen = false;
        } else {
            return None;
        }
    }
    if !any {
        // 〇 or 零 alone.
        if frac_part.is_none() && zero_seen && int_part.chars().count() == 1 {
            return Some(Dec::ZERO);
        }
        if int_part.is_empty() && frac_part.is_some() {
            return None;
        }
        if zero_seen && frac_part.is_some() {
            // 零点五
        } else {
            return None;
        }
    }
    if let Some(n) = num {
        // A trailing digit right after a unit, with no 零 between, is the next lower unit:
        // 三千五 = 3500, 一万二 = 12000.
        let p = if !zero_seen && last_unit >= 1 { last_unit - 1 } else { 0 };
        let p = if last_unit == 8 {
            7
        } else if last_unit == 4 && p == 3 {
            3
        } else {
            p
        };
        section = section.checked_add(n.checked_mul(10u128.pow(p))?)?;
    }
    let int = total.checked_add(section)?;
    match frac_part {
        None => Some(Dec::int(int)),
        Some(f) => {
            let mut mant = int;
            let mut k = 0;
            for c in f.chars() {
                let d = cn_digit(c)?;
                mant = mant.checked_mul(10)?.checked_add(u128::from(d))?;
                k += 1;
            }
            (k > 0).then_some(Dec { mant, exp: -k })
        }
    }
}

/// Find every number in `s[range]`, in order. Arabic numbers stop before a magnitude word
/// (1.3 in 1.3万); a Chinese numeral keeps 十百千 but leaves a trailing 万/亿/万亿 outside
/// (一百二十 in 一百二十万), so that both report the multiplier the same way.
pub fn scan(s: &str, range: std::ops::Range<usize>) -> Vec<Number> {
    let mut out = Vec::new();
    let mut i = range.start;
    let end = range.end.min(s.len());
    let table: &[u64; START_TABLE_END / 64] = &START_TABLE;
    while i < end {
        // Skip, in one pass, the characters that cannot start a number (most of the text).
        let Some((off, c)) = s[i..end].char_indices().find(|&(_, c)| may_start_in(table, c)) else {
            break;
        };
        i += off;
        let w = c.len_utf8();
        if digit(c).is_some() {
            let (n, next) = scan_arabic(s, i, end);
            if let Some(f) = n.and_then(|n| arabic_fraction(s, n, end)) {
                i = f.end;
                out.push(f);
                continue;
            }
            if let Some(n) = n {
                out.push(n);
            }
            i = next;
            continue;
        }
        if c == '百' && s[i..end].starts_with("百分之") {
            let j = i + "百分之".len();
            let k = cn_run_end(s, j, end);
            if k > j
                && let Some(v) = parse_chinese(&s[j..k])
            {
                out.push(Number { start: i, end: k, value: v, script: Script::Percent, bare: false });
                i = k;
                continue;
            }
        }
        if is_cn_char(c) {
            let k = cn_run_end(s, i, end);
            if let Some(n) = cn_fraction(s, i, k, end) {
                i = n.end;
                out.push(n);
                continue;
            }
            if let Some(n) = cn_number(s, i, k) {
                out.push(n);
            }
            i = k;
            continue;
        }
        i += w;
    }
    out
}

/// 三分之一, 千分之五: the Chinese numeral in `s[i..k]` as a denominator, then 分之 and a
/// numerator. (百分之五 is read before this, as a percentage.)
fn cn_fraction(s: &str, i: usize, k: usize, end: usize) -> Option<Number> {
    let j = k + "分之".len();
    if !s.get(k..end)?.starts_with("分之") {
        return None;
    }
    let m = cn_run_end(s, j, end);
    let value = fraction(parse_chinese(s.get(j..m)?)?, parse_chinese(s.get(i..k)?)?)?;
    Some(Number { start: i, end: m, value, script: Script::Fraction, bare: false })
}

/// 1/3, 2/5: a whole number `n`, a slash and a larger whole number of at most
/// [`ARABIC_DENOMINATOR_MAX`], standing alone (not inside 2022/1/9, G4/2, a code or a decimal).
fn arabic_fraction(s: &str, n: Number, end: usize) -> Option<Number> {
    let rest = s.get(n.end..end)?;
    let slash = rest.chars().next().filter(|c| matches!(c, '/' | '／'))?;
    let d_start = n.end + slash.len_utf8();
    let digits = s[d_start..end].bytes().take_while(u8::is_ascii_digit).count();
    let d_end = d_start + digits;
    let joined = |c: Option<char>| {
        c.is_some_and(|c| {
            c.is_alphanumeric() && !crate::lang::chars::is_han(c) || matches!(c, '/' | '／' | '.' | '．' | '-' | ':')
        })
    };
    if digits == 0 || joined(s[..n.start].chars().next_back()) || joined(s[d_end..end].chars().next()) {
        return None;
    }
    if !s[n.start..n.end].bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let den = parse_arabic(&s[d_start..d_end])?;
    if den.as_u64()? > ARABIC_DENOMINATOR_MAX {
        return None;
    }
    let value = fraction(n.value, den)?;
    Some(Number { start: n.start, end: d_end, value, script: Script::Fraction, bare: false })
}

/// End of a run of Chinese numeral characters starting at `i` (with one 点 decimal part).
fn cn_run_end(s: &str, i: usize, end: usize) -> usize {
    let mut k = i;
    let mut point = false;
    for (off, c) in s[i..end].char_indices() {
        if is_cn_char(c) {
            k = i + off + c.len_utf8();
        } else if c == '点' && !point && k == i + off && k > i {
            // 三点五: only if a digit follows.
            let next = s[k + c.len_utf8()..end].chars().next();
            if next.and_then(cn_digit).is_some() {
                point = true;
                k = i + off + c.len_utf8();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    k
}

/// A Chinese numeral in `s[i..k]`, with its trailing 万/亿 left out for the multiplier.
fn cn_number(s: &str, i: usize, k: usize) -> Option<Number> {
    let run = &s[i..k];
    // Leave a trailing run of 万/亿 (万, 亿, 万亿) outside the numeral: it is the multiplier.
    let mut cut = k;
    for (off, c) in run.char_indices().rev() {
        if matches!(c, '万' | '亿' | '萬' | '億') {
            cut = i + off;
        } else {
            break;
        }
    }
    // 四百二十七亿四千万, 十一亿三千万: a 万 after a 亿 in the same numeral counts the last group
    // only (四千万 = 4000万), so it is part of the numeral, not a multiplier of the whole.
    let cut = if s[cut..k].chars().all(|c| matches!(c, '万' | '萬')) && s[i..cut].contains(['亿', '億']) {
        k
    } else {
        cut
    };
    let body = &s[i..cut];
    if body.is_empty() {
        // 万亿 alone (生产总值超过万亿元): one of the compound magnitude, with no digit of its
        // own, so it needs a qualifier in front like 上千万. 万, 亿 alone are part of a word
        // (万州, 亿元以上 without a number).
        // (Not after a count: 迈上4个万亿元台阶 counts levels.)
        let after_count = s[..i].ends_with(|c: char| c == '个' || c.is_ascii_digit());
        return (matches!(run, "万亿" | "萬億") && !after_count).then_some(Number {
            start: i,
            end: i,
            value: Dec::int(1),
            script: Script::Chinese,
            bare: true,
        });
    }
    let value = parse_chinese(body)?;
    // A numeral made only of magnitude characters (百, 千) has no digit of its own.
    let bare = !body.chars().any(|c| cn_digit(c).is_some()) && !body.starts_with(['十', '拾']);
    Some(Number { start: i, end: cut, value, script: Script::Chinese, bare })
}

/// An Arabic number at `i`: digits, thousands groups, decimal part. Returns the number (if
/// well formed) and where scanning continues.
fn scan_arabic(s: &str, i: usize, end: usize) -> (Option<Number>, usize) {
    let t = &s[i..end];
    // At the start of a line, `3.` or `3．` numbers a list item (3．10种有色金属): the point
    // ends the number instead of starting a decimal part.
    let line_start = s[..i].chars().rev().take_while(|c| *c != '\n').all(crate::lang::chars::is_blank);
    let mut k = 0; // bytes consumed
    let mut last_digit_end = 0;
    let mut point = false;
    let mut iter = t.char_indices().peekable();
    while let Some((off, c)) = iter.next() {
        if digit(c).is_some() {
            k = off + c.len_utf8();
            last_digit_end = k;
        } else if (c == '.' || c == '．') && !point {
            // A decimal point needs a digit after it (1. at the start of a list item is not).
            if line_start && off <= 2 * c.len_utf8().max(1) && !t[..off].contains(',') {
                break;
            }
            match iter.peek() {
                Some(&(_, d)) if digit(d).is_some() => {
                    point = true;
                }
                // 653. 9亿元, 增长15. 3%: some collections print a blank after the decimal point.
                // Inside a line the point cannot number a list item, so a digit after one or two
                // blanks continues the number (the surface keeps the blank: it is the source's).
                Some(&(_, b)) if !line_start && SPLIT_POINT_BLANKS.contains(&b) => {
                    let after = &t[off + c.len_utf8()..];
                    let blanks = after.chars().take_while(|b| SPLIT_POINT_BLANKS.contains(b)).count();
                    let next = after.chars().nth(blanks);
                    if blanks > 2 || next.is_none_or(|d| digit(d).is_none()) {
                        break;
                    }
                    point = true;
                    for _ in 0..blanks {
                        iter.next();
                    }
                }
                _ => break,
            }
        } else if SPLIT_POINT_BLANKS.contains(&c) && !point && !line_start && k == off {
            // 2575 .33亿元: a blank before the decimal point, in the same collections. Only one,
            // and only when a point and a digit follow it.
            let mut ahead = t[off + c.len_utf8()..].chars();
            let is_point = ahead.next().is_some_and(|p| p == '.' || p == '．');
            if !(is_point && ahead.next().is_some_and(|d| digit(d).is_some())) {
                break;
            }
        } else if c == ',' && !point {
            // Thousands separator: exactly three ASCII digits follow, then no digit.
            let rest = &t[off + 1..];
            let three = rest.bytes().take(3).all(|b| b.is_ascii_digit()) && rest.len() >= 3;
            let fourth = rest.as_bytes().get(3).is_some_and(|b| b.is_ascii_digit());
            if three && !fourth && !t[..off].contains(['.', '．']) {
                continue;
            }
            break;
        } else {
            break;
        }
    }
    let k = last_digit_end.max(k);
    let text = &t[..k];
    let n = parse_arabic(text).map(|v| Number { start: i, end: i + k, value: v, script: Script::Arabic, bare: false });
    (n, i + k.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn f(s: &str) -> f64 {
        parse_arabic(s).unwrap().to_f64()
    }
    fn cn(s: &str) -> f64 {
        parse_chinese(s).unwrap_or_else(|| panic!("{s} parses")).to_f64()
    }

    #[test]
    fn arabic() {
        assert_eq!(f("310.4"), 310.4);
        assert_eq!(f("1,234.5"), 1234.5);
        assert_eq!(f("１２３"), 123.0);
        assert_eq!(f("３．５"), 3.5);
        assert_eq!(f("2575 .33"), 2575.33);
        assert_eq!(f("653. 9"), 653.9);
        assert_eq!(f("0.05"), 0.05);
        assert!(parse_arabic("1.2.3").is_none());
        assert!(parse_arabic("").is_none());
    }

    #[test]
    fn exact_scaling() {
        let v = parse_arabic("310.4").unwrap().scale(8).to_f64();
        assert_eq!(v, 3.104e10);
        assert_eq!(format!("{v:?}"), "31040000000.0");
        assert_eq!(parse_arabic("274.8").unwrap().scale(4).to_f64(), 2748000.0);
        assert_eq!(parse_arabic("3.5").unwrap().scale(12).to_f64(), 3.5e12);
        assert_eq!(parse_arabic("0.1").unwrap().scale(1).to_f64(), 1.0);
    }

    #[test]
    fn chinese() {
        assert_eq!(cn("三"), 3.0);
        assert_eq!(cn("十"), 10.0);
        assert_eq!(cn("十二"), 12.0);
        assert_eq!(cn("二十"), 20.0);
        assert_eq!(cn("一百二十"), 120.0);
        assert_eq!(cn("两"), 2.0);
        assert_eq!(cn("两千零五"), 2005.0);
        assert_eq!(cn("一百零八"), 108.0);
        assert_eq!(cn("三千五"), 3500.0);
        assert_eq!(cn("一万二千"), 12000.0);
        assert_eq!(cn("一万二"), 12000.0);
        assert_eq!(cn("千万"), 10_000_000.0);
        assert_eq!(cn("三万亿"), 3e12);
        assert_eq!(cn("一亿二千万"), 1.2e8);
        assert_eq!(cn("十一亿三千万"), 1.13e9);
        assert_eq!(cn("四百二十七亿四千万"), 4.274e10);
        assert_eq!(cn("壹佰贰拾"), 120.0);
        assert_eq!(cn("三点五"), 3.5);
        assert_eq!(cn("〇"), 0.0);
        assert_eq!(cn("零"), 0.0);
        assert!(parse_chinese("一二三").is_none());
        assert!(parse_chinese("二〇二二").is_none());
        assert!(parse_chinese("十四五").is_none());
    }

    fn spans(s: &str) -> Vec<(String, f64, bool)> {
        scan(s, 0..s.len()).into_iter().map(|n| (s[n.start..n.end].to_string(), n.value.to_f64(), n.bare)).collect()
    }

    #[test]
    fn the_table_agrees_with_the_tests() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(may_start(c), digit(c).is_some() || is_cn_char(c), "{c:?}");
        }
    }

    #[test]
    fn scanning() {
        assert_eq!(spans("增长8.8%，达310.4亿元"), vec![("8.8".into(), 8.8, false), ("310.4".into(), 310.4, false)]);
        assert_eq!(spans("1,234.5吨"), vec![("1,234.5".into(), 1234.5, false)]);
        assert_eq!(spans("1,2345"), vec![("1".into(), 1.0, false), ("2345".into(), 2345.0, false)]);
        assert_eq!(spans("一百二十万人"), vec![("一百二十".into(), 120.0, false)]);
        assert_eq!(spans("上千万"), vec![("千".into(), 1000.0, true)]);
        assert_eq!(spans("百分之五"), vec![("百分之五".into(), 5.0, false)]);
        assert_eq!(spans("三分之一"), vec![("三分之一".into(), 0.333333, false)]);
        assert_eq!(spans("四分之三以上"), vec![("四分之三".into(), 0.75, false)]);
        assert_eq!(spans("千分之五"), vec![("千分之五".into(), 0.005, false)]);
        assert_eq!(spans("占全省近2/3。"), vec![("2/3".into(), 0.666667, false)]);
        assert_eq!(spans("占1/10以上"), vec![("1/10".into(), 0.1, false)]);
        // Not fractions: a date, a road code, an improper or a large one, a decimal.
        assert!(spans("2022/1/9").iter().all(|s| !s.0.contains('/')));
        assert!(spans("G4/2高速").iter().all(|s| !s.0.contains('/')));
        assert!(spans("3/2").iter().all(|s| !s.0.contains('/')));
        assert!(spans("1/365").iter().all(|s| !s.0.contains('/')));
        assert!(spans("1.5/3").iter().all(|s| !s.0.contains('/')));
        assert_eq!(spans("1.加强"), vec![("1".into(), 1.0, false)]);
        assert_eq!(spans("3．10种"), vec![("3".into(), 3.0, false), ("10".into(), 10.0, false)]);
        assert_eq!(spans("达3.10%"), vec![("3.10".into(), 3.1, false)]);
        assert_eq!(spans("三点五倍"), vec![("三点五".into(), 3.5, false)]);
        assert!(spans("万州").is_empty());
    }

    #[test]
    fn a_blank_after_the_decimal_point_continues_the_number() {
        assert_eq!(spans("总额653. 9亿元"), vec![("653. 9".into(), 653.9, false)]);
        assert_eq!(spans("收入184. 37 亿元"), vec![("184. 37".into(), 184.37, false)]);
        assert_eq!(spans("增长15.\u{3000}3%"), vec![("15.\u{3000}3".into(), 15.3, false)]);
        // A list item's number at the start of a line stays a number of its own.
        assert_eq!(spans("1. 2019年"), vec![("1".into(), 1.0, false), ("2019".into(), 2019.0, false)]);
        assert_eq!(spans("完成。\n2. 30个项目"), vec![("2".into(), 2.0, false), ("30".into(), 30.0, false)]);
        // Three blanks, or a blank and no digit, end it.
        assert_eq!(spans("达5.   6"), vec![("5".into(), 5.0, false), ("6".into(), 6.0, false)]);
        assert_eq!(spans("达5. 加强"), vec![("5".into(), 5.0, false)]);
    }

    proptest! {
        /// Any Arabic decimal written out parses back to the value Rust parses from the same
        /// text, with or without thousands separators and in full-width digits.
        #[test]
        fn arabic_roundtrip(int in 0u64..10_000_000_000, frac in proptest::option::of(0u32..10_000)) {
            let plain = match frac { Some(fr) => format!("{int}.{fr}"), None => int.to_string() };
            let want: f64 = plain.parse().unwrap();
            prop_assert_eq!(parse_arabic(&plain).unwrap().to_f64(), want);
            let digits = int.to_string();
            let mut grouped = String::new();
            for (i, ch) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 { grouped.push(','); }
                grouped.push(ch);
            }
            if let Some(fr) = frac { grouped = format!("{grouped}.{fr}"); }
            prop_assert_eq!(parse_arabic(&grouped).unwrap().to_f64(), want);
            let wide: String = plain.chars().map(|c| if c.is_ascii_digit() {
                char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap() } else { c }).collect();
            prop_assert_eq!(parse_arabic(&wide).unwrap().to_f64(), want);
            let inline = format!("达{grouped}");
            let found = scan(&inline, 0..inline.len());
            prop_assert_eq!(found.len(), 1);
            prop_assert_eq!(found[0].end, inline.len());
        }

        /// The fast path of `to_f64` gives the bits parsing gives, up to its limits and past them.
        #[test]
        fn to_f64_is_parsing(m in 1u64..(1 << 54), e in -25i32..25) {
            let v = Dec { mant: u128::from(m), exp: e }.to_f64();
            let want: f64 = format!("{m}e{e}").parse().unwrap();
            prop_assert_eq!(v.to_bits(), want.to_bits());
        }

        /// Scaling by a power of ten is exact: 310.4 × 10^8 is the f64 nearest 31040000000.
        #[test]
        fn scaling_is_exact(m in 1u64..100_000_000, d in 0i32..4, p in 0i32..13) {
            let v = Dec { mant: u128::from(m), exp: -d }.scale(p).to_f64();
            let want: f64 = format!("{m}e{}", p - d).parse().unwrap();
            prop_assert_eq!(v, want);
        }
    }
}
