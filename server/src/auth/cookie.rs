//! The session cookie's name and flags, and HSTS to go with a Secure one.
//!
//! Secure by default, named `__Host-mysay_session` so the browser keeps it to
//! this host over HTTPS. The one exception is a server listening on loopback
//! (development and tests), which can only be reached over plain HTTP from
//! the same machine: there the cookie cannot be Secure, and so cannot carry
//! the `__Host-` prefix either (browsers refuse it). Behind a TLS proxy on
//! the same machine, list the proxy in `MYSAY_TRUSTED_PROXIES` (its
//! `X-Forwarded-Proto: https` then makes the cookie Secure) or set
//! `MYSAY_SECURE_COOKIES=1`.

use crate::http::client_address::{self, ClientAddress};
use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use domain::api::{SESSION_COOKIE, SESSION_COOKIE_PLAIN_HTTP};

/// Two years, as the HSTS preload list asks; no `includeSubDomains`, which
/// could break a council's other sites still on plain HTTP.
const HSTS: &str = "max-age=63072000";

/// Whether this request's session cookie is (to be) Secure.
pub fn secure(state: &AppState, client: ClientAddress) -> bool {
    client.https || state.config.secure_by_default()
}

fn name(secure: bool) -> &'static str {
    if secure {
        SESSION_COOKIE
    } else {
        SESSION_COOKIE_PLAIN_HTTP
    }
}

/// The session token the browser presented under the name this request
/// uses. On HTTPS an unprefixed cookie is ignored: anyone on the network
/// could have planted it.
pub fn presented(headers: &HeaderMap, secure: bool) -> Option<String> {
    CookieJar::from_headers(headers)
        .get(name(secure))
        .map(|c| c.value().to_owned())
}

pub fn build(value: String, secure: bool) -> Cookie<'static> {
    Cookie::build((name(secure), value))
        .http_only(true)
        .same_site(SameSite::Strict)
        .path("/")
        .secure(secure)
        .build()
}

/// Tells browsers to use HTTPS only, on every answer of a deployment whose
/// cookies are Secure.
pub async fn strict_transport_security(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let (parts, body) = request.into_parts();
    let secure = secure(
        &state,
        client_address::judge(&parts, &state.config.trusted_proxies),
    );
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if secure {
        response.headers_mut().insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
    response
}
