//! The frame every page shares: doctype, head (title, style sheet) and the closing tags.

use std::io::{self, Write};

use super::escape::esc;

/// Write the start of a page up to and including `<body>`. `root` is the relative path to
/// the site's root (`""` for index.html, `"../"` for pages in `d/` and `r/`).
pub fn head(out: &mut impl Write, title: &str, root: &str, body_class: &str) -> io::Result<()> {
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"gwr {}\">\n<title>{} · gwr report</title>\n\
         <link rel=\"stylesheet\" href=\"{}assets/style.css\">\n</head>\n<body class=\"{}\">\n",
        esc(crate::VERSION),
        esc(title),
        esc(root),
        esc(body_class)
    )
}

/// Write the end of a page: the script it uses, if any, then the closing tags.
pub fn tail(out: &mut impl Write, root: &str, script: Option<&str>) -> io::Result<()> {
    if let Some(s) = script {
        writeln!(out, "<script src=\"{}assets/{}\"></script>", esc(root), esc(s))?;
    }
    out.write_all(b"</body>\n</html>\n")
}
