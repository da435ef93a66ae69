//! Linking: the subject of every figure of a document, and how figures share one. A figure
//! with nothing before it in its clause continues the subject of the one before
//! (310.4亿元、增长8.8%); one that governs a 、-list carries its verb onto the items
//! (新增规模以上企业101家、限额以上企业127家 -> 新增限额以上企业); `分别` lists pair subjects
//! with figures in order. Then each subject gets its indicator code.

use super::clause::{between, clause_start, last_clause, left_of, over_aside, strip_links, strip_separator};
use super::codes::code_of_figure;
use super::mention::Mention;
use super::subject::{
    ALLOT, TRAILING_COMPARE, UNDERGO, clean_left, despace, drop_examples, drop_inner_report, drop_reference_marks,
    ends_in_work, exit_at, focus_at, leading_verb, list_end, opens_with_status, part_follows, right_noun,
    right_noun_object, right_noun_with, shared_work, strip_compare, strip_leading, work_at,
};
use super::vocabulary::{WORDS, pattern_words, role};
use crate::lang::marks::is_clause_break;
use crate::stages::document::Document;
use crate::vocab::{Dimension, Measure, Qualifier};

/// The noun a figure counts when it is written after the figure.
#[derive(Clone, Copy)]
struct Right<'a> {
    noun: &'a str,
    /// Where the noun ends (the words of the next figure start after it).
    end: usize,
    /// Written after 的 (投资3500万元的二三级供水管网改造): the figure is an attribute of the
    /// noun, and the subject is the noun with the word before the figure (…改造投资).
    of: bool,
    /// A milestone noun after the figure (突破千亿元大关): no subject, but the next figure's
    /// words start after it (、达到1120亿元 continues the first figure's subject).
    milestone: bool,
    /// The work done to the counted things that the list they are an item of names after them
    /// (6条城市道路、…60个小区等城区绿化工程 -> 绿化): see [`list_work`].
    work: &'a str,
    /// The noun is the one a count right after the 的 names (总投资5351亿元的|85个|重点项目): the
    /// amount is an attribute of the things counted, and its words carry onto no other figure.
    counted: bool,
}

/// The adverb of a cumulative level (累计达到973座, 企业累计90户): the figure counts all the
/// things so far, not the new ones.
const CUMULATIVE: &str = "累计";

/// The noun after each figure. A figure right before another (15件37子项重点民生实事) shares
/// the next one's noun.
fn rights<'a>(s: &'a str, ms: &[Mention]) -> Vec<Right<'a>> {
    let mut out: Vec<Right> = Vec::with_capacity(ms.len());
    for i in 0..ms.len() {
        let mut right_at = ms[i].q_end;
        let mut k = i;
        while let Some(next) = ms.get(k + 1) {
            // …or is the low end of a range (争取1~2个产业集群): the noun after the high end.
            if next.q_start == right_at || next.range_hi {
                right_at = next.q_end;
                k += 1;
            } else {
                break;
            }
        }
        right_at += counter_note(&s[right_at..]);
        let after_de = s[right_at..].strip_prefix('的');
        let r = if ms[i].dimension == Dimension::Percent {
            // A share followed by what it is a share of (80%以上的行政村通客车) names it there
            // when nothing stands before it.
            // (The noun after it is read first: most shares have none, and then the words before
            // them need no cleaning, the costliest step of linking.)
            let at = after_de.map_or(right_at, |t| s.len() - t.len());
            let after = right_noun(s, at);
            let bare = || {
                let (from, _) = left_of(s, ms, i, None);
                clean_left(&s[from..ms[i].q_start], false).is_empty()
            };
            let noun = if !after.is_empty() && bare() { after } else { "" };
            Right { noun, end: at + noun.len(), of: false, milestone: false, work: "", counted: false }
        } else if let (Some(t), Dimension::Currency) = (after_de, ms[i].dimension) {
            let at = s.len() - t.len();
            let noun = right_noun_with(s, at, true);
            Right { noun, end: at + noun.len(), of: !noun.is_empty(), milestone: false, work: "", counted: false }
        } else {
            // The object of a verb before it (完成|4个国省道改建项目): see right_noun_object.
            let (from, _) = left_of(s, ms, i, None);
            let object = WORDS.suffix(s[from..ms[i].q_start].trim_end(), role::ANY_VERB).is_some();
            let noun = if object { right_noun_object(s, right_at) } else { right_noun(s, right_at) };
            let governed = WORDS.suffix(s[from..ms[i].q_start].trim_end(), role::PREP).is_some();
            let closes =
                |n: &str| s[right_at + n.len()..].chars().next().is_none_or(|c| is_clause_break(c) || c == '、');
            let noun = if governed && closes(noun) { governed_head(noun) } else { noun };
            // (Works named by a verb, 11个|消除义务教育大班额项目, are counted things: after an amount,
            // 投资1.3亿元|实施…工程, the verb acts with the money and names no noun of it.)
            let verb_first = WORDS.prefix(noun, role::ANY_VERB | role::ADVERB).is_some() && !noun.starts_with('新');
            let noun = match ms[i].dimension {
                Dimension::Count => noun,
                _ if verb_first && !opens_with_status(noun) => "",
                _ => before_joined_works(noun),
            };
            // 跨过2万亿元大关: the noun names the level passed, not what is measured. It still
            // ends the figure's words: the next figure (突破千亿元大关、达到1120亿元) reads after it.
            let end = right_at + noun.len();
            let closes = s[end..].chars().next().is_some_and(|c| is_clause_break(c) || c == '、');
            let milestone = WORDS.has(noun, role::MILESTONE) && closes;
            let noun = if WORDS.has(noun, role::MILESTONE) { "" } else { noun };
            Right { noun, end, of: false, milestone, work: "", counted: false }
        };
        out.push(r);
    }
    counted_investments(s, ms, &mut out);
    counted_by_threshold(s, ms, &mut out);
    for i in 0..out.len() {
        out[i].work = list_work(s, ms, &out, i);
    }
    out
}

/// Length in bytes of a note in brackets right after a counter that gives another counter for
/// the same things (6条|（段）|地铁新线, 2300余处|（个）|安全隐患), when a noun follows it: the noun
/// is read after the note, which is no part of it (the note stopped the noun reader, and the
/// figure took a noun from another clause).
fn counter_note(t: &str) -> usize {
    let Some(inner) = t.strip_prefix(['（', '(']) else { return 0 };
    let Some(close) = inner.find(['）', ')']) else { return 0 };
    let word = &inner[..close];
    // (A counter of dict/units.tsv, or one ideograph: 段 is no counter of its own, 一段 is a name.)
    let one = word.chars().count() == 1 && word.starts_with(crate::lang::chars::is_han);
    let counter =
        one || super::units::UNITS.units.get(word).is_some_and(|e| e.kind == crate::lexicon::UnitKind::Counter);
    // (Not a kind of place, 8县（区）, 4省（区）: what follows is the places' own, their air or their
    // resources, not the things counted.)
    let place = crate::lexicon::get().admin_suffixes.iter().any(|a| word.ends_with(a.ending.as_str()));
    let after = &inner[close + inner[close..].chars().next().map_or(0, char::len_utf8)..];
    if counter && !place && after.starts_with(crate::lang::chars::is_han) { t.len() - after.len() } else { 0 }
}

/// An investment written with 的 before the count of the things it is the investment of (总投资
/// 5351亿元的|85个重点项目; 总投资1017亿元的8大类、|247项城建工程, a count that is no row between
/// them): its owner is the noun the count names, as the noun right after a 的 is (投资3500万元的
/// 二三级供水管网改造 -> …改造投资). And a count whose noun is only such a measure, right before
/// the amount (96个|总投资|935亿元的重点项目), counts the noun after the amount's 的: the measure
/// is the amount's (重点项目总投资).
fn counted_investments(s: &str, ms: &[Mention], out: &mut [Right]) {
    let invested = |t: &str| COUNTED_TOTAL.iter().any(|w| t == w);
    for i in 0..ms.len().saturating_sub(1) {
        let (m, next) = (&ms[i], &ms[i + 1]);
        let named = |r: &Right| !r.noun.is_empty() && !r.of && !r.milestone;
        if m.dimension == Dimension::Currency && out[i].noun.is_empty() && next.dimension == Dimension::Count {
            let before: String = {
                let t = s[..m.q_start].trim_end();
                let k = t.char_indices().rev().nth(5).map_or(0, |(k, _)| k);
                t[k..].to_string()
            };
            let measured = COUNTED_TOTAL.iter().any(|w| before.contains(w.as_str()));
            let gap = between(s, m.q_end, next.q_start).strip_prefix('的');
            if measured && gap.is_some_and(unrowed_count) && named(&out[i + 1]) {
                out[i] = Right { noun: out[i + 1].noun, end: next.q_start, of: true, counted: true, ..out[i] };
            }
        } else if m.dimension == Dimension::Count && invested(out[i].noun) && next.dimension == Dimension::Currency {
            let gap = between(s, out[i].end, next.q_start);
            if gap.chars().count() <= 2
                && !gap.contains(is_clause_break)
                && out[i + 1].of
                && !out[i + 1].noun.is_empty()
            {
                out[i] = Right { noun: out[i + 1].noun, end: m.q_end, ..out[i] };
            }
        }
    }
}

/// A count whose noun is only an investment that a threshold amount follows (引进1~2个|投资|2000万
/// 美元以上的外资企业) counts the class noun after the threshold's 的 (外资企业): the investment
/// only says which of them are meant.
fn counted_by_threshold<'a>(s: &'a str, ms: &[Mention], out: &mut [Right<'a>]) {
    let invested = |t: &str| COUNTED_TOTAL.iter().any(|w| t == w);
    for i in 0..ms.len() {
        if ms[i].dimension != Dimension::Count || !invested(out[i].noun) {
            continue;
        }
        // (The amount is read as the threshold, no figure of its own: only an amount, up to ten
        // characters opening with a digit, stands between the measure and the threshold.)
        let rest = &s[out[i].end..];
        let Some((k, t)) = THRESHOLD.iter().find_map(|w| {
            let k = rest.find(&format!("{w}的"))?;
            Some((k, &rest[k + w.len() + '的'.len_utf8()..]))
        }) else {
            continue;
        };
        let amount = &rest[..k];
        let digit_first = amount.chars().next().and_then(crate::lang::numerals::digit).is_some();
        if !digit_first || amount.chars().count() > 10 || amount.contains(is_clause_break) {
            continue;
        }
        let noun = right_noun(s, s.len() - t.len());
        if !noun.is_empty() {
            out[i] = Right { noun, end: ms[i].q_end, ..out[i] };
        }
    }
}

/// A noun read through 和 to the works named after it (生态修复和防洪能力提升工程), cut at the 和
/// for a figure that measures rather than counts: 80吨|污泥焚烧处置和金丰再生资源分拣中心项目 is the
/// mass of the first item only. (Short nouns under one head, 雨水和污水管网, are one noun whatever
/// the figure: only a verb before the 和, or more than six characters after it, is cut.)
fn before_joined_works(noun: &str) -> &str {
    let Some(k) = noun.find(['和', '及']).filter(|&k| k > 0) else { return noun };
    let after = &noun[k + '和'.len_utf8()..];
    let verb_before = WORDS.suffix(&noun[..k], role::KEEP).is_some();
    let works = WORKS_HEAD.iter().any(|h| after.ends_with(h.as_str()));
    let compound = WORDS.prefix(&noun[k..], role::COMPOUND).is_some();
    if works && !compound && (verb_before || after.chars().count() > 6) { &noun[..k] } else { noun }
}

/// Whether `t`, between an amount's 的 and a count, is nothing or a count that is no row, joined
/// to the next by 、 (8大类、): a figure, up to three characters, 、.
fn unrowed_count(t: &str) -> bool {
    let Some(body) = t.strip_suffix('、') else { return t.is_empty() };
    let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    digits > 0
        && (1..=3).contains(&body[digits..].chars().count())
        && body[digits..].chars().all(crate::lang::chars::is_han)
}

