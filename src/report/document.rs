//! One page per document: the full text with every indicator and project highlighted where
//! it stands, the sections as an outline, the glossary terms linked to their first use.
//!
//! Each row becomes one `<mark class="hl …">` holding exactly its characters (see
//! [`super::spans`] for overlaps), coloured by measure (projects have a colour of their own),
//! filled for actual and outlined for target; its fields are in `data-` attributes, shown on
//! hover or click by `assets/doc.js`. A row whose offsets do not match the text (the source
//! changed, or a bug) is not highlighted but listed at the top of the page, so that the
//! browser test's count of highlights against rows catches it.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::io::{self, Write};

use super::escape::esc;
use super::format::{num, period, token};
use super::rows::{Doc, Indicator, Project, Section, Term};
use super::spans::{self, Role, Span};
use super::{page, paths};

/// The rows of one document.
#[derive(Debug, Default)]
pub struct DocRows {
    pub sections: Vec<Section>,
    pub indicators: Vec<Indicator>,
    pub projects: Vec<Project>,
    pub terms: Vec<Term>,
}

/// What a document page shows.
pub struct Page<'a> {
    pub doc: &'a Doc,
    /// The canonical region, when it has a page.
    pub region: Option<&'a str>,
    /// The decoded source text, or why it cannot be shown.
    pub text: Result<&'a str, &'a str>,
    pub rows: &'a DocRows,
}

/// What was written.
#[derive(Debug, Default, Clone, Copy)]
pub struct Written {
    pub highlights: usize,
    /// Rows whose offsets do not match the text (listed, not highlighted).
    pub unplaced: usize,
}

/// Write a document page.
pub fn write(out: &mut impl Write, p: &Page<'_>) -> io::Result<Written> {
    let d = p.doc;
    let title = d.title.clone().unwrap_or_else(|| d.doc_id.clone());
    page::head(out, &title, "../", "doc")?;
    header(out, p, &title)?;
    let mut written = Written::default();
    let (spans, unplaced) = match p.text {
        Ok(text) => place(text, p.rows),
        Err(_) => (Vec::new(), Unplaced::all(p.rows)),
    };
    written.highlights = spans.iter().filter(|s| s.role == Role::Highlight).count();
    written.unplaced = unplaced.len();
    if let Err(why) = p.text {
        writeln!(out, "<p class=\"problem\" id=\"no-text\">The text cannot be shown: {}</p>", esc(why))?;
    }
    unplaced.write(out, p.text.is_ok())?;
    out.write_all(b"</header>\n<div class=\"layout\">\n")?;
    side(out, p.rows)?;
    out.write_all(b"<main>\n<pre class=\"text\" id=\"text\">")?;
    if let Ok(text) = p.text {
        spans::write(out, text, spans)?;
    }
    out.write_all(b"</pre>\n</main>\n</div>\n<aside id=\"panel\" hidden></aside>\n")?;
    page::tail(out, "../", Some("doc.js"))?;
    Ok(written)
}

