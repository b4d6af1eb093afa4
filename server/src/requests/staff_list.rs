//! `GET /api/requests`: the requests an officer, social worker or manager
//! must see across their children, with the day each must be answered by
//! and which are overdue.

use super::answer_due::{answer_due, is_overdue};
use crate::auth::sessions::CurrentUser;
use crate::clock::london_date;
use crate::http::error::AppResult;
use crate::http::routes::{route, ApiRoute};
use crate::policy;
use crate::storage::RequestListRow;
use crate::AppState;
use axum::extract::State;
use axum::http::Method;
use axum::Json;
use domain::requests::{RequestListItem, RequestState};

pub fn routes() -> Vec<ApiRoute> {
    vec![route(Method::GET, "/api/requests", list)]
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<Json<Vec<RequestListItem>>> {
    let access = policy::requests_list(&state, &user).await?;
    let rows = state.store.request_list(&access).await?;
    Ok(Json(list_items(&state, &rows)))
}

/// Staff list lines, with their due days counted from the council's setting.
pub(crate) fn list_items(state: &AppState, rows: &[RequestListRow]) -> Vec<RequestListItem> {
    let today = state.clock.today();
    rows.iter()
        .map(|r| {
            let asked_on = london_date(r.asked_at_ms);
            let due = answer_due(asked_on, state.config.answer_working_days);
            let state = match (r.allocated, r.standing_outcome.as_deref()) {
                (true, _) => RequestState::AdvocateAllocated,
                (false, Some("agreed")) => RequestState::Agreed,
                (false, Some(_)) => RequestState::Declined,
                (false, None) => RequestState::Waiting,
            };
            RequestListItem {
                request_id: r.id,
                child_id: r.child_id,
                child_first_name: r.child_first_name.clone(),
                kind: r.kind,
                asked_on,
                answer_due: due,
                overdue: is_overdue(today, due, state != RequestState::Waiting),
                state,
            }
        })
        .collect()
}
