//! Values, units and measures: a recognised quantity becomes a [`Mention`] with its value in
//! base units (亿元 → 元, 成 → %), the qualifier shared by joined figures, and its measure (a
//! level, a growth rate, an average growth rate or a ratio) and sign from the words before it.

use super::clause::{between, left_of, strip_links, strip_separator};
use super::mention::Mention;
use super::numbers::Script;
use super::recognise::{Candidate, recognise};
use std::sync::LazyLock;

use super::vocabulary::{WORDS, pattern_words, role, yield_change_end};
use crate::lexicon::SubjectRole;
use crate::vocab::{Dimension, Measure, Qualifier};

/// Turn a recognised quantity into a mention (values and units; measure and subject later).
fn to_mention(s: &str, f: &Candidate) -> Mention {
    let r = &f.r;
    let u = f.borrowed.as_ref().unwrap_or(r);
    let n = &r.num;
    let end = f.ratio_end.unwrap_or(r.end);
    let (unit, unit_base, dimension, power) = if f.ratio_end.is_some() {
        (s[n.end..end].to_string(), "倍".to_string(), Dimension::Other, 0)
    } else if let Some(e) = u.entry
        && !u.per.is_empty()
    {
        // A rate per unit (30万吨/日: 3e5 吨/日): its own unit, of no dimension of the list.
        let unit = format!("{}{}{}", u.mult_text, u.unit_text, u.per);
        (unit, format!("{}{}", e.base, u.per), Dimension::Other, u.mult + e.power)
    } else if let Some(e) = u.entry {
        (format!("{}{}", u.mult_text, u.unit_text), e.base.clone(), e.dimension, u.mult + e.power)
    } else if n.script == Script::Percent {
        ("%".to_string(), "%".to_string(), Dimension::Percent, 0)
    } else if n.script == Script::Fraction {
        // 五分之一: value 0.2, unit 分之; in percent, 20.
        ("分之".to_string(), "%".to_string(), Dimension::Percent, 2)
    } else {
        (format!("{}{}", u.mult_text, u.unit_text), u.unknown_base.to_string(), u.unknown_dim, u.mult)
    };
    Mention {
        start: n.start,
        end,
        q_start: f.q_start,
        q_end: f.q_end.max(end),
        value: n.value.to_f64(),
        unit,
        value_base: n.value.scale(power).to_f64(),
        unit_base,
        dimension,
        measure: Measure::Amount,
        qualifier: f.qualifier.qualifier(),
        subject: None,
        indicator: None,
        range_hi: f.range_hi,
    }
}

/// Recognise the quantities of a text range (no subject, period or status yet).
pub fn mentions(s: &str, range: std::ops::Range<usize>) -> Vec<Mention> {
    let found = recognise(s, range);
    let mut ms: Vec<Mention> = found.iter().map(|f| to_mention(s, f)).collect();
    share_list_qualifiers(s, &found, &mut ms);
    measures(s, &mut ms);
    ms
}

/// Whether figures `i` and `i + 1` are items of one list: joined by 和, 、, 或 or 及 alone, of
/// the same base unit, the second no high end of a range.
fn joined_items(s: &str, ms: &[Mention], i: usize) -> bool {
    let gap = between(s, ms[i].q_end, ms[i + 1].q_start).trim_matches(crate::lang::chars::is_inline_space);
    matches!(gap, "和" | "、" | "或" | "及") && ms[i].unit_base == ms[i + 1].unit_base && !ms[i + 1].range_hi
}

