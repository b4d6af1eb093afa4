//! Protections applied to every request, once, as middleware.

use crate::http::error::AppError;
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, Method, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use domain::api::{CSRF_HEADER, CSRF_VALUE};

/// `'wasm-unsafe-eval'` lets the WebAssembly front end compile without
/// allowing JavaScript `eval`. The quick exit's form ends at the neutral
/// site (`/leave` answers with a redirect there), which `form-action` must
/// allow, or the browser would stop on the way out.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
                   img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
                   frame-ancestors 'none'; form-action 'self' https://www.bbc.co.uk";

pub fn is_api(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}

pub async fn headers(req: Request, next: Next) -> Response {
    let api = is_api(req.uri().path());
    let mut response = next.run(req).await;
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    // Children's details must not linger in a shared computer's cache. A
    // route may say more (a download says `private, no-store`), never less.
    let forbids_storing = |v: &HeaderValue| v.to_str().is_ok_and(|v| v.contains("no-store"));
    if api && !h.get(header::CACHE_CONTROL).is_some_and(forbids_storing) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Refuses state-changing API requests that could have been forged by
/// another site: the custom header cannot be sent cross-site without a CORS
/// preflight (never granted), and the fetch metadata and Origin headers, when
/// the browser sends them, must say the request came from this site.
pub async fn csrf(req: Request, next: Next) -> Response {
    let safe_method = matches!(*req.method(), Method::GET | Method::HEAD);
    if !safe_method && is_api(req.uri().path()) && !same_site(req.headers(), req.uri()) {
        return AppError::CrossSite.into_response();
    }
    next.run(req).await
}

fn same_site(headers: &HeaderMap, uri: &Uri) -> bool {
    let custom = headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
    custom.map(str::trim) == Some(CSRF_VALUE) && not_cross_site_at(headers, uri, false)
}

/// The browser does not say a form came from another site: neither
/// `Sec-Fetch-Site` nor `Origin` names one. (A form cannot send the API's
/// custom header; the pages' forms carry a token instead.) `Origin: null`
/// is what browsers send with a form under `Referrer-Policy: no-referrer`,
/// so it says nothing either way here; the token decides.
pub fn not_cross_site(headers: &HeaderMap) -> bool {
    not_cross_site_at(headers, &Uri::from_static("/"), true)
}

fn not_cross_site_at(headers: &HeaderMap, uri: &Uri, null_origin_says_nothing: bool) -> bool {
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if text("sec-fetch-site").is_some_and(|s| s.eq_ignore_ascii_case("cross-site")) {
        return false;
    }
    match text("origin") {
        None => true,
        Some("null") if null_origin_says_nothing => true,
        Some(origin) => {
            let host = text("host").or_else(|| uri.authority().map(|a| a.as_str()));
            let origin_host = origin
                .split_once("://")
                .map(|(_, rest)| rest.trim_end_matches('/'));
            matches!((origin_host, host), (Some(o), Some(h)) if o.eq_ignore_ascii_case(h))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(pairs: &[(&str, &str)]) -> bool {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(
                axum::http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                v.parse().unwrap(),
            );
        }
        same_site(&h, &Uri::from_static("/api/session/staff"))
    }

    #[test]
    fn header_and_origin_rules() {
        let ok = (CSRF_HEADER, CSRF_VALUE);
        assert!(check(&[ok, ("host", "my.example:8080")]));
        assert!(check(&[
            ok,
            ("host", "my.example:8080"),
            ("origin", "https://my.example:8080")
        ]));
        assert!(check(&[ok, ("sec-fetch-site", "same-origin")]));
        assert!(!check(&[("host", "my.example")]));
        assert!(!check(&[(CSRF_HEADER, "0")]));
        assert!(!check(&[ok, ("sec-fetch-site", "cross-site")]));
        assert!(!check(&[
            ok,
            ("host", "my.example"),
            ("origin", "https://evil.example")
        ]));
        assert!(!check(&[ok, ("host", "my.example"), ("origin", "null")]));
        assert!(!check(&[
            ok,
            ("host", "my.example:8080"),
            ("origin", "http://my.example")
        ]));
    }
}
