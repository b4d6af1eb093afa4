//! When a child's next review must happen by (Care Planning regulations, as
//! summarised in DOMAIN.md rule 5), and when a missing officer must be flagged.

use crate::bank_holidays::Calendar;
use crate::working_days::{add_working_days, working_days_between};
use chrono::{Duration, NaiveDate};

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
///
/// With no review held yet, a booking counts from `looked_after_since`
/// itself. A booking on the limit date itself leaves `is_scheduled` false:
/// only a booking that brings the review forward changes what is shown.
pub fn next_review(
    calendar: &Calendar,
    looked_after_since: NaiveDate,
    reviews_held: &[NaiveDate],
    scheduled: &[NaiveDate],
) -> NextReview {
    let latest = reviews_held.iter().max().copied();
    let limit = match latest {
        None => add_working_days(calendar, looked_after_since, FIRST_REVIEW_WORKING_DAYS),
        Some(latest) if reviews_held.len() == 1 => latest + Duration::days(SECOND_REVIEW_DAYS),
        Some(latest) => latest + Duration::days(LATER_REVIEW_DAYS),
    };
    // A date booked on or before the last review held is that review (or a
    // stale booking), not the next one.
    let still_ahead = |date: &&NaiveDate| match latest {
        Some(latest) => **date > latest,
        None => **date >= looked_after_since,
    };
    match scheduled.iter().filter(still_ahead).min() {
        Some(&booked) if booked < limit => NextReview {
            due: booked,
            is_scheduled: true,
        },
        _ => NextReview {
            due: limit,
            is_scheduled: false,
        },
    }
}

