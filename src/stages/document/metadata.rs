//! The `documents` fields a report's header gives: title, region and level, report year,
//! delivery date, meeting, speaker.
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

use super::body::{Bounds, is_junk};
use super::header::{
    DATE, DATE_PATTERN, MONTH_DAY, is_bare_name, is_meeting_line, is_subtitle, is_title, office_alone, parse_speaker,
    speaker_part, strip_government, strip_trailing_bracket, title_split, unlead, unmark,
};
use super::region::{admin_level, admin_suffix, canonical_region, core, plausible_region};
use crate::lang::numerals::{self, small_number};
use crate::lang::text::squeeze;
use crate::model::Date;
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

/// From this month on, a session plans the next year (a report of 2024-12-25 is the 2025
/// report).
const PLANS_NEXT_YEAR_FROM_MONTH: u32 = 11;
/// How far into the body the opening paragraph names the speaking government.
const OPENING_BYTES: usize = 600;

/// A date in brackets after the meeting: `在…会议上（2023年1月5日）`.
static DATE_IN_BRACKETS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("[（(]{DATE_PATTERN}[）)]?$")).expect("valid regex"));
/// The region named at the start of a meeting: `大渡口区第十四届人民代表大会…` -> 大渡口区.
static MEETING_REGION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<r>.*?)第?[一二三四五六七八九十百\d]+届").expect("valid regex"));
/// A year leading a title: `2025年上海市政府工作报告`.
static TITLE_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?P<y>\d{4})年").expect("valid regex"));
/// A year anywhere in a title: `上海市2003年政府工作报告` (one followed by a month is a date).
static YEAR_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<y>(?:19|20)\d{2})年(?P<month>[\d一二三四五六七八九十]{1,3}月)?").expect("valid regex")
});
/// A full date anywhere in a line: `（2013年12月25日 安桂武）`.
static DATE_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| Regex::new(DATE_PATTERN).expect("valid regex"));
/// Who speaks in a report's opening: `我代表北京市人民政府`, `我代表国务院`.
static SPEAKING_GOVERNMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"我代表(?P<g>国务院|[\p{Han}]{1,20}?(?:人民政府|行政公署))").expect("valid regex"));

