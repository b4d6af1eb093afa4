//! Talking to the server: JSON over same-origin `fetch`, as agreed in
//! `domain::api`. Every non-2xx answer becomes an `ApiError`, so pages only
//! ever decide on stable codes.

use std::cell::RefCell;
use std::rc::Rc;

use domain::api::{ApiError, ErrorCode, CSRF_HEADER, CSRF_VALUE};
use gloo_net::http::{Request, RequestBuilder};
use serde::{de::DeserializeOwned, Serialize};

use crate::js;

/// Told the send time of each request the server accepted.
type Listener = Rc<dyn Fn(f64)>;

thread_local! {
    static ON_ACCEPTED: RefCell<Option<Listener>> = const { RefCell::new(None) };
}

/// Registers what to do after every request the server accepts, with the time
/// it was sent: each one restarts the server's idle timer, which the time-out
/// warning follows. Done here, once, so no new request can forget it.
pub fn on_accepted(listener: impl Fn(f64) + 'static) {
    ON_ACCEPTED.with(|slot| *slot.borrow_mut() = Some(Rc::new(listener)));
}

fn accepted(sent: f64) {
    // Cloned out first so the listener may itself send requests.
    if let Some(listener) = ON_ACCEPTED.with(|slot| slot.borrow().clone()) {
        listener(sent);
    }
}

/// Why a request did not give us what we asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// The server answered with an error.
    Api(ApiError),
    /// No answer at all: offline, or the server is down.
    Network,
    /// An answer that is not what the contract says (for example an HTML page).
    BadResponse,
}

impl Failure {
    /// The server's code, when the server gave one.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Failure::Api(error) => Some(error.code),
            _ => None,
        }
    }
}

/// What an error answer means when its body is not the agreed JSON (a proxy
/// or a crash page in front of the server).
pub fn error_for_status(status: u16) -> ApiError {
    let code = match status {
        401 => ErrorCode::NotSignedIn,
        403 => ErrorCode::Forbidden,
        404 => ErrorCode::NotFound,
        429 => ErrorCode::TooManyTries,
        422 => ErrorCode::InvalidInput,
        _ => ErrorCode::ServerError,
    };
    ApiError {
        code,
        retry_after_secs: None,
        limit: None,
        fields: Vec::new(),
        decision: None,
        from: None,
    }
}

/// `GET` a JSON document.
pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, Failure> {
    decode(&answer(Request::get(path).header("accept", "application/json")).await?)
}

/// `POST` a JSON body and read a JSON answer.
pub async fn post<B: Serialize, T: DeserializeOwned>(path: &str, body: &B) -> Result<T, Failure> {
    // Written before anything is awaited, so only this line depends on `B`.
    let body = encode(body);
    decode(&post_text(path, body).await?)
}

/// `PUT` a JSON body; the answer's body is not needed.
pub async fn put<B: Serialize>(path: &str, body: &B) -> Result<(), Failure> {
    let request = state_changing(Request::put(path))
        .header("content-type", "application/json")
        .header("accept", "application/json")
        .body(encode(body)?)
        .map_err(|_| Failure::BadResponse)?;
    read(js::date_now(), request.send().await).await.map(drop)
}

/// `DELETE` something; the answer's body is not needed.
pub async fn delete(path: &str) -> Result<(), Failure> {
    let builder = state_changing(Request::delete(path)).header("accept", "application/json");
    answer(builder).await.map(drop)
}

/// The server refuses state-changing requests without this header: browsers
/// cannot add it cross-site without a preflight the server never allows.
fn state_changing(builder: RequestBuilder) -> RequestBuilder {
    builder.header(CSRF_HEADER, CSRF_VALUE)
}

async fn post_text(path: &str, body: Result<String, Failure>) -> Result<String, Failure> {
    let request = state_changing(Request::post(path))
        .header("content-type", "application/json")
        .body(body?)
        .map_err(|_| Failure::BadResponse)?;
    let sent = js::date_now();
    read(sent, request.send().await).await
}

/// Sends a request and reads the whole answer as text. Every request goes
/// through here once, whatever it asks for: only `decode` and `encode` are
/// generic, so the WebAssembly holds one copy of the rest, not one per type.
async fn answer(builder: RequestBuilder) -> Result<String, Failure> {
    // The server restarts its timer when the request arrives, which is no
    // earlier than this: counting from here never overstates the time left.
    let sent = js::date_now();
    read(sent, builder.send().await).await
}

/// The body of a 2xx answer; anything else becomes the server's `ApiError`,
/// or one made from the status when the body is not the agreed JSON.
async fn read(
    sent: f64,
    response: Result<gloo_net::http::Response, gloo_net::Error>,
) -> Result<String, Failure> {
    let response = response.map_err(|_| Failure::Network)?;
    let text = response.text().await;
    if response.ok() {
        accepted(sent);
        return text.map_err(|_| Failure::BadResponse);
    }
    let error = text.ok().and_then(|text| decode::<ApiError>(&text).ok());
    Err(Failure::Api(
        error.unwrap_or_else(|| error_for_status(response.status())),
    ))
}

/// Reads an answer that came by another way than `fetch` (an upload sent
/// with `XMLHttpRequest` for its progress events), by the same rules.
pub fn read_answer<T: DeserializeOwned>(sent: f64, status: u16, text: &str) -> Result<T, Failure> {
    match status {
        0 => Err(Failure::Network),
        200..=299 => {
            accepted(sent);
            decode(text)
        }
        _ => Err(Failure::Api(
            decode::<ApiError>(text).unwrap_or_else(|_| error_for_status(status)),
        )),
    }
}

// JSON goes through the browser's own `JSON.parse` and `JSON.stringify`, with
// serde-wasm-bindgen between JavaScript values and Rust types: the same JSON
// as serde_json reads and writes, without serde_json's parser and formatter in
// the WebAssembly (about 11 KB gzip). Numbers are JavaScript numbers, exact
// up to 2^53, far above any id or count the API sends.

pub fn decode<T: DeserializeOwned>(text: &str) -> Result<T, Failure> {
    let value = js_sys::JSON::parse(text).map_err(|_| Failure::BadResponse)?;
    serde_wasm_bindgen::from_value(value).map_err(|_| Failure::BadResponse)
}

/// `json_compatible`: `None` as `null` and maps as objects, as serde_json writes them.
pub fn encode<B: Serialize>(body: &B) -> Result<String, Failure> {
    let value = body
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|_| Failure::BadResponse)?;
    js_sys::JSON::stringify(&value)
        .map(String::from)
        .map_err(|_| Failure::BadResponse)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_statuses_map_to_the_codes_pages_act_on() {
        assert_eq!(error_for_status(401).code, ErrorCode::NotSignedIn);
        assert_eq!(error_for_status(403).code, ErrorCode::Forbidden);
        assert_eq!(error_for_status(404).code, ErrorCode::NotFound);
        assert_eq!(error_for_status(429).code, ErrorCode::TooManyTries);
        assert_eq!(error_for_status(502).code, ErrorCode::ServerError);
    }

    #[test]
    fn only_server_answers_carry_a_code() {
        assert_eq!(Failure::Network.code(), None);
        assert_eq!(
            Failure::Api(error_for_status(403)).code(),
            Some(ErrorCode::Forbidden)
        );
    }
}
