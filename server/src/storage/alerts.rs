//! "I don't feel safe": the alert rows (never changed, never deleted; see
//! migration 0011), who must be told of one, and the lists of them.

use super::updates::{record_update, update_kind_to_db, NewUpdate};
use super::Store;
use crate::policy::{AlertsAccess, AlertsScope, ChildAccess};
use domain::requests::{Alert, UpdateKind};

/// An alert as stored: the one just raised, or the first with this send id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RaisedAlert {
    pub alert_id: i64,
    pub raised_at_ms: i64,
    /// False when a retry found the first alert.
    pub new: bool,
}

impl Store {
    /// Stores the alert on its own, committed before anything else is
    /// tried, so nothing that happens after can lose it. A retry with the
    /// same `send_id` finds the first alert.
    pub async fn raise_alert(
        &self,
        child: &ChildAccess,
        raised_by: i64,
        send_id: &str,
        said: Option<&str>,
        now_ms: i64,
    ) -> sqlx::Result<RaisedAlert> {
        let inserted: Option<(i64, i64)> = sqlx::query_as(
            "INSERT INTO unsafe_alerts (child_id, raised_by, send_id, raised_at_ms, what_is_happening) \
             VALUES (?, ?, ?, ?, ?) ON CONFLICT (raised_by, send_id) DO NOTHING \
             RETURNING id, raised_at_ms",
        )
        .bind(child.child_id())
        .bind(raised_by)
        .bind(send_id)
        .bind(now_ms)
        .bind(said)
        .fetch_optional(&self.pool)
        .await?;
        if let Some((alert_id, raised_at_ms)) = inserted {
            return Ok(RaisedAlert {
                alert_id,
                raised_at_ms,
                new: true,
            });
        }
        let (alert_id, raised_at_ms): (i64, i64) = sqlx::query_as(
            "SELECT id, raised_at_ms FROM unsafe_alerts WHERE raised_by = ? AND send_id = ?",
        )
        .bind(raised_by)
        .bind(send_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(RaisedAlert {
            alert_id,
            raised_at_ms,
            new: false,
        })
    }

    /// Tells the child's officer, social worker and every manager of the
    /// alert, marked urgent, unless they have been told already (the
    /// mailer calls this too, for alerts whose first telling failed).
    pub async fn record_alert_updates(&self, alert_id: i64, now_ms: i64) -> sqlx::Result<()> {
        // IMMEDIATE: the handler and the mailer may both try at once; the
        // second waits for the first and then finds them told, rather than
        // failing to upgrade a read into a write.
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let told: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM updates WHERE kind = ? AND subject_id = ?)",
        )
        .bind(update_kind_to_db(UpdateKind::UnsafeAlert))
        .bind(alert_id)
        .fetch_one(&mut *tx)
        .await?;
        if told {
            return Ok(());
        }
        let child_id: i64 = sqlx::query_scalar("SELECT child_id FROM unsafe_alerts WHERE id = ?")
            .bind(alert_id)
            .fetch_one(&mut *tx)
            .await?;
        let people: Vec<i64> = sqlx::query_scalar(
            "SELECT officer_id FROM officer_appointments WHERE child_id = ? AND ended_on IS NULL \
             UNION SELECT social_worker_id FROM social_worker_links \
                   WHERE child_id = ? AND ended_on IS NULL \
             UNION SELECT id FROM users WHERE role = 'manager' \
             ORDER BY 1",
        )
        .bind(child_id)
        .bind(child_id)
        .fetch_all(&mut *tx)
        .await?;
        record_update(
            &mut tx,
            NewUpdate {
                people: &people,
                child_id,
                kind: UpdateKind::UnsafeAlert,
                subject_id: alert_id,
                urgent: true,
                at_ms: now_ms,
            },
        )
        .await?;
        tx.commit().await
    }

    /// Alerts no one has been told of yet, oldest first.
    pub async fn alerts_not_yet_told(&self) -> sqlx::Result<Vec<i64>> {
        sqlx::query_scalar(
            "SELECT a.id FROM unsafe_alerts a WHERE NOT EXISTS \
             (SELECT 1 FROM updates u WHERE u.kind = ? AND u.subject_id = a.id) \
             ORDER BY a.id",
        )
        .bind(update_kind_to_db(UpdateKind::UnsafeAlert))
        .fetch_all(&self.pool)
        .await
    }

    /// The alerts `access` may read, newest first.
    pub async fn alerts(&self, access: &AlertsAccess) -> sqlx::Result<Vec<Alert>> {
        let whose = match access.scope() {
            AlertsScope::Everyone => "1",
            AlertsScope::AppointedOfficer => {
                "EXISTS (SELECT 1 FROM officer_appointments o WHERE o.child_id = a.child_id \
                 AND o.officer_id = ?1 AND o.ended_on IS NULL)"
            }
            AlertsScope::LinkedSocialWorker => {
                "EXISTS (SELECT 1 FROM social_worker_links s WHERE s.child_id = a.child_id \
                 AND s.social_worker_id = ?1 AND s.ended_on IS NULL)"
            }
        };
        let sql = format!(
            "SELECT a.id, a.child_id, c.first_name, a.raised_at_ms, a.what_is_happening \
             FROM unsafe_alerts a JOIN children c ON c.id = a.child_id \
             WHERE {whose} ORDER BY a.raised_at_ms DESC, a.id DESC"
        );
        let query = sqlx::query_as(&sql);
        let query = match access.scope() {
            AlertsScope::Everyone => query,
            _ => query.bind(access.user_id()),
        };
        let rows: Vec<(i64, i64, String, i64, Option<String>)> =
            query.fetch_all(&self.pool).await?;
        Ok(rows
            .into_iter()
            .map(
                |(alert_id, child_id, child_first_name, raised_at_ms, said)| Alert {
                    alert_id,
                    child_id,
                    child_first_name,
                    raised_at_ms,
                    said,
                },
            )
            .collect())
    }

    /// The alert `alert_id` if this child raised it themselves, with what
    /// they wrote: for the page that tells them it went.
    pub async fn own_alert(
        &self,
        child: &ChildAccess,
        raised_by: i64,
        alert_id: i64,
    ) -> sqlx::Result<Option<Option<String>>> {
        let row: Option<(Option<String>,)> = sqlx::query_as(
            "SELECT what_is_happening FROM unsafe_alerts \
             WHERE id = ? AND child_id = ? AND raised_by = ?",
        )
        .bind(alert_id)
        .bind(child.child_id())
        .bind(raised_by)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(said,)| said))
    }
}
