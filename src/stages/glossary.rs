//! The 名词解释 block: one row per entry `term：definition`, possibly numbered (`13.“标准海”：`,
//! `（2）`, `①`) and possibly with the definition on the following line(s).
//!
//! An entry starts on a line whose head, before a colon within the first 40 characters, is a
//! term (no sentence punctuation in it). When the block's first entry is numbered, only lines
//! carrying the next number start entries, so that a definition line such as `纵线：…` or
//! `《方案》明确：…` stays inside its entry.
//!
//! Some blocks put each term alone on a numbered line and its definition on the next lines
//! (`6.“四新”投资` / `在新技术、新产业…的固定资产投资`); where at least three such lines
//! carry increasing numbers, the numbered lines, with or without a colon, start the entries and
//! `子项：…` lines stay inside the entry above them.
//!
//! `first_use` is found by matching the term against the body before the glossary with
//! quotes (“”‘’"'「」) removed on both sides, so “双减”政策 matches 义务教育“双减”政策落实; it
//! points at the first matched character that is not a quote.

use super::document::Document;
use crate::lang::chars::{is_blank, is_digit};
use crate::lang::marks::{is_bullet, is_quote_mark};
use crate::lang::numerals::{CN_ORDINAL, leading_number, small_number};
use crate::lang::text::{Line, lines};
use crate::model::GlossaryRow;

/// Longest term, in characters.
const TERM_MAX_CHARS: usize = 40;

/// Blank for trimming a definition: white space and invisible format characters that web
/// pages leave behind (zero-width joiners, word joiner).
fn is_trim(c: char) -> bool {
    is_blank(c) || matches!(c, '\u{200c}' | '\u{200d}' | '\u{2060}')
}

/// The head of an entry on a trimmed line: (term start, colon) as byte offsets in the line,
/// and the entry's number if it has one. `expected` is the number the next entry of a
/// numbered block must carry: `3．10种有色金属：` is entry 3 when 3 is expected, although
/// `3．10` alone would read as a decimal.
fn entry_head(t: &str, expected: Option<u32>) -> Option<(usize, usize, Option<u32>)> {
    let colon = t.find(['：', ':'])?;
    let (num_len, number) = strip_number(t, expected);
    // The blank after the mark (`9. 科技创新…`) is in neither the term nor the entry's span.
    let start = t.len() - t[num_len..].trim_start_matches(is_trim).len();
    if start >= colon {
        return None;
    }
    let term = &t[start..colon];
    let n = term.chars().count();
    if n > TERM_MAX_CHARS || term.contains(['。', '；', '，', ';']) {
        return None;
    }
    Some((start, colon, number))
}

/// A term alone on a numbered line (`6.“四新”投资`): (term start, line end, number). Its
/// definition is on the lines after it.
fn alone_head(t: &str) -> Option<(usize, usize, u32)> {
    let (num_len, number) = strip_number(t, None);
    let term = t.get(num_len..)?.trim_matches(is_trim);
    let n = term.chars().count();
    let sentence = ['。', '；', '，', ';', '：', ':', '！', '？'];
    if num_len == 0 || n == 0 || n > ALONE_TERM_MAX_CHARS || term.contains(sentence) {
        return None;
    }
    Some((t.len() - t[num_len..].trim_start_matches(is_trim).len(), t.len(), number?))
}

/// Longest term alone on its line, in characters: a longer numbered line is a sentence.
const ALONE_TERM_MAX_CHARS: usize = 20;
/// Fewest alone numbered terms for a block to be read in that layout.
const ALONE_MIN: usize = 3;
/// Largest step between two entry numbers in that layout (an entry the page lost).
const ALONE_MAX_STEP: u32 = 2;

