-- 办公用房维修台账: every office repair the system has recorded (办法 第二十条). A ROUTINE repair is
-- recorded when the unit head approves it; a MAJOR one when it enters the annual repair plan, and it
-- then moves through completion and acceptance. Portable between H2 and MySQL/MariaDB.
CREATE TABLE repair_project (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  gov_code            VARCHAR(32)   NOT NULL,
  unit_code           VARCHAR(32)   NOT NULL,
  building            VARCHAR(128)  NOT NULL,
  repair_type         VARCHAR(16)   NOT NULL,  -- ROUTINE, MAJOR
  affected_area       DECIMAL(12,2) NOT NULL,  -- m2
  estimated_cost      DECIMAL(14,2) NOT NULL,  -- 万元
  plan_year           INT,                     -- the annual plan holding a MAJOR repair
  status              VARCHAR(16)   NOT NULL,  -- RECORDED, PLANNED, COMPLETED, ACCEPTED, NOT_ACCEPTED, CANCELLED
  completed_on        DATE,
  actual_cost         DECIMAL(14,2),           -- 万元, as the unit reported at completion
  accepted_on         DATE,
  source_application  VARCHAR(32),             -- NULL for repairs recorded before the system
  updated_at          TIMESTAMP     NOT NULL,
  CONSTRAINT uq_repair_application UNIQUE (source_application),
  CONSTRAINT fk_repair_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
);
CREATE INDEX ix_repair_building ON repair_project (unit_code, building);
