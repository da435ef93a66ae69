//! Lists: `分别` pairing (城乡居民人均可支配收入分别达X、Y), the lists that pair the same way
//! without it, and how short list items are completed from the last one (城镇、农村居民人均可支配
//! 收入). Kept apart because it is the one place that turns one clause into several subjects.

use super::rates::{rate_suffix, with_rate_owner};
use super::words::{LIST_MEASURE, MEASURE_END, OCCUR, first_word, measure_suffix};
use crate::stages::document::Document;
use crate::stages::indicators::clause::{between, clause_start, last_clause, over_aside, strip_links, strip_separator};
use crate::stages::indicators::mention::Mention;
use crate::stages::indicators::subject::{
    TRAILING_COMPARE, clean_left, drop_inner_report, leading_verb, list_end, strip_leading,
};
use crate::stages::indicators::vocabulary::{WORDS, role};
use crate::vocab::{Measure, Qualifier};

/// Pair a `分别` list: the subjects before 分别 with the figures joined by 、/和 after it.
/// Returns the subjects for mentions `i..i+n` (the `n` joined by 、/和 only: see [`Groups`]), if
/// the counts agree. One subject that holds a `pair` word (城乡居民人均可支配收入分别达X、Y)
/// stands for its parts; a list closed by 等 and a head (企业养老、基本医疗、
/// 失业等社会保险参保人数) gives the head to every item; an absolute change keeps its verb
/// (参保人数分别增加X、Y).
pub(super) fn respectively(ms: &[Mention], groups: &Groups, i: usize, left: &str) -> Option<Vec<String>> {
    let n = groups.len[i];
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
            passed = groups.next_at_least[i] < i + n;
            let levels = groups.levels[i] >= n;
            // Growth rates of one kind (旅游人数、旅游总收入年均增长26%、30.6%): each item's own.
            let growths = rate && groups.same_kind[i] >= n;
            if n < 2 || !(levels || growths) {
                return None;
            }
            cleaned = clean_left(left, false);
            (cleaned.len(), true)
        }
    };
    let text = if unsaid { cleaned.as_str() } else { left };
    let mut head = strip_leading(last_clause(text[..k].trim()));
    // A method or base that opens the list (按不变价计算|全区生产总值、工业增加值增速…分别…) is no
    // part of its first item (round 31).
    if let Some(l) = WORDS.prefix(head, role::COMPARE).filter(|&l| l < head.len()) {
        head = strip_leading(&head[l..]);
    }
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
    head = without_comparison(head);
    // A `lead` word between the list and 分别 (高中阶段毛入学率预计|分别达到…, …将分别) is the
    // clause's, not the last item's (round 36).
    if !unsaid && let Some(l) = WORDS.suffix(head, role::LEAD).filter(|&l| head[..head.len() - l].chars().count() >= 2)
    {
        head = &head[..head.len() - l];
    }
    let mut items: Vec<String> =
        list_items(head).into_iter().map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect();
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
    } else if !unsaid && joined_by_and(head) {
        share_last_generic(&mut items);
        share_tail_after_same_word(&mut items);
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
    let whole_items = items.len() == n && items.iter().all(|x| x.chars().count() > 2);
    if unsaid && passed && !whole_items {
        return None;
    }
    // (Amounts passed by as many whole items pair too: 批发业销售额、存贷款余额突破1万亿元、4万亿元.)
    let passed_whole = passed && whole_items;
    if unsaid
        && !shared_share
        && !whole
        && !passed_whole
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
        let items = complete_items(&items, !unsaid).into_iter().map(|x| drop_inner_report(strip_leading(&x))).collect();
        with_rate_owner(with_first_verb(with_first_owner(items)))
    })
}

/// The items of a list joined by 、, 和, 及 or 与. A 和, 及 or 与 inside a `compound` word of
/// dict/subject_words.tsv (one that starts before it) joins nothing (round 36: 城市供水普及率、燃气
/// 普及率和城镇污水处理率 is three items, not 城市供水普|率|燃气普|率|…, which then paired with no
/// figure). A compound that opens with the mark does not hold it: 会东特色经济园区与会理有色开发区
/// is two places, 与会 no word there.
fn list_items(t: &str) -> Vec<&str> {
    let inside_word = |k: usize| {
        t[..k]
            .char_indices()
            .rev()
            .take(3)
            .any(|(j, _)| WORDS.prefix(&t[j..], role::COMPOUND).is_some_and(|l| j + l > k))
    };
    let mut items = Vec::new();
    let mut from = 0;
    for (k, c) in t.char_indices() {
        if c == '、' || (matches!(c, '和' | '及' | '与') && !inside_word(k)) {
            items.push(&t[from..k]);
            from = k + c.len_utf8();
        }
    }
    items.push(&t[from..]);
    items
}

