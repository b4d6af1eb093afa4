//! Counting working days (for review and appointment timescales).

use crate::bank_holidays::{is_bank_holiday, is_weekday, Calendar, YearHolidays};
use chrono::{Datelike, NaiveDate};
use std::ops::Bound;

/// The date `n` working days after `start` (start itself not counted).
/// `n == 0` gives `start`.
///
/// # Panics
/// If the answer would fall after `NaiveDate::MAX`.
pub fn add_working_days(calendar: &Calendar, start: NaiveDate, n: u32) -> NaiveDate {
    let mut date = start;
    let mut year = YearHolidays::of(start.year());
    let mut left = n;
    while left > 0 {
        date = date
            .succ_opt()
            .expect("working day beyond the last representable date");
        if date.year() != year.year {
            year = YearHolidays::of(date.year());
        }
        if calendar.is_working_day_in(date, &year) {
            left -= 1;
        }
    }
    date
}

/// How many working days fall after `from` up to and including `to`
/// (0 when `to <= from`).
pub fn working_days_between(calendar: &Calendar, from: NaiveDate, to: NaiveDate) -> u32 {
    if to <= from {
        return 0;
    }
    // Counted arithmetically rather than day by day, because `from` can be
    // years back (a child looked after since infancy).
    let days = (to - from).num_days();
    let whole_weeks = days / 7;
    let mut weekdays = whole_weeks * 5;
    let mut day = from + chrono::Days::new(whole_weeks as u64 * 7);
    for _ in 0..days % 7 {
        day = day.succ_opt().expect("inside from..=to");
        if is_weekday(day) {
            weekdays += 1;
        }
    }

    let in_range = |d: &NaiveDate| from < *d && *d <= to && is_weekday(*d);
    let mut days_off: i64 = 0;
    for y in from.year()..=to.year() {
        days_off += YearHolidays::of(y)
            .as_slice()
            .iter()
            .filter(|d| in_range(d))
            .count() as i64;
    }
    // A closure on a bank holiday or a weekend costs nothing extra.
    days_off += calendar
        .closures()
        .range((Bound::Excluded(from), Bound::Included(to)))
        .filter(|d| is_weekday(**d) && !is_bank_holiday(**d))
        .count() as i64;

    // chrono's whole range is under 200 million days, well inside u32.
    u32::try_from(weekdays - days_off).expect("a count of days within chrono's range")
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

    /// The obvious day-by-day count, to check the arithmetic one against.
    fn between_slowly(cal: &Calendar, from: NaiveDate, to: NaiveDate) -> u32 {
        let mut n = 0;
        let mut day = from;
        while day < to {
            day = day.succ_opt().unwrap();
            if cal.is_working_day(day) {
                n += 1;
            }
        }
        n
    }

    #[test]
    fn zero_days_is_the_start_even_on_a_non_working_day() {
        assert_eq!(add_working_days(&ew(), d(2026, 3, 4), 0), d(2026, 3, 4));
        assert_eq!(add_working_days(&ew(), d(2026, 3, 7), 0), d(2026, 3, 7)); // Saturday
        assert_eq!(add_working_days(&ew(), d(2026, 12, 25), 0), d(2026, 12, 25));
    }

    #[test]
    fn within_a_week() {
        // Monday 2 March 2026.
        assert_eq!(add_working_days(&ew(), d(2026, 3, 2), 1), d(2026, 3, 3));
        assert_eq!(add_working_days(&ew(), d(2026, 3, 2), 4), d(2026, 3, 6));
    }

    #[test]
    fn across_weekends() {
        // Friday + 1 is Monday.
        assert_eq!(add_working_days(&ew(), d(2026, 3, 6), 1), d(2026, 3, 9));
        // Saturday and Sunday + 1 are Monday too: the start is not counted.
        assert_eq!(add_working_days(&ew(), d(2026, 3, 7), 1), d(2026, 3, 9));
        assert_eq!(add_working_days(&ew(), d(2026, 3, 8), 1), d(2026, 3, 9));
        // Five working days is a calendar week; ten is two.
        assert_eq!(add_working_days(&ew(), d(2026, 3, 4), 5), d(2026, 3, 11));
        assert_eq!(add_working_days(&ew(), d(2026, 3, 4), 10), d(2026, 3, 18));
    }

    #[test]
    fn across_easter() {
        // Thursday 2 April 2026; Good Friday 3rd, Easter Monday 6th.
        assert_eq!(add_working_days(&ew(), d(2026, 4, 2), 1), d(2026, 4, 7));
        assert_eq!(working_days_between(&ew(), d(2026, 4, 2), d(2026, 4, 7)), 1);
        assert_eq!(working_days_between(&ew(), d(2026, 4, 2), d(2026, 4, 6)), 0);
        // Easter 2027 is in March.
        assert_eq!(add_working_days(&ew(), d(2027, 3, 25), 1), d(2027, 3, 30));
    }

    #[test]
    fn across_christmas_and_new_year() {
        // Christmas 2026 is a Friday, Boxing Day substitute Monday 28th.
        assert_eq!(add_working_days(&ew(), d(2026, 12, 24), 1), d(2026, 12, 29));
        // Christmas 2027 is a Saturday: Monday 27th and Tuesday 28th off.
        assert_eq!(add_working_days(&ew(), d(2027, 12, 24), 1), d(2027, 12, 29));
        // 2025 into 2026: 25, 26 Dec and 1 Jan off; 29, 30, 31 Dec and 2 Jan on.
        assert_eq!(add_working_days(&ew(), d(2025, 12, 24), 3), d(2025, 12, 31));
        assert_eq!(add_working_days(&ew(), d(2025, 12, 24), 4), d(2026, 1, 2));
        assert_eq!(
            working_days_between(&ew(), d(2025, 12, 24), d(2026, 1, 2)),
            4
        );
        // Christmas 2021 on Saturday, New Year 2022 on Saturday: Mon 3 Jan off.
        assert_eq!(add_working_days(&ew(), d(2021, 12, 24), 4), d(2022, 1, 4));
    }

    #[test]
    fn council_closures_are_skipped() {
        let cal = ew().with_closures([d(2025, 12, 29), d(2025, 12, 30), d(2025, 12, 31)]);
        assert_eq!(add_working_days(&cal, d(2025, 12, 24), 1), d(2026, 1, 2));
        assert_eq!(
            working_days_between(&cal, d(2025, 12, 24), d(2026, 1, 2)),
            1
        );
        assert_eq!(
            working_days_between(&ew(), d(2025, 12, 24), d(2026, 1, 2)),
            4
        );
    }

    #[test]
    fn closures_on_holidays_or_weekends_are_not_counted_twice() {
        // 25 Dec 2025 is already a bank holiday; 27 Dec 2025 is a Saturday.
        let cal = ew().with_closures([d(2025, 12, 25), d(2025, 12, 27)]);
        assert_eq!(
            working_days_between(&cal, d(2025, 12, 24), d(2025, 12, 31)),
            3
        );
        assert_eq!(
            working_days_between(&ew(), d(2025, 12, 24), d(2025, 12, 31)),
            3
        );
    }

    #[test]
    fn closures_at_the_ends_of_the_range() {
        // `from` is excluded, `to` included.
        let cal = ew().with_closures([d(2026, 3, 2), d(2026, 3, 6)]);
        assert_eq!(working_days_between(&cal, d(2026, 3, 2), d(2026, 3, 6)), 3);
        assert_eq!(working_days_between(&cal, d(2026, 3, 1), d(2026, 3, 6)), 3);
        assert_eq!(working_days_between(&cal, d(2026, 3, 1), d(2026, 3, 9)), 4);
    }

    #[test]
    fn between_is_zero_when_to_is_not_after_from() {
        assert_eq!(working_days_between(&ew(), d(2026, 3, 4), d(2026, 3, 4)), 0);
        assert_eq!(working_days_between(&ew(), d(2026, 3, 4), d(2026, 3, 3)), 0);
        assert_eq!(working_days_between(&ew(), d(2026, 3, 4), d(2020, 1, 1)), 0);
    }

    #[test]
    fn between_counts_after_from_up_to_and_including_to() {
        // Monday to Friday of one week: Tue, Wed, Thu, Fri.
        assert_eq!(working_days_between(&ew(), d(2026, 3, 2), d(2026, 3, 6)), 4);
        // To a Saturday or Sunday adds nothing.
        assert_eq!(working_days_between(&ew(), d(2026, 3, 2), d(2026, 3, 7)), 4);
        assert_eq!(working_days_between(&ew(), d(2026, 3, 2), d(2026, 3, 8)), 4);
        // From a Saturday to the Monday is one.
        assert_eq!(working_days_between(&ew(), d(2026, 3, 7), d(2026, 3, 9)), 1);
        // A whole year: 2026 has 261 weekdays and 8 bank holidays, all weekdays.
        assert_eq!(
            working_days_between(&ew(), d(2025, 12, 31), d(2026, 12, 31)),
            253
        );
    }

    #[test]
    fn between_matches_a_day_by_day_count() {
        let cal = ew().with_closures([
            d(2022, 12, 28),
            d(2022, 12, 29),
            d(2022, 12, 30),
            d(2024, 8, 3),
        ]);
        let mut from = d(2021, 12, 20);
        while from < d(2023, 2, 1) {
            for len in [0, 1, 2, 3, 5, 6, 7, 8, 13, 14, 15, 40, 400] {
                let to = from + chrono::Days::new(len);
                assert_eq!(
                    working_days_between(&cal, from, to),
                    between_slowly(&cal, from, to),
                    "{from} to {to}"
                );
            }
            from = from.succ_opt().unwrap();
        }
    }

    #[test]
    fn between_undoes_add() {
        let cal = ew().with_closures([d(2026, 12, 29)]);
        let mut start = d(2025, 11, 1);
        while start < d(2027, 2, 1) {
            for n in [0, 1, 4, 5, 6, 19, 20, 21] {
                let end = add_working_days(&cal, start, n);
                assert_eq!(
                    working_days_between(&cal, start, end),
                    n,
                    "{start} + {n} = {end}"
                );
                // The result is itself a working day (unless n is 0).
                assert!(n == 0 || cal.is_working_day(end), "{start} + {n} = {end}");
            }
            start = start + chrono::Days::new(3);
        }
    }

    #[test]
    fn long_ranges() {
        // A child looked after since 2010: counted without walking each day.
        let from = d(2010, 1, 1);
        let to = d(2026, 6, 1);
        assert_eq!(
            working_days_between(&ew(), from, to),
            between_slowly(&ew(), from, to)
        );
    }
}
