//! Cross-year tables (`gwr targets`, `gwr diff`), on polars. (Issue 5.)
