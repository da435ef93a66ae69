//! Subjects: what a figure measures, as worded in the text.
//!
//! The words before a figure, back to the start of its clause (or to the figure before it),
//! name what it measures: 2021年实现|地区生产总值|310.4亿元. Words that only report (实现,
//! 完成, 达到), lead a clause (其中, 力争, 确保), give the time (2021年, 今年) or tie the subject
//! to its number (达到, 保持在, 分别) are left out; verbs that change the meaning (新增, 新建,
//! 累计) stay. When the counter is followed by a noun (完成10个|行政村综合整治), the figure
//! counts that noun. How figures share subjects is in [`super::link`].

use std::sync::LazyLock;

use regex::Regex;

use super::clause::{last_clause, strip_links};
use super::units::{UNITS, starts_qualified_number};
use super::vocabulary::{WORDS, is_particle, pattern_words, role, yield_change_end};
use crate::lang::chars::{is_han, is_inline_space};
use crate::lang::guard::Anchored;
use crate::lang::marks::is_clause_break;
use crate::lang::numerals::{self, YEAR_DIGITS_RE};
use crate::lang::text::opens_with;
use crate::lexicon::{PeriodCueKind, SubjectRole};

/// The words of one `subject_*` kind of `dict/period_cues.tsv`, as regex alternatives in
/// file order.
fn cue_alternatives(kind: PeriodCueKind) -> String {
    let words = crate::lexicon::get().period_cues.iter().filter(|c| c.kind == kind);
    words.map(|c| regex::escape(&c.cue)).collect::<Vec<_>>().join("|")
}

/// The words of one pattern role of `dict/subject_words.tsv` (`per_head`, `share_verb` …), as
/// regex alternatives in file order.
fn word_alternatives(r: SubjectRole) -> String {
    let words = crate::lexicon::get().subject_words.iter().filter(|w| w.role == r);
    words.map(|w| regex::escape(&w.word)).collect::<Vec<_>>().join("|")
}

/// A year or a five-year plan at the start of a clause: 2021年, 到2026年底, “十四五”时期 (and
/// 到 2026 年, as texts that space their numbers write it; 一九八四年, as the reports of the
/// 1950s–1990s write years). The words around the year are the
/// `subject_*` cues of `dict/period_cues.tsv`.
static LEADING_TIME: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new(Regex::new(&format!(
        r"^(?:{})?\s?(?:{YEAR_DIGITS_RE}\s?年(?:{})?|(?:“?十[一二三四五六七]五|“[六七八九十]五)\s?”?(?:{})?|[0-9０-９一二两三四五六七八九十]{{1,2}}\s?年(?:{})?)\s?[，,、]?",
        cue_alternatives(PeriodCueKind::SubjectTimeBefore),
        cue_alternatives(PeriodCueKind::SubjectYearAfter),
        cue_alternatives(PeriodCueKind::SubjectPlanAfter),
        cue_alternatives(PeriodCueKind::SubjectYearsAfter),
    ))
    .expect("escaped words make a valid regex"))
});

/// The characters a [`LEADING_TIME`] match can start with, besides ASCII digits: a first
/// character of a `subject_time_before` word, “, or a numeral. A cheap test before the regex.
static LEADING_TIME_FIRST: LazyLock<Vec<char>> = LazyLock::new(|| {
    let lexicon = crate::lexicon::get();
    let words = lexicon.period_cues.iter().filter(|c| c.kind == PeriodCueKind::SubjectTimeBefore);
    let mut firsts: Vec<char> = words.filter_map(|c| c.cue.chars().next()).collect();
    firsts.extend("“十一二两三四五六七八九".chars());
    firsts
});

/// Words at the end of a subject that belong to the figure: the starting level of a change
/// (占全国比重由2020年的|7.2%提升至7.4%) or a number of units (东电2×|35万千瓦). The words are
/// the `from`, `subject_base_year_after` and `subject_from_base` cues of `dict/period_cues.tsv`.
static TRAILING_FROM: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new({
        Regex::new(&format!(
            r"(?:(?:{})(?:{YEAR_DIGITS_RE}年(?:{})?|{})?的?|[0-9０-９]+[×xX])$",
            cue_alternatives(PeriodCueKind::From),
            cue_alternatives(PeriodCueKind::SubjectBaseYearAfter),
            cue_alternatives(PeriodCueKind::SubjectFromBase),
        ))
        .expect("escaped words make a valid regex")
    })
});

/// The starting level of a change written as a figure that is no row of its own (审批时限从|200个
/// 工作日|压减到70个工作日, 去化周期由|24个月|压缩至14个月): a `from` cue of `dict/period_cues.tsv`,
/// an optional base year, then a number and a short unit closing the words before the figure.
static TRAILING_FROM_FIGURE: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new({
        Regex::new(&format!(
            r"(?:{})(?:{YEAR_DIGITS_RE}年的?)?[0-9０-９][0-9０-９.．]*(?:\s?[—\-~～]\s?[0-9０-９.．]+)?[^，,；;。、0-9０-９]{{1,6}}$",
            cue_alternatives(PeriodCueKind::From),
        ))
        .expect("escaped words make a valid regex")
    })
});

/// A month or a span of months at the start of a clause (6月底前, 9月份, 1-10月): when, not what. The words are the
/// `subject_month_*` cues of `dict/period_cues.tsv`.
static LEADING_MONTH: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new(
        Regex::new(&format!(
            r"^(?:[0-9０-９]{{1,2}}\s?[-—–－~至到]\s?)?[0-9０-９]{{1,2}}\s?月(?:{})?(?:{})?[，,]?",
            cue_alternatives(PeriodCueKind::SubjectMonthAfter),
            cue_alternatives(PeriodCueKind::SubjectMonthBound),
        ))
        .expect("escaped words make a valid regex"),
    )
});

/// A paragraph's enumerator at the start (一是, 十五是): which point of the speech, not what.
static LEADING_ENUMERATOR: LazyLock<Anchored> =
    LazyLock::new(|| Anchored::new(Regex::new("^[一二三四五六七八九十]{1,3}是").expect("a valid regex")));

/// A per-period word at the start, before a verb (每年|招引亿元以上制造业项目, 坚持每年|办好):
/// how often, which the figure's period says, not what (`subject_per_period` of
/// `dict/period_cues.tsv`).
static LEADING_PER_PERIOD: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new(
        Regex::new(&format!("^(?:{})", cue_alternatives(PeriodCueKind::SubjectPerPeriod)))
            .expect("escaped words make a valid regex"),
    )
});

/// A span of years right before a change or a figure (实际利用外商直接投资五年|增长1.2倍,
/// 高速公路通车里程五年|增加2054公里): how long the change took, which the period columns
/// carry, not what is measured. Also 各 that spreads one figure over the things before it
/// (新增蓄水总库容和供水能力各|2亿立方米). The words are the `subject_years_after` cues of
/// `dict/period_cues.tsv` and the `spread` words of `dict/subject_words.tsv`.
static TRAILING_SPAN: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new(
        Regex::new(&format!(
            r"(?:(?:[0-9０-９]{{1,2}}|[一二两三四五六七八九十]{{1,2}})\s?年(?:{})?|{})$",
            cue_alternatives(PeriodCueKind::SubjectYearsAfter),
            word_alternatives(SubjectRole::Spread),
        ))
        .expect("escaped words make a valid regex"),
    )
});

/// The `works_head` words of `dict/subject_words.tsv` (项目, 工程).
static WORKS_HEAD: LazyLock<Vec<String>> = LazyLock::new(|| pattern_words(SubjectRole::WorksHead));

/// The `work` words of `dict/subject_words.tsv` (改造, 改扩建, 绿化, 种植), longest first.
static WORK: LazyLock<Vec<String>> = LazyLock::new(|| pattern_words(SubjectRole::Work));

/// The `kind` characters of `dict/subject_words.tsv` (型, 级, 类, 式): see [`right_noun_with`].
static KIND: LazyLock<Vec<String>> = LazyLock::new(|| pattern_words(SubjectRole::Kind));

/// Where the head after a `kind` modifier starts in `noun` (3A级|景区, 村级|农村公益性公墓): the
/// byte offset after its first `kind` character (not its first character), when a head follows.
pub(super) fn kind_head(noun: &str) -> Option<usize> {
    let (k, c) = noun.char_indices().skip(1).find(|&(_, c)| KIND.iter().any(|w| w.starts_with(c)))?;
    let at = k + c.len_utf8();
    (at < noun.len()).then_some(at)
}

/// Whether `modifier` is a modifier of a kind alone (4A级, 乡（镇）级): two characters or more
/// ending in a `kind` character of dict/subject_words.tsv.
pub(super) fn kind_alone(modifier: &str) -> bool {
    modifier.chars().count() >= 2 && modifier.chars().next_back().is_some_and(|c| KIND.iter().any(|w| w.starts_with(c)))
}

