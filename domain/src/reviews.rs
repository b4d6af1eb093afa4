//! Reviews as records: an officer books the next review (day, time, place or
//! online) and later records it as held, which moves the clock for the one
//! after. What the officer sees of an upcoming review (the child's views and
//! meeting wishes, the carer's contribution) is `ReviewOverview`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::api::wire_date;
use crate::contributions::{ContributionSummary, MyMeeting};

/// Where a review meets.
///
/// Externally tagged on the wire (`"online"` or `{"in_person": {"place": …}}`):
/// an internally tagged enum makes serde buffer the value, and that code
/// cost the child's first view about 6 KB gzip.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ReviewPlace {
    Online,
    /// A place in the officer's own words ("Sam's school, room 4").
    InPerson {
        place: String,
    },
}

/// Longest a place may be, in characters.
pub const MAX_PLACE_CHARS: usize = 200;

/// `POST /api/children/{id}/reviews` (the child's officer): book a review.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ScheduleReview {
    #[serde(deserialize_with = "wire_date::one")]
    pub on: NaiveDate,
    /// Local time in Europe/London, `HH:MM` (24-hour).
    pub at: String,
    pub place: ReviewPlace,
}

/// One review, booked or held.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ReviewSummary {
    pub review_id: i64,
    #[serde(deserialize_with = "wire_date::one")]
    pub on: NaiveDate,
    /// `HH:MM`; None for reviews recorded before times were kept.
    pub at: Option<String>,
    pub place: Option<ReviewPlace>,
    pub held: bool,
}

/// The answer to booking a review. `late` is true when `on` is after the
/// statutory must-happen-by date: the booking is kept, and the officer is
/// warned.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ScheduledReview {
    pub review: ReviewSummary,
    #[serde(deserialize_with = "wire_date::one")]
    pub must_happen_by: NaiveDate,
    pub late: bool,
}

// `POST /api/children/{id}/reviews/{review_id}/held` (the child's officer,
// no body): the booked review took place. Answers its `ReviewSummary`.

/// `GET /api/children/{id}/reviews/next`: the officer's page for a child's
/// next review (a manager sees it too, with no contribution's words).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ReviewOverview {
    pub child_id: i64,
    pub child_first_name: String,
    #[serde(deserialize_with = "wire_date::one")]
    pub today: NaiveDate,
    /// When the next review must happen by, under the regulations.
    #[serde(deserialize_with = "wire_date::one")]
    pub must_happen_by: NaiveDate,
    /// The booked review, if there is one.
    pub scheduled: Option<ReviewSummary>,
    /// The booking is after `must_happen_by`.
    pub late: bool,
    /// Working days from today until the booked review (None: not booked).
    pub working_days_to_go: Option<u32>,
    /// What has arrived for this review that the reader may know of.
    pub contributions: Vec<ContributionSummary>,
    /// The child's latest sent meeting wishes, when the reader may read them.
    pub meeting_wishes: Option<MyMeeting>,
    /// The review is 10 working days away or less and no carer has sent
    /// their contribution.
    pub no_carer_contribution_yet: bool,
    /// Every review held, most recent first.
    #[serde(deserialize_with = "wire_date::list")]
    pub held: Vec<NaiveDate>,
}

/// Working days before a review from which a missing carer contribution is flagged.
pub const CARER_CONTRIBUTION_WARNING_WORKING_DAYS: u32 = 10;
