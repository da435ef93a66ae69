//! Where the report itself begins and ends.
//!
//! Scraped pages wrap the report in page furniture (下载, 打印, 字号, 来源, 相关报道 …; the list
//! is `dict/page_junk.tsv`). The body starts at the 各位代表 opening that every work report
//! has (the opening cues are the `opening` rows of `dict/section_cues.tsv`), or, for a text
//! without one, at its first `一、` heading. The header (title, subtitle, speaker) is the
//! few lines before that start, back to the earliest line that looks like a header line. The
//! body ends at the first short line after the start that only a web page has (相关报道, 打印本页,
//! 责任编辑 …): pages repeat the title and the opening after 打印本页/关闭窗口, and that copy must
//! yield nothing. Offsets are never shifted: the junk simply yields no rows.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::cues::CUES;
use super::header::{MARKUP, is_header_line, title_split};
use crate::lang::chars::is_blank;
use crate::lang::numerals::CN_ORDINAL;
use crate::lang::text::{Line, lines, squeeze};
use crate::lexicon::JunkKind;

/// Page-furniture words, the cues that mark the end of a report, and photo-caption endings.
struct Junk {
    words: Vec<String>,
    end_cues: Vec<String>,
    /// The first characters of `end_cues`, sorted: a line opening with none is no end cue.
    end_firsts: Vec<char>,
    caption_ends: Vec<String>,
}

static JUNK: LazyLock<Junk> = LazyLock::new(|| {
    let mut j = Junk { words: Vec::new(), end_cues: Vec::new(), end_firsts: Vec::new(), caption_ends: Vec::new() };
    for w in &crate::lexicon::get().page_junk {
        match w.kind {
            JunkKind::End => j.end_cues.push(w.word.clone()),
            JunkKind::Caption => j.caption_ends.push(w.word.clone()),
            JunkKind::Junk => j.words.push(w.word.clone()),
        }
    }
    j.end_firsts = j.end_cues.iter().filter_map(|c| c.chars().next()).collect();
    j.end_firsts.sort_unstable();
    j.end_firsts.dedup();
    j
});

/// A publication time stamp (`2026-02-03 09:02:33`, `2026年02月10日 07时41分`): the page's, not
/// the report's. A bare `2022年1月9日` is not one: that may be the delivery date.
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}年\d{1,2}月\d{1,2}日\d{1,2}(?:时|:)\d{2}分?(?::\d{2})?)$",
    )
    .expect("valid regex")
});

/// How many content lines before the start may hold the header.
const HEADER_WINDOW: usize = 12;
/// An end cue counts only on a short line (a long line is report text that happens to
/// start with the word).
const END_CUE_MAX_CHARS: usize = 40;
/// A photo caption is a short line.
const CAPTION_MAX_CHARS: usize = 80;

/// The parts of a text.
#[derive(Debug, Clone)]
pub struct Bounds {
    /// From the first header line (title, subtitle or speaker) to the start of the body;
    /// empty when there is no header.
    pub header: Range<usize>,
    /// From the opening (or first heading) to the last character of the report.
    pub body: Range<usize>,
    /// Whether a 各位代表 opening was found.
    pub found_opening: bool,
    /// Lines of the whole text.
    pub lines: Vec<Line>,
}

/// Is this line page furniture (or blank)?
pub fn is_junk(line: &str) -> bool {
    let t = squeeze(line);
    if t.is_empty() {
        return true;
    }
    let t = t.trim_start_matches(['【', '[']).trim_end_matches(['】', ']']);
    if t.is_empty() || TIMESTAMP.is_match(t) {
        return true;
    }
    let n = t.chars().count();
    if n <= CAPTION_MAX_CHARS && JUNK.caption_ends.iter().any(|c| t.ends_with(c.as_str())) {
        return true;
    }
    JUNK.words.iter().any(|w| {
        t == w.as_str()
            || t.strip_prefix(w.as_str())
                .is_some_and(|rest| rest.starts_with(['：', ':']) && rest.chars().count() <= 30)
    })
}

/// Does a line mark the end of the report on a web page?
fn is_end_cue(line: &str) -> bool {
    // Every line of the body is asked: a line is refused by its first character (the one `t`
    // below opens with) before its characters are counted, and a long one before it is copied.
    let first = line.chars().find(|&c| !is_blank(c) && !matches!(c, '【' | '['));
    if first.is_none_or(|c| JUNK.end_firsts.binary_search(&c).is_err()) {
        return false;
    }
    let mut lead = true;
    let mut n = 0;
    for c in line.chars().filter(|c| !is_blank(*c)) {
        if lead && matches!(c, '【' | '[') {
            continue;
        }
        lead = false;
        n += 1;
        if n > END_CUE_MAX_CHARS {
            return false;
        }
    }
    let t = squeeze(line);
    let t = t.trim_start_matches(['【', '[']);
    t.chars().count() <= END_CUE_MAX_CHARS && JUNK.end_cues.iter().any(|c| t.starts_with(c.as_str()))
}

