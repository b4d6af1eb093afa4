//! The sentences on a child's officer page. The same page is read by the
//! child ("Your CISRO") and by adults who work with them ("Sam's CISRO"),
//! so each sentence is chosen here, away from the DOM, and tested.

use domain::api::{OfficerPage, SiblingOfficer};
use domain::reviews::ReviewPlace;

use crate::dates::long_date;
use crate::t;

/// How a child names their officer: "Priya", as they would say it to her.
pub fn first_name(full_name: &str) -> &str {
    full_name.split_whitespace().next().unwrap_or(full_name)
}

/// Who is reading the page, which decides "you" or the child's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewer {
    /// The child reading about themselves.
    Myself,
    /// An adult who works with the child.
    Other,
}

impl Viewer {
    /// `child_id` of the signed-in person (set for children) against the page's child.
    pub fn of(my_child_id: Option<i64>, page_child_id: i64) -> Self {
        if my_child_id == Some(page_child_id) {
            Viewer::Myself
        } else {
            Viewer::Other
        }
    }

    /// The selector the `.ftl` messages use.
    fn key(self) -> &'static str {
        match self {
            Viewer::Myself => "self",
            Viewer::Other => "other",
        }
    }
}

/// The wording for one page, for one reader.
pub struct OfficerWords<'a> {
    pub page: &'a OfficerPage,
    pub viewer: Viewer,
    pub officer: &'a str,
}

impl OfficerWords<'_> {
    fn child(&self) -> &str {
        &self.page.child_first_name
    }

    /// The page's `h1`: "Your CISRO" or "Sam's CISRO".
    pub fn heading(&self) -> String {
        t!(
            "officer-title",
            viewer = self.viewer.key(),
            child = self.child(),
            officer = self.officer
        )
    }

    /// "Your CISRO since 5 January 2027", when there is an officer.
    pub fn since(&self) -> Option<String> {
        let officer = self.page.officer.as_ref()?;
        let date = long_date(officer.since);
        Some(t!(
            "officer-since",
            viewer = self.viewer.key(),
            child = self.child(),
            officer = self.officer,
            date = date
        ))
    }

    /// One line per brother or sister: do they share the officer?
    pub fn sibling(&self, sibling: &SiblingOfficer) -> String {
        let name = sibling.first_name.as_str();
        if sibling.same_officer {
            t!(
                "sibling-same",
                viewer = self.viewer.key(),
                sibling = name,
                child = self.child(),
                officer = self.officer
            )
        } else {
            t!("sibling-different", sibling = name, officer = self.officer)
        }
    }

    /// What to say when no officer is appointed yet.
    pub fn no_officer(&self) -> String {
        t!(
            "no-officer",
            viewer = self.viewer.key(),
            child = self.child(),
            officer = self.officer
        )
    }

    /// Who to ask in the meantime.
    pub fn ask_social_worker(&self, name: &str) -> String {
        t!(
            "ask-social-worker",
            viewer = self.viewer.key(),
            child = self.child(),
            name = name
        )
    }

    /// The heading over the review dates.
    pub fn reviews_heading(&self) -> String {
        t!(
            "reviews-heading",
            viewer = self.viewer.key(),
            child = self.child()
        )
    }

    /// When the last review was, or that there has not been one.
    pub fn last_review(&self) -> String {
        match self.page.last_review {
            Some(date) => t!(
                "last-review",
                viewer = self.viewer.key(),
                child = self.child(),
                date = long_date(date)
            ),
            None => t!(
                "no-review-yet",
                viewer = self.viewer.key(),
                child = self.child()
            ),
        }
    }

    /// The next review: a booked date, or the latest date it may happen.
    pub fn next_review(&self) -> String {
        let date = long_date(self.page.next_review_due);
        let booked = self.page.next_review_booked.as_ref();
        if let Some((review, time)) = booked.and_then(|r| Some((r, r.at.as_deref()?))) {
            let (place_kind, place) = match &review.place {
                Some(ReviewPlace::InPerson { place }) => ("in_person", place.as_str()),
                Some(ReviewPlace::Online) => ("online", ""),
                None => ("unknown", ""),
            };
            return t!(
                "next-review-booked",
                viewer = self.viewer.key(),
                child = self.child(),
                date = long_date(review.on),
                time = time,
                kind = place_kind,
                place = place
            );
        }
        if self.page.next_review_is_scheduled {
            t!(
                "next-review-scheduled",
                viewer = self.viewer.key(),
                child = self.child(),
                date = date
            )
        } else {
            t!(
                "next-review-due",
                viewer = self.viewer.key(),
                child = self.child(),
                date = date
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use domain::api::OfficerContact;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn page() -> OfficerPage {
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

    #[test]
    fn a_child_reads_about_themselves_as_you() {
        let page = page();
        let w = OfficerWords {
            page: &page,
            viewer: Viewer::of(Some(7), 7),
            officer: "CISRO",
        };
        assert_eq!(w.heading(), "Your CISRO");
        assert_eq!(w.since().unwrap(), "Your CISRO since 5 January 2027");
        assert_eq!(
            w.sibling(&page.siblings[0]),
            "Leah has the same CISRO as you."
        );
        assert_eq!(w.sibling(&page.siblings[1]), "Tom has a different CISRO.");
        assert_eq!(w.last_review(), "You have not had a review yet.");
        assert_eq!(
            w.next_review(),
            "Your next review must happen by 1 March 2027."
        );
    }

    #[test]
    fn an_adult_reads_the_childs_name() {
        let mut page = page();
        page.last_review = Some(d(2026, 11, 20));
        page.next_review_is_scheduled = true;
        let w = OfficerWords {
            page: &page,
            viewer: Viewer::of(None, 7),
            officer: "IRO",
        };
        assert_eq!(w.heading(), "Sam's IRO");
        assert_eq!(
            w.sibling(&page.siblings[0]),
            "Leah has the same IRO as Sam."
        );
        assert_eq!(
            w.last_review(),
            "Sam's last review was on 20 November 2026."
        );
        assert_eq!(w.next_review(), "Sam's next review is on 1 March 2027.");
    }

    #[test]
    fn a_booked_review_says_when_and_where() {
        use domain::reviews::ReviewSummary;
        let mut page = page();
        page.next_review_is_scheduled = true;
        page.next_review_booked = Some(ReviewSummary {
            review_id: 3,
            on: d(2027, 2, 20),
            at: Some("10:30".into()),
            place: Some(ReviewPlace::Online),
            held: false,
        });
        let w = OfficerWords {
            page: &page,
            viewer: Viewer::Myself,
            officer: "CISRO",
        };
        assert_eq!(
            w.next_review(),
            "Your next review is on 20 February 2027 at 10:30. It is online."
        );
        page.next_review_booked.as_mut().unwrap().place = Some(ReviewPlace::InPerson {
            place: "Sam's school, room 4".into(),
        });
        let w = OfficerWords {
            page: &page,
            viewer: Viewer::Other,
            officer: "CISRO",
        };
        assert_eq!(
            w.next_review(),
            "Sam's next review is on 20 February 2027 at 10:30, at Sam's school, room 4."
        );
    }

    #[test]
    fn no_officer_yet_is_said_kindly() {
        let mut page = page();
        page.officer = None;
        let w = OfficerWords {
            page: &page,
            viewer: Viewer::Myself,
            officer: "CISRO",
        };
        assert_eq!(w.since(), None);
        assert_eq!(
            w.no_officer(),
            "You do not have a CISRO yet. We are finding one for you."
        );
        assert_eq!(
            w.ask_social_worker("Jo Brown"),
            "You can ask your social worker, Jo Brown."
        );
    }
}