/// The first and the last characters of the [`WORK`] words, sorted: a text that opens (ends)
/// with none of them starts (ends) with no work word, and is refused before the words are
/// compared one by one (work_at is asked at every character of a counted noun). `None` if a
/// word is empty (every text would start with it).
static WORK_ENDS: LazyLock<Option<(Vec<char>, Vec<char>)>> = LazyLock::new(|| {
    let ends = |last: bool| {
        let mut v: Vec<char> =
            WORK.iter().filter_map(|w| if last { w.chars().next_back() } else { w.chars().next() }).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    WORK.iter().all(|w| !w.is_empty()).then(|| (ends(false), ends(true)))
});

/// The `stage` words of `dict/subject_words.tsv` (前期).
static STAGE: LazyLock<Vec<String>> = LazyLock::new(|| {
    let words = crate::lexicon::get().subject_words.iter().filter(|w| w.role == SubjectRole::Stage);
    words.map(|w| w.word.clone()).collect()
});

/// The work word that starts `t` and closes its phrase: nothing, a clause break, a list mark
/// (、, 和, 及, 等) or a `works_head` (工程, 项目) follows it (种植|和…, 绿化|工程).
pub(super) fn work_at(t: &str) -> Option<&str> {
    if let Some((firsts, _)) = &*WORK_ENDS
        && t.chars().next().is_none_or(|c| firsts.binary_search(&c).is_err())
    {
        return None;
    }
    WORK.iter().find_map(|w| {
        let rest = t.strip_prefix(w.as_str())?;
        let closes = rest.chars().next().is_none_or(|c| is_clause_break(c) || matches!(c, '、' | '和' | '及' | '等'))
            || WORKS_HEAD.iter().any(|h| opens_with(rest, h));
        closes.then_some(&t[..w.len()])
    })
}

/// The work named by the head a closing 等 gives a list (等|城区绿化工程, 等|改扩建工程顺利完工):
/// the first work word in it, before the clause ends, that closes its phrase.
pub(super) fn shared_work(head: &str) -> Option<&str> {
    let head = crate::lang::text::within_a_sentence(head);
    let end = head.find(|c: char| is_clause_break(c) || c == '、').unwrap_or(head.len());
    let head = &head[..end];
    head.char_indices().take(12).find_map(|(j, _)| work_at(&head[j..]))
}

/// The noun `noun` of a counted list item ends in a work word (既有建筑节能改造).
pub(super) fn ends_in_work(noun: &str) -> Option<&str> {
    if let Some((_, lasts)) = &*WORK_ENDS
        && noun.chars().next_back().is_none_or(|c| lasts.binary_search(&c).is_err())
    {
        return None;
    }
    WORK.iter().find(|w| noun.len() > w.len() && noun.ends_with(w.as_str())).map(|w| &noun[noun.len() - w.len()..])
}

/// The `spread` words of `dict/subject_words.tsv` (各).
/// The `separator` words of more than one character (以及): a list mark that ends a counted noun
/// before its second character does (16条措施|以及8条禁令, not 措施以), where a one-character
/// separator (和, 及) is read as a mark by the noun loop itself.
static LONG_SEPARATORS: LazyLock<Vec<String>> =
    LazyLock::new(|| pattern_words(SubjectRole::Separator).into_iter().filter(|w| w.chars().count() > 1).collect());

static SPREAD: LazyLock<Vec<String>> = LazyLock::new(|| {
    let words = crate::lexicon::get().subject_words.iter().filter(|w| w.role == SubjectRole::Spread);
    words.map(|w| w.word.clone()).collect()
});

/// Leave out the manner adverbs (首次, 始终, 全部) and the 各 that close `t` and, with `span`
/// (before a change), a [`TRAILING_SPAN`] of years, when a noun of two characters or more
/// stays. The digits of a year (比2020年, 比一九五二年) are no span.
fn strip_trailing_span(mut t: &str, span: bool) -> &str {
    loop {
        let before = t.len();
        if let Some(m) = TRAILING_SPAN.find(t).filter(|m| {
            let head = &t[..m.start()];
            // (In numerals, a year has four: 比一九五二|年 holds the span 五二年 by the pattern.)
            let cn = |c: char| numerals::CN_YEAR_DIGITS.contains(c);
            let in_numerals =
                head.chars().rev().take_while(|&c| cn(c)).count() + m.as_str().chars().filter(|&c| cn(c)).count();
            let year_digits =
                head.ends_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)) || in_numerals == 4;
            head.chars().count() >= 2 && !year_digits && (span || SPREAD.iter().any(|w| w == m.as_str()))
        }) {
            t = &t[..m.start()];
        }
        if let Some(l) = WORDS.suffix(t, role::ADVERB).filter(|&l| t[..t.len() - l].chars().count() >= 2) {
            t = &t[..t.len() - l];
        }
        if t.len() == before {
            return t;
        }
    }
}

/// The verb of a share closing the words before it (应用类成果占|95.2%, 非公经济只占|23.1%): the
/// subject is what takes the share (`share_adverb` and `share_verb` of `dict/subject_words.tsv`).
static TRAILING_SHARE: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new(
        Regex::new(&format!(
            "(?:{})?(?:{})$",
            word_alternatives(SubjectRole::ShareAdverb),
            word_alternatives(SubjectRole::ShareVerb)
        ))
        .expect("escaped words make a valid regex"),
    )
});

/// An aside in brackets right before the figure (地方一般公共预算收入（同口径）|250.6亿元,
/// 同比增长（下同）|4%): a note on the figure, not part of what it measures.
static TRAILING_ASIDE: LazyLock<Anchored> =
    LazyLock::new(|| Anchored::new(Regex::new(r"[（(][^（()）]{1,6}[）)]$").expect("valid regex")));

/// A `from` word of `dict/period_cues.tsv` (由, 从) before a per-head or per-period word that
/// closes the words before a figure.
static FROM_PER_HEAD: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new(
        Regex::new(&format!(
            "(?:{})({})$",
            cue_alternatives(PeriodCueKind::From),
            word_alternatives(SubjectRole::PerHead)
        ))
        .expect("escaped words make a valid regex"),
    )
});

/// A per-head or per-period word that closes the words before a figure (城市低保标准提高到|月人均|
/// 350元): the level verb before it is left out as it is before the figure itself (`per_head`
/// of `dict/subject_words.tsv`).
static PER_HEAD_END: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new(
        Regex::new(&format!("({})$", word_alternatives(SubjectRole::PerHead)))
            .expect("escaped words make a valid regex"),
    )
});

/// A streak before the figure, with the verb that holds the level (连续7年保持, 连续三年稳定在).
static TRAILING_STREAK: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new({
        let verbs = crate::lexicon::get().subject_words.iter().filter(|w| {
            use crate::lexicon::SubjectRole as R;
            matches!(w.role, R::Report | R::Link)
        });
        let mut verbs: Vec<String> = verbs.map(|w| regex::escape(&w.word)).collect();
        verbs.sort_by_key(|w| std::cmp::Reverse(w.len()));
        Regex::new(&format!(
            r"(?:{})[0-9０-９一二两三四五六七八九十]{{1,3}}(?:{})(?:{})?$",
            cue_alternatives(PeriodCueKind::SubjectStreak),
            cue_alternatives(PeriodCueKind::SubjectStreakUnit),
            verbs.join("|")
        ))
        .expect("escaped words make a valid regex")
    })
});

/// The time a figure is about, written right before it with 的 (增加到|2015年的|2680亿元, 由
/// “十二五”末的, 是2005年的): part of the figure, not of its subject. The words are the
/// `subject_year_of_after` and `subject_plan_of_after` cues of `dict/period_cues.tsv`.
static TRAILING_YEAR_OF: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new({
        Regex::new(&format!(
            r"(?:{YEAR_DIGITS_RE}年(?:{})?|“?十?[一二三四五六七八九十]五”?(?:{})?)的$",
            cue_alternatives(PeriodCueKind::SubjectYearOfAfter),
            cue_alternatives(PeriodCueKind::SubjectPlanOfAfter),
        ))
        .expect("escaped words make a valid regex")
    })
});

/// Leave out a circumstance phrase closed by a `frame` word (在2005年基础上, 在…的情况下): from
/// the 在 that opens it, or from the start when none does.
pub(super) fn drop_frame(t: &str) -> String {
    let mut t = t.to_string();
    // At most a few frames in one clause; each pass removes one.
    for _ in 0..3 {
        let Some((k, l)) = t.char_indices().rev().find_map(|(i, _)| WORDS.prefix(&t[i..], role::FRAME).map(|l| (i, l)))
        else {
            break;
        };
        let from = t[..k].rfind('在').unwrap_or(0);
        t = format!("{}{}", &t[..from], &t[k + l..]);
    }
    t
}

/// A comparison base: a year (比2020年, 较2010年底), the end of a five-year plan (比“十一五”末)
/// or a whole plan in quotes (比“十二五”|增长13.4倍: the sum over the plan before, a base like a
/// year). The words are the `subject_base_*` cues of `dict/period_cues.tsv`.
static COMPARE_BASE: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?:{})(?:{YEAR_DIGITS_RE}年(?:{})?|(?:“?十[一二三四五六七八九]五”?|“[六七八九十]五”)(?:{})|“十[一二三四五六七八九]五”)",
        cue_alternatives(PeriodCueKind::SubjectBaseBefore),
        cue_alternatives(PeriodCueKind::SubjectBaseYearAfter),
        cue_alternatives(PeriodCueKind::SubjectBasePlanAfter),
    )
});

/// A comparison base at the start of a change: 比2020年, 较2010年底, 比“十一五”末.
static LEADING_COMPARE: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new(Regex::new(&format!("^{}", *COMPARE_BASE)).expect("escaped words make a valid regex"))
});

/// A comparison base at the end of a growth phrase: 比2020年, 较2010年, 比“十一五”末.
pub(super) static TRAILING_COMPARE: LazyLock<Anchored> = LazyLock::new(|| {
    Anchored::new(Regex::new(&format!("{}$", *COMPARE_BASE)).expect("escaped words make a valid regex"))
});

