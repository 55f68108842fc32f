-- The approved cases whose office space has been entered in the register (by the step that writes
-- it, or by the bureau citing the case). An approved case of a family that brings space and is not
-- here is "approved but not yet registered": its area counts against the unit's standard.
CREATE TABLE office_space_entry (
  application_id VARCHAR(32) NOT NULL PRIMARY KEY,
  entered_by     VARCHAR(64) NOT NULL,   -- the step ('process') or the bureau user
  entered_at     TIMESTAMP   NOT NULL
);
-- Leases approved before this version entered their rows already.
INSERT INTO office_space_entry (application_id, entered_by, entered_at)
SELECT source_application, 'process', CURRENT_TIMESTAMP FROM office_space
 WHERE source_application IS NOT NULL GROUP BY source_application;
