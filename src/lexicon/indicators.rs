//! `indicator_codes.tsv` (one row per indicator code), `indicators.tsv` (the words that name
//! each code) and `subject_words.tsv` (the words around a figure that give its measure and
//! subject).

use std::collections::{HashMap, HashSet};

use super::{LexiconError, Source};
use crate::vocab::{Dimension, vocabulary};

pub(crate) const CODE_COLUMNS: &[&str] = &["code", "dimension", "direction", "definition"];
pub(crate) const ALIAS_COLUMNS: &[&str] = &["code", "alias"];
pub(crate) const SUBJECT_COLUMNS: &[&str] = &["word", "role", "parts"];
pub(crate) const LINK_COLUMNS: &[&str] = &["word", "role"];

vocabulary! {
    /// Which way an indicator should move (`direction` of `indicator_codes.tsv`); an empty
    /// cell means it depends (a budget's expenditure, a deficit).
    pub enum Direction ("direction") {
        /// More is better (GDP, income, forest coverage).
        Up = "up",
        /// Less is better (unemployment, energy intensity, PM2.5).
        Down = "down",
    }
}

/// A row of `indicator_codes.tsv`: what an `indicator` code means.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorCode {
    pub code: String,
    /// The dimension of the indicator's level (currency for GDP, percent for a rate).
    pub dimension: Dimension,
    /// Whether a higher figure is better; `None` when it depends.
    pub direction: Option<Direction>,
    pub definition: String,
}

/// A row of `indicators.tsv`: a subject that names a code.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorAlias {
    pub code: String,
    pub alias: String,
}

/// Codes are published column values: lower-case ASCII words joined by `_`.
fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && code.as_bytes()[0].is_ascii_lowercase()
}

pub(crate) fn read_indicators(
    codes: &Source,
    aliases: &Source,
) -> Result<(Vec<IndicatorCode>, Vec<IndicatorAlias>), LexiconError> {
    let mut defs = Vec::new();
    let mut known = HashSet::new();
    for row in codes.rows(CODE_COLUMNS, 4)? {
        let code = row.word(0, "code")?;
        if !valid_code(&code) {
            return Err(row.error(format!("code {code:?} is not lower-case ASCII letters, digits and _")));
        }
        if !known.insert(code.clone()) {
            return Err(row.error(format!("code {code:?} is defined twice")));
        }
        let dimension = row.term(1)?;
        let direction = match row.cell(2) {
            "" => None,
            _ => Some(row.term(2)?),
        };
        let definition = row.word(3, "definition")?;
        defs.push(IndicatorCode { code, dimension, direction, definition });
    }
    let mut out = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for row in aliases.rows(ALIAS_COLUMNS, 2)? {
        let code = row.word(0, "code")?;
        let alias = row.word(1, "alias")?;
        if !known.contains(&code) {
            return Err(row.error(format!("code {code:?} has no row in indicator_codes.tsv")));
        }
        if let Some(other) = seen.insert(alias.clone(), code.clone()) {
            return Err(row.error(format!("alias {alias:?} is listed twice (also for {other})")));
        }
        out.push(IndicatorAlias { code, alias });
    }
    Ok((defs, out))
}

vocabulary! {
    /// What a word does around an indicator alias in a subject (`role` of
    /// `indicator_words.tsv`).
    pub enum LinkRole ("indicator word role") {
        /// Before an alias, narrows only where or whose the figure is (全社会, 地方).
        Scope = "scope",
        /// After an alias, says what the measure column already says (增速, 总额).
        Measure = "measure",
        /// Before the denominator of a per-unit figure (单位地区生产总值能耗).
        Per = "per",
        /// Starts the denominator of a share (占地区生产总值比重).
        Of = "of",
        /// Ends a share after its denominator (比重, 的比例).
        Share = "share",
        /// A word that looks like a place name before an alias but changes the statistic
        /// (城市 in 城市居民人均可支配收入): the prefix does not link.
        Block = "block",
        /// Inside an alias, an adverb that changes nothing (累计 in 城镇累计新增就业): dropped
        /// where it stands when the subject does not link with it.
        Inner = "inner",
        /// An alias that names its code only as the part after 其中 of a revenue total named
        /// before it (财政总收入…，其中地方财政收入…): alone it does not link (round 33).
        LocalPart = "local_part",
        /// The three sectors of the economy named together (三次产业): a list of three figures
        /// of one measure under it gives the first, second and third sector in order (round 34).
        Sectors = "sectors",
        /// One sector of the economy by name, in order (第一产业, 第二产业, 第三产业): the `k`th
        /// figure of a list under a `sectors` word is read under the `k`th of them (round 34).
        Sector = "sector",
        /// An alias that names a neighbour of its code's statistic, a narrower or a wider one
        /// (外商直接投资, a part of 实际利用外资; 新增就业岗位, jobs in town and country): beside
        /// the statistic itself as whole and part after 其中, it loses the code (round 35).
        Neighbour = "neighbour",
    }
}

