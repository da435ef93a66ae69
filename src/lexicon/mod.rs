//! The word lists of `dict/`, read and checked once into typed rows.
//!
//! The defaults are embedded at compile time, so the binary works anywhere. `gwr extract
//! --dict DIR` replaces any of them with a file of the same name in DIR (like jieba-rs's
//! dictionaries). Every file has one syntax: UTF-8, one row a line, cells separated by a tab
//! and trimmed, `#` starting a comment line, blank lines ignored; each file documents its
//! columns at its top.
//!
//! [`Lexicon::load`] parses and validates every file before any document is read, so a
//! broken file stops the run once, at start, with an error that names the file and the line
//! (`dict/units.tsv line 12: …`), instead of failing inside every document. The CLI installs
//! the result with [`install`]; the stages reach it through [`get`] (the embedded defaults
//! when nothing was installed, as in tests and benches) and build their own lookup tables from
//! the typed rows once.
//!
//! Layer: above [`crate::vocab`]; imports nothing from the stages (checked, with the crates it
//! may use, by `tests/integration/layers.rs`).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::vocab::{Term, UnknownTerm};

pub mod cues;
pub mod indicators;
pub mod projects;
pub mod regions;
pub mod units;

pub use cues::{JunkKind, JunkWord, PeriodCue, PeriodCueKind, SectionCue, SectionCueKind, YearOffset};
pub use indicators::{Direction, IndicatorAlias, IndicatorCode, LinkRole, LinkWord, SubjectRole, SubjectWord};
pub use projects::{
    CountKind, CountWord, HeadKind, HeadNoun, ProjectWord, ProjectWordKind, StageVerb, VerbRole, VerbStage,
};
pub use regions::{AdminSuffix, Region, SpeakerKind, SpeakerWord};
pub use units::{QualifierEffect, QualifierPosition, QualifierWord, Unit, UnitKind};

/// The word list files, by name, with their embedded defaults.
pub const FILES: &[(&str, &str)] = &[
    ("units.tsv", include_str!("../../dict/units.tsv")),
    ("qualifiers.tsv", include_str!("../../dict/qualifiers.tsv")),
    ("indicator_codes.tsv", include_str!("../../dict/indicator_codes.tsv")),
    ("indicators.tsv", include_str!("../../dict/indicators.tsv")),
    ("indicator_words.tsv", include_str!("../../dict/indicator_words.tsv")),
    ("subject_words.tsv", include_str!("../../dict/subject_words.tsv")),
    ("regions.tsv", include_str!("../../dict/regions.tsv")),
    ("admin_suffixes.tsv", include_str!("../../dict/admin_suffixes.tsv")),
    ("speaker_titles.tsv", include_str!("../../dict/speaker_titles.tsv")),
    ("section_cues.tsv", include_str!("../../dict/section_cues.tsv")),
    ("period_cues.tsv", include_str!("../../dict/period_cues.tsv")),
    ("page_junk.tsv", include_str!("../../dict/page_junk.tsv")),
    ("project_heads.tsv", include_str!("../../dict/project_heads.tsv")),
    ("stage_verbs.tsv", include_str!("../../dict/stage_verbs.tsv")),
    ("project_counts.tsv", include_str!("../../dict/project_counts.tsv")),
    ("project_words.tsv", include_str!("../../dict/project_words.tsv")),
];

/// Files of earlier versions, renamed when every list became a TSV file. One of them in a
/// `--dict` folder would otherwise be ignored without a word.
const RENAMED: &[(&str, &str)] = &[
    ("page_junk.txt", "page_junk.tsv"),
    ("speaker_titles.txt", "speaker_titles.tsv"),
    ("project_heads.txt", "project_heads.tsv"),
];

/// Why the word lists cannot be used. Stops a run (exit 2) before any document is read.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{file} line {line}: {reason}")]
    Row { file: String, line: usize, reason: String },
    #[error("{file}: {reason}")]
    File { file: String, reason: String },
}