/// The work a counted item takes from its list (11公里污水管网、…19公里城市道路等改扩建工程;
/// 1194张失智老人照护床位、44家农村薄弱养老机构改造): a work word right after its noun, else the
/// one that ends the list: the last item's, or the one the head after a closing 等 names (等项目
/// names none: 5个奶牛规模养殖场、…350万株花卉种植等项目 gives 种植 to no other item). The items are
/// figures with their nouns joined by 、/和/及. A noun that holds a work word of its own
/// (背街巷道改造, 绿化带) takes none.
fn list_work<'a>(s: &'a str, ms: &[Mention], rights: &[Right<'a>], i: usize) -> &'a str {
    let r = &rights[i];
    let holds_work =
        r.noun.char_indices().any(|(k, _)| work_at(&r.noun[k..]).is_some() || ends_in_work(&r.noun[..k]).is_some());
    if r.noun.is_empty() || r.of || r.milestone || holds_work || ends_in_work(r.noun).is_some() {
        return "";
    }
    let mut j = i;
    loop {
        let Some(rest) = s.get(rights[j].end..) else { return "" };
        // (A work of a middle item is its own: 20座排涝泵站、70个中小河流治理和250座…加固项目.)
        let own = work_at(rest);
        let after_own = &rest[own.map_or(0, str::len)..];
        let sep = ['、', '和', '及'].into_iter().find_map(|c| after_own.strip_prefix(c));
        let next = ms.get(j + 1).zip(rights.get(j + 1));
        let goes_on = matches!((sep, next), (Some(after), Some((m, n)))
            if s.len() - after.len() == m.q_start && !n.noun.is_empty() && !n.of && !n.milestone);
        if let Some(w) = own.filter(|_| j == i || !goes_on) {
            return w;
        }
        if let Some(head) = after_own.strip_prefix('等').filter(|_| own.is_none()) {
            return shared_work(head).unwrap_or("");
        }
        if goes_on {
            // Items with works of their own share none (开工20座…排涝泵站、70个中小河流治理和
            // 250座小型水库加固项目: 开工 is the first item's work).
            if own.is_some() || ends_in_work(rights[j].noun).is_some() && j > i {
                return "";
            }
            j += 1;
        } else {
            // The list ends with item j.
            return if j > i { ends_in_work(rights[j].noun).unwrap_or("") } else { "" };
        }
    }
}

/// Pair a `分别` list: the subjects before 分别 with the figures joined by 、/和 after it.
/// Returns the subjects for mentions `i..i+n`, if the counts agree. One subject that holds a
/// `pair` word (城乡居民人均可支配收入分别达X、Y) stands for its parts; a list closed by 等
/// and a head (企业养老、基本医疗、失业等社会保险参保人数) gives the head to every item; an
/// absolute change keeps its verb (参保人数分别增加X、Y).
fn respectively(s: &str, ms: &[Mention], i: usize, left: &str) -> Option<Vec<String>> {
    // Without 分别, a list of as many items as the figures joined right after it pairs the same
    // way (城镇、农村常住居民人均可支配收入21775元和8147元; 城乡低保标准提高到每月815元和615元),
    // when the figures are levels of one unit and not milestones passed (进出口总额接连突破8万亿元、
    // 9万亿元), and the items before the last are short (供热、燃气、排水管网 are not completed).
    let rate = matches!(ms[i].measure, Measure::GrowthRate | Measure::AvgGrowthRate);
    let mut cleaned = String::new();
    // A level held above (保持在99%、97%、98%以上) may be a milestone passed: see below.
    let mut passed = false;
    let (k, unsaid) = match rfind_respectively(left) {
        Some(k) => (k, false),
        None => {
            let n = group_len(s, ms, i);
            passed = (0..n).any(|k| matches!(ms[i + k].qualifier, Qualifier::AtLeast));
            let levels = (0..n).all(|k| {
                ms[i + k].unit_base == ms[i].unit_base && matches!(ms[i + k].measure, Measure::Amount | Measure::Ratio)
            });
            // Growth rates of one kind (旅游人数、旅游总收入年均增长26%、30.6%): each item's own.
            let growths =
                rate && (0..n).all(|k| ms[i + k].unit_base == ms[i].unit_base && ms[i + k].measure == ms[i].measure);
            if n < 2 || !(levels || growths) {
                return None;
            }
            cleaned = clean_left(left, false);
            (cleaned.len(), true)
        }
    };
    let text = if unsaid { cleaned.as_str() } else { left };
    let mut head = strip_leading(last_clause(text[..k].trim()));
    if let Some(m) = TRAILING_COMPARE.find(head) {
        head = &head[..m.start()];
    }
    if let Some(l) = WORDS.suffix(head, role::COMPARE | role::AVG) {
        head = &head[..head.len() - l];
    }
    // Without 分别 the change verb closes the list (…年均增长|35.5%和37.7%, 同比削减): not an item's.
    if unsaid && rate {
        while let Some(l) = WORDS
            .suffix(head, role::GROWTH | role::DECLINE | role::COMPARE | role::AVG)
            .filter(|&l| head[..head.len() - l].chars().count() >= 2)
        {
            head = &head[..head.len() - l];
        }
    }
    let n = group_len(s, ms, i);
    head = without_comparison(head);
    let mut items: Vec<String> =
        head.split(['、', '和', '及', '与']).map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect();
    ordinal_items(&mut items);
    // 新经济、绿色经济、制造业占地区生产总值比重: the share the last item names is every item's
    // (short items, 炼铁、炼钢先进产能占比, share the last item's head instead, below).
    let share_at = items.split_last().and_then(|(last, rest)| {
        let k = last.find('占').filter(|&k| k > 0)?;
        (!rest.is_empty() && rest.iter().all(|x| !x.contains('占') && x.chars().count() > 2)).then_some(k)
    });
    // 装备制造业、高新技术产业增加值: sectors (…业) listed before the last one's measure share it.
    let sector_measure_at = || {
        let (last, rest) = items.split_last()?;
        let l = measure_suffix(last).filter(|&l| l < last.len() && last[..last.len() - l].ends_with('业'))?;
        let sectors = rest.iter().all(|x| x.ends_with('业') && x.chars().count() > 2 && measure_suffix(x).is_none());
        (!rest.is_empty() && sectors).then_some(last.len() - l)
    };
    // 食品医药、新能源、新材料产业增加值分别增长…: short items with no measure of their own, before
    // a last item whose words after a modifier of the length of the item before it are a head
    // ending in an `owner` word (产业) and a measure, share that head and measure.
    let owner_head_at = || {
        let (last, rest) = items.split_last()?;
        let before = rest.last()?;
        let len = before.chars().count();
        let short = |x: &String| {
            (2..=4).contains(&x.chars().count())
                && x.chars().all(crate::lang::chars::is_han)
                && measure_suffix(x).is_none()
                && WORDS.suffix(x, role::OWNER).is_none()
        };
        let m = measure_suffix(last).filter(|&m| m < last.len())?;
        let from = last.char_indices().nth(len).map(|(k, _)| k).filter(|&k| k < last.len() - m)?;
        let head = &last[from..last.len() - m];
        let owned = head.chars().count() >= 2 && WORDS.suffix(head, role::OWNER).is_some();
        // (A list closed by 等 and a head, 食品、石化等产业增加值, gives its head below.)
        let closed = list_end(last).is_some();
        (!unsaid && !closed && rest.iter().all(short) && owned && !splits_a_word(last, len)).then_some(from)
    };
    if let Some(from) = share_at.or_else(sector_measure_at).or_else(owner_head_at) {
        share_last_tail(&mut items, from);
    }
    let shared_share = share_at.is_some();
    // (Shares, 小学、初中入学率, pair without 分别 only when the last item names the share.)
    // Growth rates pair whole items only (none of them completed from the last: 城乡居民人均可支配收入
    // is one item, not 城乡's parts; 小学、初中 reads a share).
    let whole =
        (rate || ms[i].measure == Measure::Ratio) && items.len() == n && items.iter().all(|x| x.chars().count() > 2);
    // Growth rates of short modifiers that share the last item's head pair too (城镇、农村居民人均
    // 可支配收入增长8%、12%: the head is the last item's words after a modifier of the first's length).
    let modifiers = rate && items.len() == n && shares_head(&items);
    // Levels at least reached pair only with as many whole items (学前三年毛入园率、九年义务教育
    // 巩固率、高中阶段毛入学率保持在99%、97%、98%以上): one thing passing milestones (进出口总额接连突破
    // 8万亿元、9万亿元) is no list.
    if unsaid && passed && !(items.len() == n && items.iter().all(|x| x.chars().count() > 2)) {
        return None;
    }
    if unsaid
        && !shared_share
        && !whole
        && !modifiers
        && (ms[i].measure != Measure::Amount
            || items.split_last().is_some_and(|(_, rest)| rest.iter().any(|x| x.chars().count() > 4)))
    {
        return None;
    }
    if let [one] = items.as_slice()
        && n >= 2
        && let Some((r, parts)) = WORDS.pair_in(one, n)
    {
        items = parts.iter().map(|p| format!("{}{p}{}", &one[..r.start], &one[r.end..])).collect();
    }
    if let Some(last) = items.last().cloned()
        && items.len() >= 2
        && let Some(e) = list_end(&last)
    {
        let shared = &last[e + '等'.len_utf8()..];
        let n_items = items.len();
        for (j, item) in items.iter_mut().enumerate() {
            let own = if j + 1 == n_items { &last[..e] } else { item.as_str() };
            *item = format!("{own}{shared}");
        }
    }
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    (n >= 2 && items.len() == n).then(|| {
        let items = complete_items(&items).into_iter().map(|x| drop_inner_report(strip_leading(&x))).collect();
        with_rate_owner(with_first_owner(items))
    })
}

/// Give the words of the last item from byte `from` on to every item before it (…制造业|占地区
/// 生产总值比重, 高新技术产业|增加值).
fn share_last_tail(items: &mut [String], from: usize) {
    if let Some((last, rest)) = items.split_last_mut() {
        for item in rest {
            item.push_str(&last[from..]);
        }
    }
}

/// The `list_measure` words of `dict/subject_words.tsv` (收入, 人数): measures a list names alone
/// after a first item that names their owner, not generic elsewhere.
static LIST_MEASURE: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::ListMeasure));

/// Whether `t` is a measure named alone: a generic word or a `list_measure` word.
fn bare_measure(t: &str) -> bool {
    WORDS.has(t, role::GENERIC) || LIST_MEASURE.iter().any(|w| w == t)
}

/// Length in bytes of the longest measure named alone (see [`bare_measure`]) that ends `t`.
fn measure_suffix(t: &str) -> Option<usize> {
    let listed = LIST_MEASURE.iter().filter(|w| t.ends_with(w.as_str())).map(String::len);
    WORDS.suffix(t, role::GENERIC).into_iter().chain(listed).max()
}

/// List items after the first that are a measure named alone measure what the first item's
/// owner does: 生产安全事故起数、死亡人数 -> 生产安全事故死亡人数; 原油产量、加工量 -> 原油加工量;
/// 旅游人数、收入 -> 旅游收入. The owner is the first item's words before its own measure,
/// without a verb that closes them (安全生产事故发生|起数); it must be no measure itself (利润、
/// 税金和营业收入 name three measures of one owner named before the list). An item with a
/// modifier of its own (工业投资、技改投资) is no bare measure and keeps its words.
fn with_first_owner(mut items: Vec<String>) -> Vec<String> {
    let Some(first) = items.first() else { return items };
    let Some(l) = measure_suffix(first).filter(|&l| l < first.len()) else { return items };
    let mut owner = &first[..first.len() - l];
    if let Some(v) = WORDS.suffix(owner, role::ANY_VERB).filter(|&v| v < owner.len()) {
        owner = &owner[..owner.len() - v];
    }
    // (An `occur` verb too: 生产安全事故发生|起数.)
    if let Some(w) = OCCUR.iter().find(|w| owner.ends_with(w.as_str()) && owner.len() > w.len()) {
        owner = &owner[..owner.len() - w.len()];
    }
    let fits = owner.chars().count() >= 2
        && !WORDS.has(owner, role::SCOPE | role::ANY_VERB)
        && measure_suffix(owner).is_none()
        && !owner.ends_with(['、', '和', '及']);
    if !fits {
        return items;
    }
    let owner = owner.to_string();
    for item in items.iter_mut().skip(1) {
        if bare_measure(item) {
            *item = format!("{owner}{item}");
        }
    }
    items
}

/// The `rate_end` words of `dict/subject_words.tsv` (率): the end of a rate's name.
static RATE_END: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::RateEnd));

/// Whether `t` is a rate named alone: two or three ideographs ending in a `rate_end` word
/// (处理率, 开工率), short enough to be a measure word with no owner of its own.
fn short_rate(t: &str) -> bool {
    (2..=3).contains(&t.chars().count())
        && t.chars().all(crate::lang::chars::is_han)
        && RATE_END.iter().any(|w| t.ends_with(w.as_str()))
}

/// The owner a rate named alone (`item`, see [`short_rate`]) takes from the rate item before it
/// in its list: that item's words before its own measure word, taken of the same length as
/// `item` (城市污水|收集率、处理率 -> 城市污水; 签约项目|履约率、开工率 -> 签约项目). The owner is
/// a noun of two characters or more that is no measure, rate, scope or verb itself.
fn rate_owner<'a>(first: &'a str, item: &str) -> Option<&'a str> {
    if !short_rate(item) || !RATE_END.iter().any(|w| first.ends_with(w.as_str())) {
        return None;
    }
    let n = item.chars().count();
    let cut = first.char_indices().rev().nth(n - 1)?.0;
    let owner = &first[..cut];
    let fits = owner.chars().count() >= 2
        && owner.chars().all(crate::lang::chars::is_han)
        && !WORDS.has(owner, role::SCOPE | role::ANY_VERB)
        && WORDS.suffix(owner, role::ANY_VERB).is_none()
        && measure_suffix(owner).is_none()
        && !RATE_END.iter().any(|w| owner.ends_with(w.as_str()))
        && !owner.ends_with(['、', '和', '及']);
    fits.then_some(owner)
}

/// Rates named alone after the first item of a list take the first item's owner (城市污水收集率、
/// 处理率 -> 城市污水处理率), each from the rate item right before it.
fn with_rate_owner(mut items: Vec<String>) -> Vec<String> {
    for j in 1..items.len() {
        if let Some(owner) = rate_owner(&items[j - 1], &items[j]) {
            items[j] = format!("{owner}{}", items[j]);
        }
    }
    items
}

/// Where the first 分别 of `t` starts. Asked of the text before every figure: 别 is found by
/// a search for one byte and 分 checked before it, where `str::find` would build a searcher
/// for the two characters at every call.
fn find_respectively(t: &str) -> Option<usize> {
    t.match_indices('别').map(|(k, _)| k).find(|&k| t[..k].ends_with('分')).map(|k| k - '分'.len_utf8())
}

/// Where the last 分别 of `t` starts (see [`find_respectively`]).
fn rfind_respectively(t: &str) -> Option<usize> {
    t.rmatch_indices('别').map(|(k, _)| k).find(|&k| t[..k].ends_with('分')).map(|k| k - '分'.len_utf8())
}

/// The words after 分别 that belong to each subject of its list: an absolute change keeps its
/// verb (参保人数分别增加X、Y), a share its denominator (存贷款余额分别占全省X、Y).
fn after_respectively<'a>(m: &Mention, left: &'a str) -> &'a str {
    let tail = rfind_respectively(left).map_or("", |k| strip_links(left[k + "分别".len()..].trim()));
    let change = m.measure == Measure::Amount && WORDS.has(tail, role::GROWTH | role::DECLINE);
    let share = m.measure == Measure::Ratio && tail.starts_with('占');
    // 第一、二、三产业分别实现增加值X、Y、Z: the measure each item has.
    let generic = strip_leading(tail);
    if change || share {
        tail
    } else if m.measure == Measure::Amount && WORDS.has(generic, role::GENERIC) {
        generic
    } else {
        ""
    }
}

