//! `gwr report` in a real browser: headless Chromium loads the pages from the file system,
//! runs their scripts, and its DOM is read back (`--dump-dom`) and checked.
//!
//! Skipped, with a message, only when Chromium is not installed and GWR_REQUIRE_BROWSER is
//! unset; CI (.ci/run) installs Debian's chromium and sets GWR_REQUIRE_BROWSER=1, so there
//! it cannot be skipped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::report::{hostile_site, seed_and_samples_site, synthetic_collection};
use crate::util::read_csv;

/// The Chromium binary, or `None` (and the test is skipped) when it is absent and not
/// required.
fn chromium() -> Option<PathBuf> {
    let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .into_iter()
        .map(PathBuf::from)
        .find(|p| p.is_file());
    let required = std::env::var_os("GWR_REQUIRE_BROWSER").is_some_and(|v| !v.is_empty() && v != "0");
    match found {
        Some(p) => Some(p),
        None if required => {
            panic!("GWR_REQUIRE_BROWSER is set but chromium is not installed (apt-get install chromium)")
        }
        None => {
            eprintln!(
                "SKIPPED: browser test needs chromium (apt-get install -y chromium); set GWR_REQUIRE_BROWSER=1 to fail instead"
            );
            None
        }
    }
}

/// Run headless Chromium on a file with extra arguments; returns its stdout.
fn chromium_run(bin: &Path, page: &Path, extra: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}", page.canonicalize().unwrap().display());
    let mut child = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(&url)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("chromium starts");
    // Read stdout while the browser runs (a DOM larger than the pipe's buffer would block
    // it otherwise), and bound the wait: a hung browser fails the test, not the whole run.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut v).map(|_| v)
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut v).map(|_| v)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 120 s on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let out = out_reader.join().unwrap().unwrap();
    let err = err_reader.join().unwrap().unwrap();
    assert!(status.success(), "chromium failed on {url}: {}", String::from_utf8_lossy(&err));
    String::from_utf8(out).expect("DOM is UTF-8")
}

/// The DOM of a page after its scripts ran.
fn dump_dom(bin: &Path, page: &Path) -> Dom {
    let html = chromium_run(bin, page, &["--dump-dom".into()]);
    assert!(html.contains("</html>"), "no DOM dumped for {}: {html:.200}", page.display());
    Dom::parse(&html)
}

/// An element of the dumped DOM: name, attributes, and its text content (all descendant
/// text, as `textContent` has it).
#[derive(Debug, Clone)]
struct Element {
    name: String,
    attrs: BTreeMap<String, String>,
    text: String,
}

impl Element {
    fn has_class(&self, c: &str) -> bool {
        self.attrs.get("class").is_some_and(|v| v.split_ascii_whitespace().any(|x| x == c))
    }
}

/// Chromium's serialization of its DOM, read back: every element with its text content.
///
/// The serializer writes well-formed markup (every non-void element closed, attribute values
/// in double quotes with `&` and `"` escaped, text with `&`, `<`, `>` and U+00A0 escaped,
/// script and style contents raw), so this small reader recovers the tree faithfully.
struct Dom {
    elements: Vec<Element>,
    /// All text of the body.
    body_text: String,
}

const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

impl Dom {
    fn parse(html: &str) -> Dom {
        let mut elements: Vec<Element> = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        let mut body_text = String::new();
        let mut in_body = false;
        let mut rest = html;
        let add_text = |t: &str, open: &[usize], elements: &mut Vec<Element>, body: &mut String, in_body: bool| {
            for &i in open {
                elements[i].text.push_str(t);
            }
            if in_body {
                body.push_str(t);
            }
        };
        while !rest.is_empty() {
            let Some(lt) = rest.find('<') else {
                add_text(&unescape(rest), &open, &mut elements, &mut body_text, in_body);
                break;
            };
            if lt > 0 {
                add_text(&unescape(&rest[..lt]), &open, &mut elements, &mut body_text, in_body);
            }
            rest = &rest[lt..];
            if let Some(r) = rest.strip_prefix("<!--") {
                rest = &r[r.find("-->").map_or(r.len(), |i| i + 3)..];
                continue;
            }
            if rest.starts_with("<!") {
                rest = &rest[rest.find('>').map_or(rest.len(), |i| i + 1)..];
                continue;
            }
            if let Some(r) = rest.strip_prefix("</") {
                let end = r.find('>').expect("closed end tag");
                let name = r[..end].trim().to_ascii_lowercase();
                if let Some(pos) = open.iter().rposition(|&i| elements[i].name == name) {
                    open.truncate(pos);
                }
                if name == "body" {
                    in_body = false;
                }
                rest = &r[end + 1..];
                continue;
            }
            // A start tag: name, then attributes (values in double quotes).
            let mut i = 1;
            let b = rest.as_bytes();
            while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' && b[i] != b'/' {
                i += 1;
            }
            let name = rest[1..i].to_ascii_lowercase();
            let mut attrs = BTreeMap::new();
            loop {
                while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                    i += 1;
                }
                if i >= b.len() || b[i] == b'>' {
                    i += 1;
                    break;
                }
                let start = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'>' {
                    i += 1;
                }
                let key = rest[start..i].to_ascii_lowercase();
                let mut value = String::new();
                if i < b.len() && b[i] == b'=' {
                    i += 1;
                    assert_eq!(b[i], b'"', "attribute values are double-quoted in a DOM dump");
                    let close = rest[i + 1..].find('"').expect("closing quote") + i + 1;
                    value = unescape(&rest[i + 1..close]);
                    i = close + 1;
                }
                attrs.insert(key, value);
            }
            rest = &rest[i.min(rest.len())..];
            elements.push(Element { name: name.clone(), attrs, text: String::new() });
            let idx = elements.len() - 1;
            if name == "body" {
                in_body = true;
            }
            if name == "script" || name == "style" {
                let close = format!("</{name}>");
                let end = rest.find(&close).expect("raw text element closed");
                elements[idx].text = rest[..end].to_string();
                rest = &rest[end + close.len()..];
                continue;
            }
            if !VOID.contains(&name.as_str()) {
                open.push(idx);
            }
        }
        Dom { elements, body_text }
    }

    fn all(&self, name: &str) -> impl Iterator<Item = &Element> {
        self.elements.iter().filter(move |e| e.name == name)
    }

    fn by_id(&self, id: &str) -> Option<&Element> {
        self.elements.iter().find(|e| e.attrs.get("id").is_some_and(|v| v == id))
    }
}

