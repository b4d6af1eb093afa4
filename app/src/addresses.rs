//! Which page each address opens. The router (`shell.rs`) keeps the
//! address, the history and the links; this small table picks the page.
//! One table instead of typed routes: each route grew the first download by
//! its share of the router's generic matching code.
//!
//! A child's home is in the first download. The ways in (the three
//! sign-in forms) and "I don't feel safe" are pages from the server, with
//! no WebAssembly at all: nothing of the app can stand between a child and
//! the help numbers, or keep them from signing in.
//! Every other page is a `LazyPage`, its code and words fetched when first
//! opened.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use crate::components::lazy_page::LazyPage;
use crate::lazy_pages;
use crate::pages;

/// The page an address opens, with the ids it carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Address {
    Home,
    SignIn,
    NotSafe,
    StaffSignIn,
    Activate,
    WhatsNew,
    AskAdvocate,
    Advocacy,
    MyViews,
    MyMeeting,
    ExtraReview,
    MyRequests,
    RequestsList,
    Rights,
    ChildOfficer { child: i64 },
    ViewsWithHelp { child: i64 },
    NextReview { child: i64 },
    CarerContribution { child: i64 },
    Contribution { child: i64, contribution: i64 },
    RequestDecision { child: i64, request: i64 },
    NotFound,
}

/// The page at `path` (no query or fragment). An id that is not a number,
/// like any unknown address, is "Page not found".
pub fn address_of(path: &str) -> Address {
    use Address::*;
    let parts: Vec<&str> = path.trim_end_matches('/').split('/').skip(1).collect();
    let id = |text: &str| text.parse::<i64>().ok().filter(|id| *id > 0);
    let found = match parts.as_slice() {
        [] => Some(Home),
        ["sign-in"] => Some(SignIn),
        ["not-safe"] => Some(NotSafe),
        ["sign-in", "staff"] => Some(StaffSignIn),
        ["activate"] => Some(Activate),
        ["updates"] => Some(WhatsNew),
        ["advocate"] => Some(AskAdvocate),
        ["advocacy"] => Some(Advocacy),
        ["my-views"] => Some(MyViews),
        ["my-meeting"] => Some(MyMeeting),
        ["extra-review"] => Some(ExtraReview),
        ["my-requests"] => Some(MyRequests),
        ["requests"] => Some(RequestsList),
        ["rights"] => Some(Rights),
        ["children", child] => id(child).map(|child| ChildOfficer { child }),
        ["children", child, "views-with-help"] => id(child).map(|child| ViewsWithHelp { child }),
        ["children", child, "review"] => id(child).map(|child| NextReview { child }),
        ["children", child, "carer-contribution"] => {
            id(child).map(|child| CarerContribution { child })
        }
        ["children", child, "contributions", contribution] => {
            id(child)
                .zip(id(contribution))
                .map(|(child, contribution)| Contribution {
                    child,
                    contribution,
                })
        }
        ["children", child, "requests", request] => id(child)
            .zip(id(request))
            .map(|(child, request)| RequestDecision { child, request }),
        _ => None,
    };
    found.unwrap_or(NotFound)
}

/// A page the server renders (`pages/` in the workspace): the app never
/// draws it, so reaching its address here, by Back or a link the app
/// followed, asks the server for it.
#[component]
pub fn FromTheServer() -> impl IntoView {
    let _ = window().location().reload();
}

/// The page for the current address. A new page only when the page or its
/// ids change, not the query.
#[component]
pub fn Pages() -> impl IntoView {
    let pathname = use_location().pathname;
    let address = Memo::new(move |_| address_of(&pathname.get()));
    // The router writes a new path into the address bar and the history
    // only when told the page for it is drawn, as its own route views would
    // tell it (a new query alone it writes at once): without this, Back and
    // reloading would open an older page.
    if let Some(browser) = use_context::<BrowserUrl>() {
        Effect::new(move |_| {
            pathname.track();
            browser.ready_to_complete();
        });
    }
    move || show(address.get())
}

fn show(address: Address) -> AnyView {
    use Address::*;
    match address {
        Home => view! { <pages::home::Home /> }.into_any(),
        SignIn | NotSafe | StaffSignIn | Activate | Rights | MyViews | MyMeeting | MyRequests | ExtraReview => {
            view! { <FromTheServer /> }.into_any()
        }
        WhatsNew => view! { <LazyPage page=lazy_pages::whats_new words="whats_new" /> }.into_any(),
        AskAdvocate => view! { <LazyPage page=lazy_pages::ask_advocate words="ask_advocate" /> }.into_any(),
        Advocacy => view! { <LazyPage page=lazy_pages::advocacy words="advocacy" /> }.into_any(),
        RequestsList => view! { <LazyPage page=lazy_pages::requests_list words="requests_list" /> }.into_any(),
        ChildOfficer { child } => view! { <LazyPage page=move || lazy_pages::child_officer(child) words="child_officer" /> }.into_any(),
        ViewsWithHelp { child } => view! { <LazyPage page=move || lazy_pages::views_with_help(child) words="views_with_help" /> }.into_any(),
        NextReview { child } => view! { <LazyPage page=move || lazy_pages::next_review(child) words="next_review" /> }.into_any(),
        CarerContribution { child } => view! { <LazyPage page=move || lazy_pages::carer_contribution(child) words="carer_contribution" /> }.into_any(),
        Contribution { child, contribution } => view! { <LazyPage page=move || lazy_pages::contribution(child, contribution) words="contribution" /> }.into_any(),
        RequestDecision { child, request } => view! { <LazyPage page=move || lazy_pages::request_decision(child, request) words="request_decision" /> }.into_any(),
        NotFound => view! { <LazyPage page=lazy_pages::not_found words="not_found" /> }.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Address::*;

    #[test]
    fn each_page_has_its_address() {
        for (path, page) in [
            ("/", Home),
            ("/sign-in", SignIn),
            ("/sign-in/", SignIn),
            ("/not-safe", NotSafe),
            ("/sign-in/staff", StaffSignIn),
            ("/activate", Activate),
            ("/updates", WhatsNew),
            ("/advocate", AskAdvocate),
            ("/advocacy", Advocacy),
            ("/my-views", MyViews),
            ("/my-views/", MyViews),
            ("/my-meeting", MyMeeting),
            ("/extra-review", ExtraReview),
            ("/my-requests", MyRequests),
            ("/requests", RequestsList),
            ("/rights", Rights),
            ("/children/7", ChildOfficer { child: 7 }),
            ("/children/7/views-with-help", ViewsWithHelp { child: 7 }),
            ("/children/7/review", NextReview { child: 7 }),
            (
                "/children/7/carer-contribution",
                CarerContribution { child: 7 },
            ),
            (
                "/children/7/contributions/12",
                Contribution {
                    child: 7,
                    contribution: 12,
                },
            ),
            (
                "/children/7/requests/3",
                RequestDecision {
                    child: 7,
                    request: 3,
                },
            ),
        ] {
            assert_eq!(address_of(path), page, "{path}");
        }
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in [
            "/nowhere",
            "/children",
            "/children/sam",
            "/children/0",
            "/children/-1",
            "/children/7/contributions/x",
            "/children/7/requests",
            "/children/7/review/extra",
            "/my-views/extra",
            "/sign-in/other",
        ] {
            assert_eq!(address_of(path), NotFound, "{path}");
        }
    }
}
