-- 草稿: application forms an applicant has saved but not submitted; incomplete forms allowed.
-- Private to their author. version counts the saves (optimistic concurrency: a save names the
-- version it read). A submitted draft is deleted and leaves a row in draft_submission, so that a
-- second submission of it is refused (409) and names the case it became.
CREATE TABLE draft (
  id          VARCHAR(36)  NOT NULL PRIMARY KEY,
  author      VARCHAR(64)  NOT NULL,
  process_key VARCHAR(64)  NOT NULL,
  form_json   TEXT         NOT NULL,
  version     INT          NOT NULL,
  created_at  TIMESTAMP    NOT NULL,
  saved_at    TIMESTAMP    NOT NULL
);
CREATE INDEX ix_draft_author ON draft (author, saved_at);

CREATE TABLE draft_submission (
  draft_id       VARCHAR(36) NOT NULL PRIMARY KEY,
  author         VARCHAR(64) NOT NULL,
  application_id VARCHAR(32) NOT NULL,
  submitted_at   TIMESTAMP   NOT NULL
);
