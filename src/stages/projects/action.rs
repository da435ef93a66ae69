//! The projects of a sentence: each clause cut into elements and groups, and each group's
//! projects given the verb phrase before it and the predicate after it as their action.

use crate::lang::chars::is_blank;
use crate::lang::marks::clause_marks;
use crate::lang::text::{holds_any3, opens_with};
use crate::lexicon::VerbStage;

use super::clause::{El, Sp, Tok, clause_words, elements_into, may_hold_project};
use super::group::{Group, GroupFinds, Needs, groups_into, read_group};
use super::run::toks_in;
use super::stage::{read_built_stage, read_stage, reports_quantity, strip_leads, without_modifier, without_quantity};
use super::words::{
    COVERAGE, GROWS_INTO, HONOUR, HOSTS, ITEM_HEADS, MEASURE, POST_COUNT, PROGRAMME_VERBS, PROMOTES, RATED_HEAD,
    RATING, TASK_ORDINAL, USES, WINS, WORDS, Word, ZONE_STATUS, balanced_quotes, cut, names_a_graded_kind,
    names_a_priority,
};

/// A project found in a clause (byte offsets).
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub(super) name: String,
    pub(super) span: Sp,
    pub(super) action: Option<String>,
    pub(super) stage: Option<crate::vocab::Stage>,
}

/// The vectors of a clause, reused from clause to clause of a document (each is cleared
/// before it is filled).
#[derive(Default)]
pub(super) struct Scratch {
    words: Vec<(Sp, Word)>,
    els: Vec<El>,
    toks: Vec<Tok>,
    gs: Vec<Group>,
}

