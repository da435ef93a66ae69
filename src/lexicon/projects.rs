//! The words of named projects: `project_heads.tsv` (nouns by kind), `stage_verbs.tsv`
//! (verbs by stage and rank), `project_counts.tsv` (counters of the count patterns) and
//! `project_words.tsv` (function words around a name).

use std::collections::HashMap;

use super::{LexiconError, Source};
use crate::vocab::{Stage, vocabulary};

pub(crate) const HEAD_COLUMNS: &[&str] = &["word", "kind"];
pub(crate) const VERB_COLUMNS: &[&str] = &["phrase", "stage", "rank", "role"];
pub(crate) const COUNT_COLUMNS: &[&str] = &["kind", "word"];
pub(crate) const WORD_COLUMNS: &[&str] = &["kind", "word"];

vocabulary! {
    /// What a noun does in a project name (`kind` of `project_heads.tsv`; the file's header
    /// explains each).
    pub enum HeadKind ("head noun kind") {
        Head = "head",
        Inst = "inst",
        Item = "item",
        Suffix = "suffix",
        Site = "site",
        Work = "work",
        Zone = "zone",
        Area = "area",
        Org = "org",
        Generic = "generic",
        Soft = "soft",
        Place = "place",
        Water = "water",
        Many = "many",
        NonHead = "nonhead",
    }
}

impl HeadKind {
    /// Nouns that can end a name (a zone or an organisation ends one that is then dropped).
    pub fn closes(self) -> bool {
        matches!(
            self,
            HeadKind::Head | HeadKind::Inst | HeadKind::Item | HeadKind::Zone | HeadKind::Area | HeadKind::Org
        )
    }
}

/// A row of `project_heads.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadNoun {
    pub word: String,
    pub kind: HeadKind,
}

pub(crate) fn read_heads(src: &Source) -> Result<Vec<HeadNoun>, LexiconError> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, HeadKind> = HashMap::new();
    for row in src.rows(HEAD_COLUMNS, 2)? {
        let word = row.word(0, "word")?;
        let kind = row.term(1)?;
        if let Some(prev) = seen.insert(word.clone(), kind) {
            return Err(row.error(format!("{word:?} is listed twice ({prev} and {kind})")));
        }
        out.push(HeadNoun { word, kind });
    }
    Ok(out)
}

vocabulary! {
    /// The stage a phrase decides (`stage` of `stage_verbs.tsv`): a stage of `projects.stage`,
    /// or one of two decisions that are not stages.
    pub enum VerbStage ("verb stage") {
        Planned = "planned",
        Started = "started",
        Ongoing = "ongoing",
        Completed = "completed",
        /// The stage is left empty (落地, 打造).
        Empty = "none",
        /// The thing is shut down or torn down (关停, 淘汰, 拆除): not an undertaking, no row.
        Closed = "closed",
    }
}

impl VerbStage {
    /// The `stage` written for an action this phrase decides.
    pub fn stage(self) -> Option<Stage> {
        match self {
            VerbStage::Planned => Some(Stage::Planned),
            VerbStage::Started => Some(Stage::Started),
            VerbStage::Ongoing => Some(Stage::Ongoing),
            VerbStage::Completed => Some(Stage::Completed),
            VerbStage::Empty | VerbStage::Closed => None,
        }
    }
}

vocabulary! {
    /// How a phrase of `stage_verbs.tsv` is read (`role`).
    pub enum VerbRole ("verb role") {
        /// Part of the action.
        Verb = "verb",
        /// A steering word dropped from the front of an action (推动, 确保).
        Lead = "lead",
        /// A scope or time word (全区, 今年): dropped like a lead, ends a name only where one
        /// could start.
        Scope = "scope",
        /// Written straight onto 工程/项目 it is part of the name (建设工程, 培育工程).
        Compound = "compound",
        /// Part of the action and decides its stage, but is no sign that an institution is
        /// built (做好, 建好: 建好用好X重点实验室 is no row).
        Soft = "soft",
        /// Enters a thing into something (列入, 纳入): decides the stage only when a
        /// `plan_noun` of project_words.tsv follows it in the action (纳入国家“十四五”规划); into
        /// a list or a title (列入国家级软件产业基地, 列入世界文化遗产预备名单) it says nothing of
        /// the works.
        Enters = "enters",
        /// A verb only where a name could start (at the front of a clause, after a list mark or
        /// another verb: 利用老烟厂打造…, 结合城市防灾避险设施建设); inside a name it is a word of
        /// it (红格南矿开发利用, 医养结合示范中心).
        Front = "front",
    }
}

