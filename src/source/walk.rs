//! Walk input paths and decide what each file is.
//!
//! Only regular files are read. Anything else under the input paths — a named pipe, a
//! socket, a device, a symbolic link to one of those or to a folder, a broken link — is
//! never opened (opening a named pipe blocks). When its name is a report's (`x.txt`, `x.md`
//! …) it still gets its `documents` row, with the reason as an error, since the user meant it
//! as an input; otherwise it is listed in `skipped` with why.

use std::fs::FileType;
use std::path::{Path, PathBuf};

/// How a file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Decoded like `Text`, then its markup masked (`source::markdown`).
    Markdown,
    Docx,
    Html,
    /// A document format gwr does not read (.pdf, .doc …): listed in `documents` as an error
    /// that says what to do, so that no report in the folder goes unnoticed.
    Unsupported(&'static str),
}

impl Kind {
    /// The kind of a file by its extension, or None for files gwr does not read.
    pub fn of(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Kind::Text),
            "md" | "markdown" => Some(Kind::Markdown),
            "docx" => Some(Kind::Docx),
            "html" | "htm" | "xhtml" => Some(Kind::Html),
            "doc" | "wps" => Some(Kind::Unsupported("an old Word or WPS file: save it as .docx")),
            "pdf" => Some(Kind::Unsupported("a PDF: convert it to text first (pdftotext -layout)")),
            "rtf" | "odt" | "pages" => Some(Kind::Unsupported("not a format gwr reads: save it as .docx")),
            // Reports are often shared packed; gwr does not unpack (a zip bomb stays unopened).
            "zip" | "rar" | "7z" | "tar" | "gz" | "tgz" | "bz2" | "xz" | "zst" => {
                Some(Kind::Unsupported("an archive: unpack it and give gwr the files inside"))
            }
            _ => None,
        }
    }
}

/// One input file.
#[derive(Debug, Clone)]
pub struct InputFile {
    pub path: PathBuf,
    /// Path relative to the input folder it was found under, with `/` separators.
    pub rel_path: String,
    pub doc_id: String,
    pub kind: Kind,
}

/// Result of walking the inputs: the files to read, and the ones passed over (with why).
#[derive(Debug, Default)]
pub struct Walk {
    pub files: Vec<InputFile>,
    pub skipped: Vec<(PathBuf, String)>,
}

/// What a file that is not a regular file is, in words (for `skipped` and error messages).
pub fn file_kind(ft: &FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "named pipe";
        }
        if ft.is_socket() {
            return "socket";
        }
        if ft.is_block_device() || ft.is_char_device() {
            return "device file";
        }
    }
    if ft.is_dir() {
        "folder"
    } else if ft.is_symlink() {
        "symbolic link"
    } else if ft.is_file() {
        "regular file"
    } else {
        "not a regular file"
    }
}

/// Walk `roots` recursively. Files come back sorted by `doc_id`, so output order does not
/// depend on the file system. Hidden files (`.name`) are passed over silently; symbolic links
/// to folders are not followed (which also keeps a walk from looping) and are listed as
/// skipped, like everything else that is not a regular file.
pub fn walk(roots: &[PathBuf]) -> std::io::Result<Walk> {
    let mut w = Walk::default();
    for root in roots {
        let meta = std::fs::metadata(root)?;
        if meta.is_file() {
            let name = root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            push(&mut w, root.clone(), name);
        } else if meta.is_dir() {
            visit(root, root, &mut w)?;
        } else {
            // A pipe or device given by name: its row says why it is not read.
            let name = root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            not_regular(&mut w, root.clone(), name, file_kind(&meta.file_type()).to_string());
        }
    }
    w.files.sort_by(|a, b| a.doc_id.cmp(&b.doc_id).then_with(|| a.rel_path.cmp(&b.rel_path)));
    dedupe_ids(&mut w.files);
    w.files.sort_by(|a, b| a.doc_id.cmp(&b.doc_id));
    Ok(w)
}

fn visit(root: &Path, dir: &Path, w: &mut Walk) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        // `file_type` does not follow symbolic links; `metadata` below does, for links only.
        let ft = e.file_type()?;
        let path = e.path();
        if ft.is_dir() {
            visit(root, &path, w)?;
        } else if ft.is_file() {
            push(w, path.clone(), rel(root, &path));
        } else if ft.is_symlink() {
            match std::fs::metadata(&path) {
                Ok(m) if m.is_file() => push(w, path.clone(), rel(root, &path)),
                Ok(m) if m.is_dir() => w.skipped.push((path, "symbolic link to a folder (not followed)".into())),
                Ok(m) => {
                    let why = format!("symbolic link to a {}", file_kind(&m.file_type()));
                    not_regular(w, path.clone(), rel(root, &path), why);
                }
                Err(_) => not_regular(w, path.clone(), rel(root, &path), "broken symbolic link".into()),
            }
        } else {
            not_regular(w, path.clone(), rel(root, &path), file_kind(&ft).to_string());
        }
    }
    Ok(())
}