/// A row of `indicator_words.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkWord {
    pub word: String,
    pub role: LinkRole,
}

pub(crate) fn read_link_words(src: &Source) -> Result<Vec<LinkWord>, LexiconError> {
    let mut out = Vec::new();
    for row in src.rows(LINK_COLUMNS, 2)? {
        out.push(LinkWord { word: row.word(0, "word")?, role: row.term(1)? });
    }
    Ok(out)
}

vocabulary! {
    /// What a word around a figure does (`role` of `subject_words.tsv`).
    pub enum SubjectRole ("subject word role") {
        Report = "report",
        ReportInside = "report_inside",
        Lead = "lead",
        Adverb = "adverb",
        Scope = "scope",
        Time = "time",
        Link = "link",
        Level = "level",
        Growth = "growth",
        Decline = "decline",
        Avg = "avg",
        Compare = "compare",
        Keep = "keep",
        Verb = "verb",
        Particle = "particle",
        Compound = "compound",
        Milestone = "milestone",
        Frame = "frame",
        Pair = "pair",
        Generic = "generic",
        Owner = "owner",
        Whole = "whole",
        Preverb = "preverb",
        Steer = "steer",
        Prep = "prep",
        Tier = "tier",
        Exist = "exist",
        Pooled = "pooled",
        PerHead = "per_head",
        ShareVerb = "share_verb",
        ShareAdverb = "share_adverb",
        Spread = "spread",
        CountedTotal = "counted_total",
        Carry = "carry",
        PlanPrefix = "plan_prefix",
        WorksHead = "works_head",
        Work = "work",
        Stage = "stage",
        Separator = "separator",
        Threshold = "threshold",
        Gap = "gap",
        Pull = "pull",
        Kind = "kind",
        Increment = "increment",
        Visitors = "visitors",
        VisitRevenue = "visit_revenue",
        VisitOwner = "visit_owner",
        Total = "total",
        Part = "part",
        ListMeasure = "list_measure",
        Exit = "exit",
        Focus = "focus",
        Problem = "problem",
        Undergo = "undergo",
        RateEnd = "rate_end",
        MeasureEnd = "measure_end",
        Attributive = "attributive",
        Occur = "occur",
        Casualty = "casualty",
        Reach = "reach",
        Designation = "designation",
        Allot = "allot",
        Group = "group",
        PairedMeasure = "paired_measure",
        YieldChange = "yield_change",
        LandYield = "land_yield",
        ZoneEnd = "zone_end",
        ReachAdverb = "reach_adverb",
        Batch = "batch",
        BoundTime = "bound_time",
        Among = "among",
        LocalShare = "local_share",
        Revenue = "revenue",
        Investment = "investment",
        WholeMark = "whole_mark",
        Carrier = "carrier",
        Undertaking = "undertaking",
        Pivot = "pivot",
        Task = "task",
        Postposition = "postposition",
    }
}

impl SubjectRole {
    /// Roles whose words only build the subject reader's patterns and lists (`per_head`,
    /// `share_verb`, `share_adverb`, `spread`, `counted_total`, `carry`, `plan_prefix`, `works_head`,
    /// `work`, `stage`, `separator`, `threshold`, `gap`, `pull`, `kind`, `increment`, `visitors`, `visit_revenue`,
    /// `visit_owner`, `total`, `part`, `list_measure`, `exit`, `focus`, `problem`, `undergo`, `rate_end`, `measure_end`, `allot`, `group`, `reach`, `designation`, `paired_measure`, `yield_change`, `land_yield`, `zone_end`, `reach_adverb`, `batch`, `among`, `local_share`, `revenue`, `investment`, `whole_mark`, `carrier`, `bound_time`, `undertaking`, `pivot`, `task`, `postposition`): they are not entered in the longest-match word table, where
    /// a longer word (月人均) would hide a shorter one of another role (人均).
    pub fn is_pattern(self) -> bool {
        matches!(
            self,
            SubjectRole::PerHead
                | SubjectRole::ShareVerb
                | SubjectRole::ShareAdverb
                | SubjectRole::Spread
                | SubjectRole::Pooled
                | SubjectRole::CountedTotal
                | SubjectRole::Carry
                | SubjectRole::PlanPrefix
                | SubjectRole::WorksHead
                | SubjectRole::Undertaking
                | SubjectRole::Work
                | SubjectRole::Stage
                | SubjectRole::Separator
                | SubjectRole::Threshold
                | SubjectRole::Gap
                | SubjectRole::Pull
                | SubjectRole::Kind
                | SubjectRole::Increment
                | SubjectRole::Visitors
                | SubjectRole::VisitRevenue
                | SubjectRole::VisitOwner
                | SubjectRole::Total
                | SubjectRole::Part
                | SubjectRole::ListMeasure
                | SubjectRole::Exit
                | SubjectRole::Focus
                | SubjectRole::Problem
                | SubjectRole::Undergo
                | SubjectRole::RateEnd
                | SubjectRole::MeasureEnd
                | SubjectRole::Postposition
                | SubjectRole::Attributive
                | SubjectRole::Occur
                | SubjectRole::Casualty
                | SubjectRole::Reach
                | SubjectRole::Designation
                | SubjectRole::Allot
                | SubjectRole::Group
                | SubjectRole::PairedMeasure
                | SubjectRole::YieldChange
                | SubjectRole::LandYield
                | SubjectRole::ZoneEnd
                | SubjectRole::ReachAdverb
                | SubjectRole::Batch
                | SubjectRole::Among
                | SubjectRole::LocalShare
                | SubjectRole::Revenue
                | SubjectRole::Investment
                | SubjectRole::WholeMark
                | SubjectRole::Carrier
                | SubjectRole::BoundTime
                | SubjectRole::Pivot
                | SubjectRole::Task
        )
    }
}

