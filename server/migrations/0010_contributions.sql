-- Written contributions to a review (issue "My views for my review"): the
-- child's views and meeting wishes, and the carer's contribution with files.
--
-- A draft is what someone is still writing: one per child, kind and author,
-- saved as they type and replaced each time. Sending copies it into
-- `contributions`, which is evidence of what the child said: the database
-- refuses to change or delete a sent contribution, an addition, a read
-- receipt or a sent file's record, whatever a future bug or script attempts.

CREATE TABLE drafts (
    child_id INTEGER NOT NULL REFERENCES children(id),
    kind TEXT NOT NULL CHECK (kind IN ('my_views', 'my_meeting', 'carer')),
    author_id INTEGER NOT NULL REFERENCES users(id),
    -- The JSON of `domain::contributions::ContributionBody`.
    body TEXT NOT NULL,
    share_social_worker INTEGER NOT NULL DEFAULT 0 CHECK (share_social_worker IN (0, 1)),
    share_carer INTEGER NOT NULL DEFAULT 0 CHECK (share_carer IN (0, 1)),
    share_advocate INTEGER NOT NULL DEFAULT 0 CHECK (share_advocate IN (0, 1)),
    saved_at_ms INTEGER NOT NULL,
    PRIMARY KEY (child_id, kind, author_id)
);

CREATE TABLE contributions (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    -- The review it is for; NULL when none was booked when it was sent.
    review_id INTEGER REFERENCES reviews(id),
    kind TEXT NOT NULL CHECK (kind IN ('my_views', 'my_meeting', 'carer')),
    -- Who sent it: the child, their carer, or their advocate (when the
    -- child agreed in person).
    author_id INTEGER NOT NULL REFERENCES users(id),
    -- The advocate who helped write it, and how the child agreed to it.
    helped_by INTEGER REFERENCES users(id),
    agreement TEXT CHECK (agreement IN ('in_app', 'in_person')),
    body TEXT NOT NULL,
    share_social_worker INTEGER NOT NULL CHECK (share_social_worker IN (0, 1)),
    share_carer INTEGER NOT NULL CHECK (share_carer IN (0, 1)),
    share_advocate INTEGER NOT NULL CHECK (share_advocate IN (0, 1)),
    -- Made by the client once per contribution: a retry finds the first send.
    send_id TEXT NOT NULL,
    sent_at_ms INTEGER NOT NULL,
    UNIQUE (author_id, send_id),
    CHECK ((helped_by IS NULL) = (agreement IS NULL))
);
CREATE INDEX contributions_by_child ON contributions (child_id, sent_at_ms);
CREATE INDEX contributions_by_review ON contributions (review_id);

CREATE TRIGGER contributions_are_never_changed BEFORE UPDATE ON contributions
BEGIN
    SELECT RAISE(ABORT, 'a sent contribution is never changed; add to it instead');
END;

CREATE TRIGGER contributions_are_never_deleted BEFORE DELETE ON contributions
BEGIN
    SELECT RAISE(ABORT, 'a sent contribution is never deleted');
END;

-- "I want to add something": each addition is its own dated part.
CREATE TABLE contribution_additions (
    id INTEGER PRIMARY KEY,
    contribution_id INTEGER NOT NULL REFERENCES contributions(id),
    author_id INTEGER NOT NULL REFERENCES users(id),
    text TEXT NOT NULL,
    send_id TEXT NOT NULL,
    added_at_ms INTEGER NOT NULL,
    UNIQUE (author_id, send_id)
);
CREATE INDEX contribution_additions_by_contribution ON contribution_additions (contribution_id);

CREATE TRIGGER contribution_additions_are_never_changed BEFORE UPDATE ON contribution_additions
BEGIN
    SELECT RAISE(ABORT, 'an addition is never changed');
END;

CREATE TRIGGER contribution_additions_are_never_deleted BEFORE DELETE ON contribution_additions
BEGIN
    SELECT RAISE(ABORT, 'an addition is never deleted');
END;

-- Read receipts: the first time each person (not the author) opened it.
CREATE TABLE contribution_reads (
    contribution_id INTEGER NOT NULL REFERENCES contributions(id),
    reader_id INTEGER NOT NULL REFERENCES users(id),
    first_read_at_ms INTEGER NOT NULL,
    PRIMARY KEY (contribution_id, reader_id)
);

CREATE TRIGGER contribution_reads_are_never_changed BEFORE UPDATE ON contribution_reads
BEGIN
    SELECT RAISE(ABORT, 'a read receipt is never changed');
END;

CREATE TRIGGER contribution_reads_are_never_deleted BEFORE DELETE ON contribution_reads
BEGIN
    SELECT RAISE(ABORT, 'a read receipt is never deleted');
END;

-- Files a carer attached. The bytes live under the data folder's
-- `uploads/`, never a served folder, under `stored_name` (random). The
-- row is linked to its contribution once, when that is sent.
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    uploader_id INTEGER NOT NULL REFERENCES users(id),
    stored_name TEXT NOT NULL UNIQUE,
    -- As uploaded, for showing only; never used as a path.
    original_name TEXT NOT NULL,
    file_kind TEXT NOT NULL CHECK (file_kind IN ('pdf', 'docx', 'jpeg', 'png')),
    bytes INTEGER NOT NULL CHECK (bytes > 0),
    uploaded_at_ms INTEGER NOT NULL,
    contribution_id INTEGER REFERENCES contributions(id)
);
CREATE INDEX attachments_by_contribution ON attachments (contribution_id);
CREATE INDEX attachments_by_uploader ON attachments (uploader_id, child_id);

CREATE TRIGGER attachments_are_linked_once BEFORE UPDATE ON attachments
WHEN OLD.contribution_id IS NOT NULL
  OR NEW.contribution_id IS NULL
  OR NEW.id IS NOT OLD.id
  OR NEW.child_id IS NOT OLD.child_id
  OR NEW.uploader_id IS NOT OLD.uploader_id
  OR NEW.stored_name IS NOT OLD.stored_name
  OR NEW.original_name IS NOT OLD.original_name
  OR NEW.file_kind IS NOT OLD.file_kind
  OR NEW.bytes IS NOT OLD.bytes
  OR NEW.uploaded_at_ms IS NOT OLD.uploaded_at_ms
BEGIN
    SELECT RAISE(ABORT, 'an attachment is only ever linked, once, to the contribution that sends it');
END;

CREATE TRIGGER attachments_are_never_deleted BEFORE DELETE ON attachments
BEGIN
    SELECT RAISE(ABORT, 'an attachment is never deleted');
END;
