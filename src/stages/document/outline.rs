//! The outline (`sections`): headings at three levels, the 名词解释 block, annexes, and the
//! span of each section.
//!
//! Levels follow the markers: 1 for `一、`, 2 for `（一）` or `(一)`, 3 for `1.` `1．` `1、` or
//! `（1）`. Two kinds of unmarked level-1 sections: short lines that name a part of the report
//! (`“十四五”时期发展成就和2025年工作回顾`, recognised by the `heading` cues of
//! `dict/section_cues.tsv` when they stand as a paragraph of their own), and blocks at the end
//! (the 名词解释 block, `glossary` cues; annexes such as `附件1`, `annex` cues). Lines inside
//! those blocks are entries, not headings. Paragraph heads such as 一是 or ——综合实力… are not
//! sections, and a marker out of sequence (`一、二、三产业…` after `三、`) is text, not a heading.
//!
//! Spans run from the marker to the last non-blank character before the next heading of the
//! same or a higher level (or the end of the body). One refinement follows the seed gold: when
//! the `（一）` headings of a part are run-in (`（一）标题。正文…`) and each of them but the last is
//! a single paragraph, the last one is a single paragraph too, and what follows it (a summary,
//! the closing words) belongs to the part only.

use std::sync::LazyLock;

use super::body::Bounds;
use super::cues::CUES;
use crate::lang::chars::{is_blank, is_digit};
use crate::lang::numerals::{CN_ORDINAL, leading_number, small_number};
use crate::lang::text::{Line, Text, holds_char, squeeze};
use crate::model::SectionRow;

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
    /// An annex of the report (附件1 …), other than the glossary.
    pub is_annex: bool,
}

/// The outline of one report.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    pub sections: Vec<Section>,
}

/// Longest heading text of an unmarked heading, in characters.
const UNMARKED_MAX_CHARS: usize = 40;
/// Longest title after an annex label.
const ANNEX_TITLE_MAX_CHARS: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeadingKind {
    Marked,
    Unmarked,
    Glossary,
    Annex,
}

/// A heading recognised on one line.
#[derive(Debug)]
struct Head {
    level: usize,
    marker: Option<String>,
    /// The number of the marker (3 for 三、 or （三） or 3.), for the sequence check.
    number: Option<u32>,
    /// Byte offset in the line where the heading text starts (after the marker).
    text_start: usize,
    kind: HeadingKind,
}

/// Where a run-in paragraph starts after a heading set apart by blanks (the masked markup of
/// `**一、2011年工作回顾** 过去的一年，…`): the byte offset in `text` of the first run of two or
/// more blanks before the first 。, when words stand before it and a paragraph (with a clause or
/// sentence mark) after it. A heading's own words hold no such gap and no mark after it.
fn run_in_gap(text: &str) -> Option<usize> {
    let stop = text.find('。').unwrap_or(text.len());
    let mut blanks = 0;
    let mut gap = None;
    for (i, c) in text[..stop].char_indices() {
        if is_blank(c) {
            if blanks == 0 {
                gap = Some(i);
            }
            blanks += 1;
            continue;
        }
        if blanks >= 2
            && let Some(g) = gap
            && !text[..g].trim_matches(is_blank).is_empty()
        {
            let rest = &text[i..];
            return rest.contains(['，', '。', '；', '！', '？']).then_some(g);
        }
        blanks = 0;
    }
    None
}

/// An annex label at the start of a squeezed line: `附件`, `附件2`, `附件二：`; returns the
/// label's length in bytes (of the squeezed line).
fn annex_label(sq: &str) -> Option<usize> {
    let cue = CUES.annex.iter().find(|c| sq.starts_with(c.as_str()))?;
    let rest = &sq[cue.len()..];
    let num = rest.chars().take_while(|c| is_digit(*c) || CN_ORDINAL.contains(*c)).map(char::len_utf8).sum::<usize>();
    let after = &rest[num..];
    let colon = after.chars().next().filter(|c| matches!(c, '：' | ':')).map_or(0, char::len_utf8);
    Some(cue.len() + num + colon)
}

/// The byte offset of the last （ or ( of a text (`t.rfind(['（', '('])`, by two byte
/// searches: every line of the body is asked).
fn last_open_bracket(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let ascii = memchr::memrchr(b'(', b);
    let wide = memchr::memmem::rfind(b, "（".as_bytes());
    ascii.max(wide)
}

/// Is a squeezed text a glossary heading? A glossary cue (名词解释), in brackets or not, after
/// lead words (附：, 有关, 部分, in any order) and a 《title》, and before a bracketed note:
/// 名 词 解 释：, （名词解释）, 附：相关名词解释, 《政府工作报告》有关名词解释（注：按出现先后排序）.
fn is_glossary_heading(sq: &str) -> bool {
    let mut t = sq.trim_start_matches(['（', '(', '【', '[']).trim_end_matches(['）', ')', '】', ']', '：', ':']);
    // A note in brackets after the cue: （注：按在报告中出现的先后排序）.
    if let Some(open) = last_open_bracket(t).filter(|&o| o > 0) {
        let head = t[..open].trim_end_matches(['：', ':']);
        if CUES.glossary.iter().any(|g| head.ends_with(g.as_str())) {
            t = head;
        }
    }
    loop {
        // A cue may begin with a lead word (用语说明 after 有关): test before each strip.
        if CUES.glossary.iter().any(|g| t == g) {
            return true;
        }
        let before = t.len();
        if let Some(rest) = t.strip_prefix('《').and_then(|r| r.find('》').map(|c| &r[c + '》'.len_utf8()..])) {
            t = rest;
        }
        if let Some(lead) = CUES.glossary_lead.iter().filter(|w| t.starts_with(w.as_str())).max_by_key(|w| w.len()) {
            t = &t[lead.len()..];
        }
        if t.len() == before {
            // Nothing left to strip: `t` was tested above.
            return false;
        }
    }
}

