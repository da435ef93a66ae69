//! Markdown inputs (`.md`, `.markdown`, and text files that open with YAML front matter).
//!
//! A Markdown file is decoded like a `.txt`; then its markup is **masked**: every markup
//! character is replaced by an ASCII space, one code point for one code point, line breaks
//! kept. The masked text has the same code points at the same offsets as the decoded file
//! wherever it is not markup, so the stages (which see only the masked text) can never put
//! markup into a surface, subject, heading, term or name, and `text[char_start:char_end]`
//! of the decoded file still equals every surface.
//!
//! Masked:
//! - the YAML front matter: the `---` lines and everything between them (its `title` and
//!   `source` — or `url`, `link` — are returned as [`FrontMatter`]);
//! - HTML comments `<!-- … -->`, also over several lines (an unclosed `<!--` loses only its
//!   four characters);
//! - at the start of a line: block-quote marks `>` (each with the space after it), the `#`s of
//!   an ATX heading (with the space after them, and a closing `#` sequence), `*`/`+` bullets;
//! - thematic breaks (`---`, `***`, `___` lines) and table delimiter rows (`|---|:--:|`);
//! - table pipes `|` in table rows (a row that starts and ends with `|`, or the header and
//!   body rows around a delimiter row);
//! - emphasis: runs of two or more `*` next to text (`**bold**`, also unpaired); a single `*`
//!   or a run of one to three `_` only when paired on the same line around text, with
//!   CommonMark's flanking rules (`_` never inside a word, so `snake_case` and `a__b` stay);
//!   nothing inside a bare URL (`https://…`, `www.…`) is emphasis;
//! - links `[text](target)`: `[` and `](target)` (the text stays); images `![alt](src)`
//!   entirely; autolinks `<https://…>`: the angle brackets;
//! - HTML tags of common elements (`<br>`, `<br/>`, `</p>`, `<span class="x">`);
//! - the backslash of an escape (`\*` keeps its `*`, as text).
//!
//! Headings: an ATX heading line, or a line whose whole visible content is strongly
//! emphasised (`**一、工作回顾**`), is reported in [`Masked::headings`] as the byte range of
//! its visible content in the masked text.

mod front_matter;
mod masker;

use std::ops::Range;

pub use front_matter::{FRONT_MATTER_MAX_LINES, FrontMatter, has_front_matter};
use front_matter::{front_matter_close, parse_front_matter};
use masker::{LineClass, Masker, is_markup_char};

/// A Markdown text with its markup masked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Masked {
    /// The decoded text, markup replaced by spaces (same number of code points).
    pub text: String,
    /// The front matter, when the text opens with one.
    pub front_matter: Option<FrontMatter>,
    /// Byte ranges, in [`Masked::text`], of the visible content of heading lines (`#`
    /// headings and lines that are bold throughout), in order.
    pub headings: Vec<Range<usize>>,
}

