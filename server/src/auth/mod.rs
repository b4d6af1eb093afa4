//! Who is asking: sign-in (with throttling and password hashing) and the
//! server-side sessions that carry a signed-in person from request to request.

pub mod activation_codes;
pub mod cookie;
pub mod passwords;
pub mod sessions;
pub mod sign_in;
pub mod sign_in_pages;
pub mod throttle;
