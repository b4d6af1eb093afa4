//! `/extra-review`, "I want an extra review": why (quick reasons, their
//! own words, or both) and when; then a check step that says who will read
//! it; then sent, with the date the answer is due. Nothing is kept on the
//! server until it is sent: the check step carries what was typed in its
//! form, so going back to change it loses nothing.

use domain::requests::{ExtraReviewAsk, QuickReason, WhenWanted, MAX_REQUEST_TEXT_CHARS};
use leptos::prelude::*;

use crate::contributions::long_text_up_to;
use crate::dates::long_date;
use crate::forms::{choice, error_summary, Problem};
use crate::frame::{document, form_token, Frame};
use crate::my_requests::{quick_reason, when_wanted};
use crate::own_words::posted;

pub const PATH: &str = "/extra-review";
pub const SEND_PATH: &str = "/extra-review/send";
/// The fields of the form, as posted.
pub const WHY: &str = "why";
pub const WHEN: &str = "when";
pub const REASON: &str = "reason";
pub const ACTION_FIELD: &str = "action";
/// "Change what I wrote" on the check step: the form again, as typed.
pub const CHANGE: &str = "change";
pub const SEND_ID_FIELD: &str = "send_id";
/// `?sent=<request id>` after sending, so reloading sends nothing.
pub const SENT_QUERY: &str = "sent";

/// The quick reasons and the answers to "when", as posted and in order.
const REASONS: [(&str, QuickReason); 3] = [
    ("plan_changed", QuickReason::PlanChanged),
    ("want_to_move", QuickReason::WantToMove),
    (
        "something_wrong_where_i_live",
        QuickReason::SomethingWrongWhereILive,
    ),
];
const WHENS: [(&str, WhenWanted, &str); 3] = [
    (
        "as_soon_as_possible",
        WhenWanted::AsSoonAsPossible,
        "extra-review-when-soon",
    ),
    (
        "in_the_next_few_weeks",
        WhenWanted::InTheNextFewWeeks,
        "extra-review-when-weeks",
    ),
    (
        "i_dont_mind",
        WhenWanted::IDontMind,
        "extra-review-when-dont-mind",
    ),
];

/// What the child has typed and chosen so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Asked {
    pub why: String,
    pub quick_reasons: Vec<QuickReason>,
    pub when: Option<WhenWanted>,
}

impl Asked {
    /// From a posted form: unknown values are no answer.
    pub fn from_form(form: &[(String, String)]) -> Self {
        let reasons = REASONS
            .iter()
            .filter(|(value, _)| form.iter().any(|(k, v)| k == REASON && v == value))
            .map(|(_, reason)| *reason)
            .collect();
        let when = WHENS
            .iter()
            .find(|(value, ..)| posted(form, WHEN) == *value)
            .map(|(_, when, _)| *when);
        Asked {
            why: posted(form, WHY).to_owned(),
            quick_reasons: reasons,
            when,
        }
    }

    /// What stops it being sent, on the questions they are about.
    pub fn problems(&self, frame: &Frame, officer: &str) -> Vec<Problem> {
        let mut found = Vec::new();
        if self.why.trim().is_empty() && self.quick_reasons.is_empty() {
            let text = frame.words.say_with(
                "extra-review-error-why",
                &[("name", officer.to_owned().into())],
            );
            found.push(Problem::at(WHY, text));
        } else if self.why.chars().count() > MAX_REQUEST_TEXT_CHARS {
            let text = frame.words.say_with(
                "extra-review-error-why-long",
                &[("max", MAX_REQUEST_TEXT_CHARS.into())],
            );
            found.push(Problem::at(WHY, text));
        }
        if self.when.is_none() {
            found.push(Problem::at(WHEN, frame.say("extra-review-error-when")));
        }
        found
    }

    /// The request to send, once every question is answered.
    pub fn to_send(&self) -> Option<ExtraReviewAsk> {
        Some(ExtraReviewAsk {
            why: self.why.clone(),
            quick_reasons: self.quick_reasons.clone(),
            when: self.when?,
        })
    }

    /// Hidden fields that carry it through the check step.
    fn carried(&self) -> impl IntoView {
        let reasons = REASONS
            .iter()
            .filter(|(_, reason)| self.quick_reasons.contains(reason))
            .map(|(value, _)| view! { <input type="hidden" name=REASON value=*value /> })
            .collect_view();
        let when = WHENS
            .iter()
            .find(|(_, when, _)| self.when == Some(*when))
            .map(|(value, ..)| view! { <input type="hidden" name=WHEN value=*value /> });
        view! {
            <input type="hidden" name=WHY value=self.why.clone() />
            {reasons}
            {when}
        }
    }
}

