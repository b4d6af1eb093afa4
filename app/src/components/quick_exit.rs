//! "Leave this page": a child who is being watched can hide the app at once,
//! with the button or by pressing Shift three times.

use leptos::prelude::*;

use crate::components::quick_exit_note::QuickExitNote;
use crate::leaving::leave;
use crate::session::use_session;
use crate::t;

/// Shift presses that trigger the exit, and the window they must fall in.
const PRESSES: usize = 3;
const WINDOW_MS: f64 = 5000.0;

/// Counts Shift presses; three within five seconds means "leave now".
#[derive(Default)]
pub struct ShiftPresses {
    times: Vec<f64>,
}

impl ShiftPresses {
    /// Records a press at `at_ms`; true when it completes three within the window.
    pub fn press(&mut self, at_ms: f64) -> bool {
        self.times.retain(|time| at_ms - time < WINDOW_MS);
        self.times.push(at_ms);
        if self.times.len() >= PRESSES {
            self.times.clear();
            true
        } else {
            false
        }
    }
}

/// The quick-exit button, the Shift-key shortcut while it is on screen, and
/// the note that explains them until the child has read it.
#[component]
pub fn QuickExit() -> impl IntoView {
    let session = use_session();
    let presses = StoredValue::new(ShiftPresses::default());
    let listener = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Shift" && !ev.repeat() {
            let at = ev.time_stamp();
            if presses.try_update_value(|p| p.press(at)) == Some(true) {
                leave(session);
            }
        }
    });
    on_cleanup(move || listener.remove());

    view! {
        <div class="quick-exit">
            <LeaveButton />
            <p class="quick-exit-hint">{t!("quick-exit-hint")}</p>
        </div>
        <QuickExitNote />
    }
}

/// The "Leave this page" button alone, for places that must offer it again:
/// a modal dialog makes the header's button unreachable.
#[component]
pub fn LeaveButton() -> impl IntoView {
    let session = use_session();
    view! {
        <button type="button" class="button button-warning" on:click=move |_| leave(session)>
            {t!("quick-exit")}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_presses_within_five_seconds_leave() {
        let mut presses = ShiftPresses::default();
        assert!(!presses.press(0.0));
        assert!(!presses.press(1000.0));
        assert!(presses.press(4900.0));
    }

    #[test]
    fn slow_presses_do_not_leave() {
        let mut presses = ShiftPresses::default();
        assert!(!presses.press(0.0));
        assert!(!presses.press(3000.0));
        // The first press is now more than 5 s old and no longer counts.
        assert!(!presses.press(5500.0));
        assert!(presses.press(6000.0));
    }

    #[test]
    fn counting_starts_again_after_leaving() {
        let mut presses = ShiftPresses::default();
        presses.press(0.0);
        presses.press(1.0);
        assert!(presses.press(2.0));
        assert!(!presses.press(3.0));
    }
}
