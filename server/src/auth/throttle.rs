//! Slowing down guessing without letting a guesser lock others out.
//!
//! Three counts of failed sign-ins within a window, each answered with 429
//! and how long to wait (refused tries themselves do not count, so waiting
//! always works):
//! - one account from one address: a few tries, then that address must wait
//!   (even with the right secret, or a guesser would learn it by being let in);
//! - one address over all accounts: more, because a children's home or a
//!   secure unit's kiosks may share one address;
//! - one account from everywhere: after a free allowance, tries are spaced
//!   out, the gap doubling with each failure up to a minute. Someone guessing
//!   from many addresses is slowed to a few tries a minute. An address the
//!   person signed in from in the last 30 days is exempt from this count, so
//!   a guesser elsewhere, however busy, cannot keep the child out at home.
//!
//! Every try is counted as a failure *before* the secret is checked, then
//! forgiven if it succeeds. Checking first and counting after would let a
//! burst of simultaneous guesses all pass the check while the slow password
//! hash runs.

use crate::clock::Clock;
use crate::http::error::{AppError, AppResult};
use crate::storage::Store;
use std::net::IpAddr;

const WINDOW_MS: i64 = 5 * 60 * 1000;
/// Failures for one account from one address within the window.
const PAIR_LIMIT: u32 = 5;
/// Failures from one address (any accounts) within the window.
const CLIENT_LIMIT: u32 = 20;
/// Failures for one account (any addresses) within the window before tries
/// are spaced out.
const ACCOUNT_FREE: u32 = 10;
/// The longest gap between tries at one account.
const MAX_SPACING_MS: i64 = 60 * 1000;
/// How long an address the person signed in from stays exempt from the
/// account-wide spacing.
pub const KNOWN_ADDRESS_MS: i64 = 30 * 24 * 3600 * 1000;

/// A sign-in try in progress, already counted as a failure.
#[must_use = "a try must end as succeeded, not_a_guess, or (by dropping) a failure"]
pub struct Attempt {
    account: String,
    client: String,
    row: i64,
}

/// Starts a try at `account` (the name as typed, normalised, whether or not
/// it exists, so unknown and known names are answered alike) from `client`.
/// 429 while a limit is reached, saying when the try may be made.
/// `known_address`: the account's owner signed in from `client` lately, so
/// the account-wide spacing does not apply (the other two counts still do).
pub async fn begin(
    store: &Store,
    clock: &Clock,
    kind: &str,
    name: &str,
    client: IpAddr,
    known_address: bool,
) -> AppResult<Attempt> {
    let account = format!("{kind}:{name}");
    let client = client.to_string();
    let now = clock.now_ms();
    let since = now - WINDOW_MS;
    let row = store.record_failure(&account, &client, now, since).await?;
    // This try is among the rows counted, hence one more than each limit.
    let by_pair = store
        .nth_recent_pair_failure(&account, &client, since, PAIR_LIMIT + 1)
        .await?
        .map(|at| at + WINDOW_MS);
    let by_client = store
        .nth_recent_client_failure(&client, since, CLIENT_LIMIT + 1)
        .await?
        .map(|at| at + WINDOW_MS);
    let (earlier, latest) = store.account_failures(&account, since, row).await?;
    let by_account = latest
        .filter(|_| !known_address && earlier >= ACCOUNT_FREE)
        .map(|latest| latest + spacing_ms(earlier))
        .filter(|allowed_at| *allowed_at > now);
    match by_pair.into_iter().chain(by_client).chain(by_account).max() {
        None => Ok(Attempt {
            account,
            client,
            row,
        }),
        Some(allowed_at) => {
            store.forget_failure(row).await?;
            let secs = u64::try_from((allowed_at - now + 999) / 1000)
                .unwrap_or(1)
                .max(1);
            Err(AppError::TooManyTries {
                retry_after_secs: secs,
            })
        }
    }
}

/// The gap an account's next try must keep after its latest failure, once
/// `failures` have been made: 1 s after the free allowance, doubling.
fn spacing_ms(failures: u32) -> i64 {
    let doublings = failures.saturating_sub(ACCOUNT_FREE).min(16);
    (1000_i64 << doublings).min(MAX_SPACING_MS)
}

impl Attempt {
    /// A correct sign-in forgives the slips made from this address at this
    /// account, and this try with them. Failures from elsewhere stay: they
    /// may be someone else guessing.
    pub async fn succeeded(self, store: &Store) -> AppResult<()> {
        store
            .clear_pair_failures(&self.account, &self.client)
            .await?;
        Ok(())
    }

    /// The try ended without checking a secret (the server was too busy).
    pub async fn not_a_guess(self, store: &Store) -> AppResult<()> {
        store.forget_failure(self.row).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spacing_doubles_to_a_minute() {
        assert_eq!(spacing_ms(ACCOUNT_FREE), 1000);
        assert_eq!(spacing_ms(ACCOUNT_FREE + 1), 2000);
        assert_eq!(spacing_ms(ACCOUNT_FREE + 5), 32_000);
        assert_eq!(spacing_ms(ACCOUNT_FREE + 6), MAX_SPACING_MS);
        assert_eq!(spacing_ms(u32::MAX), MAX_SPACING_MS);
    }
}
