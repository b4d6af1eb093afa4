//! A moment the server sent as milliseconds since 1970, as the reader's own
//! clock shows it: the date, and the time as "14:05".

use chrono::NaiveDate;
use wasm_bindgen::JsValue;

/// The local date and time of `at_ms`.
pub fn date_and_time(at_ms: i64) -> (NaiveDate, String) {
    let moment = js_sys::Date::new(&JsValue::from_f64(at_ms as f64));
    let date = NaiveDate::from_ymd_opt(
        moment.get_full_year() as i32,
        moment.get_month() + 1,
        moment.get_date(),
    )
    .unwrap_or_default();
    let time = format!("{:02}:{:02}", moment.get_hours(), moment.get_minutes());
    (date, time)
}
