//! The per-document cache of time phrases and topics: what [`super::resolve`] reads about a
//! document more than once, kept from one figure to the next.

use std::cell::{Cell, OnceCell, RefCell};
use std::ops::Range;

use super::cues::{PCUES, Pattern, covers};
use super::phrases::{Hit, Ref, Role, Years, refs_of, scan, whole_text_hits};
use super::sections::{SectionTime, is_multi_year};
use crate::lang::chars::is_blank;
use crate::lang::hash::FnvMap;
use crate::lang::marks::{clause_marks, first_clause_mark, last_clause_mark};
use crate::lang::text::Line;
use crate::model::Period;

/// Characters that may open a sentence before its topic: blanks and dashes (——五年来，…).
fn lead_len(t: &str) -> usize {
    t.len() - t.trim_start_matches(|c: char| is_blank(c) || matches!(c, '—' | '-' | '－' | '–')).len()
}

/// The topic of the clause `s[lead..clause_end]`, whose time phrases are `refs` (see
/// [`Memo::clause_topic`]).
fn clause_topic_in(s: &str, lead: usize, clause_end: usize, refs: &[Ref]) -> Option<Ref> {
    let r = *refs.first()?;
    if matches!(r.role, Role::Base | Role::From) || !r.strong {
        return None;
    }
    // Blanks do not count: some published texts space every number (到 2020 年…).
    let prefix = s[lead..r.start].trim_matches(is_blank);
    let opens = prefix.is_empty() || is_topic_prefix(prefix);
    let closes = r.end == clause_end && prefix.chars().count() <= 6;
    (opens || closes).then_some(r)
}

/// Whether the words before a sentence's first time phrase leave it the topic: `topic_prefix`
/// words, one after another (在|刚刚过去的|2000年).
fn is_topic_prefix(prefix: &str) -> bool {
    let mut t = prefix;
    while !t.is_empty() {
        // (The list is sorted longest first: 截止到 before 截止.)
        match PCUES.topic_prefix.iter().find(|w| t.starts_with(w.as_str())) {
            Some(w) => t = &t[w.len()..],
            None => return false,
        }
    }
    true
}

/// The longest form of address before a colon (各位代表, 同志们) that may open a sentence.
const ADDRESS_MAX_CHARS: usize = 6;

/// The clause of `s[lead..end]` whose topic is asked: up to its first clause mark, or after a
/// form of address opening it with its colon (各位代表：在刚刚过去的2000年，…, a paragraph that
/// opens a review: the topic is in the clause after it). Its start and end in `s`.
/// (The first mark is searched for once: it ends the clause unless it is the address's colon.)
fn topic_clause(s: &str, lead: usize, end: usize) -> (usize, usize) {
    match first_clause_mark(&s[lead..end]) {
        Some((k, c @ ('：' | ':'))) if s[lead..lead + k].chars().count() <= ADDRESS_MAX_CHARS => {
            let lead = lead + k + c.len_utf8();
            (lead, first_clause_mark(&s[lead..end]).map_or(end, |(i, _)| lead + i))
        }
        // 各位代表，2021年是…: an address of its own clause, read over like the colon's.
        Some((k, c @ ('，' | ','))) if PCUES.address.iter().any(|w| s[lead..lead + k].trim_matches(is_blank) == w) => {
            let lead = lead + k + c.len_utf8();
            (lead, first_clause_mark(&s[lead..end]).map_or(end, |(i, _)| lead + i))
        }
        Some((k, _)) => (lead, lead + k),
        None => (lead, end),
    }
}

/// A carried topic (step 4 of [`resolve`]) and the section time it was checked against.
type Carried = (SectionTime, Option<Period>);

/// How far back from a figure, in bytes, its clause start is searched for directly (see
/// [`Memo::after_clause_mark`]): about 170 ideographs, longer than most sentences.
const NEAR_BYTES: usize = 512;

