//! Throughput of extraction, in bytes of text per second (so a regression reads as MB/s).
//!
//! `make bench` runs these in the release profile without the polars feature.
//! Goal (see README): ≥ 20 MB/s of text per core, end to end.

use std::path::PathBuf;

use divan::counter::BytesCount;
use gwr::lang::text::Text;
use gwr::source::{self, Kind, Limits};
use gwr::stages::document::Document;

fn main() {
    divan::main();
}

fn corpus() -> Vec<(String, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("raw");
    let walk = source::walk::walk(&[root]).expect("raw/ exists");
    walk.files
        .iter()
        .filter_map(|f| {
            let raw = source::read_raw(&f.path, &Limits::default()).ok()?;
            let loaded = source::load(f.kind, &raw.bytes, None, &Limits::default()).ok()?;
            Some((f.doc_id.clone(), loaded.text))
        })
        .collect()
}

/// All stages on the decoded text of every report in raw/ (one core).
#[divan::bench(sample_count = 10)]
fn stages_whole_corpus(bencher: divan::Bencher) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for (id, t) in &docs {
            let text = Text::new(t.clone());
            divan::black_box(gwr::stages::extract(id, &text));
        }
    });
}

/// The document stages only: one [`Document`] per report (body, header, outline, sentences,
/// section times, period memo), built by the constructor `gwr::stages::extract` uses.
#[divan::bench(sample_count = 10)]
fn document_whole_corpus(bencher: divan::Bencher) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for (id, t) in &docs {
            let text = Text::new(t.clone());
            divan::black_box(Document::new(id, &text).section_times.len());
        }
    });
}

/// Decoding only: GBK, UTF-8 and .docx inputs.
#[divan::bench(sample_count = 10)]
fn decode_whole_corpus(bencher: divan::Bencher) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("raw");
    let walk = source::walk::walk(&[root]).expect("raw/ exists");
    let files: Vec<(Kind, Vec<u8>)> =
        walk.files.iter().map(|f| (f.kind, std::fs::read(&f.path).expect("readable"))).collect();
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for (k, b) in &files {
            divan::black_box(source::load(*k, b, None, &Limits::default()).ok());
        }
    });
}
