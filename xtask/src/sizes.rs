//! The size budget: what a phone downloads for the first view of a child's
//! home page. Measured from `dist/` after every build; `cargo xtask sizes`
//! also writes the figures to docs/sizes.md so changes show up in review.

use anyhow::{bail, Context, Result};
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// Files fetched before the child's home page can show (the locale is
/// embedded in the wasm). API answers are a few hundred bytes and not counted.
const FIRST_VIEW: &[&str] = &[
    "index.html",
    "app.css",
    "boot.js",
    "pkg/app.js",
    "pkg/app_bg.wasm",
];
/// The issue's ceiling for the first view, gzip, in bytes (300 KB).
pub const BUDGET_GZIP_BYTES: u64 = 300 * 1000;
/// What we aim for.
pub const TARGET_GZIP_BYTES: u64 = 200 * 1000;

struct Row {
    file: &'static str,
    raw: u64,
    gzip: u64,
    brotli: u64,
}

fn measure(root: &Path) -> Result<Vec<Row>> {
    let dist = root.join("dist");
    FIRST_VIEW
        .iter()
        .map(|file| {
            let path = dist.join(file);
            let size = |p: &Path| {
                fs::metadata(p)
                    .map(|m| m.len())
                    .with_context(|| format!("{} is missing: run `cargo xtask build`", p.display()))
            };
            Ok(Row {
                file,
                raw: size(&path)?,
                gzip: size(&crate::frontend::append_ext(&path, "gz"))?,
                brotli: size(&crate::frontend::append_ext(&path, "br"))?,
            })
        })
        .collect()
}

fn table(rows: &[Row]) -> String {
    let kb = |b: u64| format!("{:.1} KB", b as f64 / 1000.0);
    let mut out = String::from("| file | raw | gzip | brotli |\n|---|---:|---:|---:|\n");
    for r in rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            r.file,
            kb(r.raw),
            kb(r.gzip),
            kb(r.brotli)
        );
    }
    let sum = |f: fn(&Row) -> u64| rows.iter().map(f).sum::<u64>();
    let _ = writeln!(
        out,
        "| **first view** | {} | {} | {} |",
        kb(sum(|r| r.raw)),
        kb(sum(|r| r.gzip)),
        kb(sum(|r| r.brotli))
    );
    out
}

/// Prints the report; with `write`, records it in docs/sizes.md.
pub fn report(root: &Path, write: bool) -> Result<u64> {
    let rows = measure(root)?;
    let text = table(&rows);
    println!(
        "\nFirst view of a child's home page (budget {} KB gzip, aim {} KB):\n{text}",
        BUDGET_GZIP_BYTES / 1000,
        TARGET_GZIP_BYTES / 1000
    );
    if write {
        let doc = format!(
            "# Size report\n\nWritten by `cargo xtask sizes` after a build. What a phone downloads \
             before a child's home page shows. Budget: {} KB gzip; aim: {} KB.\n\n{text}",
            BUDGET_GZIP_BYTES / 1000,
            TARGET_GZIP_BYTES / 1000
        );
        fs::create_dir_all(root.join("docs"))?;
        fs::write(root.join("docs/sizes.md"), doc)?;
    }
    Ok(rows.iter().map(|r| r.gzip).sum())
}

pub fn check_budget(root: &Path) -> Result<()> {
    let gzip: u64 = measure(root)?.iter().map(|r| r.gzip).sum();
    if gzip > BUDGET_GZIP_BYTES {
        bail!("the first view is {gzip} bytes gzip, over the budget of {BUDGET_GZIP_BYTES}");
    }
    Ok(())
}
