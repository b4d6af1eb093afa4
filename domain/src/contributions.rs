//! Written contributions to a review: a child's views ("My views"), their
//! wishes for the meeting ("My meeting") and a carer's contribution, with
//! drafts that save as people type, sending with a client-made id (so a
//! retry never makes two), additions, read receipts and the child's choice
//! of who may read each one.
//!
//! Routes (all under `/api/children/{id}/`, where `{id}` is the child):
//! - `GET drafts`: the signed-in person's own drafts for this child, and for
//!   the child also what their advocate drafted for them (`Draft`).
//! - `PUT drafts/{kind}` (`SaveDraft`): save one's own draft; answers `DraftSaved`.
//! - `POST contributions` (`SendContribution`): send; answers `Sent`.
//! - `GET contributions`: what the reader may know of (`ContributionSummary`).
//! - `GET contributions/{contribution_id}`: one, in full (`Contribution`);
//!   marks it read by the reader (not its author) and is audited.
//! - `POST contributions/{contribution_id}/additions` (`AddToContribution`):
//!   answers the `Contribution`.
//! - `POST attachments`: a carer's file as the raw request body, its name in
//!   the `x-file-name` header (percent-encoded UTF-8); answers `Attachment`.
//! - `GET attachments/{attachment_id}`: the file, as a download.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::api::{wire_date, Role};

/// Longest any one text box may be, in characters (Unicode scalar values).
pub const MAX_TEXT_CHARS: usize = 3000;

/// From this many characters left, the form counts down.
pub const COUNT_DOWN_FROM_CHARS_LEFT: usize = 300;

/// Longest a send id may be: the client makes one per send (a UUID).
pub const MAX_SEND_ID_CHARS: usize = 64;

/// Which form a draft or contribution is.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum ContributionKind {
    /// The child's views, written by them or with their advocate.
    MyViews,
    /// The child's wishes for the review meeting.
    MyMeeting,
    /// The carer's contribution, with files.
    Carer,
}

impl ContributionKind {
    /// How the kind is written in a path (`drafts/{kind}`) and in the database.
    pub fn code(self) -> &'static str {
        match self {
            ContributionKind::MyViews => "my_views",
            ContributionKind::MyMeeting => "my_meeting",
            ContributionKind::Carer => "carer",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Self::MyViews, Self::MyMeeting, Self::Carer]
            .into_iter()
            .find(|kind| kind.code() == code)
    }
}

/// "My views": every part optional, free text.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MyViews {
    #[serde(default)]
    pub going_well: String,
    #[serde(default)]
    pub not_going_well: String,
    #[serde(default)]
    pub want_to_change: String,
    #[serde(default)]
    pub anything_else: String,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum YesNoNotSure {
    Yes,
    No,
    NotSure,
}

/// Whether the child wants to chair their own review.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ChairWish {
    No,
    WithHelp,
    OnMyOwn,
}

/// "My meeting": the child's wishes for the review meeting. Every part optional.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MyMeeting {
    #[serde(default)]
    pub want_to_come: Option<YesNoNotSure>,
    #[serde(default)]
    pub want_to_chair: Option<ChairWish>,
    /// Who I want there.
    #[serde(default)]
    pub who_i_want: String,
    /// Anyone I do not want there for some of it (a private part), and what about.
    #[serde(default)]
    pub not_there_for_some: String,
    #[serde(default)]
    pub need_interpreter: bool,
    #[serde(default)]
    pub need_communication_help: bool,
    #[serde(default)]
    pub need_advocate: bool,
    /// Anything more about the help I need (which language, what kind of help).
    #[serde(default)]
    pub help_details: String,
}

/// The carer's contribution: their words and the files they attached.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CarerViews {
    #[serde(default)]
    pub text: String,
    /// Files uploaded with `POST attachments`, by id.
    #[serde(default)]
    pub attachment_ids: Vec<i64>,
}

