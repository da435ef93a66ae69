//! Subjects: what a quantity measures, as worded in the text. (Issue 3.)