/// Glossary rows of a document.
pub fn extract(cx: &Document) -> Vec<GlossaryRow> {
    let Some(g) = cx.outline.glossary() else { return vec![] };
    let s = cx.s();
    // Entries start after the heading line (and after an annex label's title line).
    let block_start = s[g.heading_end.min(g.end)..g.end].find('\n').map_or(g.end, |p| g.heading_end + p + 1).min(g.end);
    let ls: Vec<Line> = lines(&s[block_start..g.end])
        .into_iter()
        .map(|l| Line { start: l.start + block_start, end: l.end + block_start }.trimmed(s))
        .filter(|l| l.end > l.start)
        .collect();
    // (line index, term start, colon) of each entry; the colon of a term alone on its line is
    // the line's end.
    let mut heads: Vec<(usize, usize, usize)> = Vec::new();
    let mut numbered: Option<u32> = None; // the last entry number, in a numbered block
    let alone: Vec<Option<(usize, usize, u32)>> = ls.iter().map(|l| alone_head(l.text(s))).collect();
    let alone_layout = alone.iter().flatten().count() >= ALONE_MIN;
    for (i, l) in ls.iter().enumerate() {
        if alone_layout {
            let head = alone[i].or_else(|| {
                let (term, colon, number) = entry_head(l.text(s), numbered.map(|n| n + 1))?;
                Some((term, colon, number?))
            });
            if let Some((term, end, n)) = head
                && numbered.is_none_or(|last| n > last && n <= last + ALONE_MAX_STEP)
            {
                numbered = Some(n);
                heads.push((i, l.start + term, l.start + end));
            }
            continue;
        }
        let Some((term_off, colon, number)) = entry_head(l.text(s), numbered.map(|n| n + 1)) else { continue };
        match (heads.is_empty(), numbered, number) {
            (true, _, Some(n)) => numbered = Some(n),
            (false, Some(last), Some(n)) if n == last + 1 => numbered = Some(n),
            (false, Some(_), _) => continue,
            _ => {}
        }
        heads.push((i, l.start + term_off, l.start + colon));
    }
    // The body before the glossary, quotes removed, with a map back to offsets.
    let before = cx.bounds.body.start.min(g.start)..g.start;
    let body = Unquoted::new(&s[before.clone()], before.start);
    let mut rows = Vec::new();
    for (k, &(_, term_start, colon)) in heads.iter().enumerate() {
        let last_line = heads.get(k + 1).map_or(ls.len(), |h| h.0) - 1;
        let end = ls[last_line].end;
        let term = s[term_start..term_start + term_end(&s[term_start..colon])].trim_matches(is_trim).to_string();
        let colon_len = match s[colon..].chars().next() {
            Some(c @ ('：' | ':')) => c.len_utf8(),
            _ => 0, // a term alone on its line
        };
        let definition = s[colon + colon_len..end].trim_matches(is_trim).to_string();
        let needle = Unquoted::new(&term, 0).text;
        let first_use =
            if needle.is_empty() { None } else { body.text.find(&needle).map(|p| cx.text.char_of(body.origin(p))) };
        rows.push(GlossaryRow {
            doc_id: cx.doc_id.to_string(),
            term,
            definition,
            char_start: cx.text.char_of(term_start),
            char_end: cx.text.char_of(trim_end(s, term_start, end)),
            first_use,
        });
    }
    rows
}

fn trim_end(s: &str, start: usize, end: usize) -> usize {
    start + s[start..end].trim_end_matches(is_trim).len()
}

/// Byte length and value of a leading entry number: `13.`, `13．`, `2、`, `（2）`, `(二)`, `①`.
/// A number followed by a digit (`2.5亿元`) is a decimal, unless it is the `expected` one.
fn strip_number(t: &str, expected: Option<u32>) -> (usize, Option<u32>) {
    let (nb, _, value) = leading_number(t);
    if nb > 0 {
        let mut rest = t[nb..].chars();
        if let Some(p @ ('.' | '．' | '、')) = rest.next()
            && (!rest.next().is_some_and(is_digit) || (value.is_some() && value == expected))
        {
            return (nb + p.len_utf8(), value);
        }
    }
    if let Some(rest) = t.strip_prefix('（').or_else(|| t.strip_prefix('('))
        && let Some(c) = rest.find(['）', ')'])
    {
        let inner = &rest[..c];
        let (nb, _, arabic) = leading_number(inner);
        // Chinese entry numbers are written with 一 … 十 only (never 两).
        let chinese = || Some(inner).filter(|t| t.chars().all(|c| CN_ORDINAL.contains(c))).and_then(small_number);
        let value = arabic.filter(|_| nb == inner.len()).or_else(chinese);
        if value.is_some() {
            let close = rest[c..].chars().next().map_or(1, char::len_utf8);
            return (t.len() - rest.len() + c + close, value);
        }
    }
    // A footnote-style number: [2], 【2】.
    if let Some(rest) = t.strip_prefix(['[', '【'])
        && let Some(c) = rest.find([']', '】'])
        && c > 0
    {
        let (nb, _, value) = leading_number(&rest[..c]);
        if nb == c && value.is_some() {
            let close = rest[c..].chars().next().map_or(1, char::len_utf8);
            return (t.len() - rest.len() + c + close, value);
        }
    }
    let mut cs = t.chars();
    match cs.next() {
        Some(c) if ('①'..='⑳').contains(&c) => (c.len_utf8(), Some(c as u32 - '①' as u32 + 1)),
        // A bullet (〇“三品一标”：): an entry without a number.
        Some(c) if is_bullet(c) && !cs.next().is_some_and(is_digit) => (c.len_utf8(), None),
        _ => (0, None),
    }
}

