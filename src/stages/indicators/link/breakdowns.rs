//! Breakdowns: parts counted in a whole (12项主要指标有7项, 其中17项), parts of the region in
//! brackets (州直增长7.5%), the measure a part after 其中 takes from its whole, and a share of the
//! region's own total, which makes a figure a part's and takes its code away.

use super::nouns::Right;
use super::words::{LOCAL_SHARE, REVENUE, find_among, measure_suffix, rfind_among};
use crate::lang::marks::is_clause_break;
use crate::stages::indicators::clause::{between, clause_start, sentence_end, sentence_start};
use crate::stages::indicators::codes::indicator_of;
use crate::stages::indicators::mention::Mention;
use crate::stages::indicators::subject::part_follows;
use crate::stages::indicators::vocabulary::{WORDS, pattern_words, role};
use crate::vocab::{AdminLevel, Dimension, Measure};

/// The whole that figure `i` counts a part of, when it has no noun of its own: the noun of the
/// figure right before, ended by an existential verb or 中 (12项主要指标|有|7项, 68项绩效评价指标
/// |中，预计|52项), or the whole of the part before when only its predicate and lead words stand
/// between them (52项进入全省前十，其中|17项). Same counter only.
pub(super) fn whole_of<'a>(
    s: &str,
    ms: &[Mention],
    rights: &[Right<'a>],
    wholes: &[Option<&'a str>],
    i: usize,
) -> Option<&'a str> {
    let (m, p) = (&ms[i], &ms[i.checked_sub(1)?]);
    if m.unit != p.unit || m.dimension != Dimension::Count || !rights[i].noun.is_empty() {
        return None;
    }
    let r = &rights[i - 1];
    if !r.noun.is_empty() && part_follows(between(s, r.end, s.len())) {
        let gap = between(s, r.end, m.q_start);
        let exist = WORDS.prefix(gap, role::EXIST).is_some_and(|l| l == gap.len());
        let among = gap.strip_prefix('中').is_some_and(|g| only_leads(g.trim_start_matches(['，', ','])));
        return (exist || among).then_some(r.noun);
    }
    let whole = wholes[i - 1]?;
    let (pred, tail) = between(s, p.q_end, m.q_start).rsplit_once(['，', ','])?;
    let plain = !pred.contains(|c: char| is_clause_break(c) || crate::lang::numerals::digit(c).is_some());
    (plain && !tail.is_empty() && only_leads(tail)).then_some(whole)
}

/// Whether `t` is nothing, or lead words, time words and adverbs before an existential verb
/// (已有, 又有): the words before a figure that place its things without acting on them.
pub(super) fn only_exist(t: &str) -> bool {
    let mut t = t.trim();
    while let Some(l) = WORDS.prefix(t, role::LEAD | role::TIME | role::ADVERB).filter(|&l| l < t.len()) {
        t = &t[l..];
    }
    t.is_empty() || WORDS.has(t, role::EXIST)
}

/// Whether `t` is only words that lead a clause, time words or adverbs (预计, 其中).
fn only_leads(t: &str) -> bool {
    let mut t = t.trim();
    while let Some(l) = WORDS.prefix(t, role::LEAD | role::TIME | role::ADVERB) {
        t = &t[l..];
    }
    t.is_empty()
}

/// What a part did, closing its clause right after its figure (7项|提前完成, 52项|进入全省前十):
/// no figure in it, up to 20 characters.
pub(super) fn part_predicate(s: &str, at: usize) -> Option<&str> {
    let rest = crate::stages::indicators::clause::rest_of_sentence(s, at)?;
    let p = rest[..rest.find(is_clause_break).unwrap_or(rest.len())].trim();
    let plain = !p.contains(|c: char| crate::lang::numerals::digit(c).is_some() || c == '、');
    let starts = p.chars().next().is_some_and(|c| crate::lang::chars::is_han(c) && !crate::lang::chars::is_blank(c));
    (plain && starts && p.chars().count() <= 20).then_some(p)
}

