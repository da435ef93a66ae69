//! `targets`: each target a region set for year Y against the result it reported for Y.
//!
//! A target for Y is an `indicators` row with status `target` and `period_end` = Y, stated in
//! a report of year Y or earlier (the annual report of Y, or a multi-year plan ending in Y).
//! An actual for Y is a row with status `actual` and `period_end` = Y from a report of a later
//! year (usually Y+1): a report cannot state the result of the year it opens, so an `actual`
//! for Y in the report of Y is a mis-dated figure and is left out. Both sides are keyed on
//! (region, indicator, measure, year); a row without an indicator code is keyed on its subject
//! instead and can only meet a row with the identical subject (`match` = `subject`).
//!
//! When several actuals qualify, the first in this order wins, so reruns agree:
//! 1. the same period as the target (2025–2025 for an annual target; 2021–2025 for a
//!    five-year average), 2. a single-year period, 3. the same `unit_base`, 4. the report
//!    nearest to Y+1, 5. `doc_id`, then `char_start` (the first mention in the report, which in
//!    a review is the headline figure).
//!
//! A subject is a key only when it names one figure: a subject stated more than once for the
//! same year and measure in one report (投资, 项目 — generic words, or a list) is ambiguous, so
//! such a target stays unpaired and such actuals are not candidates.
//!
//! Each target sets a band (see [`band`]); `outcome` says where the actual falls against it
//! (below, within, above) and `met` reads that outcome in the indicator's desirable direction
//! (see [`judge`]), declared per code in `dict/indicator_codes.tsv` (`direction`, read through
//! the lexicon).

use std::path::Path;

use polars::prelude::*;

use super::{CrossError, column_values, document_regions, find_table, scan};
use crate::lexicon::{self, Direction};
use crate::model::Value;
use crate::schema;
use crate::vocab::{Outcome, Qualifier, TargetMatch, Term};

/// Half-width of the band around an `approx` rate target (values in %): ±0.5 percentage point.
pub const APPROX_RATE_PP: f64 = 0.5;
/// Half-width of the band around an `approx` target that is not a rate: ±5 % of the target.
pub const APPROX_AMOUNT_REL: f64 = 0.05;
/// Slack for the binary representation of decimal figures (relative).
const EPS: f64 = 1e-9;

/// Key columns shared by targets and actuals.
const KEYS: [&str; 5] = ["region", "k_ind", "k_subj", "measure", "year"];

/// The tolerance of an `exact` or `approx` target, in its base unit.
///
/// An exact target is met when the result equals it at the precision it is written with:
/// `增长21%` covers 20.5–21.5, `增长7.5%` 7.45–7.55, `240亿元` 239.5–240.5亿元 (half a unit of
/// the last digit written). An approx target (左右, 约, 近) widens that to at least ±0.5
/// percentage point for rates (unit_base `%`) and ±5 % of the target for other units.
pub fn tolerance(qualifier: Qualifier, unit_base: &str, value: f64, value_base: f64) -> f64 {
    let scale = if value != 0.0 { (value_base / value).abs() } else { 1.0 };
    let precision = 0.5 * 10f64.powi(-decimals(value)) * scale;
    match qualifier {
        Qualifier::Approx if unit_base == "%" => precision.max(APPROX_RATE_PP),
        Qualifier::Approx => precision.max(APPROX_AMOUNT_REL * value_base.abs()),
        _ => precision,
    }
}

/// Digits after the decimal point of a figure as written (its shortest decimal form).
fn decimals(v: f64) -> i32 {
    let s = v.abs().to_string();
    s.split_once('.').map_or(0, |(_, frac)| frac.len() as i32)
}

/// The desirable direction of an indicator code (`direction` of `dict/indicator_codes.tsv`:
/// GDP, income and jobs up; prices, unemployment, energy intensity and PM2.5 down); `None`
/// when the code declares none or is unknown (and for rows matched on their subject, which
/// have no code).
pub fn direction(code: &str) -> Option<Direction> {
    lexicon::get().indicator(code).and_then(|c| c.direction)
}

