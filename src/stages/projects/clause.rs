//! A clause cut into elements: verbs, list marks, 等, cuts and runs of text (step 1 of the
//! module docs), with the noun tokens of its runs.

use crate::lang::chars::{has_inline_space, is_blank, is_han, is_inline_space};
use crate::lang::text::{holds_any3, holds_char};
use crate::lexicon::{HeadKind, VerbStage};

use super::words::{
    AMOUNT, COLLECTIVE, COUNT, ITEM_HEADS, ITEM_STAGE, KIND_STATE, POSSESSIVE, WORDS, Word, after, before,
    bracketed_segment, cut, office_after,
};

/// A byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Sp {
    pub(super) a: usize,
    pub(super) b: usize,
}

/// A piece of a clause.
#[derive(Debug, Clone, Copy)]
pub(super) enum El {
    Verb(Sp),
    /// A list mark; `ji` for 及, which can also join a compound name.
    Sep(Sp, bool),
    Deng(Sp),
    Cut(Sp),
    Run(Sp),
}

impl El {
    pub(super) fn sp(&self) -> Sp {
        match *self {
            El::Verb(s) | El::Sep(s, _) | El::Deng(s) | El::Cut(s) | El::Run(s) => s,
        }
    }
}

/// A noun token inside a run.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub(super) sp: Sp,
    pub(super) kind: HeadKind,
}

/// Whether one of the words `toks` stands across `s[a..b]` (starts before `b` and ends after `a`).
pub(super) fn word_across(toks: &[Tok], a: usize, b: usize) -> bool {
    toks.iter().any(|t| t.sp.a < b && t.sp.b > a)
}

/// The words of a clause (`s[a..b]`), left to right, into `out`.
pub(super) fn clause_words(s: &str, a: usize, b: usize, out: &mut Vec<(Sp, Word)>) {
    let lex = &*WORDS;
    out.clear();
    let text = cut(s, a, b);
    if !has_inline_space(text) {
        out.extend(lex.words.find_iter(text).map(|m| (Sp { a: a + m.start, b: a + m.end }, lex.word_of[m.pattern])));
        return;
    }
    // A blank between two Han characters is left by the page layout (积极做 好沧州、邢台支线机场
    // 前期工作): words are read across it, so the verb 做好 stays a verb and opens no name.
    let (compact, at) = without_layout_blanks(text);
    out.extend(
        lex.words
            .find_iter(&compact)
            .map(|m| (Sp { a: a + at[m.start], b: a + at[m.end - 1] + 1 }, lex.word_of[m.pattern])),
    );
}

/// `text` without the blanks between two Han characters, and for each byte of the result its
/// offset in `text`.
fn without_layout_blanks(text: &str) -> (String, Vec<usize>) {
    let (mut compact, mut at) = (String::with_capacity(text.len()), Vec::with_capacity(text.len()));
    let mut prev = None;
    for (i, c) in text.char_indices() {
        if is_inline_space(c) && prev.is_some_and(is_han) {
            // Skip the run of blanks when a Han character follows it.
            let rest = &text[i..];
            let next = rest.trim_start_matches(is_inline_space).chars().next();
            if next.is_some_and(is_han) {
                continue;
            }
        }
        compact.push(c);
        at.extend(i..i + c.len_utf8());
        prev = Some(c);
    }
    (compact, at)
}

