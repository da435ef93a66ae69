//! Imports go downward only. Every `src/**/*.rs` is read, its references to other modules of
//! the library (`crate::…`, `super::…`, and a parent's `child::…`) are resolved to files, and
//! each reference is checked against small tables:
//!
//! - [`LAYERS`]: which layer may import which (bottom first: text and language helpers and the
//!   column enums, word lists and row types, stages, then pipeline, sinks and commands);
//! - [`ORDERS`]: inside a layered folder, the order of its files: a file imports only files
//!   listed before it, so that no two files import each other;
//! - [`CRATES`]: the external crates the bottom layers (`vocab`, `lexicon`) may use.
//!
//! There are no exceptions: a new file fails the test until it is given its place in the
//! tables.
//!
//! The reading is textual (no compiler): comment lines are skipped, and so is everything from
//! the `#[cfg(test)]` module on (unit tests sit at the end of their file and may reach into
//! sibling modules to build fixtures).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use crate::util::repo;

/// A layer: the top-level modules of `src/` it holds, and the layers it may import.
struct Layer {
    name: &'static str,
    modules: &'static [&'static str],
    may_import: &'static [&'static str],
}

/// The layers, bottom first. `root` is `lib.rs` itself (the `VERSION` constant).
const LAYERS: &[Layer] = &[
    Layer { name: "lang", modules: &["lang"], may_import: &[] },
    // The enums of the enumerated columns (measure, dimension, stage …).
    Layer { name: "vocab", modules: &["vocab"], may_import: &[] },
    Layer { name: "error", modules: &["error"], may_import: &[] },
    // The word lists of dict/, read and checked once into typed rows; the row types.
    Layer { name: "lexicon", modules: &["lexicon"], may_import: &["lang", "vocab"] },
    Layer { name: "model", modules: &["model"], may_import: &["lang", "vocab"] },
    Layer { name: "schema", modules: &["schema"], may_import: &["error"] },
    Layer { name: "source", modules: &["source"], may_import: &["lang", "vocab", "error"] },
    Layer { name: "stages", modules: &["stages"], may_import: &["lang", "vocab", "lexicon", "model"] },
    Layer { name: "sink", modules: &["sink"], may_import: &["model", "schema", "error", "root"] },
    Layer { name: "eval", modules: &["eval"], may_import: &["schema", "model", "error"] },
    Layer {
        name: "pipeline",
        modules: &["pipeline"],
        may_import: &["stages", "source", "sink", "lang", "model", "schema", "error", "root"],
    },
    Layer {
        name: "cross",
        modules: &["cross"],
        may_import: &["stages", "sink", "lexicon", "vocab", "model", "schema", "error"],
    },
    // The offline HTML audit site (`gwr report`): reads the tables and the sources again; the
    // target charts use the band of `cross::targets` when polars is built in.
    Layer {
        name: "report",
        modules: &["report"],
        may_import: &["source", "sink", "cross", "lexicon", "vocab", "model", "schema", "error", "root"],
    },
    Layer { name: "root", modules: &[""], may_import: &["*"] },
];

/// Layers that may use only these external crates (in `use` declarations): the bottom ones,
/// so that the enums and the word lists stay plain data that any layer can load.
const CRATES: &[(&str, &[&str])] = &[("vocab", &["std"]), ("lexicon", &["std", "thiserror"])];

/// Folders whose files import one way only, in that order: each file may import only the
/// files before it (paths under `src/`). Every file of these folders must be listed.
const ORDERS: &[&[&str]] = &[
    // lang: character classes and marks, numerals, then the text that uses them.
    &[
        "lang/chars.rs",
        "lang/marks.rs",
        "lang/numerals.rs",
        "lang/hash.rs",
        "lang/guard.rs",
        "lang/words.rs",
        "lang/text.rs",
        "lang/mod.rs",
    ],
    // stages, in pipeline order; stages/mod.rs runs them all.
    &[
        "stages/document/cues.rs",
        "stages/document/region.rs",
        "stages/document/header.rs",
        "stages/document/body.rs",
        "stages/document/metadata.rs",
        "stages/document/outline.rs",
        // time sits below the Document, which owns the section times and the memo; only
        // time/resolve reads the Document.
        "stages/time/cues.rs",
        "stages/time/phrases.rs",
        "stages/time/sections.rs",
        "stages/time/memo.rs",
        "stages/document/mod.rs",
        "stages/glossary.rs",
        "stages/time/resolve.rs",
        "stages/time/mod.rs",
        // indicators: numbers, word tables, recognition, measure, codes (read by the subjects:
        // a goal verb before a named statistic), subjects, linking.
        "stages/indicators/numbers.rs",
        "stages/indicators/units.rs",
        "stages/indicators/vocabulary.rs",
        "stages/indicators/mention.rs",
        "stages/indicators/recognise.rs",
        "stages/indicators/clause.rs",
        "stages/indicators/measure.rs",
        "stages/indicators/codes.rs",
        "stages/indicators/subject.rs",
        // linking: shared words, then one file per concern (each below those that ask it),
        // then the walk in link/mod.rs.
        "stages/indicators/link/words.rs",
        "stages/indicators/link/thresholds.rs",
        "stages/indicators/link/nouns.rs",
        "stages/indicators/link/predicates.rs",
        "stages/indicators/link/occurrences.rs",
        "stages/indicators/link/rates.rs",
        "stages/indicators/link/lists.rs",
        "stages/indicators/link/owners.rs",
        "stages/indicators/link/payers.rs",
        "stages/indicators/link/breakdowns.rs",
        "stages/indicators/link/mod.rs",
        "stages/indicators/mod.rs",
        // projects: word lists, works on rivers, a clause cut into elements, a run read, lists, the stage of
        // an action, the actions of a sentence's projects, the name key, then the rows.
        "stages/projects/words.rs",
        "stages/projects/water.rs",
        "stages/projects/clause.rs",
        "stages/projects/run.rs",
        "stages/projects/group.rs",
        "stages/projects/stage.rs",
        "stages/projects/action.rs",
        "stages/projects/name_key.rs",
        "stages/projects/mod.rs",
        "stages/mod.rs",
    ],
];

