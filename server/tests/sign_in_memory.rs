//! The memory a flood of sign-ins costs, measured on the real server binary:
//! 200 sign-ins at once from 10 addresses. Each Argon2 hash takes 19 MiB, so
//! without a bound this took a server from 244 MB to 5 GB. Prints the peak
//! (the figure in the README's Budgets) and fails if hashing is unbounded.
//!
//! `cargo test -p server --test sign_in_memory -- --nocapture`

#![cfg(target_os = "linux")]

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const HASH_MIB: u64 = 19;

/// VmHWM (peak resident memory) and VmRSS of a process, in KiB.
fn memory_kib(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap()
    };
    (field("VmHWM:"), field("VmRSS:"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_parallel_sign_ins_keep_memory_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Command::new(env!("CARGO_BIN_EXE_mysay-server"))
        .env("MYSAY_ADDR", "127.0.0.1:0")
        .env("MYSAY_DATA_DIR", dir.path())
        .env("MYSAY_DIST_DIR", dir.path().join("dist"))
        .env("MYSAY_DEMO", "1")
        .env("RUST_LOG", "warn,tower_http=off")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line
        .trim()
        .strip_prefix("My Say is running at ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .trim_end_matches('/')
        .to_string();
    let pid = server.id();
    let (before, _) = memory_kib(pid);

    let mut flood = tokio::task::JoinSet::new();
    for address in 1..=10u8 {
        let client = reqwest::Client::builder()
            .local_address(std::net::IpAddr::from([127, 0, 0, address]))
            .build()
            .unwrap();
        for i in 0..20 {
            // Different names, so every try reaches the hash rather than
            // being refused by throttling first.
            let request = client
                .post(format!("{base}/api/session/child"))
                .header(domain::api::CSRF_HEADER, domain::api::CSRF_VALUE)
                .json(&serde_json::json!({
                    "username": format!("someone{address}x{i}"),
                    "passphrase": "guess-guess",
                }));
            flood.spawn(async move { request.send().await.map(|r| r.status().as_u16()) });
        }
    }
    let statuses = flood.join_all().await;
    let (peak, now) = memory_kib(pid);
    server.kill().unwrap();
    server.wait().unwrap();

    let count = |code: u16| {
        statuses
            .iter()
            .filter(|s| *s.as_ref().unwrap() == code)
            .count()
    };
    let (checked, busy) = (count(401), count(503));
    println!(
        "200 sign-ins from 10 addresses: {checked} checked (401), {busy} turned away (503); \
         server memory {} MiB at start, peak {} MiB, {} MiB after",
        before / 1024,
        peak / 1024,
        now / 1024
    );
    assert_eq!(checked + busy, 200, "{statuses:?}");
    assert!(checked > 0 && busy > 0, "the queue filled and drained");
    // At most one hash per core at once, plus slack for buffers and threads.
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get() as u64);
    let bound_kib = before + (cores * HASH_MIB + 64) * 1024;
    assert!(
        peak < bound_kib,
        "peak {peak} KiB over {bound_kib} KiB: hashing is not bounded"
    );
}
