//! When a child's next review must happen by (Care Planning regulations, as
//! summarised in DOMAIN.md rule 5), and when a missing officer must be flagged.

use crate::bank_holidays::Calendar;
use chrono::NaiveDate;

/// First review: within this many working days of becoming looked after.
pub const FIRST_REVIEW_WORKING_DAYS: u32 = 20;
/// Second review: no more than this many days after the first.
pub const SECOND_REVIEW_DAYS: i64 = 91;
/// Each later review: no more than this many days after the previous one.
pub const LATER_REVIEW_DAYS: i64 = 183;
/// An officer should be appointed within this many working days of a child
/// becoming looked after; past it, a manager is told.
pub const OFFICER_APPOINTMENT_WORKING_DAYS: u32 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextReview {
    /// The date the next review must happen by.
    pub due: NaiveDate,
    /// True when `due` is an already-scheduled date earlier than the limit.
    pub is_scheduled: bool,
}

/// The next review's date: the statutory limit from the reviews held so far
/// (`reviews_held`, any order), or the earliest scheduled date after the last
/// held review if that is earlier.
pub fn next_review(
    _calendar: &Calendar,
    _looked_after_since: NaiveDate,
    _reviews_held: &[NaiveDate],
    _scheduled: &[NaiveDate],
) -> NextReview {
    unimplemented!("domain rules helper")
}

/// True when a child with no officer has been looked after for more than
/// `OFFICER_APPOINTMENT_WORKING_DAYS` working days by `today`.
pub fn officer_overdue(_calendar: &Calendar, _looked_after_since: NaiveDate, _today: NaiveDate) -> bool {
    unimplemented!("domain rules helper")
}
