//! When a child's next review must happen by, and by when an officer must be
//! appointed (Care Planning, Placement and Case Review (England) Regulations
//! 2010, reg 33, as summarised in DOMAIN.md rules 1 and 5).
//!
//! The procedure gives each gap both as days and as months. A due date must
//! be late under neither reading, so it is the earlier of the two.

use crate::working_days::add_working_days;
use chrono::{Days, Months, NaiveDate};
use std::collections::BTreeSet;

/// First review: within this many working days of becoming looked after.
pub const FIRST_REVIEW_WORKING_DAYS: u32 = 20;
/// Second review: no more than this many days after the first...
pub const SECOND_REVIEW_DAYS: u64 = 91;
/// ...and no more than this many calendar months.
pub const SECOND_REVIEW_MONTHS: u32 = 3;
/// Each later review: no more than this many days after the previous one...
pub const LATER_REVIEW_DAYS: u64 = 183;
/// ...and no more than this many calendar months.
pub const LATER_REVIEW_MONTHS: u32 = 6;
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

/// The first review's limit: 20 working days after becoming looked after.
pub fn first_review_due(looked_after_since: NaiveDate) -> NaiveDate {
    add_working_days(looked_after_since, FIRST_REVIEW_WORKING_DAYS)
}

/// The second review's limit: the earlier of 91 days and 3 calendar months
/// after the first review.
pub fn second_review_due(first: NaiveDate) -> NaiveDate {
    earlier_reading(first, SECOND_REVIEW_DAYS, SECOND_REVIEW_MONTHS)
}

/// A later review's limit: the earlier of 183 days and 6 calendar months
/// after the previous review.
pub fn later_review_due(previous: NaiveDate) -> NaiveDate {
    earlier_reading(previous, LATER_REVIEW_DAYS, LATER_REVIEW_MONTHS)
}

/// The earlier of `days` days and `months` calendar months after `from`.
/// A calendar month ends on the same day number of the later month, or on
/// that month's last day when it has none (31 August + 6 months is 28
/// February), which is how chrono's `checked_add_months` clamps.
///
/// # Panics
/// If neither reading is within chrono's range (after the year 262,000).
fn earlier_reading(from: NaiveDate, days: u64, months: u32) -> NaiveDate {
    let by_days = from.checked_add_days(Days::new(days));
    let by_months = from.checked_add_months(Months::new(months));
    by_days
        .into_iter()
        .chain(by_months)
        .min()
        .expect("a review date within chrono's range")
}

