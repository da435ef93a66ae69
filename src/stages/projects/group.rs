//! Lists: runs joined by list marks, the items they name, shared heads and borrowed phases
//! (step 3 of the module docs).

use crate::lang::numerals::{cn_ordinal_digit, digit, small_number};
use crate::lang::text::closes_with;
use crate::lexicon::HeadKind;

use super::clause::{El, Sp, Tok};
use super::run::{Class, Parsed, parse_run, river_works, starts_with_many, toks_in, toks_within};
use super::water::rivers_listed;
use super::words::{
    ATTRACTS, BRAND_KIND, BRAND_OUTLET, COUNT, COUNTED, DIRECTIONS, EXTENSION, FIRM, GRADE, ITEM_HEADS, MAIN_WORKS,
    MONEY, PARTNER, PHASE, PLACE_KIND, PLACE_LEVEL, PLATFORM, SECTOR, SIGNS, THRESHOLD, UNBUILT, WATER_BODY, WORDS,
    WORKS_VERB, after, balanced_quotes, coverage, covered_by_goods, cut, ends_in_place, is_generic, names_goods,
    opens_generic, strip_item_head,
};

/// A run and its list mates.
pub(super) struct Group {
    /// How many item runs: they are the elements `first`, `first + 2`, … (a list mark between
    /// each two).
    pub(super) n_items: usize,
    pub(super) tail: Option<usize>,
    pub(super) deng: bool,
    /// The list is summed up by a count (哈萨尔和东升路两个市民广场), not by 等.
    pub(super) collective: bool,
    pub(super) first: usize,
    pub(super) last: usize,
}

impl Group {
    /// Element indices of the item runs.
    pub(super) fn items(&self) -> impl Iterator<Item = usize> + use<> {
        (0..self.n_items).map({
            let first = self.first;
            move |k| first + 2 * k
        })
    }

    /// Whether item `k` (> 0) is joined to the one before by 及 (the list mark before it).
    fn ji(&self, els: &[El], k: usize) -> bool {
        matches!(els.get(self.first + 2 * k - 1), Some(El::Sep(_, true)))
    }
}

#[cfg(test)]
pub(super) fn groups(s: &str, els: &[El]) -> Vec<Group> {
    let mut out = Vec::new();
    groups_into(s, els, &mut out);
    out
}

/// [`groups`] into a vector reused from clause to clause (cleared first).
pub(super) fn groups_into(s: &str, els: &[El], out: &mut Vec<Group>) {
    out.clear();
    let mut i = 0;
    while i < els.len() {
        if !matches!(els[i], El::Run(_)) {
            i += 1;
            continue;
        }
        let mut g = Group { n_items: 1, tail: None, deng: false, collective: false, first: i, last: i };
        while let (Some(El::Sep(..)), Some(El::Run(_))) = (els.get(g.last + 1), els.get(g.last + 2)) {
            g.n_items += 1;
            g.last += 2;
        }
        // 分洪入向、…、洮儿河治理和灌区建设等工程, 八湖两河工程、…、体育公园建设等项目: 建设 right before
        // 等 and a kind of 项目 or 工程 is the works of the last item, and the list is closed by 等 all
        // the same (round 48, AUDIT48; else the items lost the kind and took 抓好建设等项目 as action).
        if g.n_items >= 2
            && matches!(els.get(g.last + 1), Some(El::Verb(v)) if WORKS_VERB.contains(&cut(s, v.a, v.b)))
            && matches!(els.get(g.last + 2), Some(El::Deng(d)) if d.a != d.b)
            && matches!(els.get(g.last + 3), Some(El::Run(r)) if ITEM_HEADS.iter().any(|w| cut(s, r.a, r.b).ends_with(w)))
        {
            g.last += 1;
        }
        if let Some(El::Deng(sp)) = els.get(g.last + 1) {
            g.deng = true;
            g.collective = sp.a == sp.b;
            g.last += 1;
            // A modifier ending in 的 between 等 and a kind of 项目 or 工程 (等一批总投资290亿元的项目,
            // 等自治区重点支持的58个文旅项目): the kind is after it.
            let mut j = g.last + 1;
            while matches!(els.get(j), Some(El::Run(_) | El::Verb(_))) {
                j += 1;
            }
            if j > g.last + 1
                && !g.collective
                && let (Some(El::Cut(c)), Some(El::Run(r))) = (els.get(j), els.get(j + 1))
                && cut(s, c.a, c.b) == "的"
                && ITEM_HEADS.iter().any(|w| cut(s, r.a, r.b).ends_with(w))
            {
                g.tail = Some(j + 1);
                g.last = j + 1;
                i = g.last + 1;
                out.push(g);
                continue;
            }
            if let Some(El::Run(first)) = els.get(g.last + 1) {
                g.tail = Some(g.last + 1);
                g.last += 1;
                // 等重大技改和基建项目: a sector (graded or not) joined by 和 or 及 to a kind of
                // 项目 shares its 项目; the kind after 等 is that one, and the items are projects
                // as written.
                if !g.collective
                    && let (Some(El::Sep(m, _)), Some(El::Run(r))) = (els.get(g.last + 1), els.get(g.last + 2))
                    && cut(s, m.a, m.b) != "、"
                    && SECTOR.contains(&ungraded(cut(s, first.a, first.b)))
                    && ITEM_HEADS.iter().any(|w| cut(s, r.a, r.b).ends_with(w))
                {
                    g.tail = Some(g.last + 2);
                    g.last += 2;
                }
            } else if !g.collective
                && let Some(v) =
                    els[g.last + 1..].iter().position(|e| !matches!(e, El::Verb(_))).filter(|&v| (1..=2).contains(&v))
                && let Some(El::Run(r)) = els.get(g.last + 1 + v)
                && ITEM_HEADS.contains(&cut(s, r.a, r.b))
            {
                // 雪花、亘富、万家惠等在建项目: a stage verb between 等 and a bare 项目 or 工程 says
                // where the items are; the kind after it is still 项目 (the items are projects).
                // So do two verbs side by side (华池一中等新建扩建项目; not 等新建和改造工程, the works done).
                g.tail = Some(g.last + 1 + v);
                g.last += 1 + v;
            }
        }
        i = g.last + 1;
        out.push(g);
    }
}

/// Whether a text is only a count, a number and its counter (3个, 57个, 两座): no noun after it.
fn counts_alone(t: &str) -> bool {
    let t = t.trim_end_matches(crate::lang::chars::is_blank);
    COUNT.find(t).is_some_and(|m| m.start() == 0 && m.end() == t.len())
}

/// A kind without the grade words that open it (重大技改 → 技改).
fn ungraded(mut t: &str) -> &str {
    while let Some(rest) = GRADE.iter().filter_map(|w| t.strip_prefix(*w)).min_by_key(|r| r.len()) {
        t = rest;
    }
    t
}

/// What the text must say of a candidate for it to be a row. Each rule that reads a name with a
/// condition sets one; action.rs asks it in one place (`meets`), after the stage is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Needs {
    /// Nothing more: the name is a project whatever is said of it.
    Nothing,
    /// A stage of building (an institution: 推动X学院建设…, not 推动X学院发展).
    Built,
    /// That it starts or is finished (an institution a list sums up as a platform:
    /// …等三大国家深海平台开工建设, not …等产业创新平台 pushed on; round 61).
    Milestone,
    /// That the text implements it by name (a programme named by category words: 实施…工程).
    Implemented,
}

impl Needs {
    /// [`Needs::Built`] when `b`, else nothing.
    pub(super) fn built_if(b: bool) -> Needs {
        if b { Needs::Built } else { Needs::Nothing }
    }
}

/// A project of a group before its action is known.
pub(super) struct Cand {
    pub(super) name: String,
    pub(super) span: Sp,
    /// What the action must say for the name to be a row.
    pub(super) needs: Needs,
    /// The name took in the list's shared noun (钢花路沿线绿化提升): its work noun is not
    /// also the action's.
    pub(super) completed: bool,
}

impl Cand {
    /// A name as read, with no condition on its action.
    fn plain(name: String, span: Sp) -> Cand {
        Cand { name, span, needs: Needs::Nothing, completed: false }
    }

    /// The same name, a row only when the text says what `needs` asks.
    fn needing(self, needs: Needs) -> Cand {
        Cand { needs, ..self }
    }
}

/// The projects of one group, and where its predicate starts.
pub(super) struct GroupFinds {
    pub(super) group: usize,
    pub(super) cands: Vec<Cand>,
    /// A work noun the list shares, for the action (整治提升, 改造).
    pub(super) work: Option<String>,
    pub(super) end: usize,
}

/// A list item: its reading, its run, and whether 及 joins it to the item before.
type Item = (Parsed, Sp, bool);

