//! What the three sign-in forms share: check, send, then either go home or
//! show what went wrong, always keeping what was typed.

use domain::api::Me;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use serde::Serialize;

use crate::api;
use crate::errors::{problems_for, Form, Problem};
use crate::session::{use_session, Session};

/// The state of one sign-in form on screen.
#[derive(Clone, Copy)]
pub struct SignInForm {
    form: Form,
    path: &'static str,
    pub problems: RwSignal<Vec<Problem>>,
    pending: StoredValue<bool>,
    session: Session,
    go_home: Callback<()>,
}

impl SignInForm {
    /// A form that posts to `path`; call inside the page's component.
    pub fn new(form: Form, path: &'static str) -> Self {
        let navigate = use_navigate();
        SignInForm {
            form,
            path,
            problems: RwSignal::new(Vec::new()),
            pending: StoredValue::new(false),
            session: use_session(),
            go_home: Callback::new(move |_| navigate("/", NavigateOptions::default())),
        }
    }

    /// This council's name for the reviewing officer.
    pub fn officer_title(&self) -> String {
        self.session.officer_title()
    }

    /// Shows problems found before sending, or sends `body` when there are none.
    pub fn submit<B: Serialize + 'static>(self, found: Vec<Problem>, body: B) {
        if !found.is_empty() {
            self.problems.set(found);
            return;
        }
        // A second press while the first is on its way would count as another try.
        if self.pending.get_value() {
            return;
        }
        self.pending.set_value(true);
        leptos::task::spawn_local(async move {
            let result = api::post::<B, Me>(self.path, &body).await;
            self.pending.set_value(false);
            match result {
                Ok(me) => {
                    self.session.signed_in(me);
                    self.go_home.run(());
                }
                Err(failure) => {
                    let officer = self.session.officer_title();
                    self.problems
                        .set(problems_for(self.form, &failure, &officer));
                }
            }
        });
    }
}
