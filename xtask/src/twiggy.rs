//! What the first-view module is made of, from twiggy (crates.io), for
//! docs/sizes.md: the 25 largest items and the total per crate. Run on the
//! main module as wasm-bindgen leaves it, before wasm-opt, while it still has
//! its function names.

use crate::tools;
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const TWIGGY_VERSION: &str = "0.8.0";
const TOP_ITEMS: usize = 25;
const TOP_CRATES: usize = 30;

fn unoptimised(root: &Path) -> PathBuf {
    root.join("target/xtask-sizes/app_bg.unoptimised.wasm")
}

/// Keeps a copy of the main module before wasm-opt for `cargo xtask sizes`.
pub fn keep_unoptimised(root: &Path, wasm: &Path) -> Result<()> {
    let copy = unoptimised(root);
    fs::create_dir_all(copy.parent().context("no parent")?)?;
    fs::copy(wasm, copy)?;
    Ok(())
}

/// The Markdown section of docs/sizes.md; installs twiggy when it is missing.
pub fn report(root: &Path) -> Result<String> {
    let wasm = unoptimised(root);
    if !wasm.is_file() {
        anyhow::bail!("{} is missing: run `cargo xtask build`", wasm.display());
    }
    let twiggy = ensure_twiggy()?;
    let output = Command::new(&twiggy)
        .args(["top", "--format", "csv"])
        .arg(&wasm)
        .output()
        .context("running twiggy")?;
    if !output.status.success() {
        anyhow::bail!("twiggy failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let items = parse_csv(&String::from_utf8_lossy(&output.stdout));
    Ok(markdown(&items, fs::metadata(&wasm)?.len()))
}

fn ensure_twiggy() -> Result<PathBuf> {
    let found = Command::new("twiggy").arg("--version").output();
    if found.is_ok_and(|out| out.status.success()) {
        return Ok(PathBuf::from("twiggy"));
    }
    eprintln!("xtask: installing twiggy {TWIGGY_VERSION} from crates.io (once)");
    tools::cargo(&["install", "twiggy", "--locked", "--version", TWIGGY_VERSION])?;
    Ok(PathBuf::from("twiggy"))
}

struct Item {
    name: String,
    bytes: u64,
}

/// twiggy's CSV: `Name,ShallowSize,…`, names quoted when they hold commas or quotes.
fn parse_csv(text: &str) -> Vec<Item> {
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let (name, rest) = if let Some(quoted) = line.strip_prefix('"') {
                let mut name = String::new();
                let mut chars = quoted.char_indices().peekable();
                let mut end = quoted.len();
                while let Some((i, c)) = chars.next() {
                    if c == '"' {
                        if chars.peek().map(|(_, c)| *c) == Some('"') {
                            name.push('"');
                            chars.next();
                        } else {
                            end = i + 1;
                            break;
                        }
                    } else {
                        name.push(c);
                    }
                }
                (name, quoted[end..].strip_prefix(',')?)
            } else {
                let (name, rest) = line.split_once(',')?;
                (name.to_string(), rest)
            };
            let bytes = rest.split(',').next()?.parse().ok()?;
            Some(Item { name, bytes })
        })
        .collect()
}

/// The crate an item's code comes from: the first path segment of its
/// demangled name. For `<T as Trait>::f` that is the crate of `T`, or of the
/// trait when `T` is a generic parameter or a primitive. Generic code counts
/// for the crate that defines it, whoever instantiated it.
fn crate_of(name: &str) -> String {
    if name.starts_with("data[") || name.starts_with("data segment") {
        return "(data: strings and constants)".into();
    }
    if name.starts_with('"') || name.contains("subsection") || name.starts_with("custom section") {
        return "(names and custom sections; wasm-opt strips them)".into();
    }
    if name.starts_with("__wbg")
        || name.starts_with("__wbindgen")
        || name.starts_with("__externref")
    {
        return "wasm-bindgen glue".into();
    }
    let first_crate = |path: &str| {
        let path = path
            .trim_start_matches(['<', '&', '(', '*', '['])
            .trim_start_matches("mut ")
            .trim_start_matches("dyn ")
            .trim_start_matches("const ");
        let (first, _) = path.split_once("::")?;
        // Standard-library names carry a disambiguator: `core[c5930c85a12de822]::fmt`.
        let first = first.split('[').next().unwrap_or(first);
        let is_ident =
            !first.is_empty() && first.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        is_ident.then(|| first.to_string())
    };
    if let Some(qualified) = name.strip_prefix('<') {
        if let Some((self_ty, rest)) = qualified.split_once(" as ") {
            if let Some(found) = first_crate(self_ty).or_else(|| first_crate(rest)) {
                return found;
            }
        } else if first_crate(qualified).is_none() {
            // `<char>::escape_debug_ext`: an inherent method of a primitive.
            return "core".into();
        }
    }
    first_crate(name).unwrap_or_else(|| "(other: tables, types, unnamed code)".into())
}

