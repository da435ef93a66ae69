//! Write to a temporary file next to the final one; rename into place on `commit`.

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use crate::error::RunError;

/// A file that appears under its final name only once complete. Dropped without `commit`,
/// the temporary file is removed.
pub struct AtomicFile {
    tmp: PathBuf,
    dest: PathBuf,
    committed: bool,
}

impl AtomicFile {
    /// Create `.<name>.<pid>.tmp` beside `dest`, returning a buffered writer to it.
    pub fn create(dest: &Path) -> Result<(AtomicFile, BufWriter<File>), RunError> {
        let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = dest.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let f = File::create(&tmp).map_err(|source| RunError::Write { path: tmp.clone(), source })?;
        Ok((AtomicFile { tmp, dest: dest.to_path_buf(), committed: false }, BufWriter::with_capacity(1 << 16, f)))
    }

    /// Rename the finished temporary file to its final name.
    pub fn commit(mut self) -> Result<(), RunError> {
        std::fs::rename(&self.tmp, &self.dest).map_err(|source| RunError::Write { path: self.dest.clone(), source })?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Write a whole small file atomically.
pub fn write_all(dest: &Path, bytes: &[u8]) -> Result<(), RunError> {
    use std::io::Write;
    let (file, mut w) = AtomicFile::create(dest)?;
    w.write_all(bytes).map_err(|source| RunError::Write { path: dest.to_path_buf(), source })?;
    w.into_inner()
        .map_err(|e| RunError::Write { path: dest.to_path_buf(), source: e.into_error() })?
        .sync_all()
        .map_err(|source| RunError::Write { path: dest.to_path_buf(), source })?;
    file.commit()
}
