//! The words before a figure: where its clause starts, the figure before it in that clause, and
//! the separators and link words that tie words to a number. Shared by the measure and the
//! subject readers.

use super::mention::Mention;
use std::sync::LazyLock;

use super::vocabulary::{WORDS, pattern_words, role};
use crate::lang::chars::is_inline_space;
use crate::lang::marks::is_clause_break;
use crate::lang::text::MAX_SENTENCE_BYTES;

/// The text between two computed offsets, or nothing when they cross or fall inside a
/// character. Mentions may overlap (a range end read twice), so the gap between two of them
/// can be an impossible range: it then holds no words.
pub fn between(s: &str, a: usize, b: usize) -> &str {
    s.get(a..b).unwrap_or("")
}

/// Start of the clause that contains `at`: after the last clause break before it, at `floor`
/// or no further back than a sentence can be long (see [`sentence_start`]: a page without marks
/// read back to `floor` 0 at every figure; session 25).
pub(super) fn clause_start(s: &str, floor: usize, at: usize) -> usize {
    let floor = floor.max(floor_before(s, at));
    between(s, floor, at)
        .char_indices()
        .rev()
        .find(|(_, c)| is_clause_break(*c))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8())
}

/// Where the sentence holding byte `at` starts, for a rule that reads the words before a figure
/// back to it: after the last character before `at` that `ends` a sentence for that rule (its own
/// marks: some rules let 。 end it and not ！). Looked for no further back than a sentence can be
/// long ([`MAX_SENTENCE_BYTES`]: the document's sentences are cut there), so that a page of one
/// line without marks costs no more per figure than a report with many: a scan back to the start
/// of the text at every figure was quadratic (a 340 KB line took 1.2 s, a 5 MB one minutes).
pub(super) fn sentence_start(s: &str, at: usize, ends: impl Fn(char) -> bool) -> usize {
    let floor = floor_before(s, at);
    between(s, floor, at).char_indices().rev().find(|&(_, c)| ends(c)).map_or(floor, |(k, c)| floor + k + c.len_utf8())
}

/// Where the sentence holding byte `at` ends, for a rule that reads the words after a figure up
/// to it: at the first character from `at` on that `ends` a sentence for that rule, looked for no
/// further than a sentence can be long, as [`sentence_start`] does backwards.
pub(super) fn sentence_end(s: &str, at: usize, ends: impl Fn(char) -> bool) -> usize {
    let ceiling = ceiling(s, at);
    between(s, at, ceiling).char_indices().find(|&(_, c)| ends(c)).map_or(ceiling, |(k, _)| at + k)
}

/// The text from `at` to no further than a sentence can be long ([`MAX_SENTENCE_BYTES`]), for a
/// rule that reads the clause after a figure up to its first break: the same words in a report
/// (a break always comes sooner), a bounded read in a page without marks, where a search to the
/// end of the text at every figure was quadratic (a 200 KB page without a comma took 5 s).
pub(super) fn rest_of_sentence(s: &str, at: usize) -> Option<&str> {
    if !s.is_char_boundary(at) {
        return None;
    }
    Some(&s[at..ceiling(s, at)])
}

/// The first character boundary no further than a sentence can be long before `at`.
fn floor_before(s: &str, at: usize) -> usize {
    let mut floor = at.saturating_sub(MAX_SENTENCE_BYTES);
    while !s.is_char_boundary(floor) {
        floor += 1;
    }
    floor
}

/// The last character boundary no further than a sentence can be long after `at`.
fn ceiling(s: &str, at: usize) -> usize {
    let mut ceiling = (at + MAX_SENTENCE_BYTES).min(s.len());
    while !s.is_char_boundary(ceiling) {
        ceiling -= 1;
    }
    ceiling
}

/// A clause start right after a short aside in brackets inside a noun (横州市茉莉花（茶）|综合品牌
/// 价值, 病险水库（水闸）|除险加固): the clause starts where the words before the aside start.
/// An aside holds at most 6 characters and no clause mark, and no digit unless it is a Latin
/// name (细颗粒物（PM2.5）|浓度, 第五代移动通信（5G）|基站: letters, digits and points, a letter
/// among them); `figure` is where the figure starts.
pub(super) fn over_aside(s: &str, cs: usize, figure: usize) -> usize {
    let Some(close) = s[..cs].chars().next_back().filter(|c| matches!(c, '）' | ')')) else { return cs };
    // The noun goes on after the aside, or the figure follows it (示范村（镇）、28个… is a list,
    // not one noun).
    if cs != figure && !s[cs..].chars().next().is_some_and(crate::lang::chars::is_han) {
        return cs;
    }
    let inner_end = cs - close.len_utf8();
    let mut open = None;
    let mut digit = false;
    for (k, (i, c)) in s[..inner_end].char_indices().rev().enumerate() {
        if matches!(c, '（' | '(') {
            open = Some(i);
            break;
        }
        if k >= 6 || is_clause_break(c) {
            return cs;
        }
        digit |= crate::lang::numerals::digit(c).is_some();
    }
    let inner = open.map_or("", |o| between(s, o + s[o..].chars().next().map_or(0, char::len_utf8), inner_end));
    let latin_name =
        inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '.') && inner.chars().any(|c| c.is_ascii_alphabetic());
    if digit && !latin_name {
        return cs;
    }
    // Words must stand right before the aside, in the same clause.
    match open {
        Some(o) if o > 0 && s[..o].chars().next_back().is_some_and(crate::lang::chars::is_han) => clause_start(s, 0, o),
        _ => cs,
    }
}