/// Whether a clause (its text and its words) holds what one of its groups needs to name a
/// project (see `group::may_name`): a noun that closes a name, 期 or a road number (G, S), a
/// work noun and a quotation, or a generic word and what could open the kind after it (等,
/// or a count after a list mark). A clause without any names none, and is not read further.
///
/// A zone, area or organisation (开发区, 体系, 企业) closes a name only as an area, which no
/// run names a project by alone nor with list mates of its kind: a clause whose only such nouns
/// are these, without a site word, 等, a quotation mark, or a list mark where a numeral could
/// open a count summing the list up (两个, 3个), is groups without 等, each refused by
/// `group::lone_area` (session 19, perf round).
///
/// `deng` is whether `text` holds 等, which the caller has asked already (a search of the
/// clause each: 19 M instructions over raw/ when asked twice; session 25, perf27).
pub(super) fn may_hold_project(text: &str, words: &[(Sp, Word)], deng: bool) -> bool {
    // (The words first: a clause with a noun closing a name needs no search of its text.)
    let (mut work, mut generic, mut area, mut site) = (false, false, false, false);
    for (_, w) in words {
        match *w {
            Word::Noun(HeadKind::Head | HeadKind::Inst | HeadKind::Item) => return true,
            Word::Noun(k) if k.closes() => area = true,
            Word::Noun(HeadKind::Site) => site = true,
            Word::Noun(HeadKind::Work) => work = true,
            Word::Noun(HeadKind::Generic) => generic = true,
            _ => {}
        }
    }
    // (期 by `holds_any3`: see `deng` in `action::scan_clause`.)
    if holds_any3(text, ['期']) || memchr::memchr2(b'G', b'S', text.as_bytes()).is_some() {
        return true;
    }
    if area
        && (site
            || holds_any3(text, ['等', '“', '”'])
            || (holds_any3(text, ['、', '和', '及']) && text.contains(|c: char| opens_collective(c))))
    {
        return true;
    }
    (work && holds_char(text, '“'))
        // 巢湖综合治理: works on a named river close its name without a head (round 60).
        || super::water::holds_works_on_water(text)
        || (generic
            && (deng
                || (holds_any3(text, ['、', '和', '及', '”']) && text.contains(|c: char| opens_collective(c)))))
}

/// Whether the 等 ending a word (中等: `nonhead` in dict/project_heads.tsv) is the list mark: the
/// character before it ends an item named by a number (三中, 四十八中: a school), or what follows
/// is a 项目, 工程 or a count (正中等项目, 四十八中等26个项目), which no grade word stands before
/// (a grade of size is 中型). 中等学校 and 中等职业教育 stay one word.
fn deng_closes(s: &str, sp: Sp, b: usize) -> bool {
    let word = cut(s, sp.a, sp.b);
    let Some(stem) = word.strip_suffix('等') else { return false };
    let rest = cut(s, sp.b, b);
    let numbered = stem.chars().count() == 1
        && before(s, sp.a)
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    numbered || ITEM_HEADS.iter().any(|w| rest.starts_with(w)) || COUNT.is_match(rest)
}

/// Whether the word at `sp`, opening with 和, is the list mark before a route named by its ends
/// (和平远至武平: 平远 is the place the route starts from, the 至 two or three characters on).
fn and_before_route(s: &str, sp: Sp, b: usize) -> bool {
    let Some(rest) = cut(s, sp.a, sp.b).strip_prefix('和').map(|_| cut(s, sp.a + '和'.len_utf8(), b)) else {
        return false;
    };
    let mut chars = rest.chars();
    let place: String = chars.by_ref().take_while(|c| *c != '至').collect();
    (2..=3).contains(&place.chars().count()) && place.chars().all(is_han) && rest.len() > place.len()
}

/// Whether the verb at `sp` is the first word of a name fronted by 对 (对建设大街…进行绿化提升改造:
/// 对 ends the clause's head; 建设大街 is a street): the run holds only 对, and a noun closing a
/// name (no 项目 or 工程: 对建设项目 is a kind) follows the verb at once or after one character
/// (大|街).
fn after_dui(s: &str, sp: Sp, run_start: Option<usize>, next: Option<&(Sp, Word)>) -> bool {
    run_start.is_some_and(|st| cut(s, st, sp.a) == "对")
        && matches!(next, Some((n, Word::Noun(k))) if n.a >= sp.b
            && k.closes()
            && *k != HeadKind::Item
            && cut(s, sp.b, n.a).chars().count() <= 1
            && cut(s, sp.b, n.a).chars().all(|c| is_han(c) && c != '的'))
}

