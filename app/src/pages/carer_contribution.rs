//! `/children/:id/carer-contribution`: a carer writes their contribution to
//! the child's next review, attaches files with a real progress bar, and
//! sends it. Once sent it is shown as sent, and cannot be changed.

use domain::api::{ErrorCode, Me, OfficerPage, Role};
use domain::contributions::{
    Attachment, Contribution as ContributionData, ContributionBody, ContributionKind,
    ContributionSummary, Draft, SendContribution, Sent, ShareChoice, MAX_TEXT_CHARS,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{File, HtmlInputElement};

use crate::api::{self, Failure};
use crate::carer_draft::CarerDraft;
use crate::components::error_summary::ErrorSummary;
use crate::components::field_help::FieldHelp;
use crate::components::page_loader::PageLoader;
use crate::components::route_announcer::use_page_title;
use crate::components::text_field::{described_by, error_for};
use crate::dates::long_date;
use crate::drafts::SaveStatus;
use crate::errors::Problem;
use crate::js;
use crate::pages::contribution::attachments;
use crate::pages::not_allowed::NotAllowed;
use crate::review_words::{file_size, whole_mb};
use crate::session::use_session;
use crate::t;
use crate::upload::{self, check_before_sending, percent_to_tell, refusal_for};

const TEXT: &str = "text";
const FILE: &str = "file";

/// The page for the child in the address (`crate::addresses`).
#[component]
pub fn CarerContribution(child_id: i64) -> impl IntoView {
    view! { <CarerLoader child_id /> }
}

/// Everything the page needs, read once when it opens.
#[derive(Clone)]
struct Loaded {
    me: Me,
    child: OfficerPage,
    /// The draft's words and files, if the carer started one.
    draft: Option<domain::contributions::CarerViews>,
    /// What they already sent for this review, in full.
    sent: Option<(ContributionSummary, ContributionBody, Vec<Attachment>)>,
}

#[component]
fn CarerLoader(child_id: i64) -> impl IntoView {
    let session = use_session();
    let data = LocalResource::new(move || async move {
        let me = session.load_me().await?;
        let base = format!("/api/children/{child_id}");
        let child = api::get::<OfficerPage>(&format!("{base}/officer")).await?;
        if me.role != Role::Carer {
            return Ok(Loaded {
                me,
                child,
                draft: None,
                sent: None,
            });
        }
        let review_id = child.next_review_booked.as_ref().map(|r| r.review_id);
        let sent = api::get::<Vec<ContributionSummary>>(&format!("{base}/contributions"))
            .await?
            .into_iter()
            .find(|c| {
                c.kind == ContributionKind::Carer
                    && c.author.user_id == me.user_id
                    && c.review_id == review_id
            });
        let sent = match sent {
            Some(summary) => {
                let path = format!("{base}/contributions/{}", summary.contribution_id);
                let full = api::get::<ContributionData>(&path).await?;
                Some((full.summary, full.body, full.attachments))
            }
            None => None,
        };
        let draft = api::get::<Vec<Draft>>(&format!("{base}/drafts"))
            .await?
            .into_iter()
            .find_map(|draft| match draft.body {
                ContributionBody::Carer(views) if draft.mine => Some(views),
                _ => None,
            });
        Ok::<_, Failure>(Loaded {
            me,
            child,
            draft,
            sent,
        })
    });
    view! { <PageLoader data loaded=page /> }
}

fn page(loaded: Loaded) -> AnyView {
    if loaded.me.role != Role::Carer {
        return view! { <NotAllowed /> }.into_any();
    }
    let officer = use_session().officer_title();
    let child = loaded.child.child_first_name.clone();
    let child_id = loaded.child.child_id;
    let heading = t!("carer-title", child = child.as_str());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let title = use_page_title();
    let title_text = heading.clone();
    Effect::new(move || title.set(title_text.clone(), !problems.read().is_empty()));
    let when = match &loaded.child.next_review_booked {
        Some(review) => t!("carer-review-on", date = long_date(review.on)),
        None => t!(
            "carer-review-by",
            date = long_date(loaded.child.next_review_due)
        ),
    };
    let sent = RwSignal::new(loaded.sent.clone());
    let form = CarerForm {
        child_id,
        child: child.clone(),
        officer: officer.clone(),
        problems,
        sent,
    };
    let draft = loaded.draft.clone().unwrap_or_default();

    view! {
        <a href=format!("/children/{child_id}") class="back-link">
            {t!("back")}
        </a>
        <ErrorSummary problems />
        <h1 tabindex="-1">{heading}</h1>
        <p>{t!("carer-intro", officer = officer.as_str(), child = child.as_str())}</p>
        <p class="next-review">{when}</p>
        {move || match sent.get() {
            Some((summary, body, files)) => sent_view(child_id, &officer, summary, body, files).into_any(),
            None => form.clone().view(draft.clone()).into_any(),
        }}
    }
    .into_any()
}

/// The sent contribution, read-only.
fn sent_view(
    child_id: i64,
    officer: &str,
    summary: ContributionSummary,
    body: ContributionBody,
    files: Vec<Attachment>,
) -> impl IntoView {
    let text = match body {
        ContributionBody::Carer(views) => views.text,
        _ => String::new(),
    };
    view! {
        <div class="panel" role="status">
            <h2 class="panel-title">{t!("carer-sent-title")}</h2>
            <p>{t!("contribution-sent-on", date = long_date(summary.sent_on))}</p>
            <p>{t!("carer-sent-body", officer = officer)}</p>
        </div>
        <h2>{t!("carer-sent-heading")}</h2>
        {(!text.trim().is_empty()).then(|| view! { <p class="written">{text}</p> })}
        {attachments(child_id, &files)}
        {crate::review_words::only_reader(&summary, officer)
            .map(|line| view! { <p class="readers">{line}</p> })}
    }
}

/// The form while the contribution is not sent yet.
#[derive(Clone)]
struct CarerForm {
    child_id: i64,
    child: String,
    officer: String,
    problems: RwSignal<Vec<Problem>>,
    sent: RwSignal<Option<(ContributionSummary, ContributionBody, Vec<Attachment>)>>,
}

/// An upload under way or just finished: the file's name, bytes sent, bytes in all.
#[derive(Clone, PartialEq)]
struct Progress {
    name: String,
    loaded: f64,
    total: f64,
}

impl CarerForm {
    fn view(self, saved: domain::contributions::CarerViews) -> impl IntoView {
        let CarerForm {
            child_id,
            child,
            officer,
            problems,
            sent,
        } = self;
        let draft = CarerDraft::new(child_id, saved);
        // Names and sizes of the files sent in this visit. The server has no
        // list of a draft's files, so those from an earlier visit are shown
        // by a general name, still with a link to the file itself.
        let files = RwSignal::new(Vec::<Attachment>::new());
        let max_bytes = use_session().max_upload_bytes();
        let progress = RwSignal::new(None::<Progress>);
        let announce = RwSignal::new(String::new());
        let told = StoredValue::new(None::<u32>);
        let can_retry = RwSignal::new(false);
        let last_file = StoredValue::new_local(None::<File>);
        // Made once per contribution and kept until the server answers, so a
        // retry after a lost answer finds the first send instead of a second.
        let send_id = StoredValue::new(None::<String>);

        let show_file_problem = move |text: String| {
            problems.try_update(|list| {
                list.retain(|p| p.field != Some(FILE));
                list.push(Problem::at(FILE, text));
            });
        };
        let start = move |file: File| {
            problems.update(|list| list.retain(|p| p.field != Some(FILE)));
            can_retry.set(false);
            let bytes = file.size() as u64;
            let name = file.name();
            if let Some(refusal) = check_before_sending(bytes, max_bytes) {
                progress.set(None);
                show_file_problem(refusal.text);
                return;
            }
            last_file.set_value(Some(file.clone()));
            told.set_value(None);
            announce.set(String::new());
            progress.set(Some(Progress {
                name: name.clone(),
                loaded: 0.0,
                total: bytes as f64,
            }));
            let path = format!("/api/children/{child_id}/attachments");
            upload::send(
                &path,
                &file,
                move |loaded, total| {
                    let (percent, tell) =
                        percent_to_tell(loaded, total, told.try_get_value().flatten());
                    progress.try_update(|p| {
                        if let Some(p) = p {
                            p.loaded = loaded;
                            p.total = total;
                        }
                    });
                    if let Some(step) = tell {
                        told.try_set_value(Some(step));
                        announce.try_set(t!("carer-progress-percent", percent = step));
                    }
                    let _ = percent;
                },
                move |answer| match answer {
                    Ok(attachment) => {
                        // Every byte arrived: the server has the whole file.
                        progress.try_update(|p| {
                            if let Some(p) = p {
                                p.loaded = p.total;
                            }
                        });
                        announce.try_set(t!("carer-uploaded", name = attachment.name.as_str()));
                        draft
                            .attachment_ids
                            .try_update(|ids| ids.push(attachment.attachment_id));
                        files.try_update(|list| list.push(attachment));
                        last_file.try_set_value(None);
                        draft.changed_now();
                    }
                    Err(failure) => {
                        let refusal = refusal_for(&failure, max_bytes);
                        progress.try_set(None);
                        can_retry.try_set(refusal.can_retry);
                        announce.try_set(String::new());
                        show_file_problem(refusal.text);
                    }
                },
            );
        };
        let on_file = move |ev: leptos::ev::Event| {
            let Some(input) = ev
                .target()
                .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(file) = input.files().and_then(|list| list.get(0)) {
                start(file);
            }
            // The same file can be chosen again after a refusal.
            input.set_value("");
        };
        let retry = move |_| {
            if let Some(file) = last_file.get_value() {
                start(file);
            }
        };

        let send = Action::new_local(move |body: &ContributionBody| {
            let body = body.clone();
            async move {
                let id = send_id.get_value().unwrap_or_else(js::random_uuid);
                send_id.set_value(Some(id.clone()));
                let request = SendContribution {
                    send_id: id,
                    body: body.clone(),
                    shared_with: ShareChoice::default(),
                    review_id: None,
                    confirming_draft_by: None,
                };
                let path = format!("/api/children/{child_id}/contributions");
                match api::post::<_, Sent>(&path, &request).await {
                    Ok(answer) => {
                        send_id.try_set_value(None);
                        draft.sent();
                        problems.try_set(Vec::new());
                        // The server's copy names every file sent, from this visit or before.
                        let path = format!(
                            "/api/children/{child_id}/contributions/{}",
                            answer.contribution.contribution_id
                        );
                        if let Ok(full) = api::get::<ContributionData>(&path).await {
                            sent.try_set(Some((full.summary, full.body, full.attachments)));
                            return;
                        }
                        let ids = match &body {
                            ContributionBody::Carer(views) => views.attachment_ids.clone(),
                            _ => Vec::new(),
                        };
                        let sent_files = files
                            .get_untracked()
                            .into_iter()
                            .filter(|f| ids.contains(&f.attachment_id))
                            .collect();
                        sent.try_set(Some((answer.contribution, body, sent_files)));
                    }
                    Err(failure) => {
                        problems.try_set(send_problems(&failure));
                    }
                }
            }
        });
        let on_send = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let body = draft.body();
            let found = if body.is_empty() {
                vec![Problem::at(TEXT, t!("carer-error-nothing"))]
            } else if !body.too_long().is_empty() {
                vec![Problem::at(
                    TEXT,
                    t!("carer-error-too-long", max = MAX_TEXT_CHARS),
                )]
            } else {
                Vec::new()
            };
            if !found.is_empty() {
                problems.set(found);
            } else if !send.pending().get_untracked() {
                send.dispatch_local(body);
            }
        };

        let text_error = error_for(problems, TEXT);
        let file_error = error_for(problems, FILE);
        let left = move || MAX_TEXT_CHARS as i64 - draft.text.read().chars().count() as i64;
        let count = move || {
            let left = left();
            if left < 0 {
                let over = -left;
                Some(t!("carer-count-over", over = over))
            } else if left as usize <= domain::contributions::COUNT_DOWN_FROM_CHARS_LEFT {
                Some(t!("carer-count", left = left))
            } else {
                None
            }
        };
        let save_state = move || match draft.status() {
            SaveStatus::Quiet => String::new(),
            SaveStatus::Saved => t!("carer-saved"),
            SaveStatus::Retrying => t!("carer-not-saved"),
            SaveStatus::TooLong => t!("draft-too-long"),
        };
        let file_list = move || {
            let ids = draft.attachment_ids.get();
            let known = files.get();
            if ids.is_empty() {
                return view! { <p>{t!("carer-no-files")}</p> }.into_any();
            }
            view! {
                <ul class="file-list">
                    {ids
                        .into_iter()
                        .map(|id| {
                            let file = known.iter().find(|f| f.attachment_id == id).cloned();
                            let name = file
                                .as_ref()
                                .map_or_else(|| t!("carer-earlier-file"), |f| f.name.clone());
                            let size = file.as_ref().map(|f| file_size(f.bytes)).unwrap_or_default();
                            let remove = move |_| {
                                draft.attachment_ids.update(|ids| ids.retain(|i| *i != id));
                                draft.changed_now();
                            };
                            let href = format!("/api/children/{child_id}/attachments/{id}");
                            view! {
                                <li class="file-row">
                                    <a href=href download="" rel="external">
                                        {name.clone()}
                                    </a>
                                    " "
                                    <span class="hint">{size}</span>
                                    <button type="button" class="link-button" on:click=remove>
                                        {t!("carer-remove", name = name)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        };
        let progress_view = move || {
            progress.get().map(|p| {
                let percent = percent_to_tell(p.loaded, p.total, None).0;
                view! {
                    <div class="upload-progress">
                        <label class="label" for="upload-progress">
                            {t!("carer-progress", name = p.name.as_str())}
                        </label>
                        <progress id="upload-progress" max=p.total value=p.loaded>
                            {t!("carer-progress-percent", percent = percent)}
                        </progress>
                        <p aria-hidden="true">{t!("carer-progress-percent", percent = percent)}</p>
                    </div>
                }
            })
        };

        view! {
            <form novalidate on:submit=on_send>
                <div class="field" class:field-error=move || text_error.read().is_some()>
                    <label class="label" for=TEXT>
                        {t!("adult-carer-text")}
                    </label>
                    <FieldHelp id=TEXT hint=Some(t!("carer-text-hint")) error=text_error />
                    <textarea
                        class="input textarea"
                        id=TEXT
                        name=TEXT
                        rows="8"
                        aria-invalid=move || text_error.read().is_some().then_some("true")
                        aria-describedby=move || {
                            described_by(TEXT, true, text_error.read().is_some())
                                .map(|ids| format!("{ids} text-count"))
                        }
                        prop:value=move || draft.text.get()
                        on:input=move |ev| {
                            draft.text.set(event_target_value(&ev));
                            draft.changed();
                        }
                    ></textarea>
                    <p id="text-count" class="hint" aria-live="polite">
                        {count}
                    </p>
                    <p class="save-state" aria-live="polite">
                        {save_state}
                    </p>
                </div>
                <div class="field" class:field-error=move || file_error.read().is_some()>
                    <h2>{t!("carer-files")}</h2>
                    {file_list}
                    <label class="label" for=FILE>
                        {t!("carer-choose-file")}
                    </label>
                    <FieldHelp
                        id=FILE
                        hint=Some(t!("carer-files-hint", mb = whole_mb(max_bytes)))
                        error=file_error
                    />
                    <input
                        class="file-input"
                        type="file"
                        id=FILE
                        name=FILE
                        accept=".pdf,.docx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        aria-invalid=move || file_error.read().is_some().then_some("true")
                        aria-describedby=move || described_by(FILE, true, file_error.read().is_some())
                        on:change=on_file
                    />
                    {progress_view}
                    <p class="visually-hidden" aria-live="polite">
                        {announce}
                    </p>
                    {move || {
                        can_retry
                            .get()
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        class="button button-secondary"
                                        on:click=retry
                                    >
                                        {t!("carer-retry")}
                                    </button>
                                }
                            })
                    }}
                </div>
                <p class="readers">
                    {t!("carer-readers", officer = officer.as_str(), child = child.as_str())}
                </p>
                <button type="submit" class="button">
                    {t!("carer-send", officer = officer.as_str())}
                </button>
            </form>
        }
    }
}

/// Why a send was refused, in words.
fn send_problems(failure: &Failure) -> Vec<Problem> {
    let text = match failure {
        Failure::Network => t!("error-network"),
        Failure::Api(error) => match error.code {
            ErrorCode::NothingToSend => t!("carer-error-nothing"),
            ErrorCode::InvalidInput | ErrorCode::TooLong => t!(
                "carer-error-too-long",
                max = error.limit.unwrap_or(MAX_TEXT_CHARS as u64)
            ),
            _ => t!("error-server"),
        },
        Failure::BadResponse => t!("error-server"),
    };
    vec![Problem::at(TEXT, text)]
}
