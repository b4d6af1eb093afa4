//! Dates as people write them ("5 January 2027"). Fluent has no date
//! formatting in this build, so the order and month names come from the
//! `.ftl` file and only the numbers from here.

use chrono::{Datelike, NaiveDate};

use crate::t;

/// The month's name in the current language; `month` is 1 to 12.
pub fn month_name(month: u32) -> String {
    match month {
        1 => t!("month-january"),
        2 => t!("month-february"),
        3 => t!("month-march"),
        4 => t!("month-april"),
        5 => t!("month-may"),
        6 => t!("month-june"),
        7 => t!("month-july"),
        8 => t!("month-august"),
        9 => t!("month-september"),
        10 => t!("month-october"),
        11 => t!("month-november"),
        _ => t!("month-december"),
    }
}

/// A date in words, e.g. "5 January 2027".
pub fn long_date(date: NaiveDate) -> String {
    t!(
        "date",
        day = date.day(),
        month = month_name(date.month()),
        year = date.year()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn writes_day_without_leading_zero_and_month_in_words() {
        assert_eq!(long_date(d(2027, 1, 5)), "5 January 2027");
        assert_eq!(long_date(d(2026, 12, 31)), "31 December 2026");
    }

    #[test]
    fn every_month_has_its_own_name() {
        let names: Vec<String> = (1..=12).map(month_name).collect();
        assert_eq!(names[0], "January");
        assert_eq!(names[8], "September");
        let unique: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(unique.len(), 12);
    }

    #[test]
    fn year_has_no_thousands_separator() {
        assert_eq!(long_date(d(2030, 6, 1)), "1 June 2030");
    }
}