/// Whether the verb at `sp` opens a list item after 、 that ends in the head the item before it
/// ends in (平安大街、建设大街: the verb names the street), the head at once or after one character.
fn parallel_head_after(s: &str, sp: Sp, els: &[El], next: Option<&(Sp, Word)>) -> bool {
    let [.., El::Run(prev), El::Sep(mark, _)] = els else { return false };
    let Some((n, Word::Noun(k))) = next else { return false };
    let gap = if n.a >= sp.b { cut(s, sp.b, n.a) } else { return false };
    cut(s, mark.a, mark.b) == "、"
        && k.closes()
        && *k != HeadKind::Item
        && gap.chars().count() <= 1
        && gap.chars().all(|c| is_han(c) && c != '的')
        && cut(s, prev.a, prev.b).ends_with(cut(s, n.a, n.b))
}

/// Whether the verb at `sp` is an `item_stage` verb (续建) written onto a list's item (two
/// characters at least) right before the list's 等 (三北防护林续建等项目).
fn item_stage_before_deng(s: &str, sp: Sp, run_start: Option<usize>) -> bool {
    ITEM_STAGE.contains(&cut(s, sp.a, sp.b))
        && after(s, sp.b).starts_with('等')
        && run_start.is_some_and(|st| cut(s, st, sp.a).chars().count() >= 2)
}

/// Whether the verb at `sp` ends a list item that is not the list's first, right before the next
/// list mark 、, in a list that 等 closes later in the clause (…、环城东路、6个乡镇基层政权建设、公检法等
/// 一批项目已经竣工投入使用): it names the item's works, as 建设 written before 等 does (乡镇基层
/// 政权建设等), not the predicate of the items before it. Asked only of verbs that are written onto
/// names (建设) or that give no stage (整合, 拓宽, 发展): a verb of progress there is a predicate
/// of its own item (“一带一路”加快推进、沿边地区开发开放等…机遇; 华夏云天航空发动机维修、…).
fn works_of_listed_item(s: &str, sp: Sp, run_start: Option<usize>, els: &[El], b: usize) -> bool {
    run_start.is_some_and(|st| cut(s, st, sp.a).chars().count() >= 2)
        && matches!(els.last(), Some(El::Sep(m, false)) if cut(s, m.a, m.b) == "、")
        && after(s, sp.b).starts_with('、')
        && cut(s, sp.b, b).contains('等')
}

/// Whether the verb at `sp` is a `kind_state` word (在建, 续建) right after 等 and right before
/// a noun: the kind after 等 is read without it (等在建高速公路项目, 等续建水库).
fn state_of_kind(s: &str, sp: Sp, run_start: Option<usize>, els: &[El], next: Option<&(Sp, Word)>) -> bool {
    run_start.is_none()
        && matches!(els.last(), Some(El::Deng(d)) if d.b == sp.a)
        && KIND_STATE.contains(&cut(s, sp.a, sp.b))
        && matches!(next, Some((n, Word::Noun(_))) if n.a == sp.b)
}

/// A character a count summing up a list (三大项目, 2个广场) can open with.
fn opens_collective(c: char) -> bool {
    matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两')
        || (!is_han(c) && c.is_numeric())
}

/// Cut a clause into elements, and collect the noun tokens of its runs. `matches` are the
/// words of the clause ([`clause_words`]).
///
/// (Over 100 lines on purpose: one left-to-right pass with one cursor over the characters and
/// the word matches, where each mark decides from the elements before it; split into pieces,
/// the cursor, the open run and the match index would have to travel through every call.)
#[cfg(test)]
pub(super) fn elements(s: &str, a: usize, b: usize, matches: &[(Sp, Word)]) -> (Vec<El>, Vec<Tok>) {
    let (mut els, mut toks) = (Vec::new(), Vec::new());
    elements_into(s, a, b, matches, &mut els, &mut toks);
    (els, toks)
}

