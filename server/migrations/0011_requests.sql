-- Asking for things and always getting an answer (issue "Asking for an
-- extra review or an advocate"): a child's requests, the decisions on them,
-- adults' suggestions of an advocate and the child's answers, advocates
-- allocated, "I don't feel safe" alerts, and what changed for each person
-- (the updates list, its badge, and the email that tells them to look).
--
-- Requests, decisions, reasons, suggestions, answers, allocations and
-- alerts are records of what a child asked and what adults did about it:
-- the database refuses to change or delete any of them. A correction is a
-- new decision that points to the one it corrects.

CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    kind TEXT NOT NULL CHECK (kind IN ('extra_review', 'advocate')),
    -- The JSON of `domain::requests::Asking`.
    body TEXT NOT NULL,
    -- The child, who asked (or who said yes to a suggestion).
    asked_by INTEGER NOT NULL REFERENCES users(id),
    -- Set when the request came from the child's "yes" to a suggestion.
    from_referral INTEGER UNIQUE REFERENCES referrals(id),
    -- Made by the client once per request: a retry finds the first.
    send_id TEXT NOT NULL,
    asked_at_ms INTEGER NOT NULL,
    UNIQUE (asked_by, send_id)
);
CREATE INDEX requests_by_child ON requests (child_id, asked_at_ms);

CREATE TRIGGER requests_are_never_changed BEFORE UPDATE ON requests
BEGIN
    SELECT RAISE(ABORT, 'a request is never changed');
END;
CREATE TRIGGER requests_are_never_deleted BEFORE DELETE ON requests
BEGIN
    SELECT RAISE(ABORT, 'a request is never deleted');
END;

CREATE TABLE request_decisions (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id),
    outcome TEXT NOT NULL CHECK (outcome IN ('agreed', 'declined')),
    -- The direction to the team (agreed) or the reasons (declined), as
    -- written; never only spaces.
    words TEXT NOT NULL CHECK (length(trim(words, ' ' || char(9, 10, 13))) > 0),
    decided_by INTEGER NOT NULL REFERENCES users(id),
    decided_at_ms INTEGER NOT NULL,
    -- The decision this one corrects (of the same request).
    corrects INTEGER UNIQUE REFERENCES request_decisions(id)
);
-- One first decision per request, however many people press at once; any
-- later one must say which decision it corrects.
CREATE UNIQUE INDEX one_first_decision ON request_decisions (request_id)
    WHERE corrects IS NULL;

CREATE TRIGGER request_decisions_are_never_changed BEFORE UPDATE ON request_decisions
BEGIN
    SELECT RAISE(ABORT, 'a decision is never changed; record a correction instead');
END;
CREATE TRIGGER request_decisions_are_never_deleted BEFORE DELETE ON request_decisions
BEGIN
    SELECT RAISE(ABORT, 'a decision is never deleted');
END;

-- The first time each adult opened a request: the child sees "read on …".
CREATE TABLE request_reads (
    request_id INTEGER NOT NULL REFERENCES requests(id),
    reader_id INTEGER NOT NULL REFERENCES users(id),
    read_at_ms INTEGER NOT NULL,
    PRIMARY KEY (request_id, reader_id)
);
CREATE TRIGGER request_reads_are_never_changed BEFORE UPDATE ON request_reads
BEGIN
    SELECT RAISE(ABORT, 'a read receipt is never changed');
END;
CREATE TRIGGER request_reads_are_never_deleted BEFORE DELETE ON request_reads
BEGIN
    SELECT RAISE(ABORT, 'a read receipt is never deleted');
END;

-- An advocate taking on an advocate request. The advocate is also added
-- to `advocate_support`, which is what links them to the child.
CREATE TABLE advocate_allocations (
    request_id INTEGER PRIMARY KEY REFERENCES requests(id),
    advocate_id INTEGER NOT NULL REFERENCES users(id),
    allocated_by INTEGER NOT NULL REFERENCES users(id),
    allocated_at_ms INTEGER NOT NULL
);
CREATE TRIGGER advocate_allocations_are_never_changed BEFORE UPDATE ON advocate_allocations
BEGIN
    SELECT RAISE(ABORT, 'an allocation is never changed');
