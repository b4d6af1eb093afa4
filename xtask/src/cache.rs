//! Results of the slow build steps (wasm-opt, brotli at its highest level),
//! kept in target/xtask-cache under a hash of their input. A rebuild whose
//! wasm did not change, such as after a server-only edit, skips them.

use anyhow::Result;
use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;
use std::process::Command;

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

/// Rewrites the file at `path` with what `tool` makes of it, cached under
/// `step` by the file's bytes and `settings`. `tool(out)` is the command
/// that reads `path` and writes its result to `out`, beside it.
pub fn rewrite_with(
    root: &Path,
    step: &str,
    path: &Path,
    settings: &[u8],
    tool: impl FnOnce(&Path) -> Command,
) -> Result<()> {
    let input = fs::read(path)?;
    let output = cached(root, step, &[&input, settings], || {
        let ext = path.extension().unwrap_or_default().to_string_lossy();
        let out = path.with_extension(format!("out.{ext}"));
        crate::tools::run_quietly(&mut tool(&out))?;
        let bytes = fs::read(&out)?;
        fs::remove_file(&out)?;
        Ok(bytes)
    })?;
    fs::write(path, output)?;
    Ok(())
}
