//! Signing in: staff with email and password, children with a username and
//! the passphrase they chose when they activated their account.
//!
//! Every answer a guesser could learn from is the same for an unknown name,
//! a child who has not activated yet and a wrong secret: the same code,
//! after the same hashing work, counted as a try. Each sign-in, good or bad,
//! leaves an audit row saying where it came from.

use crate::auth::sessions::{self, Started};
use crate::auth::throttle::{self, Attempt};
use crate::http::client_address::ClientAddress;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::ApiJson;
use crate::http::routes::{route, ApiRoute};
use crate::storage::{AuditEntry, Credentials};
use crate::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, Method};
use domain::api::{Activation, ChildSignIn, ErrorCode, FieldError, StaffSignIn};
use domain::sign_in_rules::{self, normalise_code, normalise_name, PASSPHRASE};

/// A code stops working after this many wrong tries.
const ACTIVATION_TRIES: i64 = 10;

pub fn routes() -> Vec<ApiRoute> {
    vec![
        route(Method::POST, "/api/session/staff", staff),
        route(Method::POST, "/api/session/child", child),
        route(Method::POST, "/api/session/activate", activate),
    ]
}

/// 422 listing every field that breaks the form's rules.
fn follow_rules(problems: Vec<FieldError>) -> AppResult<()> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(AppError::InvalidInput(problems))
    }
}

/// What one sign-in is about, for throttling and the audit trail.
struct Try<'a> {
    state: &'a AppState,
    client: ClientAddress,
    /// "child:sam", "staff:priya@example.org": the throttling key.
    kind: &'static str,
    name: String,
    /// Set when the name is a real account.
    user_id: Option<i64>,
}

impl Try<'_> {
    /// The name as typed is recorded only when it names a real account:
    /// an unknown "name" may be a passphrase typed in the wrong box.
    async fn audit(&self, event: &str, actor: Option<i64>) -> AppResult<()> {
        let account = format!("{}:{}", self.kind, self.name);
        let client = self.client.ip.to_string();
        let entry = AuditEntry {
            event,
            actor_user_id: actor,
            detail: self.user_id.map(|_| account.as_str()),
            client: Some(&client),
            ..AuditEntry::default()
        };
        self.state
            .store
            .append_audit(self.state.clock.now_ms(), &entry)
            .await?;
        Ok(())
    }

    async fn begin(&self) -> AppResult<Attempt> {
        let s = self.state;
        let now = s.clock.now_ms();
        let client = self.client.ip.to_string();
        let known_address = match self.user_id {
            Some(user_id) => {
                s.store
                    .has_signed_in_from(user_id, &client, now - throttle::KNOWN_ADDRESS_MS)
                    .await?
            }
            None => false,
        };
        let begun = throttle::begin(
            &s.store,
            &s.clock,
            self.kind,
            &self.name,
            self.client.ip,
            known_address,
        )
        .await;
        if let Err(AppError::TooManyTries { .. }) = &begun {
            // Refused tries cost the client nothing, so one row per client a
            // minute is enough: the append-only table must not be a way to
            // fill the disk.
            let recently = s
                .store
                .has_recent_event_from("sign_in_throttled", &client, now - 60_000)
                .await?;
            if !recently {
                self.audit("sign_in_throttled", None).await?;
            }
        }
        begun
    }

    /// Checks `secret` against `hash` (or a dummy, doing the same work), and
    /// ends the attempt: a session, or a failure on record.
    async fn check(
        &self,
        headers: &HeaderMap,
        attempt: Attempt,
        hash: Option<String>,
        secret: String,
    ) -> AppResult<Started> {
        let s = self.state;
        let matches = match s.hashing.verify(secret, hash).await {
            Ok(matches) => matches,
            Err(e) => {
                attempt.not_a_guess(&s.store).await?;
                return Err(e);
            }
        };
        match self.user_id {
            Some(user_id) if matches => {
                attempt.succeeded(&s.store).await?;
                self.audit("sign_in_succeeded", Some(user_id)).await?;
                sessions::start(s, headers, self.client, user_id).await
            }
            _ => {
                self.audit("sign_in_failed", None).await?;
                Err(AppError::WrongDetails)
            }
        }
    }
}

async fn staff(
    State(state): State<AppState>,
    client: ClientAddress,
    headers: HeaderMap,
    ApiJson(body): ApiJson<StaffSignIn>,
) -> AppResult<Started> {
    sign_in_staff(&state, client, &headers, body).await
}

async fn child(
    State(state): State<AppState>,
    client: ClientAddress,
    headers: HeaderMap,
    ApiJson(body): ApiJson<ChildSignIn>,
) -> AppResult<Started> {
    sign_in_child(&state, client, &headers, body).await
}