/// Read the items of one group (see the module docs, step 3), in named steps: whether the
/// group modifies what follows, the items (X及Y merged), what the kind after 等 says, the work
/// noun a list shares, the projects of each item, and where the predicate starts. `early` is the
/// refusal of a lone run of areas before it is read ([`lone_area`]); the stage always asks for
/// it, and only the test that the refusal changes nothing reads without it.
pub(super) fn read_group(
    s: &str,
    els: &[El],
    toks: &[Tok],
    g: &Group,
    gi: usize,
    owner: &mut Option<String>,
    early: bool,
) -> Option<GroupFinds> {
    if modifies_what_follows(s, els, toks, g)
        || !(g.items().any(|i| may_name(s, toks, els[i].sp(), false))
            || g.tail.is_some_and(|i| may_name(s, toks, els[i].sp(), true)))
        || (early && lone_area(s, els, toks, g))
    {
        return None;
    }
    // Each item read and merged in one pass (no vectors of runs and readings per group).
    let nr = g.n_items;
    let read = g.items().enumerate().map(|(k, i)| {
        let r = els[i].sp();
        (parse_run(s, r, toks, k + 1 < nr || g.deng, false), r)
    });
    let mut merged = merge_joined(s, els, toks, g, read);
    // 神龙轿车二期、东风本田二期扩建、东风—日产生产能力完善配套: an abstract noun closing a list of
    // named items with a verb right after it is the subject of a clause of its own (…能力|完善…),
    // not a noun the items share; the items before it stay as written.
    let own_clause = clause_last(s, els, g, &merged);
    if own_clause {
        merged.pop();
    }
    let n = merged.len();
    let last = merged.last().map(|(p, _, _)| *p)?;
    // A list that ends in an abstract noun shares it: “八纵八横”骨架路网和“四纵三横”轨道交通体系.
    if !g.deng && n >= 2 && last.class == Class::Area && last.closer == Some(HeadKind::Zone) {
        return None;
    }
    // A list that opens with a count or 一批 is a list of kinds (一批人工智能平台、宽带基础网络).
    if starts_with_many(s, toks, merged[0].0.name.a) {
        return None;
    }
    let tail = read_tail(s, els, toks, g)?;
    // 新建体育馆2个、游泳馆3个, 建成…“两山”实践创新基地57个: a count closing the list with no noun
    // after it counts what the list names, as a predicate does (实施X项目14个): kinds, no names.
    // (A 项目 named in quotes stays, as a count right after it in the run leaves it: “双百双新”项目634个.)
    if g.collective
        && tail.sp.is_some_and(|sp| counts_alone(cut(s, sp.a, sp.b)))
        && !merged.iter().any(|(p, _, _)| p.quoted_item)
    {
        return None;
    }
    let any_named = merged.iter().any(|(p, _, _)| p.class == Class::Named);
    let any_name = merged.iter().any(|(p, _, _)| named(p.class));
    // A list whose earlier items are bare kinds (医院、学校、养老院等) names no project.
    // (A counted kind beside a named work is a number of works beside the names, not a kind the
    // list names: 韩江、鉴江干流治理工程和40宗堤防、20宗大中型水闸 keeps its rivers; beside kinds
    // only it leaves them kinds: 6000平方米老旧小区改造、32条背街巷道改造.)
    let generic_item = |p: &Parsed| {
        (p.class == Class::Generic || is_generic(cut(s, p.name.a, p.name.b)))
            && !(any_name && starts_with_many(s, toks, p.name.a))
    };
    // 萤石智能家居及相关配套项目: a kind joined by 及 at the end does not make the list a list of kinds.
    // 祥光热电联产、徒骇河雨洪资源利用及引调水等基础设施项目, 分洪入向、…、洮儿河治理和灌区建设等工程:
    // a kind joined by 和 or 及 at the end of a list the text calls projects or works is a class of
    // works beside the items, not a sign that they are kinds (round 48, AUDIT48).
    let kind_tail = merged.last().is_some_and(|(p, _, ji)| *ji && p.class == Class::Generic && p.item)
        || (n >= 2
            && g.deng
            && tail.item
            && (merged[n - 1].2 || joined_by_he(s, merged[n - 2].1.b, merged[n - 1].1.a))
            && generic_item(&merged[n - 1].0));
    let listed = if kind_tail { n - 1 } else { n };
    // (Only some items ask, and each answer reads the word lists: computed when first asked,
    // on the items as they are here, and kept: up to three tests below ask it of each item.)
    let items: Vec<(Parsed, std::cell::Cell<Option<bool>>)> =
        merged[..listed].iter().map(|(p, _, _)| (*p, std::cell::Cell::new(None))).collect();
    let item_generic = |k: usize| {
        let (p, known) = &items[k];
        known.get().unwrap_or_else(|| {
            let g = generic_item(p);
            known.set(Some(g));
            g
        })
    };
    let any_generic = std::cell::LazyCell::new(|| (0..listed).any(item_generic));
    // Mostly kinds (出口道路、城区主干道路、住宅小区和三山绿化): a list of kinds, named or not.
    // (Not when an item names works on a place: 汉阳水专项、东湖截污、城市排水及污水处理等工程; nor
    // when the text calls the items projects, 等重点文化设施项目, and two of them or more are names:
    // those stay whatever kinds stand beside them; 等一批社会事业项目 counts kinds.)
    let names_called_projects = g.deng
        && tail.item
        && !tail.count
        && (0..listed).filter(|&k| named(items[k].0.class) && !item_generic(k)).count() >= 2;
    if listed >= 3
        && 2 * (0..listed).filter(|&k| item_generic(k)).count() >= listed
        && !names_called_projects
        && !(g.deng && merged[..listed].iter().any(|(p, _, _)| place_work(s, toks, p)))
    {
        return None;
    }
    // Closed by 等项目, the items are projects as written: a work noun on the last one is its own
    // (靖江王陵遗址数字化博物馆、省立艺术馆维修改造等项目 → 省立艺术馆维修改造).
    let shared_work = if g.deng && tail.item { None } else { share_work(s, toks, &mut merged) };
    let moved_work = shared_work.is_some();
    // Main works shared by the list are done on every item, a completed one too (龙寺水库).
    let main_works = shared_work.as_ref().is_some_and(|(_, main)| *main);
    let work = shared_work.map(|(w, _)| w).or_else(|| tail.work.map(String::from));
    let last_ji = merged.last().is_some_and(|(_, _, ji)| *ji);
    // A list right after a name ending in a head and its verb (祁离高速全面|复工、汾石高速).
    let after_name = g.first >= 2
        && matches!(els.get(g.first - 1), Some(El::Verb(_)))
        && matches!(els.get(g.first - 2), Some(El::Run(r)) if toks.iter().any(|t| t.sp.b == r.b && t.kind == HeadKind::Head));
    let list = List {
        s,
        toks,
        g,
        merged: &merged,
        last,
        last_ji,
        after_name,
        attracted: attracted(s, els, g),
        main_works,
        tail: &tail,
        any_named,
        any_generic,
    };
    let mut cands = Vec::new();
    let mut split = None;
    let mut numbered_to = 0;
    for (k, (p, _, _)) in merged.iter().enumerate() {
        if split == Some(k) || k < numbered_to {
            continue;
        }
        // 地铁12、14、16号线: one name per number, each with the owner and the numbered head.
        if let Some((names, to)) = split_numbers(s, toks, &merged, k) {
            cands.extend(names.into_iter().map(|(name, span)| Cand::plain(name, span)));
            numbered_to = to;
            continue;
        }
        // 文昌污水处理厂一、二期工程: a name whose phase numerals are listed is one name per phase.
        if let Some(pair) = split_phase(s, toks, &merged, k) {
            cands.extend(pair.map(|(name, span)| Cand::plain(name, span)));
            split = Some(k + 1);
            continue;
        }
        // A count that sums up the list names what each item is (the owner of a phase is not
        // taken from such an item).
        if let Some(c) = list.collective(p) {
            cands.push(c);
            continue;
        }
        // 地铁三号线、四号线: the bare number takes the owner of the line before it.
        if let Some(name) = numbered_mate(s, &merged, k)
            && named(p.class)
        {
            cands.push(list.cand(p, name));
            continue;
        }
        // 东、西高架桥: a direction alone shares the name after the next direction.
        if let Some((name, span)) = direction_mate(s, &merged, k) {
            cands.push(Cand::plain(name, span));
            continue;
        }
        cands.extend(list.item_cand(k, p, owner));
        if let Some(ph) = p.phased
            && named(p.class)
        {
            *owner = Some(cut(s, p.name.a, ph).to_string());
        }
    }
    if cands.is_empty() {
        return None;
    }
    if main_works {
        cands.iter_mut().for_each(|c| c.completed = false);
    }
    // The clause after the items is the last one's own: the items have no predicate after them.
    let end = match els.last() {
        Some(e) if own_clause => e.sp().b,
        _ => predicate_start(els, g, &tail, &merged, moved_work),
    };
    Some(GroupFinds { group: gi, cands, work, end })
}

/// Whether the last of three items or more, joined by 、 to named items only, is an abstract
/// noun (an area closed by a zone word: 生产能力) with a verb right after it, outside a list
/// closed by 等.
fn clause_last(s: &str, els: &[El], g: &Group, merged: &[Item]) -> bool {
    let Some(((last, _, ji), rest)) = merged.split_last() else { return false };
    !g.deng
        && !*ji
        && rest.len() >= 2
        && matches!(els.get(g.last + 1), Some(El::Verb(_)))
        && matches!(els.get(g.last.wrapping_sub(1)), Some(El::Sep(m, _)) if cut(s, m.a, m.b) == "、")
        && last.class == Class::Area
        && last.closer == Some(HeadKind::Zone)
        && rest.iter().all(|(p, _, _)| named(p.class))
}

/// Item `k` ends in a phase numeral after a head and the next item is a phase (文昌污水处理厂一、
/// 二期工程): the two names, each with the head before the numeral and what follows the phase
/// (文昌污水处理厂一期工程, 文昌污水处理厂二期工程).
fn split_phase(s: &str, toks: &[Tok], merged: &[Item], k: usize) -> Option<[(String, Sp); 2]> {
    let ((p, run, _), (_, next, ji)) = (merged.get(k)?, merged.get(k + 1)?);
    let numeral = cut(s, p.name.a, run.b).chars().next_back().filter(|c| "一二三四五六七八九十".contains(*c))?;
    let at = run.b - numeral.len_utf8();
    let next_text = cut(s, next.a, next.b);
    let m = PHASE.find(next_text).filter(|m| m.start() == 0)?;
    let (owner, rest) = (cut(s, p.name.a, at), after(next_text, m.end()));
    if *ji
        || at <= p.name.a
        || !(toks.iter().any(|t| t.sp.b == at && t.kind == HeadKind::Head) || owned_works(owner, rest))
    {
        return None;
    }
    Some([(format!("{owner}{numeral}期{rest}"), Sp { a: p.name.a, b: run.b }), (format!("{owner}{next_text}"), *next)])
}

/// Item `k` is an owner and a number, the items after it bare numbers, and the last a number
/// and a head numbered by it (地铁12、14、16号线, 常乐电厂3、4号机组): the numbers share the owner
/// and the numbered head (地铁12号线, 地铁14号线, 地铁16号线; 常乐电厂3号机组, 常乐电厂4号机组), and
/// the last item's words after its head too (轨道1、2号线延长线 → 轨道1号线延长线), unless 和 or
/// 及 joins it, which may be its own (地铁12、14、16和6号线支线 → 地铁16号线, 地铁6号线支线).
/// Returns the names with their spans and the index after the last item.
fn split_numbers(s: &str, toks: &[Tok], merged: &[Item], k: usize) -> Option<(Vec<(String, Sp)>, usize)> {
    // Numbers are written in figures or, in older reports, in Chinese numerals (地铁二、三、四
    // 号线 → 地铁二号线, 地铁三号线, 地铁四号线; round 54), the same way through one list.
    let (p, run, _) = merged.get(k)?;
    let first = cut(s, p.name.a, run.b);
    let han = first.chars().next_back().is_some_and(cn_ordinal_digit);
    let is_num = move |c: char| if han { cn_ordinal_digit(c) } else { c.is_ascii_digit() };
    let digits = |t: &str| t.char_indices().find(|&(_, c)| !is_num(c)).map_or(t.len(), |(i, _)| i);
    let owner = first.trim_end_matches(is_num);
    if owner.len() == first.len() || owner.chars().count() < 2 || !owner.chars().all(crate::lang::chars::is_han) {
        return None;
    }
    let mut numbers = vec![(after(first, owner.len()), Sp { a: p.name.a, b: run.b })];
    let mut j = k + 1;
    while let Some((_, r, _)) = merged.get(j) {
        let t = cut(s, r.a, r.b);
        if digits(t) != t.len() {
            break;
        }
        numbers.push((t, *r));
        j += 1;
    }
    let (q, run, ji) = merged.get(j)?;
    // The last item as named, without the predicate its run may hold (5号线|载客运营); one
    // without a head is a number and a short noun or a work on it (4号机组, 6号焦炉提质改造).
    let mut last = Sp { a: run.a, b: q.name.b };
    let numbered = |t: &str| {
        let n = digits(t);
        (n > 0 && after(t, n).starts_with('号') && after(t, n).chars().count() >= 2).then_some(n)
    };
    let n = numbered(cut(s, last.a, last.b))?;
    let tail_sp = Sp { a: last.a + n, b: last.b };
    let short_or_worked = cut(s, tail_sp.a, tail_sp.b).chars().count() <= 3
        || toks_in(toks, tail_sp).any(|t| t.sp.b == last.b && matches!(t.kind, HeadKind::Work | HeadKind::Head));
    if q.name.a != run.a || !(named(q.class) || (q.class == Class::Bare && short_or_worked)) {
        return None;
    }
    // 16号线及6号线支线: the number before 及 is one more of the list, its head the shared one.
    let mut joined = *ji || cut(s, merged[j - 1].1.b, last.a).contains('和');
    if let Some(i) = cut(s, last.a, last.b).find(['及', '和'])
        && let Some(head_end) = Some(last.a + i).filter(|&e| numbered(cut(s, last.a, e)).is_some())
        && numbered(cut(s, head_end + '及'.len_utf8(), last.b)).is_some()
    {
        numbers.push((cut(s, last.a, head_end), Sp { a: last.a, b: head_end }));
        last.a = head_end + '及'.len_utf8();
        joined = true;
    }
    let text = cut(s, last.a, last.b);
    let n = numbered(text)?;
    let suffix = after(text, n);
    // 和 or 及 before the last item: the others share the numbered head only (号线), when it is a
    // head of the word lists.
    let at = last.a + n;
    let head = toks.iter().find(|t| t.sp.a == at && t.kind == HeadKind::Head).map(|t| cut(s, t.sp.a, t.sp.b));
    let shared = if joined { head.unwrap_or(suffix) } else { suffix };
    let mut names: Vec<(String, Sp)> = numbers
        .into_iter()
        .map(|(num, sp)| {
            let num = &num[..digits(num)];
            (format!("{owner}{num}{shared}"), sp)
        })
        .collect();
    names.push((format!("{owner}{text}"), last));
    Some((names, j + 1))
}

/// Item `k` is a number and a numbered head (四号线, 4号线, 2号线一期) right after an item written
/// as an owner, a number and that head (地铁三号线、四号线; 地铁3号线、4号线): the number is one more
/// of the owner's (地铁四号线), as in a list of bare numbers (地铁3、4号线). Round 54 (AUDIT54).
/// Either line may hold a phase or a section after the head, which stays its own (地铁1号线和2号线
/// 一期 → 地铁2号线一期; 轨道交通11号线二期和12号线 → 轨道交通12号线; round 66): the head the two
/// share is 号 and at least one character after it (号线, 号机组), so a line after a numbered
/// building (1号楼、2号线) takes no owner.
fn numbered_mate(s: &str, merged: &[Item], k: usize) -> Option<String> {
    let (p, _, ji) = merged.get(k)?;
    let text = cut(s, p.name.a, p.name.b);
    let num = |c: char| c.is_ascii_digit() || cn_ordinal_digit(c);
    let rest = text.trim_start_matches(num);
    if *ji || rest.len() == text.len() || !rest.starts_with('号') || rest.chars().count() < 2 {
        return None;
    }
    // The owner's line is the nearest item before that does not open with a number: the bare
    // lines between are more of its own (轨道交通11号线二期和12号线、16号线部分区段 → 轨道交通16号线…).
    let (q, _, _) = merged[..k].iter().rev().find(|(q, _, _)| !cut(s, q.name.a, q.name.b).starts_with(num))?;
    let prev = cut(s, q.name.a, q.name.b);
    // The first 号 after a number in the line before: its owner is what comes before the number.
    let i = prev.match_indices('号').map(|(i, _)| i).find(|&i| prev[..i].ends_with(num))?;
    let owner = prev[..i].trim_end_matches(num);
    let shared = prev[i..].chars().zip(rest.chars()).take_while(|(x, y)| x == y).count();
    (shared >= 2 && owner.chars().count() >= 2 && owner.chars().all(crate::lang::chars::is_han) && named(q.class))
        .then(|| format!("{owner}{text}"))
}