/// Parse the header lines. `title_hint` is a title the source gives besides the text (a
/// Markdown file's front matter): it names the region and the year when the header does not.
pub fn parse(s: &str, b: &Bounds, title_hint: Option<&str>) -> Metadata {
    let mut m = Metadata::default();
    let hdr: Vec<String> = b
        .lines
        .iter()
        .filter(|l| l.end > b.header.start && l.end <= b.header.end)
        .map(|l| l.text(s))
        .filter(|t| !is_junk(t))
        .map(|t| unmark(&squeeze(t)).to_string())
        .filter(|t| !t.is_empty())
        .collect();
    let mut speaker_org = None;
    // Did the line before close a subtitle? A name alone on the next line is its speaker.
    let mut after_subtitle = false;
    let mut i = 0;
    while i < hdr.len() {
        let line = &hdr[i];
        let follows_subtitle = std::mem::take(&mut after_subtitle);
        let bare = strip_trailing_bracket(line);
        let inner = line.get(bare.len()..).map(unlead).unwrap_or("");
        let one_line =
            bare.len() < line.len() && m.delivered_on.is_none() && (is_subtitle(inner) || DATE.is_match(inner));
        if (m.title.is_none() || one_line) && is_title(line) {
            // A one-line header: 政府工作报告（2022年1月24日在吉林省…会议上 省长 韩俊）.
            if one_line {
                m.title.get_or_insert_with(|| bare.to_string());
                if let Some(org) = parse_subtitle(inner, &mut m) {
                    speaker_org = Some(org);
                }
            } else {
                m.title = Some(line.clone());
            }
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
            after_subtitle = true;
        } else if m.speaker.is_none()
            && let Some((org, title, name)) = parse_speaker(line)
        {
            speaker_org = Some(org);
            m.speaker_title = Some(title);
            m.speaker = Some(name);
        } else if m.speaker.is_none()
            && let Some((org, title)) = office_alone(line)
            && let Some(name) = hdr.get(i + 1).filter(|n| is_bare_name(n))
        {
            // 东莞市人民政府市长 / 吕成蹊: the office on one line, the name on the next.
            speaker_org = Some(org).filter(|o| !o.is_empty());
            m.speaker_title = Some(title);
            m.speaker = Some(name.clone());
            i += 1;
        } else if m.speaker.is_none() && follows_subtitle && is_bare_name(line) {
            // ——2017年1月15日在湖北省第十二届人民代表大会第五次会议上 / 王晓东: the name
            // alone, without an office (speaker_title stays empty rather than guessed).
            m.speaker = Some(line.clone());
        }
        i += 1;
    }
    if m.report_year.is_none() {
        m.report_year = m.title.as_deref().and_then(year_of_title);
    }
    let hint = title_hint.map(squeeze);
    let hint = hint.as_deref().map(unmark).filter(|h| !h.is_empty());
    if let Some(h) = hint {
        if m.delivered_on.is_none()
            && let Some(c) = DATE_ANYWHERE.captures(h)
        {
            let mut dm = Metadata::default();
            set_date(&c, &mut dm);
            m.delivered_on = dm.delivered_on;
            m.report_year = m.report_year.or(dm.report_year);
        }
        if m.report_year.is_none() {
            m.report_year = year_of_title(h);
        }
        if m.speaker.is_none() {
            m.speaker = dated_name(h).map(str::to_string);
        }
        if (m.speaker.is_none() || m.meeting.is_none()) && h.contains('在') && h.contains("会议") {
            // 杨雄市长在上海市第十四届人民代表大会第二次会议上的政府工作报告: a title that
            // names the speaker or the meeting, taken where the header does not.
            let mut from_title = Metadata::default();
            let org = parse_meeting_clause(strip_trailing_bracket(h), &mut from_title);
            if m.speaker.is_none() && from_title.speaker.is_some() {
                m.speaker = from_title.speaker;
                m.speaker_title = from_title.speaker_title;
                speaker_org = speaker_org.or(org);
            }
            m.meeting = m.meeting.take().or(from_title.meeting);
        }
    }
    if m.delivered_on.is_none()
        && let Some(year) = m.report_year
        && let Some(c) = hdr.iter().filter(|l| is_meeting_line(l)).find_map(|l| MONTH_DAY.captures(unlead(l)))
        && let (Some(mo), Some(d)) = (small_number(&c["m"]), small_number(&c["d"]))
    {
        // ——3 月 1 日 在海口市第十三届人民代表大会第二次会议上: the report's year (the year
        // before for a session in November or December, which plans the next year).
        let y = if mo >= PLANS_NEXT_YEAR_FROM_MONTH { year - 1 } else { year };
        m.delivered_on = Date::new(y, mo, d);
    }
    m.region = choose_region(&m, speaker_org.as_deref(), hint, s.get(b.body.clone()).unwrap_or(""));
    let speaking = if m.region.is_none() { speaking_government(s, b) } else { None };
    match speaking {
        Some(r) if whole_region(&r) => {
            m.region = Some(canonical_region(&r).map_or(r, |c| c.name.clone()));
            m.admin_level = m.region.as_deref().and_then(admin_level);
        }
        // 我代表省人民政府: the level is plain; the province is the one the body names, when one
        // province clearly dominates the others.
        Some(r) => {
            m.admin_level = admin_suffix(&r).filter(|(s, l)| *s == r && *l == AdminLevel::Province).map(|x| x.1);
            if m.admin_level == Some(AdminLevel::Province) {
                m.region = dominant_province(s.get(b.body.clone()).unwrap_or(""));
            }
        }
        None => m.admin_level = m.region.as_deref().and_then(admin_level),
    }
    m
}

/// The year of a title: leading (2025年上海市政府工作报告), after the region
/// (上海市2003年政府工作报告) or in brackets (…政府工作报告（2014年）); never a date's year
/// followed by a month (that is a delivery date, read by [`set_date`]).
fn year_of_title(t: &str) -> Option<i32> {
    if let Some(c) = DATE_ANYWHERE.captures(t) {
        let mut dm = Metadata::default();
        set_date(&c, &mut dm);
        return dm.report_year;
    }
    first_year(t)
}

/// The first year in a text that is not the year of a date.
pub fn first_year(t: &str) -> Option<i32> {
    YEAR_ANYWHERE.captures_iter(t).find(|c| c.name("month").is_none()).and_then(|c| c["y"].parse().ok())
}