async fn activate(
    State(state): State<AppState>,
    client: ClientAddress,
    headers: HeaderMap,
    ApiJson(body): ApiJson<Activation>,
) -> AppResult<Started> {
    activate_child(&state, client, &headers, body).await
}

/// An adult signs in with their email address and password.
pub async fn sign_in_staff(
    state: &AppState,
    client: ClientAddress,
    headers: &HeaderMap,
    body: StaffSignIn,
) -> AppResult<Started> {
    follow_rules(sign_in_rules::staff_sign_in(&body.email, &body.password))?;
    let email = normalise_name(&body.email);
    let credentials = state.store.staff_credentials(&email).await?;
    let attempt = Try {
        state,
        client,
        kind: "staff",
        name: email,
        user_id: credentials.as_ref().map(|c| c.user_id),
    };
    let started = attempt.begin().await?;
    let hash = credentials.and_then(|c| c.secret_hash);
    attempt.check(headers, started, hash, body.password).await
}

/// A child signs in with their username and passphrase.
pub async fn sign_in_child(
    state: &AppState,
    client: ClientAddress,
    headers: &HeaderMap,
    body: ChildSignIn,
) -> AppResult<Started> {
    follow_rules(sign_in_rules::child_sign_in(
        &body.username,
        &body.passphrase,
    ))?;
    let username = normalise_name(&body.username);
    let credentials = state.store.child_credentials(&username).await?;
    let attempt = Try {
        state,
        client,
        kind: "child",
        name: username,
        user_id: credentials.as_ref().map(|c| c.user_id),
    };
    let started = attempt.begin().await?;
    // A child who has not chosen a passphrase has no hash: checked against
    // the dummy like an unknown name, so the answer does not reveal that the
    // username exists. The page offers "First time? Use your code" anyway.
    let hash = credentials.and_then(|c| c.secret_hash);
    attempt.check(headers, started, hash, body.passphrase).await
}

/// The code, if this child has one that still works.
fn live_code(credentials: Option<&Credentials>, now_ms: i64) -> Option<String> {
    let c = credentials?;
    let in_date = c
        .activation_expires_at
        .is_some_and(|expires| expires > now_ms);
    let tries_left = c.activation_failed_tries < ACTIVATION_TRIES;
    if in_date && tries_left {
        c.activation_code_hash.clone()
    } else {
        None
    }
}

/// A child's first sign-in: the code from their officer, and a passphrase
/// of their own.
pub async fn activate_child(
    state: &AppState,
    client: ClientAddress,
    headers: &HeaderMap,
    body: Activation,
) -> AppResult<Started> {
    follow_rules(sign_in_rules::activation(
        &body.username,
        &body.code,
        &body.passphrase,
    ))?;
    let username = normalise_name(&body.username);
    let code = normalise_code(&body.code);
    let credentials = state.store.child_credentials(&username).await?;
    // Same account key as signing in, so guessing codes and guessing
    // passphrases share one allowance.
    let attempt = Try {
        state,
        client,
        kind: "child",
        name: username.clone(),
        user_id: credentials.as_ref().map(|c| c.user_id),
    };
    let started = attempt.begin().await?;

    let live_code = live_code(credentials.as_ref(), state.clock.now_ms());
    let matches = match state.hashing.verify(code, live_code.clone()).await {
        Ok(matches) => matches,
        Err(e) => {
            started.not_a_guess(&state.store).await?;
            return Err(e);
        }
    };
    let (Some(user_id), Some(code_hash), true) = (attempt.user_id, live_code.clone(), matches)
    else {
        if let (Some(user_id), Some(_)) = (attempt.user_id, live_code) {
            state.store.count_failed_activation(user_id).await?;
        }
        attempt.audit("activation_failed", None).await?;
        return Err(AppError::BadActivationCode);
    };
    // The right code: this try is not a guess whatever the passphrase.
    started.succeeded(&state.store).await?;
    let hashed = state
        .hashing
        .hash_chosen(body.passphrase, vec![username, "mysay".into()])
        .await?;
    let Ok(passphrase_hash) = hashed else {
        return Err(AppError::field(PASSPHRASE, ErrorCode::PassphraseTooWeak));
    };
    if !state
        .store
        .activate(user_id, &code_hash, &passphrase_hash)
        .await?
    {
        attempt.audit("activation_failed", None).await?;
        return Err(AppError::BadActivationCode);
    }
    attempt.audit("activation_succeeded", Some(user_id)).await?;
    sessions::start(state, headers, client, user_id).await
}
