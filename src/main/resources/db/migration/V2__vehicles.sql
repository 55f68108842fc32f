-- 公务用车登记簿: the vehicles of each unit (办法 第二十二条: 编制、配备、更新、处置全过程管理).
-- A unit's quota (编制) is unit.vehicle_quota (V1). Portable between H2 and MySQL/MariaDB.

CREATE TABLE vehicle (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plate              VARCHAR(16)   NOT NULL,   -- canonical form, e.g. 晋A·J0001
  unit_code          VARCHAR(32)   NOT NULL,
  category           VARCHAR(32)   NOT NULL,   -- CONFIDENTIAL, EMERGENCY, LAW_ENFORCEMENT, SPECIAL, OTHER
  brand              VARCHAR(64)   NOT NULL,
  model              VARCHAR(64)   NOT NULL,
  energy_type        VARCHAR(8)    NOT NULL,   -- BEV, PHEV, FCEV, ICE
  displacement       DECIMAL(4,2),             -- litres; NULL for BEV and FCEV
  price              DECIMAL(10,2) NOT NULL,   -- 万元
  purchase_date      DATE          NOT NULL,
  mileage_km         INT           NOT NULL DEFAULT 0,
  status             VARCHAR(16)   NOT NULL,   -- ACTIVE, TO_DISPOSE, DISPOSED
  source_application VARCHAR(32),              -- the vehicle-purchase case that added it
  replaced_by_application VARCHAR(32),         -- the case whose new car replaces it (TO_DISPOSE)
  CONSTRAINT uq_vehicle_plate UNIQUE (plate),
  CONSTRAINT fk_vehicle_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
);
CREATE INDEX ix_vehicle_unit ON vehicle (unit_code, status);
