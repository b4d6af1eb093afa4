//! Adults' suggestions of an advocate and the child's answers. A yes makes
//! an advocate request in the same transaction; a no is kept, and nothing
//! is ever changed or deleted (migration 0011).

use super::children::decode;
use super::enum_text::role_from_db;
use super::requests::{child_user, insert_request, NewRequestRow};
use super::updates::{record_update, NewUpdate};
use super::Store;
use crate::policy::ChildAccess;
use domain::api::Role;
use domain::requests::{AdvocateAsk, Asking, ReferralAnswer, UpdateKind};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection};

#[derive(Clone, Debug)]
pub struct ReferralRow {
    pub id: i64,
    pub child_id: i64,
    pub by_id: i64,
    pub by_name: String,
    pub by_role: Role,
    pub suggested_at_ms: i64,
    pub answer: Option<ReferralAnswer>,
    pub answered_at_ms: Option<i64>,
    /// After a yes: the advocate request it made.
    pub request_id: Option<i64>,
}

pub enum SuggestOutcome {
    Suggested(i64),
    /// This person's earlier suggestion with this send id, or a suggestion
    /// still waiting for the child's answer: that one, not a second.
    Existing(i64),
    /// This person used this send id for another child.
    SendIdTaken,
    /// The child said no at this time, and the quiet period has not passed.
    SaidNo {
        answered_at_ms: i64,
    },
}

pub enum AnswerOutcome {
    Answered,
    NoSuchReferral,
    AlreadyAnswered,
}

const REFERRAL_SELECT: &str = "SELECT f.id, f.child_id, f.suggested_by, f.suggested_at_ms, \
     u.display_name, u.role, a.answer, a.answered_at_ms, r.id AS request_id \
     FROM referrals f JOIN users u ON u.id = f.suggested_by \
     LEFT JOIN referral_answers a ON a.referral_id = f.id \
     LEFT JOIN requests r ON r.from_referral = f.id";

fn answer_from_db(s: &str) -> sqlx::Result<ReferralAnswer> {
    match s {
        "yes" => Ok(ReferralAnswer::Yes),
        "no" => Ok(ReferralAnswer::No),
        other => Err(decode(format!("unknown answer {other:?}"))),
    }
}

fn referral_row(r: &SqliteRow) -> sqlx::Result<ReferralRow> {
    let role: String = r.try_get("role")?;
    let answer: Option<String> = r.try_get("answer")?;
    Ok(ReferralRow {
        id: r.try_get("id")?,
        child_id: r.try_get("child_id")?,
        by_id: r.try_get("suggested_by")?,
        by_name: r.try_get("display_name")?,
        by_role: role_from_db(&role).map_err(decode)?,
        suggested_at_ms: r.try_get("suggested_at_ms")?,
        answer: answer.as_deref().map(answer_from_db).transpose()?,
        answered_at_ms: r.try_get("answered_at_ms")?,
        request_id: r.try_get("request_id")?,
    })
}

async fn tell(
    conn: &mut SqliteConnection,
    people: &[i64],
    child_id: i64,
    kind: UpdateKind,
    subject_id: i64,
    at_ms: i64,
) -> sqlx::Result<()> {
    let update = NewUpdate {
        people,
        child_id,
        kind,
        subject_id,
        urgent: false,
        at_ms,
    };
    record_update(conn, update).await
}

impl Store {
    /// The child's referrals, newest first.
    pub async fn referrals(&self, child: &ChildAccess) -> sqlx::Result<Vec<ReferralRow>> {
        let rows = sqlx::query(&format!(
            "{REFERRAL_SELECT} WHERE f.child_id = ? ORDER BY f.suggested_at_ms DESC, f.id DESC"
        ))
        .bind(child.child_id())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(referral_row).collect()
    }