/// The `threshold` words of `dict/subject_words.tsv` (以上, 以下 …), longest first.
static THRESHOLD: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Threshold));

/// A subject that is only a category threshold: a figure with its unit and a `threshold` word
/// of `dict/subject_words.tsv` (10 亿元以上, 5000万元以下).
static THRESHOLD_ONLY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    let words: Vec<String> = THRESHOLD.iter().map(|w| regex::escape(w)).collect();
    regex::Regex::new(&format!(r"^[0-9０-９.．]+\s?[万亿千百]*\s?[\p{{Han}}]{{0,2}}\s?(?:{})$", words.join("|")))
        .expect("escaped words make a valid regex")
});

/// The noun a counter unit is made of (万贫困人口 -> 贫困人口, 万农民 -> 农民): a count whose unit,
/// without its magnitude word, is a word of two characters or more other than its base.
fn counted_in_unit(m: &Mention) -> Option<&str> {
    if m.dimension != Dimension::Count {
        return None;
    }
    let noun = m.unit.trim_start_matches(['万', '亿', '千', '百', '十', ' ']);
    let fits = noun.chars().count() >= 2
        && noun != m.unit_base
        && !noun.starts_with('个')
        && noun.chars().all(crate::lang::chars::is_han);
    fits.then_some(noun)
}

/// The noun a population is named with (147万人脱贫 -> 脱贫人口).
const PEOPLE: &str = "人口";

/// Whether figure `m` counts people by the bare counter 人 (人, 万人, 余人: no noun in its unit).
fn bare_people(m: &Mention) -> bool {
    m.unit.trim_start_matches(['万', '亿', '千', '百', '余', '多', ' ']) == "人" && m.unit_base == "人"
}

/// The `problem` words of `dict/subject_words.tsv` (问题).
static PROBLEM: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Problem));

/// People counted between a verb and the problem it solves for them (解决了83万人|饮水安全问题,
/// 再解决15万农村群众|饮水安全问题, 解决6万农村人口|的饮水安全问题): the population whose problem it
/// was, named by the verb and the problem (解决饮水安全问题的人口, 解决饮水安全问题的农村群众). The
/// problem closes the clause, with no figure, list or second noun in it.
fn solved_for(s: &str, m: &Mention, left: &str) -> Option<String> {
    let people = counted_in_unit(m).or_else(|| bare_people(m).then_some(PEOPLE))?;
    let rest = s.get(m.q_end..)?;
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    let problem = rest[..rest.find(is_clause_break).unwrap_or(rest.len())].trim();
    // (Not a second group's problem: 696万农村居民|及师生饮水安全问题.)
    let fits = (3..=12).contains(&problem.chars().count())
        && PROBLEM.iter().any(|w| problem.ends_with(w.as_str()))
        && !problem.contains(['、', '和', '及', '与', '的'])
        && !problem.chars().any(|c| crate::lang::numerals::digit(c).is_some());
    let left = left.trim_end().trim_end_matches('了');
    let l = WORDS.suffix(left, role::KEEP | role::VERB).filter(|_| fits)?;
    // (One character before the verb that is no listed word stays with it: 新解决, not 再解决.)
    let before = &left[..left.len() - l];
    let own = before.chars().count() == 1 && !WORDS.has(before, u32::MAX);
    let verb = if own { left } else { &left[left.len() - l..] };
    Some(format!("{verb}{problem}的{people}"))
}

/// Whether figure `m` counts people (人, 万人, 余人: no noun in its unit) and `subject` is only
/// the short predicate right after it, closing its clause or list item (147万人|脱贫、).
fn people_by_predicate(s: &str, m: &Mention, subject: &str) -> bool {
    // (Asked of every figure: the predicate is looked for only when the unit counts people.)
    if !bare_people(m) || subject.ends_with(PEOPLE) {
        return false;
    }
    let after = &s[m.q_end..];
    // (A scope or time before the figure may stand first: 全市|6万余人|受灾 -> 全市受灾人口.)
    let predicate = subject.char_indices().map(|(k, _)| k).find_map(|k| {
        let (head, p) = subject.split_at(k);
        let closes =
            after.strip_prefix(p).is_some_and(|r| r.chars().next().is_none_or(|c| is_clause_break(c) || c == '、'));
        (closes && (head.is_empty() || WORDS.has(head, role::SCOPE | role::TIME))).then_some(p)
    });
    predicate.is_some_and(|p| (2..=6).contains(&p.chars().count()) && !p.contains(['了', '的']))
}

/// Whether `subject` ends with the first words (two characters or more) of `after`, the text
/// right after a figure: the subject holds the figure's predicate.
fn ends_with_text_after(subject: &str, after: &str) -> bool {
    let first_clause = after.split(is_clause_break).next().unwrap_or("");
    first_clause
        .char_indices()
        .skip(2)
        .map(|(k, _)| k)
        .chain(std::iter::once(first_clause.len()))
        .any(|k| first_clause.get(..k).is_some_and(|w| w.chars().nth(1).is_some() && subject.ends_with(w)))
}

/// The way out of poverty (adverbs before it allowed) that closes the clause at `at`: 出列,
/// 全部摘帽 (`exit` in dict/subject_words.tsv).
fn exit_after(s: &str, at: usize) -> Option<&str> {
    let rest = s.get(at..)?;
    exit_at(rest).map(|l| &rest[..l])
}

/// Whether the subject `x` of a count followed by a way out of poverty `p` holds a verb that
/// governs it (帮助脱贫: helped out of poverty), and so keeps its reading (帮助脱贫的贫困人口).
fn exit_governed(x: &str, p: &str) -> bool {
    let head = x.strip_suffix(p).unwrap_or(x);
    !head.is_empty() && WORDS.prefix(head, role::ANY_VERB | role::PREVERB | role::STEER).is_some()
}

/// The whole that figure `i` counts a part of, when it has no noun of its own: the noun of the
/// figure right before, ended by an existential verb or 中 (12项主要指标|有|7项, 68项绩效评价指标
/// |中，预计|52项), or the whole of the part before when only its predicate and lead words stand
/// between them (52项进入全省前十，其中|17项). Same counter only.
fn whole_of<'a>(
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
fn only_exist(t: &str) -> bool {
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
fn part_predicate(s: &str, at: usize) -> Option<&str> {
    let rest = s.get(at..)?;
    let p = rest[..rest.find(is_clause_break).unwrap_or(rest.len())].trim();
    let plain = !p.contains(|c: char| crate::lang::numerals::digit(c).is_some() || c == '、');
    let starts = p.chars().next().is_some_and(|c| crate::lang::chars::is_han(c) && !crate::lang::chars::is_blank(c));
    (plain && starts && p.chars().count() <= 20).then_some(p)
}

/// The change verb that closes the words before a figure (五年增长|1.2倍), links left out.
fn change_verb(raw: &str) -> Option<&str> {
    let t = strip_links(raw.trim_end());
    let l = WORDS.suffix(t, role::GROWTH | role::DECLINE)?;
    Some(&t[t.len() - l..])
}

/// The subject `p` of the figure `m` before, for a figure `this` that continues it: a multiple's
/// change verb is left out (五年增长1.2倍，年均增长12.8% is about 生产总值, not 生产总值增长), and
/// so is an absolute change's before a growth rate (民生支出133亿元，增支15亿元，增长13%: the rate
/// is the level's, 民生支出, not its change's).
fn before_multiple<'a>(m: &Mention, this: &Mention, p: &'a str) -> &'a str {
    let change = m.measure == Measure::Amount && this.measure == Measure::GrowthRate && m.unit_base != "%";
    match WORDS.suffix(p, role::GROWTH | role::DECLINE) {
        Some(l) if (m.unit_base == "倍" || change) && p[..p.len() - l].chars().count() >= 2 => &p[..p.len() - l],
        _ => p,
    }
}

/// What the counted things own and what became of it, when the noun after a counter is a
/// possessor (4个村|的安全饮水工程顺利完工 -> 安全饮水工程顺利完工, named 安全饮水工程顺利完工的村):
/// 的, a noun of two characters or more, then a verb that closes the clause with no figure in it.
fn possessed_after(s: &str, at: usize, next_figure: Option<usize>) -> Option<&str> {
    let rest = s.get(at..)?.strip_prefix('的')?;
    let end = rest.find(is_clause_break).unwrap_or(rest.len());
    let p = rest[..end].trim();
    let figure = p.chars().any(|c| crate::lang::numerals::digit(c).is_some())
        || next_figure.is_some_and(|k| k >= at && k < at + end + '的'.len_utf8());
    if figure || p.contains(['、', '的', '“']) || p.chars().count() > 20 {
        return None;
    }
    let roles = role::ANY_VERB | role::GROWTH | role::DECLINE | role::ADVERB;
    // (得到 opens what the thing underwent: 基本生活|得到保障.)
    let undergo = |r: &str| UNDERGO.iter().any(|w| r.starts_with(w.as_str()));
    let (j, _) = p.char_indices().skip(2).find(|&(j, _)| WORDS.prefix(&p[j..], roles).is_some() || undergo(&p[j..]))?;
    // A verb alone at the end is the owned thing's work (道路及公共客运系统|建设), no predicate:
    // an adverb or an object must go with it (顺利完工, 得到解决).
    let pred = &p[j..];
    let alone =
        WORDS.prefix(pred, role::ADVERB).is_none() && WORDS.prefix(pred, roles).is_some_and(|l| l == pred.len());
    (WORDS.prefix(p, role::ANY_VERB | role::PREP | role::REPORT).is_none() && !alone).then_some(p)
}

/// Whether `t` ends with a counted noun of two characters or more (`noun` in dict/units.tsv:
/// 家庭, 居民, 人才, 企业).
fn ends_in_counted_noun(t: &str) -> bool {
    let counted = |w: &str| super::units::UNITS.units.get(w).is_some_and(|e| e.kind == crate::lexicon::UnitKind::Noun);
    t.char_indices().rev().take(4).map(|(k, _)| &t[k..]).any(|w| w.chars().nth(1).is_some() && counted(w))
}

/// The noun after a counter that a preposition before the figure governs (对|100个|工业项目靶向施策、
/// 精准发力), when it runs to the end of its clause: a preposition's object is followed by the
/// verb phrase of its clause, so the noun read that far holds that phrase, one with no listed
/// verb. The noun ends at its last head (a `works_head` of dict/subject_words.tsv, 项目, 工程, or a
/// counted noun of dict/units.tsv) that three characters or more follow: 工业项目.
fn governed_head(noun: &str) -> &str {
    let head = |k: usize| {
        let t = &noun[..k];
        WORKS_HEAD.iter().any(|h| t.ends_with(h.as_str())) || ends_in_counted_noun(t)
    };
    // (A short noun after the head is one of its own: 5户市属优势大企业|集团.)
    let k = noun.char_indices().map(|(k, _)| k).rfind(|&k| k > 0 && noun[k..].chars().nth(2).is_some() && head(k));
    k.map_or(noun, |k| &noun[..k])
}

/// What the counted things own and what became of it, with no 的 between them (确保1万户|
/// 低收入家庭住房条件|得到改善, 12万居民|住房条件|得到改善): the possessed thing, then what it
/// underwent (`undergo`: 得到, closing the clause, no figure), names the possessors as with 的
/// (住房条件得到改善的低收入家庭; 住房条件得到改善的居民, …的人口 for a bare 人). The possessor is the
/// counter's own noun (万居民) or, inside the noun after the counter, the last counted noun of
/// dict/units.tsv (家庭, 农户, 企业) that a thing of two characters or more follows.
fn possessor_underwent(s: &str, m: &Mention, noun: &str, end: usize, next_figure: Option<usize>) -> Option<String> {
    let rest = s.get(end..)?;
    if !UNDERGO.iter().any(|w| rest.starts_with(w.as_str())) {
        return None;
    }
    let stop = end_over_asides(rest);
    let pred = rest[..stop].trim();
    let figure = pred.chars().any(|c| crate::lang::numerals::digit(c).is_some())
        || next_figure.is_some_and(|k| k >= end && k < end + stop);
    if figure || pred.contains(['、', '的']) || !(3..=12).contains(&pred.chars().count()) {
        return None;
    }
    let own = counted_in_unit(m).or_else(|| bare_people(m).then_some(PEOPLE));
    let ends_counted = ends_in_counted_noun;
    // (A noun that is itself people, 企业退休人员, owns nothing: its head is the things counted.)
    if noun.chars().count() < 2 || ends_counted(noun) {
        return None;
    }
    let (possessor, thing) = match own {
        Some(p) => (p, noun),
        None => {
            let k = noun
                .char_indices()
                .map(|(k, _)| k)
                .rfind(|&k| k > 0 && noun[k..].chars().nth(1).is_some() && ends_counted(&noun[..k]))?;
            (&noun[..k], &noun[k..])
        }
    };
    Some(format!("{thing}{pred}的{possessor}"))
}

/// `p` without the change verb that closes it (高速公路通车里程增加 -> 高速公路通车里程).
fn without_change(p: &str) -> &str {
    match WORDS.suffix(p, role::GROWTH | role::DECLINE) {
        Some(l) if p[..p.len() - l].chars().count() >= 2 => &p[..p.len() - l],
        _ => p,
    }
}