/// True when a child with no officer has been looked after for more than
/// `OFFICER_APPOINTMENT_WORKING_DAYS` working days by `today`.
pub fn officer_overdue(
    calendar: &Calendar,
    looked_after_since: NaiveDate,
    today: NaiveDate,
) -> bool {
    working_days_between(calendar, looked_after_since, today) > OFFICER_APPOINTMENT_WORKING_DAYS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn ew() -> Calendar {
        Calendar::england_and_wales()
    }

    fn limit(due: NaiveDate) -> NextReview {
        NextReview {
            due,
            is_scheduled: false,
        }
    }

    fn booked(due: NaiveDate) -> NextReview {
        NextReview {
            due,
            is_scheduled: true,
        }
    }

    #[test]
    fn first_review_within_20_working_days() {
        // Monday 2 March 2026: four clear weeks, no holidays.
        assert_eq!(
            next_review(&ew(), d(2026, 3, 2), &[], &[]),
            limit(d(2026, 3, 30))
        );
    }

    #[test]
    fn first_review_across_christmas() {
        // Monday 15 December 2025: 25, 26 Dec and 1 Jan are bank holidays.
        // Dec 16-19 (4), 22-24 (7), 29-31 (10), Jan 2 (11), 5-9 (16), 12-15 (20).
        assert_eq!(
            next_review(&ew(), d(2025, 12, 15), &[], &[]),
            limit(d(2026, 1, 15))
        );
        // A council that closes 29-31 December pushes it three working days on.
        let cal = ew().with_closures([d(2025, 12, 29), d(2025, 12, 30), d(2025, 12, 31)]);
        assert_eq!(
            next_review(&cal, d(2025, 12, 15), &[], &[]),
            limit(d(2026, 1, 20))
        );
    }

    #[test]
    fn first_review_across_easter() {
        // Monday 23 March 2026: Good Friday 3 April and Easter Monday 6 April.
        // Mar 24-27 (4), Mar 30-Apr 2 (8), Apr 7-10 (12), 13-17 (17), 20-22 (20).
        assert_eq!(
            next_review(&ew(), d(2026, 3, 23), &[], &[]),
            limit(d(2026, 4, 22))
        );
    }

    #[test]
    fn second_review_exactly_91_days_after_the_first() {
        let held = [d(2026, 1, 15)];
        assert_eq!(
            next_review(&ew(), d(2025, 12, 15), &held, &[]),
            limit(d(2026, 4, 16))
        );
        // Calendar days, not working days: a bank holiday limit stays put.
        let held = [d(2026, 1, 5)];
        assert_eq!(
            next_review(&ew(), d(2025, 12, 15), &held, &[]),
            limit(d(2026, 4, 6))
        );
    }

    #[test]
    fn later_reviews_183_days_after_the_previous() {
        let since = d(2025, 12, 15);
        let held = [d(2026, 1, 15), d(2026, 4, 10)];
        assert_eq!(
            next_review(&ew(), since, &held, &[]),
            limit(d(2026, 10, 10))
        );
        let held = [d(2026, 1, 15), d(2026, 4, 10), d(2026, 10, 1)];
        assert_eq!(next_review(&ew(), since, &held, &[]), limit(d(2027, 4, 2)));
    }

    #[test]
    fn held_reviews_in_any_order() {
        let since = d(2025, 12, 15);
        let held = [d(2026, 10, 1), d(2026, 1, 15), d(2026, 4, 10)];
        assert_eq!(next_review(&ew(), since, &held, &[]), limit(d(2027, 4, 2)));
        let held = [d(2026, 4, 10), d(2026, 1, 15)];
        assert_eq!(
            next_review(&ew(), since, &held, &[]),
            limit(d(2026, 10, 10))
        );
    }

    #[test]
    fn earlier_scheduled_date_wins() {
        let since = d(2026, 3, 2);
        assert_eq!(
            next_review(&ew(), since, &[], &[d(2026, 3, 20)]),
            booked(d(2026, 3, 20))
        );
        let held = [d(2026, 3, 20)];
        assert_eq!(
            next_review(&ew(), since, &held, &[d(2026, 5, 1)]),
            booked(d(2026, 5, 1))
        );
        let held = [d(2026, 3, 20), d(2026, 6, 1)];
        assert_eq!(
            next_review(&ew(), since, &held, &[d(2026, 9, 1)]),
            booked(d(2026, 9, 1))
        );
    }

    #[test]
    fn earliest_of_several_scheduled_dates() {
        let since = d(2026, 3, 2);
        let scheduled = [d(2026, 3, 25), d(2026, 3, 18), d(2026, 3, 27)];
        assert_eq!(
            next_review(&ew(), since, &[], &scheduled),
            booked(d(2026, 3, 18))
        );
    }

    #[test]
    fn scheduled_after_the_limit_is_ignored() {
        let since = d(2026, 3, 2);
        assert_eq!(
            next_review(&ew(), since, &[], &[d(2026, 4, 15)]),
            limit(d(2026, 3, 30))
        );
        let held = [d(2026, 3, 20)];
        assert_eq!(
            next_review(&ew(), since, &held, &[d(2026, 7, 1)]),
            limit(d(2026, 6, 19))
        );
    }

    #[test]
    fn scheduled_on_the_limit_is_not_earlier() {
        let since = d(2026, 3, 2);
        assert_eq!(
            next_review(&ew(), since, &[], &[d(2026, 3, 30)]),
            limit(d(2026, 3, 30))
        );
    }

    #[test]
    fn the_earliest_booking_counts_even_if_a_later_one_is_past_the_limit() {
        // Only the earliest future booking is compared with the limit.
        let since = d(2026, 3, 2);
        let scheduled = [d(2026, 5, 1), d(2026, 3, 16)];
        assert_eq!(
            next_review(&ew(), since, &[], &scheduled),
            booked(d(2026, 3, 16))
        );
    }

    #[test]
    fn scheduled_on_or_before_the_last_held_review_is_ignored() {
        let since = d(2026, 3, 2);
        let held = [d(2026, 3, 20)];
        // The booking for the review that was held, and an older stale one.
        let scheduled = [d(2026, 3, 20), d(2026, 3, 10)];
        assert_eq!(
            next_review(&ew(), since, &held, &scheduled),
            limit(d(2026, 6, 19))
        );
        // A real future booking alongside them still counts.
        let scheduled = [d(2026, 3, 20), d(2026, 3, 10), d(2026, 5, 5)];
        assert_eq!(
            next_review(&ew(), since, &held, &scheduled),
            booked(d(2026, 5, 5))
        );
    }

    #[test]
    fn with_no_reviews_held_scheduled_from_the_first_day_counts() {
        let since = d(2026, 3, 2);
        assert_eq!(
            next_review(&ew(), since, &[], &[d(2026, 3, 2)]),
            booked(d(2026, 3, 2))
        );
        // A booking from before this time in care does not.
        assert_eq!(
            next_review(&ew(), since, &[], &[d(2026, 2, 27)]),
            limit(d(2026, 3, 30))
        );
    }

    #[test]
    fn officer_overdue_after_more_than_5_working_days() {
        let since = d(2026, 3, 2); // Monday
        assert!(!officer_overdue(&ew(), since, since));
        assert!(!officer_overdue(&ew(), since, d(2026, 3, 6))); // 4
        assert!(!officer_overdue(&ew(), since, d(2026, 3, 8))); // 4, Sunday
        assert!(!officer_overdue(&ew(), since, d(2026, 3, 9))); // exactly 5
        assert!(officer_overdue(&ew(), since, d(2026, 3, 10))); // 6
        assert!(officer_overdue(&ew(), since, d(2027, 1, 1)));
        // Today before the start (bad data) is not overdue.
        assert!(!officer_overdue(&ew(), since, d(2026, 2, 1)));
    }

    #[test]
    fn officer_overdue_across_easter() {
        // Thursday 2 April 2026: Apr 7, 8, 9, 10, 13 are the five working days.
        let since = d(2026, 4, 2);
        assert!(!officer_overdue(&ew(), since, d(2026, 4, 13)));
        assert!(officer_overdue(&ew(), since, d(2026, 4, 14)));
    }

    #[test]
    fn officer_overdue_counts_closures() {
        let since = d(2026, 3, 2);
        let cal = ew().with_closures([d(2026, 3, 4)]);
        assert!(!officer_overdue(&cal, since, d(2026, 3, 10))); // 5
        assert!(officer_overdue(&cal, since, d(2026, 3, 11))); // 6
    }
}
