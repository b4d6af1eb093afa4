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

/// Name of the session cookie (HttpOnly, SameSite=Strict, Secure). The
/// `__Host-` prefix makes browsers refuse it unless it is Secure, for this
/// host only and for every path, so a neighbouring site cannot plant one.
pub const SESSION_COOKIE: &str = "__Host-mysay_session";

/// The session cookie's name when the server answers plain HTTP on its own
/// machine (development, the tests): browsers refuse `__Host-` cookies that
/// are not Secure, and a Secure cookie is never sent over plain HTTP.
pub const SESSION_COOKIE_PLAIN_HTTP: &str = "mysay_session";

/// Where a quick exit ends: somewhere ordinary that draws no attention.
pub const NEUTRAL_SITE: &str = "https://www.bbc.co.uk/weather";

/// Shortest passphrase a child may choose.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Child,
    Carer,
    Advocate,
    ReviewingOfficer,
    /// A child's social worker (linked to their children like an officer).
    SocialWorker,
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
    /// The language this person last chose from the menu (a BCP 47 tag such
    /// as `cy`), applied when they sign in; `None` until they choose.
    #[serde(default)]
    pub language: Option<String>,
}

/// `PUT /api/me/language`: the language chosen from the menu, kept with the account.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct LanguageChoice {
    pub language: String,
}

impl LanguageChoice {
    /// A BCP 47 tag in shape (`cy`, `en-GB`, `ar-XB`): letters, digits and
    /// hyphens, starting with a letter. Whether this build has it is for the
    /// app to decide; the server only refuses what could not be a tag.
    pub fn is_well_formed(&self) -> bool {
        let tag = self.language.as_str();
        (2..=35).contains(&tag.len())
            && tag.starts_with(|c: char| c.is_ascii_alphabetic())
            && tag.split('-').all(|part| {
                !part.is_empty()
                    && part.len() <= 8
                    && part.chars().all(|c| c.is_ascii_alphanumeric())
            })
    }
}

/// `GET /api/settings` (public): deployment settings the front end needs
/// before anyone signs in.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Settings {
    /// Short title of the reviewing officer role in this council, e.g. "CISRO" or "IRO".
    pub officer_title: String,
    /// Name of the council running this deployment.
    pub council_name: String,
    /// The most bytes one uploaded file may have.
    #[serde(default)]
    pub max_upload_bytes: u64,
    /// Working days an officer has to answer a request before it is overdue.
    #[serde(default)]
    pub answer_working_days: u32,
}

// ---- Errors -----------------------------------------------------------------

