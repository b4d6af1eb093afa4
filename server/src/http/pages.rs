//! What every server-rendered page shares: its words in the language the
//! request asks for, the form cookie and token every form carries, who is
//! signed in, and the answer as HTML that no cache keeps.
//!
//! The language, first to last: `?lang=`, the signed-in person's saved
//! choice, this browser's choice (the `mysay_lang` cookie, set by the
//! language menu), the browser's `Accept-Language`, then English.
//!
//! The words are the build's (`dist/locales/languages.json`, written by
//! `xtask/src/locales.rs`, the same files the browser gets), read once at
//! start-up; without a build the server still has English, compiled in.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use crate::auth::cookie;
use crate::auth::sessions::CurrentUser;
use crate::http::client_address;
use crate::http::error::AppError;
use crate::AppState;
use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use domain::api::Role;
use pages::frame::{Frame, Person};
use pages::words::{Language, Words};
use rand::RngCore;
use serde::Deserialize;

const FALLBACK: &str = "en-GB";
const ENGLISH_APP: &str = include_str!("../../../locales/en-GB/app.ftl");
const ENGLISH_RIGHTS: &str = include_str!("../../../locales/en-GB/rights.ftl");
/// The query parameter that picks a language for one page: `?lang=cy`.
const LANGUAGE_QUERY: &str = "lang";
/// This browser's choice from the language menu.
pub const LANGUAGE_COOKIE: &str = "mysay_lang";
/// Set by "OK, got it" under the quick exit's note (read by the app too).
const QUICK_EXIT_NOTE_COOKIE: &str = "mysay_exit_note";
const FORM_COOKIE: &str = "mysay_form";
const FORM_COOKIE_SECURE: &str = "__Host-mysay_form";

/// Every language of the build, with its words.
#[derive(Clone)]
pub struct PageLanguages {
    list: Arc<Vec<Language>>,
    words: Arc<HashMap<String, Words>>,
}

/// One entry of `dist/locales/languages.json`.
#[derive(Deserialize)]
struct Listed {
    tag: String,
    name: String,
    dir: String,
    pseudo: bool,
    /// A native speaker has checked it (an older build did not say: yes).
    #[serde(default = "yes")]
    checked: bool,
    /// The language's files, each a part of its words, under `dist/locales/`.
    files: Vec<String>,
}

fn yes() -> bool {
    true
}

impl PageLanguages {
    /// The build's languages, or English alone when there is no build (or
    /// it cannot be read, which is logged).
    pub fn load(dist: &Path) -> Self {
        match Self::from_build(dist) {
            Ok(Some(languages)) => languages,
            Ok(None) => Self::english_only(),
            Err(e) => {
                tracing::error!(error = %e, "could not read the build's words; pages are in English only");
                Self::english_only()
            }
        }
    }

    fn from_build(dist: &Path) -> anyhow::Result<Option<Self>> {
        let folder = dist.join("locales");
        let Ok(listing) = std::fs::read_to_string(folder.join("languages.json")) else {
            return Ok(None);
        };
        let listed: Vec<Listed> = serde_json::from_str(&listing)?;
        let mut list = Vec::new();
        let mut words = HashMap::new();
        for entry in listed {
            let mut ftl = String::new();
            for file in &entry.files {
                // Names only: nothing in the list may reach outside the folder.
                if file.contains(['/', '\\']) || file.starts_with('.') {
                    anyhow::bail!("{}: a file name with a path: {file}", entry.tag);
                }
                ftl.push_str(&std::fs::read_to_string(folder.join(file))?);
                ftl.push('\n');
            }
            let language = Language {
                tag: entry.tag.clone(),
                name: entry.name,
                right_to_left: entry.dir == "rtl",
                pseudo: entry.pseudo,
                checked: entry.checked,
            };
            words.insert(
                entry.tag,
                Words::new(language.clone(), &ftl).map_err(anyhow::Error::msg)?,
            );
            list.push(language);
        }
        if !words.contains_key(FALLBACK) {
            anyhow::bail!("the build has no {FALLBACK}");
        }
        Ok(Some(Self {
            list: Arc::new(list),
            words: Arc::new(words),
        }))
    }

