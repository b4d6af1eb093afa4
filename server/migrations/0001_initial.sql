-- People who sign in. A child's row may exist before they choose a
-- passphrase (password_hash NULL): they activate with a one-time code.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    role TEXT NOT NULL
        CHECK (role IN ('child', 'carer', 'advocate', 'reviewing_officer', 'manager')),
    display_name TEXT NOT NULL,
    -- Staff sign in by email, children by username: never both, never neither.
    email TEXT UNIQUE COLLATE NOCASE,
    username TEXT UNIQUE COLLATE NOCASE,
    phone TEXT,
    password_hash TEXT,
    activation_code_hash TEXT,
    activation_expires_at INTEGER,
    created_at INTEGER NOT NULL,
    CHECK ((role = 'child') = (username IS NOT NULL)),
    CHECK ((role = 'child') = (email IS NULL))
);

-- A looked-after child's record. Rows are never deleted by the app.
CREATE TABLE children (
    id INTEGER PRIMARY KEY,
    -- NULL until the child is given a login.
    user_id INTEGER UNIQUE REFERENCES users(id),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    looked_after_since TEXT NOT NULL,
    placement TEXT NOT NULL
        CHECK (placement IN ('foster', 'kinship', 'residential', 'secure', 'adoptive',
                             'short_breaks', 'independent', 'other')),
    social_worker_name TEXT,
    social_worker_email TEXT,
    social_worker_phone TEXT
);

-- Officers change over time (the old one introduces the new one), so this is a
-- history: the current appointment is the one not yet ended.
CREATE TABLE officer_appointments (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    officer_id INTEGER NOT NULL REFERENCES users(id),
    appointed_on TEXT NOT NULL,
    told_on TEXT,
    told_by TEXT CHECK (told_by IN ('email', 'text', 'in_person')),
    ended_on TEXT
);
CREATE UNIQUE INDEX officer_appointments_one_current
    ON officer_appointments (child_id) WHERE ended_on IS NULL;
CREATE INDEX officer_appointments_by_officer ON officer_appointments (officer_id);

-- Symmetric: each pair stored once, smaller id first, and read both ways.
CREATE TABLE sibling_links (
    child_a INTEGER NOT NULL REFERENCES children(id),
    child_b INTEGER NOT NULL REFERENCES children(id),
    PRIMARY KEY (child_a, child_b),
    CHECK (child_a < child_b)
);

CREATE TABLE carer_placements (
    child_id INTEGER NOT NULL REFERENCES children(id),
    carer_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (child_id, carer_id)
);
CREATE INDEX carer_placements_by_carer ON carer_placements (carer_id);

CREATE TABLE advocate_support (
    child_id INTEGER NOT NULL REFERENCES children(id),
    advocate_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (child_id, advocate_id)
);
CREATE INDEX advocate_support_by_advocate ON advocate_support (advocate_id);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    on_date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('held', 'scheduled'))
);
CREATE INDEX reviews_by_child ON reviews (child_id);

-- Only the SHA-256 of the cookie token is kept, so a copy of the database
-- cannot be used to take over sessions. Times are Unix milliseconds.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    last_seen INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Failed sign-ins, kept for the throttling window. `account` is the name that
-- was tried (whether or not it exists), `client` the TCP peer address.
CREATE TABLE sign_in_failures (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    client TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX sign_in_failures_by_account ON sign_in_failures (account, at);
CREATE INDEX sign_in_failures_by_client ON sign_in_failures (client, at);
