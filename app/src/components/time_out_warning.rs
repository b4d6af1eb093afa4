//! "For your security, we will sign you out in 2 minutes." A modal dialog
//! before the server's idle limit (WCAG 2.2.1, Timing Adjustable): "Stay
//! signed in" (or Esc) keeps the session going; if time runs out, the app
//! signs out and says why on the sign-in page.

use std::time::Duration;

use domain::api::{ErrorCode, Role};
use leptos::html;
use leptos::prelude::*;

use crate::components::quick_exit::LeaveButton;
use crate::js;
use crate::session::{use_session, Ending, Session};
use crate::t;
use crate::time_out::{countdown, stage, Announcer, Stage};

/// How often the clock is read. Timers are late in background tabs, so each
/// tick works from the time, never from counting ticks.
const TICK: Duration = Duration::from_secs(1);

/// The warning dialog, always in the page and opened only when needed.
#[component]
pub fn TimeOutWarning() -> impl IntoView {
    let session = use_session();
    let now = RwSignal::new(js::date_now());
    let ticking = set_interval_with_handle(move || now.set(js::date_now()), TICK).ok();
    on_cleanup(move || {
        if let Some(ticking) = ticking {
            ticking.clear();
        }
    });

    let current = Memo::new(move |_| {
        let idle_timeout_secs = session.idle_timeout_secs()?;
        Some(stage(idle_timeout_secs, now.get() - session.last_request()))
    });
    let dialog = NodeRef::<html::Dialog>::new();
    // Whether the warning should be on screen: Esc closes the dialog before
    // the app hears of it, so the dialog's own `open` cannot say.
    let showing = StoredValue::new(false);
    let announcer = StoredValue::new(Announcer::opened(0));
    let announcement = RwSignal::new(String::new());
    let pending = StoredValue::new(false);
    let ended = StoredValue::new(false);

    Effect::new(move || {
        let current = current.get();
        let Some(dialog) = dialog.get() else {
            return;
        };
        match current {
            Some(Stage::Warning { secs_left }) if !showing.get_value() => {
                showing.set_value(true);
                announcer.set_value(Announcer::opened(secs_left));
                announcement.set(String::new());
                // Modal: the rest of the page is inert and focus stays in the dialog.
                let _ = dialog.show_modal();
            }
            Some(Stage::Warning { secs_left }) => {
                if announcer.try_update_value(|a| a.should_announce(secs_left)) == Some(true) {
                    announcement.set(countdown(secs_left));
                }
            }
            Some(Stage::Ended) if !ended.get_value() => {
                ended.set_value(true);
                showing.set_value(false);
                dialog.close();
                session.end(Ending::TimedOut);
            }
            Some(Stage::Ended) => {}
            Some(Stage::Quiet) | None => {
                if showing.get_value() {
                    showing.set_value(false);
                    dialog.close();
                }
            }
        }
    });

    let stay = move || {
        if pending.get_value() {
            return;
        }
        pending.set_value(true);
        leptos::task::spawn_local(async move {
            let result = session.check_me().await;
            pending.set_value(false);
            match result {
                // The server's timer started again: the dialog closes by itself.
                Ok(_) => {}
                Err(failure) if failure.code() == Some(ErrorCode::NotSignedIn) => {
                    session.end(Ending::TimedOut);
                }
                // Not reached the server: keep the warning up, to try again.
                Err(_) => reopen(dialog, showing),
            }
        });
    };
    // Esc closes a modal dialog natively; it means "stay", as the button does.
    let on_close = move |_| {
        if showing.get_value() {
            stay();
        }
    };
    let for_a_child = move || session.me().is_some_and(|me| me.role == Role::Child);
    let text = move || match current.get() {
        Some(Stage::Warning { secs_left }) => countdown(secs_left),
        _ => String::new(),
    };

    view! {
        <dialog
            node_ref=dialog
            class="time-out-warning"
            aria-modal="true"
            aria-labelledby="time-out-title"
            aria-describedby="time-out-text"
            on:close=on_close
        >
            <h2 id="time-out-title" class="time-out-title">
                {t!("time-out-title")}
            </h2>
            <p id="time-out-text">{text}</p>
            // Speaks only at 60, 30 and 15 seconds; the text above changes every second.
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">
                {move || announcement.get()}
            </p>
            <div class="time-out-actions">
                <button type="button" class="button" on:click=move |_| stay()>
                    {t!("time-out-stay")}
                </button>
                <button type="button" class="link-button" on:click=move |_| sign_out(session)>
                    {t!("sign-out")}
                </button>
                // The dialog makes the page behind it inert, header button included.
                <Show when=for_a_child>
                    <LeaveButton />
                </Show>
            </div>
        </dialog>
    }
}

fn sign_out(session: Session) {
    session.end(Ending::SignedOut);
}

/// Shows the dialog again if Esc closed it but staying did not work.
fn reopen(dialog: NodeRef<html::Dialog>, showing: StoredValue<bool>) {
    if let Some(dialog) = dialog.get_untracked() {
        if showing.get_value() && !dialog.open() {
            let _ = dialog.show_modal();
        }
    }
}
