//! A child's own words for their review, as pages from the server: "Tell
//! Priya what you think" (`my_views`) and "My meeting" (`my_meeting`) are
//! the same three steps with different questions. Write (kept as a draft
//! with "Save my draft", and as they type where scripts run), check and
//! choose who else may read it, and sent; below the form, what they sent
//! before, who has read it, and a way to add something.

use domain::contributions::{Contribution, ContributionBody, ContributionKind, Draft, ShareChoice};
use leptos::prelude::*;

use crate::contributions::{
    answers_list, count_words, sent_list, share_choice, who_can_read_before_sending,
    AdditionProblem,
};
use crate::dates::long_date;
use crate::forms::{error_summary, Problem};
use crate::frame::{document, form_token, Frame};

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

/// What one kind of the child's own words differs in.
pub struct OwnPage {
    pub kind: ContributionKind,
    pub path: &'static str,
    /// Where the check step's Send button posts.
    pub send_path: &'static str,
    /// Where "I want to add something" posts.
    pub add_path: &'static str,
    /// Message ids: the heading (given the officer's `$name`), the intro,
    /// the sent step's heading and the Send button.
    pub title: &'static str,
    pub intro: &'static str,
    pub sent_heading: &'static str,
    pub send_button: &'static str,
    /// Where "You have not written anything yet" is said.
    pub first_field: &'static str,
    /// The form's questions, filled from `body`.
    pub fields: fn(&Frame, &ContributionBody, &str, &[Problem]) -> AnyView,
    /// The body a posted form makes, from its fields.
    pub body_from: fn(&[(String, String)]) -> ContributionBody,
    /// Wishes are sent again as they change: the form starts from the last
    /// ones sent, and only those are shown, under this heading, with this
    /// line after sending. None: every one sent is listed.
    pub latest_only: Option<(&'static str, &'static str)>,
}

/// The value of `name` among a posted form's fields ("" when absent).
pub fn posted<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    (form.iter())
        .find(|(key, _)| key == name)
        .map_or("", |(_, value)| value.as_str())
}

/// Everything the steps are drawn from, loaded by the server through `policy`.
#[derive(Clone, Debug)]
pub struct OwnData {
    pub child_id: i64,
    /// The reviewing officer's first name, or "your CISRO" while there is none.
    pub officer: String,
    /// The booked review this is written for, if one is booked.
    pub review_id: Option<i64>,
    /// The child's own draft, or where the form starts when there is none.
    pub own: ContributionBody,
    /// When the child's own draft was last kept (Unix ms; 0: no draft).
    pub own_saved_at_ms: i64,
    pub shared_with: ShareChoice,
    /// A draft the child's advocate wrote with them, waiting for them.
    pub helper: Option<Draft>,
    /// Newest first.
    pub sent: Vec<Contribution>,
    /// Made for this page, for the forms that add to what was sent.
    pub add_send_id: String,
}

impl OwnData {
    /// The send id of what the check step shows: the draft's, from when it
    /// was last kept. The same draft always sends with the same id, so a
    /// second press of Send, a resend after a lost answer, or Send on the
    /// page opened again finds the first contribution; a changed draft is
    /// a new one.
    pub fn send_id(&self, from_helper: bool) -> String {
        let kind = self.own.kind().code();
        match (&self.helper, from_helper) {
            (Some(draft), true) => format!(
                "{kind}-helped-{}-{}",
                draft.author.user_id, draft.saved_at_ms
            ),
            _ => format!("{kind}-{}", self.own_saved_at_ms),
        }
    }

    fn shown_sent<'a>(&'a self, page: &OwnPage) -> &'a [Contribution] {
        match page.latest_only {
            Some(_) => &self.sent[..self.sent.len().min(1)],
            None => &self.sent,
        }
    }
}

fn sent_part(
    frame: &Frame,
    page: &OwnPage,
    data: &OwnData,
    addition_problem: Option<AdditionProblem<'_>>,
) -> impl IntoView {
    let heading = page
        .latest_only
        .map_or("what-you-sent", |(heading, _)| heading);
    sent_list(
        frame,
        heading,
        data.shown_sent(page),
        &data.officer,
        page.add_path,
        &data.add_send_id,
        addition_problem,
    )
}