/// The words after a comparison base at the start (比2020年|增加, 同比|下降).
pub(super) fn strip_compare(t: &str) -> &str {
    let t = match LEADING_COMPARE.find(t) {
        Some(m) => &t[m.end()..],
        None => t,
    };
    match WORDS.prefix(t, role::COMPARE) {
        Some(l) if l < t.len() => &t[l..],
        _ => t,
    }
}

/// The words before a comparison base at the end (森林覆盖率比2010年, 优良天数同比), when at
/// least two characters are left to name what changed.
fn strip_trailing_compare(t: &str) -> &str {
    let cut =
        TRAILING_COMPARE.find(t).map(|m| m.start()).or_else(|| WORDS.suffix(t, role::COMPARE).map(|l| t.len() - l));
    match cut {
        Some(at) if t[..at].chars().count() >= 2 => &t[..at],
        _ => t,
    }
}

/// The `focus` words of `dict/subject_words.tsv` (重点, 高标准), longest first.
static FOCUS: LazyLock<Vec<String>> = LazyLock::new(|| pattern_words(SubjectRole::Focus));

/// Length in bytes of the `focus` word that `t` starts with (重点, 高标准): left out before a
/// verb only.
pub(super) fn focus_at(t: &str) -> Option<usize> {
    FOCUS.iter().find(|w| opens_with(t, w)).map(String::len)
}

