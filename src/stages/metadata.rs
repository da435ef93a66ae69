//! The report's own header: title, subtitle (date and meeting), speaker line.
//!
//! Layouts vary: letter-spaced titles (政 府 工 作 报 告), subtitles split over two lines,
//! `——2022年1月9日在…`, `--2014年2月19日在…` or no dash at all, the speaker inside the
//! subtitle (`2025年1月15日龚正市长在…会议的政府工作报告`, `…会议上省长许昆林作政府工作报告。`),
//! speaker lines padded with full-width spaces, names written with a space (龚 正). Lines are
//! compared with all blanks removed. A field the header does not give stays `None`; nothing
//! is taken from the file name.
//!
//! The region is the government that gives the report, named by the title, the meeting
//! (大渡口区第十四届人民代表大会…) and the speaker's office (重庆市大渡口区人民政府区长); the
//! fullest of these names wins where one contains another, and a short name the region list
//! knows is written in full (宁夏 -> 宁夏回族自治区).

use std::sync::LazyLock;

use regex::Regex;

use super::body::{Bounds, is_junk, is_title, strip_trailing_bracket};
use crate::lexicon::SpeakerKind;
use crate::model::Date;
use crate::text::squeeze;
use crate::vocab::AdminLevel;

/// What the header says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub title: Option<String>,
    pub region: Option<String>,
    pub admin_level: Option<AdminLevel>,
    pub report_year: Option<i32>,
    pub delivered_on: Option<Date>,
    pub meeting: Option<String>,
    pub speaker: Option<String>,
    pub speaker_title: Option<String>,
}

/// Characters that lead a subtitle: dashes of every width, brackets.
const LEADERS: &[char] = &['—', '-', '－', '─', '–', '～', '~', '―', '（', '(', '_', '－'];

/// A date in Arabic (also full-width) or Chinese numerals; the day may be missing.
const DATE_PATTERN: &str = r"(?:(?P<y>\d{4})|(?P<cy>[〇○零一二三四五六七八九]{4}))年(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日)?";
/// A date at the start of a subtitle.
static DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!("^{DATE_PATTERN}")).expect("valid regex"));
/// A date in brackets after the meeting: `在…会议上（2023年1月5日）`.
static DATE_IN_BRACKETS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("[（(]{DATE_PATTERN}[）)]?$")).expect("valid regex"));
/// The region named at the start of a meeting: `大渡口区第十四届人民代表大会…` -> 大渡口区.
static MEETING_REGION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<r>.*?)第?[一二三四五六七八九十百\d]+届").expect("valid regex"));
/// A year leading a title: `2025年上海市政府工作报告`.
static TITLE_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?P<y>\d{4})年").expect("valid regex"));

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
fn strip_government(s: &str) -> &str {
    OFFICES.bodies.iter().find_map(|b| s.strip_suffix(b.as_str())).unwrap_or(s)
}

/// Region names: canonical name, level, aliases (`dict/regions.tsv`).
pub use crate::lexicon::Region;

/// The canonical form of a region name (`宁夏` -> `宁夏回族自治区`), if the list knows it.
pub fn canonical_region(name: &str) -> Option<&'static Region> {
    crate::lexicon::get().region(name)
}

/// Remove leading dashes and brackets, and a closing bracket at the end.
fn unlead(sq: &str) -> &str {
    let t = sq.trim_start_matches(LEADERS);
    t.strip_suffix('）').or_else(|| t.strip_suffix(')')).unwrap_or(t)
}

/// Is a squeezed line a subtitle: a date, alone or followed by 在…会议 (possibly with the
/// speaker before 在)?
pub fn is_subtitle(sq: &str) -> bool {
    let t = unlead(sq);
    let Some(m) = DATE.find(t) else { return false };
    let rest = &t[m.end()..];
    rest.is_empty() || rest.starts_with('在') || (rest.contains('在') && rest.contains("会议"))
}

