//! The parts every page of a child's own words is made of: each question
//! with what they wrote under it (unchanged, with "Change" links on the
//! check step), who else may read it, who can read it in words right above
//! the Send button, and what they sent, with who read it and when, and a
//! way to add something.

use domain::api::Role;
use domain::contributions::{
    ChairWish, Contribution, ContributionBody, ContributionSummary, MyMeeting, Person, ReadReceipt,
    ShareChoice, YesNoNotSure, MAX_TEXT_CHARS,
};
use leptos::prelude::*;

use crate::dates::long_date;
use crate::forms::{error_for, textarea_text, Problem};
use crate::frame::{counted, form_token, Frame};

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

/// The share choice's boxes: field name, words, and where the choice keeps it.
pub const SHARE_BOXES: [(&str, &str); 3] = [
    ("share_social_worker", "share-social-worker"),
    ("share_carer", "share-carer"),
    ("share_advocate", "share-advocate"),
];

/// What was typed to add to one sent contribution, and why it was not
/// added: drawn back into its box, open, so nothing is lost.
#[derive(Clone, Copy, Debug)]
pub struct AdditionProblem<'a> {
    pub contribution_id: i64,
    pub typed: &'a str,
    pub problem: &'a str,
}

/// The fields of "I want to add something".
pub const ADDITION_TEXT: &str = "addition";
pub const ADDITION_OF: &str = "contribution_id";

/// The question a field asks; `officer` is the reviewing officer's name.
pub fn question(frame: &Frame, field: &str, officer: &str) -> String {
    let id = match field {
        GOING_WELL => "views-going-well",
        NOT_GOING_WELL => "views-not-going-well",
        WANT_TO_CHANGE => "views-want-to-change",
        ANYTHING_ELSE => {
            return frame.words.say_with(
                "views-anything-else",
                &[("name", officer.to_owned().into())],
            )
        }
        WHO_I_WANT => "meeting-who",
        NOT_THERE_FOR_SOME => "meeting-not-there",
        HELP_DETAILS => "meeting-help-details",
        WANT_TO_COME => "meeting-come",
        WANT_TO_CHAIR => "meeting-chair",
        _ => "meeting-help",
    };
    frame.say(id)
}

/// A question on a form where every part may be skipped.
pub fn optional(frame: &Frame, question: String) -> String {
    frame
        .words
        .say_with("optional", &[("label", question.into())])
}

fn come_answer(frame: &Frame, answer: YesNoNotSure) -> String {
    frame.say(match answer {
        YesNoNotSure::Yes => "meeting-come-yes",
        YesNoNotSure::No => "meeting-come-no",
        YesNoNotSure::NotSure => "meeting-come-not-sure",
    })
}

fn chair_answer(frame: &Frame, answer: ChairWish) -> String {
    frame.say(match answer {
        ChairWish::No => "meeting-chair-no",
        ChairWish::WithHelp => "meeting-chair-with-help",
        ChairWish::OnMyOwn => "meeting-chair-on-my-own",
    })
}

fn help_answers(frame: &Frame, meeting: &MyMeeting) -> Vec<String> {
    [
        (meeting.need_interpreter, "meeting-help-interpreter"),
        (
            meeting.need_communication_help,
            "meeting-help-communication",
        ),
        (meeting.need_advocate, "meeting-help-advocate"),
    ]
    .into_iter()
    .filter(|(ticked, _)| *ticked)
    .map(|(_, id)| frame.say(id))
    .collect()
}

/// Every question of a body with its answer as written or chosen (empty
/// when skipped), in the form's order, with the field it belongs to.
pub fn answers(
    frame: &Frame,
    body: &ContributionBody,
    officer: &str,
) -> Vec<(&'static str, String, String)> {
    let text = |field: &'static str, answer: &str| {
        (field, question(frame, field, officer), answer.to_owned())
    };
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
                question(frame, WANT_TO_COME, officer),
                (meeting.want_to_come.map(|a| come_answer(frame, a))).unwrap_or_default(),
            ),
            (
                WANT_TO_CHAIR,
                question(frame, WANT_TO_CHAIR, officer),
                (meeting.want_to_chair.map(|a| chair_answer(frame, a))).unwrap_or_default(),
            ),
            text(WHO_I_WANT, &meeting.who_i_want),
            text(NOT_THERE_FOR_SOME, &meeting.not_there_for_some),
            (
                "need_help",
                question(frame, "need_help", officer),
                help_answers(frame, meeting).join("\n"),
            ),
            text(HELP_DETAILS, &meeting.help_details),
        ],
        ContributionBody::Carer(carer) => {
            vec![("text", frame.say("carer-text"), carer.text.clone())]
        }
    }
}

