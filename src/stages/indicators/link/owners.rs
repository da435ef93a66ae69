//! Owners carried from earlier clauses: a generic measure (增加值, 总投资, 总量) named alone takes
//! the owner of the subject before it, of the topic clause that opens its sentence or of the
//! object of the clause before, since reports name the owner once and then its measures.

use super::words::{COUNTED_TOTAL, INVESTMENT, WORKS_HEAD, first_word, measure_suffix};
use crate::stages::indicators::clause::{between, clause_start};
use crate::stages::indicators::mention::Mention;
use crate::stages::indicators::subject::{focus_at, leading_verb, strip_leading};
use crate::stages::indicators::vocabulary::{WORDS, pattern_words, role};
use crate::vocab::{Dimension, Measure};

/// The `paired_measure` words of `dict/subject_words.tsv` (收入, 支出, 存款, 贷款 …): the parts of
/// a `pair` word (收支, 存贷款) that are measures of one owner, longest first.
static PAIRED_MEASURE: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::PairedMeasure));

/// A measure named alone right after the other measure of its pair (一般公共预算收入增长1.3%、|支出|
/// 增长8.1%; 存款余额…，|贷款余额…): reports name the owner once for both, so it takes the owner
/// of the subject before it (一般公共预算支出, was `支出`). `x` is the figure's subject, `prev` the
/// subject of the figure before it in its sentence. Only for a `paired_measure` word that opens
/// `x` with at most two characters after it (余额), whose counterpart closes `prev` the same way
/// after an owner of two characters or more that is no verb and no pair word (外贸进出口总额 holds
/// no 出口 of its own).
pub(super) fn counterpart_owner(x: &str, prev: &str) -> Option<String> {
    let b = PAIRED_MEASURE.iter().find(|w| x.starts_with(w.as_str()))?;
    if x[b.len()..].chars().count() > 2 {
        return None;
    }
    let a = WORDS.counterpart(b).filter(|a| PAIRED_MEASURE.iter().any(|w| w == a))?;
    let at = prev.rfind(a)?;
    let owner = &prev[..at];
    let fits = prev[at + a.len()..].chars().count() <= 2
        && owner.chars().count() >= 2
        && !WORDS.ends_with_pair(&prev[..at + a.len()])
        && WORDS.suffix(owner, role::ANY_VERB | role::LEAD | role::LINK).is_none();
    fits.then(|| format!("{owner}{x}"))
}

/// The `total` words of `dict/subject_words.tsv` (总量, 总数): a generic measure that totals the
/// thing named right before it.
static TOTAL: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Total));

/// Whether the words between two figures are one ； and a clause that is only a report verb and
/// a generic measure (规模以上工业完成增加值635.78亿元，增长12.1%；|实现主营业务收入|2575.33亿元):
/// such a clause names no owner and goes on with the subject before the ；, whose owner it
/// takes (规模以上工业主营业务收入, was `主营业务收入`), as after a comma.
pub(super) fn reported_after_semicolon(gap: &str, generic: &str) -> bool {
    let Some((before, clause)) = gap.split_once(['；', ';']) else { return false };
    let clause = clause.trim_matches(crate::lang::chars::is_blank);
    let closed = |t: &str| t.contains(['；', ';', '。', '！', '？', '\n']);
    let reported = WORDS.prefix(clause, role::REPORT).is_some_and(|l| l < clause.len() && clause[l..] == *generic);
    !closed(before) && !closed(clause) && before.trim_matches(crate::lang::chars::is_blank).is_empty() && reported
}

/// Whether `t` opens with a `total` word (总数突破…, 总量达到…).
pub(super) fn opens_with_total(t: &str) -> bool {
    TOTAL.iter().any(|w| t.starts_with(w.as_str()))
}

/// The `visitors` words of `dict/subject_words.tsv` (游客, 旅游人数): a count of visits.
pub(super) static VISITORS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Visitors));
/// The `visit_revenue` words (收入, 综合收入): a revenue named alone.
pub(super) static VISIT_REVENUE: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::VisitRevenue));
/// The `visit_owner` word (旅游): what owns a revenue named alone after a count of visitors.
pub(super) static VISIT_OWNER: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::VisitOwner));