/// Item `k` is a direction alone, the items after it directions alone too, and the first item
/// after them a name opening with a direction (东、西高架桥, 南、西、北外环快速通道): each direction
/// is one more of that name, with its own direction in front (东高架桥; 南外环快速通道, 西外环快速
/// 通道). Round 62 (AUDIT58 and AUDIT62 misses). A place of two characters ending in a direction
/// (肇东、北林) is no direction alone.
fn direction_mate(s: &str, merged: &[Item], k: usize) -> Option<(String, Sp)> {
    // (The item as named: a function word before it stays out, 启动了|东.)
    let (p, _, _) = merged.get(k)?;
    let alone = |sp: &Sp| {
        let mut cs = cut(s, sp.a, sp.b).chars();
        cs.next().is_some_and(|c| DIRECTIONS.contains(&c)) && cs.next().is_none()
    };
    if !alone(&p.name) {
        return None;
    }
    let (q, _, ji) = merged[k + 1..].iter().find(|(r, _, _)| !alone(&r.name))?;
    let name = cut(s, q.name.a, q.name.b);
    let mut cs = name.chars();
    cs.next().filter(|c| DIRECTIONS.contains(c))?;
    let rest = cs.as_str();
    (!*ji && named(q.class) && rest.chars().count() >= 2)
        .then(|| (format!("{}{rest}", cut(s, p.name.a, p.name.b)), p.name))
}

/// Whether the phases of a split phase list are works of an owner named without a head (海汽三、
/// 四期工程 → 海汽三期工程, 海汽四期工程): the phase is written onto 工程 or 项目, and the owner is
/// a name of two characters or more, not a generic word (no 厂区一、二期工程 from a kind).
fn owned_works(owner: &str, rest: &str) -> bool {
    ITEM_HEADS.contains(&rest)
        && owner.chars().count() >= 2
        && owner.chars().all(crate::lang::chars::is_han)
        && !is_generic(owner)
        && !opens_generic(owner)
}

/// Whether a run holds what every project of a group needs in one of its runs: a noun that
/// closes a name (or a kind after 等), a phase (期), a road number (G, S), a work noun after a
/// quotation (what closes “两江四岸”治理提升), or, in the kind after 等 (`tail`), a generic word
/// (a kind of a built thing: 断头路). Most groups hold none, and are refused here before their
/// items are read.
fn may_name(s: &str, toks: &[Tok], run: Sp, tail: bool) -> bool {
    let text = cut(s, run.a, run.b);
    // (The run's words first: most runs that may name hold a noun closing a name, and the test
    // of the text decodes every character of it.)
    toks_in(toks, run).any(|t| {
        t.kind.closes() || (t.kind == HeadKind::Work && text.contains('“')) || (t.kind == HeadKind::Generic && tail)
    }) || text.contains(['期', 'G', 'S'])
        || river_works(s, toks, run).is_some()
}

/// Whether a group has no 等 and no kind after it, and its runs' only nouns closing a name are
/// zones, areas or organisations (开发区, 体系, 企业), with no site word (院区), no phase (期), no
/// road number (G, S), no quotation mark, and, in a list, none ending in a digit (地铁12、14号线
/// shares its head): each run reads as an area (the zone closes it and nothing built follows),
/// a kind (the zone opens it) or a run without a head, two of them joined are no name, and none
/// is a project (no named mate to complete it, no kind after 等 to name it). Many groups that
/// pass `may_name` are such groups (开发区建设, 龙头企业); they are refused here before their
/// runs are read (session 19, perf round: outputs byte-identical).
fn lone_area(s: &str, els: &[El], toks: &[Tok], g: &Group) -> bool {
    if g.deng || g.tail.is_some() {
        return false;
    }
    g.items().all(|i| {
        let run = els[i].sp();
        let text = cut(s, run.a, run.b);
        toks_in(toks, run).all(|t| !matches!(t.kind, HeadKind::Head | HeadKind::Inst | HeadKind::Item | HeadKind::Site))
            && !text.contains(NAME_MARKS)
            && (g.n_items == 1 || !text.ends_with(|c: char| c.is_ascii_digit()))
            && river_works(s, toks, run).is_none()
    })
}

/// What marks a run as possibly a name although no noun closes it: a phase (期), a road number
/// (G, S), a quotation mark.
const NAME_MARKS: [char; 5] = ['期', 'G', 'S', '“', '”'];

fn named(c: Class) -> bool {
    matches!(c, Class::Named | Class::NamedInst)
}

/// A name (or a list and its kind) followed by 的 modifies what comes after it (抵离口岸的
/// 交通工具, 三角地、西大街等街道的人行步道板), unless a verb follows (喜来登、锦江国际等酒店的
/// 开工, 火化场搬迁新建的前期工作) or, after a list closed by 等 and its kind, the work done on
/// them (柳北、桥头街、钟楼街等特色商业街区的开发改造; not 历史街区、历史建筑、文物古迹的保护修缮,
/// a list of kinds).
fn modifies_what_follows(s: &str, els: &[El], toks: &[Tok], g: &Group) -> bool {
    matches!(els.get(g.last + 1), Some(El::Cut(sp)) if cut(s, sp.a, sp.b) == "的")
        && !matches!(els.get(g.last + 2), Some(El::Verb(_)))
        && !work_done_after(els, toks, g)
        && !steps_listed_after(s, els, g)
        && !phases_listed(s, els, g)
}

/// Whether a list closed by 等 and a kind of 项目 or 工程 is followed by 的 and a list of the
/// steps each undertaking goes through, a verb among them right after the first (格林柯尔、普天
/// 集团…等项目的进资、建设、投产): the first step is a noun of the reports (进资) but what is
/// listed after 的 is done to the projects, not a thing they own. Round 54 (AUDIT54 class A).
fn steps_listed_after(s: &str, els: &[El], g: &Group) -> bool {
    g.deng
        && g.tail.is_some_and(|t| {
            let kind = cut(s, els[t].sp().a, els[t].sp().b);
            ITEM_HEADS.iter().any(|h| kind.ends_with(h))
        })
        && matches!(els.get(g.last + 2), Some(El::Run(_)))
        && matches!(els.get(g.last + 3), Some(El::Sep(sp, false)) if cut(s, sp.a, sp.b) == "、")
        && matches!(els.get(g.last + 4), Some(El::Verb(_)))
}

/// Whether a list closed by 等 and its kind is followed by 的 and only the work done on it.
fn work_done_after(els: &[El], toks: &[Tok], g: &Group) -> bool {
    g.deng && matches!(els.get(g.last + 2), Some(El::Run(sp)) if works_only(toks, *sp))
}

/// Whether a run is made only of work nouns and generic words, one of them a work noun (开发改造,
/// 整治提升): the work done on what comes before it, not a thing it names.
fn works_only(toks: &[Tok], sp: Sp) -> bool {
    let mut at = sp.a;
    let mut work = false;
    for t in toks_in(toks, sp) {
        if t.sp.a != at || !matches!(t.kind, HeadKind::Work | HeadKind::Generic) {
            return false;
        }
        work |= t.kind == HeadKind::Work;
        at = t.sp.b;
    }
    work && at == sp.b
}

/// A list of two names or more, each ending in a phase (狮子岭一期、海马二期、药谷二期的基础设施
/// 建设): the phases are what the 的 phrase after them builds.
fn phases_listed(s: &str, els: &[El], g: &Group) -> bool {
    !g.deng
        && g.n_items >= 2
        && g.items().all(|i| {
            let t = cut(s, els[i].sp().a, els[i].sp().b);
            t.ends_with('期') && PHASE.find_iter(t).any(|m| m.end() == t.len() && m.start() >= 3)
        })
}

/// The items of a group. X及Y is one name unless one side is a kind: 钓鱼嘴消防站及训练基地,
/// 污水处理厂二期及中水回用, 汽配城及专业4S店项目 (but 萤石智能家居及相关配套项目 are two), or
/// Y is a name opening with a region of its own and X holds a head (迎宾路南延及焦作黄河大桥, 武广
/// 客运专线及武汉铁路客运站: two works; not 潍宿及青岛连接线, whose 潍宿 names nothing alone).
fn merge_joined(s: &str, els: &[El], toks: &[Tok], g: &Group, items: impl Iterator<Item = (Parsed, Sp)>) -> Vec<Item> {
    let mut merged: Vec<Item> = Vec::with_capacity(g.n_items);
    for (k, (p, run)) in items.enumerate() {
        let ji = k > 0 && g.ji(els, k);
        let kind = |q: &Parsed| q.class == Class::Generic || is_generic(cut(s, q.name.a, q.name.b));
        if ji
            && let Some((prev, _, _)) = merged.last_mut()
            && (named(prev.class) || named(p.class))
            && !kind(prev)
            && !kind(&p)
            && !(named(p.class)
                && toks_in(toks, prev.name).any(|t| t.kind == HeadKind::Head)
                && (opens_with_region(cut(s, p.name.a, p.name.b)) || own_head(s, toks, prev, &p)))
            && !works_of_their_own(s, toks, prev, &p)
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
        // 赣州稀有金属和铜产业循环经济基地: a bare left side joined by 和 to goods before the sector
        // word of the right side names one industry, and the two are one name.
        if k > 0
            && !g.collective
            && let Some((prev, _, _)) = merged.last_mut()
            && prev.class == Class::Bare
            && !kind(prev)
            && !ends_in_place(cut(s, prev.name.a, prev.name.b))
            && !names_a_unit(cut(s, prev.name.a, prev.name.b))
            && joined_by_he(s, prev.name.b, p.name.a)
            && matches!(p.class, Class::Named | Class::NamedInst | Class::Bare)
            && goods_before_sector(cut(s, p.name.a, p.name.b))
        {
            prev.name.b = p.name.b;
            prev.work_tail = p.work_tail;
            prev.item |= p.item;
            prev.class = p.class;
            continue;
        }
        merged.push((p, run, ji));
    }
    merged
}

/// Whether a name joined by 及 to a name before it holds a head of its own after a proper part:
/// two characters or more, opening with no listed word (胶新|铁路扩能改造, 蜀峰湾|公园, 厦深|联络线): a
/// second work, not a part of the name before it (round 57). A part opening with a listed word
/// (延伸线, 公路口岸), an extension named by its direction (东延线), or a bare head before 及
/// (净水厂及输配水管线) stays one name.
fn own_head(s: &str, toks: &[Tok], prev: &Parsed, p: &Parsed) -> bool {
    let proper_head = |q: &Parsed| {
        toks_in(toks, q.name).find(|t| t.kind == HeadKind::Head).and_then(|t| {
            let proper = cut(s, q.name.a, t.sp.a);
            (proper.chars().count() >= 2 && !is_generic(proper)).then_some(t.sp.a)
        })
    };
    p.class == Class::Named
        && proper_head(prev).is_some()
        && proper_head(p).is_some_and(|h| {
            !toks_in(toks, Sp { a: p.name.a, b: h }).any(|t| t.sp.a == p.name.a)
                && !EXTENSION.iter().any(|w| cut(s, p.name.a, h).ends_with(w))
        })
}

/// Whether two names joined by 及 are each a work of its own though [`own_head`] reads neither
/// side so (AUDIT62, AUDIT64): works written onto an asset that is named by a head of its own
/// after the head it opens with (合蚌高铁及铁路南站|搬迁: the south station of the railway moved),
/// or a named thing after works written onto a named asset (庆阳一中改扩建及庆化学校二期). A
/// work noun on an asset named by a head word alone (管网改造, 道路桥梁改造) or on nothing
/// (净水厂及输配水管线) stays a part of the name before it.
fn works_of_their_own(s: &str, toks: &[Tok], prev: &Parsed, p: &Parsed) -> bool {
    let (before, after) = (toks_within(toks, prev.name), toks_within(toks, p.name));
    let head_led = |t: &Tok| t.kind == HeadKind::Head;
    // The proper part of a side: the text before its first head word, two characters or more,
    // opening with no listed word and not generic (合蚌|高铁, 庆阳一中|改扩建).
    let proper = |q: &Parsed, ts: &[Tok], at: usize| {
        let t = cut(s, q.name.a, at);
        t.chars().count() >= 2 && !is_generic(t) && !ts.iter().any(|w| w.sp.a == q.name.a)
    };
    // Works on an asset: a side ending in a work noun (搬迁, 改扩建) written onto a head.
    let ends_in_work =
        |q: &Parsed, ts: &[Tok]| ts.last().is_some_and(|t| t.kind == HeadKind::Work && t.sp.b == q.name.b);
    // 铁路南站搬迁: a head at the start, then a second head after a character of no listed word
    // (南), then the works.
    let asset_opening_with_head = |q: &Parsed, ts: &[Tok]| {
        ends_in_work(q, ts)
            && ts.first().is_some_and(|t| head_led(t) && t.sp.a == q.name.a)
            && ts.windows(2).any(|w| head_led(&w[0]) && head_led(&w[1]) && w[1].sp.a > w[0].sp.b)
    };
    let named_before = before.iter().find(|t| head_led(t)).is_some_and(|h| proper(prev, before, h.sp.a));
    let works_before = ends_in_work(prev, before)
        && before.first().is_some_and(|t| proper(prev, before, t.sp.a))
        && prev.class == Class::Bare;
    let named_after = after.iter().find(|t| head_led(t)).is_some_and(|h| proper(p, after, h.sp.a));
    (named_before && asset_opening_with_head(p, after)) || (works_before && p.class == Class::Named && named_after)
}

