//! Every language has every message of en-GB, and no message en-GB lacks:
//! a missing one would show English in the middle of a page, and one en-GB
//! lacks is never shown (usually a typo in an id). Checked for app.ftl and
//! rights.ftl of each language in locales/, with the names of what is wrong.

#[cfg(test)]
mod tests {
    use crate::locales::FALLBACK;
    use fluent_syntax::ast::Entry;
    use fluent_syntax::parser;
    use std::collections::BTreeSet;
    use std::fs;
    use std::path::{Path, PathBuf};

    const FILES: [&str; 2] = ["app.ftl", "rights.ftl"];

    fn locales() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
    }

    fn ids(path: &Path) -> BTreeSet<String> {
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let resource = parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{}: Fluent errors {errors:?}", path.display()));
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => Some(m.id.name.clone()),
                Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect()
    }

    fn languages() -> Vec<String> {
        let mut tags: Vec<String> = fs::read_dir(locales())
            .unwrap()
            .filter_map(|e| {
                let e = e.ok()?;
                e.file_type()
                    .ok()?
                    .is_dir()
                    .then(|| e.file_name().to_string_lossy().into_owned())
            })
            .filter(|tag| tag != FALLBACK)
            .collect();
        tags.sort();
        tags
    }

    #[test]
    fn every_language_has_every_message_and_no_other() {
        let mut wrong = Vec::new();
        for file in FILES {
            let english = ids(&locales().join(FALLBACK).join(file));
            for tag in languages() {
                let path = locales().join(&tag).join(file);
                if !path.is_file() {
                    wrong.push(format!("{tag}/{file}: missing"));
                    continue;
                }
                let theirs = ids(&path);
                let missing: Vec<_> = english.difference(&theirs).cloned().collect();
                let unused: Vec<_> = theirs.difference(&english).cloned().collect();
                if !missing.is_empty() {
                    wrong.push(format!("{tag}/{file} lacks: {}", missing.join(", ")));
                }
                if !unused.is_empty() {
                    wrong.push(format!(
                        "{tag}/{file} has, and en-GB has not: {}",
                        unused.join(", ")
                    ));
                }
            }
        }
        assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    }

    #[test]
    fn every_translation_says_whether_a_native_speaker_checked_it() {
        for tag in languages() {
            for file in FILES {
                let path = locales().join(&tag).join(file);
                let text = fs::read_to_string(&path).unwrap_or_default();
                let first = text.lines().next().unwrap_or_default();
                assert!(
                    first.starts_with("# Status:"),
                    "{tag}/{file}: the first line must be `# Status: …` (checked by a native speaker or not), found {first:?}"
                );
            }
        }
    }
}
