//! Talking to the server: JSON over same-origin `fetch`, as agreed in
//! `domain::api`. Every non-2xx answer becomes an `ApiError`, so pages only
//! ever decide on stable codes.

use domain::api::{ApiError, ErrorCode, CSRF_HEADER, CSRF_VALUE};
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::{de::DeserializeOwned, Serialize};

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
        fields: Vec::new(),
    }
}

/// `GET` a JSON document.
pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, Failure> {
    let response = send(Request::get(path)).await?;
    read_json(response).await
}

/// `POST` a JSON body and read a JSON answer.
pub async fn post<B: Serialize, T: DeserializeOwned>(path: &str, body: &B) -> Result<T, Failure> {
    let request = state_changing(Request::post(path))
        .json(body)
        .map_err(|_| Failure::BadResponse)?;
    let response = request.send().await.map_err(|_| Failure::Network)?;
    read_json(response).await
}

/// `DELETE` something; the answer's body is not needed.
pub async fn delete(path: &str) -> Result<(), Failure> {
    let response = send(state_changing(Request::delete(path))).await?;
    if response.ok() {
        Ok(())
    } else {
        Err(read_error(response).await)
    }
}

/// The server refuses state-changing requests without this header: browsers
/// cannot add it cross-site without a preflight the server never allows.
fn state_changing(builder: RequestBuilder) -> RequestBuilder {
    builder.header(CSRF_HEADER, CSRF_VALUE)
}

async fn send(builder: RequestBuilder) -> Result<Response, Failure> {
    builder
        .header("accept", "application/json")
        .send()
        .await
        .map_err(|_| Failure::Network)
}

async fn read_json<T: DeserializeOwned>(response: Response) -> Result<T, Failure> {
    if response.ok() {
        response.json::<T>().await.map_err(|_| Failure::BadResponse)
    } else {
        Err(read_error(response).await)
    }
}

async fn read_error(response: Response) -> Failure {
    let status = response.status();
    match response.json::<ApiError>().await {
        Ok(error) => Failure::Api(error),
        Err(_) => Failure::Api(error_for_status(status)),
    }
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
