-- Investigators merge cases (the absorbed one is closed, pointing at its survivor) and split them (the new case
-- points at the one it came from).
ALTER TABLE litigation_case
    ADD COLUMN merged_into TEXT REFERENCES litigation_case (id),
    ADD COLUMN split_from  TEXT REFERENCES litigation_case (id);
