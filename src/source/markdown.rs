//! Markdown inputs (`.md`, `.markdown`, and text files that open with YAML front matter).
//!
//! A Markdown file is decoded like a `.txt`; then its markup is **masked**: every markup
//! character is replaced by an ASCII space, one code point for one code point, line breaks
//! kept. The masked text has the same code points at the same offsets as the decoded file
//! wherever it is not markup, so the stages (which see only the masked text) can never put
//! markup into a surface, subject, heading, term or name, and `text[char_start:char_end]`
//! of the decoded file still equals every surface.
//!
//! Masked:
//! - the YAML front matter: the `---` lines and everything between them (its `title` and
//!   `source` — or `url`, `link` — are returned as [`FrontMatter`]);
//! - HTML comments `<!-- … -->`, also over several lines (an unclosed `<!--` loses only its
//!   four characters);
//! - at the start of a line: block-quote marks `>` (each with the space after it), the `#`s of
//!   an ATX heading (with the space after them, and a closing `#` sequence), `*`/`+` bullets;
//! - thematic breaks (`---`, `***`, `___` lines) and table delimiter rows (`|---|:--:|`);
//! - table pipes `|` in table rows (a row that starts and ends with `|`, or the header and
//!   body rows around a delimiter row);
//! - emphasis: runs of two or more `*` next to text (`**bold**`, also unpaired); a single `*`
//!   or a run of one to three `_` only when paired on the same line around text, with
//!   CommonMark's flanking rules (`_` never inside a word, so `snake_case` and `a__b` stay);
//!   nothing inside a bare URL (`https://…`, `www.…`) is emphasis;
//! - links `[text](target)`: `[` and `](target)` (the text stays); images `![alt](src)`
//!   entirely; autolinks `<https://…>`: the angle brackets;
//! - HTML tags of common elements (`<br>`, `<br/>`, `</p>`, `<span class="x">`);
//! - the backslash of an escape (`\*` keeps its `*`, as text).
//!
//! Headings: an ATX heading line, or a line whose whole visible content is strongly
//! emphasised (`**一、工作回顾**`), is reported in [`Masked::headings`] as the byte range of
//! its visible content in the masked text.

use std::ops::Range;

/// Front matter closes within this many lines of the file's start (the opening `---` is
/// line 1), or it is not front matter.
pub const FRONT_MATTER_MAX_LINES: usize = 40;

/// What the front matter says about the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// `title:`, as written (quotes removed).
    pub title: Option<String>,
    /// `source:` (or `url:`, `link:`): where the report was published.
    pub source: Option<String>,
}

/// A Markdown text with its markup masked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Masked {
    /// The decoded text, markup replaced by spaces (same number of code points).
    pub text: String,
    /// The front matter, when the text opens with one.
    pub front_matter: Option<FrontMatter>,
    /// Byte ranges, in [`Masked::text`], of the visible content of heading lines (`#`
    /// headings and lines that are bold throughout), in order.
    pub headings: Vec<Range<usize>>,
}

/// Does a text open with a YAML front-matter block: a `---` line, at least one `key: value`
/// line and a closing `---` (or `...`) line within the first [`FRONT_MATTER_MAX_LINES`] lines?
/// A `.txt` file that does is read as Markdown.
pub fn has_front_matter(text: &str) -> bool {
    let lines: Vec<&str> = text.split('\n').take(FRONT_MATTER_MAX_LINES).collect();
    front_matter_close(&lines).is_some()
}

/// Index of the closing line of the front matter opening `lines`, if any.
fn front_matter_close<S: AsRef<str>>(lines: &[S]) -> Option<usize> {
    let fence = |l: &str| l.trim_end() == "---";
    if !fence(lines.first()?.as_ref()) {
        return None;
    }
    let mut keys = 0;
    for (i, l) in lines.iter().enumerate().take(FRONT_MATTER_MAX_LINES).skip(1) {
        let l = l.as_ref();
        if fence(l) || l.trim_end() == "..." {
            return (keys > 0).then_some(i);
        }
        keys += usize::from(key_value(l).is_some());
    }
    None
}

