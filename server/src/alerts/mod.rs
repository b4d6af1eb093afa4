//! "I don't feel safe": a child's alert to the adults who must act, and
//! their list of alerts.
//!
//! `POST /api/children/{id}/unsafe`: the alert row is stored first, on its
//! own. Everything after it (telling the officer, social worker and
//! managers, the audit row, the email) is tried and logged if it fails,
//! never answered as an error: the child must always see that their alert
//! went. The mailer tells anyone not yet told on its next pass.
//!
//! `GET /api/alerts`: newest first, for the child's officer, social worker
//! and managers.
//!
//! The page `/not-safe` (`not_safe_page`) raises the same alert the same
//! way, from a form.

mod not_safe_page;

pub use not_safe_page::page_routes;

use crate::auth::sessions::CurrentUser;
use crate::contributions::check_send_id;
use crate::http::error::AppResult;
use crate::http::extract::{ChildIdPath, JsonAfterCheck};
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action, ChildAccess};
use crate::storage::{AuditEntry, RaisedAlert};
use crate::AppState;
use axum::extract::State;
use axum::http::Method;
use axum::Json;
use domain::requests::{Alert, AlertRaised, RaiseAlert};

pub fn routes() -> Vec<ApiRoute> {
    vec![
        route(Method::POST, "/api/children/{id}/unsafe", raise),
        route(Method::GET, "/api/alerts", list),
    ]
}

async fn raise(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
    body: JsonAfterCheck,
) -> AppResult<Json<AlertRaised>> {
    let access = policy::authorize(&state, &user, Action::RaiseAlert, id).await?;
    let ask: RaiseAlert = body.parse()?;
    check_send_id(&ask.send_id)?;
    let raised = raise_alert(&state, &access, &user, &ask.send_id, ask.said.as_deref()).await?;
    Ok(Json(AlertRaised {
        alert_id: raised.alert_id,
        raised_at_ms: raised.raised_at_ms,
    }))
}

/// Stores the alert, then tells the adults. Only storing can fail: once
/// stored, nothing may turn the answer into an error. What the child
/// wrote is kept exactly as they wrote it; blank is nothing.
async fn raise_alert(
    state: &AppState,
    access: &ChildAccess,
    user: &CurrentUser,
    send_id: &str,
    said: Option<&str>,
) -> sqlx::Result<RaisedAlert> {
    let said = said.filter(|text| !text.trim().is_empty());
    let now_ms = state.clock.now_ms();
    let raised = store_alert(state, access, user.user_id, send_id, said, now_ms).await?;
    if raised.new {
        tell_the_adults(state, access, user, raised, now_ms).await;
    }
    Ok(raised)
}

/// Stores the alert, trying again twice if the database is busy or
/// failing for a moment: the one step that must succeed before the child
/// is answered.
async fn store_alert(
    state: &AppState,
    access: &ChildAccess,
    raised_by: i64,
    send_id: &str,
    said: Option<&str>,
    now_ms: i64,
) -> sqlx::Result<RaisedAlert> {
    let mut failed = 0;
    loop {
        match state
            .store
            .raise_alert(access, raised_by, send_id, said, now_ms)
            .await
        {
            Ok(raised) => return Ok(raised),
            Err(e) if failed < 2 => {
                failed += 1;
                tracing::error!(error = %e, failed, "could not store an alert; trying again");
                tokio::time::sleep(std::time::Duration::from_millis(250 * failed)).await;
            }
            Err(e) => return Err(e),
        }
    }
}

/// Records the urgent updates, the audit row and wakes the mailer; each
/// failure is logged and left for the mailer to catch up on.
async fn tell_the_adults(
    state: &AppState,
    access: &ChildAccess,
    user: &CurrentUser,
    raised: RaisedAlert,
    now_ms: i64,
) {
    let alert_id = raised.alert_id;
    let child_id = access.child_id();
    tracing::warn!(alert_id, child_id, "a child has said they do not feel safe");
    if let Err(e) = state.store.record_alert_updates(alert_id, now_ms).await {
        tracing::error!(alert_id, error = %e, "could not yet tell anyone of an alert; the mailer will");
    }
    let client = user.client.ip.to_string();
    let detail = alert_id.to_string();
    let entry = AuditEntry {
        event: "unsafe_alert_raised",
        actor_user_id: Some(user.user_id),
        child_id: Some(child_id),
        detail: Some(&detail),
        client: Some(&client),
    };
    if let Err(e) = state.store.append_audit(now_ms, &entry).await {
        tracing::error!(alert_id, error = %e, "could not write an alert to the audit trail");
    }
    state.mail.wake();
}

async fn list(State(state): State<AppState>, user: CurrentUser) -> AppResult<Json<Vec<Alert>>> {
    let access = policy::alerts(&state, &user).await?;
    Ok(Json(state.store.alerts(&access).await?))
}