END;
CREATE TRIGGER advocate_allocations_are_never_deleted BEFORE DELETE ON advocate_allocations
BEGIN
    SELECT RAISE(ABORT, 'an allocation is never deleted');
END;

-- "Priya thinks an advocate could help you. Do you want one?"
CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    suggested_by INTEGER NOT NULL REFERENCES users(id),
    send_id TEXT NOT NULL,
    suggested_at_ms INTEGER NOT NULL,
    UNIQUE (suggested_by, send_id)
);
CREATE INDEX referrals_by_child ON referrals (child_id, suggested_at_ms);
CREATE TRIGGER referrals_are_never_changed BEFORE UPDATE ON referrals
BEGIN
    SELECT RAISE(ABORT, 'a suggestion is never changed');
END;
CREATE TRIGGER referrals_are_never_deleted BEFORE DELETE ON referrals
BEGIN
    SELECT RAISE(ABORT, 'a suggestion is never deleted');
END;

-- Only the child answers, once.
CREATE TABLE referral_answers (
    referral_id INTEGER PRIMARY KEY REFERENCES referrals(id),
    answer TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
    answered_by INTEGER NOT NULL REFERENCES users(id),
    answered_at_ms INTEGER NOT NULL
);
CREATE TRIGGER referral_answers_are_never_changed BEFORE UPDATE ON referral_answers
BEGIN
    SELECT RAISE(ABORT, 'an answer is never changed');
END;
CREATE TRIGGER referral_answers_are_never_deleted BEFORE DELETE ON referral_answers
BEGIN
    SELECT RAISE(ABORT, 'an answer is never deleted');
END;

-- "I don't feel safe".
CREATE TABLE unsafe_alerts (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    raised_by INTEGER NOT NULL REFERENCES users(id),
    send_id TEXT NOT NULL,
    raised_at_ms INTEGER NOT NULL,
    UNIQUE (raised_by, send_id)
);
CREATE INDEX unsafe_alerts_by_child ON unsafe_alerts (child_id, raised_at_ms);
CREATE TRIGGER unsafe_alerts_are_never_changed BEFORE UPDATE ON unsafe_alerts
BEGIN
    SELECT RAISE(ABORT, 'an alert is never changed');
END;
CREATE TRIGGER unsafe_alerts_are_never_deleted BEFORE DELETE ON unsafe_alerts
BEGIN
    SELECT RAISE(ABORT, 'an alert is never deleted');
END;

-- What changed, for one person: the in-app list and its badge. The kinds
-- are `domain::requests::UpdateKind`; `subject_id` is the request,
-- referral or alert it is about.
CREATE TABLE updates (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    child_id INTEGER NOT NULL REFERENCES children(id),
    kind TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
    created_at_ms INTEGER NOT NULL
);
CREATE INDEX updates_by_user ON updates (user_id, id);
CREATE TRIGGER updates_are_never_changed BEFORE UPDATE ON updates
BEGIN
    SELECT RAISE(ABORT, 'an update is never changed');
END;

-- The newest update each person has seen: everything after it is "new".
CREATE TABLE updates_seen (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    up_to_update_id INTEGER NOT NULL
);

-- Emails waiting to go. They hold no personal details, only "You have a
-- new message in My Say" and a link, so a row is made for each update
-- whose person has an email address, by the mailer (not by the code that
-- records the update: a failing or full queue never stops a request, a
-- decision or an alert from being saved).
CREATE TABLE mail_queue (
    id INTEGER PRIMARY KEY,
    update_id INTEGER NOT NULL UNIQUE REFERENCES updates(id),
    to_address TEXT NOT NULL,
    urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
    queued_at_ms INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try_at_ms INTEGER NOT NULL,
    sent_at_ms INTEGER,
    last_error TEXT
);
CREATE INDEX mail_queue_due ON mail_queue (sent_at_ms, next_try_at_ms);
