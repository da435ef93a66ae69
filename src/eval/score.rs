//! Matching gold and output rows of one table, and the metrics over the matches.
//!
//! What each table is matched on and which fields are scored is declared in [`spec`], so the
//! scorecard, `known_keys` and the scoring loop cannot drift apart.

use std::cmp::Reverse;
use std::collections::{HashMap, VecDeque};

use super::load::{Rows, number};
use super::{EvalError, Example, Metric, MetricKind, Mismatch, Table, TableScore};
use crate::schema::FieldType;

/// A project name must agree at least this well (character F1) for its span to match
/// (issue 4): overlapping spans alone would pair 白居寺长江大桥 with 长江.
const PROJECT_NAME_F1: f64 = 0.8;

/// `Number` cells agree within this relative tolerance: CSV writers print floats
/// differently (3.104e10, 31040000000.0) and 0.1+0.2 style noise is not an extraction error.
const REL_TOL: f64 = 1e-6;

/// How a field's gold and output cells are compared.
enum Cmp {
    /// All the columns agree (by schema type: tolerance for Number, numeric for Integer,
    /// exact text otherwise). One accuracy metric named after the field.
    Cells,
    /// Multiset character F1 of one text column, averaged: metric `<field>_f1`.
    CharF1,
    /// A code scored as retrieval over matched rows: `<field>_precision`, `_recall`, `_f1`.
    Code,
}

struct Field {
    name: &'static str,
    cols: &'static [&'static str],
    cmp: Cmp,
}

const fn cells(name: &'static str, cols: &'static [&'static str]) -> Field {
    Field { name, cols, cmp: Cmp::Cells }
}

enum Matching {
    /// Overlapping `char_start..char_end` in the same document; optionally names must agree.
    Span { name_f1: Option<f64> },
    /// Equal values of these columns (`doc_id` first), paired in file order.
    Key(&'static [&'static str]),
}

struct Spec {
    matching: Matching,
    fields: &'static [Field],
    /// The column that shows what a row is, in error listings.
    label: &'static str,
}

const INDICATOR_FIELDS: &[Field] = &[
    cells("value_base", &["value_base"]),
    cells("unit_base", &["unit_base"]),
    cells("value", &["value"]),
    cells("unit", &["unit"]),
    cells("measure", &["measure"]),
    cells("qualifier", &["qualifier"]),
    cells("dimension", &["dimension"]),
    cells("status", &["status"]),
    cells("period", &["period_start", "period_end"]),
    Field { name: "subject", cols: &["subject"], cmp: Cmp::CharF1 },
    Field { name: "indicator", cols: &["indicator"], cmp: Cmp::Code },
    cells("section_id", &["section_id"]),
];

const PROJECT_FIELDS: &[Field] = &[
    cells("name", &["name"]),
    cells("name_key", &["name_key"]),
    cells("action", &["action"]),
    cells("stage", &["stage"]),
    cells("status", &["status"]),
    cells("period", &["period_start", "period_end"]),
    cells("section_id", &["section_id"]),
];

/// `parent` is computed on load: the parent's heading, which is comparable across files
/// where the parent's numeric id is not (one missing section shifts every id after it).
const SECTION_FIELDS: &[Field] =
    &[cells("span", &["char_start", "char_end"]), cells("marker", &["marker"]), cells("parent", &["parent"])];

const GLOSSARY_FIELDS: &[Field] = &[
    cells("definition", &["definition"]),
    cells("char_start", &["char_start"]),
    cells("char_end", &["char_end"]),
    cells("first_use", &["first_use"]),
];

const DOCUMENT_FIELDS: &[Field] = &[
    cells("source_path", &["source_path"]),
    cells("source_sha256", &["source_sha256"]),
    cells("encoding", &["encoding"]),
    cells("title", &["title"]),
    cells("region", &["region"]),
    cells("admin_level", &["admin_level"]),
    cells("report_year", &["report_year"]),
    cells("delivered_on", &["delivered_on"]),
    cells("meeting", &["meeting"]),
    cells("speaker", &["speaker"]),
    cells("speaker_title", &["speaker_title"]),
    cells("n_chars", &["n_chars"]),
    cells("status", &["status"]),
    cells("message", &["message"]),
];

