//! Slowing down guessing: too many failed sign-ins for one account, or from
//! one address, and further tries are refused for a while, even correct ones
//! (otherwise a guesser would learn the answer by being let in).

use crate::clock::now_ms;
use crate::error::{AppError, AppResult};
use crate::storage::Store;

const WINDOW_MS: i64 = 5 * 60 * 1000;
/// Failures for one account within the window before it is refused.
const ACCOUNT_LIMIT: u32 = 5;
/// Failures from one address (any accounts) within the window. Higher, because
/// a children's home or a secure unit's kiosks may share one address.
const CLIENT_LIMIT: u32 = 20;

/// 429 while either limit is reached, saying when the later of them frees up.
pub async fn check(store: &Store, account: &str, client: &str) -> AppResult<()> {
    let now = now_ms();
    let since = now - WINDOW_MS;
    let by_account = store
        .nth_recent_account_failure(account, since, ACCOUNT_LIMIT)
        .await?;
    let by_client = store
        .nth_recent_client_failure(client, since, CLIENT_LIMIT)
        .await?;
    match by_account.into_iter().chain(by_client).max() {
        None => Ok(()),
        Some(at) => {
            let wait_ms = at + WINDOW_MS - now;
            let secs = u64::try_from((wait_ms + 999) / 1000).unwrap_or(1).max(1);
            Err(AppError::TooManyTries {
                retry_after_secs: secs,
            })
        }
    }
}

pub async fn failed(store: &Store, account: &str, client: &str) -> AppResult<()> {
    let now = now_ms();
    store
        .record_failure(account, client, now, now - WINDOW_MS)
        .await?;
    Ok(())
}

/// A correct sign-in forgives the account's earlier slips (but not the
/// address's, which may be someone else trying other accounts).
pub async fn succeeded(store: &Store, account: &str) -> AppResult<()> {
    store.clear_account_failures(account).await?;
    Ok(())
}
