//! Marking up a text with spans that may overlap: one element per highlighted row, whatever
//! the overlaps.
//!
//! HTML elements nest; rows do not always. A project name inside an indicator's span, or the
//! other way round, nests as it is. Two highlights that cross (A = [2, 6), B = [4, 9)) cannot
//! both be one element holding exactly their characters, so B opens where A closes and
//! carries the characters they share, [4, 6), in a hidden prefix (`<span class="ovl"
//! hidden>`): the page shows every character once, B's element still holds all of its
//! surface (its `textContent` is `text[4:9]`), and the `cont` class draws it as continuing
//! from the left. Secondary spans (glossary links) never cross a highlight: one that would is
//! written as its zero-width fallback instead. Zero-width anchors (section starts) are
//! written where they stand.

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::io::{self, Write};

use super::escape::esc;

/// What a span is to the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A row of a table: exactly one element, holding its characters.
    Highlight,
    /// A link over some text: dropped to its fallback when it would cross a highlight.
    Link,
    /// A zero-width element at `start` (the `open` markup is written whole).
    Anchor,
}

/// A span of code points `[start, end)` and its markup (already escaped).
#[derive(Debug, Clone)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub role: Role,
    /// The opening tag (for an anchor, the whole element).
    pub open: String,
    /// The closing tag.
    pub close: &'static str,
    /// For a link: the zero-width markup written instead when it cannot nest.
    pub fallback: Option<String>,
    /// For a highlight: extra classes when it has to continue a crossing span (`" cont"`).
    pub cont_open: Option<String>,
}

impl Span {
    pub fn anchor(at: usize, html: String) -> Span {
        Span { start: at, end: at, role: Role::Anchor, open: html, close: "", fallback: None, cont_open: None }
    }
}