/// What [`resolve`] reads about a document more than once, kept from one figure to the next.
///
/// A figure's period may come from the topic of any earlier sentence of its paragraph or
/// paragraph of its section, so without this every figure rescans them: quadratic in the
/// length of a section. Built once per document ([`Document::memo`]); the caches fill
/// as figures ask. Every answer is the one the scan would give (the keys are the exact spans
/// scanned), so results do not depend on the order figures are resolved in.
pub struct Memo {
    /// The years the scans read relative phrases and `以来` against.
    years: Years,
    /// Byte offsets of the line breaks (`\n`, `\r`): paragraphs by binary search.
    breaks: Vec<usize>,
    /// Byte offsets of the clause marks and of the character after each, found when a clause
    /// is first asked for far from its sentence's start (see [`Memo::after_clause_mark`]).
    marks: OnceCell<Vec<(usize, usize)>>,
    /// Every match of each time pattern over the whole text, with its pattern's index, by
    /// start (see [`Memo::scan`]); of one pattern, in text order.
    hits: Vec<(usize, Hit)>,
    /// The spans those matches read, by start: a match, and for “十N五” the words after it
    /// that may qualify it.
    guards: Vec<(usize, usize)>,
    /// The longest guard, in bytes.
    guard_max: usize,
    /// Clause topics, by the span scanned for them (a sentence's first clause is asked for
    /// as the sentence and as a clause) …
    topics: RefCell<FnvMap<(usize, usize), Option<Ref>>>,
    /// … and by the `start..end` they were asked for.
    asked: RefCell<FnvMap<(usize, usize), Option<Ref>>>,
    /// The nearest topic among sentences `first..i` of a paragraph, by `(first, i)`.
    before: RefCell<FnvMap<(usize, usize), Option<Ref>>>,
    /// Topics carried into a paragraph (by span and section id), with the section time they
    /// were checked against.
    pub(super) carried: RefCell<FnvMap<(usize, usize, usize), Carried>>,
    /// Where the year of a span-first part takes over, by the part's start (see
    /// [`Memo::year_opens`]).
    year_opens: RefCell<FnvMap<usize, usize>>,
    /// A span `start..end` found to hold no goal word (see [`Memo::goal_free`]).
    goal_free: Cell<(usize, usize)>,
    /// The longest goal word, in bytes.
    goal_max: usize,
}

impl Memo {
    /// An empty memo for the text `s` of a report whose phrases are read against `years`.
    pub fn new(s: &str, years: Years) -> Memo {
        let b = s.as_bytes();
        let breaks = std::iter::successors(crate::lang::text::find_either(b, 0, b'\n', b'\r'), |&i| {
            crate::lang::text::find_either(b, i + 1, b'\n', b'\r')
        })
        .collect();
        let c = &*PCUES;
        let hits = whole_text_hits(s, years.relative);
        let mut guards: Vec<(usize, usize)> = hits
            .iter()
            .enumerate()
            .flat_map(|(k, hs)| {
                let reach = if c.pattern(k) == Pattern::PlanNo { c.plan_after_max } else { 0 };
                hs.iter().map(move |h| (h.start, h.end + reach))
            })
            .collect();
        guards.sort_unstable();
        let guard_max = guards.iter().map(|(a, b)| b - a).max().unwrap_or(0);
        // (One list by start, so that a scan finds its matches by one binary search instead
        // of one in each pattern's list; a stable sort keeps each pattern's text order.)
        let mut hits: Vec<(usize, Hit)> =
            hits.into_iter().enumerate().flat_map(|(k, hs)| hs.into_iter().map(move |h| (k, h))).collect();
        hits.sort_by_key(|(_, h)| h.start);
        Memo {
            years,
            breaks,
            marks: OnceCell::new(),
            hits,
            guards,
            guard_max,
            topics: RefCell::default(),
            asked: RefCell::default(),
            before: RefCell::default(),
            carried: RefCell::default(),
            year_opens: RefCell::default(),
            goal_free: Cell::new((usize::MAX, 0)),
            goal_max: c.goal.iter().map(String::len).max().unwrap_or(0),
        }
    }

