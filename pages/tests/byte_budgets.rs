//! What a phone must download before it can draw a page: the HTML and the
//! stylesheet, both sent gzipped, with no script to wait for. On
//! a weak connection the first round trip carries about 14 KB, so that is
//! the ceiling for a child's pages; `docs/page-budgets.txt` keeps each
//! page's record, and a page may not grow more than 1 KB past it. When a
//! page shrinks, lower its record.

use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;
use pages::extra_review::{self, Asked};
use pages::forms::Problem;
use pages::frame::{Frame, Person};
use pages::home;
use pages::not_safe::{self, Telling};
use pages::rights::{self, Version};
use pages::sign_in::{self, Form, Typed, USERNAME};
use pages::test_frame::{child, english_frame, sams_page};
use pages::words::Language;
use pages::{my_requests, my_views, own_words};

/// The first round trip of a new connection (10 packets of ~1.4 KB).
const FIRST_ROUND_TRIP: usize = 14 * 1024;
const GROWTH_ALLOWED: usize = 1024;
const RECORDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/page-budgets.txt");

fn root(path: &str) -> String {
    format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))
}

/// Gzipped size: at the best level for the stylesheet (compressed once, by
/// the build), at the default level for pages (as the server compresses
/// each answer).
fn gzip(bytes: &[u8], level: Compression) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), level);
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len()
}

/// A first visit (the quick exit's note not yet read), with the menu as
/// the demo has it: six languages.
fn frame(person: Option<Person>, path: &str) -> Frame {
    let english = english_frame("CISRO");
    let mut languages = english.languages.clone();
    let welsh = Language {
        tag: "cy".into(),
        name: "Cymraeg".into(),
        right_to_left: false,
        pseudo: false,
        checked: true,
    };
    languages.extend(std::iter::repeat_n(welsh, 5));
    Frame {
        languages,
        person,
        path: path.into(),
        quick_exit_note: true,
        ..english
    }
}

fn day(d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2027, 3, d).unwrap()
}

fn person(user_id: i64, name: &str, role: domain::api::Role) -> domain::contributions::Person {
    domain::contributions::Person {
        user_id,
        name: name.into(),
        role,
    }
}

/// Sam's views page with one sent before, read by Priya.
fn sams_views() -> own_words::OwnData {
    use domain::api::Role;
    use domain::contributions::{
        Contribution, ContributionBody, ContributionKind, ContributionSummary, MyViews,
        ReadReceipt, ShareChoice,
    };
    let sent = Contribution {
        summary: ContributionSummary {
            contribution_id: 7,
            kind: ContributionKind::MyViews,
            review_id: Some(3),
            review_on: Some(day(20)),
            sent_on: day(1),
            author: person(10, "Sam Taylor", Role::Child),
            helped_by: None,
            agreement: None,
            shared_with: ShareChoice::default(),
            can_be_read_by: vec![person(11, "Priya Shah", Role::ReviewingOfficer)],
            read_by: vec![ReadReceipt {
                reader: person(11, "Priya Shah", Role::ReviewingOfficer),
                read_on: day(3),
            }],
            can_read: true,
        },
        body: ContributionBody::MyViews(MyViews {
            going_well: "School is going well. I like art and football.".into(),
            want_to_change: "I want to see my brother more.".into(),
            ..MyViews::default()
        }),
        additions: Vec::new(),
        attachments: Vec::new(),
    };
    own_words::OwnData {
        child_id: 1,
        officer: "Priya".into(),
        review_id: Some(3),
        own: ContributionBody::MyViews(MyViews::default()),
        own_saved_at_ms: 0,
        shared_with: ShareChoice::default(),
        helper: None,
        sent: vec![sent],
        add_send_id: "y".repeat(43),
    }
}

