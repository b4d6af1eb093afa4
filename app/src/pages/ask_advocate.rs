//! `/advocate`, "I want an advocate": what it is about (optional), how the
//! advocate should get in touch, a check, then what happens next. One thing
//! per page; each step is its own address, so Back works.

use domain::api::{ErrorCode, Me, Role};
use domain::requests::{
    AdvocateAsk, Asking, ContactBy, NewRequest, Request, MAX_REQUEST_TEXT_CHARS,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::api::{self, Failure};
use crate::components::error_summary::ErrorSummary;
use crate::components::field_help::FieldHelp;
use crate::components::lazy_page::LazyPage;
use crate::components::page_loader::PageLoader;
use crate::components::route_announcer::use_page_title;
use crate::components::text_field::{described_by, error_for, TextField};
use crate::drafts::{forget_send_id, send_id};
use crate::errors::Problem;
use crate::lazy_pages;
use crate::session::use_session;
use crate::t;

const PAGE: &str = "/advocate";
/// Field ids, which the error summary links to.
const ABOUT: &str = "about";
const CONTACT_BY: &str = "contact-by";
const DETAILS: &str = "contact-details";
/// Names this send in `drafts::send_id`.
const SEND_NAME: &str = "advocate";

/// The ways to be contacted, in the order offered, with each radio's id.
const WAYS: [(ContactBy, &str); 5] = [
    (ContactBy::InPerson, CONTACT_BY),
    (ContactBy::Phone, "contact-by-phone"),
    (ContactBy::TextMessage, "contact-by-text"),
    (ContactBy::Email, "contact-by-email"),
    (ContactBy::ThroughMyOfficer, "contact-by-officer"),
];

/// A child asks; anyone else is shown "not allowed".
#[component]
pub fn AskAdvocate() -> impl IntoView {
    let session = use_session();
    let me = LocalResource::new(move || session.load_me());
    view! {
        <PageLoader
            data=me
            loaded=|me: Me| match (me.role, me.child_id) {
                (Role::Child, Some(child_id)) => view! { <AskForm child_id /> }.into_any(),
                _ => view! { <LazyPage page=lazy_pages::not_allowed words="not_allowed" /> }.into_any(),
            }
        />
    }
}

/// The words for a way of being contacted.
fn way_words(way: ContactBy, officer: &str) -> String {
    match way {
        ContactBy::InPerson => t!("contact-by-in-person"),
        ContactBy::Phone => t!("contact-by-phone"),
        ContactBy::TextMessage => t!("contact-by-text"),
        ContactBy::Email => t!("contact-by-email"),
        ContactBy::ThroughMyOfficer => t!("contact-by-officer", officer = officer),
    }
}

/// Whether a way needs a number or an address, and the box's label and
/// the message when it is empty.
fn details_needed(way: ContactBy) -> Option<(String, String, &'static str)> {
    match way {
        ContactBy::Phone | ContactBy::TextMessage => Some((
            t!("advocate-phone-label"),
            t!("advocate-phone-missing"),
            "tel",
        )),
        ContactBy::Email => Some((
            t!("advocate-email-label"),
            t!("advocate-email-missing"),
            "email",
        )),
        ContactBy::InPerson | ContactBy::ThroughMyOfficer => None,
    }
}

/// What stops the "about" step going on.
pub fn check_about(about: &str) -> Vec<Problem> {
    if about.chars().count() > MAX_REQUEST_TEXT_CHARS {
        vec![Problem::at(
            ABOUT,
            t!("advocate-about-too-long", max = MAX_REQUEST_TEXT_CHARS),
        )]
    } else {
        Vec::new()
    }
}

/// What stops the "contact" step going on.
pub fn check_contact(way: Option<ContactBy>, details: &str) -> Vec<Problem> {
    let Some(way) = way else {
        return vec![Problem::at(CONTACT_BY, t!("advocate-contact-missing"))];
    };
    match details_needed(way) {
        Some((_, missing, _)) if details.trim().is_empty() => vec![Problem::at(DETAILS, missing)],
        _ => Vec::new(),
    }
}

/// The steps, with what the child has answered so far.
#[component]
fn AskForm(child_id: i64) -> impl IntoView {
    let officer = use_session().officer_title();
    let about = RwSignal::new(String::new());
    let way = RwSignal::new(None::<ContactBy>);
    let details = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sending = RwSignal::new(false);
    let query = use_query_map();
    let navigate = StoredValue::new(use_navigate());
    let go = move |step: &str, replace: bool| {
        problems.set(Vec::new());
        let to = if step.is_empty() {
            PAGE.to_owned()
        } else {
            format!("{PAGE}?step={step}")
        };
        navigate.with_value(|navigate| {
            navigate(
                &to,
                NavigateOptions {
                    replace,
                    ..NavigateOptions::default()
                },
            )
        });
    };
    let send = move || {
        let Some(contact_by) = way.get_untracked() else {
            return go("contact", false);
        };
        sending.set(true);
        let contact_details = if details_needed(contact_by).is_some() {
            details.get_untracked().trim().to_owned()
        } else {
            String::new()
        };
        let request = NewRequest {
            send_id: send_id(child_id, SEND_NAME),
            asking: Asking::Advocate(AdvocateAsk {
                about: about.get_untracked().trim().to_owned(),
                contact_by,
                contact_details,
            }),
        };
        leptos::task::spawn_local(async move {
            let path = format!("/api/children/{child_id}/requests");
            let result = api::post::<_, Request>(&path, &request).await;
            sending.set(false);
            match result {
                Ok(_) => {
                    forget_send_id(child_id, SEND_NAME);
                    about.set(String::new());
                    details.set(String::new());
                    way.set(None);
                    go("sent", true);
                }
                Err(failure) => problems.set(vec![send_problem(&failure)]),
            }
        });
    };

    let title = use_page_title();
    move || {
        let officer = officer.clone();
        let step = query.read().get("step");
        match step.as_deref() {
            Some("contact") => {
                Effect::new(move || {
                    title.set(t!("advocate-contact-legend"), !problems.read().is_empty())
                });
                let next = move || {
                    problems.set(check_contact(way.get_untracked(), &details.get_untracked()));
                    if problems.read_untracked().is_empty() {
                        go("check", false);
                    }
                };
                view! { <ContactStep officer way details problems on_next=next /> }.into_any()
            }
            Some("check") => {
                Effect::new(move || {
                    title.set(t!("advocate-check-title"), !problems.read().is_empty())
                });
                view! { <CheckStep officer about way details problems sending on_send=send /> }
                    .into_any()
            }
            Some("sent") => {
                title.set(t!("advocate-sent-title"), false);
                view! {
                    <div class="panel panel-done">
                        <h1 tabindex="-1" class="panel-title">
                            {t!("advocate-sent-title")}
                        </h1>
                        <p>{t!("advocate-sent-next")}</p>
                    </div>
                    <p>
                        <a href="/">{t!("advocate-sent-home")}</a>
                    </p>
                }
                .into_any()
            }
            _ => {
                Effect::new(move || {
                    title.set(t!("advocate-about-label"), !problems.read().is_empty())
                });
                let next = move || {
                    problems.set(check_about(&about.get_untracked()));
                    if problems.read_untracked().is_empty() {
                        go("contact", false);
                    }
                };
                view! { <AboutStep about problems on_next=next /> }.into_any()
            }
        }
    }
}

/// Why a send did not go, in words; what was written is kept either way.
fn send_problem(failure: &Failure) -> Problem {
    let text = match failure {
        Failure::Network => t!("advocate-send-offline"),
        Failure::Api(error) => match error.code {
            ErrorCode::NotSignedIn => t!("advocate-send-signed-out"),
            ErrorCode::InvalidInput | ErrorCode::TooLong => {
                t!("advocate-about-too-long", max = MAX_REQUEST_TEXT_CHARS)
            }
            _ => t!("advocate-send-failed"),
        },
        Failure::BadResponse => t!("advocate-send-failed"),
    };
    Problem { field: None, text }
}

/// "What would you like help with? (optional)", after what an advocate is.
#[component]
fn AboutStep(
    about: RwSignal<String>,
    problems: RwSignal<Vec<Problem>>,
    #[prop(into)] on_next: Callback<()>,
) -> impl IntoView {
    let error = error_for(problems, ABOUT);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_next.run(());
    };
    view! {
        <a href="/" class="back-link">
            {t!("advocate-back")}
        </a>
        <ErrorSummary problems />
        <form novalidate on:submit=submit>
            <div class="field" class:field-error=move || error.read().is_some()>
                <h1 tabindex="-1">
                    <label for=ABOUT>{t!("advocate-about-label")}</label>
                </h1>
                <p>{t!("advocate-what")}</p>
                <FieldHelp
                    id=ABOUT
                    hint=Some(t!("advocate-about-hint", max = MAX_REQUEST_TEXT_CHARS))
                    error
                />
                <textarea
                    class="textarea"
                    id=ABOUT
                    name=ABOUT
                    rows="5"
                    aria-invalid=move || error.read().is_some().then_some("true")
                    aria-describedby=move || described_by(ABOUT, true, error.read().is_some())
                    prop:value=move || about.get()
                    on:input=move |ev| about.set(event_target_value(&ev))
                ></textarea>
            </div>
            <button type="submit" class="button">
                {t!("advocate-continue")}
            </button>
        </form>
    }
}