/// A qualifier written once for a list of figures governs every item with none of its own.
/// After the last item (保持在90%和98%以上, 分别提高到20%、42%和25%左右) it reaches back over
/// the list; before the first (分别突破350亿元和200亿元, 参保率分别超过98%、95%) it reaches
/// forward.
fn share_list_qualifiers(s: &str, found: &[Candidate], ms: &mut [Mention]) {
    // Items with no qualifier of their own, as written (before any is shared).
    let plain: Vec<bool> = (0..ms.len())
        .map(|k| ms[k].qualifier == Qualifier::Exact && found[k].r.after.is_none() && ms[k].q_start == ms[k].start)
        .collect();
    let mut tail: Option<Qualifier> = None;
    for i in (0..ms.len().saturating_sub(1)).rev() {
        if let Some((e, _)) = found[i + 1].r.after {
            tail = Some(e.qualifier());
        } else if !plain[i + 1] {
            tail = None;
        }
        match tail {
            Some(q) if joined_items(s, ms, i) && plain[i] => ms[i].qualifier = q,
            _ => tail = None,
        }
    }
    for i in 0..ms.len().saturating_sub(1) {
        let opens = found[i].r.after.is_none() && ms[i].q_start < ms[i].start && ms[i].qualifier != Qualifier::Exact;
        let carried = i > 0 && joined_items(s, ms, i - 1) && ms[i].qualifier == ms[i - 1].qualifier;
        if (opens || carried) && ms[i].qualifier != Qualifier::Exact && joined_items(s, ms, i) && plain[i + 1] {
            ms[i + 1].qualifier = ms[i].qualifier;
        }
    }
}

/// The `pooled` words of `dict/subject_words.tsv` (平均下降, 平均提高): pattern words, not in the
/// word table, so that the longest growth or decline word is still found inside them.
static POOLED: LazyLock<Vec<String>> = LazyLock::new(|| pattern_words(SubjectRole::Pooled));

/// The measure of a percent figure from the words before it, and whether it falls.
fn growth_of(left: &str) -> Option<(Measure, bool)> {
    let t = strip_links(left.trim_end());
    if WORDS.suffix(t, role::LEVEL).is_some() {
        return None;
    }
    // 粮食产量13908亿斤，增产1.3%: a rise of output over the year before, a growth rate.
    if yield_change_end(t).is_some() {
        return Some((Measure::GrowthRate, false));
    }
    let l = WORDS.suffix(t, role::GROWTH | role::DECLINE)?;
    let word = &t[t.len() - l..];
    let down = WORDS.has(word, role::DECLINE) && !WORDS.has(word, role::GROWTH);
    let rest = &t[..t.len() - l];
    let avg = WORDS.suffix(rest, role::AVG).or_else(|| WORDS.suffix(strip_links(rest), role::AVG));
    // 平均 alone before a fall or a raise (价格平均下降30%, 薪酬平均提高18.6%, 时限平均压缩50%)
    // averages over items, not years: the change itself. 年平均 and 平均每年 stay yearly.
    let pooled = POOLED.iter().any(|p| t.ends_with(p.as_str()) && avg == Some(p.len() - l));
    let avg = avg.is_some() && !pooled;
    Some((if avg { Measure::AvgGrowthRate } else { Measure::GrowthRate }, down))
}

/// Does figure `m` raise the goal set by the growth rate `p` just before it, with only a goal
/// word between them (增长7%、力争7.5%; 增长5.5%以上，争取达到6%)? Then it is a rate of the
/// same kind: the goal word (`lead` or `steer` in dict/subject_words.tsv) governs no noun.
fn raises_goal(s: &str, p: &Mention, m: &Mention) -> bool {
    if p.dimension != Dimension::Percent || !matches!(p.measure, Measure::GrowthRate | Measure::AvgGrowthRate) {
        return false;
    }
    let Some(gap) = s.get(p.q_end..m.q_start) else { return false };
    let t = strip_links(gap.trim_start_matches(['、', '，', ',', ' ']));
    match WORDS.suffix(t, role::LEAD | role::STEER) {
        Some(l) => l == t.len(),
        None => false,
    }
}

