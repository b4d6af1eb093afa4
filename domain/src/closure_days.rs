//! A council's own closure days (for example between Christmas and New
//! Year). The regulations' working days ignore them, so a closure never
//! moves a statutory deadline; all they may do is warn that a deadline falls
//! on a day the office is shut, so someone books the review earlier.

use chrono::NaiveDate;
use std::collections::BTreeSet;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClosureDays {
    days: BTreeSet<NaiveDate>,
}

impl ClosureDays {
    pub fn new(days: impl IntoIterator<Item = NaiveDate>) -> Self {
        Self {
            days: days.into_iter().collect(),
        }
    }

    /// True when the council is closed on `date`: a reason to warn, never to
    /// move the date.
    pub fn is_closed_on(&self, date: NaiveDate) -> bool {
        self.days.contains(&date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn only_the_listed_days_are_closed() {
        let closed = ClosureDays::new([d(2026, 12, 29), d(2026, 12, 30), d(2026, 12, 29)]);
        assert!(closed.is_closed_on(d(2026, 12, 29)));
        assert!(closed.is_closed_on(d(2026, 12, 30)));
        assert!(!closed.is_closed_on(d(2026, 12, 31)));
        assert!(!ClosureDays::default().is_closed_on(d(2026, 12, 29)));
    }
}