/// A top-level `key: value` line of YAML (ASCII key).
fn key_value(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_end_matches('\r');
    let colon = line.find(':')?;
    let key = &line[..colon];
    let mut kc = key.chars();
    let ok = kc.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && kc.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    let rest = &line[colon + 1..];
    (ok && (rest.is_empty() || rest.starts_with([' ', '\t']))).then(|| (key, rest.trim()))
}

/// A YAML scalar as written: quotes removed, a trailing ` # comment` of a plain scalar cut.
fn scalar(v: &str) -> Option<String> {
    let v = v.trim();
    let s = if let Some(inner) = v.strip_prefix('"').and_then(|r| r.rfind('"').map(|e| &r[..e])) {
        let mut out = String::new();
        let mut cs = inner.chars();
        while let Some(c) = cs.next() {
            if c == '\\' {
                match cs.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(o) => out.push(o),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    } else if let Some(inner) = v.strip_prefix('\'').and_then(|r| r.rfind('\'').map(|e| &r[..e])) {
        inner.replace("''", "'")
    } else {
        let cut = v.find(" #").map_or(v, |i| &v[..i]);
        if matches!(cut, "|" | ">" | "|-" | ">-" | "~" | "null" | "Null" | "NULL") {
            return None;
        }
        cut.to_string()
    };
    let s = s.trim().to_string();
    (!s.is_empty()).then_some(s)
}

/// The title and source named in the lines of a front matter (fences excluded).
fn parse_front_matter<S: AsRef<str>>(lines: &[S]) -> FrontMatter {
    let mut fm = FrontMatter::default();
    // `source` wins over `url`, which wins over `link`.
    let mut source_rank = usize::MAX;
    for l in lines {
        let Some((key, value)) = key_value(l.as_ref()) else { continue };
        let key = key.to_ascii_lowercase();
        match key.as_str() {
            "title" if fm.title.is_none() => fm.title = scalar(value),
            "source" | "url" | "link" => {
                let rank = ["source", "url", "link"].iter().position(|k| *k == key).unwrap_or(usize::MAX);
                if rank < source_rank
                    && let Some(v) = scalar(value)
                {
                    fm.source = Some(v);
                    source_rank = rank;
                }
            }
            _ => {}
        }
    }
    fm
}

/// Element names whose tags are masked when they stand in the text.
const TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "big",
    "blockquote",
    "br",
    "center",
    "code",
    "del",
    "div",
    "em",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "s",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
];

/// Mask the markup of a Markdown text. See the module documentation for what is masked.
pub fn mask(text: &str) -> Masked {
    let chars: Vec<char> = text.chars().collect();
    let mut m = Masker { chars: &chars, mask: vec![false; chars.len()], literal: vec![false; chars.len()] };

    // Lines as char ranges without the `\n` (a `\r` before it is kept in the line).
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            lines.push(start..i);
            start = i + 1;
        }
    }
    lines.push(start..chars.len());

    // Front matter.
    let first: Vec<String> =
        lines.iter().take(FRONT_MATTER_MAX_LINES).map(|r| chars[r.clone()].iter().collect()).collect();
    let mut body_from = 0;
    let front_matter = front_matter_close(&first).map(|close| {
        for r in &lines[..=close] {
            m.set(r.clone());
        }
        body_from = close + 1;
        parse_front_matter(&first[1..close])
    });

    // HTML comments, also over several lines.
    let from = lines.get(body_from).map_or(chars.len(), |r| r.start);
    m.comments(from);

    // Line classes that depend on neighbouring lines: tables.
    let body = &lines[body_from.min(lines.len())..];
    // A line's view: its characters not masked yet (comments and front matter removed).
    let view = |m: &Masker, r: &Range<usize>| -> Vec<usize> { r.clone().filter(|&i| !m.mask[i]).collect() };
    let class: Vec<LineClass> = body.iter().map(|r| m.classify(&view(&m, r))).collect();
    let mut table = vec![false; body.len()];
    for k in 0..body.len() {
        if class[k] != LineClass::Delimiter {
            continue;
        }
        if k > 0 && class[k - 1] == LineClass::Piped {
            table[k - 1] = true;
        }
        let mut j = k + 1;
        while j < body.len() && matches!(class[j], LineClass::Piped | LineClass::PipeRow) {
            table[j] = true;
            j += 1;
        }
    }

    let mut heading_chars: Vec<(usize, usize)> = Vec::new();
    for (k, r) in body.iter().enumerate() {
        match class[k] {
            LineClass::Delimiter | LineClass::Break => {
                m.set(r.clone());
                continue;
            }
            LineClass::Blank => continue,
            _ => {}
        }
        let pipes = table[k] || class[k] == LineClass::PipeRow;
        if let Some(h) = m.line(&view(&m, r), pipes) {
            heading_chars.push(h);
        }
    }

    // The masked text, and the headings' char ranges as byte ranges of it.
    let mut out = String::with_capacity(text.len());
    let mut headings = Vec::with_capacity(heading_chars.len());
    let mut hk = 0;
    let mut pending: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        if hk < heading_chars.len() {
            if pending.is_none() && heading_chars[hk].0 == i {
                pending = Some(out.len());
            }
            if let Some(s) = pending
                && heading_chars[hk].1 == i
            {
                headings.push(s..out.len());
                pending = None;
                hk += 1;
            }
        }
        out.push(if m.mask[i] && c != '\n' && c != '\r' { ' ' } else { c });
    }
    if let Some(s) = pending {
        headings.push(s..out.len());
    }
    Masked { text: out, front_matter, headings }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineClass {
    Blank,
    /// A thematic break: `---`, `***`, `___` (three or more, spaces allowed).
    Break,
    /// A table delimiter row: `|---|:--:|`, `--- | ---`.
    Delimiter,
    /// A line that starts and ends with `|`: a table row even without a delimiter row.
    PipeRow,
    /// Another line holding a `|` (a table row when next to a delimiter row).
    Piped,
    Other,
}

