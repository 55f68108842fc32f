-- 车辆处置: the asset-transfer DISPOSAL case that is disposing of a vehicle marked TO_DISPOSE, while
-- that case is pending (issue 8: vehicles end in a true state, 办法 第二十二条 处置全过程管理).
-- Portable between H2 (MODE=MySQL) and MySQL/MariaDB.
ALTER TABLE vehicle ADD COLUMN disposal_application VARCHAR(32);