/// The end of a term without a reference mark after it: a page (（P5）), a footnote ([3], 【3】,
/// ³) or a note number in brackets ((1)). `中心镇“双千工程”（P5）` → `中心镇“双千工程”`.
fn term_end(term: &str) -> usize {
    let t = term.trim_end_matches(is_trim);
    let t = t.trim_end_matches(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰']);
    for (open, close) in [('（', '）'), ('(', ')'), ('[', ']'), ('【', '】')] {
        if let Some(body) = t.strip_suffix(close)
            && let Some(o) = body.rfind(open)
        {
            let inner = body[o + open.len_utf8()..].trim_start_matches(['P', 'p', 'Ｐ', '第']);
            let inner = inner.trim_end_matches('页');
            if o > 0 && !inner.is_empty() && inner.chars().all(is_digit) {
                return o;
            }
        }
    }
    t.len()
}

/// A text without its quote marks, and where its characters came from.
struct Unquoted {
    text: String,
    /// Where quotes were dropped: (offset in `text` after them, bytes dropped up to there).
    shifts: Vec<(usize, usize)>,
    base: usize,
}

impl Unquoted {
    fn new(s: &str, base: usize) -> Unquoted {
        let mut text = String::with_capacity(s.len());
        let mut shifts = Vec::new();
        let (mut from, mut dropped) = (0, 0);
        for (b, c) in s.char_indices() {
            if is_quote_mark(c) {
                text.push_str(&s[from..b]);
                from = b + c.len_utf8();
                dropped += c.len_utf8();
                shifts.push((text.len(), dropped));
            }
        }
        text.push_str(&s[from..]);
        Unquoted { text, shifts, base }
    }

    /// The byte offset (plus `base`) of the character at byte `p` of `text`.
    fn origin(&self, p: usize) -> usize {
        let k = self.shifts.partition_point(|&(at, _)| at <= p);
        self.base + p + k.checked_sub(1).map_or(0, |j| self.shifts[j].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::text::Text;

    fn glossary_of(s: &str) -> Vec<GlossaryRow> {
        let text = Text::new(s.to_string());
        super::super::extract("t", &text).glossary
    }

    /// Offsets map back through the dropped quotes.
    #[test]
    fn unquoted_offsets() {
        let s = "推动“四上”企业‘增长’，“”“双减”政策和四上企业";
        let u = Unquoted::new(s, 100);
        assert_eq!(u.text, "推动四上企业增长，双减政策和四上企业");
        for (p, c) in u.text.char_indices() {
            let o = u.origin(p) - 100;
            assert_eq!(s[o..].chars().next(), Some(c), "at {p}");
        }
    }

    #[test]
    fn numbered_entries_with_definitions_on_the_next_line() {
        let s = "各位代表：\n一、安排\n推动“四上”企业增长。\n名词解释\n1.“四上”企业：\n指规模以上企业。\n2.“四新”产业：\n《方案》明确，主要包括：\n科技研发产业。\n";
        let g = glossary_of(s);
        assert_eq!(g.len(), 2);
        assert_eq!((g[0].term.as_str(), g[0].definition.as_str()), ("“四上”企业", "指规模以上企业。"));
        assert_eq!(g[1].definition, "《方案》明确，主要包括：\n科技研发产业。");
        let first = g[0].first_use.unwrap();
        assert_eq!(s.chars().skip(first).take(4).collect::<String>(), "四上”企");
        assert_eq!(g[1].first_use, None);
    }

    /// Terms alone on numbered lines: the numbered lines start the entries, a `子项：…` line
    /// stays in the entry above, and a lost number (4) does not stop the block.
    #[test]
    fn terms_alone_on_numbered_lines() {
        let s = "各位代表：\n一、安排\n推进四环五海建设。\n部分用语说明\n1.“四新”投资\n在新技术等方面的固定资产投资。\n2.四环五海\n四环：环城道路、环城水系；\n五海：中海、南海。\n3.全科大网格\n指整合各系统原有网格。\n5.海绵城市\n新一代城市雨洪管理概念。\n";
        let g = glossary_of(s);
        let terms: Vec<&str> = g.iter().map(|r| r.term.as_str()).collect();
        assert_eq!(terms, ["“四新”投资", "四环五海", "全科大网格", "海绵城市"]);
        assert_eq!(g[1].definition, "四环：环城道路、环城水系；\n五海：中海、南海。");
        assert_eq!(g[0].definition, "在新技术等方面的固定资产投资。");
        assert!(g[1].first_use.is_some());
        // Two numbered lines alone are not the layout: they stay in the definition of a block
        // of `term：` entries.
        let s = "各位代表：\n一、安排\n增长。\n名词解释\n1.六稳：稳就业。\n2.六保：包括：\n（1）就业\n（2）民生\n";
        let g = glossary_of(s);
        let terms: Vec<&str> = g.iter().map(|r| r.term.as_str()).collect();
        assert_eq!(terms, ["六稳", "六保"]);
        assert_eq!(g[1].definition, "包括：\n（1）就业\n（2）民生");
    }

    #[test]
    fn numbers() {
        assert_eq!(strip_number("13.“标准海”：", None), (3, Some(13)));
        assert_eq!(strip_number("（二）两山一带：", None), ("（二）".len(), Some(2)));
        assert_eq!(strip_number("②两山", None), ("②".len(), Some(2)));
        assert_eq!(strip_number("2.5亿元", None), (0, None));
        assert_eq!(strip_number("3．10种有色金属：", Some(3)), ("3．".len(), Some(3)));
        assert_eq!(strip_number("[2]八大行动：", None), ("[2]".len(), Some(2)));
        assert_eq!(strip_number("【12】两山：", None), ("【12】".len(), Some(12)));
        assert_eq!(strip_number("〇“三品一标”：", None), ("〇".len(), None));
        assert_eq!(strip_number("〇5个：", None), (0, None));
        assert_eq!(strip_number("[注]两山：", None), (0, None));
    }

    #[test]
    fn reference_marks_stay_out_of_the_term() {
        for (t, want) in [
            ("中心镇“双千工程”（P5）", "中心镇“双千工程”"),
            ("“四山两江”[3]", "“四山两江”"),
            ("两山【12】", "两山"),
            ("两化融合（第3页）", "两化融合"),
            ("保税物流中心（B型）", "保税物流中心（B型）"),
            ("“1+3”（2）", "“1+3”"),
            ("（2）", "（2）"),
        ] {
            assert_eq!(&t[..term_end(t)], want, "{t}");
        }
    }

    #[test]
    fn heading_layouts_and_entry_marks() {
        let s = "各位代表：\n一、工作回顾\n推进“三品一标”和“两化融合”，建设中心镇“双千工程”。\n\n附：\n《政府工作报告》有关名词解释（注：按在报告中出现的先后排序）\n\n〇“三品一标”：无公害农产品、绿色食品。\n\n[2]“两化融合”：信息化和工业化融合。\n中心镇“双千工程”（P5）：千亿投资。\n";
        let g = glossary_of(s);
        let terms: Vec<&str> = g.iter().map(|r| r.term.as_str()).collect();
        assert_eq!(terms, ["“三品一标”", "“两化融合”", "中心镇“双千工程”"]);
        assert_eq!(g[0].definition, "无公害农产品、绿色食品。");
        assert!(g.iter().all(|r| r.first_use.is_some()));
    }

    #[test]
    fn the_blank_after_an_entry_number_is_outside_the_span() {
        let s = "各位代表：\n一、工作回顾\n实施科技创新“六个一”工程。\n\n附件\n名词解释\n\n9. 科技创新“六个一”工程：主要内容。\n";
        let g = glossary_of(s);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].term, "科技创新“六个一”工程");
        assert!(s[s.char_indices().nth(g[0].char_start).unwrap().0..].starts_with("科技"), "span starts at the term");
    }
}