/// "How would you like the advocate to contact you?", with a box for the
/// number or address under the choice that needs one.
#[component]
fn ContactStep(
    officer: String,
    way: RwSignal<Option<ContactBy>>,
    details: RwSignal<String>,
    problems: RwSignal<Vec<Problem>>,
    #[prop(into)] on_next: Callback<()>,
) -> impl IntoView {
    let error = error_for(problems, CONTACT_BY);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_next.run(());
    };
    let radios = WAYS
        .into_iter()
        .map(|(choice, id)| {
            let box_for = move || {
                (way.get() == Some(choice))
                    .then(|| details_needed(choice))
                    .flatten()
                    .map(|(label, _, input_type)| {
                        view! {
                            <div class="conditional">
                                <TextField
                                    id=DETAILS
                                    label
                                    value=details
                                    error=error_for(problems, DETAILS)
                                    input_type
                                    autocomplete=input_type
                                />
                            </div>
                        }
                    })
            };
            view! {
                <div class="radio">
                    <input
                        type="radio"
                        id=id
                        name=CONTACT_BY
                        prop:checked=move || way.get() == Some(choice)
                        on:change=move |_| way.set(Some(choice))
                    />
                    <label for=id>{way_words(choice, &officer)}</label>
                </div>
                {box_for}
            }
        })
        .collect_view();
    view! {
        <a href=PAGE class="back-link">
            {t!("advocate-back")}
        </a>
        <ErrorSummary problems />
        <form novalidate on:submit=submit>
            <fieldset
                class="field fieldset"
                class:field-error=move || error.read().is_some()
                aria-describedby=move || error.read().is_some().then_some("contact-by-error")
            >
                <legend>
                    <h1 tabindex="-1">{t!("advocate-contact-legend")}</h1>
                </legend>
                <FieldHelp id=CONTACT_BY hint=None error />
                {radios}
            </fieldset>
            <button type="submit" class="button">
                {t!("advocate-continue")}
            </button>
        </form>
    }
}

