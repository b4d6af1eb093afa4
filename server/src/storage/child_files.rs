//! Reading a child's file (the child, their current officer, their reviews)
//! for one child or a whole caseload, in a fixed number of queries.

use super::children::{child_row, decode, ChildRow};
use super::enum_text::told_by_from_db;
use super::Store;
use crate::policy::{CaseloadAccess, CaseloadScope, ChildAccess};
use chrono::NaiveDate;
use domain::api::{Contact, ToldBy};
use sqlx::sqlite::SqliteRow;
use sqlx::Row;
use std::collections::HashMap;

/// A child's current officer and how the child was told about them.
#[derive(Clone, Debug)]
pub struct Appointment {
    pub officer_id: i64,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub appointed_on: NaiveDate,
    pub told_on: Option<NaiveDate>,
    pub told_by: Option<ToldBy>,
}

/// What every view of a child starts from.
#[derive(Clone, Debug)]
pub struct ChildFile {
    pub child: ChildRow,
    pub officer: Option<Appointment>,
    /// The child's social worker's account, when they are linked to one.
    pub social_worker: Option<Contact>,
    pub reviews_held: Vec<NaiveDate>,
    pub reviews_scheduled: Vec<NaiveDate>,
}

#[derive(Clone, Debug)]
pub struct Sibling {
    pub child_id: i64,
    pub first_name: String,
    pub officer_id: Option<i64>,
}

fn appointment(r: &SqliteRow) -> sqlx::Result<Appointment> {
    let told_by: Option<String> = r.try_get("told_by")?;
    Ok(Appointment {
        officer_id: r.try_get("officer_id")?,
        name: r.try_get("display_name")?,
        email: r.try_get::<Option<String>, _>("email")?.unwrap_or_default(),
        phone: r.try_get::<Option<String>, _>("phone")?.unwrap_or_default(),
        appointed_on: r.try_get("appointed_on")?,
        told_on: r.try_get("told_on")?,
        told_by: told_by
            .as_deref()
            .map(told_by_from_db)
            .transpose()
            .map_err(decode)?,
    })
}

impl Store {
    /// The files of every child a caseload covers, in no particular order.
    pub async fn caseload_files(&self, caseload: &CaseloadAccess) -> sqlx::Result<Vec<ChildFile>> {
        let ids = match caseload.scope() {
            CaseloadScope::AppointedOfficer => {
                "SELECT child_id FROM officer_appointments WHERE officer_id = ? AND ended_on IS NULL"
            }
            CaseloadScope::PlacedWithCarer => "SELECT child_id FROM carer_placements WHERE carer_id = ?",
            CaseloadScope::SupportingAdvocate => "SELECT child_id FROM advocate_support WHERE advocate_id = ?",
            CaseloadScope::LinkedSocialWorker => {
                "SELECT child_id FROM social_worker_links WHERE social_worker_id = ? AND ended_on IS NULL"
            }
            // The bound id is unused, but keeps every arm's shape the same.
            CaseloadScope::Everyone => "SELECT id FROM children WHERE ? IS NOT NULL",
        };
        self.files(ids, caseload.user_id()).await
    }

    /// None when the child does not exist (only a manager gets this far).
    pub async fn child_file(&self, child: &ChildAccess) -> sqlx::Result<Option<ChildFile>> {
        Ok(self.files("SELECT ?", child.child_id()).await?.pop())
    }

    /// The files of the children whose ids `ids_sql` selects, with one bound
    /// id. `ids_sql` is always a constant in this file, never built from
    /// input. Four queries however many children there are: a manager's
    /// list of every child must not cost three round trips per child.
    async fn files(&self, ids_sql: &str, bound: i64) -> sqlx::Result<Vec<ChildFile>> {
        let children = sqlx::query(&format!("SELECT * FROM children WHERE id IN ({ids_sql})"))
            .bind(bound)
            .fetch_all(&self.pool)
            .await?;
        let officers = sqlx::query(&format!(
            "SELECT a.child_id, a.officer_id, u.display_name, u.email, u.phone, a.appointed_on, \
             a.told_on, a.told_by \
             FROM officer_appointments a JOIN users u ON u.id = a.officer_id \
             WHERE a.ended_on IS NULL AND a.child_id IN ({ids_sql})"
        ))
        .bind(bound)
        .fetch_all(&self.pool)
        .await?;
        let social_workers = sqlx::query(&format!(
            "SELECT l.child_id, u.display_name, u.email, u.phone \
             FROM social_worker_links l JOIN users u ON u.id = l.social_worker_id \
             WHERE l.ended_on IS NULL AND l.child_id IN ({ids_sql})"
        ))
        .bind(bound)
        .fetch_all(&self.pool)
        .await?;
        // Rows migration 0003 marked as copies of another are the same review again.
        let reviews: Vec<(i64, NaiveDate, String)> = sqlx::query_as(&format!(
            "SELECT child_id, on_date, status FROM reviews \
             WHERE child_id IN ({ids_sql}) AND copy_of IS NULL ORDER BY on_date"
        ))
        .bind(bound)
        .fetch_all(&self.pool)
        .await?;

        let mut files = children
            .iter()
            .map(|row| {
                Ok(ChildFile {
                    child: child_row(row)?,
                    officer: None,
                    social_worker: None,
                    reviews_held: Vec::new(),
                    reviews_scheduled: Vec::new(),
                })
            })
            .collect::<sqlx::Result<Vec<_>>>()?;
        let index: HashMap<i64, usize> = files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.child.id, i))
            .collect();
        for row in &officers {
            if let Some(&i) = index.get(&row.try_get::<i64, _>("child_id")?) {
                files[i].officer = Some(appointment(row)?);
            }
        }
        for row in &social_workers {
            if let Some(&i) = index.get(&row.try_get::<i64, _>("child_id")?) {
                files[i].social_worker = Some(Contact {
                    name: row.try_get("display_name")?,
                    email: row.try_get("email")?,
                    phone: row.try_get("phone")?,
                });
            }
        }
        for (child_id, on_date, status) in reviews {
            if let Some(&i) = index.get(&child_id) {
                let file = &mut files[i];
                if status == "held" {
                    file.reviews_held.push(on_date);
                } else {
                    file.reviews_scheduled.push(on_date);
                }
            }
        }
        Ok(files)
    }

    /// Brothers and sisters on record (links are stored once per pair), oldest first.
    pub async fn siblings(&self, child: &ChildAccess) -> sqlx::Result<Vec<Sibling>> {
        let child_id = child.child_id();
        let rows = sqlx::query(
            "SELECT c.id, c.first_name, a.officer_id FROM sibling_links l \
             JOIN children c ON c.id = CASE WHEN l.child_a = ? THEN l.child_b ELSE l.child_a END \
             LEFT JOIN officer_appointments a ON a.child_id = c.id AND a.ended_on IS NULL \
             WHERE l.child_a = ? OR l.child_b = ? \
             ORDER BY c.date_of_birth, c.id",
        )
        .bind(child_id)
        .bind(child_id)
        .bind(child_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Sibling {
                    child_id: r.try_get("id")?,
                    first_name: r.try_get("first_name")?,
                    officer_id: r.try_get("officer_id")?,
                })
            })
            .collect()
    }

    pub async fn carer_names(&self, child: &ChildAccess) -> sqlx::Result<Vec<String>> {
        sqlx::query_scalar(
            "SELECT u.display_name FROM carer_placements p JOIN users u ON u.id = p.carer_id \
             WHERE p.child_id = ? ORDER BY u.display_name",
        )
        .bind(child.child_id())
        .fetch_all(&self.pool)
        .await
    }
}
