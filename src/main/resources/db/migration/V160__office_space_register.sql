-- The office-space register kept by the bureau (issue 8): rooms within buildings, building area
-- beside the usable office-room area, one row per place of a government.
ALTER TABLE office_space ADD COLUMN room VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE office_space ADD COLUMN building_area DECIMAL(12,2);

-- Rows entered by approved cases name their case until the bureau enters the room numbers.
UPDATE office_space SET room = CONCAT('依申请 ', source_application) WHERE source_application IS NOT NULL;

-- Two rows of the same building without rooms: the later ones get their id, so each place is unique.
UPDATE office_space SET room = CONCAT('登记号 ', id)
 WHERE room = '' AND id IN (
   SELECT id FROM (
     SELECT o.id FROM office_space o JOIN office_space p
       ON p.gov_code = o.gov_code AND p.building = o.building AND p.room = '' AND p.id < o.id
    WHERE o.room = '') later);

-- A place is registered once: a repeated or concurrent entry is refused, never doubled.
CREATE UNIQUE INDEX uq_space_place ON office_space (gov_code, building, room);
CREATE INDEX ix_space_unit ON office_space (unit_code);
