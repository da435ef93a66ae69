//! The style sheet and the two small scripts every page links to, embedded in the binary and
//! written into `assets/` of the site. Plain CSS and JavaScript: no framework, no network, no
//! web fonts (the CSS names system fonts that hold Chinese).

use std::path::Path;

use crate::error::RunError;
use crate::sink::atomic;

/// `assets/style.css`.
pub const STYLE: &str = include_str!("assets/style.css");
/// `assets/doc.js`: a row's fields on hover or click, on document pages.
pub const DOC_JS: &str = include_str!("assets/doc.js");
/// `assets/index.js`: the index's filters.
pub const INDEX_JS: &str = include_str!("assets/index.js");

/// Write the assets into `dir` (the site's `assets/` folder, which must exist).
pub fn write(dir: &Path) -> Result<(), RunError> {
    for (name, body) in [("style.css", STYLE), ("doc.js", DOC_JS), ("index.js", INDEX_JS)] {
        atomic::write_all(&dir.join(name), body.as_bytes())?;
    }
    Ok(())
}
