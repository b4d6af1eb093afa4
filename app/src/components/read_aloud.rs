//! "Read this to me": the browser's own speech synthesis reads a part of the
//! page aloud, in the language in use, when it has a voice for it; when it
//! has none it says so plainly instead of reading in the wrong accent.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::languages::use_languages;
use crate::t;

/// A button that reads `text()` aloud, or stops reading.
#[component]
pub fn ReadAloud<F>(text: F) -> impl IntoView
where
    F: Fn() -> String + Send + Sync + 'static,
{
    let languages = use_languages();
    let reading = RwSignal::new(false);
    let no_voice = RwSignal::new(false);
    // One callback for every reading by this button, freed with it; leaving
    // the page stops the reading first, so the browser never calls it after.
    let done = StoredValue::new_local(Closure::<dyn Fn()>::new(move || reading.set(false)));
    on_cleanup(|| {
        if let Ok(synth) = window().speech_synthesis() {
            synth.cancel();
        }
    });
    let press = move |_| {
        let Some(synth) = window().speech_synthesis().ok() else {
            no_voice.set(true);
            return;
        };
        if reading.get_untracked() {
            synth.cancel();
            reading.set(false);
            return;
        }
        let tag = languages.current();
        let Some(voice) = voice_for(&synth, &tag) else {
            no_voice.set(true);
            return;
        };
        no_voice.set(false);
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&text()) else {
            return;
        };
        utterance.set_lang(&tag);
        utterance.set_voice(Some(&voice));
        done.with_value(|done| {
            utterance.set_onend(Some(done.as_ref().unchecked_ref()));
            utterance.set_onerror(Some(done.as_ref().unchecked_ref()));
        });
        // One at a time: another section's reading stops.
        synth.cancel();
        synth.speak(&utterance);
        reading.set(true);
    };
    view! {
        <div class="read-aloud">
            <button type="button" class="button button-secondary" aria-pressed=move || reading.get().to_string() on:click=press>
                {move || if reading.get() { t!("read-aloud-stop") } else { t!("read-aloud") }}
            </button>
            <p class="read-aloud-note" role="status">
                {move || no_voice.get().then(|| t!("read-aloud-no-voice"))}
            </p>
        </div>
    }
}

/// A voice for `tag` (`cy`, `en-GB`, `ar`): the same language, the same
/// region first. None when the browser has none.
fn voice_for(synth: &SpeechSynthesis, tag: &str) -> Option<SpeechSynthesisVoice> {
    let voices: Vec<SpeechSynthesisVoice> = synth
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .collect();
    let language = |lang: &str| {
        lang.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    let wanted = language(tag);
    voices
        .iter()
        .find(|v| v.lang().eq_ignore_ascii_case(tag))
        .or_else(|| voices.iter().find(|v| language(&v.lang()) == wanted))
        .cloned()
}