/// The answers of one body, each under its question; `change` is the
/// form's address, to link each part back to its box.
pub fn answers_list(
    frame: &Frame,
    body: &ContributionBody,
    officer: &str,
    change: Option<&str>,
) -> impl IntoView {
    let rows = answers(frame, body, officer)
        .into_iter()
        .map(|(field, question, answer)| {
            let skipped = answer.trim().is_empty();
            let change = change.map(|page| {
                view! {
                    <dd class="change">
                        <a href=format!("{page}#{field}") class="change-link">
                            {frame.say("check-change")}
                            <span class="visually-hidden">" " {question.clone()}</span>
                        </a>
                    </dd>
                }
            });
            let (class, shown) = if skipped {
                ("own-words skipped", frame.say("check-skipped"))
            } else {
                ("own-words", answer)
            };
            view! {
                <div>
                    <dt>{question}</dt>
                    <dd class=class>{shown}</dd>
                    {change}
                </div>
            }
        })
        .collect_view();
    view! { <dl class="answers">{rows}</dl> }
}

/// "carer", "advocate", "social worker", or the council's officer title.
pub fn role_name(frame: &Frame, role: Role) -> String {
    match role {
        Role::Carer => frame.say("role-carer"),
        Role::Advocate => frame.say("role-advocate"),
        Role::SocialWorker => frame.say("role-social-worker"),
        Role::ReviewingOfficer => frame.officer_title.clone(),
        Role::Manager => frame.say("role-manager"),
        Role::Child => frame.say("role-child"),
    }
}

/// "Priya Shah (CISRO)".
fn person_with_role(frame: &Frame, person: &Person) -> String {
    frame.words.say_with(
        "person-with-role",
        &[
            ("name", person.name.clone().into()),
            ("role", role_name(frame, person.role).into()),
        ],
    )
}

/// Who may read what the child is about to send: the officer always, then
/// those ticked in the share choice above. Every line is in the page, and
/// the style sheet shows those the ticks choose (`:has`), so it follows the
/// ticks with no script: "Only Priya can read this." with none ticked, else
/// a heading line and a list.
pub fn who_can_read_before_sending(frame: &Frame, officer: &str) -> impl IntoView {
    let only = frame
        .words
        .say_with("who-can-read-only", &[("name", officer.to_owned().into())]);
    let others = SHARE_BOXES
        .iter()
        .map(|(name, words)| view! { <li class=format!("reader-{name}")>{frame.say(words)}</li> })
        .collect_view();
    view! {
        <div class="who-can-read-now">
            <p class="who-can-read who-only">{only}</p>
            <div class="who-these">
                <p class="who-can-read">{frame.say("who-can-read-these")}</p>
                <ul class="list">
                    <li>{officer.to_owned()}</li>
                    {others}
                </ul>
            </div>
        </div>
    }
}

/// The same for a sent contribution, from the names the server gives. The
/// author is not listed: they wrote it.
pub fn who_can_read_sent(frame: &Frame, summary: &ContributionSummary) -> (String, Vec<String>) {
    let readers: Vec<&Person> = (summary.can_be_read_by.iter())
        .filter(|person| person.user_id != summary.author.user_id)
        .collect();
    match readers.as_slice() {
        [only] => (
            frame
                .words
                .say_with("who-can-read-only", &[("name", only.name.clone().into())]),
            Vec::new(),
        ),
        _ => (
            frame.say("who-can-read-these"),
            readers
                .iter()
                .map(|person| person_with_role(frame, person))
                .collect(),
        ),
    }
}

