//! Building the Leptos front end into `dist/`: compile to wasm, split off the
//! lazily loaded pages (`split.rs`), generate the JS glue with wasm-bindgen (as
//! a library, pinned to the same version as the app's wasm-bindgen), shrink
//! each module with binaryen's wasm-opt from npm, minify the JS, publish it
//! all under a content hash, copy the static files and write gzip and brotli
//! copies for the server to send.

use crate::{cache, tools};
use anyhow::{bail, Context, Result};
use sha2::Digest;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Optimise {
    /// Skip wasm-opt (with a warning) when npm is missing: the app still runs.
    IfPossible,
    /// The tests check the size budget, which needs wasm-opt.
    Required,
}

const PROFILE: &str = "wasm-release";
const COMPRESSED_EXTENSIONS: &[&str] = &[
    "wasm",
    "js",
    "css",
    "html",
    "svg",
    "webmanifest",
    "json",
    "ftl",
];

pub fn build(root: &Path, optimise: Optimise) -> Result<PathBuf> {
    let started = Instant::now();
    tools::ensure_wasm_target()?;
    // `cargo rustc` gives the flag to the final link only, so the
    // dependencies stay as they were built and are not recompiled.
    tools::cargo(&[
        "rustc",
        "-p",
        "app",
        "--bin",
        "app",
        "--target",
        tools::WASM_TARGET,
        "--profile",
        PROFILE,
        "--",
        // The splitter needs the relocations to move code between modules.
        "-Clink-args=--emit-relocs",
    ])?;
    let dist = root.join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist).context("clearing dist/")?;
    }
    let staging = root.join("target/xtask-pkg");
    if staging.exists() {
        fs::remove_dir_all(&staging)?;
    }
    fs::create_dir_all(&staging)?;
    let wasm_in = root.join(format!("target/{}/{PROFILE}/app.wasm", tools::WASM_TARGET));
    let split = crate::split::split_and_bind(&wasm_in, &staging)?;
    crate::twiggy::keep_unoptimised(root, &split.main_wasm)?;
    let compiled = started.elapsed();
    let modules: Vec<&Path> = std::iter::once(&split.main_wasm)
        .chain(&split.chunks)
        .map(PathBuf::as_path)
        .collect();
    shrink_all(root, &modules, optimise)?;
    let shrunk = started.elapsed();
    fs::copy(root.join("public/boot.js"), staging.join("boot.js"))?;
    // Like wasm-opt, esbuild comes from npm: skipped only where both may be.
    let minify = tools::has_npm() || optimise == Optimise::Required;
    if minify {
        crate::minify::minify_dir(root, &staging)?;
    }
    let pkg = publish_pkg(&staging, &dist)?;
    copy_dir(&root.join("public"), &dist)?;
    fs::remove_file(dist.join("boot.js"))?;
    if minify {
        crate::minify::minify_css(root, &dist.join("app.css"))?;
    }
    point_shell_at(&dist, &pkg)?;
    crate::locales::build(root, &dist)?;
    crate::shell::fill(root, &dist)?;
    compress_dir(root, &dist)?;
    let done = started.elapsed();
    println!(
        "xtask: front end built in {:.1} s (compile, split and bindgen {:.1} s, wasm-opt {:.1} s, minify and compression {:.1} s)",
        done.as_secs_f64(),
        compiled.as_secs_f64(),
        (shrunk - compiled).as_secs_f64(),
        (done - shrunk).as_secs_f64()
    );
    crate::sizes::report(root, false)?;
    Ok(dist)
}

/// Moves the built scripts and modules to `dist/pkg/<hash>/`, named by a
/// hash of their contents: the server may then let browsers keep them for a
/// year, and a page never mixes chunks of two builds (each build's loader
/// fetches its chunks relative to itself). Returns the `pkg/<hash>` part.
fn publish_pkg(staging: &Path, dist: &Path) -> Result<String> {
    let mut names: Vec<PathBuf> = fs::read_dir(staging)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<_>>()?;
    names.sort();
    let mut hasher = sha2::Sha256::new();
    for path in &names {
        hasher.update(path.file_name().unwrap_or_default().as_encoded_bytes());
        hasher.update(fs::read(path)?);
    }
    let hash: String = hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let pkg = format!("pkg/{hash}");
    let target = dist.join(&pkg);
    fs::create_dir_all(&target)?;
    for path in &names {
        fs::copy(path, target.join(path.file_name().unwrap_or_default()))?;
    }
    Ok(pkg)
}

