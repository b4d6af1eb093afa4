//! Which Fluent message ids some of the app's screens show, read from the
//! app's Rust source: every string literal in the screen's files that is a
//! message id, following the files they use through `crate::` paths. No Rust
//! parser: ids are plain literals (`t!("sign-in-title")`, or a helper's
//! `"officer-title"`), and a literal that is not an id is ignored.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The ids in `ids` that the files `start` (relative to `src`) and the files
/// they use show. Files in `not_followed` (relative to `src`) and pages other
/// than those in `start` are not followed into. Test code is left out.
///
/// Panics when a file in `start` is missing, so a renamed screen is noticed.
pub fn ids_shown(
    src: &Path,
    start: &[&str],
    not_followed: &[&str],
    ids: &BTreeSet<String>,
) -> BTreeSet<String> {
    let mut todo: Vec<PathBuf> = start.iter().map(|f| src.join(f)).collect();
    for f in &todo {
        assert!(f.is_file(), "{f:?} is listed as a screen but missing");
    }
    let mut seen = BTreeSet::new();
    let mut found = BTreeSet::new();
    while let Some(file) = todo.pop() {
        if !seen.insert(file.clone()) {
            continue;
        }
        let code = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        let code = without_tests(&code);
        found.extend(
            string_literals(code)
                .into_iter()
                .filter(|l| ids.contains(l)),
        );
        for next in crate_files(src, code) {
            let rel = next
                .strip_prefix(src)
                .expect("under src")
                .to_string_lossy()
                .replace('\\', "/");
            let another_page = rel.starts_with("pages/") && !start.contains(&rel.as_str());
            if !another_page && !not_followed.contains(&rel.as_str()) {
                todo.push(next);
            }
        }
    }
    found
}

/// The code before a file's `#[cfg(test)]` module: tests may name any id.
fn without_tests(code: &str) -> &str {
    code.split("#[cfg(test)]").next().unwrap_or_default()
}

/// The contents of the string literals in some Rust code, outside `//`
/// comments and character literals such as `'"'`.
pub fn string_literals(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    let mut in_comment = false;
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        if in_comment {
            if c == '\n' {
                in_comment = false;
            }
        } else if c == '/' && chars.peek() == Some(&'/') {
            in_comment = true;
        } else if c == '"' && previous != '\'' {
            let mut literal = String::new();
            while let Some(d) = chars.next() {
                match d {
                    '\\' => {
                        chars.next();
                    }
                    '"' => break,
                    _ => literal.push(d),
                }
            }
            out.push(literal);
        }
        previous = c;
    }
    out
}

/// The files under `src` that `code` names through `crate::` paths, including
/// grouped ones (`crate::{api, dom}`): `crate::a::b::C` is `a/b.rs`, or else
/// `a.rs` or `a/mod.rs`.
pub fn crate_files(src: &Path, code: &str) -> Vec<PathBuf> {
    let mut paths: Vec<Vec<String>> = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            paths.extend(inner.split(',').map(|item| segments(item.trim())));
        } else {
            paths.push(segments(rest));
        }
    }
    let mut files = Vec::new();
    for segs in paths {
        for n in (1..=segs.len()).rev() {
            let stem = segs[..n].join("/");
            let candidates = [
                src.join(format!("{stem}.rs")),
                src.join(&stem).join("mod.rs"),
            ];
            if let Some(file) = candidates.into_iter().find(|f| f.is_file()) {
                files.push(file);
                break;
            }
        }
    }
    files
}

/// The module names at the start of a path: `a::b::Thing` is `[a, b]`.
fn segments(path: &str) -> Vec<String> {
    path.split("::")
        .map_while(|s| {
            let s: String = s
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            (!s.is_empty()).then_some(s)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_skip_comments_and_char_literals() {
        let code = r#"let a = t!("sign-in-title"); // "not-this"
let q = '"'; let b = "with \"quote\"";"#;
        assert_eq!(
            string_literals(code),
            vec!["sign-in-title".to_owned(), "with quote".to_owned()]
        );
    }

    #[test]
    fn a_screen_follows_what_it_uses_but_not_other_pages_or_tests() {
        let src = std::env::temp_dir().join(format!("readability-src-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&src);
        std::fs::create_dir_all(src.join("pages")).unwrap();
        std::fs::create_dir_all(src.join("components")).unwrap();
        let files = [
            (
                "pages/home.rs",
                "use crate::components::card::Card;\nuse crate::{words, pages::staff};\nfn f() { t!(\"home-title\") }\n#[cfg(test)]\nmod tests { \"test-only\" }",
            ),
            ("components/card.rs", "fn g() { \"card-label\"; \"not an id\" }"),
            ("words.rs", "const W: &str = \"words-line\";"),
            ("pages/staff.rs", "fn h() { \"staff-only\" }"),
            ("router.rs", "\"router-only\""),
        ];
        for (path, code) in files {
            std::fs::write(src.join(path), code).unwrap();
        }
        let ids: BTreeSet<String> = [
            "home-title",
            "card-label",
            "words-line",
            "staff-only",
            "router-only",
            "test-only",
        ]
        .map(String::from)
        .into();
        let shown = ids_shown(&src, &["pages/home.rs"], &["router.rs"], &ids);
        let expected: BTreeSet<String> = ["card-label", "home-title", "words-line"]
            .map(String::from)
            .into();
        assert_eq!(shown, expected);
        std::fs::remove_dir_all(&src).unwrap();
    }
}