    /// Byte offset where the clause containing `at` starts (after the last clause mark before
    /// it), not before `from`. Near `from` (most sentences) by a search back from `at`; farther,
    /// by the document's marks, found once: a search back for each figure was quadratic in a
    /// clause of thousands of figures (1、2、…、5000个), and finding the marks of every document
    /// first cost more than the short searches it saves.
    pub(super) fn after_clause_mark(&self, s: &str, from: usize, at: usize) -> usize {
        if at - from <= NEAR_BYTES {
            return last_clause_mark(&s[from..at]).map_or(from, |(i, c)| from + i + c.len_utf8());
        }
        let marks = self.marks.get_or_init(|| clause_marks(s).map(|(i, c)| (i, i + c.len_utf8())).collect());
        let k = marks.partition_point(|&(i, _)| i < at);
        k.checked_sub(1).map(|k| marks[k]).filter(|&(i, _)| i >= from).map_or(from, |(_, end)| end)
    }

    /// Whether `s[a..b]` surely holds no goal word (`goal_any` finds none; `false` when there is
    /// no such automaton). Asked of the clause before each figure: the next figure's clause
    /// from the same start only grows, so only its new bytes (and the longest goal word before
    /// them) are searched, not the whole clause again (quadratic in a clause of 5,000 figures).
    pub(super) fn goal_free(&self, s: &str, a: usize, b: usize) -> bool {
        let Some(ac) = PCUES.goal_any.as_ref() else { return false };
        let (start, end) = self.goal_free.get();
        let mut from = a;
        if start == a && (a..=b).contains(&end) {
            from = end.saturating_sub(self.goal_max.saturating_sub(1)).max(a);
            while !s.is_char_boundary(from) {
                from -= 1;
            }
        }
        let free = !ac.is_match(&s[from..b]);
        if free {
            self.goal_free.set((a, b));
        }
        free
    }

    /// The line (paragraph) containing a byte offset.
    pub(super) fn paragraph_at(&self, s: &str, byte: usize) -> Line {
        let k = self.breaks.partition_point(|&b| b < byte);
        let start = k.checked_sub(1).map_or(0, |j| self.breaks[j] + 1);
        let end = self.breaks.get(k).copied().unwrap_or(s.len());
        Line { start, end }
    }

    /// `scan(s, range)`, from the matches of the whole text.
    ///
    /// The patterns have no anchors or look-around, so searching a range finds exactly the
    /// matches of the whole text that lie in it, unless one of those crosses an end of the
    /// range (a shorter match may then begin or end there) or the range ends within the words
    /// a “十N五” reads after it. Those ranges are scanned on their own. (What a match decides
    /// from the range, such as a digit right before it, [`refs_of`] reads for each range.)
    pub(super) fn scan(&self, s: &str, range: Range<usize>) -> Vec<Ref> {
        let (a, b) = (range.start, range.end);
        let cuts = |x: usize| {
            let from = self.guards.partition_point(|g| g.0 + self.guard_max <= x);
            self.guards[from..].iter().take_while(|g| g.0 < x).any(|g| x < g.1)
        };
        if a > b || cuts(a) || cuts(b) {
            return scan(s, range, self.years);
        }
        let from = self.hits.partition_point(|(_, h)| h.start < a);
        let mut hits: Vec<(usize, Hit)> = self.hits[from..].iter().take_while(|(_, h)| h.start < b).copied().collect();
        if hits.is_empty() {
            return Vec::new();
        }
        // Pattern by pattern, each in text order (a stable sort of the matches by start).
        hits.sort_by_key(|&(k, _)| k);
        refs_of(s, range, self.years, &hits)
    }