/// The band a target sets, in its base unit: `(low, high)`, either end possibly infinite.
///
/// `exact` and `approx`: the target ± [`tolerance`]. `at_least`: [target, ∞); `at_most`:
/// (−∞, target]. A decrease stated with a bound (下降3%以上: value 3, value_base −3) bounds
/// the size of the fall, so the band turns round: 下降3%以上 is (−∞, −3], 下降不超过3% is
/// [−3, ∞).
pub fn band(qualifier: Qualifier, unit_base: &str, value: f64, value_base: f64) -> (f64, f64) {
    let turned = value != 0.0 && value_base != 0.0 && (value < 0.0) != (value_base < 0.0);
    let (lower_bound, upper_bound) = match qualifier {
        Qualifier::AtLeast => (!turned, turned),
        Qualifier::AtMost => (turned, !turned),
        Qualifier::Exact | Qualifier::Approx => (false, false),
    };
    if lower_bound {
        (value_base, f64::INFINITY)
    } else if upper_bound {
        (f64::NEG_INFINITY, value_base)
    } else {
        let t = tolerance(qualifier, unit_base, value, value_base);
        (value_base - t, value_base + t)
    }
}

/// What [`judge`] says of one target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Judgement {
    /// actual − target, in the base unit.
    pub gap: Option<f64>,
    /// Where the actual falls against the target's [`band`].
    pub outcome: Option<Outcome>,
    /// Whether the target was met: within the band, or outside it on the side the indicator
    /// should move to.
    pub met: Option<bool>,
}

/// `a − b` rounded to the decimal places written in `a` and `b` (their shortest forms): the
/// figures are decimals as the reports write them, and their difference is one too (5.4 − 5.0
/// is 0.4, not the 0.40000000000000036 of binary floating point).
fn difference(a: f64, b: f64) -> f64 {
    let places = |x: f64| format!("{x}").split_once('.').map_or(0, |(_, f)| f.len());
    let p = 10f64.powi(places(a).max(places(b)).min(15) as i32);
    ((a - b) * p).round() / p
}

/// Judge a target (qualifier, unit, value as written, value in base unit) against its actual.
///
/// `outcome` is where the actual falls against the [`band`]; `met` is true within the band,
/// and outside it true on the desirable side of the indicator's [`direction`] (above for
/// GDP: growth of 6.2% against an exact 5% is met; below for CPI: 1% against 3%左右 is met),
/// false on the other side, and null when the direction is unknown. All three are null when
/// there is no actual or the two figures are in different base units; outcome and met are also
/// null for a qualifier that is not one of the schema's (`None`: a hand-edited file).
pub fn judge(
    qualifier: Option<Qualifier>,
    unit_base: &str,
    value: f64,
    target: f64,
    actual: Option<(f64, &str)>,
    direction: Option<Direction>,
) -> Judgement {
    let none = Judgement { gap: None, outcome: None, met: None };
    let Some((actual, actual_unit)) = actual else { return none };
    if actual_unit != unit_base {
        return none;
    }
    let gap = Some(difference(actual, target));
    let Some(qualifier) = qualifier else { return Judgement { gap, ..none } };
    let (low, high) = band(qualifier, unit_base, value, target);
    let slack = EPS * target.abs().max(actual.abs()).max(1.0);
    let outcome = if actual < low - slack {
        Outcome::Below
    } else if actual > high + slack {
        Outcome::Above
    } else {
        Outcome::Within
    };
    let met = match (outcome, direction) {
        (Outcome::Within, _) => Some(true),
        (_, None) => None,
        (Outcome::Above, Some(d)) => Some(d == Direction::Up),
        (Outcome::Below, Some(d)) => Some(d == Direction::Down),
    };
    Judgement { gap, outcome: Some(outcome), met }
}

