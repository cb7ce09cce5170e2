-- A right password that asked for a code the phone's code limits held back, and one that the risk rules asked to prove
-- with a face check, are kept apart from the one whose code went to the phone. Plain SQL that H2 and PostgreSQL both
-- run unchanged.
ALTER TABLE login_history DROP CONSTRAINT login_history_outcome_known;
ALTER TABLE login_history ADD CONSTRAINT login_history_outcome_known
    CHECK (outcome IN ('SUCCEEDED', 'WRONG_PASSWORD', 'REFUSED_LOCKED', 'REFUSED_FROZEN', 'CODE_REQUIRED',
                       'REFUSED_RISK', 'CODE_NOT_SENT', 'FACE_CHECK_ASKED'));
