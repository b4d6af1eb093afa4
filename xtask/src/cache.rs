//! Results of the slow build steps (wasm-opt, brotli at its highest level),
//! kept in target/xtask-cache under a hash of their input. A rebuild whose
//! wasm did not change, such as after a server-only edit, skips them.

use anyhow::Result;
use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;

/// `make()`'s output for this `step` and `input`, from the cache when the same
/// input was seen last time. Only the latest entry per step is kept.
pub fn cached(
    root: &Path,
    step: &str,
    input: &[&[u8]],
    make: impl FnOnce() -> Result<Vec<u8>>,
) -> Result<Vec<u8>> {
    let mut hasher = DefaultHasher::new();
    input.hash(&mut hasher);
    let dir = root.join("target/xtask-cache");
    let prefix = format!("{step}-");
    let path = dir.join(format!("{prefix}{:016x}", hasher.finish()));
    if let Ok(bytes) = fs::read(&path) {
        return Ok(bytes);
    }
    let bytes = make()?;
    fs::create_dir_all(&dir)?;
    for entry in fs::read_dir(&dir)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            fs::remove_file(entry.path())?;
        }
    }
    fs::write(&path, &bytes)?;
    Ok(bytes)
}