/// A row of `stage_verbs.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct StageVerb {
    pub phrase: String,
    pub stage: VerbStage,
    /// 0 to 5: the highest-ranked phrase of an action decides its stage.
    pub rank: u8,
    pub role: VerbRole,
}

/// The highest rank of `stage_verbs.tsv`.
const MAX_RANK: u8 = 5;

pub(crate) fn read_stage_verbs(src: &Source) -> Result<Vec<StageVerb>, LexiconError> {
    let mut out: Vec<StageVerb> = Vec::new();
    let mut seen = HashMap::new();
    for row in src.rows(VERB_COLUMNS, 4)? {
        let phrase = row.word(0, "phrase")?;
        let stage = row.term(1)?;
        let rank =
            row.cell(2).parse::<u8>().ok().filter(|r| *r <= MAX_RANK).ok_or_else(|| {
                row.error(format!("rank {:?} is not a whole number from 0 to {MAX_RANK}", row.cell(2)))
            })?;
        let role = row.term(3)?;
        if let Some(line) = seen.insert(phrase.clone(), row.line) {
            return Err(row.error(format!("{phrase:?} is listed twice (also on line {line})")));
        }
        out.push(StageVerb { phrase, stage, rank, role });
    }
    Ok(out)
}

vocabulary! {
    /// Which count pattern of the `projects` stage a word belongs to (`kind` of
    /// `project_counts.tsv`; the file's header explains each).
    pub enum CountKind ("count kind") {
        Count = "count",
        CountLength = "count_length",
        CountAfter = "count_after",
        Collective = "collective",
        Number = "number",
        NumberCn = "number_cn",
        Counted = "counted",
        PostCount = "post_count",
        PostCountVerb = "post_count_verb",
        Date = "date",
        Designation = "designation",
    }
}

/// A row of `project_counts.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct CountWord {
    pub kind: CountKind,
    pub word: String,
}

pub(crate) fn read_counts(src: &Source) -> Result<Vec<CountWord>, LexiconError> {
    let out: Vec<CountWord> = src
        .rows(COUNT_COLUMNS, 2)?
        .iter()
        .map(|row| Ok(CountWord { kind: row.term(0)?, word: row.word(1, "word")? }))
        .collect::<Result<_, LexiconError>>()?;
    // An empty list would make a pattern match any number.
    if let Some(kind) = CountKind::ALL.iter().find(|k| !out.iter().any(|w| w.kind == **k)) {
        return Err(src.error(format!("no word of kind {kind}: every kind needs at least one")));
    }
    Ok(out)
}

