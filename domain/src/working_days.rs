//! Counting working days (for review and appointment timescales).

use crate::bank_holidays::Calendar;
use chrono::NaiveDate;

/// The date `n` working days after `start` (start itself not counted).
/// `n == 0` gives `start`.
pub fn add_working_days(_calendar: &Calendar, _start: NaiveDate, _n: u32) -> NaiveDate {
    unimplemented!("domain rules helper")
}

/// How many working days fall after `from` up to and including `to`
/// (0 when `to <= from`).
pub fn working_days_between(_calendar: &Calendar, _from: NaiveDate, _to: NaiveDate) -> u32 {
    unimplemented!("domain rules helper")
}
