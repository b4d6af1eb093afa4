//! The server's one notion of "now". Production reads the system clock; a
//! test holds a `Clock::fixed` and moves it forward instead of sleeping.

use chrono::{NaiveDate, TimeZone, Utc};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Cheap to clone; clones share the same time, so a test that keeps one
/// can move the server's time.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    /// `None` reads the system clock; otherwise Unix milliseconds set by a test.
    fixed_ms: Option<Arc<AtomicI64>>,
}

impl Clock {
    pub fn system() -> Self {
        Self::default()
    }

    /// A clock that stands still at `at_ms` until `advance` or `set` moves it.
    pub fn fixed(at_ms: i64) -> Self {
        Self {
            fixed_ms: Some(Arc::new(AtomicI64::new(at_ms))),
        }
    }

    /// A fixed clock at noon, London time, on `date`.
    pub fn fixed_on(date: NaiveDate) -> Self {
        let noon = date.and_hms_opt(12, 0, 0).expect("noon exists");
        let at = chrono_tz::Europe::London
            .from_local_datetime(&noon)
            .earliest()
            .expect("noon is never skipped by a clock change");
        Self::fixed(at.timestamp_millis())
    }

    /// Moves a fixed clock forward; the system clock cannot be moved.
    pub fn advance(&self, by: Duration) {
        let fixed = self
            .fixed_ms
            .as_ref()
            .expect("only a fixed clock can be moved");
        let by = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        fixed.fetch_add(by, Ordering::SeqCst);
    }

    /// Unix milliseconds: session and throttling times.
    pub fn now_ms(&self) -> i64 {
        match &self.fixed_ms {
            Some(ms) => ms.load(Ordering::SeqCst),
            None => Utc::now().timestamp_millis(),
        }
    }

    /// Today's date where the children live. Review deadlines are calendar
    /// dates in England, so a UTC date would be a day out for an hour each
    /// summer night.
    pub fn today(&self) -> NaiveDate {
        london_date(self.now_ms())
    }
}

/// The date in London at `ms` (Unix milliseconds): the day a thing was
/// sent or read, as the people reading it count days.
pub fn london_date(ms: i64) -> NaiveDate {
    Utc.timestamp_millis_opt(ms)
        .single()
        .expect("a representable time")
        .with_timezone(&chrono_tz::Europe::London)
        .date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_the_date_in_london_not_utc() {
        // 23:30 UTC on 30 June 2026 is 00:30 on 1 July in London (BST).
        let late = Utc.with_ymd_and_hms(2026, 6, 30, 23, 30, 0).unwrap();
        let clock = Clock::fixed(late.timestamp_millis());
        assert_eq!(clock.today(), NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
    }

    #[test]
    fn a_fixed_clock_moves_only_when_told_and_clones_share_it() {
        let clock = Clock::fixed_on(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
        let shared = clock.clone();
        let before = clock.now_ms();
        shared.advance(Duration::from_secs(90));
        assert_eq!(clock.now_ms() - before, 90_000);
    }
}
