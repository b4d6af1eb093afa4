-- Who did what, when, from where: sign-ins (good and bad) and every refusal
-- of access, so a council can answer "who looked at this child's record, and
-- who tried to?" (DOMAIN.md rule 14). Append-only: the database refuses to
-- change or remove a row, whatever a future bug or script attempts. Rows
-- never hold secrets (no passphrases, codes or tokens).
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL,
    -- What happened, as a stable code such as 'sign_in_succeeded'.
    event TEXT NOT NULL,
    -- Who did it, when known (NULL for someone not signed in).
    actor_user_id INTEGER REFERENCES users(id),
    -- The child whose information it was about, as asked for: not a foreign
    -- key, because refusals of ids that do not exist are recorded too.
    child_id INTEGER,
    -- A short, non-secret detail such as the action refused.
    detail TEXT,
    -- The client's address as the server judged it (after trusted proxies).
    client TEXT
);

CREATE INDEX audit_by_child ON audit (child_id, at_ms);
CREATE INDEX audit_by_actor ON audit (actor_user_id, at_ms);

CREATE TRIGGER audit_rows_are_never_changed BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit rows are never changed');
END;

CREATE TRIGGER audit_rows_are_never_deleted BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit rows are never deleted');
END;
