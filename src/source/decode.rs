//! Bytes to text for plain-text inputs: BOM sniffing, UTF-8, GB18030/GBK and UTF-16.
//!
//! Order of trust: a forced `--encoding`, then a BOM, then UTF-16 recognised by its NUL
//! bytes (text that is mostly ASCII), then strict UTF-8, then strict GB18030 (a superset of
//! GBK and GB2312, the encodings Chinese government sites publish in) when it yields no
//! control characters, then UTF-16 without a BOM recognised from its text (see
//! [`sniff_utf16_text`]: Chinese text in UTF-16 has few NUL bytes). When none decodes
//! cleanly, the one of UTF-8 and GB18030 with fewer bad sequences wins. Only the BOM is
//! removed; nothing else in the text changes, so offsets stay true to the file.
//!
//! A few bad bytes in a long report (a scraping accident) are replaced by U+FFFD and reported
//! as a warning; when more than [`MAX_BAD_SHARE`] of the text is bad, the file is not text in
//! that encoding and decoding fails.

use encoding_rs::{Encoding as Enc, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use super::Loaded;
use crate::error::SourceError;

/// Above this share of replacement characters and stray control characters, a text is not
/// decodable (1 in 20).
pub const MAX_BAD_SHARE: f64 = 0.05;

pub use crate::vocab::Encoding;

/// The decoder of an encoding.
fn encoding_rs(enc: Encoding) -> &'static Enc {
    match enc {
        Encoding::Utf8 => UTF_8,
        Encoding::Gb18030 => GB18030,
        Encoding::Utf16Le => UTF_16LE,
        Encoding::Utf16Be => UTF_16BE,
    }
}

/// Decode a text file.
pub fn decode_text(bytes: &[u8], forced: Option<Encoding>) -> Result<Loaded, SourceError> {
    if let Some(enc) = forced {
        let body = strip_bom(bytes, enc);
        return checked(enc, body, vec![]);
    }
    if let Some((enc, len)) = sniff_bom(bytes) {
        return checked(enc, &bytes[len..], vec![]);
    }
    if let Some(enc) = sniff_utf16(bytes) {
        return checked(enc, bytes, vec!["no BOM; UTF-16 recognised from NUL-byte pattern".into()]);
    }
    let nul = memchr::memchr(0, bytes);
    if nul.is_none() {
        if let Some(s) = utf8(bytes) {
            return checked_text(Encoding::Utf8, s.to_string(), vec![]);
        }
        if let Some(s) = GB18030.decode_without_bom_handling_and_without_replacement(bytes)
            && bad_chars(&s) == 0
        {
            return checked_text(Encoding::Gb18030, s.into_owned(), vec![]);
        }
    }
    if let Some((enc, text)) = sniff_utf16_text(bytes) {
        return checked_text(enc, text, vec!["no BOM; UTF-16 recognised from its text".into()]);
    }
    if let Some(offset) = nul {
        return Err(SourceError::Binary { offset });
    }
    decode_unmarked(bytes)
}

/// Decode bytes without BOM or NULs: strict UTF-8, strict GB18030, else the one with fewer
/// bad sequences.
pub fn decode_unmarked(bytes: &[u8]) -> Result<Loaded, SourceError> {
    if let Some(s) = utf8(bytes) {
        return checked_text(Encoding::Utf8, s.to_string(), vec![]);
    }
    if let Some(s) = GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        return checked_text(Encoding::Gb18030, s.into_owned(), vec![]);
    }
    let (utf8, _) = UTF_8.decode_without_bom_handling(bytes);
    let (gb, _) = GB18030.decode_without_bom_handling(bytes);
    let (enc, text) = if bad_chars(&utf8) <= bad_chars(&gb) { (Encoding::Utf8, utf8) } else { (Encoding::Gb18030, gb) };
    checked_text(enc, text.into_owned(), vec![])
}