/// Recognise a heading at the start of a trimmed line: a block label (名词解释, 附件1), a marker
/// (一、 （一） （1） 1.), or a short unmarked line naming a part of the report.
fn recognise(t: &str) -> Option<Head> {
    // Most lines are paragraphs that none of the tests on the squeezed line can take: those
    // are not squeezed (see [`may_need_squeezed`]).
    let sq = may_need_squeezed(t).then(|| squeeze(t));
    let sq = sq.as_deref();
    if sq.is_some_and(is_glossary_heading) {
        return Some(Head { level: 1, marker: None, number: None, text_start: 0, kind: HeadingKind::Glossary });
    }
    if let Some(h) = sq.and_then(|sq| annex_head(t, sq)).or_else(|| level1_marker(t)) {
        return Some(h);
    }
    // A line opening with a bracket is a heading only when the bracket holds its number.
    if let Some(rest) = t.strip_prefix('（').or_else(|| t.strip_prefix('(')) {
        return bracketed_marker(t, rest);
    }
    level3_marker(t).or_else(|| sq.and_then(unmarked_head))
}

/// Whether a line could pass a test that reads it squeezed: a glossary heading holds a
/// glossary cue (so every character of the cue), an annex label opens with an annex cue, an
/// unmarked heading has at most [`UNMARKED_MAX_CHARS`] characters besides its blanks. A line
/// that can pass none gives the same heading (or none) without being squeezed.
fn may_need_squeezed(t: &str) -> bool {
    let first_char = |w: &String| w.chars().next();
    let first = t.chars().find(|&c| !is_blank(c));
    (may_end_in_glossary_cue(t) && CUES.glossary.iter().any(|g| g.chars().all(|c| holds_char(t, c))))
        || CUES.annex.iter().any(|a| first_char(a).is_none_or(|c| first == Some(c)))
        || t.chars().filter(|&c| !is_blank(c)).take(UNMARKED_MAX_CHARS + 1).count() <= UNMARKED_MAX_CHARS
}

/// Whether a line has the end of a glossary heading: [`is_glossary_heading`] takes a squeezed
/// line whose end, past closing brackets and colons, is a glossary cue, or one with a bracket
/// (a note after the cue). Most paragraphs end in 。 and hold no bracket: their characters are
/// then not looked for one by one (a search of the whole line for each).
fn may_end_in_glossary_cue(t: &str) -> bool {
    static WIDE_OPEN: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("（".as_bytes()).into_owned());
    let last = t.chars().rev().find(|&c| !is_blank(c) && !matches!(c, '）' | ')' | '】' | ']' | '：' | ':'));
    last.is_some_and(|c| CUES.glossary.iter().any(|g| g.ends_with(c)))
        || memchr::memchr(b'(', t.as_bytes()).is_some()
        || WIDE_OPEN.find(t.as_bytes()).is_some()
}

/// An annex label with a short title or none (`附件1`, `附件2 名词解释`).
fn annex_head(t: &str, sq: &str) -> Option<Head> {
    let label = annex_label(sq)?;
    let rest = &sq[label..];
    if rest.chars().count() > ANNEX_TITLE_MAX_CHARS || rest.contains(['。', '；', '，']) {
        return None;
    }
    // Map the label's end back to the unsqueezed line.
    let n_label = sq[..label].chars().count();
    let mut seen = 0;
    let mut text_start = t.len();
    for (b, c) in t.char_indices() {
        if seen == n_label {
            text_start = b;
            break;
        }
        if !is_blank(c) {
            seen += 1;
        }
    }
    let marker = t[..text_start].trim_matches(is_blank).trim_end_matches(['：', ':']).to_string();
    let kind = if is_glossary_heading(rest) { HeadingKind::Glossary } else { HeadingKind::Annex };
    Some(Head { level: 1, marker: Some(marker), number: None, text_start, kind })
}

/// 一、 … (but not 一、二、三产业).
fn level1_marker(t: &str) -> Option<Head> {
    let n1 = t.chars().take_while(|c| CN_ORDINAL.contains(*c)).count();
    if n1 == 0 {
        return None;
    }
    let mut it = t.char_indices().skip(n1);
    let Some((b, '、')) = it.next() else { return None };
    let next_is_list =
        it.next().is_some_and(|(_, c)| CN_ORDINAL.contains(c)) && it.next().is_some_and(|(_, c)| c == '、');
    if next_is_list {
        return None;
    }
    let m = b + '、'.len_utf8();
    Some(Head {
        level: 1,
        marker: Some(t[..m].to_string()),
        number: small_number(&t[..b]),
        text_start: m,
        kind: HeadingKind::Marked,
    })
}

