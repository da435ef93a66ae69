//! The units, counters, counted nouns, magnitude words and qualifiers of `dict/units.tsv` and
//! `dict/qualifiers.tsv`, as longest-match word tables built once from the lexicon.

use std::sync::LazyLock;

use crate::lang::numerals;
use crate::lang::words::Words;
use crate::lexicon::{QualifierEffect, QualifierPosition, UnitKind};
use crate::vocab::Dimension;

/// A unit, counter, counted noun or name word.
#[derive(Debug, Clone)]
pub struct UnitEntry {
    pub base: String,
    pub power: i32,
    pub dimension: Dimension,
    pub kind: UnitKind,
}

/// The units and qualifiers of `dict/units.tsv` and `dict/qualifiers.tsv` as longest-match
/// word tables, built once from the lexicon.
pub struct UnitTable {
    pub units: Words<UnitEntry>,
    pub mults: Words<i32>,
    /// After words (true) and the longer counted nouns that begin with one (false).
    pub after_unit: Words<bool>,
    pub before: Words<QualifierEffect>,
    pub before_cn: Words<QualifierEffect>,
    pub inside: Words<QualifierEffect>,
    /// Qualifiers right before a number that count only after a generic measure (过).
    pub after_measure: Words<QualifierEffect>,
    pub after: Words<QualifierEffect>,
    /// Class nouns that make a figure with an at-least word before it a category threshold.
    pub class: Vec<String>,
    /// Nouns after a count in Chinese numerals that make it the speech's own structure.
    pub structure: Words<()>,
    /// The counter of a document's articles (条), the verbs that issue a document, and the
    /// nouns of policy: together they tell a document's short title (稳增长42条) from a count.
    pub article: Words<()>,
    pub title: Words<()>,
    pub policy: Words<()>,
    pub counted: Words<()>,
}

impl UnitTable {
    fn load() -> UnitTable {
        let mut lx = UnitTable {
            units: Words::default(),
            mults: Words::default(),
            after_unit: Words::default(),
            before: Words::default(),
            before_cn: Words::default(),
            inside: Words::default(),
            after_measure: Words::default(),
            after: Words::default(),
            class: Vec::new(),
            structure: Words::default(),
            article: Words::default(),
            title: Words::default(),
            policy: Words::default(),
            counted: Words::default(),
        };
        let lexicon = crate::lexicon::get();
        for u in &lexicon.units {
            match u.kind {
                UnitKind::Mult => lx.mults.insert(&u.written, u.power),
                UnitKind::After => lx.after_unit.insert(&u.written, true),
                UnitKind::Counted => lx.after_unit.insert(&u.written, false),
                UnitKind::Structure => lx.structure.insert(&u.written, ()),
                kind => {
                    let base = u.base.clone().unwrap_or_else(|| "-".to_string());
                    let dimension = u.dimension.unwrap_or(Dimension::Other);
                    lx.units.insert(&u.written, UnitEntry { base, power: u.power, dimension, kind });
                }
            }
        }
        for q in &lexicon.qualifiers {
            let target = match q.position {
                QualifierPosition::Before => &mut lx.before,
                QualifierPosition::BeforeCn => &mut lx.before_cn,
                QualifierPosition::Inside => &mut lx.inside,
                QualifierPosition::AfterMeasure => &mut lx.after_measure,
                QualifierPosition::After => &mut lx.after,
                // A class noun qualifies no figure by itself: a list, read by `class_follows`.
                QualifierPosition::Class => {
                    lx.class.push(q.word.clone());
                    continue;
                }
                // Word lists, read by `article_title`.
                QualifierPosition::Article
                | QualifierPosition::Title
                | QualifierPosition::Policy
                | QualifierPosition::Counted => {
                    let list = match q.position {
                        QualifierPosition::Article => &mut lx.article,
                        QualifierPosition::Title => &mut lx.title,
                        QualifierPosition::Policy => &mut lx.policy,
                        _ => &mut lx.counted,
                    };
                    list.insert(&q.word, ());
                    continue;
                }
            };
            target.insert(&q.word, q.effect);
        }
        lx
    }
}

pub static UNITS: LazyLock<UnitTable> = LazyLock::new(UnitTable::load);

/// Whether `t` starts with a qualifier that stands before a number and a number follows
/// (超千亿元, 突破100亿元): the noun before it ends there.
pub fn starts_qualified_number(t: &str) -> bool {
    UNITS.before.prefix_of(t).is_some_and(|(l, _)| {
        t[l..].chars().next().is_some_and(|c| {
            numerals::digit(c).is_some() || numerals::cn_digit(c).is_some() || numerals::cn_unit(c).is_some()
        })
    })
}
