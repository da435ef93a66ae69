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
    Ok(Loaded { text, encoding: Some("utf-8"), warnings: vec![] })
}

/// Paragraph text of a WordprocessingML body.
pub fn document_xml_text(xml: &[u8]) -> Result<String, SourceError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = String::new();
    let mut paragraphs = 0usize;
    let mut in_t = false;
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| SourceError::Xml(format!("at byte {}: {e}", reader.buffer_position())))?;
        match ev {
            Event::Start(e) => match e.local_name().as_ref() {
                "p" => {
                    if paragraphs > 0 {
                        out.push('\n');
                    }
                    paragraphs += 1;
                }
                "t" => in_t = true,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "p" => {
                    if paragraphs > 0 {
                        out.push('\n');
                    }
                    paragraphs += 1;
                }
                "br" | "cr" => out.push('\n'),
                "tab" => out.push('\t'),
                _ => {}
            },
            Event::End(e) => {
                if e.local_name().as_ref() == "t" {
                    in_t = false;
                }
            }
            Event::Text(t) if in_t => {
                // Entities arrive as separate `GeneralRef` events, so this text has none.
                out.push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) if in_t => {
                out.push_str(&resolve_entity(&r.into_inner()));
            }
            Event::CData(t) if in_t => out.push_str(&&t.into_inner()),
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
