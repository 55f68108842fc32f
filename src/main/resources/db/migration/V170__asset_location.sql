-- 资产卡片的存放地点 (issue 8: the asset register keeps where each asset is; 办法 第十四条 账、卡、物相符).
-- Portable between H2 (MODE=MySQL) and MySQL/MariaDB.
ALTER TABLE asset ADD COLUMN location VARCHAR(128);
