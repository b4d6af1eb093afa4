//! Ways to reach someone, as big links a thumb can hit.

use leptos::prelude::*;

use crate::officer_words::tel_href;
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