/// [`elements`] into vectors reused from clause to clause (cleared first).
pub(super) fn elements_into(
    s: &str,
    a: usize,
    b: usize,
    matches: &[(Sp, Word)],
    els: &mut Vec<El>,
    toks: &mut Vec<Tok>,
) {
    els.clear();
    toks.clear();
    let mut run_start: Option<usize> = None;
    let close_run = |els: &mut Vec<El>, run_start: &mut Option<usize>, at: usize| {
        if let Some(st) = run_start.take()
            && at > st
        {
            els.push(El::Run(Sp { a: st, b: at }));
        }
    };
    // The owner's words with their first characters, taken once a clause: they are asked at
    // every character, which a word's own first character would be decoded for each time.
    let possessive: &[(char, &str)] = &POSSESSIVE;
    let mut mi = 0;
    let mut p = a;
    while p < b {
        // The character at `p` (decoded once: it is tested several times below).
        let c = after(s, p).chars().next().unwrap_or(' ');
        // A quotation closed within the clause is one piece of a run: its marks and verbs do
        // not cut it (“内供七环网、外送五通道”, 入选“2025全球十大工程成就”); its nouns count.
        if c == '“'
            && let Some(q) = cut(s, p, b).find('”')
        {
            let end = p + q + '”'.len_utf8();
            // Two quoted names side by side are two items: “百亿工程”“办学条件改善工程”.
            if before(s, p).ends_with('”') {
                close_run(els, &mut run_start, p);
                els.push(El::Sep(Sp { a: p, b: p }, false));
            }
            run_start.get_or_insert(p);
            while mi < matches.len() && matches[mi].0.a < end {
                if let (sp, Word::Noun(kind)) = matches[mi]
                    && sp.b <= end
                {
                    toks.push(Tok { sp, kind });
                }
                mi += 1;
            }
            p = end;
            continue;
        }
        if mi < matches.len() && matches[mi].0.a == p {
            let (sp, w) = matches[mi];
            mi += 1;
            match w {
                // 吕梁三中等项目, 四十八中等26个项目: the 等 of a word (中等) is the list mark after a
                // school named by its number or before a 项目, 工程 or a count.
                Word::Noun(HeadKind::NonHead) if run_start.is_some() && deng_closes(s, sp, b) => {
                    let at = sp.b - '等'.len_utf8();
                    close_run(els, &mut run_start, at);
                    els.push(El::Deng(Sp { a: at, b: sp.b }));
                }
                // 广州新机场和平远至武平: a word opening with 和 (和平) before a route's end (平远至)
                // is the list mark and the place the route starts from.
                Word::Noun(_)
                    if run_start.is_some_and(|st| cut(s, st, sp.a).chars().count() >= 2)
                        && and_before_route(s, sp, b) =>
                {
                    let n = '和'.len_utf8();
                    close_run(els, &mut run_start, sp.a);
                    els.push(El::Sep(Sp { a: sp.a, b: sp.a + n }, false));
                    run_start = Some(sp.a + n);
                }
                Word::Noun(kind) => {
                    if state_of_kind(s, sp, run_start, els, matches.get(mi)) {
                        // 等新建水库, 等拟建电站: read as the verb's 在建 is (a work or generic
                        // noun too), the kind's run starts after it.
                    }
                    // A work noun or suffix opening a run is its verb: 改造提升人行道, 扩建X.
                    else if run_start.is_none() && matches!(kind, HeadKind::Work | HeadKind::Suffix | HeadKind::Site)
                    {
                        els.push(El::Verb(sp));
                    } else {
                        run_start.get_or_insert(sp.a);
                        toks.push(Tok { sp, kind });
                    }
                }
                Word::Verb(v) => {
                    // A verb written onto 工程/项目 names the undertaking: 现代化大农业示范基地建设
                    // 工程, “吉林工匠”培育工程, 区疾控中心新建工程.
                    let onto_item = v.compound
                        && run_start.is_some_and(|st| cut(s, st, sp.a).chars().count() >= 2)
                        && matches!(matches.get(mi), Some((n, Word::Noun(HeadKind::Item))) if n.a == sp.b);
                    if ((v.scope || v.front) && run_start.is_some())
                        || (run_start.is_some() && super::water::reach_of_works(cut(s, sp.a, sp.b), after(s, sp.b)))
                        || onto_item
                        || after_dui(s, sp, run_start, matches.get(mi))
                    {
                        // 昌平南口全国重点实验室: a scope word inside a name; 红格南矿开发利用: a
                        // `front` verb inside one; 白沙河全线治理: the reach of works on a river.
                    } else if run_start.is_none() && parallel_head_after(s, sp, els, matches.get(mi)) {
                        // 完成平安大街、建设大街、体育大街…建设: an item of a list of streets.
                        run_start = Some(sp.a);
                    } else if (v.compound || v.stage == VerbStage::Empty)
                        && works_of_listed_item(s, sp, run_start, els, b)
                    {
                        // 6个乡镇基层政权建设、公检法等一批项目: a verb between two list marks of a
                        // list closed by 等 is written onto its item as its works; the list goes on.
                        toks.push(Tok { sp, kind: HeadKind::Work });
                    } else if state_of_kind(s, sp, run_start, els, matches.get(mi)) {
                        // 等在建高速公路项目: a state of works between 等 and the kind says which
                        // of the kind the items are; the kind's run starts after it.
                    } else if item_stage_before_deng(s, sp, run_start) {
                        // 三北防护林续建等项目: the verb between the last item and 等 is the items'
                        // own stage, older wording; the item ends before it, and the verb of the
                        // list gives the action.
                        close_run(els, &mut run_start, sp.a);
                    } else if office_after(cut(s, sp.b, b)) {
                        // 建设办蔬菜基地: the verb names an office (the 建设 sub-district); of a
                        // longer verb only its last two characters do (启动|建设办文体活动中心).
                        let text = cut(s, sp.a, sp.b);
                        let name_at = text.char_indices().rev().nth(1).map_or(sp.a, |(i, _)| sp.a + i);
                        if name_at > sp.a {
                            close_run(els, &mut run_start, sp.a);
                            els.push(El::Verb(Sp { a: sp.a, b: name_at }));
                        }
                        run_start.get_or_insert(name_at);
                    } else {
                        close_run(els, &mut run_start, sp.a);
                        els.push(El::Verb(sp));
                    }
                }
            }
            p = sp.b;
            continue;
        }
        // X、Y、Z三大项目: the count sums a list up like 等 (the names end before it).
        if run_start.is_some()
            // (Every match of COLLECTIVE opens with a numeral: most positions are refused here.)
            && opens_collective(c)
            && els.iter().rev().take_while(|e| !matches!(e, El::Verb(_) | El::Cut(_))).any(|e| matches!(e, El::Sep(..)))
            && !matches!(els.last(), Some(El::Deng(_)))
            && !before(s, p).ends_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c))
            // 第 makes it an ordinal, not a count: 甘肃移动第二大数据中心 (the second big data centre).
            && !before(s, p).ends_with('第')
            && COLLECTIVE.is_match(cut(s, p, b))
        {
            close_run(els, &mut run_start, p);
            els.push(El::Deng(Sp { a: p, b: p }));
        }
        let n = c.len_utf8();
        // (Asked only by the marks that look at the character after them.)
        let next = || cut(s, p + n, b).chars().next();
        // An owner's word ends the owner as 的 does: 麦德龙所属青山湖商场 names 青山湖商场.
        if let Some(&(_, w)) = possessive.iter().find(|&&(f, w)| f == c && cut(s, p, b).starts_with(w)) {
            close_run(els, &mut run_start, p);
            els.push(El::Cut(Sp { a: p, b: p + w.len() }));
            p += w.len();
            continue;
        }
        match c {
            // 和 and 及 join list items only after one (of two characters at least: 众和地壹街 is a
            // name) or after its verb (启动A建设和B), not at an item's start (、和若铁路, 争取和龙通用机场).
            '、' => {
                close_run(els, &mut run_start, p);
                els.push(El::Sep(Sp { a: p, b: p + n }, false));
            }
            // 新建和更新X: 和 between two verbs joins them (a verb or work noun follows it).
            '和' | '及'
                if run_start.is_none()
                    && matches!(els.last(), Some(El::Verb(_)))
                    && matches!(matches.get(mi), Some((sp, w)) if sp.a == p + n
                        && matches!(w, Word::Verb(_) | Word::Noun(HeadKind::Work | HeadKind::Suffix))) =>
            {
                els.push(El::Verb(Sp { a: p, b: p + n }));
            }
            // A 和 right before a list mark or 等 ends a name (武定仁和、永仁直苴等).
            '和' | '及'
                if !matches!(next(), Some('、' | '等'))
                    && (run_start.is_some_and(|st| cut(s, st, p).chars().count() >= 2)
                        || (matches!(els.last(), Some(El::Verb(_)))
                            && els.iter().any(|e| matches!(e, El::Run(_))))) =>
            {
                close_run(els, &mut run_start, p);
                els.push(El::Sep(Sp { a: p, b: p + n }, c == '及'));
            }
            // An apposition dash: 世界最长高速公路隧道——天山胜利隧道.
            '—' if next() == Some('—') => {
                close_run(els, &mut run_start, p);
                els.push(El::Cut(Sp { a: p, b: p + 2 * n }));
                p += 2 * n;
                continue;
            }
            '以' if next() == Some('及') => {
                close_run(els, &mut run_start, p);
                els.push(El::Sep(Sp { a: p, b: p + 2 * n }, false));
                p += 2 * n;
                continue;
            }
            '等' => {
                close_run(els, &mut run_start, p);
                let len = if next() == Some('等') { 2 * n } else { n };
                els.push(El::Deng(Sp { a: p, b: p + len }));
                p += len;
                continue;
            }
            '的' => {
                close_run(els, &mut run_start, p);
                els.push(El::Cut(Sp { a: p, b: p + n }));
            }
            '（' | '(' => {
                // A short bracket stays in a name (重庆（国际）小球赛事中心), and so does a
                // segment of a route however long (贺州至巴马（钟山至昭平段）高速公路); a long
                // one is a remark (（含龙颈水库扩建）) and cuts.
                let close = cut(s, p, b).find(['）', ')']).map(|i| p + i);
                match close {
                    Some(e) if cut(s, p + n, e).chars().count() <= 5 || bracketed_segment(cut(s, p + n, e)) => {
                        run_start.get_or_insert(p);
                    }
                    _ => {
                        close_run(els, &mut run_start, p);
                        let end = close.map_or(b, |e| e + after(s, e).chars().next().map_or(1, char::len_utf8));
                        els.push(El::Cut(Sp { a: p, b: end }));
                        while mi < matches.len() && matches[mi].0.a < end {
                            mi += 1;
                        }
                        p = end;
                        continue;
                    }
                }
            }
            c if is_blank(c) => {
                if run_start.is_some() {
                    // Blanks inside a run stay (a letter-spaced name); at its edges they are trimmed.
                }
            }
            _ => {
                run_start.get_or_insert(p);
            }
        }
        p += n;
    }
    close_run(els, &mut run_start, b);
    // Trim blanks off runs.
    for e in els.iter_mut() {
        if let El::Run(sp) = e {
            let t = cut(s, sp.a, sp.b);
            let lead = t.len() - t.trim_start_matches(is_blank).len();
            let trail = t.len() - t.trim_end_matches(is_blank).len();
            *sp = Sp { a: sp.a + lead, b: (sp.b - trail).max(sp.a + lead) };
        }
    }
    els.retain(|e| !matches!(e, El::Run(sp) if sp.a == sp.b));
    // An amount before 的 is what an item costs (投资3500万元的二三级供水管网改造、3800万元的
    // 背街巷道改造): it is left out, so that the items form one list.
    let mut i = 0;
    while i + 1 < els.len() {
        if let (El::Run(r), El::Cut(c)) = (els[i], els[i + 1])
            && cut(s, c.a, c.b) == "的"
            && AMOUNT.is_match(cut(s, r.a, r.b))
        {
            els.drain(i..i + 2);
        } else {
            i += 1;
        }
    }
}