/// Does a line open the speech (各位代表：, 各位代表！, 各位代表，…)?
fn is_opening(line: &str) -> bool {
    let t = line.trim_start_matches(|c| is_blank(c) || MARKUP.contains(&c));
    CUES.opening.iter().any(|c| t.starts_with(c.as_str()))
}

/// Is an opening line the speech's greeting: 各位代表： alone, or with words that greet in its
/// first sentence (我代表…向大会报告工作, 请予审议)?
fn is_greeting(line: &str) -> bool {
    let t = line.trim_matches(|c| is_blank(c) || MARKUP.contains(&c));
    let rest = CUES.opening.iter().find_map(|c| t.strip_prefix(c.as_str())).unwrap_or(t);
    // Its first sentence: the thanks that close a review (各位代表，…的结果。在此，我代表市人民
    // 政府…致以崇高的敬意) greet no one.
    let first = rest.split_inclusive('。').next().unwrap_or(rest);
    rest.trim_matches(|c: char| is_blank(c) || "：:，,！!。".contains(c)).is_empty()
        || CUES.greeting.iter().any(|g| first.contains(g.as_str()))
}

/// Is a line the heading of a report's first part (一、 …)?
fn is_first_part(line: &str) -> bool {
    let t = line.trim_start_matches(|c| is_blank(c) || MARKUP.contains(&c));
    t.starts_with("一、")
}

/// Does a line look like a heading of the outline (一、 …)?
fn is_level1_heading(line: &str) -> bool {
    let t = line.trim_start_matches(is_blank);
    let n = t.chars().take_while(|c| CN_ORDINAL.contains(*c)).count();
    n > 0 && t.chars().nth(n) == Some('、')
}

/// Find header and body.
pub fn find(s: &str) -> Bounds {
    let ls = lines(s);
    let opening = ls.iter().position(|l| is_opening(l.text(s)));
    let first_part = || ls.iter().position(|l| is_first_part(l.text(s)));
    let start_idx = match opening {
        // 一、过去五年的工作回顾 … 各位代表，五年成绩的取得…: a report without its greeting, whose
        // first 各位代表 addresses the deputies in the middle of its review.
        Some(o) if !is_greeting(ls[o].text(s)) => Some(first_part().filter(|&h| h < o).unwrap_or(o)),
        Some(o) => Some(o),
        None => ls.iter().position(|l| is_level1_heading(l.text(s))),
    };
    let Some(start_idx) = start_idx else {
        return unstructured(s, ls);
    };
    // The end: the first short line after the start that only a web page has.
    let end_idx =
        ls[start_idx + 1..].iter().position(|l| is_end_cue(l.text(s))).map_or(ls.len(), |k| start_idx + 1 + k);
    let body = trim_range(s, &ls, start_idx, end_idx);

    // The header: back from the start over at most HEADER_WINDOW content lines, to the
    // earliest line that is a title, subtitle, meeting or speaker line.
    let mut header_start = None;
    let mut seen = 0;
    let mut k = start_idx;
    while k > 0 && seen < HEADER_WINDOW {
        k -= 1;
        let line = ls[k].text(s);
        if is_end_cue(line) {
            break;
        }
        if is_junk(line) {
            continue;
        }
        seen += 1;
        if is_header_line(&squeeze(line)) {
            header_start = Some(k);
        }
    }
    // A title split over two lines: its first half is not a header line by itself.
    if let Some(h) = header_start {
        let prev = (0..h).rev().find(|&p| !is_junk(ls[p].text(s)));
        if let Some(p) = prev.filter(|&p| title_split(&squeeze(ls[p].text(s)), &squeeze(ls[h].text(s)))) {
            header_start = Some(p);
        }
    }
    let at = ls[start_idx].start;
    let header = header_start.map_or(at..at, |h| ls[h].trimmed(s).start..at);
    Bounds { header, body, found_opening: opening.is_some(), lines: ls }
}