/// The measure a part named alone takes from its whole: growth rate `i` after 其中, in the
/// sentence from `floor`, whose subject `x` is a short noun with no measure of its own, measures
/// what the whole before the 其中 does, when the whole's subject ends in a generic measure and every
/// figure from the whole to it has the same measure and unit (新兴产业增加值增长7％，其中智能装备
/// 与机器人增长10.4％，新一代信息技术增长9.1％ -> 智能装备与机器人增加值, 新一代信息技术增加值).
pub(super) fn breakdown_measure(s: &str, ms: &[Mention], i: usize, floor: usize, x: &str) -> Option<String> {
    let m = &ms[i];
    // (Rates only: an amount's unit says what it measures, 其中高速公路339.4公里 is a length of
    // highways, as the chuxiong-2016 gold writes it.)
    let rate = matches!(m.measure, Measure::GrowthRate | Measure::AvgGrowthRate);
    let plain = rate
        && (2..=12).contains(&x.chars().count())
        && x.chars().all(crate::lang::chars::is_han)
        && !x.contains(['的', '和', '及'])
        && measure_suffix(x).is_none()
        && WORDS.prefix(x, role::ANY_VERB | role::LEAD | role::SCOPE | role::TIME).is_none()
        && WORDS.suffix(x, role::ANY_VERB | role::GROWTH | role::DECLINE).is_none();
    if !plain {
        return None;
    }
    let k = floor + rfind_among(between(s, floor, m.q_start))?;
    let j = (0..i).rev().find(|&j| ms[j].q_end <= k)?;
    let whole = &ms[j];
    let same = |n: &Mention| n.measure == m.measure && n.unit_base == m.unit_base;
    if whole.start < floor || !(j..i).all(|n| same(&ms[n])) {
        return None;
    }
    let w = whole.subject.as_deref()?;
    let l = WORDS.suffix(w, role::GENERIC).filter(|&l| l < w.len())?;
    Some(format!("{x}{}", &w[w.len() - l..]))
}

/// Whether the figure is stated as a share of the reporting region's own total of the same
/// statistic right after it (非公有制经济…实现固定资产投资923.7亿元，占全省的41.3%; 对外贸易进出口额
/// 85.3亿美元，增长49.4%，占全省进出口总额的66.4%): then it is a part's, not the region's, and
/// takes no code. The whole is named by a scope word that ends like the region's name (全省 in a
/// province's report, not in a city's: 西宁 进出口总额增长41.5%、占全省75.3% is the city's), or by
/// the statistic's own name alone, which is the region's (round 33: 全市新批外商独资企业119家，实际利用
/// 外资4.6亿美元，占实际利用外资总额的65%). A share of another statistic (服务业增加值…，占全市生产总值
/// 的45%) says nothing.
pub(super) fn share_of_region(s: &str, m: &Mention, code: &str, region_end: Option<char>) -> bool {
    let rest = between(s, m.q_end, sentence_end(s, m.q_end, |c| matches!(c, '。' | '；' | ';' | '\n')));
    let Some(k) = rest.find('占') else { return false };
    // Only growth figures between: 、增长49.4%，
    if !only_growth(&rest[..k]) {
        return false;
    }
    let after = &rest[k + '占'.len_utf8()..];
    let Some(l) = WORDS.prefix(after, role::SCOPE) else {
        let denominator = after.find('的').map_or("", |j| &after[..j]);
        return crate::stages::indicators::codes::alias_alone(denominator).as_deref() == Some(code);
    };
    let Some(region_end) = region_end else { return false };
    if !after[..l].ends_with(region_end) {
        return false;
    }
    let tail = &after[l..];
    let denominator = tail.find('的').map_or("", |j| &tail[..j]);
    denominator.is_empty() || indicator_of(denominator).as_deref() == Some(code)
}

/// Whether `between`, the text from a figure to the next word about it, holds nothing but the
/// figure's growth rate (、增长49.4%，) or punctuation: no other statistic stands between.
fn only_growth(between: &str) -> bool {
    between.chars().all(|c| {
        matches!(c, '，' | '、' | ',' | '.' | '．' | '%' | '％' | ' ') || crate::lang::numerals::digit(c).is_some()
    }) || {
        let t: String = between.chars().filter(|c| !matches!(c, '，' | '、' | ',')).collect();
        WORDS.prefix(&t, role::GROWTH | role::DECLINE | role::COMPARE).is_some()
            && t.trim_end_matches(['%', '％'])
                .chars()
                .next_back()
                .is_some_and(|c| crate::lang::numerals::digit(c).is_some())
            && t.matches(['%', '％']).count() == 1
    }
}

