//! Using the server's pages as a browser with no script would: a cookie
//! jar, redirects left for the test to read, and the hidden fields of a
//! page's forms.

use reqwest::redirect::Policy;
use reqwest::{Client, StatusCode};

use super::{TestServer, Who};

/// A browser that does not follow redirects, so each answer can be read.
pub fn browser() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .unwrap()
}

/// The value of the field `name` in the page's form.
pub fn field(html: &str, name: &str) -> String {
    let at = html
        .find(&format!("name=\"{name}\""))
        .unwrap_or_else(|| panic!("no {name} in {html}"));
    let rest = &html[at..];
    let value = rest.find("value=\"").unwrap() + 7;
    rest[value..][..rest[value..].find('"').unwrap()].to_owned()
}

/// A browser with `who` signed in, by the JSON API (its cookie is the
/// pages' cookie too).
pub async fn signed_in_browser(server: &TestServer, who: Who) -> Client {
    let browser = browser();
    let (path, body) = who.sign_in().unwrap();
    assert_eq!(
        server.post(&browser, path, body).await.status(),
        StatusCode::OK
    );
    browser
}
