//! Using the server's pages as a browser with no script would: a cookie
//! jar, redirects left for the test to read, and the hidden fields of a
//! page's forms.

use reqwest::redirect::Policy;
use reqwest::Client;

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