/// `path` relative to `root`, `/`-separated.
fn rel(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// The doc_id of a relative path: the path without the extension of its last part.
pub fn doc_id_of(rel_path: &str) -> String {
    let (dir, name) = rel_path.rsplit_once('/').map_or(("", rel_path), |(d, n)| (d, n));
    let stem = match name.rfind('.') {
        Some(i) if i > 0 => &name[..i],
        _ => name,
    };
    if dir.is_empty() { stem.to_string() } else { format!("{dir}/{stem}") }
}

/// Something that is not a regular file: an input (it gets a `documents` row, and reading it
/// fails with the reason without opening it) when its name is a report's, else skipped.
fn not_regular(w: &mut Walk, path: PathBuf, rel_path: String, why: String) {
    match Kind::of(&path) {
        Some(kind) => add(w, path, rel_path, kind),
        None => w.skipped.push((path, why)),
    }
}

/// An input file, its doc_id from its relative path.
fn add(w: &mut Walk, path: PathBuf, rel_path: String, kind: Kind) {
    let doc_id = doc_id_of(&rel_path);
    w.files.push(InputFile { path, rel_path, doc_id, kind });
}

fn push(w: &mut Walk, path: PathBuf, rel_path: String) {
    let kind = Kind::of(&path)
        .or_else(|| (path.extension().is_none() && opens_with_front_matter(&path)).then_some(Kind::Markdown));
    match kind {
        Some(kind) => add(w, path, rel_path, kind),
        None => w.skipped.push((path, "not a .txt, .md, .docx or .html file".to_string())),
    }
}

/// Does a file without an extension open with YAML front matter (so it is Markdown)? Reads
/// at most its first 16 KiB.
fn opens_with_front_matter(path: &Path) -> bool {
    use std::io::Read;
    let Ok(f) = std::fs::File::open(path) else { return false };
    let mut head = Vec::new();
    if f.take(16 << 10).read_to_end(&mut head).is_err() {
        return false;
    }
    let text = match super::decode::decode_text(&head, None) {
        Ok(l) => l.text,
        Err(_) => String::from_utf8_lossy(&head).into_owned(),
    };
    super::markdown::has_front_matter(&text)
}

/// Ids must be unique. When two files would get the same id (`a.txt` and `a.docx` in one
/// folder; the same relative path under two input folders), the first in path order keeps
/// it and the later ones get their relative path with its extension (`a.txt`), and a number
/// if even that is taken (`a.txt~2`). Only files that collide are affected: a file's id never
/// depends on the other files of the run otherwise.
fn dedupe_ids(files: &mut [InputFile]) {
    let mut taken: std::collections::HashSet<String> = files.iter().map(|f| f.doc_id.clone()).collect();
    let mut i = 0;
    while i < files.len() {
        let mut j = i + 1;
        while j < files.len() && files[j].doc_id == files[i].doc_id {
            j += 1;
        }
        for f in &mut files[i + 1..j] {
            let mut id = f.rel_path.clone();
            let mut n = 2;
            while taken.contains(&id) {
                id = format!("{}~{n}", f.rel_path);
                n += 1;
            }
            taken.insert(id.clone());
            f.doc_id = id;
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(rel: &str) -> InputFile {
        let path = PathBuf::from(rel);
        InputFile { path, rel_path: rel.to_string(), doc_id: doc_id_of(rel), kind: Kind::Text }
    }

    #[test]
    fn doc_id_is_the_relative_path_without_extension() {
        assert_eq!(doc_id_of("cq-dadukou-2022.txt"), "cq-dadukou-2022");
        assert_eq!(doc_id_of("city/三亚市/2014.md"), "city/三亚市/2014");
        assert_eq!(doc_id_of("a.b/report"), "a.b/report");
        assert_eq!(doc_id_of("v1.2/报告.tar.gz"), "v1.2/报告.tar");
    }

    #[test]
    fn colliding_ids_keep_their_extension() {
        // Two input folders with the same relative path; a .txt and a .docx of one name.
        let mut files = vec![file("a.txt"), file("a.docx"), file("a.txt"), file("b.txt"), file("x/b.txt")];
        files.sort_by(|a, b| a.doc_id.cmp(&b.doc_id).then_with(|| a.rel_path.cmp(&b.rel_path)));
        dedupe_ids(&mut files);
        let mut ids: Vec<&str> = files.iter().map(|f| f.doc_id.as_str()).collect();
        ids.sort();
        assert_eq!(ids, vec!["a", "a.txt", "a.txt~2", "b", "x/b"]);
    }

    #[test]
    fn markdown_by_extension() {
        assert_eq!(Kind::of(Path::new("城市/2014.md")), Some(Kind::Markdown));
        assert_eq!(Kind::of(Path::new("a.MARKDOWN")), Some(Kind::Markdown));
        assert_eq!(Kind::of(Path::new("a.TXT")), Some(Kind::Text));
        assert_eq!(Kind::of(Path::new("README")), None);
    }
}