/// The `plan_prefix` words of `dict/subject_words.tsv` (计划): before a generic measure, a plan.
pub(super) static PLAN_PREFIX: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::PlanPrefix));

/// The `increment` words of `dict/subject_words.tsv` (新增, 新建 …), longest first.
pub(super) static INCREMENT: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Increment));

/// The `land_yield` words of `dict/subject_words.tsv` (产值, 产量): what land yields.
static LAND_YIELD: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::LandYield));

/// The owner of a generic measure in the subject before it in the sentence: 规模以上工业总产值…，
/// 实现增加值 -> 规模以上工业 (its own generic measure left out); 新增市场主体29.6万户，总量达
/// 158.4万户 -> 市场主体 (a count of the same thing, its verb left out).
pub(super) fn owner_before(before: Option<&str>, generic: &str, prev: Option<&Mention>, m: &Mention) -> Option<String> {
    let before = before?;
    if before == generic {
        return None;
    }
    // A total after a share is the total of its part (民生支出占一般公共预算支出稳定在八成左右，
    // 总量较“十三五”时期增长超20% -> 民生支出总量, was `总量`).
    let before = match before.find('占') {
        Some(k) if TOTAL.iter().any(|w| w == generic) && !WORDS.has(&before[..k], role::GENERIC) => &before[..k],
        _ => before,
    };
    // The things counted own the measure, not the act on them (实施亿元以上项目286个，完成投资
    // -> 亿元以上项目投资).
    // (Not a verb joined to another: 建成和在建干线公路 owns as a whole.)
    let before = match leading_verb(before) {
        Some((v, _)) if !before[v.len()..].starts_with(['和', '及', '与', '、']) => &before[v.len()..],
        _ => before,
    };
    // 村级公共服务中心新增9个，总数达到135个: the count's own change word is not the owner's.
    let before = match WORDS.suffix(before, role::KEEP | role::GROWTH) {
        Some(l) if l < before.len() && l > '增'.len_utf8() => &before[..before.len() - l],
        _ => before,
    };
    let counted_total = COUNTED_TOTAL.iter().any(|w| w == generic);
    let owner = match WORDS.suffix(before, role::GENERIC) {
        // (A total of the things counted is theirs only right after the count: 总投资1.47万亿元，
        // 当年完成投资4313亿元 names a measure of its own. After another measure it has the
        // owner of that one: 完成工业增加值…，实现销售收入 -> 工业销售收入.)
        // (The 总 of a total goes with its measure: 果品总面积…，产值 -> 果品产值, not 果品总产值.)
        Some(l) if !counted_total || !COUNTED_TOTAL.iter().any(|w| before.ends_with(w.as_str())) => {
            let owner = &before[..before.len() - l];
            owner.strip_suffix('总').filter(|o| o.chars().count() >= 2 && !WORDS.has(o, role::SCOPE)).unwrap_or(owner)
        }
        // (The things counted before own a total of their own unit, 总数, and a `counted_total`
        // of any unit: 引进工业企业70余家，总投资38亿元 -> 引进工业企业总投资. So do things
        // measured by length or area: 建成高速公路3000公里，总里程突破5000公里 -> 高速公路总里程.)
        // (A total, 总量 or 总数, is the total of the thing before in its own unit whatever it
        // measures, or of the thing whose growth comes right before it: 新增统调电力装机容量
        // 115万千瓦，总量达到1533万千瓦 -> 统调电力装机容量总量; 一般公共预算收入增长4.6%，总量首次
        // 突破1900亿元 -> 一般公共预算收入总量.)
        _ if prev.is_some_and(|p| {
            let measured = matches!(p.dimension, Dimension::Length | Dimension::Area) && p.unit_base == m.unit_base;
            let grew = matches!(p.measure, Measure::GrowthRate | Measure::AvgGrowthRate);
            let total = TOTAL.iter().any(|w| w == generic) && (p.unit_base == m.unit_base || grew);
            // (What land yields is of the thing planted on the area before: 种植中药材40.23万亩，
            // 产值20.31亿元 -> 中药材产值.)
            let planted = p.dimension == Dimension::Area && LAND_YIELD.iter().any(|w| w == generic);
            measured
                || total
                || planted
                || p.dimension == Dimension::Count && (p.unit_base == m.unit_base || counted_total)
        }) =>
        {
            before
        }
        _ => return None,
    };
    // (A total after its measure named alone: 燃气管网里程…，总里程 -> 燃气管网总里程.)
    // (Not a rest of one character: 装机容量 + 总量 is 装机容量总量, not 装机容总量.)
    let owner = match generic.strip_prefix('总') {
        Some(rest) if rest.chars().count() >= 2 && owner.len() > rest.len() => {
            owner.strip_suffix(rest).unwrap_or(owner)
        }
        _ => owner,
    };
    // (A share before is no owner: 增加值占规模以上工业增加值.)
    // (Nor one that already ends in the measure: …项目投资 does not own 投资 again.)
    let fits = owner.chars().count() >= 2 && !WORDS.has(owner, role::SCOPE) && !owner.contains('占');
    (fits && !owner.ends_with(generic)).then(|| owner.to_string())
}

