//! `units.tsv` (what may follow a number) and `qualifiers.tsv` (words that bound a figure).

use std::collections::HashSet;

use super::{LexiconError, Source};
use crate::vocab::{Dimension, Qualifier, vocabulary};

pub(crate) const UNIT_COLUMNS: &[&str] = &["written", "base", "power", "dimension", "kind"];
pub(crate) const QUALIFIER_COLUMNS: &[&str] = &["word", "position", "effect"];

vocabulary! {
    /// What a word after a number is (`kind` of `units.tsv`).
    pub enum UnitKind ("unit kind") {
        /// A unit of measurement (元, 平方米, 吨, %).
        Unit = "unit",
        /// A measure word that counts things (个, 家, 户).
        Counter = "counter",
        /// A quantity only at the end of a clause after a linking verb (年).
        Strict = "strict",
        /// A counter after Arabic digits, an ordinal after Chinese numerals (届, 次).
        Ordinal = "ordinal",
        /// A counted noun that may follow a magnitude word directly (万纳税人).
        Noun = "noun",
        /// A magnitude word between the number and its unit (万, 亿).
        Mult = "mult",
        /// Right after the number, makes it a name or an ordinal (号线, 周年, 期).
        Name = "name",
        /// Right after the unit, makes the figure a name or a category (亿元级, 方面).
        After = "after",
        /// Right after the unit, a word that begins with an after word but names the things
        /// counted (人大代表 in 294件人大代表建议, 5名人大代表): it outweighs the shorter after word.
        Counted = "counted",
        /// Right after the unit of a count in Chinese numerals, a noun that ends there and names
        /// a part of the speech or a set of tasks, not things (六项工作。, 四项安全：, 四个环节，).
        Structure = "structure",
    }
}

impl UnitKind {
    /// The table of the stage the word goes to: the same word may be in several (级 is a name
    /// and an after word), but only once in each.
    fn table(self) -> &'static str {
        match self {
            UnitKind::Mult => "mult",
            UnitKind::After | UnitKind::Counted => "after",
            UnitKind::Structure => "structure",
            _ => "unit",
        }
    }

    /// A unit, counter or counted noun: the figure is a quantity with a base unit.
    fn measures(self) -> bool {
        matches!(self, UnitKind::Unit | UnitKind::Counter | UnitKind::Strict | UnitKind::Ordinal | UnitKind::Noun)
    }
}

/// A row of `units.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub written: String,
    /// The canonical unit written into `unit_base`; `None` for `-`.
    pub base: Option<String>,
    /// The power of ten the word carries (万 4): the factor to the base unit is 10^power.
    pub power: i32,
    /// `None` for `-`.
    pub dimension: Option<Dimension>,
    pub kind: UnitKind,
}

pub(crate) fn read_units(src: &Source) -> Result<Vec<Unit>, LexiconError> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for row in src.rows(UNIT_COLUMNS, 5)? {
        let kind: UnitKind = row.term(4)?;
        let written = row.word(0, "written word")?;
        let base = match row.cell(1) {
            "-" => None,
            "" => return Err(row.error("empty base (write - where it does not apply)")),
            b => Some(b.to_string()),
        };
        let power = row
            .cell(2)
            .parse::<i32>()
            .ok()
            .filter(|p| (-30..=30).contains(p))
            .ok_or_else(|| row.error(format!("power {:?} is not a whole number from -30 to 30", row.cell(2))))?;
        let dimension = match row.cell(3) {
            "-" => None,
            _ => Some(row.term::<Dimension>(3)?),
        };
        if kind.measures() && (base.is_none() || dimension.is_none()) {
            return Err(row.error(format!("a {} needs a base unit and a dimension", kind.as_str())));
        }
        if !seen.insert((written.clone(), kind.table())) {
            return Err(row.error(format!("{written:?} is listed twice")));
        }
        out.push(Unit { written, base, power, dimension, kind });
    }
    Ok(out)
}