/// （一） or (一) at level 2; （1） or (1) at level 3. `rest` is the line after the bracket.
fn bracketed_marker(t: &str, rest: &str) -> Option<Head> {
    let close = rest.find(['）', ')'])?;
    let inner = rest[..close].trim_matches(is_blank);
    let open_len = t.len() - rest.len();
    let close_len = rest[close..].chars().next().map_or(1, char::len_utf8);
    let m = open_len + close + close_len;
    if !inner.is_empty() && inner.chars().all(|c| CN_ORDINAL.contains(c)) {
        let number = small_number(inner);
        return Some(Head {
            level: 2,
            marker: Some(t[..m].to_string()),
            number,
            text_start: m,
            kind: HeadingKind::Marked,
        });
    }
    let (nb, nd, number) = leading_number(inner);
    if nd > 0 && nd <= 2 && nb == inner.len() {
        return Some(Head {
            level: 3,
            marker: Some(t[..m].to_string()),
            number,
            text_start: m,
            kind: HeadingKind::Marked,
        });
    }
    None
}

/// 1. 1． 1、 — but not 1.3万 (a decimal).
fn level3_marker(t: &str) -> Option<Head> {
    let (nb, nd, number) = leading_number(t);
    if !(1..=2).contains(&nd) {
        return None;
    }
    let mut it = t[nb..].chars();
    if let Some(p @ ('.' | '．' | '、')) = it.next()
        && it.next().is_some_and(|c| !is_digit(c))
    {
        let m = nb + p.len_utf8();
        return Some(Head {
            level: 3,
            marker: Some(t[..m].to_string()),
            number,
            text_start: m,
            kind: HeadingKind::Marked,
        });
    }
    None
}

/// An unmarked short line naming a part of the report (the context is checked by the caller).
fn unmarked_head(sq: &str) -> Option<Head> {
    // (Counted no further than the longest such heading: most lines are paragraphs.)
    let n = sq.chars().take(UNMARKED_MAX_CHARS + 1).count();
    let names_a_part = (4..=UNMARKED_MAX_CHARS).contains(&n)
        && !sq.ends_with(['。', '；', '：', '，', '！', ':', ';', '、'])
        && !sq.contains(['。', '；'])
        && CUES.heading.iter().any(|c| sq.contains(c.as_str()));
    names_a_part.then_some(Head { level: 1, marker: None, number: None, text_start: 0, kind: HeadingKind::Unmarked })
}

/// Longest slogan part title, in characters (打赢收官战，全面建成小康社会胜利在望 has 18).
const SLOGAN_MAX_CHARS: usize = 30;
/// How many slogan part titles a report has (they stand for 一、二、三、).
const SLOGAN_PARTS: std::ops::RangeInclusive<usize> = 2..=6;

/// Part titles written as slogans without a number or a cue word, in a report whose parts are
/// not numbered (镇江市 2021: 打赢收官战，全面建成小康社会胜利在望 / 开启新征程，“十四五”宏伟目标催人
/// 奋进 / 奋战起步年，新征程新开局蹄疾步稳). A line counts when it stands alone between paragraphs
/// (after a line that ends one, before a line of running text or a marked heading), is short,
/// holds no sentence or list mark, and is not a heading already; and only when the report has
/// [`SLOGAN_PARTS`] of them and no numbered level-1 heading (一、), so that a report with
/// numbered parts or a page of short lines gains nothing. Returns the line indices.
/// `heads` holds what [`recognise`] reads on each line.
fn slogan_parts(s: &str, lines: &[Line], heads: &[Option<Head>]) -> Vec<usize> {
    if heads.iter().flatten().any(|h| h.level == 1 && h.number.is_some()) {
        return vec![];
    }
    let found: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            let sq = squeeze(lines[i].text(s));
            let n = sq.chars().count();
            let before_ok = i == 0 || ends_paragraph(lines[i - 1].text(s)) || heads[i - 1].is_some();
            let after_ok = lines.get(i + 1).is_some_and(|next| {
                heads[i + 1].as_ref().is_some_and(|h| h.kind == HeadingKind::Marked)
                    || squeeze(next.text(s)).chars().count() > SLOGAN_MAX_CHARS
            });
            heads[i].is_none()
                && before_ok
                && after_ok
                && (6..=SLOGAN_MAX_CHARS).contains(&n)
                && sq.chars().any(crate::lang::chars::is_han)
                && !sq.contains(['。', '；', '：', '！', '？', '、', ':', ';', '!', '?', '…'])
                && !sq.starts_with(['—', '-', '·', '（', '(', '【', '[', '《'])
                && !sq.ends_with(['，', ',', '—', '）', ')'])
        })
        .collect();
    if SLOGAN_PARTS.contains(&found.len()) { found } else { vec![] }
}

/// A heading that stands as a title: no sentence mark in it, and short.
fn is_title_line(rest: &str) -> bool {
    !rest.contains(['。', '；', '！', '？']) && rest.trim_matches(is_blank).chars().count() <= UNMARKED_MAX_CHARS
}

