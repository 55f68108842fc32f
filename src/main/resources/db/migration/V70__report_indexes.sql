-- Reports (report package) read a year of cases at once: by government and start date, by the
-- process instance Camunda's task tables name, and the register rows a case created.
-- Indexes only; no table or data changes. Portable between H2 and MySQL/MariaDB.
CREATE INDEX ix_app_gov_created ON application (gov_code, created_at);
CREATE INDEX ix_app_process_instance ON application (process_instance_id);
CREATE INDEX ix_vehicle_source ON vehicle (source_application);
CREATE INDEX ix_space_source ON office_space (source_application);
CREATE INDEX ix_item_source ON plan_item (source_application);
CREATE INDEX ix_app_gov_family ON application (gov_code, process_key, status, decided_at);
CREATE INDEX ix_decision_override ON decision_log (override_fail, application_id);
