//! Word lists the stages load: units, counters, qualifiers, indicator aliases, section cues,
//! page junk, project head nouns, stage verbs, regions.
//!
//! The defaults live in `dict/` and are embedded at compile time, so the binary works
//! anywhere. `--dict DIR` replaces any of them at run time with a file of the same name
//! (like jieba-rs's dictionaries). Files are UTF-8; `#` starts a comment; blank lines are
//! ignored; TSV files are tab-separated, and a malformed line is an error naming file and
//! line.

use std::path::PathBuf;
use std::sync::OnceLock;

/// The embedded default files, by name.
const EMBEDDED: &[(&str, &str)] = &[
    ("page_junk.txt", include_str!("../dict/page_junk.txt")),
    ("section_cues.tsv", include_str!("../dict/section_cues.tsv")),
    ("period_cues.tsv", include_str!("../dict/period_cues.tsv")),
    ("regions.tsv", include_str!("../dict/regions.tsv")),
    ("admin_suffixes.tsv", include_str!("../dict/admin_suffixes.tsv")),
    ("speaker_titles.txt", include_str!("../dict/speaker_titles.txt")),
    ("units.tsv", include_str!("../dict/units.tsv")),
    ("qualifiers.tsv", include_str!("../dict/qualifiers.tsv")),
    ("indicators.tsv", include_str!("../dict/indicators.tsv")),
    ("subject_words.tsv", include_str!("../dict/subject_words.tsv")),
    ("project_heads.txt", include_str!("../dict/project_heads.txt")),
    ("stage_verbs.tsv", include_str!("../dict/stage_verbs.tsv")),
];

static OVERRIDE_DIR: OnceLock<PathBuf> = OnceLock::new();

/// Use files in `dir` in place of the embedded ones (those present there). Call before the
/// first extraction; later calls are ignored.
pub fn set_override_dir(dir: PathBuf) {
    let _ = OVERRIDE_DIR.set(dir);
}

/// Names of the dictionary files.
pub fn names() -> impl Iterator<Item = &'static str> {
    EMBEDDED.iter().map(|(n, _)| *n)
}

/// The text of a dictionary file: the override if one exists, else the embedded default.
pub fn text(name: &str) -> String {
    if let Some(dir) = OVERRIDE_DIR.get() {
        let p = dir.join(name);
        if p.is_file() {
            match std::fs::read_to_string(&p) {
                Ok(t) => return t,
                Err(e) => panic!("cannot read dictionary {}: {e}", p.display()),
            }
        }
    }
    EMBEDDED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| (*t).to_string())
        .unwrap_or_else(|| panic!("no dictionary named {name}"))
}

/// Non-comment, non-blank lines of a list file, trimmed.
pub fn lines(name: &str) -> Vec<String> {
    text(name)
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// Rows of a TSV file with at least `min_cols` columns. Panics with file and line on a
/// malformed row: a broken dictionary is a build or configuration error, caught by tests.
pub fn tsv(name: &str, min_cols: usize) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (i, raw) in text(name).lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let cols: Vec<String> = line.split('\t').map(|c| c.trim().to_string()).collect();
        assert!(
            cols.len() >= min_cols,
            "dictionary {name}, line {}: expected {min_cols} tab-separated columns, got {}",
            i + 1,
            cols.len()
        );
        out.push(cols);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_embedded_dictionary_parses() {
        for name in super::names() {
            if name.ends_with(".tsv") {
                assert!(!super::tsv(name, 2).is_empty(), "{name} is empty");
            } else {
                assert!(!super::lines(name).is_empty(), "{name} is empty");
            }
        }
    }
}
