//! The pages a child's first view does not need. Each function is a split
//! point: the build (`xtask/src/split.rs`) moves its code, and whatever only
//! it uses, into a chunk of its own, fetched the first time the page opens.
//! Show them through `LazyPage`, which says "Loading…" meanwhile.
//!
//! `fallible`: a chunk that fails to arrive (offline, a new deploy) becomes
//! an `Err` the page can offer to retry, instead of a panic that would stop
//! the whole app.

use domain::api::Role;
use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::pages;

/// What a split point gives back: the page, or why its code did not arrive.
pub type Loaded = Result<AnyView, SplitLoaderError>;

#[wasm_split(caseload, fallible)]
pub fn caseload(role: Role) -> Loaded {
    Ok(view! { <pages::caseload::Caseload role /> }.into_any())
}

#[wasm_split(child_officer, fallible)]
pub fn child_officer(child_id: i64) -> Loaded {
    Ok(view! { <pages::child_officer::ChildOfficer child_id /> }.into_any())
}

#[wasm_split(views_with_help, fallible)]
pub fn views_with_help(child_id: i64) -> Loaded {
    Ok(view! { <pages::views_with_help::ViewsWithHelp child_id /> }.into_any())
}

#[wasm_split(next_review, fallible)]
pub fn next_review(child_id: i64) -> Loaded {
    Ok(view! { <pages::next_review::NextReview child_id /> }.into_any())
}

#[wasm_split(contribution, fallible)]
pub fn contribution(child_id: i64, contribution_id: i64) -> Loaded {
    Ok(view! { <pages::contribution::Contribution child_id contribution_id /> }.into_any())
}

#[wasm_split(carer_contribution, fallible)]
pub fn carer_contribution(child_id: i64) -> Loaded {
    Ok(view! { <pages::carer_contribution::CarerContribution child_id /> }.into_any())
}

#[wasm_split(requests_list, fallible)]
pub fn requests_list() -> Loaded {
    Ok(view! { <pages::requests_list::RequestsList /> }.into_any())
}

#[wasm_split(request_decision, fallible)]
pub fn request_decision(child_id: i64, request_id: i64) -> Loaded {
    Ok(view! { <pages::request_decision::RequestDecision child_id request_id /> }.into_any())
}

#[wasm_split(not_found, fallible)]
pub fn not_found() -> Loaded {
    Ok(view! { <pages::not_found::NotFound /> }.into_any())
}

#[wasm_split(not_allowed, fallible)]
pub fn not_allowed() -> Loaded {
    Ok(view! { <pages::not_allowed::NotAllowed /> }.into_any())
}

#[wasm_split(whats_new, fallible)]
pub fn whats_new() -> Loaded {
    Ok(view! { <pages::whats_new::WhatsNew /> }.into_any())
}

#[wasm_split(ask_advocate, fallible)]
pub fn ask_advocate() -> Loaded {
    Ok(view! { <pages::ask_advocate::AskAdvocate /> }.into_any())
}

#[wasm_split(advocacy, fallible)]
pub fn advocacy() -> Loaded {
    Ok(view! { <pages::advocacy::Advocacy /> }.into_any())
}

/// Readable without signing in.
/// On a child's home: "Priya thinks an advocate could help you", when
/// someone suggested one. Fetched only with the home, never blocking it.
#[wasm_split(advocate_offer, fallible)]
pub fn advocate_offer(child_id: i64) -> Loaded {
    Ok(view! { <crate::components::advocate_offer::AdvocateOffer child_id /> }.into_any())
}
