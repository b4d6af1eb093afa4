//! Which words to show when the server turns a sign-in form down. Kept apart
//! from the pages so every rule is unit-tested without a browser.

use domain::api::{ErrorCode, FieldError, MIN_PASSPHRASE_CHARS};
use domain::sign_in_rules::{self, MAX_NAME_CHARS};

use crate::api::Failure;
use crate::t;

/// Field names: the JSON names the server uses, and the `id`s of the inputs.
pub const USERNAME: &str = sign_in_rules::USERNAME;
pub const PASSPHRASE: &str = sign_in_rules::PASSPHRASE;
pub const CODE: &str = sign_in_rules::CODE;
pub const EMAIL: &str = sign_in_rules::EMAIL;
pub const PASSWORD: &str = sign_in_rules::PASSWORD;

/// The server does not always say how long a lock lasts; this is its usual length.
const DEFAULT_RETRY_MINUTES: u64 = 5;

/// The three sign-in forms: the same server code reads differently on each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Child,
    Staff,
    Activate,
}

/// One problem, shown in the error summary and, when it belongs to a field,
/// above that field.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub field: Option<&'static str>,
    pub text: String,
}

impl Problem {
    /// A problem with one field.
    pub fn at(field: &'static str, text: String) -> Self {
        Problem {
            field: Some(field),
            text,
        }
    }
}

impl Form {
    fn first_field(self) -> &'static str {
        match self {
            Form::Staff => EMAIL,
            Form::Child | Form::Activate => USERNAME,
        }
    }

    /// The form's own spelling of a field name the server sent, if it has that field.
    fn field(self, name: &str) -> Option<&'static str> {
        let fields: &[&'static str] = match self {
            Form::Child => &[USERNAME, PASSPHRASE],
            Form::Staff => &[EMAIL, PASSWORD],
            Form::Activate => &[USERNAME, CODE, PASSPHRASE],
        };
        fields.iter().copied().find(|field| *field == name)
    }
}

/// What to show when the server said no, or could not be reached.
pub fn problems_for(form: Form, failure: &Failure, officer: &str) -> Vec<Problem> {
    let error = match failure {
        Failure::Api(error) => error,
        Failure::Network => return vec![general(t!("error-network"))],
        Failure::BadResponse => return vec![general(t!("error-server"))],
    };
    let first = form.first_field();
    let problem = match (error.code, form) {
        (ErrorCode::WrongDetails, Form::Staff) => {
            Problem::at(EMAIL, t!("error-wrong-details-staff"))
        }
        (ErrorCode::WrongDetails, Form::Child) => {
            Problem::at(USERNAME, t!("error-wrong-details-child", officer = officer))
        }
        (ErrorCode::WrongDetails | ErrorCode::BadActivationCode, _) => {
            Problem::at(CODE, t!("error-bad-code", officer = officer))
        }
        (ErrorCode::NeedsActivation, _) => {
            Problem::at(first, t!("error-needs-activation", officer = officer))
        }
        (ErrorCode::TooManyTries, _) => {
            Problem::at(first, too_many_tries(form, error.retry_after_secs, officer))
        }
        (ErrorCode::InvalidInput, _) if !error.fields.is_empty() => {
            return error
                .fields
                .iter()
                .map(|field| field_problem(form, field, officer))
                .collect();
        }
        (ErrorCode::Busy, _) => general(t!("error-busy")),
        _ => general(t!("error-server")),
    };
    vec![problem]
}

/// Whole minutes to wait, rounded up so we never say "0 minutes".
pub fn retry_minutes(retry_after_secs: Option<u64>) -> u64 {
    retry_after_secs.map_or(DEFAULT_RETRY_MINUTES, |secs| secs.div_ceil(60).max(1))
}

fn too_many_tries(form: Form, retry_after_secs: Option<u64>, officer: &str) -> String {
    let minutes = retry_minutes(retry_after_secs);
    match form {
        Form::Staff => t!("error-too-many-tries-staff", minutes = minutes),
        Form::Child | Form::Activate => {
            t!(
                "error-too-many-tries-child",
                minutes = minutes,
                officer = officer
            )
        }
    }
}

/// The words for one field that breaks a form rule, whether the page or the
/// server found it (both run `domain::sign_in_rules`).
pub fn field_problem(form: Form, error: &FieldError, officer: &str) -> Problem {
    let Some(field) = form.field(&error.field) else {
        return general(t!("error-server"));
    };
    let text = match (error.code, field) {
        (ErrorCode::PassphraseTooShort, _) => too_short(),
        (ErrorCode::PassphraseTooWeak, _) => t!("error-passphrase-too-weak"),
        (ErrorCode::TooLong, _) => t!("error-too-long", max = MAX_NAME_CHARS),
        (ErrorCode::Required, CODE) => t!("error-enter-code", officer = officer),
        (ErrorCode::Required, USERNAME) => t!("error-enter-username"),
        (ErrorCode::Required, PASSPHRASE) if form == Form::Activate => {
            t!("error-choose-passphrase")
        }
        (ErrorCode::Required, PASSPHRASE) => t!("error-enter-passphrase"),
        (ErrorCode::Required, EMAIL) => t!("error-enter-email"),
        (ErrorCode::Required, PASSWORD) => t!("error-enter-password"),
        _ => t!("error-check-field"),
    };
    Problem::at(field, text)
}

