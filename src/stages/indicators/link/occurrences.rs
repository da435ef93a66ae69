//! Occurrences: counts of events (发生生产安全事故109起 -> 生产安全事故起数) and of the people
//! they befell (死亡106人 -> 生产安全事故死亡人数), whose subject is built from an `occur` verb and
//! the counter, not read as written.

use super::predicates::bare_people;
use super::words::{CASUALTY, OCCUR};
use crate::stages::indicators::mention::Mention;
use crate::vocab::Dimension;

/// The subject of a count of occurrences and of the people they befell: `x` of figure `m`
/// opening with an `occur` verb, counted by an event counter (起), is the number of those
/// events (发生生产安全事故|109起 -> 生产安全事故起数); a `casualty` word alone before a count of
/// people right after it is the number of those people (、死亡|106人 -> 生产安全事故死亡人数).
/// `before` is what happened in the figure before of the sentence. Returns the subject and what
/// happened, for the figure after.
pub(super) fn occurrences(m: &Mention, x: &str, before: Option<&str>) -> (String, Option<String>) {
    // (The measure is the first generic word of the file that the casualty opens: 死亡人数.)
    if let Some(what) = before
        && bare_people(m)
        && CASUALTY.iter().any(|w| w == x)
        && let Some(measure) = GENERIC_OF_COUNTER.iter().find(|g| g.starts_with(x) && g.len() > x.len())
    {
        return (format!("{what}{measure}"), Some(what.to_string()));
    }
    let event = m.dimension == Dimension::Count && m.unit.chars().count() == 1 && m.unit == m.unit_base;
    let what = OCCUR.iter().find_map(|w| x.strip_prefix(w.as_str())).filter(|w| w.chars().count() >= 2);
    match what.filter(|w| event && GENERIC_OF_COUNTER.contains(&format!("{}数", m.unit)) && !w.contains('、')) {
        Some(w) => (format!("{w}{}数", m.unit), Some(w.to_string())),
        None => (x.to_string(), None),
    }
}

/// The generic measures of `dict/subject_words.tsv`, in file order: a counter with 数 among them
/// (起数) counts occurrences, and a casualty opens the count of its people (死亡人数).
static GENERIC_OF_COUNTER: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    let words = crate::lexicon::get().subject_words.iter();
    words.filter(|w| w.role == crate::lexicon::SubjectRole::Generic).map(|w| w.word.clone()).collect()
});
