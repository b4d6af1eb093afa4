//! Minifying what the browser downloads before the first view (wasm-bindgen's
//! glue, the chunk loader, the boot script and the stylesheet) with esbuild
//! from npm, pinned in tools/minify/. About two thirds off `app.js` and a
//! third off `app.css` before compression.

use crate::{cache, tools};
use anyhow::Result;
use std::fs;
use std::path::Path;
use std::process::Command;

/// Minifies every `.js` file directly inside `dir`, in place.
pub fn minify_dir(root: &Path, dir: &Path) -> Result<()> {
    // Listed first: minifying writes a file beside each while it works.
    let scripts: Vec<_> = fs::read_dir(dir)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<_>>()?;
    for path in scripts {
        if path.extension().and_then(|e| e.to_str()) == Some("js") {
            minify(
                root,
                &path,
                &[
                    "--format=esm",
                    // wasm-bindgen names the chunk loader once per import; harmless.
                    "--log-override:duplicate-object-key=silent",
                ],
            )?;
        }
    }
    Ok(())
}

/// Minifies the stylesheet in place: comments and spaces go, rules stay.
pub fn minify_css(root: &Path, path: &Path) -> Result<()> {
    minify(root, path, &[])
}

fn minify(root: &Path, path: &Path, args: &[&str]) -> Result<()> {
    let tool_dir = root.join("tools/minify");
    tools::npm_ci(&tool_dir)?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    cache::rewrite_with(root, &format!("minify-{name}"), path, &[], |out| {
        let mut esbuild = Command::new(tool_dir.join("node_modules/.bin/esbuild"));
        esbuild
            .arg(path)
            .args(["--minify", "--log-level=warning"])
            .args(args)
            .arg(format!("--outfile={}", out.display()));
        esbuild
    })
}