/// Leave out what does not name the measured thing at the start: time phrases, clause
/// leads, adverbs, reporting verbs, and a scope word that a verb follows.
pub(super) fn strip_leading(mut t: &str) -> &str {
    loop {
        let before = t.len();
        t = t.trim_start_matches(['—', '-', ' ', '\u{3000}', '\t', '，', ',', '、', '的']);
        // A list number at the start of a line: 3．, 12.
        let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0
            && digits <= 2
            && let Some(rest) = t[digits..].strip_prefix(['.', '．', '、'])
        {
            t = rest;
        }
        // An aside left over from the words before (12县（市）|疾病控制中心): not the subject's.
        if let Some(rest) = t.strip_prefix('（')
            && let Some(k) = rest.find('）').filter(|&k| rest[..k].chars().count() <= 6)
        {
            t = &rest[k + '）'.len_utf8()..];
        }
        // (A span of years that opens a compound is no time: 九年义务教育巩固率.)
        let may_be_time = t.chars().next().is_some_and(|c| c.is_ascii_digit() || LEADING_TIME_FIRST.contains(&c))
            && WORDS.prefix(t, role::COMPOUND).is_none();
        if let Some(m) = LEADING_TIME.find(t).filter(|_| may_be_time) {
            t = &t[m.end()..];
        }
        if let Some(l) = WORDS.prefix(t, role::TIME | role::LEAD | role::ADVERB)
            && l < t.len()
        {
            t = &t[l..];
        }
        if let Some(m) = LEADING_ENUMERATOR.find(t).filter(|m| m.end() < t.len()) {
            t = &t[m.end()..];
        }
        if let Some(m) = LEADING_MONTH.find(t).filter(|m| m.end() < t.len()) {
            t = &t[m.end()..];
        }
        if let Some(m) = LEADING_PER_PERIOD.find(t)
            && WORDS.prefix(&t[m.end()..], role::ANY_VERB | role::ADVERB | role::PREVERB | role::STEER).is_some()
        {
            t = &t[m.end()..];
        }
        // Only a verb, not the start of a noun: 实施 in 实施方案 is followed by a noun too, so
        // require the rest to not be a single character, link words after it not counted (办复率均
        // 达到 is 办复率, not 率).
        if let Some(l) = WORDS.prefix(t, role::REPORT)
            && l < t.len()
            && strip_links(&t[l..]).chars().count() >= 2
        {
            t = &t[l..];
        }
        if let Some(l) = WORDS.prefix(t, role::SCOPE) {
            let rest = &t[l..];
            // (Not before a verb that allots funds: 市本级|安排资金 names who pays, as the golds
            // keep 州财政安排资金.)
            let payer = ALLOT.iter().any(|w| opens_with(rest, w));
            if WORDS.prefix(rest, role::ANY_VERB | role::LEAD | role::ADVERB).is_some() && !payer {
                t = rest;
            }
        }
        // 带动|全市固定资产投资, 安排|全市每个行政村…办公经费: a verb that changes no meaning
        // before the region's scope word says how the statistic came about; the scope names the
        // whole the figure is of. Only before a statistic (a coded one, or a generic measure):
        // a verb before a scope and a title names what the things became (入选全国乡村旅游重点村,
        // 列入全省…试点的县级公立医院).
        if let Some(l) = WORDS.prefix(t, role::VERB).filter(|&l| !WORDS.has(&t[..l], role::KEEP | role::REPORT))
            && let Some(k) = WORDS.prefix(&t[l..], role::SCOPE)
            && !t.contains('的')
            && (super::codes::indicator_of(&t[l..]).is_some() || WORDS.suffix(&t[l + k..], role::GENERIC).is_some())
        {
            t = &t[l..];
        }
        // 重点培育 -> 培育, 高标准建成 -> 建成, but 重点项目, 高标准农田 stay.
        if let Some(l) = focus_at(t)
            && WORDS.prefix(&t[l..], role::ANY_VERB | role::PREVERB).is_some()
        {
            t = &t[l..];
        }
        // 基本建成 -> 建成, 支持完成 -> 完成, but 基本医疗 stays; 争取年内新设 -> 新设, 争取 alone
        // before a figure -> nothing, but 争取上级资金 stays (securing funds is what is counted).
        if let Some(l) = WORDS.prefix(t, role::PREVERB | role::STEER) {
            let rest = &t[l..];
            let steer = WORDS.has(&t[..l], role::STEER);
            // (重点支持建设: a preverb before another goes too.)
            let before_verb =
                WORDS.prefix(rest, role::ANY_VERB | role::LEAD | role::ADVERB | role::TIME | role::PREVERB).is_some()
                    || LEADING_TIME.is_match(rest);
            // 争取实际利用外资|增长3%: a goal verb before a named statistic governs its figure.
            let before_statistic = steer && super::codes::indicator_of(rest).is_some();
            if before_verb || (steer && rest.is_empty()) || before_statistic {
                t = rest;
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

/// Remove a reporting verb inside the subject (全产业实现营业收入 -> 全产业营业收入), with a
/// scope word before it (全区实现旅游收入 -> 旅游收入).
pub(super) fn drop_inner_report(t: &str) -> String {
    let steered = drop_inner_steer(t);
    let t = steered.as_ref();
    // (Only a `report_inside` word is left out: a character that starts none is passed by one
    // bit test, whatever longer word starts there.)
    for (i, c) in t.char_indices().skip(1) {
        if !WORDS.may_start(c, role::REPORT_INSIDE) {
            continue;
        }
        if let Some(l) = WORDS.prefix(&t[i..], role::REPORT) {
            let w = &t[i..i + l];
            if !WORDS.has(w, role::REPORT_INSIDE) || t.len() - i - l < 6 {
                continue;
            }
            let head = &t[..i];
            if WORDS.has(head, role::SCOPE | role::TIME) {
                return t[i + l..].to_string();
            }
            return format!("{head}{}", &t[i + l..]);
        }
    }
    t.to_string()
}

/// Remove a goal verb (`steer`: 争取) inside the subject before the verb it steers (每个县区争取
/// 引进 -> 每个县区引进): what is counted is what is done, as at the start (力争, 争取年内新设); before
/// a noun it stays (争取上级资金).
fn drop_inner_steer(t: &str) -> std::borrow::Cow<'_, str> {
    for (i, c) in t.char_indices().skip(1) {
        if !WORDS.may_start(c, role::STEER) {
            continue;
        }
        if let Some(l) = WORDS.prefix(&t[i..], role::STEER)
            && WORDS.has(&t[i..i + l], role::STEER)
            && WORDS.prefix(&t[i + l..], role::ANY_VERB).is_some()
        {
            return std::borrow::Cow::Owned(format!("{}{}", &t[..i], &t[i + l..]));
        }
    }
    std::borrow::Cow::Borrowed(t)
}

/// Leave out the spaces some published texts set between ideographs (全州 生产总值, 农村 常住
/// 居民, “五网 ”): typesetting, not words. A space next to a Latin letter or a digit stays
/// (PM2.5 浓度).
pub(super) fn despace(t: &str) -> std::borrow::Cow<'_, str> {
    if !crate::lang::chars::has_inline_space(t) {
        return std::borrow::Cow::Borrowed(t);
    }
    let cs: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for (k, &c) in cs.iter().enumerate() {
        if is_inline_space(c) {
            let before = cs[..k].iter().rev().find(|&&d| !is_inline_space(d));
            let after = cs[k + 1..].iter().find(|&&d| !is_inline_space(d));
            if before.zip(after).is_some_and(|(&b, &a)| !b.is_ascii() && !a.is_ascii()) {
                continue;
            }
        }
        out.push(c);
    }
    std::borrow::Cow::Owned(out)
}

/// Length in bytes of the reference mark `t` starts with: a note number in square brackets
/// that Markdown texts set after a word (“千企技改”[5]项目, 串联8条精品线路[17]), 1 to 3 digits.
pub(super) fn reference_mark(t: &str) -> Option<usize> {
    let rest = t.strip_prefix('[')?;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    ((1..=3).contains(&digits) && rest[digits..].starts_with(']')).then_some(digits + 2)
}

/// Leave out the reference marks after words (列入自治区“双百双新”[1]工业项目 -> 列入自治区“双百
/// 双新”工业项目): a pointer to a note, not part of what is measured. A mark after an ASCII
/// character (a formula, a citation in Latin text) stays.
pub(super) fn drop_reference_marks(t: &str) -> std::borrow::Cow<'_, str> {
    if !t.contains('[') {
        return std::borrow::Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    let mut i = 0;
    while let Some(c) = t[i..].chars().next() {
        if c == '['
            && let Some(l) = reference_mark(&t[i..])
            && out.chars().next_back().is_some_and(|b| !b.is_ascii())
        {
            i += l;
            continue;
        }
        out.push(c);
        i += c.len_utf8();
    }
    std::borrow::Cow::Owned(out)
}

/// The subject worded before a figure, with `measure` deciding whether growth words go.
pub(super) fn clean_left(raw: &str, strip_growth: bool) -> String {
    let framed = drop_frame(&despace(last_clause(raw.trim())));
    let mut joined: String;
    let lead = strip_leading(&framed);
    let mut t = lead;
    loop {
        let before = t.len();
        t = strip_links(t);
        if let Some(m) = TRAILING_ASIDE.find(t).filter(|m| m.start() > 0) {
            t = &t[..m.start()];
        }
        // 增加到2015年的|2680亿元: the year of the figure.
        if let Some(m) = TRAILING_YEAR_OF.find(t) {
            t = &t[..m.start()];
        }

        if strip_growth {
            // (增产|1.3%: the rise of output is the growth word of its rate.)
            if let Some(l) = yield_change_end(t) {
                t = &t[..t.len() - l];
            }
            if let Some(l) = WORDS.suffix(t, role::GROWTH | role::DECLINE) {
                t = &t[..t.len() - l];
                // 实际利用外商直接投资五年|增长: how long the change took.
                t = strip_trailing_span(t, true);
            }
            if let Some(l) = WORDS.suffix(t, role::AVG | role::COMPARE | role::ADVERB) {
                t = &t[..t.len() - l];
            }
            if let Some(m) = TRAILING_COMPARE.find(t) {
                t = &t[..m.start()];
            }
        }
        // 固定资产投资今年要增长10%: a time word or a modal before the figure.
        if let Some(l) = WORDS.suffix(t, role::TIME | role::LEAD)
            && l < t.len()
        {
            t = &t[..t.len() - l];
        }
        if let Some(m) = TRAILING_FROM.find(t).filter(|m| m.start() > 0) {
            t = &t[..m.start()];
        }
        // (Every match holds a digit: a text without one is not searched.)
        if numerals::holds_digit(t)
            && let Some(m) = TRAILING_FROM_FIGURE.find(t).filter(|m| m.start() > 0)
        {
            t = &t[..m.start()];
        }
        // 企业退休人员基本养老金由月人均|1430元提高到…: the 由 of a change whose level is per head.
        if let Some(c) = FROM_PER_HEAD.captures(t).filter(|c| c.get(0).is_some_and(|m| m.start() > 0)) {
            let (all, per) = (c.get(0).map_or(0..0, |m| m.range()), c.get(1).map_or("", |m| m.as_str()));
            if per.len() + all.start < t.len() {
                joined = format!("{}{per}", &t[..all.start]);
                t = &joined;
            }
        }
        // 城市低保标准提高到月人均|350元 -> 城市低保标准月人均.
        if let Some(m) = PER_HEAD_END.find(t).filter(|m| m.start() > 0) {
            let head = &t[..m.start()];
            if let Some(l) = WORDS.suffix(head, role::LEVEL).filter(|&l| head.len() - l > 0) {
                joined = format!("{}{}", &head[..head.len() - l], m.as_str());
                t = &joined;
            }
        }
        // 群众安全感连续7年保持|98%以上: a streak says how long, not what is measured.
        if let Some(m) = TRAILING_STREAK.find(t).filter(|m| m.start() > 0) {
            t = &t[..m.start()];
        }
        // 增至, 提高到: the figure is the level reached.
        if let Some(l) = WORDS.suffix(t, role::LEVEL)
            && l < t.len()
        {
            t = &t[..t.len() - l];
        }
        // 比例首次|100%, 能力各|2亿立方米: in what manner, not what.
        t = strip_trailing_span(t, false);
        if t.len() == before {
            break;
        }
    }
    // (`strip_leading` stops where a pass changes nothing, so the words it left, when the loop
    // cut nothing more, are left as they are: not read again.)
    let unchanged = t.as_ptr() == lead.as_ptr() && t.len() == lead.len();
    let t = if unchanged { t } else { strip_leading(t) };
    let t = match TRAILING_SHARE.find(t) {
        Some(m) if t[..m.start()].chars().count() >= 2 => &t[..m.start()],
        _ => t,
    };
    // Nothing but a linking or reporting word (…增长20%，达到282亿元): no subject of its own.
    if WORDS.has(t, role::LINK | role::REPORT | role::LEAD | role::LEVEL) {
        return String::new();
    }
    // An absolute change keeps its verb but not the words tying it to the number:
    // 月人均分别提高221元 -> 月人均提高.
    if !strip_growth && let Some(l) = WORDS.suffix(t, role::GROWTH | role::DECLINE) {
        let (head, verb) = t.split_at(t.len() - l);
        let mut h = head;
        loop {
            let at = h.len();
            if let Some(k) = WORDS.suffix(h, role::LINK | role::ADVERB).filter(|&k| k < h.len()) {
                h = &h[..h.len() - k];
            }
            h = strip_trailing_span(h, true);
            // 森林覆盖率比2010年|提高, 优良天数同比|增加: the base of the comparison belongs to
            // the period, not to what changed (as a growth rate's subject leaves it out).
            h = strip_trailing_compare(h);
            if h.len() == at {
                break;
            }
        }
        if h.len() != head.len() {
            return drop_inner_report(&format!("{h}{verb}"));
        }
    }
    drop_inner_report(t.trim_end_matches(['，', ',', '、', ' ']))
}

/// A leading verb of a subject: (verb, whether it changes the meaning and so is carried).
pub(super) fn leading_verb(t: &str) -> Option<(&str, bool)> {
    let l = WORDS.prefix(t, role::ANY_VERB)?;
    if l == t.len() {
        return None;
    }
    let w = &t[..l];
    Some((w, WORDS.has(w, role::KEEP)))
}

/// The noun right after a figure (完成10个|行政村综合整治), up to the end of the clause or
/// the verb that follows it (6个项目|开工建设). Verbs that change the meaning are part of the
/// noun phrase (285个计划新开工项目).
pub(super) fn right_noun(s: &str, at: usize) -> &str {
    right_noun_with(s, at, false)
}

/// [`right_noun`] for a figure that is the object of a verb before it (完成|4个|国省道改建项目,
/// 实施|53座|水库除险加固工程): a verb followed by a `works_head` of `dict/subject_words.tsv`
/// (项目, 工程) that closes the clause names the works and is part of the noun. (A figure with no
/// verb before it is the doer: 6个项目|开工建设 is a predicate; and a verb alone after the noun,
/// 推进9个特色小镇|建设, is left out as before: the golds differ on it.)
pub(super) fn right_noun_object(s: &str, at: usize) -> &str {
    let noun = right_noun(s, at);
    let (Some(rest), Some(t)) = (s.get(at + noun.len()..), s.get(at..)) else { return noun };
    if noun.chars().count() < 2 {
        return noun;
    }
    let Some(l) = WORDS.prefix(rest, role::VERB | role::KEEP) else { return noun };
    let rest = crate::lang::text::within_a_sentence(rest);
    let clause_end = rest.find(|c: char| is_clause_break(c) || c == '、').unwrap_or(rest.len());
    let after = &rest[l..clause_end];
    let head_only = WORKS_HEAD.iter().any(|w| w == after);
    if l <= clause_end && head_only {
        return &t[..noun.len() + clause_end];
    }
    noun
}

/// Length of the 、 at `i` of `t` and the short nouns joined by it that the counted noun from
/// `from` goes on with (27条|丁字路、瓶颈路, 387家|首店、旗舰店|落地运营, 543个|省、市重点项目|完成投资;
/// round 40, audit 38 L and audit 40): the items end in the same head, or the first is a tier of
/// one character; each item after the 、 is a noun of one to six
/// characters with no figure or numeral that opens with no verb, and the last closes the clause or
/// is followed by the predicate (a verb, link, preposition or adverb). Not an item with a figure of
/// its own (2个镇街、5个村), a list of examples closed by 等 (两项补贴、部分优抚对象等…), a verb with
/// its object (5个公园、改造3条道路) or a longer name (3个煤制气、慧能煤炭清洁高效利用等项目).
fn joined_nouns(t: &str, from: usize, i: usize, nominal: bool) -> Option<usize> {
    let after = i + '、'.len_utf8();
    let more = right_noun_with(t, after, nominal);
    // (Kinds of one head, 丁字路、瓶颈路, 首店、旗舰店, or a tier of one character before the head
    // after the last, 省、市重点项目, 市、州; nouns of other heads stay apart: 5所学校、医院.)
    let noun = &t[from..i];
    let head = |x: &str| x.chars().next_back();
    let one_head = more.split('、').all(|x| head(x) == head(noun));
    if !(one_head || noun.chars().count() == 1) {
        return None;
    }
    let first = more.split('、').next().unwrap_or("").chars().count();
    let numeral = more.chars().any(|d| numerals::digit(d).is_some())
        || more.starts_with(|d: char| numerals::cn_digit(d).is_some() || numerals::cn_unit(d).is_some());
    if !(1..=6).contains(&first) || more.chars().count() > 14 || numeral {
        return None;
    }
    // (Nor an item that opens with a verb, an adverb, a lead or scope word, or a distributive
    // 每 that sets a new scope: 1—2个主导产业、每个产业培育…)
    let opener = role::ANY_VERB | role::ADVERB | role::LEAD | role::SCOPE | role::PREVERB | role::STEER;
    if WORDS.prefix(more, opener).is_some() || more.starts_with('每') {
        return None;
    }
    let rest = &t[after + more.len()..];
    let predicate =
        role::ANY_VERB | role::LINK | role::PREP | role::PREVERB | role::ADVERB | role::GROWTH | role::DECLINE;
    let closes = rest.chars().next().is_none_or(is_clause_break) || WORDS.prefix(rest, predicate).is_some();
    closes.then_some(after + more.len() - i)
}

/// [`right_noun`]; `nominal`: the noun follows 的, so verbs inside it name works
/// (背街巷道改造), and only a verb that starts a predicate after it ends it.
pub(super) fn right_noun_with(s: &str, at: usize, nominal: bool) -> &str {
    let t = &s[at..];
    let first = match t.chars().next() {
        Some(c) => c,
        None => return "",
    };
    // A Latin term at the start of the noun (4个|4S店, 3个|5A级景区, 43个|PPP试点项目): letters and
    // digits, a letter among them, then an ideograph.
    let latin = t.len() - t.trim_start_matches(|c: char| c.is_ascii_alphanumeric()).len();
    let latin = if t[..latin].contains(|c: char| c.is_ascii_alphabetic()) && t[latin..].starts_with(is_han) {
        latin
    } else {
        0
    };
    // 新开工, 新建 before a noun modify it at the start too (170个|新开工项目, as 285个计划新开工项目):
    // the things counted are the new ones; so do 在建, 竣工 (45件|在建水源工程). A class by size
    // that opens the noun (1467位|80岁以上低收入老年人) is read through the same way.
    let new_kind = new_modifier(t).or_else(|| class_by_size(t));
    // (A particle that starts a compound starts a noun: 26项|为民办实事项目.)
    if latin == 0
        && new_kind.is_none()
        && (!(is_han(first) || first == '“') || (is_particle(first) && WORDS.prefix(t, role::COMPOUND).is_none()))
    {
        return "";
    }
    let stop_first =
        role::ANY_VERB | role::GROWTH | role::DECLINE | role::LINK | role::LEVEL | role::ADVERB | role::TIME;
    if new_kind.is_none() && WORDS.prefix(t, stop_first).is_some() {
        return verb_works(t);
    }
    let mut end = 0;
    let mut i = 0;
    if let Some(l) = new_kind {
        i = l;
        end = l;
    }
    let mut quotes = 0i32;
    while i < t.len() && i < 120 {
        let c = t[i..].chars().next().unwrap_or(' ');
        if i == 0 && latin > 0 {
            i = latin;
            end = latin;
            continue;
        }
        // 主要, 公共 at the start: a word, not 主|要 (a modal) or 公|共.
        if i == 0
            && let Some(l) = WORDS.prefix(t, role::COMPOUND)
        {
            i = l;
            end = l;
            continue;
        }
        // A reference mark inside or after the noun (村庄“三清三拆”[8]工作) is read through; it
        // is left out of the subject at the end.
        if i > 0
            && let Some(l) = reference_mark(&t[i..])
        {
            i += l;
            end = i;
            continue;
        }
        match c {
            '“' => quotes += 1,
            '”' => quotes -= 1,
            _ => {}
        }
        if i > 0 && quotes <= 0 {
            // A short aside inside the noun, with the noun going on after it (小（一）型重点水源
            // 工程, 村（居）委健身点), is part of it; one that closes the noun (区县（自治县）) is not.
            if c == '（'
                && let Some(k) = t[i..].find('）').filter(|&k| t[i..i + k].chars().count() <= 6)
                && !t[i + '（'.len_utf8()..i + k].contains(|d: char| is_clause_break(d) && d != '、')
            {
                let after = &t[i + k + '）'.len_utf8()..];
                // (Only a short head after it, to the end of the clause: 县（市）稳居全国…行列 is a
                // predicate.)
                let rest = after.split(|d: char| is_clause_break(d) || d == '、').next().unwrap_or("");
                // (A preverb alone says nothing: 小（一）型|重点|水源工程.)
                let predicate = role::ANY_VERB
                    | role::ADVERB
                    | role::LINK
                    | role::LEVEL
                    | role::PREP
                    | role::GROWTH
                    | role::DECLINE;
                let says = rest.char_indices().any(|(j, _)| {
                    WORDS.prefix(&rest[j..], predicate).is_some() && WORDS.prefix(&rest[j..], role::COMPOUND).is_none()
                });
                let goes_on = after.chars().next().is_some_and(|d| is_han(d) && !is_particle(d))
                    && rest.chars().count() <= 8
                    && !rest.contains('了')
                    && !says;
                if goes_on {
                    i += k + '）'.len_utf8();
                    end = i;
                    continue;
                }
                // An aside that closes the noun while the clause goes on (16个县（市、区）|普及了…,
                // 11个县（市、区）|的…) is the noun's too: the predicate starts after it. At the end
                // of its clause (6个区县（自治县）。) it is a note on the count, left out.
                if after.chars().next().is_some_and(is_han) {
                    end = i + k + '）'.len_utf8();
                    break;
                }
            }
            // A level that names a class inside the noun (75个|投资超3亿元的重点工业项目): read
            // through, the noun goes on after its 的.
            if let Some(l) = threshold_inside(&t[..i], &t[i..]) {
                i += l;
                end = i;
                continue;
            }
            // After 的, a 、-list of names that ends the clause with the head they share is one
            // noun (投资1.3亿元的|海拉尔河、伊敏河堤防工程).
            if nominal && c == '、' {
                let after = i + c.len_utf8();
                let clause = t[after..].find(is_clause_break).map_or(&t[after..], |k| &t[after..after + k]);
                let whole = right_noun_with(t, after, true).len() == clause.len();
                if whole && !clause.is_empty() && !clause.contains('、') && clause.chars().count() <= 12 {
                    i = after + clause.len();
                    end = i;
                    continue;
                }
            }
            // Modifiers of one kind joined by 、 under the head after the last one (180个|都市型、
            // 楼宇型体育场地): each ends in the same `kind` character, and a head follows the last.
            if c == '、' && end > 0 && i == end {
                let after = i + c.len_utf8();
                let kind = t[..i].chars().next_back().filter(|k| KIND.iter().any(|w| w.starts_with(*k)));
                let next = kind.and_then(|k| {
                    let item: String = t[after..].chars().take_while(|&d| d != k && is_han(d)).take(4).collect();
                    let at = after + item.len();
                    (t[at..].starts_with(k) && !item.is_empty()).then_some(at + k.len_utf8())
                });
                let short = t[..i].chars().count() <= 4;
                if let Some(at) = next.filter(|&at| short && t[at..].starts_with(is_han) && !t[at..].starts_with('、'))
                {
                    i = at;
                    end = i;
                    continue;
                }
            }
            // A Latin term inside the noun (重点城市|PM2.5|均值, 城市|5G|基站 after a letter): letters,
            // digits and points run on; a point must have a digit after it.
            if c.is_ascii_alphabetic() {
                i += latin_term(&t[i..]);
                end = i;
                continue;
            }
            // A grade of digits and letters after a tier inside the noun (2家|国家5A物流企业,
            // 3个|省级4A景区): a Latin term that starts with a digit, holds a letter and runs on into
            // an ideograph is no figure, and the noun goes on through it. (Not after another noun:
            // 20户以上自然村|4G网络覆盖率 is a rate of its own.)
            if c.is_ascii_digit() && WORDS.suffix(&t[..i], role::TIER).is_some() {
                let l = latin_term(&t[i..]);
                if t[i..i + l].contains(|d: char| d.is_ascii_alphabetic()) && t[i + l..].starts_with(is_han) {
                    i += l;
                    end = i;
                    continue;
                }
            }
            // Predicates joined by 、 before the 的 of the head they describe are one noun (3至5个|
            // 经济基础好、带动能力强的地级市): see [`described_head`].
            if c == '、'
                && end > 0
                && i == end
                && let Some(l) = described_head(&t[..i], &t[i..])
            {
                i += l;
                end = i;
                continue;
            }
            // Nouns joined by 、 that are counted together before their predicate are one noun
            // (543个|省、市重点项目|完成投资, 67家|国有、集体企业|改组、改制): see [`joined_nouns`].
            if c == '、'
                && end > 0
                && i == end
                && let Some(l) = joined_nouns(t, new_kind.unwrap_or(0), i, nominal)
            {
                i += l;
                end = i;
                continue;
            }
            if is_clause_break(c) || c == '、' || numerals::digit(c).is_some() || c == '的' {
                break;
            }
            let rest = &t[i..];
            if end > 0 && LONG_SEPARATORS.iter().any(|w| rest.starts_with(w.as_str())) {
                break;
            }
            // 86个贫困村|出列, 12项主要指标|有7项…: the predicate of the counted things, or the
            // whole a part is counted in, ends their noun.
            // (Not after a negation: 8.4万人没有脱贫, 51个贫困县未脱贫摘帽.)
            // (Nor inside one that the noun is: 2850人|精准脱贫.)
            // (The negation is looked for only when a way out follows: it scans the noun so far.)
            let negated = || NEGATION.iter().any(|w| t[..i].contains(w)) || exit_at(t).is_some();
            if (exit_at(rest).is_some() && !negated()) || part_follows(rest) {
                break;
            }
            // A verb right before a designation head is part of the name (4个|国家生态文明建设
            // 示范区): the model areas of that work, not a predicate of the counted things.
            if let Some(l) = WORDS.prefix(rest, role::ANY_VERB).filter(|&l| designation_at(&rest[l..])) {
                i += l;
                end = i;
                continue;
            }
            if let Some(l) = WORDS.prefix(rest, role::COMPOUND) {
                // 和美乡村: not the conjunction 和.
                i += l;
                end = i;
                continue;
            }
            // 和/及 between two nouns (or modifiers) under the head after the last one are one noun
            // (68公里|二级和三级管网改造, 10家|平价蔬菜超市和直销店): what follows the conjunction is a
            // short noun (two to six characters), with no figure or numeral, that ends the clause or
            // the list (等) or its item before the next item's figure; not one item of a 、-list
            // (3个省实验室和省科技创新研究院、省氢能…).
            // 或 joins alternatives that the count counts either way (2~3个|战略支撑项目或龙头企业), and
            // after a tier alone (21个|国家及省级重点实验室, 44条|国际及地区客货运航线) the conjunction
            // joins modifiers of the head after the last: the noun goes on whatever follows it.
            let shared = c == '或' || WORDS.has(&t[new_kind.unwrap_or(0)..i], role::TIER);
            if matches!(c, '和' | '及' | '或') && end > 0 {
                let after = i + c.len_utf8();
                let mut more = right_noun_with(t, after, nominal);
                // (Works named after it are read as after 的: 生态修复和|防洪能力提升工程.)
                // (Not after a noun that is whole, works or a place of its own: 20项电力工程|和路灯
                // 节能改造工程, 两个国家级经济技术开发区|和大榭岛综合成片开发项目 are two items.)
                let whole_before = WORKS_HEAD.iter().any(|h| t[..i].ends_with(h.as_str()))
                    || WORDS.suffix(&t[..i], role::OWNER).is_some();
                let works_after = || {
                    let whole = right_noun_with(t, after, true);
                    let head = WORKS_HEAD.iter().any(|h| whole.ends_with(h.as_str()));
                    (head && !whole_before && whole.len() > more.len()).then_some(whole)
                };
                if !nominal && let Some(whole) = works_after() {
                    more = whole;
                }
                let next = t[after + more.len()..].chars().next();
                // (A 、 closes the item too when the next item opens with its own figure: 8.4万亩|
                // 退耕还林验收和养护、90万亩…, 37家|中央和省级单位、761家…, round 37.)
                let counted_next = || {
                    // (A numeral in characters needs its unit: 叶马、四杨等 are names.)
                    let rest = t[after + more.len()..].strip_prefix('、').unwrap_or("");
                    let unit = rest.trim_start_matches(|d: char| numerals::cn_digit(d).is_some());
                    rest.starts_with(|d: char| numerals::digit(d).is_some())
                        || unit.len() < rest.len() && UNITS.units.prefix_of(unit).is_some()
                };
                // (The predicate of the things counted closes it too: 40个|单位和部门|进行了行风评议; a
                // noun of two characters alone, where a verb the word table lists follows; round 39.)
                let predicate_next = || {
                    more.chars().count() == 2
                        && !t[..i].ends_with(['的', '和'])
                        && WORDS.prefix(&t[after + more.len()..], role::VERB | role::KEEP).is_some()
                };
                let closes = shared
                    || next.is_none_or(|d| is_clause_break(d) || d == '等')
                    || counted_next()
                    || predicate_next();
                // (一批, 若干 count other things; 三级 is a tier.)
                let mut cs = more.chars();
                let tier = cs.next().is_some_and(|d| numerals::cn_digit(d).is_some()) && cs.next() == Some('级');
                let numeral = more.chars().any(|d| numerals::digit(d).is_some())
                    || (more.starts_with(|d: char| numerals::cn_digit(d).is_some()) && !tier)
                    || more.starts_with("若干");
                // (A longer one that ends in a works head names works the first noun shares it
                // with: 10个|生态修复和防洪能力提升工程, 15个…的|滨海新城和城市更新一揽子基础设施项目.)
                let works = !whole_before && WORKS_HEAD.iter().any(|h| more.ends_with(h.as_str()));
                let most = if works {
                    14
                } else if shared {
                    10
                } else {
                    6
                };
                if (2..=most).contains(&more.chars().count()) && closes && !numeral {
                    i = after + more.len();
                    end = i;
                    continue;
                }
            }
            if matches!(c, '等' | '和' | '及' | '与' | '或') || starts_qualified_number(rest) {
                break;
            }
            // A stage after the head of a name ends it (热电联产项目|前期工作).
            if WORKS_HEAD.iter().any(|h| t[..i].ends_with(h.as_str()))
                && STAGE.iter().any(|w| rest.starts_with(w.as_str()))
            {
                break;
            }
            // Works given as a task (200套结转公租房|建设任务): the verbs and the `task` word that
            // close the clause are the noun's, as 181.9万担烟叶收购任务 is one noun (round 35).
            if let Some(l) = task_works(rest) {
                i += l;
                end = i;
                continue;
            }
            if WORDS
                .prefix(rest, role::VERB | role::ADVERB | role::LEAD | role::LINK | role::TIME | role::PREP)
                .is_some()
            {
                break;
            }
            // A change verb with its rate right after it ends it too (56家|链主企业产值|增长15.5%,
            // 17个|重点城市PM2.5均值|下降16.9%); one inside a name does not (提质增效项目, 稳增长政策),
            // nor one before an amount, which may describe the counted people (30.4万企业退休人员|
            // 养老金月均增加200元).
            if WORDS.prefix(rest, role::GROWTH | role::DECLINE).is_some_and(|l| rate_follows(&rest[l..])) {
                break;
            }
            // 120个特色精品示范村|基本建成, 30亿元财政资金|支持 (nouns such as 基本医疗, 引导基金
            // are compounds, read above).
            if WORDS.prefix(rest, role::PREVERB).is_some() {
                break;
            }
            // 2300余处（个）受损市政设施|得到快速修复: what the things underwent starts a predicate.
            if UNDERGO.iter().any(|w| rest.starts_with(w.as_str())) {
                break;
            }
            if let Some(l) = WORDS.prefix(rest, role::KEEP) {
                // 新开工, 新建 modify the noun (计划新开工项目), and a verb that closes the clause
                // or a list item is a noun (行政村综合整治; 32条背街巷道改造等民生工程); other verbs
                // start a predicate (就业困难人员|发放社保补贴).
                let closes = rest[l..].chars().next().is_none_or(|d| is_clause_break(d) || d == '、' || d == '等');
                // (So is one joined by 和 to works named after it: 生态修复|和防洪能力提升工程.)
                let joined = || {
                    let Some(r) = rest[l..].strip_prefix(['和', '及']) else { return false };
                    let whole = right_noun_with(r, 0, true);
                    let next = r[whole.len()..].chars().next();
                    WORKS_HEAD.iter().any(|h| whole.ends_with(h.as_str()))
                        && next.is_none_or(|d| is_clause_break(d) || d == '等')
                };
                if !rest.starts_with('新') && !closes && !nominal && !joined() {
                    break;
                }
                i += l;
                end = i;
                continue;
            }
        }
        i += c.len_utf8();
        end = i;
    }
    let noun = &t[..end];
    // A noun cut before its closing quote is not a noun.
    if noun.matches('“').count() != noun.matches('”').count() {
        return "";
    }
    noun
}

/// The `attributive` words of `dict/subject_words.tsv` (在建, 竣工, 续建), longest first.
static ATTRIBUTIVE: LazyLock<Vec<String>> = LazyLock::new(|| pattern_words(SubjectRole::Attributive));

/// A noun after a counter that opens with a verb and ends with a `works_head` (项目, 工程) closing
/// the clause, the list item or the examples (等11个|消除义务教育大班额项目): the works named by
/// what they do, up to 16 characters with no figure; else nothing (6个项目|开工建设 is a predicate).
fn verb_works(t: &str) -> &str {
    let end = t.find(|c: char| is_clause_break(c) || matches!(c, '、' | '等' | '的')).unwrap_or(t.len());
    let run = &t[..end];
    let plain = run.chars().count() <= 16 && !run.chars().any(|c| numerals::digit(c).is_some());
    if plain && WORKS_HEAD.iter().any(|h| run.ends_with(h.as_str()) && run.len() > h.len()) { run } else { "" }
}

/// Whether a counted noun opens with an `attributive` status of works (在建水源工程, 竣工项目).
pub(super) fn opens_with_status(noun: &str) -> bool {
    ATTRIBUTIVE.iter().any(|w| noun.starts_with(w.as_str()))
}

/// The `undergo` words of `dict/subject_words.tsv` (得到): what a possessed thing underwent.
/// The `allot` words of `dict/subject_words.tsv` (安排): verbs of allotting funds, after which a
/// scope word before them names the payer and stays.
pub(super) static ALLOT: LazyLock<Vec<String>> = LazyLock::new(|| pattern_words(SubjectRole::Allot));

pub(super) static UNDERGO: LazyLock<Vec<String>> = LazyLock::new(|| pattern_words(SubjectRole::Undergo));

/// The `designation` words of `dict/subject_words.tsv` (示范): the start of a model's head.
static DESIGNATION: LazyLock<Vec<String>> = LazyLock::new(|| pattern_words(SubjectRole::Designation));

/// Whether `t` starts with a designation head: a `designation` word and an ideograph after it
/// (示范区, 示范村; not 示范 closing the clause, where it is a verb).
fn designation_at(t: &str) -> bool {
    DESIGNATION.iter().any(|w| t.strip_prefix(w.as_str()).is_some_and(|r| r.starts_with(is_han)))
}

/// Length in bytes of a meaning verb starting with 新 (新开工, 新建), or of an `attributive`
/// status of works (在建, 竣工), that opens `t` and modifies the noun right after it: an
/// ideograph that starts no verb, particle or other listed word but a compound follows
/// (新开工|项目, 新建|城市公园, 45件|在建|水源工程; not 新增|达到…, 新建|、).
fn new_modifier(t: &str) -> Option<usize> {
    let attributive = || ATTRIBUTIVE.iter().find(|w| opens_with(t, w)).map(String::len);
    let l = WORDS.prefix(t, role::KEEP).filter(|_| t.starts_with('新')).or_else(attributive)?;
    let rest = &t[l..];
    rest.chars().next().filter(|&c| is_han(c) && !is_particle(c))?;
    let listed = WORDS.prefix(rest, u32::MAX).is_some() && WORDS.prefix(rest, role::COMPOUND).is_none();
    (!listed).then_some(l)
}

/// Negations: a way out of poverty after one (没有脱贫) did not happen and names nothing.
const NEGATION: [&str; 3] = ["没有", "未", "不"];

/// The `exit` words of `dict/subject_words.tsv` (出列, 摘帽, 脱贫), longest first.
static EXIT: LazyLock<Vec<String>> = LazyLock::new(|| pattern_words(SubjectRole::Exit));
/// The first characters of the [`EXIT`] words.
static EXIT_FIRSTS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut firsts: Vec<char> = EXIT.iter().filter_map(|w| w.chars().next()).collect();
    firsts.sort_unstable();
    firsts.dedup();
    firsts
});