fn spec(t: Table) -> Spec {
    match t {
        Table::Indicators => {
            Spec { matching: Matching::Span { name_f1: None }, fields: INDICATOR_FIELDS, label: "surface" }
        }
        Table::Projects => {
            Spec { matching: Matching::Span { name_f1: Some(PROJECT_NAME_F1) }, fields: PROJECT_FIELDS, label: "name" }
        }
        Table::Sections => {
            Spec { matching: Matching::Key(&["doc_id", "level", "heading"]), fields: SECTION_FIELDS, label: "heading" }
        }
        Table::Glossary => {
            Spec { matching: Matching::Key(&["doc_id", "term"]), fields: GLOSSARY_FIELDS, label: "term" }
        }
        Table::Documents => Spec { matching: Matching::Key(&["doc_id"]), fields: DOCUMENT_FIELDS, label: "doc_id" },
    }
}

/// The metric names a table can have, in scorecard order.
pub(crate) fn metric_names(t: Table) -> Vec<String> {
    let s = spec(t);
    let mut names: Vec<String> = ["precision", "recall", "f1"].map(String::from).into();
    if matches!(s.matching, Matching::Span { .. }) {
        names.push("span_exact".into());
    }
    for f in s.fields {
        match f.cmp {
            Cmp::Cells => names.push(f.name.into()),
            Cmp::CharF1 => names.push(format!("{}_f1", f.name)),
            Cmp::Code => names.extend(["precision", "recall", "f1"].map(|m| format!("{}_{m}", f.name))),
        }
    }
    names
}

/// Character-overlap F1 of two texts as multisets of characters (order ignored), the
/// measure for subjects and project names: partial credit for 规模以上工业增加值 against
/// 工业增加值. Null agrees with null (1) and never with text (0).
pub fn char_f1(gold: Option<&str>, output: Option<&str>) -> f64 {
    match (gold.filter(|s| !s.is_empty()), output.filter(|s| !s.is_empty())) {
        (None, None) => 1.0,
        (Some(g), Some(o)) => {
            let mut counts: HashMap<char, i64> = HashMap::new();
            for c in g.chars() {
                *counts.entry(c).or_default() += 1;
            }
            let mut common = 0usize;
            for c in o.chars() {
                if let Some(n) = counts.get_mut(&c).filter(|n| **n > 0) {
                    *n -= 1;
                    common += 1;
                }
            }
            2.0 * common as f64 / (g.chars().count() + o.chars().count()) as f64
        }
        _ => 0.0,
    }
}

/// Floats equal within [`REL_TOL`] of the larger magnitude.
fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= REL_TOL * a.abs().max(b.abs())
}

fn col_type(t: Table, col: &str) -> FieldType {
    crate::schema::table(t.name()).field(col).map_or(FieldType::String, |f| f.ty)
}

fn cell_eq(ty: FieldType, g: Option<&str>, o: Option<&str>) -> bool {
    match (g, o) {
        (None, None) => true,
        (Some(a), Some(b)) => match (ty, number(a), number(b)) {
            (FieldType::Number, Some(x), Some(y)) => close(x, y),
            (FieldType::Integer, Some(x), Some(y)) => x == y,
            _ => a == b,
        },
        _ => false,
    }
}

/// A key cell: numbers normalised (`1.0` → `1`) so that key columns of type integer match
/// whatever way a writer printed them.
fn key_cell(ty: FieldType, v: Option<&str>) -> String {
    match (ty, v.and_then(number)) {
        (FieldType::Integer | FieldType::Number, Some(x)) => x.to_string(),
        _ => v.unwrap_or("").to_string(),
    }
}

/// (char_start, char_end, row) of an output row.
type OutSpan = (i64, i64, usize);

