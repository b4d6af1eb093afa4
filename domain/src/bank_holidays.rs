//! Bank holidays in England and Wales: the rules that make them each year,
//! plus a table of one-off changes (e.g. 2020's VE Day move, 2022's Jubilee
//! and state funeral). A council's own closure days are not here: they never
//! change a statutory deadline (see `closure_days`).
//!
//! The yearly rules are the ones in force since 1978, when the early May
//! holiday began; earlier years are computed with the same rules, which is
//! not what happened then, but no child's review dates reach back that far.
//! A one-off change announced in future needs a new line in `ONE_OFFS`.

use chrono::{Datelike, NaiveDate, Weekday};

/// The England and Wales bank holidays of `year`, in date order.
/// Empty for a year chrono cannot represent.
pub fn england_and_wales(year: i32) -> Vec<NaiveDate> {
    YearHolidays::of(year).as_slice().to_vec()
}

/// True when `date` is an England and Wales bank holiday.
pub fn is_bank_holiday(date: NaiveDate) -> bool {
    YearHolidays::of(date.year()).contains(date)
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous
/// "Meeus/Jones/Butcher" computus). `None` for a year chrono cannot represent.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    // Euclidean division keeps the arithmetic defined for proleptic years
    // below zero, which chrono can represent even if Easter means nothing there.
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    // Both are small positive numbers by construction (month 3 or 4).
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// One departure from the yearly rules, by royal proclamation.
enum OneOff {
    /// A rule-made holiday moved to another day that year.
    Moved { from: (u32, u32), to: (u32, u32) },
    /// An extra holiday that year.
    Extra((u32, u32)),
}

/// Every one-off change since the early May holiday began (1978).
const ONE_OFFS: &[(i32, OneOff)] = &[
    // Wedding of the Prince of Wales.
    (1981, OneOff::Extra((7, 29))),
    // 50th anniversary of VE Day.
    (
        1995,
        OneOff::Moved {
            from: (5, 1),
            to: (5, 8),
        },
    ),
    // Millennium.
    (1999, OneOff::Extra((12, 31))),
    // Golden Jubilee.
    (
        2002,
        OneOff::Moved {
            from: (5, 27),
            to: (6, 4),
        },
    ),
    (2002, OneOff::Extra((6, 3))),
    // Royal Wedding.
    (2011, OneOff::Extra((4, 29))),
    // Diamond Jubilee.
    (
        2012,
        OneOff::Moved {
            from: (5, 28),
            to: (6, 4),
        },
    ),
    (2012, OneOff::Extra((6, 5))),
    // 75th anniversary of VE Day.
    (
        2020,
        OneOff::Moved {
            from: (5, 4),
            to: (5, 8),
        },
    ),
    // Platinum Jubilee.
    (
        2022,
        OneOff::Moved {
            from: (5, 30),
            to: (6, 2),
        },
    ),
    (2022, OneOff::Extra((6, 3))),
    // State funeral of Queen Elizabeth II.
    (2022, OneOff::Extra((9, 19))),
    // Coronation of King Charles III.
    (2023, OneOff::Extra((5, 8))),
];

/// Enough room for the busiest year so far (2022 had 10).
const MAX_PER_YEAR: usize = 12;

/// One year's bank holidays, sorted, without a heap allocation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct YearHolidays {
    pub(crate) year: i32,
    days: [NaiveDate; MAX_PER_YEAR],
    len: usize,
}

