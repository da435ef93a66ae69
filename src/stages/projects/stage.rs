//! The stage of an action, and the steering words dropped from its front (step 4 of the
//! module docs).

use crate::lang::chars::is_blank;
use crate::lexicon::VerbStage;

use super::words::{WORDS, after};

/// The stage of an action: the stage of its highest-ranked phrase (on ties the first, and of
/// two starting together the longer: 启动运行 is completed, not started).
pub(super) fn read_stage(action: &str) -> Option<VerbStage> {
    let lex = &*WORDS;
    // (rank, start, length, stage)
    let mut best: Option<(u8, usize, usize, VerbStage)> = None;
    for m in lex.stages.find_overlapping_iter(action) {
        let v = lex.stage_of[m.pattern()];
        if v.rank == 0 {
            continue;
        }
        let len = m.end() - m.start();
        if best
            .is_none_or(|(r, at, l, _)| v.rank > r || (v.rank == r && (m.start() < at || (m.start() == at && len > l))))
        {
            best = Some((v.rank, m.start(), len, v.stage));
        }
    }
    best.map(|(_, _, _, st)| st)
}

/// Drop steering words from the front of an action (推动, 力促, 确保 …).
pub(super) fn strip_leads(mut t: &str) -> &str {
    loop {
        t = t.trim_start_matches(|c: char| is_blank(c) || matches!(c, '、' | '，'));
        match WORDS.leads.iter().find(|l| t.starts_with(l.as_str())) {
            Some(l) => t = after(t, l.len()),
            None => return t,
        }
    }
}