/// Every word list, as typed rows in file order.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// `units.tsv`.
    pub units: Vec<Unit>,
    /// `qualifiers.tsv`.
    pub qualifiers: Vec<QualifierWord>,
    /// `indicator_codes.tsv`: one row per indicator code.
    pub indicator_codes: Vec<IndicatorCode>,
    /// `indicators.tsv`: the words that name each code.
    pub indicator_aliases: Vec<IndicatorAlias>,
    /// `indicator_words.tsv`: scope, measure, share and blocking words around an alias.
    pub indicator_words: Vec<LinkWord>,
    /// `subject_words.tsv`.
    pub subject_words: Vec<SubjectWord>,
    /// `regions.tsv`.
    pub regions: Vec<Region>,
    /// `admin_suffixes.tsv`.
    pub admin_suffixes: Vec<AdminSuffix>,
    /// `speaker_titles.tsv`.
    pub speaker_words: Vec<SpeakerWord>,
    /// `section_cues.tsv`.
    pub section_cues: Vec<SectionCue>,
    /// `period_cues.tsv`.
    pub period_cues: Vec<PeriodCue>,
    /// `page_junk.tsv`.
    pub page_junk: Vec<JunkWord>,
    /// `project_heads.tsv`.
    pub project_heads: Vec<HeadNoun>,
    /// `stage_verbs.tsv`.
    pub stage_verbs: Vec<StageVerb>,
    /// `project_counts.tsv`.
    pub project_counts: Vec<CountWord>,
    /// `project_words.tsv`.
    pub project_words: Vec<ProjectWord>,
}

impl Lexicon {
    /// Read and check every word list: the file of the same name in `dir` where there is one,
    /// else the embedded default.
    pub fn load(dir: Option<&Path>) -> Result<Lexicon, LexiconError> {
        if let Some(dir) = dir {
            if !dir.is_dir() {
                return Err(LexiconError::File { file: dir.display().to_string(), reason: "not a folder".into() });
            }
            for (old, new) in RENAMED {
                if dir.join(old).exists() {
                    return Err(LexiconError::File {
                        file: dir.join(old).display().to_string(),
                        reason: format!(
                            "this list is now {new}, with a kind column (see the embedded dict/{new}); \
                             rename and convert the file"
                        ),
                    });
                }
            }
        }
        let file = |name: &'static str| Source::open(dir, name);
        let (indicator_codes, indicator_aliases) =
            indicators::read_indicators(&file("indicator_codes.tsv")?, &file("indicators.tsv")?)?;
        Ok(Lexicon {
            units: units::read_units(&file("units.tsv")?)?,
            qualifiers: units::read_qualifiers(&file("qualifiers.tsv")?)?,
            indicator_codes,
            indicator_aliases,
            indicator_words: indicators::read_link_words(&file("indicator_words.tsv")?)?,
            subject_words: indicators::read_subject_words(&file("subject_words.tsv")?)?,
            regions: regions::read_regions(&file("regions.tsv")?)?,
            admin_suffixes: regions::read_admin_suffixes(&file("admin_suffixes.tsv")?)?,
            speaker_words: regions::read_speaker_words(&file("speaker_titles.tsv")?)?,
            section_cues: cues::read_section_cues(&file("section_cues.tsv")?)?,
            period_cues: cues::read_period_cues(&file("period_cues.tsv")?)?,
            page_junk: cues::read_page_junk(&file("page_junk.tsv")?)?,
            project_heads: projects::read_heads(&file("project_heads.tsv")?)?,
            stage_verbs: projects::read_stage_verbs(&file("stage_verbs.tsv")?)?,
            project_counts: projects::read_counts(&file("project_counts.tsv")?)?,
            project_words: projects::read_project_words(&file("project_words.tsv")?)?,
        })
    }

    /// The embedded defaults.
    pub fn embedded() -> Lexicon {
        // Not input: the embedded files are part of the build, and a unit test proves they load.
        Lexicon::load(None).unwrap_or_else(|e| panic!("the embedded word lists are invalid: {e}"))
    }

    /// An indicator code's definition row (`lexicon::get().indicator("gdp")`).
    pub fn indicator(&self, code: &str) -> Option<&IndicatorCode> {
        self.indicator_codes.iter().find(|c| c.code == code)
    }

    /// Whether `t` is the ending of an administrative name (县, 地区: `admin_suffixes.tsv`), as a
    /// counter of places is (8县, 7省).
    pub fn is_admin_ending(&self, t: &str) -> bool {
        self.admin_suffixes.iter().any(|a| a.ending == t)
    }

    /// Whether `t` opens with the ending of an administrative name (县…, 市…): after a counted
    /// noun it names places by their size (20万以上人口县).
    pub fn opens_with_admin_ending(&self, t: &str) -> bool {
        self.admin_suffixes.iter().any(|a| crate::lang::text::opens_with(t, &a.ending))
    }

    /// Whether `t` closes with the ending of an administrative name (银川经开区, 4省).
    pub fn closes_with_admin_ending(&self, t: &str) -> bool {
        self.admin_suffixes.iter().any(|a| crate::lang::text::closes_with(t, &a.ending))
    }

