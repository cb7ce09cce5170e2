-- A compensation keeps the one-time key of the console form that asked for it, so that the form sent again (a double
-- click, a browser's resubmission, posts at the same moment) finds the compensation it made instead of giving another.
-- One agent's compensations never share a key: of two inserts with the same one, the database keeps the first and
-- refuses the other. Rows stored before have no key. Plain SQL that H2 and PostgreSQL both run unchanged.
ALTER TABLE compensations ADD COLUMN request_key VARCHAR(255);
ALTER TABLE compensations ADD CONSTRAINT compensations_one_per_form_key UNIQUE (requested_by, request_key);
