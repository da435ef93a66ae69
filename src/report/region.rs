//! One page per region: its documents, and (when `gwr targets` has run) its targets: each
//! headline indicator (a row with an indicator code) across the years as a small chart of
//! target band against result, then every target row with the two sentences it came from,
//! each linked to its highlight on the document page.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

use super::chart::{self, Point};
use super::escape::esc;
use super::format::{amount, token};
use super::index::Entry;
use super::rows::Target;
use super::{page, paths};
use crate::vocab::{Qualifier, Term};

/// An indicators row a target row points at.
#[derive(Debug, Clone)]
pub struct Mention {
    pub mention_id: i64,
    pub surface: String,
    pub sentence: Option<String>,
    /// The value as written (for the band's precision).
    pub value: Option<f64>,
}

/// Mentions by (doc_id, char_start).
pub type Mentions = HashMap<(String, usize), Mention>;

/// What a region page shows.
pub struct Region<'a> {
    pub name: &'a str,
    pub docs: Vec<&'a Entry>,
    /// `None` when the folder has no targets table.
    pub targets: Option<Vec<&'a Target>>,
    pub mentions: &'a Mentions,
}

/// Write a region page.
pub fn write(out: &mut impl Write, r: &Region<'_>) -> io::Result<()> {
    page::head(out, r.name, "../", "region")?;
    writeln!(
        out,
        "<header class=\"top\"><div class=\"crumbs\"><a href=\"../index.html\">All documents</a></div>\n\
         <h1>{}</h1></header>\n<div class=\"wrap\">\n<h2>Documents</h2>\n<ul>",
        esc(r.name)
    )?;
    let mut docs = r.docs.clone();
    docs.sort_by(|a, b| (a.year, &a.doc_id).cmp(&(b.year, &b.doc_id)));
    for d in &docs {
        writeln!(
            out,
            "<li>{} <a href=\"{}\">{}</a> <span class=\"small\">{}</span> <span class=\"small status-{}\">{}</span> \
             <span class=\"small\">{} indicators, {} projects</span></li>",
            d.year.map(|y| y.to_string()).unwrap_or_default(),
            esc(&paths::doc_from_page(&d.doc_id)),
            esc(d.title.as_deref().unwrap_or(&d.doc_id)),
            esc(&d.doc_id),
            token(Some(d.status.as_str())),
            esc(&d.status),
            d.indicators,
            d.projects,
        )?;
    }
    out.write_all(b"</ul>\n<h2>Targets against results</h2>\n")?;
    match &r.targets {
        None => out.write_all(
            b"<p class=\"note\">No targets table in the output folder: run <code>gwr targets</code> on it, then \
              <code>gwr report</code> again.</p>\n",
        )?,
        Some(t) if t.is_empty() => {
            out.write_all(b"<p class=\"small\">No targets of this region were found in the reports.</p>\n")?
        }
        Some(t) => {
            charts(out, t, r.mentions)?;
            table(out, t, r.mentions)?;
        }
    }
    out.write_all(b"</div>\n")?;
    page::tail(out, "../", None)
}

/// The band of a target as `gwr targets` judges it.
fn band(t: &Target, value: Option<f64>) -> (f64, f64) {
    let Some(target) = t.target else { return (f64::NAN, f64::NAN) };
    #[cfg(feature = "polars")]
    if let (Some(v), Some(q)) = (value, t.qualifier.as_deref().and_then(Qualifier::parse)) {
        return crate::cross::targets::band(q, t.unit_base.as_deref().unwrap_or(""), v, target);
    }
    // Without the cross-year module (a lean build) the band is the target itself.
    let _ = value;
    (target, target)
}

fn target_text(t: &Target) -> String {
    let unit = t.unit_base.as_deref().unwrap_or("");
    let q = match t.qualifier.as_deref().and_then(Qualifier::parse) {
        Some(Qualifier::Approx) => "左右",
        Some(Qualifier::AtLeast) => "以上",
        Some(Qualifier::AtMost) => "以内",
        Some(Qualifier::Exact) | None => "",
    };
    t.target.map(|v| format!("{}{q}", amount(v, unit))).unwrap_or_default()
}

