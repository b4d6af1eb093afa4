//! `/my-views`, "Tell Priya what you think": a child writes what they want
//! their reviewing officer to know. Three steps, each a page from the
//! server: write (kept as a draft with "Save my draft", and as they type
//! where scripts run), check and choose who else may read it, and sent.
//! Below the form: what they sent before, who has read it, and a way to
//! add something. A draft their advocate wrote with them waits beside
//! their own until they confirm it.

use domain::contributions::{Contribution, ContributionBody, Draft, MyViews, ShareChoice};
use leptos::prelude::*;

use crate::contributions::{
    answers_list, count_words, long_text, optional, question, sent_list, share_choice,
    who_can_read_before_sending, AdditionProblem, ANYTHING_ELSE, GOING_WELL, NOT_GOING_WELL,
    WANT_TO_CHANGE,
};
use crate::dates::long_date;
use crate::forms::{error_summary, Problem};
use crate::frame::{document, form_token, Frame};

pub const PATH: &str = "/my-views";
/// Where the check step's Send button posts.
pub const SEND_PATH: &str = "/my-views/send";
/// Where "I want to add something" posts.
pub const ADD_PATH: &str = "/my-views/add";
/// The boxes, in the form's order.
pub const FIELDS: [&str; 4] = [GOING_WELL, NOT_GOING_WELL, WANT_TO_CHANGE, ANYTHING_ELSE];
/// The write step's two buttons: `action=save` or `action=check`.
pub const ACTION_FIELD: &str = "action";
pub const SAVE: &str = "save";
pub const CHECK: &str = "check";
/// The check step's hidden fields.
pub const SEND_ID_FIELD: &str = "send_id";
pub const FROM_FIELD: &str = "from";
pub const REVIEW_FIELD: &str = "review_id";
/// `from=helper`: sending the draft the child's advocate wrote with them.
pub const FROM_HELPER: &str = "helper";

/// Everything the three steps are drawn from, loaded by the server
/// through `policy`.
#[derive(Clone, Debug)]
pub struct MyViewsData {
    pub child_id: i64,
    /// The reviewing officer's first name, or "your CISRO" while there is none.
    pub officer: String,
    /// The booked review this is written for, if one is booked.
    pub review_id: Option<i64>,
    /// The child's own draft (empty when there is none).
    pub own: MyViews,
    /// When the child's own draft was last kept (Unix ms; 0: none).
    pub own_saved_at_ms: i64,
    pub shared_with: ShareChoice,
    /// A draft the child's advocate wrote with them, waiting for them.
    pub helper: Option<Draft>,
    /// Newest first.
    pub sent: Vec<Contribution>,
}

fn views_of(body: &ContributionBody) -> MyViews {
    match body {
        ContributionBody::MyViews(views) => views.clone(),
        _ => MyViews::default(),
    }
}

/// The text of each box, in `FIELDS` order.
pub fn boxes(views: &MyViews) -> [&str; 4] {
    [
        &views.going_well,
        &views.not_going_well,
        &views.want_to_change,
        &views.anything_else,
    ]
}

/// The write step: the boxes as `typed` has them (the draft, or what was
/// just posted when it came back with a problem). `saved`: say "Saved".
/// `send_id`: made for this page, for the forms that add to what was sent.
pub fn write(
    frame: &Frame,
    data: &MyViewsData,
    typed: &MyViews,
    problems: &[Problem],
    saved: bool,
    send_id: &str,
    addition_problem: Option<AdditionProblem<'_>>,
) -> String {
    let officer = data.officer.as_str();
    let heading = frame
        .words
        .say_with("my-views-title", &[("name", officer.to_owned().into())]);
    let helper = data.helper.as_ref().map(|draft| {
        view! {
            <section class="panel" aria-labelledby="helper-title">
                <h2 id="helper-title">
                    {frame.words.say_with("helper-draft-title", &[("name", draft.author.name.clone().into())])}
                </h2>
                <p>{frame.say("helper-draft-hint")}</p>
                {answers_list(frame, &draft.body, officer, None)}
                <form method="get" action=PATH>
                    <input type="hidden" name="step" value="check" />
                    <input type="hidden" name=FROM_FIELD value=FROM_HELPER />
                    <button type="submit" class="button">
                        {frame.say("helper-draft-send")}
                    </button>
                </form>
            </section>
        }
    });
    let boxes = FIELDS
        .iter()
        .zip(boxes(typed))
        .map(|(id, text)| {
            let label = optional(frame, question(frame, id, officer));
            long_text(frame, id, label, text, problems)
        })
        .collect_view();
    let status = if saved {
        frame.say("draft-saved")
    } else {
        String::new()
    };
    let main = view! {
        <a href="/" class="back-link">
            {frame.say("back")}
        </a>
        {error_summary(frame, problems)}
        <h1>{heading.clone()}</h1>
        <p>{frame.words.say_with("my-views-intro", &[("name", officer.to_owned().into())])}</p>
        <p>{frame.say("draft-explained-save")}</p>
        {helper}
        <form
            method="post"
            action=PATH
            novalidate
            class="draft-form"
            data-child=data.child_id
            data-kind="my_views"
        >
            {form_token(frame)}
            {boxes}
            <p class="save-status" role="status" aria-live="polite" data-saved=frame.say("draft-saved") data-retrying=frame.say("draft-retrying") data-too-long=frame.say("draft-too-long")>
                {status}
            </p>
            <div class="button-group">
                <button type="submit" class="button" name=ACTION_FIELD value=CHECK>
                    {frame.say("check-and-send")}
                </button>
                <button type="submit" class="button button-secondary" name=ACTION_FIELD value=SAVE>
                    {frame.say("save-draft")}
                </button>
            </div>
        </form>
        {count_words(frame)}
        {sent_list(frame, &data.sent, officer, ADD_PATH, send_id, addition_problem)}
    };
    document(frame, &heading, !problems.is_empty(), true, main)
}

