//! Hashing of every secret a person types: staff passwords, children's
//! passphrases and one-time activation codes. One place, one set of parameters.

use anyhow::anyhow;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::LazyLock;

/// OWASP's Argon2id recommendation: 19 MiB, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Verified against when the account does not exist, so an unknown name costs
/// the same time as a wrong passphrase and timing does not reveal who exists.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_now("not anybody's passphrase").expect("hashing a constant"));

fn hash_now(secret: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    argon2()
        .hash_password(secret.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow!("hashing failed: {e}"))
}

fn verify_now(secret: &str, hash: Option<&str>) -> bool {
    let (hash, real) = match hash {
        Some(h) => (h, true),
        None => (DUMMY_HASH.as_str(), false),
    };
    let Ok(parsed) = PasswordHash::new(hash) else {
        tracing::error!("a stored password hash is unreadable");
        return false;
    };
    argon2().verify_password(secret.as_bytes(), &parsed).is_ok() && real
}

/// Argon2 takes tens of milliseconds of CPU: keep it off the async workers.
pub async fn hash(secret: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || hash_now(&secret)).await?
}

/// True when `secret` matches `hash`. With no hash, does the same work and
/// answers false.
pub async fn verify(secret: String, hash: Option<String>) -> anyhow::Result<bool> {
    Ok(tokio::task::spawn_blocking(move || verify_now(&secret, hash.as_deref())).await?)
}

/// Computes the dummy hash at start-up rather than during someone's first
/// failed sign-in, which would make that one slower and so distinguishable.
pub async fn warm_up() -> anyhow::Result<()> {
    tokio::task::spawn_blocking(|| LazyLock::force(&DUMMY_HASH).len()).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_parameters() {
        let h = hash_now("sunny-river-42").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_now("sunny-river-42", Some(&h)));
        assert!(!verify_now("sunny-river-43", Some(&h)));
        assert!(!verify_now("not anybody's passphrase", None));
        assert!(!verify_now("x", Some("not a hash")));
    }
}
