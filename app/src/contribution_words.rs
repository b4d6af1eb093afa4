//! The sentences around a contribution: who can read it, who read it and
//! when, who helped write it. Chosen here, away from the page, and tested.

use domain::api::Role;
use domain::contributions::{ContributionSummary, Person, ReadReceipt, ShareChoice};

use crate::dates::long_date;
use crate::t;

/// "carer", "advocate", "social worker", or the council's officer title.
pub fn role_name(role: Role, officer_title: &str) -> String {
    match role {
        Role::Carer => t!("role-carer"),
        Role::Advocate => t!("role-advocate"),
        Role::SocialWorker => t!("role-social-worker"),
        Role::ReviewingOfficer => officer_title.to_owned(),
        Role::Manager => t!("role-manager"),
        Role::Child => t!("role-child"),
    }
}

/// "Priya Shah (CISRO)".
pub fn person_with_role(person: &Person, officer_title: &str) -> String {
    t!(
        "person-with-role",
        name = person.name.as_str(),
        role = role_name(person.role, officer_title)
    )
}

/// Who may read a contribution the child is about to send: the officer
/// always, then those the child ticked. One line when it is the officer
/// alone ("Only Priya Shah can read this."), else a heading line and a list.
pub fn who_can_read_before_sending(officer: &str, choice: ShareChoice) -> (String, Vec<String>) {
    let mut others = Vec::new();
    if choice.social_worker {
        others.push(t!("share-social-worker"));
    }
    if choice.carer {
        others.push(t!("share-carer"));
    }
    if choice.advocate {
        others.push(t!("share-advocate"));
    }
    if others.is_empty() {
        return (t!("who-can-read-only", name = officer), Vec::new());
    }
    let mut everyone = vec![officer.to_owned()];
    everyone.extend(others);
    (t!("who-can-read-these"), everyone)
}

/// The same for a sent contribution, from the names the server gives. The
/// author is not listed: they wrote it.
pub fn who_can_read_sent(
    summary: &ContributionSummary,
    officer_title: &str,
) -> (String, Vec<String>) {
    let readers: Vec<&Person> = summary
        .can_be_read_by
        .iter()
        .filter(|person| person.user_id != summary.author.user_id)
        .collect();
    match readers.as_slice() {
        [only] => (
            t!("who-can-read-only", name = only.name.as_str()),
            Vec::new(),
        ),
        _ => (
            t!("who-can-read-these"),
            readers
                .iter()
                .map(|person| person_with_role(person, officer_title))
                .collect(),
        ),
    }
}

/// "Priya Shah read this on 3 March 2027".
pub fn read_receipt(receipt: &ReadReceipt) -> String {
    t!(
        "read-receipt",
        name = receipt.reader.name.as_str(),
        date = long_date(receipt.read_on)
    )
}

/// "Written with help from Jordan Lee (advocate)", when someone helped.
pub fn helped_by(summary: &ContributionSummary, officer_title: &str) -> Option<String> {
    let helper = summary.helped_by.as_ref()?;
    Some(t!(
        "helped-by",
        name = helper.name.as_str(),
        role = role_name(helper.role, officer_title)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use domain::contributions::ContributionKind;

    fn person(user_id: i64, name: &str, role: Role) -> Person {
        Person {
            user_id,
            name: name.into(),
            role,
        }
    }

    fn summary(readers: Vec<Person>) -> ContributionSummary {
        ContributionSummary {
            contribution_id: 1,
            kind: ContributionKind::MyViews,
            review_id: Some(4),
            review_on: None,
            sent_on: NaiveDate::from_ymd_opt(2027, 3, 1).unwrap(),
            author: person(10, "Sam Taylor", Role::Child),
            helped_by: Some(person(12, "Jordan Lee", Role::Advocate)),
            agreement: None,
            shared_with: ShareChoice::default(),
            can_be_read_by: readers,
            read_by: vec![ReadReceipt {
                reader: person(11, "Priya Shah", Role::ReviewingOfficer),
                read_on: NaiveDate::from_ymd_opt(2027, 3, 3).unwrap(),
            }],
            can_read: true,
        }
    }

    #[test]
    fn the_officer_alone_reads_as_only() {
        let (line, list) = who_can_read_before_sending("Priya Shah", ShareChoice::default());
        assert_eq!(line, "Only Priya Shah can read this.");
        assert!(list.is_empty());
        let sent = summary(vec![
            person(10, "Sam Taylor", Role::Child),
            person(11, "Priya Shah", Role::ReviewingOfficer),
        ]);
        assert_eq!(
            who_can_read_sent(&sent, "CISRO").0,
            "Only Priya Shah can read this."
        );
    }

    #[test]
    fn chosen_people_are_listed_after_the_officer() {
        let choice = ShareChoice {
            carer: true,
            ..ShareChoice::default()
        };
        let (line, list) = who_can_read_before_sending("Priya Shah", choice);
        assert_eq!(line, "These people can read this:");
        assert_eq!(list, vec!["Priya Shah", "Your carer"]);
        let sent = summary(vec![
            person(11, "Priya Shah", Role::ReviewingOfficer),
            person(13, "Alex Green", Role::Carer),
        ]);
        assert_eq!(
            who_can_read_sent(&sent, "CISRO").1,
            vec!["Priya Shah (CISRO)", "Alex Green (carer)"]
        );
    }

    #[test]
    fn receipts_and_help_are_said_plainly() {
        let sent = summary(Vec::new());
        assert_eq!(
            read_receipt(&sent.read_by[0]),
            "Priya Shah read this on 3 March 2027"
        );
        assert_eq!(
            helped_by(&sent, "CISRO").unwrap(),
            "Written with help from Jordan Lee (advocate)"
        );
    }
}