/// A run of `*` or `_` and what it can do.
#[derive(Debug, Clone, Copy)]
struct Delim {
    ch: char,
    /// Range in the line's view.
    start: usize,
    len: usize,
    can_open: bool,
    can_close: bool,
}

struct Masker<'a> {
    chars: &'a [char],
    mask: Vec<bool>,
    /// Characters that are text whatever they look like (escaped, inside a bare URL).
    literal: Vec<bool>,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}'
}

/// Punctuation in CommonMark's sense, approximately: anything that is neither a letter, a
/// digit nor white space (CJK punctuation included).
fn is_punct(c: char) -> bool {
    !c.is_alphanumeric() && !is_space(c)
}

impl Masker<'_> {
    fn set(&mut self, r: Range<usize>) {
        for i in r {
            self.mask[i] = true;
        }
    }

    fn starts_with(&self, at: usize, pat: &str) -> bool {
        pat.chars().enumerate().all(|(k, p)| self.chars.get(at + k) == Some(&p))
    }

    /// Mask the characters at these positions.
    fn mask_at(&mut self, at: &[usize]) {
        for &i in at {
            self.mask[i] = true;
        }
    }

    /// Mark the characters at these positions as text.
    fn literal_at(&mut self, at: &[usize]) {
        for &i in at {
            self.literal[i] = true;
        }
    }

    /// Mask `<!-- … -->` from char `from` on.
    fn comments(&mut self, from: usize) {
        let n = self.chars.len();
        let mut i = from;
        // Once no `-->` follows, none follows any later `<!--` either: stop looking (a file of
        // unclosed openers stays linear).
        let mut closes = true;
        while i + 4 <= n {
            if self.chars[i] == '<' && self.starts_with(i, "<!--") {
                let end =
                    if closes { (i + 4..n.saturating_sub(2)).find(|&j| self.starts_with(j, "-->")) } else { None };
                closes = end.is_some();
                match end {
                    Some(j) => {
                        self.set(i..j + 3);
                        i = j + 3;
                    }
                    None => {
                        self.set(i..i + 4);
                        i += 4;
                    }
                }
            } else {
                i += 1;
            }
        }
    }

    fn classify(&self, view: &[usize]) -> LineClass {
        let cs: Vec<char> = view.iter().map(|&i| self.chars[i]).collect();
        let t: Vec<char> = {
            let a = cs.iter().position(|&c| !is_space(c));
            let b = cs.iter().rposition(|&c| !is_space(c));
            match (a, b) {
                (Some(a), Some(b)) => cs[a..=b].to_vec(),
                _ => return LineClass::Blank,
            }
        };
        let marks: Vec<char> = t.iter().copied().filter(|&c| c != ' ' && c != '\t').collect();
        if marks.len() >= 3 && matches!(marks[0], '-' | '*' | '_') && marks.iter().all(|&c| c == marks[0]) {
            return LineClass::Break;
        }
        if t.contains(&'|') {
            let s: String = t.iter().collect();
            let inner = s.strip_prefix('|').unwrap_or(&s);
            let inner = inner.strip_suffix('|').unwrap_or(inner);
            let is_delim = inner.split('|').all(|cell| {
                let c = cell.trim();
                let c = c.strip_prefix(':').unwrap_or(c);
                let c = c.strip_suffix(':').unwrap_or(c);
                !c.is_empty() && c.chars().all(|x| x == '-')
            });
            if is_delim {
                return LineClass::Delimiter;
            }
            if t.len() >= 2 && t[0] == '|' && t[t.len() - 1] == '|' {
                return LineClass::PipeRow;
            }
            return LineClass::Piped;
        }
        LineClass::Other
    }

    /// Mask the markup of one line (its unmasked chars, `view`). Returns the char range of
    /// its visible content when the line is a heading.
    fn line(&mut self, view: &[usize], pipes: bool) -> Option<(usize, usize)> {
        let cs: Vec<char> = view.iter().map(|&i| self.chars[i]).collect();
        let n = cs.len();
        let mut j = 0;
        let skip_space = |j: &mut usize| {
            while *j < n && is_space(cs[*j]) {
                *j += 1;
            }
        };
        // Block quotes, then an ATX heading or a bullet.
        skip_space(&mut j);
        while j < n && cs[j] == '>' {
            self.mask[view[j]] = true;
            j += 1;
            if j < n && cs[j] == ' ' {
                self.mask[view[j]] = true;
                j += 1;
            }
            skip_space(&mut j);
        }
        let mut atx = false;
        let hashes = cs[j..].iter().take_while(|&&c| c == '#').count();
        if (1..=6).contains(&hashes) && (j + hashes == n || is_space(cs[j + hashes])) {
            atx = true;
            self.mask_at(&view[j..j + hashes]);
            j += hashes;
            if j < n {
                self.mask[view[j]] = true;
                j += 1;
            }
            // A closing sequence: spaces, then `#`s to the end of the line.
            let end = cs.iter().rposition(|&c| !is_space(c)).map_or(j, |e| e + 1).max(j);
            let closing = cs[j..end].iter().rev().take_while(|&&c| c == '#').count();
            if closing > 0 && (end - closing == j || matches!(cs[end - closing - 1], ' ' | '\t')) {
                self.mask_at(&view[end - closing..end]);
            }
        } else if j + 1 < n && matches!(cs[j], '*' | '+') && matches!(cs[j + 1], ' ' | '\t') {
            self.mask[view[j]] = true;
            j += 1;
        }

        // Inline markup.
        let mut delims: Vec<Delim> = Vec::new();
        while j < n {
            let i = view[j];
            if self.mask[i] || self.literal[i] {
                j += 1;
                continue;
            }
            let c = cs[j];
            match c {
                '\\' if j + 1 < n && cs[j + 1].is_ascii_punctuation() => {
                    self.mask[i] = true;
                    self.literal[view[j + 1]] = true;
                    j += 2;
                }
                'h' | 'w' if (j == 0 || !cs[j - 1].is_ascii_alphanumeric()) && self.url_at(&cs, j) => {
                    let end =
                        (j..n).find(|&k| is_space(cs[k]) || !cs[k].is_ascii() || matches!(cs[k], '<' | '>' | '"'));
                    self.literal_at(&view[j..end.unwrap_or(n)]);
                    j = end.unwrap_or(n);
                }
                '!' if j + 1 < n && cs[j + 1] == '[' => match link(&cs, j + 1) {
                    Some((_, end)) => {
                        self.mask_at(&view[j..=end]);
                        j = end + 1;
                    }
                    None => j += 1,
                },
                '[' => {
                    if let Some((close, end)) = link(&cs, j) {
                        self.mask[i] = true;
                        self.mask_at(&view[close..=end]);
                    }
                    j += 1;
                }
                '<' => {
                    if let Some(end) = tag(&cs, j) {
                        self.mask_at(&view[j..=end]);
                        j = end + 1;
                    } else if let Some(end) = autolink(&cs, j) {
                        self.mask[i] = true;
                        self.mask[view[end]] = true;
                        self.literal_at(&view[j + 1..end]);
                        j = end + 1;
                    } else {
                        j += 1;
                    }
                }
                '|' if pipes => {
                    self.mask[i] = true;
                    j += 1;
                }
                '*' | '_' => {
                    let mut k = j;
                    while k < n && cs[k] == c && !self.mask[view[k]] && !self.literal[view[k]] {
                        k += 1;
                    }
                    let prev = j.checked_sub(1).map(|p| cs[p]);
                    let next = cs.get(k).copied();
                    let left = next.is_some_and(|x| !is_space(x))
                        && !(next.is_some_and(is_punct) && prev.is_some_and(|p| !is_space(p) && !is_punct(p)));
                    let right = prev.is_some_and(|x| !is_space(x))
                        && !(prev.is_some_and(is_punct) && next.is_some_and(|p| !is_space(p) && !is_punct(p)));
                    let (can_open, can_close) = if c == '*' && k - j >= 2 {
                        (left, right)
                    } else if c == '*' {
                        // A single `*` between digits or Latin letters is arithmetic or a
                        // footnote mark (2*3*4), not emphasis.
                        let word = |x: Option<char>| x.is_some_and(|x| x.is_ascii_alphanumeric());
                        (left && !word(prev), right && !word(next))
                    } else {
                        (left && (!right || prev.is_some_and(is_punct)), right && (!left || next.is_some_and(is_punct)))
                    };
                    delims.push(Delim { ch: c, start: j, len: k - j, can_open, can_close });
                    j = k;
                }
                _ => j += 1,
            }
        }

        // Emphasis: `**` runs are markup wherever they touch text; single `*` and `_` runs
        // only when paired. Strong pairs (two or more) make the heading test.
        let mut strong: Vec<(usize, usize)> = Vec::new();
        let mut stack: Vec<Delim> = Vec::new();
        for d in delims {
            if d.ch == '*' && d.len >= 2 && (d.can_open || d.can_close) {
                self.mask_at(&view[d.start..d.start + d.len]);
            }
            if d.ch == '_' && d.len > 3 {
                continue;
            }
            if d.can_close
                && let Some(p) = stack.iter().rposition(|o| o.ch == d.ch && o.len == d.len)
            {
                let o = stack[p];
                stack.truncate(p);
                self.mask_at(&view[o.start..o.start + o.len]);
                self.mask_at(&view[d.start..d.start + d.len]);
                if d.len >= 2 {
                    strong.push((o.start + o.len, d.start));
                }
                continue;
            }
            if d.can_open {
                // Only the nearest openers can still pair in practice; a bounded stack keeps
                // a line of unpaired runs linear.
                if stack.len() == 64 {
                    stack.remove(0);
                }
                stack.push(d);
            }
        }

        // The visible content, and whether it is a heading.
        let visible: Vec<usize> = (0..n).filter(|&k| !self.mask[view[k]] && !is_space(cs[k])).collect();
        let (&first, &last) = (visible.first()?, visible.last()?);
        // How many strong pairs cover each position of the view.
        let mut depth = vec![0i32; n + 1];
        for &(a, b) in &strong {
            depth[a] += 1;
            depth[b] -= 1;
        }
        for k in 1..=n {
            depth[k] += depth[k - 1];
        }
        let bold = !strong.is_empty() && visible.iter().all(|&k| depth[k] > 0);
        (atx || bold).then(|| (view[first], view[last] + 1))
    }

    fn url_at(&self, cs: &[char], j: usize) -> bool {
        let rest =
            |p: &str| p.chars().enumerate().all(|(k, c)| cs.get(j + k).is_some_and(|x| x.eq_ignore_ascii_case(&c)));
        rest("http://") || rest("https://") || rest("www.")
    }
}

