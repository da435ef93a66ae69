//! Lines of a report's header: the title, the subtitle (date and meeting), the speaker line.
//!
//! Both the body (where does the header begin?) and the metadata (what does it say?) ask
//! whether a line is one of these, so the recognisers live here, below both. Lines are compared
//! squeezed (all blanks removed): titles are letter-spaced (政 府 工 作 报 告) and names written
//! with a space (龚 正).

use std::sync::LazyLock;

use regex::Regex;

use super::region::admin_suffix;
use crate::lang::chars::is_han;
use crate::lexicon::SpeakerKind;

/// Characters that lead a subtitle: dashes of every width, brackets.
const LEADERS: &[char] = &['—', '-', '－', '─', '–', '～', '~', '―', '（', '(', '_', '－'];

/// A date in Arabic (also full-width) or Chinese numerals; the day may be missing.
pub(super) const DATE_PATTERN: &str = r"(?:(?P<y>\d{4})|(?P<cy>[〇○零一二三四五六七八九]{4}))年(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日)?";

/// A month and day without a year at the start of a subtitle: `——3 月 1 日 在海口市…会议上`
/// (squeezed: `3月1日在…`); the year is the report's.
pub(super) static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日")
        .expect("valid regex")
});

/// A date at the start of a subtitle.
pub(super) static DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{DATE_PATTERN}")).expect("valid regex"));

/// Offices of speakers, longest first; names of government bodies; words that end a
/// speaker's name in a subtitle; honorifics (`dict/speaker_titles.tsv`).
struct Offices {
    titles: Vec<String>,
    bodies: Vec<String>,
    after: Vec<String>,
    honorifics: Vec<String>,
}

static OFFICES: LazyLock<Offices> = LazyLock::new(|| {
    let mut o = Offices { titles: vec![], bodies: vec![], after: vec![], honorifics: vec![] };
    for w in &crate::lexicon::get().speaker_words {
        let list = match w.kind {
            SpeakerKind::Gov => &mut o.bodies,
            SpeakerKind::After => &mut o.after,
            SpeakerKind::Honorific => &mut o.honorifics,
            SpeakerKind::Title => &mut o.titles,
        };
        list.push(w.word.clone());
    }
    o.titles.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    o.bodies.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    o
});

/// A name without an honorific after it: 殷勇同志 -> 殷勇.
fn strip_honorific(s: &str) -> &str {
    OFFICES.honorifics.iter().find_map(|h| s.strip_suffix(h.as_str())).unwrap_or(s)
}

/// A name without the government body after it: 重庆市大渡口区人民政府 -> 重庆市大渡口区.
pub(super) fn strip_government(s: &str) -> &str {
    OFFICES.bodies.iter().find_map(|b| s.strip_suffix(b.as_str())).unwrap_or(s)
}

/// Remove leading dashes and brackets, and a closing bracket at the end.
pub(super) fn unlead(sq: &str) -> &str {
    let t = sq.trim_start_matches(LEADERS);
    t.strip_suffix('）').or_else(|| t.strip_suffix(')')).unwrap_or(t)
}

/// Does a (squeezed) line look like a report title (…政府工作报告, 政 府 工 作 报 告)? A
/// trailing bracket such as （摘要） or （2023年） is allowed.
pub fn is_title(squeezed: &str) -> bool {
    let t = strip_trailing_bracket(squeezed);
    let n = t.chars().count();
    (4..=40).contains(&n)
        && t.ends_with("工作报告")
        && !t.contains("关于")
        && !t.contains(['，', '。', '；', '：', ':', '、', '！'])
}

/// `政府工作报告（摘要）` -> `政府工作报告`.
pub fn strip_trailing_bracket(s: &str) -> &str {
    if let Some(body) = s.strip_suffix('）').or_else(|| s.strip_suffix(')'))
        && let Some(open) = body.rfind(['（', '('])
    {
        return &body[..open];
    }
    s
}

/// Is a squeezed line a subtitle: a date, alone or followed by 在…会议 (possibly with the
/// speaker before 在)?
pub fn is_subtitle(sq: &str) -> bool {
    let t = unlead(sq);
    let Some(m) = DATE.find(t) else { return false };
    let rest = &t[m.end()..];
    rest.is_empty() || rest.starts_with('在') || rest.contains("会议") || (sq.starts_with(['（', '(']) && is_name(rest))
}

/// Is a squeezed line a date-less subtitle (`在大渡口区第十四届人民代表大会第一次会议上`), or one
/// dated without a year (`3月1日在海口市第十三届人民代表大会第二次会议上`)?
pub(super) fn is_meeting_line(sq: &str) -> bool {
    let t = unlead(sq);
    let t = MONTH_DAY.find(t).map_or(t, |m| &t[m.end()..]);
    t.starts_with('在') && (t.contains("会议") || t.contains("人民代表大会")) && t.chars().count() <= 80
}

/// Markdown markup that may be left around a line of a text read unmasked (`**…**`, `## …`).
pub(super) const MARKUP: &[char] = &['*', '#', '_'];

