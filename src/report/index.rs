//! The index: one compact table row per document, filtered in the page by status, region,
//! year and text (`assets/index.js`, a loop over the rows' `data-` attributes).
//!
//! Rows are grid lines of fixed column widths in blocks of 100 that the browser lays out only
//! when they scroll into view (`content-visibility: auto`), and the filter choices are written
//! by the server, so a collection of 3,000 documents opens as one page of under 2 MB that is
//! usable in a fraction of a second (measured by the browser test).

use std::collections::BTreeSet;
use std::io::{self, Write};

use super::escape::esc;
use super::format::token;
use super::{page, paths};

/// One document's line in the index.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    pub doc_id: String,
    pub title: Option<String>,
    /// Canonical region (the region page's name).
    pub region: Option<String>,
    pub admin_level: Option<String>,
    pub year: Option<i64>,
    pub status: String,
    pub message: Option<String>,
    pub sections: usize,
    pub indicators: usize,
    pub projects: usize,
    pub terms: usize,
    /// Why the text could not be shown, if it could not.
    pub no_text: Option<String>,
}

/// Write the index page.
pub fn write(out: &mut impl Write, entries: &[Entry], regions: usize, targets: Option<usize>) -> io::Result<()> {
    page::head(out, "Documents", "", "index")?;
    let no_text = entries.iter().filter(|e| e.no_text.is_some()).count();
    writeln!(
        out,
        "<header class=\"top\"><h1>Government work reports: {} documents</h1>\n<div class=\"meta\"><span><b>{}</b> \
         regions</span><span><b>{}</b> indicators</span><span><b>{}</b> projects</span><span>{}</span>{}</div></header>",
        entries.len(),
        regions,
        entries.iter().map(|e| e.indicators).sum::<usize>(),
        entries.iter().map(|e| e.projects).sum::<usize>(),
        match targets {
            Some(n) => format!("<b>{n}</b> targets (on the region pages)"),
            None => "no targets table (run <code>gwr targets</code>, then the report again)".into(),
        },
        if no_text > 0 { format!("<span class=\"status-error\">{no_text} without text</span>") } else { String::new() },
    )?;
    let statuses: BTreeSet<&str> = entries.iter().map(|e| e.status.as_str()).collect();
    let region_names: BTreeSet<&str> = entries.iter().filter_map(|e| e.region.as_deref()).collect();
    let years: BTreeSet<i64> = entries.iter().filter_map(|e| e.year).collect();
    out.write_all(b"<div class=\"filters\">\n")?;
    select(out, "f-status", "status", statuses.iter().map(|s| (s.to_string(), s.to_string())))?;
    select(out, "f-region", "region", region_names.iter().map(|s| (s.to_string(), s.to_string())))?;
    select(out, "f-year", "year", years.iter().rev().map(|y| (y.to_string(), y.to_string())))?;
    out.write_all(
        b"<label>text <input id=\"f-text\" type=\"search\" placeholder=\"title, doc_id, message\"></label>\n\
          <span id=\"f-count\" class=\"small\"></span>\n</div>\n<div class=\"wrap\">\n\
          <div class=\"docs\" id=\"docs\" role=\"table\">\n<div class=\"row head\" role=\"row\"><span>document</span>\
          <span>region</span><span>level</span><span>year</span><span>status</span><span class=\"n\">sections</span>\
          <span class=\"n\">indicators</span><span class=\"n\">projects</span><span class=\"n\">glossary</span></div>\n",
    )?;
    // Rows in blocks that the browser lays out only when they scroll into view
    // (content-visibility), so a long index opens as fast as a short one.
    for block in entries.chunks(BLOCK) {
        out.write_all(b"<div class=\"block\">\n")?;
        for e in block {
            row(out, e)?;
        }
        out.write_all(b"</div>\n")?;
    }
    out.write_all(b"</div>\n</div>\n")?;
    page::tail(out, "", Some("index.js"))
}

/// Rows per block of the index.
const BLOCK: usize = 100;

fn select(
    out: &mut impl Write,
    id: &str,
    label: &str,
    options: impl Iterator<Item = (String, String)>,
) -> io::Result<()> {
    write!(out, "<label>{label} <select id=\"{id}\"><option value=\"\">all</option>")?;
    for (value, text) in options {
        write!(out, "<option value=\"{}\">{}</option>", esc(&value), esc(&text))?;
    }
    out.write_all(b"</select></label>\n")
}

fn row(out: &mut impl Write, e: &Entry) -> io::Result<()> {
    let year = e.year.map(|y| y.to_string()).unwrap_or_default();
    let region = e.region.as_deref().unwrap_or("");
    write!(
        out,
        "<div class=\"row\" role=\"row\" data-status=\"{}\" data-region=\"{}\" data-year=\"{}\"><span><a href=\"{}\">{}</a>",
        esc(&e.status),
        esc(region),
        esc(&year),
        esc(&paths::doc_from_root(&e.doc_id)),
        esc(e.title.as_deref().unwrap_or(&e.doc_id)),
    )?;
    if e.title.as_deref().is_some_and(|t| t != e.doc_id) {
        write!(out, " <small>{}</small>", esc(&e.doc_id))?;
    }
    out.write_all(b"</span><span>")?;
    if !region.is_empty() {
        write!(out, "<a href=\"{}\">{}</a>", esc(&paths::region_from_root(region)), esc(region))?;
    }
    let message = match (&e.message, &e.no_text) {
        (Some(m), Some(t)) => format!("{m}; {t}"),
        (Some(m), None) => m.clone(),
        (None, Some(t)) => t.clone(),
        (None, None) => String::new(),
    };
    writeln!(
        out,
        "</span><span>{}</span><span>{}</span><span class=\"status-{}\" title=\"{}\">{} {}</span><span \
         class=\"n\">{}</span><span class=\"n\">{}</span><span class=\"n\">{}</span><span class=\"n\">{}</span></div>",
        esc(e.admin_level.as_deref().unwrap_or("")),
        esc(&year),
        token(Some(e.status.as_str())),
        esc(&message),
        esc(&e.status),
        esc(&message),
        e.sections,
        e.indicators,
        e.projects,
        e.terms,
    )
}