/// The predicate that closes the clause right after a counted noun (6个乡镇文化站|实现达标建设,
/// 34条线路|降低票价): a verb phrase of a few characters with no figure in it. Not one that a
/// preposition opens (47个市直部门|向县区下放事权; a passive designation, 6个村|被评为…, is a verb).
fn predicate_after(s: &str, at: usize, next_figure: Option<usize>) -> Option<&str> {
    let rest = s.get(at..)?;
    let end = end_over_asides(rest);
    let p = rest[..end].trim();
    // (Several predicates, 实现全程网办、不见面审批, report what the things achieved.) A figure
    // of its own in the predicate (digits that start the next row) is a row of its own; a number that is none, a rank or an
    // ordinal in a name (入选广西民营企业100强, 入选第五批…名录), is part of the predicate.
    let figure = p.chars().any(|c| crate::lang::numerals::digit(c).is_some())
        && next_figure.is_some_and(|k| k >= at && k < at + end);
    // (Nor one cut inside a quote or a bracket: 被命名为“全国双拥模范城（县）”.)
    let open = p.matches('“').count() != p.matches('”').count();
    if figure || open || p.contains('、') || p.chars().count() > 20 || WORDS.prefix(p, role::PREP).is_some() {
        return None;
    }
    // A verb with an object (实现|达标建设, 降低|票价); not a verb alone that says how the
    // counted things fared (全面完成, 动态清零, 挂牌运行, 建设): that is their status.
    let mut v = p;
    while let Some(l) = WORDS.prefix(v, role::ADVERB | role::PREVERB).filter(|&l| l < v.len()) {
        v = &v[l..];
    }
    let l = WORDS.prefix(v, role::ANY_VERB | role::GROWTH | role::DECLINE)?;
    // A verb of completion or creation (完成股权多元化改革, 实现全覆盖, 建成通车) reports what
    // became of the counted things, as 全面完成 does.
    let verb = &v[..l];
    if WORDS.has(verb, role::REPORT_INSIDE)
        || (WORDS.has(verb, role::KEEP) && !WORDS.has(verb, role::GROWTH | role::DECLINE))
    {
        return None;
    }
    let object = v[l..].trim_start_matches('了');
    let verb_only = WORDS.prefix(object, role::ANY_VERB).is_some_and(|k| k == object.len());
    (object.chars().count() >= 2 && !verb_only).then_some(p)
}

/// Where the clause that `t` opens ends: at its first clause break, read through a short aside
/// in brackets (up to six characters, no break inside) that the words go on after (列入自治区上市
/// （挂牌）后备企业资源库).
fn end_over_asides(t: &str) -> usize {
    let mut from = 0;
    loop {
        let Some(k) = t[from..].find(is_clause_break).map(|k| from + k) else { return t.len() };
        let Some(inner) = t[k..].strip_prefix(['（', '(']) else { return k };
        let Some(close) = inner.find(['）', ')']) else { return k };
        let aside = &inner[..close];
        let after = &inner[close..];
        let after = &after[after.chars().next().map_or(0, char::len_utf8)..];
        let short = aside.chars().count() <= 6 && !aside.contains(is_clause_break);
        if !short || !after.starts_with(crate::lang::chars::is_han) {
            return k;
        }
        from = t.len() - after.len();
    }
}

/// The predicate that closes the clause after the noun a share is of (60%的大中型矿山|达到自治区级
/// 绿色矿山建设标准, 47%的街镇|实现“无违”创建): adverbs, then a verb and its object, with no figure
/// of its own, no list (、 outside quotes) and no preposition first; up to 24 characters.
fn share_predicate(s: &str, at: usize, next_figure: Option<usize>) -> Option<&str> {
    let rest = s.get(at..)?;
    let end = rest.find(is_clause_break).unwrap_or(rest.len());
    let p = rest[..end].trim();
    let figure = p.chars().any(|c| crate::lang::numerals::digit(c).is_some())
        || next_figure.is_some_and(|k| k >= at && k < at + end);
    let open = p.matches('“').count() != p.matches('”').count();
    let mut depth = 0i32;
    let listed = p.chars().any(|c| {
        depth += i32::from(c == '“') - i32::from(c == '”');
        c == '、' && depth == 0
    });
    if figure || open || listed || p.chars().count() > 24 || WORDS.prefix(p, role::PREP).is_some() {
        return None;
    }
    let v = without_adverbs(p);
    let l = WORDS.prefix(v, role::ANY_VERB | role::GROWTH | role::DECLINE)?;
    let object = v[l..].trim_start_matches('了');
    (object.chars().count() >= 2).then_some(p)
}

/// `t` without the adverbs, preverbs and lead words that open it (重点实施 -> 实施, 确保达到 -> 达到),
/// never to nothing.
fn without_adverbs(t: &str) -> &str {
    let mut v = t;
    loop {
        let before = v.len();
        while let Some(l) = WORDS.prefix(v, role::ADVERB | role::PREVERB | role::LEAD).filter(|&l| l < v.len()) {
            v = &v[l..];
        }
        // (重点实施: a focus word before a verb.)
        if let Some(l) = focus_at(v).filter(|&l| WORDS.prefix(&v[l..], role::ANY_VERB).is_some()) {
            v = &v[l..];
        }
        if v.len() == before {
            return v;
        }
    }
}

/// `t` without a comparison that closes it (城乡居民收入|与经济增长保持同步): what follows the last
/// 与, when a reporting or linking verb stands in it, is no list item.
fn without_comparison(t: &str) -> &str {
    match t.rfind('与') {
        Some(k)
            if k > 0 && {
                let tail = &t[k + '与'.len_utf8()..];
                tail.char_indices().skip(1).any(|(j, _)| WORDS.prefix(&tail[j..], role::REPORT | role::LINK).is_some())
            } =>
        {
            &t[..k]
        }
        _ => t,
    }
}

/// The noun the next item counts, for a figure whose words are only a verb (or a verb and an
/// ordinal batch: 完成第四批|16个) and that a 、 joins to an item made of a verb, a figure of the
/// same unit and a noun (、建成10个垃圾资源化利用设施). Not when the figure names its own noun
/// (新建城市公园6个、建成100个口袋公园), nor when the next item has no verb (项目88个、合同金额…).
fn shared_item_noun<'a>(s: &str, ms: &[Mention], rights: &[Right<'a>], i: usize, left: &str) -> Option<&'a str> {
    let (m, next, r) = (&ms[i], ms.get(i + 1)?, rights.get(i + 1)?);
    let verb = WORDS.prefix(left, role::ANY_VERB).unwrap_or(0);
    if !(verb == left.len() || is_batch(&left[verb..])) || rights[i].milestone || !rights[i].noun.is_empty() {
        return None;
    }
    if m.unit != next.unit || m.dimension != Dimension::Count || r.noun.is_empty() || r.of || r.milestone {
        return None;
    }
    let item = between(s, m.q_end, next.q_start).strip_prefix('、')?;
    let l = WORDS.prefix(item, role::ANY_VERB)?;
    (l == item.len() || is_batch(&item[l..])).then_some(r.noun)
}

/// An ordinal batch, round or phase (第四批, 第2期, 第五轮): 第, a numeral, one character.
fn is_batch(t: &str) -> bool {
    let Some(r) = t.strip_prefix('第') else { return false };
    let n = r.chars().take_while(|&c| crate::lang::numerals::cn_digit(c).is_some() || c.is_ascii_digit()).count();
    n >= 1 && r.chars().count() == n + 1
}

/// Ordinals written once for a list (第一、二、三产业): every item takes the 第 of the first.
fn ordinal_items(items: &mut [String]) {
    let numeral = |c: char| crate::lang::numerals::cn_digit(c).is_some();
    let Some(first) = items.first() else { return };
    let ordinal = first.strip_prefix('第').is_some_and(|r| r.chars().count() == 1 && r.chars().all(numeral));
    if !ordinal {
        return;
    }
    for item in items.iter_mut().skip(1) {
        if item.chars().next().is_some_and(numeral) {
            *item = format!("第{item}");
        }
    }
}

/// Whether cutting `last` after `len` characters splits a word that joins two things (进出口总额
/// is no 进出 + 口总额; 城乡居民 may be cut after 城乡, itself such a word).
fn splits_a_word(last: &str, len: usize) -> bool {
    let cut = last.char_indices().nth(len).map_or(last.len(), |(k, _)| k);
    last.char_indices().take_while(|&(j, _)| j < cut).any(|(j, _)| {
        WORDS.prefix(&last[j..], role::PAIR).is_some_and(|l| j + l > cut) && !WORDS.has(&last[j..cut], role::PAIR)
    })
}

/// Whether the items before the last are modifiers of two characters that the last item's head
/// (four characters or more after a modifier of that length) completes: 城镇、农村居民人均可支配收入.
/// Two bare nouns (投资、消费) have no such head; a longer first item (规上工业) is no modifier.
fn shares_head(items: &[String]) -> bool {
    let Some((last, rest)) = items.split_last() else { return false };
    !rest.is_empty()
        && rest.iter().all(|x| x.chars().count() == 2 && x.chars().all(crate::lang::chars::is_han))
        && last.chars().count() >= 6
        && !splits_a_word(last, 2)
}

/// Complete short list items that share the head of the last one: 城镇和农村居民人均可支配收入
/// -> 城镇居民人均可支配收入, 农村居民人均可支配收入; 一、二、三产业增加值 -> 一产业增加值 ….
/// Only items of one or two characters, all of the same length as the last item's modifier.
fn complete_items(items: &[&str]) -> Vec<String> {
    let Some((last, rest)) = items.split_last() else { return vec![] };
    // 基本养老、医疗保险参保率: an item's own 基本 is not part of the modifier shared in length.
    let core = |x: &str| {
        let k = x.char_indices().skip(1).map(|(k, _)| k).find(|&k| WORDS.has(&x[..k], role::PREVERB)).unwrap_or(0);
        x[k..].chars().count()
    };
    let len = rest.first().map_or(0, |x| core(x));
    let mut short = !rest.is_empty() && (1..=2).contains(&len) && rest.iter().all(|x| core(x) == len);
    // 国家、省重点实验室: the last item's modifier is a tier of its own length.
    let tier = WORDS.prefix(last, role::TIER).filter(|_| rest.iter().all(|x| WORDS.has(x, role::TIER)));
    let len = match tier {
        Some(l) => {
            short = true;
            last[..l].chars().count()
        }
        None => len,
    };
    let head: String = last.chars().skip(len).collect();
    if !short || head.chars().count() < 2 || splits_a_word(last, len) {
        // 困难残疾人生活补贴、重度残疾人护理补贴标准: the words after the items' common ending
        // (补贴) in the last item (标准) are the whole list's.
        if let Some(tail) = shared_tail(rest, last) {
            let mut out: Vec<String> = rest.iter().map(|x| format!("{x}{tail}")).collect();
            out.push((*last).to_string());
            return out;
        }
        return items.iter().map(|x| (*x).to_string()).collect();
    }
    // 专利和发明专利授权量: the head already starts with the short item (专利授权量).
    let mut out: Vec<String> =
        rest.iter().map(|x| if head.starts_with(x) { head.clone() } else { format!("{x}{head}") }).collect();
    out.push((*last).to_string());
    out
}

/// The words that end the last list item after the ending (two characters) all other items
/// share, when they are a short noun tail the others lack (补贴 + 标准); None otherwise.
fn shared_tail<'a>(rest: &[&str], last: &'a str) -> Option<&'a str> {
    let first = rest.first()?;
    let cut = first.char_indices().rev().nth(1)?.0;
    let ending = &first[cut..];
    if first.chars().count() < 3 || !rest.iter().all(|x| x.ends_with(ending) && x.chars().count() >= 3) {
        return None;
    }
    let k = last.rfind(ending)? + ending.len();
    let tail = &last[k..];
    let n = tail.chars().count();
    let noun = tail.chars().all(crate::lang::chars::is_han)
        && WORDS.prefix(tail, role::ANY_VERB | role::GROWTH | role::DECLINE | role::TIME | role::LINK).is_none();
    ((1..=3).contains(&n) && noun && k > ending.len()).then_some(tail)
}