/// Files of the binary crate (the CLI may use anything; its `crate::` is the binary's).
fn is_binary(file: &str) -> bool {
    file == "main.rs" || file.starts_with("cli/")
}

/// The module path of a file under `src/` (`stages/document/mod.rs` -> stages::document).
fn module_of(file: &str) -> Vec<String> {
    let stem = file.strip_suffix(".rs").expect("a .rs file");
    let mut parts: Vec<String> = stem.split('/').map(String::from).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

fn layer_of(file: &str) -> Option<&'static Layer> {
    let top = module_of(file).first().cloned().unwrap_or_default();
    LAYERS.iter().find(|l| l.modules.contains(&top.as_str()))
}

/// The code of a file without comment lines and without its unit-test module.
fn code_of(text: &str) -> String {
    let end = text.find("#[cfg(test)]\nmod ").unwrap_or(text.len());
    text[..end].lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// Expand a `use` tree (`a::{b, c::{d, self}}`) into paths.
fn expand(tree: &str, out: &mut Vec<String>) {
    static RENAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+as\s+\w+").expect("valid regex"));
    let tree: String = RENAME.replace_all(tree, "").chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        out.push(tree.trim_end_matches("::").to_string());
        return;
    };
    let head = tree[..open].trim_end_matches("::");
    let inner = &tree[open + 1..tree.rfind('}').expect("balanced use braces")];
    let (mut depth, mut from) = (0, 0);
    let mut items = Vec::new();
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[from..]);
    for item in items.into_iter().filter(|i| !i.is_empty()) {
        let item = if item == "self" || item == "*" { String::new() } else { format!("::{item}") };
        expand(&format!("{head}{item}"), out);
    }
}

static USE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^\s*(?:pub(?:\([a-z]+\))?\s+)?use\s+([^;]+);").expect("valid regex"));
static PATH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^:\w])((?:crate|super)(?:::\w+)+)").expect("valid regex"));
static CHILD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^\s*(?:pub(?:\([a-z]+\))?\s+)?mod\s+(\w+)\s*;").expect("valid regex"));

/// The paths a file refers to, each as a module path from the crate root.
fn references(file: &str, code: &str) -> Vec<Vec<String>> {
    let here = module_of(file);
    let mut raw: Vec<String> = Vec::new();
    for m in USE.captures_iter(code) {
        expand(&m[1], &mut raw);
    }
    raw.extend(PATH.captures_iter(code).map(|m| m[1].to_string()));
    // A parent names its child modules without a prefix (`body::find`, `use document::X`).
    let children: Vec<String> = CHILD.captures_iter(code).map(|m| m[1].to_string()).collect();
    for child in &children {
        let re = Regex::new(&format!(r"(?:^|[^:\w]){child}((?:::\w+)+)")).expect("valid regex");
        raw.extend(re.captures_iter(code).map(|m| format!("self::{child}{}", &m[1])));
    }
    let mut out = Vec::new();
    for p in raw {
        let mut segs = p.split("::").filter(|s| !s.is_empty());
        let mut path: Vec<String> = match segs.next() {
            Some("crate") => Vec::new(),
            Some("self") => here.clone(),
            Some("super") => {
                let mut up = here.clone();
                up.pop();
                up
            }
            _ => continue, // an external crate or a name in scope
        };
        for s in segs {
            if s == "super" {
                path.pop();
            } else {
                path.push(s.to_string());
            }
        }
        out.push(path);
    }
    out
}

/// The external crates a file's `use` declarations name (`use std::…`, `use regex::Regex`):
/// every root that is not `crate`, `super`, `self`, one of the file's child modules or a macro
/// it defines (`pub(crate) use vocabulary;`).
fn crates_used(code: &str) -> BTreeSet<String> {
    static MACRO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"macro_rules!\s*(\w+)").expect("valid regex"));
    let local: BTreeSet<String> =
        CHILD.captures_iter(code).chain(MACRO.captures_iter(code)).map(|m| m[1].to_string()).collect();
    let mut paths = Vec::new();
    for m in USE.captures_iter(code) {
        expand(&m[1], &mut paths);
    }
    paths
        .iter()
        .filter_map(|p| p.split("::").find(|s| !s.is_empty()))
        .filter(|root| !matches!(*root, "crate" | "super" | "self") && !local.contains(*root))
        .map(String::from)
        .collect()
}

