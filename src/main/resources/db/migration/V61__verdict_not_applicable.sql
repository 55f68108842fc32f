-- Verdict NOT_APPLICABLE (不适用) is longer than the 8 characters PASS/WARN/FAIL needed.
ALTER TABLE check_result MODIFY COLUMN verdict VARCHAR(16) NOT NULL;
