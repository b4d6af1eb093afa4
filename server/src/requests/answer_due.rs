//! When a request must be answered by: a number of working days (the
//! council's setting) after the day it was asked, counted as the
//! regulations count them, bank holidays and Christmas included.

use chrono::NaiveDate;
use domain::working_days::add_working_days;

/// The last working day for an answer to a request asked on `asked_on`.
pub fn answer_due(asked_on: NaiveDate, working_days: u32) -> NaiveDate {
    add_working_days(asked_on, working_days)
}

/// Overdue: not answered, and `today` is after the day it was due.
pub fn is_overdue(today: NaiveDate, due: NaiveDate, answered: bool) -> bool {
    !answered && today > due
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_friday_ask_is_due_the_next_friday() {
        // Friday 6 March 2026: five working days is Friday 13 March.
        assert_eq!(answer_due(d(2026, 3, 6), 5), d(2026, 3, 13));
    }

    #[test]
    fn a_weekend_ask_counts_from_monday() {
        // Saturday 7 March 2026: Monday is the first working day counted.
        assert_eq!(answer_due(d(2026, 3, 7), 5), d(2026, 3, 13));
        assert_eq!(answer_due(d(2026, 3, 7), 1), d(2026, 3, 9));
    }

    #[test]
    fn a_bank_holiday_in_between_is_not_counted() {
        // Early May bank holiday: Monday 4 May 2026. Asked Thursday 30 April:
        // Fri 1, (Mon 4 off), Tue 5, Wed 6, Thu 7, Fri 8.
        assert_eq!(answer_due(d(2026, 4, 30), 5), d(2026, 5, 8));
        // Easter 2026: Good Friday 3 April, Easter Monday 6 April.
        // Asked Thursday 2 April: Tue 7, Wed 8, Thu 9, Fri 10, Mon 13.
        assert_eq!(answer_due(d(2026, 4, 2), 5), d(2026, 4, 13));
    }

    #[test]
    fn christmas_and_boxing_day_and_new_year_are_not_counted() {
        // Asked Wednesday 23 December 2026: Thu 24, (Fri 25 Christmas, Mon 28
        // Boxing Day substitute), Tue 29, Wed 30, Thu 31, (Fri 1 Jan), Mon 4.
        assert_eq!(answer_due(d(2026, 12, 23), 5), d(2027, 1, 4));
        // Asked on Christmas Day itself (a Friday).
        assert_eq!(answer_due(d(2026, 12, 25), 1), d(2026, 12, 29));
    }

    #[test]
    fn overdue_only_after_the_due_day_and_only_while_unanswered() {
        let due = d(2026, 3, 13);
        assert!(!is_overdue(due, due, false));
        assert!(is_overdue(d(2026, 3, 14), due, false));
        assert!(!is_overdue(d(2026, 3, 14), due, true));
        assert!(!is_overdue(d(2026, 3, 12), due, false));
    }
}
