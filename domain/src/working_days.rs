//! Counting working days (for review and appointment timescales), as the
//! regulations define them: every day except Saturdays, Sundays, Christmas
//! Day, Good Friday and bank holidays in England and Wales.
//!
//! Nothing here takes a council's closure days. A closure never extends a
//! statutory deadline, so the functions that compute deadlines cannot be
//! handed one (`closure_days` only warns).

use crate::bank_holidays::{is_bank_holiday, is_weekday, YearHolidays};
use chrono::{Datelike, NaiveDate};

/// True on Monday to Friday unless it is a bank holiday. Christmas Day and
/// Good Friday are always bank holidays, or fall at a weekend.
pub fn is_working_day(date: NaiveDate) -> bool {
    is_weekday(date) && !is_bank_holiday(date)
}

/// `is_working_day` with the year's holidays already worked out, so a walk
/// over many days computes Easter once per year, not once per day.
fn is_working_day_in(date: NaiveDate, year: &YearHolidays) -> bool {
    debug_assert_eq!(date.year(), year.year);
    is_weekday(date) && !year.contains(date)
}

/// The date `n` working days after `start` (start itself not counted).
/// `n == 0` gives `start`.
///
/// # Panics
/// If the answer would fall after `NaiveDate::MAX`.
pub fn add_working_days(start: NaiveDate, n: u32) -> NaiveDate {
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
        if is_working_day_in(date, &year) {
            left -= 1;
        }
    }
    date
}