    pub async fn referral(
        &self,
        child: &ChildAccess,
        referral_id: i64,
    ) -> sqlx::Result<Option<ReferralRow>> {
        let row = sqlx::query(&format!(
            "{REFERRAL_SELECT} WHERE f.child_id = ? AND f.id = ?"
        ))
        .bind(child.child_id())
        .bind(referral_id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(referral_row).transpose()
    }

    /// Suggests an advocate to the child and tells them, unless a
    /// suggestion is already waiting for their answer or they said no while
    /// `still_quiet(answered_at_ms)` holds.
    pub async fn suggest_advocate(
        &self,
        child: &ChildAccess,
        suggested_by: i64,
        send_id: &str,
        now_ms: i64,
        still_quiet: impl Fn(i64) -> bool,
    ) -> sqlx::Result<SuggestOutcome> {
        let child_id = child.child_id();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let earlier: Option<(i64, i64)> = sqlx::query_as(
            "SELECT id, child_id FROM referrals WHERE suggested_by = ? AND send_id = ?",
        )
        .bind(suggested_by)
        .bind(send_id)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((id, for_child)) = earlier {
            return Ok(if for_child == child_id {
                SuggestOutcome::Existing(id)
            } else {
                SuggestOutcome::SendIdTaken
            });
        }
        let open: Option<i64> = sqlx::query_scalar(
            "SELECT f.id FROM referrals f WHERE f.child_id = ? \
             AND NOT EXISTS (SELECT 1 FROM referral_answers a WHERE a.referral_id = f.id) \
             ORDER BY f.id LIMIT 1",
        )
        .bind(child_id)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(id) = open {
            return Ok(SuggestOutcome::Existing(id));
        }
        let last_no: Option<i64> = sqlx::query_scalar(
            "SELECT MAX(a.answered_at_ms) FROM referral_answers a \
             JOIN referrals f ON f.id = a.referral_id WHERE f.child_id = ? AND a.answer = 'no'",
        )
        .bind(child_id)
        .fetch_one(&mut *tx)
        .await?;
        if let Some(answered_at_ms) = last_no.filter(|&at| still_quiet(at)) {
            return Ok(SuggestOutcome::SaidNo { answered_at_ms });
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO referrals (child_id, suggested_by, send_id, suggested_at_ms) \
             VALUES (?, ?, ?, ?) RETURNING id",
        )
        .bind(child_id)
        .bind(suggested_by)
        .bind(send_id)
        .bind(now_ms)
        .fetch_one(&mut *tx)
        .await?;
        let the_child = child_user(&mut tx, child_id).await?;
        let kind = UpdateKind::AdvocateSuggested;
        tell(&mut tx, &the_child, child_id, kind, id, now_ms).await?;
        tx.commit().await?;
        Ok(SuggestOutcome::Suggested(id))
    }

    /// The child's answer, once. A yes makes an advocate request (which
    /// tells the advocacy service); either way the suggester hears.
    pub async fn answer_referral(
        &self,
        child: &ChildAccess,
        referral_id: i64,
        answer: ReferralAnswer,
        answered_by: i64,
        now_ms: i64,
    ) -> sqlx::Result<AnswerOutcome> {
        let child_id = child.child_id();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let suggested_by: Option<i64> =
            sqlx::query_scalar("SELECT suggested_by FROM referrals WHERE id = ? AND child_id = ?")
                .bind(referral_id)
                .bind(child_id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(suggested_by) = suggested_by else {
            return Ok(AnswerOutcome::NoSuchReferral);
        };
        let text = match answer {
            ReferralAnswer::Yes => "yes",
            ReferralAnswer::No => "no",
        };
        let inserted = sqlx::query(
            "INSERT INTO referral_answers (referral_id, answer, answered_by, answered_at_ms) \
             VALUES (?, ?, ?, ?) ON CONFLICT (referral_id) DO NOTHING",
        )
        .bind(referral_id)
        .bind(text)
        .bind(answered_by)
        .bind(now_ms)
        .execute(&mut *tx)
        .await?;
        if inserted.rows_affected() == 0 {
            return Ok(AnswerOutcome::AlreadyAnswered);
        }
        if answer == ReferralAnswer::Yes {
            let asking = Asking::Advocate(AdvocateAsk::default());
            let send_id = format!("referral-{referral_id}");
            let new = NewRequestRow {
                child_id,
                asking: &asking,
                asked_by: answered_by,
                send_id: &send_id,
                from_referral: Some(referral_id),
                now_ms,
                news: true,
            };
            insert_request(&mut tx, &new).await?;
        }
        let kind = UpdateKind::ReferralAnswered;
        tell(
            &mut tx,
            &[suggested_by],
            child_id,
            kind,
            referral_id,
            now_ms,
        )
        .await?;
        tx.commit().await?;
        Ok(AnswerOutcome::Answered)
    }
}
