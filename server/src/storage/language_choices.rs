use super::Store;

impl Store {
    /// The language this person chose from the menu, if they ever did.
    pub async fn language_choice(&self, user_id: i64) -> sqlx::Result<Option<String>> {
        sqlx::query_scalar("SELECT language FROM users WHERE id = ?")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await
            .map(Option::flatten)
    }

    pub async fn set_language_choice(&self, user_id: i64, language: &str) -> sqlx::Result<()> {
        sqlx::query("UPDATE users SET language = ? WHERE id = ?")
            .bind(language)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