/// The government that speaks in the opening paragraph of a report without a header
/// (我代表北京市人民政府, 我代表国务院, 我代表省人民政府): a region only when it is named, never
/// guessed; a bare 省 or 自治区 still gives the level.
fn speaking_government(s: &str, b: &Bounds) -> Option<String> {
    let mut end = b.body.end.min(b.body.start + OPENING_BYTES);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let head = s.get(b.body.start..end)?;
    let c = SPEAKING_GOVERNMENT.captures(head)?;
    let r = strip_government(&c["g"]);
    Some(if r == "国务院" { "中华人民共和国" } else { r }.to_string())
}

/// A province the body names far more than any other: at least [`DOMINANT_MIN`] mentions of its
/// name or short form (江西省, 江西) and at least twice those of the next. A province's own report
/// names it throughout (全省, 秀美江西, 江西经济); one that speaks of a neighbour names that
/// neighbour a few times. Mentions inside a longer region name (江西 in 江西省 counts once) and
/// names of one or two characters that are not the province's full name are ignored.
fn dominant_province(body: &str) -> Option<String> {
    let lex = crate::lexicon::get();
    let mut counts: Vec<(usize, &str)> = Vec::new();
    for r in lex.regions.iter().filter(|r| r.level == AdminLevel::Province) {
        let mut names: Vec<&str> = std::iter::once(r.name.as_str())
            .chain(r.aliases.iter().map(String::as_str))
            .filter(|n| n.chars().count() >= 2)
            .collect();
        // Longest first, so that a mention counts once under its longest form.
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
        for n in names {
            for (at, _) in body.match_indices(n) {
                if !taken.iter().any(|t| t.start <= at && at < t.end) {
                    taken.push(at..at + n.len());
                }
            }
        }
        if !taken.is_empty() {
            counts.push((taken.len(), r.name.as_str()));
        }
    }
    counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let (top, name) = *counts.first()?;
    let next = counts.get(1).map_or(0, |c| c.0);
    (top >= DOMINANT_MIN && top >= 2 * next).then(|| name.to_string())
}

/// Fewest mentions for [`dominant_province`].
const DOMINANT_MIN: usize = 5;

/// A whole region name: one the region list knows, or one ending in an administrative
/// suffix, made of Han characters and not a fragment (代理, 常务副, 所作).
pub(super) fn whole_region(r: &str) -> bool {
    if !plausible_region(r) || !r.chars().all(crate::lang::chars::is_han) {
        return false;
    }
    canonical_region(r).is_some() || admin_suffix(r).is_some_and(|(suffix, _)| r.len() > suffix.len())
}

/// The first region the list knows in a text (a title: 杨雄市长在上海市第十四届…), taking a
/// prefecture after its province (江苏省无锡市 -> 无锡市). A name counts only where it is
/// whole: not followed by another Han character of a longer name the list knows.
fn known_region_in(t: &str) -> Option<String> {
    let names = &*REGION_NAMES;
    // Where each name first occurs (pattern, position), in the order the regions are listed:
    // one pass over the text instead of a substring search per name of the list.
    let mut found: Vec<(usize, usize)> = Vec::new();
    for m in names.automaton.find_overlapping_iter(t) {
        let k = m.pattern().as_usize();
        match found.iter_mut().find(|(j, _)| *j == k) {
            Some(f) => f.1 = f.1.min(m.start()),
            None => found.push((k, m.start())),
        }
    }
    found.sort_unstable();
    let mut best: Option<(usize, &crate::lexicon::Region, usize)> = None;
    for (k, pos) in found {
        let (r, len) = names.of[k];
        let better = match best {
            None => true,
            Some((p, b, blen)) => {
                pos < p
                    || (pos == p && len > blen)
                    || (b.level == AdminLevel::Province
                        && r.province.as_deref() == Some(b.name.as_str())
                        && pos == p + blen)
            }
        };
        if better {
            best = Some((pos, r, len));
        }
    }
    best.map(|(_, r, _)| r.name.clone())
}

