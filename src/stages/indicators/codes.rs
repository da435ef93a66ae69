//! Indicator codes: the code of a subject from the aliases of `dict/indicators.tsv` and the
//! words of `dict/indicator_words.tsv`.
//!
//! A subject links when it ends with an alias and everything before the alias is scope: scope
//! words (全社会, 地方财政, the scope and time words of `subject_words.tsv`) and region names,
//! one after another. Measure words after the alias (增速, 总额, 同口径) are dropped one at a
//! time from the end until it links. Per-unit figures and shares are read in one form: the
//! denominator after a per word (单位, 万元) or an of word (占, 相当于) is written as its code's
//! first alias, and the share word after it as the first share word, in the subject and in
//! the aliases alike (单位GDP能耗 = 万元生产总值能耗 = 单位地区生产总值能耗). Nothing else is
//! tolerated: a modifier that changes the statistic (出口 for 进出口, 工业 before 固定资产投资)
//! is not scope, so the subject does not link.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::vocabulary::{WORDS, role};
use crate::lang::text::find_char;
use crate::lang::words::Words;
use crate::lexicon::LinkRole;
use crate::vocab::{Dimension, Measure};

/// Endings of a name that can stand before an alias as its place (大渡口区, 无锡市).
const PLACE_ENDINGS: [char; 7] = ['区', '市', '省', '县', '州', '盟', '旗'];
/// Longest place name taken from its ending alone, in characters.
const PLACE_CHARS: usize = 8;

struct Linker {
    /// The aliases as written: denominators are looked up here.
    raw: Words<String>,
    /// The aliases in their canonical form, by their end.
    aliases: Words<String>,
    /// The first alias of each code: how a denominator is written.
    first: HashMap<String, String>,
    scope: Words<()>,
    measure: Words<()>,
    per: Words<()>,
    of: Words<()>,
    share: Words<()>,
    block: Words<()>,
    inner: Words<()>,
    local_part: Words<()>,
    sectors: Words<()>,
    neighbour: Words<()>,
    /// The `sector` words in file order: the first, second and third sector's names.
    sector_names: Vec<String>,
    /// The first per, of and share word: how canonical forms are written.
    canon_per: String,
    canon_of: String,
    canon_share: String,
    regions: HashSet<String>,
}

static LINKER: LazyLock<Linker> = LazyLock::new(Linker::load);

impl Linker {
    fn load() -> Linker {
        let lexicon = crate::lexicon::get();
        let mut raw: Words<String> = Words::default();
        let mut first: HashMap<String, String> = HashMap::new();
        for a in &lexicon.indicator_aliases {
            raw.insert(&fold(&a.alias), a.code.clone());
            first.entry(a.code.clone()).or_insert_with(|| fold(&a.alias).into_owned());
        }
        let mut tables: HashMap<LinkRole, (Words<()>, Option<String>)> = HashMap::new();
        for w in &lexicon.indicator_words {
            let (table, canon) = tables.entry(w.role).or_insert_with(|| (Words::default(), None));
            let word = fold(&w.word).into_owned();
            table.insert(&word, ());
            canon.get_or_insert(word);
        }
        let mut take = |r: LinkRole| tables.remove(&r).unwrap_or_else(|| (Words::default(), None));
        let (scope, _) = take(LinkRole::Scope);
        let (measure, _) = take(LinkRole::Measure);
        let (per, canon_per) = take(LinkRole::Per);
        let (of, canon_of) = take(LinkRole::Of);
        let (share, canon_share) = take(LinkRole::Share);
        let (block, _) = take(LinkRole::Block);
        let (inner, _) = take(LinkRole::Inner);
        let (local_part, _) = take(LinkRole::LocalPart);
        let (sectors, _) = take(LinkRole::Sectors);
        let (neighbour, _) = take(LinkRole::Neighbour);
        let sector_names = lexicon
            .indicator_words
            .iter()
            .filter(|w| w.role == LinkRole::Sector)
            .map(|w| fold(&w.word).into_owned())
            .collect();
        let regions =
            lexicon.regions.iter().flat_map(|r| std::iter::once(&r.name).chain(&r.aliases)).cloned().collect();
        let mut linker = Linker {
            raw,
            aliases: Words::default(),
            first,
            scope,
            measure,
            per,
            of,
            share,
            block,
            inner,
            local_part,
            sectors,
            neighbour,
            sector_names,
            canon_per: canon_per.unwrap_or_default(),
            canon_of: canon_of.unwrap_or_default(),
            canon_share: canon_share.unwrap_or_default(),
            regions,
        };
        let mut aliases: Words<String> = Words::default();
        for a in &lexicon.indicator_aliases {
            aliases.insert(&linker.canonical(&fold(&a.alias)), a.code.clone());
        }
        linker.aliases = aliases;
        linker
    }

