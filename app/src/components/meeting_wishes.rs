//! The child's wishes for their review meeting, as the adults who may read
//! them see them: one labelled line each, in plain words.

use domain::contributions::MyMeeting;
use leptos::prelude::*;

use crate::review_words::{chair, yes_no};
use crate::t;

/// Every wish, each under its label; "Not said" where the child left it out.
#[component]
pub fn MeetingWishes(wishes: MyMeeting, child: String) -> impl IntoView {
    let not_said = || t!("wishes-not-said");
    let text = |text: &str| {
        if text.trim().is_empty() {
            not_said()
        } else {
            text.to_owned()
        }
    };
    let mut help = Vec::new();
    if wishes.need_interpreter {
        help.push(t!("wishes-interpreter"));
    }
    if wishes.need_communication_help {
        help.push(t!("wishes-communication"));
    }
    if wishes.need_advocate {
        help.push(t!("wishes-advocate"));
    }
    if help.is_empty() {
        help.push(t!("wishes-no-help"));
    }
    let child = child.as_str();
    let rows = vec![
        (
            t!("wishes-come"),
            wishes.want_to_come.map_or_else(not_said, yes_no),
        ),
        (
            t!("wishes-chair"),
            wishes.want_to_chair.map_or_else(not_said, chair),
        ),
        (t!("wishes-who", child = child), text(&wishes.who_i_want)),
        (
            t!("wishes-not-there", child = child),
            text(&wishes.not_there_for_some),
        ),
    ];
    view! {
        <dl class="facts wishes">
            {rows
                .into_iter()
                .map(|(label, value)| {
                    view! {
                        <div>
                            <dt>{label}</dt>
                            <dd class="written">{value}</dd>
                        </div>
                    }
                })
                .collect_view()}
            <div>
                <dt>{t!("wishes-help")}</dt>
                <dd>
                    <ul class="plain-list">
                        {help.into_iter().map(|need| view! { <li>{need}</li> }).collect_view()}
                    </ul>
                </dd>
            </div>
            {(!wishes.help_details.trim().is_empty())
                .then(|| {
                    view! {
                        <div>
                            <dt>{t!("wishes-help-details")}</dt>
                            <dd class="written">{wishes.help_details.clone()}</dd>
                        </div>
                    }
                })}
        </dl>
    }
}