/// The owner of a generic measure named by the clause that opens its sentence, when that clause
/// holds no figure and is a topic with its predicate (第三产业快速增长，实现增加值 -> 第三产业;
/// 煤炭产业，… -> 煤炭产业). The topic must end in an `owner` word (产业, 经济, 园区); with
/// `predicate`, it may be followed by a short predicate of its own (see [`owner_with_predicate`]).
/// Works (…工程一期) own an investment in money (`money`) without `predicate` (see [`works_owner`]).
pub(super) fn topic(sentence: &str, generic: &str, predicate: bool, money: bool) -> Option<String> {
    let end = sentence.find(|c: char| crate::lang::marks::is_clause_break(c))?;
    let first = strip_leading(&sentence[..end]);
    if first.contains(generic) || first.chars().any(|c| crate::lang::numerals::digit(c).is_some()) {
        return None;
    }
    // (A preposition ends the topic: 民营经济|对全市经济增长的贡献增大.)
    let stop = role::ANY_VERB | role::ADVERB | role::LEAD | role::GROWTH | role::DECLINE | role::LINK | role::PREP;
    let owner = &first[..first_word(first, stop)];
    // A whole clause is a topic when it is a noun (煤炭产业，), not a list or a verb phrase.
    let noun = WORDS.prefix(owner, role::ANY_VERB).is_none() && !owner.contains('、');
    let fits = noun && owner.chars().count() >= 2;
    if !fits {
        return None;
    }
    match WORDS.suffix(owner, role::OWNER) {
        Some(_) => (!predicate).then(|| owner.to_string()),
        // (Works own it only as the subject that opens the clause, “菜篮子”工程一期|全面完工: after a
        // verb left out, 重点实施好交通五大工程, they are its object, read by [`object_topic`].)
        None if !predicate
            && money
            && sentence[..end].trim_start_matches(crate::lang::chars::is_blank).starts_with(owner) =>
        {
            works_owner(owner, generic).map(str::to_string)
        }
        None if predicate => owner_with_predicate(owner).map(str::to_string),
        None => None,
    }
}

