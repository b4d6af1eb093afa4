//! Ways to reach someone, as big links a thumb can hit.

use leptos::prelude::*;

use crate::t;

/// "Email …" and "Phone …" links for whichever details are known.
#[component]
pub fn ContactLinks(email: Option<String>, phone: Option<String>) -> impl IntoView {
    view! {
        <ul class="contact-links">
            {email
                .map(|email| {
                    view! {
                        <li>
                            <a class="contact-link" href=format!("mailto:{email}")>
                                {t!("officer-email", email = email.clone())}
                            </a>
                        </li>
                    }
                })}
            {phone
                .map(|phone| {
                    view! {
                        <li>
                            <a class="contact-link" href=tel_href(&phone)>
                                {t!("officer-phone", phone = phone.clone())}
                            </a>
                        </li>
                    }
                })}
        </ul>
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_links_keep_only_what_a_phone_dials() {
        assert_eq!(tel_href("01632 960 001"), "tel:01632960001");
        assert_eq!(tel_href("+44 (0)1632-960001"), "tel:+441632960001");
    }
}