vocabulary! {
    /// Where a qualifier stands (`position` of `qualifiers.tsv`).
    pub enum QualifierPosition ("qualifier position") {
        /// Right before the number (约500亿元, 超过20%).
        Before = "before",
        /// Right before a Chinese numeral only (上千万, 数十家).
        BeforeCn = "before_cn",
        /// Between the number and its magnitude word or unit (90余万).
        Inside = "inside",
        /// Right after the unit (20%以上, 6%左右).
        After = "after",
        /// A class noun: after a figure with an at-least word before it, it makes the figure a
        /// category threshold (超10亿元企业).
        Class = "class",
        /// Right before the number and right after a measure named alone (投资过3亿元的项目,
        /// 主营业务收入过50亿元): 过 qualifies only there (通过, 经过 end with it too).
        AfterMeasure = "after_measure",
        /// The counter of a document's articles (条): a count of it with no noun after it is
        /// a document's short title when a `title` verb or a `policy` noun marks the clause
        /// (出台…发展28条, 稳增长42条等政策措施).
        Article = "article",
        /// A verb that issues or applies a document (出台, 制定, 落实), before a bare count of
        /// articles in its clause.
        Title = "title",
        /// A noun of policy (政策, 措施, 意见): after a bare count of articles in its clause, it
        /// makes the count a title; right before the count, the count counts it (a package of
        /// 措施 counts: 出台促进民营经济发展政策30条).
        Policy = "policy",
        /// The end of a noun that a count of articles counts when it stands right before it
        /// (航线112条, 精品线路7条, 专线352条: things with length are counted by 条 too).
        Counted = "counted",
    }
}

vocabulary! {
    /// What a qualifier does (`effect` of `qualifiers.tsv`).
    pub enum QualifierEffect ("qualifier effect") {
        Exact = "exact",
        Approx = "approx",
        AtLeast = "at_least",
        AtMost = "at_most",
        /// The number is not a quantity (第, 连续, 前10位, 以下六个方面).
        Not = "not",
    }
}

impl QualifierEffect {
    /// The `qualifier` a figure with this word gets (`Not` drops the figure; should one be
    /// kept, it is exact).
    pub fn qualifier(self) -> Qualifier {
        match self {
            QualifierEffect::Exact | QualifierEffect::Not => Qualifier::Exact,
            QualifierEffect::Approx => Qualifier::Approx,
            QualifierEffect::AtLeast => Qualifier::AtLeast,
            QualifierEffect::AtMost => Qualifier::AtMost,
        }
    }
}

/// A row of `qualifiers.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct QualifierWord {
    pub word: String,
    pub position: QualifierPosition,
    pub effect: QualifierEffect,
}

pub(crate) fn read_qualifiers(src: &Source) -> Result<Vec<QualifierWord>, LexiconError> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for row in src.rows(QUALIFIER_COLUMNS, 3)? {
        let word = row.word(0, "word")?;
        let position = row.term(1)?;
        let effect = row.term(2)?;
        if !seen.insert((word.clone(), position)) {
            return Err(row.error(format!("{word:?} is listed twice at position {position}")));
        }
        out.push(QualifierWord { word, position, effect });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_units_are_typed() {
        let units = read_units(&Source::embedded("units.tsv")).unwrap();
        let wan = units.iter().find(|u| u.written == "万" && u.kind == UnitKind::Mult).unwrap();
        assert_eq!((wan.power, wan.base.as_deref(), wan.dimension), (4, None, None));
        let yuan = units.iter().find(|u| u.written == "亿元").map(|u| (u.base.as_deref(), u.dimension));
        assert!(yuan.is_none() || yuan == Some((Some("元"), Some(Dimension::Currency))));
        let q = read_qualifiers(&Source::embedded("qualifiers.tsv")).unwrap();
        assert!(q.iter().any(|w| w.word == "左右" && w.effect.qualifier() == Qualifier::Approx));
    }

    #[test]
    fn malformed_rows_are_named() {
        let err = |text: &str| read_units(&Source::text("dict/units.tsv", text)).unwrap_err().to_string();
        assert_eq!(
            err("# c\n个\t个\t0\tcolour\tcounter\n"),
            "dict/units.tsv line 2: unknown dimension \"colour\"; expected one of currency, area, length, mass, energy, \
             percent, count, time, other"
        );
        assert!(err("个\t-\t0\t-\tcounter\n").contains("line 1: a counter needs a base unit"));
        assert!(err("个\t个\t0\tcount\tcounter\n个\t个\t0\tcount\tunit\n").contains("line 2: \"个\" is listed twice"));
        let q = read_qualifiers(&Source::text("q.tsv", "约\tbefore\tabout\n")).unwrap_err().to_string();
        assert!(q.starts_with("q.tsv line 1: unknown qualifier effect \"about\""), "{q}");
    }
}