/// The lazy plan: targets left-joined with their candidate actuals, the best actual kept.
fn plan(dir: &Path) -> Result<LazyFrame, CrossError> {
    let file = find_table(dir, "indicators")
        .ok_or_else(|| CrossError::MissingTable { dir: dir.to_path_buf(), table: "indicators".into() })?;
    let docs = document_regions(dir)?;
    let str_null = || lit(NULL).cast(DataType::String);
    let n_same = len()
        .over([col("doc_id"), col("status"), col("k_ind"), col("k_subj"), col("measure"), col("year")])
        .map_err(|e| CrossError::Invalid { path: file.path.clone(), detail: e.to_string() })?
        .alias("n_same");
    let rows = scan(&file, Some(schema::table("indicators")))?
        .select(
            [
                "doc_id",
                "char_start",
                "subject",
                "indicator",
                "measure",
                "value",
                "value_base",
                "unit_base",
                "qualifier",
                "period_start",
                "period_end",
                "status",
            ]
            .map(col),
        )
        .join(docs.lazy(), [col("doc_id")], [col("doc_id")], JoinArgs::new(JoinType::Inner))
        .filter(
            col("region")
                .is_not_null()
                .and(col("period_end").is_not_null())
                .and(col("indicator").is_not_null().or(col("subject").is_not_null())),
        )
        .with_columns([
            col("period_end").cast(DataType::Int64).alias("year"),
            col("period_start").cast(DataType::Int64),
            col("char_start").cast(DataType::Int64),
            col("indicator").alias("k_ind"),
            when(col("indicator").is_null()).then(col("subject")).otherwise(str_null()).alias("k_subj"),
        ])
        .with_column(n_same)
        // A subject stated more than once for one year and measure in one report (投资, 项目)
        // names no single figure: it is not a key.
        .with_column(
            when(col("k_ind").is_null().and(col("n_same").gt(lit(1))))
                .then(str_null())
                .otherwise(col("k_subj"))
                .alias("k_subj"),
        );
    let keys: Vec<Expr> = KEYS.map(col).to_vec();
    let side = |prefix: &str, names: &[&str]| -> Vec<Expr> {
        keys.iter().cloned().chain(names.iter().map(|n| col(*n).alias(format!("{prefix}{n}")))).collect()
    };
    let targets = rows
        .clone()
        .filter(
            col("status").eq(lit("target")).and(col("report_year").is_null().or(col("report_year").lt_eq(col("year")))),
        )
        .select(side(
            "t_",
            &["subject", "unit_base", "value", "value_base", "qualifier", "doc_id", "char_start", "period_start"],
        ));
    let actuals = rows
        .filter(
            col("status")
                .eq(lit("actual"))
                .and(col("report_year").is_null().or(col("report_year").gt(col("year"))))
                .and(col("k_ind").is_not_null().or(col("k_subj").is_not_null())),
        )
        .select(side(
            "a_",
            &["unit_base", "value_base", "doc_id", "char_start", "period_start", "period_end", "report_year"],
        ));
    let mut args = JoinArgs::new(JoinType::Left);
    // Subject-keyed rows have a null indicator key, indicator-keyed rows a null subject key.
    args.nulls_equal = true;
    let distance = col("a_report_year") - col("year") - lit(1i64);
    let ranked = targets.join(actuals, keys.clone(), keys, args).with_columns([
        col("a_period_start").eq(col("t_period_start")).not().alias("r_period"),
        col("a_period_start").neq(col("a_period_end")).alias("r_single"),
        col("a_unit_base").neq(col("t_unit_base")).alias("r_unit"),
        when(distance.clone().lt(lit(0i64))).then(lit(0i64) - distance.clone()).otherwise(distance).alias("r_report"),
    ]);
    let order = SortMultipleOptions::default().with_nulls_last(true).with_maintain_order(true);
    Ok(ranked
        .sort(
            ["t_doc_id", "t_char_start", "r_period", "r_single", "r_unit", "r_report", "a_doc_id", "a_char_start"],
            order.clone(),
        )
        .unique_stable_generic(Some(vec![col("t_doc_id"), col("t_char_start")]), UniqueKeepStrategy::First)
        .sort(["region", "year", "t_doc_id", "t_char_start", "measure"], order))
}

/// The `targets` rows of an output folder, in schema order, sorted by region, year, then
/// the target's place (doc_id, char_start).
pub fn compute(dir: &Path) -> Result<Vec<Vec<Value>>, CrossError> {
    let df = plan(dir)?
        .collect()
        .map_err(|e| CrossError::Read { path: dir.join("indicators.parquet"), detail: e.to_string() })?;
    rows(&df).map_err(|e| CrossError::Invalid { path: dir.to_path_buf(), detail: e.to_string() })
}

