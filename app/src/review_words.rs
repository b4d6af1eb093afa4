//! The sentences adults read about contributions and reviews: what a
//! contribution is, who sent it, who helped, who can read it, where a review
//! meets, and how big a file is. Chosen here, away from the DOM, and tested.

use domain::api::Role;
use domain::contributions::{
    ChairWish, ContributionKind, ContributionSummary, FileKind, Person, YesNoNotSure,
};
use domain::reviews::{ReviewPlace, ReviewSummary};

use crate::dates::long_date;
use crate::t;

/// How a role is written in the `.ftl` selectors.
fn role_key(role: Role) -> &'static str {
    match role {
        Role::Child => "child",
        Role::Carer => "carer",
        Role::Advocate => "advocate",
        Role::ReviewingOfficer => "reviewing_officer",
        Role::SocialWorker => "social_worker",
        Role::Manager => "manager",
    }
}

/// "Jordan Lee (advocate)"; an officer is called by this council's title.
pub fn person(person: &Person, officer: &str) -> String {
    t!(
        "adult-person-with-role",
        name = person.name.as_str(),
        role = role_key(person.role),
        officer = officer
    )
}

/// "Sam's views", "Sam's wishes for the meeting", "Carer's contribution".
pub fn kind(kind: ContributionKind, child: &str) -> String {
    match kind {
        ContributionKind::MyViews => t!("contribution-kind-my-views", child = child),
        ContributionKind::MyMeeting => t!("contribution-kind-my-meeting", child = child),
        ContributionKind::Carer => t!("contribution-kind-carer"),
    }
}

/// "Written with help from Jordan Lee (advocate)", when someone helped.
pub fn helped_by(summary: &ContributionSummary, officer: &str) -> Option<String> {
    let helper = summary.helped_by.as_ref()?;
    Some(t!(
        "contribution-helped-by",
        person = person(helper, officer)
    ))
}

/// "Only Priya Shah (CISRO) can read this.", or None when several can (a list follows).
pub fn only_reader(summary: &ContributionSummary, officer: &str) -> Option<String> {
    match summary.can_be_read_by.as_slice() {
        [one] => Some(t!(
            "contribution-readers-one",
            person = person(one, officer)
        )),
        _ => None,
    }
}

/// Where a review meets, in words.
pub fn place(place: &ReviewPlace) -> String {
    match place {
        ReviewPlace::Online => t!("review-online"),
        ReviewPlace::InPerson { place } => t!("review-where", place = place.as_str()),
    }
}

/// "5 January 2027 at 14:30".
pub fn booked_on(review: &ReviewSummary) -> String {
    let date = long_date(review.on);
    match &review.at {
        Some(time) => t!("review-booked-on", date = date, time = time.as_str()),
        None => t!("review-booked-on-no-time", date = date),
    }
}

pub fn file_kind(kind: FileKind) -> String {
    match kind {
        FileKind::Pdf => t!("file-kind-pdf"),
        FileKind::Docx => t!("file-kind-docx"),
        FileKind::Jpeg => t!("file-kind-jpeg"),
        FileKind::Png => t!("file-kind-png"),
    }
}

const KB: u64 = 1024;
const MB: u64 = 1024 * 1024;

/// Whole megabytes, for limits ("20 MB"), rounded down so we never promise more.
pub fn whole_mb(bytes: u64) -> u64 {
    (bytes / MB).max(1)
}

/// A file's size: KB below a megabyte (at least 1), else MB with one decimal.
pub fn file_size(bytes: u64) -> String {
    if bytes < MB {
        t!("file-size-kb", kb = bytes.div_ceil(KB).max(1))
    } else {
        let tenths = (bytes * 10).div_ceil(MB);
        let mb = format!("{}.{}", tenths / 10, tenths % 10);
        t!("file-size-mb", mb = mb)
    }
}

pub fn yes_no(answer: YesNoNotSure) -> String {
    match answer {
        YesNoNotSure::Yes => t!("wishes-yes"),
        YesNoNotSure::No => t!("wishes-no"),
        YesNoNotSure::NotSure => t!("wishes-not-sure"),
    }
}

pub fn chair(wish: ChairWish) -> String {
    match wish {
        ChairWish::No => t!("wishes-chair-no"),
        ChairWish::WithHelp => t!("wishes-chair-with-help"),
        ChairWish::OnMyOwn => t!("wishes-chair-on-own"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use domain::contributions::ShareChoice;

    fn jordan() -> Person {
        Person {
            user_id: 4,
            name: "Jordan Lee".into(),
            role: Role::Advocate,
        }
    }

    fn priya() -> Person {
        Person {
            user_id: 1,
            name: "Priya Shah".into(),
            role: Role::ReviewingOfficer,
        }
    }

    fn summary() -> ContributionSummary {
        ContributionSummary {
            contribution_id: 9,
            kind: ContributionKind::MyViews,
            review_id: Some(3),
            review_on: None,
            sent_on: NaiveDate::from_ymd_opt(2027, 3, 1).unwrap(),
            author: Person {
                user_id: 7,
                name: "Sam".into(),
                role: Role::Child,
            },
            helped_by: Some(jordan()),
            agreement: None,
            shared_with: ShareChoice::default(),
            can_be_read_by: vec![priya()],
            read_by: Vec::new(),
            can_read: true,
        }
    }

    #[test]
    fn helpers_and_readers_are_named_with_their_role() {
        let s = summary();
        assert_eq!(
            helped_by(&s, "CISRO").unwrap(),
            "Written with help from Jordan Lee (advocate)"
        );
        assert_eq!(
            only_reader(&s, "CISRO").unwrap(),
            "Only Priya Shah (CISRO) can read this."
        );
        let mut shared = s;
        shared.can_be_read_by.push(jordan());
        assert_eq!(only_reader(&shared, "CISRO"), None);
    }

    #[test]
    fn kinds_and_places_read_plainly() {
        assert_eq!(kind(ContributionKind::MyViews, "Sam"), "Sam's views");
        assert_eq!(
            kind(ContributionKind::MyMeeting, "Sam"),
            "Sam's wishes for the meeting"
        );
        assert_eq!(place(&ReviewPlace::Online), "Online");
        assert_eq!(
            place(&ReviewPlace::InPerson {
                place: "Room 4".into()
            }),
            "Where: Room 4"
        );
        let review = ReviewSummary {
            review_id: 1,
            on: NaiveDate::from_ymd_opt(2027, 1, 5).unwrap(),
            at: Some("14:30".into()),
            place: None,
            held: false,
        };
        assert_eq!(booked_on(&review), "5 January 2027 at 14:30");
    }

    #[test]
    fn sizes_round_up_and_limits_round_down() {
        assert_eq!(file_size(1), "1 KB");
        assert_eq!(file_size(1536), "2 KB");
        assert_eq!(file_size(20 * MB), "20.0 MB");
        assert_eq!(file_size(MB + 1), "1.1 MB");
        assert_eq!(whole_mb(20 * MB), 20);
        assert_eq!(whole_mb(20 * MB + 5), 20);
        assert_eq!(whole_mb(10), 1);
    }
}
