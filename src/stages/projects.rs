//! Named projects (`projects`): the bridges, roads, parks, plants and named 项目/工程 a report
//! announces, what is done to them (`action`) and how far along they are (`stage`). (Issue 4.)
//!
//! A clause (a sentence cut at ，；：) is read in four steps, with the word lists of
//! `dict/project_heads.tsv` (nouns by kind) and `dict/stage_verbs.tsv` (verbs by stage and rank):
//!
//! 1. Verbs, list marks (、 和 及 以及) and 等 cut the clause into runs of text. A quotation is
//!    one piece of a run; a remark in long brackets and an amount before 的 are left out.
//! 2. A run names a project when, read right to left, it ends in suffixes (新址, 一期, 南段,
//!    改造) after a head noun (大桥, 公园, 项目 …) with more than generic words before it.
//!    A capacity is part of a name (大唐700万吨露天煤矿); a count before it makes it a kind
//!    (一批…学校, 29个科技设施). Institutions (中心, 学院, 基地) count only when something is
//!    built; zones, organisations, slogans and closures (关停…) never do.
//! 3. Runs joined by list marks form a group that shares the verb phrase before it and the
//!    predicate after it. Items without a head of their own are projects through their
//!    group: X、Y等项目 (as written), 伏牛溪、双石河整治工程 (completed: 伏牛溪整治工程),
//!    哈萨尔和东升路两个市民广场 (each a 市民广场), 海康威视二期…三期 (a borrowed phase:
//!    海康威视三期). A list mostly of kinds names no project.
//! 4. The action is that verb phrase and predicate as written; the stage is the stage of its
//!    highest-ranked phrase (前期工作 over 完成, 主体基本建成 over 建成).
//!
//! Nothing here names a string of one report: every rule is a pattern of the language over the
//! word lists, so a region's own bridges and parks are found by their head nouns. The rules
//! were set on the seed gold and checked on the 2025 and 2026 provincial reports; the
//! conventions they follow are in the README.

use std::sync::LazyLock;

use std::borrow::Cow;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use regex::Regex;

use super::document::Document;
use super::time;
use crate::lang::chars::{is_blank, is_han};
use crate::lang::marks::{is_clause_mark, is_quote_mark, is_title_mark};
use crate::lang::numerals::small_number;
// (The lexicon's row types under this stage's short local names.)
use crate::lexicon::{CountKind, HeadKind as Kind, VerbRole, VerbStage as Stage};
use crate::model::ProjectRow;

/// A row of `dict/stage_verbs.tsv`.
#[derive(Debug, Clone, Copy)]
struct Verb {
    stage: Stage,
    rank: u8,
    /// Dropped from the front of an action (推动, 全区).
    lead: bool,
    /// Ends a name only where one could start (全国, 今年).
    scope: bool,
    /// Written straight onto 工程/项目 it is part of the name (建设工程, 培育工程).
    compound: bool,
}

#[derive(Debug, Clone, Copy)]
enum Word {
    Noun(Kind),
    Verb(Verb),
}

/// The nouns and verbs of `dict/project_heads.tsv` and `dict/stage_verbs.tsv` as automata,
/// compiled once from the lexicon.
struct ProjectWords {
    /// Nouns (but places) and verbs, leftmost-longest: the tokens of a clause. Generic words are
    /// tokens so that the heads inside them do not count (道路, 老旧小区).
    words: AhoCorasick,
    word_of: Vec<Word>,
    /// Every noun but places: a name they cover entirely is generic (when one is a generic word).
    cover: AhoCorasick,
    cover_kind: Vec<Kind>,
    /// Stage verbs only, overlapping: the stage of an action.
    stages: AhoCorasick,
    stage_of: Vec<Verb>,
    /// Words that end the name of a place or an area (for completing bare list items).
    places: Vec<String>,
    /// Steering words dropped from the front of an action.
    leads: Vec<String>,
}

static WORDS: LazyLock<ProjectWords> = LazyLock::new(|| {
    let lexicon = crate::lexicon::get();
    let nouns: Vec<(String, Kind)> = lexicon.project_heads.iter().map(|h| (h.word.clone(), h.kind)).collect();
    let mut verbs: Vec<(String, Verb)> = Vec::new();
    for v in &lexicon.stage_verbs {
        let (lead, scope, compound) = match v.role {
            VerbRole::Verb => (false, false, false),
            VerbRole::Compound => (false, false, true),
            VerbRole::Lead => (true, false, false),
            VerbRole::Scope => (true, true, false),
        };
        verbs.push((v.phrase.clone(), Verb { stage: v.stage, rank: v.rank, lead, scope, compound }));
    }
    // Tokens: nouns first, so that a word in both lists (提升, 扩建) reads as a noun; a noun
    // at the start of a run is taken as a verb there (see `elements`).
    let mut pats: Vec<String> = Vec::new();
    let mut word_of = Vec::new();
    for (w, k) in &nouns {
        if *k != Kind::Place {
            pats.push(w.clone());
            word_of.push(Word::Noun(*k));
        }
    }
    for (w, v) in &verbs {
        if !pats.contains(w) {
            pats.push(w.clone());
            word_of.push(Word::Verb(*v));
        }
    }
    // Run over every clause of every report: a DFA, and no prefilter (in Chinese text nearly
    // every character could start a word, so the prefilter only adds work). Neither changes
    // which words are found.
    let words = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .prefilter(false)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&pats)
        .expect("word automaton");
    // A verb written onto 工程/项目 (培育, 建设) covers like a work noun: 垂类大模型培育工程 and
    // 省重点建设项目 are kinds, “吉林工匠”培育工程 is not.
    let compounds: Vec<(String, Kind)> = verbs
        .iter()
        .filter(|(w, v)| v.compound && !nouns.iter().any(|(n, _)| n == w))
        .map(|(w, _)| (w.clone(), Kind::Work))
        .collect();
    let cover_nouns: Vec<&(String, Kind)> =
        nouns.iter().filter(|(_, k)| *k != Kind::Place).chain(compounds.iter()).collect();
    let cover = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Both)
        .build(cover_nouns.iter().map(|(w, _)| w.as_str()))
        .expect("cover");
    let cover_kind = cover_nouns.iter().map(|(_, k)| *k).collect();
    let stage_pats: Vec<&str> = verbs.iter().map(|(w, _)| w.as_str()).collect();
    let stages = AhoCorasick::new(&stage_pats).expect("stage automaton");
    let stage_of = verbs.iter().map(|(_, v)| *v).collect();
    let places = nouns.iter().filter(|(_, k)| matches!(k, Kind::Place | Kind::Area)).map(|(w, _)| w.clone()).collect();
    let leads = verbs.iter().filter(|(_, v)| v.lead).map(|(w, _)| w.clone()).collect();
    ProjectWords { words, word_of, cover, cover_kind, stages, stage_of, places, leads }
});

/// The words of one kind of `dict/project_counts.tsv`, as regex alternatives in file order.
fn counters(kind: CountKind) -> String {
    let words = crate::lexicon::get().project_counts.iter().filter(|c| c.kind == kind);
    words.map(|c| regex::escape(&c.word)).collect::<Vec<_>>().join("|")
}

/// A phase: 一期, 二期, 第三期, 第4期 (not 超10期, a count of sessions).
static PHASE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"第?[一二三四五六七八九十]{1,3}期|第\d{1,2}期").expect("valid regex"));
/// A segment written after a road or line: 南段, 一段, 葛老溪段, 华岩至跳磴段.
static SEGMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[东西南北中]|[一二三四五六七八九十\d]{1,2}|[^\s、，。；：“”（）()]{1,8}?至[^\s、，。；：“”（）()]{1,8}?|[^\s、，。；：“”至（）()]{1,4})段")
        .expect("valid regex")
});
/// A count that makes the noun after it (or before it) a category: 4条, 10个, 六大, 3所; also
/// a length or an age leading a kind (310公里农村公路, 30年以上燃气管道: how much of a kind is
/// built or replaced). (Other units of measure only count after a name: 新建山城步道11.6公里;
/// a capacity names a plant: 万吨冷储, 5万千瓦风电.)
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:第?(?:[\d.]+|[一二三四五六七八九十两百千万几数多]+)(?:余|多)?(?:万|亿)?(?:{})|[\d.]+(?:余|多)?(?:万)?(?:{})|\d+年(?:以上|以下))",
        counters(CountKind::Count),
        counters(CountKind::CountLength)
    ))
    .expect("escaped words make a valid regex")
});
static COUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:[\d.]+|[一二三四五六七八九十两百千万几数多]+)(?:余|多)?(?:万|亿)?(?:{})",
        counters(CountKind::CountAfter)
    ))
    .expect("escaped words make a valid regex")
});
/// A count that sums up a list: 三大项目, 两个市民广场.
static COLLECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^[一二三四五六七八九十两\d]{{1,3}}(?:{})", counters(CountKind::Collective)))
        .expect("escaped words make a valid regex")
});
/// What an item costs: 投资3500万元, 1.27亿元.
static AMOUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:总?投资)?[\d.]+(?:万|亿)?元$").expect("valid regex"));
/// Time and function words that may open a run but never a name: 2022年, 年底前, 以, 把, and
/// section markers.
static LEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{4}年(?:底|内|前|起|初|中)?前?|[以把将在为与向从由让使并及抓促了至]|到\d{4}年|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|(?:总?投资)?[\d.]+(?:万|亿)元|[一二三四五六七八九十]是)")
        .expect("valid regex")
});