/// Length in bytes of the way out of poverty that `t` starts with, adverbs, time words and a
/// reporting verb before it allowed (出列, 全部摘帽, 实现脱贫), when it closes its clause or list item: the predicate of the counted
/// things (86个贫困村|出列), which names them (出列的贫困村).
pub(super) fn exit_at(t: &str) -> Option<usize> {
    let mut k = 0;
    // (A time word may stand before it too: 26.2万贫困人口|今年脱贫摘帽.)
    while let Some(l) = WORDS.prefix(&t[k..], role::ADVERB | role::TIME) {
        k += l;
    }
    // (A reporting verb may stand before it: 110万贫困人口|实现脱贫.)
    if let Some(l) = WORDS.prefix(&t[k..], role::REPORT).filter(|_| !t[k..].starts_with(EXIT_FIRSTS.as_slice())) {
        k += l;
    }
    // Asked at every character of a counted noun: most start no way out, refused by their
    // first character before the words are compared.
    let first = t[k..].chars().next()?;
    if !EXIT_FIRSTS.contains(&first) {
        return None;
    }
    let w = EXIT.iter().find(|w| t[k..].starts_with(w.as_str()))?;
    let end = k + w.len();
    t[end..].chars().next().is_none_or(|c| is_clause_break(c) || c == '、').then_some(end)
}

