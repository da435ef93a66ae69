//! Where the report itself begins and ends.
//!
//! Scraped pages wrap the report in page furniture (下载, 打印, 字号, 来源, 相关报道 …; the list
//! is `dict/page_junk.txt`). The body starts at the 各位代表 opening that every work report
//! has; the header (title, subtitle, speaker) is the few lines before it; the body ends at
//! the first line after it that only a web page has (相关报道, 打印本页 …). Offsets are never
//! shifted: the junk simply yields no rows.

use std::ops::Range;
use std::sync::LazyLock;

use crate::text::{Line, is_blank, lines, squeeze};

/// Page-furniture words, and the cues that mark the end of a report.
struct Junk {
    words: Vec<String>,
    end_cues: Vec<String>,
}

static JUNK: LazyLock<Junk> = LazyLock::new(|| {
    let mut words = Vec::new();
    let mut end_cues = Vec::new();
    for l in crate::dict::lines("page_junk.txt") {
        match l.strip_prefix("end:") {
            Some(cue) => end_cues.push(cue.to_string()),
            None => words.push(l),
        }
    }
    Junk { words, end_cues }
});

/// How many content lines before the opening may hold the header.
const HEADER_WINDOW: usize = 12;
/// An end cue counts only on a short line (a long line is report text that happens to
/// start with the word).
const END_CUE_MAX_CHARS: usize = 40;

/// The parts of a text.
#[derive(Debug, Clone)]
pub struct Bounds {
    /// From the title (or subtitle) to the opening line; empty when there is no header.
    pub header: Range<usize>,
    /// From the opening (or first heading) to the last character of the report.
    pub body: Range<usize>,
    /// Whether a 各位代表 opening was found.
    pub found_opening: bool,
    /// Lines of the whole text.
    pub lines: Vec<Line>,
}

/// Is this line page furniture?
pub fn is_junk(line: &str) -> bool {
    let t = squeeze(line);
    if t.is_empty() {
        return true;
    }
    let t = t.trim_start_matches(['【', '[']).trim_end_matches(['】', ']']);
    if t.is_empty() {
        return true;
    }
    JUNK.words.iter().any(|w| {
        t == w.as_str()
            || t.strip_prefix(w.as_str())
                .is_some_and(|rest| rest.starts_with(['：', ':']) && rest.chars().count() <= 30)
    })
}

fn is_end_cue(line: &str) -> bool {
    let t = squeeze(line);
    t.chars().count() <= END_CUE_MAX_CHARS && JUNK.end_cues.iter().any(|c| t.starts_with(c.as_str()))
}

/// Does a line open the speech (各位代表：, 各位代表！, 各位代表，…)?
fn is_opening(line: &str) -> bool {
    let t = line.trim_start_matches(is_blank);
    t.starts_with("各位代表")
}

/// Does a (squeezed) line look like a report title?
pub fn is_title(squeezed: &str) -> bool {
    let n = squeezed.chars().count();
    (4..=40).contains(&n) && squeezed.ends_with("工作报告") && !squeezed.contains("关于")
}

/// Does a line look like a heading of the outline (一、 …)?
fn is_level1_heading(line: &str) -> bool {
    let t = line.trim_start_matches(is_blank);
    let mut it = t.char_indices();
    let mut n = 0;
    for (_, c) in it.by_ref() {
        if "一二三四五六七八九十".contains(c) {
            n += 1;
        } else {
            return n > 0 && c == '、';
        }
    }
    false
}

/// Find header and body.
pub fn find(s: &str) -> Bounds {
    let ls = lines(s);
    let opening = ls.iter().position(|l| is_opening(l.text(s)));
    let start_idx = opening.or_else(|| ls.iter().position(|l| is_level1_heading(l.text(s))));
    let Some(start_idx) = start_idx else {
        // No structure at all: the whole text is the body, minus junk at the ends.
        let body = trim_range(s, &ls, 0, ls.len());
        return Bounds { header: 0..0, body, found_opening: false, lines: ls };
    };
    // The end: the first short line after the start that only a web page has.
    let end_idx =
        ls[start_idx + 1..].iter().position(|l| is_end_cue(l.text(s))).map_or(ls.len(), |k| start_idx + 1 + k);
    let body = trim_range(s, &ls, start_idx, end_idx);

    // The header: back from the opening over at most HEADER_WINDOW content lines, to the
    // earliest title line, or else the earliest subtitle (date) line.
    let mut header_start = None;
    let mut seen = 0;
    let mut k = start_idx;
    while k > 0 && seen < HEADER_WINDOW {
        k -= 1;
        let line = ls[k].text(s);
        if is_junk(line) {
            continue;
        }
        seen += 1;
        let sq = squeeze(line);
        if is_title(&sq) || (header_start.is_none() && super::metadata::is_subtitle(&sq)) {
            header_start = Some(k);
        }
    }
    let header = match header_start {
        Some(h) => ls[h].trimmed(s).start..ls[start_idx].start,
        None => ls[start_idx].start..ls[start_idx].start,
    };
    Bounds { header, body, found_opening: opening.is_some(), lines: ls }
}

/// The byte range from line `a` to the end of the last non-junk line before line `b`.
fn trim_range(s: &str, ls: &[Line], a: usize, b: usize) -> Range<usize> {
    let mut b = b;
    while b > a && is_junk(ls[b - 1].text(s)) {
        b -= 1;
    }
    let mut a = a;
    while a < b && ls[a].is_blank(s) {
        a += 1;
    }
    if a >= b {
        return s.len().min(ls.get(a).map_or(s.len(), |l| l.start))
            ..s.len().min(ls.get(a).map_or(s.len(), |l| l.start));
    }
    ls[a].trimmed(s).start..ls[b - 1].trimmed(s).end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_around_a_report_is_cut() {
        let s = "下载\n打印\n【字号：\n加大\n】\n2026年某省政府工作报告\n——2026年1月1日在某省第一届人民代表大会第一次会议上\n来源：某日报\n省长 张三\n各位代表：\n一、2025年工作回顾\n增长5%。\n相关报道：\n链接\n";
        let b = find(s);
        assert!(b.found_opening);
        assert_eq!(
            &s[b.header.clone()],
            "2026年某省政府工作报告\n——2026年1月1日在某省第一届人民代表大会第一次会议上\n来源：某日报\n省长 张三\n"
        );
        assert_eq!(&s[b.body.clone()], "各位代表：\n一、2025年工作回顾\n增长5%。");
    }

    #[test]
    fn long_lines_starting_with_a_cue_are_text() {
        assert!(!is_junk("来源于群众的意见建议，我们逐条研究办理，推动解决了一批群众关心的实际问题"));
        assert!(is_junk("来源：解放日报"));
        assert!(is_junk("　"));
    }
}