/// Title, metadata, status, counts and the legend.
fn header(out: &mut impl Write, p: &Page<'_>, title: &str) -> io::Result<()> {
    let d = p.doc;
    out.write_all(b"<header class=\"top\">\n<div class=\"crumbs\"><a href=\"../index.html\">All documents</a>")?;
    if let Some(r) = p.region {
        write!(out, " › <a href=\"{}\">{}</a>", esc(&paths::region_from_page(r)), esc(r))?;
    }
    writeln!(out, "</div>\n<h1>{}</h1>", esc(title))?;
    let mut meta = String::new();
    let mut item = |k: &str, v: Option<String>| {
        if let Some(v) = v.filter(|v| !v.is_empty()) {
            let _ = write!(meta, "<span>{k} <b>{}</b></span>", esc(&v));
        }
    };
    item("doc_id", Some(d.doc_id.clone()));
    item("file", Some(d.source_path.clone()));
    item("region", d.region.clone());
    item("level", d.admin_level.clone());
    item("year", d.report_year.map(|y| y.to_string()));
    item("delivered", d.delivered_on.clone());
    item("meeting", d.meeting.clone());
    let speaker = match (&d.speaker, &d.speaker_title) {
        (Some(s), Some(t)) => Some(format!("{t} {s}")),
        (s, t) => s.clone().or_else(|| t.clone()),
    };
    item("speaker", speaker);
    item("encoding", d.encoding.clone());
    item("characters", d.n_chars.map(|n| n.to_string()));
    writeln!(out, "<div class=\"meta\">{meta}</div>")?;
    let status = token(Some(d.status.as_str()));
    write!(out, "<div class=\"meta\"><span>status <b class=\"badge status-{status}\">{}</b></span>", esc(&d.status))?;
    if let Some(m) = &d.message {
        write!(out, "<span>{}</span>", esc(m))?;
    }
    out.write_all(b"</div>\n")?;
    let r = p.rows;
    let actual = r.indicators.iter().filter(|i| i.status.as_deref() == Some("actual")).count();
    writeln!(
        out,
        "<div class=\"meta\" id=\"counts\" data-indicators=\"{n_i}\" data-projects=\"{n_p}\"><span><b>{n_i}</b> \
         indicators ({actual} actual, {target} target)</span><span><b>{n_p}</b> projects</span><span><b>{n_s}</b> \
         sections</span><span><b>{n_g}</b> glossary terms</span></div>",
        n_i = r.indicators.len(),
        n_p = r.projects.len(),
        target = r.indicators.len() - actual,
        n_s = r.sections.len(),
        n_g = r.terms.len(),
    )?;
    out.write_all(
        "<div class=\"legend\">\
         <span class=\"key actual m-amount\">amount</span><span class=\"key actual m-growth_rate\">growth rate</span>\
         <span class=\"key actual m-avg_growth_rate\">average growth</span><span class=\"key actual m-ratio\">ratio</span>\
         <span class=\"key actual prj\">project</span>\
         <span>·</span><span class=\"key actual m-other\">filled</span><span>actual</span>\
         <span class=\"key target m-other\">outlined</span><span>target</span>\
         <span class=\"small\">hover or click a highlight for its fields</span></div>\n"
            .as_bytes(),
    )
}

/// The outline of sections and the glossary, beside the text.
fn side(out: &mut impl Write, rows: &DocRows) -> io::Result<()> {
    out.write_all(b"<nav class=\"side\">\n<h2>Outline</h2>\n")?;
    if rows.sections.is_empty() {
        out.write_all("<p class=\"small\">No sections.</p>\n".as_bytes())?;
    } else {
        let ids: HashSet<i64> = rows.sections.iter().map(|s| s.section_id).collect();
        let mut children: BTreeMap<Option<i64>, Vec<&Section>> = BTreeMap::new();
        for s in &rows.sections {
            let parent = s.parent_id.filter(|p| ids.contains(p) && *p != s.section_id);
            children.entry(parent).or_default().push(s);
        }
        for v in children.values_mut() {
            v.sort_by_key(|s| s.section_id);
        }
        let mut seen = HashSet::new();
        outline(out, &children, None, &mut seen, 0)?;
    }
    if !rows.terms.is_empty() {
        out.write_all("<h2>名词解释 (glossary)</h2>\n<ul>\n".as_bytes())?;
        for (k, t) in rows.terms.iter().enumerate() {
            write!(out, "<li><a href=\"#g-{k}\">{}</a>", esc(&t.term))?;
            if t.first_use.is_some() {
                write!(out, " · <a class=\"small\" href=\"#gu-{k}\">first use</a>")?;
            }
            out.write_all(b"</li>\n")?;
        }
        out.write_all(b"</ul>\n")?;
    }
    out.write_all(b"</nav>\n")
}