fn rs_files(dir: &Path, base: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("readable src/") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rs_files(&path, base, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(base).expect("under src/");
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// Every reference between two files of the library: (importer, imported).
fn edges() -> BTreeSet<(String, String)> {
    let src = repo("src");
    let mut files = Vec::new();
    rs_files(&src, &src, &mut files);
    let by_module: BTreeMap<Vec<String>, String> =
        files.iter().filter(|f| !is_binary(f)).map(|f| (module_of(f), f.clone())).collect();
    let mut out = BTreeSet::new();
    for file in files.iter().filter(|f| !is_binary(f)) {
        let code = code_of(&std::fs::read_to_string(src.join(file)).expect("readable source"));
        for path in references(file, &code) {
            // The longest prefix of the path that is a module is the file referred to.
            let target = (0..=path.len()).rev().find_map(|n| by_module.get(&path[..n]));
            if let Some(target) = target.filter(|t| *t != file) {
                out.insert((file.clone(), target.clone()));
            }
        }
    }
    out
}

#[test]
fn imports_go_downward_only() {
    let edges = edges();
    let src = repo("src");
    let mut files = Vec::new();
    rs_files(&src, &src, &mut files);
    let mut problems = Vec::new();
    for f in files.iter().filter(|f| !is_binary(f)) {
        if layer_of(f).is_none() {
            problems.push(format!("{f}: in no layer of LAYERS"));
        }
        let folder_ordered = ORDERS.iter().any(|o| o.iter().any(|x| x.split('/').next() == f.split('/').next()));
        if folder_ordered && !ORDERS.iter().any(|o| o.contains(&f.as_str())) {
            problems.push(format!("{f}: missing from its folder's order in ORDERS"));
        }
    }
    for (from, to) in &edges {
        let (Some(lf), Some(lt)) = (layer_of(from), layer_of(to)) else { continue };
        if lf.name != lt.name {
            if !lf.may_import.iter().any(|m| *m == "*" || *m == lt.name) {
                problems.push(format!("{from} ({}) imports {to} ({}): not a layer below", lf.name, lt.name));
            }
            continue;
        }
        let Some(order) = ORDERS.iter().find(|o| o.contains(&from.as_str()) && o.contains(&to.as_str())) else {
            continue;
        };
        let pos = |f: &str| order.iter().position(|x| *x == f);
        if pos(to) > pos(from) {
            problems.push(format!("{from} imports {to}, which comes after it in ORDERS"));
        }
    }
    assert!(problems.is_empty(), "layer violations:\n{}", problems.join("\n"));
}

/// The bottom layers use only the crates [`CRATES`] grants them: `vocab` the standard library,
/// the lexicon also `thiserror` (for its error type).
#[test]
fn bottom_layers_use_only_their_crates() {
    let src = repo("src");
    let mut files = Vec::new();
    rs_files(&src, &src, &mut files);
    let mut problems = Vec::new();
    for f in files.iter().filter(|f| !is_binary(f)) {
        let Some(layer) = layer_of(f) else { continue };
        let Some((_, allowed)) = CRATES.iter().find(|(name, _)| *name == layer.name) else { continue };
        let code = code_of(&std::fs::read_to_string(src.join(f)).expect("readable source"));
        for c in crates_used(&code) {
            if !allowed.contains(&c.as_str()) {
                problems.push(format!("{f} ({}) uses the crate {c}", layer.name));
            }
        }
    }
    assert!(problems.is_empty(), "crates outside the bottom layers' allowance:\n{}", problems.join("\n"));
    // The reader sees roots of use trees, but not child modules.
    let used = crates_used(
        "use std::{fmt, str::FromStr};\nuse super::Source;\nmod units;\nuse units::Unit;\n\
         macro_rules! words { () => {} }\npub(crate) use words;\nuse regex::Regex;\n",
    );
    assert_eq!(used.into_iter().collect::<Vec<_>>(), ["regex", "std"]);
}

/// The reader itself: it sees `use` trees, inline paths and child modules.
#[test]
fn references_are_read() {
    let code = "use super::document::{self, outline::{Outline as O, Section}};\nuse crate::lang::text::Text;\n\
                mod body;\nfn f() { body::find(s); crate::lexicon::get(); }\n";
    let mut got: Vec<String> = references("stages/document/mod.rs", code).iter().map(|p| p.join("::")).collect();
    got.sort();
    got.dedup();
    let want = [
        "lang::text::Text",
        "lexicon::get",
        "stages::document",
        "stages::document::body::find",
        "stages::document::outline::Outline",
        "stages::document::outline::Section",
    ];
    assert_eq!(got, want);
}
