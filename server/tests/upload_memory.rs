//! The memory carers' files cost, measured on the real server binary: a
//! 20 MB upload, four at once, and a 20 MB download. Files are streamed to
//! and from disk, so the server's peak resident memory must not grow by
//! anything like a file's size. Prints the figures (those in the README's
//! Budgets) and fails if a file is held whole in memory.
//!
//! `cargo test -p server --test upload_memory -- --nocapture`

#![cfg(target_os = "linux")]

use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const MIB: u64 = 1024 * 1024;

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

/// Starts the peak over from what the process holds now (Linux 4.0+), so
/// signing in (one 19 MiB Argon2 hash) is not counted against uploads.
fn reset_peak(pid: u32) {
    std::fs::write(format!("/proc/{pid}/clear_refs"), "5").unwrap();
}

/// A valid PDF's start, padded to `size` bytes.
fn big_pdf(size: u64) -> Vec<u8> {
    let mut file = b"%PDF-1.4\n".to_vec();
    file.resize(size as usize, b' ');
    file
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_20_mb_upload_keeps_server_memory_flat() {
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

    let carer = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let people = server::demo::people().unwrap();
    let alex = people.adults.iter().find(|a| a.key == "carer").unwrap();
    let r = carer
        .post(format!("{base}/api/session/staff"))
        .header(domain::api::CSRF_HEADER, domain::api::CSRF_VALUE)
        .json(&serde_json::json!({ "email": alex.email, "password": alex.password }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let children: Value = carer
        .get(format!("{base}/api/children"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let child_id = children["children"][0]["child_id"].as_i64().unwrap();
    let upload = |size: u64| {
        carer
            .post(format!("{base}/api/children/{child_id}/attachments"))
            .header(domain::api::CSRF_HEADER, domain::api::CSRF_VALUE)
            .header("x-file-name", "report.pdf")
            .body(big_pdf(size))
            .send()
    };

    // Everything a first upload sets up, before measuring.
    assert_eq!(upload(MIB).await.unwrap().status(), 201);
    reset_peak(pid);
    let (start, _) = memory_kib(pid);

    let size = 20 * MIB;
    let started = std::time::Instant::now();
    let r = upload(size).await.unwrap();
    assert_eq!(r.status(), 201);
    let took = started.elapsed();
    let one: Value = r.json().await.unwrap();
    let (after_one, _) = memory_kib(pid);

    let at_once: Vec<_> = (0..4).map(|_| upload(size)).collect();
    for r in futures_util::future::join_all(at_once).await {
        assert_eq!(r.unwrap().status(), 201);
    }
    let (after_four, _) = memory_kib(pid);

    let download = carer
        .get(format!(
            "{base}/api/children/{child_id}/attachments/{}",
            one["attachment_id"]
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), 200);
    assert_eq!(download.bytes().await.unwrap().len() as u64, size);
    let (after_download, now) = memory_kib(pid);
    server.kill().unwrap();
    server.wait().unwrap();

    let mib = |kib: u64| kib as f64 / 1024.0;
    println!(
        "20 MiB files, debug build: server peak {:.1} MiB at start; {:.1} MiB after one upload \
         ({took:.1?}); {:.1} MiB after four at once; {:.1} MiB after a download; {:.1} MiB resident at the end",
        mib(start),
        mib(after_one),
        mib(after_four),
        mib(after_download),
        mib(now)
    );
    // One file held whole would add 20 MiB, four at once 80 MiB. Streaming
    // keeps each to a few buffers of socket reads and file writes.
    let grew = mib(after_one - start);
    assert!(grew < 8.0, "one upload grew the peak by {grew:.1} MiB");
    let grew = mib(after_four - start);
    assert!(grew < 16.0, "four uploads grew the peak by {grew:.1} MiB");
    let grew = mib(after_download - start);
    assert!(grew < 16.0, "the download grew the peak by {grew:.1} MiB");
}
