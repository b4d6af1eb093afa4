//! `/my-meeting`: the child's wishes for their review meeting, every part
//! optional. The steps are `own_words`'; wishes are sent again as they
//! change, so the form starts from the last ones sent and only those are
//! shown, and the officer reads the newest.

use domain::contributions::{
    ChairWish, ContributionBody, ContributionKind, MyMeeting, YesNoNotSure,
};
use leptos::prelude::*;

use crate::contributions::{
    long_text, optional, question, ticks, HELP_DETAILS, NOT_THERE_FOR_SOME, WANT_TO_CHAIR,
    WANT_TO_COME, WHO_I_WANT,
};
use crate::forms::{choice, Problem};
use crate::frame::Frame;
use crate::own_words::{posted, OwnPage};

pub const PATH: &str = "/my-meeting";

pub const PAGE: OwnPage = OwnPage {
    kind: ContributionKind::MyMeeting,
    path: PATH,
    send_path: "/my-meeting/send",
    add_path: "/my-meeting/add",
    title: "my-meeting-title",
    intro: "my-meeting-intro",
    sent_heading: "my-meeting-sent",
    send_button: "send-wishes-button",
    first_field: WANT_TO_COME,
    fields,
    body_from,
    latest_only: Some(("my-meeting-last-sent", "my-meeting-send-again")),
};

/// The answers to "Do you want to come?", as posted and as worded.
const COME: [(&str, YesNoNotSure, &str); 3] = [
    ("yes", YesNoNotSure::Yes, "meeting-come-yes"),
    ("no", YesNoNotSure::No, "meeting-come-no"),
    ("not_sure", YesNoNotSure::NotSure, "meeting-come-not-sure"),
];
/// The answers to "Do you want to run (chair) your meeting?".
const CHAIR: [(&str, ChairWish, &str); 3] = [
    ("no", ChairWish::No, "meeting-chair-no"),
    ("with_help", ChairWish::WithHelp, "meeting-chair-with-help"),
    ("on_my_own", ChairWish::OnMyOwn, "meeting-chair-on-my-own"),
];
/// The kinds of help, as posted and as worded.
const HELP: [(&str, &str); 3] = [
    ("need_interpreter", "meeting-help-interpreter"),
    ("need_communication_help", "meeting-help-communication"),
    ("need_advocate", "meeting-help-advocate"),
];

fn meeting(body: &ContributionBody) -> MyMeeting {
    match body {
        ContributionBody::MyMeeting(meeting) => meeting.clone(),
        _ => MyMeeting::default(),
    }
}

fn fields(frame: &Frame, body: &ContributionBody, officer: &str, problems: &[Problem]) -> AnyView {
    let meeting = meeting(body);
    let text = |id: &'static str, hint: Option<&str>, value: &str| {
        let label = optional(frame, question(frame, id, officer));
        long_text(
            frame,
            id,
            label,
            hint.map(|h| frame.say(h)),
            value,
            problems,
        )
    };
    let ticked = [
        meeting.need_interpreter,
        meeting.need_communication_help,
        meeting.need_advocate,
    ];
    let help = ticks(frame, &HELP, ticked);
    view! {
        {choice(frame, WANT_TO_COME, optional(frame, question(frame, WANT_TO_COME, "")), &COME, meeting.want_to_come, problems)}
        {choice(frame, WANT_TO_CHAIR, optional(frame, question(frame, WANT_TO_CHAIR, "")), &CHAIR, meeting.want_to_chair, problems)}
        {text(WHO_I_WANT, None, &meeting.who_i_want)}
        {text(NOT_THERE_FOR_SOME, Some("meeting-not-there-hint"), &meeting.not_there_for_some)}
        <fieldset class="fieldset">
            <legend class="legend">{optional(frame, frame.say("meeting-help"))}</legend>
            <div class="checkboxes">{help}</div>
        </fieldset>
        {text(HELP_DETAILS, Some("meeting-help-details-hint"), &meeting.help_details)}
    }
    .into_any()
}

fn body_from(form: &[(String, String)]) -> ContributionBody {
    let picked = |name: &str| posted(form, name);
    let ticked = |name: &str| !posted(form, name).is_empty();
    ContributionBody::MyMeeting(MyMeeting {
        want_to_come: COME
            .iter()
            .find(|(value, ..)| *value == picked(WANT_TO_COME))
            .map(|(_, answer, _)| *answer),
        want_to_chair: CHAIR
            .iter()
            .find(|(value, ..)| *value == picked(WANT_TO_CHAIR))
            .map(|(_, answer, _)| *answer),
        who_i_want: picked(WHO_I_WANT).to_owned(),
        not_there_for_some: picked(NOT_THERE_FOR_SOME).to_owned(),
        need_interpreter: ticked(HELP[0].0),
        need_communication_help: ticked(HELP[1].0),
        need_advocate: ticked(HELP[2].0),
        help_details: picked(HELP_DETAILS).to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_posted_form_makes_the_wishes_it_shows() {
        let form: Vec<(String, String)> = [
            ("want_to_come", "not_sure"),
            ("want_to_chair", "with_help"),
            ("who_i_want", "Nan"),
            ("need_advocate", "yes"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let ContributionBody::MyMeeting(wishes) = body_from(&form) else {
            panic!("not wishes");
        };
        assert_eq!(wishes.want_to_come, Some(YesNoNotSure::NotSure));
        assert_eq!(wishes.want_to_chair, Some(ChairWish::WithHelp));
        assert_eq!(wishes.who_i_want, "Nan");
        assert!(wishes.need_advocate && !wishes.need_interpreter);
        // An answer that is none of the choices is no answer.
        let odd = vec![("want_to_come".to_string(), "maybe".to_string())];
        let ContributionBody::MyMeeting(wishes) = body_from(&odd) else {
            panic!("not wishes");
        };
        assert_eq!(wishes.want_to_come, None);
    }
}
