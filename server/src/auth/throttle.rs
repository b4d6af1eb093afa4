//! Slowing down guessing: too many failed sign-ins for one account, or from
//! one address, and further tries are refused for a while, even correct ones
//! (otherwise a guesser would learn the answer by being let in).
//!
//! Every try is counted as a failure *before* the secret is checked, then
//! forgiven if it succeeds. Checking first and counting after would let a
//! burst of simultaneous guesses all pass the check while the slow password
//! hash runs.

use crate::clock::Clock;
use crate::http::error::{AppError, AppResult};
use crate::storage::Store;
use std::net::SocketAddr;

const WINDOW_MS: i64 = 5 * 60 * 1000;
/// Failures for one account within the window before it is refused.
const ACCOUNT_LIMIT: u32 = 5;
/// Failures from one address (any accounts) within the window. Higher, because
/// a children's home or a secure unit's kiosks may share one address.
const CLIENT_LIMIT: u32 = 20;

/// A sign-in try in progress, already counted as a failure.
#[must_use = "a try must end as succeeded, not_a_guess, or (by dropping) a failure"]
pub struct Attempt {
    account: String,
    row: i64,
}

/// Starts a try at `account` (the name as typed, normalised, whether or not
/// it exists, so unknown and known names are answered alike) from `peer`.
/// 429 while either limit is already reached, saying when the later of them
/// frees up; a refused try does not itself count, so waiting always works.
pub async fn begin(
    store: &Store,
    clock: &Clock,
    kind: &str,
    name: &str,
    peer: SocketAddr,
) -> AppResult<Attempt> {
    let account = format!("{kind}:{name}");
    let client = peer.ip().to_string();
    let now = clock.now_ms();
    let since = now - WINDOW_MS;
    let row = store.record_failure(&account, &client, now, since).await?;
    // This try is among the rows counted, hence one more than each limit.
    let by_account = store
        .nth_recent_account_failure(&account, since, ACCOUNT_LIMIT + 1)
        .await?;
    let by_client = store
        .nth_recent_client_failure(&client, since, CLIENT_LIMIT + 1)
        .await?;
    match by_account.into_iter().chain(by_client).max() {
        None => Ok(Attempt { account, row }),
        Some(at) => {
            store.forget_failure(row).await?;
            let wait_ms = at + WINDOW_MS - now;
            let secs = u64::try_from((wait_ms + 999) / 1000).unwrap_or(1).max(1);
            Err(AppError::TooManyTries {
                retry_after_secs: secs,
            })
        }
    }
}

impl Attempt {
    /// A correct sign-in forgives the account's earlier slips, and this try
    /// with them (but not the address's others, which may be someone trying
    /// other accounts).
    pub async fn succeeded(self, store: &Store) -> AppResult<()> {
        store.clear_account_failures(&self.account).await?;
        Ok(())
    }

    /// The try ended without checking a secret (e.g. the child must activate first).
    pub async fn not_a_guess(self, store: &Store) -> AppResult<()> {
        store.forget_failure(self.row).await?;
        Ok(())
    }
}
