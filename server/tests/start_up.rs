//! The real binary, configured by environment variables as `cargo xtask`
//! runs it: the first line on stdout must name the URL with the real port.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_binary_prints_its_url_and_serves_the_demo_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_mysay-server"))
        .env("MYSAY_ADDR", "127.0.0.1:0")
        .env("MYSAY_DATA_DIR", dir.path().join("data"))
        .env("MYSAY_DIST_DIR", dir.path().join("dist"))
        .env("MYSAY_DEMO", "1")
        .env_remove("MYSAY_OFFICER_TITLE")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let _guard = KillOnDrop(child);

    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let url = line
        .trim_end()
        .strip_prefix("My Say is running at http://127.0.0.1:")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"));
    let port: u16 = url.trim_end_matches('/').parse().unwrap();
    assert_ne!(port, 0);
    assert!(dir.path().join("data/mysay.sqlite").is_file());

    let runtime = tokio::runtime::Runtime::new().unwrap();
    let settings: serde_json::Value = runtime.block_on(async {
        reqwest::get(format!("http://127.0.0.1:{port}/api/settings"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    assert_eq!(
        settings["officer_title"], "CISRO",
        "the demo's default title"
    );
}
