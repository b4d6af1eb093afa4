//! What the three sign-in forms share: check, send, then either go home or
//! show what went wrong, always keeping what was typed.

use domain::api::Me;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use serde::Serialize;

use crate::errors::{problems_for, Form, Problem};
use crate::session::{use_session, Session};
use crate::{api, drafts};

/// The state of one sign-in form on screen, sending bodies of type `B`.
pub struct SignInForm<B: 'static> {
    pub problems: RwSignal<Vec<Problem>>,
    send: Action<B, ()>,
    session: Session,
}

impl<B: 'static> Clone for SignInForm<B> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<B: 'static> Copy for SignInForm<B> {}

impl<B: Serialize + Clone + 'static> SignInForm<B> {
    /// A form that posts to `path`; call inside the page's component.
    pub fn new(form: Form, path: &'static str) -> Self {
        let navigate = use_navigate();
        let session = use_session();
        let problems = RwSignal::new(Vec::new());
        let send = Action::new_local(move |body: &B| {
            let body = body.clone();
            let navigate = navigate.clone();
            async move {
                match api::post::<B, Me>(path, &body).await {
                    Ok(me) => {
                        session.signed_in(me);
                        // Back to a form whose session ended mid-draft, to save it.
                        let next = drafts::take_return_to();
                        navigate(next.as_deref().unwrap_or("/"), NavigateOptions::default());
                    }
                    Err(failure) => {
                        let officer = session.officer_title();
                        problems.set(problems_for(form, &failure, &officer));
                    }
                }
            }
        });
        SignInForm {
            problems,
            send,
            session,
        }
    }

    /// This council's name for the reviewing officer.
    pub fn officer_title(&self) -> String {
        self.session.officer_title()
    }

    /// Shows problems found before sending, or sends `body` when there are none.
    pub fn submit(self, found: Vec<Problem>, body: B) {
        if !found.is_empty() {
            self.problems.set(found);
            return;
        }
        // A second press while the first is on its way would count as another try.
        if self.send.pending().get_untracked() {
            return;
        }
        self.send.dispatch_local(body);
    }
}
