//! The closed vocabularies of the output tables: one enum per column that the data package
//! (`schemas/datapackage.json`) constrains to an `enum`.
//!
//! Stages produce these values as variants, never as free strings, so a typo is a compile
//! error and a new value is added in one place. The writers print [`Term::as_str`]; a test
//! (`tests/integration/schema.rs`) checks that every enumerated column has an enum here whose
//! [`Term::ALL`], in order, is exactly the schema's list.
//!
//! This is the bottom layer: it imports nothing but the standard library.

use std::fmt;
use std::str::FromStr;

/// A closed set of words: the values of a column of the tables, or of a column of a `dict/`
/// word list (see `crate::lexicon`).
pub trait Term: Copy + Eq + fmt::Debug + 'static {
    /// Every variant, in the order of the schema's `enum` constraint.
    const ALL: &'static [Self];
    /// What the vocabulary is for, in error messages (`indicators.measure`).
    const WHAT: &'static str;
    /// The word as written in the tables or the word list.
    fn as_str(self) -> &'static str;
    /// The variant written `s`, exactly (no case folding, no aliases).
    fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|t| t.as_str() == s)
    }
}

/// A word that is not in a vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownTerm {
    pub what: &'static str,
    pub value: String,
    pub expected: Vec<&'static str>,
}

impl fmt::Display for UnknownTerm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} {:?}; expected one of {}", self.what, self.value, self.expected.join(", "))
    }
}

impl std::error::Error for UnknownTerm {}

impl UnknownTerm {
    /// The error for `value`, which is not a word of `T`.
    pub fn of<T: Term>(value: &str) -> UnknownTerm {
        UnknownTerm { what: T::WHAT, value: value.to_string(), expected: T::ALL.iter().map(|t| t.as_str()).collect() }
    }
}