    /// `s` with each per-unit or share denominator written in its canonical form.
    /// (A text without a per or of word is itself: copied only from the first one on. Only a
    /// character some per or of word starts with is looked up: the rest of a subject is read
    /// by one bit test a character, and copied in runs.)
    fn canonical<'s>(&self, s: &'s str) -> Cow<'s, str> {
        let mut out: Option<String> = None;
        let mut copied = 0;
        let mut i = 0;
        while let Some(c) = s[i..].chars().next() {
            if (self.of.may_start_with(c) || self.per.may_start_with(c))
                && let Some((n, tail)) = self.denominator(&s[i..])
            {
                let o = out.get_or_insert_with(|| String::with_capacity(s.len()));
                o.push_str(&s[copied..i]);
                o.push_str(&n);
                i = s.len() - tail.len();
                copied = i;
            } else {
                i += c.len_utf8();
            }
        }
        out.map_or(Cow::Borrowed(s), |mut o| {
            o.push_str(&s[copied..]);
            Cow::Owned(o)
        })
    }

    /// A per or of word at the start of `t` followed by a denominator: its canonical form and
    /// the text after it.
    fn denominator<'a>(&self, t: &'a str) -> Option<(String, &'a str)> {
        let (word, is_of, after) = if let Some((l, _)) = self.of.prefix_of(t) {
            (&self.canon_of, true, &t[l..])
        } else {
            let (l, _) = self.per.prefix_of(t)?;
            (&self.canon_per, false, &t[l..])
        };
        // 相当于全市GDP的比重: a scope word may stand between an of word and the denominator.
        let after = if is_of { self.skip_scope(after) } else { after };
        let (l, code) = self.raw.prefix_of(after)?;
        let name = self.first.get(code)?;
        let mut rest = &after[l..];
        let mut out = format!("{word}{name}");
        if is_of && let Some((l, _)) = self.share.prefix_of(rest) {
            out.push_str(&self.canon_share);
            rest = &rest[l..];
        }
        Some((out, rest))
    }

    /// `t` after the scope words it starts with (longest first).
    fn skip_scope<'a>(&self, t: &'a str) -> &'a str {
        let mut t = t;
        loop {
            let ends: Vec<usize> = t.char_indices().skip(1).map(|(i, _)| i).take(12).collect();
            match ends.into_iter().rev().find(|&i| self.is_scope_word(&t[..i])) {
                Some(i) => t = &t[i..],
                None => return t,
            }
        }
    }

    fn code(&self, subject: &str) -> Option<String> {
        let folded = fold(subject);
        if let Some(code) = self.code_as_written(&folded) {
            return Some(code);
        }
        // 国内生产总值到2007年|达到520亿元: the year a target is set for says when, not what.
        if let Some(head) = before_target_year(&folded)
            && let Some(code) = self.code_as_written(head)
        {
            return Some(code);
        }
        // 城镇累计新增就业: an inner word dropped where it stands.
        folded.char_indices().find_map(|(i, _)| {
            let (l, _) = self.inner.prefix_of(&folded[i..])?;
            self.code_as_written(&format!("{}{}", &folded[..i], &folded[i + l..]))
        })
    }

    /// The code of a folded subject, measure words after the alias dropped one at a time.
    fn code_as_written(&self, folded: &str) -> Option<String> {
        let mut t = folded;
        loop {
            if let Some(code) = self.link(&self.canonical(t)) {
                return Some(code);
            }
            match self.measure.suffix_of(t) {
                Some((l, _)) if l < t.len() => t = &t[..t.len() - l],
                _ => return None,
            }
        }
    }

    /// The code of a canonical subject: an alias with only scope before it.
    fn link(&self, s: &str) -> Option<String> {
        // Every alias, however long (研究与试验发展经费投入占地区生产总值比重 has 20
        // characters): the lookup stops where the subject's end leaves the aliases anyway.
        let (l, code) = self.aliases.longest_suffix(s, usize::MAX)?;
        let prefix = &s[..s.len() - l];
        let alias = &s[s.len() - l..];
        // Shares of something (…占…) only match share aliases.
        if prefix.contains(self.canon_of.as_str()) && !alias.contains(self.canon_of.as_str()) {
            return None;
        }
        self.all_scope(prefix).then(|| code.clone())
    }

    /// Whether `p` is a run of scope words and place names (each may be followed by 的).
    fn all_scope(&self, p: &str) -> bool {
        let bounds: Vec<usize> = p.char_indices().map(|(i, _)| i).chain(std::iter::once(p.len())).collect();
        let mut ok = vec![false; bounds.len()];
        ok[0] = true;
        for j in 1..bounds.len() {
            ok[j] = (0..j).any(|i| {
                ok[i] && {
                    let w = &p[bounds[i]..bounds[j]];
                    // (县的进出口总额: a lone 县 before 的 is the end of a list of places, 沿边市、县.)
                    self.is_scope_word(w) || (i > 0 && w == "的" && p[..bounds[i]].chars().count() >= 2)
                }
            });
        }
        ok[bounds.len() - 1]
    }

    /// A scope word, a region name, or a short name ending like a place (大渡口区, 市) that
    /// holds no block word.
    fn is_scope_word(&self, w: &str) -> bool {
        if w.is_empty() {
            return false;
        }
        if self.scope.get(w).is_some() || WORDS.has(w, role::SCOPE | role::TIME) || self.regions.contains(w) {
            return true;
        }
        let n = w.chars().count();
        (1..=PLACE_CHARS).contains(&n)
            && w.ends_with(PLACE_ENDINGS)
            && w.chars().all(is_ideograph)
            && !w.char_indices().any(|(i, _)| self.block.prefix_of(&w[i..]).is_some())
            && !w.char_indices().any(|(i, _)| self.of.prefix_of(&w[i..]).is_some())
            // (A measure is no part of a place's name: 增加值全省 in 增加值达到全省经济总量的50%.)
            && !w.char_indices().any(|(i, _)| WORDS.prefix(&w[i..], role::GENERIC).is_some())
    }
}

