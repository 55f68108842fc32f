-- A client may send an Idempotency-Key with a new application; the same key from the same
-- applicant again (a double click, a retried request) is a duplicate submission (409).
ALTER TABLE application ADD COLUMN submission_key VARCHAR(64);
CREATE UNIQUE INDEX uq_app_submission ON application (applicant, submission_key);
