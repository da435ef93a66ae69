//! Walk input paths and decide what each file is.

use std::path::{Path, PathBuf};

/// How a file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Docx,
    Html,
}

impl Kind {
    /// The kind of a file by its extension, or None for files gwr does not read.
    pub fn of(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Kind::Text),
            "docx" => Some(Kind::Docx),
            "html" | "htm" | "xhtml" => Some(Kind::Html),
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

/// Walk `roots` recursively. Files come back sorted by `doc_id` then path, so output order
/// does not depend on the file system. Hidden files (`.name`) and symlinked directories are
/// passed over, which also keeps a walk from looping.
pub fn walk(roots: &[PathBuf]) -> std::io::Result<Walk> {
    let mut w = Walk::default();
    for root in roots {
        let meta = std::fs::metadata(root)?;
        if meta.is_file() {
            let name = root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            push(&mut w, root.clone(), name);
        } else {
            visit(root, root, &mut w)?;
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
        let ft = e.file_type()?;
        let path = e.path();
        if ft.is_dir() {
            visit(root, &path, w)?;
        } else if ft.is_file() || (ft.is_symlink() && path.is_file()) {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            push(w, path, rel);
        }
    }
    Ok(())
}

fn push(w: &mut Walk, path: PathBuf, rel_path: String) {
    match Kind::of(&path) {
        Some(kind) => {
            let doc_id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            w.files.push(InputFile { path, rel_path, doc_id, kind });
        }
        None => w.skipped.push((path, "not a .txt, .docx or .html file".to_string())),
    }
}

/// `doc_id` is the file stem; when two files share a stem (a.txt and a.docx, or the same
/// name in two folders) the later ones get their relative path, extension included, instead
/// (`a.docx`, `2025/a.txt`), and a number if even that is taken (two input folders holding
/// the same relative path), so keys stay unique and stable.
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
        let doc_id = path.file_stem().unwrap().to_string_lossy().into_owned();
        InputFile { path, rel_path: rel.to_string(), doc_id, kind: Kind::Text }
    }

    #[test]
    fn duplicate_stems_get_unique_ids() {
        let mut files = vec![file("a.txt"), file("a.docx"), file("a.txt"), file("b.txt")];
        files.sort_by(|a, b| a.doc_id.cmp(&b.doc_id).then_with(|| a.rel_path.cmp(&b.rel_path)));
        dedupe_ids(&mut files);
        let mut ids: Vec<&str> = files.iter().map(|f| f.doc_id.as_str()).collect();
        ids.sort();
        assert_eq!(ids, vec!["a", "a.txt", "a.txt~2", "b"]);
    }
}
