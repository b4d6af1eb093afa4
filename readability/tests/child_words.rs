//! Issue 8: every English word a child reads is measured, the figures are
//! printed on every run and written to `docs/readability.md`, and the test
//! fails naming each section or page over its limit.
//!
//! Limits: Flesch–Kincaid grade at most 5 for the under-11 and 11-to-15
//! rights versions and for the app's child screens, at most 7 for 16-plus,
//! at most 4 for easy read; average sentence at most 15 words (10 for easy
//! read). A limit that fails is fixed by rewriting the words, never by
//! raising the number.
//!
//! Which app words are "child-facing": the words of the screens a child
//! opens ([`CHILD_SCREENS`]) and of everything those files use inside the app
//! crate, followed through `crate::` paths (components, word helpers, error
//! texts), but not into other pages or the router. Every string literal in
//! that code that is a message id in `app.ftl` counts, and each screen is
//! measured as a whole, as the child reads it: a grade of a one-word button
//! on its own means nothing. A message with a `$viewer` selector is measured
//! as the child sees it (`self`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentArgs;
use readability::fluent_text::{self, Message};
use readability::rust_source;
use readability::{measure, Measure};

use domain::rights::SECTIONS;

/// (version id, highest grade, most words a sentence on average)
const VERSIONS: [(&str, f64, f64); 4] = [
    ("under-11", 5.0, 15.0),
    ("11-to-15", 5.0, 15.0),
    ("16-plus", 7.0, 15.0),
    ("easy", 4.0, 10.0),
];

const APP_LIMIT: (f64, f64) = (5.0, 15.0);

/// The screens a child opens, and the name shown in the table: files of
/// the app (`app/src/…`) or of the server's pages (`pages/src/…`). Add a
/// child's new screen here.
const CHILD_SCREENS: [(&str, &[&str]); 11] = [
    (
        "header, quick exit, time-out (every page)",
        &[
            "app/src/components/header.rs",
            "app/src/components/quick_exit.rs",
            "app/src/components/quick_exit_note.rs",
            "app/src/components/time_out_warning.rs",
            "app/src/components/skip_link.rs",
            "app/src/components/language_menu.rs",
            "pages/src/frame.rs",
        ],
    ),
    (
        "sign in, and first sign-in with a code",
        &["pages/src/sign_in.rs"],
    ),
    ("I don't feel safe", &["pages/src/not_safe.rs"]),
    ("home: my officer", &["pages/src/home.rs"]),
    (
        "my views",
        &["pages/src/my_views.rs", "pages/src/own_words.rs"],
    ),
    (
        "my meeting",
        &["pages/src/my_meeting.rs", "pages/src/own_words.rs"],
    ),
    ("my requests", &["pages/src/my_requests.rs"]),
    ("extra review", &["pages/src/extra_review.rs"]),
    ("what's new", &["pages/src/whats_new.rs"]),
    (
        "not found, not allowed",
        &["app/src/pages/not_found.rs", "app/src/pages/not_allowed.rs"],
    ),
    ("rights", &["pages/src/rights.rs"]),
];

/// The crates a screen's files may be in: each is read from its own `src`.
const SOURCES: [&str; 2] = ["app/src/", "pages/src/"];

/// Messages that are only ever parts of another message (`date` shows
/// "20 December 2026" and is measured whole), so not counted on their own.
const PARTS_OF_OTHERS: [&str; 1] = ["month-"];

/// Files never followed into: they route to every page, adults' too.
const NOT_FOLLOWED: [&str; 5] = [
    "app.rs",
    "shell.rs",
    "main.rs",
    "lazy_pages.rs",
    "restored_pages.rs",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
        .to_path_buf()
}

