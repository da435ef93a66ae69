//! Tests of writers.
