-- The organisation has one source of truth: these tables. Camunda's identity service reads them
-- through org.OrgIdentityProvider (a read-only identity provider), so ACT_ID_* is no longer written.

ALTER TABLE app_user ADD COLUMN email VARCHAR(128);
-- Camunda's password format ({SHA-512}... of password + salt), so hashes move over unchanged.
ALTER TABLE app_user ADD COLUMN password_hash VARCHAR(255);
ALTER TABLE app_user ADD COLUMN password_salt VARCHAR(255);
ALTER TABLE app_user ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;

ALTER TABLE unit ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;

-- A user's roles as data: the scope (their unit for UNIT_* roles, else their government) follows
-- from the user's unit, so a role never names a group of another unit.
CREATE TABLE user_role (
  user_id     VARCHAR(64)  NOT NULL,
  role_code   VARCHAR(32)  NOT NULL,
  PRIMARY KEY (user_id, role_code),
  CONSTRAINT fk_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
