-- 消息: what the portal's message list shows a user (a task waiting, a case decided or returned,
-- 抄送, 催办, a step overdue). dedupe_key keeps an event from being announced twice (e.g. one
-- overdue notice per task and user).
CREATE TABLE message (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient       VARCHAR(64)  NOT NULL,
  type            VARCHAR(16)  NOT NULL,     -- TASK, RETURNED, DECIDED, CC, REMIND, OVERDUE
  application_id  VARCHAR(32),
  task_id         VARCHAR(64),
  text            VARCHAR(500) NOT NULL,
  created_at      TIMESTAMP    NOT NULL,
  read_at         TIMESTAMP,
  dedupe_key      VARCHAR(160),
  CONSTRAINT uq_message_dedupe UNIQUE (dedupe_key)
);
CREATE INDEX ix_message_recipient ON message (recipient, read_at);
