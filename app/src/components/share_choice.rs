//! Who may read what the child sends: their reviewing officer always, and
//! whoever else they tick. Said in words right above the Send button.

use domain::contributions::ShareChoice;
use leptos::prelude::*;

use crate::contribution_words::who_can_read_before_sending;
use crate::t;

/// One of the choices, as a place to read or write it.
type Who = fn(&mut ShareChoice) -> &mut bool;

/// "Who else can read this? (optional)": social worker, carer, advocate.
#[component]
pub fn ShareChoiceField(
    officer: String,
    choice: RwSignal<ShareChoice>,
    #[prop(into)] on_change: Callback<ShareChoice>,
) -> impl IntoView {
    let tick = move |which: Who, on: bool| {
        choice.update(|choice| *which(choice) = on);
        on_change.run(choice.get_untracked());
    };
    let boxes: [(&'static str, String, Who); 3] = [
        ("share-social-worker", t!("share-social-worker"), |c| {
            &mut c.social_worker
        }),
        ("share-carer", t!("share-carer"), |c| &mut c.carer),
        ("share-advocate", t!("share-advocate"), |c| &mut c.advocate),
    ];
    view! {
        <fieldset class="fieldset" aria-describedby="share-hint">
            <legend class="legend">{t!("share-legend")}</legend>
            <p id="share-hint" class="hint">
                {t!("share-hint", name = officer)}
            </p>
            <div class="checkboxes">
                {boxes
                    .into_iter()
                    .map(|(id, label, which)| {
                        view! {
                            <div class="checkbox">
                                <input
                                    type="checkbox"
                                    id=id
                                    prop:checked=move || *which(&mut choice.get())
                                    on:change=move |ev| tick(which, event_target_checked(&ev))
                                />
                                <label for=id>{label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// "Only Priya Shah can read this." or the list of everyone who can.
#[component]
pub fn WhoCanRead(line: String, names: Vec<String>) -> impl IntoView {
    view! {
        <p class="who-can-read">{line}</p>
        {(!names.is_empty())
            .then(|| {
                view! {
                    <ul class="list">
                        {names.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
                    </ul>
                }
            })}
    }
}

/// The same, following the ticks as they change.
#[component]
pub fn WhoCanReadChoice(officer: String, choice: RwSignal<ShareChoice>) -> impl IntoView {
    move || {
        let (line, names) = who_can_read_before_sending(&officer, choice.get());
        view! { <WhoCanRead line names /> }
    }
}