/// A row of `subject_words.tsv`. A word may have several rows, one per role.
#[derive(Debug, Clone, PartialEq)]
pub struct SubjectWord {
    pub word: String,
    pub role: SubjectRole,
    /// For a `pair` word, what it stands for item by item (城乡 -> 城镇, 农村); empty otherwise.
    pub parts: Vec<String>,
}

pub(crate) fn read_subject_words(src: &Source) -> Result<Vec<SubjectWord>, LexiconError> {
    let rows = src.rows(SUBJECT_COLUMNS, 2)?;
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let role: SubjectRole = row.term(1)?;
        let parts: Vec<String> =
            row.cell(2).split('、').map(str::trim).filter(|p| !p.is_empty()).map(String::from).collect();
        if (role == SubjectRole::Pair) != (parts.len() >= 2) {
            return Err(row.error("a pair word needs two parts or more (城镇、农村), and only a pair word has parts"));
        }
        out.push(SubjectWord { word: row.word(0, "word")?, role, parts });
    }
    let reports: HashSet<&str> =
        out.iter().filter(|w| w.role == SubjectRole::Report).map(|w| w.word.as_str()).collect();
    if let Some((row, w)) =
        rows.iter().zip(&out).find(|(_, w)| w.role == SubjectRole::ReportInside && !reports.contains(w.word.as_str()))
    {
        return Err(row.error(format!("{:?} has role report_inside but not report", w.word)));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embedded() -> (Vec<IndicatorCode>, Vec<IndicatorAlias>) {
        read_indicators(&Source::embedded("indicator_codes.tsv"), &Source::embedded("indicators.tsv")).unwrap()
    }

    #[test]
    fn every_code_has_a_definition_and_an_alias() {
        let (codes, aliases) = embedded();
        for c in &codes {
            assert!(aliases.iter().any(|a| a.code == c.code), "{} has no alias", c.code);
        }
        let get = |code: &str| codes.iter().find(|c| c.code == code).unwrap();
        assert_eq!((get("gdp").dimension, get("gdp").direction), (Dimension::Currency, Some(Direction::Up)));
        assert_eq!(get("unemployment_rate").direction, Some(Direction::Down));
        assert_eq!(get("budget_expenditure").direction, None);
    }

    #[test]
    fn an_alias_needs_a_defined_code() {
        let codes = Source::text("c.tsv", "gdp\tcurrency\tup\tGross domestic product.\n");
        let aliases = Source::text("a.tsv", "gdp\t生产总值\n# x\ngpd\t地区生产总值\n");
        let err = read_indicators(&codes, &aliases).unwrap_err().to_string();
        assert_eq!(err, "a.tsv line 3: code \"gpd\" has no row in indicator_codes.tsv");
        let codes = Source::text("c.tsv", "gdp\tcurrency\tsideways\tGross domestic product.\n");
        let err = read_indicators(&codes, &aliases).unwrap_err().to_string();
        assert!(err.starts_with("c.tsv line 1: unknown direction \"sideways\""), "{err}");
    }

    #[test]
    fn report_inside_words_are_report_words() {
        let words = read_subject_words(&Source::embedded("subject_words.tsv")).unwrap();
        assert!(words.iter().any(|w| w.word == "实现" && w.role == SubjectRole::ReportInside));
        let err = read_subject_words(&Source::text("s.tsv", "实现\treport_inside\n")).unwrap_err().to_string();
        assert!(err.starts_with("s.tsv line 1: "), "{err}");
    }
}