/// Body of every non-2xx answer from `/api/`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ApiError {
    pub code: ErrorCode,
    /// For `TooManyTries` and `Busy`: seconds until signing in may be tried again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_secs: Option<u64>,
    /// For `TooLarge` on an upload: the most bytes a file may have. For
    /// `TooLong` fields: the most characters a box may hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// For `InvalidInput`: which fields were wrong.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
    /// For `AlreadyDecided`: the decision that stands, to show instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Box<crate::requests::Decision>>,
    /// For `AskedRecently`: the first day it may be asked again.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "wire_date::optional"
    )]
    pub from: Option<NaiveDate>,
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
    /// No longer sent: a child who has not chosen a passphrase yet is
    /// answered `WrongDetails`, so usernames cannot be found out. Kept so a
    /// page from before the change still reads an answer it knows.
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
    /// Field code: a chosen passphrase that is common or easily guessed.
    PassphraseTooWeak,
    /// Field code: longer than `sign_in_rules::MAX_NAME_CHARS`.
    TooLong,
    /// 503: too many sign-ins are being checked at once; see `retry_after_secs`.
    Busy,
    /// 403: a state-changing request without the CSRF header or from another site.
    CrossSite,
    /// 405: this API path does not take this method (see the `Allow` header).
    MethodNotAllowed,
    /// 413: the request body is larger than the API accepts.
    TooLarge,
    /// 422: a contribution or addition with nothing written, chosen or attached.
    NothingToSend,
    /// 422: an uploaded file with no bytes.
    EmptyFile,
    /// 415: an uploaded file whose content is not PDF, Word (docx), JPEG or PNG,
    /// whatever its name says.
    WrongFileType,
    /// Field code: a date that has already passed (booking a review).
    InThePast,
    /// Field code: not a time of day written `HH:MM`.
    NotATime,
    /// 409: the child already has a review booked that is not yet held.
    AlreadyScheduled,
    /// 409: recording as held a review that is already held, or whose day has not come.
    NotHeldYet,
    /// 409: a request already decided (see `ApiError.decision`), or a
    /// suggestion already answered. A correction says which decision it corrects.
    AlreadyDecided,
    /// 409: the child said no to an advocate recently; see `ApiError.from`.
    AskedRecently,
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
    #[serde(default, deserialize_with = "wire_date::optional")]
    pub last_review: Option<NaiveDate>,
    /// The date the next review must happen by (statutory, or the date already
    /// scheduled if earlier).
    #[serde(deserialize_with = "wire_date::one")]
    pub next_review_due: NaiveDate,
    /// True when `next_review_due` is the scheduled date rather than the limit.
    pub next_review_is_scheduled: bool,
    /// The booked review's time and place, when it is booked.
    #[serde(default)]
    pub next_review_booked: Option<crate::reviews::ReviewSummary>,
    /// Who to ask when there is no officer yet: the child's social worker.
    pub social_worker: Option<Contact>,
    /// The advocate allocated to the child, if any: name and how to reach them.
    #[serde(default)]
    pub advocate: Option<Contact>,
    /// For the child themself: an adult has suggested an advocate and the
    /// child has not answered yet, so the home asks them (and only then
    /// loads the question's code). Always false for anyone else.
    #[serde(default)]
    pub advocate_offer_waiting: bool,
    /// For the child themself: which version of the rights pages fits their
    /// age today. None for anyone else.
    #[serde(default)]
    pub rights_age: Option<crate::rights::AgeGroup>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct OfficerContact {
    pub name: String,
    pub email: String,
    pub phone: String,
    /// The date they became this child's officer.
    #[serde(deserialize_with = "wire_date::one")]
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
    #[serde(deserialize_with = "wire_date::one")]
    pub today: NaiveDate,
    pub children: Vec<CaseloadRow>,
    /// Managers only (empty for others): children with no officer after their
    /// appoint-by day (`review_dates::appoint_by`).
    pub without_officer: Vec<WithoutOfficerRow>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CaseloadRow {
    pub child_id: i64,
    pub name: String,
    pub age: u32,
    pub placement: PlacementType,
    pub officer_name: Option<String>,
    #[serde(default, deserialize_with = "wire_date::optional")]
    pub last_review: Option<NaiveDate>,
    #[serde(deserialize_with = "wire_date::one")]
    pub next_review_due: NaiveDate,
    /// `next_review_due` is before today.
    pub overdue: bool,
    /// `next_review_due` falls on one of the council's closure days: a warning
    /// to book it earlier. Closures never move a statutory date.
    #[serde(default)]
    pub next_review_on_closure_day: bool,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct WithoutOfficerRow {
    pub child_id: i64,
    pub name: String,
    #[serde(deserialize_with = "wire_date::one")]
    pub looked_after_since: NaiveDate,
    pub working_days_in_care: u32,
    /// The last day an officer should have been appointed by (5 working days).
    #[serde(deserialize_with = "wire_date::one")]
    pub appoint_by: NaiveDate,
}

/// `GET /api/children/{id}`: the full record, for adults who work with the child.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ChildRecord {
    pub child_id: i64,
    pub name: String,
    #[serde(deserialize_with = "wire_date::one")]
    pub date_of_birth: NaiveDate,
    #[serde(deserialize_with = "wire_date::one")]
    pub looked_after_since: NaiveDate,
    pub placement: PlacementType,
    pub officer: Option<OfficerContact>,
    #[serde(default, deserialize_with = "wire_date::optional")]
    pub officer_told_on: Option<NaiveDate>,
    pub officer_told_by: Option<ToldBy>,
    pub social_worker: Option<Contact>,
    pub siblings: Vec<SiblingOfficer>,
    pub carers: Vec<String>,
    #[serde(deserialize_with = "wire_date::list")]
    pub reviews_held: Vec<NaiveDate>,
    #[serde(deserialize_with = "wire_date::list")]
    pub reviews_scheduled: Vec<NaiveDate>,
    #[serde(deserialize_with = "wire_date::one")]
    pub next_review_due: NaiveDate,
    /// `next_review_due` falls on one of the council's closure days.
    #[serde(default)]
    pub next_review_on_closure_day: bool,
}

/// Reading the dates above from JSON. They travel as chrono writes them,
/// "2027-01-05" (`NaiveDate`'s `Display`, `Serialize` unchanged), but chrono's
/// own `Deserialize` goes through its general format parser, about 12 KB of
/// the front end's WebAssembly for a fixed pattern. This reads that pattern
/// and nothing else: an optional sign, the year, month and day as numbers
/// separated by `-`, as chrono writes every year (`-0001`, `+10000`).
pub(crate) mod wire_date {
    use chrono::NaiveDate;
    use serde::de::{Deserialize, Deserializer, Error, Unexpected, Visitor};
    use std::fmt;

    pub fn one<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        WireDate::deserialize(deserializer).map(|date| date.0)
    }

    pub fn optional<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        Option::<WireDate>::deserialize(deserializer).map(|date| date.map(|date| date.0))
    }

    pub fn list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<NaiveDate>, D::Error> {
        Vec::<WireDate>::deserialize(deserializer)
            .map(|dates| dates.into_iter().map(|date| date.0).collect())
    }

    struct WireDate(NaiveDate);

    impl<'de> Deserialize<'de> for WireDate {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_str(WireDateVisitor)
        }
    }

    struct WireDateVisitor;

    impl Visitor<'_> for WireDateVisitor {
        type Value = WireDate;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str("a date written YYYY-MM-DD")
        }

        fn visit_str<E: Error>(self, text: &str) -> Result<WireDate, E> {
            parse(text)
                .map(WireDate)
                .ok_or_else(|| E::invalid_value(Unexpected::Str(text), &self))
        }
    }

    /// `[+|-]Y-M-D`: up to four year digits without a sign (more with one, as
    /// chrono writes years past 9999), one or two for month and day.
    pub(crate) fn parse(text: &str) -> Option<NaiveDate> {
        let (sign, rest) = match text.as_bytes().first()? {
            b'-' => (-1, &text[1..]),
            b'+' => (1, &text[1..]),
            _ => (0, text),
        };
        let mut parts = rest.split('-');
        let year = number(parts.next()?, if sign == 0 { 4 } else { 6 })? as i32;
        let month = number(parts.next()?, 2)?;
        let day = number(parts.next()?, 2)?;
        if parts.next().is_some() {
            return None;
        }
        let year = if sign < 0 { -year } else { year };
        NaiveDate::from_ymd_opt(year, month, day)
    }

    /// One to `max_digits` ASCII digits, nothing else.
    fn number(text: &str, max_digits: usize) -> Option<u32> {
        if text.is_empty() || text.len() > max_digits {
            return None;
        }
        text.bytes().try_fold(0u32, |value, byte| {
            byte.is_ascii_digit()
                .then(|| value * 10 + u32::from(byte - b'0'))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn reads_every_date_as_chrono_writes_it() {
        let mut day = date(1899, 12, 25);
        while day < date(2101, 1, 10) {
            let written = day.to_string();
            assert_eq!(wire_date::parse(&written), Some(day), "{written}");
            day = day.succ_opt().unwrap();
        }
        for edge in [
            date(0, 1, 1),
            date(1, 1, 1),
            date(-1, 12, 31),
            date(9999, 12, 31),
            date(10000, 1, 1),
            date(-10000, 1, 1),
            NaiveDate::MIN,
            NaiveDate::MAX,
        ] {
            let written = edge.to_string();
            assert_eq!(wire_date::parse(&written), Some(edge), "{written}");
        }
    }

    #[test]
    fn agrees_with_chrono_on_short_numbers() {
        for text in ["2027-1-5", "27-01-05", "+2027-01-05", "-44-3-15", "0-1-1"] {
            assert_eq!(
                wire_date::parse(text),
                text.parse::<NaiveDate>().ok(),
                "{text}"
            );
        }
    }

    #[test]
    fn refuses_anything_else() {
        for text in [
            "",
            "-",
            "+",
            "2027",
            "2027-01",
            "2027-01-",
            "2027--01-05",
            "2027-01-05-",
            "2027-01-05x",
            "2027-01-05T00:00:00",
            "2027/01/05",
            "20270105",
            "12027-01-05",
            "2027-001-05",
            "2027-01-005",
            "2027-13-01",
            "2027-00-10",
            "2027-02-29",
            "2027-04-31",
            "2027-01-00",
            "+-2027-01-05",
            "--2027-01-05",
            "2027-+1-05",
            "2027-01-+5",
            "+9999999-01-01",
            "٢٠٢٧-01-05",
        ] {
            assert_eq!(wire_date::parse(text), None, "{text}");
        }
    }

    #[test]
    fn json_shape_is_unchanged() {
        let page = OfficerPage {
            child_id: 7,
            child_first_name: "Sam".into(),
            officer: Some(OfficerContact {
                name: "Ann Lee".into(),
                email: "ann@example.org".into(),
                phone: "01234 567890".into(),
                since: date(2025, 3, 4),
            }),
            siblings: Vec::new(),
            last_review: None,
            next_review_due: date(2027, 1, 5),
            next_review_is_scheduled: false,
            next_review_booked: None,
            social_worker: None,
            advocate: None,
            advocate_offer_waiting: false,
            rights_age: None,
        };
        let json = serde_json::to_value(&page).unwrap();
        assert_eq!(json["next_review_due"], "2027-01-05");
        assert_eq!(json["officer"]["since"], "2025-03-04");
        assert_eq!(json["last_review"], serde_json::Value::Null);
        let back: OfficerPage = serde_json::from_value(json).unwrap();
        assert_eq!(back, page);
    }

    #[test]
    fn optional_dates_may_be_null_or_missing_and_lists_read_in_order() {
        let json = serde_json::json!({
            "child_id": 1,
            "name": "Sam Jones",
            "date_of_birth": "2012-05-06",
            "looked_after_since": "2024-11-30",
            "placement": "foster",
            "officer": null,
            "officer_told_by": null,
            "social_worker": null,
            "siblings": [],
            "carers": [],
            "reviews_held": ["2025-01-02", "2025-06-30"],
            "reviews_scheduled": [],
            "next_review_due": "2025-12-30"
        });
        let record: ChildRecord = serde_json::from_value(json).unwrap();
        assert_eq!(record.officer_told_on, None);
        assert_eq!(
            record.reviews_held,
            vec![date(2025, 1, 2), date(2025, 6, 30)]
        );
        assert!(record.reviews_scheduled.is_empty());
    }

    #[test]
    fn a_bad_date_is_an_error_not_a_default() {
        let json = serde_json::json!({
            "today": "2025-13-01",
            "children": [],
            "without_officer": []
        });
        assert!(serde_json::from_value::<Caseload>(json).is_err());
    }
}
