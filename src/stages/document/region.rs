//! Region names and administrative levels (`dict/regions.tsv`, `dict/admin_suffixes.tsv`):
//! the canonical name of a region (宁夏 -> 宁夏回族自治区) and the level of a government from its
//! name (重庆市大渡口区 -> county).

use std::sync::LazyLock;

use crate::vocab::AdminLevel;

/// Region names: canonical name, level, aliases (`dict/regions.tsv`).
pub use crate::lexicon::Region;

/// The canonical form of a region name (`宁夏` -> `宁夏回族自治区`), if the list knows it.
pub fn canonical_region(name: &str) -> Option<&'static Region> {
    crate::lexicon::get().region(name)
}

/// A name that is more than an administrative word (省, 自治区, 本市 …).
pub(super) fn plausible_region(r: &str) -> bool {
    if canonical_region(r).is_some() {
        return true; // 本溪市 is a name, 本市 is not
    }
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
pub(super) fn admin_suffix(name: &str) -> Option<&'static (String, AdminLevel)> {
    ADMIN_SUFFIXES.iter().find(|(s, _)| name.ends_with(s.as_str()))
}

/// Is a name nothing but an administrative word (省, 自治区)?
fn is_bare_suffix(name: &str) -> bool {
    ADMIN_SUFFIXES.iter().any(|(s, _)| s == name)
}

/// A name without its administrative ending (宁夏回族自治区 -> 宁夏回族, 海拉尔区 -> 海拉尔).
pub(super) fn core(name: &str) -> &str {
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
}
