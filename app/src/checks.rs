//! Checks made in the browser before a sign-in form is sent, so an empty box
//! never costs one of the few tries the server allows.

use domain::api::MIN_PASSPHRASE_CHARS;

use crate::errors::{too_short, Problem, CODE, EMAIL, PASSPHRASE, PASSWORD, USERNAME};
use crate::t;

/// The child sign-in form.
pub fn check_child(username: &str, passphrase: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    if username.trim().is_empty() {
        problems.push(Problem::at(USERNAME, t!("error-enter-username")));
    }
    if passphrase.is_empty() {
        problems.push(Problem::at(PASSPHRASE, t!("error-enter-passphrase")));
    }
    problems
}

/// The staff sign-in form.
pub fn check_staff(email: &str, password: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    if email.trim().is_empty() {
        problems.push(Problem::at(EMAIL, t!("error-enter-email")));
    }
    if password.is_empty() {
        problems.push(Problem::at(PASSWORD, t!("error-enter-password")));
    }
    problems
}

/// Choosing a passphrase with a code.
pub fn check_activation(
    username: &str,
    code: &str,
    passphrase: &str,
    officer: &str,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    if username.trim().is_empty() {
        problems.push(Problem::at(USERNAME, t!("error-enter-username")));
    }
    if code.trim().is_empty() {
        problems.push(Problem::at(CODE, t!("error-enter-code", officer = officer)));
    }
    if passphrase.is_empty() {
        problems.push(Problem::at(PASSPHRASE, t!("error-choose-passphrase")));
    } else if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        problems.push(Problem::at(PASSPHRASE, too_short()));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(p[0].text, "Enter the code from your IRO");
    }
}
