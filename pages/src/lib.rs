//! My Say's pages as HTML from the server. Each page is a function from
//! what the server has already checked and loaded (through `policy`, the
//! same path as the JSON API) to the HTML to send: no page fetches
//! anything, and every page works with no JavaScript or WebAssembly.
//!
//! The words come from `locales/` in the language the request asked for
//! (`words::Words`); the frame (`frame::document`) sets `<html lang dir>`,
//! the title and the header.

pub mod contact;
pub mod contributions;
pub mod dates;
pub mod extra_review;
pub mod forms;
pub mod frame;
pub mod home;
pub mod my_meeting;
pub mod my_requests;
pub mod my_views;
pub mod not_safe;
pub mod officer;
pub mod own_words;
pub mod rights;
pub mod sign_in;
#[doc(hidden)]
pub mod test_frame;
pub mod whats_new;
pub mod words;
