//! My Say's front end: a child sees who their reviewing officer is, how to
//! reach them and when their next review is; adults see the children they
//! work with. Client-side rendered with Leptos; talks JSON to `/api/`.

// The pages' view types nest deeply; computing the layout of the largest
// (My meeting's form) for a native test build needs more than the default.
#![recursion_limit = "256"]

mod addresses;
mod api;
mod app;
mod carer_draft;
mod caseload_words;
mod components;
mod contribution_page;
mod contribution_words;
mod dates;
mod dom;
mod drafts;
mod errors;
mod i18n;
mod js;
mod kept_in_tab;
mod languages;
mod lazy_pages;
mod leaving;
mod moments;
mod officer_words;
mod other_tabs;
mod pages;
mod questions;
mod request_words;
mod restored_pages;
mod review_words;
mod sending;
mod session;
mod shell;
mod time_out;
mod upload;

fn main() {
    // A panic's message in the console, in debug builds only: the release
    // build aborts without formatting it, which keeps the formatting code
    // out of the first download.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