    fn english_only() -> Self {
        let english = Language {
            tag: FALLBACK.into(),
            name: "English".into(),
            right_to_left: false,
            pseudo: false,
            checked: true,
        };
        let words = Words::new(english.clone(), &format!("{ENGLISH_APP}\n{ENGLISH_RIGHTS}"))
            .expect("the English words compiled into the server parse");
        Self {
            list: Arc::new(vec![english]),
            words: Arc::new(HashMap::from([(FALLBACK.to_owned(), words)])),
        }
    }

    /// The languages the menu offers: the real ones, and a pseudo-locale
    /// only while it is the page's language (asked for by the address).
    pub fn offered(&self, current: &Language) -> Vec<Language> {
        self.list
            .iter()
            .filter(|l| !l.pseudo || l.tag == current.tag)
            .cloned()
            .collect()
    }

    /// The language of this build `asked` names, ignoring case; a bare
    /// language (`pl` for `pl-PL`) matches too.
    pub fn find(&self, asked: &str) -> Option<&Words> {
        let asked = asked.trim();
        if asked.is_empty() {
            return None;
        }
        let exact = self.list.iter().find(|l| l.tag.eq_ignore_ascii_case(asked));
        let primary = asked.split('-').next().unwrap_or(asked);
        let by_language = || {
            self.list.iter().find(|l| {
                !l.pseudo
                    && l.tag
                        .split('-')
                        .next()
                        .is_some_and(|p| p.eq_ignore_ascii_case(primary))
            })
        };
        exact
            .or_else(by_language)
            .and_then(|l| self.words.get(&l.tag))
    }

    fn english(&self) -> &Words {
        &self.words[FALLBACK]
    }

    /// The first of `Accept-Language`'s languages (by weight) this build has.
    fn best_of_accept_language(&self, header: &str) -> Option<&Words> {
        let mut asked: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let weight = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                (weight > 0.0 && tag != "*").then_some((weight, tag))
            })
            .collect();
        // Stable: equal weights keep the browser's order.
        asked.sort_by(|a, b| b.0.total_cmp(&a.0));
        asked.into_iter().find_map(|(_, tag)| self.find(tag))
    }
}

/// A page request, read: who is asking (if anyone), in which language,
/// and this browser's form token (new if it had none).
pub struct PageRequest {
    pub user: Option<CurrentUser>,
    /// What the page shows; its form token is this browser's, masked.
    pub frame: Frame,
    /// This browser's form token, as its cookie holds it.
    form_token: String,
    /// The browser does not say this request came from another site.
    not_cross_site: bool,
    /// Set when the browser had no form cookie: sent with the page.
    new_form_cookie: Option<Cookie<'static>>,
}

impl FromRequestParts<AppState> for PageRequest {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let user =
            <CurrentUser as OptionalFromRequestParts<AppState>>::from_request_parts(parts, state)
                .await
                .map_err(IntoResponse::into_response)?;
        let client = client_address::judge(parts, &state.config.trusted_proxies);
        let secure = cookie::secure(state, client);
        let (form_token, new_form_cookie) = match presented_form_token(&parts.headers, secure) {
            Some(token) => (token, None),
            None => {
                let token = random_token();
                (token.clone(), Some(form_cookie(token, secure)))
            }
        };
        let failed = |e: AppError| e.into_response();
        let (saved, updates_new) = match &user {
            Some(user) => (
                (state.store.language_choice(user.user_id).await).map_err(|e| failed(e.into()))?,
                Some(
                    (state.store.new_updates_count(user.user_id).await)
                        .map_err(|e| failed(e.into()))?,
                ),
            ),
            None => (None, None),
        };
        let words = language_for(&state.page_languages, parts, saved.as_deref()).clone();
        let languages = state.page_languages.offered(words.language());
        let frame = Frame {
            words,
            languages,
            form_token: masked(&form_token),
            person: user.as_ref().map(|user| Person {
                display_name: user.display_name.clone(),
                is_child: user.role == Role::Child,
            }),
            officer_title: state.config.officer_title.clone(),
            path: without_language(parts.uri.path(), parts.uri.query()),
            quick_exit_note: CookieJar::from_headers(&parts.headers)
                .get(QUICK_EXIT_NOTE_COOKIE)
                .is_none_or(|c| c.value() != "read"),
            updates_new,
            idle_timeout_secs: state.config.idle_timeout.as_secs(),
        };
        Ok(Self {
            user,
            frame,
            form_token,
            not_cross_site: crate::http::security::not_cross_site(&parts.headers),
            new_form_cookie,
        })
    }
}