/// The list items of the clause before `from` (企业退休人员基本养老金、城镇低保标准…再次提高),
/// with the verb phrase that closes it left out; for a `分别` list whose subjects stand in the
/// clause before the figures.
fn previous_clause_items(s: &str, floor: usize, from: usize) -> Vec<String> {
    let t = between(s, floor, from).trim_end_matches(['，', ',']);
    let end = floor + t.len();
    let start = over_aside(s, clause_start(s, floor, end), end).max(floor);
    // 接待游客1850万人次、旅游花费110亿元，分别增长…: each item without its own figure.
    let items: Vec<&str> = between(s, start, floor + t.len())
        .split('、')
        .map(|x| x.find(|c: char| crate::lang::numerals::digit(c).is_some()).map_or(x, |k| &x[..k]))
        .collect();
    let joined = items.join("、");
    let mut c = without_comparison(joined.as_str());
    loop {
        let before = c.len();
        for roles in [role::GROWTH | role::DECLINE | role::ANY_VERB, role::ADVERB | role::LINK] {
            if let Some(l) = WORDS.suffix(c, roles)
                && l < c.len()
            {
                c = &c[..c.len() - l];
            }
        }
        if c.len() == before {
            break;
        }
    }
    let c = strip_leading(c);
    // 投资、消费、进出口总额均实现翻番: the predicate that 均 (all of them) opens after the last
    // item is not part of it.
    let last_at = c.rfind('、').map_or(0, |k| k + '、'.len_utf8());
    let all_at = last_at + first_word(&c[last_at..], role::LINK);
    let c = if c[all_at..].starts_with('均') { &c[..all_at] } else { c };
    let items: Vec<&str> = c
        .split(['、', '和', '及', '与'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(|x| strip_links(strip_leading(x)))
        .collect();
    with_rate_owner(with_first_owner(complete_items(&items)))
}

/// Fill `subject` and `indicator` of every mention.
///
/// (Longer than 100 lines on purpose: one ladder of cases, nearest construction first, that
/// read and write the state shared along the figures of a sentence: the subjects paired ahead
/// by a `分别` list (`pairs`) and the verb each figure carries to the next (`verbs`). Each
/// branch is commented with the construction it handles.)
pub fn link(cx: &Document, ms: &mut [Mention]) {
    let s = cx.s();
    let rights = rights(s, ms);
    let mut pairs: Vec<Option<String>> = vec![None; ms.len()];
    let mut verbs: Vec<Option<String>> = vec![None; ms.len()];
    // The whole each part is counted in (12项主要指标有|7项…): see [`whole_of`].
    let mut wholes: Vec<Option<&str>> = vec![None; ms.len()];
    // The subjects of the last `分别` list, with its sentence.
    let mut listed: Option<(Option<crate::lang::text::Line>, Vec<String>)> = None;
    let mut prev_sentence = None;
    // What happened, counted by its occurrences in the figure before (生产安全事故): see [`occurrences`].
    let mut occurred: Option<String> = None;
    for i in 0..ms.len() {
        let prev_end = i.checked_sub(1).map(|j| {
            let none = rights[j].noun.is_empty() && !rights[j].milestone;
            if none || rights[j].end > ms[i].q_start { ms[j].q_end } else { rights[j].end }
        });
        let (from, after_prev) = left_of(s, ms, i, prev_end);
        let sentence = cx.sentence_at(ms[i].start);
        // (The figure before's sentence, found at the last step: not searched for again.)
        let same_sentence = i > 0 && prev_sentence == sentence;
        prev_sentence = sentence;
        let raw = drop_reference_marks(&s[from..ms[i].q_start]);
        let list_sep = after_prev && raw.trim_start_matches(crate::lang::chars::is_inline_space).starts_with('、');
        let (raw, sep) = if after_prev { strip_separator(&raw) } else { (raw.as_ref(), false) };
        if let Some(p) = pairs[i].take() {
            ms[i].subject = Some(p);
            continue;
        }
        if ms[i].range_hi && i > 0 {
            ms[i].subject = ms[i - 1].subject.clone();
            verbs[i] = verbs[i - 1].clone();
            continue;
        }
        if let Some(list) = respectively(s, ms, i, raw) {
            let tail = after_respectively(&ms[i], raw);
            for (k, subj) in list.iter().enumerate() {
                pairs[i + k] = Some(format!("{subj}{tail}"));
            }
            listed = Some((sentence, list));
            ms[i].subject = pairs[i].take();
            continue;
        }
        // 12项主要指标有|7项|提前完成: a part of the things counted before, named by what it did
        // (提前完成的主要指标).
        if let Some(whole) = whole_of(s, ms, &rights, &wholes, i) {
            wholes[i] = Some(whole);
            ms[i].subject = Some(match part_predicate(s, ms[i].q_end) {
                Some(p) => format!("{p}的{whole}"),
                None => whole.to_string(),
            });
            continue;
        }
        let strip_growth =
            matches!(ms[i].measure, Measure::GrowthRate | Measure::AvgGrowthRate) || ms[i].unit_base == "倍";
        let mut left = clean_left(raw, strip_growth);
        // The 等 that closes examples the figure before took as its noun (晨光30万吨硅基及气凝胶
        // 一期|等|6个项目) is no part of this one's.
        if left.starts_with('等') && WORDS.prefix(&left, role::COMPOUND).is_none() {
            left.drain(..'等'.len_utf8());
        }
        // A multiple after a change verb (五年增长1.2倍) is the size of the change: like an
        // absolute change, its subject keeps the verb (生产总值增长), without the span or the
        // base of the change.
        if ms[i].unit_base == "倍"
            && let Some(verb) = change_verb(raw)
        {
            left.push_str(verb);
        }
        let nothing_before = left.is_empty() || WORDS.has(&left, role::ANY_VERB | role::LEAD | role::PREP);
        let exist_before = only_exist(&left);
        let plain = left.is_empty() || WORDS.has(&left, role::LEAD | role::EXIST);
        let solved = solved_for(s, &ms[i], &left);
        // A list of as many figures right after a `分别` list, with no subject of its own, is
        // about the same items (城乡居民人均可支配收入分别达X、Y，增长A、B).
        if let Some((_, list)) = listed.as_ref().filter(|(at, list)| {
            let bare = left.is_empty() || WORDS.has(strip_compare(&left), role::GROWTH | role::DECLINE);
            *at == sentence && bare && list.len() == group_len(s, ms, i)
        }) {
            for (k, subj) in list.iter().enumerate() {
                pairs[i + k] = Some(format!("{subj}{left}"));
            }
            ms[i].subject = pairs[i].take();
            continue;
        }
        // 分别 with the subjects in the clause before (…环卫工人工资再次提高，月人均分别提高221元、
        // 90元…): each item with this clause's own words.
        if find_respectively(raw).is_some() {
            let n = group_len(s, ms, i);
            let floor = sentence.map_or(from, |l| l.start);
            // The figures before it in the sentence, as many as the 分别 group, each with a
            // subject of its own (接待游客1.38亿人次，旅游总消费1874亿元，分别增长26.7%、34.7%): in
            // order, the change of each (26.7% was 旅游总消费, the nearest subject, for both). Read
            // before the words of the clause before, which those figures cut (接待游客超2700万人次、
            // 实现收入320亿元，同比分别增长… was `接待游客超` and `收入`, not 接待游客 and 旅游收入).
            let head = left.replace("分别", "");
            let bare = head.is_empty() || WORDS.has(strip_compare(&head), role::GROWTH | role::DECLINE);
            if n >= 2 && i >= n && bare && amounts_before(cx, ms, i, n, sentence) {
                for k in 0..n {
                    pairs[i + k] = ms[i - n + k].subject.clone().map(|x| format!("{x}{head}"));
                }
                ms[i].subject = pairs[i].take();
                continue;
            }
            let mut items = previous_clause_items(s, floor, from);
            // One item holding a pair word (城乡居民收入…，年均分别增长X和Y): its parts, when the
            // clause before has no figure of its own (城乡低保覆盖到35万人，…分别提高 is about
            // something else).
            let own_figure = between(s, floor, from).chars().any(|c| crate::lang::numerals::digit(c).is_some());
            if let [one] = items.as_slice()
                && n >= 2
                && !own_figure
                && let Some((r, parts)) = WORDS.pair_in(one, n)
            {
                items = parts.iter().map(|p| format!("{}{p}{}", &one[..r.start], &one[r.end..])).collect();
            }
            if n >= 2 && items.len() == n {
                let head = left.replace("分别", "");
                for (k, item) in items.into_iter().enumerate() {
                    pairs[i + k] = Some(format!("{item}{head}"));
                }
                ms[i].subject = pairs[i].take();
                continue;
            }
        } else if i > 0
            && left.is_empty()
            && WORDS.has(
                strip_compare(raw.trim_matches(|c: char| is_clause_break(c) || crate::lang::chars::is_blank(c))),
                role::GROWTH | role::DECLINE,
            )
        {
            // The same without 分别 when the growth figures are joined by 和 (接待游客2.73亿人次、实现
            // 收入4140亿元，增长18.6%和23.4%: 18.6% was 收入, the nearest subject, for both).
            let n = group_len(s, ms, i);
            let joined = (i..i + n - 1).all(|j| between(s, ms[j].q_end, ms[j + 1].q_start).trim() == "和");
            if n == 2 && i >= n && joined && amounts_before(cx, ms, i, n, sentence) {
                for k in 0..n {
                    pairs[i + k] = ms[i - n + k].subject.clone().map(|x| format!("{x}{left}"));
                }
                ms[i].subject = pairs[i].take();
                continue;
            }
        }
        let right = rights[i];
        let prev_verb = if same_sentence { verbs[i - 1].clone() } else { None };
        let subject = if right.of {
            // 投资3500万元的二三级供水管网改造、3800万元的背街巷道改造 -> …改造投资.
            // 启动投资1.3亿元的…堤防工程: the verb acts on the works, not on the investment (…工程投资).
            // (实施总投资1017亿元的…247项城建工程: the investment of the things counted, whatever
            // the words before its measure.)
            let total = COUNTED_TOTAL.iter().filter(|w| left.ends_with(w.as_str())).map(String::len).max();
            let measure = total.or_else(|| WORDS.suffix(&left, role::GENERIC)).map(|l| &left[left.len() - l..]);
            let own = match (WORDS.prefix(&left, role::ANY_VERB), measure) {
                (_, Some(w)) if right.counted => w.to_string(),
                (Some(l), _) if WORDS.has(&left[l..], role::GENERIC) => left[l..].to_string(),
                _ => left.clone(),
            };
            let word = if left.is_empty() && (sep || after_prev) { prev_verb.clone() } else { Some(own) };
            verbs[i] = word.clone().filter(|w| !w.is_empty() && !right.counted);
            Some(format!("{}{}", right.noun, word.unwrap_or_default()))
        } else if !right.noun.is_empty() {
            // 3个省级、7个州级民族团结进步示范县市: a tier alone counts the next item's noun.
            let next_head = ms.get(i + 1).zip(rights.get(i + 1)).and_then(|(n, r)| {
                let (rest, sep) = strip_separator(between(s, right.end, n.q_start));
                let l = WORDS.prefix(r.noun, role::TIER).filter(|&l| l < r.noun.len())?;
                (WORDS.has(right.noun, role::TIER) && sep && rest.is_empty())
                    .then(|| format!("{}{}", right.noun, &r.noun[l..]))
            });
            // 6条城市道路、…等城区绿化工程: the work its list names (城市道路绿化).
            let worked = (!right.work.is_empty()).then(|| format!("{}{}", right.noun, right.work));
            let right = Right { noun: next_head.as_deref().or(worked.as_deref()).unwrap_or(right.noun), ..right };
            // The counted noun after the figure, with what stands before the figure in its
            // clause: 关停晨鸣公司|3.5万吨|造纸生产线, 打造尚品荟等|4条|特色商业街区.
            let lv = drop_examples(&left);
            // 文学艺术领域有|51项作品获得…: the words before an existential 有 place the things
            // counted; they are not the subject.
            let lv = if WORDS.suffix(&lv, role::EXIST).is_some() { String::new() } else { lv };
            let verb = leading_verb(&lv).filter(|(_, keep)| *keep).map(|(v, _)| v.to_string());
            // A count that sums up the names before it (长白山、三江、吉光3个省实验室,
            // 哈萨尔和东升路两个市民广场) counts the noun, not the names.
            // A figure that opens a 、-list item (由我区承担的…河东部分、|2.2平方公里|中心文化区):
            // nothing before the 、 is its noun's but a meaning verb governing the list.
            let opens_item = raw.trim_end().ends_with('、');
            let lv = if opens_item || lv.contains(['、', '和']) { verb.clone().unwrap_or_default() } else { lv };
            let verb = verb.or_else(|| WORDS.has(&lv, role::KEEP).then(|| lv.clone()));
            // 6个乡镇文化站|实现达标建设: what the counted things did names them (实现达标建设的
            // 乡镇文化站), when nothing but a reporting verb stands before the figure.
            // (Not after a preposition: 为7000户困难老年人家庭|实施适老化改造 says who benefits.)
            // (Nor after a verb: 完成200套结转公租房|建设任务, the figure is its object.)
            // (Nor inside 在…中, the group a rank is taken in: 在27个省会城市中|位列第2.)
            let prep = WORDS.suffix(raw.trim_end(), role::PREP | role::ANY_VERB | role::STEER).is_some()
                || raw.trim_end().ends_with('在') && right.noun.ends_with('中');
            let bare_left = lv.is_empty() && !prep;
            let next_figure = ms.get(i + 1).map(|n| n.start);
            // (A way out of poverty alone names them too: 86个贫困村|出列 -> 出列的贫困村.)
            let count = ms[i].dimension == Dimension::Count;
            // (A possessor after a lead word alone, 使|8000户居民家庭的供热质量得到显著改善, is
            // named by what its thing underwent as well: the lead only frames the clause.)
            let lead_left = !prep && WORDS.has(&lv, role::LEAD);
            let named = predicate_after(s, right.end, next_figure)
                .or_else(|| exit_after(s, right.end))
                .map(|p| format!("{}的{}", p.replacen('了', "", 1), right.noun))
                .filter(|_| bare_left && count)
                .or_else(|| {
                    // (Not when the words before 的 only qualify the head after it: 15个投资十亿元以上|的
                    // 重大产业项目, 6个具有发展潜力|的产业; nor an item of a 、-list.)
                    let x = right.noun;
                    let threshold = THRESHOLD.iter().any(|w| x.ends_with(w.as_str()));
                    let modifier = threshold
                        || WORDS.suffix(x, role::ANY_VERB).is_some()
                        || WORDS.prefix(x, role::ANY_VERB | role::COMPOUND).is_some();
                    let p =
                        possessed_after(s, right.end, next_figure).filter(|_| !modifier && !opens_item && !list_sep)?;
                    Some(format!("{p}的{x}")).filter(|_| (bare_left || lead_left) && count)
                })
                .or_else(|| {
                    // 60%的大中型矿山|达到自治区级绿色矿山建设标准: a share named by what its
                    // things did, whatever the verb (达到, 实现, 建立: a share of things is only
                    // said through what they did), when only a goal word stands before it.
                    let goal = left.is_empty() || WORDS.has(&left, role::STEER | role::LEAD);
                    let p = share_predicate(s, right.end, next_figure)
                        .filter(|_| goal && ms[i].dimension == Dimension::Percent && !list_sep)?;
                    Some(format!("{}的{}", p.replacen('了', "", 1), right.noun))
                });
            let right = Right { noun: named.as_deref().unwrap_or(right.noun), ..right };
            if lv.is_empty() {
                // An item of a list after its verb: 新建5条主干道路、2台热水锅炉; 建设24个群众
                // 滑冰场，26个户外健身中心 (a parallel figure with the same counter).
                let parallel = i > 0 && !rights[i - 1].noun.is_empty() && ms[i - 1].unit == ms[i].unit;
                // (Not when what the counted things did names them: 新增10个…示范村，12个村庄|被命名为….)
                // (A 、 still joins it to the list the verb governs: 新增200个集镇、8000个村点|开展….)
                // (Nor onto a clause with a verb of its own, one that only reports: 重点培育5个国家级、
                // 20个省级特色小镇，推进|1000个绿色示范乡村创建.)
                let own_verb = WORDS
                    .prefix(raw.trim_start_matches(|c: char| is_clause_break(c) || c == '、'), role::ANY_VERB)
                    .is_some();
                // (Nor onto things a status names, 加快那恒等45件|在建水源工程 after 新开工…水源工程: they
                // are no new ones.)
                let status = opens_with_status(right.noun);
                let verb = prev_verb.filter(|_| {
                    (sep || after_prev || parallel) && (named.is_none() || list_sep) && !own_verb && !status
                });
                verbs[i] = verb.clone();
                Some(format!("{}{}", verb.unwrap_or_default(), right.noun))
            } else {
                // A verb that only reports, or one that places the noun (纳入国家102项重大工程),
                // is left out, and so is an adverb alone (加快|100所…院校).
                // (Whatever adverbs stand before it: 重点实施|5个|奶牛规模养殖场.)
                let bare_verb = without_adverbs(&lv);
                let lv = if WORDS.has(&lv, role::REPORT | role::PREP | role::ADVERB | role::LEAD)
                    || (bare_verb.len() < lv.len() && WORDS.has(bare_verb, role::REPORT))
                {
                    String::new()
                } else {
                    lv
                };
                // (Not a verb that opens a clause describing the noun, closed by 的: 列入省“1311”规划的|
                // 71个|潜力产品项目 are the projects so listed.)
                let describes = lv.ends_with('的');
                // (Nor a verb alone before money and its noun: 安排|22亿元|资金 counts the funds so
                // allotted, as the golds keep 州财政安排资金.)
                let allots = ms[i].dimension == Dimension::Currency && WORDS.has(&lv, role::VERB);
                let lv = match WORDS.prefix(&lv, role::VERB) {
                    Some(l) if !WORDS.has(&lv[..l], role::KEEP) && !describes && !allots => lv[l..].to_string(),
                    _ => lv,
                };
                verbs[i] = verb;
                Some(format!("{lv}{}", right.noun))
            }
        } else if same_sentence && WORDS.has(strip_compare(&left), role::GROWTH | role::DECLINE) {
            // 优良天数达到290天、增加19天: a change of the subject before.
            // (五年增加2054公里，增长近1倍: the change verb of the one before is not kept.)
            ms[i - 1].subject.as_ref().map(|p| format!("{}{left}", without_change(p)))
        } else if same_sentence && ms[i].unit_base == "倍" && WORDS.prefix(raw.trim_start(), role::LINK).is_some() {
            // 新增风光装机超过600万千瓦，是正常消纳能力的10倍: the multiple of the subject before.
            verbs[i] = verbs[i - 1].clone();
            ms[i - 1].subject.clone()
        } else if !left.is_empty() {
            // 建成金沙路等农村公路4条: the examples before 等 are not what is counted.
            let left = match list_end(&left) {
                Some(k) if k + '等'.len_utf8() < left.len() => drop_examples(&left),
                _ => left,
            };
            // 占地区生产总值的|41%: the 的 that ties the words to the figure.
            let left = match left.strip_suffix('的') {
                Some(head) if head.chars().count() >= 2 => head.to_string(),
                _ => left,
            };
            // A verb alone before a figure that a 、 joins to the next item, a verb with a figure
            // of the same unit and a noun (开工12个、建成10个垃圾资源化利用设施; 完成第四批16个、
            // 启动第五批14个…示范乡镇): the noun after the last figure is what both count.
            if let Some(noun) = shared_item_noun(s, ms, &rights, i, &left) {
                ms[i].subject = Some(format!("{left}{noun}"));
                continue;
            }
            // 地区生产总值增长6.5%，高于全区|0.5个百分点: the gap of the figure before over the
            // base named (地区生产总值增长高于全区), not the bare comparison.
            if same_sentence
                && find_respectively(raw).is_none()
                && let Some(x) = gap_of(&left, &ms[i - 1])
            {
                ms[i].subject = Some(x);
                continue;
            }
            // A verb alone after a figure of the same kind (新开工保障性住房7925套、建成8282套;
            // 新增市场主体52万户，累计394万户): the same thing, with this verb.
            let closes = s[ms[i].q_end..].chars().next().is_none_or(|c| is_clause_break(c) || c == '、');
            if same_sentence
                && closes
                && WORDS.has(&left, role::KEEP | role::VERB)
                && !WORDS.has(&left, role::WHOLE)
                && ms[i - 1].unit_base == ms[i].unit_base
                && let Some(s) = ms[i - 1].subject.as_deref().and_then(|p| with_verb(p, &left))
            {
                verbs[i] = WORDS.has(&left, role::KEEP).then(|| left.clone());
                ms[i].subject = Some(s);
                continue;
            }
            // 外送电量3150亿度、占全国16%: the share of the thing counted before.
            if same_sentence
                && left.starts_with('占')
                && let Some(p) = ms[i - 1].subject.as_deref().filter(|p| !p.starts_with('占') && !p.is_empty())
            {
                ms[i].subject = Some(format!("{p}{left}"));
                continue;
            }
            // 新增省级农业龙头企业8户、州级47户: a tier alone is the thing counted before, at this tier.
            if same_sentence
                && (sep || after_prev)
                && WORDS.has(&left, role::TIER)
                && let Some(p) = ms[i - 1].subject.as_deref()
                && let Some((a, b)) = tier_in(p)
            {
                ms[i].subject = Some(format!("{}{left}{}", &p[..a], &p[b..]));
                verbs[i] = verbs[i - 1].clone();
                continue;
            }
            let own = leading_verb(&left);
            verbs[i] = own.filter(|(_, keep)| *keep).map(|(v, _)| v.to_string());
            // A list item without a verb of its own takes the meaning-changing verb of the
            // item before it, when both count the same kind of thing; not an item that is a
            // clause of its own (全市公园总数达1100个) or starts with its own scope.
            // (Nor an item that states a cumulative level: 力争新增亿级企业15户以上、…、“专精特新”企业
            // 累计90户以上 counts all those firms, not new ones.)
            let own_clause = WORDS.suffix(raw.trim_end(), role::LINK | role::LEVEL).is_some()
                || WORDS.prefix(&left, role::SCOPE | role::TIME).is_some()
                || left.starts_with("其中")
                || left.contains(CUMULATIVE);
            let carried = if (sep || after_prev) && own.is_none() && !own_clause {
                let p = &ms[i - 1];
                // (Across kinds of things made only for a 、-list item that is no measure of the
                // things before: 新增城市公园6个、绿地210万平方米 -> 新增绿地; not 引进项目88个、
                // 合同金额300亿元, nor money and shares: 发放资金14.4亿元、惠及32万人.)
                let made = |d: Dimension| !matches!(d, Dimension::Currency | Dimension::Percent);
                let across =
                    sep && made(p.dimension) && made(ms[i].dimension) && WORDS.suffix(&left, role::GENERIC).is_none();
                verbs[i - 1].clone().filter(|_| p.dimension == ms[i].dimension || across)
            } else {
                None
            };
            match carried {
                Some(v) => {
                    verbs[i] = Some(v.clone());
                    Some(format!("{v}{left}"))
                }
                None => Some(left),
            }
        } else if let Some(next) = ms.get(i + 1).filter(|n| {
            // 完成3800户、58万平方米棚户区改造: a figure joined to the next one shares its noun.
            let (rest, sep) = strip_separator(between(s, ms[i].q_end, n.q_start));
            sep && rest.is_empty() && !rights[i + 1].noun.is_empty()
        }) {
            let _ = next;
            Some(rights[i + 1].noun.to_string())
        } else if same_sentence {
            verbs[i] = verbs[i - 1].clone();
            // 新增婴幼儿托位2251个、达到6688个: the level reached is of all the things, not of the new
            // ones (婴幼儿托位; 累计达到973座 -> 累计公园).
            let core = raw.trim_matches(|c: char| matches!(c, '、' | '，' | ',' | ' ' | '\u{3000}'));
            let total = core.starts_with(CUMULATIVE);
            let level = WORDS.has(core.trim_start_matches(CUMULATIVE), role::LINK | role::LEVEL);
            let p = ms[i - 1].subject.as_deref();
            let new_ones = p.and_then(|p| INCREMENT.iter().find(|w| p.starts_with(w.as_str())).map(|w| &p[w.len()..]));
            match new_ones {
                Some(rest)
                    if level
                        && ms[i - 1].dimension == ms[i].dimension
                        && rest.chars().count() >= 2
                        && rest.starts_with(crate::lang::chars::is_han)
                        && !rest.starts_with(['和', '及', '与']) =>
                {
                    verbs[i] = None;
                    Some(format!("{}{rest}", if total { CUMULATIVE } else { "" }))
                }
                _ => p.map(|p| before_multiple(&ms[i - 1], &ms[i], p).to_string()),
            }
        } else {
            // The first figure of its sentence with nothing before it in its clause: the clause
            // before names it (新农合参合率再创新高，达到98.5%).
            sentence.as_ref().and_then(|l| clause_before(s, l.start, from))
        };
        // (A preposition alone names nothing: 对|400余万人|进行了…培训.)
        let subject = subject
            .map(|x| x.trim_matches(crate::lang::chars::is_blank).to_string())
            .filter(|x| !x.is_empty() && !WORDS.has(x, role::PREP));
        // A threshold alone (产值超亿元的骨干企业达99户，其中10亿元以上8户): the class of the
        // things counted before that passes it (10亿元以上的骨干企业).
        let subject = match subject {
            Some(x) if same_sentence && THRESHOLD_ONLY.is_match(&x) => {
                let before = ms[i - 1].subject.as_deref().unwrap_or("");
                let noun = before.rfind('的').map_or(before, |k| &before[k + '的'.len_utf8()..]);
                let threshold: String = x.chars().filter(|c| !c.is_whitespace()).collect();
                let fits = noun.chars().count() >= 2 && ms[i - 1].unit_base == ms[i].unit_base;
                Some(if fits { format!("{threshold}的{noun}") } else { x })
            }
            other => other,
        };
        // A counter that is itself a noun (47万|贫困人口, 1170.4万|农民) names what is counted:
        // alone when nothing stands before the figure in its clause (又有47万贫困人口实现脱贫
        // was `有`, then the clause before), after the words before it otherwise (现行标准下25.8万
        // 贫困人口 -> 现行标准下贫困人口).
        // 147万人|脱贫、26.7万人|易地扶贫搬迁: people counted by what they did or underwent, with
        // nothing else named, are that population (脱贫人口, 受灾人口).
        let subject = match subject {
            // (Not the object of a verb, 完成188万人|搬迁任务, nor an item of a list a verb before it
            // may govern, 组织10万人次巡堤、5000余人|抢险, nor a class by size, 100人以下|乡村小学.)
            Some(x)
                if WORDS.suffix(raw.trim_end(), role::ANY_VERB | role::EXIST | role::PREP).is_none()
                    && !(same_sentence && sep)
                    && ms[i].qualifier != Qualifier::AtMost
                    && people_by_predicate(s, &ms[i], &x) =>
            {
                Some(format!("{x}{PEOPLE}"))
            }
            other => other,
        };
        // 实现7.5万贫困人口|脱贫, 剩余1.4万贫困人口|脱贫: a way out of poverty names the people
        // (脱贫的剩余贫困人口), unless a verb before the figure governs it (帮助…脱贫).
        let exit = exit_after(s, ms[i].q_end);
        let exit = exit.filter(|p| !subject.as_deref().is_some_and(|x| exit_governed(x, p)));
        let subject = match (counted_in_unit(&ms[i]), exit) {
            (Some(noun), Some(p)) => {
                let x = if nothing_before { "" } else { subject.as_deref().unwrap_or("") };
                let head = x.strip_suffix(p).unwrap_or(x);
                Some(if head.ends_with(noun) { format!("{p}的{head}") } else { format!("{p}的{head}{noun}") })
            }
            _ => subject,
        };
        // 已有|1170.4万农民|参加新型农村合作医疗: what the counted things did names them, as after a
        // counter (参加新型农村合作医疗的农民), when only leads, adverbs or an existential 有 stand before.
        let next_figure = ms.get(i + 1).map(|n| n.start);
        let by_predicate = || predicate_after(s, ms[i].q_end, next_figure).filter(|_| exist_before);
        let subject = match counted_in_unit(&ms[i]).filter(|_| exit.is_none()) {
            Some(noun) if let Some(p) = by_predicate() => Some(format!("{}的{noun}", p.replacen('了', "", 1))),
            Some(noun) if nothing_before => Some(noun.to_string()),
            // (When the words are the predicate after the figure, 帮助3.3万贫困人口|脱贫, they
            // describe the noun: 帮助脱贫的贫困人口, not 帮助脱贫贫困人口.)
            Some(noun) => subject.map(|x| {
                if x.ends_with(noun) {
                    x
                } else if ends_with_text_after(&x, &s[ms[i].q_end..]) {
                    format!("{x}的{noun}")
                } else {
                    format!("{x}{noun}")
                }
            }),
            None => subject,
        };
        let subject = solved.or(subject);
        // 确保1万户|低收入家庭住房条件|得到改善: the possessors named by what their thing underwent,
        // when nothing but leads stand before the figure (see [`possessor_underwent`]).
        let subject = match possessor_underwent(s, &ms[i], rights[i].noun, rights[i].end, next_figure)
            .filter(|_| plain && ms[i].dimension == Dimension::Count && !rights[i].of)
        {
            Some(x) => Some(x),
            None => subject,
        };
        // 营收, 增加值 alone: the measure of an owner named before it in the sentence. Also as
        // the part of a share (增加值占地区生产总值比重: the owner's value added).
        let generic = subject.as_deref().and_then(|g| {
            let head = g.find('占').map_or(g, |k| &g[..k]);
            WORDS.has(head, role::GENERIC).then(|| head.to_string())
        });
        // An investment with no owner before it may name it after it (投资1.3亿元实施|自来水管网
        // 改造工程): the last place looked, and the only one for a planned measure (计划投资).
        let invested = |g: &str| COUNTED_TOTAL.iter().any(|w| w == g) && ms[i].dimension == Dimension::Currency;
        let after = || sentence.as_ref().and_then(|l| object_after(s, ms[i].q_end, l.end));
        let planned = subject
            .as_deref()
            .is_some_and(|g| PLAN_PREFIX.iter().any(|w| g.strip_prefix(w.as_str()).is_some_and(invested)));
        let subject = match (subject, generic) {
            (Some(g), Some(head)) => {
                let prev = if same_sentence { Some(&ms[i - 1]) } else { None };
                let owner = owner_before(prev.and_then(|p| p.subject.as_deref()), &head, prev, &ms[i])
                    .or_else(|| sentence.as_ref().and_then(|l| topic(l.text(s), &head, false)))
                    .or_else(|| sentence.as_ref().and_then(|l| object_topic(s, l.start, from, &head)))
                    // (A topic with a predicate of its own, 民营经济发展提速，实现增加值, is read
                    // last, and only for the first figure of its sentence: a figure before has a
                    // subject of its own the measure may belong to.)
                    .or_else(|| {
                        sentence.as_ref().filter(|_| !same_sentence).and_then(|l| topic(l.text(s), &head, true))
                    })
                    .or_else(|| after().filter(|_| invested(&head)));
                Some(format!("{}{g}", owner.unwrap_or_default()))
            }
            (Some(g), None) if planned => Some(format!("{}{g}", after().unwrap_or_default())),
            (other, _) => other,
        };
        // 签约项目履约率95%以上、开工率65%以上: a rate named alone right after a list mark that
        // follows the figure of a rate item takes that item's owner (签约项目开工率).
        let subject = match subject {
            Some(x) if same_sentence => {
                let gap = between(s, ms[i - 1].q_end, ms[i].q_start);
                let listed = strip_separator(gap).1 && strip_separator(gap).0 == x;
                let owner = ms[i - 1].subject.as_deref().filter(|_| listed).and_then(|p| rate_owner(p, &x));
                Some(owner.map_or(x.clone(), |o| format!("{o}{x}")))
            }
            other => other,
        };
        // 19个援疆省市|安排援疆资金近200亿元: the things counted right before a verb of allotting
        // funds pay them (援疆省市安排援疆资金), as a scope word before it does.
        let subject = match subject {
            Some(x) if same_sentence => Some(payer_counted(s, ms, &rights, i, &x).unwrap_or(x)),
            other => other,
        };
        // A per-head change alone (年人均提高|2556元) after a clause stating the same change of a
        // thing: that thing's change, per head.
        let subject = match (subject, sentence.as_ref()) {
            (Some(x), Some(l)) => Some(per_head_owner(&x, s, l.start, from).unwrap_or(x)),
            (other, _) => other,
        };
        // 接待游客2.73亿人次、实现收入4140亿元: a revenue named alone after a count of visitors is
        // the revenue of visiting (旅游收入).
        let subject = match subject {
            Some(x) if same_sentence && VISIT_REVENUE.contains(&x) => {
                let visitors =
                    ms[i - 1].subject.as_deref().is_some_and(|p| VISITORS.iter().any(|w| p.contains(w.as_str())));
                match VISIT_OWNER.first() {
                    Some(owner) if visitors => Some(format!("{owner}{x}")),
                    _ => Some(x),
                }
            }
            other => other,
        };
        // 地区生产总值增长7.6%（州直增长7.5%、塔城地区增长8.5%…）: a part of the region alone in
        // brackets measures what the figure before the brackets does.
        let subject = match (subject, sentence.as_ref()) {
            (Some(x), Some(l)) => Some(part_of_whole(s, ms, i, l.start, &x).unwrap_or(x)),
            (other, _) => other,
        };
        // 新兴产业增加值增长7%，其中智能装备与机器人增长10.4%: a part named alone measures what
        // its whole does (智能装备与机器人增加值).
        let subject = match (subject, sentence.as_ref()) {
            (Some(x), Some(l)) => Some(breakdown_measure(s, ms, i, l.start, &x).unwrap_or(x)),
            (other, _) => other,
        };
        // 发生生产安全事故109起、死亡106人: the occurrences of what happened, and the people it
        // killed (生产安全事故起数, 生产安全事故死亡人数).
        let subject = match subject {
            Some(x) => {
                let (x, what) = occurrences(&ms[i], &x, same_sentence.then_some(&occurred).and_then(Option::as_deref));
                occurred = what;
                Some(x)
            }
            None => None,
        };
        ms[i].subject = subject;
    }
    // The last character of the reporting government's name (省, 市, 区, 县, 国): its scope word
    // (全省, 全市) names its own whole.
    let region_end = cx.meta.region.as_deref().and_then(|r| r.chars().next_back());
    for m in ms.iter_mut() {
        if let Some(x) = m.subject.as_deref().filter(|x| x.contains('[')) {
            m.subject = Some(drop_reference_marks(x).into_owned()).filter(|x| !x.is_empty());
        }
        if let Some(x) = m.subject.as_deref().filter(|x| x.contains(crate::lang::chars::is_inline_space)) {
            m.subject = Some(despace(x).trim().to_string()).filter(|x| !x.is_empty());
        }
        // The aspect particle of a verb left out (实施了|农村危改工程, 开工了|城建重点项目).
        if let Some(x) =
            m.subject.as_deref().filter(|x| x.starts_with('了') && WORDS.prefix(x, role::COMPOUND).is_none())
        {
            m.subject = Some(x['了'.len_utf8()..].to_string()).filter(|x| !x.is_empty());
        }
        // The aspect particle after a leading verb (开工了|重点项目, 完成了|城区…规范化).
        if let Some(x) = m.subject.as_deref()
            && let Some((v, _)) = leading_verb(x)
            && x[v.len()..].starts_with('了')
            && x[v.len() + '了'.len_utf8()..].chars().count() >= 2
            && WORDS.prefix(&x[v.len()..], role::COMPOUND).is_none()
        {
            m.subject = Some(format!("{v}{}", &x[v.len() + '了'.len_utf8()..]));
        }
        if let Some(x) = m.subject.as_deref()
            && let Some(head) = before_milestone(x)
        {
            m.subject = Some(head.to_string());
        }
        // A multiple (是2008年的1.7倍, 进出口总额增长2.5倍) compares the statistic with itself in
        // another year or states the size of its change: it is no level, growth rate or share of
        // the statistic, and a code would set it beside them in `targets` and in analysts'
        // filters by code. No code.
        let multiple = m.unit_base == "倍";
        m.indicator =
            m.subject.as_deref().filter(|_| !multiple).and_then(|x| code_of_figure(x, m.measure, m.dimension));
        let part = |code: &str| {
            matches!(m.measure, Measure::Amount | Measure::GrowthRate) && share_of_region(s, m, code, region_end)
        };
        if m.indicator.as_deref().is_some_and(part) {
            m.indicator = None;
        }
    }
}

/// The `occur` and `casualty` words of `dict/subject_words.tsv` (发生; 死亡, 受伤).
static OCCUR: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Occur));
static CASUALTY: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Casualty));