/// "Only Priya Shah can read this." or the line and the list of everyone.
pub fn who_can_read(line: String, names: Vec<String>) -> impl IntoView {
    view! {
        <p class="who-can-read">{line}</p>
        {(!names.is_empty())
            .then(|| {
                view! {
                    <ul class="list">
                        {names.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
                    </ul>
                }
            })}
    }
}

/// "Priya Shah read this on 3 March 2027".
fn read_receipt(frame: &Frame, receipt: &ReadReceipt) -> String {
    frame.words.say_with(
        "read-receipt",
        &[
            ("name", receipt.reader.name.clone().into()),
            ("date", long_date(&frame.words, receipt.read_on).into()),
        ],
    )
}

/// "Written with help from Jordan Lee (advocate)", when someone helped.
fn helped_by(frame: &Frame, summary: &ContributionSummary) -> Option<String> {
    let helper = summary.helped_by.as_ref()?;
    Some(frame.words.say_with(
        "helped-by",
        &[
            ("name", helper.name.clone().into()),
            ("role", role_name(frame, helper.role).into()),
        ],
    ))
}

/// Tick boxes, each posted as `name=yes` when ticked: `boxes` are each
/// one's name and words, `ticked` whether it starts ticked.
pub fn ticks<const N: usize>(
    frame: &Frame,
    boxes: &[(&'static str, &'static str); N],
    ticked: [bool; N],
) -> impl IntoView {
    boxes
        .iter()
        .zip(ticked)
        .map(|((name, words), on)| {
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=*name name=*name value="yes" checked=on />
                    <label for=*name>{frame.say(words)}</label>
                </div>
            }
        })
        .collect_view()
}

/// "Who else can read this? (optional)": social worker, carer, advocate,
/// ticked as the draft has them.
pub fn share_choice(frame: &Frame, officer: &str, choice: ShareChoice) -> impl IntoView {
    let ticked = [choice.social_worker, choice.carer, choice.advocate];
    let boxes = ticks(frame, &SHARE_BOXES, ticked);
    view! {
        <fieldset class="fieldset" aria-describedby="share-hint">
            <legend class="legend">{frame.say("share-legend")}</legend>
            <p id="share-hint" class="hint">
                {frame.words.say_with("share-hint", &[("name", officer.to_owned().into())])}
            </p>
            <div class="checkboxes">{boxes}</div>
        </fieldset>
    }
}

/// A box for writing at length, in the GOV.UK character-count pattern: the
/// limit is said in the hint, nothing stops typing past it, and the
/// server says so when it is sent. Where scripts run, `enhance.js` counts
/// down under the box as the limit nears (`data-max`, and the words for
/// the count in `data-*`).
pub fn long_text(
    frame: &Frame,
    id: &'static str,
    label: String,
    hint: Option<String>,
    value: &str,
    problems: &[Problem],
) -> impl IntoView {
    long_text_up_to(frame, id, label, hint, value, problems, MAX_TEXT_CHARS)
}

/// The same, for a box that takes up to `max` characters.
pub fn long_text_up_to(
    frame: &Frame,
    id: &'static str,
    label: String,
    hint: Option<String>,
    value: &str,
    problems: &[Problem],
    max: usize,
) -> impl IntoView {
    let error = error_for(problems, id).map(str::to_owned);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = match &error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let class = if error.is_some() {
        "field field-error"
    } else {
        "field"
    };
    let limit = frame.words.say_with("count-limit", &[("max", max.into())]);
    let hint = match hint {
        Some(hint) => format!("{hint} {limit}"),
        None => limit,
    };
    view! {
        <div class=class>
            <label class="label" for=id>
                {label}
            </label>
            <p id=hint_id class="hint">
                {hint}
            </p>
            {error
                .map(|error| {
                    view! {
                        <p id=error_id class="error-message">
                            <span class="visually-hidden">{frame.say("error-prefix")} " "</span>
                            {error}
                        </p>
                    }
                })}
            <textarea
                class="textarea"
                id=id
                name=id
                rows="5"
                data-max=max
                aria-invalid=error_for(problems, id).is_some().then_some("true")
                aria-describedby=described_by
            >
                {textarea_text(value)}
            </textarea>
        </div>
    }
}