/// Whether the revenue figure is a whole whose part right after it, after 其中 (`among`), is the local
/// revenue (财政一般预算收入135.3亿元，增长14.8%，其中地方财政一般预算收入76.4亿元; 全省一般预算收入
/// 增长13.5%以上，其中地方一般预算收入增长12%以上): then it is the revenue collected in the region
/// with the central government's share, not the government's own budget revenue, and takes no
/// code (as 财政总收入 takes none). Only its own growth rate may stand between.
pub(super) fn whole_of_local_revenue(s: &str, m: &Mention) -> bool {
    let rest = s.get(m.q_end..).unwrap_or_default();
    let rest = &rest[..rest.find(['。', '；', ';', '\n']).unwrap_or(rest.len())];
    let Some((k, e)) = find_among(rest) else { return false };
    if !only_growth(&rest[..k]) {
        return false;
    }
    let part = rest[e..].trim_start_matches(['，', ',', '：', ' ']);
    let name = &part[..part.find(|c: char| crate::lang::numerals::digit(c).is_some()).unwrap_or(part.len())];
    // (地方…收入, a `local_share` word then a `revenue` word, with a report or change verb before
    // its figure: 地方一般预算收入增长, 地方财政收入实现.)
    LOCAL_SHARE.iter().any(|w| part.starts_with(w.as_str()))
        && REVENUE.iter().any(|w| name.contains(w.as_str()))
        && !name.contains(['，', '、', '和'])
}

/// Whether the figure's subject, the `local_part` word `part` (地方财政收入), is named in its
/// sentence right after 其中 (`among`), following a revenue total with its figure (完成财政总收入
/// 291.8亿元，其中地方财政收入139.6亿元; 财政一般预算收入83亿元，增长31%，其中地方财政收入42.2亿元):
/// then it is the share of the revenue the region keeps, its budget revenue. Named alone, the
/// same words are a wider local revenue in some reports (乌鲁木齐 2016 地方财政收入增长2.7%，其中
/// 一般公共财政预算收入增长8.2%; 长沙 beside 财政总收入 without 其中) and take no code (round 33).
pub(super) fn local_part_of_total(s: &str, m: &Mention, part: &str) -> bool {
    let from = sentence_start(s, m.q_start, |c| matches!(c, '。' | '；' | ';' | '\n'));
    let pre = between(s, from, m.q_start);
    let Some((k, e)) = rfind_among_range(pre) else { return false };
    let after = pre[e..].trim_start_matches(['，', ',', '：', ' ']);
    let total = &pre[..k];
    after.starts_with(part)
        && REVENUE.iter().any(|w| total.contains(w.as_str()))
        && total.contains(|c: char| crate::lang::numerals::digit(c).is_some())
}

/// A whole and its part after 其中 (`among`) in one sentence that link to the same code (实际利用外资
/// 20.17亿美元，增长54.7％，其中外商直接投资15.61亿美元; 新增就业岗位100万个以上，其中城镇新增就业28万人以上):
/// both cannot be the statistic. The one named by a `neighbour` word of indicator_words.tsv (a
/// narrower or wider statistic beside it: foreign direct investment only, jobs in town and country)
/// loses its code when the other is not named so; the part's figures, or every figure of the whole
/// before 其中 (round 35). The part is the subject named right after 其中.
pub(super) fn neighbour_parts(s: &str, ms: &mut [Mention]) {
    use crate::stages::indicators::codes::names_neighbour;
    // (A part is named right after 其中, its figures close behind, and the whole's figures are
    // among the few before: only so much is looked at, so that a text without a sentence break,
    // one line of megabytes, costs no more than one with many.)
    const PART_CHARS: usize = 48;
    const WHOLE_FIGURES: usize = 8;
    let is_break = |c: char| matches!(c, '。' | '；' | ';' | '\n');
    let unbroken = |a: usize, b: usize| s.get(a..b).is_some_and(|t| !t.contains(is_break));
    let mut uncoded: Vec<usize> = Vec::new();
    for j in 0..ms.len() {
        let (Some(code), Some(part)) = (ms[j].indicator.as_deref(), ms[j].subject.as_deref()) else { continue };
        let pre = s.get(..ms[j].q_start).unwrap_or_default();
        let floor = pre.char_indices().rev().nth(PART_CHARS).map_or(0, |(k, _)| k);
        let from = pre[floor..].char_indices().rev().find(|&(_, c)| is_break(c));
        let from = from.map_or(floor, |(k, c)| floor + k + c.len_utf8());
        let Some((k, e)) = rfind_among_range(&pre[from..]) else { continue };
        let after = pre[from + e..].trim_start_matches(['，', ',', '：', ' ']);
        if !after.starts_with(part) {
            continue;
        }
        let among_at = from + k;
        let lo = j.saturating_sub(WHOLE_FIGURES);
        let whole_figure = |i: usize, whole: Option<&str>| {
            ms[i].q_end <= among_at
                && ms[i].indicator.as_deref() == Some(code)
                && ms[i].subject.as_deref() != Some(part)
                && whole.is_none_or(|w| ms[i].subject.as_deref() == Some(w))
                && unbroken(ms[i].q_end, among_at)
        };
        let Some(last) = (lo..j).rev().find(|&i| whole_figure(i, None)) else { continue };
        let whole = ms[last].subject.as_deref().unwrap_or_default();
        match (names_neighbour(whole), names_neighbour(part)) {
            (false, true) => uncoded.push(j),
            (true, false) => uncoded.extend((lo..=last).filter(|&i| whole_figure(i, Some(whole)))),
            _ => {}
        }
    }
    for i in uncoded {
        ms[i].indicator = None;
    }
}

