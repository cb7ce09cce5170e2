-- The agent's customer search (JdbiCustomers.search) answered from indexes at a million customers and more.
-- PostgreSQL only: H2 reads the table, which is fine at its size (db/vendor/h2/V33 says so).
--
-- The start of a phone number, email address or lower-case name: btrees in pattern order, which LIKE 'abc%' uses
-- whatever the database's collation. Equality (a whole phone number or email address) keeps the unique indexes.
CREATE INDEX customers_phone_start ON customers (phone varchar_pattern_ops);
CREATE INDEX customers_email_start ON customers (email varchar_pattern_ops);
CREATE INDEX customers_name_start ON customers (LOWER(display_name) text_pattern_ops);

-- Three characters or more anywhere in them: trigram indexes (pg_trgm, shipped with PostgreSQL and trusted since
-- PostgreSQL 13, so the schema's owner may create it). It is installed once per database, in the schema public, so
-- that every schema of the database finds it under one name.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE INDEX customers_phone_trigrams ON customers USING gin (phone public.gin_trgm_ops);
CREATE INDEX customers_email_trigrams ON customers USING gin (email public.gin_trgm_ops);
CREATE INDEX customers_name_trigrams ON customers USING gin (LOWER(display_name) public.gin_trgm_ops);
