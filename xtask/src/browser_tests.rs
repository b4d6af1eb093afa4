//! The browser tests: start the real server on a free port with a fresh
//! SQLite file and demo data, then run Playwright (in tests/) against it in
//! Debian's headless Chromium.

use crate::tools;
use anyhow::{bail, Context, Result};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

const READY_PREFIX: &str = "My Say is running at ";

/// `only`: spec files to run (all of them when empty).
pub fn run(root: &Path, server_bin: &Path, only: &[String]) -> Result<()> {
    tools::ensure_chromium()?;
    let tests_dir = root.join("tests");
    tools::npm_ci(&tests_dir)?;
    let data_dir = root.join("target/browser-test-data");
    if data_dir.exists() {
        std::fs::remove_dir_all(&data_dir)?;
    }
    let (server, base_url) = start_server(server_bin, &root.join("dist"), &data_dir)?;
    let _stop = StopOnDrop(server);
    tools::run(
        Command::new("npx")
            .args(["playwright", "test"])
            .args(only)
            .current_dir(&tests_dir)
            .env("BASE_URL", &base_url)
            .env("CHROMIUM_PATH", tools::CHROMIUM),
    )
}

/// Starts the server on port 0 and waits for the line naming its real URL;
/// what it prints after that goes to `server.log` in `data_dir`.
pub fn start_server(bin: &Path, dist: &Path, data_dir: &Path) -> Result<(Child, String)> {
    let mut child = Command::new(bin)
        .env("MYSAY_ADDR", "127.0.0.1:0")
        .env("MYSAY_DATA_DIR", data_dir)
        .env("MYSAY_DIST_DIR", dist)
        .env("MYSAY_DEMO", "1")
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {}", bin.display()))?;
    let stdout = child.stdout.take().context("server stdout")?;
    let mut lines = BufReader::new(stdout).lines();
    for line in lines.by_ref() {
        let line = line?;
        println!("{line}");
        if let Some(url) = line.strip_prefix(READY_PREFIX) {
            let url = url.trim().trim_end_matches('/').to_string();
            // Keep draining the server's output so it never blocks on a full
            // pipe, into a file beside the data to read when a test fails.
            let mut log = std::fs::File::create(data_dir.join("server.log"))?;
            std::thread::spawn(move || {
                use std::io::Write;
                for line in lines.map_while(Result::ok) {
                    let _ = writeln!(log, "{line}");
                }
            });
            return Ok((child, url));
        }
    }
    let _ = child.kill();
    bail!("the server exited before saying where it runs")
}

pub struct StopOnDrop(pub Child);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
