//! Dates as people write them ("5 January 2027"): the order and the month
//! names come from the language's words, only the numbers from here.

use chrono::{Datelike, NaiveDate};

use crate::words::Words;

const MONTHS: [&str; 12] = [
    "month-january",
    "month-february",
    "month-march",
    "month-april",
    "month-may",
    "month-june",
    "month-july",
    "month-august",
    "month-september",
    "month-october",
    "month-november",
    "month-december",
];

/// A date in words, e.g. "5 January 2027".
pub fn long_date(words: &Words, date: NaiveDate) -> String {
    let month = MONTHS[date.month0() as usize];
    words.say_with(
        "date",
        &[
            ("day", date.day().into()),
            ("month", words.say(month).into()),
            ("year", date.year().into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_frame::english_frame;

    #[test]
    fn dates_are_written_out() {
        let words = english_frame("IRO").words;
        let date = NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
        assert_eq!(long_date(&words, date), "29 February 2028");
    }
}