/// Longest link text, and longest link target, looked for (links in reports are short; the
/// bound keeps a line of a million `[` linear).
const LINK_MAX: usize = 2000;

/// A link `[text](target)` whose `[` is at `open`: the positions of its `]` and of the `)`
/// that closes the target.
fn link(cs: &[char], open: usize) -> Option<(usize, usize)> {
    let cs = &cs[..cs.len().min(open + 2 * LINK_MAX)];
    let mut depth = 0;
    let mut k = open;
    let close = loop {
        if k > open + LINK_MAX {
            return None;
        }
        match cs.get(k)? {
            '\\' => k += 1,
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    break k;
                }
            }
            _ => {}
        }
        k += 1;
    };
    if cs.get(close + 1) != Some(&'(') {
        return None;
    }
    let mut depth = 0;
    let mut k = close + 1;
    loop {
        match cs.get(k)? {
            '\\' => k += 1,
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return (k > close + 2).then_some((close, k));
                }
            }
            _ => {}
        }
        k += 1;
    }
}

/// An HTML tag of a known element at `open` (`<br>`, `</p>`, `<span class="x">`, `<br/>`):
/// the position of its `>`.
fn tag(cs: &[char], open: usize) -> Option<usize> {
    let mut k = open + 1;
    if cs.get(k) == Some(&'/') {
        k += 1;
    }
    let name_start = k;
    while cs.get(k).is_some_and(|c| c.is_ascii_alphanumeric()) {
        k += 1;
    }
    let name: String = cs[name_start..k].iter().collect::<String>().to_ascii_lowercase();
    if !TAGS.contains(&name.as_str()) {
        return None;
    }
    match cs.get(k)? {
        '>' => Some(k),
        '/' if cs.get(k + 1) == Some(&'>') => Some(k + 1),
        c if is_space(*c) => (k..cs.len()).take_while(|&x| cs[x] != '<').find(|&x| cs[x] == '>'),
        _ => None,
    }
}

