//! Who gives a report: `regions.tsv` (named regions), `admin_suffixes.tsv` (endings that tell
//! an administrative level) and `speaker_titles.tsv` (offices, government bodies, the words
//! around a speaker's name).

use std::collections::HashSet;

use super::{LexiconError, Source};
use crate::vocab::{AdminLevel, vocabulary};

pub(crate) const REGION_COLUMNS: &[&str] = &["name", "level", "aliases", "province"];
pub(crate) const SUFFIX_COLUMNS: &[&str] = &["ending", "level"];
pub(crate) const SPEAKER_COLUMNS: &[&str] = &["kind", "word"];

/// A row of `regions.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// The canonical name (宁夏回族自治区).
    pub name: String,
    pub level: AdminLevel,
    /// Other ways reports write it (宁夏).
    pub aliases: Vec<String>,
    /// The province-level division a prefecture (or a listed county) belongs to (无锡市 ->
    /// 江苏省); `None` for the country and the provinces.
    pub province: Option<String>,
}

pub(crate) fn read_regions(src: &Source) -> Result<Vec<Region>, LexiconError> {
    let mut out = Vec::new();
    let mut names = HashSet::new();
    for row in src.rows(REGION_COLUMNS, 2)? {
        let name = row.word(0, "name")?;
        let level = row.term(1)?;
        let aliases: Vec<String> =
            row.cell(2).split(',').map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect();
        let province = Some(row.cell(3).to_string()).filter(|p| !p.is_empty());
        if matches!(level, AdminLevel::National | AdminLevel::Province) && province.is_some() {
            return Err(row.error(format!("{name:?} is a {level} row: it belongs to no province")));
        }
        for n in std::iter::once(&name).chain(aliases.iter()) {
            if !names.insert(n.clone()) {
                return Err(row.error(format!("{n:?} is listed twice")));
            }
        }
        out.push(Region { name, level, aliases, province });
    }
    Ok(out)
}

/// A row of `admin_suffixes.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdminSuffix {
    /// The end of a name (自治州).
    pub ending: String,
    /// Province, prefecture or county (never national: a country is named, not suffixed).
    pub level: AdminLevel,
}

pub(crate) fn read_admin_suffixes(src: &Source) -> Result<Vec<AdminSuffix>, LexiconError> {
    let mut out = Vec::new();
    for row in src.rows(SUFFIX_COLUMNS, 2)? {
        let ending = row.word(0, "ending")?;
        let level = row.term(1)?;
        if level == AdminLevel::National {
            return Err(row.error("an ending is province, prefecture or county (name a country in regions.tsv)"));
        }
        out.push(AdminSuffix { ending, level });
    }
    Ok(out)
}

vocabulary! {
    /// What a row of `speaker_titles.tsv` is.
    pub enum SpeakerKind ("speaker word kind") {
        /// An office of the speaker (省长, 代市长).
        Title = "title",
        /// A government body after a region's name (人民政府, 行政公署).
        Gov = "gov",
        /// Words after a speaker's name that say what the speaker did (作政府工作报告).
        After = "after",
        /// Follows a name (同志).
        Honorific = "honorific",
    }
}

/// A row of `speaker_titles.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerWord {
    pub kind: SpeakerKind,
    pub word: String,
}

pub(crate) fn read_speaker_words(src: &Source) -> Result<Vec<SpeakerWord>, LexiconError> {
    src.rows(SPEAKER_COLUMNS, 2)?
        .iter()
        .map(|row| Ok(SpeakerWord { kind: row.term(0)?, word: row.word(1, "word")? }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_regions_and_offices() {
        let regions = read_regions(&Source::embedded("regions.tsv")).unwrap();
        let nx = regions.iter().find(|r| r.aliases.iter().any(|a| a == "宁夏")).unwrap();
        assert_eq!((nx.name.as_str(), nx.level), ("宁夏回族自治区", AdminLevel::Province));
        let wx = regions.iter().find(|r| r.aliases.iter().any(|a| a == "无锡")).unwrap();
        assert_eq!((wx.name.as_str(), wx.province.as_deref()), ("无锡市", Some("江苏省")));
        for r in regions.iter().filter(|r| matches!(r.level, AdminLevel::Prefecture | AdminLevel::County)) {
            let p = r.province.as_deref().unwrap_or_else(|| panic!("{} names its province", r.name));
            assert!(regions.iter().any(|q| q.name == p && q.level == AdminLevel::Province), "{p}");
        }
        let suffixes = read_admin_suffixes(&Source::embedded("admin_suffixes.tsv")).unwrap();
        assert!(suffixes.iter().any(|s| s.ending == "旗" && s.level == AdminLevel::County));
        let words = read_speaker_words(&Source::embedded("speaker_titles.tsv")).unwrap();
        assert!(words.contains(&SpeakerWord { kind: SpeakerKind::Title, word: "区长".into() }));
        assert!(words.contains(&SpeakerWord { kind: SpeakerKind::Honorific, word: "同志".into() }));
    }

    #[test]
    fn a_bad_level_is_named() {
        let err = read_regions(&Source::text("r.tsv", "北京市\tcity\t北京\n")).unwrap_err().to_string();
        assert!(err.starts_with("r.tsv line 1: unknown administrative level \"city\""), "{err}");
        let err = read_regions(&Source::text("r.tsv", "北京市\tprovince\t北京\n京\tprefecture\t北京\t北京市\n"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("r.tsv line 2: \"北京\" is listed twice"), "{err}");
        let err = read_admin_suffixes(&Source::text("s.tsv", "国\tnational\n")).unwrap_err().to_string();
        assert!(err.starts_with("s.tsv line 1: "), "{err}");
    }
}