/// What a draft or contribution says, by kind.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(tag = "kind", content = "body", rename_all = "snake_case")]
pub enum ContributionBody {
    MyViews(MyViews),
    MyMeeting(MyMeeting),
    Carer(CarerViews),
}

impl ContributionBody {
    pub fn kind(&self) -> ContributionKind {
        match self {
            ContributionBody::MyViews(_) => ContributionKind::MyViews,
            ContributionBody::MyMeeting(_) => ContributionKind::MyMeeting,
            ContributionBody::Carer(_) => ContributionKind::Carer,
        }
    }

    /// Each text box, by the field name errors use.
    pub fn texts(&self) -> Vec<(&'static str, &str)> {
        match self {
            ContributionBody::MyViews(v) => vec![
                ("going_well", &v.going_well),
                ("not_going_well", &v.not_going_well),
                ("want_to_change", &v.want_to_change),
                ("anything_else", &v.anything_else),
            ],
            ContributionBody::MyMeeting(m) => vec![
                ("who_i_want", &m.who_i_want),
                ("not_there_for_some", &m.not_there_for_some),
                ("help_details", &m.help_details),
            ],
            ContributionBody::Carer(c) => vec![("text", &c.text)],
        }
    }

    /// Nothing written, chosen or attached: sending it would send nothing.
    pub fn is_empty(&self) -> bool {
        let no_text = self.texts().iter().all(|(_, text)| text.trim().is_empty());
        no_text
            && match self {
                ContributionBody::MyViews(_) => true,
                ContributionBody::MyMeeting(m) => {
                    m.want_to_come.is_none()
                        && m.want_to_chair.is_none()
                        && !m.need_interpreter
                        && !m.need_communication_help
                        && !m.need_advocate
                }
                ContributionBody::Carer(c) => c.attachment_ids.is_empty(),
            }
    }

    /// The text boxes longer than `MAX_TEXT_CHARS`, by field name.
    pub fn too_long(&self) -> Vec<&'static str> {
        self.texts()
            .into_iter()
            .filter(|(_, text)| text.chars().count() > MAX_TEXT_CHARS)
            .map(|(field, _)| field)
            .collect()
    }
}

/// Which of their adults the child lets read one contribution, beside their
/// reviewing officer, who always may.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ShareChoice {
    #[serde(default)]
    pub social_worker: bool,
    #[serde(default)]
    pub carer: bool,
    #[serde(default)]
    pub advocate: bool,
}

/// Someone named on a contribution: its author, a reader, a helper.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub user_id: i64,
    pub name: String,
    pub role: Role,
}

/// `PUT drafts/{kind}`: the body's kind must match `{kind}`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SaveDraft {
    pub body: ContributionBody,
    #[serde(default)]
    pub shared_with: ShareChoice,
}

/// The answer to `PUT drafts/{kind}`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct DraftSaved {
    /// Unix milliseconds.
    pub saved_at_ms: i64,
}

/// One draft from `GET drafts`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Draft {
    pub author: Person,
    /// The reader wrote it (false: the child's advocate drafted it for them).
    pub mine: bool,
    pub body: ContributionBody,
    pub shared_with: ShareChoice,
    pub saved_at_ms: i64,
}

/// How the child agreed to a contribution their advocate helped write.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ChildAgreement {
    /// The child confirmed it in the app (the child sends it).
    InApp,
    /// The advocate records that the child agreed in person (the advocate sends it).
    InPerson,
}

/// `POST contributions`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SendContribution {
    /// Made by the client once per contribution and kept across retries: a
    /// second send with the same id answers the first contribution.
    pub send_id: String,
    pub body: ContributionBody,
    #[serde(default)]
    pub shared_with: ShareChoice,
    /// The review it is for; None: the next booked review.
    #[serde(default)]
    pub review_id: Option<i64>,
    /// The child confirms what their advocate drafted: that advocate's user id.
    #[serde(default)]
    pub confirming_draft_by: Option<i64>,
}

