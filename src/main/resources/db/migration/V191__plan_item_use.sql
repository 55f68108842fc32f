-- 计划执行 (条例 第三十七条, 办法 第十一条): which plan item an approved spending case (construction, repair,
-- vehicle purchase) uses, and how much of it. One row per case; a case spends from one item.
CREATE TABLE plan_item_use (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id VARCHAR(32)   NOT NULL,
  plan_id        BIGINT        NOT NULL,
  item_id        BIGINT        NOT NULL,
  amount         DECIMAL(14,2) NOT NULL,   -- 万元
  used_at        TIMESTAMP     NOT NULL,
  CONSTRAINT uq_item_use_app UNIQUE (application_id),
  CONSTRAINT fk_item_use_app FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_item_use_plan FOREIGN KEY (plan_id) REFERENCES annual_plan (id),
  CONSTRAINT fk_item_use_item FOREIGN KEY (item_id) REFERENCES plan_item (id)
);
CREATE INDEX ix_item_use_item ON plan_item_use (item_id);
CREATE INDEX ix_item_use_plan ON plan_item_use (plan_id);
