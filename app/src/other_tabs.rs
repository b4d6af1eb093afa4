//! Keeps every open tab of the app in step: a request in one tab keeps the
//! session going in all of them, and signing out, timing out or leaving
//! quickly in one tab does the same in the others.

use wasm_bindgen::closure::Closure;

use crate::js::{BroadcastChannel, ChannelMessage};
use crate::session::{Ending, Session};
use crate::{drafts, leaving};

/// The channel every tab of the app listens on.
const CHANNEL_NAME: &str = "mysay-session";

/// What one tab tells the others.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TabNews {
    /// The server accepted a request sent at this `Date.now()`.
    Renewed(f64),
    /// The session has ended, for this reason.
    Ended(Ending),
}

impl TabNews {
    /// The text sent over the channel.
    pub fn to_message(self) -> String {
        match self {
            TabNews::Renewed(sent) => format!("renewed {sent}"),
            TabNews::Ended(Ending::SignedOut) => "signed-out".to_owned(),
            TabNews::Ended(Ending::TimedOut) => "timed-out".to_owned(),
            TabNews::Ended(Ending::Left) => "left".to_owned(),
        }
    }

    /// Reads a message from another tab; anything else on the channel is ignored.
    pub fn from_message(text: &str) -> Option<Self> {
        match text {
            "signed-out" => Some(TabNews::Ended(Ending::SignedOut)),
            "timed-out" => Some(TabNews::Ended(Ending::TimedOut)),
            "left" => Some(TabNews::Ended(Ending::Left)),
            _ => {
                let sent = text.strip_prefix("renewed ")?.parse::<f64>().ok()?;
                sent.is_finite().then_some(TabNews::Renewed(sent))
            }
        }
    }
}

thread_local! {
    /// `None` in browsers without `BroadcastChannel`: each tab then keeps its own time.
    static CHANNEL: Option<BroadcastChannel> = BroadcastChannel::new(CHANNEL_NAME).ok();
}

/// Tells the app's other tabs in this browser.
pub fn tell(news: TabNews) {
    CHANNEL.with(|channel| {
        if let Some(channel) = channel {
            let _ = channel.post_message(&news.to_message());
        }
    });
}

/// Follows what the other tabs say, for as long as the page is open.
pub fn follow(session: Session) {
    let on_message = Closure::<dyn FnMut(ChannelMessage)>::new(move |message: ChannelMessage| {
        let Some(news) = message
            .data()
            .as_string()
            .and_then(|text| TabNews::from_message(&text))
        else {
            return;
        };
        match news {
            TabNews::Renewed(sent) => session.heard_renewal(sent),
            // Hide this tab too, signed in or not: the other tab is signing out.
            TabNews::Ended(Ending::Left) => leaving::hide_and_go(),
            // Only a signed-in page has anything to take away.
            TabNews::Ended(why) if session.is_signed_in_untracked() => {
                if why == Ending::SignedOut {
                    drafts::forget_everything_kept();
                }
                let _ = leptos::prelude::window()
                    .location()
                    .replace(why.next_page());
            }
            TabNews::Ended(_) => {}
        }
    });
    CHANNEL.with(|channel| {
        if let Some(channel) = channel {
            channel.set_onmessage(on_message.as_ref());
        }
    });
    // The shell lives as long as the page, and so does this listener.
    on_message.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_news_survives_the_trip() {
        for news in [
            TabNews::Renewed(1_767_225_600_123.0),
            TabNews::Ended(Ending::SignedOut),
            TabNews::Ended(Ending::TimedOut),
            TabNews::Ended(Ending::Left),
        ] {
            assert_eq!(TabNews::from_message(&news.to_message()), Some(news));
        }
    }

    #[test]
    fn other_messages_are_ignored() {
        assert_eq!(TabNews::from_message(""), None);
        assert_eq!(TabNews::from_message("renewed"), None);
        assert_eq!(TabNews::from_message("renewed soon"), None);
        assert_eq!(TabNews::from_message("renewed NaN"), None);
        assert_eq!(TabNews::from_message("renewed inf"), None);
        assert_eq!(TabNews::from_message("Left"), None);
    }
}