/// A meaning verb that opens the first list item (化解煤炭、生铁粗钢产能1672万吨、631万吨) governs
/// the items after it that have no verb of their own: 化解生铁粗钢产能, not 生铁粗钢产能 (a level).
/// Only before an object of two characters or more (签约额 is a noun, no 签约 + 额), and not onto a
/// measure named alone, which takes the first item's owner instead (成交套数、面积).
fn with_first_verb(mut items: Vec<String>) -> Vec<String> {
    let verb = match items.first().and_then(|x| leading_verb(x)) {
        Some((v, true)) if items[0][v.len()..].chars().count() >= 2 => v.to_string(),
        _ => return items,
    };
    share_last_measure(&mut items);
    for item in items.iter_mut().skip(1) {
        if WORDS.prefix(item, role::ANY_VERB | role::SCOPE).is_none() && !bare_measure(item) {
            item.insert_str(0, &verb);
        }
    }
    items
}

/// The objects of one verb share the measure that closes the last of them: 化解煤炭、生铁粗钢
/// 产能 -> 化解煤炭产能 (was `化解煤炭`, a level of coal). Only for items before the last with no
/// measure of their own, and a last item that names more than its measure.
fn share_last_measure(items: &mut [String]) {
    let Some((last, rest)) = items.split_last_mut() else { return };
    let Some(m) = measure_suffix(last).filter(|&m| m < last.len()) else { return };
    let measure = &last[last.len() - m..];
    for item in rest.iter_mut().filter(|x| measure_suffix(x).is_none()) {
        item.push_str(measure);
    }
}

/// Whether a `分别` list is two items joined by one 和 (粮食和油料产量, 航空货邮和旅客吞吐量).
fn joined_by_and(head: &str) -> bool {
    head.matches('和').count() == 1 && !head.contains(['、', '及', '与'])
}

/// Two things joined by 和 before a generic measure that closes the second (粮食和油料产量,
/// 航空货邮和旅客吞吐量) are both measured by it: 粮食产量, 航空货邮吞吐量 (was `粮食`, a level of
/// grain). Only a first item of three characters or more, of nouns with no measure or verb of
/// its own.
fn share_last_generic(items: &mut [String]) {
    let [first, last] = items else { return };
    let Some(m) = WORDS.suffix(last, role::GENERIC).filter(|&m| last[..last.len() - m].chars().count() >= 2) else {
        return;
    };
    // (Items of one or two characters are completed with the last one's head: `complete_items`.)
    if plain_noun(first) {
        first.push_str(&last[last.len() - m..]);
    }
}

/// Two things joined by 和 whose first ends in the word that the last repeats after a modifier
/// of its own (城市居民和农村居民人均可支配收入分别达…: 居民) share the words after it:
/// 城市居民人均可支配收入 (was `城市居民`, no measure; round 32). The shared word has two
/// characters or more, and the words after it end in a measure; the first item has none of its own.
fn share_tail_after_same_word(items: &mut [String]) {
    let [first, last] = items else { return };
    let Some((w, _)) = first.char_indices().rev().nth(1) else { return };
    let word = &first[w..];
    let Some(j) = last.find(word).filter(|&j| j > 0) else { return };
    let tail = &last[j + word.len()..];
    if plain_noun(first) && !tail.is_empty() && measure_suffix(tail).is_some() && plain_noun(&last[..j + word.len()]) {
        first.push_str(tail);
    }
}