/// Does a line end a paragraph, so that a short line after it can be a heading of its own?
fn ends_paragraph(t: &str) -> bool {
    t.trim_end_matches(is_blank).ends_with(['。', '！', '？', '；', '：', ':', '”', '!', '?', ';', '…'])
}

/// A line that only holds an opening bracket, the rest of its marker on the next line
/// (`（` / `三）改革开放…`, a scraping artefact).
fn is_lone_bracket(t: &str) -> bool {
    matches!(t, "（" | "(")
}

/// Build the outline of the body.
///
/// Longer than 100 lines on purpose: one pass over the lines whose state (inside a glossary or
/// annex block, the last number at each level, whether the previous line ended a paragraph or
/// was a heading) decides whether the next line is a heading; kept in one place so that every
/// rule sees the same state. The steps are commented in the body.
pub fn outline(s: &str, b: &Bounds) -> Outline {
    let body_lines: Vec<Line> = b
        .lines
        .iter()
        // The body starts at its first visible character: a first line indented by masked
        // markup (`**一、过去五年的工作回顾**`) starts before it and still belongs to it.
        .filter(|l| l.end > b.body.start && l.start < b.body.end.max(b.body.start + 1))
        .map(|l| Line { start: l.start.max(b.body.start), end: l.end.min(b.body.end) }.trimmed(s))
        .filter(|l| l.end > l.start)
        .collect();
    let mut secs: Vec<Section> = Vec::new();
    let mut run_in: Vec<Option<usize>> = Vec::new(); // paragraph end of run-in headings
    let mut in_block = false; // inside the glossary or an annex
    // Last marker number per level, reset when a higher level starts.
    let mut last_no = [0u32; 4];
    let mut prev_ends_paragraph = true;
    let mut prev_was_heading = true;
    // Each line read once: the slogan pass and the loop below share it.
    let mut heads: Vec<Option<Head>> = body_lines.iter().map(|l| recognise(l.text(s))).collect();
    let slogans = slogan_parts(s, &body_lines, &heads);
    let mut i = 0;
    while i < body_lines.len() {
        let mut line = body_lines[i];
        let start = line.start;
        let raw = line.text(s);
        let mut joined = None;
        if is_lone_bracket(raw) && i + 1 < body_lines.len() {
            joined = Some(format!("{raw}{}", body_lines[i + 1].text(s)));
        }
        let t: &str = joined.as_deref().unwrap_or(raw);
        let slogan = || {
            slogans.binary_search(&i).is_ok().then_some(Head {
                level: 1,
                marker: None,
                number: None,
                text_start: 0,
                kind: HeadingKind::Unmarked,
            })
        };
        // A marker split over two lines is read on the joined text; any other line as read above.
        let read = if joined.is_some() { recognise(t) } else { heads[i].take() };
        let head = read.or_else(slogan).filter(|h| {
            let ok_context = h.kind != HeadingKind::Unmarked || prev_ends_paragraph || prev_was_heading;
            let ok_block = !in_block || matches!(h.kind, HeadingKind::Glossary | HeadingKind::Annex);
            // A second list of （一）… in the same part, after paragraphs of text (南通 2016: the
            // year's results （一）…（五）, then the five years' （一）…（六）) starts afresh.
            let restart = h.level == 2 && h.number == Some(1) && last_no[2] >= 2 && !prev_was_heading;
            // So does a second run of parts 一、…: the plan's parts after the review's, with no
            // heading of their own between them (四川 2004: 一、…三、 of the year's results, a
            // paragraph of targets, then 一、…五、 of the tasks). Only a title line restarts: an
            // item of a list written 一、… in the text ends in a full stop.
            let restart = restart
                || (h.level == 1
                    && h.number == Some(1)
                    && last_no[1] >= 2
                    && !prev_was_heading
                    && h.kind == HeadingKind::Marked
                    && is_title_line(&t[h.text_start..]));
            let ok_number = restart || h.number.is_none_or(|n| n > last_no[h.level]);
            ok_context && ok_block && ok_number && (joined.is_none() || h.level >= 2)
        });
        let Some(h) = head else {
            prev_ends_paragraph = ends_paragraph(raw);
            prev_was_heading = false;
            i += 1;
            continue;
        };
        let mut text_start_in_line = h.text_start;
        if joined.is_some() {
            // The marker spans two lines: heading text is on the second.
            i += 1;
            line = body_lines[i];
            text_start_in_line = h.text_start - raw.len();
        }
        let mut marker = h.marker.as_deref().map(|m| squeeze(m).into_owned());
        let mut is_glossary = h.kind == HeadingKind::Glossary;
        let mut text = line.text(s)[text_start_in_line..].trim_matches(is_blank).to_string();
        let mut text_from = line.start + text_start_in_line;
        // An annex label alone takes its title from the next line (附件1 / 2026年省十件民生实事;
        // 附件2 / 名词解释).
        if matches!(h.kind, HeadingKind::Annex | HeadingKind::Glossary)
            && h.marker.is_some()
            && text.is_empty()
            && let Some(next) = body_lines.get(i + 1)
        {
            let nt = next.text(s);
            let nsq = squeeze(nt);
            if nsq.chars().count() <= ANNEX_TITLE_MAX_CHARS && !nsq.contains(['。', '；', '，']) {
                is_glossary = is_glossary || is_glossary_heading(&nsq);
                text = nt.to_string();
                text_from = next.start;
                line = *next;
                i += 1;
            }
        }
        let (heading, heading_end, paragraph_end) = match h.kind {
            HeadingKind::Glossary if h.marker.is_none() => (t.trim_matches(is_blank).to_string(), line.end, None),
            HeadingKind::Marked if let Some(g) = run_in_gap(&text) => {
                let lead = line.text(s)[text_start_in_line..].len()
                    - line.text(s)[text_start_in_line..].trim_start_matches(is_blank).len();
                (text[..g].trim_matches(is_blank).to_string(), text_from + lead + g, Some(line.end))
            }
            HeadingKind::Marked => match text.find('。') {
                Some(p) if !text[p + '。'.len_utf8()..].trim_matches(is_blank).is_empty() => {
                    let lead = line.text(s)[text_start_in_line..].len()
                        - line.text(s)[text_start_in_line..].trim_start_matches(is_blank).len();
                    (text[..p].trim_matches(is_blank).to_string(), text_from + lead + p, Some(line.end))
                }
                Some(p) => (text[..p].trim_matches(is_blank).to_string(), line.end, None),
                None => (text.clone(), line.end, None),
            },
            _ => (text.clone(), line.end, None),
        };
        if heading.is_empty() && marker.is_none() {
            i += 1;
            continue;
        }
        if heading.is_empty() {
            // A bare label with no title: the label is the heading.
            marker = None;
        }
        let heading = if heading.is_empty() { squeeze(t).into_owned() } else { heading };
        if let Some(n) = h.number {
            last_no[h.level] = n;
        }
        for n in last_no.iter_mut().skip(h.level + 1) {
            *n = 0;
        }
        if h.level == 1 && h.number.is_none() {
            // An unmarked part or a block: numbering of its children starts afresh.
            last_no[2] = 0;
            last_no[3] = 0;
            // A part named without a number (**2006年工作部署**) may number its items 一、二、 again,
            // after the items 一、…十、 of the part before: they are its items, not text.
            if h.kind == HeadingKind::Unmarked {
                last_no[1] = 0;
            }
        }
        in_block = matches!(h.kind, HeadingKind::Glossary | HeadingKind::Annex) || is_glossary;
        secs.push(Section {
            id: secs.len() + 1,
            parent: None,
            level: h.level,
            marker,
            heading,
            start,
            end: 0,
            heading_end,
            is_glossary,
            is_annex: h.kind == HeadingKind::Annex && !is_glossary,
        });
        run_in.push(paragraph_end);
        prev_ends_paragraph = true;
        prev_was_heading = true;
        i += 1;
    }
    spans(s, b, &mut secs, &run_in);
    Outline { sections: secs }
}