/// Pair rows with overlapping spans, one to one: all overlapping pairs are ranked by overlap
/// (largest first), then name agreement, then position, and taken greedily.
fn match_spans(gold: &Rows, out: &Rows, name_f1: Option<f64>) -> Vec<(usize, usize)> {
    let span = |r: &Rows, i: usize| -> Option<(String, i64, i64)> {
        let (s, e) = (r.int(i, "char_start")?, r.int(i, "char_end")?);
        (e > s).then(|| (r.cell(i, "doc_id").unwrap_or("").to_string(), s, e))
    };
    let mut by_doc: HashMap<String, Vec<OutSpan>> = HashMap::new();
    for i in 0..out.len() {
        if let Some((d, s, e)) = span(out, i) {
            by_doc.entry(d).or_default().push((s, e, i));
        }
    }
    // Per document: output spans by start, and the longest of them.
    let by_doc: HashMap<String, (Vec<OutSpan>, i64)> = by_doc
        .into_iter()
        .map(|(d, mut v)| {
            v.sort_unstable();
            let longest = v.iter().map(|(s, e, _)| e - s).max().unwrap_or(0);
            (d, (v, longest))
        })
        .collect();
    // (overlap, name F1, gold start, output start, gold row, output row)
    let mut cands: Vec<(i64, f64, i64, i64, usize, usize)> = Vec::new();
    for g in 0..gold.len() {
        let Some((d, gs, ge)) = span(gold, g) else { continue };
        let Some((outs, longest)) = by_doc.get(&d) else { continue };
        // An output span overlapping [gs, ge) ends after gs, so it starts after gs - longest.
        let first = outs.partition_point(|&(s, _, _)| s <= gs - longest);
        for &(os, oe, o) in outs[first..].iter().take_while(|&&(s, _, _)| s < ge) {
            let overlap = ge.min(oe) - gs.max(os);
            if overlap <= 0 {
                continue;
            }
            let f = match name_f1 {
                Some(min) => {
                    let f = char_f1(gold.cell(g, "name"), out.cell(o, "name"));
                    if f < min {
                        continue;
                    }
                    f
                }
                None => 1.0,
            };
            cands.push((overlap, f, gs, os, g, o));
        }
    }
    cands.sort_by(|a, b| {
        Reverse(a.0)
            .cmp(&Reverse(b.0))
            .then_with(|| b.1.total_cmp(&a.1))
            .then_with(|| (a.2, a.3, a.4, a.5).cmp(&(b.2, b.3, b.4, b.5)))
    });
    greedy(cands.into_iter().map(|c| (c.4, c.5)), gold.len(), out.len())
}

fn greedy(pairs: impl Iterator<Item = (usize, usize)>, n_gold: usize, n_out: usize) -> Vec<(usize, usize)> {
    let (mut used_g, mut used_o) = (vec![false; n_gold], vec![false; n_out]);
    let mut chosen = Vec::new();
    for (g, o) in pairs {
        if !used_g[g] && !used_o[o] {
            used_g[g] = true;
            used_o[o] = true;
            chosen.push((g, o));
        }
    }
    chosen.sort_unstable();
    chosen
}

/// Pair rows with equal keys; repeated keys pair in file order.
fn match_keys(t: Table, gold: &Rows, out: &Rows, cols: &[&str]) -> Vec<(usize, usize)> {
    let types: Vec<FieldType> = cols.iter().map(|c| col_type(t, c)).collect();
    let key = |r: &Rows, i: usize| -> Vec<String> {
        cols.iter().zip(&types).map(|(c, &ty)| key_cell(ty, r.cell(i, c))).collect()
    };
    let mut outs: HashMap<Vec<String>, VecDeque<usize>> = HashMap::new();
    for o in 0..out.len() {
        outs.entry(key(out, o)).or_default().push_back(o);
    }
    (0..gold.len()).filter_map(|g| outs.get_mut(&key(gold, g)).and_then(VecDeque::pop_front).map(|o| (g, o))).collect()
}

/// Add the computed `parent` column to a sections file: the parent section's heading.
fn add_parent_heading(rows: &mut Rows) {
    if !(rows.has("section_id") && rows.has("parent_id") && rows.has("heading")) {
        return;
    }
    let mut heading: HashMap<(String, i64), String> = HashMap::new();
    for i in 0..rows.len() {
        if let Some(id) = rows.int(i, "section_id") {
            let doc = rows.cell(i, "doc_id").unwrap_or("").to_string();
            heading.insert((doc, id), rows.cell(i, "heading").unwrap_or("").to_string());
        }
    }
    let parents = (0..rows.len())
        .map(|i| {
            let doc = rows.cell(i, "doc_id").unwrap_or("").to_string();
            rows.int(i, "parent_id").and_then(|p| heading.get(&(doc, p)).cloned()).unwrap_or_default()
        })
        .collect();
    rows.add_column("parent", parents);
}

