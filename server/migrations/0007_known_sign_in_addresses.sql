-- Finding the addresses a person has signed in from, so that someone
-- guessing at their account from elsewhere cannot slow them down at home
-- (see auth/throttle.rs), and finding a client's latest throttled try, so a
-- flood of refused tries writes one audit row per window, not one per try.
CREATE INDEX audit_by_event_and_client ON audit (event, client, at_ms);
