//! The questions of "My views" and "My meeting", and the words for each
//! answer a child can choose: the same on the form, when checking and after
//! sending, so the child always recognises their own answers.

use domain::contributions::{ChairWish, ContributionBody, MyMeeting, YesNoNotSure};

use crate::t;

/// Field ids: the names the server uses in errors, and the boxes' `id`s.
pub const GOING_WELL: &str = "going_well";
pub const NOT_GOING_WELL: &str = "not_going_well";
pub const WANT_TO_CHANGE: &str = "want_to_change";
pub const ANYTHING_ELSE: &str = "anything_else";
pub const WHO_I_WANT: &str = "who_i_want";
pub const NOT_THERE_FOR_SOME: &str = "not_there_for_some";
pub const HELP_DETAILS: &str = "help_details";
pub const WANT_TO_COME: &str = "want_to_come";
pub const WANT_TO_CHAIR: &str = "want_to_chair";

/// The question a field asks; `officer` is the reviewing officer's name.
pub fn question(field: &str, officer: &str) -> String {
    match field {
        GOING_WELL => t!("views-going-well"),
        NOT_GOING_WELL => t!("views-not-going-well"),
        WANT_TO_CHANGE => t!("views-want-to-change"),
        ANYTHING_ELSE => t!("views-anything-else", name = officer),
        WHO_I_WANT => t!("meeting-who"),
        NOT_THERE_FOR_SOME => t!("meeting-not-there"),
        HELP_DETAILS => t!("meeting-help-details"),
        WANT_TO_COME => t!("meeting-come"),
        WANT_TO_CHAIR => t!("meeting-chair"),
        _ => t!("meeting-help"),
    }
}

/// A question on the form, where every part may be skipped.
pub fn optional(question: String) -> String {
    t!("optional", label = question)
}

pub fn come_answer(answer: YesNoNotSure) -> String {
    match answer {
        YesNoNotSure::Yes => t!("meeting-come-yes"),
        YesNoNotSure::No => t!("meeting-come-no"),
        YesNoNotSure::NotSure => t!("meeting-come-not-sure"),
    }
}

pub fn chair_answer(answer: ChairWish) -> String {
    match answer {
        ChairWish::No => t!("meeting-chair-no"),
        ChairWish::WithHelp => t!("meeting-chair-with-help"),
        ChairWish::OnMyOwn => t!("meeting-chair-on-my-own"),
    }
}

/// The kinds of help ticked.
pub fn help_answers(meeting: &MyMeeting) -> Vec<String> {
    let mut help = Vec::new();
    if meeting.need_interpreter {
        help.push(t!("meeting-help-interpreter"));
    }
    if meeting.need_communication_help {
        help.push(t!("meeting-help-communication"));
    }
    if meeting.need_advocate {
        help.push(t!("meeting-help-advocate"));
    }
    help
}

/// Every question of a body with its answer as written or chosen (empty
/// when skipped), in the form's order, with the field it belongs to.
pub fn answers(body: &ContributionBody, officer: &str) -> Vec<(&'static str, String, String)> {
    let text =
        |field: &'static str, answer: &str| (field, question(field, officer), answer.to_owned());
    match body {
        ContributionBody::MyViews(views) => vec![
            text(GOING_WELL, &views.going_well),
            text(NOT_GOING_WELL, &views.not_going_well),
            text(WANT_TO_CHANGE, &views.want_to_change),
            text(ANYTHING_ELSE, &views.anything_else),
        ],
        ContributionBody::MyMeeting(meeting) => vec![
            (
                WANT_TO_COME,
                question(WANT_TO_COME, officer),
                meeting.want_to_come.map(come_answer).unwrap_or_default(),
            ),
            (
                WANT_TO_CHAIR,
                question(WANT_TO_CHAIR, officer),
                meeting.want_to_chair.map(chair_answer).unwrap_or_default(),
            ),
            text(WHO_I_WANT, &meeting.who_i_want),
            text(NOT_THERE_FOR_SOME, &meeting.not_there_for_some),
            (
                "need_help",
                question("need_help", officer),
                help_answers(meeting).join("\n"),
            ),
            text(HELP_DETAILS, &meeting.help_details),
        ],
        ContributionBody::Carer(carer) => vec![("text", t!("carer-text"), carer.text.clone())],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::contributions::MyViews;

    #[test]
    fn every_answer_comes_back_under_its_question() {
        let body = ContributionBody::MyViews(MyViews {
            going_well: "School".into(),
            ..MyViews::default()
        });
        let answers = answers(&body, "Priya Shah");
        assert_eq!(answers.len(), 4);
        assert_eq!(answers[0].2, "School");
        assert_eq!(
            answers[3].1,
            "Is there anything else you want Priya Shah to know?"
        );
        assert_eq!(
            optional(answers[0].1.clone()),
            "What is going well? (optional)"
        );
    }

    #[test]
    fn meeting_choices_read_as_the_child_chose_them() {
        let body = ContributionBody::MyMeeting(MyMeeting {
            want_to_come: Some(YesNoNotSure::NotSure),
            want_to_chair: Some(ChairWish::WithHelp),
            need_interpreter: true,
            ..MyMeeting::default()
        });
        let answers = answers(&body, "Priya Shah");
        assert_eq!(answers[0].2, "I'm not sure");
        assert_eq!(answers[1].2, "Yes, with help");
        assert_eq!(answers[4].2, "Someone to translate (an interpreter)");
    }
}
