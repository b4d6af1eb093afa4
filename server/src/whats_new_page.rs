//! `/updates`, "What's new", for a child, as a page from the server
//! (`pages::whats_new`): what changed for them, then everything marked
//! seen, so the header counts nothing new. An adult's is still the app's.

use crate::clock::london_date;
use crate::http::pages::{childs_page, PageRequest};
use crate::http::routes::{route, ApiRoute};
use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::TimeZone;
use pages::whats_new::{self, Dated};

pub fn page_routes() -> Vec<ApiRoute> {
    vec![route(Method::GET, pages::frame::UPDATES_PATH, show)]
}

/// "10:30", in London.
fn london_time(ms: i64) -> String {
    chrono::Utc
        .timestamp_millis_opt(ms)
        .single()
        .map(|t| {
            t.with_timezone(&chrono_tz::Europe::London)
                .format("%H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

async fn show(State(state): State<AppState>, request: Request) -> Response {
    let (mut asking, _) = match childs_page(&state, request, pages::frame::UPDATES_PATH).await {
        Ok(page) => page,
        Err(answered) => return answered,
    };
    match list(&state, &mut asking).await {
        Ok(html) => asking.html(StatusCode::OK, html),
        Err(e) => e.into_response(),
    }
}

async fn list(state: &AppState, asking: &mut PageRequest) -> crate::http::error::AppResult<String> {
    let Some((user, _)) = asking.child() else {
        return Err(crate::http::error::AppError::Forbidden);
    };
    let user_id = user.user_id;
    let updates = state.store.updates_for(user_id).await?;
    // Shown: seen. The list still marks what was new before this visit.
    if let Some(newest) = updates.items.iter().map(|u| u.update_id).max() {
        state.store.mark_updates_seen(user_id, newest).await?;
        asking.frame.updates_new = Some(0);
    }
    let dated: Vec<Dated> = (updates.items.iter())
        .map(|update| Dated {
            update,
            date: london_date(update.at_ms),
            time: london_time(update.at_ms),
        })
        .collect();
    Ok(whats_new::page(&asking.frame, &updates, &dated))
}
