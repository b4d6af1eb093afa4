//! The HTTP plumbing every feature shares: accepting connections, the route
//! list, errors as JSON, request extractors (the client's address among
//! them), security headers and CSRF checks, and the static front end.

pub mod client_address;
pub mod connections;
pub mod error;
pub mod extract;
pub mod frontend;
pub mod routes;
pub mod security;
