//! Who reads the "I don't feel safe" alerts: the adults who must act on
//! them. Raising one is `Action::RaiseAlert`, in the access table.

use super::refuse;
use crate::auth::sessions::CurrentUser;
use crate::http::error::AppResult;
use crate::AppState;
use domain::api::Role;

/// Whose alerts `GET /api/alerts` lists for someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlertsScope {
    /// The children they are the appointed officer of now.
    AppointedOfficer,
    /// The children they are the social worker of now.
    LinkedSocialWorker,
    Everyone,
}

/// None: this role is never told of alerts (children, carers, advocates).
pub fn alerts_scope(role: Role) -> Option<AlertsScope> {
    match role {
        Role::ReviewingOfficer => Some(AlertsScope::AppointedOfficer),
        Role::SocialWorker => Some(AlertsScope::LinkedSocialWorker),
        Role::Manager => Some(AlertsScope::Everyone),
        Role::Child | Role::Carer | Role::Advocate => None,
    }
}

/// Proof that someone may read alerts, and whose.
#[derive(Debug)]
pub struct AlertsAccess {
    user_id: i64,
    scope: AlertsScope,
}

impl AlertsAccess {
    pub fn user_id(&self) -> i64 {
        self.user_id
    }

    pub fn scope(&self) -> AlertsScope {
        self.scope
    }
}

/// The proof, or a 403 written to the audit trail.
pub async fn alerts(state: &AppState, user: &CurrentUser) -> AppResult<AlertsAccess> {
    match alerts_scope(user.role) {
        Some(scope) => Ok(AlertsAccess {
            user_id: user.user_id,
            scope,
        }),
        None => Err(refuse(state, user, None, "see_alerts").await),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_adults_who_must_act_read_alerts() {
        for role in [Role::Child, Role::Carer, Role::Advocate] {
            assert_eq!(alerts_scope(role), None, "{role:?}");
        }
        assert_eq!(alerts_scope(Role::Manager), Some(AlertsScope::Everyone));
    }
}