    /// A region by its canonical name or one of its aliases (宁夏 -> 宁夏回族自治区).
    pub fn region(&self, name: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.name == name || r.aliases.iter().any(|a| a == name))
    }
}

static INSTALLED: OnceLock<Lexicon> = OnceLock::new();

/// Make `lex` the word lists of this process. Call before the first document is read: the
/// stages build their tables from the lexicon on first use. Gives `lex` back when a lexicon
/// is already in use.
pub fn install(lex: Lexicon) -> Result<(), Box<Lexicon>> {
    INSTALLED.set(lex).map_err(Box::new)
}

/// The word lists in use: the installed ones, else the embedded defaults.
pub fn get() -> &'static Lexicon {
    INSTALLED.get_or_init(Lexicon::embedded)
}

// ---------------------------------------------------------------------------------------
// Reading one file

/// The text of one word list and how to name it in errors.
pub(crate) struct Source {
    /// `dict/units.tsv` for an embedded file, the path for an override.
    shown: String,
    text: String,
}

impl Source {
    fn open(dir: Option<&Path>, name: &'static str) -> Result<Source, LexiconError> {
        if let Some(dir) = dir {
            let path = dir.join(name);
            if path.is_file() {
                let text = std::fs::read_to_string(&path)
                    .map_err(|source| LexiconError::Read { path: path.clone(), source })?;
                return Ok(Source { shown: path.display().to_string(), text });
            }
        }
        let text = FILES.iter().find(|(n, _)| *n == name).map_or("", |(_, t)| t);
        Ok(Source { shown: format!("dict/{name}"), text: text.to_string() })
    }

    /// An embedded file, for tests.
    #[cfg(test)]
    pub(crate) fn embedded(name: &'static str) -> Source {
        Source::open(None, name).expect("embedded")
    }

    /// A text under a name, for tests of malformed rows.
    #[cfg(test)]
    pub(crate) fn text(shown: &str, text: &str) -> Source {
        Source { shown: shown.to_string(), text: text.to_string() }
    }

    /// The rows of the file, each with `columns.len()` cells at most and `required` at least
    /// (missing optional cells read as empty).
    pub(crate) fn rows<'a>(
        &'a self,
        columns: &'static [&'static str],
        required: usize,
    ) -> Result<Vec<Row<'a>>, LexiconError> {
        let text = self.text.strip_prefix('\u{feff}').unwrap_or(&self.text);
        let mut out = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            let row = Row { file: &self.shown, line: i + 1, cells };
            if row.cells.len() < required || row.cells.len() > columns.len() {
                let expected = if required == columns.len() {
                    format!("{required}")
                } else {
                    format!("{required} to {}", columns.len())
                };
                return Err(row.error(format!(
                    "expected {expected} tab-separated columns ({}), found {}",
                    columns.join(", "),
                    row.cells.len()
                )));
            }
            out.push(row);
        }
        Ok(out)
    }

    /// An error about the file as a whole.
    pub(crate) fn error(&self, reason: impl Into<String>) -> LexiconError {
        LexiconError::File { file: self.shown.clone(), reason: reason.into() }
    }
}