/// Things listed under 分别 before a last item that closes with a measure (or a rate, 覆盖率), none with a measure
/// of its own, are all measured by it: 全省广播、电视覆盖率 -> 全省广播覆盖率 (was `全省广播`, no
/// measure). Only items of three characters or more (shorter ones share the last item's whole
/// head: `complete_items`) that are nouns, with no verb or change word inside.
fn share_measure_with_plain(items: &mut [String]) {
    let Some((last, rest)) = items.split_last_mut() else { return };
    // (Not a list closed by 等 and a head, which gives its head below; nor items that name a
    // measure of their own, 资产总额、营业总收入.)
    let own_measure = |x: &String| MEASURE_END.iter().any(|w| x.ends_with(w.as_str()));
    if list_end(last).is_some() || rest.iter().any(own_measure) {
        return;
    }
    // (A generic measure or a rate only: a `list_measure` word, 收入 or 人数, may end a longer
    // measure the items do not share whole, 人均可支配收入, 参保人数.)
    let m = WORDS.suffix(last, role::GENERIC).or_else(|| rate_suffix(last));
    let Some(m) = m.filter(|&m| last[..last.len() - m].chars().count() >= 2) else { return };
    let measure = &last[last.len() - m..];
    if !rest.is_empty() && rest.iter().all(|x| plain_noun(x)) {
        for item in rest {
            item.push_str(measure);
        }
    }
}

