//! Tests of projects.