/// Parents and spans (see the module docs).
fn spans(s: &str, b: &Bounds, secs: &mut [Section], run_in: &[Option<usize>]) {
    let n = secs.len();
    // One pass with a stack of open sections (levels strictly increasing): a section closes
    // at the next one of the same or a higher level; the open one below it is its parent.
    let mut open: Vec<usize> = Vec::new();
    for i in 0..n {
        while let Some(&j) = open.last().filter(|&&j| secs[j].level >= secs[i].level) {
            secs[j].end = trim_end(s, secs[j].start, secs[i].start.max(secs[j].start));
            open.pop();
        }
        secs[i].parent = open.last().map(|&j| secs[j].id);
        open.push(i);
    }
    for j in open {
        secs[j].end = trim_end(s, secs[j].start, b.body.end.max(secs[j].start));
    }
    // Run-in groups: the children of one parent at one level.
    let mut groups: std::collections::BTreeMap<(Option<usize>, usize), Vec<usize>> = Default::default();
    for (j, sec) in secs.iter().enumerate() {
        groups.entry((sec.parent, sec.level)).or_default().push(j);
    }
    for ((_, level), group) in groups {
        let single = |j: usize| run_in[j].is_some_and(|pe| secs[j].end == trim_end(s, secs[j].start, pe));
        let Some((&last, rest)) = group.split_last() else { continue };
        if rest.is_empty() || !rest.iter().all(|&j| single(j)) {
            continue;
        }
        let has_children = secs.get(last + 1).is_some_and(|x| x.level > level);
        if let (Some(pe), false) = (run_in[last], has_children) {
            secs[last].end = trim_end(s, secs[last].start, pe.min(secs[last].end).max(secs[last].start));
        }
    }
    // A child never outruns its parent.
    for i in 0..n {
        if let Some(p) = secs[i].parent {
            let pe = secs[p - 1].end;
            if secs[i].end > pe {
                secs[i].end = pe.max(secs[i].start);
            }
        }
    }
}

fn trim_end(s: &str, start: usize, end: usize) -> usize {
    start + s[start..end].trim_end_matches(is_blank).len()
}