/// The names [`known_region_in`] looks for: every name and alias of two characters or more of
/// the regions below the country, in list order, as one automaton, with the region and the
/// length in bytes of each.
struct RegionNames {
    automaton: aho_corasick::AhoCorasick,
    of: Vec<(&'static crate::lexicon::Region, usize)>,
}

static REGION_NAMES: LazyLock<RegionNames> = LazyLock::new(|| {
    let lex = crate::lexicon::get();
    let mut words: Vec<&str> = Vec::new();
    let mut of = Vec::new();
    for r in lex.regions.iter().filter(|r| r.level != AdminLevel::National) {
        for n in std::iter::once(&r.name).chain(r.aliases.iter()) {
            if n.chars().count() >= 2 {
                words.push(n.as_str());
                of.push((r, n.len()));
            }
        }
    }
    let automaton = aho_corasick::AhoCorasick::new(&words).expect("region names build an automaton");
    RegionNames { automaton, of }
});

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
    // ——在2013年1月23日山西省第十二届人民代表大会第一次会议上: the date after 在.
    let t = t.strip_prefix('在').filter(|r| DATE.is_match(r)).unwrap_or(t);
    let mut rest = t;
    if let Some(c) = DATE.captures(t) {
        set_date(&c, m);
        rest = &t[c.get(0).map_or(0, |x| x.end())..];
    } else if let Some(c) = DATE_IN_BRACKETS.captures(sub) {
        set_date(&c, m);
    }
    if m.speaker.is_none()
        && let Some(name) = dated_name(sub)
    {
        // （2006年1月16日 梁保华）: a date and a name, no office.
        m.speaker = Some(name.to_string());
        return None;
    }
    parse_meeting_clause(rest, m)
}

/// The name after a full date in brackets: `七台河市政府工作报告（2016年1月8日马志勇）` ->
/// 马志勇 (squeezed text). Collections write a report's date and speaker this way, in a title
/// or on a line of their own.
fn dated_name(t: &str) -> Option<&str> {
    let date = DATE_ANYWHERE.find(t)?;
    let open = t[..date.start()].chars().next_back()?;
    let close = match open {
        '（' => '）',
        '(' => ')',
        _ => return None,
    };
    let rest = &t[date.end()..];
    let name = &rest[..rest.find(close)?];
    is_bare_name(name).then_some(name)
}

/// Delivery date and report year from a matched date.
fn set_date(c: &regex::Captures, m: &mut Metadata) {
    let year = c.name("y").or(c.name("cy")).and_then(|y| numerals::year(y.as_str()));
    let month = small_number(&c["m"]);
    let day = c.name("d").and_then(|d| small_number(d.as_str()));
    if let (Some(y), Some(mo)) = (year, month)
        && (1..=12).contains(&mo)
    {
        // A session held in November or December plans the next year's work.
        m.report_year = Some(if mo >= PLANS_NEXT_YEAR_FROM_MONTH { y + 1 } else { y });
        m.delivered_on = day.and_then(|d| Date::new(y, mo, d));
    }
}

