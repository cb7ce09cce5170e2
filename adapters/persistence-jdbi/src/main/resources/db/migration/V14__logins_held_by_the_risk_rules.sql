-- A right password whose login the risk rules held for customer service is kept apart from the other refusals.
ALTER TABLE login_history DROP CONSTRAINT login_history_outcome_known;
ALTER TABLE login_history ADD CONSTRAINT login_history_outcome_known
    CHECK (outcome IN ('SUCCEEDED', 'WRONG_PASSWORD', 'REFUSED_LOCKED', 'REFUSED_FROZEN', 'CODE_REQUIRED',
                       'REFUSED_RISK'));
