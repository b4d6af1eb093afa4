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