fn outline(
    out: &mut impl Write,
    children: &BTreeMap<Option<i64>, Vec<&Section>>,
    parent: Option<i64>,
    seen: &mut HashSet<i64>,
    depth: usize,
) -> io::Result<()> {
    let Some(kids) = children.get(&parent) else { return Ok(()) };
    out.write_all(b"<ul>\n")?;
    for s in kids {
        if depth > 8 || !seen.insert(s.section_id) {
            continue;
        }
        let label = format!("{}{}", s.marker.as_deref().unwrap_or(""), s.heading.as_deref().unwrap_or(""));
        let label = if label.is_empty() { format!("section {}", s.section_id) } else { label };
        write!(out, "<li><a href=\"#s-{}\">{}</a>", s.section_id, esc(&label))?;
        outline(out, children, Some(s.section_id), seen, depth + 1)?;
        out.write_all(b"</li>\n")?;
    }
    out.write_all(b"</ul>\n")
}

/// Rows that could not be placed in the text, with why.
struct Unplaced(Vec<(String, String, String)>);

impl Unplaced {
    fn all(rows: &DocRows) -> Unplaced {
        let mut v = Vec::new();
        for i in &rows.indicators {
            v.push((format!("indicator {}", i.mention_id), i.surface.clone(), "no text".to_string()));
        }
        for p in &rows.projects {
            v.push((format!("project {}", p.project_id), p.name.clone(), "no text".to_string()));
        }
        Unplaced(v)
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    fn write(&self, out: &mut impl Write, have_text: bool) -> io::Result<()> {
        if self.0.is_empty() {
            return Ok(());
        }
        if !have_text {
            return writeln!(out, "<p class=\"note\">{} rows of this document are not shown.</p>", self.0.len());
        }
        writeln!(
            out,
            "<div class=\"problem\" id=\"unplaced\"><p>{} rows do not match the text at their offsets and are not \
             highlighted:</p>\n<table class=\"unplaced\"><tr><th>row</th><th>surface</th><th>why</th></tr>",
            self.0.len()
        )?;
        for (row, surface, why) in &self.0 {
            writeln!(out, "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", esc(row), esc(surface), esc(why))?;
        }
        out.write_all(b"</table></div>\n")
    }
}

/// The spans of a text: highlights for rows whose offsets hold their surface, links for
/// glossary terms, anchors for sections; and the rows that could not be placed.
fn place(text: &str, rows: &DocRows) -> (Vec<Span>, Unplaced) {
    let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
    let n = bytes.len() - 1;
    let at = |a: usize, b: usize| (a < b && b <= n).then(|| &text[bytes[a]..bytes[b]]);
    let mut spans = Vec::new();
    let mut unplaced = Vec::new();
    // An indicator's span holds its surface; a project's holds its name, or the part of it
    // written out (the name of 海康威视三期 is completed from 海康威视一期、二期、三期).
    let mut check = |what: String, start: usize, end: usize, surface: &str, part: bool| -> bool {
        match at(start, end) {
            Some(s) if s == surface || (part && surface.contains(s)) => true,
            Some(s) => {
                unplaced.push((what, surface.to_string(), format!("text[{start}:{end}] is {s:?}")));
                false
            }
            None => {
                unplaced.push((what, surface.to_string(), format!("offsets {start}:{end} outside the text ({n})")));
                false
            }
        }
    };
    for i in &rows.indicators {
        if !check(format!("indicator {}", i.mention_id), i.start, i.end, &i.surface, false) {
            continue;
        }
        let class = format!(
            "hl ind m-{} {}",
            token(i.measure.as_deref()),
            if i.status.as_deref() == Some("target") { "target" } else { "actual" }
        );
        let mut attrs = format!("id=\"i{}\" data-kind=\"indicator\" data-id=\"{}\"", i.mention_id, i.mention_id);
        let mut data = |k: &str, v: Option<String>| {
            let _ = write!(attrs, " data-{k}=\"{}\"", esc(v.as_deref().unwrap_or("")));
        };
        data("subject", i.subject.clone());
        data("value", i.value.map(|v| format!("{}{}", num(v), i.unit.as_deref().unwrap_or(""))));
        data("base", i.value_base.map(|v| format!("{} {}", num(v), i.unit_base.as_deref().unwrap_or(""))));
        data("measure", i.measure.clone());
        data("qualifier", i.qualifier.clone());
        data("period", Some(period(i.period_start, i.period_end)));
        data("status", i.status.clone());
        data("indicator", i.indicator.clone());
        spans.push(highlight(i.start, i.end, &class, &attrs));
    }
    for p in &rows.projects {
        if !check(format!("project {}", p.project_id), p.start, p.end, &p.name, true) {
            continue;
        }
        let class = format!("hl prj {}", if p.status.as_deref() == Some("target") { "target" } else { "actual" });
        let mut attrs = format!("id=\"p{}\" data-kind=\"project\" data-id=\"{}\"", p.project_id, p.project_id);
        let mut data = |k: &str, v: Option<String>| {
            let _ = write!(attrs, " data-{k}=\"{}\"", esc(v.as_deref().unwrap_or("")));
        };
        data("name", Some(p.name.clone()));
        data("action", p.action.clone());
        data("stage", p.stage.clone());
        data("period", Some(period(p.period_start, p.period_end)));
        data("status", p.status.clone());
        spans.push(highlight(p.start, p.end, &class, &attrs));
    }
    for s in &rows.sections {
        if s.start <= n {
            spans.push(Span::anchor(s.start, format!("<span class=\"sec-anchor\" id=\"s-{}\"></span>", s.section_id)));
        }
    }
    for (k, t) in rows.terms.iter().enumerate() {
        terms(&mut spans, k, t, &at, n);
    }
    (spans, Unplaced(unplaced))
}

fn highlight(start: usize, end: usize, class: &str, attrs: &str) -> Span {
    Span {
        start,
        end,
        role: Role::Highlight,
        open: format!("<mark class=\"{class}\" {attrs}>"),
        close: "</mark>",
        fallback: None,
        cont_open: Some(format!("<mark class=\"{class} cont\" {attrs}>")),
    }
}

/// Quotes a glossary term may be written with (“十四五”) but not used with.
const QUOTES: &[char] = &['“', '”', '"', '‘', '’', '\'', '「', '」', '『', '』', '《', '》'];

/// A glossary entry's anchor and its term linked to its first use; the first use linked back.
fn terms<'t>(spans: &mut Vec<Span>, k: usize, t: &Term, at: &impl Fn(usize, usize) -> Option<&'t str>, n: usize) {
    if t.start > n || t.term.is_empty() {
        return;
    }
    spans.push(Span::anchor(t.start, format!("<span class=\"g-anchor\" id=\"g-{k}\"></span>")));
    let len = t.term.chars().count();
    let title = esc(t.definition.as_deref().unwrap_or("")).to_string();
    // The term in its entry (within the first few characters: a list marker may come first).
    let entry_end = if t.end > t.start { t.end.min(n) } else { n.min(t.start + 200) };
    if let Some(entry) = at(t.start, entry_end)
        && let Some(byte) = entry.find(t.term.as_str()).filter(|&b| b <= 40)
        && t.first_use.is_some()
    {
        let s = t.start + entry[..byte].chars().count();
        spans.push(Span {
            start: s,
            end: s + len,
            role: Role::Link,
            open: format!("<a class=\"term\" href=\"#gu-{k}\" title=\"first use in the text\">"),
            close: "</a>",
            fallback: Some(format!("<a class=\"term-ref\" href=\"#gu-{k}\" title=\"first use in the text\"></a>")),
            cont_open: None,
        });
    }
    let Some(u) = t.first_use.filter(|&u| u <= n) else { return };
    let bare = t.term.trim_matches(QUOTES);
    let used = [bare, t.term.as_str()].into_iter().find(|w| {
        let l = w.chars().count();
        l > 0 && at(u, u + l) == Some(*w)
    });
    let anchor = format!("<a class=\"term-ref\" id=\"gu-{k}\" href=\"#g-{k}\" title=\"{title}\"></a>");
    match used {
        Some(w) => spans.push(Span {
            start: u,
            end: u + w.chars().count(),
            role: Role::Link,
            open: format!("<a class=\"term\" id=\"gu-{k}\" href=\"#g-{k}\" title=\"{title}\">"),
            close: "</a>",
            fallback: Some(anchor),
            cont_open: None,
        }),
        None => spans.push(Span::anchor(u, anchor)),
    }
}
