//! The server over HTTP: each test starts its own real server on
//! 127.0.0.1:0 with the demo data in its own SQLite file, and talks to it as
//! a browser or the app would. One test binary for all of them, so a build
//! links the server once, not once per file.

mod common;

mod access;
mod attachments;
mod audit;
mod bad_requests;
mod contributions;
mod demo_people;
mod drafts;
mod email;
mod extra_review_page;
mod frontend_caching;
mod home_page;
mod languages;
mod logs;
mod my_requests_page;
mod not_safe_page;
mod own_words_pages;
mod page_data;
mod referrals;
mod requests;
mod review_bookings;
mod review_dates;
mod review_overview;
mod security;
mod sign_in;
mod sign_in_pages;
mod unsafe_alerts;
mod whats_new_page;