fn example(r: &Rows, i: usize, label: &str) -> Example {
    Example {
        doc_id: r.cell(i, "doc_id").unwrap_or("").to_string(),
        char_start: r.int(i, "char_start"),
        char_end: r.int(i, "char_end"),
        text: r.cell(i, label).unwrap_or("").to_string(),
        sentence: r.cell(i, "sentence").map(String::from),
    }
}

/// The cells of a field as shown in a mismatch: `2021–2021`, `null`.
fn shown(r: &Rows, i: usize, cols: &[&str]) -> String {
    cols.iter().map(|c| r.cell(i, c).unwrap_or("null")).collect::<Vec<_>>().join("–")
}

/// `numerator / denominator`, or 1 when the denominator is 0 (nothing to get wrong).
fn ratio_or_one(num: f64, den: usize) -> f64 {
    if den == 0 { 1.0 } else { num / den as f64 }
}

fn metric(name: impl Into<String>, kind: MetricKind, value: Option<f64>, numerator: f64, denominator: usize) -> Metric {
    Metric { name: name.into(), kind, value, numerator, denominator }
}

/// Precision, recall and F1 from true positives, false positives and false negatives.
fn prf(prefix: &str, tp: usize, fp: usize, fn_: usize) -> [Metric; 3] {
    let name = |m: &str| if prefix.is_empty() { m.to_string() } else { format!("{prefix}_{m}") };
    let f1_den = 2 * tp + fp + fn_;
    [
        metric(name("precision"), MetricKind::Precision, Some(ratio_or_one(tp as f64, tp + fp)), tp as f64, tp + fp),
        metric(name("recall"), MetricKind::Recall, Some(ratio_or_one(tp as f64, tp + fn_)), tp as f64, tp + fn_),
        metric(name("f1"), MetricKind::F1, Some(ratio_or_one(2.0 * tp as f64, f1_den)), 2.0 * tp as f64, f1_den),
    ]
}

/// An accuracy over the matched rows, `None` when there are none.
fn accuracy(name: &str, kind: MetricKind, sum: f64, n: usize) -> Metric {
    metric(name, kind, (n > 0).then(|| sum / n as f64), sum, n)
}