/// The subject of a count of occurrences and of the people they befell: `x` of figure `m`
/// opening with an `occur` verb, counted by an event counter (起), is the number of those
/// events (发生生产安全事故|109起 -> 生产安全事故起数); a `casualty` word alone before a count of
/// people right after it is the number of those people (、死亡|106人 -> 生产安全事故死亡人数).
/// `before` is what happened in the figure before of the sentence. Returns the subject and what
/// happened, for the figure after.
fn occurrences(m: &Mention, x: &str, before: Option<&str>) -> (String, Option<String>) {
    // (The measure is the first generic word of the file that the casualty opens: 死亡人数.)
    if let Some(what) = before
        && bare_people(m)
        && CASUALTY.iter().any(|w| w == x)
        && let Some(measure) = GENERIC_OF_COUNTER.iter().find(|g| g.starts_with(x) && g.len() > x.len())
    {
        return (format!("{what}{measure}"), Some(what.to_string()));
    }
    let event = m.dimension == Dimension::Count && m.unit.chars().count() == 1 && m.unit == m.unit_base;
    let what = OCCUR.iter().find_map(|w| x.strip_prefix(w.as_str())).filter(|w| w.chars().count() >= 2);
    match what.filter(|w| event && GENERIC_OF_COUNTER.contains(&format!("{}数", m.unit)) && !w.contains('、')) {
        Some(w) => (format!("{w}{}数", m.unit), Some(w.to_string())),
        None => (x.to_string(), None),
    }
}

