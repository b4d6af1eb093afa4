//! The officer's form for booking a child's next review: date (three boxes),
//! time, and a place or "online". The server decides; a late date is
//! booked all the same and the page warns.

use chrono::NaiveDate;
use domain::api::{ErrorCode, FieldError};
use domain::reviews::{ReviewPlace, ScheduleReview, ScheduledReview, MAX_PLACE_CHARS};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::api::{self, Failure};
use crate::components::field_help::FieldHelp;
use crate::components::text_field::{described_by, error_for, TextField};
use crate::errors::Problem;
use crate::t;

/// Element ids, which error links point at.
const DAY: &str = "on-day";
const TIME: &str = "at";
const PLACE_KIND: &str = "place-in-person";
const PLACE: &str = "place";

/// What the three date boxes hold, if it is a real date.
pub fn read_date(day: &str, month: &str, year: &str) -> Result<NaiveDate, ErrorCode> {
    let parts = [day.trim(), month.trim(), year.trim()];
    if parts.iter().all(|part| part.is_empty()) {
        return Err(ErrorCode::Required);
    }
    let number = |text: &str| text.parse::<u32>().ok();
    match (number(parts[0]), number(parts[1]), number(parts[2])) {
        (Some(d), Some(m), Some(y)) if (1000..=9999).contains(&y) => {
            NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(ErrorCode::InvalidInput)
        }
        _ => Err(ErrorCode::InvalidInput),
    }
}

/// The words for one field the server (or this page) found wrong.
pub fn field_problem(error: &FieldError, limit: Option<u64>) -> Problem {
    let max = limit.unwrap_or(MAX_PLACE_CHARS as u64);
    match (error.field.as_str(), error.code) {
        ("on", ErrorCode::Required) => Problem::at(DAY, t!("review-error-date-required")),
        ("on", ErrorCode::InThePast) => Problem::at(DAY, t!("review-error-in-the-past")),
        ("on", _) => Problem::at(DAY, t!("review-error-date-real")),
        ("at", ErrorCode::Required) => Problem::at(TIME, t!("review-error-time-required")),
        ("at", _) => Problem::at(TIME, t!("review-error-not-a-time")),
        ("place", ErrorCode::TooLong) => Problem::at(PLACE, t!("review-error-too-long", max = max)),
        ("place", _) => Problem::at(PLACE, t!("review-error-place-required")),
        _ => Problem {
            field: None,
            text: t!("error-check-field"),
        },
    }
}

/// Problems with a refused booking, by the server's codes.
pub fn problems_for(failure: &Failure, child: &str) -> Vec<Problem> {
    let general = |text| vec![Problem { field: None, text }];
    match failure {
        Failure::Network => general(t!("error-network")),
        Failure::Api(error) if !error.fields.is_empty() => error
            .fields
            .iter()
            .map(|field| field_problem(field, error.limit))
            .collect(),
        Failure::Api(error) if error.code == ErrorCode::AlreadyScheduled => {
            general(t!("review-already-booked", child = child))
        }
        _ => general(t!("error-server")),
    }
}

fn field(name: &str, code: ErrorCode) -> FieldError {
    FieldError {
        field: name.into(),
        code,
    }
}

