-- The indexes the console dashboard counts through. Plain SQL that H2 and PostgreSQL both run unchanged.

-- Payments per wallet per day, the success rate per wallet and the failure reasons are one count over the latest
-- days, grouped by the columns that follow the time: the index holds every column the count reads, so a database
-- that can answers it from the index alone.
CREATE INDEX payments_by_created ON payments (created_at, provider, status, failure_reason);
-- The binding funnel counts the bindings started within the days, per provider, by how far they got.
CREATE INDEX wallet_bindings_by_started ON wallet_bindings (started_at, provider, status);
-- Refunds per day.
CREATE INDEX payment_refunds_by_at ON payment_refunds (at, amount_fen);
