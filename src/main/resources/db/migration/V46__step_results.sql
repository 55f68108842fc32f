-- What a step records that later steps need, in typed columns of the family that owns it. The
-- decision log keeps the step form as the timeline shows it; the steps after read these tables.
-- Rows of cases that were past such a step at the upgrade are copied from the decision log by the
-- Java migrations 46.1 to 46.3 (StepResultsFromDecisionLog). Portable between H2 and MySQL/MariaDB.

-- 集中采购 (vehicle-purchase): the bureau's procurement result, read by the final-price check and
-- by the registration of the new car.
CREATE TABLE vehicle_procurement (
  application_id VARCHAR(32)   NOT NULL PRIMARY KEY,
  supplier       VARCHAR(100),
  final_price    DECIMAL(10,2) NOT NULL,   -- 万元, as vehicle.price
  plate          VARCHAR(16)   NOT NULL,   -- canonical, e.g. 晋A·J0007
  recorded_at    TIMESTAMP     NOT NULL,
  CONSTRAINT fk_procurement_app FOREIGN KEY (application_id) REFERENCES application (id)
);

-- 实施 (office-repair): the completion the unit reports, copied to the repair register at 登记竣工情况.
CREATE TABLE repair_completion_report (
  application_id VARCHAR(32)   NOT NULL PRIMARY KEY,
  completed_on   DATE          NOT NULL,
  actual_cost    DECIMAL(14,2) NOT NULL,   -- 万元, as repair_project.actual_cost
  recorded_at    TIMESTAMP     NOT NULL,
  CONSTRAINT fk_completion_app FOREIGN KEY (application_id) REFERENCES application (id)
);

-- 资产审核 (asset-transfer, FROM_WAREHOUSE): the warehouse items the bureau allocated.
CREATE TABLE asset_allocation (
  application_id VARCHAR(32) NOT NULL,
  asset_code     VARCHAR(32) NOT NULL,
  CONSTRAINT pk_asset_allocation PRIMARY KEY (application_id, asset_code),
  CONSTRAINT fk_allocation_app FOREIGN KEY (application_id) REFERENCES application (id)
);

-- 交接 (asset-transfer): who received the assets.
CREATE TABLE asset_handover (
  application_id VARCHAR(32) NOT NULL PRIMARY KEY,
  received_by    VARCHAR(64) NOT NULL,
  recorded_at    TIMESTAMP   NOT NULL,
  CONSTRAINT fk_handover_app FOREIGN KEY (application_id) REFERENCES application (id)
);