/// The form: quick reasons, their own words, when.
pub fn write(frame: &Frame, officer: &str, asked: &Asked, problems: &[Problem]) -> String {
    let heading = frame.say("extra-review-title");
    let reasons = REASONS
        .iter()
        .enumerate()
        .map(|(n, (value, reason))| {
            let id = format!("quick-reason-{n}");
            view! {
                <div class="checkbox">
                    <input
                        type="checkbox"
                        id=id.clone()
                        name=REASON
                        value=*value
                        checked=asked.quick_reasons.contains(reason)
                    />
                    <label for=id>{quick_reason(frame, *reason)}</label>
                </div>
            }
        })
        .collect_view();
    let main = view! {
        <a href="/" class="back-link">
            {frame.say("back")}
        </a>
        {error_summary(frame, problems)}
        <h1>{heading.clone()}</h1>
        <p>{frame.words.say_with("extra-review-intro", &[("name", officer.to_owned().into())])}</p>
        <form method="post" action=PATH novalidate>
            {form_token(frame)}
            <fieldset class="fieldset" aria-describedby="reasons-hint">
                <legend class="legend">{frame.say("extra-review-reasons-legend")}</legend>
                <p id="reasons-hint" class="hint">
                    {frame.say("extra-review-reasons-hint")}
                </p>
                <div class="checkboxes">{reasons}</div>
            </fieldset>
            {long_text_up_to(
                frame,
                WHY,
                frame.say("extra-review-why"),
                Some(frame.say("extra-review-why-hint")),
                &asked.why,
                problems,
                MAX_REQUEST_TEXT_CHARS,
            )}
            {choice(frame, WHEN, frame.say("extra-review-when"), &WHENS, asked.when, problems)}
            <button type="submit" class="button">
                {frame.say("extra-review-continue")}
            </button>
        </form>
        {crate::contributions::count_words(frame)}
    };
    document(frame, &heading, !problems.is_empty(), true, main)
}

/// Everything asked, who will read it, Send, and a way back to change it.
/// `send_id` is made for this page: a second press finds the first request.
pub fn check(
    frame: &Frame,
    officer: &str,
    asked: &Asked,
    send_id: &str,
    problems: &[Problem],
) -> String {
    let title = frame.say("check-title");
    let reasons = if asked.quick_reasons.is_empty() {
        view! { <span class="skipped">{frame.say("extra-review-no-reasons")}</span> }.into_any()
    } else {
        let items = (asked.quick_reasons.iter())
            .map(|r| view! { <li>{quick_reason(frame, *r)}</li> })
            .collect_view();
        view! { <ul class="plain-list">{items}</ul> }.into_any()
    };
    let why = if asked.why.trim().is_empty() {
        view! { <span class="skipped">{frame.say("check-skipped")}</span> }.into_any()
    } else {
        view! { <span class="own-words">{asked.why.clone()}</span> }.into_any()
    };
    let when = asked
        .when
        .map(|w| when_wanted(frame, w))
        .unwrap_or_default();
    let row = |label: String, answer: AnyView| {
        view! {
            <div>
                <dt>{label}</dt>
                <dd>{answer}</dd>
            </div>
        }
    };
    let main = view! {
        {error_summary(frame, problems)}
        <h1>{title.clone()}</h1>
        <dl class="answers">
            {row(frame.say("extra-review-reasons-legend"), reasons)}
            {row(frame.say("extra-review-why"), why)}
            {row(frame.say("extra-review-when"), view! { <span>{when}</span> }.into_any())}
        </dl>
        <h2>{frame.say("who-can-read-title")}</h2>
        <p class="who-can-read">
            {frame.words.say_with("extra-review-who-reads", &[("name", officer.to_owned().into())])}
        </p>
        <form method="post" action=SEND_PATH novalidate class="send-form">
            {form_token(frame)}
            <input type="hidden" name=SEND_ID_FIELD value=send_id.to_owned() />
            {asked.carried()}
            <div class="button-group">
                <button type="submit" class="button" data-sending=frame.say("sending")>
                    {frame.say("extra-review-send")}
                </button>
                <button
                    type="submit"
                    class="button button-secondary"
                    formaction=PATH
                    name=ACTION_FIELD
                    value=CHANGE
                >
                    {frame.say("extra-review-change")}
                </button>
            </div>
        </form>
    };
    document(frame, &title, !problems.is_empty(), true, main)
}

/// "Your request is sent": what happens next, by when, and where to see it.
pub fn sent(frame: &Frame, officer: &str, answer_due: chrono::NaiveDate) -> String {
    let heading = frame.say("extra-review-sent");
    let main = view! {
        <div class="panel panel-done">
            <h1>{heading.clone()}</h1>
            <p>
                {frame.words.say_with("extra-review-answer-by", &[("name", officer.to_owned().into()), ("date", long_date(&frame.words, answer_due).into())])}
            </p>
        </div>
        <p>{frame.words.say_with("extra-review-what-next", &[("name", officer.to_owned().into())])}</p>
        <p>
            <a href="/my-requests">{frame.say("extra-review-see-later")}</a>
        </p>
        <p>
            <a href="/">{frame.say("go-home")}</a>
        </p>
    };
    document(frame, &heading, false, true, main)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_child_must_say_why_or_choose_a_reason_and_say_when() {
        let frame = crate::test_frame::english_frame("IRO");
        let found = Asked::default().problems(&frame, "Priya");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].field, Some(WHY));
        assert!(found[0].text.contains("Priya"), "{}", found[0].text);
        assert_eq!(found[1].field, Some(WHEN));
        let enough = Asked {
            quick_reasons: vec![QuickReason::WantToMove],
            when: Some(WhenWanted::IDontMind),
            ..Asked::default()
        };
        assert!(enough.problems(&frame, "Priya").is_empty());
    }

    #[test]
    fn a_posted_form_keeps_every_tick_and_refuses_odd_answers() {
        let asked = Asked::from_form(&form(&[
            ("reason", "want_to_move"),
            ("reason", "plan_changed"),
            ("reason", "not_a_reason"),
            ("why", "Nearer school"),
            ("when", "i_dont_mind"),
        ]));
        assert_eq!(
            asked.quick_reasons,
            vec![QuickReason::PlanChanged, QuickReason::WantToMove]
        );
        assert_eq!(asked.when, Some(WhenWanted::IDontMind));
        assert!(asked.to_send().is_some());
        let odd = Asked::from_form(&form(&[("when", "tomorrow")]));
        assert_eq!(odd.when, None);
        assert!(odd.to_send().is_none());
    }
}
