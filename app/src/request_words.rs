//! The sentences about a request for an extra review, for the child who
//! asked ("You asked…") and for the adults who answer it ("Sam asked…").
//! Chosen here, away from the DOM, so each is unit-tested.

use domain::api::Role;
use domain::requests::{
    Decision, Outcome, QuickReason, Request, RequestKind, RequestState, RequestStep, StepKind,
    WhenWanted, MAX_DECISION_TEXT_CHARS,
};

use crate::dates::long_date;
use crate::errors::Problem;
use crate::officer_words::{first_name, Viewer};
use crate::t;

/// The field names the server uses, and the `id`s of the boxes.
pub const OUTCOME: &str = "outcome";
pub const DIRECTION: &str = "direction";
pub const REASONS: &str = "reasons";

pub fn quick_reason(reason: QuickReason) -> String {
    match reason {
        QuickReason::PlanChanged => t!("extra-review-reason-plan-changed"),
        QuickReason::WantToMove => t!("extra-review-reason-want-to-move"),
        QuickReason::SomethingWrongWhereILive => t!("extra-review-reason-wrong-where-i-live"),
    }
}

pub fn when_wanted(when: WhenWanted) -> String {
    match when {
        WhenWanted::AsSoonAsPossible => t!("extra-review-when-soon"),
        WhenWanted::InTheNextFewWeeks => t!("extra-review-when-weeks"),
        WhenWanted::IDontMind => t!("extra-review-when-dont-mind"),
    }
}

pub fn kind_words(kind: RequestKind) -> String {
    match kind {
        RequestKind::ExtraReview => t!("requests-kind-extra-review"),
        RequestKind::Advocate => t!("requests-kind-advocate"),
    }
}

pub fn state_words(state: RequestState) -> String {
    match state {
        RequestState::Waiting => t!("requests-state-waiting"),
        RequestState::Agreed => t!("requests-state-agreed"),
        RequestState::Declined => t!("requests-state-declined"),
        RequestState::AdvocateAllocated => t!("requests-state-advocate"),
    }
}

/// One step of a request's story, with its date: "You asked on 5 January 2027".
pub fn step_line(step: &RequestStep, viewer: Viewer, child: &str) -> String {
    let date = long_date(step.on);
    let who = step
        .by_name
        .as_deref()
        .map(|name| first_name(name).to_owned())
        .unwrap_or_default();
    let viewer = match viewer {
        Viewer::Myself => "self",
        Viewer::Other => "other",
    };
    let kind = match step.step {
        StepKind::Asked => "asked",
        StepKind::Read => "read",
        StepKind::Agreed => "agreed",
        StepKind::Declined => "declined",
        StepKind::Corrected => "corrected",
        StepKind::AdvocateAllocated => "advocate",
        StepKind::ReviewBooked => "booked",
    };
    t!(
        "request-step",
        step = kind,
        viewer = viewer,
        child = child,
        name = who,
        date = date
    )
}

/// The decision that stands: the last one.
pub fn standing(request: &Request) -> Option<&Decision> {
    request.decisions.last()
}

/// Whether this person may decide: the child's officer or a manager (the
/// server checks it is *this* child's officer).
pub fn may_decide(role: Role) -> bool {
    matches!(role, Role::ReviewingOfficer | Role::Manager)
}

/// The decision as it will be sent, or why it cannot be: a refusal needs
/// reasons (not only spaces), an agreement a direction to the team.
pub fn decision_problems(
    agree: Option<bool>,
    direction: &str,
    reasons: &str,
    child: &str,
) -> Result<Outcome, Vec<Problem>> {
    let too_long = |text: &str| text.chars().count() > MAX_DECISION_TEXT_CHARS;
    match agree {
        None => Err(vec![Problem::at(
            OUTCOME,
            t!("decide-error-outcome", child = child),
        )]),
        Some(true) if direction.trim().is_empty() => {
            Err(vec![Problem::at(DIRECTION, t!("decide-error-direction"))])
        }
        Some(true) if too_long(direction) => Err(vec![Problem::at(
            DIRECTION,
            t!("decide-error-too-long", max = MAX_DECISION_TEXT_CHARS),
        )]),
        Some(true) => Ok(Outcome::Agreed {
            direction: direction.to_owned(),
        }),
        Some(false) if reasons.trim().is_empty() => Err(vec![Problem::at(
            REASONS,
            t!("decide-error-reasons", child = child),
        )]),
        Some(false) if too_long(reasons) => Err(vec![Problem::at(
            REASONS,
            t!("decide-error-too-long", max = MAX_DECISION_TEXT_CHARS),
        )]),
        Some(false) => Ok(Outcome::Declined {
            reasons: reasons.to_owned(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn step(step: StepKind, by: Option<&str>) -> RequestStep {
        RequestStep {
            step,
            on: NaiveDate::from_ymd_opt(2027, 1, 5).unwrap(),
            by_name: by.map(str::to_owned),
        }
    }

    #[test]
    fn steps_say_who_did_what_and_when() {
        assert_eq!(
            step_line(&step(StepKind::Asked, None), Viewer::Myself, "Sam"),
            "You asked on 5 January 2027"
        );
        assert_eq!(
            step_line(&step(StepKind::Asked, None), Viewer::Other, "Sam"),
            "Sam asked on 5 January 2027"
        );
        assert_eq!(
            step_line(
                &step(StepKind::Declined, Some("Priya Shah")),
                Viewer::Myself,
                "Sam"
            ),
            "Priya said no on 5 January 2027"
        );
    }

    #[test]
    fn a_refusal_needs_reasons_that_are_not_only_spaces() {
        let found = decision_problems(Some(false), "", "   \n ", "Sam").unwrap_err();
        assert_eq!(found[0].field, Some(REASONS));
        assert!(found[0].text.contains("Sam"), "{}", found[0].text);
        assert_eq!(
            decision_problems(Some(false), "", "Because.", "Sam"),
            Ok(Outcome::Declined {
                reasons: "Because.".into()
            })
        );
        assert_eq!(
            decision_problems(None, "", "", "Sam").unwrap_err()[0].field,
            Some(OUTCOME)
        );
        assert_eq!(
            decision_problems(Some(true), " ", "", "Sam").unwrap_err()[0].field,
            Some(DIRECTION)
        );
    }
}