/// Turn the joined frame into table rows, judging each target.
fn rows(df: &DataFrame) -> PolarsResult<Vec<Vec<Value>>> {
    let get = |name: &str| -> PolarsResult<Vec<Value>> { column_values(df.column(name)?) };
    let [
        region,
        k_ind,
        measure,
        year,
        t_subject,
        t_unit,
        t_value,
        t_base,
        t_qual,
        t_doc,
        t_start,
        a_base,
        a_unit,
        a_doc,
        a_start,
    ] = [
        "region",
        "k_ind",
        "measure",
        "year",
        "t_subject",
        "t_unit_base",
        "t_value",
        "t_value_base",
        "t_qualifier",
        "t_doc_id",
        "t_char_start",
        "a_value_base",
        "a_unit_base",
        "a_doc_id",
        "a_char_start",
    ]
    .map(get);
    let [
        region,
        k_ind,
        measure,
        year,
        t_subject,
        t_unit,
        t_value,
        t_base,
        t_qual,
        t_doc,
        t_start,
        a_base,
        a_unit,
        a_doc,
        a_start,
    ] = [
        region?, k_ind?, measure?, year?, t_subject?, t_unit?, t_value?, t_base?, t_qual?, t_doc?, t_start?, a_base?,
        a_unit?, a_doc?, a_start?,
    ];
    let text = |v: &Value| match v {
        Value::Str(s) => s.clone(),
        _ => String::new(),
    };
    let num = |v: &Value| match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        _ => None,
    };
    let mut out = Vec::with_capacity(df.height());
    for i in 0..df.height() {
        let (Some(target), Some(value)) = (num(&t_base[i]), num(&t_value[i])) else { continue };
        let unit = text(&t_unit[i]);
        let a_unit_s = text(&a_unit[i]);
        let actual = num(&a_base[i]).map(|a| (a, a_unit_s.as_str()));
        let code = text(&k_ind[i]);
        let j = judge(Qualifier::parse(&text(&t_qual[i])), &unit, value, target, actual, direction(&code));
        // subject is required: a coded target whose subject was not captured shows its code.
        let subject = if matches!(t_subject[i], Value::Null) { k_ind[i].clone() } else { t_subject[i].clone() };
        let matched_on = if matches!(k_ind[i], Value::Null) { TargetMatch::Subject } else { TargetMatch::Indicator };
        out.push(vec![
            region[i].clone(),
            k_ind[i].clone(),
            subject,
            measure[i].clone(),
            year[i].clone(),
            t_unit[i].clone(),
            Value::Float(target),
            t_qual[i].clone(),
            t_doc[i].clone(),
            t_start[i].clone(),
            actual.map_or(Value::Null, |(a, _)| Value::Float(a)),
            a_doc[i].clone(),
            a_start[i].clone(),
            j.gap.map_or(Value::Null, Value::Float),
            j.outcome.map_or(Value::Null, |o| Value::Str(o.as_str().into())),
            j.met.map_or(Value::Null, Value::Bool),
            Value::Str(matched_on.as_str().into()),
        ]);
    }
    Ok(out)
}

/// Counts for the command's summary line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub rows: usize,
    pub with_actual: usize,
    pub below: usize,
    pub within: usize,
    pub above: usize,
    pub met: usize,
    pub not_met: usize,
}

