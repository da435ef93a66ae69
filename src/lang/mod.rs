//! The bottom layer: the decoded text and the language every stage reads it with.
//!
//! - [`text`]: the decoded report, lines, sentences, byte ↔ character offsets;
//! - [`chars`]: character classes (blank, ideograph, digit);
//! - [`numerals`]: digit values and the small numbers that count and order things;
//! - [`marks`]: clause, sentence and quotation marks;
//! - [`hash`]: a fast hasher for short text keys;
//! - [`guard`]: anchored regexes refused by their first or last character before they run;
//! - [`words`]: word tables with longest-match lookups.
//!
//! Nothing here knows about stages, word lists or output: these modules import only each other
//! (text → chars, marks; words → hash; numerals → nothing), which `tests/integration/layers.rs` checks.

pub mod chars;
pub mod guard;
pub mod hash;
pub mod marks;
pub mod numerals;
pub mod text;
pub mod words;
