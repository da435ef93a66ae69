//! The noun written after each figure ([`Right`]): what a count counts when it names it after
//! the counter (4个|国省道改建项目), and the ways the noun is found past a note in brackets, a 的,
//! a threshold or an investment, and the work a list of counted items shares. Read once per
//! document before the walk, since later figures' words start where an earlier figure's noun ends.

use super::words::{COUNTED_TOTAL, THRESHOLD, UNDERTAKING, WORKS_HEAD, ends_in_counted_noun};
use crate::lang::marks::is_clause_break;
use crate::stages::indicators::clause::{between, left_of};
use crate::stages::indicators::mention::Mention;
use crate::stages::indicators::subject::{
    clean_left, ends_in_work, opens_with_status, right_noun, right_noun_object, right_noun_with, shared_work, work_at,
};
use crate::stages::indicators::units::UNITS;
use crate::stages::indicators::vocabulary::{WORDS, role};
use crate::vocab::Dimension;

/// The noun a figure counts when it is written after the figure.
#[derive(Clone, Copy)]
pub(super) struct Right<'a> {
    pub(super) noun: &'a str,
    /// Where the noun ends (the words of the next figure start after it).
    pub(super) end: usize,
    /// Written after 的 (投资3500万元的二三级供水管网改造): the figure is an attribute of the
    /// noun, and the subject is the noun with the word before the figure (…改造投资).
    pub(super) of: bool,
    /// A milestone noun after the figure (突破千亿元大关): no subject, but the next figure's
    /// words start after it (、达到1120亿元 continues the first figure's subject).
    pub(super) milestone: bool,
    /// The work done to the counted things that the list they are an item of names after them
    /// (6条城市道路、…60个小区等城区绿化工程 -> 绿化): see [`list_work`].
    pub(super) work: &'a str,
    /// The noun is the one a count right after the 的 names (总投资5351亿元的|85个|重点项目): the
    /// amount is an attribute of the things counted, and its words carry onto no other figure.
    pub(super) counted: bool,
}

/// The noun after each figure. A figure right before another (15件37子项重点民生实事) shares
/// the next one's noun.
pub(super) fn rights<'a>(s: &'a str, ms: &[Mention]) -> Vec<Right<'a>> {
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
            // (After an amount, a preposition opens what the money is spent on, not its noun:
            // 筹措6.02亿元|对全市农村安全饮水工程进行…, 投资13亿元|对82条河流实施…; after a count it
            // may modify the noun: 3条|对俄客货混载…航线.)
            let prep_first = WORDS.prefix(noun, role::PREP).is_some();
            let noun = match ms[i].dimension {
                Dimension::Count => noun,
                _ if prep_first => "",
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
    let counter = one || UNITS.units.get(word).is_some_and(|e| e.kind == crate::lexicon::UnitKind::Counter);
    // (Not a kind of place, 8县（区）, 4省（区）: what follows is the places' own, their air or their
    // resources, not the things counted.)
    let place = crate::lexicon::get().closes_with_admin_ending(word);
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
            return if j > i {
                ends_in_work(rights[j].noun).or_else(|| shared_works_head(ms, rights, i, j)).unwrap_or("")
            } else {
                ""
            };
        }
    }
}

/// The works head (项目, 工程, with the work word before it: 改造项目) that closes the last item
/// `j` of a list of counts and that an earlier item `i` lacks (加快推进33个重大交通、34个重大能源、
/// 80个现代水网项目 -> 重大交通项目, was `重大交通`; round 33): the items name the kind of works the
/// head counts. Only counts of nouns of two characters or more with no head of their own (a
/// `works_head` or a counted noun of dict/units.tsv: 1560个联审会审项目、75个州级重大项目 keep
/// theirs, and so do nouns ending in an `undertaking` word, 科技重大专项, or in a head of
/// dict/project_heads.tsv that is an institution, organisation or zone, 县级医院, 专项指挥部, 重点园区),
/// all of one counter (30个…园区、20条特色街、…200个重点项目 are things of their own), before a
/// last item that names more than the head.
fn shared_works_head<'a>(ms: &[Mention], rights: &[Right<'a>], i: usize, j: usize) -> Option<&'a str> {
    use crate::lexicon::HeadKind as K;
    let (noun, last) = (rights[i].noun, rights[j].noun);
    let counts = (i..=j).all(|k| ms[k].dimension == Dimension::Count && ms[k].unit == ms[i].unit);
    let head = WORKS_HEAD.iter().find(|h| last.ends_with(h.as_str()))?;
    let at = last.len() - head.len();
    let at = ends_in_work(&last[..at]).map_or(at, |w| at - w.len());
    let kind = crate::lexicon::get()
        .project_heads
        .iter()
        .filter(|h| noun.ends_with(h.word.as_str()))
        .max_by_key(|h| h.word.len())
        .map(|h| h.kind);
    let own_kind = matches!(kind, Some(K::Inst | K::Item | K::Zone | K::Area | K::Org));
    let own = own_kind
        || UNDERTAKING.iter().any(|h| noun.ends_with(h.as_str()))
        || WORKS_HEAD.iter().any(|h| noun.ends_with(h.as_str()))
        || ends_in_counted_noun(noun);
    (counts && !own && at > 0 && noun.chars().count() >= 2 && noun.chars().all(crate::lang::chars::is_han))
        .then(|| &last[at..])
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

/// The noun the next item counts, for a figure whose words are only a verb (or a verb and an
/// ordinal batch: 完成第四批|16个) and that a 、 joins to an item made of a verb, a figure of the
/// same unit and a noun (、建成10个垃圾资源化利用设施). Not when the figure names its own noun
/// (新建城市公园6个、建成100个口袋公园), nor when the next item has no verb (项目88个、合同金额…).
pub(super) fn shared_item_noun<'a>(
    s: &str,
    ms: &[Mention],
    rights: &[Right<'a>],
    i: usize,
    left: &str,
) -> Option<&'a str> {
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