/// Write `text` with `spans` marked up (text escaped). Spans must lie within the text
/// (`end` ≤ its length in code points) and highlights and links be non-empty; the caller
/// checks rows against the text first.
pub fn write(out: &mut impl Write, text: &str, spans: Vec<Span>) -> io::Result<()> {
    let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
    let n = bytes.len() - 1;
    let slice = |a: usize, b: usize| &text[bytes[a.min(n)]..bytes[b.min(n)]];
    let highlights: Vec<(usize, usize)> =
        spans.iter().filter(|s| s.role == Role::Highlight).map(|s| (s.start, s.end)).collect();
    let crosses =
        |a: usize, b: usize| highlights.iter().any(|&(s, e)| (s < a && a < e && e < b) || (a < s && s < b && b < e));

    // Queue keyed by (where it opens, anchors first, longest first, input order).
    type Key = (usize, bool, Reverse<usize>, usize);
    let mut queue: BTreeMap<Key, (Span, Option<usize>)> = BTreeMap::new();
    for (i, s) in spans.into_iter().enumerate() {
        if s.role == Role::Link && crosses(s.start, s.end) {
            if let Some(f) = s.fallback {
                queue.insert((s.start, false, Reverse(s.start), i), (Span::anchor(s.start, f), None));
            }
            continue;
        }
        queue.insert((s.start, s.role != Role::Anchor, Reverse(s.end), i), (s, None));
    }
    let mut stack: Vec<(usize, &'static str)> = Vec::new();
    let mut pos = 0;
    loop {
        let next = queue.first_key_value().map(|(k, _)| k.0);
        while let Some(&(end, close)) = stack.last() {
            if next.is_some_and(|p| end > p) {
                break;
            }
            write!(out, "{}", esc(slice(pos, end)))?;
            out.write_all(close.as_bytes())?;
            pos = end;
            stack.pop();
        }
        let Some(((p, _, _, seq), (span, hidden_from))) = queue.pop_first() else { break };
        if p > pos {
            write!(out, "{}", esc(slice(pos, p)))?;
            pos = p;
        }
        match span.role {
            Role::Anchor => out.write_all(span.open.as_bytes())?,
            role => {
                if let Some(&(top_end, _)) = stack.last().filter(|(e, _)| span.end > *e) {
                    match role {
                        // A crossing link: its fallback, where it stands.
                        Role::Link => {
                            if let Some(f) = &span.fallback {
                                out.write_all(f.as_bytes())?;
                            }
                        }
                        // A crossing highlight opens where the span it crosses closes.
                        _ => {
                            let from = hidden_from.unwrap_or(span.start);
                            queue.insert((top_end, true, Reverse(span.end), seq), (span, Some(from)));
                        }
                    }
                    continue;
                }
                match hidden_from {
                    Some(from) => {
                        out.write_all(span.cont_open.as_deref().unwrap_or(&span.open).as_bytes())?;
                        write!(out, "<span class=\"ovl\" hidden>{}</span>", esc(slice(from, p)))?;
                    }
                    None => out.write_all(span.open.as_bytes())?,
                }
                stack.push((span.end, span.close));
            }
        }
    }
    write!(out, "{}", esc(slice(pos, n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hl(start: usize, end: usize, name: &str) -> Span {
        Span {
            start,
            end,
            role: Role::Highlight,
            open: format!("<m {name}>"),
            close: "</m>",
            fallback: None,
            cont_open: Some(format!("<m {name} cont>")),
        }
    }

    fn link(start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            role: Role::Link,
            open: "<a>".into(),
            close: "</a>",
            fallback: Some("<a/>".into()),
            cont_open: None,
        }
    }

    fn render(text: &str, spans: Vec<Span>) -> String {
        let mut out = Vec::new();
        write(&mut out, text, spans).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn nested_and_disjoint_spans_nest() {
        assert_eq!(
            render("建成年产10万吨项目", vec![hl(0, 10, "p"), hl(4, 8, "i")]),
            "<m p>建成年产<m i>10万吨</m>项目</m>"
        );
        assert_eq!(render("ab<cd", vec![hl(0, 1, "x"), hl(3, 5, "y")]), "<m x>a</m>b&lt;<m y>cd</m>");
        // Same span twice: two elements, one inside the other.
        assert_eq!(render("abc", vec![hl(0, 3, "x"), hl(0, 3, "y")]), "<m x><m y>abc</m></m>");
        // Anchors come before an element opening at the same place, after one closing there.
        assert_eq!(
            render("abcd", vec![hl(0, 2, "x"), Span::anchor(2, "<s/>".into()), hl(2, 4, "y")]),
            "<m x>ab</m><s/><m y>cd</m>"
        );
    }

    #[test]
    fn crossing_highlights_stay_one_element_each() {
        // A = [1, 4) "bcd", B = [3, 6) "def": B opens where A closes, "d" hidden inside it.
        let html = render("abcdefg", vec![hl(1, 4, "a"), hl(3, 6, "b")]);
        assert_eq!(html, "a<m a>bcd</m><m b cont><span class=\"ovl\" hidden>d</span>ef</m>g");
        // B crosses A, which sits inside C: B waits until it can nest.
        let html = render("0123456789", vec![hl(0, 5, "c"), hl(1, 4, "a"), hl(3, 8, "b")]);
        assert_eq!(html, "<m c>0<m a>123</m>4</m><m b cont><span class=\"ovl\" hidden>34</span>567</m>89");
    }

    #[test]
    fn links_never_cross_highlights() {
        let html = render("abcdef", vec![hl(2, 5, "x"), link(0, 3)]);
        assert_eq!(html, "<a/>ab<m x>cde</m>f");
        assert_eq!(render("abcdef", vec![hl(2, 4, "x"), link(1, 5)]), "a<a>b<m x>cd</m>e</a>f");
        // Two crossing links: the second falls back.
        assert_eq!(render("abcdef", vec![link(0, 3), link(2, 5)]), "<a>ab<a/>c</a>def");
    }
}
