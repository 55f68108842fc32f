-- The documents of a case (可行性研究报告, 维修方案, 报废证明, 评估论证意见…). The bytes live in the file
-- store (affairs.documents.store), named by the row's id; this table says what they are.
-- application_id is NULL while an applicant's upload waits for the submission it belongs to.
CREATE TABLE attachment (
  id              VARCHAR(36)  NOT NULL PRIMARY KEY,
  application_id  VARCHAR(32),
  task_id         VARCHAR(64),               -- the step it was added at; NULL: added at submission
  task_key        VARCHAR(64),
  step_name       VARCHAR(128),
  process_key     VARCHAR(64)  NOT NULL,
  document_type   VARCHAR(64),               -- a required document's type, or NULL (other material)
  name            VARCHAR(255) NOT NULL,     -- the original file name
  size_bytes      BIGINT       NOT NULL,
  content_type    VARCHAR(128) NOT NULL,     -- from the content, not from the client
  sha256          CHAR(64)     NOT NULL,
  uploaded_by     VARCHAR(64)  NOT NULL,
  uploaded_at     TIMESTAMP    NOT NULL,
  CONSTRAINT fk_attachment_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_attachment_application ON attachment (application_id);
CREATE INDEX ix_attachment_staged ON attachment (uploaded_by, application_id);
