//! Where each page of the site goes, and how pages link to each other.
//!
//! ```text
//! index.html          all documents, with filters
//! d/<doc>.html        one page per document
//! r/<region>.html     one page per region
//! assets/             style.css, index.js, doc.js
//! ```
//!
//! File names come from doc_ids and region names, which come from input file names and
//! report text: letters and digits are kept (so 海拉尔区政府工作报告-2012 stays readable),
//! anything else becomes `_`, and the first 8 hex digits of the name's SHA-256 end it, so two
//! names that differ only in case or punctuation never share a file. Links percent-encode it.

use sha2::{Digest, Sha256};

use super::escape::url_segment;

/// The file name (without folder) of a page named `name`.
pub fn file_name(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if slug.chars().count() >= 60 {
            break;
        }
        let c = if c.is_alphanumeric() || c == '-' { c } else { '_' };
        if !(c == '_' && slug.ends_with('_')) {
            slug.push(c);
        }
    }
    let digest = hex::encode(Sha256::digest(name.as_bytes()));
    let slug = slug.trim_matches('_');
    if slug.is_empty() { format!("{}.html", &digest[..8]) } else { format!("{slug}-{}.html", &digest[..8]) }
}

/// Folder of document pages, relative to the site's root.
pub const DOCS: &str = "d";
/// Folder of region pages.
pub const REGIONS: &str = "r";
/// Folder of the style sheet and scripts.
pub const ASSETS: &str = "assets";

/// Link from the root (index.html) to a document page.
pub fn doc_from_root(doc_id: &str) -> String {
    format!("{DOCS}/{}", url_segment(&file_name(doc_id)))
}

/// Link from a page in `d/` or `r/` to a document page.
pub fn doc_from_page(doc_id: &str) -> String {
    format!("../{DOCS}/{}", url_segment(&file_name(doc_id)))
}

/// Link from the root to a region page.
pub fn region_from_root(region: &str) -> String {
    format!("{REGIONS}/{}", url_segment(&file_name(region)))
}

/// Link from a page in `d/` or `r/` to a region page.
pub fn region_from_page(region: &str) -> String {
    format!("../{REGIONS}/{}", url_segment(&file_name(region)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_readable_safe_and_distinct() {
        let a = file_name("海拉尔区政府工作报告-2012");
        assert!(a.starts_with("海拉尔区政府工作报告-2012-") && a.ends_with(".html"), "{a}");
        assert_ne!(file_name("Report"), file_name("report"));
        assert_ne!(file_name("a.txt"), file_name("a_txt"));
        let hostile = file_name("<script>alert(1)</script>/../x");
        assert!(hostile.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.')), "{hostile}");
        assert!(!hostile.contains(".."));
        assert_eq!(file_name("///").len(), "12345678.html".len());
        assert_eq!(doc_from_root("a b"), format!("d/{}", file_name("a b")));
        assert!(doc_from_page("报告").starts_with("../d/%E6%8A%A5"));
    }
}