/// Mask the markup of a Markdown text. See the module documentation for what is masked.
///
/// Every markup character is ASCII, so lines are found and told plain by their bytes, and
/// only the lines that hold a markup byte are read as characters; the masked text is the
/// decoded text copied, its masked characters written as spaces. (A test checks that this
/// masks exactly what a character-by-character pass over the whole text does.)
pub fn mask(text: &str) -> Masked {
    let b = text.as_bytes();
    // Lines as byte ranges without the `\n` (a `\r` before it is kept in the line).
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', b) {
        lines.push(start..i);
        start = i + 1;
    }
    lines.push(start..b.len());
    // Masked byte ranges (whole characters), in any order, possibly overlapping.
    let mut spans: Vec<Range<usize>> = Vec::new();

    // Front matter.
    let first: Vec<&str> = lines.iter().take(FRONT_MATTER_MAX_LINES).map(|r| &text[r.clone()]).collect();
    let mut body_from = 0;
    let front_matter = front_matter_close(&first).map(|close| {
        spans.extend(lines[..=close].iter().cloned());
        body_from = close + 1;
        parse_front_matter(&first[1..close])
    });

    // HTML comments, also over several lines.
    let from = lines.get(body_from).map_or(b.len(), |r| r.start);
    let comments = comments(b, from);

    // Line classes that depend on neighbouring lines: tables. A line without any byte markup
    // is made of (`plain`) has nothing to mask and is no table row: most lines of a report,
    // never read as characters.
    let body = &lines[body_from.min(lines.len())..];
    let mut marked: Vec<Option<LineChars>> = body
        .iter()
        .map(|r| has_markup_byte(&b[r.clone()]).then(|| LineChars::new(text, r.clone(), &comments)))
        .collect();
    let class: Vec<LineClass> =
        marked.iter().map(|l| l.as_ref().map_or(LineClass::Other, |l| l.masker().classify(&l.view()))).collect();
    let mut table = vec![false; body.len()];
    for k in 0..body.len() {
        if class[k] != LineClass::Delimiter {
            continue;
        }
        if k > 0 && class[k - 1] == LineClass::Piped {
            table[k - 1] = true;
        }
        let mut j = k + 1;
        while j < body.len() && matches!(class[j], LineClass::Piped | LineClass::PipeRow) {
            table[j] = true;
            j += 1;
        }
    }

    // Headings as byte ranges of the decoded text, in order.
    let mut heading_bytes: Vec<(usize, usize)> = Vec::new();
    for (k, r) in body.iter().enumerate() {
        let Some(l) = marked[k].take() else { continue };
        match class[k] {
            LineClass::Delimiter | LineClass::Break => {
                spans.push(r.clone());
                continue;
            }
            LineClass::Blank => continue,
            _ => {}
        }
        let pipes = table[k] || class[k] == LineClass::PipeRow;
        let view = l.view();
        let mut m = l.masker();
        if let Some((a, z)) = m.line(&view, pipes) {
            heading_bytes.push((l.offs[a], l.offs[z]));
        }
        let mut c = 0;
        while c < m.mask.len() {
            if !m.mask[c] {
                c += 1;
                continue;
            }
            let run = c;
            while c < m.mask.len() && m.mask[c] {
                c += 1;
            }
            spans.push(l.offs[run]..l.offs[c]);
        }
    }
    spans.extend(comments);

    // The masked text, and the headings' byte ranges in it.
    spans.retain(|r| r.start < r.end);
    spans.sort_unstable_by_key(|r| r.start);
    let marks: Vec<usize> = heading_bytes.iter().flat_map(|&(a, z)| [a, z]).collect();
    let mut mapped = Vec::with_capacity(marks.len());
    let mut mk = 0;
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    let mut k = 0;
    loop {
        // The next masked range, merged with those that overlap or touch it.
        let sp = match spans.get(k) {
            Some(first) => {
                let mut sp = first.clone();
                k += 1;
                while let Some(r) = spans.get(k).filter(|r| r.start <= sp.end) {
                    sp.end = sp.end.max(r.end);
                    k += 1;
                }
                sp
            }
            None => b.len()..b.len(),
        };
        while mk < marks.len() && marks[mk] <= sp.start {
            mapped.push(out.len() + marks[mk] - cursor);
            mk += 1;
        }
        out.push_str(&text[cursor..sp.start]);
        for (i, c) in text[sp.clone()].char_indices() {
            while mk < marks.len() && marks[mk] == sp.start + i {
                mapped.push(out.len());
                mk += 1;
            }
            out.push(if c == '\n' || c == '\r' { c } else { ' ' });
        }
        cursor = sp.end;
        if sp.start == b.len() {
            break;
        }
    }
    let headings = mapped.chunks_exact(2).map(|p| p[0]..p[1]).collect();
    Masked { text: out, front_matter, headings }
}

/// Whether a byte is one of the (ASCII) characters markup is made of ([`is_markup_char`]).
fn is_markup_byte(x: u8) -> bool {
    x.is_ascii() && is_markup_char(char::from(x))
}