/// An autolink `<scheme:…>` at `open`: the position of its `>`.
fn autolink(cs: &[char], open: usize) -> Option<usize> {
    let mut k = open + 1;
    let scheme_start = k;
    while cs.get(k).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-')) {
        k += 1;
    }
    let len = k - scheme_start;
    if !(2..=32).contains(&len) || !cs[scheme_start].is_ascii_alphabetic() || cs.get(k) != Some(&':') {
        return None;
    }
    (k + 1..cs.len()).take_while(|&x| !is_space(cs[x]) && cs[x] != '<').find(|&x| cs[x] == '>')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The masked text with every masked character that was not a space shown as `·`.
    fn masked(s: &str) -> String {
        s.chars().zip(mask(s).text.chars()).map(|(a, b)| if a != b { '·' } else { b }).collect()
    }

    fn heading_texts(s: &str) -> Vec<String> {
        let m = mask(s);
        m.headings.iter().map(|r| m.text[r.clone()].to_string()).collect()
    }

    #[test]
    fn front_matter_is_masked_and_read() {
        let s = "---\ntitle: 白城市政府工作报告 （2013年12月25日 安桂武）\nsource: https://example.org/a_b.html\n---\n\n各位代表：\n";
        let m = mask(s);
        assert_eq!(m.text.chars().count(), s.chars().count());
        let lines: Vec<&str> = m.text.split('\n').collect();
        assert!(lines[..4].iter().all(|l| l.chars().all(|c| c == ' ')), "{lines:?}");
        assert_eq!(&lines[4..], ["", "各位代表：", ""]);
        let fm = m.front_matter.unwrap();
        assert_eq!(fm.title.as_deref(), Some("白城市政府工作报告 （2013年12月25日 安桂武）"));
        assert_eq!(fm.source.as_deref(), Some("https://example.org/a_b.html"));
        assert!(m.headings.is_empty());
    }

    #[test]
    fn front_matter_values_may_be_quoted_and_url_is_a_synonym() {
        let m = mask(
            "---\ntitle: \"某市政府工作报告\"\nauthor: x\nlink: 'https://b.example/'\nurl: https://a.example/\n---\n正文",
        );
        let fm = m.front_matter.unwrap();
        assert_eq!(fm.title.as_deref(), Some("某市政府工作报告"));
        assert_eq!(fm.source.as_deref(), Some("https://a.example/"));
        let m = mask("---\ntitle: ''\nsource: https://a.example/ # where\n---\n正文");
        assert_eq!(m.front_matter, Some(FrontMatter { title: None, source: Some("https://a.example/".into()) }));
    }

    #[test]
    fn front_matter_needs_a_key_and_a_close_within_forty_lines() {
        assert!(has_front_matter("---\ntitle: x\n---\ntext"));
        assert!(has_front_matter("---\r\ntitle: x\r\n---\r\ntext"));
        assert!(!has_front_matter("---\n就是一段话\n---\ntext"), "no key: value line");
        assert!(!has_front_matter("---\ntitle: x\ntext"), "never closed");
        assert!(!has_front_matter("text\n---\ntitle: x\n---\n"), "not at the start");
        let long = format!("---\ntitle: x\n{}---\n", "a: b\n".repeat(40));
        assert!(!has_front_matter(&long));
        // Not front matter: a thematic break is masked, the rest stays.
        let m = mask("---\n一、工作回顾\n---\n");
        assert_eq!(m.front_matter, None);
        assert_eq!(masked("---\n一、工作回顾\n---\n"), "···\n一、工作回顾\n···\n");
    }

    #[test]
    fn bold_is_masked_and_bold_lines_are_headings() {
        let s = "**一、2013年工作回顾**\n一年来，**我们**做了工作。\n**[10]“3个11”：**与临近外市互通。\n";
        assert_eq!(
            masked(s),
            "··一、2013年工作回顾··\n一年来，··我们··做了工作。\n··[10]“3个11”：··与临近外市互通。\n"
        );
        assert_eq!(heading_texts(s), vec!["一、2013年工作回顾"]);
        // Two bold runs covering the line are still a heading; an unclosed run is masked.
        assert_eq!(heading_texts("**一、** **工作回顾**\n"), vec!["一、     工作回顾"]);
        assert_eq!(masked("**——2026年1月6日在武汉市会议上\n"), "··——2026年1月6日在武汉市会议上\n");
        assert!(heading_texts("**——2026年1月6日在武汉市会议上\n").is_empty());
        assert!(heading_texts("**一是加快发展。**全年增长5%。\n").is_empty());
        assert_eq!(masked("__强调__，x"), "··强调··，x");
        assert_eq!(heading_texts("  __二、工作安排__  \n"), vec!["二、工作安排"]);
        assert_eq!(masked("***三、重点***"), "···三、重点···");
    }

    #[test]
    fn atx_headings() {
        let s = "# 政府工作报告\n## 一、工作回顾 ##\n#没有空格\n####### 七个\n";
        assert_eq!(masked(s), "· 政府工作报告\n·· 一、工作回顾 ··\n#没有空格\n####### 七个\n");
        assert_eq!(heading_texts(s), vec!["政府工作报告", "一、工作回顾"]);
        assert_eq!(heading_texts("## **三、2014年重点工作**\n"), vec!["三、2014年重点工作"]);
    }

    #[test]
    fn heading_ranges_are_bytes_of_the_masked_text() {
        let s = "<!-- 图片说明：市长作报告 -->\n## 一、回顾\n正文\n**二、安排**";
        let m = mask(s);
        assert_eq!(m.text.chars().count(), s.chars().count());
        let got: Vec<&str> = m.headings.iter().map(|r| &m.text[r.clone()]).collect();
        assert_eq!(got, ["一、回顾", "二、安排"]);
    }

    #[test]
    fn single_emphasis_only_when_paired() {
        assert_eq!(masked("这是*重点*内容"), "这是·重点·内容");
        assert_eq!(masked("2*3*4 与 a * b"), "2*3*4 与 a * b");
        assert_eq!(masked("*注：数据为预计数"), "*注：数据为预计数");
        assert_eq!(masked("_斜体_"), "·斜体·");
        assert_eq!(masked("snake_case_name 和 a__b__c"), "snake_case_name 和 a__b__c");
        let url = "见 https://x.gov.cn/__init__/a_b_c 和 www.a.cn/_x_";
        assert_eq!(masked(url), url);
        assert_eq!(masked("填写：______"), "填写：______");
        assert_eq!(masked("\\*不是强调\\*"), "·*不是强调·*");
    }

    #[test]
    fn quotes_and_bullets() {
        assert_eq!(masked("> 引用的一段\n>> 二层\n"), "· 引用的一段\n·· 二层\n");
        assert_eq!(masked("> # 标题\n"), "· · 标题\n");
        assert_eq!(heading_texts("> # 标题\n"), vec!["标题"]);
        assert_eq!(masked("* 第一项\n+ 第二项\n- 第三项\n"), "· 第一项\n· 第二项\n- 第三项\n");
        assert_eq!(masked("增速>5%"), "增速>5%");
    }

    #[test]
    fn comments_over_lines() {
        let s = "前<!-- 一\n二 -->后\n<!-- 没有结束\n正文";
        assert_eq!(masked(s), "前···· ·\n· ···后\n···· 没有结束\n正文");
    }

    #[test]
    fn links_images_tags() {
        assert_eq!(masked("见[网站](https://a.cn/x_(b))。"), format!("见·网站{}。", "·".repeat(21)));
        assert_eq!(masked("图![照片](a.jpg)后"), format!("图{}后", "·".repeat(12)));
        assert_eq!(masked("[17]是注释，[1](2)"), "[17]是注释，·1····");
        assert_eq!(
            masked("一<br>二<br/></p><span class=\"x\">字</span>"),
            "一····二·············· ··········字·······"
        );
        assert_eq!(masked("<https://a.cn/x_y_z>"), "·https://a.cn/x_y_z·");
        assert_eq!(masked("PM2.5<35微克，a<b>c"), "PM2.5<35微克，a···c");
    }

    #[test]
    fn tables() {
        let s = "| 指标 | 数值 |\n|---|:--:|\n| 地区生产总值 | 700亿元 |\n\n甲 | 乙\n--- | ---\n丙 | 丁\n";
        assert_eq!(
            masked(s),
            "· 指标 · 数值 ·\n··········\n· 地区生产总值 · 700亿元 ·\n\n甲 · 乙\n··· · ···\n丙 · 丁\n"
        );
        // A pipe in ordinary text stays.
        assert_eq!(masked("甲|乙\n正文"), "甲|乙\n正文");
    }

    #[test]
    fn thematic_breaks() {
        assert_eq!(masked("上\n***\n下\n_ _ _\n"), "上\n···\n下\n· · ·\n");
    }

    /// Inputs that would make a naive scanner quadratic: unclosed comments, brackets and
    /// emphasis runs by the hundred thousand, on one line.
    #[test]
    fn hostile_markup_stays_linear() {
        let started = std::time::Instant::now();
        for unit in ["<!--", "[", "[a](", "*a _b ", "**a ", "<span ", "|"] {
            let s = unit.repeat(200_000 / unit.len());
            let m = mask(&s);
            assert_eq!(m.text.chars().count(), s.chars().count());
        }
        let heading = format!("{}\n", "**粗体** ".repeat(50_000));
        assert_eq!(mask(&heading).headings.len(), 1);
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    }

    proptest! {
        #[test]
        fn masking_keeps_every_offset(s in "[-*_#>|\\[\\]()!<>:a-z 报告，。\n\r`~\\\\]{0,200}") {
            let m = mask(&s);
            prop_assert_eq!(m.text.chars().count(), s.chars().count());
            for (a, b) in s.chars().zip(m.text.chars()) {
                prop_assert!(a == b || b == ' ', "{:?} became {:?}", a, b);
                if a == '\n' || a == '\r' { prop_assert_eq!(a, b); }
            }
            for r in &m.headings {
                prop_assert!(m.text.is_char_boundary(r.start) && m.text.is_char_boundary(r.end) && r.start < r.end);
            }
        }

        #[test]
        fn front_matter_text_keeps_every_offset(title in "[a-z报告 ]{0,20}", body in "[*_#a-z报告，\n]{0,80}") {
            let s = format!("---\ntitle: {title}\n---\n{body}");
            let m = mask(&s);
            prop_assert_eq!(m.text.chars().count(), s.chars().count());
            prop_assert!(m.text.starts_with("   \n"));
        }
    }
}
