//! Digits and small numerals: the values of single numeral characters, and the numbers that
//! count and order things in a report (heading and list numbers 一、 （十二） 3．, months and
//! days, 过去五年, 第三期, 十四五, years 二〇二一).
//!
//! Amounts (一百二十万, 三点五, 1,234.5) are read by `stages::numbers`, which builds on the
//! character values here. Each parser below accepts the widest form its callers need; a caller
//! that must accept less says so where it calls (for instance, list numbers never use 两).

/// The characters of a heading or list number: 一 … 九 and 十 (一、 （十二） 第三期). 两 counts
/// but never orders, and 〇/零 do not occur in numbers below a hundred written this way.
pub const CN_ORDINAL: &str = "一二三四五六七八九十";

/// The characters of a year written in numerals (一九八四, 二〇二一, 二○二一 with a circle
/// for zero).
pub const CN_YEAR_DIGITS: &str = "〇○零一二三四五六七八九";

/// The four digits of a written year, Arabic or in numerals ([`CN_YEAR_DIGITS`]), as a regex
/// fragment without a capture group: the time patterns and the subject's time words share it.
pub const YEAR_DIGITS_RE: &str = "(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})";

/// The value of an Arabic digit, ASCII or full-width.
pub fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Whether `t` holds a [`digit`], read by its bytes (an ASCII digit is its one byte; the
/// full-width ０–９ are EF BC 90–99, and EF only ever leads a character): the test before a
/// pattern that needs a digit, cheaper than decoding every character.
pub fn holds_digit(t: &str) -> bool {
    let b = t.as_bytes();
    if b.len() < 3 {
        return b.iter().any(u8::is_ascii_digit);
    }
    // (Every byte is read, with no early exit: a loop the compiler turns into vector compares.)
    let ends =
        |x: u8, p: u8, q: u8| (x.wrapping_sub(b'0') < 10) | ((x.wrapping_sub(0x90) < 10) & (p == 0xBC) & (q == 0xEF));
    b[0].is_ascii_digit()
        || b[1].is_ascii_digit()
        || b[2..].iter().zip(&b[1..]).zip(b).fold(false, |hit, ((&x, &p), &q)| hit | ends(x, p, q))
}

/// Whether `c` is a Chinese numeral as an ordinal is written (地铁二号线, 十号线, 三期): a
/// [`cn_digit`] from one to nine or 十. 两 counts things and is never an ordinal, and 零/〇 number no
/// line or phase, so neither is one.
pub fn cn_ordinal_digit(c: char) -> bool {
    c != '两' && cn_digit(c).is_some_and(|d| d > 0) || cn_unit(c) == Some(1)
}

/// The value of a Chinese digit (including 两, 〇 and the formal 壹贰叁).
pub fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The power of ten of a Chinese unit character (十 1, 百 2, 千 3, 万 4, 亿 8).
pub fn cn_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        _ => return None,
    })
}

/// Leading decimal digits (ASCII or full-width) of a text: their byte length, how many there
/// are, and their value (saturating: a list number is never that long).
pub fn leading_number(t: &str) -> (usize, usize, Option<u32>) {
    let (mut bytes, mut n, mut v) = (0usize, 0usize, 0u32);
    for c in t.chars() {
        let Some(d) = digit(c) else { break };
        bytes += c.len_utf8();
        n += 1;
        v = v.saturating_mul(10).saturating_add(d);
    }
    (bytes, n, (n > 0).then_some(v))
}

/// A small number as written to count or order things: Arabic digits (ASCII or full-width,
/// any length that fits), or a Chinese numeral from 一 to 九十九 (九, 十二, 二十, 二十一; 两
/// stands for 二 as in 两年). Nothing else: no 〇/零, no 百, no formal numerals, no digit
/// strings (一二).
pub fn small_number(s: &str) -> Option<u32> {
    if !s.is_empty() && s.chars().all(|c| digit(c).is_some()) {
        return s.chars().try_fold(0u32, |n, c| n.checked_mul(10)?.checked_add(digit(c)?));
    }
    let d = |c: char| if c == '两' { Some(2) } else { plain_cn_digit(c) };
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        ['十'] => Some(10),
        [a] => d(*a),
        ['十', b] => Some(10 + d(*b)?),
        [a, '十'] => Some(10 * d(*a)?),
        [a, '十', b] => Some(10 * d(*a)? + d(*b)?),
        _ => None,
    }
}