/// The next review's date: the statutory limit from the reviews held so far
/// (`reviews_held`, any order), or the earliest scheduled date after the last
/// held review if that is earlier.
///
/// Only reviews in the current period in care count: a child who left care
/// and came back on `looked_after_since` starts again with a first review. A
/// date given twice is one review (a meeting recorded twice is not two).
///
/// With no review held yet, a booking counts from `looked_after_since`
/// itself. A booking on the limit date itself leaves `is_scheduled` false:
/// only a booking that brings the review forward changes what is shown.
pub fn next_review(
    looked_after_since: NaiveDate,
    reviews_held: &[NaiveDate],
    scheduled: &[NaiveDate],
) -> NextReview {
    let held: BTreeSet<NaiveDate> = reviews_held
        .iter()
        .copied()
        .filter(|date| *date >= looked_after_since)
        .collect();
    let latest = held.last().copied();
    let limit = match latest {
        None => first_review_due(looked_after_since),
        Some(first) if held.len() == 1 => second_review_due(first),
        Some(previous) => later_review_due(previous),
    };
    // A date booked on or before the last review held is that review (or a
    // stale booking), not the next one; so is one from before this period.
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

/// The last day an officer may be appointed: 5 working days after the child
/// became looked after (DOMAIN.md rule 1).
pub fn appoint_by(looked_after_since: NaiveDate) -> NaiveDate {
    add_working_days(looked_after_since, OFFICER_APPOINTMENT_WORKING_DAYS)
}

/// True when a child still without an officer on `today` is past `appoint_by`.
pub fn officer_overdue(looked_after_since: NaiveDate, today: NaiveDate) -> bool {
    today > appoint_by(looked_after_since)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
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
        assert_eq!(next_review(d(2026, 3, 2), &[], &[]), limit(d(2026, 3, 30)));
    }

    #[test]
    fn first_review_across_christmas() {
        // Monday 15 December 2025: 25, 26 Dec and 1 Jan are bank holidays.
        // Dec 16-19 (4), 22-24 (7), 29-31 (10), Jan 2 (11), 5-9 (16), 12-15 (20).
        // A council that closes 29-31 December cannot push this back: the
        // functions take no closure days at all.
        assert_eq!(
            next_review(d(2025, 12, 15), &[], &[]),
            limit(d(2026, 1, 15))
        );
    }

    #[test]
    fn first_review_across_easter() {
        // Monday 23 March 2026: Good Friday 3 April and Easter Monday 6 April.
        // Mar 24-27 (4), Mar 30-Apr 2 (8), Apr 7-10 (12), 13-17 (17), 20-22 (20).
        assert_eq!(next_review(d(2026, 3, 23), &[], &[]), limit(d(2026, 4, 22)));
    }

    #[test]
    fn first_review_across_the_may_bank_holidays() {
        // Friday 1 May 2026: Mondays 4 and 25 May are bank holidays.
        // May 5-8 (4), 11-15 (9), 18-22 (14), 26-29 (18), Jun 1-2 (20).
        assert_eq!(next_review(d(2026, 5, 1), &[], &[]), limit(d(2026, 6, 2)));
    }

    #[test]
    fn second_review_when_91_days_is_earlier() {
        // The example in DOMAIN.md: 3 months would be 1 August.
        assert_eq!(second_review_due(d(2026, 5, 1)), d(2026, 7, 31));
        // 31 May + 3 months is 31 August (92 days); 91 days is 30 August.
        assert_eq!(second_review_due(d(2026, 5, 31)), d(2026, 8, 30));
    }

    #[test]
    fn second_review_when_3_months_is_earlier() {
        // The example in DOMAIN.md: a leap day, 91 days would be 30 May.
        assert_eq!(second_review_due(d(2028, 2, 29)), d(2028, 5, 29));
        // 15 January + 3 months is 15 April (90 days), not 16 April.
        assert_eq!(second_review_due(d(2026, 1, 15)), d(2026, 4, 15));
        // Calendar days, not working days: a limit on Easter Sunday stays put.
        assert_eq!(second_review_due(d(2026, 1, 5)), d(2026, 4, 5));
    }

    #[test]
    fn second_review_at_month_ends() {
        // No 30 February: the month's last day, 90 days on.
        assert_eq!(second_review_due(d(2026, 11, 30)), d(2027, 2, 28));
        // In a leap year 29 February, which is also 91 days on.
        assert_eq!(second_review_due(d(2027, 11, 30)), d(2028, 2, 29));
        // 29 November + 3 months is 29 February 2028 (92 days): 91 days is earlier.
        assert_eq!(second_review_due(d(2027, 11, 29)), d(2028, 2, 28));
        // No 31 June: 30 June, which is also 91 days on.
        assert_eq!(second_review_due(d(2026, 3, 31)), d(2026, 6, 30));
        // 31 December + 3 months is 31 March (90 days).
        assert_eq!(second_review_due(d(2026, 12, 31)), d(2027, 3, 31));
    }

    #[test]
    fn later_reviews_at_month_ends_and_leap_days() {
        // The example in DOMAIN.md: 31 August + 6 months is 28 February;
        // 183 days would be 2 March.
        assert_eq!(later_review_due(d(2026, 8, 31)), d(2027, 2, 28));
        // In a leap year, 29 February.
        assert_eq!(later_review_due(d(2027, 8, 31)), d(2028, 2, 29));
        // From a leap day: 29 August is both 6 months and 182 days on.
        assert_eq!(later_review_due(d(2028, 2, 29)), d(2028, 8, 29));
        // 1 October + 6 months is 1 April; 183 days would be 2 April.
        assert_eq!(later_review_due(d(2026, 10, 1)), d(2027, 4, 1));
    }

    #[test]
    fn later_reviews_when_183_days_is_earlier() {
        // 1 March + 6 months is 1 September (184 days); 183 days is 31 August.
        assert_eq!(later_review_due(d(2026, 3, 1)), d(2026, 8, 31));
        // 10 April + 6 months is 10 October, exactly 183 days: both agree.
        assert_eq!(later_review_due(d(2026, 4, 10)), d(2026, 10, 10));
    }

    #[test]
    fn the_review_number_picks_the_rule() {
        let since = d(2025, 12, 15);
        assert_eq!(
            next_review(since, &[d(2026, 1, 15)], &[]),
            limit(d(2026, 4, 15))
        );
        let held = [d(2026, 1, 15), d(2026, 4, 10)];
        assert_eq!(next_review(since, &held, &[]), limit(d(2026, 10, 10)));
        let held = [d(2026, 1, 15), d(2026, 4, 10), d(2026, 10, 1)];
        assert_eq!(next_review(since, &held, &[]), limit(d(2027, 4, 1)));
    }

    #[test]
    fn held_reviews_in_any_order() {
        let since = d(2025, 12, 15);
        let held = [d(2026, 10, 1), d(2026, 1, 15), d(2026, 4, 10)];
        assert_eq!(next_review(since, &held, &[]), limit(d(2027, 4, 1)));
        let held = [d(2026, 4, 10), d(2026, 1, 15)];
        assert_eq!(next_review(since, &held, &[]), limit(d(2026, 10, 10)));
    }

    #[test]
    fn a_review_recorded_twice_is_one_review() {
        // Still the second review, due at the 3-month rule, not the 6-month one.
        let since = d(2026, 4, 1);
        let held = [d(2026, 5, 1), d(2026, 5, 1)];
        assert_eq!(next_review(since, &held, &[]), limit(d(2026, 7, 31)));
        // Third review: 183 days from 20 July is 19 January, a day before 6 months.
        let held = [d(2026, 5, 1), d(2026, 7, 20), d(2026, 5, 1), d(2026, 7, 20)];
        assert_eq!(next_review(since, &held, &[]), limit(d(2027, 1, 19)));
    }

    #[test]
    fn a_break_in_care_starts_again() {
        // Back in care on Monday 1 June 2026 with a review from 2024: the
        // first review of this period, 20 working days on, not 1 Feb 2025.
        let since = d(2026, 6, 1);
        assert_eq!(
            next_review(since, &[d(2024, 11, 1)], &[]),
            limit(d(2026, 6, 29))
        );
        // Several old reviews change nothing either.
        let old = [d(2023, 1, 10), d(2023, 4, 5), d(2024, 11, 1)];
        assert_eq!(next_review(since, &old, &[]), limit(d(2026, 6, 29)));
        // The first review of this period then counts as the first: the
        // second follows the 3-month rule.
        let held = [
            d(2023, 1, 10),
            d(2023, 4, 5),
            d(2024, 11, 1),
            d(2026, 6, 20),
        ];
        assert_eq!(next_review(since, &held, &[]), limit(d(2026, 9, 19)));
        // A booking made in the earlier period is not this period's review.
        assert_eq!(
            next_review(since, &old, &[d(2024, 12, 1)]),
            limit(d(2026, 6, 29))
        );
    }

    #[test]
    fn a_review_on_the_day_care_began_counts() {
        let since = d(2026, 6, 1);
        assert_eq!(
            next_review(since, &[since], &[]),
            limit(second_review_due(since))
        );
    }

    #[test]
    fn earlier_scheduled_date_wins() {
        let since = d(2026, 3, 2);
        assert_eq!(
            next_review(since, &[], &[d(2026, 3, 20)]),
            booked(d(2026, 3, 20))
        );
        let held = [d(2026, 3, 20)];
        assert_eq!(
            next_review(since, &held, &[d(2026, 5, 1)]),
            booked(d(2026, 5, 1))
        );
        let held = [d(2026, 3, 20), d(2026, 6, 1)];
        assert_eq!(
            next_review(since, &held, &[d(2026, 9, 1)]),
            booked(d(2026, 9, 1))
        );
    }

    #[test]
    fn earliest_of_several_scheduled_dates() {
        let since = d(2026, 3, 2);
        let scheduled = [d(2026, 3, 25), d(2026, 3, 18), d(2026, 3, 27)];
        assert_eq!(next_review(since, &[], &scheduled), booked(d(2026, 3, 18)));
    }

    #[test]
    fn scheduled_after_the_limit_is_ignored() {
        let since = d(2026, 3, 2);
        assert_eq!(
            next_review(since, &[], &[d(2026, 4, 15)]),
            limit(d(2026, 3, 30))
        );
        // 20 March + 91 days is 19 June, a day before 3 months.
        let held = [d(2026, 3, 20)];
        assert_eq!(
            next_review(since, &held, &[d(2026, 7, 1)]),
            limit(d(2026, 6, 19))
        );
    }

    #[test]
    fn scheduled_on_the_limit_is_not_earlier() {
        let since = d(2026, 3, 2);
        assert_eq!(
            next_review(since, &[], &[d(2026, 3, 30)]),
            limit(d(2026, 3, 30))
        );
    }

    #[test]
    fn the_earliest_booking_counts_even_if_a_later_one_is_past_the_limit() {
        // Only the earliest future booking is compared with the limit.
        let since = d(2026, 3, 2);
        let scheduled = [d(2026, 5, 1), d(2026, 3, 16)];
        assert_eq!(next_review(since, &[], &scheduled), booked(d(2026, 3, 16)));
    }

    #[test]
    fn scheduled_on_or_before_the_last_held_review_is_ignored() {
        let since = d(2026, 3, 2);
        let held = [d(2026, 3, 20)];
        // The booking for the review that was held, and an older stale one.
        let scheduled = [d(2026, 3, 20), d(2026, 3, 10)];
        assert_eq!(next_review(since, &held, &scheduled), limit(d(2026, 6, 19)));
        // A real future booking alongside them still counts.
        let scheduled = [d(2026, 3, 20), d(2026, 3, 10), d(2026, 5, 5)];
        assert_eq!(next_review(since, &held, &scheduled), booked(d(2026, 5, 5)));
    }

    #[test]
    fn with_no_reviews_held_scheduled_from_the_first_day_counts() {
        let since = d(2026, 3, 2);
        assert_eq!(
            next_review(since, &[], &[d(2026, 3, 2)]),
            booked(d(2026, 3, 2))
        );
        // A booking from before this time in care does not.
        assert_eq!(
            next_review(since, &[], &[d(2026, 2, 27)]),
            limit(d(2026, 3, 30))
        );
    }

    #[test]
    fn appoint_by_is_5_working_days_on() {
        assert_eq!(appoint_by(d(2026, 3, 2)), d(2026, 3, 9)); // Monday to Monday
        assert_eq!(appoint_by(d(2026, 3, 7)), d(2026, 3, 13)); // from a Saturday
                                                               // Thursday 2 April 2026: Apr 7, 8, 9, 10, 13 (Good Friday, Easter Monday).
        assert_eq!(appoint_by(d(2026, 4, 2)), d(2026, 4, 13));
        // Friday 18 December 2026: 21-24, then 25 and 28 off, so 29 December.
        assert_eq!(appoint_by(d(2026, 12, 18)), d(2026, 12, 29));
    }

    #[test]
    fn officer_overdue_after_the_appoint_by_day() {
        let since = d(2026, 3, 2); // Monday
        assert!(!officer_overdue(since, since));
        assert!(!officer_overdue(since, d(2026, 3, 6))); // 4
        assert!(!officer_overdue(since, d(2026, 3, 8))); // 4, Sunday
        assert!(!officer_overdue(since, d(2026, 3, 9))); // exactly 5
        assert!(officer_overdue(since, d(2026, 3, 10))); // 6
        assert!(officer_overdue(since, d(2027, 1, 1)));
        // Today before the start (bad data) is not overdue.
        assert!(!officer_overdue(since, d(2026, 2, 1)));
    }

    #[test]
    fn officer_overdue_from_the_day_after_a_friday_deadline() {
        // In care on Friday 6 March 2026: appoint by Friday 13 March. On the
        // Saturday the deadline has passed, although no sixth working day has.
        let since = d(2026, 3, 6);
        assert!(!officer_overdue(since, d(2026, 3, 13)));
        assert!(officer_overdue(since, d(2026, 3, 14)));
    }

    #[test]
    fn officer_overdue_across_easter() {
        let since = d(2026, 4, 2);
        assert!(!officer_overdue(since, d(2026, 4, 13)));
        assert!(officer_overdue(since, d(2026, 4, 14)));
    }
}
