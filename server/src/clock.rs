//! The two notions of "now" the server uses.

use chrono::{NaiveDate, Utc};

/// Unix milliseconds: session and throttling times.
pub fn now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

/// Today's date where the children live. Review deadlines are calendar dates
/// in England, so a UTC date would be a day out for an hour each summer night.
pub fn today() -> NaiveDate {
    Utc::now()
        .with_timezone(&chrono_tz::Europe::London)
        .date_naive()
}