fn language_for<'a>(languages: &'a PageLanguages, parts: &Parts, saved: Option<&str>) -> &'a Words {
    let query = parts.uri.query().unwrap_or_default();
    let asked = url_query_value(query, LANGUAGE_QUERY);
    let chosen_here = CookieJar::from_headers(&parts.headers)
        .get(LANGUAGE_COOKIE)
        .map(|c| c.value().to_owned());
    let accept = parts
        .headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    asked
        .as_deref()
        .and_then(|tag| languages.find(tag))
        .or_else(|| saved.and_then(|tag| languages.find(tag)))
        .or_else(|| chosen_here.as_deref().and_then(|tag| languages.find(tag)))
        .or_else(|| accept.and_then(|a| languages.best_of_accept_language(a)))
        .unwrap_or_else(|| languages.english())
}

/// The page's address without `?lang=`, which would otherwise outweigh a
/// new choice from the menu.
fn without_language(path: &str, query: Option<&str>) -> String {
    let kept: Vec<&str> = query
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(LANGUAGE_QUERY))
        .collect();
    if kept.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

fn url_query_value(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| {
            percent_encoding::percent_decode_str(&value.replace('+', " "))
                .decode_utf8_lossy()
                .into_owned()
        })
    })
}

impl PageRequest {
    /// The signed-in child and their child record's id, if a child is
    /// signed in.
    pub fn child(&self) -> Option<(&CurrentUser, i64)> {
        let user = self.user.as_ref().filter(|user| user.role == Role::Child)?;
        Some((user, user.child_id?))
    }

    /// The page as an answer: HTML, never stored by a cache (it may name a
    /// child), with the form cookie when this browser had none.
    pub fn html(&self, status: StatusCode, html: String) -> Response {
        let mut response = (status, axum::response::Html(html)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let Some(cookie) = &self.new_form_cookie {
            if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
                headers.append(header::SET_COOKIE, value);
            }
        }
        response
    }

    /// Whether a posted form came from one of this site's own pages: its
    /// token matches this browser's form cookie, and the browser does not
    /// say it came from another site.
    pub fn form_is_ours(&self, posted_token: &str) -> bool {
        self.new_form_cookie.is_none()
            && unmasked(posted_token)
                .is_some_and(|token| constant_time_eq(&token, self.form_token.as_bytes()))
            && self.not_cross_site
    }
}

/// The quick exit's note has been read: remembered in this browser for a
/// year, where the app's own pages look too (so not HttpOnly: it says
/// nothing secret). A quick exit forgets it with everything else.
pub fn quick_exit_note_read() -> HeaderValue {
    HeaderValue::from_static("mysay_exit_note=read; Path=/; Max-Age=31536000; SameSite=Strict")
}

/// A child's page, read: the request and its parts (for the query), when
/// a child is asking. Anyone else is answered here: an adult gets the
/// app's page, which says in its own words that this is not theirs; someone
/// signed out is sent to sign in, and back to `here` after.
pub async fn childs_page(
    state: &AppState,
    request: axum::extract::Request,
    here: &str,
) -> Result<(PageRequest, Parts), Response> {
    let (mut parts, body) = request.into_parts();
    let asking = PageRequest::from_request_parts(&mut parts, state).await?;
    if asking.child().is_some() {
        return Ok((asking, parts));
    }
    if asking.user.is_some() {
        let request = axum::extract::Request::from_parts(parts, body);
        return Err(
            crate::http::frontend::fallback(axum::extract::State(state.clone()), request).await,
        );
    }
    Err(see_other(&sign_in_then(here, false)))
}

