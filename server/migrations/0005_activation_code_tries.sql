-- Wrong codes typed for a child's activation code. At 10 the code stops
-- working, however slowly and from however many addresses they came, and
-- their officer gives a new one (which starts the count again).
ALTER TABLE users ADD COLUMN activation_failed_tries INTEGER NOT NULL DEFAULT 0;