/// Both answers with "Change" links, who can read it, and Send.
#[component]
fn CheckStep(
    officer: String,
    about: RwSignal<String>,
    way: RwSignal<Option<ContactBy>>,
    details: RwSignal<String>,
    problems: RwSignal<Vec<Problem>>,
    sending: RwSignal<bool>,
    #[prop(into)] on_send: Callback<()>,
) -> impl IntoView {
    let about_text = move || {
        let text = about.get();
        if text.trim().is_empty() {
            t!("advocate-check-none")
        } else {
            text
        }
    };
    let officer_for_way = officer.clone();
    let way_text = move || match way.get() {
        None => t!("advocate-check-none"),
        Some(choice) => {
            let words = way_words(choice, &officer_for_way);
            match details_needed(choice) {
                Some(_) => format!("{words}: {}", details.get().trim()),
                None => words,
            }
        }
    };
    view! {
        <a href=format!("{PAGE}?step=contact") class="back-link">
            {t!("advocate-back")}
        </a>
        <ErrorSummary problems />
        <h1 tabindex="-1">{t!("advocate-check-title")}</h1>
        <dl class="facts">
            <div>
                <dt>{t!("advocate-check-about")}</dt>
                <dd class="own-words">{about_text}</dd>
                <dd>
                    <a href=PAGE>{t!("advocate-change-about")}</a>
                </dd>
            </div>
            <div>
                <dt>{t!("advocate-check-contact")}</dt>
                <dd>{way_text}</dd>
                <dd>
                    <a href=format!("{PAGE}?step=contact")>{t!("advocate-change-contact")}</a>
                </dd>
            </div>
        </dl>
        <p class="who-can-read">{t!("advocate-who-reads", officer = officer.as_str())}</p>
        <button
            type="button"
            class="button"
            disabled=move || sending.get()
            on:click=move |_| on_send.run(())
        >
            {move || if sending.get() { t!("advocate-sending") } else { t!("advocate-send") }}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_is_optional_but_has_a_limit_in_characters() {
        assert!(check_about("").is_empty());
        assert!(check_about(&"é".repeat(MAX_REQUEST_TEXT_CHARS)).is_empty());
        let found = check_about(&"a".repeat(MAX_REQUEST_TEXT_CHARS + 1));
        assert_eq!(found[0].field, Some(ABOUT));
        assert_eq!(
            found[0].text,
            "What you wrote is too long. It can be up to 2000 characters."
        );
    }

    #[test]
    fn a_way_is_needed_and_a_number_or_address_only_for_some() {
        assert_eq!(check_contact(None, "")[0].field, Some(CONTACT_BY));
        assert!(check_contact(Some(ContactBy::InPerson), "").is_empty());
        assert!(check_contact(Some(ContactBy::ThroughMyOfficer), "").is_empty());
        assert_eq!(
            check_contact(Some(ContactBy::TextMessage), "  ")[0].text,
            "Write the phone number to use, or choose another way."
        );
        assert_eq!(
            check_contact(Some(ContactBy::Email), "")[0].field,
            Some(DETAILS)
        );
        assert!(check_contact(Some(ContactBy::Phone), "07700 900123").is_empty());
    }
}