/// Tally the rows written.
pub fn tally(rows: &[Vec<Value>]) -> Tally {
    let t = schema::table("targets");
    let idx = |n: &str| t.fields.iter().position(|f| f.name == n).expect("targets column");
    let (actual, outcome, met) = (idx("actual_value_base"), idx("outcome"), idx("met"));
    let mut out = Tally { rows: rows.len(), ..Tally::default() };
    for r in rows {
        out.with_actual += usize::from(!matches!(r[actual], Value::Null));
        match &r[outcome] {
            Value::Str(s) if s == "below" => out.below += 1,
            Value::Str(s) if s == "within" => out.within += 1,
            Value::Str(s) if s == "above" => out.above += 1,
            _ => {}
        }
        match r[met] {
            Value::Bool(true) => out.met += 1,
            Value::Bool(false) => out.not_met += 1,
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocumentRow, IndicatorRow, Record, Status};
    use crate::sink::{Format, WriteOptions, write_table};
    use crate::vocab::Dimension;

    #[test]
    fn output_columns_follow_the_schema() {
        let names = schema::table("targets").field_names();
        assert_eq!(names.len(), 17);
        assert_eq!(names[0], "region");
        assert_eq!(names[13..], ["gap", "outcome", "met", "match"]);
    }

    #[test]
    fn tolerance_is_the_written_precision_or_the_approx_band() {
        assert!((tolerance(Qualifier::Exact, "%", 21.0, 21.0) - 0.5).abs() < 1e-12);
        assert!((tolerance(Qualifier::Exact, "%", 7.5, 7.5) - 0.05).abs() < 1e-12);
        assert!((tolerance(Qualifier::Exact, "元", 240.0, 2.4e10) - 5e7).abs() < 1.0);
        assert!((tolerance(Qualifier::Approx, "%", 5.5, 5.5) - 0.5).abs() < 1e-12);
        assert!((tolerance(Qualifier::Approx, "元", 100.0, 1e10) - 5e8).abs() < 1.0);
        // A decrease (下降2%) has a negative base value; the band stays positive.
        assert!((tolerance(Qualifier::Exact, "%", 2.0, -2.0) - 0.5).abs() < 1e-12);
    }

    /// (outcome, met) of a judgement, as the columns read.
    fn om(j: Judgement) -> (Option<&'static str>, Option<bool>) {
        (j.outcome.map(Outcome::as_str), j.met)
    }

    const UP: Option<Direction> = Some(Direction::Up);
    const DOWN: Option<Direction> = Some(Direction::Down);

    #[test]
    fn bands_follow_the_qualifier() {
        assert_eq!(band(Qualifier::Exact, "%", 21.0, 21.0), (20.5, 21.5));
        assert_eq!(band(Qualifier::Approx, "%", 5.0, 5.0), (4.5, 5.5));
        assert_eq!(band(Qualifier::AtLeast, "%", 5.5, 5.5), (5.5, f64::INFINITY));
        assert_eq!(band(Qualifier::AtMost, "%", 5.5, 5.5), (f64::NEG_INFINITY, 5.5));
        // A bounded decrease bounds the size of the fall: 下降3%以上 is −3 or lower.
        assert_eq!(band(Qualifier::AtLeast, "%", 3.0, -3.0), (f64::NEG_INFINITY, -3.0));
        assert_eq!(band(Qualifier::AtMost, "%", 3.0, -3.0), (-3.0, f64::INFINITY));
    }

    #[test]
    fn outcome_is_where_the_actual_falls_and_met_reads_it_by_direction() {
        // 海拉尔区 2012: GDP growth target 21% (exact), reported 18.5%: below, not met.
        let j = judge(Some(Qualifier::Exact), "%", 21.0, 21.0, Some((18.5, "%")), UP);
        assert_eq!((j.gap, om(j)), (Some(-2.5), (Some("below"), Some(false))));
        // Far above an exact GDP target is above the band, and met: GDP should go up.
        assert_eq!(
            om(judge(Some(Qualifier::Exact), "%", 20.0, 20.0, Some((24.7, "%")), UP)),
            (Some("above"), Some(true))
        );
        // The same for a figure of unknown direction: above, and met cannot be said.
        assert_eq!(om(judge(Some(Qualifier::Exact), "%", 20.0, 20.0, Some((24.7, "%")), None)), (Some("above"), None));
        // ... but within the band it is met whatever the direction.
        assert_eq!(
            om(judge(Some(Qualifier::Exact), "%", 20.0, 20.0, Some((20.3, "%")), None)),
            (Some("within"), Some(true))
        );
        // The gap is as exact as the figures: 5.4 against 5.0 is 0.4.
        assert_eq!(
            judge(Some(Qualifier::Exact), "%", 5.0, 5.0, Some((5.4, "%")), None).gap.map(|g| g.to_string()),
            Some("0.4".into())
        );
        assert_eq!(difference(4.2, 5.0).to_string(), "-0.8");
        assert_eq!(difference(251_010_000_000.0, 240_000_000_000.0), 11_010_000_000.0);
        // CPI 3%左右 and prices rose 1%: below the band, met (prices should stay down).
        assert_eq!(
            om(judge(Some(Qualifier::Approx), "%", 3.0, 3.0, Some((1.0, "%")), DOWN)),
            (Some("below"), Some(true))
        );
        assert_eq!(
            om(judge(Some(Qualifier::Approx), "%", 3.0, 3.0, Some((3.6, "%")), DOWN)),
            (Some("above"), Some(false))
        );
        let j = judge(Some(Qualifier::Approx), "%", 5.0, 5.0, Some((5.4, "%")), UP);
        assert!((j.gap.unwrap() - 0.4).abs() < 1e-12);
        assert_eq!(om(j), (Some("within"), Some(true)));
        // The band's edge counts as within (吉林 2025: 5.5%左右, reported 5%).
        assert_eq!(
            om(judge(Some(Qualifier::Approx), "%", 5.5, 5.5, Some((5.0, "%")), UP)),
            (Some("within"), Some(true))
        );
        assert_eq!(
            om(judge(Some(Qualifier::Approx), "%", 5.0, 5.0, Some((4.1, "%")), UP)),
            (Some("below"), Some(false))
        );
        // at_least: [target, ∞), so never above; at_most: (−∞, target], never below.
        assert_eq!(
            om(judge(Some(Qualifier::AtLeast), "%", 5.5, 5.5, Some((5.5, "%")), UP)),
            (Some("within"), Some(true))
        );
        assert_eq!(
            om(judge(Some(Qualifier::AtLeast), "%", 5.5, 5.5, Some((9.0, "%")), UP)),
            (Some("within"), Some(true))
        );
        assert_eq!(
            om(judge(Some(Qualifier::AtLeast), "%", 5.5, 5.5, Some((5.4, "%")), UP)),
            (Some("below"), Some(false))
        );
        assert_eq!(om(judge(Some(Qualifier::AtLeast), "%", 5.5, 5.5, Some((5.4, "%")), None)), (Some("below"), None));
        // Unemployment 5.5%以内: 5.2% within, 5.6% above and not met.
        assert_eq!(
            om(judge(Some(Qualifier::AtMost), "%", 5.5, 5.5, Some((5.2, "%")), DOWN)),
            (Some("within"), Some(true))
        );
        assert_eq!(
            om(judge(Some(Qualifier::AtMost), "%", 5.5, 5.5, Some((5.6, "%")), DOWN)),
            (Some("above"), Some(false))
        );
        // Energy intensity 下降3%以上 (base −3): a fall of 4.1% is within, a fall of 1% above
        // the band (not enough of a fall), not met.
        assert_eq!(
            om(judge(Some(Qualifier::AtLeast), "%", 3.0, -3.0, Some((-4.1, "%")), DOWN)),
            (Some("within"), Some(true))
        );
        assert_eq!(
            om(judge(Some(Qualifier::AtLeast), "%", 3.0, -3.0, Some((-1.0, "%")), DOWN)),
            (Some("above"), Some(false))
        );
        // Not comparable: no actual, or different base units.
        assert_eq!(
            judge(Some(Qualifier::Exact), "%", 21.0, 21.0, None, UP),
            Judgement { gap: None, outcome: None, met: None }
        );
        assert_eq!(om(judge(Some(Qualifier::Exact), "元", 240.0, 2.4e10, Some((2.0, "人")), UP)), (None, None));
        // Figures that went through a multiplier compare without float noise.
        let j = judge(Some(Qualifier::Exact), "元", 310.4, 310.4 * 1e8, Some((3.104e10, "元")), UP);
        assert_eq!(om(j), (Some("within"), Some(true)));
    }

    #[test]
    fn directions_are_declared_per_code() {
        // The codes whose direction issue 12 named, as dict/indicator_codes.tsv declares them.
        let up = [
            "gdp",
            "gdp_per_capita",
            "industrial_output",
            "industrial_value_added",
            "fixed_asset_investment",
            "retail_sales",
            "disposable_income",
            "disposable_income_urban",
            "disposable_income_rural",
            "foreign_trade",
            "foreign_investment",
            "budget_revenue",
            "tax_revenue",
            "new_urban_jobs",
            "rd_intensity",
            "good_air_days",
            "forest_coverage",
            "tourism_revenue",
            "grain_output",
            "life_expectancy",
            "urbanization_rate",
            "private_investment",
        ];
        let down = ["unemployment_rate", "cpi", "energy_intensity", "carbon_intensity", "pm25"];
        for code in up {
            assert_eq!(direction(code), UP, "{code}");
        }
        for code in down {
            assert_eq!(direction(code), DOWN, "{code}");
        }
        // A code declared without a direction (it depends), an unknown code, no code.
        assert_eq!(direction("budget_expenditure"), None);
        assert_eq!(direction("population"), None);
        assert_eq!(direction(""), None);
    }

    #[test]
    fn an_unknown_qualifier_has_a_gap_but_no_outcome() {
        let j = judge(None, "%", 21.0, 21.0, Some((18.5, "%")), UP);
        assert_eq!(j, Judgement { gap: Some(-2.5), outcome: None, met: None });
    }

    fn doc(id: &str, region: &str, year: i32) -> Vec<Value> {
        DocumentRow {
            doc_id: id.into(),
            source_path: format!("{id}.txt"),
            source_sha256: String::new(),
            encoding: Some(crate::vocab::Encoding::Utf8),
            title: None,
            source_url: None,
            region: Some(region.into()),
            admin_level: None,
            report_year: Some(year),
            delivered_on: None,
            meeting: None,
            speaker: None,
            speaker_title: None,
            n_chars: 1000,
            status: crate::model::DocStatus::Ok,
            message: None,
        }
        .values()
    }

    /// A synthetic indicators row: (doc, char_start, subject, indicator, measure, value,
    /// value_base, unit_base, qualifier, period, status).
    #[allow(clippy::too_many_arguments)]
    fn ind(
        doc: &str,
        start: usize,
        subject: &str,
        indicator: Option<&str>,
        measure: &'static str,
        value_base: f64,
        unit_base: &str,
        qualifier: &'static str,
        period: (i32, i32),
        status: Status,
    ) -> IndicatorRow {
        IndicatorRow {
            doc_id: doc.into(),
            mention_id: 0,
            char_start: start,
            char_end: start + 3,
            surface: String::new(),
            section_id: None,
            sentence: "".into(),
            subject: Some(subject.into()),
            indicator: indicator.map(String::from),
            measure: measure.parse().expect("a measure"),
            value: if unit_base == "元" { value_base / 1e8 } else { value_base },
            unit: if unit_base == "元" { "亿元".into() } else { unit_base.into() },
            value_base,
            unit_base: unit_base.into(),
            dimension: if unit_base == "%" { Dimension::Percent } else { Dimension::Currency },
            qualifier: qualifier.parse().expect("a qualifier"),
            period_start: Some(period.0),
            period_end: Some(period.1),
            status,
        }
    }

    /// Write a folder as `gwr extract` would (Parquet only) and run the join on it.
    fn run(docs: Vec<Vec<Value>>, mut inds: Vec<IndicatorRow>) -> Vec<Vec<Value>> {
        let dir = tempfile::tempdir().unwrap();
        inds.sort_by(|a, b| (&a.doc_id, a.char_start).cmp(&(&b.doc_id, b.char_start)));
        let rows: Vec<Vec<Value>> = inds
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut r = r.clone();
                r.mention_id = i + 1;
                r.values()
            })
            .collect();
        let opts = WriteOptions::default();
        write_table(dir.path(), schema::table("documents"), docs, &[Format::Parquet], &opts).unwrap();
        write_table(dir.path(), schema::table("indicators"), rows, &[Format::Parquet], &opts).unwrap();
        compute(dir.path()).unwrap()
    }

    fn cell<'a>(row: &'a [Value], name: &str) -> &'a Value {
        let i = schema::table("targets").fields.iter().position(|f| f.name == name).unwrap();
        &row[i]
    }

    #[test]
    fn joins_targets_with_next_years_actuals_across_region_aliases() {
        use Status::{Actual, Target};
        let docs = vec![
            doc("r2012", "海拉尔区", 2012),
            doc("r2013", "呼伦贝尔市海拉尔区", 2013),
            doc("x2013", "大渡口区", 2013),
        ];
        let inds = vec![
            // Report of 2012: the actual for 2011, then the targets for 2012.
            ind("r2012", 10, "地区生产总值", Some("gdp"), "growth_rate", 22.3, "%", "exact", (2011, 2011), Actual),
            ind("r2012", 100, "地区生产总值", Some("gdp"), "growth_rate", 21.0, "%", "exact", (2012, 2012), Target),
            ind("r2012", 120, "地区生产总值", Some("gdp"), "amount", 2.4e10, "元", "exact", (2012, 2012), Target),
            ind("r2012", 140, "农民人均纯收入", None, "growth_rate", 18.0, "%", "exact", (2012, 2012), Target),
            ind("r2012", 160, "城镇化率", None, "ratio", 80.0, "%", "at_least", (2012, 2012), Target),
            // Report of 2013: the results for 2012 (the second GDP growth is a later, less
            // prominent mention), and a mis-dated "actual" for 2013 that must be ignored.
            ind("r2013", 10, "地区生产总值", Some("gdp"), "growth_rate", 18.5, "%", "exact", (2012, 2012), Actual),
            ind("r2013", 30, "地区生产总值", Some("gdp"), "amount", 2.352e10, "元", "exact", (2012, 2012), Actual),
            ind("r2013", 50, "农民人均纯收入", None, "growth_rate", 16.8, "%", "exact", (2012, 2012), Actual),
            ind("r2013", 70, "地区生产总值", Some("gdp"), "growth_rate", 19.0, "%", "exact", (2008, 2012), Actual),
            ind("r2013", 90, "地区生产总值", Some("gdp"), "growth_rate", 17.0, "%", "exact", (2012, 2012), Actual),
            ind("r2013", 200, "地区生产总值", Some("gdp"), "growth_rate", 20.0, "%", "exact", (2013, 2013), Target),
            ind("r2013", 220, "地区生产总值", Some("gdp"), "growth_rate", 20.0, "%", "exact", (2013, 2013), Actual),
            // Another region's result for 2012 never pairs with 海拉尔区's target.
            ind("x2013", 10, "城镇化率", None, "ratio", 85.0, "%", "exact", (2012, 2012), Actual),
        ];
        let rows = run(docs, inds);
        let keyed: Vec<(String, i64, i64)> = rows
            .iter()
            .map(|r| match (cell(r, "region"), cell(r, "year"), cell(r, "target_char_start")) {
                (Value::Str(g), Value::Int(y), Value::Int(c)) => (g.clone(), *y, *c),
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        assert_eq!(
            keyed,
            vec![
                ("海拉尔区".to_string(), 2012, 100),
                ("海拉尔区".to_string(), 2012, 120),
                ("海拉尔区".to_string(), 2012, 140),
                ("海拉尔区".to_string(), 2012, 160),
                ("海拉尔区".to_string(), 2013, 200),
            ]
        );
        let gdp = &rows[0];
        assert_eq!(cell(gdp, "actual_value_base"), &Value::Float(18.5));
        assert_eq!(cell(gdp, "actual_doc_id"), &Value::Str("r2013".into()));
        assert_eq!(cell(gdp, "actual_char_start"), &Value::Int(10));
        assert_eq!(cell(gdp, "gap"), &Value::Float(-2.5));
        assert_eq!(cell(gdp, "outcome"), &Value::Str("below".into()));
        assert_eq!(cell(gdp, "met"), &Value::Bool(false));
        assert_eq!(cell(gdp, "match"), &Value::Str("indicator".into()));
        let amount = &rows[1];
        assert_eq!(cell(amount, "actual_value_base"), &Value::Float(2.352e10));
        assert_eq!(cell(amount, "met"), &Value::Bool(false));
        let rural = &rows[2];
        assert_eq!(cell(rural, "indicator"), &Value::Null);
        assert_eq!(cell(rural, "subject"), &Value::Str("农民人均纯收入".into()));
        assert_eq!(cell(rural, "match"), &Value::Str("subject".into()));
        assert_eq!(cell(rural, "actual_value_base"), &Value::Float(16.8));
        // No actual for 海拉尔区's urbanisation rate: kept, not comparable.
        let urban = &rows[3];
        assert_eq!(cell(urban, "actual_value_base"), &Value::Null);
        assert_eq!(cell(urban, "outcome"), &Value::Null);
        assert_eq!(cell(urban, "met"), &Value::Null);
        // 2013 has no report of 2014 here; the mis-dated 2013 "actual" is not used.
        assert_eq!(cell(&rows[4], "actual_doc_id"), &Value::Null);
    }

    #[test]
    fn repeated_subjects_are_not_keys() {
        use Status::{Actual, Target};
        let docs = vec![doc("a2012", "海拉尔区", 2012), doc("a2013", "海拉尔区", 2013)];
        let inds = vec![
            ind("a2012", 10, "投资", None, "amount", 1.27e9, "元", "exact", (2012, 2012), Target),
            ind("a2012", 20, "投资", None, "amount", 3.7e8, "元", "exact", (2012, 2012), Target),
            ind("a2012", 30, "旅游收入", None, "amount", 3.8e9, "元", "exact", (2012, 2012), Target),
            ind("a2012", 40, "农民人均纯收入", None, "amount", 16892.0, "元", "exact", (2012, 2012), Target),
            ind("a2013", 10, "投资", None, "amount", 3.5e7, "元", "exact", (2012, 2012), Actual),
            ind("a2013", 20, "旅游收入", None, "amount", 3.6e9, "元", "exact", (2012, 2012), Actual),
            ind("a2013", 30, "旅游收入", None, "amount", 3.8e9, "元", "exact", (2012, 2012), Actual),
            ind("a2013", 40, "农民人均纯收入", None, "amount", 16720.0, "元", "exact", (2012, 2012), Actual),
        ];
        let rows = run(docs, inds);
        let actual: Vec<&Value> = rows.iter().map(|r| cell(r, "actual_value_base")).collect();
        assert_eq!(actual, [&Value::Null, &Value::Null, &Value::Null, &Value::Float(16720.0)]);
    }

    #[test]
    fn multi_year_targets_prefer_an_actual_over_the_same_span() {
        use Status::{Actual, Target};
        let docs = vec![doc("p2021", "宁夏", 2021), doc("p2026", "宁夏回族自治区", 2026)];
        let inds = vec![
            ind("p2021", 10, "地区生产总值", Some("gdp"), "avg_growth_rate", 6.5, "%", "approx", (2021, 2025), Target),
            ind("p2026", 10, "地区生产总值", Some("gdp"), "avg_growth_rate", 5.9, "%", "exact", (2025, 2025), Actual),
            ind("p2026", 50, "地区生产总值", Some("gdp"), "avg_growth_rate", 5.7, "%", "exact", (2021, 2025), Actual),
        ];
        let rows = run(docs, inds);
        assert_eq!(rows.len(), 1);
        assert_eq!(cell(&rows[0], "region"), &Value::Str("宁夏回族自治区".into()));
        assert_eq!(cell(&rows[0], "year"), &Value::Int(2025));
        assert_eq!(cell(&rows[0], "actual_char_start"), &Value::Int(50));
        assert_eq!(cell(&rows[0], "met"), &Value::Bool(false));
    }
}
