//! Minifying the JavaScript the browser downloads (wasm-bindgen's glue, the
//! chunk loader, the boot script) with esbuild from npm, pinned in
//! tools/minify/. About two thirds off `app.js` before compression.

use crate::{cache, tools};
use anyhow::Result;
use std::fs;
use std::path::Path;
use std::process::Command;

/// Minifies every `.js` file directly inside `dir`, in place.
pub fn minify_dir(root: &Path, dir: &Path) -> Result<()> {
    let tool_dir = root.join("tools/minify");
    tools::npm_ci(&tool_dir)?;
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("js") {
            continue;
        }
        let source = fs::read(&path)?;
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let minified = cache::cached(root, &format!("minify-{name}"), &[&source], || {
            let out = path.with_extension("min.js");
            tools::run(
                Command::new(tool_dir.join("node_modules/.bin/esbuild"))
                    .arg(&path)
                    .args(["--minify", "--format=esm", "--log-level=warning"])
                    // wasm-bindgen names the chunk loader once per import; harmless.
                    .arg("--log-override:duplicate-object-key=silent")
                    .arg(format!("--outfile={}", out.display())),
            )?;
            let bytes = fs::read(&out)?;
            fs::remove_file(&out)?;
            Ok(bytes)
        })?;
        fs::write(&path, minified)?;
    }
    Ok(())
}