/// Declares a vocabulary: the enum, [`Term`], `as_str`, `ALL`, `Display` and (unless the
/// type parses its own way) an exact `FromStr`.
macro_rules! vocabulary {
    (@common $(#[$meta:meta])* $name:ident, $what:literal, $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every variant, in the order of the schema's `enum` constraint.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word written into the tables.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl $crate::vocab::Term for $name {
            const ALL: &'static [Self] = $name::ALL;
            const WHAT: &'static str = $what;
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
    ($(#[$meta:meta])* pub enum $name:ident ($what:literal, custom_from_str) {
        $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
    }) => {
        vocabulary!(@common $(#[$meta])* $name, $what, $( $(#[$vmeta])* $variant = $text ),+);
    };
    ($(#[$meta:meta])* pub enum $name:ident ($what:literal) {
        $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
    }) => {
        vocabulary!(@common $(#[$meta])* $name, $what, $( $(#[$vmeta])* $variant = $text ),+);

        impl ::std::str::FromStr for $name {
            type Err = $crate::vocab::UnknownTerm;
            fn from_str(s: &str) -> Result<Self, $crate::vocab::UnknownTerm> {
                <$name as $crate::vocab::Term>::parse(s).ok_or_else(|| $crate::vocab::UnknownTerm::of::<$name>(s))
            }
        }
    };
}

pub(crate) use vocabulary;

vocabulary! {
    /// `documents.encoding`: the encoding a file was decoded from; also what `--encoding`
    /// forces (which accepts aliases such as `gbk`, see its `FromStr`).
    pub enum Encoding ("encoding", custom_from_str) {
        Utf8 = "utf-8",
        Gb18030 = "gb18030",
        Utf16Le = "utf-16le",
        Utf16Be = "utf-16be",
    }
}

impl FromStr for Encoding {
    type Err = String;
    /// The canonical names, case-insensitive, and the aliases Chinese sites and tools use
    /// (gbk, gb2312, cp936 … are read as GB18030, their superset).
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" | "utf-8-sig" => Ok(Encoding::Utf8),
            "gb18030" | "gbk" | "gb2312" | "cp936" | "x-gbk" | "euc-cn" => Ok(Encoding::Gb18030),
            "utf-16le" | "utf16le" => Ok(Encoding::Utf16Le),
            "utf-16be" | "utf16be" => Ok(Encoding::Utf16Be),
            other => Err(format!("unknown encoding {other:?}; use utf-8, gb18030 (gbk), utf-16le or utf-16be")),
        }
    }
}

vocabulary! {
    /// `documents.admin_level`: the administrative level of the reporting government.
    pub enum AdminLevel ("administrative level") {
        National = "national",
        Province = "province",
        Prefecture = "prefecture",
        /// Also 区, 旗 and county-level cities.
        County = "county",
    }
}

vocabulary! {
    /// `documents.status`: how reading one input file went.
    pub enum DocStatus ("document status") {
        Ok = "ok",
        /// Read, with a problem noted in `message` (replaced bytes, no report structure).
        Warning = "warning",
        /// Not read; the reason is in `message`.
        Error = "error",
    }
}

vocabulary! {
    /// `indicators.measure` and `targets.measure`: what kind of figure a quantity is.
    pub enum Measure ("measure") {
        /// A level or a count (310.4亿元, 23个).
        Amount = "amount",
        /// A change over the previous period (增长8.8%).
        GrowthRate = "growth_rate",
        /// An average yearly change over several years (年均增长6.5%).
        AvgGrowthRate = "avg_growth_rate",
        /// A share, rate or multiple that is a level, not a change (覆盖率60%, 2.3∶1).
        Ratio = "ratio",
    }
}

vocabulary! {
    /// `indicators.dimension`: what the base unit measures; also the `dimension` column of
    /// `dict/units.tsv` and `dict/indicator_codes.tsv`.
    pub enum Dimension ("dimension") {
        Currency = "currency",
        Area = "area",
        Length = "length",
        Mass = "mass",
        Energy = "energy",
        Percent = "percent",
        Count = "count",
        Time = "time",
        Other = "other",
    }
}

impl Dimension {
    /// An amount of something (money, people, tonnes, energy, area, length), as against a
    /// percent, a time or another measure: a percent of it is a share, never the statistic, and
    /// two such dimensions that differ mean two different statistics.
    pub fn is_physical(self) -> bool {
        matches!(
            self,
            Dimension::Currency
                | Dimension::Count
                | Dimension::Mass
                | Dimension::Energy
                | Dimension::Area
                | Dimension::Length
        )
    }
}

vocabulary! {
    /// `indicators.qualifier` and `targets.target_qualifier`: how a figure is bounded.
    pub enum Qualifier ("qualifier") {
        Exact = "exact",
        /// 约, 左右, 近.
        Approx = "approx",
        /// 以上, 超过, the low end of a range.
        AtLeast = "at_least",
        /// 以内, 以下, the high end of a range.
        AtMost = "at_most",
    }
}

vocabulary! {
    /// `indicators.status` and `projects.status`: a reported result or a goal.
    pub enum Status ("status") {
        Actual = "actual",
        Target = "target",
    }
}

vocabulary! {
    /// `projects.stage`: how far along a project is, as the text says.
    pub enum Stage ("stage") {
        Planned = "planned",
        Started = "started",
        Ongoing = "ongoing",
        Completed = "completed",
    }
}

vocabulary! {
    /// `targets.match`: what paired a target with its actual.
    pub enum TargetMatch ("match") {
        /// The same indicator code.
        Indicator = "indicator",
        /// The identical subject (rows without a code).
        Subject = "subject",
    }
}

vocabulary! {
    /// `targets.outcome`: where the actual falls against the target's band.
    pub enum Outcome ("outcome") {
        /// Below the band (short of an exact or at-least target; under an at-most one).
        Below = "below",
        /// Within the band.
        Within = "within",
        /// Above the band.
        Above = "above",
    }
}

/// `sections.level`: the outline has three levels (一、 / （一） / 1.). Integers, so not an
/// enum; listed here so that the schema test covers every enumerated column.
pub const SECTION_LEVELS: [usize; 3] = [1, 2, 3];

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trips<T: Term + FromStr<Err = UnknownTerm>>() {
        for t in T::ALL {
            assert_eq!(t.as_str().parse::<T>().ok(), Some(*t));
        }
        let err = "nonsense".parse::<T>().unwrap_err();
        assert!(err.to_string().contains("nonsense") && err.to_string().contains(T::ALL[0].as_str()), "{err}");
    }

    #[test]
    fn every_word_parses_back() {
        round_trips::<AdminLevel>();
        round_trips::<DocStatus>();
        round_trips::<Measure>();
        round_trips::<Dimension>();
        round_trips::<Qualifier>();
        round_trips::<Status>();
        round_trips::<Stage>();
        round_trips::<TargetMatch>();
        round_trips::<Outcome>();
        for e in Encoding::ALL {
            assert_eq!(e.as_str().parse::<Encoding>(), Ok(*e));
        }
        assert_eq!("GBK".parse::<Encoding>(), Ok(Encoding::Gb18030));
        assert_eq!(Measure::AvgGrowthRate.to_string(), "avg_growth_rate");
    }
}
