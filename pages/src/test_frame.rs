//! Frames for tests: the real English words from `locales/`, this
//! council's officer title and a made-up form token. Used by the pages'
//! own tests and by the byte budgets.

use crate::frame::{Frame, Person};
use crate::words::{Language, Words};

fn locales(file: &str) -> String {
    let path = format!("{}/../locales/en-GB/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// English, with a menu of one, nobody signed in.
pub fn english_frame(officer_title: &str) -> Frame {
    let ftl = format!("{}\n{}", locales("app.ftl"), locales("rights.ftl"));
    let english = Language {
        tag: "en-GB".into(),
        name: "English".into(),
        right_to_left: false,
        pseudo: false,
    };
    Frame {
        words: Words::new(english.clone(), &ftl).expect("the English words parse"),
        languages: vec![english],
        form_token: "x".repeat(43),
        person: None,
        officer_title: officer_title.into(),
        path: "/".into(),
        quick_exit_note: false,
    }
}

/// A child, signed in.
pub fn child(name: &str) -> Option<Person> {
    Some(Person {
        display_name: name.into(),
        is_child: true,
    })
}