/// The words `enhance.js` counts down with, once on a page with long
/// boxes: each form of "You have 5 characters left" and "… too many" once,
/// and which form each number up to 300 takes (past that, a number takes
/// the form of 200 and its last two digits, as in every language here).
pub fn count_words(frame: &Frame) -> impl IntoView {
    let (left_words, left_forms) = counted(frame, "count-left", "left", 0..=300);
    let (over_words, over_forms) = counted(frame, "count-over", "over", 1..=300);
    view! {
        <template
            id="count-words"
            data-left-words=left_words
            data-left-forms=left_forms
            data-over-words=over_words
            data-over-forms=over_forms
        ></template>
    }
}

/// What the child sent, each with the date, who can read it, who has read
/// it, who helped, what they added later, and "I want to add something"
/// (a form that opens under it, `add_path`; each one's send id is
/// `send_id` and the contribution's, so a second press adds it once).
pub fn sent_list(
    frame: &Frame,
    heading: &'static str,
    sent: &[Contribution],
    officer: &str,
    add_path: &str,
    send_id: &str,
    addition_problem: Option<AdditionProblem<'_>>,
) -> Option<impl IntoView> {
    if sent.is_empty() {
        return None;
    }
    let items = sent
        .iter()
        .map(|c| sent_one(frame, c, officer, add_path, send_id, addition_problem))
        .collect_view();
    Some(view! {
        <h2>{frame.say(heading)}</h2>
        {items}
    })
}

fn sent_one(
    frame: &Frame,
    c: &Contribution,
    officer: &str,
    add_path: &str,
    send_id: &str,
    addition_problem: Option<AdditionProblem<'_>>,
) -> impl IntoView {
    let summary = &c.summary;
    let id = summary.contribution_id;
    let (line, names) = who_can_read_sent(frame, summary);
    let receipts: Vec<String> = (summary.read_by.iter())
        .map(|receipt| read_receipt(frame, receipt))
        .collect();
    let receipts = if receipts.is_empty() {
        vec![frame.say("not-read-yet")]
    } else {
        receipts
    };
    let additions = c
        .additions
        .iter()
        .map(|addition| {
            view! {
                <h4>{frame.words.say_with("added-on", &[("date", long_date(&frame.words, addition.added_on).into())])}</h4>
                <p class="own-words">{addition.text.clone()}</p>
            }
        })
        .collect_view();
    // The box of "I want to add something" is only open when what was
    // added to this one came back with a problem.
    let box_id = format!("{ADDITION_TEXT}-{id}");
    let this_one = addition_problem.filter(|p| p.contribution_id == id);
    let error = this_one.map(|p| p.problem.to_owned());
    let typed = this_one.map(|p| p.typed.to_owned()).unwrap_or_default();
    let open = error.is_some();
    view! {
        <article class="sent" aria-labelledby=format!("sent-{id}")>
            <h3 id=format!(
                "sent-{id}",
            )>
                {frame.words.say_with("sent-on", &[("date", long_date(&frame.words, summary.sent_on).into())])}
            </h3>
            {answers_list(frame, &c.body, officer, None)}
            {additions}
            {helped_by(frame, summary).map(|line| view! { <p>{line}</p> })}
            {who_can_read(line, names)}
            {receipts.into_iter().map(|line| view! { <p class="receipt">{line}</p> }).collect_view()}
            <details class="add-something" open=open>
                <summary class="button button-secondary">{frame.say("add-something")}</summary>
                <form method="post" action=add_path.to_owned() novalidate>
                    {form_token(frame)}
                    <input type="hidden" name=ADDITION_OF value=id />
                    <input type="hidden" name="send_id" value=format!("{send_id}-{id}") />
                    <div class=if open { "field field-error" } else { "field" }>
                        <label class="label" for=box_id.clone()>
                            {frame.say("add-label")}
                        </label>
                        {error
                            .map(|error| {
                                view! {
                                    <p class="error-message">
                                        <span class="visually-hidden">
                                            {frame.say("error-prefix")} " "
                                        </span>
                                        {error}
                                    </p>
                                }
                            })}
                        <textarea class="textarea" id=box_id name=ADDITION_TEXT rows="4">{textarea_text(&typed)}</textarea>
                    </div>
                    <button type="submit" class="button">
                        {frame.say("add-button")}
                    </button>
                </form>
            </details>
        </article>
    }
}
