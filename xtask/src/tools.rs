//! Running the outside tools the build and tests need, and installing them
//! from the package registries when a fresh machine lacks them.

use anyhow::{bail, Context, Result};
use std::path::Path;
use std::process::Command;

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

pub fn cargo(args: &[&str]) -> Result<()> {
    run(Command::new(env_or("CARGO", "cargo")).args(args))
}

pub fn run(command: &mut Command) -> Result<()> {
    let shown = format!("{command:?}");
    let status = command
        .status()
        .with_context(|| format!("could not start {shown}"))?;
    if !status.success() {
        bail!("{shown} failed: {status}");
    }
    Ok(())
}

/// What wasm-opt says of every module wasm-bindgen wrote, and which means
/// nothing: it skips a part of the names section it does not know.
const HARMLESS: &[&str] = &["unknown name subsection"];

/// Runs a tool whose chatter is noise: its output is shown only when it
/// fails, or when it says something other than the harmless.
pub fn run_quietly(command: &mut Command) -> Result<()> {
    let shown = format!("{command:?}");
    let out = command
        .output()
        .with_context(|| format!("could not start {shown}"))?;
    let said = |bytes: &[u8]| -> String {
        String::from_utf8_lossy(bytes)
            .lines()
            .filter(|line| !out.status.success() || !HARMLESS.iter().any(|h| line.contains(h)))
            .map(|line| format!("{line}\n"))
            .collect()
    };
    print!("{}", said(&out.stdout));
    eprint!("{}", said(&out.stderr));
    if !out.status.success() {
        bail!("{shown} failed: {}", out.status);
    }
    Ok(())
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

fn succeeds(command: &mut Command) -> bool {
    command
        .output()
        .map(|out| out.status.success())
        .unwrap_or(false)
}

/// Adds the wasm target to the pinned toolchain when it is missing: these
/// machines turn rustup's auto-install off.
pub fn ensure_wasm_target() -> Result<()> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output();
    match installed {
        Ok(out) if String::from_utf8_lossy(&out.stdout).contains(WASM_TARGET) => Ok(()),
        Ok(_) => run(Command::new("rustup").args(["target", "add", WASM_TARGET])),
        Err(_) => bail!("rustup not found: install Rust with rustup (https://rustup.rs)"),
    }
}

pub fn has_npm() -> bool {
    succeeds(Command::new("npm").arg("--version"))
}

/// `npm ci` in `dir` unless its node_modules already match the lockfile.
pub fn npm_ci(dir: &Path) -> Result<()> {
    if !has_npm() {
        bail!("npm not found: install Node.js and npm (apt-get install nodejs npm)");
    }
    let installed = dir.join("node_modules/.package-lock.json");
    let lock = dir.join("package-lock.json");
    let fresh = match (installed.metadata(), lock.metadata()) {
        (Ok(i), Ok(l)) => i.modified()? >= l.modified()?,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(dir))
}

pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Debian's Chromium for the browser tests (Playwright's own download is not
/// reachable from here). Installs it when running as root, else says how.
pub fn ensure_chromium() -> Result<()> {
    if Path::new(CHROMIUM).exists() {
        return Ok(());
    }
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
        .unwrap_or(false);
    if !is_root {
        bail!("Chromium not found at {CHROMIUM}: install it with `sudo apt-get install chromium`");
    }
    eprintln!("xtask: installing Debian's chromium for the browser tests");
    run(Command::new("apt-get").args(["update", "-q"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-q", "chromium"])
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// Runs `work` on every item, one item per core at a time, in the order
/// given (put the longest first); the first error wins once all have run.
pub fn each_in_parallel<T: Sync>(
    items: &[T],
    work: impl Fn(&T) -> Result<()> + Sync,
) -> Result<()> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers.min(items.len()))
            .map(|_| {
                scope.spawn(|| -> Result<()> {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(i) else {
                            return Ok(());
                        };
                        work(item)?;
                    }
                })
            })
            .collect();
        handles.into_iter().try_for_each(|handle| {
            handle
                .join()
                .map_err(|_| anyhow::anyhow!("a worker thread panicked"))?
        })
    })
}