/// Projects of one clause. `owner` is the last phased name of the sentence (海康威视 of
/// 海康威视二期), lent to a bare phase (三期).
///
/// (Over 100 lines on purpose: the verb phrase before and the predicate after each group
/// depend on the groups before and after it, so they are found in one pass over the groups.)
pub(super) fn scan_clause(
    s: &str,
    a: usize,
    b: usize,
    owner: &mut Option<String>,
    carry: &mut Option<String>,
    scratch: &mut Scratch,
    out: &mut Vec<Found>,
) -> ClauseShape {
    let Scratch { words, els, toks, gs } = scratch;
    clause_words(s, a, b, words);
    // (Words with no verb but a scope and no 等, 全省市地本地电话网, may stand in a list a front
    // verb governs: names waiting for its close wait on over them.)
    // (等 asked once: `may_hold_project` needs it too. By `holds_any3`, a pass over the clause's
    // bytes with no call, where `holds_char`'s memchr stops at every byte equal to 等's last,
    // a continuation byte: about 170 instructions a clause; session 25, perf27.)
    let deng = holds_any3(cut(s, a, b), ['等']);
    let bare = !deng && !words.iter().any(|(_, w)| matches!(w, Word::Verb(v) if !v.scope));
    if !may_hold_project(cut(s, a, b), words, deng) {
        // No group of the clause names a project: nothing found, nothing carried on (and its
        // shape does not matter: a clause without finds clears what waits for a predicate).
        *carry = None;
        return ClauseShape {
            verbless: false,
            opens_with_name: false,
            deng_list: false,
            ends_with_name: false,
            bare,
            predicate: None,
        };
    }
    elements_into(s, a, b, words, els, toks);
    let (els, toks): (&[El], &[Tok]) = (els, toks);
    let mut shape = ClauseShape {
        verbless: !els.iter().any(|e| matches!(e, El::Verb(_) | El::Deng(_))),
        opens_with_name: matches!(els.first(), Some(El::Run(_))),
        deng_list: !els.iter().any(|e| matches!(e, El::Verb(_)))
            && matches!(els, [El::Run(_), .., El::Deng(_), El::Run(_)]),
        ends_with_name: matches!(els.last(), Some(El::Run(_))) && !els.iter().any(|e| matches!(e, El::Deng(_))),
        bare,
        // (Not after a count or 一批 opening the clause: 一批重大项目加快推进 names kinds, and the
        // names before are no part of it.)
        predicate: match els.first() {
            Some(El::Run(r)) if !super::run::starts_with_many(s, toks, r.a) => els
                .iter()
                .rposition(|e| matches!(e, El::Run(_)))
                .and_then(|r| els[r + 1..].iter().find(|e| matches!(e, El::Verb(_))).map(|v| v.sp().a)),
            _ => None,
        },
    };
    // A clause that opens with a list mark (…等重大交通项目，以及孟底沟水电站…) continues the
    // verb of the clause before it.
    let continues = matches!(els.first(), Some(El::Sep(..)));
    let inherited = if continues { carry.take() } else { None };
    groups_into(s, els, gs);
    let gs: &[Group] = gs;
    let found: Vec<GroupFinds> =
        gs.iter().enumerate().filter_map(|(gi, g)| read_group(s, els, toks, g, gi, owner, true)).collect();
    // The verbs before each project group (back to a list mark, the previous project group or
    // the clause start) and the predicate after it (up to the list mark before the next project
    // group, or the clause end).
    let mut pres: Vec<String> = Vec::with_capacity(found.len());
    let mut posts: Vec<&str> = Vec::with_capacity(found.len());
    let mut joined: Vec<bool> = Vec::with_capacity(found.len());
    let mut raws: Vec<&str> = Vec::with_capacity(found.len());
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
        let raw_pre = if pre_from <= first { cut(s, pre_from, first) } else { "" };
        let mut pre = without_quantity(&without_modifier(strip_leads(raw_pre))).to_string();
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
                            .any(|e| matches!(e, El::Run(r) if toks_in(toks, *r).any(|t| t.kind.closes()))) =>
                    {
                        Some(sp.a)
                    }
                    _ => None,
                })
                .unwrap_or(b)
                .max(f.end),
        };
        raws.push(raw_pre);
        pres.push(pre);
        // 加快A、B等项目的推进: the 的 joining the list to its predicate is no part of the
        // action (加快推进, not 加快的推进).
        posts.push(if f.end < post_to { cut(s, f.end, post_to).trim_start_matches('的') } else { "" });
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
    // A clause reporting a quantity of its name (京津城际全天运能提升19％) waits for no predicate.
    if posts.iter().any(|p| reports_quantity(p)) {
        shape.verbless = false;
    }
    for (ci, f) in found.iter().enumerate() {
        let post = posts[ci];
        // A predicate that counts what it follows: 起降设施增至3592个 (a kind, not a name); after
        // a kind noun it counts the list (建成金沙路等农村公路4条).
        if gs[f.group].tail.is_none() && POST_COUNT.is_match(post.trim_start()) {
            continue;
        }
        // A predicate reporting a quantity (建设面积70万亩) is no action, but it still says that
        // something is done to the name (an institution or a quoted name needs that).
        // 城镇污水处理设施实现市县全覆盖: a kind spread over places, not one undertaking.
        if COVERAGE.occurs_in(post) {
            continue;
        }
        let quantity = reports_quantity(post);
        let (said, post) = (post, if quantity { "" } else { post });
        // A name that only a quantity or a measure is said of, with no work in it and no verb
        // before the name (海拉尔机场年旅客吞吐量突破100万人次, X联建项目总投资超百亿元, 福州港货物
        // 吞吐量位居全省第一, 小西天等景区流量出圈), is the measured thing, not an undertaking
        // reported on. A verb before the name that gives no stage acts on the measure, not on
        // the name (提升应县木塔…等旅游景区知名度: the fame is raised, nothing is built).
        let nothing_before = trim_action(raws[ci]).is_empty() && pres[ci].is_empty();
        let no_stage_before =
            || read_stage(&format!("{}{}", trim_action(raws[ci]), pres[ci])).and_then(VerbStage::stage).is_none();
        let no_stage = read_stage(said).and_then(VerbStage::stage).is_none();
        if quantity && nothing_before && no_stage {
            continue;
        }
        // Works named as such stay (新汴河景观工程成效初显: the works are done, and they show).
        let measured = opens_with_measure(said) && (nothing_before || no_stage_before()) && no_stage;
        for c in f.cands.iter().filter(|c| !measured || names_works(&c.name)) {
            let work = if c.completed { "" } else { f.work.as_deref().unwrap_or("") };
            let action = format!("{}{work}{post}", pres[ci]);
            let mut action = trim_action(&action);
            // Nothing said but a steering word with a stage (推动X工程): it is the action (not
            // for an institution, which needs a word of building: 推动X学院建设高水平大学).
            if action.is_empty()
                && said.trim().is_empty()
                && c.needs != Needs::Built
                && read_stage(trim_action(raws[ci])).and_then(VerbStage::stage).is_some()
            {
                action = trim_action(raws[ci]);
            }
            // A 工程 or 项目 standing alone after the ordinal of a task, with nothing done to it
            // (七是长效管理工程。, 四是港口建设工程：完成…), heads a field of the year's work: the
            // works listed under it are the undertakings.
            if action.is_empty() && said.trim().is_empty() && task_heading(raws[ci], &c.name) {
                continue;
            }
            let read = read_stage(action);
            // 关停晨鸣公司3.5万吨造纸生产线: a closure, not an undertaking.
            if read == Some(VerbStage::Closed) {
                continue;
            }
            let stage = read.and_then(VerbStage::stage);
            // 方科污水处理厂获全国十佳示范单位: a thing only said to win an honour is in passing.
            // Not works named as such (深圳湾红树林湿地修复工程获评…典型案例): an undertaking still.
            // What is said after the honour is of the honour (位列国家一级博物馆运行评估第一名: no
            // stage of the museum), so only the words up to it may give the name a stage.
            let rated = RATED_HEAD.iter().any(|h| c.name.ends_with(h));
            // 莫尔格勒河5A级景区获批, 篁岭创5A级景区, 已有A级旅游景区: an area named with its grade
            // is the grade it wins or a class of areas, not an undertaking.
            if rated && RATING.find_end(&c.name).is_some() {
                continue;
            }
            if wins_honour(said, rated).is_some_and(|upto| {
                stage.is_none() || read_stage(&format!("{}{upto}", pres[ci])).and_then(VerbStage::stage).is_none()
            }) && !names_works(&c.name)
            {
                continue;
            }
            // 加强云南大学“双一流”建设: a quoted honour right after the name is what the words after
            // it are of (its stage too), not works on the name (round 55, AUDIT55).
            if opens_with_quoted_honour(said) && !names_works(&c.name) {
                continue;
            }
            // 发挥深中通道集群效应, 用好管好港珠澳大桥: an asset put to use, with no stage, is named
            // in passing. Not items the text calls projects (三千漓、大碧头等新项目带动作用: a kind
            // after 等), nor a 项目 or 工程 by name (发挥…科学试验项目调水补水作用).
            if stage.is_none()
                && gs[f.group].tail.is_none()
                && !ITEM_HEADS.iter().any(|h| c.name.ends_with(h))
                && USES.occurs_in(action)
            {
                continue;
            }
            // 铜陵学院建设地方应用型高水平大学: the verb after the name has a kind as its object;
            // the name is what grows into it, not the thing built.
            if gs[f.group].tail.is_none() && grows_into(said) {
                continue;
            }
            if !meets(c.needs, action, &pres[ci], said, raws[ci]) {
                continue;
            }
            // 实施工业经济“头号工程”: a rank of priority names no undertaking; 承办…联赛江门站赛事:
            // a name in a predicate holding an event is what the event is about.
            // 重点煤炭基地, 市列重点项目: a class of things by their grade (round 52); a 工程 so named
            // is a programme the text implements (实施重点园区扩区升级工程, a row of the jiangxi-2013
            // gold; 中华文明探源重点工程) and stays.
            let graded = names_a_graded_kind(&c.name) && !c.name.ends_with(super::run::PROGRAMME_HEAD);
            if names_a_priority(&c.name) || graded || HOSTS.occurs_in(action) {
                continue;
            }
            // A region named as a whole (与连云港共建…园区) is a place, not a project.
            if WORDS.regions.contains(&c.name) {
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
    shape
}

/// What the sentence needs to know of a clause to lend a predicate across a comma.
#[derive(Clone, Copy)]
pub(super) struct ClauseShape {
    /// No verb at all and no 等 (a list closed by 等 is complete: 如地铁一期、…深平快速干道等，
    /// 地铁二期、轻轨要做好前期工作): only names and list marks.
    verbless: bool,
    /// The clause opens with a name, so the action of its projects is its predicate only.
    opens_with_name: bool,
    /// Bare names closed by 等 and a kind, no verb (丹东港20万吨矿石等多个大型专业化泊位): in the
    /// middle of a run of verbless clauses it does not end the run (round 51, class L of
    /// AUDIT50): the predicate after is everyone's. A list closed by 等 alone (…深平快速干道等，
    /// 地铁二期、轻轨要做好前期工作) still ends it.
    deng_list: bool,
    /// The clause ends with a name and holds no 等 (加快建设沪杭甬高速公路、…北仑港20万吨级矿石码头):
    /// the verb before its names may be lent forward over bare names up to a list closed by 等
    /// (round 52). A list closed by 等 is complete (建设A、B等项目，放大C等…功能).
    ends_with_name: bool,
    /// No verb but scope words (全省) and no 等: bare words, which may be an item of a list a
    /// front verb governs even where they make no row (round 52).
    bare: bool,
    /// Where the predicate after the clause's last noun run starts (…示范小区|建设稳步推进), if
    /// any: lent to names waiting for it even when the clause names no project (round 52).
    predicate: Option<usize>,
}

/// Whether a name is the whole of a task heading: its words before it are only the ordinal of
/// a task (七是, （三）), and it is a 工程 or 项目.
fn task_heading(raw_pre: &str, name: &str) -> bool {
    TASK_ORDINAL.is_match(trim_action(raw_pre).trim_matches(|c: char| matches!(c, ':' | ';')))
        && ITEM_HEADS.iter().any(|h| name.ends_with(h))
}

/// Whether a predicate opens with a verb of winning, conferring or becoming (after up to three
/// characters: 成功, 被, 先后被) and goes on, in its clause, to an honour, a rank, a list or a
/// pilot (获全国十佳示范单位, 晋升国家一级馆, 成为网红打卡地, 入选…典型案例). A zone's status
/// (获评市级服务业集聚区) is no honour, but a promotion (`promotes`: 晋升为国家5A级景区) is always
/// to a rank, so the whole clause is its title.
///
/// Gives the predicate up to the end of the honour's word.
///
/// For a scenic area (`rated`: its name ends in a `rated_head`, 景区), a grade (`rating`: 5A级) is
/// a rank too (四姑娘山景区成功创建国家5A级旅游景区).
fn wins_honour(said: &str, rated: bool) -> Option<&str> {
    let p = trim_action(said);
    let clause = p.find(['，', '；', '。', '：']).map_or(p, |i| &p[..i]);
    clause.char_indices().take(4).find_map(|(i, _)| {
        // 查干湖景区晋升为国家5A级景区: a promotion is to a rank, whatever its words.
        if PROMOTES.iter().any(|v| opens_with(&clause[i..], v)) {
            return Some(clause);
        }
        if !WINS.iter().any(|v| opens_with(&clause[i..], v)) {
            return None;
        }
        // 入选首批国家级零碳园区建设名单: a list of zones is a park's status, no honour (round 61).
        if ZONE_STATUS.occurs_in(&clause[i..]) {
            return None;
        }
        HONOUR
            .find_end(&clause[i..])
            .or_else(|| rated.then(|| RATING.find_end(&clause[i..])).flatten())
            .map(|e| &clause[..i + e])
    })
}

/// Whether a predicate opens with a quoted text holding an `honour` (“双一流”建设): the words after
/// the name are of the honour.
fn opens_with_quoted_honour(said: &str) -> bool {
    let p = trim_action(said);
    p.strip_prefix('“').and_then(|q| q.find('”').map(|e| &q[..e])).is_some_and(|q| HONOUR.find_end(q).is_some())
}

/// Whether a predicate opens with a `measure` of its name within its first four characters
/// (货物吞吐量位居全省第一, 流量出圈, 集装箱吞吐量连续9年位居世界第一): it says how much or how
/// well the name does.
fn opens_with_measure(said: &str) -> bool {
    let p = trim_action(said);
    p.char_indices().take(4).any(|(i, _)| MEASURE.iter().any(|m| opens_with(&p[i..], m)))
}

/// Whether a predicate opens with a `grows_into` verb (建设, 建成, 打造) whose object, to the
/// end of its clause or list item, is a noun phrase of three characters or more ending in a noun
/// that closes a name (a head, an institution, a zone; not 项目 or 工程): 建设地方应用型高水平大学,
/// 打造上海国际航空货运枢纽副中心. Not a predicate of the work (建成通车, 建设进展顺利, 建设初具
/// 规模: a stage phrase in the object), one joined on (建设和…, 建成或…), nor 建设为重点.
fn grows_into(said: &str) -> bool {
    let p = trim_action(said);
    let Some(v) = GROWS_INTO.iter().find(|v| p.starts_with(*v)) else { return false };
    let rest = &p[v.len()..];
    let object = rest.find(['，', '；', '。', '：', '、', '和', '及', '或']).map_or(rest, |i| &rest[..i]);
    // (以X建设为重点: 为 opens no object; 建设初具规模, 建成或完成年度建设计划: a predicate.)
    !object.starts_with('为')
        && read_stage(object).is_none()
        && object.chars().count() >= 3
        && WORDS.cover.find_iter(object).any(|m| {
            let k = WORDS.cover_kind[m.pattern];
            m.end == object.len() && k.closes() && k != crate::lexicon::HeadKind::Item
        })
}

/// Whether a name is works named as such: a 工程, or a work noun written in it (湿地修复,
/// 改造提升, 建设项目).
fn names_works(name: &str) -> bool {
    name.ends_with(super::run::PROGRAMME_HEAD)
        || WORDS.cover.find_iter(name).any(|m| WORDS.cover_kind[m.pattern] == crate::lexicon::HeadKind::Work)
}

/// An action without the blanks and marks around it.
fn trim_action(t: &str) -> &str {
    t.trim_matches(|c: char| is_blank(c) || matches!(c, '、' | '，' | '。' | '；' | '：'))
}

/// Projects of one sentence (byte span), in order.
/// Whether the action says of a candidate what its reading asks (`Needs`): `action` is the
/// action read for it, `pre` the words before the group, `said` the words after it, `raw` the
/// clause's words before the group with its verb.
fn meets(needs: Needs, action: &str, pre: &str, said: &str, raw: &str) -> bool {
    let built = |t: &str| read_built_stage(t).and_then(VerbStage::stage);
    match needs {
        Needs::Nothing => true,
        // An institution counts with a stage of building only (推动X学院建设…).
        Needs::Built => built(action).is_some() || built(trim_action(&format!("{pre}{said}"))).is_some(),
        // An institution summed up as a platform counts only where it starts or is built.
        Needs::Milestone => {
            matches!(built(action), Some(crate::vocab::Stage::Started | crate::vocab::Stage::Completed))
        }
        // A programme named by category words counts only where the text implements it.
        Needs::Implemented => {
            PROGRAMME_VERBS.iter().any(|v| trim_action(raw).ends_with(v) || trim_action(said).starts_with(v))
        }
    }
}

#[cfg(test)]
pub(super) fn scan_sentence(s: &str, a: usize, b: usize) -> Vec<Found> {
    let mut out = Vec::new();
    scan_sentence_into(s, a, b, &mut Scratch::default(), &mut out);
    out
}

/// [`scan_sentence`], appending to `out`, with the clause vectors of `scratch`.
pub(super) fn scan_sentence_into(s: &str, a: usize, b: usize, scratch: &mut Scratch, out: &mut Vec<Found>) {
    let mut owner: Option<String> = None;
    let mut carry: Option<String> = None;
    let mut lending = Lending::default();
    let mut st = a;
    // Only across a comma: 、-lists run on over ， but not over ；or ：.
    let mut clause = |from: usize, to: usize, comma_after: bool, out: &mut Vec<Found>| {
        let before = out.len();
        let shape = scan_clause(s, from, to, &mut owner, &mut carry, scratch, out);
        let new = before..out.len();
        let no_action = out[new.clone()].iter().all(|f| f.action.is_none());
        let read = ClauseRead { from, to, opens_sentence: from == a, comma_after, shape, new, no_action };
        lending.clause(s, &read, out);
    };
    for (i, c) in clause_marks(cut(s, a, b)) {
        if a + i > st {
            clause(st, a + i, c == '，', out);
        }
        st = a + i + c.len_utf8();
    }
    if b > st {
        clause(st, b, false, out);
    }
}

/// A clause of a sentence as [`Lending`] reads it: where it is, what shape it has and which
/// rows of the sentence's output it made.
struct ClauseRead {
    from: usize,
    to: usize,
    /// The clause starts the sentence.
    opens_sentence: bool,
    /// A comma follows it (names wait only across a comma: 、-lists run on over ， but not over
    /// ；or ：).
    comma_after: bool,
    shape: ClauseShape,
    /// Its rows, as indices into the sentence's output.
    new: std::ops::Range<usize>,
    /// None of its rows has an action.
    no_action: bool,
}

/// What a sentence carries from clause to clause: rows found in one clause that wait for their
/// action from a later one. Each clause moves it by the named transitions of [`Lending::clause`];
/// a new rule of lending across clauses is a new transition (or a new condition of one).
#[derive(Default)]
struct Lending {
    /// Rows of verbless clauses waiting for a predicate: 广东路和上海路铁路立交工程，北海大道
    /// 风貌整治…建设稳步推进 (the list runs on across a comma; its last predicate is everyone's).
    pending: Vec<usize>,
    /// The action of a clause that ends with its names after a verb (加快建设A、B，C，D等工程项目),
    /// lent forward to the bare names of the clauses after it, across commas, up to a list closed
    /// by 等 and a kind or the end of the sentence (round 52, class L of AUDIT50): they are the
    /// verb's objects too.
    front: Option<(Option<String>, Option<crate::vocab::Stage>)>,
    /// The sentence opens with a name alone and a comma (本溪太子河百里生态水长廊项目，今年9月份开工
    /// 建设。): its clauses after, with no name, up to the end of the sentence (or a ；), are its
    /// predicate (round 52; several clauses since round 53: 桓仁古城机场项目，今年完成选址批复，启动
    /// 立项工作，明年开工建设).
    topic: bool,
    /// The clauses of a topic's predicate read so far (their spans), when it runs on across
    /// commas (round 53).
    topic_said: Vec<(usize, usize)>,
    /// Names closed by 等 and a kind opening the sentence (浙江路、贵阳路等一批城市道路，) wait only
    /// for a run of bare names after them: a clause with its own predicate after (地铁二期要做好前期
    /// 工作) is a new subject, and the list before is complete (round 52).
    deng_head: bool,
}

impl Lending {
    /// Move the state over one clause (its rows already in `out`), lending actions to the rows
    /// that waited for them. Every clause is a topic's predicate only right after the topic, and
    /// ends or continues a sentence-opening list closed by 等; then it either lets the names
    /// waiting pass on (or drops them), closes a front verb's list, waits itself, or settles the
    /// run with its own action.
    fn clause(&mut self, s: &str, c: &ClauseRead, out: &mut [Found]) {
        // (Read before the transitions below change what waits.)
        let waits = c.shape.verbless || (c.shape.deng_list && (!self.pending.is_empty() || c.opens_sentence));
        let closes_front = self.closes_front(c);
        let was_topic = std::mem::replace(&mut self.topic, false);
        self.end_deng_head(c);
        if was_topic && self.lend_topic_predicate(s, c, out) {
            return;
        }
        self.lend_run_end_predicate(s, c, out);
        if c.new.is_empty() && !closes_front {
            self.pass_over(c);
        } else if closes_front {
            self.close_front(c, out);
        } else if waits && c.comma_after && c.no_action {
            self.wait(c);
        } else {
            self.settle(s, c, out);
        }
    }

    /// Whether the clause ends the list a front verb governs: a list closed by 等 and a kind
    /// (…，玉溪水利枢纽等工程项目), or bare names ending the sentence (完成A、B工程，C、D工程；),
    /// with no action of their own.
    fn closes_front(&self, c: &ClauseRead) -> bool {
        self.front.is_some() && c.no_action && (c.shape.deng_list || (c.shape.verbless && !c.comma_after))
    }

    /// A sentence-opening list closed by 等 and a kind waits only over a clause of bare names
    /// with rows and a comma after: any other clause is a new subject, and the list is complete
    /// (滨江路、中山路等一批城市道路，地铁二期要做好前期工作).
    fn end_deng_head(&mut self, c: &ClauseRead) {
        let bare_names = c.shape.verbless && c.comma_after && c.no_action && !c.new.is_empty();
        if std::mem::replace(&mut self.deng_head, false) && !bare_names {
            self.pending.clear();
        }
    }

    /// The clauses after a topic name (本溪太子河百里生态水长廊项目，|今年9月份开工建设。), naming
    /// nothing and up to the end of the sentence, are the topic's predicate when each of them says
    /// a stage and none reports a quantity (X项目，总投资5亿元 is no action; 城区新建70公里再生水管线，
    /// 推进…，建设再生水灌区，全市再生水利用率达到30%, 城市原点落子八一广场，“风洞”原址激活航空基因，…
    /// are sentences of several subjects). Each clause is an action (its leads and its words up to a
    /// date or number gone), joined with commas, and the highest-ranked phrase decides as in any
    /// action (桓仁古城机场项目，今年完成选址批复，启动立项工作，明年开工建设: planned by 选址) (round 53:
    /// several clauses; round 52: one).
    ///
    /// Gives whether the topic waits on: a clause of the predicate with a comma after, read and
    /// kept; the other transitions do not see it.
    fn lend_topic_predicate(&mut self, s: &str, c: &ClauseRead, out: &mut [Found]) -> bool {
        // (A topic that waited over clauses of its predicate waits for nothing else: its names
        // are no part of a run after.)
        let waited = !self.topic_said.is_empty();
        if !c.new.is_empty() || c.shape.bare {
            self.topic_said.clear();
            if waited {
                self.pending.clear();
            }
            return false;
        }
        self.topic_said.push((c.from, c.to));
        if c.comma_after {
            self.topic = true;
            return true;
        }
        let acts: Option<Vec<String>> = self
            .topic_said
            .drain(..)
            .map(|(from, to)| {
                let said = cut(s, from, to);
                let act = trim_action(without_quantity(&without_modifier(strip_leads(said)))).to_string();
                let staged = read_stage(&act).and_then(VerbStage::stage).is_some();
                (staged && !reports_quantity(said)).then_some(act)
            })
            .collect();
        if let Some(acts) = acts
            && let Some(stage) = read_stage(&acts.join("，")).and_then(VerbStage::stage)
        {
            let stage = preparatory_before_start(stage, &acts);
            let act = acts.join("，");
            for i in self.pending.drain(..) {
                out[i].action = Some(act.clone());
                out[i].stage = Some(stage);
            }
        }
        if waited {
            self.pending.clear();
        }
        false
    }

    /// 浙江路、贵阳路等一批城市道路，广东路和上海路铁路立交工程，北海大道风貌整治…建设稳步推进: the
    /// clause that ends the run names no project of its own, but opens with a noun run and has a
    /// predicate after its last one; that predicate is everyone's (unless it reports a quantity).
    fn lend_run_end_predicate(&mut self, s: &str, c: &ClauseRead, out: &mut [Found]) {
        if !c.new.is_empty() || self.pending.is_empty() || !c.shape.opens_with_name {
            return;
        }
        let Some(p) = c.shape.predicate else { return };
        let act = trim_action(cut(s, p, c.to)).to_string();
        let stage = read_stage(&act).and_then(VerbStage::stage);
        if !reports_quantity(&act) {
            for i in self.pending.drain(..) {
                out[i].action = Some(act.clone());
                out[i].stage = stage;
            }
        }
    }

    /// A clause with no rows that closes no front list: the names waiting pass over it when it
    /// is a list closed by 等 and a kind (丹东港20万吨矿石等多个大型专业化泊位, between names waiting
    /// for their predicate) or bare words in a front verb's list (…，全省市地本地电话网，…), with a
    /// comma after; any other such clause ends the run and the front verb's reach.
    fn pass_over(&mut self, c: &ClauseRead) {
        let passes = (c.shape.deng_list || (self.front.is_some() && c.shape.bare)) && c.comma_after;
        if !passes {
            self.pending.clear();
            self.front = None;
        }
    }

    /// The front verb's list ends at this clause: the names waiting and the clause's own take
    /// the front verb's action and stage.
    fn close_front(&mut self, c: &ClauseRead, out: &mut [Found]) {
        let (action, stage) = self.front.take().unwrap_or_default();
        for i in self.pending.drain(..).chain(c.new.clone()) {
            out[i].action.clone_from(&action);
            out[i].stage = stage;
        }
    }

    /// The clause's rows have no action and a comma follows: they wait for a later predicate. A
    /// single name opening the sentence alone is a topic; a list closed by 等 opening it is a
    /// 等-head.
    fn wait(&mut self, c: &ClauseRead) {
        self.topic = c.opens_sentence
            && self.pending.is_empty()
            && c.shape.opens_with_name
            && c.shape.verbless
            && c.new.len() == 1;
        self.deng_head = c.opens_sentence && c.shape.deng_list;
        self.pending.extend(c.new.clone());
    }

    /// A clause with its own action ends the run: the names waiting take the predicate after
    /// its last name when it opens with a name, and the clause may open a front verb's list.
    fn settle(&mut self, s: &str, c: &ClauseRead, out: &mut [Found]) {
        // The lent action is the predicate after the clause's last name (南湖路隧道|建设顺利推进),
        // not words before it (以美丽乡村建设为重点的宜居示范工程).
        if c.shape.opens_with_name
            && let Some(last) = out
                .last()
                .filter(|f| {
                    f.action.as_deref().is_some_and(|act| f.span.b <= c.to && cut(s, f.span.b, c.to).contains(act))
                })
                .cloned()
        {
            for &i in &self.pending {
                out[i].action.clone_from(&last.action);
                out[i].stage = last.stage;
            }
        }
        self.pending.clear();
        // 加快建设沪杭甬高速公路、…北仑港20万吨级矿石码头， (its verb before its names, nothing
        // after them): the names of the clauses after may be its objects too.
        self.front = out
            .last()
            .filter(|f| {
                c.comma_after
                    && c.shape.ends_with_name
                    && c.new.len() >= 2
                    && f.action.as_deref().is_some_and(|act| cut(s, c.from, f.span.a).contains(act))
            })
            .map(|f| (f.action.clone(), f.stage));
    }
}

/// The stage of a topic's clauses read in their order: works cannot be completed before they
/// start, so a milestone completed in a clause before a clause that starts the works is of
/// preparatory work, planned (大台沟铁矿建设项目，今年完成探矿权转让，明年开工建设, where 完成 and
/// 开工建设 tie in rank and the first would read completed) (round 53). `stage` is the stage of
/// all the clauses read together; `acts` are the clauses, in order.
fn preparatory_before_start(stage: crate::vocab::Stage, acts: &[String]) -> crate::vocab::Stage {
    use crate::vocab::Stage;
    if stage != Stage::Completed {
        return stage;
    }
    let stages: Vec<_> = acts.iter().map(|a| read_stage(a).and_then(VerbStage::stage)).collect();
    let completed_before_start = stages
        .iter()
        .enumerate()
        .any(|(i, s)| *s == Some(Stage::Completed) && stages[i + 1..].contains(&Some(Stage::Started)));
    if completed_before_start { Stage::Planned } else { stage }
}

#[cfg(test)]
mod tests {
    use super::super::clause::{clause_words, elements, may_hold_project};
    use super::super::group::{groups, read_group};
    use super::super::words::{cut, report_texts};
    use crate::lang::marks::is_clause_mark;
    use crate::lang::text::holds_char;

    /// A clause refused by `may_hold_project` names nothing when read in full, whatever owner
    /// the sentence lent it: checked on every clause of the reports of raw/.
    #[test]
    fn clauses_refused_early_name_nothing() {
        let (mut refused, mut words) = (0, Vec::new());
        for text in report_texts() {
            for clause in text.split(|c: char| is_clause_mark(c) || c == '\n') {
                let (a, b) = (0, clause.len());
                clause_words(clause, a, b, &mut words);
                if may_hold_project(cut(clause, a, b), &words, holds_char(cut(clause, a, b), '等')) {
                    continue;
                }
                refused += 1;
                let (els, toks) = elements(clause, a, b, &words);
                for (gi, g) in groups(clause, &els).iter().enumerate() {
                    let mut owner = Some("海康威视".to_string());
                    assert!(read_group(clause, &els, &toks, g, gi, &mut owner, false).is_none(), "{clause}");
                    assert_eq!(owner.as_deref(), Some("海康威视"), "{clause}");
                }
            }
        }
        assert!(refused > 10_000, "{refused} clauses refused");
    }

    /// A group refused before its items are read (a lone run closed by a zone, area or
    /// organisation: `group::lone_area`, session 19) names nothing when read in full: on every
    /// group of every clause of the reports of raw/, `read_group` with the refusal finds what the group read
    /// without that refusal finds, whatever owner the sentence lent it.
    #[test]
    fn groups_refused_early_name_nothing() {
        let (mut groups_read, mut words) = (0, Vec::new());
        let names = |f: Option<super::super::group::GroupFinds>| {
            f.map(|f| f.cands.iter().map(|c| (c.name.clone(), c.span.a, c.span.b)).collect::<Vec<_>>())
        };
        for text in report_texts() {
            for clause in text.split(|c: char| is_clause_mark(c) || c == '\n') {
                let (a, b) = (0, clause.len());
                clause_words(clause, a, b, &mut words);
                let (els, toks) = elements(clause, a, b, &words);
                for (gi, g) in groups(clause, &els).iter().enumerate() {
                    groups_read += 1;
                    let (mut early, mut full) = (Some("海康威视".to_string()), Some("海康威视".to_string()));
                    let got = names(read_group(clause, &els, &toks, g, gi, &mut early, true));
                    let want = names(read_group(clause, &els, &toks, g, gi, &mut full, false));
                    assert_eq!(got, want, "{clause}");
                    assert_eq!(early, full, "{clause}");
                }
            }
        }
        assert!(groups_read > 10_000, "{groups_read} groups read");
    }
}
