//! Cutting the compiled app into the module every visitor needs and one
//! chunk per lazily loaded page (`#[wasm_split]` points in `app/src/lazy_pages.rs`).
//! The order matters, and is the one cargo-leptos uses: split the linker's
//! output first (it needs the relocations `--emit-relocs` keeps), then run
//! wasm-bindgen on the main module only, keeping the exports the chunks
//! import from it.

use anyhow::{Context, Result};
use std::fs;
use std::path::{Path, PathBuf};

/// The loader script the main module and the chunks import, written beside them.
const LINK_NAME: &str = "./__wasm_split.js";

/// The main module's JS glue and wasm, and the chunks, all written to `out`.
pub struct Split {
    pub main_wasm: PathBuf,
    pub chunks: Vec<PathBuf>,
}

/// Splits `input` into `out`, then generates `out/app.js` and `out/app_bg.wasm`.
pub fn split_and_bind(input: &Path, out: &Path) -> Result<Split> {
    let wasm = fs::read(input).with_context(|| format!("reading {}", input.display()))?;
    let unbound = out.join("app_split.wasm");
    let split = wasm_split_cli_support::transform({
        let mut opts = wasm_split_cli_support::Options::new(&wasm);
        opts.output_dir = out;
        opts.main_out_path = &unbound;
        // Chunks and loader are fetched relative to the module that imports
        // them, so the whole directory can move under a content hash.
        opts.main_module = "./app.js";
        opts.link_name = LINK_NAME;
        opts
    })
    .map_err(|e| anyhow::anyhow!("wasm-split: {e:?}"))?;
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&unbound)
        .out_name("app")
        .web(true)?
        .typescript(false)
        // The chunks link against these linker exports of the main module.
        .keep_lld_exports(true)
        .generate(out)
        .context("wasm-bindgen")?;
    fs::remove_file(&unbound)?;
    let mut chunks = split.split_modules;
    chunks.sort();
    Ok(Split {
        main_wasm: out.join("app_bg.wasm"),
        chunks,
    })
}