/// A count opening a quotation: “十大工程”, “三大攻坚战”.
static QUOTED_COUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[一二三四五六七八九十两百千万\d]+大").expect("valid regex"));
/// A road number: G331, S15 (国道, 省道).
static ROAD_CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[GS]\d{1,4}").expect("valid regex"));
/// A route to the end of an item: 喀什至塔什库尔干, 禾木（吉克普林）至喀纳斯.
static ROUTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^\s、，。；：“”]{1,12}?至[^\s、，。；：“”至]{1,12}$").expect("valid regex"));
/// A short bracket: （广东段）, (中).
static SHORT_BRACKET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[（(][^（()）]{1,5}[）)]").expect("valid regex"));
/// A number with its counter: not part of what makes a name specific (a capacity is).
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"[\d.]+(?:余|多)?(?:万|亿)?(?:{})|[一二三四五六七八九十两百千万]+(?:{})",
        counters(CountKind::Number),
        counters(CountKind::NumberCn)
    ))
    .expect("escaped words make a valid regex")
});
/// A count with its counter inside a name: 29个科技设施, 20家博物馆 (a category with a number).
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\d+(?:万|亿)?(?:{})", counters(CountKind::Counted)))
        .expect("escaped words make a valid regex")
});
/// A predicate that counts what it follows: X增至3592个, 实施X项目14个 (a counter, not a
/// length: 实施“畅返不畅”工程5200公里 is one project's size).
static POST_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:{})?[\d.]+(?:余|多)?(?:万|亿)?(?:{})",
        counters(CountKind::PostCountVerb),
        counters(CountKind::PostCount)
    ))
    .expect("escaped words make a valid regex")
});

/// A byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Sp {
    a: usize,
    b: usize,
}

/// A piece of a clause.
#[derive(Debug, Clone, Copy)]
enum El {
    Verb(Sp),
    /// A list mark; `ji` for 及, which can also join a compound name.
    Sep(Sp, bool),
    Deng(Sp),
    Cut(Sp),
    Run(Sp),
}

impl El {
    fn sp(&self) -> Sp {
        match *self {
            El::Verb(s) | El::Sep(s, _) | El::Deng(s) | El::Cut(s) | El::Run(s) => s,
        }
    }
}

/// A noun token inside a run.
#[derive(Debug, Clone, Copy)]
struct Tok {
    sp: Sp,
    kind: Kind,
}

