//! Sending is its own step. Each send carries an id the browser made
//! (`drafts::send_id`), kept until the server answers, so a second tap or
//! a retry after a dropped connection finds the first contribution instead
//! of making another. And the words for what can go wrong.

use domain::api::ErrorCode;
use domain::contributions::{
    AddToContribution, Contribution, ContributionBody, SendContribution, Sent, ShareChoice,
    MAX_TEXT_CHARS,
};

use crate::api::{self, Failure};
use crate::drafts::{forget_send_id, send_id};
use crate::errors::Problem;
use crate::questions::question;
use crate::t;

/// Sends `body` for child `child_id`. `what` names the send for its id: the
/// kind's code, or another name when one page sends two different things.
pub async fn send(
    child_id: i64,
    what: &str,
    body: ContributionBody,
    shared_with: ShareChoice,
    confirming_draft_by: Option<i64>,
    review_id: Option<i64>,
) -> Result<Sent, Failure> {
    let request = SendContribution {
        send_id: send_id(child_id, what),
        body,
        shared_with,
        // The review the page was opened for: if it is held meanwhile, the
        // server moves this to the next one and says so.
        review_id,
        confirming_draft_by,
    };
    let path = format!("/api/children/{child_id}/contributions");
    let result = api::post::<_, Sent>(&path, &request).await;
    settled(child_id, what, &result);
    result
}

/// "I want to add something": one dated part added to a sent contribution.
pub async fn add(
    child_id: i64,
    contribution_id: i64,
    text: String,
) -> Result<Contribution, Failure> {
    let what = format!("add-{contribution_id}");
    let request = AddToContribution {
        send_id: send_id(child_id, &what),
        text,
    };
    let path = format!("/api/children/{child_id}/contributions/{contribution_id}/additions");
    let result = api::post::<_, Contribution>(&path, &request).await;
    settled(child_id, &what, &result);
    result
}

/// Once the server has answered for sure, the next send is a new one. No
/// answer, or a session to sign in to again, keeps the id for the retry.
pub fn settled<T>(child_id: i64, what: &str, result: &Result<T, Failure>) {
    let keep = match result {
        Ok(_) => false,
        Err(Failure::Api(error)) => matches!(
            error.code,
            ErrorCode::NotSignedIn | ErrorCode::ServerError | ErrorCode::Busy
        ),
        Err(_) => true,
    };
    if !keep {
        forget_send_id(child_id, what);
    }
}

/// What stops a body being sent, found before sending, on the form's fields.
pub fn check(body: &ContributionBody, officer: &str, first_field: &'static str) -> Vec<Problem> {
    if body.is_empty() {
        return vec![Problem::at(first_field, t!("error-nothing-to-send"))];
    }
    body.too_long()
        .into_iter()
        .map(|field| Problem::at(field, too_long(field, officer, MAX_TEXT_CHARS as u64)))
        .collect()
}

fn too_long(field: &str, officer: &str, max: u64) -> String {
    t!(
        "error-answer-too-long",
        question = question(field, officer),
        max = max
    )
}

/// What to say when the server turned a send down. Not tied to fields: the
/// check page shows the answers, not the boxes.
pub fn problems(failure: &Failure, officer: &str) -> Vec<Problem> {
    let general = |text| Problem { field: None, text };
    let error = match failure {
        Failure::Api(error) => error,
        Failure::Network => return vec![general(t!("error-send-offline"))],
        Failure::BadResponse => return vec![general(t!("error-server"))],
    };
    match error.code {
        ErrorCode::NothingToSend => vec![general(t!("error-nothing-to-send"))],
        ErrorCode::InvalidInput | ErrorCode::TooLong if !error.fields.is_empty() => error
            .fields
            .iter()
            .map(|field| {
                let max = error.limit.unwrap_or(MAX_TEXT_CHARS as u64);
                general(too_long(&field.field, officer, max))
            })
            .collect(),
        ErrorCode::TooLarge => vec![general(t!(
            "error-answers-too-long",
            max = error.limit.unwrap_or(MAX_TEXT_CHARS as u64)
        ))],
        ErrorCode::Forbidden => vec![general(t!("error-send-not-allowed"))],
        _ => vec![general(t!("error-server"))],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::api::{ApiError, FieldError};
    use domain::contributions::MyViews;

    #[test]
    fn an_empty_send_and_a_long_answer_are_caught_before_sending() {
        let empty = ContributionBody::MyViews(MyViews::default());
        let found = check(&empty, "Priya Shah", "going_well");
        assert_eq!(found[0].field, Some("going_well"));
        assert!(found[0]
            .text
            .starts_with("You have not written anything yet"));

        let long = ContributionBody::MyViews(MyViews {
            want_to_change: "a".repeat(MAX_TEXT_CHARS + 1),
            ..MyViews::default()
        });
        let found = check(&long, "Priya Shah", "going_well");
        assert_eq!(
            found,
            vec![Problem::at(
                "want_to_change",
                "Your answer to 'What do you want to change?' is too long. It can be up to 3000 characters."
                    .into()
            )]
        );
    }

    #[test]
    fn the_server_saying_too_long_names_the_limit_it_sent() {
        let failure = Failure::Api(ApiError {
            code: ErrorCode::InvalidInput,
            retry_after_secs: None,
            limit: Some(2500),
            fields: vec![FieldError {
                field: "going_well".into(),
                code: ErrorCode::TooLong,
            }],
            decision: None,
            from: None,
        });
        let found = problems(&failure, "Priya Shah");
        assert!(
            found[0].text.ends_with("up to 2500 characters."),
            "{}",
            found[0].text
        );
        assert!(problems(&Failure::Network, "Priya Shah")[0]
            .text
            .contains("kept"));
    }
}