/// Every document page of a site has exactly one highlight per indicator and project row,
/// whose text is the row's surface (or name).
fn check_highlights(bin: &Path, input: &Path, dir: &Path, site: &Path) -> usize {
    let docs = read_csv(&dir.join("documents.csv"));
    let inds = read_csv(&dir.join("indicators.csv"));
    let prjs = read_csv(&dir.join("projects.csv"));
    let mut pages = 0;
    for d in &docs {
        let id = &d["doc_id"];
        let page = site.join("d").join(gwr::report::paths::file_name(id));
        let dom = dump_dom(bin, &page);
        let marks: Vec<&Element> = dom.all("mark").filter(|e| e.has_class("hl")).collect();
        // (element id, the row's surface, whether the span may hold only part of it: a
        // project's name is completed for borrowed phases, 海康威视一期、二期 -> 海康威视二期).
        let want: Vec<(String, String, bool)> = inds
            .iter()
            .filter(|r| &r["doc_id"] == id)
            .map(|r| (format!("i{}", r["mention_id"]), r["surface"].clone(), false))
            .chain(
                prjs.iter()
                    .filter(|r| &r["doc_id"] == id)
                    .map(|r| (format!("p{}", r["project_id"]), r["name"].clone(), true)),
            )
            .collect();
        assert_eq!(marks.len(), want.len(), "{id}: highlights in the DOM against indicator and project rows");
        // Where the source is plain UTF-8, every highlight is also checked against the text
        // read here by hand: text[char_start:char_end], projects included.
        let text: Option<Vec<char>> = std::fs::read(input.join(&d["source_path"]))
            .ok()
            .filter(|_| d["source_path"].ends_with(".txt"))
            .and_then(|b| String::from_utf8(b).ok())
            .map(|t| t.trim_start_matches('\u{feff}').chars().collect());
        if let Some(text) = &text {
            let spans = inds
                .iter()
                .filter(|r| &r["doc_id"] == id)
                .map(|r| (format!("i{}", r["mention_id"]), &r["char_start"], &r["char_end"]))
                .chain(
                    prjs.iter()
                        .filter(|r| &r["doc_id"] == id)
                        .map(|r| (format!("p{}", r["project_id"]), &r["char_start"], &r["char_end"])),
                );
            for (elem_id, a, b) in spans {
                let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
                let slice: String = text[a..b].iter().collect();
                assert_eq!(dom.by_id(&elem_id).map(|m| &m.text), Some(&slice), "{id}: #{elem_id} against the text");
            }
        }
        let mut ids = std::collections::HashSet::new();
        for (elem_id, surface, part) in &want {
            assert!(ids.insert(elem_id), "{id}: two rows share #{elem_id}");
            let m = dom.by_id(elem_id).unwrap_or_else(|| panic!("{id}: no highlight #{elem_id}"));
            assert!(m.name == "mark" && m.has_class("hl"), "{id}: #{elem_id} is not a highlight");
            if *part && m.text != *surface {
                assert!(
                    !m.text.is_empty() && surface.contains(&m.text),
                    "{id}: #{elem_id} holds {:?} of {surface:?}",
                    m.text
                );
                assert_eq!(m.attrs.get("data-name"), Some(surface), "{id}: #{elem_id} names the whole project");
            } else {
                assert_eq!(&m.text, surface, "{id}: text of highlight #{elem_id}");
            }
        }
        // The outline links to every section, and the panel script is the only script.
        let n_sections = read_csv(&dir.join("sections.csv")).iter().filter(|r| &r["doc_id"] == id).count();
        assert_eq!(dom.all("span").filter(|e| e.has_class("sec-anchor")).count(), n_sections, "{id}: section anchors");
        pages += 1;
    }
    pages
}