/// Is a squeezed line a date-less subtitle (`在大渡口区第十四届人民代表大会第一次会议上`)?
fn is_meeting_line(sq: &str) -> bool {
    let t = unlead(sq);
    t.starts_with('在') && (t.contains("会议") || t.contains("人民代表大会")) && t.chars().count() <= 80
}

/// Could a squeezed line belong to a report's header (title, subtitle, meeting or speaker)?
pub fn is_header_line(sq: &str) -> bool {
    is_title(sq) || is_subtitle(sq) || is_meeting_line(sq) || parse_speaker(sq).is_some()
}

/// Parse the header lines.
pub fn parse(s: &str, b: &Bounds) -> Metadata {
    let mut m = Metadata::default();
    let hdr: Vec<String> = b
        .lines
        .iter()
        .filter(|l| l.start >= b.header.start && l.end <= b.header.end)
        .map(|l| l.text(s))
        .filter(|t| !is_junk(t))
        .map(squeeze)
        .collect();
    let mut speaker_org = None;
    let mut i = 0;
    while i < hdr.len() {
        let line = &hdr[i];
        if m.title.is_none() && is_title(line) {
            m.title = Some(line.clone());
        } else if m.title.is_none() && i + 1 < hdr.len() && title_split(line, &hdr[i + 1]) {
            m.title = Some(format!("{line}{}", hdr[i + 1]));
            i += 1;
        } else if (m.delivered_on.is_none() && is_subtitle(line)) || (m.meeting.is_none() && is_meeting_line(line)) {
            // A subtitle may be split over two lines: join while its meeting is unfinished.
            let mut sub = line.clone();
            while i + 1 < hdr.len() && unfinished(&sub) && !is_header_start(&hdr[i + 1]) {
                i += 1;
                sub.push_str(&hdr[i]);
            }
            if let Some(org) = parse_subtitle(&sub, &mut m) {
                speaker_org = Some(org);
            }
        } else if m.speaker.is_none()
            && let Some((org, title, name)) = parse_speaker(line)
        {
            speaker_org = Some(org);
            m.speaker_title = Some(title);
            m.speaker = Some(name);
        }
        i += 1;
    }
    if m.report_year.is_none() {
        m.report_year = m.title.as_deref().and_then(|t| TITLE_YEAR.captures(t)).and_then(|c| c["y"].parse().ok());
    }
    m.region = choose_region(&m, speaker_org.as_deref());
    m.admin_level = m.region.as_deref().and_then(admin_level);
    m
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

/// A subtitle whose meeting has not ended yet: a date alone, or 在… without 会议.
fn unfinished(sub: &str) -> bool {
    let t = unlead(sub);
    let rest = DATE.find(t).map_or(t, |d| &t[d.end()..]);
    rest.is_empty() || (rest.contains('在') && !rest.contains("会议"))
}

/// Lines that begin a new header item and so never continue a subtitle.
fn is_header_start(sq: &str) -> bool {
    is_title(sq) || is_subtitle(sq) || (parse_speaker(sq).is_some() && !sq.contains("会议"))
}

/// Date, meeting and any speaker named in a subtitle; returns the speaker's office
/// (the part before the title) when a speaker is named.
fn parse_subtitle(sub: &str, m: &mut Metadata) -> Option<String> {
    let t = unlead(sub);
    let mut rest = t;
    if let Some(c) = DATE.captures(t) {
        set_date(&c, m);
        rest = &t[c.get(0).map_or(0, |x| x.end())..];
    } else if let Some(c) = DATE_IN_BRACKETS.captures(sub) {
        set_date(&c, m);
    }
    parse_meeting_clause(rest, m)
}

/// Delivery date and report year from a matched date.
fn set_date(c: &regex::Captures, m: &mut Metadata) {
    let year: Option<i32> = match (c.name("y"), c.name("cy")) {
        (Some(y), _) => ascii_digits(y.as_str()).parse().ok(),
        (_, Some(cy)) => cy.as_str().chars().map(cn_digit).collect::<Option<String>>().and_then(|d| d.parse().ok()),
        _ => None,
    };
    let month = small_number(&c["m"]);
    let day = c.name("d").and_then(|d| small_number(d.as_str()));
    if let (Some(y), Some(mo)) = (year, month)
        && (1..=12).contains(&mo)
        && (1949..=2100).contains(&y)
    {
        m.report_year = Some(y);
        m.delivered_on = day.and_then(|d| Date::new(y, mo, d));
    }
}

/// Full-width digits as ASCII (２０２３ -> 2023), only inside a number being parsed.
fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| if ('０'..='９').contains(&c) { char::from(b'0' + (c as u32 - '０' as u32) as u8) } else { c })
        .collect()
}

