//! Review dates checked over every kind of start date from 2019 to 2035,
//! against a calendar-month reading worked out here by hand (not with
//! chrono's month arithmetic, which the code under test uses).

use chrono::{Datelike, Days, NaiveDate};
use domain::review_dates::{
    appoint_by, first_review_due, later_review_due, next_review, officer_overdue,
    second_review_due, FIRST_REVIEW_WORKING_DAYS, LATER_REVIEW_DAYS, LATER_REVIEW_MONTHS,
    OFFICER_APPOINTMENT_WORKING_DAYS, SECOND_REVIEW_DAYS, SECOND_REVIEW_MONTHS,
};
use domain::working_days::{is_working_day, working_days_between};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Any day from 1 January 2019 to 31 December 2035.
fn date() -> impl Strategy<Value = NaiveDate> {
    let span = (d(2035, 12, 31) - d(2019, 1, 1)).num_days() as u64;
    (0..=span).prop_map(|n| d(2019, 1, 1) + Days::new(n))
}

/// `months` calendar months after `from`: the same day number in the later
/// month, or that month's last day when it has none.
fn months_later(from: NaiveDate, months: u32) -> NaiveDate {
    let index = from.year() * 12 + from.month0() as i32 + months as i32;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
    // Step back from the same day number until the month has that day.
    (1..=from.day())
        .rev()
        .find_map(|day| NaiveDate::from_ymd_opt(year, month, day))
        .expect("every month has a 1st")
}

fn days_later(from: NaiveDate, days: u64) -> NaiveDate {
    from + Days::new(days)
}

#[test]
fn the_hand_reading_of_months_agrees_with_the_examples() {
    assert_eq!(months_later(d(2026, 8, 31), 6), d(2027, 2, 28));
    assert_eq!(months_later(d(2027, 8, 31), 6), d(2028, 2, 29));
    assert_eq!(months_later(d(2028, 2, 29), 3), d(2028, 5, 29));
    assert_eq!(months_later(d(2026, 5, 1), 3), d(2026, 8, 1));
    assert_eq!(months_later(d(2026, 10, 15), 3), d(2027, 1, 15));
    assert_eq!(months_later(d(2026, 3, 31), 3), d(2026, 6, 30));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn second_review_is_the_earlier_of_91_days_and_3_months(first in date()) {
        let due = second_review_due(first);
        let by_days = days_later(first, SECOND_REVIEW_DAYS);
        let by_months = months_later(first, SECOND_REVIEW_MONTHS);
        prop_assert!(due <= by_days, "{first}: {due} after {by_days}");
        prop_assert!(due <= by_months, "{first}: {due} after {by_months}");
        prop_assert_eq!(due, by_days.min(by_months));
    }

    #[test]
    fn later_reviews_are_the_earlier_of_183_days_and_6_months(previous in date()) {
        let due = later_review_due(previous);
        let by_days = days_later(previous, LATER_REVIEW_DAYS);
        let by_months = months_later(previous, LATER_REVIEW_MONTHS);
        prop_assert!(due <= by_days, "{previous}: {due} after {by_days}");
        prop_assert!(due <= by_months, "{previous}: {due} after {by_months}");
        prop_assert_eq!(due, by_days.min(by_months));
    }

    #[test]
    fn first_review_is_the_20th_working_day(since in date()) {
        let due = first_review_due(since);
        prop_assert!(is_working_day(due), "{since}: {due}");
        prop_assert_eq!(working_days_between(since, due), FIRST_REVIEW_WORKING_DAYS);
        let day_before = due.pred_opt().unwrap();
        prop_assert_eq!(working_days_between(since, day_before), FIRST_REVIEW_WORKING_DAYS - 1);
    }

    #[test]
    fn appoint_by_is_the_5th_working_day(since in date(), today in date()) {
        let by = appoint_by(since);
        prop_assert!(is_working_day(by), "{since}: {by}");
        prop_assert_eq!(working_days_between(since, by), OFFICER_APPOINTMENT_WORKING_DAYS);
        prop_assert_eq!(officer_overdue(since, today), today > by);
    }

    /// Whatever the reviews held (any order, some twice, some from an
    /// earlier period in care), the next due date is the rule applied to the
    /// reviews of this period only, and never later than either reading.
    #[test]
    fn next_review_follows_the_reviews_of_this_period(
        since in date(),
        held in proptest::collection::vec(date(), 0..6),
        repeat in proptest::collection::vec(any::<prop::sample::Index>(), 0..3),
    ) {
        let mut given = held.clone();
        given.extend(repeat.iter().filter(|_| !held.is_empty()).map(|i| held[i.index(held.len())]));
        let mut this_period: Vec<NaiveDate> = held.iter().copied().filter(|h| *h >= since).collect();
        this_period.sort();
        this_period.dedup();

        let next = next_review(since, &given, &[]);
        prop_assert!(!next.is_scheduled);
        match this_period[..] {
            [] => prop_assert_eq!(next.due, first_review_due(since)),
            [first] => {
                prop_assert!(next.due <= days_later(first, SECOND_REVIEW_DAYS));
                prop_assert!(next.due <= months_later(first, SECOND_REVIEW_MONTHS));
                prop_assert_eq!(next.due, second_review_due(first));
            }
            [.., previous] => {
                prop_assert!(next.due <= days_later(previous, LATER_REVIEW_DAYS));
                prop_assert!(next.due <= months_later(previous, LATER_REVIEW_MONTHS));
                prop_assert_eq!(next.due, later_review_due(previous));
            }
        }
        // The order they are given in changes nothing.
        let mut reversed = given.clone();
        reversed.reverse();
        prop_assert_eq!(next_review(since, &reversed, &[]), next);
    }

    /// A booking can only bring the date forward, never push it back.
    #[test]
    fn a_booking_never_makes_the_review_later(
        since in date(),
        held in proptest::collection::vec(date(), 0..4),
        booked in proptest::collection::vec(date(), 0..3),
    ) {
        let without = next_review(since, &held, &[]);
        let with = next_review(since, &held, &booked);
        prop_assert!(with.due <= without.due);
        prop_assert_eq!(with.is_scheduled, with.due < without.due);
    }
}
