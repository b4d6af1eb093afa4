-- "I don't feel safe" now has an optional box, "What is happening? You
-- don't have to say.": what the child wrote is kept with the alert, in
-- full, as they wrote it (NULL when they wrote nothing). Alerts stay
-- never changed and never deleted (migration 0011's triggers).
ALTER TABLE unsafe_alerts ADD COLUMN what_is_happening TEXT;