/// `在X会议上`, `龚正市长在X会议的政府工作报告`, `在X会议上省长许昆林作政府工作报告。`:
/// the meeting, and the speaker before 在 or after the meeting.
fn parse_meeting_clause(rest: &str, m: &mut Metadata) -> Option<String> {
    let p = rest.find('在')?;
    let before = &rest[..p];
    let after = &rest[p + '在'.len_utf8()..];
    let from = after.find("人民代表大会").unwrap_or(0);
    let end = after[from..].find("会议").map(|k| from + k + "会议".len()).or_else(|| {
        // No 会议: the meeting runs to 上 (…人民代表大会上) or to the end.
        Some(after.rfind('上').unwrap_or(after.len())).filter(|_| after.contains("人民代表大会"))
    })?;
    let meeting = &after[..end];
    if meeting.chars().count() >= 4 && m.meeting.is_none() {
        m.meeting = Some(meeting.to_string());
    }
    let tail = after[end..].trim_start_matches(['上', '的']);
    let mut org = None;
    for part in [before, tail] {
        if m.speaker.is_some() {
            break;
        }
        if let Some((o, title, name)) = parse_speaker(&speaker_part(part)) {
            m.speaker = Some(name);
            m.speaker_title = Some(title);
            org = Some(o);
        }
    }
    org
}

/// The speaker in a clause of a subtitle, with what they did cut off:
/// `北京市市长殷勇同志作政府工作报告。` -> `北京市市长殷勇`.
fn speaker_part(t: &str) -> String {
    let mut t = t.trim_end_matches(['。', '.', '，']);
    for v in &OFFICES.after {
        if let Some(k) = t.find(v.as_str()) {
            t = &t[..k];
        }
    }
    strip_honorific(t).to_string()
}

fn cn_digit(c: char) -> Option<char> {
    Some(match c {
        '〇' | '○' | '零' => '0',
        '一' => '1',
        '二' => '2',
        '三' => '3',
        '四' => '4',
        '五' => '5',
        '六' => '6',
        '七' => '7',
        '八' => '8',
        '九' => '9',
        _ => return None,
    })
}

/// 1–31 in Arabic or Chinese numerals (九, 十二, 二十一).
fn small_number(s: &str) -> Option<u32> {
    if let Ok(n) = ascii_digits(s).parse() {
        return Some(n);
    }
    let digit = |c: char| cn_digit(c).and_then(|d| d.to_digit(10));
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        ['十'] => Some(10),
        [c] => digit(*c),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', u] => Some(10 * digit(*t)? + digit(*u)?),
        _ => None,
    }
}

/// Is this a person's name: 2–4 Han characters, or Han parts joined by `·` (艾尔肯·吐尼亚孜)?
fn is_name(name: &str) -> bool {
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c);
    let n = name.chars().count();
    if name.contains(['·', '•', '・']) {
        let parts: Vec<&str> = name.split(['·', '•', '・']).collect();
        n <= 16 && parts.iter().all(|p| !p.is_empty() && p.chars().all(han))
    } else {
        (2..=4).contains(&n) && name.chars().all(han)
    }
}