/// Whether `t`, right after a counted noun, says that a part of the things counted follows:
/// an existential verb before a figure (12项主要指标|有7项提前完成), or 中 closing the clause
/// when the next one opens with a figure, lead words before it allowed (68项绩效评价指标|中，
/// 预计52项进入全省前十). The noun ends there: it is the whole.
pub(super) fn part_follows(t: &str) -> bool {
    let figure = |r: &str| r.starts_with(|c: char| numerals::digit(c).is_some() || numerals::cn_digit(c).is_some());
    if let Some(l) = WORDS.prefix(t, role::EXIST) {
        return figure(&t[l..]);
    }
    // (A lead word must open the next clause: 2所市属高中，7家… is no whole.)
    let Some(r) = t.strip_prefix('中') else { return false };
    let Some(r) = r.strip_prefix(['，', ',']) else { return false };
    let Some(l) = WORDS.prefix(r, role::LEAD) else { return false };
    figure(strip_leading(&r[l..]))
}

/// Length in bytes, from the 、 that starts `rest`, of predicates joined by 、 and the head
/// they describe after their 的, when the counted noun so far (`first`) is a short predicate
/// too: 3至5个|经济基础好|、带动能力强的地级市. The items hold no figure, no 的 and no quote, up
/// to 8 characters each; the head after the 的 is read as a noun after a counter.
fn described_head(first: &str, rest: &str) -> Option<usize> {
    let clause = &rest[..rest.find(is_clause_break).unwrap_or(rest.len())];
    let k = clause.find('的')?;
    let items = &clause['、'.len_utf8()..k];
    let short = |x: &str| (2..=8).contains(&x.chars().count());
    let plain = |x: &str| !x.contains(|c: char| numerals::digit(c).is_some() || matches!(c, '“' | '”' | '等' | '和'));
    let fits = |x: &str| short(x) && plain(x);
    if !fits(first) || first.contains('的') || !items.split('、').all(fits) {
        return None;
    }
    // (在…稳产、扩大天然气产量的同时: a frame, no head.)
    let at = k + '的'.len_utf8();
    let head = right_noun_with(rest, at, false);
    (head.chars().count() >= 2 && WORDS.prefix(head, role::FRAME).is_none()).then_some(at + head.len())
}

