-- Social workers become a staff role with accounts, linked to their
-- children like officers (issue "My views for my review").
--
-- SQLite cannot change a CHECK constraint, so `users` is rebuilt: its rows
-- are copied aside, the table is dropped and made again with the new CHECK,
-- and every row goes back with its id. sqlx runs a SQLite migration inside
-- a transaction (it ignores `-- no-transaction` for SQLite), where
-- `PRAGMA foreign_keys` cannot be switched off; instead the references to
-- users are checked at COMMIT rather than row by row. Dropping the table
-- leaves every child, session, appointment and audit row pointing at a
-- missing user for a moment; putting each user back with the same id mends
-- it. If any reference were left dangling, COMMIT would fail and nothing
-- would change.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE users_before_0008 AS SELECT * FROM users;

DROP TABLE users;

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    role TEXT NOT NULL
        CHECK (role IN ('child', 'carer', 'advocate', 'reviewing_officer', 'social_worker',
                        'manager')),
    display_name TEXT NOT NULL,
    -- Staff sign in by email, children by username: never both, never neither.
    email TEXT UNIQUE COLLATE NOCASE,
    username TEXT UNIQUE COLLATE NOCASE,
    phone TEXT,
    password_hash TEXT,
    activation_code_hash TEXT,
    activation_expires_at INTEGER,
    created_at INTEGER NOT NULL,
    -- From 0005 and 0006.
    activation_failed_tries INTEGER NOT NULL DEFAULT 0,
    language TEXT,
    CHECK ((role = 'child') = (username IS NOT NULL)),
    CHECK ((role = 'child') = (email IS NULL))
);

INSERT INTO users
    (id, role, display_name, email, username, phone, password_hash, activation_code_hash,
     activation_expires_at, created_at, activation_failed_tries, language)
SELECT id, role, display_name, email, username, phone, password_hash, activation_code_hash,
       activation_expires_at, created_at, activation_failed_tries, language
FROM users_before_0008;

DROP TABLE users_before_0008;

-- No reference anywhere may point at a missing row: this CHECK fails the
-- migration (and so the start-up) rather than carry on with a broken store.
CREATE TEMP TABLE users_rebuild_check (broken_references INTEGER CHECK (broken_references = 0));
INSERT INTO users_rebuild_check SELECT COUNT(*) FROM pragma_foreign_key_check;
DROP TABLE users_rebuild_check;

-- Which social worker a child has. Like officer appointments, a history:
-- the current link is the one not yet ended, and rows are never deleted.
CREATE TABLE social_worker_links (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    social_worker_id INTEGER NOT NULL REFERENCES users(id),
    linked_on TEXT NOT NULL,
    ended_on TEXT
);
CREATE UNIQUE INDEX social_worker_links_one_current
    ON social_worker_links (child_id) WHERE ended_on IS NULL;
CREATE INDEX social_worker_links_by_social_worker ON social_worker_links (social_worker_id);

CREATE TRIGGER social_worker_links_are_kept BEFORE DELETE ON social_worker_links
BEGIN
    SELECT RAISE(ABORT, 'social worker links are never deleted; end them instead');
END;
