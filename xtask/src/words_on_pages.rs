//! A check that each page finds its words: every `t!("id")` in the app must
//! be in a section of locales/en-GB/app.ftl whose file the page using it has
//! fetched (`locales.rs` cuts the files, `app/src/languages.rs` fetches them).
//!
//! Which page uses a module is worked out from the source, by modules, not
//! by functions, so it errs on the safe side:
//! - a module reachable from `main.rs` (which mounts `app::App`) through `use crate::…` and `crate::…`
//!   paths, without going into a split point's body in lazy_pages.rs, is on
//!   the first view: every id it uses must be in `first`, even when only a
//!   lazy page calls the function that uses it;
//! - any other module is reached from one or more split points' pages: each
//!   id it uses must be in `first` or in a section naming every one of them.
//!
//! `#[cfg(test)]` code at the end of a file is left out. Every `LazyPage`
//! must also say which split's words to fetch, and name the same split as
//! the page it shows.

use anyhow::{bail, Context, Result};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::Path;

use crate::locales::{read_source, section_map, split_names, FALLBACK, FIRST};

const APP_SOURCE: &str = "app/src";
const SPLITS: &str = "lazy_pages";
/// Folders of modules, whose files are named `<folder>::<file>`.
const FOLDERS: &[&str] = &["components", "pages"];

/// Each module of app/src by its path (`session`, `components::header`),
/// with its source up to its tests.
fn modules(dir: &Path) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let mut read = |path: &Path, name: String| -> Result<()> {
        let text = fs::read_to_string(path).with_context(|| path.display().to_string())?;
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        out.insert(name, code.to_string());
        Ok(())
    };
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if path.is_dir() {
            for inner in fs::read_dir(&path)? {
                let inner = inner?.path();
                let file = inner.file_stem().unwrap_or_default().to_string_lossy();
                if file != "mod" {
                    read(&inner, format!("{stem}::{file}"))?;
                }
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            read(&path, stem)?;
        }
    }
    Ok(out)
}

/// The paths a piece of source names: `crate::a::b`, each leaf of
/// `use crate::{a, b::{c, d}}`, and `pages::x` or `components::x` after
/// `use crate::pages;`.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut starts: Vec<(usize, &str)> = code.match_indices("crate::").collect();
    for folder in FOLDERS {
        for (at, found) in code.match_indices(&format!("{folder}::")) {
            if at == 0 || !ident(bytes[at - 1]) && bytes[at - 1] != b':' {
                starts.push((at, found));
            }
        }
    }
    for (at, found) in starts {
        let base = if found == "crate::" {
            String::new()
        } else {
            found.trim_end_matches("::").to_string()
        };
        expand(&code[at + found.len()..], &base, &mut out);
    }
    out
}

/// The leaves of a use tree (or a plain path) starting at `rest`.
fn expand(rest: &str, base: &str, out: &mut Vec<String>) {
    let join = |name: &str| {
        if base.is_empty() {
            name.to_string()
        } else {
            format!("{base}::{name}")
        }
    };
    let rest = rest.trim_start();
    if let Some(inner) = rest.strip_prefix('{') {
        // Split the group at its top-level commas.
        let mut depth = 0;
        let mut item = String::new();
        for c in inner.chars() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&item, base, out);
                    item.clear();
                    continue;
                }
                _ => {}
            }
            item.push(c);
        }
        expand(&item, base, out);
        return;
    }
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if name.is_empty() || name == "self" {
        if !base.is_empty() {
            out.push(base.to_string());
        }
        return;
    }
    let after = &rest[name.len()..];
    match after.strip_prefix("::") {
        Some(more) => expand(more, &join(&name), out),
        None => out.push(join(&name)),
    }
}

/// The modules a piece of source uses, among those that exist.
fn uses(code: &str, modules: &BTreeMap<String, String>) -> BTreeSet<String> {
    paths(code)
        .into_iter()
        .filter_map(|path| {
            let mut parts = path.split("::");
            let first = parts.next()?;
            let module = if FOLDERS.contains(&first) {
                format!("{first}::{}", parts.next()?)
            } else {
                first.to_string()
            };
            modules.contains_key(&module).then_some(module)
        })
        .collect()
}

