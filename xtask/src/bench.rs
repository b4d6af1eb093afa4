//! `cargo xtask bench`: Lighthouse 12 (npm, pinned in tools/lighthouse) in
//! Debian's Chromium, on the pages a child meets first, against the demo
//! server with the front end already in `dist/`; then how many times a
//! second a release build renders Sam's home, beside `/api/health`
//! (autocannon, npm). Writes docs/performance.md. A measurement, not a
//! test: it never fails on a number, only when it cannot measure.

use crate::{browser_tests, tools};
use anyhow::Result;
use std::path::Path;
use std::process::Command;

pub fn run(root: &Path) -> Result<()> {
    tools::ensure_chromium()?;
    let dir = root.join("tools/lighthouse");
    tools::npm_ci(&dir)?;
    tools::cargo(&["build", "-p", "server"])?;
    let data_dir = root.join("target/bench-data");
    if data_dir.exists() {
        std::fs::remove_dir_all(&data_dir)?;
    }
    std::fs::create_dir_all(&data_dir)?;
    let (server, base_url) = browser_tests::start_server(
        &root.join("target/debug/mysay-server"),
        &root.join("dist"),
        &data_dir,
    )?;
    let stop = browser_tests::StopOnDrop(server);
    tools::run(
        Command::new("node")
            .arg("bench.mjs")
            .current_dir(&dir)
            .env("BASE_URL", &base_url)
            .env("CHROME_PATH", tools::CHROMIUM)
            .env("OUT", root.join("docs/performance.md")),
    )?;
    drop(stop);

    // Renders a second: a release build, as a council would run it.
    tools::cargo(&["build", "--release", "-p", "server"])?;
    std::fs::remove_dir_all(&data_dir)?;
    std::fs::create_dir_all(&data_dir)?;
    let (server, base_url) = browser_tests::start_server(
        &root.join("target/release/mysay-server"),
        &root.join("dist"),
        &data_dir,
    )?;
    let _stop = browser_tests::StopOnDrop(server);
    tools::run(
        Command::new("node")
            .arg("load.mjs")
            .current_dir(&dir)
            .env("BASE_URL", &base_url)
            .env("OUT", root.join("docs/performance.md")),
    )
}