fn markdown(items: &[Item], file_bytes: u64) -> String {
    let total: u64 = items.iter().map(|i| i.bytes).sum();
    let pct = |b: u64| 100.0 * b as f64 / total.max(1) as f64;
    let mut out = format!(
        "## What the first-view module is made of\n\n\
         `twiggy top` ({TWIGGY_VERSION}) on `app_bg.wasm` after wasm-bindgen, before wasm-opt \
         ({:.1} KB raw, names included; wasm-opt then removes about a third). \
         Sizes are shallow bytes.\n\n\
         ### The {TOP_ITEMS} largest items\n\n| bytes | % | item |\n|---:|---:|---|\n",
        file_bytes as f64 / 1000.0
    );
    for item in items.iter().take(TOP_ITEMS) {
        let name = item.name.replace('|', "\\|");
        let shown: String = name.chars().take(140).collect();
        let _ = writeln!(
            out,
            "| {} | {:.2} | `{}` |",
            item.bytes,
            pct(item.bytes),
            shown
        );
    }
    let mut per_crate: HashMap<String, u64> = HashMap::new();
    for item in items {
        *per_crate.entry(crate_of(&item.name)).or_default() += item.bytes;
    }
    let mut crates: Vec<(String, u64)> = per_crate.into_iter().collect();
    crates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let _ = write!(
        out,
        "\n### Totals per crate\n\n| bytes | % | crate |\n|---:|---:|---|\n"
    );
    for (name, bytes) in crates.iter().take(TOP_CRATES) {
        let _ = writeln!(out, "| {bytes} | {:.2} | {name} |", pct(*bytes));
    }
    let rest: u64 = crates.iter().skip(TOP_CRATES).map(|c| c.1).sum();
    if rest > 0 {
        let _ = writeln!(
            out,
            "| {rest} | {:.2} | {} other crates |",
            pct(rest),
            crates.len() - TOP_CRATES
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_with_their_quotes_and_commas() {
        let csv = "Name,ShallowSize,ShallowSizePercent\n\"\"\"function names\"\" subsection\",876,15.6\ncore::fmt::write::h12,40,1.0\n\"<a::B<c::D, e::F> as g::H>::f\",7,0.1\n";
        let items = parse_csv(csv);
        assert_eq!(items.len(), 3);
        assert_eq!(items[0].name, "\"function names\" subsection");
        assert_eq!(items[0].bytes, 876);
        assert_eq!(items[2].name, "<a::B<c::D, e::F> as g::H>::f");
    }

    #[test]
    fn items_count_for_the_crate_that_defines_them() {
        assert_eq!(crate_of("core::fmt::write::h12"), "core");
        assert_eq!(
            crate_of("<alloc::vec::Vec<T> as core::ops::Drop>::drop"),
            "alloc"
        );
        assert_eq!(crate_of("<&mut tachys::html::X as Y>::f"), "tachys");
        assert_eq!(
            crate_of("core[c5930c85a12de822]::fmt::float::f::<f64>"),
            "core"
        );
        assert_eq!(
            crate_of("<T as reactive_graph::traits::Read>::try_read::h5"),
            "reactive_graph"
        );
        assert_eq!(
            crate_of("<f64 as core[c5930c85a12de822]::str::FromStr>::from_str"),
            "core"
        );
        assert_eq!(crate_of("<char>::escape_debug_ext"), "core");
        assert_eq!(crate_of("data[12]"), "(data: strings and constants)");
    }
}