/// The write step: the form as `typed` has it (the draft, or what was
/// just posted when it came back with a problem). `saved`: say "Saved".
pub fn write(
    frame: &Frame,
    page: &OwnPage,
    data: &OwnData,
    typed: &ContributionBody,
    problems: &[Problem],
    saved: bool,
    addition_problem: Option<AdditionProblem<'_>>,
) -> String {
    let officer = data.officer.as_str();
    let heading = frame
        .words
        .say_with(page.title, &[("name", officer.to_owned().into())]);
    let helper = data.helper.as_ref().map(|draft| {
        view! {
            <section class="panel" aria-labelledby="helper-title">
                <h2 id="helper-title">
                    {frame.words.say_with("helper-draft-title", &[("name", draft.author.name.clone().into())])}
                </h2>
                <p>{frame.say("helper-draft-hint")}</p>
                {answers_list(frame, &draft.body, officer, None)}
                <form method="get" action=page.path>
                    <input type="hidden" name="step" value="check" />
                    <input type="hidden" name=FROM_FIELD value=FROM_HELPER />
                    <button type="submit" class="button">
                        {frame.say("helper-draft-send")}
                    </button>
                </form>
            </section>
        }
    });
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
        <p>{frame.words.say_with(page.intro, &[("name", officer.to_owned().into())])}</p>
        <p>{frame.say("draft-explained-save")}</p>
        {helper}
        <form
            method="post"
            action=page.path
            novalidate
            class="draft-form"
            data-child=data.child_id
            data-kind=page.kind.code()
        >
            {form_token(frame)}
            {(page.fields)(frame, typed, officer, problems)}
            <p
                class="save-status"
                role="status"
                aria-live="polite"
                data-saved=frame.say("draft-saved")
                data-retrying=frame.say("draft-retrying")
                data-too-long=frame.say("draft-too-long")
            >
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
        {sent_part(frame, page, data, addition_problem)}
    };
    document(frame, &heading, !problems.is_empty(), true, main)
}

/// The check step: what will be sent (the child's saved draft, or their
/// advocate's when `from_helper`), who else may read it, and Send.
pub fn check(
    frame: &Frame,
    page: &OwnPage,
    data: &OwnData,
    from_helper: bool,
    problems: &[Problem],
) -> String {
    let officer = data.officer.as_str();
    let title = frame.say("check-title");
    let (body, helped, change) = match (&data.helper, from_helper) {
        (Some(draft), true) => (
            &draft.body,
            Some(frame.words.say_with(
                "helped-by-draft",
                &[("name", draft.author.name.clone().into())],
            )),
            None,
        ),
        _ => (&data.own, None, Some(page.path)),
    };
    let main = view! {
        <a href=page.path class="back-link">
            {frame.say("back")}
        </a>
        {error_summary(frame, problems)}
        <h1>{title.clone()}</h1>
        {answers_list(frame, body, officer, change)}
        {helped.map(|line| view! { <p>{line}</p> })}
        <form method="post" action=page.send_path novalidate class="send-form">
            {form_token(frame)}
            <input type="hidden" name=SEND_ID_FIELD value=data.send_id(from_helper) />
            <input
                type="hidden"
                name=FROM_FIELD
                value=if from_helper { FROM_HELPER } else { "own" }
            />
            {data.review_id.map(|id| view! { <input type="hidden" name=REVIEW_FIELD value=id /> })}
            {share_choice(frame, officer, data.shared_with)}
            <h2>{frame.say("who-can-read-title")}</h2>
            {who_can_read_before_sending(frame, officer)}
            <button type="submit" class="button" data-sending=frame.say("sending")>
                {frame.say(page.send_button)}
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
/// on the way, and what was sent.
pub fn sent(frame: &Frame, page: &OwnPage, data: &OwnData, note: SentNote) -> String {
    let officer = data.officer.as_str();
    let heading = frame.say(page.sent_heading);
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
    let again = page
        .latest_only
        .map(|(_, again)| view! { <p>{frame.say(again)}</p> });
    let main = view! {
        <div class="panel panel-done">
            <h1>{heading.clone()}</h1>
            <p>{next}</p>
        </div>
        {note.moved_to_next_review.then(|| view! { <p class="notice-line">{frame.say("sent-moved")}</p> })}
        {note.already_sent.then(|| view! { <p class="notice-line">{frame.say("sent-already")}</p> })}
        {again}
        <p>{frame.say("sent-see-later")}</p>
        <p>
            <a href="/">{frame.say("go-home")}</a>
        </p>
        {sent_part(frame, page, data, None)}
    };
    document(frame, &heading, false, true, main)
}
