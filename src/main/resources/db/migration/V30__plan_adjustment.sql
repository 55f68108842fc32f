-- plan-change (保障年度计划调整): which item amounts a case put into a plan, so that an emergency
-- adjustment (条例 第三十八条 先行调整) can be taken out again when the bureau orders correction or
-- refuses the filing. The plan versions themselves stay in plan_version; this only links them.
CREATE TABLE plan_adjustment (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id   VARCHAR(32)   NOT NULL,
  plan_id          BIGINT        NOT NULL,
  item_id          BIGINT        NOT NULL,
  amount_before    DECIMAL(14,2) NOT NULL,   -- 万元; 0 for an item the case added
  amount_after     DECIMAL(14,2) NOT NULL,   -- 万元
  plan_version     INT           NOT NULL,   -- the plan version the change made
  emergency        BOOLEAN       NOT NULL,
  applied_at       TIMESTAMP     NOT NULL,
  reverted_version INT,                      -- the plan version that took it out again
  reverted_at      TIMESTAMP,
  CONSTRAINT fk_adjustment_app FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_adjustment_plan FOREIGN KEY (plan_id) REFERENCES annual_plan (id)
);
CREATE INDEX ix_adjustment_app ON plan_adjustment (application_id, reverted_version);