/// Whether a name opens with a region of `dict/regions.tsv` (its name or an alias of two characters
/// or more): a thing placed on its own, not a part of the name before it (焦作黄河大桥, 武汉铁路客运站).
fn opens_with_region(t: &str) -> bool {
    // (Each proper prefix of two characters or more looked up in the set, not every region tried.)
    t.char_indices().skip(2).any(|(k, _)| WORDS.regions.contains(&t[..k]))
}

/// Whether a text ends in an administrative level (银川经开区) or is one (省|工业学院: 省 is
/// no goods): a unit, not goods of an industry.
fn names_a_unit(t: &str) -> bool {
    crate::lexicon::get().closes_with_admin_ending(t)
}

/// Whether the text between two items is the list mark 和 alone.
fn joined_by_he(s: &str, a: usize, b: usize) -> bool {
    a < b && cut(s, a, b) == "和"
}

/// Whether a name opens with goods of one or two characters right before a `sector` word
/// (铜|产业循环经济基地, 生猪|产业一体化; not a place or a grade: 白城|工业园区, 重大|产业化项目):
/// the goods share the sector with the item before it.
fn goods_before_sector(t: &str) -> bool {
    t.char_indices().skip(1).take(2).any(|(i, _)| {
        let goods = &t[..i];
        SECTOR.iter().any(|w| t[i..].starts_with(w))
            && goods.chars().all(crate::lang::chars::is_han)
            && !names_a_unit(goods)
            && !WORDS.regions.contains(goods)
            && !GRADE.contains(&goods)
    })
}

/// What the kind after 等 (or after a count summing up the list) says about the items.
#[derive(Default)]
struct Tail<'a> {
    sp: Option<Sp>,
    parsed: Option<Parsed>,
    /// The kind is 项目/工程: the items are projects as written.
    item: bool,
    /// 哈萨尔和东升路两个市民广场: the noun a count sums the list up with (市民广场).
    collective_noun: Option<&'a str>,
    /// That noun is an institution.
    collective_inst: bool,
    /// How many things the count says (两个 → 2), when it is a small number as written: a count
    /// sums up the last items of the list, that many (天定高速藉口出口、…、甘泉至麦积山景区、武山县
    /// 洛门至水帘洞景区3条旅游公路: three roads, not the nine items).
    collective_n: Option<u32>,
    /// The kind is counted (4条特色商业街区).
    count: bool,
    /// A physical kind after 等 (片区路网, 4条特色商业街区, 高速公路), not an institution
    /// (直播基地), an organisation (企业) or an area (重点片区).
    head: bool,
    /// 川藏铁路、精准医学等国家创新中心: names before an institution kind name institutions; they
    /// count only if something is built.
    inst: bool,
    /// A kind of works on places after 等 (老旧片区改造), not on things (污染治理, 专项整治).
    work: Option<&'a str>,
    /// The kind is 项目/工程 of an area (王家营、安宁桃花村、空港等片区项目): the bare items name
    /// the areas, not projects; or of research, standards, heritage or talent (`unbuilt`:
    /// 肉制品、调味面制品等十大标准化重点项目): they name topics.
    area_item: bool,
    /// The kind after 等 without its count and generic modifiers, when what is left holds the
    /// head of a built thing: 25件重点水源工程 → 水源工程, 大中型水库项目 → 水库项目.
    built_kind: Option<Sp>,
    /// The kind is 项目/工程 named by its investor or partner (`partner`: 外资, 合作): the bare
    /// items without a head are companies (韩国晓星、美国莱卡等重点外资项目).
    partner: bool,
    /// The kind is 项目/工程 of a `place_kind` head, after a count, 一批 or a grade or not
    /// (等6个高铁项目 → 高铁项目, 等一批抽水蓄能项目 → 抽水蓄能项目): the kind each bare item is one of.
    site_kind: Option<Sp>,
    /// The kind is a class of hotels or shops by brand (`brand_outlet`: 等品牌酒店): the bare
    /// items are brands to attract, not undertakings (万豪、奥特莱斯等品牌酒店).
    brand: bool,
    /// The kind ends in a firm or a group of them (`firm`: 等龙头企业, 等7家企业, 等医疗集团): the
    /// items are firms or groups named in passing, whatever heads they hold (百货大楼、洪城大厦等
    /// 龙头企业, 市中心医院、市第一医院等医疗集团建设; an item with a phase stays: 桂之健二期); not a
    /// kind going on after it (等百户企业智能制造重点项目, 等世界级企业投资的新兴产业项目).
    firm: bool,
    /// The kind ends in a platform (`platform`: 等产业创新平台, 等重大创新平台): the institutions among
    /// the items are roles named in passing, as the jilin golds leave platforms and laboratories out
    /// (…昇腾生态适配中心、智能体创新中心等产业创新平台); items with a built head stay (粤港产业深度
    /// 合作园、…等重大合作平台, 深海标本样品馆…等三大国家深海平台开工建设). Round 61.
    platform: bool,
}

/// Whether the verb right before a list is one of signing (`signs` of dict/project_words.tsv:
/// 签约, 签订): the items of a kind of 项目 after 等 are the parties signed with, so an item
/// without a head is a company (签约宁德时代、孚能科技等272个项目), like the items of 等合作项目.
fn signed_with(s: &str, els: &[El], g: &Group) -> bool {
    g.first
        .checked_sub(1)
        .and_then(|k| els.get(k))
        .is_some_and(|e| matches!(e, El::Verb(_)) && SIGNS.iter().any(|w| cut(s, e.sp().a, e.sp().b).ends_with(w)))
}

/// Whether the verb right before a list is one of attracting investment (`attracts` of
/// dict/project_words.tsv: 引进, 引入): goods with a bare 项目 after it are what to attract, a
/// kind of investment (引入多晶硅项目), as goods listed before 等项目 are.
fn attracted(s: &str, els: &[El], g: &Group) -> bool {
    g.first
        .checked_sub(1)
        .and_then(|k| els.get(k))
        .is_some_and(|e| matches!(e, El::Verb(_)) && ATTRACTS.iter().any(|w| cut(s, e.sp().a, e.sp().b).ends_with(w)))
}

/// Read the kind after 等; `None` when it makes the items areas (X、Y等重点片区…: named or
/// not, they are not projects).
fn read_tail<'a>(s: &'a str, els: &[El], toks: &[Tok], g: &Group) -> Option<Tail<'a>> {
    let Some(sp) = g.tail.map(|t| els[t].sp()) else { return Some(Tail::default()) };
    let t = parse_run(s, sp, toks, false, true);
    if t.class == Class::Area && t.work_tail.is_none() && matches!(t.closer, Some(HeadKind::Zone | HeadKind::Area)) {
        return None;
    }
    let collective = Some(cut(s, t.name.a, t.name.b))
        .filter(|_| g.collective && (t.item || matches!(t.closer, Some(HeadKind::Head | HeadKind::Inst))))
        .and_then(|text| COUNT.find(text).map(|m| (m, cut(text, m.start(), m.end()), after(text, m.end()))))
        // 玉门和金塔两个750千伏输变电工程: a 工程 or 项目 after the count that names a built kind
        // (a head, or a figure) completes the bare items (玉门750千伏输变电工程); 两大项目, 三大
        // 工程 or 两个民生工程 leave them as written.
        .filter(|(m, _, rest)| {
            !rest.is_empty()
                && (!t.item
                    || (m.start() == 0
                        && !is_generic(rest)
                        && !THRESHOLD.is_match(rest)
                        && (rest.starts_with(|c: char| c.is_ascii_digit())
                            || toks_in(toks, Sp { a: t.name.a + m.end(), b: t.name.b })
                                .any(|k| matches!(k.kind, HeadKind::Head | HeadKind::Inst)))))
        })
        .map(|(_, count, rest)| (count, rest));
    let collective_noun = collective.map(|(_, rest)| rest);
    let collective_n = collective.and_then(|(count, _)| {
        let numeral: String =
            count.chars().take_while(|&c| digit(c).is_some() || "一二三四五六七八九十两".contains(c)).collect();
        small_number(&numeral)
    });
    let count = starts_with_many(s, toks, sp.a)
        || cut(s, sp.a, sp.b).chars().any(|c| c.is_ascii_digit())
        || COUNT.is_match(cut(s, sp.a, sp.b));
    let work = {
        let ts: Vec<&Tok> = toks_in(toks, sp).collect();
        ts.iter().find(|k| k.kind == HeadKind::Work && k.sp.b == sp.b).and_then(|w| {
            ts.iter()
                .any(|k| k.sp.b <= w.sp.a && matches!(k.kind, HeadKind::Head | HeadKind::Area | HeadKind::Zone))
                .then(|| cut(s, w.sp.a, w.sp.b))
        })
    };
    let built_kind = built_kind(s, toks, sp, t.name.b);
    // (…等十大标准化重点项目, …等国家重大科研项目: the items are topics, standards or skills, named
    // by an `unbuilt` word of the kind, and no more undertakings than areas are.)
    let area_item =
        t.item && (toks_in(toks, sp).any(|k| k.kind == HeadKind::Area) || UNBUILT.occurs_in(cut(s, sp.a, sp.b)));
    // (签约宁德时代、孚能科技等272个项目: what is signed with is a company, as with 等合作项目.)
    let partner = t.item && (PARTNER.occurs_in(cut(s, sp.a, sp.b)) || signed_with(s, els, g));
    let site_kind = (t.item && !partner && !area_item).then(|| site_kind(s, toks, sp, t.name.b)).flatten();
    let brand = BRAND_OUTLET.occurs_in(cut(s, sp.a, sp.b));
    let firm = t.closer == Some(HeadKind::Org) && FIRM.iter().any(|w| cut(s, sp.a, sp.b).ends_with(w));
    let platform = t.closer == Some(HeadKind::Org) && PLATFORM.iter().any(|w| cut(s, sp.a, sp.b).ends_with(w));
    Some(Tail {
        firm,
        platform,
        brand,
        site_kind,
        area_item,
        partner,
        built_kind,
        sp: Some(sp),
        parsed: Some(t),
        item: t.item,
        collective_noun,
        collective_inst: t.closer == Some(HeadKind::Inst),
        collective_n,
        count,
        head: !t.item && (t.closer == Some(HeadKind::Head) || kind_of_head(s, toks, sp)),
        inst: t.closer == Some(HeadKind::Inst),
        work,
    })
}

/// The kind after 等 without a leading count (8件, 25 件) and the grade words after it (重点,
/// 大中型: `grade` in dict/project_words.tsv), if a grade was taken off and what is left holds
/// a head: the kind each bare item is one of (青山嘴等8件大中型水库 → 青山嘴水库; but 尚品荟等
/// 4条特色商业街区 stays as written).
fn built_kind(s: &str, toks: &[Tok], sp: Sp, end: usize) -> Option<Sp> {
    let blanks =
        |p: usize| cut(s, p, end).len() - cut(s, p, end).trim_start_matches(crate::lang::chars::is_blank).len();
    let mut p = sp.a + COUNT.find(cut(s, sp.a, sp.b)).map_or(0, |m| m.end());
    p += blanks(p);
    let graded = p;
    while let Some(w) = GRADE.iter().filter(|w| cut(s, p, end).starts_with(**w)).max_by_key(|w| w.len()) {
        p += w.len();
        p += blanks(p);
    }
    (p > graded && toks_in(toks, Sp { a: p, b: end }).any(|t| t.kind == HeadKind::Head)).then_some(Sp { a: p, b: end })
}

/// The kind after 等 without a leading count or 一批 (6个, 一批) and the grade words after it,
/// when it is a 项目 or 工程 of a `place_kind` head (高铁项目, 抽水蓄能项目, 海上风电项目): the
/// kind every bare item before it is one of, named by its site (雄商、津潍等6个高铁项目 → 雄商
/// 高铁项目; 梅州、汕尾陆河等一批抽水蓄能项目 → 汕尾陆河抽水蓄能项目). The count says how many
/// such works there are, so unlike a count of named things it completes the items.
fn site_kind(s: &str, toks: &[Tok], sp: Sp, end: usize) -> Option<Sp> {
    let blanks =
        |p: usize| cut(s, p, end).len() - cut(s, p, end).trim_start_matches(crate::lang::chars::is_blank).len();
    let mut p = match COUNT.find(cut(s, sp.a, sp.b)).filter(|m| m.start() == 0) {
        Some(m) => sp.a + m.end(),
        None => toks.iter().find(|t| t.sp.a == sp.a && t.kind == HeadKind::Many).map_or(sp.a, |t| t.sp.b),
    };
    p += blanks(p);
    while let Some(w) = GRADE.iter().filter(|w| cut(s, p, end).starts_with(**w)).max_by_key(|w| w.len()) {
        p += w.len();
        p += blanks(p);
    }
    let kind = cut(s, p, end);
    (p < end && names_by_place(kind)).then_some(Sp { a: p, b: end })
}