    /// The time phrase a sentence opens with, if any: 过去一年，… / 2021年是… / 到2026年，… /
    /// 刚刚过去的2025年，… It sets the time of the sentences after it.
    pub(super) fn sentence_topic(&self, s: &str, sent: Line) -> Option<Ref> {
        self.clause_topic(s, sent.start, sent.end).or_else(|| self.lead_in_topic(s, sent))
    }

    /// The time of a lead-in to a list (这里，我再次郑重承诺，今年要继续办好八件实事：（1）…): a
    /// clause before the sentence's colon that opens with a time phrase, when the first clause
    /// has none. The items after it (（2）…（8）) are about that time.
    fn lead_in_topic(&self, s: &str, sent: Line) -> Option<Ref> {
        let text = &s[sent.start..sent.end];
        let colon = crate::lang::text::find_char(text, '：')?;
        let mut at = sent.start;
        while let Some((k, c)) = crate::lang::marks::first_clause_mark(&s[at..sent.start + colon]) {
            at += k + c.len_utf8();
            if let Some(t) = self.clause_topic(s, at, sent.end) {
                return Some(t);
            }
        }
        None
    }

    /// The time phrase heading the clause that starts at `start` (and ends at the next clause
    /// mark before `end`): it opens the clause (过去一年，… 到2026年，… 2021年实现…) or closes a
    /// short one (刚刚过去的2025年，…). A phrase inside a clause (编制“十五五”规划, 水质30年来首次…)
    /// only names a time and places nothing beyond its clause.
    pub(super) fn clause_topic(&self, s: &str, start: usize, end: usize) -> Option<Ref> {
        if let Some(t) = self.asked.borrow().get(&(start, end)) {
            return *t;
        }
        let (lead, clause_end) = topic_clause(s, start + lead_len(&s[start..end]), end);
        let cached = self.topics.borrow().get(&(lead, clause_end)).copied();
        let t = cached.unwrap_or_else(|| clause_topic_in(s, lead, clause_end, &self.scan(s, lead..clause_end)));
        self.topics.borrow_mut().insert((lead, clause_end), t);
        self.asked.borrow_mut().insert((start, end), t);
        t
    }

    /// The topic of the nearest of `sentences[first..i]` that has one (step 3 of [`resolve`]).
    /// Kept for each `i`, so the figures of a long paragraph do not each walk back over it.
    pub(super) fn earlier_topic(&self, s: &str, sentences: &[Line], first: usize, i: usize) -> Option<Ref> {
        let mut open = Vec::new(); // the `j` whose answer this walk decides
        let mut j = i;
        let found = loop {
            if j <= first {
                break None;
            }
            if let Some(t) = self.before.borrow().get(&(first, j)) {
                break *t;
            }
            open.push(j);
            if let Some(t) = self.sentence_topic(s, sentences[j - 1]) {
                break Some(t);
            }
            j -= 1;
        };
        let mut before = self.before.borrow_mut();
        for j in open {
            before.insert((first, j), found);
        }
        found
    }

    /// The start of the first paragraph from byte `from` that opens with `year` (刚刚过去的
    /// 2017年，…, 一年来，…), or the text's end: in a part whose heading names a span before the
    /// year, where the span's paragraphs end. Walked once per part.
    pub(super) fn year_opens(&self, s: &str, sentences: &[Line], from: usize, year: Period) -> usize {
        if let Some(&at) = self.year_opens.borrow().get(&from) {
            return at;
        }
        let mut at = from;
        let found = loop {
            if at >= s.len() {
                break s.len();
            }
            let p = self.paragraph_at(s, at);
            if p.end > p.start
                && self
                    .paragraph_topic(s, sentences, p)
                    .is_some_and(|t| t.role != Role::SectionYear && t.period == year)
            {
                break p.start;
            }
            at = s.ceil_char_boundary(p.end.max(at) + 1);
        };
        self.year_opens.borrow_mut().insert(from, found);
        found
    }