/// Cut a clause into elements, and collect the noun tokens of its runs.
fn elements(s: &str, a: usize, b: usize) -> (Vec<El>, Vec<Tok>) {
    let lex = &*WORDS;
    let mut els = Vec::new();
    let mut toks = Vec::new();
    let mut run_start: Option<usize> = None;
    let matches: Vec<(Sp, Word)> = lex
        .words
        .find_iter(&s[a..b])
        .map(|m| (Sp { a: a + m.start(), b: a + m.end() }, lex.word_of[m.pattern()]))
        .collect();
    let close_run = |els: &mut Vec<El>, run_start: &mut Option<usize>, at: usize| {
        if let Some(st) = run_start.take()
            && at > st
        {
            els.push(El::Run(Sp { a: st, b: at }));
        }
    };
    let mut mi = 0;
    let mut p = a;
    while p < b {
        // A quotation closed within the clause is one piece of a run: its marks and verbs do
        // not cut it (“内供七环网、外送五通道”, 入选“2025全球十大工程成就”); its nouns count.
        if s[p..b].starts_with('“')
            && let Some(q) = s[p..b].find('”')
        {
            let end = p + q + '”'.len_utf8();
            // Two quoted names side by side are two items: “百亿工程”“办学条件改善工程”.
            if s[..p].ends_with('”') {
                close_run(&mut els, &mut run_start, p);
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
                Word::Noun(kind) => {
                    // A work noun or suffix opening a run is its verb: 改造提升人行道, 扩建X.
                    if run_start.is_none() && matches!(kind, Kind::Work | Kind::Suffix | Kind::Site) {
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
                        && run_start.is_some_and(|st| s[st..sp.a].chars().count() >= 2)
                        && matches!(matches.get(mi), Some((n, Word::Noun(Kind::Item))) if n.a == sp.b);
                    if (v.scope && run_start.is_some()) || onto_item {
                        // 昌平南口全国重点实验室: a scope word inside a name.
                    } else {
                        close_run(&mut els, &mut run_start, sp.a);
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
            && s[p..b].starts_with(|c: char| {
                matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两')
                    || (!is_han(c) && c.is_numeric())
            })
            && els.iter().rev().take_while(|e| !matches!(e, El::Verb(_) | El::Cut(_))).any(|e| matches!(e, El::Sep(..)))
            && !matches!(els.last(), Some(El::Deng(_)))
            && !s[..p].ends_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c))
            && COLLECTIVE.is_match(&s[p..b])
        {
            close_run(&mut els, &mut run_start, p);
            els.push(El::Deng(Sp { a: p, b: p }));
        }
        let c = s[p..].chars().next().unwrap_or(' ');
        let n = c.len_utf8();
        let next = s[p + n..b].chars().next();
        match c {
            // 和 and 及 join list items only after one (of two characters at least: 众和地壹街 is a
            // name) or after its verb (启动A建设和B), not at an item's start (、和若铁路, 争取和龙通用机场).
            '、' => {
                close_run(&mut els, &mut run_start, p);
                els.push(El::Sep(Sp { a: p, b: p + n }, false));
            }
            // 新建和更新X: 和 between two verbs joins them (a verb or work noun follows it).
            '和' | '及'
                if run_start.is_none()
                    && matches!(els.last(), Some(El::Verb(_)))
                    && matches!(matches.get(mi), Some((sp, w)) if sp.a == p + n
                        && matches!(w, Word::Verb(_) | Word::Noun(Kind::Work | Kind::Suffix))) =>
            {
                els.push(El::Verb(Sp { a: p, b: p + n }));
            }
            '和' | '及'
                if run_start.is_some_and(|st| s[st..p].chars().count() >= 2)
                    || (matches!(els.last(), Some(El::Verb(_))) && els.iter().any(|e| matches!(e, El::Run(_)))) =>
            {
                close_run(&mut els, &mut run_start, p);
                els.push(El::Sep(Sp { a: p, b: p + n }, c == '及'));
            }
            // An apposition dash: 世界最长高速公路隧道——天山胜利隧道.
            '—' if next == Some('—') => {
                close_run(&mut els, &mut run_start, p);
                els.push(El::Cut(Sp { a: p, b: p + 2 * n }));
                p += 2 * n;
                continue;
            }
            '以' if next == Some('及') => {
                close_run(&mut els, &mut run_start, p);
                els.push(El::Sep(Sp { a: p, b: p + 2 * n }, false));
                p += 2 * n;
                continue;
            }
            '等' => {
                close_run(&mut els, &mut run_start, p);
                let len = if next == Some('等') { 2 * n } else { n };
                els.push(El::Deng(Sp { a: p, b: p + len }));
                p += len;
                continue;
            }
            '的' => {
                close_run(&mut els, &mut run_start, p);
                els.push(El::Cut(Sp { a: p, b: p + n }));
            }
            '（' | '(' => {
                // A short bracket stays in a name (重庆（国际）小球赛事中心); a long one is a
                // remark (（含龙颈水库扩建）) and cuts.
                let close = s[p..b].find(['）', ')']).map(|i| p + i);
                match close {
                    Some(e) if s[p + n..e].chars().count() <= 5 => {
                        run_start.get_or_insert(p);
                    }
                    _ => {
                        close_run(&mut els, &mut run_start, p);
                        let end = close.map_or(b, |e| e + s[e..].chars().next().map_or(1, char::len_utf8));
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
    close_run(&mut els, &mut run_start, b);
    // Trim blanks off runs.
    for e in &mut els {
        if let El::Run(sp) = e {
            let t = &s[sp.a..sp.b];
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
            && s[c.a..c.b] == *"的"
            && AMOUNT.is_match(&s[r.a..r.b])
        {
            els.drain(i..i + 2);
        } else {
            i += 1;
        }
    }
    (els, toks)
}

/// How a run reads on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A name with a head (or a phase, or a quoted name with a work noun).
    Named,
    /// A name of an institution that counts only with a stage (依托市残疾人康复中心 is not one).
    NamedInst,
    /// A category or a bare head: 老旧小区改造项目, 智能制造项目14个, 公园.
    Generic,
    /// A phase alone (三期), which borrows its owner's name.
    BarePhase,
    /// Entirely in quotes: a slogan or a platform unless the text calls it 项目/工程.
    Quoted,
    /// Ends in a zone or an organisation: never a project on its own.
    Area,
    /// No head at all.
    Bare,
}

/// A run read right to left.
#[derive(Debug, Clone, Copy)]
struct Parsed {
    class: Class,
    /// The name (leading junk dropped, trailing predicate left out).
    name: Sp,
    /// Where trailing work nouns of the name start (美德公园|整治提升), if any.
    work_tail: Option<usize>,
    /// Where the part a list can share starts (双石河|整治工程, 中梁山|路网).
    shared: usize,
    /// The closing noun is 项目/工程.
    item: bool,
    /// Ends in a phase (for lending its owner's name to a bare phase).
    phased: Option<usize>,
    /// The kind of the closing noun (None for a phase).
    closer: Option<Kind>,
    /// A 工程/项目 named only by a quotation (“十百千万”工程): a named item if something is done
    /// to it, else a slogan (坚决整治“新形象工程”).
    quoted_item: bool,
}

fn toks_in(toks: &[Tok], sp: Sp) -> impl Iterator<Item = &Tok> {
    toks.iter().filter(move |t| t.sp.a >= sp.a && t.sp.b <= sp.b)
}

/// How the word lists cover a text (quotes, blanks and numbers with their counters left out):
/// `None` when some of it is not a listed noun, else whether a generic (or soft) word and
/// whether a work noun is among them.
fn coverage(s: &str, numbers: bool) -> Option<(bool, bool)> {
    // Called for most runs of every clause, often on the same text: copy only when something
    // is to be left out, and read the words one anchored step at a time (a text not made of
    // them fails at its first gap instead of after a search to its end).
    let dropped = |c: char| matches!(c, '“' | '”' | '"' | '·' | ' ' | '\u{3000}');
    let t: Cow<str> = if s.contains(dropped) { s.chars().filter(|c| !dropped(*c)).collect() } else { s.into() };
    // Every NUMBER match ends in one of its counters.
    let t = if numbers
        && t.contains(['个', '座', '所', '条', '家', '项', '处', '批', '套', '张', '栋', '幢', '间', '户', '大'])
    {
        match NUMBER.replace_all(&t, "") {
            Cow::Borrowed(_) => t,
            Cow::Owned(o) => o.into(),
        }
    } else {
        t
    };
    let t: &str = &t;
    let mut pos = 0;
    let (mut generic, mut work) = (false, false);
    while pos < t.len() {
        let input = Input::new(t).span(pos..t.len()).anchored(Anchored::Yes);
        let m = WORDS.cover.find(input).filter(|m| m.end() > pos)?;
        let k = WORDS.cover_kind[m.pattern()];
        generic |= matches!(k, Kind::Generic | Kind::Soft | Kind::Many | Kind::Org);
        work |= k == Kind::Work;
        pos = m.end();
    }
    Some((generic, work))
}

/// Whether a name is a category: made only of listed nouns (numbers with counters left out),
/// a generic word among them (老旧小区改造项目, 湾区基础设施, 高品质酒店). 步行街改造项目 and
/// 机场快速路 are all heads and work nouns but name one thing: not generic; a capacity makes a
/// kind specific (5万千瓦风电, 8万平方米广场).
fn is_generic(s: &str) -> bool {
    coverage(s, true).is_some_and(|(generic, _)| generic)
}

/// Whether a text is made only of listed nouns, one of them a generic word (重大功能项目; not
/// 六大功能设施, a collective name).
fn is_category(s: &str) -> bool {
    coverage(s, false).is_some_and(|(generic, _)| generic)
}

/// A text without its quoted parts (城市“里子”工程 → 城市工程).
fn unquoted(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut depth = 0;
    for c in t.chars() {
        match c {
            '“' => depth += 1,
            '”' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Quotes open and close in order.
fn balanced_quotes(t: &str) -> bool {
    let mut open = false;
    for c in t.chars() {
        match c {
            '“' if !open => open = true,
            '”' if open => open = false,
            '“' | '”' => return false,
            _ => {}
        }
    }
    !open
}

fn starts_with_many(s: &str, toks: &[Tok], at: usize) -> bool {
    COUNT.is_match(&s[at..]) || toks.iter().any(|t| t.sp.a == at && t.kind == Kind::Many)
}

/// Read a run: where its name starts and ends, and what it is. `whole`: the run is a list item
/// that must be a name as a whole (no predicate can follow it before the list mark or 等);
/// `tail`: the run is the category after 等, which may be a bare head (项目, 片区路网).
fn parse_run(s: &str, run: Sp, toks: &[Tok], whole: bool, tail: bool) -> Parsed {
    let mut a = run.a;
    while let Some(m) = LEADING.find(&s[a..run.b]) {
        if m.end() == 0 || a + m.end() >= run.b {
            break;
        }
        a += m.end();
    }
    let b = run.b;
    // An ordinal in the middle opens the name after it: 松原全国首套|严寒地区…储能电站.
    if let Some(m) = toks.iter().rfind(|t| t.sp.a > a && t.sp.b < b && t.kind == Kind::Many) {
        a = m.sp.b;
    }
    let text = &s[a..b];
    let mut out = Parsed {
        class: Class::Bare,
        name: Sp { a, b },
        work_tail: None,
        shared: a,
        item: false,
        phased: None,
        closer: None,
        quoted_item: false,
    };
    // (Each regex below is first asked only if the text holds a character all its matches
    // hold: 期 for a phase, G/S for a road number, 段, 至, a bracket. parse_run runs for every
    // run of every clause, and a search costs more to set up than such a check.)
    if text.ends_with('期') && PHASE.find(text).is_some_and(|m| m.start() == 0 && m.end() == text.len()) {
        out.class = Class::BarePhase;
        return out;
    }
    let toks: Vec<Tok> = toks_in(toks, Sp { a, b }).copied().collect();
    // The closing noun: the last head (or zone, organisation) or phase with text before it.
    let mut closer: Option<(Sp, Option<Kind>)> = None;
    for t in &toks {
        if t.kind.closes() && (t.sp.a > a || tail) && closer.is_none_or(|(c, _)| t.sp.a >= c.a) {
            closer = Some((t.sp, Some(t.kind)));
        }
    }
    for m in text.contains('期').then(|| PHASE.find_iter(text)).into_iter().flatten() {
        if m.start() > 0 && closer.is_none_or(|(c, _)| a + m.start() >= c.b) {
            closer = Some((Sp { a: a + m.start(), b: a + m.end() }, None));
        }
    }
    // A national or provincial road number names a road on its own: G331, S15.
    let mut code = false;
    for m in text.contains(['G', 'S']).then(|| ROAD_CODE.find_iter(text)).into_iter().flatten() {
        if closer.is_none_or(|(c, _)| a + m.start() >= c.b) {
            closer = Some((Sp { a: a + m.start(), b: a + m.end() }, Some(Kind::Head)));
            code = true;
        }
    }
    // A quoted name with a compound work noun: “两江四岸”治理提升 (not “土特产”提升).
    if closer.is_none()
        && text.starts_with('“')
        && let Some(q) = text.find('”')
        && let Some(w) = toks.iter().find(|t| {
            t.kind == Kind::Work && t.sp.a == a + q + '”'.len_utf8() && s[t.sp.a..t.sp.b].chars().count() >= 4
        })
    {
        closer = Some((w.sp, Some(Kind::Work)));
    }
    let Some((csp, ckind)) = closer else {
        if text.starts_with('“') && text.ends_with('”') && text.matches('“').count() == 1 {
            out.class = Class::Quoted;
        } else if toks.iter().any(|t| t.sp.a == a && t.kind.closes()) {
            // A head with nothing before it: 博物馆, 公园, 项目.
            out.class = Class::Generic;
        }
        return out;
    };
    // Extend over the suffixes after the closer; work nouns only when they end the run.
    let mut p = csp.b;
    let mut firm_end = csp.b;
    let mut work_from: Option<usize> = None;
    let mut building = ckind.is_none();
    loop {
        if let Some(t) =
            toks.iter().find(|t| t.sp.a == p && matches!(t.kind, Kind::Suffix | Kind::Site | Kind::Item | Kind::Work))
        {
            if t.kind == Kind::Work {
                work_from.get_or_insert(p);
            } else {
                building |= matches!(t.kind, Kind::Site | Kind::Item);
                work_from = None;
                firm_end = t.sp.b;
            }
            if t.kind == Kind::Item {
                out.item = true;
            }
            p = t.sp.b;
            continue;
        }
        if let Some(m) = s[p..b].contains('期').then(|| PHASE.find(&s[p..b])).flatten().filter(|m| m.start() == 0) {
            building = true;
            work_from = None;
            out.phased = Some(p);
            p += m.end();
            firm_end = p;
            continue;
        }
        if let Some(m) = s[p..b].contains('段').then(|| SEGMENT.find(&s[p..b])).flatten() {
            work_from = None;
            p += m.end();
            firm_end = p;
            continue;
        }
        // A short bracket after the name: 长征国家文化公园（广东段）.
        if let Some(m) = s[p..b].starts_with(['（', '(']).then(|| SHORT_BRACKET.find(&s[p..b])).flatten() {
            p += m.end();
            firm_end = p;
            continue;
        }
        // The close of a bracket the name opened: 新疆天山职业技术大学(克州校区).
        if let Some(c) = s[p..b].chars().next().filter(|c| matches!(c, '）' | ')'))
            && s[a..p].matches(['（', '(']).count() > s[a..p].matches(['）', ')']).count()
        {
            p += c.len_utf8();
            firm_end = p;
            continue;
        }
        // A route after a road or line, to the end of the item: G219线禾木（吉克普林）至喀纳斯.
        if ckind == Some(Kind::Head)
            && let Some(m) = s[p..b].contains('至').then(|| ROUTE.find(&s[p..b])).flatten()
        {
            p += m.end();
            firm_end = p;
            continue;
        }
        break;
    }
    let end = if p == b || s[p..b].chars().all(|c| matches!(c, '”' | '’')) { b } else { firm_end };
    // A generic word before a quoted 工程 is its field, not its name: 高等教育“百亿工程”.
    if ckind == Some(Kind::Item)
        && s[a..end].ends_with('”')
        && let Some(q) = s[a..end].rfind('“')
        && q > 0
        && is_generic(&s[a..a + q])
    {
        a += q;
    }
    out.name = Sp { a, b: end };
    out.closer = ckind;
    let name = &s[a..end];
    if !balanced_quotes(name) {
        return out;
    }
    // A name in quotes is a slogan or a platform (“建桥同心园”), unless the text calls it a
    // 工程/项目 (“百亿工程”, “山水工程”: named items, as the contract has it).
    if name.starts_with('“') && name.ends_with('”') && name.matches('“').count() == 1 && ckind != Some(Kind::Item)
    {
        out.class = Class::Quoted;
        return out;
    }
    out.work_tail = if end == b { work_from } else { None };
    if ckind.is_none() {
        out.phased = Some(csp.a);
    }
    if ckind == Some(Kind::Item) {
        out.item = true;
    }
    // The part a list can share: the closer and the work or generic words right before it.
    let mut shared = csp.a;
    while let Some(t) = toks.iter().find(|t| t.sp.b == shared && matches!(t.kind, Kind::Work)) {
        shared = t.sp.a;
    }
    out.shared = shared;
    let body = &s[a..csp.a];
    let named_part = if ckind.is_none() { body } else { &s[a..csp.b] };
    // Inside quotes the head is a metaphor (“绿色通道”, 坚决整治“新形象工程”).
    let quoted_head = ckind != Some(Kind::Item) && s[a..csp.a].matches('“').count() > s[a..csp.a].matches('”').count();
    // Without its quoted words the name is only listed nouns: a slogan (“治未病”中心). A 工程 or
    // 项目 with a quoted name is a named item (城市“里子”工程, “十百千万”工程).
    let slogan = !matches!(ckind, Some(Kind::Work | Kind::Item))
        && name.contains('“')
        && coverage(&unquoted(named_part), true).is_some();
    out.quoted_item = ckind == Some(Kind::Item) && name.contains('“') && unquoted(body).is_empty();
    // A count of programmes in quotes is a slogan: 数字产业化“十大工程”, “三大工程”.
    let counted_slogan =
        ckind == Some(Kind::Item) && name.find('“').is_some_and(|q| QUOTED_COUNT.is_match(&name[q + '“'.len_utf8()..]));
    // A quoted label on a kind: “平急两用”公共基础设施项目, 城市“里子”工程.
    let labelled_kind = ckind == Some(Kind::Item) && name.contains('“') && is_generic(&unquoted(body));
    // A category of things inside an area: 湾区重大功能项目, X新区基础设施.
    let in_area = toks
        .iter()
        .rev()
        .find(|t| t.sp.b <= csp.a && matches!(t.kind, Kind::Zone | Kind::Area))
        .is_some_and(|z| is_category(&s[z.sp.b..csp.b]));
    out.class = match ckind {
        Some(Kind::Zone | Kind::Area | Kind::Org) if !building => Class::Area,
        // 一批…, 首个…: an instance of a kind.
        _ if starts_with_many(s, &toks, a) => Class::Generic,
        _ if COUNT_AFTER.is_match(&s[end..b]) && !out.quoted_item => Class::Generic,
        _ if (body.is_empty() && !code) || is_generic(named_part) || in_area || labelled_kind => Class::Generic,
        _ if slogan || counted_slogan => Class::Quoted,
        // Names do not hold these function words (用实干实绩将蓝图变为大厦, 城在园中), a count
        // (怀柔综合性国家科学中心29个科技设施), a head in quotes, or run on for a clause.
        _ if body.contains(['将', '把', '让', '使', '被', '为', '在', '变'])
            || COUNTED.is_match(body)
            || quoted_head
            || name.chars().count() > 20 =>
        {
            Class::Bare
        }
        Some(Kind::Inst) if !building => Class::NamedInst,
        _ => Class::Named,
    };
    // The name is the start of a longer noun phrase (X大桥片区, X路沿线, 公园绿地服务半径): an
    // area, or a modifier.
    if matches!(out.class, Class::Named | Class::NamedInst)
        && toks.iter().any(|t| {
            t.sp.a == end && matches!(t.kind, Kind::Zone | Kind::Area | Kind::Generic | Kind::Soft | Kind::Org)
        })
    {
        out.class = Class::Area;
    }
    // A list item is a name as a whole or not at all (建桥节能环保等: not 建桥; 麦福劳公司综合技改).
    if whole && end != b && out.class != Class::Generic {
        out.class = Class::Bare;
        out.name = Sp { a, b };
        out.work_tail = None;
    }
    out
}

/// The stage of an action: the stage of its highest-ranked phrase (on ties the first, and of
/// two starting together the longer: 启动运行 is completed, not started).
fn read_stage(action: &str) -> Option<Stage> {
    let lex = &*WORDS;
    // (rank, start, length, stage)
    let mut best: Option<(u8, usize, usize, Stage)> = None;
    for m in lex.stages.find_overlapping_iter(action) {
        let v = lex.stage_of[m.pattern()];
        if v.rank == 0 {
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
fn strip_leads(mut t: &str) -> &str {
    loop {
        t = t.trim_start_matches(|c: char| is_blank(c) || matches!(c, '、' | '，'));
        match WORDS.leads.iter().find(|l| t.starts_with(l.as_str())) {
            Some(l) => t = &t[l.len()..],
            None => return t,
        }
    }
}

/// A project found in a clause (byte offsets).
#[derive(Debug, Clone)]
struct Found {
    name: String,
    span: Sp,
    action: Option<String>,
    stage: Option<crate::vocab::Stage>,
}

/// A run and its list mates.
struct Group {
    /// Element indices of the item runs.
    items: Vec<usize>,
    /// The list mark before each item but the first (`true` for 及).
    ji: Vec<bool>,
    tail: Option<usize>,
    deng: bool,
    /// The list is summed up by a count (哈萨尔和东升路两个市民广场), not by 等.
    collective: bool,
    first: usize,
    last: usize,
}

fn groups(els: &[El]) -> Vec<Group> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < els.len() {
        if !matches!(els[i], El::Run(_)) {
            i += 1;
            continue;
        }
        let mut g = Group { items: vec![i], ji: vec![], tail: None, deng: false, collective: false, first: i, last: i };
        while let (Some(El::Sep(_, ji)), Some(El::Run(_))) = (els.get(g.last + 1), els.get(g.last + 2)) {
            g.ji.push(*ji);
            g.items.push(g.last + 2);
            g.last += 2;
        }
        if let Some(El::Deng(sp)) = els.get(g.last + 1) {
            g.deng = true;
            g.collective = sp.a == sp.b;
            g.last += 1;
            if let Some(El::Run(_)) = els.get(g.last + 1) {
                g.tail = Some(g.last + 1);
                g.last += 1;
            }
        }
        i = g.last + 1;
        out.push(g);
    }
    out
}

/// A project of a group before its action is known.
struct Cand {
    name: String,
    span: Sp,
    /// Counts only with a stage.
    needs_stage: bool,
    /// The name took in the list's shared noun (钢花路沿线绿化提升): its work noun is not
    /// also the action's.
    completed: bool,
}

/// The projects of one group, and where its predicate starts.
struct Found0 {
    group: usize,
    cands: Vec<Cand>,
    /// A work noun the list shares, for the action (整治提升, 改造).
    work: Option<String>,
    end: usize,
}

/// Read the items of one group (see the module docs, step 3).
fn group_projects(
    s: &str,
    els: &[El],
    toks: &[Tok],
    g: &Group,
    gi: usize,
    owner: &mut Option<String>,
) -> Option<Found0> {
    // A name (or a list and its kind) followed by 的 modifies what comes after it (抵离口岸的
    // 交通工具, 三角地、西大街等街道的人行步道板), unless a verb follows (喜来登、锦江国际等酒店的
    // 开工, 火化场搬迁新建的前期工作).
    if matches!(els.get(g.last + 1), Some(El::Cut(sp)) if s[sp.a..sp.b] == *"的")
        && !matches!(els.get(g.last + 2), Some(El::Verb(_)))
    {
        return None;
    }
    let runs: Vec<Sp> = g.items.iter().map(|&i| els[i].sp()).collect();
    let nr = runs.len();
    let ps: Vec<Parsed> =
        runs.iter().enumerate().map(|(k, &r)| parse_run(s, r, toks, k + 1 < nr || g.deng, false)).collect();
    let named = |c: Class| matches!(c, Class::Named | Class::NamedInst);
    // X及Y is one name unless one side is a kind: 钓鱼嘴消防站及训练基地, 污水处理厂二期及中水回用,
    // 汽配城及专业4S店项目 (but 萤石智能家居及相关配套项目 are two).
    let mut merged: Vec<(Parsed, Sp, bool)> = Vec::new();
    for (k, p) in ps.into_iter().enumerate() {
        let ji = k > 0 && g.ji[k - 1];
        let kind = |q: &Parsed| q.class == Class::Generic || is_generic(&s[q.name.a..q.name.b]);
        if ji
            && let Some((prev, _, _)) = merged.last_mut()
            && (named(prev.class) || named(p.class))
            && !kind(prev)
            && !kind(&p)
            && matches!(prev.class, Class::Named | Class::NamedInst | Class::Bare)
            && matches!(p.class, Class::Named | Class::NamedInst | Class::Bare)
        {
            prev.name.b = p.name.b;
            prev.work_tail = p.work_tail;
            prev.item |= p.item;
            prev.class =
                if p.class == Class::Named || prev.class == Class::Named { Class::Named } else { Class::NamedInst };
            continue;
        }
        merged.push((p, runs[k], ji));
    }
    let n = merged.len();
    let last = merged.last().map(|(p, _, _)| *p)?;
    // A list that ends in an abstract noun shares it: “八纵八横”骨架路网和“四纵三横”轨道交通体系.
    if !g.deng && n >= 2 && last.class == Class::Area && last.closer == Some(Kind::Zone) {
        return None;
    }
    // A list that opens with a count or 一批 is a list of kinds (一批人工智能平台、宽带基础网络).
    if starts_with_many(s, toks, merged[0].0.name.a) {
        return None;
    }
    let tail_sp = g.tail.map(|t| els[t].sp());
    let tail = tail_sp.map(|sp| parse_run(s, sp, toks, false, true));
    // X、Y等重点片区…: the items are areas, named or not.
    if tail.is_some_and(|t| {
        t.class == Class::Area && t.work_tail.is_none() && matches!(t.closer, Some(Kind::Zone | Kind::Area))
    }) {
        return None;
    }
    let tail_item = tail.is_some_and(|t| t.item);
    // 哈萨尔和东升路两个市民广场: a count that sums up the list names what each item is.
    let collective_noun: Option<&str> = tail
        .filter(|t| g.collective && !tail_item && matches!(t.closer, Some(Kind::Head | Kind::Inst)))
        .map(|t| &s[t.name.a..t.name.b])
        .and_then(|t| COUNT.find(t).map(|m| &t[m.end()..]))
        .filter(|rest| !rest.is_empty());
    let collective_inst = tail.is_some_and(|t| t.closer == Some(Kind::Inst));
    let tail_count = tail_sp.is_some_and(|sp| {
        starts_with_many(s, toks, sp.a)
            || s[sp.a..sp.b].chars().any(|c| c.is_ascii_digit())
            || COUNT.is_match(&s[sp.a..sp.b])
    });
    // A physical kind after 等 (片区路网, 4条特色商业街区, 高速公路), not an institution (直播基地),
    // an organisation (企业) or an area (重点片区).
    let tail_head = tail.is_some_and(|t| !t.item && t.closer == Some(Kind::Head));
    // 川藏铁路、精准医学等国家创新中心: names before an institution kind name institutions; they
    // count only if something is built.
    let tail_inst = tail.is_some_and(|t| t.closer == Some(Kind::Inst));
    // A kind of works on places after 等 (老旧片区改造), not on things (污染治理, 专项整治).
    let tail_work: Option<&str> = tail_sp.and_then(|sp| {
        let ts: Vec<&Tok> = toks_in(toks, sp).collect();
        let w = ts.iter().find(|k| k.kind == Kind::Work && k.sp.b == sp.b)?;
        ts.iter()
            .any(|k| k.sp.b <= w.sp.a && matches!(k.kind, Kind::Head | Kind::Area | Kind::Zone))
            .then(|| &s[w.sp.a..w.sp.b])
    });
    let any_named = merged.iter().any(|(p, _, _)| p.class == Class::Named);
    // A list whose earlier items are bare kinds (医院、学校、养老院等) names no project.
    let generic_item = |p: &Parsed| p.class == Class::Generic || is_generic(&s[p.name.a..p.name.b]);
    // 萤石智能家居及相关配套项目: a kind joined by 及 at the end does not make the list a list of kinds.
    let kind_tail = merged.last().is_some_and(|(p, _, ji)| *ji && p.class == Class::Generic && p.item);
    let listed = if kind_tail { n - 1 } else { n };
    // (Only some items ask, and each answer reads the word lists: computed when first asked,
    // on the items as they are here.)
    let items: Vec<Parsed> = merged[..listed].iter().map(|(p, _, _)| *p).collect();
    let any_generic = std::cell::LazyCell::new(|| items.iter().any(generic_item));
    // Mostly kinds (出口道路、城区主干道路、住宅小区和三山绿化): a list of kinds, named or not.
    if listed >= 3 && 2 * merged[..listed].iter().filter(|(p, _, _)| generic_item(p)).count() >= listed {
        return None;
    }
    // Trailing work nouns of the last name are shared by a list of names (心湖公园、义渡公园、
    // 美德公园整治提升 → 完成整治提升).
    let mut work: Option<String> = None;
    let mut moved_work = false;
    if n >= 2
        && let Some(w) = last.work_tail
        && merged[..n - 1].iter().all(|(p, _, _)| named(p.class))
    {
        work = Some(s[w..last.name.b].to_string());
        moved_work = true;
        if let Some((p, _, _)) = merged.last_mut() {
            p.name.b = w;
        }
    }
    if work.is_none() {
        work = tail_work.map(String::from);
    }
    let last_ji = merged.last().is_some_and(|(_, _, ji)| *ji);
    let mut cands = Vec::new();
    for (k, (p, _, _)) in merged.iter().enumerate() {
        let text = &s[p.name.a..p.name.b];
        let len = text.chars().count();
        let cand =
            |name: String, needs_stage: bool, completed: bool| Cand { name, span: p.name, needs_stage, completed };
        if let Some(noun) = collective_noun
            && matches!(p.class, Class::Named | Class::NamedInst | Class::Bare | Class::Area)
            && len >= 2
        {
            cands.push(cand(format!("{text}{noun}"), collective_inst, true));
            continue;
        }
        match p.class {
            Class::Named | Class::NamedInst => {
                if len >= 2 {
                    let needs_stage =
                        (p.class == Class::NamedInst && !tail_item) || tail_inst || (p.quoted_item && !tail_item);
                    cands.push(cand(text.to_string(), needs_stage, false));
                }
            }
            Class::BarePhase => {
                if let Some(o) = owner.as_ref() {
                    cands.push(cand(format!("{o}{text}"), false, false));
                }
            }
            Class::Quoted => {
                if g.deng && tail_item {
                    cands.push(cand(text.to_string(), false, false));
                }
            }
            Class::Bare | Class::Area => {
                if !(2..=16).contains(&len)
                    || coverage(text, false).is_some_and(|(generic, _)| generic)
                    || *any_generic
                    || COUNTED.is_match(text)
                    || !balanced_quotes(text)
                {
                    continue;
                }
                let placeish = WORDS.places.iter().any(|w| text.ends_with(w.as_str()));
                let next_named = merged[k + 1..].iter().map(|(q, _, _)| q).find(|q| q.class == Class::Named && !q.item);
                if g.deng
                    && let Some(next) = next_named
                    && (text.contains('至') || placeish)
                {
                    // 白山至临江、松江河至长白高速等项目 → 白山至临江高速: a route or place takes the
                    // head of the name after it.
                    cands.push(cand(format!("{text}{}", &s[next.shared..next.name.b]), false, true));
                } else if g.deng {
                    if tail_item {
                        // X、Y等项目: as written.
                        cands.push(cand(text.to_string(), false, false));
                    } else if tail_head {
                        if placeish && !tail_count {
                            // 刘家坝东、跳磴南等片区路网 → 刘家坝东片区路网.
                            let t = tail_sp.map_or("", |sp| &s[sp.a..sp.b]);
                            cands.push(cand(format!("{text}{t}"), false, true));
                        } else if p.class == Class::Bare {
                            cands.push(cand(text.to_string(), false, false));
                        }
                    } else if tail_work.is_some() && p.class == Class::Bare {
                        // 锁口丘、翠园、月光等老旧片区改造.
                        cands.push(cand(text.to_string(), false, false));
                    }
                } else if let Some(next) = merged[k + 1..].iter().map(|(q, _, _)| q).find(|q| q.class == Class::Named)
                    && (next.item || placeish)
                    && p.class == Class::Bare
                {
                    // 中翰盛泰、四川亚中项目 → 中翰盛泰项目; 金鳌山、中梁山路网 → 金鳌山路网; 白山至临江、
                    // 松江河至长白高速 → 白山至临江高速: the next name lends its head.
                    cands.push(cand(format!("{text}{}", &s[next.shared..next.name.b]), false, true));
                } else if k + 1 < n && last.class == Class::Generic && last.item && last_ji {
                    // 萤石智能家居及相关配套项目: the text calls the item a project.
                    if p.class == Class::Bare {
                        cands.push(cand(text.to_string(), false, false));
                    }
                } else if any_named
                    && !*any_generic
                    && p.class == Class::Bare
                    && (3..=8).contains(&len)
                    && !text.contains('“')
                {
                    // A short item listed with named ones, if something happens to it:
                    // 音乐博物馆、音乐营、音乐台前期工作.
                    cands.push(cand(text.to_string(), true, false));
                }
            }
            Class::Generic => {}
        }
        if let Some(ph) = p.phased
            && named(p.class)
        {
            *owner = Some(s[p.name.a..ph].to_string());
        }
    }
    if cands.is_empty() {
        return None;
    }
    // Where the predicate after the group starts.
    let end = match (tail_sp, els.get(g.last), merged.last()) {
        // After the kind's noun: 等项目|正式投入使用.
        (Some(sp), _, _) => match tail {
            Some(t) if matches!(t.closer, Some(Kind::Head | Kind::Item)) && t.name.b > sp.a => t.name.b,
            _ => sp.b,
        },
        (None, Some(El::Deng(sp)), _) => sp.b,
        (None, _, Some((p, run, _))) => {
            if moved_work {
                run.b
            } else {
                p.name.b
            }
        }
        _ => els[g.last].sp().b,
    };
    Some(Found0 { group: gi, cands, work, end })
}

/// Projects of one clause. `owner` is the last phased name of the sentence (海康威视 of
/// 海康威视二期), lent to a bare phase (三期).
fn scan_clause(
    s: &str,
    a: usize,
    b: usize,
    owner: &mut Option<String>,
    carry: &mut Option<String>,
    out: &mut Vec<Found>,
) {
    let (els, toks) = elements(s, a, b);
    // A clause that opens with a list mark (…等重大交通项目，以及孟底沟水电站…) continues the
    // verb of the clause before it.
    let continues = matches!(els.first(), Some(El::Sep(..)));
    let inherited = if continues { carry.take() } else { None };
    let gs = groups(&els);
    let found: Vec<Found0> =
        gs.iter().enumerate().filter_map(|(gi, g)| group_projects(s, &els, &toks, g, gi, owner)).collect();
    // The verbs before each project group (back to a list mark, the previous project group or
    // the clause start) and the predicate after it (up to the list mark before the next project
    // group, or the clause end).
    let mut pres: Vec<String> = Vec::with_capacity(found.len());
    let mut posts: Vec<&str> = Vec::with_capacity(found.len());
    let mut joined: Vec<bool> = Vec::with_capacity(found.len());
    for (ci, f) in found.iter().enumerate() {
        let g = &gs[f.group];
        let lower = if ci > 0 { gs[found[ci - 1].group].last + 1 } else { 0 };
        let mut pre_from = if ci > 0 { found[ci - 1].end } else { a };
        let mut sep_before = false;
        for j in (lower..g.first).rev() {
            if let El::Sep(sp, _) = els[j] {
                pre_from = sp.b;
                sep_before = j + 1 == g.first;
                break;
            }
        }
        let first = els[g.first].sp().a;
        let mut pre = strip_leads(if pre_from <= first { &s[pre_from..first] } else { "" }).to_string();
        // 启动宝武集团西南总部建设和老重钢红白楼修缮改造: the second takes the first's verb.
        if pre.is_empty() && sep_before && ci > 0 {
            pre = pres[ci - 1].clone();
        }
        if pre.is_empty()
            && ci == 0
            && let Some(c) = &inherited
        {
            pre = c.clone();
        }
        let post_to = match found.get(ci + 1) {
            Some(next) => {
                let mut to = f.end;
                for j in (g.last + 1..gs[next.group].first).rev() {
                    if let El::Sep(sp, _) = els[j] {
                        to = sp.a;
                        break;
                    }
                }
                to
            }
            // The predicate runs on over list marks (从无到有、初具雏形) but not into another
            // noun phrase with a head (建成A、全国首个B: B is not part of A's action).
            None => (g.last + 1..els.len())
                .find_map(|j| match &els[j] {
                    El::Sep(sp, _)
                        if els[j + 1..]
                            .iter()
                            .take_while(|e| !matches!(e, El::Sep(..)))
                            .any(|e| matches!(e, El::Run(r) if toks_in(&toks, *r).any(|t| t.kind.closes()))) =>
                    {
                        Some(sp.a)
                    }
                    _ => None,
                })
                .unwrap_or(b)
                .max(f.end),
        };
        pres.push(pre);
        posts.push(if f.end < post_to { &s[f.end..post_to] } else { "" });
        joined.push(sep_before);
    }
    // 川藏铁路…等重大基础设施项目和京东方…等重大产业项目加快建设: a group with no predicate of
    // its own, joined to the next by a list mark, takes the next one's.
    for ci in (0..found.len().saturating_sub(1)).rev() {
        if posts[ci].trim().is_empty() && joined[ci + 1] {
            posts[ci] = posts[ci + 1];
        }
    }
    *carry = pres.last().cloned().filter(|p| !p.is_empty());
    for (ci, f) in found.iter().enumerate() {
        let post = posts[ci];
        // A predicate that counts what it follows: 起降设施增至3592个 (a kind, not a name); after
        // a kind noun it counts the list (建成金沙路等农村公路4条).
        if gs[f.group].tail.is_none() && POST_COUNT.is_match(post.trim_start()) {
            continue;
        }
        for c in &f.cands {
            let work = if c.completed { "" } else { f.work.as_deref().unwrap_or("") };
            let action = format!("{}{work}{post}", pres[ci]);
            let action = action.trim_matches(|c: char| is_blank(c) || matches!(c, '、' | '，' | '。' | '；' | '：'));
            let read = read_stage(action);
            // 关停晨鸣公司3.5万吨造纸生产线: a closure, not an undertaking.
            if read == Some(Stage::Closed) {
                continue;
            }
            let stage = read.and_then(Stage::stage);
            if c.needs_stage && stage.is_none() {
                continue;
            }
            // A name cut inside a bracket (乡镇（街|道）履行职责事项清单) is a fragment.
            if !balanced_quotes(&c.name) || c.name.matches(['（', '(']).count() != c.name.matches(['）', ')']).count()
            {
                continue;
            }
            out.push(Found {
                name: c.name.clone(),
                span: c.span,
                action: (!action.is_empty()).then(|| action.to_string()),
                stage,
            });
        }
    }
}

/// Projects of one sentence (byte span), in order.
fn scan_sentence(s: &str, a: usize, b: usize) -> Vec<Found> {
    let mut out = Vec::new();
    let mut owner: Option<String> = None;
    let mut carry: Option<String> = None;
    let mut st = a;
    for (i, c) in s[a..b].char_indices() {
        if is_clause_mark(c) {
            if a + i > st {
                scan_clause(s, st, a + i, &mut owner, &mut carry, &mut out);
            }
            st = a + i + c.len_utf8();
        }
    }
    if b > st {
        scan_clause(s, st, b, &mut owner, &mut carry, &mut out);
    }
    out
}

/// Project rows of a document.
pub fn extract(cx: &Document) -> Vec<ProjectRow> {
    let s = cx.s();
    let glossary = cx.outline.glossary().map(|g| g.start..g.end);
    let mut found: Vec<Found> = Vec::new();
    for l in &cx.sentences {
        if glossary.as_ref().is_some_and(|g| g.contains(&l.start)) {
            continue;
        }
        found.extend(scan_sentence(s, l.start, l.end));
    }
    found.sort_by_key(|f| (f.span.a, f.span.b));
    found.dedup_by(|x, y| x.span.a < y.span.b && y.span.a < x.span.b);
    found
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let (period, status) = time::resolve(cx, &cx.section_times, f.span.a..f.span.b, None);
            let sentence = cx.sentence_at(f.span.a).map_or(String::new(), |l| l.text(s).to_string());
            ProjectRow {
                doc_id: cx.doc_id.to_string(),
                project_id: i + 1,
                name_key: name_key(&f.name),
                name: f.name,
                char_start: cx.text.char_of(f.span.a),
                char_end: cx.text.char_of(f.span.b),
                section_id: cx.section_id_at(f.span.a),
                sentence,
                action: f.action,
                stage: f.stage,
                status,
                period_start: period.start,
                period_end: period.end,
            }
        })
        .collect()
}

/// The name normalised for matching the same project across reports and years: full-width
/// letters, digits and signs folded to half-width, quotes, brackets, blanks and middle dots
/// dropped (the words inside brackets stay), Latin letters lower-cased, and the numbers of
/// phases and lines written in Arabic digits (二期 → 2期, 五号线 → 5号线). So
/// `重庆（国际）小球赛事中心` and `重庆(国际)小球赛事中心` share a key, and so do
/// `“两江四岸”治理提升` and `两江四岸治理提升`.
pub fn name_key(name: &str) -> String {
    let mut t = String::with_capacity(name.len());
    for c in name.chars() {
        let c = match c {
            '\u{3000}' => ' ',
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            _ => c,
        };
        if c.is_whitespace()
            || is_quote_mark(c)
            || is_title_mark(c)
            || matches!(c, '(' | ')' | '[' | ']' | '【' | '】' | '〔' | '〕' | '·' | '・' | '•' | '‧' | '\u{200b}')
        {
            continue;
        }
        t.push(c.to_ascii_lowercase());
    }
    static NUMBERED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"第?([一二三四五六七八九十]{1,3})(期|号线)").expect("valid regex"));
    NUMBERED
        .replace_all(&t, |c: &regex::Captures| match small_number(&c[1]) {
            Some(n) => format!("{n}{}", &c[2]),
            None => c[0].to_string(),
        })
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage_of(action: &str) -> Option<&'static str> {
        read_stage(action).and_then(Stage::stage).map(|s| s.as_str())
    }

    fn names(sentence: &str) -> Vec<(String, Option<String>, Option<&'static str>)> {
        scan_sentence(sentence, 0, sentence.len())
            .into_iter()
            .map(|f| (f.name, f.action, f.stage.map(|s| s.as_str())))
            .collect()
    }

    fn just_names(sentence: &str) -> Vec<String> {
        names(sentence).into_iter().map(|(n, _, _)| n).collect()
    }

    #[test]
    fn keys_fold_quotes_brackets_and_width() {
        assert_eq!(name_key("重庆（国际）小球赛事中心"), "重庆国际小球赛事中心");
        assert_eq!(name_key("重庆(国际)小球赛事中心"), name_key("重庆（国际）小球赛事中心"));
        assert_eq!(name_key("“两江四岸”治理提升"), "两江四岸治理提升");
        assert_eq!(name_key("华润万象汇Ｂ馆"), "华润万象汇b馆");
        assert_eq!(name_key("两岸青山·千里林带"), "两岸青山千里林带");
        assert_eq!(name_key("海康威视 三期"), "海康威视3期");
        assert_eq!(name_key("轨道五号线"), name_key("轨道5号线"));
        assert_eq!(name_key("天安数码城第十二期"), "天安数码城12期");
        assert_eq!(name_key("二纵线"), "二纵线");
    }

    #[test]
    fn stage_by_rank() {
        assert_eq!(stage_of("建成投用"), Some("completed"));
        assert_eq!(stage_of("开工建设"), Some("started"));
        assert_eq!(stage_of("加快推进"), Some("ongoing"));
        assert_eq!(stage_of("完成前期工作"), Some("planned"));
        assert_eq!(stage_of("主体基本建成"), Some("ongoing"));
        assert_eq!(stage_of("加快推动落地"), None);
        assert_eq!(stage_of("规划落地"), Some("planned"));
        assert_eq!(stage_of("完成建设"), Some("completed"));
        assert_eq!(stage_of("引进"), None);
    }

    #[test]
    fn list_with_head_nouns() {
        assert_eq!(
            just_names("白居寺长江大桥、中顺大道、轨道5号线南段等一批重大项目建成，骨干道路体系基本形成。"),
            ["白居寺长江大桥", "中顺大道", "轨道5号线南段"]
        );
        let got = names("白居寺长江大桥、中顺大道等一批重大项目建成。");
        assert_eq!(got[0].1.as_deref(), Some("建成"));
        assert_eq!(got[0].2, Some("completed"));
    }

    #[test]
    fn borrowed_phase() {
        let got = names("海康威视二期建成投用，三期和萤石项目开工建设，大数据智能化企业突破200家。");
        let n: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["海康威视二期", "海康威视三期", "萤石项目"]);
        assert_eq!(got[1].2, Some("started"));
    }

    #[test]
    fn shared_tail_completes_bare_items() {
        assert_eq!(just_names("完成伏牛溪、双石河整治工程。"), ["伏牛溪整治工程", "双石河整治工程"]);
        assert_eq!(just_names("进一步完善金鳌山、中梁山路网。"), ["金鳌山路网", "中梁山路网"]);
    }

    #[test]
    fn shared_work_goes_to_the_action() {
        let got = names("启动白居寺公园、双山公园改造。");
        assert_eq!(got.iter().map(|g| g.0.as_str()).collect::<Vec<_>>(), ["白居寺公园", "双山公园"]);
        assert_eq!(got[1].1.as_deref(), Some("启动改造"));
        assert_eq!(got[1].2, Some("started"));
        // On one asset the work noun stays in the name.
        assert_eq!(just_names("完成区敬老院升级改造。"), ["区敬老院升级改造"]);
    }

    #[test]
    fn not_projects() {
        assert!(just_names("启动老旧小区改造项目10个。").is_empty());
        assert!(just_names("全面深化“放管服”改革。").is_empty());
        assert!(just_names("新建一批义务教育学校和公办幼儿园。").is_empty());
        assert!(just_names("依托市残疾人康复中心。").is_empty());
        assert!(just_names("持续抓好人员密集场所和医院、学校、养老院等特殊场所的疫情防控。").is_empty());
    }

    #[test]
    fn stage_prefers_the_longer_phrase_on_ties() {
        assert_eq!(stage_of("启动运行"), Some("completed"));
        assert_eq!(stage_of("启动建设"), Some("started"));
    }

    #[test]
    fn list_items_as_written_and_shared_predicates() {
        let got = names(
            "川藏铁路、成渝中线高铁等重大基础设施项目和京东方、沃尔沃等重大产业项目加快建设，254个建设项目有序推进。",
        );
        let n: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["川藏铁路", "成渝中线高铁", "京东方", "沃尔沃"]);
        assert!(got.iter().all(|g| g.2 == Some("ongoing")), "{got:?}");
    }

    #[test]
    fn a_clause_opened_by_a_list_mark_keeps_the_verb() {
        let got =
            names("提速实施西宁至成都铁路、乐山机场等重大交通项目，以及孟底沟水电站、盐源抽水蓄能电站等电源项目。");
        let n: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["西宁至成都铁路", "乐山机场", "孟底沟水电站", "盐源抽水蓄能电站"]);
        assert_eq!(got[3].1.as_deref(), Some("提速实施"));
    }

    #[test]
    fn scope_words_inside_a_name_stay() {
        assert_eq!(
            just_names("建成昌平南口全国重点实验室基地一期、全国首个人工智能数据训练基地。"),
            ["昌平南口全国重点实验室基地一期"]
        );
    }

    #[test]
    fn kinds_programmes_and_slogans_are_not_rows() {
        for s in [
            "实施急需紧缺技能人才培养工程。",
            "推进“治未病”中心建设。",
            "加快建设与新兴产业发展相适应的无人驾驶、低空起降等设施。",
            "低空起降设施增至3592个。",
            "坚持高质量抓项目、抓高质量项目。",
            "深入开展基础教育提升、医疗卫生发展、职业培训创新三项工程。",
            "加快建设大湾区国际科技创新中心、综合性国家科学中心。",
            "布局建设一批人工智能平台、宽带基础网络、卫星导航等新型基础设施。",
            "支持快手等直播基地健康运营。",
            "突出抓好工业源、移动源、扬尘源等污染治理。",
        ] {
            assert!(just_names(s).is_empty(), "{s}: {:?}", names(s));
        }
    }

    #[test]
    fn segments_sites_and_short_brackets() {
        assert_eq!(
            just_names("开工建设广珠（澳）高铁鹤洲至横琴段，建设好长征国家文化公园（广东段）。"),
            ["广珠（澳）高铁鹤洲至横琴段", "长征国家文化公园（广东段）"]
        );
        let got = names("区政务服务中心新址投入使用。");
        assert_eq!(got[0].0, "区政务服务中心新址");
        assert_eq!(got[0].2, Some("completed"));
    }

    #[test]
    fn a_remark_in_brackets_is_left_out() {
        let got = names("做好粤东水资源优化配置工程（含龙颈水库扩建）前期工作。");
        assert_eq!(got.iter().map(|g| g.0.as_str()).collect::<Vec<_>>(), ["粤东水资源优化配置工程"]);
        assert_eq!(got[0].2, Some("planned"));
    }

    #[test]
    fn word_lists_are_consistent() {
        // Each noun has one kind and each phrase one row (the lexicon refuses a file that
        // breaks this, naming the line); every phrase is a stage pattern.
        let lexicon = crate::lexicon::get();
        let nouns: std::collections::HashSet<&str> = lexicon.project_heads.iter().map(|h| h.word.as_str()).collect();
        assert_eq!(nouns.len(), lexicon.project_heads.len());
        assert_eq!(WORDS.stage_of.len(), lexicon.stage_verbs.len());
    }

    /// The count patterns built from `dict/project_counts.tsv` are the ones written in code
    /// before the words moved there, character for character.
    #[test]
    fn count_patterns_are_built_from_the_word_list() {
        let c = "个|座|所|条|家|项|处|批|套|张|栋|幢";
        let expected = [
            (
                &*COUNT,
                format!(
                    r"^(?:第?(?:[\d.]+|[一二三四五六七八九十两百千万几数多]+)(?:余|多)?(?:万|亿)?(?:{c}|片|种|类|大|期工程)|[\d.]+(?:余|多)?(?:万)?(?:公里|千米)|\d+年(?:以上|以下))"
                ),
            ),
            (
                &*COUNT_AFTER,
                format!(
                    r"^(?:[\d.]+|[一二三四五六七八九十两百千万几数多]+)(?:余|多)?(?:万|亿)?(?:{c}|片|种|类|公里|千米|米|平方米|平方公里|亩|公顷|千瓦|吨|间|户|辆|台)"
                ),
            ),
            (&*COLLECTIVE, r"^[一二三四五六七八九十两\d]{1,3}(?:大|个|项|座|所|条|处)".to_string()),
            (
                &*NUMBER,
                format!(
                    r"[\d.]+(?:余|多)?(?:万|亿)?(?:{c}|间|户)|[一二三四五六七八九十两百千万]+(?:个|座|所|条|家|项|处|批|大)"
                ),
            ),
            (&*COUNTED, r"\d+(?:万|亿)?(?:个|家|座|所|项|批|套|张|处)".to_string()),
            (
                &*POST_COUNT,
                format!(
                    r"^(?:增至|达到|达|突破|超过|超|增加|增长到|新增|共|累计)?[\d.]+(?:余|多)?(?:万|亿)?(?:{c}|间|户|辆|台)"
                ),
            ),
        ];
        for (re, text) in expected {
            assert_eq!(re.as_str(), text);
        }
    }

    #[test]
    fn quotes_keep_their_marks_and_a_name_may_open_with_he() {
        // 和若铁路 after a list mark is a name, not 和 + 若铁路.
        let got = just_names("乌鲁木齐天山国际机场、“疆电外送”第三通道、和若铁路等重大基础设施投运。");
        assert_eq!(got, ["乌鲁木齐天山国际机场", "“疆电外送”第三通道", "和若铁路"]);
        // A list inside quotes is not a list of projects.
        assert!(just_names("“内供七环网、外送五通道”电力主网架基本形成。").is_empty());
        assert!(just_names("锁边工程入选“2025全球十大工程成就”。").iter().all(|n| !n.contains('“')));
    }

    #[test]
    fn routes_after_a_road_number() {
        assert_eq!(
            just_names("推动G679线乌拉斯台至奇台、G219线禾木（吉克普林）至喀纳斯等一批重大项目开工建设。"),
            ["G679线乌拉斯台至奇台", "G219线禾木（吉克普林）至喀纳斯"]
        );
    }

    #[test]
    fn quoted_names_the_text_calls_projects() {
        let got = names("深入实施“十百千万”工程，实施高等教育“百亿工程”“办学条件改善工程”，加力实施城市“里子”工程。");
        let n: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        // 城市“里子”工程 is a label on a kind (city infrastructure), not a name.
        assert_eq!(n, ["“十百千万”工程", "“百亿工程”", "“办学条件改善工程”"]);
        assert!(got.iter().all(|g| g.2 == Some("ongoing")), "{got:?}");
        // Named only by a quotation, a 工程 is a slogan unless something is done to it.
        assert!(just_names("坚决整治“新形象工程”。").is_empty());
        assert_eq!(just_names("加快推动宝武集团“四个一”项目落地。"), ["宝武集团“四个一”项目"]);
    }
}