/// The kind after 等 ends in a generic word that is a kind of a built thing: 10条断头路,
/// 五条“断头路” (roads).
fn kind_of_head(s: &str, toks: &[Tok], sp: Sp) -> bool {
    toks_in(toks, sp).any(|t| {
        cut(s, t.sp.b, sp.b).chars().all(|c| c == '”')
            && t.kind == HeadKind::Generic
            && WORDS.heads.iter().any(|h| {
                // Two characters at least before the head (断头路; not 线路, a route of a service).
                let w = cut(s, t.sp.a, t.sp.b);
                closes_with(w, h) && w.chars().count() >= h.chars().count() + 2
            })
    })
}

/// Trailing work nouns of the last name are shared by a list of names (心湖公园、义渡公园、
/// 美德公园整治提升 → 完成整治提升): taken off the last name and returned, for the action. So are
/// the main works written after a head that ends the last name (影视湖、龙寺、圆融水库主体工程:
/// the reservoirs are the projects, whatever the items before them; 主体工程 goes to the action).
fn share_work(s: &str, toks: &[Tok], merged: &mut [Item]) -> Option<(String, bool)> {
    let n = merged.len();
    let (last, _, _) = *merged.last()?;
    if n >= 2
        && merged[..n - 1].iter().all(|(p, _, _)| ends_in_thing(s, toks, p))
        && let Some(head) = main_works_head(s, toks, &last)
        && let Some((p, _, _)) = merged.last_mut()
    {
        let at = head.sp.b;
        p.name.b = at;
        p.shared = head.sp.a;
        p.closer = Some(head.kind);
        p.item = false;
        p.work_tail = None;
        return Some((cut(s, at, last.name.b).to_string(), true));
    }
    let w = last.work_tail?;
    if n < 2 || !merged[..n - 1].iter().all(|(p, _, _)| named(p.class)) {
        return None;
    }
    if let Some((p, _, _)) = merged.last_mut() {
        p.name.b = w;
    }
    Some((cut(s, w, last.name.b).to_string(), false))
}

/// The head right before the main works (`main_works`) that end a name (圆融|水库|主体工程; not
/// 创新主体培育工程, where 主体 is no part of such works).
fn main_works_head<'t>(s: &str, toks: &'t [Tok], p: &Parsed) -> Option<&'t Tok> {
    let text = cut(s, p.name.a, p.name.b);
    let w = MAIN_WORKS.iter().find(|w| text.ends_with(*w))?;
    let at = p.name.b - w.len();
    toks.iter().find(|t| t.sp.b == at && t.sp.a > p.name.a && matches!(t.kind, HeadKind::Head | HeadKind::Inst))
}

/// Whether an item ends in the thing itself, a head or a place (龙寺, 博物馆), not in works,
/// a phase or 工程 of its own (浦东国际机场一期工程, 中川机场扩建, 北院二期): main works written
/// after the last item are shared only by items of the first sort.
fn ends_in_thing(s: &str, toks: &[Tok], p: &Parsed) -> bool {
    let last = toks.iter().filter(|t| t.sp.b == p.name.b && t.sp.a >= p.name.a).map(|t| t.kind).next();
    p.work_tail.is_none()
        && !p.item
        && p.phased.is_none()
        && match last {
            Some(k) => matches!(k, HeadKind::Head | HeadKind::Inst),
            // A place of four characters at most (龙寺, 马鹿塘), as a bare item completed by a
            // name's place part is; not works named at length (东平湖老湖区洪水相机南排).
            None => p.class == Class::Bare && cut(s, p.name.a, p.name.b).chars().count() <= 4,
        }
}

/// A group's items with what the group says about them, for reading each item.
struct List<'a, F: FnOnce() -> bool> {
    s: &'a str,
    toks: &'a [Tok],
    g: &'a Group,
    merged: &'a [Item],
    /// The last item as read before a shared work noun was taken off it.
    last: Parsed,
    last_ji: bool,
    /// The list comes right after a name ending in a head and a verb (祁离高速全面|复工).
    after_name: bool,
    /// The list comes right after a verb of attracting investment (`attracts`: 引进, 引入).
    attracted: bool,
    /// The list shares the main works written after its last name (影视湖、龙寺、圆融水库主体工程).
    main_works: bool,
    tail: &'a Tail<'a>,
    any_named: bool,
    any_generic: std::cell::LazyCell<bool, F>,
}