/// The last `among` word in `t`, as its byte range.
fn rfind_among_range(t: &str) -> Option<(usize, usize)> {
    let k = rfind_among(t)?;
    let rest = &t[k..];
    let w = super::words::strip_among(rest).map(|r| rest.len() - r.len())?;
    Some((k, k + w))
}

/// The endings of a part of a region: those of `dict/admin_suffixes.tsv` (区, 县, 市, 地区 …)
/// and the `part` words of `dict/subject_words.tsv` (州直, 城区).
static PART_ENDS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    let lexicon = crate::lexicon::get();
    let mut ends: Vec<String> = lexicon.admin_suffixes.iter().map(|a| a.ending.clone()).collect();
    ends.extend(pattern_words(crate::lexicon::SubjectRole::Part));
    ends
});

/// Whether `x` names only a part of a region (州直, 塔城地区, 中心城区, 博乐市): a short noun that
/// ends in a [`PART_ENDS`] word and opens with no verb, scope or lead word.
fn is_part(x: &str) -> bool {
    let n = x.chars().count();
    (2..=6).contains(&n)
        && x.chars().all(crate::lang::chars::is_han)
        && PART_ENDS.iter().any(|e| crate::lang::text::closes_with(x, e) && x.len() > e.len() || x == e)
        && WORDS.prefix(x, role::ANY_VERB | role::SCOPE | role::LEAD).is_none()
        && !WORDS.has(x, role::GENERIC)
}

/// The subject of figure `i` named only by a part of the region, `x`, inside brackets opened
/// after another figure of its sentence (from `floor`): the part's share of what that figure
/// measures, the nearest one before the brackets of the same unit and measure, without its scope
/// word (全州地区生产总值增长7.6%（州直增长7.5%…） -> 州直地区生产总值; 新建改扩建幼儿园80所（中心
/// 城区11所…） -> 中心城区新建改扩建幼儿园). A breakdown gives each part the whole's measure.
pub(super) fn part_of_whole(s: &str, ms: &[Mention], i: usize, floor: usize, x: &str) -> Option<String> {
    if !is_part(x) {
        return None;
    }
    let before = between(s, floor, ms[i].q_start);
    let open = before.rfind(['（', '('])?;
    if before[open..].contains(['）', ')']) {
        return None;
    }
    let open = floor + open;
    let outer = (0..i)
        .rev()
        .take_while(|&j| ms[j].q_start >= floor)
        .filter(|&j| ms[j].q_end <= open)
        .find(|&j| ms[j].unit_base == ms[i].unit_base && ms[j].measure == ms[i].measure)?;
    let whole = ms[outer].subject.as_deref()?;
    let whole = match WORDS.prefix(whole, role::SCOPE) {
        Some(l) if l < whole.len() => &whole[l..],
        _ => whole,
    };
    (whole.chars().count() >= 2 && !is_part(whole) && !whole.starts_with(x)).then(|| format!("{x}{whole}"))
}

/// The `whole_mark` words of `dict/subject_words.tsv` (全, 我): the first character of a scope word
/// naming a whole by its level (全区, 我市).
static WHOLE_MARK: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::WholeMark));