/// Whether a line holds a markup byte. Eight bytes a step: a step of Chinese text most
/// often holds no ASCII byte at all (every byte has its top bit set), and only a step that
/// does is read byte by byte.
fn has_markup_byte(b: &[u8]) -> bool {
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut words = b.chunks_exact(8);
    for w in words.by_ref() {
        let x = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        if x & HI != HI && w.iter().any(|&x| is_markup_byte(x)) {
            return true;
        }
    }
    words.remainder().iter().any(|&x| is_markup_byte(x))
}

/// `<!-- … -->` from byte `from` on, as byte ranges in order.
fn comments(b: &[u8], from: usize) -> Vec<Range<usize>> {
    let open = memchr::memmem::Finder::new("<!--");
    let close = memchr::memmem::Finder::new("-->");
    let mut out = Vec::new();
    let mut i = from;
    // Once no `-->` follows, none follows any later `<!--` either: stop looking (a file of
    // unclosed openers stays linear).
    let mut closes = true;
    while let Some(k) = b.get(i..).and_then(|rest| open.find(rest)) {
        let at = i + k;
        let end = if closes { close.find(&b[at + 4..]).map(|j| at + 4 + j) } else { None };
        closes = end.is_some();
        match end {
            Some(j) => {
                out.push(at..j + 3);
                i = j + 3;
            }
            None => {
                out.push(at..at + 4);
                i = at + 4;
            }
        }
    }
    out
}

/// A line that holds markup bytes, read as characters: its characters, their byte offsets
/// (and the line's end), and which are masked already (inside a comment).
struct LineChars {
    chars: Vec<char>,
    offs: Vec<usize>,
    mask: Vec<bool>,
}

impl LineChars {
    fn new(text: &str, r: Range<usize>, comments: &[Range<usize>]) -> LineChars {
        let line = &text[r.clone()];
        let mut chars = Vec::with_capacity(line.len());
        let mut offs = Vec::with_capacity(line.len() + 1);
        let mut mask = Vec::with_capacity(line.len());
        // The first comment that ends after the line's start.
        let mut ci = comments.partition_point(|c| c.end <= r.start);
        for (i, c) in line.char_indices() {
            let p = r.start + i;
            while comments.get(ci).is_some_and(|c| c.end <= p) {
                ci += 1;
            }
            chars.push(c);
            offs.push(p);
            mask.push(comments.get(ci).is_some_and(|c| c.start <= p));
        }
        offs.push(r.end);
        LineChars { chars, offs, mask }
    }

