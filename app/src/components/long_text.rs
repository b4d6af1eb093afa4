//! A box for writing at length, in the GOV.UK character-count pattern: the
//! limit is said in the hint, a count-down appears as it nears, typing is
//! never blocked, and screen readers hear the count after a pause.

use std::time::Duration;

use domain::contributions::{COUNT_DOWN_FROM_CHARS_LEFT, MAX_TEXT_CHARS};
use leptos::prelude::*;

use crate::components::field_help::FieldHelp;
use crate::components::text_field::described_by;
use crate::t;

/// How long typing must pause before the count is announced.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(1000);

/// The count-down under a box, once it is near or over the limit. Counts
/// characters, as the server does, not bytes or UTF-16 units.
pub fn count_down(text: &str, max: usize) -> Option<String> {
    let used = text.chars().count();
    if used > max {
        let over = used - max;
        return Some(t!("count-over", over = over));
    }
    let left = max - used;
    (left <= COUNT_DOWN_FROM_CHARS_LEFT).then(|| t!("count-left", left = left))
}

/// A labelled `<textarea>` with a hint naming the limit, an error, and the count-down.
#[component]
pub fn LongText(
    /// The box's `id`; also the field name the server uses.
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    /// The most characters the server takes in this box.
    #[prop(default = MAX_TEXT_CHARS)]
    max: usize,
) -> impl IntoView {
    let limit = t!("count-limit", max = max);
    let hint = Some(match hint.filter(|hint| !hint.is_empty()) {
        Some(hint) => format!("{hint} {limit}"),
        None => limit,
    });
    let shown = Memo::new(move |_| value.with(|text| count_down(text, max)));
    let heard = RwSignal::new(String::new());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move || {
        let now = shown.get();
        let next =
            set_timeout_with_handle(move || heard.set(now.unwrap_or_default()), ANNOUNCE_AFTER)
                .ok();
        if let Some(old) = timer
            .try_update_value(|t| std::mem::replace(t, next))
            .flatten()
        {
            old.clear();
        }
    });
    let describe = move || described_by(id, true, error.read().is_some());

    view! {
        <div class="field" class:field-error=move || error.read().is_some()>
            <label class="label" for=id>
                {label}
            </label>
            <FieldHelp id hint error />
            <textarea
                class="textarea"
                id=id
                name=id
                rows="5"
                aria-invalid=move || error.read().is_some().then_some("true")
                aria-describedby=describe
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
            // Seen at once; heard through the live region below, after a pause.
            <p
                class="hint count"
                class:count-over=move || value.with(|text| text.chars().count() > max)
                aria-hidden="true"
            >
                {move || shown.get()}
            </p>
            <p class="visually-hidden" aria-live="polite">
                {move || heard.get()}
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_count_appears_near_the_limit_and_counts_characters() {
        assert_eq!(count_down("hello", MAX_TEXT_CHARS), None);
        let near = "é".repeat(MAX_TEXT_CHARS - COUNT_DOWN_FROM_CHARS_LEFT);
        assert_eq!(
            count_down(&near, MAX_TEXT_CHARS).as_deref(),
            Some("You have 300 characters left")
        );
        let one_left = "a".repeat(MAX_TEXT_CHARS - 1);
        assert_eq!(
            count_down(&one_left, MAX_TEXT_CHARS).as_deref(),
            Some("You have 1 character left")
        );
        let over = "😀".repeat(MAX_TEXT_CHARS + 2);
        assert_eq!(
            count_down(&over, MAX_TEXT_CHARS).as_deref(),
            Some("You have 2 characters too many")
        );
    }
}