/// A speaker line (squeezed): `重庆市大渡口区人民政府区长张国智` -> (重庆市大渡口区人民政府, 区长,
/// 张国智); also name first (`龚正市长`) and with an honorific (`殷勇同志`). Lines with
/// sentence punctuation (photo captions, body text) are not speaker lines.
pub fn parse_speaker(line: &str) -> Option<(String, String, String)> {
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

/// A region named by a title: `2025年宁夏政府工作报告` -> 宁夏.
fn region_of_title(t: &str) -> String {
    let t = strip_trailing_bracket(t);
    let t = TITLE_YEAR.replace(t, "");
    strip_government(t.trim_end_matches("工作报告")).to_string()
}

/// A region named by a meeting: `大渡口区第十四届人民代表大会第一次会议` -> 大渡口区;
/// `第十四届全国人民代表大会…` -> 中华人民共和国.
fn region_of_meeting(meeting: &str) -> Option<String> {
    if meeting.contains("全国人民代表大会") {
        return Some("中华人民共和国".to_string());
    }
    MEETING_REGION.captures(meeting).map(|c| c["r"].to_string())
}

/// A region named by the speaker's office: `重庆市大渡口区人民政府` -> 重庆市大渡口区.
fn region_of_office(org: &str) -> String {
    strip_government(org).to_string()
}

/// The region as named by title, meeting and speaker line: known short names are written
/// in full, and the fuller name wins where one contains another. When they disagree, the
/// speaker's office wins, then the meeting (both name the government itself; a title may be
/// the web page's).
fn choose_region(m: &Metadata, speaker_org: Option<&str>) -> Option<String> {
    let candidates: Vec<String> = [
        speaker_org.map(region_of_office),
        m.meeting.as_deref().and_then(region_of_meeting),
        m.title.as_deref().map(region_of_title),
    ]
    .into_iter()
    .flatten()
    .filter(|r| plausible_region(r))
    .map(|r| canonical_region(&r).map_or(r, |c| c.name.clone()))
    .collect();
    let mut best: Option<String> = None;
    for c in candidates {
        best = match best {
            None => Some(c),
            Some(b) if c.chars().count() > b.chars().count() && (c.contains(b.as_str()) || c.contains(core(&b))) => {
                Some(c)
            }
            Some(b) => Some(b),
        };
    }
    best
}

/// A name that is more than an administrative word (省, 自治区, 本市 …).
fn plausible_region(r: &str) -> bool {
    r.chars().count() >= 2
        && !is_bare_suffix(r)
        && !r.starts_with(['本', '全', '我', '该'])
        && !matches!(core(r), "自治" | "人民")
}

/// Endings of administrative names and their levels (`dict/admin_suffixes.tsv`), longest first.
static ADMIN_SUFFIXES: LazyLock<Vec<(String, AdminLevel)>> = LazyLock::new(|| {
    let mut v: Vec<(String, AdminLevel)> =
        crate::lexicon::get().admin_suffixes.iter().map(|a| (a.ending.clone(), a.level)).collect();
    v.sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
    v
});

/// The longest administrative ending of a name, with its level.
fn admin_suffix(name: &str) -> Option<&'static (String, AdminLevel)> {
    ADMIN_SUFFIXES.iter().find(|(s, _)| name.ends_with(s.as_str()))
}

/// Is a name nothing but an administrative word (省, 自治区)?
fn is_bare_suffix(name: &str) -> bool {
    ADMIN_SUFFIXES.iter().any(|(s, _)| s == name)
}

/// A name without its administrative ending (宁夏回族自治区 -> 宁夏回族, 海拉尔区 -> 海拉尔).
fn core(name: &str) -> &str {
    match admin_suffix(name) {
        Some((s, _)) if name.len() > s.len() => &name[..name.len() - s.len()],
        _ => name,
    }
}

