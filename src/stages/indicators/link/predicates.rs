//! Predicates: what the counted things did or underwent (6个乡镇文化站|实现达标建设, 4个村|的安全
//! 饮水工程顺利完工, 147万人|脱贫), which names them when the noun after the counter does not
//! (…的村, …人口). Kept together because they all read the clause after the figure.

use super::words::ends_in_counted_noun;
use crate::lang::marks::is_clause_break;
use crate::stages::indicators::clause::{rest_of_sentence, strip_separator};
use crate::stages::indicators::mention::Mention;
use crate::stages::indicators::subject::{UNDERGO, exit_at, focus_at, leading_verb};
use crate::stages::indicators::vocabulary::{WORDS, pattern_words, role};
use crate::vocab::Dimension;

/// The noun a counter unit is made of (万贫困人口 -> 贫困人口, 万农民 -> 农民): a count whose unit,
/// without its magnitude word, is a word of two characters or more other than its base.
pub(super) fn counted_in_unit(m: &Mention) -> Option<&str> {
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
pub(super) const PEOPLE: &str = "人口";

/// Whether figure `m` counts people by the bare counter 人 (人, 万人, 余人: no noun in its unit).
pub(super) fn bare_people(m: &Mention) -> bool {
    m.unit.trim_start_matches(['万', '亿', '千', '百', '余', '多', ' ']) == "人" && m.unit_base == "人"
}

/// The `problem` words of `dict/subject_words.tsv` (问题).
static PROBLEM: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Problem));

/// The noun a count of people names them with: the noun in its unit (万农村居民 -> 农村居民), or
/// 人口 for a bare 人.
fn people_of(m: &Mention) -> Option<&str> {
    counted_in_unit(m).or_else(|| bare_people(m).then_some(PEOPLE))
}

/// People counted between a verb and the problem it solves for them (解决了83万人|饮水安全问题,
/// 再解决15万农村群众|饮水安全问题, 解决6万农村人口|的饮水安全问题): the population whose problem it
/// was, named by the verb and the problem (解决饮水安全问题的人口, 解决饮水安全问题的农村群众). The
/// problem closes the clause, with no figure, list or second noun in it. A second count of people
/// joined right after the first by 和 or 、 (`next`: 解决422万农村居民|和18.8万学校师生|饮水安全问题)
/// shares the problem: its subject is the second of the pair returned.
pub(super) fn solved_for(s: &str, m: &Mention, next: Option<&Mention>, left: &str) -> Option<(String, Option<String>)> {
    let people = people_of(m)?;
    // (Joined by 和, 及 or 与 only: a 、 may start a longer list.)
    let second = next.filter(|n| {
        let gap = s.get(m.q_end..n.q_start).unwrap_or("、");
        let (rest, sep) = strip_separator(gap);
        sep && rest.is_empty() && !gap.contains('、')
    });
    let second = match second {
        Some(n) => Some((n, people_of(n)?)),
        None => None,
    };
    let rest = rest_of_sentence(s, second.map_or(m.q_end, |(n, _)| n.q_end))?;
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
    Some((format!("{verb}{problem}的{people}"), second.map(|(_, p)| format!("{verb}{problem}的{p}"))))
}