#[test]
fn every_highlight_is_one_row_with_its_surface() {
    let Some(bin) = chromium() else { return };
    let (input, dir, site) = seed_and_samples_site();
    let pages = check_highlights(&bin, input, dir, site);
    assert!(pages >= 4, "{pages} pages checked");
}

#[test]
fn hostile_text_shows_as_text_and_runs_nothing() {
    let Some(bin) = chromium() else { return };
    let (input, dir, site) = hostile_site();
    check_highlights(&bin, input, dir, site);
    let docs = read_csv(&dir.join("documents.csv"));
    let evil = docs.iter().find(|d| d["source_path"].contains("onerror")).expect("the hostile file has a row");
    let page = site.join("d").join(gwr::report::paths::file_name(&evil["doc_id"]));
    for (what, p) in [("document page", page), ("index", site.join("index.html"))] {
        let dom = dump_dom(&bin, &p);
        // The only scripts are the site's own.
        let scripts: Vec<String> =
            dom.all("script").map(|s| s.attrs.get("src").cloned().unwrap_or_else(|| s.text.clone())).collect();
        assert!(
            scripts.iter().all(|s| s == "../assets/doc.js" || s == "assets/index.js") && scripts.len() == 1,
            "{what}: scripts {scripts:?}"
        );
        assert_eq!(dom.all("img").count(), 0, "{what}: an <img> element was made from the text");
        assert_eq!(dom.all("b").filter(|e| e.text == "双碳").count(), 0, "{what}: a <b> element from the text");
        for e in &dom.elements {
            assert!(
                e.attrs.keys().all(|k| !k.starts_with("on")),
                "{what}: {} has an event handler attribute: {:?}",
                e.name,
                e.attrs
            );
        }
        // Had anything run, it would have marked the body.
        let html = dom.by_id("pwned");
        assert!(html.is_none(), "{what}: a script from the text ran");
        assert!(dom.all("body").all(|b| !b.attrs.contains_key("data-pwned")), "{what}: a handler from the text ran");
        // And the markup reads as text.
        assert!(dom.body_text.contains("<img src=x onerror="), "{what}: the file name or text is not shown literally");
        if what == "document page" {
            for s in ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>双碳</b>"] {
                assert!(dom.body_text.contains(s), "{what}: {s} is not shown as text");
            }
            assert!(
                dom.all("a").any(|a| a.has_class("term") && a.text.contains("<script>")),
                "the hostile glossary term is linked, as text"
            );
        }
    }
}

/// Decode a PNG and tell whether it shows something: several colours and a real share of
/// pixels that are not the background.
fn not_blank(png_path: &Path) -> (usize, f64) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png_path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bytes = &buf[..info.buffer_size()];
    let px = info.color_type.samples();
    let pixels: Vec<&[u8]> = bytes.chunks(px).collect();
    let mut colours = std::collections::HashSet::new();
    let mut counts: std::collections::HashMap<&[u8], usize> = std::collections::HashMap::new();
    for p in &pixels {
        colours.insert(*p);
        *counts.entry(p).or_default() += 1;
    }
    let background = counts.values().max().copied().unwrap_or(0);
    (colours.len(), 1.0 - background as f64 / pixels.len() as f64)
}

#[test]
fn a_screenshot_of_the_index_is_not_blank() {
    let Some(bin) = chromium() else { return };
    let (_, _, site) = seed_and_samples_site();
    let shot = tempfile::tempdir().unwrap();
    let png = shot.path().join("index.png");
    chromium_run(
        &bin,
        &site.join("index.html"),
        &[format!("--screenshot={}", png.display()), "--window-size=1200,900".into()],
    );
    let (colours, ink) = not_blank(&png);
    assert!(colours >= 16 && ink >= 0.01, "index screenshot looks blank: {colours} colours, {:.2}% ink", ink * 100.0);
}

/// 3,000 documents: the index stays small and opens with every row and its filters ready.
/// How fast it opens is a speed goal (under a second): the test prints the time the page
/// recorded (`data-ready-ms`) but does not assert it, since a timed assertion fails on a busy
/// CI machine for reasons that are not the code's.
#[test]
fn an_index_of_3000_documents_opens_with_every_row() {
    let Some(bin) = chromium() else { return };
    let (_dir, site) = synthetic_collection(3000);
    let index = site.join("index.html");
    let size = std::fs::metadata(&index).unwrap().len();
    assert!(size < 3 << 20, "index.html of 3,000 documents is {size} bytes");
    let dom = dump_dom(&bin, &index);
    let rows = dom.elements.iter().filter(|e| e.has_class("row") && e.attrs.contains_key("data-status")).count();
    assert_eq!(rows, 3000);
    let ready: u64 = dom
        .all("html")
        .next()
        .and_then(|h| h.attrs.get("data-ready-ms"))
        .and_then(|v| v.parse().ok())
        .expect("index.js ran");
    eprintln!("index of 3,000 documents usable after {ready} ms (goal: under 1,000 ms)");
    let count = dom.by_id("f-count").map(|e| e.text.clone()).unwrap_or_default();
    assert_eq!(count, "3000 of 3000");
}
