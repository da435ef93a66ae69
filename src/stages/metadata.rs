//! The report's own header: title, subtitle (date and meeting), speaker line.
//!
//! Layouts vary: letter-spaced titles (政 府 工 作 报 告), subtitles split over two lines,
//! `——2022年1月9日在…`, `--2014年2月19日在…` or no dash at all, speaker lines padded with
//! full-width spaces, names written with a space (龚 正). Lines are compared with all blanks
//! removed. A field the header does not give stays `None`; nothing is taken from the file name.

use std::sync::LazyLock;

use regex::Regex;

use super::body::{Bounds, is_junk, is_title};
use crate::model::Date;
use crate::text::squeeze;

/// What the header says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub title: Option<String>,
    pub region: Option<String>,
    pub admin_level: Option<&'static str>,
    pub report_year: Option<i32>,
    pub delivered_on: Option<Date>,
    pub meeting: Option<String>,
    pub speaker: Option<String>,
    pub speaker_title: Option<String>,
}

const DASHES: &str = "—-－─–～~―";

static SUBTITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[—\-－─–～~―]*(?:(?P<y>\d{4})|(?P<cy>[〇○零一二三四五六七八九]{4}))年(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日(?:在(?P<rest>.*))?$")
        .expect("valid regex")
});
static MEETING_REGION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<r>.+?)第?[一二三四五六七八九十百\d]+届人民代表大会").expect("valid regex"));
static TITLE_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?P<y>\d{4})年").expect("valid regex"));

static TITLES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut t = crate::dict::lines("speaker_titles.txt");
    t.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    t
});

/// Region names: canonical name, level, aliases.
pub struct Region {
    pub name: String,
    pub level: &'static str,
    pub aliases: Vec<String>,
}

pub static REGIONS: LazyLock<Vec<Region>> = LazyLock::new(|| {
    crate::dict::tsv("regions.tsv", 2)
        .into_iter()
        .map(|cols| Region {
            level: match cols[1].as_str() {
                "national" => "national",
                "province" => "province",
                "prefecture" => "prefecture",
                _ => "county",
            },
            aliases: cols
                .get(2)
                .map(|a| a.split(',').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect())
                .unwrap_or_default(),
            name: cols[0].clone(),
        })
        .collect()
});

/// The canonical form of a region name (`宁夏` -> `宁夏回族自治区`), if the list knows it.
pub fn canonical_region(name: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.name == name || r.aliases.iter().any(|a| a == name))
}

/// Is a squeezed line a subtitle (date, optionally followed by 在…会议上)?
pub fn is_subtitle(sq: &str) -> bool {
    SUBTITLE.is_match(sq.trim_start_matches(|c| DASHES.contains(c)))
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
        } else if m.delivered_on.is_none() && is_subtitle(line) {
            // A subtitle may be split over two lines: join until it ends with 上 (会议上).
            let mut sub = line.clone();
            while sub.contains('在') && !sub.ends_with('上') && i + 1 < hdr.len() && hdr[i + 1].chars().count() <= 30
            {
                i += 1;
                sub.push_str(&hdr[i]);
            }
            parse_subtitle(&sub, &mut m);
        } else if m.speaker.is_none() {
            if let Some((org, title, name)) = parse_speaker(line) {
                speaker_org = Some(org);
                m.speaker_title = Some(title);
                m.speaker = Some(name);
            }
        }
        i += 1;
    }
    if m.report_year.is_none() {
        m.report_year = m.title.as_deref().and_then(|t| TITLE_YEAR.captures(t)).and_then(|c| c["y"].parse().ok());
    }
    m.region = choose_region(&m, speaker_org.as_deref());
    m.admin_level = m.region.as_deref().map(admin_level);
    m
}

fn parse_subtitle(sub: &str, m: &mut Metadata) {
    let sub = sub.trim_start_matches(|c| DASHES.contains(c));
    let Some(c) = SUBTITLE.captures(sub) else { return };
    let year = match (c.name("y"), c.name("cy")) {
        (Some(y), _) => y.as_str().parse().ok(),
        (_, Some(cy)) => cy.as_str().chars().map(cn_digit).collect::<Option<String>>().and_then(|d| d.parse().ok()),
        _ => None,
    };
    let month = small_number(&c["m"]);
    let day = small_number(&c["d"]);
    if let (Some(y), Some(mo), Some(d)) = (year, month, day) {
        m.delivered_on = Date::new(y, mo, d);
        m.report_year = Some(y);
    }
    if let Some(rest) = c.name("rest") {
        let meeting = rest.as_str().trim_end_matches('上').trim_end_matches('：');
        if !meeting.is_empty() {
            m.meeting = Some(meeting.to_string());
        }
    }
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
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let digit = |c: char| cn_digit(c).and_then(|d| d.to_digit(10));
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digit(*c),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', u] => Some(10 * digit(*t)? + digit(*u)?),
        _ => None,
    }
}

