//! What the My Say server and front end agree on: the JSON shapes they
//! exchange (`api`) and the statutory rules for when reviews are due
//! (`working_days`, `bank_holidays`, `review_dates`), with a council's
//! `closure_days` kept apart so they can only warn, and what a sign-in form
//! must hold (`sign_in_rules`). Plain Rust, no I/O, so
//! both sides compute dates the same way and the rules are unit-tested here.

pub mod api;
pub mod bank_holidays;
pub mod closure_days;
pub mod contributions;
pub mod requests;
pub mod review_dates;
pub mod reviews;
pub mod rights;
pub mod sign_in_rules;
pub mod working_days;
