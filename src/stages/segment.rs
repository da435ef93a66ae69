//! The outline (`sections`): headings at three levels, the 名词解释 block, and the span of
//! each section.
//!
//! Levels: 1 for `一、` (and unmarked short lines that name a part of the report, such as
//! `“十四五”时期发展成就和2025年工作回顾`, recognised by `dict/section_cues.tsv`), 2 for
//! `（一）` or `(一)`, 3 for `1.` `1、` or `（1）`. Paragraph heads such as 一是 or ——综合实力…
//! are not sections.
//!
//! Spans: a level-1 section runs to the last non-blank character before the next level-1
//! heading (or the end of the body). A run-in heading — `（一）标题。正文…` on one line — makes
//! a section of that one paragraph (the seed gold's convention); a heading on a line of its
//! own runs to the next heading of the same or a higher level.

use std::sync::LazyLock;

use super::body::Bounds;
use super::metadata::Metadata;
use crate::model::SectionRow;
use crate::text::{Line, Text, is_blank, squeeze};

/// One heading and its span (byte offsets).
#[derive(Debug, Clone)]
pub struct Section {
    pub id: usize,
    pub parent: Option<usize>,
    pub level: usize,
    pub marker: Option<String>,
    pub heading: String,
    pub start: usize,
    pub end: usize,
    /// End of the heading text (for run-in headings, before the first 。).
    pub heading_end: usize,
    pub is_glossary: bool,
}

/// The outline of one report.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    pub sections: Vec<Section>,
}

/// Heading cues by kind, from `dict/section_cues.tsv`.
pub struct Cues {
    pub review: Vec<String>,
    pub plan: Vec<String>,
    pub glossary: Vec<String>,
    pub heading: Vec<String>,
}

pub static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut c = Cues { review: vec![], plan: vec![], glossary: vec![], heading: vec![] };
    for row in crate::dict::tsv("section_cues.tsv", 2) {
        let list = match row[0].as_str() {
            "review" => &mut c.review,
            "plan" => &mut c.plan,
            "glossary" => &mut c.glossary,
            "heading" => &mut c.heading,
            other => panic!("dict/section_cues.tsv: unknown kind {other:?}"),
        };
        list.push(row[1].clone());
    }
    c
});

const CN_NUM: &str = "一二三四五六七八九十";

/// A heading recognised on one line.
struct Head {
    level: usize,
    marker: Option<String>,
    /// Byte offset where the heading text starts (after the marker).
    text_start: usize,
    is_glossary: bool,
}

/// Recognise a heading at the start of a trimmed line.
fn recognise(t: &str) -> Option<Head> {
    let sq = squeeze(t);
    if CUES.glossary.iter().any(|g| sq == *g) {
        return Some(Head { level: 1, marker: None, text_start: 0, is_glossary: true });
    }
    // 一、 …
    let n1 = t.chars().take_while(|c| CN_NUM.contains(*c)).count();
    if n1 > 0 {
        let after = t.char_indices().nth(n1).map(|(b, c)| (b, c));
        if let Some((b, '、')) = after {
            let m = b + '、'.len_utf8();
            return Some(Head { level: 1, marker: Some(t[..m].to_string()), text_start: m, is_glossary: false });
        }
    }
    // （一） or (一); （1） or (1)
    if let Some(rest) = t.strip_prefix('（').or_else(|| t.strip_prefix('(')) {
        let close = rest.find(['）', ')'])?;
        let inner = &rest[..close];
        let open_len = t.len() - rest.len();
        let close_len = rest[close..].chars().next().map_or(1, char::len_utf8);
        let m = open_len + close + close_len;
        if !inner.is_empty() && inner.chars().all(|c| CN_NUM.contains(c)) {
            return Some(Head { level: 2, marker: Some(t[..m].to_string()), text_start: m, is_glossary: false });
        }
        if !inner.is_empty() && inner.len() <= 2 && inner.chars().all(|c| c.is_ascii_digit()) {
            return Some(Head { level: 3, marker: Some(t[..m].to_string()), text_start: m, is_glossary: false });
        }
        return None;
    }
    // 1. 1． 1、 — but not 1.3万 (a decimal)
    let nd = t.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&nd) {
        let mut it = t[nd..].chars();
        if let Some(p @ ('.' | '．' | '、')) = it.next() {
            if it.next().is_some_and(|c| !c.is_ascii_digit() && !is_blank(c) || is_blank(c)) {
                let m = nd + p.len_utf8();
                return Some(Head { level: 3, marker: Some(t[..m].to_string()), text_start: m, is_glossary: false });
            }
        }
    }
    // An unmarked short line naming a part of the report.
    let n = sq.chars().count();
    if (4..=40).contains(&n)
        && !sq.ends_with(['。', '；', '：', '，', '！', ':', ';'])
        && CUES.heading.iter().any(|c| sq.contains(c.as_str()))
    {
        return Some(Head { level: 1, marker: None, text_start: 0, is_glossary: false });
    }
    None
}