/// `在X会议上`, `龚正市长在X会议的政府工作报告`, `在X会议上省长许昆林作政府工作报告。`:
/// the meeting, and the speaker before 在 or after the meeting.
fn parse_meeting_clause(rest: &str, m: &mut Metadata) -> Option<String> {
    let (before, after) = match rest.find('在') {
        Some(p) => (&rest[..p], &rest[p + '在'.len_utf8()..]),
        // 哈尔滨市十二届人大二次会议通过: the meeting alone.
        None if rest.contains("会议") => ("", rest),
        None => return None,
    };
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
/// the web page's), unless the body outvotes it: a header line with a slip of one character
/// (宿州市's report given `在苏州市第四届人民代表大会…上`) names a region the body never or
/// hardly mentions, while the report names its own region throughout.
fn choose_region(m: &Metadata, speaker_org: Option<&str>, hint: Option<&str>, body: &str) -> Option<String> {
    let candidates: Vec<String> = [
        speaker_org.map(region_of_office),
        m.meeting.as_deref().and_then(region_of_meeting),
        m.title.as_deref().map(region_of_title),
        m.title.as_deref().and_then(known_region_in),
        hint.map(region_of_title),
        hint.and_then(known_region_in),
    ]
    .into_iter()
    .flatten()
    .filter(|r| whole_region(r))
    .map(|r| canonical_region(&r).map_or(r, |c| c.name.clone()))
    .collect();
    let related = |a: &str, b: &str| a.contains(b) || b.contains(a) || a.contains(core(b)) || b.contains(core(a));
    let mut best: Option<String> = None;
    for c in &candidates {
        best = match best {
            None => Some(c.clone()),
            Some(b) if c.chars().count() > b.chars().count() && (c.contains(b.as_str()) || c.contains(core(&b))) => {
                Some(c.clone())
            }
            Some(b) => Some(b),
        };
    }
    let best = best?;
    let mentions = |r: &str| body.matches(core(r)).count();
    let rival = candidates
        .iter()
        .filter(|c| !related(c, &best))
        .max_by_key(|c| (mentions(c), std::cmp::Reverse(c.as_str())))
        .filter(|c| {
            let (theirs, ours) = (mentions(c), mentions(&best));
            theirs >= OUTVOTE_MIN && theirs >= OUTVOTE_FACTOR * ours.max(1)
        });
    Some(rival.cloned().unwrap_or(best))
}

/// Fewest body mentions with which a region named by a lower-ranked header line outvotes the
/// chosen one, and by what factor ([`choose_region`]).
const OUTVOTE_MIN: usize = 5;
const OUTVOTE_FACTOR: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    /// The region search over one automaton finds what a substring search per name finds, in
    /// the header lines of the reports of raw/ and in made-up titles where names overlap.
    #[test]
    fn known_region_in_is_a_search_per_name() {
        fn by_name(t: &str) -> Option<String> {
            let lex = crate::lexicon::get();
            let mut best: Option<(usize, &crate::lexicon::Region, usize)> = None;
            for r in lex.regions.iter().filter(|r| r.level != AdminLevel::National) {
                for n in std::iter::once(&r.name).chain(r.aliases.iter()) {
                    if n.chars().count() < 2 {
                        continue;
                    }
                    if let Some(pos) = t.find(n.as_str()) {
                        let better = match best {
                            None => true,
                            Some((p, b, len)) => {
                                pos < p
                                    || (pos == p && n.len() > len)
                                    || (b.level == AdminLevel::Province
                                        && r.province.as_deref() == Some(b.name.as_str())
                                        && pos == p + len)
                            }
                        };
                        if better {
                            best = Some((pos, r, n.len()));
                        }
                    }
                }
            }
            best.map(|(_, r, _)| r.name.clone())
        }
        let mut lines: Vec<String> = vec![
            "江苏省无锡市政府工作报告".into(),
            "无锡市江苏省".into(),
            "杨雄市长在上海市第十四届人民代表大会".into(),
            "宁夏回族自治区宁夏".into(),
            "内蒙古自治区呼伦贝尔市海拉尔区".into(),
            String::new(),
        ];
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "txt" || x == "md") {
                    out.push(p);
                }
            }
        }
        let mut files = Vec::new();
        walk(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/raw")), &mut files);
        files.sort();
        // (Not the report being annotated as a blind gold.)
        for p in files.iter().filter(|p| !p.ends_with("湖北省/2017.md")).step_by(5) {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            lines.extend(text.lines().take(30).map(str::to_string));
        }
        let mut n = 0;
        for w in lines.windows(2) {
            for t in [w[0].clone(), format!("{}{}", w[0], w[1])] {
                assert_eq!(known_region_in(&t), by_name(&t), "{t}");
                n += usize::from(by_name(&t).is_some());
            }
        }
        assert!(n > 20, "titles with a region: {n}");
    }

    fn header(text: &str) -> Metadata {
        let s = format!("{text}\n各位代表：\n一、工作回顾\n增长5%。\n");
        parse(&s, &super::super::body::find(&s), None)
    }

    /// A report without a header, spoken for 省人民政府: the province its body names throughout,
    /// when one clearly dominates; none when two are named alike or too rarely.
    #[test]
    fn headerless_province_from_the_body() {
        let parse_body = |body: &str| {
            let s = format!("各位代表：\n现在，我代表省人民政府向大会报告工作。\n{body}\n");
            parse(&s, &super::super::body::find(&s), None)
        };
        let m = parse_body("江西经济增长。秀美江西。江西省农业。江西工业。建设江西。与浙江合作。");
        assert_eq!((m.region.as_deref(), m.admin_level), (Some("江西省"), Some(AdminLevel::Province)));
        let m = parse_body("江西经济。江西工业。江西农业。浙江经济。浙江工业。浙江农业。");
        assert_eq!((m.region, m.admin_level), (None, Some(AdminLevel::Province)));
        let m = parse_body("江西经济增长。秀美江西。");
        assert_eq!(m.region, None);
    }

    /// Collections give a speaker's name without an office: alone on the line after the
    /// subtitle, after the date in brackets, or in the title they keep beside the text. An
    /// office alone (`市长`) names no one.
    #[test]
    fn speaker_named_without_an_office() {
        let m = header("——2017年1月15日在湖北省第十二届人民代表大会第五次会议上\n\n王晓东\n");
        assert_eq!((m.speaker.as_deref(), m.speaker_title), (Some("王晓东"), None));
        assert_eq!(m.meeting.as_deref(), Some("湖北省第十二届人民代表大会第五次会议"));
        let m = header("江苏省2006年政府工作报告\n\n（2006年1月16日　梁保华）\n");
        assert_eq!((m.speaker.as_deref(), m.delivered_on), (Some("梁保华"), Date::new(2006, 1, 16)));
        let m = header("新疆自治区2006年政府工作报告\n（2006年1月17日 司马义·铁力瓦尔地）\n");
        assert_eq!(m.speaker.as_deref(), Some("司马义·铁力瓦尔地"));
        let s = "各位代表：\n一、工作回顾\n增长5%。\n";
        let m = parse(s, &super::super::body::find(s), Some("七台河市政府工作报告 （2016年1月8日 马志勇）"));
        assert_eq!(m.speaker.as_deref(), Some("马志勇"));
        let m = header("**——2023年2月4日在昆明市第十五届人民代表大会第三次会议上**\n**市长**\n");
        assert_eq!(m.speaker, None);
        // The office on one line, the name on the next; a title naming the speaker.
        let m = header("——2023年2月9日在东莞市第十七届人民代表大会第三次会议上\n东莞市人民政府市长\n吕成蹊\n");
        assert_eq!((m.speaker.as_deref(), m.speaker_title.as_deref()), (Some("吕成蹊"), Some("市长")));
        let title = "杨雄市长在上海市第十四届人民代表大会第二次会议上的政府工作报告（2014年）";
        let m = parse(s, &super::super::body::find(s), Some(title));
        assert_eq!((m.speaker.as_deref(), m.speaker_title.as_deref()), (Some("杨雄"), Some("市长")));
        // A name only counts right after the subtitle, not anywhere in the header.
        let m = header("政府工作报告\n王晓东\n");
        assert_eq!(m.speaker, None);
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

    /// A slip in the meeting line (宿州 written 苏州) is outvoted by the title and the body.
    #[test]
    fn a_meeting_line_with_a_slip_is_outvoted_by_the_body() {
        let body = "宿州市经济平稳增长。".repeat(6);
        let with_title = |s: &str, t| parse(s, &super::super::body::find(s), Some(t));
        let s = format!("——2015年1月19日在苏州市第四届人民代表大会第四次会议上\n市长 史翔\n各位代表：\n{body}");
        let m = with_title(&s, "宿州市政府工作报告 （2015年1月19日 史翔）");
        assert_eq!(m.region.as_deref(), Some("宿州市"));
        // A body that hardly names the title's region leaves the meeting's region standing.
        let body = "全市经济平稳增长。".repeat(6);
        let s = format!("——2015年1月19日在苏州市第四届人民代表大会第四次会议上\n市长 史翔\n各位代表：\n{body}");
        let m = with_title(&s, "宿州市政府工作报告");
        assert_eq!(m.region.as_deref(), Some("苏州市"));
    }

    /// A subtitle dated without a year gives its meeting, and the date in the title's year.
    #[test]
    fn a_subtitle_dated_without_a_year() {
        let m =
            header("2004年海口市政府工作报告\n——3 月 1 日 在海口市第十三届人民代表大会第二次会议上\n海口市市长 陈成");
        assert_eq!(m.meeting.as_deref(), Some("海口市第十三届人民代表大会第二次会议"));
        assert_eq!(m.delivered_on, Date::new(2004, 3, 1));
        assert_eq!(m.speaker.as_deref(), Some("陈成"));
        let m = header("2005年某市政府工作报告\n——12月28日在某市第一届人民代表大会第二次会议上");
        assert_eq!(m.delivered_on, Date::new(2004, 12, 28));
    }

    /// A collection's title gives the meeting when the header does not; a date after 在 is read.
    #[test]
    fn meeting_from_the_title_and_a_date_after_zai() {
        let s = "拉萨市常务副市长 李昌安\n各位代表：\n一、工作回顾\n增长5%。\n";
        let m = parse(
            s,
            &super::super::body::find(s),
            Some("2002年3月26日在拉萨市第七届人民代表大会第六次会议上的政府工作报告"),
        );
        assert_eq!(m.meeting.as_deref(), Some("拉萨市第七届人民代表大会第六次会议"));
        assert_eq!(m.delivered_on, Date::new(2002, 3, 26));
        let m =
            header("2013年山西省政府工作报告\n——在2013年1月23日山西省第十二届人民代表大会第一次会议上\n代省长 李小鹏");
        assert_eq!(m.meeting.as_deref(), Some("山西省第十二届人民代表大会第一次会议"));
        assert_eq!(m.delivered_on, Date::new(2013, 1, 23));
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