impl<F: FnOnce() -> bool> List<'_, F> {
    /// The item `p` named `name` as written.
    fn cand(&self, p: &Parsed, name: String) -> Cand {
        Cand::plain(name, p.name)
    }

    /// The item `p` named `name`, which took in the list's shared noun.
    fn completed(&self, p: &Parsed, name: String) -> Cand {
        Cand { completed: true, ..Cand::plain(name, p.name) }
    }

    /// 哈萨尔和东升路两个市民广场: each item is a 市民广场.
    fn collective(&self, p: &Parsed) -> Option<Cand> {
        let noun = self.tail.collective_noun?;
        // A kind of 项目/工程 completes only the items that name no thing of their own (玉门, 金塔);
        // a named item stays as written (地铁6号线 of …两个项目).
        if self.tail.item && p.class != Class::Bare {
            return None;
        }
        // A count of n sums up the last n items (…、甘泉至麦积山景区、武山县洛门至水帘洞景区等 3条
        // 旅游公路 → only those are the roads); a count larger than the list sums up none of it.
        if let Some(n) = self.tail.collective_n {
            let at = self.merged.iter().position(|(q, _, _)| q.name.a == p.name.a).unwrap_or(0);
            if n as usize > self.merged.len() || at + (n as usize) < self.merged.len() {
                return None;
            }
        }
        let text = cut(self.s, p.name.a, p.name.b);
        // An item already ending in the noun's head names one as written (秦皇岛港、唐山港两大港口
        // → 秦皇岛港, not 秦皇岛港港口; 人民路、解放路两条道路 → 人民路); a noun with a modifier
        // of its own still says what the item becomes (长庆街、丽江路2条标准化街路).
        let named = toks_in(self.toks, p.name).any(|t| {
            let own = cut(self.s, t.sp.a, t.sp.b);
            t.sp.b == p.name.b
                && t.kind == HeadKind::Head
                && (noun.starts_with(own) || (noun.ends_with(own) && noun.chars().count() <= 2))
        });
        let name = if named { text.to_string() } else { format!("{text}{noun}") };
        (matches!(p.class, Class::Named | Class::NamedInst | Class::Bare | Class::Area) && text.chars().count() >= 2)
            .then(|| {
                let c = if named { self.cand(p, name) } else { self.completed(p, name) };
                c.needing(Needs::built_if(self.tail.collective_inst))
            })
    }

    /// Where the noun chain that ends a named item starts: its head with the modifiers,
    /// suffixes, work nouns and 工程/项目 around it (广大|铁路扩能改造工程, 元谋|通用机场,
    /// 嘎洒江|水电站); what is before it names the place. None unless the chain holds a head or
    /// 工程/项目 and is two characters at least (驻马店, 红旗渠, 南京西路 end in no chain).
    fn chain(&self, q: &Parsed) -> Option<usize> {
        let mut p = q.name.b;
        let mut headed = false;
        while let Some(t) = self.toks.iter().find(|t| {
            t.sp.b == p
                && t.sp.a > q.name.a
                && matches!(
                    t.kind,
                    HeadKind::Head
                        | HeadKind::Suffix
                        | HeadKind::Work
                        | HeadKind::Item
                        | HeadKind::Generic
                        | HeadKind::Inst
                )
        }) {
            headed |= matches!(t.kind, HeadKind::Head | HeadKind::Item);
            p = t.sp.a;
        }
        (headed && cut(self.s, p, q.name.b).chars().count() >= 2).then_some(p)
    }

    /// A bare item of four characters at most written like the place part of a named item
    /// after it (永仁、元谋通用机场, 乌东德、嘎洒江水电站): as many characters as the named item
    /// has before its noun chain, and so is every bare item right before that name (those
    /// ending in a place word aside, unless they are routes: they complete anyway). Bare items of differing lengths list
    /// other things (蓝天、碧水、青山、黑土地和草原湿地; 银川至宁东、石嘴山、吴忠、中卫城际;
    /// 中心城区旅游餐饮、购物、娱乐街区), and a list right after a name and its verb says what
    /// the name does (祁离高速全面|复工、汾石高速): neither is completed that way.
    ///
    /// A chain ending in a head whose every item is named by its place (`place_kind` in
    /// dict/project_words.tsv: 电站, 机场) names places of any length from two to four
    /// characters, as place names are: 阿海、糯扎渡电站 → 阿海电站; 秦皇岛、张家口、承德新机场 →
    /// 张家口机场. Routes stay out of it (their length says nothing), and 城际 is no such head.
    fn parallel(&self, text: &str, q: &Parsed) -> Option<usize> {
        let n = text.chars().count();
        let c = self.chain(q).filter(|_| !self.after_name && n <= 4)?;
        let place = cut(self.s, q.name.a, c).chars().count();
        let by_place = names_by_place(cut(self.s, c, q.name.b));
        let at = self.merged.iter().position(|(p, _, _)| p.name.a == q.name.a).unwrap_or(self.merged.len());
        let run = self.merged[..at]
            .iter()
            .rev()
            .take_while(|(p, _, _)| matches!(p.class, Class::Bare | Class::Area | Class::BarePhase));
        // A named item that is itself a route gives no length to match (聊邯长、莱临、德商、日照至五莲
        // 高铁 → 莱临高铁): two or more bare items before its head named by its place are lines
        // named by their cities, of two to four characters, as before a route in the list. One
        // alone may be a place the route starts from too (西宁、格尔木至成都铁路): left as it was.
        let route_named = by_place && run.clone().count() >= 2 && is_route(cut(self.s, q.name.a, c));
        let alike = |m: usize| by_place && (2..=4).contains(&m) && (route_named || m.abs_diff(place) <= 1);
        // An item before another named one takes no head from past it (城东、城西、杨村高速公路
        // 主入口扩改、二环路改造: no 城东路改造): only the bare items right before the name do.
        // Before a head named by its place (铁路), a route among them takes that head as a route
        // does and its length says nothing (莱临、德商、日照至五莲、聊邯长铁路 → 莱临铁路; round 57);
        // before another head a route lists other things (银川至宁东、石嘴山、吴忠、中卫城际).
        let uniform = run
            .map(|(p, _, _)| (p, cut(self.s, p.name.a, p.name.b)))
            .filter(|(_, t)| t.contains('至') || !ends_in_place(t))
            .filter(|(_, t)| !(by_place && is_route(t)))
            .all(|(p, t)| {
                let m = t.chars().count();
                (m == n && n == place) || (alike(m) && self.place_name(p, t))
            });
        (uniform && (n == place || alike(n))).then_some(c)
    }

    /// Whether a bare item reads as a place name only: no route, no word of the lexicon in it
    /// (a work, a kind, a generic word: 道路施工, 城市水系) and no stage verb (审查).
    fn place_name(&self, p: &Parsed, t: &str) -> bool {
        !t.contains('至') && toks_in(self.toks, p.name).next().is_none() && !WORDS.stages.is_match(t)
    }

    /// A place listed before a named item whose own part before its noun chain is a place too
    /// takes the whole chain, not only its last word (汀江、九龙江防洪工程 → 汀江防洪工程, not
    /// 汀江工程): the places share what is done on them, whatever their lengths.
    fn place_chain(&self, text: &str, q: &Parsed) -> Option<usize> {
        self.chain(q).filter(|&c| {
            c < q.shared && ends_in_place(text) && ends_in_place(cut(self.s, q.name.a, c)) && !self.after_name
        })
    }

    /// A place listed before a named item that opens with a place written alike (as many
    /// characters, the same place word at its end, no word of the lexicon in it) takes all that
    /// follows that place, works and all (黎平县、镇远县餐厨废弃物处置项目 → 黎平县餐厨废弃物处置项目,
    /// not a made-up 黎平县项目): the list names the places the works are done in.
    fn place_part(&self, text: &str, q: &Parsed) -> Option<usize> {
        let last = text.chars().next_back()?;
        let n = text.chars().count();
        let name = cut(self.s, q.name.a, q.name.b);
        let (at, c) = name.char_indices().nth(n - 1)?;
        let end = q.name.a + at + c.len_utf8();
        let place = cut(self.s, q.name.a, end);
        (!self.after_name
            && !is_route(text)
            && (2..=4).contains(&n)
            && c == last
            && ends_in_place(text)
            && ends_in_place(place)
            && end < q.shared
            && toks_in(self.toks, Sp { a: q.name.a, b: end }).next().is_none()
            && cut(self.s, end, q.name.b).chars().count() >= 2)
            .then_some(end)
    }

    /// A body of water is not completed with a head naming another body of water (龙川江、
    /// 星宿江、青山嘴水库: no 龙川江水库; `water_body` in dict/project_words.tsv).
    fn water_refuses(&self, text: &str, kind: &str) -> bool {
        !text.contains('至') && ends_in_water(text) && WATER_BODY.iter().any(|w| kind.contains(w))
    }

    /// The item completed with the noun chain of the named item `q` after it.
    fn completed_by(&self, p: &Parsed, text: &str, q: &Parsed) -> Option<Cand> {
        // Works on a river go only to the rivers listed right before it (round 60).
        if q.river && !rivers_listed(cut(self.s, p.name.a, q.name.a)) {
            return Some(self.cand(p, text.to_string()));
        }
        // A route takes the whole noun chain of the route after it (鄂尔多斯至江苏、蒙西至湘南
        // 电力通道 → 鄂尔多斯至江苏电力通道).
        let chain = if is_route(text) { self.chain(q) } else { None };
        let from = self
            .parallel(text, q)
            .or(chain)
            .or_else(|| self.place_chain(text, q))
            .or_else(|| self.place_part(text, q))
            .unwrap_or(q.shared);
        let kind = cut(self.s, from, q.name.b);
        // A body of water listed before reservoirs whose main works are done is a work site of
        // its own, as written (影视湖、龙寺、圆融水库主体工程 → 影视湖).
        if self.main_works && self.water_refuses(text, kind) {
            return Some(self.cand(p, text.to_string()));
        }
        // A head of one character is no noun a list shares (象山、雁山、灵川园: the sub-parks of a
        // zone; 塔山、和平、新生街等片区: districts), as it is no chain (驻马店, 红旗渠).
        (!self.water_refuses(text, kind) && kind.chars().count() >= 2)
            .then(|| self.completed(p, format!("{text}{kind}")))
    }

    /// Whether item `k` names goods, a kind of investment: an item of a list closed by 等 and a
    /// kind of 项目 (手机支架、包装盒等项目), or goods and a bare 项目 after a verb of attracting
    /// investment (引入多晶硅项目); not the second product of a firm (晶澳单晶硅和太阳能电池组件).
    fn goods_kind(&self, k: usize, p: &Parsed, text: &str) -> bool {
        let goods = if self.g.deng && self.tail.item {
            text
        } else if self.attracted && p.item {
            match ITEM_HEADS.iter().find_map(|h| text.strip_suffix(h)) {
                Some(t) => t,
                None => return false,
            }
        } else {
            return false;
        };
        names_goods(goods) && !self.owned_goods(k)
    }

    /// Whether item `k` is joined by 和 or 及 to an item before it that is more than goods: the
    /// goods are that firm's second product (晶澳单晶硅和太阳能电池组件, 海力特高纯铝和铝锂合金), not a
    /// kind of its own; after goods or their modifiers they stay goods (铝基和镁基新型合金材料).
    fn owned_goods(&self, k: usize) -> bool {
        let Some((prev, _, _)) = k.checked_sub(1).and_then(|j| self.merged.get(j)) else { return false };
        let Some((p, _, _)) = self.merged.get(k) else { return false };
        let between = cut(self.s, prev.name.b, p.name.a).trim_matches(crate::lang::chars::is_blank);
        matches!(between, "和" | "及" | "以及") && !covered_by_goods(cut(self.s, prev.name.a, prev.name.b))
    }

    /// The project item `k` names, if any; a bare phase takes the name of `owner`.
    fn item_cand(&self, k: usize, p: &Parsed, owner: &Option<String>) -> Option<Cand> {
        let text = cut(self.s, p.name.a, p.name.b);
        // 百货大楼、洪城大厦等龙头企业: firms named in passing, not undertakings; a phase is a
        // plant's phase built (桂之健二期、宁波制药等企业投产).
        if self.g.deng && self.tail.firm && !PHASE.is_match(text) {
            return None;
        }
        // …适配中心、…创新中心等产业创新平台: institutions summed up as platforms are roles named in
        // passing unless they start or are built (the action decides); a park, a hall or a
        // building among them is built (…合作园等重大合作平台).
        if self.g.deng && self.tail.platform && p.class == Class::NamedInst && !PHASE.is_match(text) {
            return Some(self.cand(p, text.to_string()).needing(Needs::Milestone));
        }
        // 手机支架、包装盒等项目, 铝镁、黄金、超高纯铜等有色金属项目: goods to make or attract, a
        // kind of investment; a firm or place before the goods names a plant (金宇阳电容触摸屏).
        if self.goods_kind(k, p, text) {
            return None;
        }
        match p.class {
            // 京津塘、津沧、兴港等高速公路: a character and a head of one character (兴港) before a
            // kind named by its place is a short place like the items beside it, not a port.
            // So is one before works of places (石渠、理塘等高海拔城市集中供氧工程: 渠 is no canal).
            Class::Named
                if let Some(kind) =
                    self.lone_place_kind().or_else(|| self.place_works()).filter(|_| self.short_head_name(p)) =>
            {
                Some(self.completed(p, format!("{text}{kind}")))
            }
            // 佛塔、温圳、小兰等畜禽批发市场: so is one among bare places before a built kind.
            Class::Named
                if let Some(kind) = (self.g.deng && self.tail.head && !self.tail.count && self.short_head_name(p))
                    .then(|| self.plain_kind())
                    .flatten()
                    .filter(|_| self.all_places() && self.merged.len() > 1) =>
            {
                Some(self.completed(p, format!("{text}{kind}")))
            }
            Class::Named if let Some(c) = self.own_head_shared(k, p, text) => Some(c),
            Class::Named if let Some(c) = self.short_place_shared(k, p, text) => Some(c),
            Class::Named | Class::NamedInst => {
                let needs_stage = (p.class == Class::NamedInst && !self.tail.item)
                    || self.tail.inst
                    || (p.quoted_item && !self.tail.item);
                (text.chars().count() >= 2)
                    .then(|| self.cand(p, text.to_string()).needing(Needs::built_if(needs_stage)))
            }
            Class::BarePhase => owner.as_ref().map(|o| self.cand(p, format!("{o}{text}"))),
            Class::Quoted => (self.g.deng && self.tail.item).then(|| self.cand(p, text.to_string())),
            Class::Bare | Class::Area => self.bare_item(k, p),
            // 实施公共服务提升工程: a programme stated alone, not an item of a list of kinds.
            Class::Generic if p.programme && self.merged.len() == 1 && !self.g.deng => {
                Some(self.cand(p, text.to_string()).needing(Needs::Implemented))
            }
            Class::Generic => None,
        }
    }

    /// A named item ending in a head, written like the place part of the next longer item
    /// that ends the same way and goes on with a built thing, takes that thing too: 金安桥、
    /// 功果桥电站 → 金安桥电站; 安城街、贵城街立交 → 安城街立交 (its own head names the place,
    /// as 功果桥's does). Items of equal length ending in the same head may stand between
    /// (长春街、站东街、人民街立交); what follows must hold a head (a built thing), not only works or
    /// 工程 (惠山站、新区站建设工程 keeps 惠山站) or an institution's part (韶州中学、北江中学初中部),
    /// and the item must not end in that thing's head already.
    fn own_head_shared(&self, k: usize, p: &Parsed, text: &str) -> Option<Cand> {
        let (s, toks) = (self.s, self.toks);
        let head = toks_in(toks, p.name).find(|t| t.sp.b == p.name.b && t.kind == HeadKind::Head)?;
        let own = cut(s, head.sp.a, head.sp.b);
        let n = text.chars().count();
        let like = |q: &Parsed| {
            let t = cut(s, q.name.a, q.name.b);
            q.class == Class::Named && t.chars().take(n).collect::<String>().ends_with(own)
        };
        let q = self.merged[k + 1..]
            .iter()
            .map(|(q, _, _)| q)
            .take_while(|q| like(q))
            .find(|q| cut(s, q.name.a, q.name.b).chars().count() > n)?;
        let t = cut(s, q.name.a, q.name.b);
        let from = q.name.a + t.char_indices().nth(n).map_or(t.len(), |(i, _)| i);
        // The rest is a chain of nouns from `from` to the end of the name, holding a head.
        let (mut at, mut kinds) = (q.name.b, Vec::new());
        while at > from
            && let Some(w) = toks.iter().filter(|w| w.sp.b == at && w.sp.a >= from).max_by_key(|w| w.sp.b - w.sp.a)
        {
            kinds.push(w.kind);
            at = w.sp.a;
        }
        // A built thing, or works named as an undertaking (亮化工程, 改扩建工程: work nouns and
        // 工程/项目 only): each item is one (开化寺街、亲贤北街亮化工程 → 开化寺街亮化工程).
        let works = kinds.first() == Some(&HeadKind::Item)
            && kinds.contains(&HeadKind::Work)
            && kinds.iter().all(|k| matches!(k, HeadKind::Work | HeadKind::Item));
        let headed = kinds.contains(&HeadKind::Head) || works;
        let kind = cut(s, from, q.name.b);
        // An item already ending in the head of that thing keeps its own (五象湖公园、金花茶公园
        // 体育公园: no 五象湖公园体育公园).
        (at == from && headed && !kind.ends_with(own) && kind.chars().count() >= 2 && !self.water_refuses(text, kind))
            .then(|| self.completed(p, format!("{text}{kind}")))
    }

    /// A named item of two characters, the second a head of one character (官路, 双港), listed
    /// right before a named item that is a place of as many characters and a head named by its
    /// place (`place_kind`: 水库, 变电站) is that place, not a road or a port: it takes the head
    /// (官路、双堠水库 → 官路水库; 双港、麦园变电站 → 双港变电站), as a short place before 等 and such
    /// a head does (兴港, `lone_place_kind`). An item ending in the head's own last character
    /// keeps its name. Round 46 (AUDIT40, AUDIT44: names cut short).
    fn short_place_shared(&self, k: usize, p: &Parsed, text: &str) -> Option<Cand> {
        if !self.short_head_name(p) || self.after_name {
            return None;
        }
        let (q, _, _) = self.merged.get(k + 1)?;
        let name = cut(self.s, q.name.a, q.name.b);
        let kind = PLACE_KIND.iter().filter(|w| name.ends_with(**w)).max_by_key(|w| w.len())?;
        let place = &name[..name.len() - kind.len()];
        let own = text.chars().next_back()?;
        (q.class == Class::Named
            && place.chars().count() == 2
            && place.chars().all(crate::lang::chars::is_han)
            && kind.chars().count() >= 2
            && !kind.ends_with(own)
            && !self.water_refuses(text, kind))
        .then(|| self.completed(p, format!("{text}{kind}")))
    }

    /// Whether a kind among the items makes item `p` one too. Before 等项目 a bare item listed
    /// with a named project is a project as written, so a kind with a head of its own listed with it (东风本田汽车、亚东水泥、
    /// 农业特色产业园区等项目; 中誉汽车、大学科技园、曙光软件园等项目建设) drops only itself; a kind
    /// without a head (人畜饮水、农村能源以及退耕还林等项目: programmes), and anywhere else any
    /// kind, makes the list a list of kinds (医院、学校、养老院); so does an item opening with a
    /// generic word (管网全覆盖、污水全处理和垃圾机械化收集处理等环境工程: kinds of works).
    fn kinds_listed(&self, p: &Parsed) -> bool {
        if !(*self.any_generic) {
            return false;
        }
        if self.g.deng && self.tail.item && self.any_named && p.class == Class::Bare {
            let s = self.s;
            return opens_generic(cut(s, p.name.a, p.name.b))
                || self
                    .merged
                    .iter()
                    .any(|(q, _, _)| q.class == Class::Bare && is_generic(cut(s, q.name.a, q.name.b)));
        }
        true
    }

    /// The kind after 等 when it is a `place_kind` head alone or after a modifier, without a
    /// count (等高速公路, 等旅游码头): the kind that completes short bare items.
    fn lone_place_kind(&self) -> Option<&str> {
        let sp = self.tail.sp?;
        let kind = cut(self.s, sp.a, sp.b);
        (self.g.deng && self.tail.head && !self.tail.count && names_by_place(kind)).then_some(kind)
    }

    /// The kind after 等 without the works written after its head (等渔港建设 → 渔港): the works
    /// are the list's, read into the action, and each bare item is one of the things (乐东岭头渔港).
    /// Other kinds keep their works (钢花路沿线等绿化提升 → 钢花路沿线绿化提升).
    fn headed_kind(&self) -> Option<&str> {
        let sp = self.tail.sp?;
        let end = self.tail.parsed.and_then(|t| t.work_tail).filter(|&w| w > sp.a && w < sp.b).unwrap_or(sp.b);
        let head = cut(self.s, sp.a, end);
        Some(if names_by_place(head) { head } else { cut(self.s, sp.a, sp.b) })
    }

    /// Whether every item of the list is a bare place name of two to four characters: no route,
    /// no word of the lexicon, no stage (芳村、白云、番禺; not 医院、学校 nor 东湖截污).
    fn all_places(&self) -> bool {
        self.merged.iter().all(|(q, _, _)| {
            let t = cut(self.s, q.name.a, q.name.b);
            // A generic word inside a place name is part of it (芳村: 村), a body of water is no
            // such place (松花江等主要江河砂基砂堤治理), and a name of two
            // characters ending in a head of one is a short place (佛塔, as round 46 reads it).
            let plain = q.class == Class::Bare
                && !t.contains('至')
                && !WORDS.stages.is_match(t)
                && !is_generic(t)
                && !ends_in_water(t)
                && toks_in(self.toks, q.name).all(|k| k.kind == HeadKind::Generic);
            (2..=4).contains(&t.chars().count()) && (plain || (q.class == Class::Named && self.short_head_name(q)))
        })
    }

    /// The kind after 等 without the works written after it and without the grade words or
    /// generic modifiers ending in 性 or 型 that open it (区域性物流园区 → 物流园区; 污水处理
    /// 设施, 遗址博物馆 and 省级湿地公园, a designation, keep what they say), when what is left is more than generic
    /// words and ends in a head (a built thing): the kind each place item is one of.
    fn plain_kind(&self) -> Option<&str> {
        let sp = self.tail.sp?;
        let end = self.tail.parsed.and_then(|t| t.work_tail).filter(|&w| w > sp.a && w < sp.b).unwrap_or(sp.b);
        let mut a = sp.a;
        loop {
            let rest = cut(self.s, a, end);
            if let Some(w) = GRADE.iter().filter(|w| rest.starts_with(**w)).max_by_key(|w| w.len()) {
                a += w.len();
            } else if let Some(t) = self
                .toks
                .iter()
                .filter(|t| {
                    t.sp.a == a
                        && t.sp.b < end
                        && t.kind == HeadKind::Generic
                        && cut(self.s, t.sp.a, t.sp.b).ends_with(['性', '型'])
                })
                .max_by_key(|t| t.sp.b)
            {
                a = t.sp.b;
            } else {
                break;
            }
        }
        let kind = cut(self.s, a, end);
        // (A category word alone is no kind of built thing: 等基础设施; nor are works or an
        // organisation in it: 奇瑞、华泰等企业改造生产线 names firms.)
        // A kind named by brand (`brand_kind`: 喜来登、锦江国际等酒店) keeps its items as written.
        let plain = toks_in(self.toks, Sp { a, b: end }).all(|t| !matches!(t.kind, HeadKind::Work | HeadKind::Org))
            && !BRAND_KIND.iter().any(|w| cut(self.s, a, end).ends_with(w));
        (kind.chars().count() >= 2
            && plain
            && !self.toks.iter().any(|t| t.sp.a == a && t.sp.b == end && t.kind == HeadKind::Generic)
            && self.toks.iter().any(|t| t.sp.b == end && t.sp.a >= a && t.kind == HeadKind::Head))
        .then_some(kind)
    }

    /// The kind after 等 when it is an institution (`inst`) named by its place (`place_kind`:
    /// 实验室) without a count, works or an organisation in it and more than generic words,
    /// grade words taken off as in [`Self::plain_kind`] (等实验室 → 实验室); a base is named by
    /// its goods or the role of a region (苹果、竹子等基地, 昌吉、伊犁河谷等玉米制种基地). Round 51.
    fn inst_kind(&self) -> Option<&str> {
        let sp = self.tail.sp?;
        let mut a = sp.a;
        while let Some(w) = GRADE.iter().filter(|w| cut(self.s, a, sp.b).starts_with(**w)).max_by_key(|w| w.len()) {
            a += w.len();
        }
        let kind = cut(self.s, a, sp.b);
        let ts: Vec<&Tok> = toks_in(self.toks, Sp { a, b: sp.b }).collect();
        (kind.chars().count() >= 2
            && names_by_place(kind)
            && ts
                .iter()
                .all(|t| !matches!(t.kind, HeadKind::Work | HeadKind::Org | HeadKind::Generic | HeadKind::Many))
            && ts.last().is_some_and(|t| t.sp.b == sp.b && t.kind == HeadKind::Inst))
        .then_some(kind)
    }

    /// Whether every item of the list is a bare place name of two to four characters (no
    /// route, no word of the lexicon, no stage) that `kind` may complete: a lake or a river
    /// names a place before a kind that is no body of water (太湖实验室). Round 51.
    fn all_place_names(&self, kind: &str) -> bool {
        self.merged.iter().all(|(q, _, _)| {
            let t = cut(self.s, q.name.a, q.name.b);
            q.class == Class::Bare
                && (2..=4).contains(&t.chars().count())
                && !t.contains('至')
                && !WORDS.stages.is_match(t)
                && !is_generic(t)
                && toks_in(self.toks, q.name).next().is_none()
                && !self.water_refuses(t, kind)
        })
    }

    /// The works each item undertakes when the kind after 等 says the items are places
    /// (等高海拔城市集中供氧工程 → 集中供氧工程; see `works_of_places`).
    fn place_works(&self) -> Option<&str> {
        let sp = self.tail.sp?;
        (self.g.deng && self.tail.item).then(|| works_of_places(cut(self.s, sp.a, sp.b))).flatten()
    }

    /// The noun a bare item takes from a site kind: after a count or 一批, the head itself when
    /// one closes it before 项目 or 工程 (6个高铁项目 counts lines: 雄商高铁, as the line is
    /// called), else the kind as written (抽水蓄能项目: 汕尾陆河抽水蓄能项目; uncounted, 等高速公路
    /// 项目 keeps it: 桂林至柳城高速公路项目).
    fn site_noun(&self, kind: Sp) -> &str {
        let text = cut(self.s, kind.a, kind.b);
        let body = strip_item_head(text).unwrap_or(text);
        let end = kind.a + body.len();
        let headed = self.tail.count
            && body.len() < text.len()
            && self.toks.iter().any(|t| t.sp.b == end && t.sp.a >= kind.a && t.kind == HeadKind::Head);
        if headed { body } else { text }
    }

    /// Whether a named item is two characters, the second a head of its own (兴港, 南站).
    fn short_head_name(&self, p: &Parsed) -> bool {
        cut(self.s, p.name.a, p.name.b).chars().count() == 2
            && toks_in(self.toks, p.name).any(|t| t.sp.b == p.name.b && t.sp.a > p.name.a && t.kind == HeadKind::Head)
    }

    /// Whether the item ends in works written onto it (电网建设: a verb before the next list mark,
    /// read as its works): it names works, not the place part of a name, and takes no head from
    /// the name after it (电网建设、三亚绕城公路: no 电网建设公路).
    fn works_written(&self, p: &Parsed) -> bool {
        toks_in(self.toks, p.name).any(|t| t.kind == HeadKind::Work && t.sp.b == p.name.b)
    }

    fn place_work(&self, p: &Parsed) -> bool {
        place_work(self.s, self.toks, p)
    }

    /// Whether an item holds the head of a built thing or an institution, or a work noun
    /// (华为北方产业基地, 亚洲开发银行漓江生态综合治理), so that it names more than a company.
    fn holds_head(&self, p: &Parsed) -> bool {
        toks_in(self.toks, p.name).any(|t| matches!(t.kind, HeadKind::Head | HeadKind::Inst | HeadKind::Work))
    }

    /// A bare place before the first item of its list that holds a head, where that item is
    /// the same place part written out with a head and its works (城东、城西、杨村高速公路主入口
    /// 扩改、二环路改造等 → 城东高速公路主入口扩改): the head and what follows it are the place's
    /// too, not the head of a named item further on (no 城东路改造). The head is one named by its
    /// place (`place_kind`: 高速公路, not 闸 of 黄河口大闸蟹 nor 巷 of 珠玑古巷), and only places alike
    /// in length (two to four characters) may stand between.
    fn headed_mate(&self, k: usize, p: &Parsed, text: &str) -> Option<Cand> {
        let (s, toks) = (self.s, self.toks);
        let n = text.chars().count();
        if !(2..=4).contains(&n) || text.contains('至') {
            return None;
        }
        let head_of = |q: &Parsed| {
            toks_in(toks, q.name).find(|t| t.kind == HeadKind::Head && names_by_place(cut(s, t.sp.a, t.sp.b)))
        };
        if head_of(p).is_some() {
            return None;
        }
        let mut later = self.merged[k + 1..].iter().map(|(q, _, _)| q);
        let q = later.find(|q| {
            head_of(q).is_some() || q.class != Class::Bare || cut(s, q.name.a, q.name.b).chars().count() != n
        })?;
        let head = head_of(q).filter(|_| q.class == Class::Bare)?;
        let place = cut(s, q.name.a, head.sp.a);
        // The mate's place part names a place: no head, institution or works in it (杨村 holds
        // only the generic 村).
        let plain = !toks.iter().any(|t| {
            t.sp.a >= q.name.a
                && t.sp.b <= head.sp.a
                && matches!(t.kind, HeadKind::Head | HeadKind::Inst | HeadKind::Item | HeadKind::Work)
        });
        (place.chars().count() == n && plain)
            .then(|| self.completed(p, format!("{text}{}", cut(s, head.sp.a, q.name.b))))
    }

    /// An item without a head of its own is a project through its list: as written before
    /// 等项目, or completed with the head of the name after it or of the kind after 等.
    fn bare_item(&self, k: usize, p: &Parsed) -> Option<Cand> {
        let s = self.s;
        let text = cut(s, p.name.a, p.name.b);
        let len = text.chars().count();
        if self.g.deng && self.tail.brand {
            // 万豪、奥特莱斯等品牌酒店: brands to attract.
            return None;
        }
        if self.g.deng && self.tail.item && self.tail.partner && !self.holds_head(p) {
            // 韩国晓星、美国莱卡等重点外资项目, 与中国联通、中科曙光等合作项目: companies.
            return None;
        }
        if self.g.deng && self.tail.item && !self.tail.area_item && self.place_work(p) {
            // 东湖截污、城市排水及污水处理等工程: a place and a work noun name works on that place,
            // whatever kinds the list also holds.
            return Some(self.cand(p, text.to_string()));
        }
        if !(2..=16).contains(&len)
            || coverage(text, false).is_some_and(|(generic, _)| generic)
            || self.kinds_listed(p)
            || COUNTED.is_match(text)
            // A sum of money is a figure, no name (深科技新增产值50亿元、量子通讯项目: no 产值50亿元项目).
            || MONEY.is_match(text)
            || !balanced_quotes(text)
        {
            return None;
        }
        let (g, tail, bare) = (self.g, self.tail, p.class == Class::Bare);
        let later = || self.merged[k + 1..].iter().map(|(q, _, _)| q);
        let placeish = ends_in_place(text);
        let next_named = later().find(|q| q.class == Class::Named && !q.item);
        if g.deng
            && bare
            && let Some(c) = self.headed_mate(k, p, text)
        {
            return Some(c);
        }
        if g.deng
            && let Some(next) = next_named
            && (text.contains('至')
                || placeish
                || (bare && !self.works_written(p) && self.parallel(text, next).is_some()))
        {
            // 白山至临江、松江河至长白高速等项目 → 白山至临江高速: a route or place takes the
            // head of the name after it (乌东德、嘎洒江水电站等项目 → 乌东德水电站).
            return self.completed_by(p, text, next);
        }
        if g.deng
            && bare
            && len <= 5
            && let Some(kind) = tail.built_kind
        {
            // 武定仁和、永仁直苴等25件重点水源工程 → 武定仁和水源工程: each item is one of the
            // built kind after 等, without the count and the generic modifiers.
            let kind = cut(s, kind.a, kind.b);
            return (!self.water_refuses(text, kind)).then(|| self.completed(p, format!("{text}{kind}")));
        }
        if g.deng {
            if tail.item {
                // 雄商、津潍等6个高铁项目, 阳江三山岛、湛江徐闻东等海上风电项目: each bare item,
                // with no works of its own, is one of the kind named by its site (雄商高铁项目).
                if bare
                    && (2..=6).contains(&len)
                    && !toks_in(self.toks, p.name).any(|t| t.kind == HeadKind::Work)
                    && let Some(kind) = tail.site_kind
                {
                    return Some(self.completed(p, format!("{text}{}", self.site_noun(kind))));
                }
                // 桂林至柳城、灌阳经恭城至平乐等高速公路项目: a route before a kind of route project
                // (a `place_kind` head) takes it: 桂林至柳城高速公路项目.
                if is_route_before_kind(text)
                    && !tail.count
                    && let Some(t) = tail.sp.map(|sp| cut(s, sp.a, sp.b)).filter(|t| names_by_place(t))
                {
                    return Some(self.completed(p, format!("{text}{t}")));
                }
                // 石渠、理塘、色达等高海拔城市集中供氧工程: the kind says its items are places of a
                // level (城市 after its modifier), and each takes what is done there: 石渠集中供氧工程.
                if bare
                    && (2..=6).contains(&len)
                    && !toks_in(self.toks, p.name).any(|t| t.kind == HeadKind::Work)
                    && let Some(rest) = self.place_works()
                {
                    return Some(self.completed(p, format!("{text}{rest}")));
                }
                // 习水县、桐梓县等垃圾焚烧发电项目: places before a named kind of project each
                // take it (桐梓县垃圾焚烧发电项目).
                if let Some(t) = tail.parsed.filter(|t| t.class == Class::Named)
                    && placeish
                    && !tail.count
                    && !text.contains('至')
                {
                    return Some(self.completed(p, format!("{text}{}", cut(s, t.name.a, t.name.b))));
                }
                // X、Y等项目: as written; but X、Y等片区项目 names areas.
                return (!tail.area_item).then(|| self.cand(p, text.to_string()));
            }
            // 紫金山、太湖、钟山、云龙湖等实验室加快建设: bare place names before 等 and a kind of
            // institution named by its place (`inst` and `place_kind`: 实验室) each name one of it
            // (紫金山实验室), as before a built kind, but only with a stage, as any institution; a
            // lake names the place, not a body of water the kind is (round 51, AUDIT51).
            if tail.inst
                && bare
                && !tail.count
                && self.merged.len() > 1
                && let Some(kind) = self.inst_kind()
                && self.all_place_names(kind)
            {
                return Some(self.completed(p, format!("{text}{kind}")).needing(Needs::Built));
            }
            if tail.head {
                // 芳村、白云、番禺等区域性物流园区, 大坦沙、猎德、沥滘等污水处理设施: when every
                // item is a bare place name (two to four characters, no word of the lexicon), each
                // is one of the built kind, without the generic or grade words before it (番禺物流
                // 园区, 大坦沙污水处理设施), as places before a named kind are (ahead of the place items below:
                // 西坝、南湖 end in place words and take the same kind). Round 47.
                if bare
                    && !tail.count
                    && self.all_places()
                    && let Some(kind) = self.plain_kind()
                {
                    return Some(self.completed(p, format!("{text}{kind}")));
                }
                // 核桃峪、甜水堡和新庄等煤矿: a kind named by its place (`place_kind`), without a
                // count, completes short bare items like a place's (核桃峪煤矿); so does one with a
                // modifier of its own (兴坪、草坪、杨堤等旅游码头 → 兴坪旅游码头; 兴安、阳朔等通用航空机场).
                let lone_head = self.headed_kind().is_some_and(names_by_place);
                // A route takes it too (开江至梁平、乐山至马边等高速公路 → 开江至梁平高速公路), as
                // before a kind of route project; not one with works written on it (长春至拉林河
                // 八车道改扩建: the head would follow the works).
                let route = lone_head
                    && bare
                    && is_route_before_kind(text)
                    && !toks_in(self.toks, p.name).any(|t| t.kind == HeadKind::Work);
                // A place of five characters is a county and its town (儋州白马井), with no word of the
                // lexicon in it (not 自然保护区).
                let short = len <= 4 || (len == 5 && toks_in(self.toks, p.name).next().is_none());
                if (placeish || route || (lone_head && bare && short)) && !tail.count {
                    // 刘家坝东、跳磴南等片区路网 → 刘家坝东片区路网.
                    let t = self.headed_kind().unwrap_or("");
                    return Some(self.completed(p, format!("{text}{t}")));
                }
                // 雄商、聊邯长等6条高铁, 小仓房、大仓房等五座污水处理厂: after a count the kind
                // still names every item by its place, and the count says how many such works
                // there are (as 等6个高铁项目 does): a short bare item is one of them, named
                // without the count (雄商高铁). A route stays as written (赣州至崇义等7条高速公路,
                // as jiangxi-2013 has it): it names the road by its ends already.
                if tail.count
                    && bare
                    && len <= 4
                    && !is_route(text)
                    && !toks_in(self.toks, p.name).any(|t| t.kind == HeadKind::Work)
                    && let Some(kind) =
                        tail.sp.and_then(|sp| site_kind(s, self.toks, sp, sp.b)).map(|k| cut(s, k.a, k.b))
                    && counted_place_kind(kind)
                {
                    return Some(self.completed(p, format!("{text}{kind}")));
                }
                return bare.then(|| self.cand(p, text.to_string()));
            }
            // 锁口丘、翠园、月光等老旧片区改造.
            return (tail.work.is_some() && bare).then(|| self.cand(p, text.to_string()));
        }
        if let Some(next) = later().find(|q| q.class == Class::Named)
            && (next.item
                || placeish
                || (is_route(text) && next.closer == Some(HeadKind::Head))
                || self.dash_routes_alike(text, next)
                || (!self.works_written(p) && self.parallel(text, next).is_some()))
            && bare
        {
            // 中翰盛泰、四川亚中项目 → 中翰盛泰项目; 金鳌山、中梁山路网 → 金鳌山路网; 白山至临江、
            // 松江河至长白高速 → 白山至临江高速 (a route before a named route takes its head:
            // 荔浦至玉林、桂林至柳城高速公路 → 荔浦至玉林高速公路); 永广、广大铁路扩能改造工程 →
            // 永广铁路扩能改造工程 (an item written like the next one's place takes its whole noun chain).
            return self.completed_by(p, text, next);
        }
        if k + 1 < self.merged.len()
            && self.last.class == Class::Generic
            && self.last.item
            && self.last_ji
            && !THRESHOLD.is_match(cut(self.s, self.last.name.a, self.last.name.b))
        {
            // 萤石智能家居及相关配套项目: the text calls the item a project (not when the kind is
            // a class by threshold: 220千伏及110千伏以下配网项目 lists classes).
            return bare.then(|| self.cand(p, text.to_string()));
        }
        // A short item listed with named ones, if something happens to it:
        // 音乐博物馆、音乐营、音乐台前期工作.
        ((self.own_phase(p) || (self.any_named && !*self.any_generic))
            && bare
            && (3..=8).contains(&len)
            && !text.contains('“'))
        .then(|| self.cand(p, text.to_string()).needing(Needs::Built))
    }

    /// Whether a bare item written as a route with a dash (海口—五指山—三亚) stands before a named
    /// route written the same way (洋浦—儋州—万宁高速公路): items written alike, so the dash is a
    /// route's as 至 is and the item takes the head (AUDIT64). A dash alone still joins two names
    /// (珠玑古巷—梅关古道) when the named item after it is no dash route.
    fn dash_routes_alike(&self, text: &str, next: &Parsed) -> bool {
        next.closer == Some(HeadKind::Head)
            && is_route_before_kind(text)
            && !is_route(text)
            && is_route_before_kind(cut(self.s, next.name.a, next.name.b))
    }

    /// Whether a bare item ends in a phase of its own owner, with works written after it or
    /// not (华为二期, 东风本田二期扩建): a phase numbers the works of one undertaking, so with a
    /// stage it is one even when nothing beside it names one (推动华为二期建成投运: the company's
    /// name holds 为 and reads as no name of its own). Its owner is no generic word (项目二期,
    /// 园区一期 stay out) and is named by two characters at least.
    fn own_phase(&self, p: &Parsed) -> bool {
        let s = self.s;
        p.phased.filter(|&ph| ph > p.name.a && ph < p.name.b).is_some_and(|ph| {
            let owner = cut(s, p.name.a, ph);
            PHASE.find(cut(s, ph, p.name.b)).is_some_and(|m| m.start() == 0)
                && owner.chars().count() >= 2
                && coverage(owner, false).is_none()
                && !COUNTED.is_match(owner)
        })
    }
}

