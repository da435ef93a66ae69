//! Rendering a scorecard: Markdown (stdout, README), an error listing, JSON.

use std::fmt::Write as _;

use serde_json::{Map, Value as Json, json};

use super::{Example, Metric, MetricKind, Scorecard};

/// How many document ids the scorecard's first line names before it only counts them.
const DOCS_NAMED: usize = 5;

fn value(m: &Metric) -> String {
    m.value.map_or_else(|| "–".to_string(), |v| format!("{v:.3}"))
}

/// The `n` column: what the value is a share of.
fn count(m: &Metric) -> String {
    match m.kind {
        MetricKind::Precision | MetricKind::Recall | MetricKind::Accuracy => {
            format!("{}/{}", m.numerator, m.denominator)
        }
        MetricKind::MeanF1 => format!("mean of {}", m.denominator),
        MetricKind::F1 => String::new(),
    }
}

pub(super) fn markdown(card: &Scorecard) -> String {
    let mut s = String::new();
    let n = card.doc_ids.len();
    let named = card.doc_ids.iter().take(DOCS_NAMED).cloned().collect::<Vec<_>>().join(", ");
    let more = if n > DOCS_NAMED { format!(", … {} more", n - DOCS_NAMED) } else { String::new() };
    let _ = writeln!(
        s,
        "Scored {n} document{} ({named}{more}) of {} against the gold in {}.\n",
        if n == 1 { "" } else { "s" },
        card.output.display(),
        card.gold.display()
    );
    s.push_str("| table | rows (gold / output / matched) | metric | score | n |\n|---|---|---|---:|---|\n");
    for t in &card.tables {
        for (i, m) in t.metrics.iter().enumerate() {
            let (table, rows) = if i == 0 {
                (t.table.name().to_string(), format!("{} / {} / {}", t.gold_rows, t.output_rows, t.matched))
            } else {
                (String::new(), String::new())
            };
            let _ = writeln!(s, "| {table} | {rows} | {} | {} | {} |", m.name, value(m), count(m));
        }
    }
    s
}

/// Where a row is and what it says: `doc [448, 452) 5.6%`; documents only by doc_id.
fn head(e: &Example) -> String {
    let mut s = e.doc_id.clone();
    if let (Some(a), Some(b)) = (e.char_start, e.char_end) {
        let _ = write!(s, " [{a}, {b})");
    }
    if e.text != e.doc_id {
        let _ = write!(s, " {}", e.text);
    }
    s
}

/// One listing line: the row, an optional detail, and the sentence when the table has one.
fn line(e: &Example, detail: &str) -> String {
    let mut s = format!("- {}{detail}", head(e));
    if let Some(sent) = &e.sentence {
        let _ = write!(s, " | {sent}");
    }
    s.push('\n');
    s
}

fn examples(s: &mut String, title: &str, rows: &[Example], n: usize) {
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(s, "\n### {title}: {} (first {})\n", rows.len(), n.min(rows.len()));
    for e in rows.iter().take(n) {
        s.push_str(&line(e, ""));
    }
}

pub(super) fn errors(card: &Scorecard, n: usize) -> String {
    let mut s = String::new();
    for t in &card.tables {
        if t.unmatched_gold.is_empty() && t.spurious.is_empty() && t.mismatches.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\n## {}", t.table);
        examples(&mut s, "gold rows not found", &t.unmatched_gold, n);
        examples(&mut s, "spurious output rows", &t.spurious, n);
        for m in &t.metrics {
            let wrong: Vec<_> = t.mismatches.iter().filter(|x| x.metric == m.name).collect();
            if wrong.is_empty() {
                continue;
            }
            let _ = writeln!(s, "\n### {} mismatches: {} (first {})\n", m.name, wrong.len(), n.min(wrong.len()));
            for x in wrong.into_iter().take(n) {
                s.push_str(&line(&x.row, &format!(": gold {} / output {}", x.gold, x.output)));
            }
        }
    }
    s
}

pub(super) fn json(card: &Scorecard) -> Json {
    let flat: Map<String, Json> = card.metrics().into_iter().map(|(k, v)| (k, json!(v))).collect();
    let tables: Map<String, Json> = card
        .tables
        .iter()
        .map(|t| {
            let metrics: Map<String, Json> = t
                .metrics
                .iter()
                .map(|m| {
                    let body = json!({
                        "value": m.value,
                        "kind": m.kind,
                        "numerator": m.numerator,
                        "denominator": m.denominator,
                    });
                    (m.name.clone(), body)
                })
                .collect();
            let body = json!({
                "gold_rows": t.gold_rows,
                "output_rows": t.output_rows,
                "matched": t.matched,
                "metrics": metrics,
            });
            (t.table.name().to_string(), body)
        })
        .collect();
    json!({
        "gold": card.gold.display().to_string(),
        "output": card.output.display().to_string(),
        "doc_ids": card.doc_ids,
        "metrics": flat,
        "tables": tables,
    })
}
