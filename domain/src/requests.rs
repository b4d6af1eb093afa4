//! Asking for things and always getting an answer: a child's request for an
//! extra review or for an advocate, the decision on it (a refusal always
//! with written reasons), an adult's suggestion of an advocate that only the
//! child can take up, "I don't feel safe" alerts, and the list of what
//! changed for someone since they last looked (with its badge).
//!
//! Routes about one child (under `/api/children/{id}/`):
//! - `POST requests` (`NewRequest`): the child asks; answers `Request`. A
//!   repeat with the same `send_id` answers the first request, never a second.
//! - `GET requests`: the requests the reader may read (`Vec<Request>`,
//!   newest first). The child, their officer and the manager read all; the
//!   social worker reads extra-review requests (they get the copy of a
//!   refusal); the child's advocate reads advocate requests. Carers: 403.
//!   Every read is audited.
//! - `GET requests/{request_id}`: one (`Request`), audited.
//! - `POST requests/{request_id}/decision` (`Decide`): the child's own
//!   officer or a manager, on an extra-review request; answers the
//!   `Request` with its decisions (201). A second decision
//!   without `corrects` is 409 `AlreadyDecided` with `existing` set.
//! - `POST referrals` (`SuggestAdvocate`): the child's officer, carer or
//!   social worker suggests an advocate; answers `Referral`. While an earlier
//!   "no" is recent, 409 `AskedRecently` (see `Referral::ask_again_from`).
//! - `GET referrals`: `Vec<Referral>`, for the child and those who may suggest.
//! - `POST referrals/{referral_id}/answer` (`AnswerReferral`): the child
//!   only. A yes makes an advocate request (`Request`); a no is kept.
//! - `POST unsafe` (`RaiseAlert`): the child only; answers `AlertRaised`.
//!   Stored before anything else happens; nothing after that can fail it.
//!
//! Routes across children:
//! - `GET /api/requests`: `Vec<RequestListItem>` for an officer (their
//!   children), social worker (theirs, extra reviews) or manager (all).
//! - `GET /api/advocate-requests`: advocate requests waiting for an advocate
//!   (`Vec<RequestListItem>`), for advocates (the advocacy service) and managers.
//! - `POST /api/advocate-requests/{request_id}/allocation` (`Allocate`): an
//!   advocate takes the request on, or a manager names the advocate. The
//!   advocate is then linked to the child and shown on the child's home.
//! - `GET /api/alerts`: `Vec<Alert>` for the child's officer, social worker
//!   and managers.
//! - `GET /api/updates`: `Updates`, what changed for the signed-in person.
//! - `POST /api/updates/seen` (`SeenUpTo`): clears the badge up to an update.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::api::{wire_date, Contact, Role};

/// Longest a "why" or "about" box may be, in characters.
pub const MAX_REQUEST_TEXT_CHARS: usize = 2000;

/// Longest an officer's reasons or direction may be, in characters.
pub const MAX_DECISION_TEXT_CHARS: usize = 5000;

/// Working days an officer has to answer a request before it shows as
/// overdue, unless the council's setting says otherwise.
pub const DEFAULT_ANSWER_WORKING_DAYS: u32 = 5;

/// Days after a child says "no" to an advocate before anyone may suggest one again.
pub const REFERRAL_QUIET_DAYS: i64 = 90;

/// What a child asks for.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Asking {
    ExtraReview(ExtraReviewAsk),
    Advocate(AdvocateAsk),
}

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ExtraReviewAsk {
    /// Free text, optional when a quick reason is chosen.
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub quick_reasons: Vec<QuickReason>,
    pub when: WhenWanted,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum QuickReason {
    /// "My plan changed"
    PlanChanged,
    /// "I want to move"
    WantToMove,
    /// "Something is wrong where I live"
    SomethingWrongWhereILive,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum WhenWanted {
    /// "As soon as possible"
    #[default]
    AsSoonAsPossible,
    /// "In the next few weeks"
    InTheNextFewWeeks,
    /// "Before my next review is due" / "I don't mind"
    IDontMind,
}

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct AdvocateAsk {
    /// What it is about; optional.
    #[serde(default)]
    pub about: String,
    pub contact_by: ContactBy,
    /// A number or address when `contact_by` needs one; optional otherwise.
    #[serde(default)]
    pub contact_details: String,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ContactBy {
    /// "Come and see me" (where I live)
    #[default]
    InPerson,
    Phone,
    TextMessage,
    Email,
    /// "Through my reviewing officer"
    ThroughMyOfficer,
}

/// `POST /api/children/{id}/requests`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct NewRequest {
    /// Made by the client once per request (a UUID): a retry finds the first.
    pub send_id: String,
    pub asking: Asking,
}

/// A decision on an extra-review request.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The officer's direction to the team to arrange the review (required).
    Agreed { direction: String },
    /// Required, shown to the child word for word, copied to the social worker.
    Declined { reasons: String },
}

/// `POST …/requests/{request_id}/decision`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Decide {
    pub outcome: Outcome,
    /// Set to correct an earlier decision: the id of the decision it replaces.
    /// The earlier one is kept and still shown as corrected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrects: Option<i64>,
}

/// A decision as recorded: never changed, never deleted.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub decision_id: i64,
    pub outcome: Outcome,
    pub by_name: String,
    pub by_role: Role,
    #[serde(deserialize_with = "wire_date::one")]
    pub on: NaiveDate,
    pub at_ms: i64,
    /// The decision this one corrects.
    #[serde(default)]
    pub corrects: Option<i64>,
}