/// The send id of what the check step shows: the draft's, from when it
/// was last kept. The same draft always sends with the same id, so a
/// second press of Send, a resend after a lost answer, or Send on the
/// page opened again finds the first contribution; a changed draft is a
/// new one.
pub fn send_id(data: &MyViewsData, from_helper: bool) -> String {
    match (&data.helper, from_helper) {
        (Some(draft), true) => format!(
            "my_views-helped-{}-{}",
            draft.author.user_id, draft.saved_at_ms
        ),
        _ => format!("my_views-{}", data.own_saved_at_ms),
    }
}

/// The check step: what will be sent (the child's saved draft, or their
/// advocate's when `from_helper`), who else may read it, and Send.
pub fn check(frame: &Frame, data: &MyViewsData, from_helper: bool, problems: &[Problem]) -> String {
    let send_id = send_id(data, from_helper);
    let officer = data.officer.as_str();
    let title = frame.say("check-title");
    let (body, helped, change) = match (&data.helper, from_helper) {
        (Some(draft), true) => (
            draft.body.clone(),
            Some(frame.words.say_with(
                "helped-by-draft",
                &[("name", draft.author.name.clone().into())],
            )),
            None,
        ),
        _ => (
            ContributionBody::MyViews(data.own.clone()),
            None,
            Some(PATH),
        ),
    };
    let main = view! {
        <a href=PATH class="back-link">
            {frame.say("back")}
        </a>
        {error_summary(frame, problems)}
        <h1>{title.clone()}</h1>
        {answers_list(frame, &body, officer, change)}
        {helped.map(|line| view! { <p>{line}</p> })}
        <form method="post" action=SEND_PATH novalidate class="send-form">
            {form_token(frame)}
            <input type="hidden" name=SEND_ID_FIELD value=send_id />
            <input type="hidden" name=FROM_FIELD value=if from_helper { FROM_HELPER } else { "own" } />
            {data.review_id.map(|id| view! { <input type="hidden" name=REVIEW_FIELD value=id /> })}
            {share_choice(frame, officer, data.shared_with)}
            <h2>{frame.say("who-can-read-title")}</h2>
            {who_can_read_before_sending(frame, officer)}
            <button type="submit" class="button" data-sending=frame.say("sending")>
                {frame.say("send-button")}
            </button>
        </form>
    };
    document(frame, &title, !problems.is_empty(), true, main)
}

/// What came back from sending, said on the sent step.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SentNote {
    pub contribution_id: i64,
    /// The review asked for was held meanwhile: it went to the next one.
    pub moved_to_next_review: bool,
    /// A second press, or a resend: nothing new was made.
    pub already_sent: bool,
}

/// "Your views are sent": when the officer will read them, what changed
/// on the way, and everything sent so far.
pub fn sent(frame: &Frame, data: &MyViewsData, note: SentNote, send_id: &str) -> String {
    let officer = data.officer.as_str();
    let heading = frame.say("my-views-sent");
    let review_on = (data.sent.iter())
        .find(|c| c.summary.contribution_id == note.contribution_id)
        .and_then(|c| c.summary.review_on);
    let next = match review_on {
        Some(date) => frame.words.say_with(
            "sent-before-review",
            &[
                ("name", officer.to_owned().into()),
                ("date", long_date(&frame.words, date).into()),
            ],
        ),
        None => frame.words.say_with(
            "sent-before-next-review",
            &[("name", officer.to_owned().into())],
        ),
    };
    let main = view! {
        <div class="panel panel-done">
            <h1>{heading.clone()}</h1>
            <p>{next}</p>
        </div>
        {note.moved_to_next_review.then(|| view! { <p class="notice-line">{frame.say("sent-moved")}</p> })}
        {note.already_sent.then(|| view! { <p class="notice-line">{frame.say("sent-already")}</p> })}
        <p>{frame.say("sent-see-later")}</p>
        <p>
            <a href="/">{frame.say("go-home")}</a>
        </p>
        {sent_list(frame, &data.sent, officer, ADD_PATH, send_id, None)}
    };
    document(frame, &heading, false, true, main)
}

/// The views of a draft body, for the server's loader.
pub fn own_views(draft: Option<&Draft>) -> (MyViews, ShareChoice, i64) {
    draft.map_or_else(Default::default, |d| {
        (views_of(&d.body), d.shared_with, d.saved_at_ms)
    })
}