/// What the variables of the English files stand for when measured.
fn sample_args() -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, value) in [
        ("officer_title", "IRO"),
        ("officer", "IRO"),
        ("viewer", "self"),
        ("name", "Priya"),
        ("child", "Sam"),
        ("sibling", "Leah"),
        ("date", "20 December 2026"),
        ("time", "10:30"),
        ("place", "Sam's school"),
        ("kind", "unknown"),
        ("email", "priya@example.org"),
        ("phone", "01234 567890"),
        ("question", "What is going well?"),
        ("page", "My meeting"),
        ("label", "Who do you want to be there?"),
        ("role", "advocate"),
        ("person", "Jordan Lee"),
        ("month", "December"),
        ("size", "40 KB"),
        ("number", "0800 1111"),
        ("step", "declined"),
        ("childline", "0800 1111"),
    ] {
        args.set(name, value);
    }
    for (name, value) in [
        ("min", 10),
        ("max", 1000),
        ("minutes", 5),
        ("seconds", 30),
        ("left", 20),
        ("over", 5),
        ("day", 20),
        ("year", 2026),
        ("days", 3),
        ("count", 2),
        ("mb", 20),
        ("kb", 40),
        ("percent", 50),
    ] {
        args.set(name, value);
    }
    args
}

fn read_ftl(path: &Path) -> Vec<Message> {
    let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    fluent_text::read(&source, &sample_args())
        .unwrap_or_else(|problems| panic!("{path:?} does not parse:\n{problems:#?}"))
}

/// The text of a message that is measured: every variable in it must have a
/// sample in [`sample_args`], or the figure would be wrong.
fn measured_text(message: &Message) -> Option<&str> {
    assert!(
        message.problems.is_empty(),
        "add a sample value to sample_args for: {:?}",
        message.problems
    );
    message.text.as_deref()
}

/// One measured row of the table.
struct Row {
    what: String,
    measure: Measure,
    limit: (f64, f64),
}

impl Row {
    fn failure(&self) -> Option<String> {
        let (grade, wps) = (self.measure.grade(), self.measure.words_per_sentence());
        let mut broken = Vec::new();
        if grade > self.limit.0 {
            broken.push(format!("grade {grade:.1} > {}", self.limit.0));
        }
        if wps > self.limit.1 {
            broken.push(format!("{wps:.1} words a sentence > {}", self.limit.1));
        }
        (!broken.is_empty()).then(|| format!("{}: {}", self.what, broken.join(", ")))
    }
}

fn table(title: &str, rows: &[Row]) -> String {
    let mut out = format!(
        "### {title}\n\n| what | grade | limit | words a sentence | limit | words | sentences | syllables |\n|---|---:|---:|---:|---:|---:|---:|---:|\n"
    );
    for row in rows {
        let m = row.measure;
        let flag = if row.failure().is_some() { " ✗" } else { "" };
        writeln!(
            out,
            "| {}{flag} | {:.1} | {} | {:.1} | {} | {} | {} | {} |",
            row.what,
            m.grade(),
            row.limit.0,
            m.words_per_sentence(),
            row.limit.1,
            m.words,
            m.sentences,
            m.syllables
        )
        .unwrap();
    }
    out
}

fn rights_rows() -> Vec<Row> {
    let messages = read_ftl(&root().join("locales/en-GB/rights.ftl"));
    let text: BTreeMap<&str, &str> = messages
        .iter()
        .filter_map(|m| Some((m.id.as_str(), measured_text(m)?)))
        .collect();
    // The words around the sections, read by everyone: the youngest limit.
    let around: Measure = text
        .iter()
        .filter(|(id, _)| id.starts_with("rights-page-") || id.starts_with("rights-version-"))
        .map(|(_, t)| measure(t))
        .sum();
    let mut rows = vec![Row {
        what: "the page around the sections".into(),
        measure: around,
        limit: (VERSIONS[0].1, VERSIONS[0].2),
    }];
    for (version, grade, wps) in VERSIONS {
        for section in SECTIONS {
            let id = format!("rights-{section}-{version}-body");
            let body = text
                .get(id.as_str())
                .unwrap_or_else(|| panic!("rights.ftl has no {id}"));
            rows.push(Row {
                what: format!("{section} ({version})"),
                measure: measure(body),
                limit: (grade, wps),
            });
        }
    }
    rows
}

