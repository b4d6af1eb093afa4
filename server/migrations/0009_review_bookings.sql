-- Reviews as records (issue "My views for my review"): an officer books a
-- review for a day, a time and a place (or online), and later records that
-- it was held. Who did each, and when, is kept with the review.
--
-- Rows from before this migration keep NULLs here: their day and status
-- are all that was known. Reviews are still never deleted (0002), and a
-- child still has one review a day (0003).

-- Local time in Europe/London, 'HH:MM' (24-hour).
ALTER TABLE reviews ADD COLUMN at TEXT
    CHECK (at IS NULL OR (length(at) = 5 AND at GLOB '[0-2][0-9]:[0-5][0-9]' AND at < '24:00'));
ALTER TABLE reviews ADD COLUMN place_kind TEXT
    CHECK (place_kind IS NULL OR place_kind IN ('online', 'in_person'));
-- The place in the officer's words; only for a review in person.
ALTER TABLE reviews ADD COLUMN place TEXT
    CHECK ((place IS NOT NULL) = (place_kind IS 'in_person'));
ALTER TABLE reviews ADD COLUMN booked_by INTEGER REFERENCES users(id);
-- Unix milliseconds.
ALTER TABLE reviews ADD COLUMN booked_at_ms INTEGER;
ALTER TABLE reviews ADD COLUMN held_recorded_by INTEGER REFERENCES users(id);
ALTER TABLE reviews ADD COLUMN held_recorded_at_ms INTEGER;

-- A held review stays held, and who booked it or recorded it held is
-- never rewritten afterwards.
CREATE TRIGGER reviews_held_stay_held BEFORE UPDATE OF status ON reviews
WHEN OLD.status = 'held' AND NEW.status IS NOT 'held'
BEGIN
    SELECT RAISE(ABORT, 'a held review is never made booked again');
END;

CREATE TRIGGER reviews_bookings_are_kept BEFORE UPDATE ON reviews
WHEN OLD.booked_at_ms IS NOT NULL
 AND (NEW.booked_by IS NOT OLD.booked_by
      OR NEW.booked_at_ms IS NOT OLD.booked_at_ms
      OR NEW.on_date IS NOT OLD.on_date
      OR NEW.child_id IS NOT OLD.child_id)
BEGIN
    SELECT RAISE(ABORT, 'who booked a review, for whom and for which day is never rewritten');
END;

CREATE TRIGGER reviews_held_records_are_kept BEFORE UPDATE ON reviews
WHEN OLD.held_recorded_at_ms IS NOT NULL
 AND (NEW.held_recorded_by IS NOT OLD.held_recorded_by
      OR NEW.held_recorded_at_ms IS NOT OLD.held_recorded_at_ms)
BEGIN
    SELECT RAISE(ABORT, 'who recorded a review as held is never rewritten');
END;