    /// What a paragraph with no topic of its own continues from paragraph `para`: its opening
    /// topic, unless a later sentence of it opens with a span that holds that year (2020年我们…。
    /// 五年来，全市…。 then 一是经济实力大幅提升…: the five years, not 2020). Any other later
    /// topic (a year compared in passing) leaves the opening one.
    pub(super) fn continued_topic(&self, s: &str, sentences: &[Line], para: Line) -> Option<Ref> {
        let first = self.paragraph_topic(s, sentences, para)?;
        let i = sentences.partition_point(|l| l.end <= para.start);
        let n = sentences[i..].iter().take_while(|l| l.start < para.end).count();
        let last = sentences[i..i + n].iter().rev().find_map(|l| self.sentence_topic(s, *l));
        // A span of several years holding the opening topic's single year.
        let holds =
            |span: Period, p: Period| is_multi_year(span) && p.start == p.end && p.end.is_some_and(|y| covers(span, y));
        Some(match last {
            Some(l)
                if l.role != Role::SectionYear && first.role != Role::SectionYear && holds(l.period, first.period) =>
            {
                l
            }
            _ => first,
        })
    }

    /// The topic of a paragraph: the one its first sentence opens with (after a salutation
    /// such as 各位代表！).
    pub(super) fn paragraph_topic(&self, s: &str, sentences: &[Line], para: Line) -> Option<Ref> {
        let i = sentences.partition_point(|l| l.end <= para.start);
        let mut it = sentences[i..].iter().take_while(|l| l.start < para.end);
        let first = *it.next()?;
        if let Some(t) = self.sentence_topic(s, first) {
            return Some(t);
        }
        let ft = &s[first.start..first.end];
        if ft.chars().count() <= 8 && ft.ends_with(['！', '!', '：', ':']) {
            return it.next().and_then(|l| self.sentence_topic(s, *l));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The memo's scans, read off the matches of the whole text, are the scans of the range
    /// itself for every range, including those that cut a match or follow a digit.
    #[test]
    fn memo_scans_are_range_scans() {
        let s = "过去五年，2017—2021年由2010年的162.4亿元增加到2015年的287.9亿元，“十四五”时期全年\n\
                 去年12021年比2010年增加，今后两年及“十四五”末，第十四个五年规划期间五年来3.2021年";
        let key = |r: &Ref| (r.start, r.end, r.period, r.role, r.strong);
        for ry in [Some(2022), None] {
            let memo = Memo::new(s, Years::same(ry));
            let cuts: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            for (i, &a) in cuts.iter().enumerate() {
                for &b in &cuts[i..] {
                    let want: Vec<_> = scan(s, a..b, Years::same(ry)).iter().map(key).collect();
                    let got: Vec<_> = memo.scan(s, a..b).iter().map(key).collect();
                    assert_eq!(got, want, "{:?}", &s[a..b]);
                }
            }
        }
    }

    /// A clause start asked near or far from its sentence's start, and whether a clause holds a
    /// goal word asked figure after figure (the memo of the span found free), answer as the
    /// direct searches do, for every start and end, asked in text order and out of it.
    #[test]
    fn clause_starts_and_goal_words_are_the_searches() {
        let list: String = (1..300).map(|k| format!("{k}、")).collect();
        let s = format!("全年力争增长6%，{list}力争完成，其中：目标为5%；确保{list}个。一二，三");
        let memo = Memo::new(&s, Years::same(Some(2022)));
        let ac = PCUES.goal_any.as_ref().expect("goal words");
        let cuts: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
        for &a in cuts.iter().step_by(7) {
            let ends = cuts.iter().copied().filter(|&b| b >= a);
            for b in ends.clone().chain(ends.rev().step_by(5)) {
                let want = last_clause_mark(&s[a..b]).map_or(a, |(i, c)| a + i + c.len_utf8());
                assert_eq!(memo.after_clause_mark(&s, a, b), want, "{a}..{b}");
                assert_eq!(memo.goal_free(&s, a, b), !ac.is_match(&s[a..b]), "{a}..{b}");
            }
        }
    }
}