/// Administrative level from the name: a level the region list knows, or the ending of what
/// follows a province-level prefix (重庆市大渡口区 -> county; 四川省成都市 -> prefecture). 县, 区,
/// 旗 and a city under a city (县级市) count as `county`. None for a name without an
/// administrative ending.
pub fn admin_level(region: &str) -> Option<AdminLevel> {
    if let Some(r) = canonical_region(region) {
        return Some(r.level);
    }
    // Strip the longest province-level prefix.
    let mut rest = region;
    for r in crate::lexicon::get().regions.iter().filter(|r| r.level == AdminLevel::Province) {
        for name in std::iter::once(&r.name).chain(r.aliases.iter()) {
            if let Some(x) = region.strip_prefix(name.as_str())
                && x.chars().count() < rest.chars().count()
            {
                rest = x;
            }
        }
    }
    if rest.is_empty() {
        return Some(AdminLevel::Province);
    }
    let (suffix, level) = admin_suffix(rest)?;
    // A city after another prefecture-level unit is a county-level city.
    let before = &rest[..rest.len() - suffix.len()];
    let under_prefecture =
        ADMIN_SUFFIXES.iter().filter(|(_, l)| *l == AdminLevel::Prefecture).any(|(s, _)| before.contains(s.as_str()));
    Some(if *level == AdminLevel::Prefecture && suffix == "市" && under_prefecture {
        AdminLevel::County
    } else {
        *level
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(text: &str) -> Metadata {
        let s = format!("{text}\n各位代表：\n一、工作回顾\n增长5%。\n");
        parse(&s, &super::super::body::find(&s))
    }

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

    #[test]
    fn levels() {
        assert_eq!(admin_level("重庆市大渡口区"), Some(AdminLevel::County));
        assert_eq!(admin_level("海拉尔区"), Some(AdminLevel::County));
        assert_eq!(admin_level("宁夏回族自治区"), Some(AdminLevel::Province));
        assert_eq!(admin_level("上海市"), Some(AdminLevel::Province));
        assert_eq!(admin_level("四川省成都市"), Some(AdminLevel::Prefecture));
        assert_eq!(admin_level("内蒙古自治区呼伦贝尔市海拉尔区"), Some(AdminLevel::County));
        assert_eq!(admin_level("呼伦贝尔市满洲里市"), Some(AdminLevel::County));
        assert_eq!(admin_level("延边朝鲜族自治州"), Some(AdminLevel::Prefecture));
        assert_eq!(admin_level("中华人民共和国"), Some(AdminLevel::National));
        assert_eq!(admin_level("某某经济开发区管委会"), None);
    }

    #[test]
    fn chinese_numeral_dates() {
        let mut m = Metadata::default();
        parse_subtitle("——二〇二二年一月九日在某区第一届人民代表大会第一次会议上", &mut m);
        assert_eq!(m.delivered_on, Date::new(2022, 1, 9));
        assert_eq!(m.meeting.as_deref(), Some("某区第一届人民代表大会第一次会议"));
    }

    #[test]
    fn seed_layout_split_subtitle() {
        let m = header(
            "重庆市大渡口区人民政府工作报告\n\n——2022年1月9日在大渡口区第十四届人民代表大会\n\n第一次会议上\n\n重庆市大渡口区人民政府区长  张国智\n",
        );
        assert_eq!(m.title.as_deref(), Some("重庆市大渡口区人民政府工作报告"));
        assert_eq!(m.region.as_deref(), Some("重庆市大渡口区"));
        assert_eq!(m.admin_level, Some(AdminLevel::County));
        assert_eq!(m.delivered_on, Date::new(2022, 1, 9));
        assert_eq!(m.meeting.as_deref(), Some("大渡口区第十四届人民代表大会第一次会议"));
        assert_eq!((m.speaker.as_deref(), m.speaker_title.as_deref()), (Some("张国智"), Some("区长")));
    }

    #[test]
    fn speaker_inside_the_subtitle() {
        let m = header(
            "2025年上海市政府工作报告\n----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告\n来源：解放日报",
        );
        assert_eq!(m.meeting.as_deref(), Some("上海市第十六届人民代表大会第三次会议"));
        assert_eq!((m.speaker.as_deref(), m.speaker_title.as_deref()), (Some("龚正"), Some("市长")));
        assert_eq!(m.delivered_on, Date::new(2025, 1, 15));

        let m = header(
            "2025年北京市政府工作报告\n2025年1月14日在北京市第十六届人民代表大会第三次会议上北京市市长 殷勇同志作政府工作报告。",
        );
        assert_eq!(m.meeting.as_deref(), Some("北京市第十六届人民代表大会第三次会议"));
        assert_eq!(m.speaker.as_deref(), Some("殷勇"));
        assert_eq!(m.region.as_deref(), Some("北京市"));

        let m = header("——2025年1月14日自治区人民政府主席王莉霞在内蒙古自治区第十四届人民代表大会第三次会议上的讲话");
        assert_eq!(m.meeting.as_deref(), Some("内蒙古自治区第十四届人民代表大会第三次会议"));
        assert_eq!((m.speaker.as_deref(), m.speaker_title.as_deref()), (Some("王莉霞"), Some("主席")));
        assert_eq!(m.region.as_deref(), Some("内蒙古自治区"));
        assert_eq!(m.title, None);
    }

    #[test]
    fn letter_spaced_title_and_meeting_without_shang() {
        let m = header(
            "政 府 工 作 报 告\r\n\r\n \r\n----2012年2月29日在海拉尔区第十三届人民代表大会第六次会议\r\n\r\n海拉尔区人民政府区长　　张天喜\r\n",
        );
        assert_eq!(m.title.as_deref(), Some("政府工作报告"));
        assert_eq!(m.meeting.as_deref(), Some("海拉尔区第十三届人民代表大会第六次会议"));
        assert_eq!(m.speaker.as_deref(), Some("张天喜"));
        assert_eq!(m.region.as_deref(), Some("海拉尔区"));
        assert_eq!(m.report_year, Some(2012));
    }

    #[test]
    fn short_names_are_written_in_full() {
        let m = header(
            "2025年宁夏政府工作报告\n来源：青海日报\n——2025年1月19日在宁夏回族自治区第十三届人民代表大会第三次会议上\n宁夏回族自治区人民政府主席 张雨浦",
        );
        assert_eq!(m.region.as_deref(), Some("宁夏回族自治区"));
        let m = header("政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 孟凡利");
        assert_eq!(m.meeting.as_deref(), Some("广东省第十四届人民代表大会第五次会议"));
        assert_eq!(m.region.as_deref(), Some("广东省"));
    }

    #[test]
    fn full_width_digits_and_a_date_after_the_meeting() {
        let m = header("某县人民政府工作报告\n——２０２３年１月５日在某县第一届人民代表大会第二次会议上");
        assert_eq!(m.delivered_on, Date::new(2023, 1, 5));
        let m = header("某县人民政府工作报告\n——在某县第一届人民代表大会第二次会议上（2023年1月6日）");
        assert_eq!(m.delivered_on, Date::new(2023, 1, 6));
        assert_eq!(m.meeting.as_deref(), Some("某县第一届人民代表大会第二次会议"));
    }

    #[test]
    fn national_and_league_reports() {
        let m = header("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强");
        assert_eq!(m.meeting.as_deref(), Some("第十四届全国人民代表大会第二次会议"));
        assert_eq!((m.region.as_deref(), m.admin_level), (Some("中华人民共和国"), Some(AdminLevel::National)));
        assert_eq!(m.speaker_title.as_deref(), Some("国务院总理"));
        let m = header(
            "某某盟行政公署工作报告\n——2010年2月1日在某某盟第二届人民代表大会第三次会议上\n某某盟行政公署盟长 王二",
        );
        assert_eq!((m.region.as_deref(), m.admin_level), (Some("某某盟"), Some(AdminLevel::Prefecture)));
        assert_eq!(m.speaker_title.as_deref(), Some("盟长"));
    }

    #[test]
    fn no_header_gives_nulls() {
        let m = header("");
        assert_eq!(m, Metadata::default());
    }

    #[test]
    fn date_after_the_meeting_line() {
        let m = header("某县人民政府工作报告\n——在某县第一届人民代表大会第二次会议上\n（2023年1月5日）\n县长 李四");
        assert_eq!(m.meeting.as_deref(), Some("某县第一届人民代表大会第二次会议"));
        assert_eq!(m.delivered_on, Date::new(2023, 1, 5));
        assert_eq!(m.admin_level, Some(AdminLevel::County));
    }
}
