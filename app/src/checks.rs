//! Checks made in the browser before a sign-in form is sent, so an empty box
//! never costs one of the few tries the server allows. The rules are
//! `domain::sign_in_rules`, the same the server runs, and the words come
//! from the same place as for the server's answers, so a problem reads the
//! same whichever side finds it.

use domain::api::FieldError;
use domain::sign_in_rules;

use crate::errors::{field_problem, Form, Problem};

fn problems(form: Form, found: &[FieldError], officer: &str) -> Vec<Problem> {
    found
        .iter()
        .map(|error| field_problem(form, error, officer))
        .collect()
}

/// The child sign-in form.
pub fn check_child(username: &str, passphrase: &str) -> Vec<Problem> {
    let found = sign_in_rules::child_sign_in(username, passphrase);
    problems(Form::Child, &found, "")
}

/// The staff sign-in form.
pub fn check_staff(email: &str, password: &str) -> Vec<Problem> {
    let found = sign_in_rules::staff_sign_in(email, password);
    problems(Form::Staff, &found, "")
}

/// Choosing a passphrase with a code.
pub fn check_activation(
    username: &str,
    code: &str,
    passphrase: &str,
    officer: &str,
) -> Vec<Problem> {
    let found = sign_in_rules::activation(username, code, passphrase);
    problems(Form::Activate, &found, officer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::errors::{CODE, EMAIL, PASSPHRASE, USERNAME};

    #[test]
    fn empty_boxes_are_caught_before_asking_the_server() {
        assert_eq!(check_child("sam", "secret words").len(), 0);
        let p = check_child("  ", "");
        assert_eq!(p[0], Problem::at(USERNAME, "Enter your username".into()));
        assert_eq!(
            p[1],
            Problem::at(PASSPHRASE, "Enter your passphrase".into())
        );
        assert_eq!(check_staff("", "x")[0].text, "Enter your email address");
    }

    #[test]
    fn a_short_passphrase_is_counted_in_characters_not_bytes() {
        // Seven emoji are 28 bytes but still too short.
        let p = check_activation("sam", "ABC123", "🐯🐯🐯🐯🐯🐯🐯", "CISRO");
        assert_eq!(p[0].field, Some(PASSPHRASE));
        assert!(check_activation("sam", "ABC123", "🐯🐯🐯🐯🐯🐯🐯🐯", "CISRO").is_empty());
        let p = check_activation("sam", "", "long enough", "IRO");
        assert_eq!(
            p[0],
            Problem::at(CODE, "Enter the code from your IRO".into())
        );
    }

    #[test]
    fn the_page_and_the_server_agree() {
        // A passphrase of spaces is not empty: the server checks it too.
        assert!(check_child("sam", "   ").is_empty());
        let long = format!("{}@example.org", "a".repeat(250));
        let p = check_staff(&long, "pw");
        assert_eq!(
            p,
            vec![Problem::at(
                EMAIL,
                "This must be 254 characters or fewer".into()
            )]
        );
    }
}