/// `t` without the year it ends with after 到 or 至 (国内生产总值到2007年, 工业总产值到2005年底): the
/// words before it, when there are any.
fn before_target_year(t: &str) -> Option<&str> {
    let t2 = t.strip_suffix(['底', '末']).unwrap_or(t);
    let t2 = t2.strip_suffix('年')?;
    let digits = t2.chars().rev().take_while(char::is_ascii_digit).count();
    if digits != 4 {
        return None;
    }
    let head = t2[..t2.len() - digits].strip_suffix(['到', '至'])?;
    (!head.is_empty()).then_some(head)
}

fn is_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Full-width ASCII as ASCII (ＧＤＰ, Ｒ＆Ｄ, ＰＭ２.５), without the underscore of a subscript
/// written in Markdown (PM_2.5) and without a blank left inside a name by the page layout
/// (万元GDP 能耗, round 36).
/// (A text with none of them is itself: no copy.)
fn fold(s: &str) -> Cow<'_, str> {
    if !s.contains(|c: char| c == '_' || c == ' ' || ('\u{ff01}'..='\u{ff5e}').contains(&c)) {
        return Cow::Borrowed(s);
    }
    s.chars()
        .filter(|&c| c != '_' && c != '\u{ff3f}' && c != ' ')
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            _ => c,
        })
        .collect::<String>()
        .into()
}