fn charts(out: &mut impl Write, rows: &[&Target], mentions: &Mentions) -> io::Result<()> {
    let mut groups: BTreeMap<(String, String, String), BTreeMap<i64, &Target>> = BTreeMap::new();
    for t in rows {
        let (Some(code), Some(_)) = (&t.indicator, t.target) else { continue };
        let key = (code.clone(), t.measure.clone(), t.unit_base.clone().unwrap_or_default());
        groups.entry(key).or_default().entry(t.year).or_insert(t);
    }
    // A chart needs years to compare; a single year is read off the table.
    let mut groups: Vec<_> = groups.into_iter().filter(|(_, years)| years.len() > 1).collect();
    if groups.is_empty() {
        return Ok(());
    }
    groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    out.write_all(b"<div class=\"charts\">\n")?;
    for ((code, measure, unit), years) in &groups {
        let points: Vec<Point> = years
            .values()
            .map(|t| {
                let m = t.target_start.and_then(|s| mentions.get(&(t.target_doc_id.clone(), s)));
                let b = band(t, m.and_then(|m| m.value));
                let actual = t.actual.map(|a| amount(a, unit)).unwrap_or_else(|| "none found".into());
                Point {
                    year: t.year,
                    band: b,
                    target: t.target.unwrap_or(f64::NAN),
                    actual: t.actual,
                    outcome: t.outcome.clone(),
                    met: t.met.clone(),
                    label: format!(
                        "{}: target {}, actual {}{}{}",
                        t.year,
                        target_text(t),
                        actual,
                        t.outcome.as_deref().map(|o| format!(", {o}")).unwrap_or_default(),
                        t.met.as_deref().map(|m| format!(", met {m}")).unwrap_or_default(),
                    ),
                }
            })
            .collect();
        let subject = years.values().find_map(|t| t.subject.clone()).unwrap_or_default();
        writeln!(
            out,
            "<figure class=\"chart\"><figcaption>{} <span class=\"small\">{} · {} · {}</span></figcaption>{}</figure>",
            esc(&subject),
            esc(code),
            esc(measure),
            esc(unit),
            chart::svg(&points, unit)
        )?;
    }
    out.write_all(b"</div>\n")
}

/// A sentence with the figure in bold, linked to its highlight.
fn sentence(out: &mut impl Write, doc_id: Option<&str>, start: Option<usize>, mentions: &Mentions) -> io::Result<()> {
    let (Some(doc), Some(start)) = (doc_id, start) else { return out.write_all(b"<td class=\"sent\"></td>") };
    let m = mentions.get(&(doc.to_string(), start));
    let href = match m {
        Some(m) => format!("{}#i{}", paths::doc_from_page(doc), m.mention_id),
        None => paths::doc_from_page(doc),
    };
    out.write_all(b"<td class=\"sent\">")?;
    match m.and_then(|m| m.sentence.as_deref().map(|s| (s, m.surface.as_str()))) {
        Some((s, surface)) => match s.find(surface).filter(|_| !surface.is_empty()) {
            Some(i) => write!(out, "{}<b>{}</b>{}", esc(&s[..i]), esc(surface), esc(&s[i + surface.len()..]))?,
            None => write!(out, "{}", esc(s))?,
        },
        None => write!(out, "{} @{start}", esc(doc))?,
    }
    write!(out, " <a href=\"{}\" title=\"{}\">→</a></td>", esc(&href), esc(doc))
}

fn table(out: &mut impl Write, rows: &[&Target], mentions: &Mentions) -> io::Result<()> {
    out.write_all(
        b"<table class=\"targets\" id=\"targets\">\n<thead><tr><th>year</th><th>indicator</th><th>measure</th>\
          <th class=\"n\">target</th><th class=\"n\">actual</th><th class=\"n\">gap</th><th>outcome</th><th>met</th>\
          <th>target sentence</th><th>actual sentence</th></tr></thead>\n<tbody>\n",
    )?;
    for t in rows {
        let unit = t.unit_base.as_deref().unwrap_or("");
        let what = match (&t.indicator, &t.subject) {
            (Some(c), Some(s)) => format!("{s} ({c})"),
            (Some(c), None) => c.clone(),
            (None, Some(s)) => s.clone(),
            (None, None) => String::new(),
        };
        let met = t.met.as_deref().unwrap_or("");
        write!(
            out,
            "<tr data-year=\"{}\" data-outcome=\"{}\" data-met=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td \
             class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"o-{}\">{}</td><td \
             class=\"met-{}\"{}>{}</td>",
            t.year,
            esc(t.outcome.as_deref().unwrap_or("")),
            esc(met),
            t.year,
            esc(&what),
            esc(&t.measure),
            esc(&target_text(t)),
            esc(&t.actual.map(|a| amount(a, unit)).unwrap_or_default()),
            esc(&t.gap.map(|g| amount(g, unit)).unwrap_or_default()),
            token(t.outcome.as_deref()),
            esc(t.outcome.as_deref().unwrap_or("")),
            if met.is_empty() { "null" } else { token(Some(met)) },
            if met.is_empty() && t.outcome.is_some() {
                " title=\"outside the band, and the indicator has no declared direction\""
            } else {
                ""
            },
            esc(if met.is_empty() && t.outcome.is_some() { "?" } else { met }),
        )?;
        sentence(out, Some(&t.target_doc_id), t.target_start, mentions)?;
        sentence(out, t.actual_doc_id.as_deref(), t.actual_start, mentions)?;
        out.write_all(b"</tr>\n")?;
    }
    out.write_all(b"</tbody>\n</table>\n")
}