/// `public/index.html` names `/pkg/…`; the built one names this build's folder.
fn point_shell_at(dist: &Path, pkg: &str) -> Result<()> {
    let path = dist.join("index.html");
    let html = fs::read_to_string(&path)?;
    if !html.contains("\"/pkg/") {
        bail!("public/index.html no longer loads anything from /pkg/");
    }
    fs::write(&path, html.replace("\"/pkg/", &format!("\"/{pkg}/")))?;
    Ok(())
}

/// wasm-opt from the npm package `binaryen`, never whatever is on PATH:
/// Debian's binaryen 108 emits a module that crashes in the browser. One
/// module per core at a time, the main module first (it takes longest):
/// each run is one node process, and there are a hundred small chunks.
fn shrink_all(root: &Path, modules: &[&Path], optimise: Optimise) -> Result<()> {
    let tool_dir = root.join("tools/wasm-opt");
    if !tools::has_npm() {
        if optimise == Optimise::Required {
            bail!("npm not found: install Node.js and npm (apt-get install nodejs npm)");
        }
        eprintln!("xtask: npm not found, so the wasm is not shrunk (about 30% larger)");
        return Ok(());
    }
    tools::npm_ci(&tool_dir)?;
    tools::each_in_parallel(modules, |wasm| shrink(root, &tool_dir, wasm))
}

fn shrink(root: &Path, tool_dir: &Path, wasm: &Path) -> Result<()> {
    let step = format!(
        "wasm-opt-{}",
        wasm.file_name().unwrap_or_default().to_string_lossy()
    );
    let flags = WASM_OPT_FLAGS.join(" ");
    cache::rewrite_with(root, &step, wasm, flags.as_bytes(), |out| {
        let mut wasm_opt = Command::new("node");
        wasm_opt
            .arg(tool_dir.join("node_modules/binaryen/bin/wasm-opt"))
            .arg(wasm)
            .args(WASM_OPT_FLAGS)
            .arg("-o")
            .arg(out);
        wasm_opt
    })
}

const WASM_OPT_FLAGS: &[&str] = &[
    "-Oz",
    "--strip-debug",
    "--strip-producers",
    // Promises that nothing uses the first 1 KiB of memory, so small
    // constants can be folded into load and store offsets. True of
    // Rust's layout: the stack comes first, growing down from 1 MiB,
    // and addresses never wrap. Saves about 1.3 KB gzip. Tried and
    // left out: --converge and a second -Oz (under 0.2 KB), -Os (0.7 KB
    // less gzip but 8 KB more to compile on the phone), -tnh (unsafe).
    "--low-memory-unused",
    // The features rustc enables by default for wasm32-unknown-unknown.
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Writes `x.gz` and `x.br` beside every text or wasm file, at the highest
/// levels: this runs once per build, the savings reach every phone.
fn compress_dir(root: &Path, dir: &Path) -> Result<()> {
    let mut files = Vec::new();
    files_to_compress(dir, &mut files)?;
    // The largest first, so no core is left with a big one at the end.
    files.sort_by_key(|(_, bytes)| std::cmp::Reverse(*bytes));
    tools::each_in_parallel(&files, |(path, _)| {
        let raw = fs::read(path)?;
        let name = path.strip_prefix(root)?.to_string_lossy().replace('/', "_");
        let gz = cache::cached(root, &format!("gz-{name}"), &[&raw], || gzip(&raw))?;
        let br = cache::cached(root, &format!("br-{name}"), &[&raw], || brotli(&raw))?;
        fs::write(append_ext(path, "gz"), gz)?;
        fs::write(append_ext(path, "br"), br)?;
        Ok(())
    })
}

fn files_to_compress(dir: &Path, found: &mut Vec<(PathBuf, u64)>) -> Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files_to_compress(&path, found)?;
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if COMPRESSED_EXTENSIONS.contains(&ext) {
            found.push((path.clone(), fs::metadata(&path)?.len()));
        }
    }
    Ok(())
}

pub fn append_ext(path: &Path, ext: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(ext);
    PathBuf::from(name)
}

pub fn gzip(raw: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(raw)?;
    Ok(encoder.finish()?)
}

pub fn brotli(raw: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &raw[..], &mut out, &params)?;
    Ok(out)
}