/// The indicator code of a subject: an alias with only scope words and region names before it
/// (全区居民人均可支配收入), measure words after it dropped (地方财政一般预算收入同口径), per-unit
/// and share denominators in any of their names (单位GDP能耗). Shares of something (…占…) only
/// match share aliases.
///
/// (Each thread keeps the answers it gave: a figure's subject is asked for its code several
/// times on its way to a row (the zone owner, the code of the figure, the heads a milestone
/// cut leaves), and the common subjects (地区生产总值, 一般公共预算收入) come back in every report.
/// The answer depends on the subject alone, so a kept one is the one the linker would give.)
pub fn indicator_of(subject: &str) -> Option<String> {
    /// Subjects kept per thread before the cache starts again (a few hundred kilobytes).
    const KEPT_MAX: usize = 8192;
    thread_local! {
        static CODES: std::cell::RefCell<crate::lang::hash::FnvMap<Box<str>, Option<String>>> =
            std::cell::RefCell::default();
    }
    CODES.with(|codes| {
        if let Some(code) = codes.borrow().get(subject) {
            return code.clone();
        }
        let code = LINKER.code(subject);
        let mut codes = codes.borrow_mut();
        if codes.len() >= KEPT_MAX {
            codes.clear();
        }
        codes.insert(subject.into(), code.clone());
        code
    })
}

/// The code of `t` when it is an alias itself, with nothing before it, measure words after it
/// dropped (实际利用外资总额): the statistic named bare, as a whole is after 占.
pub fn alias_alone(t: &str) -> Option<String> {
    let l = &*LINKER;
    let folded = fold(t);
    let mut t = folded.as_ref();
    loop {
        if let Some(code) = l.raw.get(t) {
            return Some(code.clone());
        }
        match l.measure.suffix_of(t) {
            Some((n, _)) if n < t.len() => t = &t[..t.len() - n],
            _ => return None,
        }
    }
}

/// The `local_part` word a subject ends with, with only scope words and place names before it
/// (地方财政收入): an alias that names its code only as the local part of a revenue total.
pub fn local_part_of(subject: &str) -> Option<String> {
    let l = &*LINKER;
    let folded = fold(subject);
    let (n, _) = l.local_part.suffix_of(&folded)?;
    let prefix = &folded[..folded.len() - n];
    (prefix.is_empty() || l.all_scope(prefix)).then(|| folded[folded.len() - n..].to_string())
}

/// Whether a subject names its statistic by a `neighbour` word of indicator_words.tsv (外商直接投资,
/// 新增就业岗位): the word ends it, measure words after it dropped, with only scope words and place
/// names before it (round 35).
pub fn names_neighbour(subject: &str) -> bool {
    let l = &*LINKER;
    let folded = fold(subject);
    let mut t = folded.as_ref();
    loop {
        if let Some((n, _)) = l.neighbour.suffix_of(t) {
            let prefix = &t[..t.len() - n];
            if prefix.is_empty() || l.all_scope(prefix) {
                return true;
            }
        }
        match l.measure.suffix_of(t) {
            Some((n, _)) if n < t.len() => t = &t[..t.len() - n],
            _ => return false,
        }
    }
}

/// A subject that names the three sectors together, as `names_sectors` found it: the folded
/// subject and where its `sectors` word is, so that `sector_code` reads the word found once.
pub struct SectorsSubject {
    folded: String,
    word: std::ops::Range<usize>,
}

/// The subject, when it names the three sectors together (三次产业增加值, 一二三产业): a `sectors`
/// word of indicator_words.tsv inside it (the first one).
pub fn names_sectors(subject: &str) -> Option<SectorsSubject> {
    let l = &*LINKER;
    let folded = fold(subject);
    let (i, n) = folded.char_indices().find_map(|(i, _)| l.sectors.prefix_of(&folded[i..]).map(|(n, _)| (i, n)))?;
    Some(SectorsSubject { folded: folded.into_owned(), word: i..i + n })
}

