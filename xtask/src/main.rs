//! `cargo xtask …`: the project's two commands and their parts, in Rust so a
//! fresh machine needs nothing but rustup, Node and npm (no Trunk, no
//! cargo-leptos: both download tools from outside the package registries).
//!
//! - `cargo xtask run`   build everything and serve the demo
//! - `cargo xtask test`  check formatting and lints, then run every test
//!   (unit, server, browser) and the size budget
//! - `cargo xtask build` build the front end into `dist/`
//! - `cargo xtask sizes` print the first-view size report and write docs/sizes.md
//! - `cargo xtask bench` Lighthouse on a child's first pages, into docs/performance.md

mod bench;
mod browser_tests;
mod cache;
mod frontend;
mod locales;
mod minify;
mod shell;
mod sizes;
mod split;
mod tools;
mod translations;
mod twiggy;
#[cfg(test)]
mod words_on_pages;

use anyhow::{bail, Result};
use std::path::PathBuf;

fn main() {
    if let Err(error) = run() {
        eprintln!("xtask: {error:#}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let command = std::env::args().nth(1).unwrap_or_default();
    let root = workspace_root();
    std::env::set_current_dir(&root)?;
    match command.as_str() {
        "build" => frontend::build(&root, frontend::Optimise::IfPossible).map(drop),
        "run" => serve_demo(&root),
        "test" => test_everything(&root),
        "sizes" => sizes::report(&root, true).map(drop),
        "bench" => bench::run(&root),
        // Only the browser tests (or the spec files named after it), against
        // the front end already in `dist/`.
        "browser" => {
            tools::cargo(&["build", "-p", "server"])?;
            let only: Vec<String> = std::env::args().skip(2).collect();
            browser_tests::run(&root, &root.join("target/debug/mysay-server"), &only)
        }
        _ => bail!("usage: cargo xtask <run|test|build|sizes|browser|bench>"),
    }
}

/// The README's first command: build the front end and the server, then start
/// the server with demo data in an embedded SQLite file.
fn serve_demo(root: &std::path::Path) -> Result<()> {
    frontend::build(root, frontend::Optimise::IfPossible)?;
    tools::cargo(&["build", "--release", "-p", "server"])?;
    let server = root.join("target/release/mysay-server");
    let mut command = std::process::Command::new(server);
    command.env("MYSAY_DIST_DIR", root.join("dist")).env(
        "MYSAY_DEMO",
        std::env::var("MYSAY_DEMO").unwrap_or_else(|_| "1".into()),
    );
    let status = command.status()?;
    if !status.success() {
        bail!("the server stopped: {status}");
    }
    Ok(())
}

/// The README's second command. Each step stops the run on failure, so a
/// broken unit test is reported before minutes are spent on the browser.
fn test_everything(root: &std::path::Path) -> Result<()> {
    check_style()?;
    tools::cargo(&["test", "--workspace"])?;
    tools::cargo(&["build", "-p", "server"])?;
    frontend::build(root, frontend::Optimise::Required)?;
    sizes::check_budget(root)?;
    browser_tests::run(root, &root.join("target/debug/mysay-server"), &[])
}

/// Formatting and lints, for the native crates and for the front end as the
/// browser gets it: code behind `cfg(target_arch = "wasm32")` is only linted
/// when built for wasm.
fn check_style() -> Result<()> {
    tools::cargo(&["fmt", "--all", "--check"])?;
    tools::cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    tools::ensure_wasm_target()?;
    tools::cargo(&[
        "clippy",
        "-p",
        "app",
        "--target",
        tools::WASM_TARGET,
        "--",
        "-D",
        "warnings",
    ])
}

fn workspace_root() -> PathBuf {
    // xtask lives one level below the workspace root.
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits inside the workspace")
        .to_path_buf()
}