/// The words before mention `i` in its clause (after the mention before it, if that one is
/// in the same clause), and whether they follow that mention directly.
pub(super) fn left_of(s: &str, ms: &[Mention], i: usize, prev_end: Option<usize>) -> (usize, bool) {
    let m = &ms[i];
    let p_end = i.checked_sub(1).map(|j| prev_end.unwrap_or(ms[j].q_end).max(ms[j].q_end));
    // The clause starts after the last clause break before the figure. Looked for first
    // between the mention before and this one: with none there, the clause starts at or before
    // the end of the one before (an aside only moves it further back), so the words follow it,
    // and a clause of thousands of figures (1、2、…、5000个) is not scanned back to its start at
    // every figure (quadratic). A line break is a clause break: the scan stops at the line's
    // start without looking for it first (which cost a scan over the whole line per figure:
    // quadratic on a one-line page).
    let gap = p_end.filter(|_| s.is_char_boundary(m.q_start)).and_then(|e| Some((e, s.get(e..m.q_start)?)));
    let cs = match gap {
        Some((e, gap)) => match gap.char_indices().rev().find(|(_, c)| is_clause_break(*c)) {
            None => return (e, true),
            Some((k, c)) => e + k + c.len_utf8(),
        },
        None => clause_start(s, 0, m.q_start),
    };
    let cs = over_aside(s, cs, m.q_start);
    match p_end {
        Some(e) if e >= cs && e <= m.q_start => (e, true),
        _ => (cs, false),
    }
}

/// Cut the words before a figure after a 、 that closes a clause of its own (重点整车项目陆续
/// 投产、在京生产新能源汽车约30万辆): a 、-list of nouns (大数据智能化、大健康生物医药、…
/// 产业营业收入) is kept whole.
pub(super) fn last_clause(t: &str) -> &str {
    let mut from = 0;
    for (k, _) in t.match_indices('、') {
        let seg = &t[from..k];
        // (Verbs joined by 、 before one object are one verb group: 新建、改建|社区卫生服务中心.)
        let rest = &t[k + '、'.len_utf8()..];
        // (Time words and adverbs may open it: 全年新建、续建.)
        // (A group already begun before this 、 is judged by its last verb: 签约、落地、|投产.)
        let mut verbs = seg.rsplit('、').next().unwrap_or(seg);
        while let Some(l) = WORDS.prefix(verbs, role::TIME | role::LEAD | role::ADVERB | role::SCOPE) {
            verbs = &verbs[l..];
        }
        let group = only_group_verbs(verbs) && group_verb(rest).is_some_and(|l| l < rest.len());
        let closes = (WORDS.suffix(seg, role::ANY_VERB | role::GROWTH | role::DECLINE).is_some() && !group)
            || seg.ends_with(|c: char| c.is_ascii_digit() || matches!(c, '亿' | '万' | '%' | '％'))
            || ends_with_count(seg);
        if closes {
            from = k + '、'.len_utf8();
        }
    }
    &t[from..]
}

/// Verbs that may join a verb group besides those of the word table: the `work`, `carry`,
/// `attributive` and `group` words of `dict/subject_words.tsv` (续建, 改扩建, 更新, 回购), longest
/// first.
static GROUP_VERBS: LazyLock<Vec<String>> = LazyLock::new(|| {
    use crate::lexicon::SubjectRole;
    let roles = [SubjectRole::Work, SubjectRole::Carry, SubjectRole::Attributive, SubjectRole::Group];
    let mut out: Vec<String> = roles.into_iter().flat_map(pattern_words).collect();
    out.sort_by_key(|w| std::cmp::Reverse(w.len()));
    out
});

/// Length in bytes of the verb of a verb group that opens `t`: a verb of the word table, or one
/// of [`GROUP_VERBS`], the longer.
fn group_verb(t: &str) -> Option<usize> {
    let table = WORDS.prefix(t, role::ANY_VERB);
    let listed = GROUP_VERBS.iter().find(|w| crate::lang::text::opens_with(t, w)).map(String::len);
    table.max(listed)
}