/// The code of the `k`th figure (from 0) of a list of three under a subject naming the three
/// sectors together: the subject with its `sectors` word read as the `k`th `sector` word
/// (三次产业增加值 → 第二产业增加值 for the second), when that names the code the sector's name
/// alone names (第二产业: secondary_value_added).
pub fn sector_code(subject: &SectorsSubject, k: usize) -> Option<String> {
    let l = &*LINKER;
    let name = l.sector_names.get(k)?;
    let want = indicator_of(name)?;
    let SectorsSubject { folded, word } = subject;
    let read = format!("{}{name}{}", &folded[..word.start], &folded[word.end..]);
    indicator_of(&read).filter(|c| *c == want)
}

/// The code of a figure: the code of its subject, unless the figure is a level whose unit
/// measures something else than the code does (中欧班列累计货运量3.7万标箱 counts containers,
/// while `freight_volume` is tonnes; 粮食产量增加50个 is no harvest). Only the physical
/// dimensions are compared (currency, count, mass, energy, area, length): percent and `other`
/// levels (a rate written in days, an intensity) keep their code, unless the level is a count.
pub fn code_of_figure(subject: &str, measure: Measure, dimension: Dimension) -> Option<String> {
    // An aside in brackets (地方一般公共预算收入（同口径）, 居民消费价格指数（市辖区）) names no
    // other statistic.
    let bare;
    // (The bracket is looked for only in a subject that ends with one.)
    let open = if subject.ends_with('）') { find_char(subject, '（') } else { None };
    let subject = match open {
        Some(k) if k > 0 => {
            bare = &subject[..k];
            bare
        }
        _ => subject,
    };
    // A Latin name in brackets inside a subject (细颗粒物（PM2.5）浓度) is another name of the
    // word before it: the subject without it.
    let unnamed;
    let subject = match latin_aside(subject) {
        Some(r) => {
            unnamed = format!("{}{}", &subject[..r.start], &subject[r.end..]);
            unnamed.as_str()
        }
        None => subject,
    };
    let code = indicator_of(subject)?;
    let want = crate::lexicon::get().indicator(&code).map(|c| c.dimension);
    match want {
        Some(w) if measure == Measure::Amount && w.is_physical() && dimension.is_physical() && w != dimension => None,
        // A count is no rate, share or concentration (17个重点城市PM2.5均值下降16.9%: 17个 counts
        // the cities whose mean is measured).
        Some(Dimension::Percent | Dimension::Other) if measure == Measure::Amount && dimension == Dimension::Count => {
            None
        }
        _ => Some(code),
    }
}

/// The byte range of an aside in brackets inside `t` (not at its start or end) that holds a
/// Latin name: letters, digits and points, a letter among them (（PM2.5）, （GDP）).
fn latin_aside(t: &str) -> Option<std::ops::Range<usize>> {
    let open = find_char(t, '（').filter(|&k| k > 0)?;
    let inner_at = open + '（'.len_utf8();
    let close = inner_at + find_char(&t[inner_at..], '）')?;
    let end = close + '）'.len_utf8();
    let inner = &t[inner_at..close];
    let latin = !inner.is_empty()
        && inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
        && inner.chars().any(|c| c.is_ascii_alphabetic());
    (latin && end < t.len()).then_some(open..end)
}