/// One step in a request's story, for "what happened, and when".
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct RequestStep {
    pub step: StepKind,
    #[serde(deserialize_with = "wire_date::one")]
    pub on: NaiveDate,
    /// Who took the step, when it was not the child.
    #[serde(default)]
    pub by_name: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    Asked,
    /// The officer (or advocacy service) first opened it.
    Read,
    Agreed,
    Declined,
    Corrected,
    AdvocateAllocated,
    /// The extra review was booked (after an agreement).
    ReviewBooked,
}

/// An advocate allocated to a child: what the child's home shows.
pub type AdvocateContact = Contact;

/// A request as its reader may see it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Request {
    pub request_id: i64,
    pub child_id: i64,
    pub child_first_name: String,
    pub asking: Asking,
    /// Who asked: the child, or the adult whose referral the child said yes to.
    #[serde(default)]
    pub from_referral_by: Option<String>,
    #[serde(deserialize_with = "wire_date::one")]
    pub asked_on: NaiveDate,
    pub asked_at_ms: i64,
    /// The last working day for an answer (`DEFAULT_ANSWER_WORKING_DAYS` or the setting).
    #[serde(deserialize_with = "wire_date::one")]
    pub answer_due: NaiveDate,
    /// Not answered and `answer_due` has passed.
    pub overdue: bool,
    /// Oldest first.
    pub steps: Vec<RequestStep>,
    /// Every decision, oldest first; the last one stands.
    #[serde(default)]
    pub decisions: Vec<Decision>,
    /// For an advocate request, once someone is allocated.
    #[serde(default)]
    pub advocate: Option<AdvocateContact>,
    /// For an agreed extra review, the review booked after the agreement.
    #[serde(default)]
    pub review_booked: Option<crate::reviews::ReviewSummary>,
}

/// One line in a staff list of requests.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RequestListItem {
    pub request_id: i64,
    pub child_id: i64,
    pub child_first_name: String,
    pub kind: RequestKind,
    #[serde(deserialize_with = "wire_date::one")]
    pub asked_on: NaiveDate,
    #[serde(deserialize_with = "wire_date::one")]
    pub answer_due: NaiveDate,
    pub overdue: bool,
    pub state: RequestState,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    ExtraReview,
    Advocate,
}

impl Asking {
    pub fn kind(&self) -> RequestKind {
        match self {
            Asking::ExtraReview(_) => RequestKind::ExtraReview,
            Asking::Advocate(_) => RequestKind::Advocate,
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RequestState {
    Waiting,
    Agreed,
    Declined,
    AdvocateAllocated,
}

/// `POST /api/advocate-requests/{request_id}/allocation`.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Allocate {
    /// A manager names the advocate; an advocate leaves it out to take it on themselves.
    #[serde(default)]
    pub advocate_id: Option<i64>,
}

/// `POST /api/children/{id}/referrals`.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct SuggestAdvocate {
    /// Made by the client once per suggestion.
    pub send_id: String,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ReferralAnswer {
    Yes,
    No,
}

/// `POST …/referrals/{referral_id}/answer`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct AnswerReferral {
    pub answer: ReferralAnswer,
}

/// An adult's suggestion that an advocate could help: "Priya thinks an
/// advocate could help you. Do you want one?"
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Referral {
    pub referral_id: i64,
    pub child_id: i64,
    pub suggested_by_name: String,
    pub suggested_by_role: Role,
    #[serde(deserialize_with = "wire_date::one")]
    pub on: NaiveDate,
    #[serde(default)]
    pub answer: Option<ReferralAnswer>,
    #[serde(default, deserialize_with = "wire_date::optional")]
    pub answered_on: Option<NaiveDate>,
    /// After a "no": the first day anyone may suggest an advocate again.
    #[serde(default, deserialize_with = "wire_date::optional")]
    pub ask_again_from: Option<NaiveDate>,
    /// After a "yes": the advocate request it made.
    #[serde(default)]
    pub request_id: Option<i64>,
}

/// `POST /api/children/{id}/unsafe`.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct RaiseAlert {
    /// Made by the client once per press: a retry finds the first alert.
    pub send_id: String,
    /// "What is happening?", if the child said: never needed to send.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct AlertRaised {
    pub alert_id: i64,
    pub raised_at_ms: i64,
}

/// A child's "I don't feel safe", as the adults who must act see it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Alert {
    pub alert_id: i64,
    pub child_id: i64,
    pub child_first_name: String,
    pub raised_at_ms: i64,
    /// What the child wrote with it, unchanged; `None` if nothing.
    #[serde(default)]
    pub said: Option<String>,
}

/// What changed, for one person.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum UpdateKind {
    /// To the officer (and the advocacy service for advocate requests).
    RequestArrived,
    /// To the child.
    RequestAgreed,
    /// To the child.
    RequestDeclined,
    /// To the social worker: the copy of a refusal's reasons.
    DecisionCopy,
    /// To the child and whoever got the first decision.
    DecisionCorrected,
    /// To the child.
    AdvocateSuggested,
    /// To the adult who suggested.
    ReferralAnswered,
    /// To the child and the advocate.
    AdvocateAllocated,
    /// To the child, when an agreed extra review is booked.
    ReviewBooked,
    /// Urgent: to the officer, social worker and managers.
    UnsafeAlert,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Update {
    pub update_id: i64,
    pub child_id: i64,
    pub child_first_name: String,
    pub kind: UpdateKind,
    /// The request, referral or alert it is about.
    pub subject_id: i64,
    pub urgent: bool,
    pub at_ms: i64,
    /// Not yet seen by this person.
    pub new: bool,
}

/// `GET /api/updates`: newest first.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Updates {
    pub items: Vec<Update>,
    /// The badge: how many are new.
    pub new_count: u32,
}

/// `POST /api/updates/seen`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct SeenUpTo {
    pub update_id: i64,
}
