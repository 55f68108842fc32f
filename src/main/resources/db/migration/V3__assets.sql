-- Asset register (资产账卡) and the public-asset warehouse (公物仓), 办法 第十四、十五条; 条例 第二十六条.
-- An asset is held either by a unit (holder_unit) or by the warehouse of a government (warehouse_gov).
-- Portable between H2 (MODE=MySQL) and MySQL/MariaDB.

CREATE TABLE asset (
  code            VARCHAR(32)   NOT NULL PRIMARY KEY,
  category        VARCHAR(32)   NOT NULL,  -- DESKTOP, LAPTOP, COPIER, PRINTER_A4_MONO, DESK, FILE_CABINET
  name            VARCHAR(128)  NOT NULL,
  original_value  DECIMAL(12,2) NOT NULL,  -- 万元
  purchase_date   DATE          NOT NULL,
  holder_unit     VARCHAR(32),             -- the unit that holds (or last held) it
  warehouse_gov   VARCHAR(32),             -- the government whose warehouse holds it
  status          VARCHAR(16)   NOT NULL,  -- IN_USE, IDLE, IN_WAREHOUSE, DISPOSED
  reserved_by     VARCHAR(32),             -- the application moving it, while that case is pending
  disposed_on     DATE,
  CONSTRAINT fk_asset_unit FOREIGN KEY (holder_unit) REFERENCES unit (code),
  CONSTRAINT fk_asset_gov FOREIGN KEY (warehouse_gov) REFERENCES government (code),
  CONSTRAINT ck_asset_one_holder CHECK ((holder_unit IS NULL AND warehouse_gov IS NOT NULL)
      OR (holder_unit IS NOT NULL AND warehouse_gov IS NULL))
);
CREATE INDEX ix_asset_unit ON asset (holder_unit, category, status);
CREATE INDEX ix_asset_warehouse ON asset (warehouse_gov, category, status);
CREATE INDEX ix_asset_reserved ON asset (reserved_by);

-- 使用档案: every move an approved transfer made, with who received the assets.
CREATE TABLE asset_movement (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  asset_code      VARCHAR(32)   NOT NULL,
  application_id  VARCHAR(32)   NOT NULL,
  transfer_type   VARCHAR(16)   NOT NULL,  -- TO_WAREHOUSE, FROM_WAREHOUSE, DISPOSAL
  from_holder     VARCHAR(64)   NOT NULL,  -- unit code, or 'warehouse:<gov>'
  to_holder       VARCHAR(64),             -- unit code, 'warehouse:<gov>', or NULL when disposed
  received_by     VARCHAR(64),
  moved_at        TIMESTAMP     NOT NULL,
  CONSTRAINT fk_movement_asset FOREIGN KEY (asset_code) REFERENCES asset (code),
  CONSTRAINT fk_movement_app FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_movement_asset ON asset_movement (asset_code);
CREATE INDEX ix_movement_app ON asset_movement (application_id);
