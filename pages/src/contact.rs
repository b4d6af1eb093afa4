//! Ways to reach someone, as big links a thumb can hit.

use leptos::prelude::*;

use crate::frame::Frame;

/// A `tel:` address: phones dial digits, so spaces and brackets go.
pub fn tel_href(phone: &str) -> String {
    // "+44 (0)1632…" is written for people; the (0) is not dialled after +44.
    let dialable: String = phone
        .replace("(0)", "")
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    format!("tel:{dialable}")
}

/// "Email …" and "Phone …" links for whichever details are known.
pub fn contact_links(frame: &Frame, email: Option<&str>, phone: Option<&str>) -> impl IntoView {
    let email = email.map(|email| {
        view! {
            <li>
                <a class="contact-link" href=format!("mailto:{email}")>
                    {frame.words.say_with("officer-email", &[("email", email.to_owned().into())])}
                </a>
            </li>
        }
    });
    let phone = phone.map(|phone| {
        view! {
            <li>
                <a class="contact-link" href=tel_href(phone)>
                    {frame.words.say_with("officer-phone", &[("phone", phone.to_owned().into())])}
                </a>
            </li>
        }
    });
    view! { <ul class="contact-links">{email}{phone}</ul> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_links_keep_only_what_a_phone_dials() {
        assert_eq!(tel_href("01632 960 001"), "tel:01632960001");
        assert_eq!(tel_href("+44 (0)1632-960001"), "tel:+441632960001");
        assert_eq!(tel_href("0800 1111"), "tel:08001111");
    }
}