impl YearHolidays {
    pub(crate) fn of(year: i32) -> Self {
        let mut out = Self {
            year,
            days: [NaiveDate::MIN; MAX_PER_YEAR],
            len: 0,
        };
        // chrono's range starts on 1 January and ends on 31 December, so a
        // year either fits whole or not at all.
        if NaiveDate::from_ymd_opt(year, 1, 1).is_none()
            || NaiveDate::from_ymd_opt(year, 12, 31).is_none()
        {
            return out;
        }
        let date = |(m, d): (u32, u32)| {
            NaiveDate::from_ymd_opt(year, m, d).expect("a valid day of a representable year")
        };

        // New Year's Day, or the Monday after when it falls at a weekend.
        let new_year = date((1, 1));
        out.push(next_weekday(new_year));

        if let Some(easter) = easter_sunday(year) {
            out.push(easter - chrono::Days::new(2));
            out.push(easter + chrono::Days::new(1));
        }

        out.push(first_monday(year, 5));
        out.push(last_monday(date((5, 31))));
        out.push(last_monday(date((8, 31))));

        // A weekend Christmas or Boxing Day is made up on the next weekday
        // that is not already a holiday. When Christmas is a Sunday, Boxing Day
        // keeps Monday 26th and Christmas's substitute takes Tuesday 27th.
        let (christmas, boxing_day) = match date((12, 25)).weekday() {
            Weekday::Fri => ((12, 25), (12, 28)),
            Weekday::Sat => ((12, 27), (12, 28)),
            Weekday::Sun => ((12, 26), (12, 27)),
            _ => ((12, 25), (12, 26)),
        };
        out.push(date(christmas));
        out.push(date(boxing_day));

        for (y, change) in ONE_OFFS {
            if *y != year {
                continue;
            }
            match change {
                OneOff::Moved { from, to } => {
                    let from = date(*from);
                    let slot = out.days[..out.len].iter_mut().find(|d| **d == from);
                    debug_assert!(
                        slot.is_some(),
                        "one-off move from {from}, which is not a rule-made holiday"
                    );
                    if let Some(slot) = slot {
                        *slot = date(*to);
                    }
                }
                OneOff::Extra(day) => out.push(date(*day)),
            }
        }

        // Rule-made and one-off days never coincide (a test checks every year
        // to 2200), so sorting is enough.
        out.days[..out.len].sort_unstable();
        out
    }

    fn push(&mut self, date: NaiveDate) {
        assert!(
            self.len < MAX_PER_YEAR,
            "more bank holidays in {} than MAX_PER_YEAR",
            self.year
        );
        self.days[self.len] = date;
        self.len += 1;
    }

    pub(crate) fn as_slice(&self) -> &[NaiveDate] {
        &self.days[..self.len]
    }

    pub(crate) fn contains(&self, date: NaiveDate) -> bool {
        self.as_slice().binary_search(&date).is_ok()
    }
}

pub(crate) fn is_weekday(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// `date` itself on a weekday, otherwise the Monday after.
fn next_weekday(date: NaiveDate) -> NaiveDate {
    match date.weekday() {
        Weekday::Sat => date + chrono::Days::new(2),
        Weekday::Sun => date + chrono::Days::new(1),
        _ => date,
    }
}

fn first_monday(year: i32, month: u32) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(year, month, 1).expect("a representable year");
    let ahead = (7 - first.weekday().num_days_from_monday()) % 7;
    first + chrono::Days::new(u64::from(ahead))
}

