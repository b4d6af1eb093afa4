//! Hashing of every secret a person types: staff passwords, children's
//! passphrases and one-time activation codes. One place, one set of parameters.

use crate::http::error::{AppError, AppResult};
use anyhow::anyhow;
use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::cell::RefCell;
use std::sync::{mpsc, Arc, LazyLock, Mutex};
use tokio::sync::Semaphore;
use zxcvbn::Score;

/// OWASP's Argon2id recommendation: 19 MiB, 2 passes, 1 lane.
fn params() -> Params {
    Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters")
}

/// Verified against when the account does not exist, so an unknown name costs
/// the same time as a wrong passphrase and timing does not reveal who exists.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_now("not anybody's passphrase").expect("hashing a constant"));

thread_local! {
    /// Argon2's 19 MiB of working memory, kept by each hashing thread and
    /// reused. Allocated afresh for every hash, it was not given back to
    /// the system promptly, and a server's memory grew by 19 MiB a sign-in.
    static BLOCKS: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

/// Argon2 `params` of `secret` and `salt`, into `out`, in this thread's memory.
fn argon2_into(
    params: Params,
    algorithm: Algorithm,
    version: Version,
    secret: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> anyhow::Result<()> {
    let blocks = params.block_count();
    let argon2 = Argon2::new(algorithm, version, params);
    BLOCKS.with_borrow_mut(|memory| {
        memory.resize(blocks, Block::default());
        argon2
            .hash_password_into_with_memory(secret, salt, out, &mut memory[..])
            .map_err(|e| anyhow!("hashing failed: {e}"))
    })
}

fn hash_now(secret: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt
        .decode_b64(&mut salt_bytes)
        .map_err(|e| anyhow!("salt: {e}"))?;
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    argon2_into(
        params(),
        Algorithm::Argon2id,
        Version::V0x13,
        secret.as_bytes(),
        salt_bytes,
        &mut out,
    )?;
    let hash = PasswordHash {
        algorithm: argon2::ARGON2ID_IDENT,
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params()).map_err(|e| anyhow!("params: {e}"))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| anyhow!("output: {e}"))?),
    };
    Ok(hash.to_string())
}

fn verify_now(secret: &str, hash: Option<&str>) -> bool {
    let (hash, real) = match hash {
        Some(h) => (h, true),
        None => (DUMMY_HASH.as_str(), false),
    };
    match verify_against(secret, hash) {
        Ok(matches) => matches && real,
        Err(e) => {
            tracing::error!(error = %e, "a stored password hash is unreadable");
            false
        }
    }
}

fn verify_against(secret: &str, hash: &str) -> anyhow::Result<bool> {
    let parsed = PasswordHash::new(hash).map_err(|e| anyhow!("{e}"))?;
    let params = Params::try_from(&parsed).map_err(|e| anyhow!("{e}"))?;
    let algorithm = Algorithm::try_from(parsed.algorithm).map_err(|e| anyhow!("{e}"))?;
    let version = parsed
        .version
        .map(Version::try_from)
        .transpose()
        .map_err(|e| anyhow!("{e}"))?
        .unwrap_or_default();
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        anyhow::bail!("no salt or no hash");
    };
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt
        .decode_b64(&mut salt_bytes)
        .map_err(|e| anyhow!("{e}"))?;
    let mut out = vec![0u8; expected.len()];
    argon2_into(
        params,
        algorithm,
        version,
        secret.as_bytes(),
        salt_bytes,
        &mut out,
    )?;
    // `Output` compares in constant time.
    Ok(Output::new(&out).map_err(|e| anyhow!("{e}"))? == expected)
}

type Job = Box<dyn FnOnce() + Send>;

/// The threads that hash: one per core, for the whole process, each with
/// its own reused memory. However many servers or sign-ins there are,
/// hashing never holds more than cores × 19 MiB.
static POOL: LazyLock<Mutex<mpsc::Sender<Job>>> = LazyLock::new(|| {
    let (jobs, queue) = mpsc::channel::<Job>();
    let queue = Arc::new(Mutex::new(queue));
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    for n in 0..cores {
        let queue = Arc::clone(&queue);
        std::thread::Builder::new()
            .name(format!("argon2-{n}"))
            .spawn(move || loop {
                let next = queue.lock().map(|q| q.recv());
                let Ok(Ok(job)) = next else { return };
                // A panic is answered by the dropped reply; the thread lives on.
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
            })
            .expect("starting a hashing thread");
    }
    Mutex::new(jobs)
});

/// Runs `work` on a hashing thread.
async fn on_pool<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> anyhow::Result<T> {
    let (reply, answer) = tokio::sync::oneshot::channel();
    POOL.lock()
        .map_err(|_| anyhow!("the hashing pool is poisoned"))?
        .send(Box::new(move || {
            let _ = reply.send(work());
        }))
        .map_err(|_| anyhow!("the hashing threads have stopped"))?;
    answer.await.map_err(|_| anyhow!("hashing panicked"))
}

/// Argon2 takes tens of milliseconds of CPU and 19 MiB: keep it off the
/// async workers, and run only a few at once. A flood of sign-ins waits in a
/// short queue; beyond it the server answers 503 at once, so memory stays at
/// about `at_once` × 19 MiB however many arrive.
#[derive(Clone, Debug)]
pub struct Hashing {
    /// Hashes running or waiting; a sign-in that cannot get one is turned away.
    admitted: Arc<Semaphore>,
    /// Hashes running.
    running: Arc<Semaphore>,
}

