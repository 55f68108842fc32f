-- The approved vehicle-purchase cases whose car has been entered in the vehicle register (by
-- 登记公务用车). An approved purchase of a new car that is not here is "approved but not yet
-- registered": it counts against the unit's vehicle quota (办法 第二十三条). Kept apart from the
-- register, like office_space_entry, so that a correction of the register does not make a case
-- pending again.
CREATE TABLE vehicle_entry (
  application_id VARCHAR(32) NOT NULL PRIMARY KEY,
  entered_at     TIMESTAMP   NOT NULL
);
-- Cars registered before this version.
INSERT INTO vehicle_entry (application_id, entered_at)
SELECT source_application, CURRENT_TIMESTAMP FROM vehicle
 WHERE source_application IS NOT NULL GROUP BY source_application;
