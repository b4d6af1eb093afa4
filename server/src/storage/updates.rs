//! What changed, for one person: the rows behind the updates list, its
//! badge and the emails. Requests, decisions, suggestions and alerts record
//! their updates here; the mailer and `GET /api/updates` read them.

use domain::requests::UpdateKind;
use sqlx::SqliteConnection;

/// The text stored for each kind (see `enum_text` for why it is spelled out).
pub fn update_kind_to_db(kind: UpdateKind) -> &'static str {
    match kind {
        UpdateKind::RequestArrived => "request_arrived",
        UpdateKind::RequestAgreed => "request_agreed",
        UpdateKind::RequestDeclined => "request_declined",
        UpdateKind::DecisionCopy => "decision_copy",
        UpdateKind::DecisionCorrected => "decision_corrected",
        UpdateKind::AdvocateSuggested => "advocate_suggested",
        UpdateKind::ReferralAnswered => "referral_answered",
        UpdateKind::AdvocateAllocated => "advocate_allocated",
        UpdateKind::ReviewBooked => "review_booked",
        UpdateKind::UnsafeAlert => "unsafe_alert",
    }
}

pub fn update_kind_from_db(text: &str) -> anyhow::Result<UpdateKind> {
    const ALL: [UpdateKind; 10] = [
        UpdateKind::RequestArrived,
        UpdateKind::RequestAgreed,
        UpdateKind::RequestDeclined,
        UpdateKind::DecisionCopy,
        UpdateKind::DecisionCorrected,
        UpdateKind::AdvocateSuggested,
        UpdateKind::ReferralAnswered,
        UpdateKind::AdvocateAllocated,
        UpdateKind::ReviewBooked,
        UpdateKind::UnsafeAlert,
    ];
    ALL.into_iter()
        .find(|kind| update_kind_to_db(*kind) == text)
        .ok_or_else(|| anyhow::anyhow!("unknown update kind {text:?} in the database"))
}

/// One thing that changed, to tell each of `people` about.
pub struct NewUpdate<'a> {
    pub people: &'a [i64],
    pub child_id: i64,
    pub kind: UpdateKind,
    /// The request, referral or alert it is about.
    pub subject_id: i64,
    pub urgent: bool,
    pub at_ms: i64,
}

/// Records an update for each person, inside the caller's transaction, so
/// the update exists exactly when the thing it tells about does. A person
/// named twice is told once.
pub async fn record_update(conn: &mut SqliteConnection, update: NewUpdate<'_>) -> sqlx::Result<()> {
    let mut told: Vec<i64> = Vec::with_capacity(update.people.len());
    for &person in update.people {
        if told.contains(&person) {
            continue;
        }
        told.push(person);
        sqlx::query(
            "INSERT INTO updates (user_id, child_id, kind, subject_id, urgent, created_at_ms) \
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(person)
        .bind(update.child_id)
        .bind(update_kind_to_db(update.kind))
        .bind(update.subject_id)
        .bind(update.urgent)
        .bind(update.at_ms)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_as_itself() {
        for text in [
            "request_arrived",
            "request_agreed",
            "request_declined",
            "decision_copy",
            "decision_corrected",
            "advocate_suggested",
            "referral_answered",
            "advocate_allocated",
            "review_booked",
            "unsafe_alert",
        ] {
            let kind = update_kind_from_db(text).unwrap();
            assert_eq!(update_kind_to_db(kind), text);
        }
        assert!(update_kind_from_db("something_else").is_err());
    }
}