/// How many working days fall after `from` up to and including `to`
/// (0 when `to <= from`).
pub fn working_days_between(from: NaiveDate, to: NaiveDate) -> u32 {
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

    // chrono's whole range is under 200 million days, well inside u32.
    u32::try_from(weekdays - days_off).expect("a count of days within chrono's range")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The obvious day-by-day count, to check the arithmetic one against.
    fn between_slowly(from: NaiveDate, to: NaiveDate) -> u32 {
        let mut n = 0;
        let mut day = from;
        while day < to {
            day = day.succ_opt().unwrap();
            if is_working_day(day) {
                n += 1;
            }
        }
        n
    }

    #[test]
    fn zero_days_is_the_start_even_on_a_non_working_day() {
        assert_eq!(add_working_days(d(2026, 3, 4), 0), d(2026, 3, 4));
        assert_eq!(add_working_days(d(2026, 3, 7), 0), d(2026, 3, 7)); // Saturday
        assert_eq!(add_working_days(d(2026, 12, 25), 0), d(2026, 12, 25));
    }

    #[test]
    fn within_a_week() {
        // Monday 2 March 2026.
        assert_eq!(add_working_days(d(2026, 3, 2), 1), d(2026, 3, 3));
        assert_eq!(add_working_days(d(2026, 3, 2), 4), d(2026, 3, 6));
    }

    #[test]
    fn across_weekends() {
        // Friday + 1 is Monday.
        assert_eq!(add_working_days(d(2026, 3, 6), 1), d(2026, 3, 9));
        // Saturday and Sunday + 1 are Monday too: the start is not counted.
        assert_eq!(add_working_days(d(2026, 3, 7), 1), d(2026, 3, 9));
        assert_eq!(add_working_days(d(2026, 3, 8), 1), d(2026, 3, 9));
        // Five working days is a calendar week; ten is two.
        assert_eq!(add_working_days(d(2026, 3, 4), 5), d(2026, 3, 11));
        assert_eq!(add_working_days(d(2026, 3, 4), 10), d(2026, 3, 18));
    }

    #[test]
    fn across_easter() {
        // Thursday 2 April 2026; Good Friday 3rd, Easter Monday 6th.
        assert_eq!(add_working_days(d(2026, 4, 2), 1), d(2026, 4, 7));
        assert_eq!(working_days_between(d(2026, 4, 2), d(2026, 4, 7)), 1);
        assert_eq!(working_days_between(d(2026, 4, 2), d(2026, 4, 6)), 0);
        // Easter 2027 is in March.
        assert_eq!(add_working_days(d(2027, 3, 25), 1), d(2027, 3, 30));
    }

    #[test]
    fn across_christmas_and_new_year() {
        // Christmas 2026 is a Friday, Boxing Day substitute Monday 28th.
        assert_eq!(add_working_days(d(2026, 12, 24), 1), d(2026, 12, 29));
        // Christmas 2027 is a Saturday: Monday 27th and Tuesday 28th off.
        assert_eq!(add_working_days(d(2027, 12, 24), 1), d(2027, 12, 29));
        // 2025 into 2026: 25, 26 Dec and 1 Jan off; 29, 30, 31 Dec and 2 Jan on.
        assert_eq!(add_working_days(d(2025, 12, 24), 3), d(2025, 12, 31));
        assert_eq!(add_working_days(d(2025, 12, 24), 4), d(2026, 1, 2));
        assert_eq!(working_days_between(d(2025, 12, 24), d(2026, 1, 2)), 4);
        // Christmas 2021 on Saturday, New Year 2022 on Saturday: Mon 3 Jan off.
        assert_eq!(add_working_days(d(2021, 12, 24), 4), d(2022, 1, 4));
    }

    #[test]
    fn the_days_the_regulations_exclude() {
        assert!(is_working_day(d(2026, 3, 2))); // Monday
        assert!(is_working_day(d(2026, 3, 6))); // Friday
        assert!(!is_working_day(d(2026, 3, 7))); // Saturday
        assert!(!is_working_day(d(2026, 3, 8))); // Sunday
        assert!(!is_working_day(d(2026, 4, 3))); // Good Friday
        assert!(!is_working_day(d(2026, 12, 25))); // Christmas Day
        assert!(!is_working_day(d(2026, 12, 28))); // Boxing Day substitute
        assert!(!is_working_day(d(2026, 5, 25))); // Spring bank holiday
                                                  // Between Christmas and New Year is ordinary, whatever a council closes.
        assert!(is_working_day(d(2026, 12, 29)));
        assert!(is_working_day(d(2026, 12, 30)));
        assert!(is_working_day(d(2026, 12, 31)));
    }

    #[test]
    fn the_days_moved_holidays_would_have_been_are_working_days() {
        for day in [
            d(1995, 5, 1),
            d(2002, 5, 27),
            d(2012, 5, 28),
            d(2020, 5, 4),
            d(2022, 5, 30),
        ] {
            assert!(is_working_day(day), "{day}");
        }
        assert!(!is_working_day(d(2022, 9, 19))); // state funeral
        assert!(!is_working_day(d(2023, 5, 8))); // coronation
    }

    #[test]
    fn the_ends_of_chronos_range_do_not_panic() {
        let _ = is_working_day(NaiveDate::MAX);
        let _ = is_working_day(NaiveDate::MIN);
    }

    #[test]
    fn precomputed_year_agrees_with_direct_check() {
        let mut day = d(2020, 1, 1);
        while day < d(2028, 1, 1) {
            let year = YearHolidays::of(day.year());
            assert_eq!(is_working_day(day), is_working_day_in(day, &year), "{day}");
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn between_is_zero_when_to_is_not_after_from() {
        assert_eq!(working_days_between(d(2026, 3, 4), d(2026, 3, 4)), 0);
        assert_eq!(working_days_between(d(2026, 3, 4), d(2026, 3, 3)), 0);
        assert_eq!(working_days_between(d(2026, 3, 4), d(2020, 1, 1)), 0);
    }

    #[test]
    fn between_counts_after_from_up_to_and_including_to() {
        // Monday to Friday of one week: Tue, Wed, Thu, Fri.
        assert_eq!(working_days_between(d(2026, 3, 2), d(2026, 3, 6)), 4);
        // To a Saturday or Sunday adds nothing.
        assert_eq!(working_days_between(d(2026, 3, 2), d(2026, 3, 7)), 4);
        assert_eq!(working_days_between(d(2026, 3, 2), d(2026, 3, 8)), 4);
        // From a Saturday to the Monday is one.
        assert_eq!(working_days_between(d(2026, 3, 7), d(2026, 3, 9)), 1);
        // A whole year: 2026 has 261 weekdays and 8 bank holidays, all weekdays.
        assert_eq!(working_days_between(d(2025, 12, 31), d(2026, 12, 31)), 253);
    }

    #[test]
    fn between_matches_a_day_by_day_count() {
        let mut from = d(2021, 12, 20);
        while from < d(2023, 2, 1) {
            for len in [0, 1, 2, 3, 5, 6, 7, 8, 13, 14, 15, 40, 400] {
                let to = from + chrono::Days::new(len);
                assert_eq!(
                    working_days_between(from, to),
                    between_slowly(from, to),
                    "{from} to {to}"
                );
            }
            from = from.succ_opt().unwrap();
        }
    }

    #[test]
    fn between_undoes_add() {
        let mut start = d(2025, 11, 1);
        while start < d(2027, 2, 1) {
            for n in [0, 1, 4, 5, 6, 19, 20, 21] {
                let end = add_working_days(start, n);
                assert_eq!(working_days_between(start, end), n, "{start} + {n} = {end}");
                // The result is itself a working day (unless n is 0).
                assert!(n == 0 || is_working_day(end), "{start} + {n} = {end}");
            }
            start = start + chrono::Days::new(3);
        }
    }

    #[test]
    fn long_ranges() {
        // A child looked after since 2010: counted without walking each day.
        let from = d(2010, 1, 1);
        let to = d(2026, 6, 1);
        assert_eq!(working_days_between(from, to), between_slowly(from, to));
    }
}