/// Whether figure `m` counts people (人, 万人, 余人: no noun in its unit) and `subject` is only
/// the short predicate right after it, closing its clause or list item (147万人|脱贫、).
pub(super) fn people_by_predicate(s: &str, m: &Mention, subject: &str) -> bool {
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

/// People counted by a bare 人 that open their clause with nothing before them, named by what
/// they did (53万人|稳定脱贫 -> 稳定脱贫人口; 1800多万人|完成疫苗全程接种 -> 完成疫苗全程接种的
/// 人口), as a counted noun is (34条线路降低票价 -> 降低票价的线路): a short predicate makes a
/// population word as 脱贫人口 does (see [`people_by_predicate`]), a longer one is tied by 的.
pub(super) fn people_named_by_predicate(s: &str, m: &Mention, next_figure: Option<usize>) -> Option<String> {
    if !bare_people(m) {
        return None;
    }
    // (A way out of poverty is what they did too: 53万人|稳定脱贫.)
    let p = predicate_after(s, m.q_end, next_figure).or_else(|| exit_after(s, m.q_end))?.replacen('了', "", 1);
    let short = (2..=6).contains(&p.chars().count()) && !p.contains('的');
    Some(if short { format!("{p}{PEOPLE}") } else { format!("{p}的{PEOPLE}") })
}

/// Whether `subject` ends with the first words (two characters or more) of `after`, the text
/// right after a figure: the subject holds the figure's predicate.
pub(super) fn ends_with_text_after(subject: &str, after: &str) -> bool {
    // (No more of `after` than the subject is long can end it: a text without marks is not read
    // on to its end at every figure.)
    let mut n = after.len().min(subject.len());
    while !after.is_char_boundary(n) {
        n -= 1;
    }
    let after = &after[..n];
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
/// A time word before it says when, not how: it is left out (今年脱贫摘帽 -> 脱贫摘帽).
pub(super) fn exit_after(s: &str, at: usize) -> Option<&str> {
    let rest = rest_of_sentence(s, at)?;
    let mut p = &rest[..exit_at(rest)?];
    while let Some(l) = WORDS.prefix(p, role::TIME).filter(|&l| l < p.len()) {
        p = &p[l..];
    }
    Some(p)
}

/// Whether the subject `x` of a count followed by a way out of poverty `p` holds a verb that
/// governs it (帮助脱贫: helped out of poverty), and so keeps its reading (帮助脱贫的贫困人口).
pub(super) fn exit_governed(x: &str, p: &str) -> bool {
    let head = x.strip_suffix(p).unwrap_or(x);
    !head.is_empty() && WORDS.prefix(head, role::ANY_VERB | role::PREVERB | role::STEER).is_some()
}

/// What the counted things own and what became of it, when the noun after a counter is a
/// possessor (4个村|的安全饮水工程顺利完工 -> 安全饮水工程顺利完工, named 安全饮水工程顺利完工的村):
/// 的, a noun of two characters or more, then a verb that closes the clause with no figure in it.
pub(super) fn possessed_after(s: &str, at: usize, next_figure: Option<usize>) -> Option<&str> {
    let rest = rest_of_sentence(s, at)?.strip_prefix('的')?;
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

/// What the counted things own and what became of it, with no 的 between them (确保1万户|
/// 低收入家庭住房条件|得到改善, 12万居民|住房条件|得到改善): the possessed thing, then what it
/// underwent (`undergo`: 得到, closing the clause, no figure), names the possessors as with 的
/// (住房条件得到改善的低收入家庭; 住房条件得到改善的居民, …的人口 for a bare 人). The possessor is the
/// counter's own noun (万居民) or, inside the noun after the counter, the last counted noun of
/// dict/units.tsv (家庭, 农户, 企业) that a thing of two characters or more follows.
pub(super) fn possessor_underwent(
    s: &str,
    m: &Mention,
    noun: &str,
    end: usize,
    next_figure: Option<usize>,
) -> Option<String> {
    let rest = rest_of_sentence(s, end)?;
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

/// The predicate that closes the clause right after a counted noun (6个乡镇文化站|实现达标建设,
/// 34条线路|降低票价): a verb phrase of a few characters with no figure in it. Not one that a
/// preposition opens (47个市直部门|向县区下放事权; a passive designation, 6个村|被评为…, is a verb).
pub(super) fn predicate_after(s: &str, at: usize, next_figure: Option<usize>) -> Option<&str> {
    let rest = rest_of_sentence(s, at)?;
    let end = end_over_asides(rest);
    let p = rest[..end].trim();
    // (Several predicates, 实现全程网办、不见面审批, report what the things achieved.) A figure
    // of its own in the predicate (digits that start the next row) is a row of its own; a number that is none, a rank or an
    // ordinal in a name (入选广西民营企业100强, 入选第五批…名录), is part of the predicate.
    let figure = p.chars().any(|c| crate::lang::numerals::digit(c).is_some())
        && next_figure.is_some_and(|k| k >= at && k < at + end);
    // (Nor one cut inside a quote or a bracket: 被命名为“全国双拥模范城（县）”.)
    let open = p.matches('“').count() != p.matches('”').count();
    // (Acts joined by 、, each opening with a verb, are one predicate: 69个项目|竣工运营、投产达效.)
    let acts = p.split('、').all(|a| WORDS.prefix(a, role::ANY_VERB).is_some_and(|l| l < a.len()));
    if figure || open || (p.contains('、') && !acts) || p.chars().count() > 20 || WORDS.prefix(p, role::PREP).is_some()
    {
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
pub(super) fn share_predicate(s: &str, at: usize, next_figure: Option<usize>) -> Option<&str> {
    let rest = rest_of_sentence(s, at)?;
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
pub(super) fn without_adverbs(t: &str) -> &str {
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

/// The subject before, with `verb` in place of its own verb (开工建设亿元以上重大项目 + 建成 ->
/// 建成亿元以上重大项目; 保障性住房开工 + 竣工 -> 保障性住房竣工), or before it when it has none.
/// None when the subject before has no noun of its own.
pub(super) fn with_verb(before: &str, verb: &str) -> Option<String> {
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

/// The `pivot` words of `dict/subject_words.tsv` (帮助, 资助, 扶持, 组织): verbs whose object does
/// what the words after it say.
static PIVOT: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| pattern_words(crate::lexicon::SubjectRole::Pivot));

/// Whether `left`, the words before a count, ends with a `pivot` verb (帮助, 资助, 组织 …).
pub(super) fn ends_in_pivot(left: &str) -> bool {
    let left = left.trim_end().trim_end_matches('了');
    PIVOT.iter().any(|w| left.ends_with(w.as_str()))
}

/// What the things counted after a pivot verb were helped or led to do, as the noun and its
/// predicate (帮助|1930名|学生来锡就读 -> 学生, 来锡就读; 资助|6.8万名|农村困难人员免费参加新型农村合作
/// 医疗 -> 农村困难人员, 免费参加新型农村合作医疗; 帮助|100多名|残疾人实现就业): the noun read after
/// the counter (`noun`, ending at `end`) up to its first counted noun of dict/units.tsv (学生, 人员,
/// 企业), or whole, and the rest of the clause. The predicate has 2–20 characters, no figure of
/// its own, no list, no 的 and no open quote; it ends before a second verb phrase that 并 joins (组织
/// 1万名高校毕业生就业见习并给予补贴: the subsidy is the government's), and is neither a verb alone
/// (支持200个实训基地|建设: the building of them) nor a noun that ends in a counted noun (组织100家科技
/// 领军|培育企业). Cut inside the noun, it holds three characters or more (引进扶持50个高层次科技人才|
/// 团队 is one noun).
pub(super) fn pivot_predicate(s: &str, noun: &str, end: usize, next_figure: Option<usize>) -> Option<(String, String)> {
    let rest = rest_of_sentence(s, end)?;
    let stop = end_over_asides(rest);
    if next_figure.is_some_and(|k| k >= end && k < end + stop) {
        return None;
    }
    let whole = format!("{noun}{}", rest[..stop].trim_end());
    let head = noun
        .char_indices()
        .map(|(k, _)| k)
        .skip(2)
        .find(|&k| ends_in_counted_noun(&noun[..k]) && whole[k..].chars().nth(1).is_some())
        .unwrap_or(noun.len());
    let (n, p) = whole.split_at(head);
    // (Not the 并 of a compound word: 兼并, 并购.)
    let joined = p.match_indices('并').map(|(k, _)| k).find(|&k| {
        let word = WORDS.suffix(&p[..k + '并'.len_utf8()], role::COMPOUND).is_some()
            || WORDS.prefix(&p[k..], role::COMPOUND).is_some();
        !word && p[..k].chars().nth(1).is_some()
    });
    let p = joined.map_or(p, |k| &p[..k]);
    let inside = head < noun.len();
    let verb_alone = WORDS.prefix(p, role::ANY_VERB).is_some_and(|l| l == p.len());
    let mut depth = 0i32;
    let listed = p.chars().any(|c| {
        depth += i32::from(c == '“') - i32::from(c == '”');
        c == '、' && depth == 0
    });
    let fits = (noun.is_empty() || n.chars().count() >= 2)
        && (if inside { 3..=20 } else { 2..=20 }).contains(&p.chars().count())
        && !verb_alone
        && !ends_in_counted_noun(p)
        && !listed
        && depth == 0
        && !p.contains('的')
        && !p.starts_with(['和', '及', '与', '等', '或', '（', '('])
        && !p.chars().any(|c| crate::lang::numerals::digit(c).is_some());
    fits.then(|| (n.to_string(), p.replacen('了', "", 1)))
}