/// A squeezed header line without Markdown markup left around it (`**——2015年…**`) and
/// without a front-matter key (`title: …`; `source: …` and HTML comments are no header).
pub(super) fn unmark(sq: &str) -> &str {
    let t = sq.trim_matches(MARKUP);
    if t.starts_with("<!--") || t.starts_with("source:") || t == "---" {
        return "";
    }
    t.strip_prefix("title:").unwrap_or(t).trim_matches(MARKUP).trim_matches(['"', '\''])
}

/// Could a squeezed line belong to a report's header (title, subtitle, meeting or speaker)?
pub fn is_header_line(sq: &str) -> bool {
    let sq = unmark(sq);
    !sq.is_empty() && is_header_line_unmarked(sq)
}

fn is_header_line_unmarked(sq: &str) -> bool {
    is_title(sq) || is_subtitle(sq) || is_meeting_line(sq) || parse_speaker(sq).is_some()
}

/// A title split over two lines (`重庆市大渡口区人民政府` / `工作报告`, `2023年` /
/// `政府工作报告`): the first half names a government or a year, so that a source line
/// (`某某日报`) above a short title is not taken for one.
pub fn title_split(a: &str, b: &str) -> bool {
    let names_government = a.ends_with("政府") || a.ends_with('年') || admin_suffix(a).is_some();
    names_government
        && !is_title(a)
        && !a.contains(['，', '。', '：', ':'])
        && b.chars().count() <= 12
        && is_title(&format!("{a}{b}"))
}

/// The speaker in a clause of a subtitle, with what they did cut off:
/// `北京市市长殷勇同志作政府工作报告。` -> `北京市市长殷勇`.
pub(super) fn speaker_part(t: &str) -> String {
    let mut t = t.trim_end_matches(['。', '.', '，']);
    for v in &OFFICES.after {
        if let Some(k) = t.find(v.as_str()) {
            t = &t[..k];
        }
    }
    strip_honorific(t).to_string()
}

/// Is this a person's name: 2–4 Han characters, or Han parts joined by `·` (艾尔肯·吐尼亚孜)?
fn is_name(name: &str) -> bool {
    let n = name.chars().count();
    if name.contains(['·', '•', '・']) {
        let parts: Vec<&str> = name.split(['·', '•', '・']).collect();
        n <= 16 && parts.iter().all(|p| !p.is_empty() && p.chars().all(is_han))
    } else {
        (2..=4).contains(&n) && name.chars().all(is_han)
    }
}

/// A name standing alone (`王晓东`), not an office standing alone (`市长`, `主席`): a
/// collection may print the speaker's name on its own line, or an office without the name.
pub(super) fn is_bare_name(line: &str) -> bool {
    is_name(line) && !OFFICES.titles.iter().chain(&OFFICES.bodies).any(|w| line.contains(w.as_str()))
}

/// An office with no name after it (`东莞市人民政府市长`, `市长`): (body, office). Some
/// reports print the name on the next line.
pub(super) fn office_alone(line: &str) -> Option<(String, String)> {
    OFFICES.titles.iter().find_map(|t| {
        let org = line.strip_suffix(t.as_str())?;
        let named_body = org.is_empty() || OFFICES.bodies.iter().any(|b| org.ends_with(b.as_str()));
        named_body.then(|| (org.to_string(), t.clone()))
    })
}

/// A speaker line (squeezed): `重庆市大渡口区人民政府区长张国智` -> (重庆市大渡口区人民政府, 区长,
/// 张国智); also name first (`龚正市长`) and with an honorific (`殷勇同志`). Lines with
/// sentence punctuation (photo captions, body text) are not speaker lines.
pub fn parse_speaker(line: &str) -> Option<(String, String, String)> {
    // 南昌市人民政府市长:李豆罗 — a colon between office and name.
    let joined;
    let line = match line.split_once([':', '：']) {
        Some((a, b)) if !b.contains([':', '：']) && is_name(b) => {
            joined = format!("{a}{b}");
            joined.as_str()
        }
        _ => line,
    };
    if line.contains(['。', '，', '：', ':', '；', '、']) || line.chars().count() > 40 {
        return None;
    }
    let line = strip_honorific(line);
    for t in OFFICES.titles.iter() {
        if let Some(pos) = line.rfind(t.as_str()) {
            let name = &line[pos + t.len()..];
            if is_name(name) {
                return Some((line[..pos].to_string(), t.clone(), name.to_string()));
            }
        }
        // Name first: 龚正市长.
        if let Some(name) = line.strip_suffix(t.as_str())
            && is_name(name)
            && name.chars().count() <= 4
        {
            return Some((String::new(), t.clone(), name.to_string()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speaker_lines() {
        assert_eq!(
            parse_speaker("重庆市大渡口区人民政府区长张国智"),
            Some(("重庆市大渡口区人民政府".into(), "区长".into(), "张国智".into()))
        );
        assert_eq!(parse_speaker("上海市市长龚正").map(|x| x.2), Some("龚正".into()));
        assert_eq!(parse_speaker("龚正市长").map(|x| x.1), Some("市长".into()));
        assert_eq!(parse_speaker("自治区主席艾尔肯·吐尼亚孜").map(|x| x.2), Some("艾尔肯·吐尼亚孜".into()));
        assert_eq!(parse_speaker("自治区人民政府主席包钢作政府工作报告。本报记者韩卿立摄"), None);
        assert_eq!(parse_speaker("张工作政府工作报告。"), None);
    }
}
