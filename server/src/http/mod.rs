//! The HTTP plumbing every feature shares: the route list, errors as JSON,
//! request extractors, security headers and CSRF checks, and the static front end.

pub mod error;
pub mod extract;
pub mod frontend;
pub mod routes;
pub mod security;