/// The generic measures of `dict/subject_words.tsv`, in file order: a counter with 数 among them
/// (起数) counts occurrences, and a casualty opens the count of its people (死亡人数).
static GENERIC_OF_COUNTER: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    let words = crate::lexicon::get().subject_words.iter();
    words.filter(|w| w.role == crate::lexicon::SubjectRole::Generic).map(|w| w.word.clone()).collect()
});

/// The measure a part named alone takes from its whole: growth rate `i` after 其中, in the
/// sentence from `floor`, whose subject `x` is a short noun with no measure of its own, measures
/// what the whole before the 其中 does, when the whole's subject ends in a generic measure and every
/// figure from the whole to it has the same measure and unit (新兴产业增加值增长7％，其中智能装备
/// 与机器人增长10.4％，新一代信息技术增长9.1％ -> 智能装备与机器人增加值, 新一代信息技术增加值).
fn breakdown_measure(s: &str, ms: &[Mention], i: usize, floor: usize, x: &str) -> Option<String> {
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
    let k = floor + between(s, floor, m.q_start).rfind("其中")?;
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
/// province's report, not in a city's: 西宁 进出口总额增长41.5%、占全省75.3% is the city's). A
/// share of another statistic (服务业增加值…，占全市生产总值的45%) says nothing.
fn share_of_region(s: &str, m: &Mention, code: &str, region_end: Option<char>) -> bool {
    let Some(region_end) = region_end else { return false };
    let rest = s.get(m.q_end..).unwrap_or_default();
    let end = rest.find(['。', '；', ';', '\n']).unwrap_or(rest.len());
    let rest = &rest[..end];
    let Some(k) = rest.find('占') else { return false };
    // Only growth figures between: 、增长49.4%，
    let between = &rest[..k];
    let only_growth = between.chars().all(|c| {
        matches!(c, '，' | '、' | ',' | '.' | '．' | '%' | '％' | ' ') || crate::lang::numerals::digit(c).is_some()
    }) || {
        let t: String = between.chars().filter(|c| !matches!(c, '，' | '、' | ',')).collect();
        WORDS.prefix(&t, role::GROWTH | role::DECLINE | role::COMPARE).is_some()
            && t.trim_end_matches(['%', '％'])
                .chars()
                .next_back()
                .is_some_and(|c| crate::lang::numerals::digit(c).is_some())
            && t.matches(['%', '％']).count() == 1
    };
    if !only_growth {
        return false;
    }
    let after = &rest[k + '占'.len_utf8()..];
    let Some(l) = WORDS.prefix(after, role::SCOPE) else { return false };
    if !after[..l].ends_with(region_end) {
        return false;
    }
    let tail = &after[l..];
    let denominator = tail.find('的').map_or("", |j| &tail[..j]);
    denominator.is_empty() || super::codes::indicator_of(denominator).as_deref() == Some(code)
}

/// The statistic of a subject that ends with the milestone it passed (地区生产总值连跨两个万亿元
/// 台阶, 经济总量跨过两个万亿元大关, 地区生产总值连续跨越“300亿元”“400亿元”): the words before the
/// at-least word (`before` of dict/qualifiers.tsv) that opens the milestone, a manner adverb
/// before it (连续) left out. The milestone is a `milestone` noun or a quoted level at the end.
fn before_milestone(x: &str) -> Option<&str> {
    let quoted_level = x.ends_with('”') && x.rsplit('“').next().is_some_and(|q| q.chars().any(|c| c.is_ascii_digit()));
    if WORDS.suffix(x, role::MILESTONE).is_none() && !quoted_level {
        return None;
    }
    let units = &*super::units::UNITS;
    let at = x.char_indices().skip(2).find_map(|(i, _)| {
        units.before.prefix_of(&x[i..]).filter(|(_, e)| **e == crate::lexicon::QualifierEffect::AtLeast).map(|_| i)
    })?;
    // (A level passed, not a comparison: 高于全省平均水平 names no milestone.)
    let level = |i: usize| {
        let t = &x[i..];
        t.starts_with('新')
            || t.starts_with('“')
            || crate::lang::numerals::digit(t.chars().next().unwrap_or(' ')).is_some()
            || crate::lang::numerals::cn_digit(t.chars().next().unwrap_or(' ')).is_some()
            || units.mults.prefix_of(t).is_some()
    };
    let after = at + units.before.prefix_of(&x[at..]).map_or(0, |(l, _)| l);
    if !level(after) {
        return None;
    }
    let head = &x[..at];
    let head = match WORDS.suffix(head, role::ADVERB) {
        Some(l) if l < head.len() => &head[..head.len() - l],
        _ => head,
    };
    (head.chars().count() >= 2).then_some(head)
}

/// Where a tier of two characters or more (省级, 国家级) stands in `t`, with a noun after it.
fn tier_in(t: &str) -> Option<(usize, usize)> {
    t.char_indices().find_map(|(j, _)| {
        let l = WORDS.prefix(&t[j..], role::TIER)?;
        (t[j..j + l].chars().count() >= 2 && j + l < t.len()).then_some((j, j + l))
    })
}

/// The subject before, with `verb` in place of its own verb (开工建设亿元以上重大项目 + 建成 ->
/// 建成亿元以上重大项目; 保障性住房开工 + 竣工 -> 保障性住房竣工), or before it when it has none.
/// None when the subject before has no noun of its own.
fn with_verb(before: &str, verb: &str) -> Option<String> {
    let fits = |noun: &str| noun.chars().count() >= 2 && !WORDS.has(noun, role::ANY_VERB | role::GENERIC | role::LEAD);
    if leading_verb(before).is_some() {
        // All its verbs go (落地开工亿元以上工业项目 -> 亿元以上工业项目).
        let mut noun = before;
        while let Some((v, _)) = leading_verb(noun) {
            noun = &noun[v.len()..];
        }
        return fits(noun).then(|| format!("{verb}{noun}"));
    }
    if let Some(l) = WORDS.suffix(before, role::ANY_VERB)
        && l < before.len()
    {
        let noun = &before[..before.len() - l];
        return fits(noun).then(|| format!("{noun}{verb}"));
    }
    fits(before).then(|| format!("{verb}{before}"))
}

/// The owner of a generic measure in the subject before it in the sentence: 规模以上工业总产值…，
/// 实现增加值 -> 规模以上工业 (its own generic measure left out); 新增市场主体29.6万户，总量达
/// 158.4万户 -> 市场主体 (a count of the same thing, its verb left out).
/// The `works_head` words of `dict/subject_words.tsv` (项目, 工程).
static WORKS_HEAD: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::WorksHead));

