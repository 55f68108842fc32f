-- Governments are kept on the admin page (issue 8): added, changed and deactivated, never deleted.
ALTER TABLE government ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
