//! The JSON API between the front end and the server. Every user-facing word
//! is chosen by the front end from `locales/` using the codes below; the
//! server sends data and stable codes, never sentences.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Header every state-changing request must carry. Browsers will not send a
/// custom header cross-site without a CORS preflight, which the server never
/// grants, so this blocks cross-site request forgery.
pub const CSRF_HEADER: &str = "x-mysay-request";
pub const CSRF_VALUE: &str = "1";

/// Name of the session cookie (HttpOnly, SameSite=Strict).
pub const SESSION_COOKIE: &str = "mysay_session";

/// Shortest passphrase a child may choose.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Child,
    Carer,
    Advocate,
    ReviewingOfficer,
    Manager,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PlacementType {
    Foster,
    Kinship,
    Residential,
    Secure,
    Adoptive,
    ShortBreaks,
    Independent,
    Other,
}

/// How a child was told who their reviewing officer is.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ToldBy {
    Email,
    Text,
    InPerson,
}

// ---- Signing in -------------------------------------------------------------

/// `POST /api/session/child`
#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct ChildSignIn {
    pub username: String,
    pub passphrase: String,
}

/// `POST /api/session/staff`
#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct StaffSignIn {
    pub email: String,
    pub password: String,
}

/// `POST /api/session/activate`: a child's first sign-in, with the one-time
/// code from their officer and the passphrase they choose. Signs them in.
#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct Activation {
    pub username: String,
    pub code: String,
    pub passphrase: String,
}

/// `GET /api/me`, and the body of a successful sign-in or activation.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Me {
    pub user_id: i64,
    pub role: Role,
    pub display_name: String,
    /// Set for a child: the child record that is theirs.
    pub child_id: Option<i64>,
    /// Seconds of inactivity before the server ends the session.
    pub idle_timeout_secs: u64,
}

/// `GET /api/settings` (public): deployment settings the front end needs
/// before anyone signs in.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Settings {
    /// Short title of the reviewing officer role in this council, e.g. "CISRO" or "IRO".
    pub officer_title: String,
    /// Name of the council running this deployment.
    pub council_name: String,
}

// ---- Errors -----------------------------------------------------------------

/// Body of every non-2xx answer from `/api/`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ApiError {
    pub code: ErrorCode,
    /// For `TooManyTries`: seconds until signing in may be tried again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_secs: Option<u64>,
    /// For `InvalidInput`: which fields were wrong.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: String,
    pub code: ErrorCode,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 401: no valid session (never signed in, timed out, signed out).
    NotSignedIn,
    /// 403: signed in, but not allowed to see or do this.
    Forbidden,
    /// 404
    NotFound,
    /// 401 at sign-in: the name and passphrase/password do not match.
    WrongDetails,
    /// 401 at sign-in: this child has not chosen a passphrase yet.
    NeedsActivation,
    /// 401 at activation: the code is wrong, used or expired.
    BadActivationCode,
    /// 429 at sign-in.
    TooManyTries,
    /// 422: see `fields`.
    InvalidInput,
    /// Field code: required and empty.
    Required,
    /// Field code: passphrase shorter than `MIN_PASSPHRASE_CHARS`.
    PassphraseTooShort,
    /// 403: a state-changing request without the CSRF header or from another site.
    CrossSite,
    /// 500: something broke on the server; details are logged, not sent.
    ServerError,
}

// ---- A child's reviewing officer --------------------------------------------

/// `GET /api/children/{id}/officer`: what the child's home page shows.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct OfficerPage {
    pub child_id: i64,
    pub child_first_name: String,
    /// None when no officer is appointed yet.
    pub officer: Option<OfficerContact>,
    /// Brothers and sisters who are also looked after, and whether each has
    /// the same officer as this child. Empty when there are none.
    pub siblings: Vec<SiblingOfficer>,
    pub last_review: Option<NaiveDate>,
    /// The date the next review must happen by (statutory, or the date already
    /// scheduled if earlier).
    pub next_review_due: NaiveDate,
    /// True when `next_review_due` is the scheduled date rather than the limit.
    pub next_review_is_scheduled: bool,
    /// Who to ask when there is no officer yet: the child's social worker.
    pub social_worker: Option<Contact>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct OfficerContact {
    pub name: String,
    pub email: String,
    pub phone: String,
    /// The date they became this child's officer.
    pub since: NaiveDate,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SiblingOfficer {
    pub first_name: String,
    pub same_officer: bool,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Contact {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

// ---- Staff: the children someone works with --------------------------------

/// `GET /api/children`: the children the signed-in adult works with, sorted by
/// next review due date (soonest first). Officers see theirs, carers the
/// children placed with them, advocates the children they support, managers
/// everyone. Children get 403.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Caseload {
    pub today: NaiveDate,
    pub children: Vec<CaseloadRow>,
    /// Managers only (empty for others): children past
    /// `OFFICER_APPOINTMENT_WORKING_DAYS` working days in care with no officer.
    pub without_officer: Vec<WithoutOfficerRow>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CaseloadRow {
    pub child_id: i64,
    pub name: String,
    pub age: u32,
    pub placement: PlacementType,
    pub officer_name: Option<String>,
    pub last_review: Option<NaiveDate>,
    pub next_review_due: NaiveDate,
    /// `next_review_due` is before today.
    pub overdue: bool,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct WithoutOfficerRow {
    pub child_id: i64,
    pub name: String,
    pub looked_after_since: NaiveDate,
    pub working_days_in_care: u32,
}

/// `GET /api/children/{id}`: the full record, for adults who work with the child.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ChildRecord {
    pub child_id: i64,
    pub name: String,
    pub date_of_birth: NaiveDate,
    pub looked_after_since: NaiveDate,
    pub placement: PlacementType,
    pub officer: Option<OfficerContact>,
    pub officer_told_on: Option<NaiveDate>,
    pub officer_told_by: Option<ToldBy>,
    pub social_worker: Option<Contact>,
    pub siblings: Vec<SiblingOfficer>,
    pub carers: Vec<String>,
    pub reviews_held: Vec<NaiveDate>,
    pub reviews_scheduled: Vec<NaiveDate>,
    pub next_review_due: NaiveDate,
}
