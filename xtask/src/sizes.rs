//! The size budget: what a phone downloads for the first view of a child's
//! home page, and what each lazily loaded page adds when first opened.
//! Measured from `dist/` after every build; `cargo xtask sizes` also writes
//! the figures, with twiggy's breakdown, to docs/sizes.md.
//!
//! The first view's gzip size is a ratchet: docs/first-view-budget.txt records
//! it, and the tests fail when a build is more than `SLACK_BYTES` over it.

use anyhow::{bail, Context, Result};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// The recorded first view, gzip bytes: the first number in this file.
const RECORD: &str = "docs/first-view-budget.txt";
/// How far over the record a build may go (a new page may add at most this).
pub const SLACK_BYTES: u64 = 2_000;
/// What we aim for (the issue's goal), gzip bytes.
pub const TARGET_GZIP_BYTES: u64 = 200_000;
/// The language the first view is shown in, whose words the app fetches.
const FIRST_VIEW_LOCALE: &str = "en-GB";

struct Row {
    file: String,
    raw: u64,
    gzip: u64,
    brotli: u64,
}

struct Sizes {
    first_view: Vec<Row>,
    chunks: Vec<Row>,
}

impl Sizes {
    fn first_view_gzip(&self) -> u64 {
        self.first_view.iter().map(|r| r.gzip).sum()
    }
}

/// The one `dist/pkg/<hash>/` folder of this build.
fn pkg_dir(dist: &Path) -> Result<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(dist.join("pkg"))
        .context("dist/pkg is missing: run `cargo xtask build`")?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    match dirs.len() {
        1 => Ok(dirs.remove(0)),
        n => bail!("expected one build folder in dist/pkg, found {n}"),
    }
}

fn files_with(dir: &Path, keep: impl Fn(&str) -> bool) -> Result<Vec<PathBuf>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut files: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.file_name().and_then(|n| n.to_str()).is_some_and(&keep))
        .collect();
    files.sort();
    Ok(files)
}

fn row(dist: &Path, path: &Path) -> Result<Row> {
    let size = |p: &Path| {
        fs::metadata(p)
            .map(|m| m.len())
            .with_context(|| format!("{} is missing: run `cargo xtask build`", p.display()))
    };
    Ok(Row {
        file: path.strip_prefix(dist)?.to_string_lossy().into_owned(),
        raw: size(path)?,
        gzip: size(&crate::frontend::append_ext(path, "gz"))?,
        brotli: size(&crate::frontend::append_ext(path, "br"))?,
    })
}

/// The first view: the shell, the styles, every script and the main module
/// of this build, and the first view's words. API answers are a few hundred bytes and not counted. Every other
/// module is a chunk, fetched only by the page that needs it.
fn measure(root: &Path) -> Result<Sizes> {
    let dist = root.join("dist");
    let pkg = pkg_dir(&dist)?;
    let mut first: Vec<PathBuf> = vec![dist.join("index.html"), dist.join("app.css")];
    first.extend(files_with(&pkg, |n| n.ends_with(".js"))?);
    first.push(pkg.join("app_bg.wasm"));
    let locale_prefix = format!("{FIRST_VIEW_LOCALE}.");
    let first_words = format!(".{}.ftl", crate::locales::FIRST);
    let words = |n: &str| n.starts_with(&locale_prefix) && n.ends_with(".ftl");
    first.extend(files_with(&dist.join("locales"), |n| {
        words(n) && n.ends_with(&first_words)
    })?);
    let mut chunks = files_with(&pkg, |n| n.ends_with(".wasm") && n != "app_bg.wasm")?;
    // Each page's words, fetched with its code.
    chunks.extend(files_with(&dist.join("locales"), |n| {
        words(n) && !n.ends_with(&first_words)
    })?);
    Ok(Sizes {
        first_view: first.iter().map(|p| row(&dist, p)).collect::<Result<_>>()?,
        chunks: chunks
            .iter()
            .map(|p| row(&dist, p))
            .collect::<Result<_>>()?,
    })
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

fn table(rows: &[Row], total: Option<&str>) -> String {
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
    if let Some(label) = total {
        let sum = |f: fn(&Row) -> u64| rows.iter().map(f).sum::<u64>();
        let _ = writeln!(
            out,
            "| **{label}** | {} | {} | {} |",
            kb(sum(|r| r.raw)),
            kb(sum(|r| r.gzip)),
            kb(sum(|r| r.brotli))
        );
    }
    out
}

fn recorded(root: &Path) -> Result<u64> {
    let text = fs::read_to_string(root.join(RECORD)).context(RECORD)?;
    parse_record(&text).with_context(|| format!("{RECORD} holds no byte count"))
}

/// The first line that is not blank or a `#` comment, as a number.
fn parse_record(text: &str) -> Option<u64> {
    text.lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with('#'))?
        .parse()
        .ok()
}

/// Whether a first view of `gzip` bytes breaks the ratchet set at `record`.
fn over_budget(gzip: u64, record: u64) -> bool {
    gzip > record + SLACK_BYTES
}

fn text(root: &Path, sizes: &Sizes) -> Result<String> {
    Ok(format!(
        "The app's first download, for the pages it still draws (record {} gzip in {RECORD}, may grow by {} at most; aim {}):\n\n{}\n\
         Pages fetched when first opened (one chunk each, and its words; `chunk_N` holds code several of them share):\n\n{}",
        kb(recorded(root)?),
        kb(SLACK_BYTES),
        kb(TARGET_GZIP_BYTES),
        table(&sizes.first_view, Some("first view")),
        table(&sizes.chunks, None),
    ))
}

/// Prints the report; with `write`, records it and twiggy's breakdown in docs/sizes.md.
pub fn report(root: &Path, write: bool) -> Result<u64> {
    let sizes = measure(root)?;
    let text = text(root, &sizes)?;
    println!("\n{text}");
    if write {
        let doc = format!(
            "# Size report\n\nWritten by `cargo xtask sizes` after `cargo xtask build`. \
             What a phone downloads before a child's home page shows, and what each \
             other page adds the first time it is opened.\n\n{text}\n{}",
            crate::twiggy::report(root)?
        );
        fs::create_dir_all(root.join("docs"))?;
        fs::write(root.join("docs/sizes.md"), doc)?;
    }
    Ok(sizes.first_view_gzip())
}

/// Fails when the first view grew more than `SLACK_BYTES` past the record.
pub fn check_budget(root: &Path) -> Result<()> {
    let gzip = measure(root)?.first_view_gzip();
    let record = recorded(root)?;
    if over_budget(gzip, record) {
        bail!(
            "the first view is {gzip} bytes gzip, more than {SLACK_BYTES} over the record of \
             {record} in {RECORD}: move the new code into a lazily loaded page \
             (app/src/lazy_pages.rs) or make room elsewhere"
        );
    }
    if gzip + SLACK_BYTES < record {
        println!("xtask: the first view is {gzip} bytes gzip; lower the record in {RECORD} to keep it there");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_record_is_the_first_number_after_the_comments() {
        assert_eq!(parse_record("# why\n\n270700\n"), Some(270_700));
        assert_eq!(parse_record("# only words\n"), None);
    }

    #[test]
    fn a_build_may_grow_by_the_slack_and_no_more() {
        assert!(!over_budget(272_700, 270_700));
        assert!(over_budget(272_701, 270_700));
    }
}
