-- 年度计划执行情况报告 (条例 第三十九条): each agency reports the execution of its plan of a year to the
-- bureau by the end of March of the next year (level UNIT); the bureau reports the government's
-- consolidated execution to 本级人民政府, copied to 财政部门, by the end of June (level BUREAU, unit_code is
-- the bureau). One report per reporting unit and plan year; reported_on is the day it was submitted.
CREATE TABLE plan_execution_report (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  gov_code     VARCHAR(32)   NOT NULL,
  unit_code    VARCHAR(32)   NOT NULL,
  plan_year    INT           NOT NULL,
  level        VARCHAR(8)    NOT NULL,
  reported_on  DATE          NOT NULL,
  summary      VARCHAR(2000) NOT NULL,
  recorded_by  VARCHAR(64)   NOT NULL,
  recorded_at  TIMESTAMP     NOT NULL,
  CONSTRAINT uq_execution_report UNIQUE (unit_code, plan_year),
  CONSTRAINT fk_execution_report_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
);
CREATE INDEX ix_execution_report_gov ON plan_execution_report (gov_code, plan_year);
