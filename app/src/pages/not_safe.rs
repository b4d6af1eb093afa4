//! `/not-safe`: what a child sees after pressing "I don't feel safe". The
//! help numbers are drawn first and need nothing from the server, so no
//! error, time-out or lost connection can hide them. A signed-in child's
//! officer, social worker and a manager are told at once.

use domain::api::{ErrorCode, Me, Role};
use domain::requests::{AlertRaised, RaiseAlert};
use leptos::prelude::*;

use crate::api::{self, Failure};
use crate::components::contact_links::tel_href;
use crate::components::route_announcer::use_page_title;
use crate::drafts::{forget_send_id, send_id};
use crate::session::use_session;
use crate::t;

/// Free, day or night, for anyone under 19.
const CHILDLINE: &str = "0800 1111";
/// Coram Voice's Always Heard line, for children in care.
const CORAM_VOICE: &str = "0808 800 5792";

/// Names this send in `drafts::send_id`: one press, however many retries.
const SEND_NAME: &str = "not-safe";

/// What the adults have been told so far.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Told {
    /// Nobody is signed in: the page is the help numbers alone.
    NotSignedIn,
    Sending,
    Sent,
    /// The alert did not go; `signed_out` when the session had ended.
    NotSent {
        child_id: Option<i64>,
        signed_out: bool,
    },
}

/// Tells the adults (when a child is signed in) and shows the help numbers.
#[component]
pub fn NotSafe() -> impl IntoView {
    let session = use_session();
    let officer = session.officer_title();
    use_page_title().set(t!("unsafe-title"), false);
    let told = RwSignal::new(Told::Sending);

    let tell = move |known: Option<i64>| {
        told.set(Told::Sending);
        leptos::task::spawn_local(async move {
            let child_id = match known {
                Some(id) => id,
                None => match session.load_me().await {
                    Ok(Me {
                        role: Role::Child,
                        child_id: Some(id),
                        ..
                    }) => id,
                    Ok(_) | Err(Failure::Api(_)) => return told.set(Told::NotSignedIn),
                    Err(_) => {
                        let signed_out = false;
                        return told.set(Told::NotSent {
                            child_id: None,
                            signed_out,
                        });
                    }
                },
            };
            let body = RaiseAlert {
                send_id: send_id(child_id, SEND_NAME),
            };
            let path = format!("/api/children/{child_id}/unsafe");
            match api::post::<_, AlertRaised>(&path, &body).await {
                Ok(_) => {
                    forget_send_id(child_id, SEND_NAME);
                    told.set(Told::Sent);
                }
                Err(failure) => told.set(Told::NotSent {
                    child_id: Some(child_id),
                    signed_out: failure.code() == Some(ErrorCode::NotSignedIn),
                }),
            }
        });
    };
    tell(None);

    // One paragraph whose words change, so the page stays small in the first view.
    let status = move || match told.get() {
        Told::NotSignedIn => t!("unsafe-intro", officer = officer.as_str()),
        Told::Sending => t!("unsafe-sending", officer = officer.as_str()),
        Told::Sent => t!("unsafe-sent", officer = officer.as_str()),
        Told::NotSent {
            signed_out: true, ..
        } => t!("unsafe-not-sent-signed-out"),
        Told::NotSent { .. } => t!("unsafe-not-sent"),
    };
    let retry = move || match told.get() {
        Told::NotSent {
            child_id,
            signed_out: false,
        } => Some(child_id),
        _ => None,
    };

    view! {
        <h1 tabindex="-1">{t!("unsafe-title")}</h1>
        <div role="status">
            <p class="unsafe-status">{status}</p>
        </div>
        <button
            type="button"
            class="button"
            hidden=move || retry().is_none()
            on:click=move |_| tell(retry().flatten())
        >
            {t!("unsafe-try-again")}
        </button>
        <h2>{t!("unsafe-danger-heading")}</h2>
        <p>{t!("unsafe-danger", childline = CHILDLINE)}</p>
        <ul class="help-numbers">
            <li>
                <a class="help-number" href="tel:999">
                    {t!("unsafe-call-999")}
                </a>
            </li>
            <li>
                <a class="help-number" href=tel_href(CHILDLINE)>
                    {t!("unsafe-call-childline", number = CHILDLINE)}
                </a>
                <p class="hint">{t!("unsafe-childline-hint")}</p>
            </li>
        </ul>
        <h2>{t!("unsafe-talk-heading")}</h2>
        <ul class="help-numbers">
            <li>
                <a class="help-number" href=tel_href(CORAM_VOICE)>
                    {t!("unsafe-call-coram", number = CORAM_VOICE)}
                </a>
                <p class="hint">{t!("unsafe-coram-hint")}</p>
            </li>
        </ul>
    }
}
