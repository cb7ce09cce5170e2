-- A wallet unbound in its own app is recorded as done there (WALLET_APP), not by the store. Until now it was recorded
-- as the store's (SYSTEM), and no other unbinding was: those rows name where it was done as well. Plain SQL that H2
-- and PostgreSQL both run unchanged.
ALTER TABLE security_events DROP CONSTRAINT security_events_source_known;
ALTER TABLE security_events ADD CONSTRAINT security_events_source_known
    CHECK (source IN ('CUSTOMER', 'AGENT', 'SYSTEM', 'WALLET_APP'));
UPDATE security_events SET source = 'WALLET_APP' WHERE kind = 'WALLET_UNBOUND' AND source = 'SYSTEM';
