-- Where each deployed process definition came from: the diagram packaged in processes/ (shipped
-- with a release) or an admin's deployment, who deployed it and the SHA-256 of its BPMN. The
-- startup deployer reads it to never deploy a packaged diagram over an admin's version.
CREATE TABLE process_deployment (
  definition_id VARCHAR(64)  NOT NULL PRIMARY KEY,  -- ACT_RE_PROCDEF.ID_
  deployment_id VARCHAR(64)  NOT NULL,
  process_key   VARCHAR(64)  NOT NULL,
  version       INT          NOT NULL,
  origin        VARCHAR(16)  NOT NULL,              -- PACKAGED | ADMIN
  sha256        CHAR(64)     NOT NULL,
  deployed_by   VARCHAR(64),                        -- NULL: the system at startup
  deployed_at   TIMESTAMP    NOT NULL
);
CREATE INDEX ix_process_deployment_key ON process_deployment (process_key, version);