    /// The masker of this line alone (its character positions are the line's).
    fn masker(&self) -> Masker<'_> {
        Masker { chars: &self.chars, mask: self.mask.clone(), literal: vec![false; self.chars.len()] }
    }

    /// The line's characters not masked yet.
    fn view(&self) -> Vec<usize> {
        (0..self.chars.len()).filter(|&i| !self.mask[i]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use masker::is_space;

    /// The masker as it was, character by character over the whole text: what [`mask`] must
    /// give.
    fn mask_by_chars(text: &str) -> Masked {
        let mut chars: Vec<char> = Vec::with_capacity(text.chars().count());
        chars.extend(text.chars());
        let mut m = Masker { chars: &chars, mask: vec![false; chars.len()], literal: vec![false; chars.len()] };

        // Lines as char ranges without the `\n` (a `\r` before it is kept in the line).
        let mut lines: Vec<Range<usize>> = Vec::new();
        let mut start = 0;
        for (i, &c) in chars.iter().enumerate() {
            if c == '\n' {
                lines.push(start..i);
                start = i + 1;
            }
        }
        lines.push(start..chars.len());

        // Front matter.
        let first: Vec<String> =
            lines.iter().take(FRONT_MATTER_MAX_LINES).map(|r| chars[r.clone()].iter().collect()).collect();
        let mut body_from = 0;
        let front_matter = front_matter_close(&first).map(|close| {
            for r in &lines[..=close] {
                m.set(r.clone());
            }
            body_from = close + 1;
            parse_front_matter(&first[1..close])
        });

        // HTML comments, also over several lines.
        let from = lines.get(body_from).map_or(chars.len(), |r| r.start);
        m.comments(from);

        // Line classes that depend on neighbouring lines: tables.
        let body = &lines[body_from.min(lines.len())..];
        // A line's view: its characters not masked yet (comments and front matter removed).
        let view = |m: &Masker, r: &Range<usize>| -> Vec<usize> { r.clone().filter(|&i| !m.mask[i]).collect() };
        // A line without any character markup is made of (`plain`) is text or blank, and has
        // nothing to mask: most lines of a report, read without building their view.
        let plain: Vec<bool> = body.iter().map(|r| !chars[r.clone()].iter().any(|&c| is_markup_char(c))).collect();
        let class: Vec<LineClass> = body
            .iter()
            .zip(&plain)
            .map(|(r, &plain)| match plain {
                true if r.clone().all(|i| m.mask[i] || is_space(chars[i])) => LineClass::Blank,
                true => LineClass::Other,
                false => m.classify(&view(&m, r)),
            })
            .collect();
        let mut table = vec![false; body.len()];
        for k in 0..body.len() {
            if class[k] != LineClass::Delimiter {
                continue;
            }
            if k > 0 && class[k - 1] == LineClass::Piped {
                table[k - 1] = true;
            }
            let mut j = k + 1;
            while j < body.len() && matches!(class[j], LineClass::Piped | LineClass::PipeRow) {
                table[j] = true;
                j += 1;
            }
        }

        let mut heading_chars: Vec<(usize, usize)> = Vec::new();
        for (k, r) in body.iter().enumerate() {
            match class[k] {
                LineClass::Delimiter | LineClass::Break => {
                    m.set(r.clone());
                    continue;
                }
                LineClass::Blank => continue,
                _ if plain[k] => continue,
                _ => {}
            }
            let pipes = table[k] || class[k] == LineClass::PipeRow;
            if let Some(h) = m.line(&view(&m, r), pipes) {
                heading_chars.push(h);
            }
        }

        // The masked text, and the headings' char ranges as byte ranges of it.
        let mut out = String::with_capacity(text.len());
        let mut headings = Vec::with_capacity(heading_chars.len());
        let mut hk = 0;
        let mut pending: Option<usize> = None;
        for (i, &c) in chars.iter().enumerate() {
            if hk < heading_chars.len() {
                if pending.is_none() && heading_chars[hk].0 == i {
                    pending = Some(out.len());
                }
                if let Some(s) = pending
                    && heading_chars[hk].1 == i
                {
                    headings.push(s..out.len());
                    pending = None;
                    hk += 1;
                }
            }
            out.push(if m.mask[i] && c != '\n' && c != '\r' { ' ' } else { c });
        }
        if let Some(s) = pending {
            headings.push(s..out.len());
        }
        Masked { text: out, front_matter, headings }
    }
    use proptest::prelude::*;

    /// The masked text with every masked character that was not a space shown as `·`.
    fn masked(s: &str) -> String {
        s.chars().zip(mask(s).text.chars()).map(|(a, b)| if a != b { '·' } else { b }).collect()
    }

    fn heading_texts(s: &str) -> Vec<String> {
        let m = mask(s);
        m.headings.iter().map(|r| m.text[r.clone()].to_string()).collect()
    }

    #[test]
    fn front_matter_is_masked_and_read() {
        let s = "---\ntitle: 白城市政府工作报告 （2013年12月25日 安桂武）\nsource: https://example.org/a_b.html\n---\n\n各位代表：\n";
        let m = mask(s);
        assert_eq!(m.text.chars().count(), s.chars().count());
        let lines: Vec<&str> = m.text.split('\n').collect();
        assert!(lines[..4].iter().all(|l| l.chars().all(|c| c == ' ')), "{lines:?}");
        assert_eq!(&lines[4..], ["", "各位代表：", ""]);
        let fm = m.front_matter.unwrap();
        assert_eq!(fm.title.as_deref(), Some("白城市政府工作报告 （2013年12月25日 安桂武）"));
        assert_eq!(fm.source.as_deref(), Some("https://example.org/a_b.html"));
        assert!(m.headings.is_empty());
    }

    #[test]
    fn front_matter_values_may_be_quoted_and_url_is_a_synonym() {
        let m = mask(
            "---\ntitle: \"某市政府工作报告\"\nauthor: x\nlink: 'https://b.example/'\nurl: https://a.example/\n---\n正文",
        );
        let fm = m.front_matter.unwrap();
        assert_eq!(fm.title.as_deref(), Some("某市政府工作报告"));
        assert_eq!(fm.source.as_deref(), Some("https://a.example/"));
        let m = mask("---\ntitle: ''\nsource: https://a.example/ # where\n---\n正文");
        assert_eq!(m.front_matter, Some(FrontMatter { title: None, source: Some("https://a.example/".into()) }));
    }

    #[test]
    fn front_matter_needs_a_key_and_a_close_within_forty_lines() {
        assert!(has_front_matter("---\ntitle: x\n---\ntext"));
        assert!(has_front_matter("---\r\ntitle: x\r\n---\r\ntext"));
        assert!(!has_front_matter("---\n就是一段话\n---\ntext"), "no key: value line");
        assert!(!has_front_matter("---\ntitle: x\ntext"), "never closed");
        assert!(!has_front_matter("text\n---\ntitle: x\n---\n"), "not at the start");
        let long = format!("---\ntitle: x\n{}---\n", "a: b\n".repeat(40));
        assert!(!has_front_matter(&long));
        // Not front matter: a thematic break is masked, the rest stays.
        let m = mask("---\n一、工作回顾\n---\n");
        assert_eq!(m.front_matter, None);
        assert_eq!(masked("---\n一、工作回顾\n---\n"), "···\n一、工作回顾\n···\n");
    }

    #[test]
    fn bold_is_masked_and_bold_lines_are_headings() {
        let s = "**一、2013年工作回顾**\n一年来，**我们**做了工作。\n**[10]“3个11”：**与临近外市互通。\n";
        assert_eq!(
            masked(s),
            "··一、2013年工作回顾··\n一年来，··我们··做了工作。\n··[10]“3个11”：··与临近外市互通。\n"
        );
        assert_eq!(heading_texts(s), vec!["一、2013年工作回顾"]);
        // Two bold runs covering the line are still a heading; an unclosed run is masked.
        assert_eq!(heading_texts("**一、** **工作回顾**\n"), vec!["一、     工作回顾"]);
        assert_eq!(masked("**——2026年1月6日在武汉市会议上\n"), "··——2026年1月6日在武汉市会议上\n");
        assert!(heading_texts("**——2026年1月6日在武汉市会议上\n").is_empty());
        assert!(heading_texts("**一是加快发展。**全年增长5%。\n").is_empty());
        assert_eq!(masked("__强调__，x"), "··强调··，x");
        assert_eq!(heading_texts("  __二、工作安排__  \n"), vec!["二、工作安排"]);
        assert_eq!(masked("***三、重点***"), "···三、重点···");
    }

    #[test]
    fn atx_headings() {
        let s = "# 政府工作报告\n## 一、工作回顾 ##\n#没有空格\n####### 七个\n";
        assert_eq!(masked(s), "· 政府工作报告\n·· 一、工作回顾 ··\n#没有空格\n####### 七个\n");
        assert_eq!(heading_texts(s), vec!["政府工作报告", "一、工作回顾"]);
        assert_eq!(heading_texts("## **三、2014年重点工作**\n"), vec!["三、2014年重点工作"]);
    }

    #[test]
    fn heading_ranges_are_bytes_of_the_masked_text() {
        let s = "<!-- 图片说明：市长作报告 -->\n## 一、回顾\n正文\n**二、安排**";
        let m = mask(s);
        assert_eq!(m.text.chars().count(), s.chars().count());
        let got: Vec<&str> = m.headings.iter().map(|r| &m.text[r.clone()]).collect();
        assert_eq!(got, ["一、回顾", "二、安排"]);
    }

    #[test]
    fn single_emphasis_only_when_paired() {
        assert_eq!(masked("这是*重点*内容"), "这是·重点·内容");
        assert_eq!(masked("2*3*4 与 a * b"), "2*3*4 与 a * b");
        assert_eq!(masked("*注：数据为预计数"), "*注：数据为预计数");
        assert_eq!(masked("_斜体_"), "·斜体·");
        assert_eq!(masked("snake_case_name 和 a__b__c"), "snake_case_name 和 a__b__c");
        let url = "见 https://x.gov.cn/__init__/a_b_c 和 www.a.cn/_x_";
        assert_eq!(masked(url), url);
        assert_eq!(masked("填写：______"), "填写：______");
        assert_eq!(masked("\\*不是强调\\*"), "·*不是强调·*");
    }

    #[test]
    fn quotes_and_bullets() {
        assert_eq!(masked("> 引用的一段\n>> 二层\n"), "· 引用的一段\n·· 二层\n");
        assert_eq!(masked("> # 标题\n"), "· · 标题\n");
        assert_eq!(heading_texts("> # 标题\n"), vec!["标题"]);
        assert_eq!(masked("* 第一项\n+ 第二项\n- 第三项\n"), "· 第一项\n· 第二项\n- 第三项\n");
        assert_eq!(masked("增速>5%"), "增速>5%");
    }

    #[test]
    fn comments_over_lines() {
        let s = "前<!-- 一\n二 -->后\n<!-- 没有结束\n正文";
        assert_eq!(masked(s), "前···· ·\n· ···后\n···· 没有结束\n正文");
    }

    #[test]
    fn links_images_tags() {
        assert_eq!(masked("见[网站](https://a.cn/x_(b))。"), format!("见·网站{}。", "·".repeat(21)));
        assert_eq!(masked("图![照片](a.jpg)后"), format!("图{}后", "·".repeat(12)));
        assert_eq!(masked("[17]是注释，[1](2)"), "[17]是注释，·1····");
        assert_eq!(
            masked("一<br>二<br/></p><span class=\"x\">字</span>"),
            "一····二·············· ··········字·······"
        );
        assert_eq!(masked("<https://a.cn/x_y_z>"), "·https://a.cn/x_y_z·");
        assert_eq!(masked("PM2.5<35微克，a<b>c"), "PM2.5<35微克，a···c");
    }

    #[test]
    fn tables() {
        let s = "| 指标 | 数值 |\n|---|:--:|\n| 地区生产总值 | 700亿元 |\n\n甲 | 乙\n--- | ---\n丙 | 丁\n";
        assert_eq!(
            masked(s),
            "· 指标 · 数值 ·\n··········\n· 地区生产总值 · 700亿元 ·\n\n甲 · 乙\n··· · ···\n丙 · 丁\n"
        );
        // A pipe in ordinary text stays.
        assert_eq!(masked("甲|乙\n正文"), "甲|乙\n正文");
    }

    #[test]
    fn thematic_breaks() {
        assert_eq!(masked("上\n***\n下\n_ _ _\n"), "上\n···\n下\n· · ·\n");
    }

    /// Inputs that would make a naive scanner quadratic: unclosed comments, brackets and
    /// emphasis runs by the hundred thousand, on one line.
    #[test]
    fn hostile_markup_stays_linear() {
        let started = std::time::Instant::now();
        for unit in ["<!--", "[", "[a](", "*a _b ", "**a ", "<span ", "|"] {
            let s = unit.repeat(200_000 / unit.len());
            let m = mask(&s);
            assert_eq!(m.text.chars().count(), s.chars().count());
        }
        let heading = format!("{}\n", "**粗体** ".repeat(50_000));
        assert_eq!(mask(&heading).headings.len(), 1);
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    }

    /// The line-by-line masker masks what the character pass over the whole text masks, on
    /// every test text above and on a report-like text with all the markup at once.
    #[test]
    fn masking_by_lines_is_masking_by_chars() {
        let texts = [
            "---\ntitle: 白城市政府工作报告\nsource: https://example.org/a_b.html\n---\n\n各位代表：\n",
            "**一、2013年工作回顾**\n一年来，**我们**做了工作。\n**[10]“3个11”：**与临近外市互通。\n",
            "# 政府工作报告\n## 一、工作回顾 ##\n#没有空格\n####### 七个\n> # 标题\n",
            "<!-- 图片说明：市长作报告 -->\n## 一、回顾\n正文\n**二、安排**",
            "前<!-- 一\r\n二 -->后\r\n<!-- 没有结束\n正文<!--x-->",
            "| 指标 | 数值 |\n|---|:--:|\n| 地区生产总值 | 700亿元 |\n\n甲 | 乙\n--- | ---\n丙 | 丁\n",
            "见[网站](https://a.cn/x_(b))。图![照片](a.jpg)后<br>二<span class=\"x\">字</span> <https://a.cn/x_y_z>",
            "上\n***\n下\n_ _ _\n\\*不是强调\\* snake_case_name 和 a__b__c 这是*重点*内容\n**粗体<!-- c -->**\n",
        ];
        for t in texts {
            assert_eq!(mask(t), mask_by_chars(t), "{t:?}");
        }
    }

    #[test]
    fn markup_bytes_are_found_anywhere_in_a_line() {
        let line = "政府工作报告全面深化改革开放".as_bytes();
        assert!(!has_markup_byte(line));
        for at in 0..=line.len() {
            for m in [b'*', b'#', b'|', b'-', b'h'] {
                let mut l = line[..at].to_vec();
                l.push(m);
                l.extend_from_slice(&line[at..]);
                assert!(has_markup_byte(&l), "{at} {m}");
            }
        }
        assert!(!has_markup_byte(b"2024 A.B,C%"));
    }

    proptest! {
        #[test]
        fn masking_by_lines_is_masking_by_chars_anywhere(s in "[-*_#>|\\[\\]()!<>:a-z报告，。 \n\r`\\\\]{0,300}") {
            prop_assert_eq!(mask(&s), mask_by_chars(&s));
        }

        #[test]
        fn masking_by_lines_is_masking_by_chars_with_comments(
            parts in proptest::collection::vec("(<!--|-->|---\n|\n|\r\n|title: x\n|\\*\\*|#|\\||报告|a|http://x| )", 0..60),
        ) {
            let s: String = parts.concat();
            prop_assert_eq!(mask(&s), mask_by_chars(&s));
        }

        #[test]
        fn masking_keeps_every_offset(s in "[-*_#>|\\[\\]()!<>:a-z 报告，。\n\r`~\\\\]{0,200}") {
            let m = mask(&s);
            prop_assert_eq!(m.text.chars().count(), s.chars().count());
            for (a, b) in s.chars().zip(m.text.chars()) {
                prop_assert!(a == b || b == ' ', "{:?} became {:?}", a, b);
                if a == '\n' || a == '\r' { prop_assert_eq!(a, b); }
            }
            for r in &m.headings {
                prop_assert!(m.text.is_char_boundary(r.start) && m.text.is_char_boundary(r.end) && r.start < r.end);
            }
        }

        #[test]
        fn front_matter_text_keeps_every_offset(title in "[a-z报告 ]{0,20}", body in "[*_#a-z报告，\n]{0,80}") {
            let s = format!("---\ntitle: {title}\n---\n{body}");
            let m = mask(&s);
            prop_assert_eq!(m.text.chars().count(), s.chars().count());
            prop_assert!(m.text.starts_with("   \n"));
        }
    }
}