/// Whether `t` is a noun of three characters or more with no measure, verb or change word in it.
fn plain_noun(t: &str) -> bool {
    t.chars().count() > 2
        && t.chars().all(crate::lang::chars::is_han)
        && measure_suffix(t).is_none()
        && (0..t.len())
            .filter(|&k| t.is_char_boundary(k))
            .all(|k| WORDS.prefix(&t[k..], role::ANY_VERB | role::GROWTH | role::DECLINE).is_none())
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

/// Whether `t` is a measure named alone: a generic word or a `list_measure` word.
fn bare_measure(t: &str) -> bool {
    WORDS.has(t, role::GENERIC) || LIST_MEASURE.iter().any(|w| w == t)
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

/// Where the first 分别 of `t` starts. Asked of the text before every figure: found by memchr
/// on vector lanes ([`crate::lang::text::find`]), where `str::find` would build a searcher for
/// the two characters at every call (and `match_indices('别')` stopped at every byte of its
/// last byte's value, a continuation byte common in Chinese text).
pub(super) fn find_respectively(t: &str) -> Option<usize> {
    crate::lang::text::find(t, "分别")
}

/// Where the last 分别 of `t` starts (see [`find_respectively`]).
fn rfind_respectively(t: &str) -> Option<usize> {
    t.rmatch_indices('别').map(|(k, _)| k).find(|&k| t[..k].ends_with('分')).map(|k| k - '分'.len_utf8())
}

/// The words after 分别 that belong to each subject of its list: an absolute change keeps its
/// verb (参保人数分别增加X、Y), a share its denominator (存贷款余额分别占全省X、Y).
pub(super) fn after_respectively<'a>(m: &Mention, left: &'a str) -> &'a str {
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
fn complete_items(items: &[&str], said: bool) -> Vec<String> {
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
    let head = if len >= 2 { word_whole_head(head) } else { head };
    if !short || head.chars().count() < 2 || splits_a_word(last, len) {
        // 困难残疾人生活补贴、重度残疾人护理补贴标准: the words after the items' common ending
        // (补贴) in the last item (标准) are the whole list's.
        if let Some(tail) = shared_tail(rest, last) {
            let mut out: Vec<String> = rest.iter().map(|x| format!("{x}{tail}")).collect();
            out.push((*last).to_string());
            return out;
        }
        let mut out: Vec<String> = items.iter().map(|x| (*x).to_string()).collect();
        if said {
            share_measure_with_plain(&mut out);
        }
        return out;
    }
    // 专利和发明专利授权量: the head already starts with the short item (专利授权量).
    let mut out: Vec<String> =
        rest.iter().map(|x| if head.starts_with(x) { head.clone() } else { format!("{x}{head}") }).collect();
    out.push((*last).to_string());
    out
}

/// The shared head cut from the last list item, without a single character left before its
/// measure: that character ends the last item's own noun (苹果、蔬菜、中药材产量: 中药材 is one
/// word, so the head is 产量, not 材产量), since a head noun shared by the items is a word of two
/// characters or more (城镇、农村居民人均可支配收入 -> 居民…). Only after items of two characters:
/// after one-character items the head may be an abbreviation (一、二、三产增加值 -> 一产增加值).
fn word_whole_head(head: String) -> String {
    match measure_suffix(&head) {
        Some(m) if m < head.len() && head[..head.len() - m].chars().count() == 1 => head[head.len() - m..].to_string(),
        _ => head,
    }
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
pub(super) fn previous_clause_items(s: &str, floor: usize, from: usize) -> Vec<String> {
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
    let items: Vec<&str> = list_items(c)
        .into_iter()
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(|x| strip_links(strip_leading(x)))
        .collect();
    with_rate_owner(with_first_owner(complete_items(&items, false)))
}

/// Where a tier of two characters or more (省级, 国家级) stands in `t`, with a noun after it.
pub(super) fn tier_in(t: &str) -> Option<(usize, usize)> {
    t.char_indices().find_map(|(j, _)| {
        let l = WORDS.prefix(&t[j..], role::TIER)?;
        (t[j..j + l].chars().count() >= 2 && j + l < t.len()).then_some((j, j + l))
    })
}

/// Whether the `n` figures before figure `i` are amounts of its sentence, each with a subject of
/// its own, different from the one before it: the items a group of `n` changes after them pairs
/// with in order.
pub(super) fn amounts_before(
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

/// The figures a lone figure after `分别` shares (全区旅游人数力争突破370万人次，旅游收入达到38亿元，分别
/// 增长20%): every figure before figure `i` in its sentence, two to four amounts each closing a
/// clause of its own with a subject of its own, all changing by the one figure. Their subjects
/// joined by 、 (全区旅游人数、旅游收入), as the golds name one figure several things share (接待国内游客
/// 人次、出游总花费均增长20%). None when the sentence holds anything else before it (a rate, a figure
/// joined by 、 to the next, a figure with no subject), or when two subjects are the same.
pub(super) fn shared_by_respectively(
    cx: &Document,
    ms: &[Mention],
    i: usize,
    sentence: Option<crate::lang::text::Line>,
) -> Option<String> {
    let s = cx.s();
    let k = (0..i).rev().take_while(|&j| cx.sentence_at(ms[j].start) == sentence).count();
    if !(2..=4).contains(&k) || !amounts_before(cx, ms, i, k, sentence) {
        return None;
    }
    let own_clause = |j: usize| between(s, ms[j].q_end, ms[j + 1].q_start).contains(is_clause_mark);
    if !(i - k..i).all(own_clause) {
        return None;
    }
    let subjects: Vec<&str> = (i - k..i).filter_map(|j| ms[j].subject.as_deref()).collect();
    let distinct = subjects.iter().enumerate().all(|(a, x)| !subjects[..a].contains(x));
    distinct.then(|| subjects.join("、"))
}

/// Whether `c` ends a clause inside a sentence (，；): the figures it parts are no 、-list.
fn is_clause_mark(c: char) -> bool {
    matches!(c, '，' | ',' | '；' | ';')
}

/// What a list read from each figure needs to know of the figures after it, read once per
/// document from the last figure back: asked of each figure, a walk to the end of its list was
/// quadratic in a list of thousands of bare figures (分别为1、2、…、5000个).
pub(super) struct Groups {
    /// Number of figures from `i` joined by 、/和 only (8.1%、9.2%和7.5%): `i` and, when the gap
    /// after it holds only a separator, those from `i + 1`.
    pub len: Vec<usize>,
    /// Number of figures from `i` in a row that are levels (amounts or ratios) of `i`'s unit.
    levels: Vec<usize>,
    /// Number of figures from `i` in a row of `i`'s unit and measure.
    same_kind: Vec<usize>,
    /// The first figure from `i` on held above a level (99%以上), or the number of figures.
    next_at_least: Vec<usize>,
}

impl Groups {
    pub(super) fn new(s: &str, ms: &[Mention]) -> Groups {
        let n = ms.len();
        let mut g = Groups { len: vec![1; n], levels: vec![0; n], same_kind: vec![1; n], next_at_least: vec![n; n] };
        let level = |m: &Mention| matches!(m.measure, Measure::Amount | Measure::Ratio);
        for i in (0..n).rev() {
            let next = ms.get(i + 1);
            let same_unit = next.is_some_and(|x| x.unit_base == ms[i].unit_base);
            if let Some(x) = next {
                let (rest, sep) = strip_separator(between(s, ms[i].q_end, x.q_start));
                if sep && rest.is_empty() {
                    g.len[i] = g.len[i + 1] + 1;
                }
                if same_unit && x.measure == ms[i].measure {
                    g.same_kind[i] = g.same_kind[i + 1] + 1;
                }
                g.next_at_least[i] = g.next_at_least[i + 1];
            }
            if level(&ms[i]) {
                g.levels[i] = 1 + if same_unit { g.levels[i + 1] } else { 0 };
            }
            if matches!(ms[i].qualifier, Qualifier::AtLeast) {
                g.next_at_least[i] = i;
            }
        }
        g
    }
}
