//! "Language": the header's menu of every language of this build, each named
//! in itself. A choice changes the page at once, without a reload; for a
//! signed-in person it is also saved on the server, and brought back when
//! they next sign in, on any device.

use domain::api::{LanguageChoice, Me};
use leptos::prelude::*;

use crate::languages::use_languages;
use crate::session::use_session;
use crate::{api, dom, t};

/// The `id` of the `<select>`, which keeps focus across the re-render.
const MENU_ID: &str = "language";

/// The menu, shown when there is more than one language to choose from.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let languages = use_languages();
    let session = use_session();
    // Once the server says who is signed in, their saved choice (if any) is used.
    Effect::new(move || {
        let me = session.me();
        languages.apply_saved(
            me.as_ref().map(|me| me.user_id),
            me.and_then(|me| me.language),
        );
    });

    let offered = languages.menu();
    if offered.len() < 2 {
        return None;
    }
    let current = languages.current();
    let on_change = move |ev: leptos::ev::Event| {
        let tag = event_target_value(&ev);
        leptos::task::spawn_local(async move {
            if !languages.choose(tag.clone()).await {
                return;
            }
            request_animation_frame(|| dom::focus_id(MENU_ID));
            if let Some(me) = untrack(|| session.me()) {
                save(me, tag, session).await;
            }
        });
    };
    Some(view! {
        <div class="language-menu">
            <label for=MENU_ID>{t!("language-menu")}</label>
            <select id=MENU_ID on:change=on_change>
                {offered
                    .into_iter()
                    .map(|language| {
                        let selected = language.tag == current;
                        view! {
                            <option value=language.tag.clone() lang=language.tag selected=selected>
                                {language.name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    })
}

/// Keeps the choice with the person's account. If the server cannot be
/// reached, the choice still holds in this browser.
async fn save(me: Me, tag: String, session: crate::session::Session) {
    let choice = LanguageChoice {
        language: tag.clone(),
    };
    if api::put("/api/me/language", &choice).await.is_ok() {
        session.signed_in(Me {
            language: Some(tag),
            ..me
        });
    }
}
