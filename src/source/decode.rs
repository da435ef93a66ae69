//! Bytes to text for plain-text inputs: BOM sniffing, UTF-8, GB18030/GBK and UTF-16.
//!
//! Order of trust: a forced `--encoding`, then a BOM, then strict UTF-8, then strict
//! GB18030 (a superset of GBK and GB2312, the encodings Chinese government sites publish
//! in), then `chardetng`'s guess. Only the BOM is removed; nothing else in the text changes,
//! so offsets stay true to the file.

use std::str::FromStr;

use encoding_rs::{BIG5, Encoding as Enc, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use super::Loaded;
use crate::error::SourceError;

/// An encoding the user can force with `--encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Gb18030,
    Utf16Le,
    Utf16Be,
    Big5,
}

impl Encoding {
    /// The name written to `documents.encoding`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Gb18030 => "gb18030",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Big5 => "big5",
        }
    }
    fn encoding_rs(self) -> &'static Enc {
        match self {
            Encoding::Utf8 => UTF_8,
            Encoding::Gb18030 => GB18030,
            Encoding::Utf16Le => UTF_16LE,
            Encoding::Utf16Be => UTF_16BE,
            Encoding::Big5 => BIG5,
        }
    }
}

impl FromStr for Encoding {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" => Ok(Encoding::Utf8),
            "gb18030" | "gbk" | "gb2312" | "cp936" => Ok(Encoding::Gb18030),
            "utf-16le" | "utf16le" => Ok(Encoding::Utf16Le),
            "utf-16be" | "utf16be" => Ok(Encoding::Utf16Be),
            "big5" => Ok(Encoding::Big5),
            other => Err(format!("unknown encoding {other:?}; use utf-8, gb18030 (gbk), utf-16le, utf-16be or big5")),
        }
    }
}

/// Decode a text file.
pub fn decode_text(bytes: &[u8], forced: Option<Encoding>) -> Result<Loaded, SourceError> {
    if let Some(enc) = forced {
        let body = strip_bom(bytes, enc);
        return Ok(lossy(enc, body, vec![]));
    }
    if let Some((enc, len)) = sniff_bom(bytes) {
        return Ok(lossy(enc, &bytes[len..], vec![]));
    }
    if let Some(enc) = sniff_utf16(bytes) {
        return Ok(lossy(enc, bytes, vec!["no BOM; UTF-16 recognised from NUL-byte pattern".into()]));
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(SourceError::Binary { offset });
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Loaded { text: s.to_string(), encoding: Some(Encoding::Utf8.name()), warnings: vec![] });
    }
    if let Some(s) = GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        return Ok(Loaded { text: s.into_owned(), encoding: Some(Encoding::Gb18030.name()), warnings: vec![] });
    }
    // Neither decodes cleanly: take chardetng's guess among the encodings we name, and say
    // how many characters were replaced.
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let guess = det.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
    let enc = if guess == BIG5 {
        Encoding::Big5
    } else if guess == UTF_8 {
        Encoding::Utf8
    } else {
        Encoding::Gb18030
    };
    Ok(lossy(enc, bytes, vec![]))
}

fn lossy(enc: Encoding, body: &[u8], mut warnings: Vec<String>) -> Loaded {
    let (text, had_errors) = enc.encoding_rs().decode_without_bom_handling(body);
    if had_errors {
        let n = text.chars().filter(|&c| c == '\u{fffd}').count();
        warnings.push(format!("{n} undecodable byte sequences as {} replaced by U+FFFD", enc.name()));
    }
    Loaded { text: text.into_owned(), encoding: Some(enc.name()), warnings }
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

fn strip_bom(bytes: &[u8], enc: Encoding) -> &[u8] {
    match sniff_bom(bytes) {
        Some((e, len)) if e == enc => &bytes[len..],
        _ => bytes,
    }
}

/// UTF-16 without a BOM: text of CJK and ASCII has a NUL in one byte of most ASCII pairs.
fn sniff_utf16(bytes: &[u8]) -> Option<Encoding> {
    if bytes.len() < 8 || bytes.len() % 2 != 0 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gbk_bytes_decode_as_gb18030() {
        let (bytes, _, _) = GB18030.encode("政府工作报告\r\n　　各位代表：");
        let got = decode_text(&bytes, None).unwrap();
        assert_eq!(got.encoding, Some("gb18030"));
        assert_eq!(got.text, "政府工作报告\r\n　　各位代表：");
    }

    #[test]
    fn utf8_bom_is_removed() {
        let got = decode_text("\u{feff}增长8.8%".as_bytes(), None).unwrap();
        assert_eq!((got.encoding, got.text.as_str()), (Some("utf-8"), "增长8.8%"));
    }

    #[test]
    fn utf16le_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "报告 2022".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let got = decode_text(&bytes, None).unwrap();
        assert_eq!((got.encoding, got.text.as_str()), (Some("utf-16le"), "报告 2022"));
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert!(matches!(decode_text(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\x01", None), Err(SourceError::Binary { .. })));
    }

    #[test]
    fn forced_encoding_wins() {
        let (bytes, _, _) = GB18030.encode("报告");
        let got = decode_text(&bytes, Some(Encoding::Utf8)).unwrap();
        assert_eq!(got.encoding, Some("utf-8"));
        assert!(!got.warnings.is_empty());
    }
}