/// A bare item written as a place (a water body or a place word at its end, two to four
/// characters, no kind) and a work noun: 东湖截污, 何家河整治.
fn place_work(s: &str, toks: &[Tok], p: &Parsed) -> bool {
    p.class == Class::Bare
        && toks.iter().any(|t| {
            let place = cut(s, p.name.a, t.sp.a);
            t.sp.b == p.name.b
                && t.sp.a > p.name.a
                && t.kind == HeadKind::Work
                && (2..=4).contains(&place.chars().count())
                && WORDS.places.iter().any(|w| place.ends_with(w.as_str()) && place.len() > w.len())
                && coverage(place, false).is_none()
        })
}

/// The works of a kind of 项目 or 工程 after 等 that opens with its items' level of place after a
/// modifier (高海拔城市|集中供氧工程: `place_level`): what each place undertakes, when it is more
/// than generic words. A level at the kind's start modifies the works (城市商贸综合体项目: none).
fn works_of_places(kind: &str) -> Option<&str> {
    PLACE_LEVEL.iter().find_map(|w| {
        let (i, _) = kind.match_indices(w).find(|&(i, _)| i > 0)?;
        let before = &kind[..i];
        let rest = &kind[i + w.len()..];
        let body = strip_item_head(rest)?;
        // (天润新城、尚品国际等重点城市建设项目: a grade before the level and works alone after it
        // say what kind of projects, urban building, not which places.)
        let opens_work = WORDS.cover.longest_at(body, 0).is_some_and(|m| WORDS.cover_kind[m.pattern] == HeadKind::Work);
        (body.chars().count() >= 2
            && !is_generic(rest)
            && !opens_work
            && !COUNT.is_match(before)
            && !GRADE.iter().any(|g| before.contains(g)))
        .then_some(rest)
    })
}

