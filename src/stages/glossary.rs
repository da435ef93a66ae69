//! The 名词解释 block: one row per entry `term：definition`, possibly numbered (`13.“标准海”：`)
//! and possibly with the definition on the following line(s).
//!
//! `first_use` is found by matching the term against the body before the glossary with
//! quotes (“”‘’"'「」) removed on both sides, so “双减”政策 matches 义务教育“双减”政策落实; it
//! points at the first matched character that is not a quote.

use crate::model::GlossaryRow;
use crate::text::{Line, is_blank, lines};

use super::Context;

const QUOTES: &[char] = &['“', '”', '‘', '’', '"', '\'', '「', '」', '『', '』'];

/// Glossary rows of a document.
pub fn extract(cx: &Context) -> Vec<GlossaryRow> {
    let Some(g) = cx.outline.glossary() else { return vec![] };
    let s = cx.s();
    let block_start = s[g.start..].find('\n').map_or(g.end, |p| g.start + p + 1).min(g.end);
    // Entries: a line whose head (before a colon within the first 40 characters) is a term.
    let ls: Vec<Line> = lines(&s[block_start..g.end])
        .into_iter()
        .map(|l| Line { start: l.start + block_start, end: l.end + block_start }.trimmed(s))
        .filter(|l| l.end > l.start)
        .collect();
    let mut heads: Vec<(usize, usize, usize)> = Vec::new(); // (line index, term start, colon byte)
    for (i, l) in ls.iter().enumerate() {
        let t = l.text(s);
        let Some(colon) = t.find(['：', ':']) else { continue };
        if t[..colon].chars().count() > 40 || t[..colon].contains(['。', '；']) {
            continue;
        }
        let term_off = strip_number(t);
        if term_off >= colon {
            continue;
        }
        heads.push((i, l.start + term_off, l.start + colon));
    }
    // The body before the glossary, quotes removed, with a map back to offsets.
    let (body, map) = unquoted(&s[cx.body.start..g.start], cx.body.start);
    let mut rows = Vec::new();
    for (k, &(i, term_start, colon)) in heads.iter().enumerate() {
        let last_line = heads.get(k + 1).map_or(ls.len(), |h| h.0) - 1;
        let end = ls[last_line].end;
        let term = s[term_start..colon].trim_matches(is_blank).to_string();
        let colon_len = s[colon..].chars().next().map_or(1, char::len_utf8);
        let definition = s[colon + colon_len..end].trim_matches(is_blank).to_string();
        let _ = i;
        let (needle, _) = unquoted(&term, 0);
        let first_use = if needle.is_empty() { None } else { body.find(&needle).map(|p| cx.text.char_of(map[p])) };
        rows.push(GlossaryRow {
            doc_id: cx.doc_id.to_string(),
            term,
            definition,
            char_start: cx.text.char_of(term_start),
            char_end: cx.text.char_of(end),
            first_use,
        });
    }
    rows
}

/// Byte length of a leading entry number: `13.`, `（2）`, `2、`, `①`.
fn strip_number(t: &str) -> usize {
    let nd = t.chars().take_while(char::is_ascii_digit).count();
    if nd > 0 {
        if let Some(p @ ('.' | '．' | '、')) = t[nd..].chars().next() {
            return nd + p.len_utf8();
        }
    }
    if let Some(rest) = t.strip_prefix('（').or_else(|| t.strip_prefix('(')) {
        if let Some(c) = rest.find(['）', ')']) {
            if rest[..c].chars().all(|x| x.is_ascii_digit() || "一二三四五六七八九十".contains(x)) && c > 0 {
                let close = rest[c..].chars().next().map_or(1, char::len_utf8);
                return t.len() - rest.len() + c + close;
            }
        }
    }
    match t.chars().next() {
        Some(c) if ('①'..='⑳').contains(&c) => c.len_utf8(),
        _ => 0,
    }
}

/// The text without quote marks, and for each byte of the result the byte offset (plus
/// `base`) of the character it came from.
fn unquoted(s: &str, base: usize) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    for (b, c) in s.char_indices() {
        if QUOTES.contains(&c) {
            continue;
        }
        out.push(c);
        map.extend(std::iter::repeat_n(base + b, c.len_utf8()));
    }
    (out, map)
}
