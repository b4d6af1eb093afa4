-- The language a person last chose from the menu (a BCP 47 tag such as
-- 'cy'), so it follows them to any device they sign in on. NULL until they
-- choose: the browser's own languages decide until then.
ALTER TABLE users ADD COLUMN language TEXT;
