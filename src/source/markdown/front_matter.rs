//! YAML front matter: the `---` block some Markdown collections open with, and the two keys a
//! report's row can use (`title`, `source`).

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

/// Does a text open with a YAML front-matter block: a `---` line, at least one `key: value`
/// line and a closing `---` (or `...`) line within the first [`FRONT_MATTER_MAX_LINES`] lines?
/// A `.txt` file that does is read as Markdown.
pub fn has_front_matter(text: &str) -> bool {
    let lines: Vec<&str> = text.split('\n').take(FRONT_MATTER_MAX_LINES).collect();
    front_matter_close(&lines).is_some()
}

/// Index of the closing line of the front matter opening `lines`, if any.
pub(super) fn front_matter_close<S: AsRef<str>>(lines: &[S]) -> Option<usize> {
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
pub(super) fn parse_front_matter<S: AsRef<str>>(lines: &[S]) -> FrontMatter {
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
