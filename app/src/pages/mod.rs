//! One module per page, named for what the person sees.

pub mod advocacy;
pub mod ask_advocate;
pub mod carer_contribution;
pub mod caseload;
pub mod child_officer;
pub mod contribution;
pub mod home;
pub mod my_officer;
pub mod next_review;
pub mod not_allowed;
pub mod not_found;
pub mod request_decision;
pub mod requests_list;
pub mod views_with_help;
pub mod whats_new;