/// One row of a word list.
pub(crate) struct Row<'a> {
    file: &'a str,
    /// 1-based line number.
    pub line: usize,
    cells: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// Cell `i`, empty when the row stops before it.
    pub fn cell(&self, i: usize) -> &'a str {
        self.cells.get(i).copied().unwrap_or("")
    }

    /// Cell `i`, which must not be empty.
    pub fn word(&self, i: usize, column: &str) -> Result<String, LexiconError> {
        match self.cell(i) {
            "" => Err(self.error(format!("empty {column}"))),
            w => Ok(w.to_string()),
        }
    }

    /// Cell `i` as a word of a vocabulary.
    pub fn term<T: Term>(&self, i: usize) -> Result<T, LexiconError> {
        T::parse(self.cell(i)).ok_or_else(|| self.error(UnknownTerm::of::<T>(self.cell(i)).to_string()))
    }

    /// An error at this row.
    pub fn error(&self, reason: impl Into<String>) -> LexiconError {
        LexiconError::Row { file: self.file.to_string(), line: self.line, reason: reason.into() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_file_validates() {
        let lex = Lexicon::load(None).unwrap_or_else(|e| panic!("{e}"));
        assert!(!lex.units.is_empty() && !lex.qualifiers.is_empty() && !lex.subject_words.is_empty());
        assert!(!lex.regions.is_empty() && !lex.admin_suffixes.is_empty() && !lex.speaker_words.is_empty());
        assert!(!lex.section_cues.is_empty() && !lex.period_cues.is_empty() && !lex.page_junk.is_empty());
        assert!(!lex.project_heads.is_empty() && !lex.stage_verbs.is_empty() && !lex.project_counts.is_empty());
        assert!(!lex.project_words.is_empty());
        assert!(!lex.indicator_codes.is_empty() && !lex.indicator_aliases.is_empty());
    }

    /// Each file starts with its documentation: what it is for, who reads it, its columns.
    #[test]
    fn every_file_documents_its_columns_at_the_top() {
        for (name, text) in FILES {
            let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
            let header = header.join("\n");
            assert!(header.starts_with(&format!("# {name} — ")), "{name}: the header names the file and its purpose");
            assert!(header.contains("# Read by: "), "{name}: the header says which stage reads it");
            assert!(header.contains("# Columns:"), "{name}: the header lists the columns");
            let columns = columns_of(name);
            for col in columns {
                assert!(header.contains(&format!("#   {col} ")), "{name}: column {col} is documented");
            }
        }
    }

    /// The columns each reader declares, by file.
    fn columns_of(name: &str) -> &'static [&'static str] {
        match name {
            "units.tsv" => units::UNIT_COLUMNS,
            "qualifiers.tsv" => units::QUALIFIER_COLUMNS,
            "indicator_codes.tsv" => indicators::CODE_COLUMNS,
            "indicators.tsv" => indicators::ALIAS_COLUMNS,
            "indicator_words.tsv" => indicators::LINK_COLUMNS,
            "subject_words.tsv" => indicators::SUBJECT_COLUMNS,
            "regions.tsv" => regions::REGION_COLUMNS,
            "admin_suffixes.tsv" => regions::SUFFIX_COLUMNS,
            "speaker_titles.tsv" => regions::SPEAKER_COLUMNS,
            "section_cues.tsv" => cues::SECTION_COLUMNS,
            "period_cues.tsv" => cues::PERIOD_COLUMNS,
            "page_junk.tsv" => cues::JUNK_COLUMNS,
            "project_heads.tsv" => projects::HEAD_COLUMNS,
            "stage_verbs.tsv" => projects::VERB_COLUMNS,
            "project_counts.tsv" => projects::COUNT_COLUMNS,
            "project_words.tsv" => projects::WORD_COLUMNS,
            other => panic!("no reader for {other}"),
        }
    }

    #[test]
    fn files_on_disk_are_the_embedded_ones() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("dict");
        let mut on_disk: Vec<String> =
            std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        on_disk.sort();
        let mut embedded: Vec<String> = FILES.iter().map(|(n, _)| n.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded);
    }

    #[test]
    fn an_override_folder_replaces_files_and_errors_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("speaker_titles.tsv"), "# offices\ntitle\t省长\n").unwrap();
        let lex = Lexicon::load(Some(dir.path())).unwrap();
        assert_eq!(lex.speaker_words.len(), 1);
        assert_eq!(lex.units.len(), Lexicon::embedded().units.len());

        std::fs::write(dir.path().join("units.tsv"), "# units\n\n个\t个\t0\tcount\tcounter\n万\t-\t4\t-\tmultiplier\n")
            .unwrap();
        let err = Lexicon::load(Some(dir.path())).unwrap_err().to_string();
        let shown = dir.path().join("units.tsv").display().to_string();
        assert!(err.starts_with(&format!("{shown} line 4: unknown unit kind \"multiplier\"")), "{err}");

        std::fs::write(dir.path().join("units.tsv"), "个\t个\tzero\tcount\tcounter\n").unwrap();
        let err = Lexicon::load(Some(dir.path())).unwrap_err().to_string();
        assert!(err.contains("line 1: ") && err.contains("power"), "{err}");

        std::fs::write(dir.path().join("units.tsv"), "个\t个\t0\tcount\n").unwrap();
        let err = Lexicon::load(Some(dir.path())).unwrap_err().to_string();
        assert!(err.contains("line 1: expected 5 tab-separated columns"), "{err}");
    }

    #[test]
    fn a_list_under_its_old_name_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("page_junk.txt"), "下载\n").unwrap();
        let err = Lexicon::load(Some(dir.path())).unwrap_err().to_string();
        assert!(err.contains("page_junk.txt") && err.contains("page_junk.tsv"), "{err}");
    }
}