/// Fill `measure` (and the sign of `value_base` for falling rates) from the words before
/// each figure. A figure that directly continues a list (8.1%、9.2%) shares the measure of
/// the one before.
pub fn measures(s: &str, ms: &mut [Mention]) {
    for i in 0..ms.len() {
        let (from, after_prev) = left_of(s, ms, i, None);
        let left = &s[from..ms[i].q_start];
        let m = &ms[i];
        let (measure, down) = match m.unit_base.as_str() {
            _ if m.range_hi && i > 0 => (ms[i - 1].measure, ms[i - 1].value_base < 0.0),
            // A fraction is a share (the contract): 占全省四分之一, and also 压减1/3.
            _ if m.unit == "分之" => (Measure::Ratio, false),
            "%" | "‰" => match growth_of(left) {
                Some(g) => g,
                None => {
                    let (rest, _) = strip_separator(left);
                    if after_prev && strip_links(rest).is_empty() && ms[i - 1].dimension == Dimension::Percent {
                        (ms[i - 1].measure, ms[i - 1].value_base < 0.0)
                    } else if let Some(p) = i.checked_sub(1).map(|j| &ms[j]).filter(|p| raises_goal(s, p, &ms[i])) {
                        (p.measure, p.value_base < 0.0)
                    } else {
                        (Measure::Ratio, false)
                    }
                }
            },
            "倍" => (Measure::Ratio, false),
            _ => (Measure::Amount, false),
        };
        let m = &mut ms[i];
        m.measure = measure;
        if down && measure != Measure::Ratio && m.value_base > 0.0 {
            m.value_base = -m.value_base;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(s: &str) -> Vec<(String, f64, String, f64, String, &'static str)> {
        mentions(s, 0..s.len())
            .into_iter()
            .map(|m| (s[m.start..m.end].to_string(), m.value, m.unit, m.value_base, m.unit_base, m.qualifier.as_str()))
            .collect()
    }

    fn surfaces(s: &str) -> Vec<String> {
        rows(s).into_iter().map(|r| r.0).collect()
    }

    #[test]
    fn units_and_multipliers() {
        let r = rows("实现地区生产总值310.4亿元、增长8.8%。");
        assert_eq!(r[0], ("310.4亿元".into(), 310.4, "亿元".into(), 3.104e10, "元".into(), "exact"));
        assert_eq!(r[1].0, "8.8%");
        let r = rows("累计接种90余万剂次，改造棚户区5300余户。");
        assert_eq!(r[0], ("90余万剂次".into(), 90.0, "万剂次".into(), 900000.0, "剂次".into(), "at_least"));
        assert_eq!(r[1], ("5300余户".into(), 5300.0, "户".into(), 5300.0, "户".into(), "at_least"));
        let r = rows("惠及6600多万纳税人。");
        assert_eq!(r[0], ("6600多万纳税人".into(), 6600.0, "万纳税人".into(), 6.6e7, "人".into(), "at_least"));
        let r = rows("装机达到3.5万千瓦，发电1.2亿千瓦时。");
        assert_eq!(r[0].2, "万千瓦");
        assert_eq!(r[0].4, "千瓦");
        assert_eq!(r[1].3, 1.2e8);
        let r = rows("占比近三成。");
        assert_eq!(r[0], ("三成".into(), 3.0, "成".into(), 30.0, "%".into(), "approx"));
        let r = rows("提高1.5个百分点。");
        assert_eq!(r[0].4, "百分点");
        let r = rows("城乡居民收入比缩小到2.3∶1。");
        assert_eq!(r[0].0, "2.3∶1");
        assert_eq!(r[0].4, "倍");
        let r = rows("占全省五分之一，总量占全国近1/3。");
        assert_eq!(r[0], ("五分之一".into(), 0.2, "分之".into(), 20.0, "%".into(), "exact"));
        assert_eq!(r[1].0, "1/3");
        assert_eq!((r[1].3, r[1].5), (33.3333, "approx"));
        let ms = mentions("压减1/3。", 0.."压减1/3。".len());
        assert_eq!((ms[0].measure, ms[0].value_base), (Measure::Ratio, 33.3333));
        // One space between a number and its unit or qualifier, as some texts set them.
        let r = rows("外贸进出口总额突破 7 亿美元，粮食总产量283 万吨。");
        assert_eq!(r[0], ("7 亿美元".into(), 7.0, "亿美元".into(), 7e8, "美元".into(), "at_least"));
        assert_eq!(r[1].0, "283 万吨");
        assert!(rows("建成2  亿元").is_empty(), "two blanks join nothing");
        let r = rows("改造 1.5 万 户。");
        assert_eq!(r[0], ("1.5 万 户".into(), 1.5, "万户".into(), 15000.0, "户".into(), "exact"));
        // And one space before a qualifier after the unit (楚雄 2016: 增长 30% 左右).
        let r = rows("增长 30% 左右，控制在 4.5% 以内，保持在7.6‰ 以内，达 60% 以上。");
        let q: Vec<&str> = r.iter().map(|x| x.5).collect();
        assert_eq!(q, ["approx", "at_most", "at_most", "at_least"]);
        // A spaced list of growth rates: each is a growth rate (楚雄 2016: 分别增长 9% 和 10.5%).
        let ms = mentions(
            "分别增长 9% 和 10.5% ，年均分别增长 30.2% 、 15.1% 。",
            0.."分别增长 9% 和 10.5% ，年均分别增长 30.2% 、 15.1% 。".len(),
        );
        let m: Vec<Measure> = ms.iter().map(|m| m.measure).collect();
        assert_eq!(m, [Measure::GrowthRate, Measure::GrowthRate, Measure::AvgGrowthRate, Measure::AvgGrowthRate]);
        let r = rows("占比达到百分之五。");
        assert_eq!(r[0].4, "%");
        assert_eq!(r[0].1, 5.0);
    }

    /// A goal raised after a growth rate is a growth rate too (增长7%、力争7.5%); a share after
    /// a goal word is not (力争占比达到30%).
    #[test]
    fn a_goal_raised_after_a_growth_rate_keeps_its_measure() {
        let measures = |s: &str| mentions(s, 0..s.len()).into_iter().map(|m| m.measure).collect::<Vec<_>>();
        use Measure::{AvgGrowthRate, GrowthRate, Ratio};
        assert_eq!(measures("地区生产总值增长7%、力争7.5%。"), [GrowthRate, GrowthRate]);
        assert_eq!(measures("地区生产总值增长5.5%以上，争取达到6%。"), [GrowthRate, GrowthRate]);
        assert_eq!(measures("社会消费品零售总额年均增长9%、力争10%。"), [AvgGrowthRate, AvgGrowthRate]);
        assert_eq!(measures("投资增长8%，力争服务业占比达到50%。"), [GrowthRate, Ratio]);
        assert_eq!(measures("森林覆盖率达到60%、力争62%。"), [Ratio, Ratio]);
    }

    #[test]
    fn exclusions() {
        assert!(surfaces("第十四届人民代表大会第一次会议").is_empty());
        assert!(surfaces("轨道5号线、18号线，海康威视二期建成").is_empty());
        assert!(surfaces("2022年1月9日，中国共产党成立100周年").is_empty());
        assert!(surfaces("构建五大百亿级产业集群，实施“十四五”规划").is_empty());
        assert!(surfaces("其中10亿元以上项目").is_empty());
        assert!(surfaces("打造15分钟社区生活圈").is_empty());
        assert!(surfaces("连续5年居全市前列，连续三届入围").is_empty());
        assert!(surfaces("建设一批重点项目，锤炼一支队伍").is_empty());
        assert!(surfaces("今后五年，五年来，国有企业改革三年行动").is_empty());
        assert!(surfaces("PM2.5平均浓度，5G基站，千家万户，万吨冷储").is_empty());
        assert!(surfaces("重点做好以下六个方面工作").is_empty());
        // A slogan of the form N位一体 (三位一体, 市五位一体公共活动中心) counts nothing.
        assert!(surfaces("坚持三位一体，建设市五位一体公共活动中心").is_empty());
        assert_eq!(surfaces("其中10亿元以上项目23个。"), vec!["23个"]);
        // A threshold followed by its count: only the count is a quantity.
        assert_eq!(surfaces("骨干企业达99户，其中10亿元以上8户，5 亿元以上 14 户。"), vec!["99户", "8户", "14 户"]);
        assert_eq!(surfaces("受教育年限达到11.2年。"), vec!["11.2年"]);
    }

    #[test]
    fn qualifiers_and_ranges() {
        let r = rows("增长5%—5.5%，新建6至8个，增长6%左右，突破350亿元，控制在3%以内。");
        let q: Vec<(&str, &str)> = r.iter().map(|x| (x.0.as_str(), x.5)).collect();
        assert_eq!(
            q,
            vec![
                ("5%", "at_least"),
                ("5.5%", "at_most"),
                ("6", "at_least"),
                ("8个", "at_most"),
                ("6%", "approx"),
                ("350亿元", "at_least"),
                ("3%", "at_most")
            ]
        );
        assert_eq!(r[2].2, "个");
        let r = rows("用工人数上千万人。");
        assert_eq!(r[0].5, "at_least");
        assert_eq!(r[0].3, 1e7);
    }
}