/// "Your passphrase must be at least 8 characters".
pub fn too_short() -> String {
    t!("error-passphrase-too-short", min = MIN_PASSPHRASE_CHARS)
}

fn general(text: String) -> Problem {
    Problem { field: None, text }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::api::ApiError;

    fn api(code: ErrorCode, retry_after_secs: Option<u64>) -> Failure {
        Failure::Api(ApiError {
            code,
            retry_after_secs,
            limit: None,
            fields: Vec::new(),
            decision: None,
            from: None,
        })
    }

    #[test]
    fn wrong_details_read_differently_for_children_and_staff() {
        let child = problems_for(Form::Child, &api(ErrorCode::WrongDetails, None), "CISRO");
        assert_eq!(
            child,
            vec![Problem::at(
                USERNAME,
                "The username or passphrase is not right. Check them and try again. \
                 If you have not chosen a passphrase yet, use the code from your CISRO."
                    .into()
            )]
        );
        let staff = problems_for(Form::Staff, &api(ErrorCode::WrongDetails, None), "CISRO");
        assert_eq!(staff[0].field, Some(EMAIL));
        assert_eq!(
            staff[0].text,
            "The email address or password is not right. Check them and try again."
        );
    }

    #[test]
    fn too_many_tries_rounds_minutes_up_and_uses_plurals() {
        let p = problems_for(
            Form::Child,
            &api(ErrorCode::TooManyTries, Some(241)),
            "CISRO",
        );
        assert_eq!(
            p[0].text,
            "Too many tries. Wait 5 minutes or ask your CISRO."
        );
        let p = problems_for(Form::Child, &api(ErrorCode::TooManyTries, Some(30)), "IRO");
        assert_eq!(p[0].text, "Too many tries. Wait 1 minute or ask your IRO.");
        let p = problems_for(Form::Staff, &api(ErrorCode::TooManyTries, Some(600)), "IRO");
        assert_eq!(p[0].text, "Too many tries. Wait 10 minutes and try again.");
    }

    #[test]
    fn retry_minutes_never_says_zero() {
        assert_eq!(retry_minutes(Some(0)), 1);
        assert_eq!(retry_minutes(Some(60)), 1);
        assert_eq!(retry_minutes(Some(61)), 2);
        assert_eq!(retry_minutes(None), DEFAULT_RETRY_MINUTES);
    }

    #[test]
    fn network_failure_is_not_tied_to_a_field() {
        let p = problems_for(Form::Child, &Failure::Network, "CISRO");
        assert_eq!(p[0].field, None);
        assert!(p[0].text.contains("online"));
    }

    #[test]
    fn a_bad_code_points_at_the_code_field() {
        let p = problems_for(
            Form::Activate,
            &api(ErrorCode::BadActivationCode, None),
            "CISRO",
        );
        assert_eq!(p[0].field, Some(CODE));
        assert!(p[0].text.contains("ask your CISRO for a new one"));
    }

    #[test]
    fn a_busy_server_and_a_weak_or_long_entry_have_their_own_words() {
        let p = problems_for(Form::Child, &api(ErrorCode::Busy, Some(1)), "CISRO");
        assert_eq!(p[0].field, None);
        assert!(p[0].text.contains("Wait a moment"));
        let weak = FieldError {
            field: "passphrase".into(),
            code: ErrorCode::PassphraseTooWeak,
        };
        let p = field_problem(Form::Activate, &weak, "CISRO");
        assert!(p.text.contains("easy for someone to guess"), "{}", p.text);
        let long = FieldError {
            field: "email".into(),
            code: ErrorCode::TooLong,
        };
        assert_eq!(
            field_problem(Form::Staff, &long, "IRO").text,
            "This must be 254 characters or fewer"
        );
    }

    #[test]
    fn server_field_errors_land_on_their_fields() {
        let failure = Failure::Api(ApiError {
            code: ErrorCode::InvalidInput,
            retry_after_secs: None,
            limit: None,
            fields: vec![
                FieldError {
                    field: "code".into(),
                    code: ErrorCode::Required,
                },
                FieldError {
                    field: "passphrase".into(),
                    code: ErrorCode::PassphraseTooShort,
                },
            ],
            decision: None,
            from: None,
        });
        let p = problems_for(Form::Activate, &failure, "CISRO");
        // The same words the page's own check gives for an empty code.
        assert_eq!(
            p[0],
            Problem::at(CODE, "Enter the code from your CISRO".into())
        );
        assert_eq!(
            p[1],
            Problem::at(
                PASSPHRASE,
                "Your passphrase must be at least 8 characters".into()
            )
        );
    }
}
