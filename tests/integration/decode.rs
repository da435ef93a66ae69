//! Tests of decode.