/// What a turned-away sign-in is told to wait: one queue's worth of hashes
/// takes well under a second.
const BUSY_RETRY_SECS: u64 = 1;

/// Common passwords, and anything zxcvbn reckons could be guessed in fewer
/// than 10^10 tries (score 3 and up is "safely unguessable" for an online
/// attack that is also throttled).
const STRONG_ENOUGH: Score = Score::Three;

/// zxcvbn's work grows fast with length; beyond this a passphrase's strength
/// is not in doubt, and only the start is weighed.
const WEIGHED_CHARS: usize = 100;

impl Hashing {
    pub fn new(at_once: usize, queue: usize) -> Self {
        let at_once = at_once.max(1);
        Self {
            admitted: Arc::new(Semaphore::new(at_once + queue)),
            running: Arc::new(Semaphore::new(at_once)),
        }
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> AppResult<T> {
        let admitted = self
            .admitted
            .clone()
            .try_acquire_owned()
            .map_err(|_| AppError::Busy {
                retry_after_secs: BUSY_RETRY_SECS,
            })?;
        let running = self
            .running
            .clone()
            .acquire_owned()
            .await
            .map_err(anyhow::Error::from)?;
        // The permits travel with the work: if the client goes away, the
        // hash still finishes, and only then frees its place.
        Ok(on_pool(move || {
            let _held = (admitted, running);
            work()
        })
        .await?)
    }

    /// True when `secret` matches `hash`. With no hash, does the same work
    /// and answers false, so an unknown name takes as long as a wrong secret.
    pub async fn verify(&self, secret: String, hash: Option<String>) -> AppResult<bool> {
        self.run(move || verify_now(&secret, hash.as_deref())).await
    }

    /// Hashes a passphrase a child has just chosen, unless it is too easy to
    /// guess; `user_inputs` (their username) count as easy.
    pub async fn hash_chosen(
        &self,
        passphrase: String,
        user_inputs: Vec<String>,
    ) -> AppResult<Result<String, Weak>> {
        self.run(move || {
            let inputs: Vec<&str> = user_inputs.iter().map(String::as_str).collect();
            if is_weak(&passphrase, &inputs) {
                return Ok(Err(Weak));
            }
            hash_now(&passphrase).map(Ok)
        })
        .await?
        .map_err(AppError::from)
    }
}

/// A chosen passphrase was refused as easy to guess.
#[derive(Debug, PartialEq, Eq)]
pub struct Weak;

fn is_weak(passphrase: &str, user_inputs: &[&str]) -> bool {
    let weighed: String = passphrase.chars().take(WEIGHED_CHARS).collect();
    zxcvbn::zxcvbn(&weighed, user_inputs).score() < STRONG_ENOUGH
}

/// Hashes a secret without queueing: for seeding the demo at start-up.
pub async fn hash(secret: String) -> anyhow::Result<String> {
    on_pool(move || hash_now(&secret)).await?
}

/// Computes the dummy hash at start-up rather than during someone's first
/// failed sign-in, which would make that one slower and so distinguishable.
pub async fn warm_up() -> anyhow::Result<()> {
    on_pool(|| LazyLock::force(&DUMMY_HASH).len()).await?;
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

    #[test]
    fn hashes_made_by_the_argon2_crate_itself_still_verify() {
        use argon2::password_hash::PasswordHasher;
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        let theirs = Argon2::new(Algorithm::Argon2id, Version::V0x13, params())
            .hash_password(b"quiet-forest-17", &salt)
            .unwrap()
            .to_string();
        assert!(verify_now("quiet-forest-17", Some(&theirs)));
        assert!(!verify_now("quiet-forest-18", Some(&theirs)));
    }

    #[test]
    fn common_and_personal_passphrases_are_weak() {
        for weak in [
            "password",
            "password1",
            "12345678",
            "qwertyuiop",
            "sunshine",
            "iloveyou",
        ] {
            assert!(is_weak(weak, &[]), "{weak}");
        }
        assert!(is_weak("rubykhan", &["ruby"]), "built from the username");
        for strong in [
            "purple-otter-55",
            "sunny-river-42",
            "quiet-forest-17",
            "correct horse battery staple",
        ] {
            assert!(!is_weak(strong, &[]), "{strong}");
        }
        // Very long input is weighed by its start only, and quickly.
        assert!(!is_weak(&"purple-otter-55 ".repeat(1000), &[]));
    }

    #[tokio::test]
    async fn a_full_queue_is_turned_away_not_left_to_grow() {
        let hashing = Hashing::new(1, 1);
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let wait = std::sync::Mutex::new(wait);
        let first = {
            let hashing = hashing.clone();
            tokio::spawn(async move {
                hashing
                    .run(move || wait.lock().unwrap().recv().is_ok())
                    .await
            })
        };
        // Let the first take the only running place, then queue a second.
        while hashing.running.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        let second = {
            let hashing = hashing.clone();
            tokio::spawn(async move { hashing.run(|| true).await })
        };
        while hashing.admitted.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        let third = hashing.run(|| true).await;
        assert!(matches!(
            third,
            Err(AppError::Busy {
                retry_after_secs: 1
            })
        ));
        release.send(()).unwrap();
        assert!(first.await.unwrap().unwrap());
        assert!(second.await.unwrap().unwrap());
        assert!(hashing.run(|| true).await.unwrap(), "room again once done");
    }
}
