//! What a sign-in or activation form must hold before it is worth checking.
//! The page runs these before sending and the server runs them again, so the
//! same problem gets the same code (and so the same words) on both sides.
//!
//! Names and codes are forgiving (spaces around them, any case); secrets are
//! taken exactly as typed, because a space can be part of a passphrase.

use crate::api::{ErrorCode, FieldError, MIN_PASSPHRASE_CHARS};

/// Field names: the JSON names of the forms' fields, and the page's input ids.
pub const USERNAME: &str = "username";
pub const PASSPHRASE: &str = "passphrase";
pub const CODE: &str = "code";
pub const EMAIL: &str = "email";
pub const PASSWORD: &str = "password";

/// The longest name, email address or code accepted: the longest email
/// address that can be delivered (RFC 5321), and plenty for anything else.
pub const MAX_NAME_CHARS: usize = 254;

/// A username or email address as it is looked up: case and surrounding
/// spaces do not matter.
pub fn normalise_name(name: &str) -> String {
    name.trim().to_lowercase()
}

/// An activation code as it is compared: codes are read out or copied from
/// paper, so case, spaces and the hyphen in the middle do not matter.
pub fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// `POST /api/session/child`.
pub fn child_sign_in(username: &str, passphrase: &str) -> Vec<FieldError> {
    [name(USERNAME, username), secret(PASSPHRASE, passphrase)]
        .into_iter()
        .flatten()
        .collect()
}

/// `POST /api/session/staff`.
pub fn staff_sign_in(email: &str, password: &str) -> Vec<FieldError> {
    [name(EMAIL, email), secret(PASSWORD, password)]
        .into_iter()
        .flatten()
        .collect()
}

/// `POST /api/session/activate`: the passphrase is being chosen, so it must
/// also be long enough. (Whether it is too easy to guess is checked by the
/// server only: the word lists are too big for the page.)
pub fn activation(username: &str, code: &str, passphrase: &str) -> Vec<FieldError> {
    let chosen = secret(PASSPHRASE, passphrase).or_else(|| {
        (passphrase.chars().count() < MIN_PASSPHRASE_CHARS)
            .then(|| problem(PASSPHRASE, ErrorCode::PassphraseTooShort))
    });
    // Not `normalise_code(code).is_empty()`: upper-casing would put
    // Unicode's case tables into the page's wasm for nothing.
    let code = if code.chars().all(|c| c.is_whitespace() || c == '-') {
        Some(problem(CODE, ErrorCode::Required))
    } else {
        name(CODE, code)
    };
    [name(USERNAME, username), code, chosen]
        .into_iter()
        .flatten()
        .collect()
}

fn name(field: &str, value: &str) -> Option<FieldError> {
    let value = value.trim();
    if value.is_empty() {
        Some(problem(field, ErrorCode::Required))
    } else if value.chars().count() > MAX_NAME_CHARS {
        Some(problem(field, ErrorCode::TooLong))
    } else {
        None
    }
}

fn secret(field: &str, value: &str) -> Option<FieldError> {
    value
        .is_empty()
        .then(|| problem(field, ErrorCode::Required))
}

fn problem(field: &str, code: ErrorCode) -> FieldError {
    FieldError {
        field: field.into(),
        code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(problems: &[FieldError]) -> Vec<(&str, ErrorCode)> {
        problems
            .iter()
            .map(|p| (p.field.as_str(), p.code))
            .collect()
    }

    #[test]
    fn empty_names_and_secrets_are_required_but_a_spaced_secret_is_not_empty() {
        assert_eq!(
            codes(&child_sign_in("  ", "")),
            [
                (USERNAME, ErrorCode::Required),
                (PASSPHRASE, ErrorCode::Required)
            ]
        );
        assert!(child_sign_in(" sam ", "   ").is_empty());
        assert_eq!(
            codes(&staff_sign_in("", "x")),
            [(EMAIL, ErrorCode::Required)]
        );
    }

    #[test]
    fn names_and_emails_are_capped_at_254_characters() {
        let longest = format!("{}@example.org", "a".repeat(MAX_NAME_CHARS - 12));
        assert_eq!(longest.chars().count(), MAX_NAME_CHARS);
        assert!(staff_sign_in(&longest, "pw").is_empty());
        let too_long = format!("a{longest}");
        assert_eq!(
            codes(&staff_sign_in(&too_long, "pw")),
            [(EMAIL, ErrorCode::TooLong)]
        );
        assert_eq!(
            codes(&child_sign_in(&"é".repeat(255), "pw")),
            [(USERNAME, ErrorCode::TooLong)]
        );
    }

    #[test]
    fn a_chosen_passphrase_is_counted_in_characters_not_bytes() {
        // Seven emoji are 28 bytes but still too short.
        assert_eq!(
            codes(&activation("ruby", "ABCD-2345", "🐯🐯🐯🐯🐯🐯🐯")),
            [(PASSPHRASE, ErrorCode::PassphraseTooShort)]
        );
        assert!(activation("ruby", "ABCD-2345", "🐯🐯🐯🐯🐯🐯🐯🐯").is_empty());
        assert_eq!(
            codes(&activation("", " - ", "")),
            [
                (USERNAME, ErrorCode::Required),
                (CODE, ErrorCode::Required),
                (PASSPHRASE, ErrorCode::Required)
            ]
        );
    }

    #[test]
    fn names_and_codes_are_forgiving() {
        assert_eq!(normalise_name("  Priya@Example.ORG "), "priya@example.org");
        assert_eq!(normalise_code(" ruby-2468 "), "RUBY2468");
        assert_eq!(normalise_code("abcd 2345"), "ABCD2345");
    }
}
