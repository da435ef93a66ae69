//! The text of a .docx: paragraphs of `word/document.xml` in document order (table cells
//! included), each the concatenation of its `w:t` runs, joined by `\n`; `<w:br/>` and
//! `<w:cr/>` are `\n`, `<w:tab/>` is `\t` (the contract's definition, so offsets agree).

use std::io::Read;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::{Limits, Loaded};
use crate::error::SourceError;

/// Extract the text of a .docx held in memory.
pub fn docx_text(bytes: &[u8], limits: &Limits) -> Result<Loaded, SourceError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| SourceError::Zip(e.to_string()))?;
    let mut entry = match zip.by_name("word/document.xml") {
        Ok(e) => e,
        Err(zip::result::ZipError::FileNotFound) => return Err(SourceError::NoDocumentXml),
        Err(e) => return Err(SourceError::Zip(e.to_string())),
    };
    // The declared size can lie; `take` caps what is actually inflated.
    let mut xml = Vec::with_capacity(entry.size().min(limits.max_xml_bytes) as usize);
    (&mut entry).take(limits.max_xml_bytes + 1).read_to_end(&mut xml).map_err(|e| SourceError::Zip(e.to_string()))?;
    if xml.len() as u64 > limits.max_xml_bytes {
        return Err(SourceError::DecompressionCap { limit: limits.max_xml_bytes });
    }
    let text = document_xml_text(&xml)?;
    Ok(Loaded::plain(text, Some(super::Encoding::Utf8), vec![]))
}

/// Is this element in the WordprocessingML namespace (prefix `w`, or none)? DrawingML and
/// math have their own `p` and `t` elements (`a:p`, `a:t`, `m:t`) that are not paragraphs of
/// the document.
fn is_w(name: quick_xml::name::QName) -> bool {
    name.prefix().is_none_or(|p| p.as_ref() == "w")
}

/// Paragraph text of a WordprocessingML body.
///
/// Skipped: deleted text (`w:delText`), field codes (`w:instrText`), tab-stop definitions
/// (`w:tabs/w:tab` in paragraph properties) and the `mc:Fallback` copy of content that Word
/// writes twice for older readers.
pub fn document_xml_text(xml: &[u8]) -> Result<String, SourceError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = String::new();
    let mut paragraphs = 0usize;
    let mut in_t = false;
    let mut in_tabs = 0usize;
    let mut in_fallback = 0usize;
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| SourceError::Xml(format!("at byte {}: {e}", reader.buffer_position())))?;
        match ev {
            Event::Start(e) => {
                let name = e.name();
                let local = e.local_name();
                if local.as_ref() == "Fallback" && name.prefix().is_some_and(|p| p.as_ref() == "mc") {
                    in_fallback += 1;
                } else if in_fallback == 0 && is_w(name) {
                    match local.as_ref() {
                        "p" => {
                            if paragraphs > 0 {
                                out.push('\n');
                            }
                            paragraphs += 1;
                        }
                        "t" => in_t = true,
                        "tabs" => in_tabs += 1,
                        _ => {}
                    }
                }
            }
            Event::Empty(e) if in_fallback == 0 && is_w(e.name()) => match e.local_name().as_ref() {
                "p" => {
                    if paragraphs > 0 {
                        out.push('\n');
                    }
                    paragraphs += 1;
                }
                "br" | "cr" => out.push('\n'),
                "tab" if in_tabs == 0 => out.push('\t'),
                _ => {}
            },
            Event::End(e) => {
                let name = e.name();
                let local = e.local_name();
                if local.as_ref() == "Fallback" && name.prefix().is_some_and(|p| p.as_ref() == "mc") {
                    in_fallback = in_fallback.saturating_sub(1);
                } else if is_w(name) {
                    match local.as_ref() {
                        "t" => in_t = false,
                        "tabs" => in_tabs = in_tabs.saturating_sub(1),
                        _ => {}
                    }
                }
            }
            Event::Text(t) if in_t && in_fallback == 0 => {
                // Entities arrive as separate `GeneralRef` events, so this text has none.
                out.push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) if in_t && in_fallback == 0 => {
                out.push_str(&resolve_entity(&r.into_inner()));
            }
            Event::CData(t) if in_t && in_fallback == 0 => out.push_str(&t.into_inner()),
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

fn resolve_entity(name: &str) -> String {
    match name {
        "amp" => "&".into(),
        "lt" => "<".into(),
        "gt" => ">".into(),
        "quot" => "\"".into(),
        "apos" => "'".into(),
        _ => {
            let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok()
            } else {
                name.strip_prefix('#').and_then(|d| d.parse().ok())
            };
            code.and_then(char::from_u32).map(String::from).unwrap_or_else(|| format!("&{name};"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_runs_breaks_tabs_and_tables() {
        let xml = br#"<w:document xmlns:w="x"><w:body>
<w:p><w:r><w:t>2025</w:t></w:r><w:r><w:t xml:space="preserve">&#24180; A&amp;B</w:t></w:r></w:p>
<w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t><w:tab/><w:t>c</w:t></w:r></w:p>
<w:p/>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>cell2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:instrText>PAGE</w:instrText><w:delText>gone</w:delText></w:r></w:p>
</w:body></w:document>"#;
        assert_eq!(document_xml_text(xml).unwrap(), "2025年 A&B\na\nb\tc\n\ncell1\ncell2\n");
    }
}