/// Whether `t` is one or more group verbs and nothing else (新建, 开工新建).
fn only_group_verbs(mut t: &str) -> bool {
    if t.is_empty() {
        return false;
    }
    while let Some(l) = group_verb(t) {
        t = &t[l..];
    }
    t.is_empty()
}

/// Whether `t` ends with a number in digits and its counter or unit (创新行动96条): a figure
/// that is no row of its own (a document's title) still ends its list item. Not an ordinal
/// (第23位) nor Chinese numerals, which end words (高考一本, 清零一批).
fn ends_with_count(t: &str) -> bool {
    use crate::lexicon::UnitKind;
    let Some((l, e)) = super::units::UNITS.units.suffix_of(t) else { return false };
    let number = t[..t.len() - l].trim_end_matches(|c: char| c.is_ascii_digit());
    matches!(e.kind, UnitKind::Counter | UnitKind::Unit) && number.len() < t.len() - l && !number.ends_with('第')
}

/// The `separator` words of `dict/subject_words.tsv` (、, 以及, 和, 及, 与, 并), in file order.
static SEPARATORS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    let words = crate::lexicon::get().subject_words.iter();
    words.filter(|w| w.role == crate::lexicon::SubjectRole::Separator).map(|w| w.word.clone()).collect()
});

/// The first characters of the [`SEPARATORS`], or `None` when one is empty (which every text
/// starts with).
static SEPARATOR_FIRSTS: LazyLock<Option<Vec<char>>> =
    LazyLock::new(|| SEPARATORS.iter().map(|w| w.chars().next()).collect());

/// Strip separators that join list items (`separator` words: 、, 和, 及, 以及, 与, tried in file
/// order). Blanks around the separator do not count (9% 和 10.5%, 30.2% 、 15.1%: texts that
/// space their numbers).
pub(super) fn strip_separator(t: &str) -> (&str, bool) {
    let t = without_per_unit(t.trim_start_matches(is_inline_space));
    // (Most texts open with no separator: refused by their first character before the list is
    // compared word by word.)
    if let Some(firsts) = SEPARATOR_FIRSTS.as_ref()
        && !t.chars().next().is_some_and(|c| firsts.contains(&c))
    {
        return (t, false);
    }
    for sep in SEPARATORS.iter() {
        if let Some(r) = t.strip_prefix(sep.as_str()) {
            return (r.trim_start_matches(is_inline_space), true);
        }
    }
    (t, false)
}

/// `t` without the per-unit tail of the figure before it that opens it (2360元|/月|、1300元/月,
/// 660元|/月|、4400元/年, 165元|/人·月|提高到…, 5060元|/人/年|、…): slashes or a middle dot, each
/// before a unit word of `dict/units.tsv` (吨, 平方米, 月) or one ideograph, part of the figure's
/// unit, not of the words of the next one.
fn without_per_unit(t: &str) -> &str {
    if !t.starts_with(['/', '／']) {
        return t;
    }
    let mut r = t;
    while let Some(after) = r.strip_prefix(['/', '／', '·']) {
        let unit = super::units::UNITS.units.prefix_of(after).map(|(l, _)| l);
        let one = after.chars().next().filter(|&c| crate::lang::chars::is_han(c)).map(char::len_utf8);
        let Some(l) = unit.or(one) else { return t };
        r = &after[l..];
    }
    r
}

/// Strip link words at the end (达到, 为, 分别 …), repeatedly.
pub(super) fn strip_links(mut t: &str) -> &str {
    while let Some(l) = WORDS.suffix(t, role::LINK) {
        if l == t.len() {
            break;
        }
        t = &t[..t.len() - l];
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_read_to_their_marks_within_a_sentence_length() {
        let s = "上年增长8%。全省地区生产总值增长6%，占全国的5%；其余";
        let at = s.find("6%").unwrap();
        let sentence_mark = |c: char| matches!(c, '。' | '；');
        assert_eq!(&s[sentence_start(s, at, sentence_mark)..at], "全省地区生产总值增长");
        assert_eq!(&s[at..sentence_end(s, at, sentence_mark)], "6%，占全国的5%");
        // No mark within a sentence's length: the search stops there, on a character boundary.
        let line = "增长8%，".repeat(MAX_SENTENCE_BYTES);
        let at = line.len() / 2 + 1;
        let at = (at..).find(|&k| line.is_char_boundary(k)).unwrap();
        let (a, b) = (sentence_start(&line, at, sentence_mark), sentence_end(&line, at, sentence_mark));
        assert!(at - a <= MAX_SENTENCE_BYTES && at - a > MAX_SENTENCE_BYTES - 4, "{a} {at}");
        assert!(b - at <= MAX_SENTENCE_BYTES && b - at > MAX_SENTENCE_BYTES - 4, "{at} {b}");
        assert_eq!(sentence_start(s, 0, sentence_mark), 0);
        assert_eq!(sentence_end(s, s.len(), sentence_mark), s.len());
    }
}
