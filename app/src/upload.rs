//! Sending one file to the server with a real progress bar. `fetch` cannot
//! report how much of a request body has gone, so this uses
//! `XMLHttpRequest`, whose `upload.onprogress` counts bytes sent. The body
//! is the file itself (the browser streams it from disk), its name in
//! `x-file-name`, percent-encoded.

use std::cell::RefCell;
use std::rc::Rc;

use domain::api::{ErrorCode, CSRF_HEADER, CSRF_VALUE};
use domain::contributions::Attachment;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{File, ProgressEvent, XmlHttpRequest};

use crate::api::{self, Failure};
use crate::js;
use crate::review_words::whole_mb;
use crate::t;

/// Why a file was not attached, and whether sending it again may help.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    pub text: String,
    /// A failed send (offline, server trouble): "Try again" may work. A file
    /// the server judged wrong will be refused again.
    pub can_retry: bool,
}

/// Checks the browser can make before sending; the server checks again and decides.
pub fn check_before_sending(bytes: u64, max_bytes: u64) -> Option<Refusal> {
    if bytes == 0 {
        return Some(refused(t!("carer-file-empty")));
    }
    (max_bytes > 0 && bytes > max_bytes).then(|| too_big(max_bytes))
}

/// The words for a refused or failed upload.
pub fn refusal_for(failure: &Failure, max_bytes: u64) -> Refusal {
    match failure {
        Failure::Api(error) => match error.code {
            ErrorCode::TooLarge => too_big(error.limit.unwrap_or(max_bytes)),
            ErrorCode::EmptyFile => refused(t!("carer-file-empty")),
            ErrorCode::WrongFileType => refused(t!("carer-file-wrong-type")),
            ErrorCode::ServerError => failed(),
            _ => Refusal {
                text: t!("error-server"),
                can_retry: true,
            },
        },
        Failure::Network | Failure::BadResponse => failed(),
    }
}

fn too_big(max_bytes: u64) -> Refusal {
    refused(t!("carer-file-too-big", mb = whole_mb(max_bytes)))
}

fn refused(text: String) -> Refusal {
    Refusal {
        text,
        can_retry: false,
    }
}

fn failed() -> Refusal {
    Refusal {
        text: t!("carer-file-failed"),
        can_retry: true,
    }
}

/// Progress as a whole percentage, and whether it crossed a quarter since
/// `last_told`, so a screen reader hears 25%, 50%, 75%, 100% and not every event.
pub fn percent_to_tell(loaded: f64, total: f64, last_told: Option<u32>) -> (u32, Option<u32>) {
    let percent = if total > 0.0 {
        ((loaded / total) * 100.0).floor().clamp(0.0, 100.0) as u32
    } else {
        0
    };
    let step = percent / 25 * 25;
    let tell = (last_told.is_none_or(|last| step > last) && step > 0).then_some(step);
    (percent, tell)
}

/// Sends `file` to `path`; `progress(loaded, total)` on each progress event,
/// then `done` once with the server's `Attachment` or why not.
pub fn send(
    path: &str,
    file: &File,
    progress: impl Fn(f64, f64) + 'static,
    done: impl FnOnce(Result<Attachment, Failure>) + 'static,
) {
    let Ok(request) = XmlHttpRequest::new() else {
        done(Err(Failure::Network));
        return;
    };
    let name = String::from(js_sys::encode_uri_component(&file.name()));
    let opened = request
        .open_with_async("POST", path, true)
        .and_then(|_| request.set_request_header(CSRF_HEADER, CSRF_VALUE))
        .and_then(|_| request.set_request_header("x-file-name", &name))
        .and_then(|_| request.set_request_header("accept", "application/json"));
    if opened.is_err() {
        done(Err(Failure::Network));
        return;
    }

    let on_progress = Closure::<dyn Fn(ProgressEvent)>::new(move |event: ProgressEvent| {
        progress(event.loaded(), event.total());
    });
    if let Ok(upload) = request.upload() {
        upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    }

    // `loadend` comes once, after success, error, abort or time-out alike.
    let sent = js::date_now();
    let done = Rc::new(RefCell::new(Some(done)));
    let answered = request.clone();
    let keep_progress = RefCell::new(Some(on_progress));
    let on_end = Closure::<dyn Fn()>::new(move || {
        let status = answered.status().unwrap_or(0);
        let text = answered.response_text().ok().flatten().unwrap_or_default();
        // The progress handler is not needed once the request has ended.
        keep_progress.borrow_mut().take();
        if let Some(done) = done.borrow_mut().take() {
            done(api::read_answer(sent, status, &text));
        }
    });
    request.set_onloadend(Some(on_end.as_ref().unchecked_ref()));
    // Lives as long as the request; one closure per upload is a few bytes.
    on_end.forget();
    if request.send_with_opt_blob(Some(file)).is_err() {
        request.abort().ok();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::api::ApiError;

    fn api(code: ErrorCode, limit: Option<u64>) -> Failure {
        Failure::Api(ApiError {
            code,
            retry_after_secs: None,
            limit,
            fields: Vec::new(),
            decision: None,
            from: None,
        })
    }

    const MB: u64 = 1024 * 1024;

    #[test]
    fn the_browser_refuses_empty_and_oversized_files_first() {
        assert_eq!(check_before_sending(10, 20 * MB), None);
        assert_eq!(check_before_sending(20 * MB, 20 * MB), None);
        let big = check_before_sending(20 * MB + 1, 20 * MB).unwrap();
        assert_eq!(
            big.text,
            "This file is too big. Files must be 20 MB or smaller."
        );
        assert!(!big.can_retry);
        assert!(check_before_sending(0, 20 * MB).is_some());
        // Unknown limit: the server decides.
        assert_eq!(check_before_sending(u64::MAX, 0), None);
    }

    #[test]
    fn refusals_say_why_and_only_failures_offer_another_go() {
        let wrong = refusal_for(&api(ErrorCode::WrongFileType, None), 20 * MB);
        assert_eq!(
            wrong.text,
            "This file is not a PDF, Word document, JPEG or PNG."
        );
        assert!(!wrong.can_retry);
        let big = refusal_for(&api(ErrorCode::TooLarge, Some(5 * MB)), 20 * MB);
        assert!(big.text.contains("5 MB"), "{}", big.text);
        assert!(refusal_for(&Failure::Network, 0).can_retry);
        assert!(refusal_for(&api(ErrorCode::ServerError, None), 0).can_retry);
    }

    #[test]
    fn progress_is_told_in_quarters() {
        assert_eq!(percent_to_tell(0.0, 100.0, None), (0, None));
        assert_eq!(percent_to_tell(10.0, 100.0, None), (10, None));
        assert_eq!(percent_to_tell(30.0, 100.0, None), (30, Some(25)));
        assert_eq!(percent_to_tell(40.0, 100.0, Some(25)), (40, None));
        assert_eq!(percent_to_tell(99.0, 100.0, Some(75)), (99, None));
        assert_eq!(percent_to_tell(100.0, 100.0, Some(75)), (100, Some(100)));
        assert_eq!(percent_to_tell(5.0, 0.0, None), (0, None));
    }
}