/// Score one table: `gold` and `output` already restricted to the gold's documents.
pub(crate) fn score(t: Table, mut gold: Rows, mut out: Rows) -> Result<TableScore, EvalError> {
    let s = spec(t);
    if t == Table::Sections {
        add_parent_heading(&mut gold);
        add_parent_heading(&mut out);
    }
    let needed: Vec<&str> = match s.matching {
        Matching::Span { name_f1: Some(_) } => vec!["doc_id", "char_start", "char_end", "name"],
        Matching::Span { name_f1: None } => vec!["doc_id", "char_start", "char_end"],
        Matching::Key(cols) => cols.to_vec(),
    };
    for c in &needed {
        gold.require(c)?;
        out.require(c)?;
    }
    // A field is scored when the gold has it; then the output must have it too.
    let fields: Vec<&Field> = s.fields.iter().filter(|f| f.cols.iter().all(|c| gold.has(c))).collect();
    for f in &fields {
        for c in f.cols {
            out.require(c)?;
        }
    }
    let pairs = match s.matching {
        Matching::Span { name_f1 } => match_spans(&gold, &out, name_f1),
        Matching::Key(cols) => match_keys(t, &gold, &out, cols),
    };
    let n = pairs.len();
    let mut metrics: Vec<Metric> = prf("", n, out.len() - n, gold.len() - n).into();
    let mut mismatches = Vec::new();
    let gold_ex = |g: usize| example(&gold, g, s.label);

    if matches!(s.matching, Matching::Span { .. }) {
        let mut ok = 0;
        for &(g, o) in &pairs {
            let same = ["char_start", "char_end"].iter().all(|c| gold.int(g, c) == out.int(o, c));
            if same {
                ok += 1;
            } else {
                let show = |r: &Rows, i| {
                    format!(
                        "[{}, {}) {}",
                        shown(r, i, &["char_start"]),
                        shown(r, i, &["char_end"]),
                        shown(r, i, &[s.label])
                    )
                };
                mismatches.push(Mismatch {
                    metric: "span_exact".into(),
                    gold: show(&gold, g),
                    output: show(&out, o),
                    row: gold_ex(g),
                });
            }
        }
        metrics.push(accuracy("span_exact", MetricKind::Accuracy, ok as f64, n));
    }

    for f in fields {
        match f.cmp {
            Cmp::Cells => {
                let types: Vec<FieldType> = f.cols.iter().map(|c| col_type(t, c)).collect();
                let mut ok = 0;
                for &(g, o) in &pairs {
                    if f.cols.iter().zip(&types).all(|(c, &ty)| cell_eq(ty, gold.cell(g, c), out.cell(o, c))) {
                        ok += 1;
                    } else {
                        mismatches.push(Mismatch {
                            metric: f.name.into(),
                            gold: shown(&gold, g, f.cols),
                            output: shown(&out, o, f.cols),
                            row: gold_ex(g),
                        });
                    }
                }
                metrics.push(accuracy(f.name, MetricKind::Accuracy, ok as f64, n));
            }
            Cmp::CharF1 => {
                let name = format!("{}_f1", f.name);
                let mut sum = 0.0;
                for &(g, o) in &pairs {
                    let v = char_f1(gold.cell(g, f.cols[0]), out.cell(o, f.cols[0]));
                    sum += v;
                    if v < 1.0 {
                        mismatches.push(Mismatch {
                            metric: name.clone(),
                            gold: shown(&gold, g, f.cols),
                            output: shown(&out, o, f.cols),
                            row: gold_ex(g),
                        });
                    }
                }
                metrics.push(accuracy(&name, MetricKind::MeanF1, sum, n));
            }
            Cmp::Code => {
                let (mut tp, mut fp, mut fn_) = (0, 0, 0);
                for &(g, o) in &pairs {
                    let (gc, oc) = (gold.cell(g, f.cols[0]), out.cell(o, f.cols[0]));
                    if oc.is_some() && oc == gc {
                        tp += 1;
                        continue;
                    }
                    fp += usize::from(oc.is_some());
                    fn_ += usize::from(gc.is_some());
                    if gc.is_some() || oc.is_some() {
                        mismatches.push(Mismatch {
                            metric: format!("{}_f1", f.name),
                            gold: shown(&gold, g, f.cols),
                            output: shown(&out, o, f.cols),
                            row: gold_ex(g),
                        });
                    }
                }
                let mut codes = prf(f.name, tp, fp, fn_);
                if n == 0 {
                    // Scored over matched rows: with none, there is nothing to measure.
                    codes.iter_mut().for_each(|m| m.value = None);
                }
                metrics.extend(codes);
            }
        }
    }

    let (mut seen_g, mut seen_o) = (vec![false; gold.len()], vec![false; out.len()]);
    for &(g, o) in &pairs {
        seen_g[g] = true;
        seen_o[o] = true;
    }
    Ok(TableScore {
        table: t,
        gold_rows: gold.len(),
        output_rows: out.len(),
        matched: n,
        metrics,
        unmatched_gold: (0..gold.len()).filter(|&g| !seen_g[g]).map(gold_ex).collect(),
        spurious: (0..out.len()).filter(|&o| !seen_o[o]).map(|o| example(&out, o, s.label)).collect(),
        mismatches,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_f1_is_a_multiset_overlap() {
        assert_eq!(char_f1(None, None), 1.0);
        assert_eq!(char_f1(Some("地区生产总值"), None), 0.0);
        assert_eq!(char_f1(None, Some("x")), 0.0);
        assert_eq!(char_f1(Some("地区生产总值"), Some("地区生产总值")), 1.0);
        // 6 and 8 characters, 6 shared: 2·6/14.
        assert!((char_f1(Some("地区生产总值"), Some("地区生产总值增速")) - 12.0 / 14.0).abs() < 1e-12);
        // Repeated characters count once per occurrence: 工工 vs 工 shares one.
        assert!((char_f1(Some("工工"), Some("工")) - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn numbers_agree_within_relative_tolerance() {
        assert!(cell_eq(FieldType::Number, Some("31040000000.0"), Some("3.104e10")));
        assert!(cell_eq(FieldType::Number, Some("100"), Some("100.00005")));
        assert!(!cell_eq(FieldType::Number, Some("100"), Some("100.001")));
        assert!(cell_eq(FieldType::Number, Some("0"), Some("0.0")));
        assert!(cell_eq(FieldType::Integer, Some("2021"), Some("2021.0")));
        assert!(!cell_eq(FieldType::Integer, Some("2021"), Some("2022")));
        assert!(!cell_eq(FieldType::String, Some("2021"), Some("2021.0")));
        assert!(cell_eq(FieldType::String, None, None));
        assert!(!cell_eq(FieldType::Number, None, Some("1")));
    }

    #[test]
    fn empty_denominators_are_vacuous() {
        let [p, r, f] = prf("", 0, 0, 0);
        assert_eq!((p.value, r.value, f.value), (Some(1.0), Some(1.0), Some(1.0)));
        let [p, r, f] = prf("", 0, 0, 5);
        assert_eq!((p.value, r.value, f.value), (Some(1.0), Some(0.0), Some(0.0)));
        let [p, r, f] = prf("x", 3, 1, 2);
        assert_eq!(p.name, "x_precision");
        assert_eq!((p.value, r.value), (Some(0.75), Some(0.6)));
        assert!((f.value.unwrap() - 6.0 / 9.0).abs() < 1e-12);
        assert_eq!(accuracy("a", MetricKind::Accuracy, 0.0, 0).value, None);
    }

    fn rows(t: Table, csv: &str) -> Rows {
        Rows::parse(std::path::Path::new("test.csv"), csv.as_bytes(), t, None).unwrap()
    }

    #[test]
    fn spans_pair_one_to_one_by_largest_overlap() {
        // Gold [10,14) overlaps output [8,11) by 1 and [11,20) by 3; gold [15,18) overlaps
        // only [11,20). Largest overlap first gives [11,20) to gold 0, so gold 1 stays
        // unmatched and [8,11) is spurious; partial overlaps count as matches.
        let gold = rows(Table::Indicators, "doc_id,char_start,char_end\nd,10,14\nd,15,18\ne,1,3\n");
        let out = rows(Table::Indicators, "doc_id,char_start,char_end\nd,8,11\nd,11,20\ne,3,5\nd,30,31\n");
        assert_eq!(match_spans(&gold, &out, None), vec![(0, 1)]);
        // Ties on overlap go to the earlier position; touching spans ([3,5) after [1,3)) do not overlap.
        let out = rows(Table::Indicators, "doc_id,char_start,char_end\nd,13,16\nd,12,13\ne,2,4\n");
        assert_eq!(match_spans(&gold, &out, None), vec![(0, 1), (1, 0), (2, 2)]);
    }

    #[test]
    fn project_spans_need_agreeing_names() {
        let gold = rows(Table::Projects, "doc_id,char_start,char_end,name\nd,0,7,白居寺长江大桥\n");
        let short = rows(Table::Projects, "doc_id,char_start,char_end,name\nd,3,5,长江\n");
        assert!(match_spans(&gold, &short, Some(PROJECT_NAME_F1)).is_empty());
        let close = rows(Table::Projects, "doc_id,char_start,char_end,name\nd,0,6,白居寺长江大\n");
        assert_eq!(match_spans(&gold, &close, Some(PROJECT_NAME_F1)), vec![(0, 0)]);
    }

    #[test]
    fn keys_pair_repeats_in_file_order_and_fold_numbers() {
        let gold = rows(Table::Sections, "doc_id,level,heading\nd,1,A\nd,2,B\nd,2,B\n");
        let out = rows(Table::Sections, "doc_id,level,heading\nd,2.0,B\nd,1,A\nd,3,B\n");
        assert_eq!(match_keys(Table::Sections, &gold, &out, &["doc_id", "level", "heading"]), vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn bad_numbers_name_file_line_and_column() {
        let err = Rows::parse(
            std::path::Path::new("out/indicators.csv"),
            "doc_id,char_start,char_end\nd,1,2\nd,x,3\n".as_bytes(),
            Table::Indicators,
            None,
        )
        .unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("out/indicators.csv") && msg.contains("line 3") && msg.contains("char_start"), "{msg}");
    }
}