vocabulary! {
    /// What a function word does around a project name (`kind` of `project_words.tsv`; the
    /// file's header explains each).
    pub enum ProjectWordKind ("project word kind") {
        NotInName = "not_in_name",
        Leading = "leading",
        LeadingYearAfter = "leading_year_after",
        ModifierAfter = "modifier_after",
        Grade = "grade",
        BeforeItem = "before_item",
        WaterBody = "water_body",
        ProgrammeVerb = "programme_verb",
        Coverage = "coverage",
        Threshold = "threshold",
        BoundSuffix = "bound_suffix",
        PlaceUnit = "place_unit",
        Becomes = "becomes",
        BecomesNotAfter = "becomes_not_after",
        GrowsInto = "grows_into",
        Designates = "designates",
        DesignatesNotBefore = "designates_not_before",
        WordOfItsOwn = "word_of_its_own",
        PlaceOfItsOwn = "place_of_its_own",
        WordInName = "word_in_name",
        Office = "office",
        OfficeNot = "office_not",
        Unbuilt = "unbuilt",
        Partner = "partner",
        PlaceKind = "place_kind",
        Sector = "sector",
        Wins = "wins",
        Honour = "honour",
        /// The status of a zone in a title (园区, 集聚区): a list or pilot of it is no honour (round 61).
        ZoneStatus = "zone_status",
        Promotes = "promotes",
        Rating = "rating",
        RatedHead = "rated_head",
        Uses = "uses",
        ItemType = "item_type",
        ItemTypeNot = "item_type_not",
        TypedItem = "typed_item",
        MainWorks = "main_works",
        MannerNot = "manner_not",
        Measure = "measure",
        ItemStage = "item_stage",
        KindState = "kind_state",
        NotSegment = "not_segment",
        Extension = "extension",
        /// A compass direction a name may open with: listed alone before such a name, one more of
        /// it (东、西高架桥; round 62).
        Direction = "direction",
        Signs = "signs",
        Superlative = "superlative",
        Product = "product",
        GoodsModifier = "goods_modifier",
        BrandOutlet = "brand_outlet",
        Firm = "firm",
        /// Ends a kind after 等 that sums its items up as platforms (平台): the institutions among
        /// them are named in passing (round 61).
        Platform = "platform",
        PlaceLevel = "place_level",
        BrandKind = "brand_kind",
        Attracts = "attracts",
        Priority = "priority",
        KeyGrade = "key_grade",
        /// The verb of building works (建设) that, right before 等 and a kind of 项目 or 工程 after
        /// a list, is the last item's works and lets 等 close the list (round 48).
        WorksVerb = "works_verb",
        Hosts = "hosts",
        PlanNoun = "plan_noun",
        WaterEnd = "water_end",
        WaterWorks = "water_works",
        WaterReach = "water_reach",
        WaterNot = "water_not",
        /// Ends an owner before what it owns, as 的 does (麦德龙所属青山湖商场; round 58).
        Possessive = "possessive",
    }
}

/// A row of `project_words.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectWord {
    pub kind: ProjectWordKind,
    pub word: String,
}

pub(crate) fn read_project_words(src: &Source) -> Result<Vec<ProjectWord>, LexiconError> {
    let out: Vec<ProjectWord> = src
        .rows(WORD_COLUMNS, 2)?
        .iter()
        .map(|row| Ok(ProjectWord { kind: row.term(0)?, word: row.word(1, "word")? }))
        .collect::<Result<_, LexiconError>>()?;
    // An empty list would make a pattern match nothing or everything.
    if let Some(kind) = ProjectWordKind::ALL.iter().find(|k| !out.iter().any(|w| w.kind == **k)) {
        return Err(src.error(format!("no word of kind {kind}: every kind needs at least one")));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_read() {
        let heads = read_heads(&Source::embedded("project_heads.tsv")).unwrap();
        assert!(heads.contains(&HeadNoun { word: "大桥".into(), kind: HeadKind::Head }));
        let verbs = read_stage_verbs(&Source::embedded("stage_verbs.tsv")).unwrap();
        let built = verbs.iter().find(|v| v.phrase == "建成").unwrap();
        assert_eq!((built.stage.stage(), built.rank, built.role), (Some(Stage::Completed), 2, VerbRole::Verb));
        assert!(read_counts(&Source::embedded("project_counts.tsv")).is_ok());
        let words = read_project_words(&Source::embedded("project_words.tsv")).unwrap();
        assert!(words.contains(&ProjectWord { kind: ProjectWordKind::Leading, word: "以上".into() }));
    }

    #[test]
    fn bad_rows_are_named() {
        let err = read_heads(&Source::text("h.tsv", "大桥\thead\n大桥\tzone\n")).unwrap_err().to_string();
        assert_eq!(err, "h.tsv line 2: \"大桥\" is listed twice (head and zone)");
        let err = read_stage_verbs(&Source::text("v.tsv", "建成\tcompleted\t9\tverb\n")).unwrap_err().to_string();
        assert!(err.starts_with("v.tsv line 1: rank \"9\""), "{err}");
        let err = read_counts(&Source::text("c.tsv", "count\t个\n")).unwrap_err().to_string();
        assert!(err.starts_with("c.tsv: no word of kind count_length"), "{err}");
    }
}
