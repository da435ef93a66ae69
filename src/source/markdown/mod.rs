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
use masker::{LineClass, Masker, is_markup_char, is_space};

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
pub fn mask(text: &str) -> Masked {
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

#[cfg(test)]
mod tests {
    use super::*;
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

    proptest! {
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
