//! When to warn that the session is about to end, and what the warning says.
//! The server ends a session after `idle_timeout_secs` without a request;
//! the app warns before that (WCAG 2.2.1) so nobody loses their place unawares.
//! Nothing here touches the page, so it is all tested on the host.

use crate::t;

/// The usual warning: two minutes before the end.
const WARN_SECS: u64 = 120;
/// Below this limit two minutes would be most of it, so warn for a third instead.
const SHORT_LIMIT_SECS: u64 = 180;
/// Seconds left at which screen readers hear the countdown: often enough to
/// know time is running out, not so often that it drowns everything else.
const ANNOUNCE_AT: [u64; 3] = [60, 30, 15];

/// How many seconds before the end the warning appears.
pub fn warning_secs(idle_timeout_secs: u64) -> u64 {
    if idle_timeout_secs < SHORT_LIMIT_SECS {
        idle_timeout_secs / 3
    } else {
        WARN_SECS
    }
}

/// Where a session stands, given how long since the last request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Nothing to say yet.
    Quiet,
    /// Show the warning: this many whole seconds are left (rounded up).
    Warning { secs_left: u64 },
    /// Time is up: the server has ended, or is about to end, the session.
    Ended,
}

/// The stage after `idle_ms` milliseconds without a request.
pub fn stage(idle_timeout_secs: u64, idle_ms: f64) -> Stage {
    let limit_ms = idle_timeout_secs as f64 * 1000.0;
    let left_ms = limit_ms - idle_ms.max(0.0);
    if left_ms <= 0.0 {
        return Stage::Ended;
    }
    let secs_left = (left_ms / 1000.0).ceil() as u64;
    if secs_left <= warning_secs(idle_timeout_secs) {
        Stage::Warning { secs_left }
    } else {
        Stage::Quiet
    }
}

/// "For your security, we will sign you out in 2 minutes." Whole minutes
/// (rounded up) until the last minute, then seconds.
pub fn countdown(secs_left: u64) -> String {
    if secs_left >= 60 {
        t!("time-out-minutes", minutes = secs_left.div_ceil(60))
    } else {
        t!("time-out-seconds", seconds = secs_left)
    }
}

/// Decides when the polite live region speaks. Opening the dialog is
/// announced by the dialog itself; after that, only when a new step of
/// `ANNOUNCE_AT` is reached, so a screen reader is not talked over every second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Announcer {
    step: Option<u64>,
}

impl Announcer {
    /// The warning has just opened with `secs_left` seconds to go.
    pub fn opened(secs_left: u64) -> Self {
        Announcer {
            step: step(secs_left),
        }
    }

    /// True when `secs_left` has reached a step not yet announced.
    pub fn should_announce(&mut self, secs_left: u64) -> bool {
        let now = step(secs_left);
        let changed = now != self.step;
        self.step = now;
        changed && now.is_some()
    }
}

/// The smallest announcement step at or above `secs_left`, if any.
fn step(secs_left: u64) -> Option<u64> {
    ANNOUNCE_AT
        .iter()
        .copied()
        .filter(|&at| secs_left <= at)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE_MS: f64 = 60_000.0;

    #[test]
    fn the_usual_limit_warns_two_minutes_before() {
        assert_eq!(warning_secs(1800), 120);
        assert_eq!(warning_secs(180), 120);
    }

    #[test]
    fn a_short_limit_warns_a_third_before() {
        assert_eq!(warning_secs(179), 59);
        assert_eq!(warning_secs(90), 30);
        assert_eq!(warning_secs(60), 20);
    }

    #[test]
    fn stages_of_a_thirty_minute_session() {
        assert_eq!(stage(1800, 0.0), Stage::Quiet);
        assert_eq!(stage(1800, 27.0 * MINUTE_MS), Stage::Quiet);
        // Just under two minutes left: the warning.
        assert_eq!(
            stage(1800, 28.0 * MINUTE_MS),
            Stage::Warning { secs_left: 120 }
        );
        assert_eq!(
            stage(1800, 28.5 * MINUTE_MS),
            Stage::Warning { secs_left: 90 }
        );
        assert_eq!(
            stage(1800, 30.0 * MINUTE_MS - 1.0),
            Stage::Warning { secs_left: 1 }
        );
        assert_eq!(stage(1800, 30.0 * MINUTE_MS), Stage::Ended);
        assert_eq!(stage(1800, 90.0 * MINUTE_MS), Stage::Ended);
    }

    #[test]
    fn seconds_are_rounded_up_so_the_warning_never_overstates_the_time() {
        assert_eq!(stage(1800, 28.0 * MINUTE_MS - 1.0), Stage::Quiet);
        assert_eq!(
            stage(1800, 28.0 * MINUTE_MS + 1.0),
            Stage::Warning { secs_left: 120 }
        );
    }

    #[test]
    fn a_one_minute_session_warns_for_its_last_twenty_seconds() {
        assert_eq!(stage(60, 39_000.0), Stage::Quiet);
        assert_eq!(stage(60, 40_000.0), Stage::Warning { secs_left: 20 });
        assert_eq!(stage(60, 60_000.0), Stage::Ended);
    }

    #[test]
    fn a_clock_that_went_backwards_counts_as_just_now() {
        assert_eq!(stage(1800, -5000.0), Stage::Quiet);
    }

    #[test]
    fn the_countdown_says_minutes_then_seconds() {
        assert_eq!(
            countdown(120),
            "For your security, we will sign you out in 2 minutes."
        );
        assert_eq!(
            countdown(90),
            "For your security, we will sign you out in 2 minutes."
        );
        assert_eq!(
            countdown(61),
            "For your security, we will sign you out in 2 minutes."
        );
        assert_eq!(
            countdown(60),
            "For your security, we will sign you out in 1 minute."
        );
        assert_eq!(
            countdown(45),
            "For your security, we will sign you out in 45 seconds."
        );
        assert_eq!(
            countdown(1),
            "For your security, we will sign you out in 1 second."
        );
    }

    #[test]
    fn screen_readers_hear_the_countdown_at_one_minute_30_and_15_seconds() {
        let mut announcer = Announcer::opened(120);
        let heard: Vec<u64> = (1..120)
            .rev()
            .filter(|&secs| announcer.should_announce(secs))
            .collect();
        assert_eq!(heard, vec![60, 30, 15]);
    }

    #[test]
    fn a_skipped_second_still_announces_the_step() {
        let mut announcer = Announcer::opened(90);
        assert!(!announcer.should_announce(70));
        assert!(announcer.should_announce(58));
        assert!(!announcer.should_announce(57));
    }

    #[test]
    fn opening_late_does_not_repeat_what_the_dialog_just_said() {
        // A one-minute session warns with 20 seconds left: the 30-second step is already past.
        let mut announcer = Announcer::opened(20);
        assert!(!announcer.should_announce(19));
        assert!(announcer.should_announce(15));
        assert!(!announcer.should_announce(3));
    }
}
