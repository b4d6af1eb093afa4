//! The sentences about a child's reviewing officer. The same facts are read
//! by the child ("Your CISRO") and by adults who work with them ("Sam's
//! CISRO"), so each sentence is chosen here, away from the markup, and
//! tested.

use domain::api::{OfficerPage, SiblingOfficer};
use domain::reviews::ReviewPlace;
use fluent::FluentValue;

use crate::dates::long_date;
use crate::frame::Frame;

/// How a child names their officer: "Priya", as they would say it to her.
pub fn first_name(full_name: &str) -> &str {
    full_name.split_whitespace().next().unwrap_or(full_name)
}

/// The reviewing officer's first name, or "your CISRO" while there is none.
pub fn officer_name(frame: &Frame, page: &OfficerPage) -> String {
    match &page.officer {
        Some(officer) => first_name(&officer.name).to_owned(),
        None => frame.words.say_with(
            "your-officer",
            &[("officer", frame.officer_title.clone().into())],
        ),
    }
}

/// Who is reading, which decides "you" or the child's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewer {
    /// The child reading about themselves.
    Myself,
    /// An adult who works with the child.
    Other,
}

impl Viewer {
    /// The selector the `.ftl` messages use.
    fn key(self) -> &'static str {
        match self {
            Viewer::Myself => "self",
            Viewer::Other => "other",
        }
    }
}

/// The wording for one child's page, for one reader.
pub struct OfficerWords<'a> {
    pub frame: &'a Frame,
    pub page: &'a OfficerPage,
    pub viewer: Viewer,
}

impl OfficerWords<'_> {
    /// A message with the names every one of these may use, and `more`.
    fn say(&self, id: &str, more: &[(&str, FluentValue<'_>)]) -> String {
        let mut args: Vec<(&str, FluentValue<'_>)> = vec![
            ("viewer", self.viewer.key().into()),
            ("child", self.page.child_first_name.as_str().into()),
            ("officer", self.frame.officer_title.as_str().into()),
        ];
        args.extend(more.iter().cloned());
        self.frame.words.say_with(id, &args)
    }

    fn date(&self, date: chrono::NaiveDate) -> String {
        long_date(&self.frame.words, date)
    }

    /// The page's `h1`: "Your CISRO" or "Sam's CISRO".
    pub fn heading(&self) -> String {
        self.say("officer-title", &[])
    }

    /// "Your CISRO since 5 January 2027", when there is an officer.
    pub fn since(&self) -> Option<String> {
        let officer = self.page.officer.as_ref()?;
        Some(self.say(
            "officer-since",
            &[("date", self.date(officer.since).into())],
        ))
    }

    /// One line per brother or sister: do they share the officer?
    pub fn sibling(&self, sibling: &SiblingOfficer) -> String {
        let name = ("sibling", sibling.first_name.as_str().into());
        if sibling.same_officer {
            self.say("sibling-same", &[name])
        } else {
            self.say("sibling-different", &[name])
        }
    }

    /// What to say when no officer is appointed yet.
    pub fn no_officer(&self) -> String {
        self.say("no-officer", &[])
    }

    /// Who to ask in the meantime.
    pub fn ask_social_worker(&self, name: &str) -> String {
        self.say("ask-social-worker", &[("name", name.into())])
    }

    /// The heading over the review dates.
    pub fn reviews_heading(&self) -> String {
        self.say("reviews-heading", &[])
    }

    /// When the last review was, or that there has not been one.
    pub fn last_review(&self) -> String {
        match self.page.last_review {
            Some(date) => self.say("last-review", &[("date", self.date(date).into())]),
            None => self.say("no-review-yet", &[]),
        }
    }

    /// The next review: a booked date, or the latest date it may happen.
    pub fn next_review(&self) -> String {
        let booked = self.page.next_review_booked.as_ref();
        if let Some((review, time)) = booked.and_then(|r| Some((r, r.at.as_deref()?))) {
            let (kind, place) = match &review.place {
                Some(ReviewPlace::InPerson { place }) => ("in_person", place.as_str()),
                Some(ReviewPlace::Online) => ("online", ""),
                None => ("unknown", ""),
            };
            return self.say(
                "next-review-booked",
                &[
                    ("date", self.date(review.on).into()),
                    ("time", time.into()),
                    ("kind", kind.into()),
                    ("place", place.into()),
                ],
            );
        }
        let date = ("date", self.date(self.page.next_review_due).into());
        if self.page.next_review_is_scheduled {
            self.say("next-review-scheduled", &[date])
        } else {
            self.say("next-review-due", &[date])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_frame::english_frame;
    use crate::test_frame::sams_page;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_child_reads_about_themselves_as_you() {
        let frame = english_frame("CISRO");
        let page = sams_page();
        let w = OfficerWords {
            frame: &frame,
            page: &page,
            viewer: Viewer::Myself,
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
    fn an_adult_reads_the_childs_name_and_a_booking_says_when_and_where() {
        use domain::reviews::ReviewSummary;
        let frame = english_frame("IRO");
        let mut page = sams_page();
        page.last_review = Some(d(2026, 11, 20));
        page.next_review_is_scheduled = true;
        let w = OfficerWords {
            frame: &frame,
            page: &page,
            viewer: Viewer::Other,
        };
        assert_eq!(w.heading(), "Sam's IRO");
        assert_eq!(
            w.last_review(),
            "Sam's last review was on 20 November 2026."
        );
        assert_eq!(w.next_review(), "Sam's next review is on 1 March 2027.");
        page.next_review_booked = Some(ReviewSummary {
            review_id: 3,
            on: d(2027, 2, 20),
            at: Some("10:30".into()),
            place: Some(ReviewPlace::Online),
            held: false,
        });
        let w = OfficerWords {
            frame: &frame,
            page: &page,
            viewer: Viewer::Myself,
        };
        assert_eq!(
            w.next_review(),
            "Your next review is on 20 February 2027 at 10:30. It is online."
        );
    }

    #[test]
    fn no_officer_yet_is_said_kindly() {
        let frame = english_frame("CISRO");
        let mut page = sams_page();
        page.officer = None;
        let w = OfficerWords {
            frame: &frame,
            page: &page,
            viewer: Viewer::Myself,
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
