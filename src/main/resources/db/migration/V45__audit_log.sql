-- Who changed what the system runs on, and when: deployments, migrations, suspensions, figures,
-- calendars, the organisation and the registers. Rows are only ever inserted.
CREATE TABLE audit_log (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  type        VARCHAR(32)  NOT NULL,     -- DEPLOY, MIGRATE, SUSPEND, ACTIVATE, STANDARD, CALENDAR, USER, UNIT, REGISTER, ...
  actor       VARCHAR(64)  NOT NULL,     -- the user id
  gov_code    VARCHAR(32),               -- the government the change concerns (NULL: the whole system)
  subject     VARCHAR(128),              -- what was changed: a process key, a figure key, a register row id
  summary     VARCHAR(500) NOT NULL,     -- one Chinese sentence
  before_json TEXT,
  after_json  TEXT,
  at          TIMESTAMP    NOT NULL
);
CREATE INDEX ix_audit_type_at ON audit_log (type, at);
CREATE INDEX ix_audit_at ON audit_log (at);
