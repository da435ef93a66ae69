//! Tests of indicators.