/// The booking form. `problems` is the page's, shown in its error summary.
#[component]
pub fn ReviewBooking(
    child_id: i64,
    child: String,
    problems: RwSignal<Vec<Problem>>,
    #[prop(into)] on_booked: Callback<ScheduledReview>,
) -> impl IntoView {
    let (day, month, year) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let time = RwSignal::new(String::new());
    // None until chosen: GOV.UK radios start with nothing picked.
    let online = RwSignal::new(None::<bool>);
    let place = RwSignal::new(String::new());
    let child_name = child.clone();

    let send = Action::new_local(move |body: &ScheduleReview| {
        let body = body.clone();
        let child = child_name.clone();
        async move {
            let path = format!("/api/children/{child_id}/reviews");
            match api::post::<_, ScheduledReview>(&path, &body).await {
                Ok(booked) => {
                    problems.set(Vec::new());
                    on_booked.run(booked);
                }
                Err(failure) => problems.set(problems_for(&failure, &child)),
            }
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut found = Vec::new();
        let on = read_date(
            &day.get_untracked(),
            &month.get_untracked(),
            &year.get_untracked(),
        );
        if let Err(code) = on {
            found.push(field_problem(&field("on", code), None));
        }
        let at = time.get_untracked().trim().to_owned();
        if at.is_empty() {
            found.push(field_problem(&field("at", ErrorCode::Required), None));
        }
        let where_ = match online.get_untracked() {
            None => {
                found.push(Problem::at(PLACE_KIND, t!("review-error-place-kind")));
                None
            }
            Some(true) => Some(ReviewPlace::Online),
            Some(false) => {
                let text = place.get_untracked().trim().to_owned();
                if text.is_empty() {
                    found.push(field_problem(&field("place", ErrorCode::Required), None));
                }
                Some(ReviewPlace::InPerson { place: text })
            }
        };
        match (on, where_) {
            (Ok(on), Some(place)) if found.is_empty() => {
                if !send.pending().get_untracked() {
                    send.dispatch_local(ScheduleReview { on, at, place });
                }
            }
            _ => problems.set(found),
        }
    };

    let date_error = error_for(problems, DAY);
    let kind_error = error_for(problems, PLACE_KIND);
    let date_box = move |id: &'static str, label: String, value: RwSignal<String>, wide: bool| {
        view! {
            <div class="date-item">
                <label class="label" for=id>
                    {label}
                </label>
                <input
                    class="input date-input"
                    class:date-input-year=wide
                    id=id
                    name=id
                    inputmode="numeric"
                    autocomplete="off"
                    aria-invalid=move || date_error.read().is_some().then_some("true")
                    bind:value=value
                />
            </div>
        }
    };
    let radio = move |id: &'static str, label: String, is_online: bool| {
        view! {
            <div class="radio">
                <input
                    type="radio"
                    id=id
                    name="place-kind"
                    prop:checked=move || online.get() == Some(is_online)
                    on:change=move |_| online.set(Some(is_online))
                />
                <label for=id>{label}</label>
            </div>
        }
    };

    view! {
        <h2>{t!("review-book-heading")}</h2>
        <form novalidate on:submit=on_submit>
            <fieldset
                class="field fieldset"
                class:field-error=move || date_error.read().is_some()
                aria-describedby=move || described_by("on", true, date_error.read().is_some())
            >
                <legend class="label">{t!("review-book-date")}</legend>
                <FieldHelp id="on" hint=Some(t!("review-book-date-hint", example = "27 3 2027")) error=date_error />
                <div class="date-boxes">
                    {date_box(DAY, t!("review-book-day"), day, false)}
                    {date_box("on-month", t!("review-book-month"), month, false)}
                    {date_box("on-year", t!("review-book-year"), year, true)}
                </div>
            </fieldset>
            <TextField
                id=TIME
                label=t!("review-book-time")
                hint=t!("review-book-time-hint")
                value=time
                error=error_for(problems, TIME)
            />
            <fieldset
                class="field fieldset"
                class:field-error=move || kind_error.read().is_some()
                aria-describedby=move || kind_error.read().is_some().then_some("place-kind-error")
            >
                <legend class="label">{t!("review-book-place")}</legend>
                <FieldHelp id="place-kind" hint=None error=kind_error />
                {radio(PLACE_KIND, t!("review-book-in-person"), false)}
                {move || {
                    (online.get() == Some(false))
                        .then(|| {
                            view! {
                                <div class="conditional">
                                    <TextField
                                        id=PLACE
                                        label=t!("review-book-place-name")
                                        hint=t!("review-book-place-hint", child = child.as_str())
                                        value=place
                                        error=error_for(problems, PLACE)
                                    />
                                </div>
                            }
                        })
                }}
                {radio("place-online", t!("review-book-online"), true)}
            </fieldset>
            <button type="submit" class="button">
                {t!("review-book-button")}
            </button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_boxes_make_a_real_date_or_say_why_not() {
        assert_eq!(
            read_date(" 5", "1", "2027"),
            Ok(NaiveDate::from_ymd_opt(2027, 1, 5).unwrap())
        );
        assert_eq!(read_date("", " ", ""), Err(ErrorCode::Required));
        assert_eq!(read_date("31", "2", "2027"), Err(ErrorCode::InvalidInput));
        assert_eq!(read_date("5", "1", "27"), Err(ErrorCode::InvalidInput));
        assert_eq!(read_date("5", "", "2027"), Err(ErrorCode::InvalidInput));
    }

    #[test]
    fn server_codes_land_on_their_fields() {
        let p = field_problem(&field("on", ErrorCode::InThePast), None);
        assert_eq!(
            p,
            Problem::at(DAY, "The date must be today or in the future".into())
        );
        let p = field_problem(&field("at", ErrorCode::NotATime), None);
        assert_eq!(p, Problem::at(TIME, "Enter a time like 14:30".into()));
        let p = field_problem(&field("place", ErrorCode::TooLong), Some(200));
        assert_eq!(
            p,
            Problem::at(PLACE, "This must be 200 characters or fewer".into())
        );
    }
}
