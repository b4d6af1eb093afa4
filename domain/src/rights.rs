//! The rights pages (`/rights`): which sections there are, in which order,
//! and which version of them fits a child. The words are in
//! `locales/<language>/rights.ftl`, with ids built from these names
//! (`rights-<section>-<version>-title` and `-body`).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The sections, in the order the page shows them.
pub const SECTIONS: [&str; 10] = [
    "officer",
    "review",
    "extra-review",
    "advocate",
    "complaint",
    "legal",
    "secure",
    "pathway",
    "private",
    "help",
];

/// The three versions by age. A signed-in child gets theirs chosen for them;
/// anyone may switch.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum AgeGroup {
    Under11,
    From11To15,
    From16,
}

impl AgeGroup {
    pub const ALL: [AgeGroup; 3] = [AgeGroup::Under11, AgeGroup::From11To15, AgeGroup::From16];

    /// The group of someone born on `born`, on `today`. Someone born on 29
    /// February has their birthday on 28 February in other years, as in law
    /// for most purposes, so they are never a day late into the next group.
    pub fn on(born: NaiveDate, today: NaiveDate) -> AgeGroup {
        match years_old(born, today) {
            0..=10 => AgeGroup::Under11,
            11..=15 => AgeGroup::From11To15,
            _ => AgeGroup::From16,
        }
    }

    /// The version part of a message id in rights.ftl.
    pub fn id_part(self) -> &'static str {
        match self {
            AgeGroup::Under11 => "under-11",
            AgeGroup::From11To15 => "11-to-15",
            AgeGroup::From16 => "16-plus",
        }
    }
}

/// The version part of the easy-read messages' ids.
pub const EASY_READ: &str = "easy";

/// Whole years from `born` to `today` (0 before the first birthday).
pub fn years_old(born: NaiveDate, today: NaiveDate) -> u32 {
    let Some(mut years) = today.year().checked_sub(born.year()) else {
        return 0;
    };
    let birthday_this_year = NaiveDate::from_ymd_opt(today.year(), born.month(), born.day())
        // 29 February in a year without one: the 28th.
        .or_else(|| NaiveDate::from_ymd_opt(today.year(), born.month(), born.day() - 1));
    if birthday_this_year.is_some_and(|birthday| today < birthday) {
        years -= 1;
    }
    u32::try_from(years.max(0)).unwrap_or(0)
}

/// `rights-<section>-<version>-title`, `…-body`.
pub fn message_id(section: &str, version: &str, part: &str) -> String {
    format!("rights-{section}-{version}-{part}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_group_changes_on_the_birthday_itself() {
        let born = d(2015, 6, 10);
        assert_eq!(AgeGroup::on(born, d(2026, 6, 9)), AgeGroup::Under11);
        assert_eq!(AgeGroup::on(born, d(2026, 6, 10)), AgeGroup::From11To15);
        assert_eq!(AgeGroup::on(born, d(2031, 6, 9)), AgeGroup::From11To15);
        assert_eq!(AgeGroup::on(born, d(2031, 6, 10)), AgeGroup::From16);
    }

    #[test]
    fn a_leap_day_birthday_counts_on_28_february_in_other_years() {
        let born = d(2012, 2, 29);
        assert_eq!(years_old(born, d(2023, 2, 27)), 10);
        assert_eq!(years_old(born, d(2023, 2, 28)), 11);
        assert_eq!(years_old(born, d(2024, 2, 28)), 11);
        assert_eq!(years_old(born, d(2024, 2, 29)), 12);
        assert_eq!(AgeGroup::on(born, d(2023, 2, 28)), AgeGroup::From11To15);
    }

    #[test]
    fn year_ends_and_a_date_before_birth() {
        let born = d(2010, 12, 31);
        assert_eq!(years_old(born, d(2026, 12, 30)), 15);
        assert_eq!(years_old(born, d(2026, 12, 31)), 16);
        assert_eq!(years_old(born, d(2010, 1, 1)), 0);
    }

    #[test]
    fn ids_follow_the_file() {
        assert_eq!(
            message_id("advocate", AgeGroup::From11To15.id_part(), "title"),
            "rights-advocate-11-to-15-title"
        );
        assert_eq!(
            message_id("help", EASY_READ, "body"),
            "rights-help-easy-body"
        );
    }
}
