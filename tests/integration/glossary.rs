//! Tests of glossary.