/// The last Monday on or before `last_day_of_month`.
fn last_monday(last_day_of_month: NaiveDate) -> NaiveDate {
    last_day_of_month
        - chrono::Days::new(u64::from(
            last_day_of_month.weekday().num_days_from_monday(),
        ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn list(y: i32, days: &[(u32, u32)]) -> Vec<NaiveDate> {
        days.iter().map(|&(m, day)| d(y, m, day)).collect()
    }

    #[test]
    fn easter_sundays() {
        for (y, m, day) in [
            (1818, 3, 22), // earliest possible
            (1943, 4, 25), // latest possible
            (2000, 4, 23),
            (2008, 3, 23),
            (2011, 4, 24),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(easter_sunday(y), Some(d(y, m, day)), "Easter {y}");
        }
    }

    #[test]
    fn easter_is_always_a_sunday_between_22_march_and_25_april() {
        for y in 1583..=3000 {
            let e = easter_sunday(y).unwrap();
            assert_eq!(e.weekday(), Weekday::Sun, "{y}");
            assert!(e >= d(y, 3, 22) && e <= d(y, 4, 25), "{y}: {e}");
        }
    }

    #[test]
    fn good_friday_and_easter_monday() {
        for (y, gf, em) in [
            (2019, (4, 19), (4, 22)),
            (2024, (3, 29), (4, 1)),
            (2025, (4, 18), (4, 21)),
            (2026, (4, 3), (4, 6)),
            (2027, (3, 26), (3, 29)),
        ] {
            let hols = england_and_wales(y);
            assert!(hols.contains(&d(y, gf.0, gf.1)), "Good Friday {y}");
            assert!(hols.contains(&d(y, em.0, em.1)), "Easter Monday {y}");
            assert_eq!(d(y, gf.0, gf.1).weekday(), Weekday::Fri);
            assert_eq!(d(y, em.0, em.1).weekday(), Weekday::Mon);
        }
    }

    #[test]
    fn new_year_substitutes() {
        // 1 January 2022 was a Saturday, 2023 a Sunday.
        assert_eq!(d(2022, 1, 1).weekday(), Weekday::Sat);
        assert_eq!(england_and_wales(2022)[0], d(2022, 1, 3));
        assert_eq!(d(2023, 1, 1).weekday(), Weekday::Sun);
        assert_eq!(england_and_wales(2023)[0], d(2023, 1, 2));
        assert!(!is_bank_holiday(d(2022, 1, 1)));
        assert!(!is_bank_holiday(d(2023, 1, 1)));
    }

    #[test]
    fn christmas_substitutes() {
        let last_two = |y: i32| england_and_wales(y)[england_and_wales(y).len() - 2..].to_vec();
        // Saturday Christmas, Sunday Boxing Day.
        assert_eq!(d(2021, 12, 25).weekday(), Weekday::Sat);
        assert_eq!(last_two(2021), list(2021, &[(12, 27), (12, 28)]));
        // Sunday Christmas: Boxing Day keeps Monday 26th, Christmas moves to 27th.
        assert_eq!(d(2022, 12, 25).weekday(), Weekday::Sun);
        assert_eq!(last_two(2022), list(2022, &[(12, 26), (12, 27)]));
        // Friday Christmas, Saturday Boxing Day.
        assert_eq!(d(2026, 12, 25).weekday(), Weekday::Fri);
        assert_eq!(last_two(2026), list(2026, &[(12, 25), (12, 28)]));
        // Weekday Christmas and Boxing Day stay put.
        assert_eq!(last_two(2025), list(2025, &[(12, 25), (12, 26)]));
        // Saturday Christmas again.
        assert_eq!(d(2027, 12, 25).weekday(), Weekday::Sat);
        assert_eq!(last_two(2027), list(2027, &[(12, 27), (12, 28)]));
    }

    #[test]
    fn full_years_by_rule() {
        assert_eq!(
            england_and_wales(2021),
            list(
                2021,
                &[
                    (1, 1),
                    (4, 2),
                    (4, 5),
                    (5, 3),
                    (5, 31),
                    (8, 30),
                    (12, 27),
                    (12, 28)
                ]
            )
        );
        assert_eq!(
            england_and_wales(2025),
            list(
                2025,
                &[
                    (1, 1),
                    (4, 18),
                    (4, 21),
                    (5, 5),
                    (5, 26),
                    (8, 25),
                    (12, 25),
                    (12, 26)
                ]
            )
        );
        assert_eq!(
            england_and_wales(2026),
            list(
                2026,
                &[
                    (1, 1),
                    (4, 3),
                    (4, 6),
                    (5, 4),
                    (5, 25),
                    (8, 31),
                    (12, 25),
                    (12, 28)
                ]
            )
        );
        assert_eq!(
            england_and_wales(2027),
            list(
                2027,
                &[
                    (1, 1),
                    (3, 26),
                    (3, 29),
                    (5, 3),
                    (5, 31),
                    (8, 30),
                    (12, 27),
                    (12, 28)
                ]
            )
        );
    }

    #[test]
    fn one_off_years() {
        assert_eq!(
            england_and_wales(1995),
            list(
                1995,
                &[
                    (1, 2),
                    (4, 14),
                    (4, 17),
                    (5, 8),
                    (5, 29),
                    (8, 28),
                    (12, 25),
                    (12, 26)
                ]
            )
        );
        assert_eq!(
            england_and_wales(2002),
            list(
                2002,
                &[
                    (1, 1),
                    (3, 29),
                    (4, 1),
                    (5, 6),
                    (6, 3),
                    (6, 4),
                    (8, 26),
                    (12, 25),
                    (12, 26)
                ]
            )
        );
        assert_eq!(
            england_and_wales(2011),
            list(
                2011,
                &[
                    (1, 3),
                    (4, 22),
                    (4, 25),
                    (4, 29),
                    (5, 2),
                    (5, 30),
                    (8, 29),
                    (12, 26),
                    (12, 27)
                ]
            )
        );
        assert_eq!(
            england_and_wales(2012),
            list(
                2012,
                &[
                    (1, 2),
                    (4, 6),
                    (4, 9),
                    (5, 7),
                    (6, 4),
                    (6, 5),
                    (8, 27),
                    (12, 25),
                    (12, 26)
                ]
            )
        );
        assert_eq!(
            england_and_wales(2020),
            list(
                2020,
                &[
                    (1, 1),
                    (4, 10),
                    (4, 13),
                    (5, 8),
                    (5, 25),
                    (8, 31),
                    (12, 25),
                    (12, 28)
                ]
            )
        );
        assert_eq!(
            england_and_wales(2022),
            list(
                2022,
                &[
                    (1, 3),
                    (4, 15),
                    (4, 18),
                    (5, 2),
                    (6, 2),
                    (6, 3),
                    (8, 29),
                    (9, 19),
                    (12, 26),
                    (12, 27)
                ]
            )
        );
        assert_eq!(
            england_and_wales(2023),
            list(
                2023,
                &[
                    (1, 2),
                    (4, 7),
                    (4, 10),
                    (5, 1),
                    (5, 8),
                    (5, 29),
                    (8, 28),
                    (12, 25),
                    (12, 26)
                ]
            )
        );
        assert!(is_bank_holiday(d(1999, 12, 31)));
        assert!(is_bank_holiday(d(1981, 7, 29)));
        // The days the moved holidays would have been are ordinary days.
        for day in [
            d(1995, 5, 1),
            d(2002, 5, 27),
            d(2012, 5, 28),
            d(2020, 5, 4),
            d(2022, 5, 30),
        ] {
            assert!(!is_bank_holiday(day), "{day}");
        }
    }

    #[test]
    fn every_one_off_move_starts_from_a_rule_made_holiday() {
        // `YearHolidays::of` debug-asserts this; building each year proves it.
        for (y, _) in ONE_OFFS {
            assert!(!england_and_wales(*y).is_empty());
        }
    }

    #[test]
    fn every_year_is_sorted_distinct_weekdays() {
        for y in 1978..=2200 {
            let hols = england_and_wales(y);
            let extras = ONE_OFFS
                .iter()
                .filter(|(oy, c)| *oy == y && matches!(c, OneOff::Extra(_)))
                .count();
            assert_eq!(hols.len(), 8 + extras, "{y}: {hols:?}");
            assert!(hols.windows(2).all(|w| w[0] < w[1]), "{y}: {hols:?}");
            assert!(
                hols.iter().all(|h| is_weekday(*h) && h.year() == y),
                "{y}: {hols:?}"
            );
        }
    }

    #[test]
    fn unrepresentable_years_have_no_holidays() {
        assert!(england_and_wales(i32::MAX).is_empty());
        assert!(england_and_wales(i32::MIN).is_empty());
        assert_eq!(easter_sunday(i32::MAX), None);
        // The ends of chrono's range do not panic.
        let _ = is_bank_holiday(NaiveDate::MAX);
        let _ = is_bank_holiday(NaiveDate::MIN);
    }
}
