-- Our own tables (Camunda owns ACT_*). Portable between H2 and MySQL/MariaDB.

CREATE TABLE government (
  code        VARCHAR(32)  NOT NULL PRIMARY KEY,
  name        VARCHAR(64)  NOT NULL,
  level       VARCHAR(16)  NOT NULL
);

CREATE TABLE unit (
  code          VARCHAR(32)  NOT NULL PRIMARY KEY,
  name          VARCHAR(64)  NOT NULL,
  gov_code      VARCHAR(32)  NOT NULL,
  kind          VARCHAR(16)  NOT NULL,  -- AGENCY (applies) or BUREAU/FINANCE/DRC/GOVERNMENT
  vehicle_quota INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_unit_gov FOREIGN KEY (gov_code) REFERENCES government (code)
);

CREATE TABLE staffing (
  unit_code   VARCHAR(32)  NOT NULL,
  rank_name   VARCHAR(32)  NOT NULL,
  headcount   INT          NOT NULL,
  PRIMARY KEY (unit_code, rank_name),
  CONSTRAINT fk_staffing_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
);

-- The Camunda user of the same id holds the name, password and group memberships.
CREATE TABLE app_user (
  id          VARCHAR(64)  NOT NULL PRIMARY KEY,
  name        VARCHAR(64)  NOT NULL,
  unit_code   VARCHAR(32)  NOT NULL,
  CONSTRAINT fk_user_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
);

CREATE TABLE office_space (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  gov_code    VARCHAR(32)  NOT NULL,
  unit_code   VARCHAR(32),               -- NULL for idle space held by the bureau
  building    VARCHAR(128) NOT NULL,
  area        DECIMAL(12,2) NOT NULL,    -- usable office-room area, m2
  ownership   VARCHAR(16)  NOT NULL,     -- OWNED, LEASED, BORROWED, IDLE
  end_date    DATE,
  source_application VARCHAR(32),
  CONSTRAINT fk_space_gov FOREIGN KEY (gov_code) REFERENCES government (code)
);

CREATE TABLE annual_plan (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  unit_code   VARCHAR(32)  NOT NULL,
  plan_year   INT          NOT NULL,
  ceiling     DECIMAL(14,2) NOT NULL,    -- 万元
  version     INT          NOT NULL DEFAULT 1,
  CONSTRAINT uq_plan UNIQUE (unit_code, plan_year),
  CONSTRAINT fk_plan_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
);

CREATE TABLE plan_item (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id     BIGINT       NOT NULL,
  category    VARCHAR(32)  NOT NULL,
  description VARCHAR(256) NOT NULL,
  amount      DECIMAL(14,2) NOT NULL,   -- 万元
  source_application VARCHAR(32),
  CONSTRAINT fk_item_plan FOREIGN KEY (plan_id) REFERENCES annual_plan (id)
);

-- Every version of a plan, as it stood after the change that made it.
CREATE TABLE plan_version (
  plan_id     BIGINT       NOT NULL,
  version     INT          NOT NULL,
  total       DECIMAL(14,2) NOT NULL,
  items_json  TEXT         NOT NULL,
  application_id VARCHAR(32),
  created_at  TIMESTAMP    NOT NULL,
  PRIMARY KEY (plan_id, version),
  CONSTRAINT fk_version_plan FOREIGN KEY (plan_id) REFERENCES annual_plan (id)
);

CREATE TABLE business_key_sequence (
  prefix      VARCHAR(8)   NOT NULL,
  key_year    INT          NOT NULL,
  next_value  INT          NOT NULL,
  PRIMARY KEY (prefix, key_year)
);

CREATE TABLE application (
  id                  VARCHAR(32)  NOT NULL PRIMARY KEY,   -- business key, e.g. BG-2026-0001
  process_key         VARCHAR(64)  NOT NULL,
  process_instance_id VARCHAR(64),
  process_version     INT,
  title               VARCHAR(256) NOT NULL,
  unit_code           VARCHAR(32)  NOT NULL,
  gov_code            VARCHAR(32)  NOT NULL,
  applicant           VARCHAR(64)  NOT NULL,
  status              VARCHAR(16)  NOT NULL,
  form_json           TEXT         NOT NULL,
  created_at          TIMESTAMP    NOT NULL,
  decided_at          TIMESTAMP,
  overdue             BOOLEAN      NOT NULL DEFAULT FALSE,  -- flagged by a deadline timer (e.g. 备案 overdue)
  CONSTRAINT fk_app_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
);
CREATE INDEX ix_app_unit ON application (unit_code, status);
CREATE INDEX ix_app_applicant ON application (applicant);
CREATE INDEX ix_app_gov ON application (gov_code, status);

CREATE TABLE check_result (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  VARCHAR(32)  NOT NULL,
  rule_name       VARCHAR(64)  NOT NULL,
  verdict         VARCHAR(8)   NOT NULL,
  message         VARCHAR(1024) NOT NULL,
  basis           VARCHAR(256) NOT NULL,
  facts_json      TEXT         NOT NULL,
  step            VARCHAR(64)  NOT NULL,
  checked_at      TIMESTAMP    NOT NULL,
  superseded      BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_check_app FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_check_app ON check_result (application_id, superseded);

CREATE TABLE decision_log (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  VARCHAR(32)  NOT NULL,
  task_id         VARCHAR(64),
  step            VARCHAR(64)  NOT NULL,
  step_name       VARCHAR(128) NOT NULL,
  user_id         VARCHAR(64)  NOT NULL,
  decision        VARCHAR(16)  NOT NULL,
  comment_text    VARCHAR(2000),
  override_fail   BOOLEAN      NOT NULL DEFAULT FALSE,
  form_json       TEXT,
  decided_at      TIMESTAMP    NOT NULL,
  CONSTRAINT fk_decision_app FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_decision_app ON decision_log (application_id);
CREATE INDEX ix_decision_user ON decision_log (user_id);
