//! The router changes the page without the browser noticing, so screen
//! readers hear nothing and focus stays on a link that is gone. This puts
//! both right: it names the tab, moves focus to the new `h1`, and announces it.

use crate::{dom, t};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The current page's heading and whether it is showing errors, as each page reports it.
#[derive(Clone, Copy)]
pub struct PageTitle(RwSignal<Option<(String, bool)>>);

impl PageTitle {
    /// Makes page titles available to every page below.
    pub fn provide() {
        provide_context(PageTitle(RwSignal::new(None)));
    }

    /// Called by a page once its `h1` is on screen.
    pub fn set(&self, heading: String, has_errors: bool) {
        self.0.set(Some((heading, has_errors)));
    }
}

/// The page-title setter provided by the app shell.
pub fn use_page_title() -> PageTitle {
    expect_context::<PageTitle>()
}

/// The browser tab's text: "Sign in to My Say – My Say", with "Error: " first when a form has errors.
pub fn document_title(heading: &str, has_errors: bool) -> String {
    if has_errors {
        t!("document-title-error", page = heading)
    } else {
        t!("document-title", page = heading)
    }
}

/// Sets the tab title, and after each navigation focuses the `h1` and announces the new page.
#[component]
pub fn RouteAnnouncer() -> impl IntoView {
    let PageTitle(title) = use_page_title();
    let pathname = use_location().pathname;
    // The path the last title belonged to: a new title on the same path is a
    // form error (the error summary takes focus), not a new page.
    let shown_path = StoredValue::new(None::<String>);
    let message = RwSignal::new(String::new());

    Effect::new(move || {
        let Some((heading, has_errors)) = title.get() else {
            return;
        };
        let text = document_title(&heading, has_errors);
        document().set_title(&text);
        let path = pathname.get_untracked();
        let previous = shown_path.get_value();
        shown_path.set_value(Some(path.clone()));
        // On the first page the browser announces the load itself.
        if previous.is_some_and(|previous| previous != path) {
            message.set(String::new());
            request_animation_frame(move || {
                dom::focus_selector("main h1");
                message.set(text);
            });
        }
    });

    view! {
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">
            {message}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_names_the_page_then_the_service() {
        assert_eq!(document_title("Your CISRO", false), "Your CISRO – My Say");
        assert_eq!(
            document_title("Sign in to My Say", true),
            "Error: Sign in to My Say – My Say"
        );
    }
}