/// The bytes as text when they are valid UTF-8: encoding_rs's validator (vector lanes, where
/// the standard library's takes about ten instructions a byte of Chinese text), which accepts
/// exactly what `std::str::from_utf8` accepts.
fn utf8(bytes: &[u8]) -> Option<&str> {
    match UTF_8.decode_without_bom_handling_and_without_replacement(bytes)? {
        std::borrow::Cow::Borrowed(s) => Some(s),
        // (Valid UTF-8 is always borrowed; were it not, the standard library decides.)
        std::borrow::Cow::Owned(_) => std::str::from_utf8(bytes).ok(),
    }
}

/// Decode with one encoding, replacing bad sequences, and judge the result.
fn checked(enc: Encoding, body: &[u8], warnings: Vec<String>) -> Result<Loaded, SourceError> {
    let (text, _) = encoding_rs(enc).decode_without_bom_handling(body);
    checked_text(enc, text.into_owned(), warnings)
}

/// A decoded text with its warnings, or an error when too much of it is bad.
fn checked_text(enc: Encoding, text: String, mut warnings: Vec<String>) -> Result<Loaded, SourceError> {
    let bad = bad_chars(&text);
    if bad > 0 {
        let total = text.chars().count().max(1);
        if bad as f64 > MAX_BAD_SHARE * total as f64 {
            return Err(SourceError::Undecodable {
                encoding: enc.as_str().to_string(),
                detail: format!("{bad} of {total} characters are invalid or control characters"),
            });
        }
        warnings.push(format!("{bad} undecodable byte sequences or control characters as {}", enc.as_str()));
    }
    Ok(Loaded::plain(text, Some(enc), warnings))
}

/// Replacement characters and control characters other than tab, line feed, carriage return
/// and form feed: what a wrong decoding or a binary file produces.
///
/// Counted on the bytes (every file is asked, over its whole text): a control character is
/// one byte below 0x20 or 0x7F (C0, DEL) or the pair C2 80–9F (C1), and U+FFFD is EF BF BD;
/// in valid UTF-8 none of these byte patterns can be anything else.
fn bad_chars(s: &str) -> usize {
    let b = s.as_bytes();
    // (Counted in chunks of 255 into a byte, so that the loop runs on vector lanes.)
    let c0: usize = b
        .chunks(255)
        .map(|chunk| {
            let n = chunk
                .iter()
                .fold(0u8, |n, &x| n + u8::from((x < 0x20 && !matches!(x, b'\t' | b'\n' | b'\r' | 0x0c)) || x == 0x7f));
            usize::from(n)
        })
        .sum();
    let c1 = memchr::memchr_iter(0xc2, b).filter(|&i| matches!(b.get(i + 1), Some(0x80..=0x9f))).count();
    let replacement = memchr::memmem::find_iter(b, "\u{fffd}".as_bytes()).count();
    c0 + c1 + replacement
}

fn sniff_bom(bytes: &[u8]) -> Option<(Encoding, usize)> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        Some((Encoding::Utf8, 3))
    } else if bytes.starts_with(&[0xFF, 0xFE]) {
        Some((Encoding::Utf16Le, 2))
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        Some((Encoding::Utf16Be, 2))
    } else {
        None
    }
}

/// Is there a BOM at the start of the bytes?
pub fn has_bom(bytes: &[u8]) -> bool {
    sniff_bom(bytes).is_some()
}

fn strip_bom(bytes: &[u8], enc: Encoding) -> &[u8] {
    match sniff_bom(bytes) {
        Some((e, len)) if e == enc => &bytes[len..],
        _ => bytes,
    }
}

