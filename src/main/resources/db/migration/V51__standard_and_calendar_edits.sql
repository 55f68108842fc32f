-- What admins changed in the standards catalogue and the working-day calendar, applied over
-- config/standards.yml and config/calendar.yml at startup and at once when edited. Every edit is
-- also in audit_log with the values before and after.
CREATE TABLE standard_value (
  figure_key  VARCHAR(128)   NOT NULL PRIMARY KEY,   -- e.g. localPolicy.taskDueWorkingDays (本级规定 only)
  figure_value DECIMAL(18,4) NOT NULL,
  reason      VARCHAR(500)   NOT NULL,
  changed_by  VARCHAR(64)    NOT NULL,
  changed_at  TIMESTAMP      NOT NULL
);

CREATE TABLE calendar_year (
  cal_year     INT           NOT NULL PRIMARY KEY,
  days_off     TEXT          NOT NULL,               -- ISO dates, comma-separated
  working_days TEXT          NOT NULL,               -- 调休: weekend days that are working days
  source       VARCHAR(500)  NOT NULL,
  changed_by   VARCHAR(64)   NOT NULL,
  changed_at   TIMESTAMP     NOT NULL
);
