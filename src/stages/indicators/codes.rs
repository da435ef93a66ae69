//! Indicator codes: the code of a subject from the aliases of `dict/indicators.tsv`.

use std::sync::LazyLock;

use super::vocabulary::{WORDS, role};
use crate::lang::words::Words;

/// The indicator aliases of the lexicon, as a longest-match word table (by the alias's end).
static ALIASES: LazyLock<Words<String>> = LazyLock::new(|| {
    let mut aliases: Words<String> = Words::default();
    for a in &crate::lexicon::get().indicator_aliases {
        aliases.insert(&a.alias, a.code.clone());
    }
    aliases
});

/// The indicator code of a subject: an alias, or an alias after a scope word or a region
/// name (全区居民人均可支配收入). Shares of something (…占…) only match share aliases.
pub fn indicator_of(subject: &str) -> Option<String> {
    let (l, code) = ALIASES.suffix_of(subject)?;
    let prefix = &subject[..subject.len() - l];
    let alias = &subject[subject.len() - l..];
    if prefix.contains('占') && !alias.contains('占') {
        return None;
    }
    let ok = prefix.is_empty()
        || WORDS.has(prefix, role::SCOPE)
        || (prefix.chars().count() <= 8 && prefix.ends_with(['区', '市', '省', '县', '州', '盟', '旗']));
    ok.then(|| code.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(indicator_of("全区居民人均可支配收入").as_deref(), Some("disposable_income"));
        assert_eq!(indicator_of("农村居民人均可支配收入").as_deref(), Some("disposable_income_rural"));
        assert_eq!(indicator_of("人均地区生产总值").as_deref(), Some("gdp_per_capita"));
        assert_eq!(indicator_of("战新制造业占规模以上工业总产值比重"), None);
        assert_eq!(indicator_of("规模以上工业总产值").as_deref(), Some("industrial_output"));
        assert_eq!(indicator_of("区本级固定资产投资").as_deref(), Some("fixed_asset_investment"));
        assert_eq!(indicator_of("区本级全社会固定资产投资额").as_deref(), Some("fixed_asset_investment"));
        assert_eq!(indicator_of("工业固定资产投资"), None);
        assert_eq!(indicator_of("农民人均纯收入"), None);
        assert_eq!(indicator_of("工业投资"), None);
    }
}