/// The `counted_total` words of `dict/subject_words.tsv` (总投资): a measure that the things
/// counted right before own, whatever its unit.
static COUNTED_TOTAL: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::CountedTotal));

/// The `total` words of `dict/subject_words.tsv` (总量, 总数): a generic measure that totals the
/// thing named right before it.
static TOTAL: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Total));

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
        && PART_ENDS.iter().any(|e| x.ends_with(e.as_str()) && x.len() > e.len() || x == e)
        && WORDS.prefix(x, role::ANY_VERB | role::SCOPE | role::LEAD).is_none()
        && !WORDS.has(x, role::GENERIC)
}

/// The subject of figure `i` named only by a part of the region, `x`, inside brackets opened
/// after another figure of its sentence (from `floor`): the part's share of what that figure
/// measures, the nearest one before the brackets of the same unit and measure, without its scope
/// word (全州地区生产总值增长7.6%（州直增长7.5%…） -> 州直地区生产总值; 新建改扩建幼儿园80所（中心
/// 城区11所…） -> 中心城区新建改扩建幼儿园). A breakdown gives each part the whole's measure.
fn part_of_whole(s: &str, ms: &[Mention], i: usize, floor: usize, x: &str) -> Option<String> {
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

/// The `carry` words of `dict/subject_words.tsv`, longest first: verbs that carry works out,
/// whose object after an investment figure owns it.
static CARRY: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Carry));

/// The `visitors` words of `dict/subject_words.tsv` (游客, 旅游人数): a count of visits.
static VISITORS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Visitors));
/// The `visit_revenue` words (收入, 综合收入): a revenue named alone.
static VISIT_REVENUE: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::VisitRevenue));
/// The `visit_owner` word (旅游): what owns a revenue named alone after a count of visitors.
static VISIT_OWNER: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::VisitOwner));

/// The `plan_prefix` words of `dict/subject_words.tsv` (计划): before a generic measure, a plan.
static PLAN_PREFIX: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::PlanPrefix));

/// The `increment` words of `dict/subject_words.tsv` (新增, 新建 …), longest first.
static INCREMENT: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Increment));

/// The `gap` words of `dict/subject_words.tsv` (高于, 低于, 快于 …), longest first.
static GAP: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Gap));

/// The subject of a gap (高于全区|0.5个百分点) after figure `prev` of its sentence: `prev`'s
/// subject, with its change when it is a growth rate (地区生产总值 -> 地区生产总值增长), and the
/// comparison. Not for a list of bases or figures (分别高于全国、全省…), nor after another gap.
fn gap_of(left: &str, prev: &Mention) -> Option<String> {
    GAP.iter().find(|w| left.starts_with(w.as_str()) && left.len() > w.len())?;
    if left.contains(['、', '和']) {
        return None;
    }
    let p = prev.subject.as_deref().filter(|p| !p.is_empty())?;
    if GAP.iter().any(|w| p.contains(w.as_str())) {
        return None;
    }
    let change = match prev.measure {
        _ if WORDS.suffix(p, role::GROWTH | role::DECLINE).is_some() => "",
        Measure::GrowthRate if prev.value_base < 0.0 => "下降",
        Measure::GrowthRate => "增长",
        Measure::AvgGrowthRate => "年均增长",
        _ => "",
    };
    Some(format!("{p}{change}{left}"))
}

/// The `per_head` words of `dict/subject_words.tsv` (人均, 年人均, 月人均 …), longest first.
static PER_HEAD: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::PerHead));

/// The owner of a per-head change with none of its own (年人均提高, 城镇年人均提高: a part word,
/// a `per_head` word and a change verb) in the clause before it in its sentence, when that clause
/// states the same kind of change of a thing and holds no figure (企业退休人员养老金标准继续
/// 提高，年人均提高2556元 -> 企业退休人员养老金标准年人均提高). Clauses of the same kind between
/// are passed over (城乡最低生活保障标准逐年提高，城镇年人均提高600元，农村年人均提高200元), and a
/// part word picks its part of a paired owner (城乡… -> 农村…, from the `pair` words).
fn per_head_owner(x: &str, s: &str, floor: usize, from: usize) -> Option<String> {
    let verb_len = WORDS.suffix(x, role::GROWTH)?;
    let head = &x[..x.len() - verb_len];
    let per = PER_HEAD.iter().find(|w| head.ends_with(w.as_str()))?;
    let part = &head[..head.len() - per.len()];
    if part.chars().count() > 2 || from <= floor {
        return None;
    }
    let digit = |c: char| crate::lang::numerals::digit(c).is_some();
    let mut at = clause_start(s, floor, from);
    for _ in 0..4 {
        if at <= floor {
            return None;
        }
        let t = between(s, floor, at).trim_end_matches(|c: char| is_clause_break(c) || c == ' ');
        let start = clause_start(s, floor, floor + t.len());
        let c = between(s, start, floor + t.len()).trim();
        at = start;
        if c.chars().any(digit) {
            // A sibling per-head change (城镇年人均提高600元) is passed over; anything else ends the search.
            if PER_HEAD.iter().any(|w| c.contains(w.as_str())) {
                continue;
            }
            return None;
        }
        let l = WORDS.suffix(c, role::GROWTH)?;
        let mut owner = &c[..c.len() - l];
        while let Some(k) = WORDS.suffix(owner, role::ADVERB | role::TIME | role::LINK).filter(|&k| k < owner.len()) {
            owner = &owner[..owner.len() - k];
        }
        let owner = strip_leading(owner);
        if owner.chars().count() < 2 || WORDS.prefix(owner, role::ANY_VERB).is_some() {
            return None;
        }
        let owner = if part.is_empty() { owner.to_string() } else { with_part(owner, part) };
        return Some(format!("{owner}{per}{}", &x[x.len() - verb_len..]));
    }
    None
}

/// `owner` for one part of it: a leading `pair` word is replaced by the part it names
/// (城乡最低生活保障标准 + 农村 -> 农村最低生活保障标准); otherwise the part goes before it.
fn with_part(owner: &str, part: &str) -> String {
    match WORDS.pair_prefix(owner) {
        Some((word, parts)) if let Some(p) = parts.iter().find(|p| p.starts_with(part)) => {
            format!("{p}{}", &owner[word.len()..])
        }
        _ => format!("{part}{owner}"),
    }
}

/// The owner of an investment figure that has none before it, named after it as the object of
/// a verb that carries works out (`carry`), right after the figure or opening the next clause of
/// its sentence: 投资1.3亿元实施自来水管网改造工程 -> 自来水管网改造工程; 全年计划投资12.7亿元，
/// 实施重点商贸流通项目17个 -> 重点商贸流通项目; 完成投资5.2亿元，建成保障性住房2262套 -> 保障性
/// 住房. A count before the object (实施19个城市重点基础设施项目) is left out and a figure after it
/// ends it. None for a list of items (、: which of them the money went to is not said), an object
/// that opens with a verb or a preposition, or what money is for (用于…: no `carry` word).
fn object_after(s: &str, from: usize, end: usize) -> Option<String> {
    let rest = s.get(from..end)?.trim_start_matches(crate::lang::chars::is_blank);
    let rest = rest.strip_prefix(['，', ',']).unwrap_or(rest).trim_start_matches(crate::lang::chars::is_blank);
    let verb = CARRY.iter().find(|w| rest.starts_with(w.as_str()))?;
    let object = &rest[verb.len()..];
    let object = object.strip_prefix('了').unwrap_or(object);
    // The object's clause, to its comma (an aside in brackets stays in it), and the next one.
    let comma = |t: &str| t.find(['，', ',', '；', '。']).unwrap_or(t.len());
    let clause_end = comma(object);
    let next = object[clause_end..].trim_start_matches(|c: char| is_clause_break(c) || crate::lang::chars::is_blank(c));
    let next = &next[..comma(next)];
    // A list (、), or more works in the next clause: a verb there, or a figure there after a
    // count of the object (完成投资110亿元，改造危房3.79万户，硬化街巷道6674公里…): the money is for
    // all of them.
    let figure = |t: &str| t.chars().any(|c| crate::lang::numerals::digit(c).is_some());
    let counted = figure(object[..clause_end].trim_start_matches(|c: char| crate::lang::numerals::digit(c).is_some()));
    let more = CARRY.iter().any(|w| next.starts_with(w.as_str()))
        || WORDS.prefix(next, role::ANY_VERB).is_some()
        || (counted && figure(next));
    if more || object[..clause_end].contains('、') {
        return None;
    }
    let object = &object[..object.find(is_clause_break).unwrap_or(object.len())];
    let is_digit = |c: char| crate::lang::numerals::digit(c).is_some();
    // A count before the object: its digits, 余/多, and one counter.
    let object = if object.starts_with(is_digit) {
        let t = object.trim_start_matches(|c: char| is_digit(c) || c == '.');
        let t = t.trim_start_matches(['余', '多']);
        let mut cs = t.chars();
        cs.next();
        cs.as_str()
    } else {
        object
    };
    let object = &object[..object.find(is_digit).unwrap_or(object.len())];
    let object = object.trim_end_matches(['等', '的']).trim();
    let fits = object.chars().count() >= 2
        && WORDS.prefix(object, role::ANY_VERB | role::PREP | role::ADVERB | role::LEAD | role::TIME).is_none();
    fits.then(|| object.to_string())
}

/// The payer of funds `x` names by their allotting verb alone (安排援疆资金): the noun the count
/// right before counts, when only that verb's clause stands between them (19个援疆省市|安排援疆
/// 资金近|200亿元 -> 援疆省市安排援疆资金).
fn payer_counted(s: &str, ms: &[Mention], rights: &[Right], i: usize, x: &str) -> Option<String> {
    let (prev, right) = (&ms[i.checked_sub(1)?], &rights[i - 1]);
    let allots = ms[i].dimension == Dimension::Currency && ALLOT.iter().any(|w| x.starts_with(w.as_str()));
    let counted = prev.dimension == Dimension::Count && !right.noun.is_empty() && right.end <= ms[i].q_start;
    if !allots || !counted || prev.subject.as_deref() != Some(right.noun) {
        return None;
    }
    let gap = between(s, right.end, ms[i].q_start).trim();
    let joined = ALLOT.iter().any(|w| gap.starts_with(w.as_str())) && !gap.contains(is_clause_break);
    joined.then(|| format!("{}{x}", right.noun))
}

fn owner_before(before: Option<&str>, generic: &str, prev: Option<&Mention>, m: &Mention) -> Option<String> {
    let before = before?;
    if before == generic {
        return None;
    }
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
        Some(l) if !counted_total || !COUNTED_TOTAL.iter().any(|w| before.ends_with(w.as_str())) => {
            &before[..before.len() - l]
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
            measured || total || p.dimension == Dimension::Count && (p.unit_base == m.unit_base || counted_total)
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
fn topic(sentence: &str, generic: &str, predicate: bool) -> Option<String> {
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
/// 增长6%): the words after that clause's last verb, when they end in an `owner` word.
fn object_topic(s: &str, floor: usize, from: usize, generic: &str) -> Option<String> {
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
    (fits && WORDS.suffix(owner, role::OWNER).is_some()).then(|| owner.to_string())
}

/// The subject named by the clause before `from` in its sentence (from `floor`): its words up to
/// a figure or a predicate, without leading time and lead words.
fn clause_before(s: &str, floor: usize, from: usize) -> Option<String> {
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

/// Byte offset of the first word with one of `roles` in `t` after its first character, reading
/// compounds whole (公共 is no 共, 人均 no 均); the length of `t` when there is none.
fn first_word(t: &str, roles: u32) -> usize {
    let mut k = t.chars().next().map_or(0, char::len_utf8);
    while k < t.len() {
        let rest = &t[k..];
        if let Some(l) = WORDS.prefix(rest, role::COMPOUND) {
            k += l;
            continue;
        }
        if WORDS.prefix(rest, roles).is_some() {
            return k;
        }
        k += rest.chars().next().map_or(1, char::len_utf8);
    }
    t.len()
}

/// Whether the `n` figures before figure `i` are amounts of its sentence, each with a subject of
/// its own, different from the one before it: the items a group of `n` changes after them pairs
/// with in order.
fn amounts_before(
    cx: &Document,
    ms: &[Mention],
    i: usize,
    n: usize,
    sentence: Option<crate::lang::text::Line>,
) -> bool {
    (i - n..i).all(|j| {
        cx.sentence_at(ms[j].start) == sentence
            && ms[j].measure == Measure::Amount
            && ms[j].subject.as_deref().is_some_and(|x| !x.is_empty())
    }) && (i - n + 1..i).all(|j| ms[j].subject != ms[j - 1].subject)
}

/// Number of figures from `i` joined by 、/和 only (8.1%、9.2%和7.5%).
fn group_len(s: &str, ms: &[Mention], i: usize) -> usize {
    let mut n = 1;
    while let Some(next) = ms.get(i + n) {
        let gap = between(s, ms[i + n - 1].q_end, next.q_start);
        let (rest, sep) = strip_separator(gap);
        if !sep || !rest.is_empty() {
            break;
        }
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The threshold pattern and the list separators built from `dict/subject_words.tsv` are
    /// the ones written in code before the words moved there.
    #[test]
    fn threshold_and_separators_are_the_ones_written_before() {
        assert_eq!(THRESHOLD_ONLY.as_str(), r"^[0-9０-９.．]+\s?[万亿千百]*\s?[\p{Han}]{0,2}\s?(?:以上|以下)$");
        for (t, want) in [
            ("以及投资", ("投资", true)),
            (" 和 10.5%", ("10.5%", true)),
            ("及", ("", true)),
            ("并增长", ("增长", true)),
            ("与消费", ("消费", true)),
            ("、 15.1%", ("15.1%", true)),
            ("增长", ("增长", false)),
        ] {
            assert_eq!(strip_separator(t), want, "{t}");
        }
    }
}
