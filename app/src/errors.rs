//! A problem with a form, as every form shows it: in the error summary and,
//! when it belongs to a field, above that field. (The sign-in forms' words
//! are the server's now: `pages/src/sign_in.rs`.)

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
