//! Visible text of an HTML page: tags dropped, `script`/`style`/`head` contents dropped,
//! block elements on lines of their own, entities decoded.
//!
//! Scraped report pages are simple, often malformed HTML; a tolerant scanner that never
//! fails serves them better than a strict parser. Offsets of HTML inputs count in the
//! visible text this produces, as the contract says.

const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
    "title",
    "td",
    "th",
    "dd",
    "dt",
    "dl",
    "nav",
    "form",
    "center",
    "main",
    "aside",
    "figure",
    "figcaption",
    "address",
    "caption",
];
const HIDDEN: &[&str] = &["script", "style", "head", "noscript", "template", "svg", "iframe", "object", "canvas"];

/// The charset a page declares in a `<meta>` tag, when it is one gwr knows.
pub fn declared_charset(bytes: &[u8]) -> Option<super::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let name: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    name.parse().ok()
}

/// Visible text of an HTML document.
pub fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut hidden: Option<String> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if hidden.is_none() {
                push_text(&mut out, rest);
            }
            break;
        };
        if hidden.is_none() {
            push_text(&mut out, &rest[..lt]);
        }
        rest = &rest[lt..];
        // `<` that cannot open a tag (`a < b`, `<5%`) is text.
        if !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?')) {
            if hidden.is_none() {
                push_text(&mut out, "<");
            }
            rest = &rest[1..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(h) = &hidden {
            if closing && *h == name {
                hidden = None;
            }
            continue;
        }
        if !closing && HIDDEN.contains(&name.as_str()) && !tag.ends_with('/') {
            hidden = Some(name);
            continue;
        }
        if BLOCK.contains(&name.as_str()) && !out.is_empty() && !out.ends_with('\n') {
            // A line does not end in the white space that folded before the tag.
            out.truncate(out.trim_end_matches(' ').len());
            out.push('\n');
        }
    }
    out.trim_end_matches(['\n', ' ']).to_string()
}

/// Append text, with HTML white space folded and entities decoded.
fn push_text(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        push_folded(out, &rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..].find(|c: char| c == ';' || c == '&' || c == '<' || c.is_whitespace()).map(|e| e + 1);
        match end.filter(|&e| rest[e..].starts_with(';')).and_then(|e| entity(&rest[1..e]).map(|c| (e, c))) {
            Some((e, c)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    push_folded(out, rest);
}

fn push_folded(out: &mut String, s: &str) {
    for c in s.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r') {
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

fn entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "middot" => '·',
        "hellip" => '…',
        "ndash" => '–',
        "emsp" => '\u{2003}',
        "ensp" => '\u{2002}',
        "thinsp" => '\u{2009}',
        "times" => '×',
        "divide" => '÷',
        "deg" => '°',
        "permil" => '‰',
        "plusmn" => '±',
        "le" => '≤',
        "ge" => '≥',
        "sup2" => '²',
        "sup3" => '³',
        "bull" => '•',
        "laquo" => '«',
        "raquo" => '»',
        "yen" => '¥',
        "copy" => '©',
        "reg" => '®',
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(h) => u32::from_str_radix(h, 16).ok()?,
                None => n.parse().ok()?,
            };
            return char::from_u32(code);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_scripts_vanish() {
        let html = "<html><head><title>t</title><script>var a='<p>';</script></head><body>\n<div>政府工作报告</div><p>增长&nbsp;8.8%&#65292;<b>好</b></p><!-- x --><p>A &amp; B &unknown; C</p></body></html>";
        assert_eq!(visible_text(html), "政府工作报告\n增长\u{a0}8.8%，好\nA & B &unknown; C");
    }

    #[test]
    fn lines_have_no_trailing_spaces_and_stray_lt_is_text() {
        let html = "<div>\n  甲 \n</div>\n<p>比例 <5% 时</p> <br> <p>乙</p>";
        assert_eq!(visible_text(html), "甲\n比例 <5% 时\n乙");
    }

    #[test]
    fn charset_from_meta() {
        let b = br#"<meta http-equiv="Content-Type" content="text/html; charset=gb2312">"#;
        assert_eq!(declared_charset(b), Some(super::super::Encoding::Gb18030));
    }
}
