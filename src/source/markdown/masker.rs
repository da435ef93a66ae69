//! The masker: which characters of a Markdown line are markup (emphasis, links, images, tags,
//! autolinks, escapes, quote and heading marks, table pipes), marked one character at a time.

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

/// What a line is, as far as it depends on its neighbours (tables) or ends the line early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LineClass {
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

pub(super) struct Masker<'a> {
    pub(super) chars: &'a [char],
    pub(super) mask: Vec<bool>,
    /// Characters that are text whatever they look like (escaped, inside a bare URL).
    pub(super) literal: Vec<bool>,
}

pub(super) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}'
}

/// The characters markup is made of: a line without any is no table row, break or heading,
/// and [`Masker::line`] masks nothing in it (quote and heading marks, bullets, escapes, URLs
/// (h, w), images, links, tags, pipes, emphasis, rules).
pub(super) fn is_markup_char(c: char) -> bool {
    matches!(c, '>' | '#' | '*' | '+' | '\\' | 'h' | 'w' | '!' | '[' | '<' | '|' | '_' | '-')
}

/// Punctuation in CommonMark's sense, approximately: anything that is neither a letter, a
/// digit nor white space (CJK punctuation included).
fn is_punct(c: char) -> bool {
    !c.is_alphanumeric() && !is_space(c)
}

impl Masker<'_> {
    #[cfg(test)]
    pub(super) fn set(&mut self, r: std::ops::Range<usize>) {
        for i in r {
            self.mask[i] = true;
        }
    }

    #[cfg(test)]
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
    #[cfg(test)]
    pub(super) fn comments(&mut self, from: usize) {
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

    pub(super) fn classify(&self, view: &[usize]) -> LineClass {
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
    pub(super) fn line(&mut self, view: &[usize], pipes: bool) -> Option<(usize, usize)> {
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
