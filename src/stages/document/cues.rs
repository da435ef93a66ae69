//! The cue words of `dict/section_cues.tsv`, by kind: what opens the speech (各位代表), what
//! names a part of the report (review, plan, heading), the glossary and annexes.
//!
//! Several stages read them (the body starts at an opening, the outline finds unmarked parts,
//! periods read review and plan words), so they are loaded once, here, below all of them.

use std::sync::LazyLock;

use crate::lexicon::SectionCueKind;

/// Heading cues by kind, from `dict/section_cues.tsv`.
pub struct SectionCues {
    pub review: Vec<String>,
    pub plan: Vec<String>,
    pub glossary: Vec<String>,
    /// Words that may stand before a glossary cue in its heading (附：, 有关, 部分).
    pub glossary_lead: Vec<String>,
    pub heading: Vec<String>,
    /// Words that open the speech (各位代表).
    pub opening: Vec<String>,
    /// Words that make an opening line the speech's greeting (我代表, 报告), not an address to
    /// the deputies in the middle of the report.
    pub greeting: Vec<String>,
    /// Labels of annexes (附件).
    pub annex: Vec<String>,
}

pub static CUES: LazyLock<SectionCues> = LazyLock::new(|| {
    let mut c = SectionCues {
        review: vec![],
        plan: vec![],
        glossary: vec![],
        glossary_lead: vec![],
        heading: vec![],
        opening: vec![],
        greeting: vec![],
        annex: vec![],
    };
    for row in &crate::lexicon::get().section_cues {
        let list = match row.kind {
            SectionCueKind::Review => &mut c.review,
            SectionCueKind::Plan => &mut c.plan,
            SectionCueKind::Glossary => &mut c.glossary,
            SectionCueKind::GlossaryLead => &mut c.glossary_lead,
            SectionCueKind::Heading => &mut c.heading,
            SectionCueKind::Opening => &mut c.opening,
            SectionCueKind::Greeting => &mut c.greeting,
            SectionCueKind::Annex => &mut c.annex,
        };
        list.push(row.cue.clone());
    }
    c
});