/// The canonical form the lookup reads a subject or an alias in (per-unit and share
/// denominators written as their code's first alias): aliases that read the same are one.
pub fn canonical_form(s: &str) -> String {
    LINKER.canonical(&fold(s)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(indicator_of("全区居民人均可支配收入").as_deref(), Some("disposable_income"));
        assert_eq!(indicator_of("农村居民人均可支配收入").as_deref(), Some("disposable_income_rural"));
        assert_eq!(indicator_of("人均地区生产总值").as_deref(), Some("gdp_per_capita"));
        assert_eq!(indicator_of("战新制造业占规模以上工业总产值比重"), None);
        assert_eq!(indicator_of("规模以上工业总产值").as_deref(), Some("industrial_output"));
        assert_eq!(indicator_of("区本级固定资产投资").as_deref(), Some("fixed_asset_investment"));
        assert_eq!(indicator_of("区本级全社会固定资产投资额").as_deref(), Some("fixed_asset_investment"));
        assert_eq!(indicator_of("工业固定资产投资"), None);
        assert_eq!(latin_aside("细颗粒物（PM2.5）浓度"), Some(12..23));
        assert_eq!(latin_aside("地方一般公共预算收入（同口径）"), None);
        assert_eq!(latin_aside("细颗粒物（PM2.5）"), None);
        assert_eq!(indicator_of("农民人均纯收入"), None);
        assert_eq!(indicator_of("PM_2.5浓度").as_deref(), Some("pm25"));
        assert_eq!(indicator_of("工业投资"), None);
    }

    /// A run ending like a place is no place when it holds a measure (增加值达到全省经济总量的50%
    /// gave `增加值全省经济总量` the code gdp); a verb before a scope word still reads as one.
    #[test]
    fn measure_before_a_scope_word_is_no_place() {
        assert_eq!(indicator_of("增加值全省经济总量"), None);
        assert_eq!(indicator_of("带动全区固定资产投资").as_deref(), Some("fixed_asset_investment"));
    }

    /// A lone place character before 的 ends a list of places, no government's name (绥芬河、黑河等
    /// 19个沿边市、县的进出口总额 gave `县的进出口总额` the code foreign_trade).
    #[test]
    fn lone_place_before_de_is_no_scope() {
        assert_eq!(indicator_of("县的进出口总额"), None);
        assert_eq!(indicator_of("全省的进出口总额").as_deref(), Some("foreign_trade"));
    }

    /// Aliases of any length link (研究与试验发展经费投入占地区生产总值比重 has 20 characters).
    #[test]
    fn long_aliases_link() {
        for s in ["全社会研究与试验发展经费投入占地区生产总值比重", "研究与试验发展经费支出占地区生产总值比重"]
        {
            assert_eq!(indicator_of(s).as_deref(), Some("rd_intensity"), "{s}");
        }
    }

    /// Other names of coded statistics (issue 10, round 9).
    #[test]
    fn other_names_round_nine() {
        for (s, code) in [
            ("消费品零售总额", "retail_sales"),
            ("社会固定资产投资", "fixed_asset_investment"),
            ("实际到账外资", "foreign_investment"),
            ("物价", "cpi"),
            ("居民消费价格上涨幅度", "cpi"),
            ("万元地区生产总值二氧化碳排放量", "carbon_intensity"),
        ] {
            assert_eq!(indicator_of(s).as_deref(), Some(code), "{s}");
        }
        assert_eq!(indicator_of("农村消费品零售总额"), None);
    }

    /// A level whose physical unit is not what its code measures gets no code; a rate, a
    /// percent level or an `other` unit keeps it.
    #[test]
    fn figure_codes_check_the_dimension() {
        use Dimension::*;
        use Measure::*;
        assert_eq!(code_of_figure("地区生产总值", Amount, Currency).as_deref(), Some("gdp"));
        assert_eq!(code_of_figure("县市地区生产总值", Amount, Count), None);
        assert_eq!(code_of_figure("地区生产总值", GrowthRate, Percent).as_deref(), Some("gdp"));
        assert_eq!(code_of_figure("货运量", Amount, Count), None);
        assert_eq!(code_of_figure("货运量", Amount, Mass).as_deref(), Some("freight_volume"));
        assert_eq!(code_of_figure("空气质量优良天数", Amount, Time).as_deref(), Some("good_air_days"));
    }

    #[test]
    fn scope_before_an_alias() {
        for (subject, code) in [
            ("地方财政一般预算收入", "budget_revenue"),
            ("地方公共财政预算收入", "budget_revenue"),
            ("市县地方财政一般预算收入", "budget_revenue"),
            ("常住人口人均地区生产总值", "gdp_per_capita"),
            ("州直城镇居民人均可支配收入", "disposable_income_urban"),
            ("累计实际利用外资", "foreign_investment"),
            ("全社会研发投入强度", "rd_intensity"),
            ("城市环境空气质量良好以上天数", "good_air_days"),
            ("地级及以上城市空气质量优良天数比例", "good_air_days"),
            ("市一般公共预算收入", "budget_revenue"),
        ] {
            assert_eq!(indicator_of(subject).as_deref(), Some(code), "{subject}");
        }
        // A development zone is a part of the region, not scope (block words).
        assert_eq!(indicator_of("钦州港经济技术开发区地区生产总值"), None);
    }

    #[test]
    fn measure_words_after_an_alias() {
        assert_eq!(indicator_of("地方财政一般预算收入同口径").as_deref(), Some("budget_revenue"));
        assert_eq!(indicator_of("规模以上工业增加值增速").as_deref(), Some("industrial_value_added"));
        assert_eq!(indicator_of("全社会固定资产投资总额").as_deref(), Some("fixed_asset_investment"));
        assert_eq!(indicator_of("农村居民人均可支配收入年均").as_deref(), Some("disposable_income_rural"));
        // An inner word inside an alias is dropped where it stands.
        assert_eq!(indicator_of("城镇累计新增就业").as_deref(), Some("new_urban_jobs"));
        // A change word is kept: an absolute change is not the coded statistic.
        assert_eq!(indicator_of("常住人口城镇化率提高"), None);
        assert_eq!(indicator_of("社会消费品零售总额增速提高"), None);
    }

    #[test]
    fn per_unit_and_share_forms() {
        for s in ["单位GDP能耗", "万元生产总值能耗", "万元GDP综合能耗", "单位地区生产总值能源消耗"]
        {
            assert_eq!(indicator_of(s).as_deref(), Some("energy_intensity"), "{s}");
        }
        for s in [
            "研发经费支出占GDP比重",
            "全社会研发费用占地区生产总值比重",
            "全社会研发经费支出相当于全市生产总值的比例",
            "Ｒ＆Ｄ经费支出占ＧＤＰ比重",
        ] {
            assert_eq!(indicator_of(s).as_deref(), Some("rd_intensity"), "{s}");
        }
        assert_eq!(indicator_of("服务业增加值占地区生产总值比重"), None);
        assert_eq!(indicator_of("民生支出占一般公共预算支出比重"), None);
    }

    #[test]
    fn modifiers_that_change_the_statistic_do_not_link() {
        for s in [
            "出口总额",
            "外贸出口总额",
            "农民人均纯收入",
            "农村居民人均纯收入",
            "财政总收入",
            "地方财政总收入",
            "全口径财政收入",
            "工业固定资产投资",
            "制造业利用外资",
            "户籍人口城镇化率",
            "国内旅游收入",
            "海洋生产总值",
            "园区固定资产投资",
            "来源于深圳辖区的一般公共预算收入",
            "研发经费投入",
            "成都平原经济区经济总量",
            "综保区进出口总值",
        ] {
            assert_eq!(indicator_of(s), None, "{s}");
        }
    }

    /// Aliases that read the same once their denominators are canonical name one code.
    #[test]
    fn no_two_codes_share_a_canonical_alias() {
        let mut seen: HashMap<String, &str> = HashMap::new();
        for a in &crate::lexicon::get().indicator_aliases {
            if let Some(other) = seen.insert(canonical_form(&a.alias), &a.code) {
                assert_eq!(other, a.code, "{} reads as an alias of {other} too", a.alias);
            }
        }
    }

    #[test]
    fn canonical_denominators() {
        assert_eq!(canonical_form("单位GDP能耗"), "单位地区生产总值能耗");
        assert_eq!(canonical_form("万元生产总值能耗"), "单位地区生产总值能耗");
        assert_eq!(canonical_form("研发经费支出占GDP的比重"), "研发经费支出占地区生产总值比重");
        assert_eq!(canonical_form("Ｒ＆Ｄ经费支出相当于全市ＧＤＰ比例"), "R&D经费支出占地区生产总值比重");
        assert_eq!(canonical_form("占地面积"), "占地面积");
        assert_eq!(canonical_form("500万元以上项目"), "500万元以上项目");
    }
}
