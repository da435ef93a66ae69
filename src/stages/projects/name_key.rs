//! The key a project name is matched by across reports and years.

use std::sync::LazyLock;

use regex::Regex;

use crate::lang::marks::{is_quote_mark, is_title_mark};
use crate::lang::numerals::small_number;

/// The name normalised for matching the same project across reports and years: full-width
/// letters, digits and signs folded to half-width, quotes, brackets, blanks and middle dots
/// dropped (the words inside brackets stay), Latin letters lower-cased, and the numbers of
/// phases and lines written in Arabic digits (二期 → 2期, 五号线 → 5号线). So
/// `重庆（国际）小球赛事中心` and `重庆(国际)小球赛事中心` share a key, and so do
/// `“两江四岸”治理提升` and `两江四岸治理提升`.
pub fn name_key(name: &str) -> String {
    let mut t = String::with_capacity(name.len());
    for c in name.chars() {
        // Most characters of a name are ideographs, which nothing below folds or drops.
        if crate::lang::chars::is_han(c) {
            t.push(c);
            continue;
        }
        let c = match c {
            '\u{3000}' => ' ',
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            _ => c,
        };
        if c.is_whitespace()
            || is_quote_mark(c)
            || is_title_mark(c)
            || matches!(c, '(' | ')' | '[' | ']' | '【' | '】' | '〔' | '〕' | '·' | '・' | '•' | '‧' | '\u{200b}')
        {
            continue;
        }
        t.push(c.to_ascii_lowercase());
    }
    // Every match ends in 期 or 号线: most names hold neither, and are done.
    if !t.contains(['期', '线']) {
        return t;
    }
    static NUMBERED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"第?([一二三四五六七八九十]{1,3})(期|号线)").expect("valid regex"));
    NUMBERED
        .replace_all(&t, |c: &regex::Captures| match small_number(&c[1]) {
            Some(n) => format!("{n}{}", &c[2]),
            None => c[0].to_string(),
        })
        .into_owned()
}
