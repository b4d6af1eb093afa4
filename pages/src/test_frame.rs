//! Frames for tests: the real English words from `locales/`, this
//! council's officer title and a made-up form token. Used by the pages'
//! own tests and by the byte budgets.

use chrono::NaiveDate;
use domain::api::{OfficerContact, OfficerPage, SiblingOfficer};

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
        checked: true,
    };
    Frame {
        words: Words::new(english.clone(), &ftl).expect("the English words parse"),
        languages: vec![english],
        form_token: "x".repeat(43),
        person: None,
        officer_title: officer_title.into(),
        path: "/".into(),
        quick_exit_note: false,
        updates_new: None,
        idle_timeout_secs: 1800,
    }
}

/// A child, signed in.
pub fn child(name: &str) -> Option<Person> {
    Some(Person {
        display_name: name.into(),
        is_child: true,
    })
}

/// Sam's home, as the server would load it: Priya is his officer, his
/// sister Leah shares her and Tom does not, and no review has been held.
pub fn sams_page() -> OfficerPage {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("a real date");
    OfficerPage {
        child_id: 7,
        child_first_name: "Sam".into(),
        officer: Some(OfficerContact {
            name: "Priya Shah".into(),
            email: "priya.shah@example.gov.uk".into(),
            phone: "01632 960 001".into(),
            since: d(2027, 1, 5),
        }),
        siblings: vec![
            SiblingOfficer {
                first_name: "Leah".into(),
                same_officer: true,
            },
            SiblingOfficer {
                first_name: "Tom".into(),
                same_officer: false,
            },
        ],
        last_review: None,
        next_review_due: d(2027, 3, 1),
        next_review_is_scheduled: false,
        next_review_booked: None,
        social_worker: None,
        advocate: None,
        advocate_offer_waiting: false,
        rights_age: None,
    }
}