/// `重庆市大渡口区人民政府区长张国智` -> (重庆市大渡口区人民政府, 区长, 张国智).
fn parse_speaker(line: &str) -> Option<(String, String, String)> {
    if line.contains(['。', '，', '：', ':']) || line.chars().count() > 40 {
        return None;
    }
    for t in TITLES.iter() {
        if let Some(pos) = line.rfind(t.as_str()) {
            let name = &line[pos + t.len()..];
            let n = name.chars().count();
            let is_name =
                (2..=4).contains(&n) && name.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || c == '·');
            if is_name {
                return Some((line[..pos].to_string(), t.clone(), name.to_string()));
            }
        }
    }
    None
}

/// The region as named by title, meeting and speaker line; the fuller name wins where one
/// contains another (宁夏 / 宁夏回族自治区), and known short names are expanded.
fn choose_region(m: &Metadata, speaker_org: Option<&str>) -> Option<String> {
    let from_title = m.title.as_deref().map(|t| {
        let t = TITLE_YEAR.replace(t, "");
        t.trim_end_matches("工作报告").trim_end_matches("政府").trim_end_matches("人民").to_string()
    });
    let from_meeting = m.meeting.as_deref().and_then(|x| MEETING_REGION.captures(x)).map(|c| c["r"].to_string());
    let from_speaker = speaker_org.map(|o| o.trim_end_matches("政府").trim_end_matches("人民").to_string());
    let plausible = |r: &String| r.chars().count() >= 2 && !matches!(r.as_str(), "自治区" | "本省" | "本市");
    let candidates: Vec<String> =
        [from_title, from_meeting, from_speaker].into_iter().flatten().filter(plausible).collect();
    let mut best: Option<String> = None;
    for c in candidates {
        best = match best {
            None => Some(c),
            Some(b)
                if c.chars().count() > b.chars().count()
                    && (c.contains(b.as_str()) || c.starts_with(&b[..first_char_len(&b)]))
                    && c.contains(core(&b)) =>
            {
                Some(c)
            }
            Some(b) => Some(b),
        };
    }
    best.map(|b| canonical_region(&b).filter(|r| r.level == "province").map_or(b, |r| r.name.clone()))
}

fn first_char_len(s: &str) -> usize {
    s.chars().next().map_or(0, char::len_utf8)
}

/// A name without its administrative suffix (宁夏回族自治区 -> 宁夏回族, 海拉尔区 -> 海拉尔).
fn core(name: &str) -> &str {
    for suf in ["自治区", "自治州", "自治县", "省", "市", "区", "县", "旗", "州", "盟"] {
        if let Some(c) = name.strip_suffix(suf) {
            if !c.is_empty() {
                return c;
            }
        }
    }
    name
}

/// Administrative level from the name: a known province-level unit, or the suffix of what
/// follows one (重庆市大渡口区 -> county).
pub fn admin_level(region: &str) -> &'static str {
    if let Some(r) = canonical_region(region) {
        return r.level;
    }
    if region.contains("中华人民共和国") || region == "国务院" {
        return "national";
    }
    // Strip a province-level prefix.
    let mut rest = region;
    for r in REGIONS.iter().filter(|r| r.level == "province") {
        for name in std::iter::once(&r.name).chain(r.aliases.iter()) {
            if let Some(x) = region.strip_prefix(name.as_str()) {
                if x.chars().count() < rest.chars().count() {
                    rest = x;
                }
            }
        }
    }
    if rest.is_empty() {
        return "province";
    }
    let units = rest.matches(['市', '州', '盟']).count() + rest.matches("地区").count();
    if rest.ends_with(['区', '县', '旗']) && !rest.ends_with("地区") && !rest.ends_with("自治区") {
        "county"
    } else if units >= 2 {
        "county" // 县级市 under a prefecture: 呼伦贝尔市满洲里市
    } else {
        "prefecture"
    }
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
        assert_eq!(parse_speaker("自治区人民政府主席包钢作政府工作报告。本报记者韩卿立摄"), None);
    }

    #[test]
    fn levels() {
        assert_eq!(admin_level("重庆市大渡口区"), "county");
        assert_eq!(admin_level("海拉尔区"), "county");
        assert_eq!(admin_level("宁夏回族自治区"), "province");
        assert_eq!(admin_level("上海市"), "province");
        assert_eq!(admin_level("四川省成都市"), "prefecture");
        assert_eq!(admin_level("内蒙古自治区呼伦贝尔市海拉尔区"), "county");
    }

    #[test]
    fn chinese_numeral_dates() {
        let mut m = Metadata::default();
        parse_subtitle("——二〇二二年一月九日在某区第一届人民代表大会第一次会议上", &mut m);
        assert_eq!(m.delivered_on, Date::new(2022, 1, 9));
        assert_eq!(m.meeting.as_deref(), Some("某区第一届人民代表大会第一次会议"));
    }
}
