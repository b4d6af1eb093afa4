use super::enum_text::{role_from_db, role_to_db};
use super::Store;
use domain::api::Role;

/// What is needed to check someone's sign-in.
#[derive(Debug, sqlx::FromRow)]
pub struct Credentials {
    pub user_id: i64,
    /// None for a child who has not chosen a passphrase yet.
    pub secret_hash: Option<String>,
    pub activation_code_hash: Option<String>,
    /// Unix milliseconds.
    pub activation_expires_at: Option<i64>,
    /// Wrong codes typed since this code was given.
    pub activation_failed_tries: i64,
}

pub struct NewUser<'a> {
    pub role: Role,
    pub display_name: &'a str,
    pub email: Option<&'a str>,
    pub username: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub password_hash: Option<String>,
    /// Hash of a one-time code and its expiry (Unix milliseconds).
    pub activation: Option<(String, i64)>,
}

const CREDENTIALS: &str = "SELECT id AS user_id, password_hash AS secret_hash, \
     activation_code_hash, activation_expires_at, activation_failed_tries FROM users";

impl Store {
    pub async fn user_count(&self) -> sqlx::Result<i64> {
        sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(&self.pool)
            .await
    }

    pub async fn insert_user(&self, user: &NewUser<'_>, now_ms: i64) -> sqlx::Result<i64> {
        let (code_hash, code_expires) = user.activation.clone().unzip();
        sqlx::query_scalar(
            "INSERT INTO users (role, display_name, email, username, phone, password_hash, \
             activation_code_hash, activation_expires_at, created_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(role_to_db(user.role))
        .bind(user.display_name)
        .bind(user.email)
        .bind(user.username)
        .bind(user.phone)
        .bind(&user.password_hash)
        .bind(code_hash)
        .bind(code_expires)
        .bind(now_ms)
        .fetch_one(&self.pool)
        .await
    }

    /// Any adult (every role except child) by email, case-insensitively.
    pub async fn staff_credentials(&self, email: &str) -> sqlx::Result<Option<Credentials>> {
        sqlx::query_as(&format!(
            "{CREDENTIALS} WHERE email = ? AND role <> 'child'"
        ))
        .bind(email)
        .fetch_optional(&self.pool)
        .await
    }

    pub async fn child_credentials(&self, username: &str) -> sqlx::Result<Option<Credentials>> {
        sqlx::query_as(&format!(
            "{CREDENTIALS} WHERE username = ? AND role = 'child'"
        ))
        .bind(username)
        .fetch_optional(&self.pool)
        .await
    }

    /// Counts a wrong code against the child's current activation code.
    pub async fn count_failed_activation(&self, user_id: i64) -> sqlx::Result<()> {
        sqlx::query(
            "UPDATE users SET activation_failed_tries = activation_failed_tries + 1 WHERE id = ?",
        )
        .bind(user_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Sets a child's passphrase and uses up their activation code, but only if
    /// the code is still the one that was checked: of two simultaneous
    /// activations with one code, only one succeeds.
    pub async fn activate(
        &self,
        user_id: i64,
        code_hash: &str,
        passphrase_hash: &str,
    ) -> sqlx::Result<bool> {
        let done = sqlx::query(
            "UPDATE users SET password_hash = ?, activation_code_hash = NULL, activation_expires_at = NULL \
             WHERE id = ? AND activation_code_hash = ?",
        )
        .bind(passphrase_hash)
        .bind(user_id)
        .bind(code_hash)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

pub(super) fn parse_role(s: &str) -> Result<Role, sqlx::Error> {
    role_from_db(s).map_err(|e| sqlx::Error::Decode(e.into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlx::sqlite::SqliteConnectOptions;
    use sqlx::SqlitePool;

    type UserRow = (
        i64,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        i64,
        i64,
        Option<String>,
    );

    async fn all_users(pool: &SqlitePool) -> Vec<UserRow> {
        sqlx::query_as(
            "SELECT id, role, display_name, email, username, phone, password_hash, created_at, \
             activation_failed_tries, language FROM users ORDER BY id",
        )
        .fetch_all(pool)
        .await
        .unwrap()
    }

    /// Migration 0008 rebuilds `users` to let social workers in. A store
    /// made before it, with people, a child's login, a session and an audit
    /// row pointing at them, keeps every row and every link, and then
    /// takes a social worker.
    #[tokio::test]
    async fn a_store_made_before_social_workers_keeps_everyone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mysay.sqlite");
        let options = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true)
            .foreign_keys(true);
        let pool = SqlitePool::connect_with(options).await.unwrap();
        let mut before = sqlx::migrate!("./migrations");
        before.migrations = before
            .migrations
            .iter()
            .filter(|m| m.version < 8)
            .cloned()
            .collect();
        before.run(&pool).await.unwrap();
        sqlx::query(
            "INSERT INTO users (role, display_name, email, username, phone, password_hash, \
             created_at, activation_failed_tries, language) VALUES \
             ('reviewing_officer', 'Old Officer', 'officer@example.org', NULL, '0123', 'h1', 10, 0, NULL), \
             ('child', 'Old Child', NULL, 'oldchild', NULL, NULL, 11, 3, 'cy'), \
             ('manager', 'Old Manager', 'm@example.org', NULL, NULL, 'h3', 12, 0, 'en-GB')",
        )
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO children (user_id, first_name, last_name, date_of_birth, looked_after_since, placement) \
             VALUES (2, 'Old', 'Child', '2014-03-03', '2026-04-01', 'foster')",
        )
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO officer_appointments (child_id, officer_id, appointed_on) VALUES (1, 1, '2026-04-03')",
        )
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query("INSERT INTO sessions VALUES ('token', 2, 20, 21)")
            .execute(&pool)
            .await
            .unwrap();
        sqlx::query(
            "INSERT INTO audit (at_ms, event, actor_user_id) VALUES (22, 'sign_in_succeeded', 3)",
        )
        .execute(&pool)
        .await
        .unwrap();
        let users_before = all_users(&pool).await;
        pool.close().await;

        let store = Store::open(&path).await.unwrap();
        assert_eq!(all_users(&store.pool).await, users_before);
        let links: (i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT user_id FROM children), (SELECT officer_id FROM officer_appointments), \
             (SELECT user_id FROM sessions)",
        )
        .fetch_one(&store.pool)
        .await
        .unwrap();
        assert_eq!(links, (2, 1, 2));
        let broken: Vec<(String,)> =
            sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
                .fetch_all(&store.pool)
                .await
                .unwrap();
        assert!(broken.is_empty(), "{broken:?}");
        let enforced: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
            .fetch_one(&store.pool)
            .await
            .unwrap();
        assert_eq!(
            enforced, 1,
            "foreign keys are still enforced after the rebuild"
        );

        let new = NewUser {
            role: Role::SocialWorker,
            display_name: "New Social Worker",
            email: Some("sw@example.org"),
            username: None,
            phone: None,
            password_hash: Some("h".into()),
            activation: None,
        };
        let id = store.insert_user(&new, 30).await.unwrap();
        assert_eq!(id, 4);
        // The old rules still hold: an adult signs in by email, not a username.
        let no_email = NewUser {
            email: None,
            username: Some("sw2"),
            ..new
        };
        assert!(store.insert_user(&no_email, 31).await.is_err());
        let role: String = sqlx::query_scalar("SELECT role FROM users WHERE id = 4")
            .fetch_one(&store.pool)
            .await
            .unwrap();
        assert_eq!(parse_role(&role).unwrap(), Role::SocialWorker);
        // Email is still unique regardless of case.
        let again = NewUser {
            role: Role::Carer,
            display_name: "Someone",
            email: Some("SW@example.org"),
            username: None,
            phone: None,
            password_hash: None,
            activation: None,
        };
        assert!(store.insert_user(&again, 32).await.is_err());
    }
}