/// 一 … 九 as 1 … 9 (without 两 and the formal numerals, which the callers add or refuse).
fn plain_cn_digit(c: char) -> Option<u32> {
    "一二三四五六七八九".chars().position(|d| d == c).map(|i| i as u32 + 1)
}

/// A digit of a written year: Arabic (ASCII or full-width), or 〇/○/零 and 一 … 九
/// (二〇二一, 二○二一 with a circle for zero).
fn year_digit(c: char) -> Option<u32> {
    digit(c).or_else(|| if matches!(c, '〇' | '○' | '零') { Some(0) } else { plain_cn_digit(c) })
}

/// A written year (2021, ２０２１, 二〇二一), if it is a plausible year of a report
/// (1949–2100): a count of years (1000年) is not one.
pub fn year(s: &str) -> Option<i32> {
    let y = s.chars().try_fold(0i32, |y, c| y.checked_mul(10)?.checked_add(i32::try_from(year_digit(c)?).ok()?))?;
    (1949..=2100).contains(&y).then_some(y)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ordinals are one to ten; 两 and 零 count or fill, and never number a line or a phase.
    #[test]
    fn ordinal_digits() {
        let ordinals: String = "一二三四五六七八九十贰".chars().filter(|&c| cn_ordinal_digit(c)).collect();
        assert_eq!(ordinals, "一二三四五六七八九十贰");
        assert!(!"两零〇百千万亿1".chars().any(cn_ordinal_digit));
    }

    /// The byte test answers what a test of every character answers, on each character alone
    /// and after the characters whose bytes end like a full-width digit's start (Ｐ is EF BC B0,
    /// 뼐 EB BC 90).
    #[test]
    fn digit_by_bytes() {
        for c in (0..0x11000u32).filter_map(char::from_u32) {
            for p in ["", "一", "Ｐ", "\u{bf10}"] {
                let t = format!("{p}{c}{p}");
                assert_eq!(holds_digit(&t), t.chars().any(|d| digit(d).is_some()), "{t:?}");
            }
        }
    }

    #[test]
    fn year_digits_pattern_holds_the_year_numerals() {
        assert_eq!(YEAR_DIGITS_RE, format!("(?:[0-9０-９]{{4}}|[{CN_YEAR_DIGITS}]{{4}})"));
        assert!(CN_YEAR_DIGITS.chars().all(|c| year_digit(c).is_some()));
    }

    #[test]
    fn small_numbers() {
        assert_eq!(small_number("三"), Some(3));
        assert_eq!(small_number("十"), Some(10));
        assert_eq!(small_number("十二"), Some(12));
        assert_eq!(small_number("二十"), Some(20));
        assert_eq!(small_number("二十九"), Some(29));
        assert_eq!(small_number("两"), Some(2));
        assert_eq!(small_number("3"), Some(3));
        assert_eq!(small_number("１２"), Some(12));
        assert_eq!(small_number("百"), None);
        assert_eq!(small_number("十十"), None);
        assert_eq!(small_number("一二"), None);
        assert_eq!(small_number("〇"), None);
        assert_eq!(small_number(""), None);
        assert_eq!(small_number("٣"), None);
    }

    #[test]
    fn years() {
        assert_eq!(year("二〇二一"), Some(2021));
        assert_eq!(year("二○二二"), Some(2022));
        assert_eq!(year("２０２３"), Some(2023));
        assert_eq!(year("2024"), Some(2024));
        assert_eq!(year("１０００"), None);
        assert_eq!(year("两〇二一"), None);
        assert_eq!(year("贰〇二一"), None);
    }

    #[test]
    fn leading_digits() {
        assert_eq!(leading_number("12．加快"), (2, 2, Some(12)));
        assert_eq!(leading_number("１２．"), (6, 2, Some(12)));
        assert_eq!(leading_number("加快"), (0, 0, None));
    }
}
