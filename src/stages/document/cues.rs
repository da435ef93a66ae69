//! The cue words of `dict/section_cues.tsv`, by kind: what opens the speech (各位代表), what
//! names a part of the report (review, plan, heading), the glossary and annexes.
//!
//! Several stages read them (the body starts at an opening, the outline finds unmarked parts,
//! periods read review and plan words), so they are loaded once, here, below all of them.

use std::sync::LazyLock;

/// Heading cues by kind, from `dict/section_cues.tsv`.
pub struct SectionCues {
    pub review: Vec<String>,
    pub plan: Vec<String>,
    pub glossary: Vec<String>,
    pub heading: Vec<String>,
    /// Words that open the speech (各位代表).
    pub opening: Vec<String>,
    /// Labels of annexes (附件).
    pub annex: Vec<String>,
}

pub static CUES: LazyLock<SectionCues> = LazyLock::new(|| {
    let mut c =
        SectionCues { review: vec![], plan: vec![], glossary: vec![], heading: vec![], opening: vec![], annex: vec![] };
    for row in crate::dict::tsv("section_cues.tsv", 2) {
        let list = match row[0].as_str() {
            "review" => &mut c.review,
            "plan" => &mut c.plan,
            "glossary" => &mut c.glossary,
            "heading" => &mut c.heading,
            "opening" => &mut c.opening,
            "annex" => &mut c.annex,
            other => panic!("dict/section_cues.tsv: unknown kind {other:?}"),
        };
        list.push(row[1].clone());
    }
    c
});
