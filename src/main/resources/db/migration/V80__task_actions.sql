-- Task actions (api.md, Task actions). Portable between H2 and MySQL/MariaDB.

-- 加签: the approvers a holder added to a step. BEFORE signers decide first (the holder waits), AFTER
-- signers after the holder approved (WAITING until then). While a signer is asked, a Camunda
-- subtask of the step's task (subtask_id) is on their 待办.
CREATE TABLE added_signer (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  VARCHAR(32)  NOT NULL,
  task_id         VARCHAR(64)  NOT NULL,
  subtask_id      VARCHAR(64),
  user_id         VARCHAR(64)  NOT NULL,
  sign_order      VARCHAR(8)   NOT NULL,   -- BEFORE, AFTER
  status          VARCHAR(16)  NOT NULL,   -- WAITING, OPEN, APPROVED, REJECTED, RETURNED, REMOVED, CANCELLED
  added_by        VARCHAR(64)  NOT NULL,
  added_at        TIMESTAMP    NOT NULL,
  decided_at      TIMESTAMP,
  CONSTRAINT fk_signer_app FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_signer_task ON added_signer (task_id);
CREATE INDEX ix_signer_subtask ON added_signer (subtask_id);

-- 抄送: a case copied to a user, directly or through a role group they belong to (one row per
-- user, so that each has their own read state).
CREATE TABLE case_copy (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  VARCHAR(32)  NOT NULL,
  task_id         VARCHAR(64),
  step_name       VARCHAR(128) NOT NULL,
  user_id         VARCHAR(64)  NOT NULL,
  via_group       VARCHAR(64),
  from_user       VARCHAR(64)  NOT NULL,
  comment_text    VARCHAR(2000),
  copied_at       TIMESTAMP    NOT NULL,
  read_at         TIMESTAMP,
  CONSTRAINT fk_copy_app FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_copy_user ON case_copy (user_id);

-- 催办: one reminder per step (task) and working day; the unique key refuses a second one.
CREATE TABLE step_reminder (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  VARCHAR(32)  NOT NULL,
  task_id         VARCHAR(64)  NOT NULL,
  reminded_on     DATE         NOT NULL,
  from_user       VARCHAR(64)  NOT NULL,
  comment_text    VARCHAR(2000),
  reminded_at     TIMESTAMP    NOT NULL,
  CONSTRAINT uq_reminder UNIQUE (task_id, reminded_on),
  CONSTRAINT fk_reminder_app FOREIGN KEY (application_id) REFERENCES application (id)
);