/// Every id in `t!("…")` in a piece of source.
fn ids(code: &str) -> BTreeSet<String> {
    code.match_indices("t!(")
        .filter(|(at, _)| !code[..*at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_'))
        .filter_map(|(at, _)| {
            let rest = code[at + 3..].trim_start().strip_prefix('"')?;
            Some(rest[..rest.find('"')?].to_string())
        })
        .collect()
}

/// The body of each split point in lazy_pages.rs, by its name.
fn split_bodies(source: &str, names: &[String]) -> Vec<(String, String)> {
    source
        .split("#[wasm_split(")
        .skip(1)
        .zip(names)
        .map(|(body, name)| (name.clone(), body.to_string()))
        .collect()
}

/// Every module reachable from `start`, not going into `stop`.
fn reach(
    start: BTreeSet<String>,
    graph: &HashMap<String, BTreeSet<String>>,
    stop: &str,
) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<String> = start.into_iter().collect();
    while let Some(module) = todo.pop() {
        if module == stop || !seen.insert(module.clone()) {
            continue;
        }
        todo.extend(graph[&module].iter().cloned());
    }
    seen
}

/// Each module's source, by module path.
type Sources = BTreeMap<String, String>;
/// For each module: `first`, or the split points whose pages reach it.
type Reachers = BTreeMap<String, BTreeSet<String>>;

/// For each module that uses words: `first`, or the split points whose
/// pages reach it.
fn who_needs(root: &Path) -> Result<(Sources, Reachers)> {
    let modules = modules(&root.join(APP_SOURCE))?;
    let graph: HashMap<String, BTreeSet<String>> = modules
        .iter()
        .map(|(name, code)| (name.clone(), uses(code, &modules)))
        .collect();
    let splits_source = &modules[SPLITS];
    let names = split_names(splits_source);
    // main.rs names its modules with `mod`, not paths, and mounts `app::App`.
    let start = BTreeSet::from(["main".to_string(), "app".to_string()]);
    let first = reach(start, &graph, SPLITS);
    let mut needs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for module in &first {
        needs.insert(module.clone(), BTreeSet::from([FIRST.to_string()]));
    }
    for (name, body) in split_bodies(splits_source, &names) {
        for module in reach(uses(&body, &modules), &graph, SPLITS) {
            if !first.contains(&module) {
                needs.entry(module).or_default().insert(name.clone());
            }
        }
    }
    Ok((modules, needs))
}

/// Each id used where its page cannot find it, with why.
fn misplaced(root: &Path) -> Result<Vec<String>> {
    let (modules, needs) = who_needs(root)?;
    let splits = split_names(&modules[SPLITS]);
    let map = section_map(&read_source(&root.join("locales"), FALLBACK)?, &splits)?;
    let mut wrong = Vec::new();
    for (module, code) in &modules {
        let Some(pages) = needs.get(module) else {
            if !ids(code).is_empty() {
                wrong.push(format!("{module} uses words but no page reaches it"));
            }
            continue;
        };
        for id in ids(code) {
            let Some(sections) = map.get(&id) else {
                wrong.push(format!("{module} uses `{id}`, which is not in {FALLBACK}"));
                continue;
            };
            if sections.iter().any(|s| s == FIRST) {
                continue;
            }
            let missing: Vec<&String> = pages.iter().filter(|p| !sections.contains(p)).collect();
            if !missing.is_empty() {
                wrong.push(format!(
                    "{module} uses `{id}` (in `## chunk: {}`) but is reached from {missing:?}",
                    sections.join(" ")
                ));
            }
        }
    }
    Ok(wrong)
}

/// Each `<LazyPage page=lazy_pages::x …>` with `words="x"`: the words it
/// fetches are its page's.
fn lazy_pages_fetch_their_words(modules: &BTreeMap<String, String>) -> Result<()> {
    for (module, code) in modules {
        for tag in code.split("<LazyPage").skip(1) {
            let tag = &tag[..tag.find("/>").context("a LazyPage without `/>`")?];
            let page = tag.split("lazy_pages::").nth(1).and_then(|rest| {
                rest.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                    .next()
            });
            let words = tag
                .split("words=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next());
            if page.is_none() || page != words {
                bail!(
                    "{module}: `<LazyPage{tag}/>` must fetch its page's words: words=\"{}\"",
                    page.unwrap_or("?")
                );
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    #[test]
    fn use_trees_are_read() {
        let mut found = paths(
            "use crate::components::header::Header;\nuse crate::{dom, t};\n\
             use crate::api::{self, Failure};\nuse crate::pages::{home::Home, sign_in::SignIn};\n\
             x(pages::my_views::MyViews); crate::js::go();",
        );
        found.sort();
        assert_eq!(
            found,
            [
                "api",
                "api::Failure",
                "components::header::Header",
                "dom",
                "js::go",
                "pages::home::Home",
                "pages::my_views::MyViews",
                "pages::sign_in::SignIn",
                "t",
            ]
        );
        assert_eq!(
            ids("t!(\"a-b\"); t!(\n    \"c\",\n x = 1); format!(\"no\")"),
            BTreeSet::from(["a-b".to_string(), "c".to_string()])
        );
    }

    #[test]
    fn the_first_view_and_the_pages_are_told_apart() {
        let (_, needs) = who_needs(&root()).unwrap();
        let first = BTreeSet::from([FIRST.to_string()]);
        assert_eq!(needs["pages::home"], first);
        assert_eq!(needs["components::header"], first);
        assert_eq!(
            needs["pages::request_decision"],
            BTreeSet::from(["request_decision".to_string()])
        );
        assert!(needs["pages::caseload"].contains("caseload"));
    }

    #[test]
    fn every_page_finds_its_words() {
        let wrong = misplaced(&root()).unwrap();
        assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    }

    #[test]
    fn every_lazy_page_fetches_its_own_words() {
        let modules = modules(&root().join(APP_SOURCE)).unwrap();
        lazy_pages_fetch_their_words(&modules).unwrap();
    }
}