impl Outline {
    /// The innermost section containing a byte offset.
    ///
    /// Spans are nested or disjoint, so the answer is the last section starting at or before
    /// the offset, or the nearest of its ancestors that reaches it: O(log n + depth).
    pub fn innermost(&self, byte: usize) -> Option<&Section> {
        let k = self.sections.partition_point(|s| s.start <= byte);
        let mut cur = k.checked_sub(1).and_then(|i| self.sections.get(i));
        while let Some(sec) = cur {
            if byte < sec.end {
                return Some(sec);
            }
            cur = sec.parent.and_then(|p| self.get(p));
        }
        None
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

    /// (level, marker, heading, parent, text of the span) of each section.
    type Row = (usize, Option<String>, String, Option<usize>, String);

    fn outline_of(s: &str) -> Vec<Row> {
        let b = super::super::body::find(s);
        let o = outline(s, &b);
        o.sections
            .iter()
            .map(|x| (x.level, x.marker.clone(), x.heading.clone(), x.parent, s[x.start..x.end].to_string()))
            .collect()
    }

    /// A body that starts at a heading indented by masked markup keeps that heading.
    /// Lines read without squeezing get what squeezing them would give.
    #[test]
    fn lines_not_squeezed_read_as_squeezed() {
        let squeezed_first = |t: &str| {
            let sq = squeeze(t);
            if is_glossary_heading(&sq) {
                return Some((1, HeadingKind::Glossary));
            }
            if let Some(h) = annex_head(t, &sq).or_else(|| level1_marker(t)) {
                return Some((h.level, h.kind));
            }
            if let Some(rest) = t.strip_prefix('（').or_else(|| t.strip_prefix('(')) {
                return bracketed_marker(t, rest).map(|h| (h.level, h.kind));
            }
            level3_marker(t).or_else(|| unmarked_head(&sq)).map(|h| (h.level, h.kind))
        };
        let para = "全年地区生产总值增长5.2%，一般公共预算收入增长6%，城乡居民人均可支配收入分别增长5%和7%。".repeat(3);
        for t in [
            para.as_str(),
            "名 词 解 释",
            "附件1 名词解释",
            "附件2：2026年省十件民生实事",
            "《政府工作报告》有关名词解释（注：按出现先后排序）",
            "一、2022年工作回顾",
            "（三）服务业发展加快推进。正文",
            "今后五年的主要任务",
            &format!("　　{para}"),
            &format!("{para}名词解释"),
            &format!("{para}名 词 解 释 ：） "),
            &format!("{para}用语说明【"),
            &format!("{}（注：按出现先后排序", "名词解释".repeat(12)),
            &format!("{}(注", "释义".repeat(30)),
        ] {
            let got = recognise(t).map(|h| (h.level, h.kind));
            assert_eq!(got, squeezed_first(t), "{t}");
        }
        assert!(!may_need_squeezed(&para));
    }

    /// Every glossary heading has the end [`may_end_in_glossary_cue`] looks for; a paragraph
    /// ending in 。 without a bracket has not.
    #[test]
    fn glossary_headings_end_in_a_cue_or_hold_a_note() {
        for t in [
            "名词解释",
            "名 词 解 释：",
            "（名词解释）",
            "【 用语说明 】 ",
            "附：相关名词解释",
            "《政府工作报告》有关名词解释（注：按出现先后排序）",
            "名词解释（注：按出现先后排序",
            "释义(注",
        ] {
            assert!(is_glossary_heading(&squeeze(t)), "{t}");
            assert!(may_end_in_glossary_cue(t), "{t}");
        }
        assert!(!may_end_in_glossary_cue("全年地区生产总值增长5.2%，名词解释见附件。"));
    }

    #[test]
    fn last_open_bracket_is_rfind() {
        for t in ["", "(", "（", "甲（乙(丙", "甲(乙（丙", "名词解释（注：按出现先后排序）", "无括号", "）（"]
        {
            assert_eq!(last_open_bracket(t), t.rfind(['（', '(']), "{t}");
        }
    }

    #[test]
    fn a_first_heading_indented_by_masked_markup_is_a_section() {
        let s = "  一、过去五年的工作回顾  \n增长5%。\n二、今后的任务\n增长6%。\n";
        let got: Vec<String> = outline_of(s).into_iter().map(|r| r.2).collect();
        assert_eq!(got, ["过去五年的工作回顾", "今后的任务"]);
    }

    #[test]
    fn markers() {
        assert_eq!(recognise("一、2022年工作安排").map(|h| h.level), Some(1));
        assert_eq!(recognise("（三）服务业发展加快推进。正文").map(|h| h.level), Some(2));
        assert_eq!(recognise("(3)服务业").map(|h| h.level), Some(3));
        assert_eq!(recognise("2.实现城镇新增就业18万人").map(|h| h.level), Some(3));
        assert!(recognise("1.3万人参加培训").is_none());
        assert!(recognise("一是全力以进促稳。").is_none());
        assert!(recognise("——综合实力显著增强。").is_none());
        assert!(recognise("一、二、三产业增加值分别增长3%").is_none());
        assert!(recognise("名 词 解 释").is_some_and(|h| h.kind == HeadingKind::Glossary));
        assert!(recognise("附件2 名词解释").is_some_and(|h| h.kind == HeadingKind::Glossary));
        for t in [
            "附：相关名词解释",
            "附：部分名词解释",
            "《政府工作报告》名词解释",
            "《政府工作报告》有关名词解释",
            "《政府工作报告》名词解释（注：按在报告中出现的先后排序）",
            "名词解释：",
            "（名词解释）",
        ] {
            assert!(recognise(t).is_some_and(|h| h.kind == HeadingKind::Glossary), "{t}");
        }
        // A sentence about terms, a title alone, a lead word alone: not the block.
        for t in ["《政府工作报告》", "附：", "有关名词解释工作的说明如下", "部分"] {
            assert!(!recognise(t).is_some_and(|h| h.kind == HeadingKind::Glossary), "{t}");
        }
        assert!(recognise("附件1").is_some_and(|h| h.kind == HeadingKind::Annex));
        assert_eq!(recognise("“十四五”时期发展成就和2025年工作回顾").map(|h| h.marker), Some(None));
        assert_eq!(recognise("（十二）全面加强政府自身建设").and_then(|h| h.number), Some(12));
        assert_eq!(recognise("１２．加快交通建设").and_then(|h| h.number), Some(12));
        assert_eq!(recognise("（３）加快交通建设").map(|h| (h.level, h.number)), Some((3, Some(3))));
        assert!(recognise("１．５万人").is_none());
    }

    #[test]
    fn run_in_siblings_that_are_single_paragraphs_end_with_their_paragraph() {
        let s = "各位代表：\n一、回顾\n（一）甲。甲文。\n（二）乙。乙文。\n过去一年总结。\n二、安排\n（一）丙\n丙文一。\n丙文二。\n（二）丁\n丁文。\n结束语。\n";
        let o = outline_of(s);
        let spans: Vec<&str> = o.iter().map(|x| x.4.as_str()).collect();
        assert_eq!(spans[0], "一、回顾\n（一）甲。甲文。\n（二）乙。乙文。\n过去一年总结。");
        assert_eq!(spans[1], "（一）甲。甲文。");
        assert_eq!(spans[2], "（二）乙。乙文。");
        assert_eq!(spans[4], "（一）丙\n丙文一。\n丙文二。");
        assert_eq!(spans[5], "（二）丁\n丁文。\n结束语。");
        assert_eq!(o[1].3, Some(1));
        assert_eq!(o[5].3, Some(4));
    }

    #[test]
    fn run_in_siblings_with_more_paragraphs_run_to_the_next_heading() {
        let s = "各位代表：\n一、安排\n（一）甲。甲文。\n甲续。\n（二）乙。乙文。\n乙续。\n";
        let o = outline_of(s);
        assert_eq!(o[1].4, "（一）甲。甲文。\n甲续。");
        assert_eq!(o[2].4, "（二）乙。乙文。\n乙续。");
    }

    /// The contract's names of the block (名词解释, 名词注释, 释义, 有关用语说明) with their leads;
    /// a heading that only contains one of them is no block.
    #[test]
    fn glossary_headings() {
        for h in [
            "名词解释",
            "附：有关名词解释",
            "名词注释",
            "释义",
            "有关用语释义",
            "有关用语说明",
            "《政府工作报告》有关用语解释",
        ] {
            assert!(is_glossary_heading(h), "{h}");
        }
        for h in ["政策释义工作", "加强用语说明的规范", "二、名词解释工作"] {
            assert!(!is_glossary_heading(h), "{h}");
        }
    }

    /// Assert the (level, marker, heading) of each section.
    fn assert_heads(s: &str, want: &[(usize, Option<&str>, &str)]) {
        let o = outline_of(s);
        let got: Vec<(usize, Option<&str>, &str)> = o.iter().map(|x| (x.0, x.1.as_deref(), x.2.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn unmarked_parts_annexes_and_glossary() {
        let s = "各位代表：\n“十四五”时期发展成就和2025年工作回顾\n增长5%。\n“十五五”时期主要目标和2026年重点工作\n总体要求是：\n一、把铸牢中华民族共同体意识作为主线\n（一）加强建设。正文。\n经济社会发展的\n主要目标\n是：增长5%。\n附件1\n2026年十件民生实事\n一、提高低保标准。\n附件2\n名词解释\n1.“四上”企业：\n指规模以上企业。\n";
        assert_heads(
            s,
            &[
                (1, None, "“十四五”时期发展成就和2025年工作回顾"),
                (1, None, "“十五五”时期主要目标和2026年重点工作"),
                (1, Some("一、"), "把铸牢中华民族共同体意识作为主线"),
                (2, Some("（一）"), "加强建设"),
                (1, Some("附件1"), "2026年十件民生实事"),
                (1, Some("附件2"), "名词解释"),
            ],
        );
        let b = super::super::body::find(s);
        let ol = outline(s, &b);
        assert!(ol.sections[5].is_glossary && ol.sections[4].is_annex);
    }

    /// 新疆 2006, 2010; 酒泉 2023: a part named without a number numbers its items 一、 (or （一）)
    /// afresh after the part before; 2023年政府工作 and 2010年工作部署 name parts.
    #[test]
    fn items_numbered_afresh_under_an_unmarked_part() {
        let s = "各位代表：\n2005年工作回顾\n一、抓好农业。正文。\n二、推进工业。正文。\n2006年工作部署\n一、发展农村经济。正文。\n二、推进新型工业化。正文。\n2023年政府工作\n（一）大抓投资。正文。\n（二）改善结构。正文。\n";
        assert_heads(
            s,
            &[
                (1, None, "2005年工作回顾"),
                (1, Some("一、"), "抓好农业"),
                (1, Some("二、"), "推进工业"),
                (1, None, "2006年工作部署"),
                (1, Some("一、"), "发展农村经济"),
                (1, Some("二、"), "推进新型工业化"),
                (1, None, "2023年政府工作"),
                (2, Some("（一）"), "大抓投资"),
                (2, Some("（二）"), "改善结构"),
            ],
        );
    }

    /// 南通 2016, 长沙 2011: a second list of （一）… in one part, after text, starts afresh; a
    /// （一） right after a heading does not restart a list.
    #[test]
    fn a_second_list_in_one_part_starts_afresh() {
        let s = "各位代表：\n一、回顾\n（一）甲。正文。\n（二）乙。正文。\n五年来的成就：\n（一）丙。正文。\n（二）丁。正文。\n二、安排\n（一）戊。正文。\n";
        assert_heads(
            s,
            &[
                (1, Some("一、"), "回顾"),
                (2, Some("（一）"), "甲"),
                (2, Some("（二）"), "乙"),
                (2, Some("（一）"), "丙"),
                (2, Some("（二）"), "丁"),
                (1, Some("二、"), "安排"),
                (2, Some("（一）"), "戊"),
            ],
        );
    }

    /// 四川 2004: the plan's parts 一、… follow the review's parts 一、…三、 after a paragraph of
    /// targets, with no heading between; they restart the parts. A list item 一、…。 in the text
    /// after them does not.
    #[test]
    fn a_second_run_of_parts_starts_afresh() {
        let s = "各位代表：\n一、经济增长\n正文。\n二、改革开放\n正文。\n三、社会事业\n正文。\n今年的预期目标为：生产总值增长9%。\n一、加强经济调节\n正文。\n二、强化市场监管\n正文。\n三、改善社会管理\n任务如下：\n一、培训农民工。\n二、解决温饱。\n";
        assert_heads(
            s,
            &[
                (1, Some("一、"), "经济增长"),
                (1, Some("二、"), "改革开放"),
                (1, Some("三、"), "社会事业"),
                (1, Some("一、"), "加强经济调节"),
                (1, Some("二、"), "强化市场监管"),
                (1, Some("三、"), "改善社会管理"),
            ],
        );
    }

    #[test]
    fn innermost_walks_up_to_the_enclosing_section() {
        let s =
            "各位代表：\n一、回顾\n（一）甲。甲文。\n（二）乙\n乙文。\n1.丙。丙文。\n乙续。\n结束。\n二、安排\n文。";
        let b = super::super::body::find(s);
        let o = outline(s, &b);
        for byte in (0..s.len()).filter(|&i| s.is_char_boundary(i)) {
            let slow = o.sections.iter().filter(|x| x.start <= byte && byte < x.end).max_by_key(|x| (x.level, x.start));
            assert_eq!(o.innermost(byte).map(|x| x.id), slow.map(|x| x.id), "at {byte}");
        }
    }

    #[test]
    fn many_unmarked_headings_are_linear() {
        let s = format!("各位代表：\n{}", "2025年工作回顾\n增长。\n".repeat(50_000));
        let b = super::super::body::find(&s);
        let t = std::time::Instant::now();
        let o = outline(&s, &b);
        assert_eq!(o.sections.len(), 50_000);
        assert!(t.elapsed().as_secs() < 5, "outline took {:?}", t.elapsed());
    }

    #[test]
    fn a_marker_broken_over_two_lines() {
        let s = "各位代表：\n一、回顾\n（一）甲。甲文。\n（\n二）乙。乙文。\n";
        let o = outline_of(s);
        assert_eq!(o.len(), 3);
        assert_eq!((o[2].1.as_deref(), o[2].2.as_str()), (Some("（二）"), "乙"));
        assert!(o[2].4.starts_with("（\n二）乙"));
    }

    /// A heading set apart from its run-in paragraph by blanks (the masked markup of
    /// `**一、2011年工作回顾** 过去的一年，…`: 宁夏 2012, 青海 2007, 海南 2011) ends at the gap, so
    /// the paragraph's words are no heading (its plan words made 宁夏's review a plan). A gap
    /// inside a heading's own words, with no paragraph after it, does not cut it.
    #[test]
    fn a_heading_set_apart_from_its_run_in_paragraph() {
        let s = "各位代表：\n  一、2011年工作回顾   过去的一年，全区生产总值增长12%。要再接再厉。\n二、2012年  工作安排\n全区生产总值增长10%。\n";
        let o = outline_of(s);
        assert_eq!(o.len(), 2);
        assert_eq!(o[0].2, "2011年工作回顾");
        assert_eq!(o[1].2, "2012年  工作安排");
        assert_eq!(
            run_in_gap(
                "进一步发展现代服务业，在培育新的经济增长点上实现更大突破   坚持把现代服务业作为拉动发展的重要力量。"
            ),
            Some(84)
        );
        assert_eq!(run_in_gap("工作回顾  和安排"), None);
    }
}
