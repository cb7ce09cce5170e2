-- Payments as the lean payment path reads and writes them. Plain SQL that H2 and PostgreSQL both run unchanged.

-- A payment names the number of the order it pays and the customer who pays, as the wallet app shows them, so that
-- a look at a payment is one query and a provider's result is matched without reading the order.
ALTER TABLE payments ADD COLUMN order_number CHAR(12);
ALTER TABLE payments ADD COLUMN customer_id VARCHAR(36);
UPDATE payments
SET order_number = (SELECT orders.order_number FROM orders WHERE orders.id = payments.order_id),
    customer_id = (SELECT orders.customer_id FROM orders WHERE orders.id = payments.order_id);
ALTER TABLE payments ALTER COLUMN order_number SET NOT NULL;
ALTER TABLE payments ALTER COLUMN customer_id SET NOT NULL;

-- CLOSED: the store closed the payment at its provider before anyone confirmed it.
ALTER TABLE payments DROP CONSTRAINT payments_status_known;
ALTER TABLE payments ADD CONSTRAINT payments_status_known CHECK (status IN
    ('CREATED', 'AWAITING_CONFIRMATION', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'UNKNOWN', 'CLOSED'));
ALTER TABLE payment_events DROP CONSTRAINT payment_events_status_known;
ALTER TABLE payment_events ADD CONSTRAINT payment_events_status_known CHECK (status IN
    ('CREATED', 'AWAITING_CONFIRMATION', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'UNKNOWN', 'CLOSED'));

-- Each step of a timeline says what it is: a move to its status (detail: the failure reason, on a move to FAILED)
-- or a note (detail: the note). Until now a step was a move when its status differed from the step before it.
ALTER TABLE payment_events ADD COLUMN kind VARCHAR(8);
UPDATE payment_events
SET kind = CASE
    WHEN seq = 0 OR status <> (SELECT earlier.status FROM payment_events earlier
                               WHERE earlier.payment_id = payment_events.payment_id
                                 AND earlier.seq = payment_events.seq - 1)
    THEN 'MOVED' ELSE 'NOTED' END;
-- A move that is not a failure names no reason.
UPDATE payment_events SET detail = NULL WHERE kind = 'MOVED' AND status <> 'FAILED';
ALTER TABLE payment_events ALTER COLUMN kind SET NOT NULL;
ALTER TABLE payment_events ADD CONSTRAINT payment_events_kind_known CHECK (kind IN ('MOVED', 'NOTED'));

-- A key is recorded with its request's result, in the request's own transaction: a key without a result was a
-- claim of the earlier design that never finished, and is let go.
DELETE FROM idempotency_keys WHERE result IS NULL;
ALTER TABLE idempotency_keys ALTER COLUMN result SET NOT NULL;
ALTER TABLE idempotency_keys RENAME COLUMN claimed_at TO recorded_at;