/// The sign-in page, coming back to `here` after (`/` is where signing in
/// goes anyway); `timed_out` says why they must sign in again.
pub fn sign_in_then(here: &str, timed_out: bool) -> String {
    use pages::sign_in::{CHILD_PATH, NEXT_FIELD, REASON_QUERY, TIMED_OUT};
    let mut query = Vec::new();
    if timed_out {
        query.push(format!("{REASON_QUERY}={TIMED_OUT}"));
    }
    if here != "/" {
        query.push(format!("{NEXT_FIELD}={}", here.replace('/', "%2F")));
    }
    if query.is_empty() {
        CHILD_PATH.to_owned()
    } else {
        format!("{CHILD_PATH}?{}", query.join("&"))
    }
}

/// A 303 to `to`: after a form, the browser asks for the answer with a GET,
/// so reloading never sends the form again.
pub fn see_other(to: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(to) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn presented_form_token(headers: &HeaderMap, secure: bool) -> Option<String> {
    let name = if secure {
        FORM_COOKIE_SECURE
    } else {
        FORM_COOKIE
    };
    CookieJar::from_headers(headers)
        .get(name)
        .map(|c| c.value().to_owned())
        .filter(|value| value.len() >= 32)
}

fn form_cookie(token: String, secure: bool) -> Cookie<'static> {
    let name = if secure {
        FORM_COOKIE_SECURE
    } else {
        FORM_COOKIE
    };
    Cookie::build((name, token))
        .http_only(true)
        .same_site(SameSite::Strict)
        .path("/")
        .secure(secure)
        .build()
}

/// 32 random bytes, for a form token or a press's send id.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The form token as one page carries it: a fresh random pad, then the
/// token XORed with it. No two answers carry the same bytes, so compressing
/// pages cannot leak the token a guess at a time (BREACH).
fn masked(token: &str) -> String {
    let token = token.as_bytes();
    let mut pad = vec![0u8; token.len()];
    rand::rngs::OsRng.fill_bytes(&mut pad);
    let hidden: Vec<u8> = token.iter().zip(&pad).map(|(t, p)| t ^ p).collect();
    pad.extend(hidden);
    URL_SAFE_NO_PAD.encode(pad)
}

/// The token a form carried, unmasked; `None` if it is not one of ours.
fn unmasked(posted: &str) -> Option<Vec<u8>> {
    let bytes = URL_SAFE_NO_PAD.decode(posted.trim()).ok()?;
    if bytes.is_empty() || bytes.len() % 2 != 0 {
        return None;
    }
    let (pad, hidden) = bytes.split_at(bytes.len() / 2);
    Some(pad.iter().zip(hidden).map(|(p, h)| p ^ h).collect())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_there_without_a_build() {
        let languages = PageLanguages::load(Path::new("/no/such/dist"));
        assert_eq!(languages.english().say("unsafe-title"), "I don't feel safe");
        assert!(languages.find("cy").is_none());
    }

    #[test]
    fn accept_language_takes_the_heaviest_language_there_is() {
        let languages = PageLanguages::english_only();
        let picked = languages.best_of_accept_language("fr;q=0.9, en-US;q=0.8");
        assert_eq!(picked.unwrap().language().tag, "en-GB");
        assert!(languages.best_of_accept_language("fr, de;q=0.5").is_none());
    }

    #[test]
    fn a_query_value_is_decoded() {
        assert_eq!(
            url_query_value("a=1&lang=ar-XB", "lang").as_deref(),
            Some("ar-XB")
        );
        assert_eq!(
            url_query_value("lang=en%2DGB", "lang").as_deref(),
            Some("en-GB")
        );
        assert_eq!(url_query_value("language=cy", "lang"), None);
    }

    #[test]
    fn the_way_back_forgets_the_asked_language() {
        assert_eq!(without_language("/not-safe", Some("lang=ar")), "/not-safe");
        assert_eq!(
            without_language("/not-safe", Some("told=3&lang=ar")),
            "/not-safe?told=3"
        );
        assert_eq!(without_language("/rights", None), "/rights");
    }

    #[test]
    fn a_masked_token_differs_each_time_and_unmasks_to_the_same() {
        let token = random_token();
        let (one, two) = (masked(&token), masked(&token));
        assert_ne!(one, two);
        assert_eq!(unmasked(&one).unwrap(), token.as_bytes());
        assert_eq!(unmasked(&two).unwrap(), token.as_bytes());
        assert_eq!(unmasked("not base64 at all!"), None);
        assert_eq!(unmasked(""), None);
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
    }
}
