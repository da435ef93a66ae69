//! Tests of sections.