/// UTF-16 without a BOM: text of CJK and ASCII has a NUL in one byte of most ASCII pairs.
fn sniff_utf16(bytes: &[u8]) -> Option<Encoding> {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let pairs = sample.len() / 2;
    if odd * 4 > pairs && even == 0 {
        Some(Encoding::Utf16Le)
    } else if even * 4 > pairs && odd == 0 {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// Share of code points a UTF-16 reading must have from the scripts of a Chinese report
/// (see [`is_report_char`]) to be believed.
const UTF16_MIN_SHARE: f64 = 0.95;

/// Code points a Chinese report is made of: CJK ideographs (and extension A), CJK and
/// full-width punctuation, general punctuation (“” — …), printable ASCII, Latin-1 signs
/// (·, °) and line breaks, tabs.
fn is_report_char(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r' | ' '..='~' | '\u{a0}'..='\u{ff}' | '\u{2000}'..='\u{206f}'
        | '\u{2100}'..='\u{22ff}' | '\u{2460}'..='\u{24ff}' | '\u{2500}'..='\u{25ff}'
        | '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}' | '\u{fe30}'..='\u{fe4f}' | '\u{ff00}'..='\u{ffef}')
}

/// UTF-16 without a BOM, recognised from its text rather than its NUL bytes (Chinese text
/// in UTF-16 has few): the bytes decode strictly (no unpaired surrogate) as UTF-16LE or BE,
/// and at least [`UTF16_MIN_SHARE`] of the code points are ones a Chinese report is made of.
/// Read the other way round, such text gives code points from scattered blocks (Yi, Hangul,
/// surrogates), and GBK or UTF-8 text read as UTF-16 does too, so the two cannot be confused.
/// Called only once UTF-8 and GB18030 have failed.
fn sniff_utf16_text(bytes: &[u8]) -> Option<(Encoding, String)> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let mut best: Option<(f64, Encoding, String)> = None;
    for enc in [Encoding::Utf16Le, Encoding::Utf16Be] {
        let Some(text) = encoding_rs(enc).decode_without_bom_handling_and_without_replacement(bytes) else {
            continue;
        };
        let (mut good, mut total) = (0usize, 0usize);
        for c in text.chars() {
            total += 1;
            good += usize::from(is_report_char(c));
        }
        let share = good as f64 / total.max(1) as f64;
        if share >= UTF16_MIN_SHARE && best.as_ref().is_none_or(|b| share > b.0) {
            best = Some((share, enc, text.into_owned()));
        }
    }
    best.map(|(_, enc, text)| (enc, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte count of bad characters is the character count it replaced.
    #[test]
    fn bad_chars_by_bytes_count_what_chars_count() {
        let by_chars = |s: &str| {
            s.chars()
                .filter(|&c| c == '\u{fffd}' || (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')))
                .count()
        };
        let mut all = String::new();
        for c in (0u32..0x3000).chain(0xfff0..0x10000).filter_map(char::from_u32) {
            all.push(c);
            all.push('政');
        }
        for s in ["", "政府工作报告\r\n\t\u{c}", "a\u{0}b\u{7f}\u{80}\u{9f}\u{a0}·\u{fffd}�", all.as_str()] {
            assert_eq!(bad_chars(s), by_chars(s), "{s:?}");
        }
        assert_eq!(bad_chars(&all), 65 + 1 - 4);
    }

    /// The fast validator accepts exactly what the standard library accepts.
    #[test]
    fn utf8_validation_agrees_with_std() {
        let mut cases: Vec<Vec<u8>> = vec![
            "政府工作报告，增长8.8%。".into(),
            b"\xed\xa0\x80".to_vec(),     // a surrogate
            b"\xc0\xaf".to_vec(),         // overlong
            b"\xf4\x90\x80\x80".to_vec(), // above U+10FFFF
            b"\xe6\x94\xbf\xe5".to_vec(), // cut short
            b"abc\xff".to_vec(),
        ];
        let long = "各位代表：现在，我代表市人民政府向大会报告工作。".repeat(100);
        for cut in [0, 1, 2, 3, 64, 65, 66, 1000, long.len() - 1] {
            cases.push(long.as_bytes()[..cut].to_vec());
            let mut bad = long.as_bytes().to_vec();
            bad[cut] = 0xff;
            cases.push(bad);
        }
        for c in &cases {
            assert_eq!(utf8(c), std::str::from_utf8(c).ok(), "{c:?}");
        }
    }

    #[test]
    fn gbk_bytes_decode_as_gb18030() {
        let (bytes, _, _) = GB18030.encode("政府工作报告\r\n　　各位代表：");
        let got = decode_text(&bytes, None).unwrap();
        assert_eq!(got.encoding, Some(Encoding::Gb18030));
        assert_eq!(got.text, "政府工作报告\r\n　　各位代表：");
    }

    #[test]
    fn utf8_bom_is_removed() {
        let got = decode_text("\u{feff}增长8.8%".as_bytes(), None).unwrap();
        assert_eq!((got.encoding, got.text.as_str()), (Some(Encoding::Utf8), "增长8.8%"));
    }

    #[test]
    fn utf16le_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "报告 2022".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let got = decode_text(&bytes, None).unwrap();
        assert_eq!((got.encoding, got.text.as_str()), (Some(Encoding::Utf16Le), "报告 2022"));
    }

    const PARAGRAPH: &str =
        "各位代表：\n　　现在，我代表市人民政府，向大会报告工作，请予审议。\n　　一年来，全市地区生产总值增长5.2%。";

    fn utf16(s: &str, le: bool) -> Vec<u8> {
        s.encode_utf16().flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
    }

    #[test]
    fn utf16_without_bom_is_recognised_from_its_text() {
        for (le, name) in [(true, Encoding::Utf16Le), (false, Encoding::Utf16Be)] {
            let got = decode_text(&utf16(PARAGRAPH, le), None).unwrap();
            assert_eq!((got.encoding, got.text.as_str()), (Some(name), PARAGRAPH));
            // Mostly CJK: far too few NUL bytes for the NUL-pattern test.
            assert!(sniff_utf16(&utf16(PARAGRAPH, le)).is_none());
        }
        // Only ideographs and full-width punctuation: no NUL byte at all.
        let pure = "政府工作报告，全面深化改革。";
        let got = decode_text(&utf16(pure, true), None).unwrap();
        assert_eq!((got.encoding, got.text.as_str()), (Some(Encoding::Utf16Le), pure));
    }

    #[test]
    fn gbk_and_utf8_are_never_taken_for_utf16() {
        for text in [PARAGRAPH, "政府工作报告", "报告"] {
            let (gb, _, _) = GB18030.encode(text);
            assert_eq!(decode_text(&gb, None).unwrap().encoding, Some(Encoding::Gb18030), "{text}");
            assert_eq!(decode_text(text.as_bytes(), None).unwrap().encoding, Some(Encoding::Utf8), "{text}");
            assert!(sniff_utf16_text(&gb).is_none(), "{text}");
        }
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert!(matches!(decode_text(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\x01", None), Err(SourceError::Binary { .. })));
    }

    #[test]
    fn forced_encoding_wins() {
        let (bytes, _, _) = GB18030.encode("报告");
        let err = decode_text(&bytes, Some(Encoding::Utf8)).unwrap_err();
        assert!(matches!(err, SourceError::Undecodable { ref encoding, .. } if encoding == "utf-8"), "{err}");
        let got = decode_text(&bytes, Some(Encoding::Gb18030)).unwrap();
        assert_eq!((got.encoding, got.text.as_str()), (Some(Encoding::Gb18030), "报告"));
    }

    #[test]
    fn a_few_bad_bytes_are_a_warning_many_an_error() {
        let mut bytes = GB18030.encode(&"政府工作报告。".repeat(40)).0.into_owned();
        bytes.push(0xFF);
        let got = decode_text(&bytes, None).unwrap();
        assert_eq!(got.encoding, Some(Encoding::Gb18030));
        assert_eq!(got.warnings.len(), 1);
        let noise: Vec<u8> = (0..400u32).map(|i| (i * 37 % 250 + 1) as u8).collect();
        assert!(matches!(decode_text(&noise, None), Err(SourceError::Undecodable { .. })));
    }
}