/// The message ids one child screen shows.
fn screen_ids(start: &[&str], ids: &BTreeSet<String>) -> BTreeSet<String> {
    SOURCES
        .iter()
        .flat_map(|source| {
            let files: Vec<&str> = start
                .iter()
                .filter_map(|f| f.strip_prefix(source))
                .collect();
            if files.is_empty() {
                return BTreeSet::new();
            }
            rust_source::ids_shown(&root().join(source), &files, &NOT_FOLLOWED, ids)
        })
        .filter(|id| !PARTS_OF_OTHERS.iter().any(|p| id.starts_with(p)))
        .collect()
}

fn app_rows() -> Vec<Row> {
    let messages = read_ftl(&root().join("locales/en-GB/app.ftl"));
    let ids: BTreeSet<String> = messages.iter().map(|m| m.id.clone()).collect();
    let text: BTreeMap<&str, &Message> = messages.iter().map(|m| (m.id.as_str(), m)).collect();
    CHILD_SCREENS
        .iter()
        .map(|(name, files)| {
            let shown = screen_ids(files, &ids);
            assert!(!shown.is_empty(), "no words found for {name}");
            Row {
                what: format!("{name} ({} messages)", shown.len()),
                measure: shown
                    .iter()
                    .filter_map(|id| measured_text(text[id.as_str()]))
                    .map(measure)
                    .sum(),
                limit: APP_LIMIT,
            }
        })
        .collect()
}

/// A screen's average could hide one long message among many short labels:
/// every child-facing message keeps to the sentence limit on its own too.
fn long_app_sentences() -> Vec<String> {
    let messages = read_ftl(&root().join("locales/en-GB/app.ftl"));
    let ids: BTreeSet<String> = messages.iter().map(|m| m.id.clone()).collect();
    let shown: BTreeSet<String> = CHILD_SCREENS
        .iter()
        .flat_map(|(_, files)| screen_ids(files, &ids))
        .collect();
    messages
        .iter()
        .filter(|m| shown.contains(&m.id))
        .filter_map(|m| {
            let wps = measure(measured_text(m)?).words_per_sentence();
            (wps > APP_LIMIT.1).then(|| {
                format!(
                    "app.ftl {}: {wps:.1} words a sentence > {}",
                    m.id, APP_LIMIT.1
                )
            })
        })
        .collect()
}

/// Which messages were counted for each screen, so the rule can be checked.
fn counted_ids() -> String {
    let messages = read_ftl(&root().join("locales/en-GB/app.ftl"));
    let ids: BTreeSet<String> = messages.iter().map(|m| m.id.clone()).collect();
    let mut out = String::from(
        "### Messages counted for each screen

",
    );
    for (name, files) in CHILD_SCREENS {
        let shown: Vec<String> = screen_ids(files, &ids)
            .into_iter()
            .map(|id| format!("`{id}`"))
            .collect();
        writeln!(out, "- **{name}**: {}", shown.join(", ")).unwrap();
    }
    out
}

/// The longest single messages of the child screens, to show where to start
/// when a screen is over its limit. Not limited: one message is too short for
/// a grade to mean much.
fn hardest_app_messages() -> String {
    let messages = read_ftl(&root().join("locales/en-GB/app.ftl"));
    let ids: BTreeSet<String> = messages.iter().map(|m| m.id.clone()).collect();
    let shown: BTreeSet<String> = CHILD_SCREENS
        .iter()
        .flat_map(|(_, files)| screen_ids(files, &ids))
        .collect();
    let mut rows: Vec<(f64, String)> = messages
        .iter()
        .filter(|m| shown.contains(&m.id))
        .filter_map(|m| {
            let t = measured_text(m)?;
            let me = measure(t);
            (me.words >= 8).then(|| {
                (
                    me.grade(),
                    format!(
                        "| `{}` | {:.1} | {:.1} | {} |",
                        m.id,
                        me.grade(),
                        me.words_per_sentence(),
                        t.replace('\n', " ")
                    ),
                )
            })
        })
        .collect();
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out = String::from(
        "### The ten hardest child-facing messages of 8 words or more (not limited, for rewriting)\n\n| id | grade | words a sentence | text as measured |\n|---|---:|---:|---|\n",
    );
    for (_, row) in rows.into_iter().take(10) {
        out.push_str(&row);
        out.push('\n');
    }
    out
}