/// The answer to `POST contributions`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Sent {
    pub contribution: ContributionSummary,
    /// The review asked for was already held, so it went to the next one.
    pub moved_to_next_review: bool,
    /// This send id was sent before: this is that contribution, unchanged.
    pub already_sent: bool,
}

/// Someone who opened a contribution, and the first day they did.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ReadReceipt {
    pub reader: Person,
    #[serde(deserialize_with = "wire_date::one")]
    pub read_on: NaiveDate,
}

/// A contribution as a list shows it. For a manager, `can_read` is false and
/// nothing it says is sent.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ContributionSummary {
    pub contribution_id: i64,
    pub kind: ContributionKind,
    pub review_id: Option<i64>,
    #[serde(default, deserialize_with = "wire_date::optional")]
    pub review_on: Option<NaiveDate>,
    #[serde(deserialize_with = "wire_date::one")]
    pub sent_on: NaiveDate,
    pub author: Person,
    /// "Written with help from Jordan (advocate)".
    pub helped_by: Option<Person>,
    pub agreement: Option<ChildAgreement>,
    pub shared_with: ShareChoice,
    /// Everyone who may read it, by name ("Only Priya can read this").
    pub can_be_read_by: Vec<Person>,
    /// Sent only to its author: who has opened it.
    pub read_by: Vec<ReadReceipt>,
    /// The reader may open it.
    pub can_read: bool,
}

/// One part added to a sent contribution ("I want to add something").
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Addition {
    pub addition_id: i64,
    #[serde(deserialize_with = "wire_date::one")]
    pub added_on: NaiveDate,
    pub text: String,
}

/// `POST contributions/{contribution_id}/additions`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AddToContribution {
    pub send_id: String,
    pub text: String,
}

/// File types a carer may attach, recognised by their content.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Pdf,
    Docx,
    Jpeg,
    Png,
}

/// A file attached to a carer's contribution.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Attachment {
    pub attachment_id: i64,
    /// The name it was uploaded with, for showing only.
    pub name: String,
    pub bytes: u64,
    pub file_kind: FileKind,
}

/// `GET contributions/{contribution_id}`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Contribution {
    pub summary: ContributionSummary,
    pub body: ContributionBody,
    pub additions: Vec<Addition>,
    pub attachments: Vec<Attachment>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_codes() {
        for kind in [
            ContributionKind::MyViews,
            ContributionKind::MyMeeting,
            ContributionKind::Carer,
        ] {
            assert_eq!(ContributionKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(ContributionKind::from_code("views"), None);
    }

    #[test]
    fn only_spaces_is_empty_but_a_choice_is_not() {
        let spaces = ContributionBody::MyViews(MyViews {
            going_well: "  \n".into(),
            ..MyViews::default()
        });
        assert!(spaces.is_empty());
        let chose = ContributionBody::MyMeeting(MyMeeting {
            want_to_come: Some(YesNoNotSure::NotSure),
            ..MyMeeting::default()
        });
        assert!(!chose.is_empty());
        let file = ContributionBody::Carer(CarerViews {
            text: String::new(),
            attachment_ids: vec![3],
        });
        assert!(!file.is_empty());
    }

    #[test]
    fn the_limit_counts_characters_not_bytes() {
        let at_limit = "é".repeat(MAX_TEXT_CHARS);
        let views = ContributionBody::MyViews(MyViews {
            anything_else: at_limit.clone(),
            ..MyViews::default()
        });
        assert!(views.too_long().is_empty());
        let over = ContributionBody::MyViews(MyViews {
            anything_else: at_limit + "é",
            ..MyViews::default()
        });
        assert_eq!(over.too_long(), vec!["anything_else"]);
    }

    #[test]
    fn the_body_names_its_kind_on_the_wire() {
        let body = ContributionBody::MyViews(MyViews::default());
        let json = serde_json::to_value(&body).unwrap();
        assert_eq!(json["kind"], "my_views");
        assert_eq!(body.kind(), ContributionKind::MyViews);
    }
}