/// Whether `t` starts with a rate: digits, then a percent sign or 个百分点 (15.5%, 22.8个百分点).
fn rate_follows(t: &str) -> bool {
    let n = t.len() - t.trim_start_matches(|d: char| numerals::digit(d).is_some() || d == '.').len();
    n > 0 && ['%', '％', '个'].iter().any(|&m| t[n..].starts_with(m))
}

/// Length in bytes of the Latin term at the start of `t` (PM2.5, PM10, CO2): ASCII letters and
/// digits, and points between digits.
fn latin_term(t: &str) -> usize {
    let b = t.as_bytes();
    let mut n = 0;
    while n < b.len() {
        let point = b[n] == b'.' && n > 0 && b[n - 1].is_ascii_digit() && b.get(n + 1).is_some_and(u8::is_ascii_digit);
        if !(b[n].is_ascii_alphanumeric() || point) {
            break;
        }
        n += 1;
    }
    n
}

/// The `task` words of `dict/subject_words.tsv` (任务).
static TASK: LazyLock<Vec<String>> = LazyLock::new(|| pattern_words(SubjectRole::Task));

/// Length in bytes of works given as a task at the start of `t`, when they close the clause or the
/// list item (建设任务, 整治建设任务 after 37个乡镇政府驻地): one to three verbs of the word table, then a
/// `task` word (round 35).
fn task_works(t: &str) -> Option<usize> {
    let mut l = 0;
    for _ in 0..3 {
        match WORDS.prefix(&t[l..], role::VERB | role::KEEP) {
            Some(k) => l += k,
            None => break,
        }
    }
    if l == 0 {
        return None;
    }
    l += TASK.iter().find(|w| t[l..].starts_with(w.as_str()))?.len();
    t[l..].chars().next().is_none_or(|c| is_clause_break(c) || c == '、').then_some(l)
}

/// Length in bytes of a class by size that opens the noun after a counter, up to the noun (round
/// 35): a number in digits, a unit of `dict/units.tsv`, an after-word of `dict/qualifiers.tsv` of
/// 以上 or 以下 and maybe 的, then an ideograph or a quote (为1467位|80岁以上低收入老年人发放…,
/// 684个|5000万元以上项目, 20座|100吨以下转炉). The things counted are of that class, as the
/// recognizer reads such a threshold (no row for 80岁, 5000万元; a count such as 100人 stays one).
fn class_by_size(t: &str) -> Option<usize> {
    let units = &*super::units::UNITS;
    if !t.starts_with(|c: char| numerals::digit(c).is_some()) {
        return None;
    }
    let number = |c: char| numerals::digit(c).is_some() || numerals::cn_unit(c).is_some() || matches!(c, '.' | '．');
    let mut l = t.len() - t.trim_start_matches(number).len();
    let (u, _) = units.units.prefix_of(&t[l..])?;
    l += u;
    let (a, _) = units.after.prefix_of(&t[l..])?;
    if !(t[l..l + a].contains("以上") || t[l..l + a].contains("以下")) {
        return None;
    }
    l += a;
    if t[l..].starts_with('的') {
        l += '的'.len_utf8();
    }
    t[l..].starts_with(|c: char| is_han(c) || c == '“').then_some(l)
}

/// Length in bytes of a class level at the start of `t` up to its 的, when a noun follows: an
/// at-least word, a number, a unit of at most four characters, 以上 (超3亿元的, 超过千万人次的;
/// 过3亿元的 after a measure named alone, `before`).
fn threshold_inside(before: &str, t: &str) -> Option<usize> {
    let units = &*super::units::UNITS;
    // (过 only after a measure named alone: 投资过3亿元的.)
    let after_measure = || units.after_measure.prefix_of(t).filter(|_| WORDS.suffix(before, role::GENERIC).is_some());
    let (l, effect) = units.before.prefix_of(t).or_else(after_measure)?;
    if *effect != crate::lexicon::QualifierEffect::AtLeast {
        return None;
    }
    let rest = &t[l..];
    let number = |c: char| {
        numerals::digit(c).is_some()
            || numerals::cn_digit(c).is_some()
            || numerals::cn_unit(c).is_some()
            || matches!(c, '.' | '．')
    };
    let digits = rest.len() - rest.trim_start_matches(number).len();
    if digits == 0 {
        return None;
    }
    let after = &rest[digits..];
    let k = after.find('的').filter(|&k| after[..k].chars().count() <= 6 && after[..k].chars().all(is_han))?;
    let noun = &after[k + '的'.len_utf8()..];
    noun.chars().next().is_some_and(is_han).then_some(l + digits + k + '的'.len_utf8())
}

