//! Named projects (`projects`). (Issue 4.)

use super::Context;
use crate::model::ProjectRow;

/// Project rows of a document.
pub fn extract(_cx: &Context) -> Vec<ProjectRow> {
    Vec::new()
}