/// The owner that opens a topic clause with a predicate no word list names (民营经济|发展提速,
/// 第三产业|蓬勃发展, 工业经济|规模扩大, 建筑业|发展提速): its longest start that ends in an
/// `owner` word, of two characters or more, with a predicate of two to four after it that does
/// not go on with the noun (…业的, …业和) nor ends in a head noun of its own (一批重大产业|项目 is
/// one noun: no topic), and that opens with no numeral (一批…), verb, adverb or lead word
/// (加快企业|技术改造步伐).
fn owner_with_predicate(t: &str) -> Option<&str> {
    let head = |r: &str| {
        WORKS_HEAD.iter().any(|h| r.ends_with(h.as_str()))
            || WORDS.suffix(r, role::OWNER).is_some()
            || measure_suffix(r).is_some()
    };
    let ends: Vec<usize> = t.char_indices().map(|(k, _)| k).skip(2).collect();
    ends.into_iter().rev().find_map(|k| {
        let (owner, rest) = t.split_at(k);
        // (No compound across the cut: 产业|化, 产业|链, 经济|效益 go on with the noun.)
        let across = (1..=3).any(|back| {
            owner
                .char_indices()
                .rev()
                .nth(back - 1)
                .is_some_and(|(j, _)| WORDS.prefix(&t[j..], role::COMPOUND).is_some_and(|l| j + l > k))
        });
        let fits = WORDS.suffix(owner, role::OWNER).is_some()
            && !across
            && (2..=4).contains(&rest.chars().count())
            && !rest.starts_with(['的', '和', '及', '与', '、'])
            && WORDS.prefix(rest, role::OWNER).is_none()
            && !head(rest)
            && !owner.starts_with(|c| crate::lang::numerals::cn_digit(c).is_some())
            && WORDS.prefix(owner, role::ANY_VERB | role::ADVERB | role::LEAD | role::PREP | role::STEER).is_none();
        fits.then_some(owner)
    })
}

/// The owner of a generic measure named as the object of the clause right before the figure's
/// (加快发展民营经济，力争增加值占生产总值的比重提高…; 全产业链打造高原特色现代农业，确保增加值
/// 增长6%): the words after that clause's last verb, when they end in an `owner` word, or name
/// works that own an investment in money (`money`, see [`works_owner`]).
pub(super) fn object_topic(s: &str, floor: usize, from: usize, generic: &str, money: bool) -> Option<String> {
    if from <= floor || from > s.len() {
        return None;
    }
    let own_start = clause_start(s, floor, from);
    let t = between(s, floor, own_start).trim_end_matches(['，', ',', ' ', '\u{3000}']);
    let start = clause_start(s, floor, floor + t.len());
    let c = between(s, start, floor + t.len()).trim();
    if c.contains(generic) || c.contains('、') || c.chars().any(|ch| crate::lang::numerals::digit(ch).is_some()) {
        return None;
    }
    // After the last verb of the clause, if any.
    let after_verb = c
        .char_indices()
        .rev()
        .filter_map(|(k, _)| WORDS.prefix(&c[k..], role::ANY_VERB).map(|l| k + l))
        .find(|&e| e < c.len());
    let object = strip_leading(after_verb.map_or(c, |e| &c[e..]));
    let stop = role::ANY_VERB | role::ADVERB | role::LEAD | role::GROWTH | role::DECLINE | role::LINK;
    let owner = &object[..first_word(object, stop)];
    let fits = owner.chars().count() >= 2 && WORDS.prefix(owner, role::ANY_VERB).is_none();
    match WORDS.suffix(owner, role::OWNER) {
        Some(_) => fits.then(|| owner.to_string()),
        None if fits && money => works_owner(owner, generic).map(str::to_string),
        None => None,
    }
}

/// Whether a topic or object names works that own an investment named alone after it (round 31,
/// county reports: “菜篮子”工程一期全面完工，完成投资2.4亿元 -> “菜篮子”工程一期投资; 实施一批重大
/// 产业项目，完成投资745亿元 -> 重大产业项目投资): `generic` is a `counted_total` money word (投资,
/// 总投资, not 面积) and the words end in a `works_head` (项目, 工程), or in one and its phase (一期);
/// a `batch` word before them (一批) is left out. Only for a figure of money (`money`): a count after
/// 投资 (20个投资超10亿元项目) is no investment.
fn works_owner<'a>(owner: &'a str, generic: &str) -> Option<&'a str> {
    let owner = BATCH.iter().find_map(|w| owner.strip_prefix(w.as_str())).unwrap_or(owner);
    let money = INVESTMENT.iter().any(|w| generic.ends_with(w.as_str())) && COUNTED_TOTAL.iter().any(|w| w == generic);
    let name = owner
        .strip_suffix('期')
        .map_or(owner, |t| t.strip_suffix(|c: char| crate::lang::numerals::cn_digit(c).is_some()).unwrap_or(owner));
    let ideographs = owner.chars().all(|c| crate::lang::chars::is_han(c) || "“”\"".contains(c));
    let fits = money
        && ideographs
        && name.chars().count() >= 4
        && !owner.contains('、')
        && WORKS_HEAD.iter().any(|h| name.ends_with(h.as_str()))
        && WORDS.prefix(owner, role::SCOPE | role::LEAD | role::PREP).is_none();
    fits.then_some(owner)
}

