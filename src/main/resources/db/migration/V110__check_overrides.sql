-- Approvals over a failed figure (issue 15): who approved over which rule, at which step, and on
-- what authority (the body the article names, e.g. 本级政府 under 办法 第十八条). A prohibition is
-- never overridden, so it never has a row here. Portable between H2 and MySQL/MariaDB.
CREATE TABLE check_override (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  VARCHAR(32)   NOT NULL,
  rule_name       VARCHAR(64)   NOT NULL,
  task_id         VARCHAR(64)   NOT NULL,
  step            VARCHAR(64)   NOT NULL,
  user_id         VARCHAR(64)   NOT NULL,
  authority_role  VARCHAR(32)   NOT NULL,   -- org.Role name, e.g. GOVERNMENT
  authority       VARCHAR(256)  NOT NULL,   -- as shown: 本级政府（依 办法 第十八条）
  comment_text    VARCHAR(2000) NOT NULL,
  decided_at      TIMESTAMP     NOT NULL,
  CONSTRAINT fk_override_app FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_override_app ON check_override (application_id);