/// Build the outline of the body.
pub fn outline(s: &str, b: &Bounds, _meta: &Metadata) -> Outline {
    let body_lines: Vec<Line> =
        b.lines.iter().filter(|l| l.start >= b.body.start && l.end <= b.body.end.max(l.start)).copied().collect();
    let mut secs: Vec<Section> = Vec::new();
    // (section index, run-in?)
    let mut run_in: Vec<bool> = Vec::new();
    let mut in_glossary = false;
    for line in &body_lines {
        let tl = line.trimmed(s);
        if tl.end <= tl.start || tl.end > b.body.end {
            continue;
        }
        let t = tl.text(s);
        let Some(h) = recognise(t) else { continue };
        if in_glossary {
            continue; // entries of the glossary are not headings
        }
        let text = &t[h.text_start..];
        let (heading, heading_end, is_run_in) = if h.is_glossary {
            (t.to_string(), tl.end, false)
        } else {
            match text.find('。') {
                Some(p) => {
                    let rest = text[p + '。'.len_utf8()..].trim_matches(is_blank);
                    (text[..p].trim_matches(is_blank).to_string(), tl.start + h.text_start + p, !rest.is_empty())
                }
                None => (text.trim_matches(is_blank).to_string(), tl.end, false),
            }
        };
        if heading.is_empty() {
            continue;
        }
        in_glossary = h.is_glossary;
        secs.push(Section {
            id: secs.len() + 1,
            parent: None,
            level: h.level,
            marker: h.marker,
            heading,
            start: tl.start,
            end: if is_run_in { tl.end } else { 0 },
            heading_end,
            is_glossary: h.is_glossary,
        });
        run_in.push(is_run_in);
    }
    // Spans and parents.
    let n = secs.len();
    for i in 0..n {
        if !run_in[i] {
            let next = (i + 1..n).find(|&j| secs[j].level <= secs[i].level).map_or(b.body.end, |j| secs[j].start);
            secs[i].end = trim_end(s, secs[i].start, next);
        }
        secs[i].parent = (0..i).rev().find(|&j| secs[j].level < secs[i].level).map(|j| secs[j].id);
    }
    // A child never outruns its parent.
    for i in 0..n {
        if let Some(p) = secs[i].parent {
            let pe = secs[p - 1].end;
            if secs[i].end > pe {
                secs[i].end = pe;
            }
        }
    }
    Outline { sections: secs }
}

fn trim_end(s: &str, start: usize, end: usize) -> usize {
    start + s[start..end].trim_end_matches(is_blank).len()
}

impl Outline {
    /// The innermost section containing a byte offset.
    pub fn innermost(&self, byte: usize) -> Option<&Section> {
        self.sections.iter().filter(|s| s.start <= byte && byte < s.end).max_by_key(|s| (s.level, s.start))
    }

    /// The glossary section, if any.
    pub fn glossary(&self) -> Option<&Section> {
        self.sections.iter().find(|s| s.is_glossary)
    }

    pub fn get(&self, id: usize) -> Option<&Section> {
        id.checked_sub(1).and_then(|i| self.sections.get(i))
    }

    /// `sections` rows, with code-point offsets.
    pub fn rows(&self, doc_id: &str, text: &Text) -> Vec<SectionRow> {
        self.sections
            .iter()
            .map(|s| SectionRow {
                doc_id: doc_id.to_string(),
                section_id: s.id,
                parent_id: s.parent,
                level: s.level,
                marker: s.marker.clone(),
                heading: s.heading.clone(),
                char_start: text.char_of(s.start),
                char_end: text.char_of(s.end),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(recognise("一、2022年工作安排").map(|h| h.level), Some(1));
        assert_eq!(recognise("（三）服务业发展加快推进。正文").map(|h| h.level), Some(2));
        assert_eq!(recognise("(3)服务业").map(|h| h.level), Some(3));
        assert_eq!(recognise("2.实现城镇新增就业18万人").map(|h| h.level), Some(3));
        assert!(recognise("1.3万人参加培训").is_none());
        assert!(recognise("一是全力以进促稳。").is_none());
        assert!(recognise("——综合实力显著增强。").is_none());
        assert!(recognise("名 词 解 释").is_some_and(|h| h.is_glossary));
        assert_eq!(recognise("“十四五”时期发展成就和2025年工作回顾").map(|h| h.marker), Some(None));
    }
}