#[test]
fn every_child_facing_word_is_within_its_reading_level() {
    let rights = rights_rows();
    let app = app_rows();
    let report = format!(
        "# Readability of the words children read\n\n\
         Written by `cargo test -p readability` (readability/tests/child_words.rs); \
         do not edit by hand. Flesch–Kincaid grade and average words a sentence, \
         measured on the English (en-GB) words as a child sees them. How words, \
         sentences and syllables are counted: readability/src/grade.rs and \
         readability/src/syllables.rs. ✗ marks a row over its limit.\n\n{}\n{}\n{}\n{}",
        table(
            "Rights pages (locales/en-GB/rights.ftl), one row per section body",
            &rights
        ),
        table("App screens a child sees (locales/en-GB/app.ftl)", &app),
        hardest_app_messages(),
        counted_ids(),
    );
    // Straight to stderr, past the test harness's capture, so the figures
    // show on every run and not only when something fails.
    let _ = std::io::stderr().write_all(report.as_bytes());
    std::fs::write(root().join("docs/readability.md"), &report).expect("docs/readability.md");

    let mut failures: Vec<String> = rights.iter().chain(&app).filter_map(Row::failure).collect();
    failures.extend(long_app_sentences());
    assert!(
        failures.is_empty(),
        "over the reading limit (rewrite the words, do not raise the limit):\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_rights_section_has_every_version_and_nothing_else() {
    let messages = read_ftl(&root().join("locales/en-GB/rights.ftl"));
    let ids: BTreeSet<&str> = messages.iter().map(|m| m.id.as_str()).collect();
    let mut expected: BTreeSet<String> = SECTIONS
        .iter()
        .flat_map(|s| {
            VERSIONS.iter().flat_map(move |(v, _, _)| {
                [
                    format!("rights-{s}-{v}-title"),
                    format!("rights-{s}-{v}-body"),
                ]
            })
        })
        .collect();
    let missing: Vec<&String> = expected
        .iter()
        .filter(|id| !ids.contains(id.as_str()))
        .collect();
    assert!(missing.is_empty(), "missing from rights.ftl: {missing:?}");
    for page in [
        "rights-page-title",
        "rights-page-intro",
        "rights-version-legend",
    ] {
        expected.insert(page.to_owned());
    }
    for (v, _, _) in VERSIONS {
        expected.insert(format!("rights-version-{v}"));
    }
    let unknown: Vec<&&str> = ids.iter().filter(|id| !expected.contains(**id)).collect();
    assert!(unknown.is_empty(), "ids outside the scheme: {unknown:?}");
}

#[test]
fn the_only_variable_in_the_rights_words_is_the_officer_title() {
    // Formatting with only $officer_title set fails on any other variable.
    let source = std::fs::read_to_string(root().join("locales/en-GB/rights.ftl")).unwrap();
    let mut args = FluentArgs::new();
    args.set("officer_title", "CISRO");
    let messages = fluent_text::read(&source, &args).unwrap_or_else(|p| panic!("{p:#?}"));
    let problems: Vec<&String> = messages.iter().flat_map(|m| &m.problems).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let officer = messages
        .iter()
        .find(|m| m.id == "rights-officer-under-11-title")
        .unwrap();
    assert_eq!(officer.text.as_deref(), Some("Your CISRO"));
}

#[test]
fn every_version_gives_every_helpline_number_exactly() {
    let messages = read_ftl(&root().join("locales/en-GB/rights.ftl"));
    let numbers = [
        "0800 1111",
        "0808 800 5792",
        "0800 528 0731",
        "0808 808 1001",
        "0800 023 2033",
        "999",
    ];
    for (v, _, _) in VERSIONS {
        let id = format!("rights-help-{v}-body");
        let body = messages
            .iter()
            .find(|m| m.id == id)
            .and_then(|m| m.text.clone())
            .unwrap();
        for n in numbers {
            assert!(body.contains(n), "{id} lacks {n}");
        }
        // Each number ends its line, after "Name: ", so the page can link it.
        for line in body.lines().filter(|l| l.contains(": 0")) {
            let number = line.rsplit(": ").next().unwrap();
            assert!(
                number.chars().all(|c| c.is_ascii_digit() || c == ' '),
                "{id}: {line:?}"
            );
        }
    }
}
