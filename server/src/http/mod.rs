//! The HTTP plumbing every feature shares: accepting connections, the route
//! list, errors as JSON, request extractors (the client's address among
//! them), security headers and CSRF checks, the static front end, and what
//! every server-rendered page shares (`pages`).

pub mod client_address;
pub mod connections;
pub mod error;
pub mod extract;
pub mod frontend;
pub mod pages;
pub mod routes;
pub mod security;
