//! The stage of an action, and the steering words dropped from its front (step 4 of the
//! module docs).

use crate::lang::chars::{is_blank, is_digit, is_inline_space};
use crate::lang::numerals::{cn_digit, cn_unit};
use crate::lang::text;
use crate::lexicon::VerbStage;

use super::words::{PLAN_NOUN, WORDS, Word, after, before, cut, opens_with_date, opens_with_designation};

/// The stage of an action: the stage of its highest-ranked phrase (on ties the first, and of
/// two starting together the longer: 启动运行 is completed, not started).
pub(super) fn read_stage(action: &str) -> Option<VerbStage> {
    stage_from(action, true)
}

/// The stage of an action from the phrases that show something is built: [`read_stage`]
/// without the `soft` verbs (做好, 建好), which an institution needs more than.
pub(super) fn read_built_stage(action: &str) -> Option<VerbStage> {
    stage_from(action, false)
}

fn stage_from(action: &str, soft: bool) -> Option<VerbStage> {
    let lex = &*WORDS;
    let found: Vec<_> = lex.stages.find_overlapping_iter(action).collect();
    // A milestone (started, completed) inside a longer listed word is no milestone of the
    // action, whatever the ranks: the 建成 of 建成区 (built-up area) decides nothing, as a head
    // inside a `nonhead` word is no head (round 45). A work verb keeps its stage inside a form
    // of itself (建设好, 新建设: ongoing, as 建设).
    let covered = |m: &aho_corasick::Match| {
        found.iter().any(|o| o.start() <= m.start() && o.end() >= m.end() && o.len() > m.len())
    };
    // (rank, start, length, stage)
    let mut best: Option<(u8, usize, usize, VerbStage)> = None;
    for m in &found {
        let v = lex.stage_of[m.pattern()];
        if v.rank == 0 || (v.soft && !soft) || (v.enters && !PLAN_NOUN.iter().any(|w| action[m.end()..].contains(w))) {
            continue;
        }
        if matches!(v.stage, VerbStage::Started | VerbStage::Completed) && covered(m) {
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
        if let Some(l) = WORDS.leads.iter().find(|l| text::opens_with(t, l))
            && !opens_longer_verb(t, l.len())
        {
            t = after(t, l.len());
            continue;
        }
        // An adverb of manner before a steering word goes with it: 积极推动X开展前期工作 →
        // 开展前期工作 (积极推进 keeps its adverb: 推进 is no steering word). (Only a word at
        // the start counts: it is looked up there, not searched for through the whole text.)
        let adverb = WORDS.words.longest_at(t, 0).filter(
            |m| matches!(WORDS.word_of[m.pattern], Word::Verb(v) if v.rank == 0 && !v.lead && !v.scope && !v.compound),
        );
        match adverb.map(|m| after(t, m.end)) {
            Some(rest) if WORDS.leads.iter().any(|l| text::opens_with(rest, l)) => t = rest,
            _ => return t,
        }
    }
}

/// Whether `t` opens with a phrase longer than `len` bytes that is no steering word (争取设立
/// over 争取): the longest phrase wins.
fn opens_longer_verb(t: &str, len: usize) -> bool {
    WORDS
        .words
        .longest_at(t, 0)
        .is_some_and(|m| m.end > len && matches!(WORDS.word_of[m.pattern], Word::Verb(v) if !v.lead))
}

/// Drop a modifier ending in 的 from the verb phrase before a name, up to the last verb before
/// it: 建成功能完备的|盲人图书馆 → 建成; 白城梅花建成世界最大的 → 白城梅花建成; 扬中的|蜂巢易创产业园
/// and 总投资50亿元以上的 → "".
pub(super) fn without_modifier(pre: &str) -> String {
    let Some(i) = pre.rfind('的') else { return pre.to_string() };
    let (left, right) = (cut(pre, 0, i), after(pre, i + '的'.len_utf8()));
    let end = WORDS
        .words
        .find_iter(left)
        .filter(|m| matches!(WORDS.word_of[m.pattern], Word::Verb(_)))
        .last()
        .map_or(0, |m| m.end);
    format!("{}{right}", cut(left, 0, end))
}

/// The verb phrase before a name without the quantity or date it reports: the words up to its
/// last number go, and the next ones up to a verb (投资4.5亿元实施 → 实施, 筹集3亿元资金启动建设
/// → 启动建设, 6月底前开工建设 → 开工建设); nothing is left when no verb follows the number.
pub(super) fn without_quantity(pre: &str) -> &str {
    let Some(i) = quantities(pre, true).last() else { return pre };
    let rest = after(pre, i);
    let verb = WORDS.words.find_iter(rest).find(|m| matches!(WORDS.word_of[m.pattern], Word::Verb(v) if !v.scope));
    verb.map_or("", |m| after(rest, m.start))
}

/// Whether the predicate after a name reports a quantity (建设面积70万亩, 新开工建设30.38万套,
/// 完成投资8.3亿元, 建成金沙路等农村公路|4条): its verb belongs to the quantity, so it is no action
/// of the name. A number after a list mark or a conjunction counts something else (和26条道路
/// 维修全部实施完毕), and a date is no quantity (10月份投入使用).
pub(super) fn reports_quantity(post: &str) -> bool {
    let first = [quantities(post, false).next(), money_in_words(post)].into_iter().flatten().min();
    let Some(i) = first else { return false };
    !before(post, i).contains(['、', '，', ',', '；', ';', '：', ':', '和', '及', '与', '并', '（', '('])
}

/// Where a sum of money written in Chinese numerals starts (总投资超百亿元, 投资数十亿元): a run
/// of numerals holding a magnitude (十, 百, 千, 万, 亿), right before 元.
fn money_in_words(t: &str) -> Option<usize> {
    let numeral = |c: char| cn_digit(c).is_some() || cn_unit(c).is_some() || matches!(c, '数' | '几' | '余' | '多');
    let mut start = None;
    for (i, c) in t.char_indices() {
        match start {
            _ if numeral(c) => start = start.or(Some(i)),
            Some(a) if c == '元' && cut(t, a, i).chars().any(|d| cn_unit(d).is_some()) => return Some(a),
            _ => start = None,
        }
    }
    None
}

/// Where the numbers of `t` that state a quantity start (and a date, with `dates`): not a
/// designation (5A级, 7-17号泊位, 30万吨级) or a number inside a code (G331).
fn quantities(t: &str, dates: bool) -> impl Iterator<Item = usize> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let i = from + after(t, from).find(is_digit)?;
            let tail = after(t, i);
            let len = tail
                .find(|c: char| !(is_digit(c) || matches!(c, '.' | '-' | '—' | '－' | '~' | '～')))
                .unwrap_or(tail.len());
            from = i + len;
            let code = before(t, i).chars().next_back().is_some_and(|c| c.is_ascii_alphabetic());
            let unit = after(t, from).trim_start_matches(is_inline_space).trim_start_matches(['余', '多', '万', '亿']);
            if !code && !unit.starts_with(|c: char| c.is_ascii_alphabetic()) && !opens_with(unit, dates) {
                return Some(i);
            }
        }
    })
}

/// Whether the words after a number make it no quantity: a designation, or a date unless
/// `dates` are wanted.
fn opens_with(unit: &str, dates: bool) -> bool {
    opens_with_designation(unit) || (!dates && opens_with_date(unit))
}
