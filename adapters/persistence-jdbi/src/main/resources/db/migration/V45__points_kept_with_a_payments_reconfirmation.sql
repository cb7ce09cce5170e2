-- The points the customer ticked on the payment page for a payment that waits for the wallet to be re-confirmed on a
-- new device, kept with the request, so that the payment goes ahead with them once the wallet app answers (they are
-- never carried through the wallet app and the browser). 0 for none, and for any other purpose; a request from before
-- this column existed spends none. Plain SQL that H2 and PostgreSQL both run unchanged.
ALTER TABLE wallet_reconfirmations ADD COLUMN points_to_spend BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE wallet_reconfirmations ADD CONSTRAINT wallet_reconfirmations_points_only_for_payment
    CHECK (points_to_spend >= 0 AND (points_to_spend = 0 OR purpose = 'PAYMENT'));
