-- A child's record, officer history and reviews are evidence (officers have
-- been pressured; see DOMAIN.md rule 14): the database itself refuses to
-- delete them, whatever a future bug or script attempts. Corrections are new
-- rows, such as a new appointment that ends the old one.
CREATE TRIGGER children_are_kept BEFORE DELETE ON children
BEGIN
    SELECT RAISE(ABORT, 'child records are never deleted');
END;

CREATE TRIGGER officer_appointments_are_kept BEFORE DELETE ON officer_appointments
BEGIN
    SELECT RAISE(ABORT, 'officer appointments are never deleted; end them instead');
END;

CREATE TRIGGER reviews_are_kept BEFORE DELETE ON reviews
BEGIN
    SELECT RAISE(ABORT, 'reviews are never deleted');
END;