/// The subject named by the clause before `from` in its sentence (from `floor`): its words up to
/// a figure or a predicate, without leading time and lead words.
pub(super) fn clause_before(s: &str, floor: usize, from: usize) -> Option<String> {
    let t = between(s, floor, from).trim_end_matches(['，', ',', ' ', '\u{3000}']);
    let start = clause_start(s, floor, floor + t.len());
    let c = between(s, start, floor + t.len());
    let c = c.find(|ch: char| crate::lang::numerals::digit(ch).is_some()).map_or(c, |k| &c[..k]);
    let c = strip_leading(c.trim());
    let stop = role::ANY_VERB | role::ADVERB | role::LEAD | role::GROWTH | role::DECLINE | role::LINK | role::LEVEL;
    let noun = c[..first_word(c, stop)].trim();
    let fits = noun.chars().count() >= 2 && !noun.contains('、') && WORDS.prefix(noun, role::ANY_VERB).is_none();
    fits.then(|| noun.to_string())
}

/// The owner of a generic measure named alone that opens a part of a ；-chain (全市民营经济实现主营
/// 业务收入992亿元…；从业人员27万人…；|上缴税金|28亿元): the owner of the first figure of the chain,
/// when its subject is that owner and a generic measure of its own (全市民营经济主营业务收入 ->
/// 全市民营经济上缴税金, was `上缴税金`). Reports name the topic once and list its measures over
/// ；-clauses; a full stop ends the chain. `floor` is the start of the figure's own sentence.
pub(super) fn chain_owner(s: &str, ms: &[Mention], i: usize, floor: usize) -> Option<String> {
    let start = chain_start(s, floor)?;
    let first = ms[..i].iter().find(|m| m.start >= start)?;
    let p = first.subject.as_deref()?;
    let owner = &p[..p.len() - WORDS.suffix(p, role::GENERIC).filter(|&l| l < p.len())?];
    let fits = owner.chars().count() >= 2
        && WORDS.suffix(owner, role::OWNER).is_some()
        && WORDS.prefix(owner, role::ANY_VERB | role::LEAD | role::PREP).is_none();
    fits.then(|| owner.to_string())
}

/// The `batch` words of `dict/subject_words.tsv` (一批, 一大批): a batch of works named before them.
static BATCH: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Batch));

/// The `zone_end` words of `dict/subject_words.tsv` (开发区, 高新区, 园区, 集聚区, 园): the last
/// word of a development zone's name.
static ZONE_END: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::ZoneEnd));

