//! `/children/:id`: one child's officer page, as an adult (or the child) opens it by address.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::pages::my_officer::MyOfficer;
use crate::pages::not_found::NotFound;

/// The officer page for the child in the address, or "Page not found" for a bad id.
#[component]
pub fn ChildOfficer() -> impl IntoView {
    let params = use_params_map();
    move || match params
        .read()
        .get("id")
        .and_then(|id| id.parse::<i64>().ok())
    {
        Some(child_id) => view! { <MyOfficer child_id /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}