/// A kind after 等 and its count that ends in a `place_kind` head itself, with no second count
/// in it: not works on such things (病险水库（水闸）除险加固) nor things counted inside a zone
/// (港区10个万吨级码头), whose items are no such things.
fn counted_place_kind(kind: &str) -> bool {
    PLACE_KIND.iter().any(|w| kind.ends_with(w))
        && !kind.chars().any(|c| c.is_ascii_digit())
        && !kind.char_indices().any(|(i, _)| COUNT.is_match(&kind[i..]))
}

/// An item naming a route: places joined by 至 (荔浦至玉林, 灌阳经恭城至平乐), not a range of
/// numbers (10至20万吨级).
/// A kind whose every item is named by its place: it ends in a `place_kind` head, alone or
/// after a modifier (煤矿, 通用航空机场, 旅游码头, 高速公路项目).
fn names_by_place(kind: &str) -> bool {
    // A bracket after the kind says where it runs (国家文化公园（四川段）): the kind is before it.
    let kind = kind.split(['（', '(']).next().unwrap_or(kind);
    let body = strip_item_head(kind).unwrap_or(kind);
    PLACE_KIND.iter().any(|w| body.ends_with(w))
}

/// A route: 至 between two places (白山至临江; a bracketed aside may close the first one:
/// 城步（湘桂界）至龙胜).
fn is_route(text: &str) -> bool {
    route_by(text, &['至'])
}

/// A route before a kind of route after 等: 至 or a dash between two places, as routes are often
/// written in such lists (大理—丽江、武定—昆明等在建高速公路项目, 昭通—会泽…等高速公路). Elsewhere
/// a dash joins two names as often (珠玑古巷—梅关古道, 西湾－前海湾慢行连通工程), so only the kind
/// after 等 makes it a route.
fn is_route_before_kind(text: &str) -> bool {
    route_by(text, &['至', '—', '－'])
}

/// Whether one of `marks` stands between two places in `text` (see `is_route`).
fn route_by(text: &str, marks: &[char]) -> bool {
    text.char_indices().any(|(i, c)| {
        marks.contains(&c)
            && text
                .get(..i)
                .and_then(|b| b.chars().next_back())
                .is_some_and(|b| crate::lang::chars::is_han(b) || matches!(b, '）' | ')'))
            && text.get(i + c.len_utf8()..).and_then(|a| a.chars().next()).is_some_and(crate::lang::chars::is_han)
    })
}

/// Where the predicate after the group starts.
fn predicate_start(els: &[El], g: &Group, tail: &Tail, merged: &[Item], moved_work: bool) -> usize {
    match (tail.sp, els.get(g.last), merged.last()) {
        // After the kind's noun: 等项目|正式投入使用.
        (Some(sp), _, _) => match tail.parsed {
            Some(t) if matches!(t.closer, Some(HeadKind::Head | HeadKind::Item)) && t.name.b > sp.a => t.name.b,
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
    }
}

/// Whether `t` ends in a `water` head (江, 湖: `waters` of the projects words): a river or lake
/// named, not a place. Not 河 or 溪 (the `water_end` words that water.rs adds for works on a
/// river), which name reservoirs too.
fn ends_in_water(t: &str) -> bool {
    WORDS.waters.iter().any(|w| t.ends_with(w.as_str()))
}