/// One request said no to, with the reasons and what to do next.
fn a_refusal() -> domain::requests::Request {
    use domain::api::Role;
    use domain::requests::{
        Asking, Decision, ExtraReviewAsk, Outcome, QuickReason, Request, RequestStep, StepKind,
        WhenWanted,
    };
    let step = |step, on, by: Option<&str>| RequestStep {
        step,
        on: day(on),
        by_name: by.map(str::to_owned),
    };
    Request {
        request_id: 4,
        child_id: 1,
        child_first_name: "Sam".into(),
        asking: Asking::ExtraReview(ExtraReviewAsk {
            why: "I want to live nearer my school.".into(),
            quick_reasons: vec![QuickReason::WantToMove],
            when: WhenWanted::AsSoonAsPossible,
        }),
        from_referral_by: None,
        asked_on: day(1),
        asked_at_ms: 0,
        answer_due: day(8),
        overdue: false,
        steps: vec![
            step(StepKind::Asked, 1, None),
            step(StepKind::Read, 2, Some("Priya Shah")),
            step(StepKind::Declined, 3, Some("Priya Shah")),
        ],
        decisions: vec![Decision {
            decision_id: 1,
            outcome: Outcome::Declined {
                reasons: "Your review is in three weeks. We will talk about moving then.".into(),
            },
            by_name: "Priya Shah".into(),
            by_role: Role::ReviewingOfficer,
            on: day(3),
            at_ms: 0,
            corrects: None,
        }],
        advocate: None,
        review_booked: None,
    }
}

#[test]
fn each_childs_page_fits_the_first_round_trip_and_its_record() {
    // The unminified stylesheet: the build's minified one is smaller.
    let css = gzip(
        &std::fs::read(root("public/app.css")).unwrap(),
        Compression::best(),
    );
    let pages = [
        (
            "not-safe-signed-out",
            not_safe::page(&frame(None, "/not-safe"), Telling::NumbersOnly),
        ),
        (
            "not-safe-child",
            not_safe::page(
                &frame(child("Jay"), "/not-safe"),
                Telling::Ready {
                    send_id: "y".repeat(43),
                },
            ),
        ),
        (
            // With something new, and a suggestion to answer.
            "home-sam",
            home::page(
                &Frame {
                    updates_new: Some(1),
                    ..frame(child("Sam Taylor"), "/")
                },
                &sams_page(),
                Some(home::Offer {
                    referral_id: 12,
                    suggested_by: "Priya Shah".into(),
                }),
                None,
            ),
        ),
        (
            // The longest version, before signing in.
            "rights",
            rights::page(&frame(None, "/rights"), Version::Age(domain::rights::AgeGroup::From16), None),
        ),
        (
            // With an error, the longest the page gets.
            "sign-in",
            sign_in::page(
                &frame(None, "/sign-in"),
                Form::Child,
                &Typed {
                    name: "sam".into(),
                    ..Typed::default()
                },
                &[Problem::at(USERNAME, "The username or passphrase is not right. Check them and try again. If you have not chosen a passphrase yet, use the code from your CISRO.".into())],
                true,
            ),
        ),
        (
            // With one sent before, read by Priya.
            "my-views",
            own_words::write(
                &frame(child("Sam Taylor"), "/my-views"),
                &my_views::PAGE,
                &sams_views(),
                &sams_views().own,
                &[],
                false,
                None,
            ),
        ),
        (
            // A refusal: the reasons and what to do next.
            "my-requests",
            my_requests::page(
                &frame(child("Sam Taylor"), "/my-requests"),
                &sams_page(),
                &[a_refusal()],
            ),
        ),
        (
            // With both problems said.
            "extra-review",
            {
                let frame = frame(child("Sam Taylor"), "/extra-review");
                let problems = Asked::default().problems(&frame, "Priya");
                extra_review::write(&frame, "Priya", &Asked::default(), &problems)
            },
        ),
    ];
    let records = std::fs::read_to_string(RECORDS).unwrap();
    let mut failures = Vec::new();
    for (name, html) in pages {
        let html_gzip = gzip(html.as_bytes(), Compression::default());
        let bytes = html_gzip + css;
        println!(
            "{name}: {bytes} bytes before the first paint ({} HTML + {css} CSS gzip)",
            html_gzip
        );
        let record: usize = records
            .lines()
            .find_map(|line| line.strip_prefix(name)?.trim().parse().ok())
            .unwrap_or_else(|| panic!("docs/page-budgets.txt has no record for {name}"));
        if bytes > FIRST_ROUND_TRIP {
            failures.push(format!(
                "{name}: {bytes} bytes, over the first round trip ({FIRST_ROUND_TRIP})"
            ));
        }
        if bytes > record + GROWTH_ALLOWED {
            failures.push(format!(
                "{name}: {bytes} bytes, more than 1 KB over its record {record}"
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