/// Whether the clause of figure `m`, before it, names the whole of a level below the reporting
/// government's (a `whole_mark` and an ending of `dict/admin_suffixes.tsv`: 全区 in a city's report,
/// 开封新区…，带动全区完成固定资产投资200亿元): the figure is that part's, a district's, not the
/// region's, and takes no code. The region's own last character is its own whole (全区 in an
/// autonomous region's report, 全州 in an autonomous prefecture's).
pub(super) fn lower_whole(s: &str, m: &Mention, level: Option<AdminLevel>, region_end: Option<char>) -> bool {
    let (Some(level), Some(region_end)) = (level, region_end) else { return false };
    let t = between(s, clause_start(s, 0, m.q_start), m.q_start);
    t.char_indices().any(|(k, _)| {
        let r = &t[k..];
        let Some(l) = WORDS.prefix(r, role::SCOPE) else { return false };
        let Some(ending) = WHOLE_MARK.iter().find_map(|w| r[..l].strip_prefix(w.as_str())) else { return false };
        !ending.ends_with(region_end)
            // (AdminLevel is ordered from the nation down to the county.)
            && crate::lexicon::get().admin_suffixes.iter().any(|a| a.ending == ending && a.level > level)
    })
}

/// The `part` words of `dict/subject_words.tsv` (城区, 中心城市, 州直), without the admin endings.
static PART_WORDS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Part));

/// The `scope` words of `dict/indicator_words.tsv` (全社会, 地方, 州直): what the codes read as the
/// region's own scope before a name.
static CODE_SCOPE: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    let lexicon = crate::lexicon::get();
    lexicon
        .indicator_words
        .iter()
        .filter(|w| w.role == crate::lexicon::LinkRole::Scope)
        .map(|w| w.word.clone())
        .collect()
});

/// Whether figure `m`'s subject is named alone right after a 、 in a list whose first item opens
/// with a part of the region ending in a `part` word (中心城区建成区面积达62平方公里、常住人口增至
/// 77.8万人): the list is about that part, and so is the figure; it takes no code (round 32). Not
/// a part that is a `scope` word of `dict/indicator_words.tsv` (州直, whose figures the contract codes:
/// 州直城镇居民人均可支配收入).
pub(super) fn listed_after_part(s: &str, m: &Mention) -> bool {
    let Some(x) = m.subject.as_deref() else { return false };
    let t = between(s, clause_start(s, 0, m.q_start), m.q_start);
    let Some(j) = t.rfind('、') else { return false };
    if !t[j + '、'.len_utf8()..].starts_with(x) {
        return false;
    }
    let first = &t[..j];
    first.char_indices().skip(1).take(6).any(|(k, c)| {
        let p = &first[..k + c.len_utf8()];
        PART_WORDS.iter().any(|w| p.ends_with(w.as_str())) && is_part(p) && !CODE_SCOPE.iter().any(|w| w == p)
    })
}

/// The `carrier` words of `dict/subject_words.tsv` (铁路, 民航): the end of a transport carrier's name.
static CARRIER: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Carrier));

/// Whether the clause of figure `m` opens with a carrier's name and a report verb before its
/// subject (青藏铁路完成|客运量238.1万人次、|货运量508.7万吨, and its rate after 分别): the figure is
/// that carrier's, not the region's, and takes no code (round 32).
pub(super) fn carrier_owned(s: &str, m: &Mention) -> bool {
    let Some(x) = m.subject.as_deref() else { return false };
    // The subject's last naming in the sentence: in this clause, or, for a rate of a 分别 list
    // (…、货运量508.7万吨，分别增长14.1％、7.6％), in the clause before.
    let sentence = sentence_start(s, m.q_start, |c| matches!(c, '。' | '；' | ';' | '！' | '？' | '\n'));
    let Some(at) = between(s, sentence, m.q_start).rfind(x).map(|k| sentence + k) else { return false };
    let t = between(s, clause_start(s, sentence, at), at).trim_start();
    let head = t.split('、').next().unwrap_or_default();
    let Some(v) = (0..head.len())
        .filter(|&i| head.is_char_boundary(i))
        .find(|&i| WORDS.prefix(&head[i..], role::REPORT).is_some())
    else {
        return false;
    };
    let owner = &head[..v];
    owner.chars().count() >= 3
        && owner.chars().all(crate::lang::chars::is_han)
        && CARRIER.iter().any(|w| owner.ends_with(w.as_str()))
}