/// Byte offset of the 等 that ends a list of examples in `t` (金沙路等农村公路), if any; 等 inside a
/// word (高等教育) does not count.
pub(super) fn list_end(t: &str) -> Option<usize> {
    let k = t.rfind('等')?;
    let around = |a: usize, b: usize| {
        let lo = t[..k].char_indices().rev().nth(a.saturating_sub(1)).map_or(0, |(i, _)| i);
        let hi = t[k..].char_indices().nth(b + 1).map_or(t.len(), |(i, _)| k + i);
        &t[if a == 0 { k } else { lo }..hi]
    };
    let inside_word = WORDS.has(around(1, 0), role::COMPOUND) || WORDS.has(around(0, 1), role::COMPOUND);
    (!inside_word && k > 0).then_some(k)
}

/// Drop an example list ending in 等 before a counted noun: 建成金沙路等农村公路 -> 建成农村公路,
/// 打造尚品荟等 -> 打造.
pub(super) fn drop_examples(t: &str) -> String {
    match list_end(t) {
        Some(k) => {
            let (verb, _) = leading_verb(t).map_or(("", false), |(v, keep)| (v, keep));
            let rest = &t[k + '等'.len_utf8()..];
            format!("{verb}{rest}")
        }
        None => t.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The anchored patterns of this file are each refused by a character test before they run.
    #[test]
    fn anchored_patterns_are_guarded() {
        for re in [
            &TRAILING_FROM,
            &TRAILING_FROM_FIGURE,
            &TRAILING_SHARE,
            &TRAILING_ASIDE,
            &FROM_PER_HEAD,
            &TRAILING_STREAK,
            &TRAILING_YEAR_OF,
            &LEADING_COMPARE,
            &TRAILING_COMPARE,
            &LEADING_TIME,
            &LEADING_MONTH,
            &LEADING_ENUMERATOR,
            &LEADING_PER_PERIOD,
            &TRAILING_SPAN,
            &PER_HEAD_END,
        ] {
            assert!(re.is_guarded(), "{}", re.regex().as_str());
        }
    }

    #[test]
    fn left_cleaning() {
        assert_eq!(clean_left("2021年实现地区生产总值", false), "地区生产总值");
        assert_eq!(clean_left("地区生产总值年均增长", true), "地区生产总值");
        assert_eq!(clean_left("全区实现旅游收入", false), "旅游收入");
        assert_eq!(clean_left("全产业实现营业收入", false), "全产业营业收入");
        assert_eq!(clean_left("空气质量优良天数比例保持在", false), "空气质量优良天数比例");
        assert_eq!(clean_left("其中10亿元以上项目", false), "10亿元以上项目");
        assert_eq!(clean_left("科学设置接种点", false), "设置接种点");
        assert_eq!(clean_left("力争协议引资", false), "协议引资");
    }

    #[test]
    fn spaces_between_ideographs() {
        assert_eq!(despace("全州 生产总值"), "全州生产总值");
        assert_eq!(despace("“四个 一百 ”项目"), "“四个一百”项目");
        assert_eq!(despace("PM2.5 浓度"), "PM2.5 浓度");
        assert_eq!(despace("全市  地区生产总值"), "全市地区生产总值");
    }

    /// The patterns built from the word lists of `dict/period_cues.tsv` and
    /// `dict/subject_words.tsv` are the ones written in code before the words moved there
    /// (the same text where the words are alternatives in the same order; the same matches on
    /// every sample where a group was added or reordered). Years in numerals (一九八〇年), the
    /// quoted older plans (“六五”) and a whole plan as a base (比“八五”时期, round 28) were added
    /// since.
    #[test]
    fn word_list_patterns_are_the_ones_written_before() {
        let same = [
            (
                TRAILING_FROM.regex().as_str(),
                r"(?:(?:由|从)(?:(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:底|末)?|目前|现在|年初|上年|去年)?的?|[0-9０-９]+[×xX])$",
            ),
            (
                LEADING_MONTH.regex().as_str(),
                r"^(?:[0-9０-９]{1,2}\s?[-—–－~至到]\s?)?[0-9０-９]{1,2}\s?月(?:份|底|末|初|中旬|下旬)?(?:前|以来)?[，,]?",
            ),
            (LEADING_PER_PERIOD.regex().as_str(), r"^(?:每年|每月|每季度)"),
            (
                TRAILING_SPAN.regex().as_str(),
                r"(?:(?:[0-9０-９]{1,2}|[一二两三四五六七八九十]{1,2})\s?年(?:来|间|内)?|各)$",
            ),
            (
                COMPARE_BASE.as_str(),
                r"(?:比|较|相比)(?:(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:底|末)?|(?:“?十[一二三四五六七八九]五”?|“[六七八九十]五”)(?:末|期末|时期)|“十[一二三四五六七八九]五”)",
            ),
            (
                TRAILING_YEAR_OF.regex().as_str(),
                r"(?:(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:底|末|初)?|“?十?[一二三四五六七八九十]五”?(?:时期|期间|末|期末)?)的$",
            ),
        ];
        for (built, old) in same {
            assert_eq!(built, old);
        }
        let old_share = Regex::new(r"(?:只|各|共|约)?占$").unwrap();
        let old_from_per_head = Regex::new(r"(?:由|从)((?:月|年)?人均|每人每月|每人每年|每月|每年)$").unwrap();
        let old_per_head = Regex::new(r"((?:月|年)?人均|每人每月|每人每年|每月|每年)$").unwrap();
        let samples = [
            "应用类成果占",
            "非公经济只占",
            "各占",
            "约占",
            "占",
            "共占比",
            "企业退休人员基本养老金由月人均",
            "由年人均",
            "从人均",
            "由每人每月",
            "从每人每年",
            "由每月",
            "由每年",
            "城市低保标准提高到月人均",
            "年人均",
            "每人每月",
            "每季度",
            "每年",
            "人均可支配收入",
        ];
        for t in samples {
            let m = |re: &Regex| re.captures(t).map(|c| (c.get(0).map(|m| m.range()), c.get(1).map(|m| m.range())));
            assert_eq!(TRAILING_SHARE.regex().find(t).map(|m| m.range()), old_share.find(t).map(|m| m.range()), "{t}");
            assert_eq!(m(FROM_PER_HEAD.regex()), m(&old_from_per_head), "{t}");
            assert_eq!(m(PER_HEAD_END.regex()), m(&old_per_head), "{t}");
        }
        assert!(
            TRAILING_STREAK
                .regex()
                .as_str()
                .starts_with(r"(?:连续)[0-9０-９一二两三四五六七八九十]{1,3}(?:年|届|次)(?:")
        );
    }

    /// The leading-time pattern built from `dict/period_cues.tsv` is the one written in code
    /// before the words moved there (`截止到?` is `截止到|截止`: the longer word first).
    #[test]
    fn leading_time_is_built_from_the_cues() {
        let before = r"^(?:到|至|截至|截止到|截止|在|从|自|于|近)?";
        let rest = r"\s?(?:(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s?年(?:底|末|前|初|以来|上半年|全年|年底)?|(?:“?十[一二三四五六七]五|“[六七八九十]五)\s?”?(?:时期|期间|末|以来)?|[0-9０-９一二两三四五六七八九十]{1,2}\s?年(?:来|间|内)?)\s?[，,、]?";
        assert_eq!(LEADING_TIME.regex().as_str(), format!("{before}{rest}"));
        let old = Regex::new(&format!(r"^(?:到|至|截至|截止到?|在|从|自|于|近)?{rest}")).unwrap();
        // Texts that space their numbers: the same phrase.
        assert_eq!(LEADING_TIME.find("到 2020 年新能源总装机").map(|m| m.as_str()), Some("到 2020 年"));
        // A count of years with 两 (力争两年内全部完成…): the 两 no longer leaks into the subject.
        assert_eq!(LEADING_TIME.find("两年内全部完成").map(|m| m.as_str()), Some("两年内"));
        // A year in numerals, as the reports of the 1950s–1990s write it.
        assert_eq!(LEADING_TIME.find("一九八四年工农业总产值").map(|m| m.as_str()), Some("一九八四年"));
        assert_eq!(LEADING_TIME.find("到二〇〇〇年，").map(|m| m.as_str()), Some("到二〇〇〇年，"));
        for t in
            ["截止到2024年底，", "截止2024年", "截止到五年来", "截止到", "到2026年，全市", "“十四五”时期，", "五年来"]
        {
            assert_eq!(LEADING_TIME.find(t).map(|m| m.range()), old.find(t).map(|m| m.range()), "{t}");
        }
        let firsts: String = LEADING_TIME_FIRST.iter().collect();
        assert!("到至截在从自于近“十一二两三四五六七八九".chars().all(|c| firsts.contains(c)), "{firsts}");
        assert!(firsts.chars().all(|c| "到至截在从自于近“十一二两三四五六七八九".contains(c)), "{firsts}");
    }
}
