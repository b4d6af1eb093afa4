-- A review recorded twice is one review. Counted twice, it made the second
-- review look like the third, and the 6-month rule gave a date three months
-- too late. From now on a child has one row per review day: a booking that
-- is then held becomes held (storage's `add_review`), never a second row.
--
-- SQLite cannot add a constraint to a table, so the rule is a unique index.
-- A store may already hold repeats. Reviews are evidence and are never
-- deleted (0002), so a repeat is kept and marked as a copy of the first row
-- of its day, and the index covers the rows that are not copies.
ALTER TABLE reviews ADD COLUMN copy_of INTEGER REFERENCES reviews(id);

-- If any row of a day says the review was held, it was held.
UPDATE reviews SET status = 'held'
WHERE status = 'scheduled'
  AND id IN (SELECT MIN(id) FROM reviews GROUP BY child_id, on_date)
  AND EXISTS (SELECT 1 FROM reviews AS same_day
              WHERE same_day.child_id = reviews.child_id
                AND same_day.on_date = reviews.on_date
                AND same_day.status = 'held');

UPDATE reviews SET copy_of = (SELECT MIN(first.id) FROM reviews AS first
                              WHERE first.child_id = reviews.child_id
                                AND first.on_date = reviews.on_date)
WHERE id NOT IN (SELECT MIN(id) FROM reviews GROUP BY child_id, on_date);

CREATE UNIQUE INDEX reviews_one_per_child_and_day
    ON reviews (child_id, on_date) WHERE copy_of IS NULL;

-- Only this migration makes copies: a new row or a change that marks one
-- would slip past the index.
CREATE TRIGGER reviews_copies_are_not_added BEFORE INSERT ON reviews
WHEN NEW.copy_of IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a review is recorded once per day; copies are not added');
END;

CREATE TRIGGER reviews_copies_are_not_made BEFORE UPDATE OF copy_of ON reviews
BEGIN
    SELECT RAISE(ABORT, 'a review is recorded once per day; copies are not made');
END;