/// A text with neither an opening nor a heading: header lines at its top, if any, and the
/// rest as the body, page junk at both ends trimmed.
fn unstructured(s: &str, ls: Vec<Line>) -> Bounds {
    let mut last_header = None;
    let mut first_header = None;
    let mut seen = 0;
    for (i, l) in ls.iter().enumerate() {
        let t = l.text(s);
        if is_junk(t) {
            continue;
        }
        seen += 1;
        if seen > HEADER_WINDOW {
            break;
        }
        if is_header_line(&squeeze(t)) {
            first_header.get_or_insert(i);
            last_header = Some(i);
        } else if first_header.is_some() {
            break;
        }
    }
    let body_from = last_header.map_or(0, |i| i + 1);
    let body = trim_range(s, &ls, body_from, ls.len());
    let header = match first_header {
        Some(h) => ls[h].trimmed(s).start..body.start.max(ls[h].trimmed(s).start),
        None => 0..0,
    };
    Bounds { header, body, found_opening: false, lines: ls }
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
        let at = ls.get(a).map_or(s.len(), |l| l.start);
        return at..at;
    }
    ls[a].trimmed(s).start..ls[b - 1].trimmed(s).end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first-character refusal changes no answer: every end cue, behind blanks and
    /// brackets, short and long, and lines that are none.
    #[test]
    fn end_cues_are_refused_by_their_first_character_only_when_they_are_none() {
        let counted = |line: &str| {
            let t = squeeze(line);
            let t = t.trim_start_matches(['【', '[']);
            t.chars().count() <= END_CUE_MAX_CHARS && JUNK.end_cues.iter().any(|c| t.starts_with(c.as_str()))
        };
        let mut lines = vec![String::new(), "增长5%。".into(), "【".into(), " 　".into()];
        for c in &JUNK.end_cues {
            for pre in ["", " ", "【", "[ 【", "　　", "x"] {
                for post in ["", "：", "：某某", &"长".repeat(40)] {
                    lines.push(format!("{pre}{c}{post}"));
                }
            }
        }
        for l in &lines {
            assert_eq!(is_end_cue(l), counted(l), "{l}");
        }
    }

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
    fn a_repeated_copy_after_the_print_links_is_not_body() {
        let s = "某省人民政府工作报告\n各位代表：\n一、回顾\n增长5%。\n责任编辑：\n某某\n打印本页\n关闭窗口\n某省人民政府工作报告\n各位代表：现在……\n";
        let b = find(s);
        assert_eq!(&s[b.body.clone()], "各位代表：\n一、回顾\n增长5%。");
    }

    /// A report without its greeting opens at its first part; the 各位代表 that thanks everyone
    /// after the review is no opening. A greeting after a first part still opens the speech.
    #[test]
    fn an_address_in_the_middle_is_no_opening() {
        let s = "2013年某市人民政府工作报告\n  一、过去五年的工作回顾  \n增长5%。\n各位代表，五年成绩的取得，是全市人民共同努力的结果。在此，我代表市人民政府，致以崇高的敬意！\n二、今后五年的目标任务\n增长6%。\n";
        let b = find(s);
        assert!(s[b.body.clone()].starts_with("一、过去五年的工作回顾"), "{}", &s[b.body.clone()]);
        let s = "目录\n一、工作回顾\n二、工作安排\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、工作回顾\n增长5%。\n";
        assert!(s[find(s).body.clone()].starts_with("各位代表：\n现在"));
        let s = "一、工作回顾\n各位代表，现在我代表市人民政府向大会报告工作，请予审议。\n增长5%。\n";
        assert!(s[find(s).body.clone()].starts_with("各位代表，现在"));
    }

    #[test]
    fn annexes_stay_in_the_body() {
        let s = "各位代表：\n一、回顾\n增长5%。\n附件1\n2026年省十件民生实事\n一、提高低保标准。\n";
        assert!(find(s).body.end == s.trim_end().len());
    }

    #[test]
    fn long_lines_starting_with_a_cue_are_text() {
        assert!(!is_junk("来源于群众的意见建议，我们逐条研究办理，推动解决了一批群众关心的实际问题"));
        assert!(is_junk("来源：解放日报"));
        assert!(is_junk("　"));
        assert!(is_junk("2026年02月10日 07时41分"));
        assert!(is_junk("2026-02-03 09:02:33"));
        assert!(!is_junk("2022年1月9日"));
        assert!(is_junk("自治区人民政府主席包钢作政府工作报告。本报记者 韩卿立 摄"));
    }

    #[test]
    fn no_opening_no_heading_is_unstructured() {
        let s = "政府工作报告\n这是一段没有结构的文字。\n";
        let b = find(s);
        assert!(!b.found_opening);
        assert_eq!(&s[b.header.clone()], "政府工作报告\n");
        assert_eq!(&s[b.body.clone()], "这是一段没有结构的文字。");
        let empty = find("");
        assert_eq!((empty.header, empty.body), (0..0, 0..0));
    }
}
