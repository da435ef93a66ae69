//! Escaping: every piece of text that reaches a page goes through here.
//!
//! Report text comes from scraped web pages, and so do terms, names, titles and file names:
//! any of them may hold `<script>`, `onerror=` or a stray quote. [`esc`] is the one function
//! that turns text into HTML, for element content and for attribute values alike (all five
//! of `& < > " '` are replaced, so a value is safe in either quoting). Hrefs are built from
//! percent-encoded path segments ([`url_segment`]) and escaped as well. JSON placed inside a
//! `<script type="application/json">` goes through [`script_json`], which leaves no `<`, so
//! no `</script>` or `<!--` can end or bend the element.

use std::fmt;

/// Text made safe for HTML element content and for attribute values.
pub fn esc(s: &str) -> Esc<'_> {
    Esc(s)
}

/// Display wrapper of [`esc`]: `write!(w, "<td>{}</td>", esc(name))`.
#[derive(Clone, Copy)]
pub struct Esc<'a>(&'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let mut last = 0;
        for (i, b) in s.bytes().enumerate() {
            let rep = match b {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                _ => continue,
            };
            f.write_str(&s[last..i])?;
            f.write_str(rep)?;
            last = i + 1;
        }
        f.write_str(&s[last..])
    }
}

/// A path segment percent-encoded for a URL (RFC 3986 unreserved characters kept), so a
/// file name with `#`, `?`, `%`, spaces or quotes links to itself and to nothing else.
pub fn url_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// JSON for a `<script type="application/json">` element: `<`, `>` and `&` are written as
/// `\u003c`, `\u003e`, `\u0026` (they can only occur inside JSON strings, where the escapes
/// mean the same characters), so the element cannot be closed from inside.
pub fn script_json(v: &serde_json::Value) -> String {
    let s = v.to_string();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_quotes_become_text() {
        assert_eq!(esc("<script>alert(1)</script>").to_string(), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(
            esc(r#"<img src=x onerror="alert(1)">'"#).to_string(),
            "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;"
        );
        assert_eq!(esc("a & b").to_string(), "a &amp; b");
        assert_eq!(esc("地区生产总值增长5.5%").to_string(), "地区生产总值增长5.5%");
        assert_eq!(esc("").to_string(), "");
    }

    #[test]
    fn url_segments_keep_only_unreserved_bytes() {
        assert_eq!(url_segment("a-b_c.html"), "a-b_c.html");
        assert_eq!(url_segment("a b#c?d%\"'<"), "a%20b%23c%3Fd%25%22%27%3C");
        assert_eq!(url_segment("报告"), "%E6%8A%A5%E5%91%8A");
    }

    #[test]
    fn script_json_cannot_close_its_element() {
        let v = serde_json::json!({"t": "</script><script>alert(1)</script><!--", "u": "a&b"});
        let s = script_json(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'), "{s}");
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