/// The development zone that owns a measure of the region's named alone (`x`, one with an
/// indicator code) in the clause ending at `q_start`: the zone whose name opens the figure's
/// sentence as the subject of its clause chain (高新区|加快建设…，重点发展…，力争规模工业总产值增长10%
/// -> 高新区), or, when the figure's clause opens its sentence, the first part of its ；-chain
/// (9个省级产业集聚区建成面积…；|固定资产投资年均增长37% -> 省级产业集聚区). Reports name the zone
/// once and then its figures; a zone's figure is no figure of the region (README: no code).
/// Only when the zone is the grammatical subject of the whole chain: its name opens the sentence
/// with no verb before it (推进芙蓉中央商务区建设 names an act of the region's) and a verb right
/// after it, every later clause opens with a verb or adverb (a clause opening with a noun,
/// 樟木口岸货运功能有效发挥, or a scope word, 全市, names a subject of its own), and the figure's
/// own clause names the measure right after a report or goal verb (实现, 力争), unless it opens a
/// ；-part of the chain.
pub(super) fn zone_owner(s: &str, floor: usize, q_start: usize, x: &str) -> Option<String> {
    if WORDS.prefix(x, role::SCOPE).is_some() {
        return None;
    }
    let own = clause_start(s, floor, q_start);
    let clause = between(s, own, q_start).trim_start_matches(crate::lang::chars::is_blank);
    let opens = strip_leading(between(s, floor, own)).is_empty();
    let lead = WORDS.prefix(clause, role::LEAD | role::ADVERB).unwrap_or(0);
    let report = WORDS.prefix(&clause[lead..], role::REPORT).unwrap_or(0);
    let led = lead + report > 0;
    if !clause[lead + report..].starts_with(x) || !(led || opens) {
        return None;
    }
    let from = if opens { chain_start(s, floor)? } else { floor };
    let mut parts = between(s, from, own).split(['，', ',', '；', ';']).filter(|c| !c.trim().is_empty());
    let zone = zone_opener(parts.next()?)?;
    parts.all(|c| !own_subject(c)).then_some(zone)
}

/// Whether a clause names a subject of its own: it opens with a scope word (全市), or with a
/// noun right before a verb or change word (樟木口岸货运功能|有效发挥, 服务业增加值|增长8%), not with
/// a verb, an adverb or a lead word (重点发展…, 着力抓好…, 入驻规模以上企业…).
fn own_subject(c: &str) -> bool {
    let c = c.trim_matches(crate::lang::chars::is_blank);
    let c = focus_at(c).map_or(c, |l| &c[l..]);
    let verb = role::ANY_VERB | role::ADVERB | role::LEAD;
    if WORDS.prefix(c, verb).is_some() {
        return false;
    }
    let stop = verb | role::LINK | role::PREP | role::GROWTH | role::DECLINE;
    let k = first_word(c, stop);
    WORDS.prefix(c, role::SCOPE).is_some() || (k < c.len() && WORDS.prefix(&c[k..], stop & !role::PREP).is_some())
}

/// The start of the first part of the ；-chain that the sentence at `floor` goes on (None when
/// the sentence opens its chain).
fn chain_start(s: &str, floor: usize) -> Option<usize> {
    let before = s.get(..floor)?.trim_end_matches(crate::lang::chars::is_blank);
    if !before.ends_with(['；', ';']) {
        return None;
    }
    let start = before
        .rfind(['。', '！', '？', '\n', '：'])
        .map_or(0, |k| k + before[k..].chars().next().map_or(1, char::len_utf8));
    Some(start)
}

/// The development zone that opens the clause `t` right before its verb (see [`zone_owner`]),
/// without a count before it (9个省级产业集聚区 -> 省级产业集聚区): a name of three characters or
/// more that ends in a `zone_end` word and opens with no verb, lead or scope word.
fn zone_opener(t: &str) -> Option<String> {
    let t = t.trim_start_matches(crate::lang::chars::is_blank);
    let t = t.trim_start_matches(|c: char| c.is_ascii_digit());
    let t = t.strip_prefix('个').unwrap_or(t);
    let stop = role::ANY_VERB | role::ADVERB | role::LEAD | role::LINK | role::PREP | role::GROWTH | role::DECLINE;
    let k = first_word(t, stop);
    let (noun, rest) = t.split_at(k);
    let ideographs = noun.chars().all(crate::lang::chars::is_han);
    let zone = noun.chars().count() >= 3
        && ideographs
        && ZONE_END.iter().any(|w| noun.ends_with(w.as_str()))
        && WORDS.prefix(noun, stop | role::SCOPE).is_none()
        && focus_at(noun).is_none()
        && WORDS.prefix(rest, role::ANY_VERB | role::ADVERB | role::LEAD).is_some();
    zone.then(|| noun.to_string())
}
