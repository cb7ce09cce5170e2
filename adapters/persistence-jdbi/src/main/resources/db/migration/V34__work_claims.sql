-- Leases on background work: a node claims an item (a payment to ask a provider about, a refund to send again)
-- until held_until, so that the other nodes sharing this database pass it by meanwhile. A row is deleted when its
-- holder lets the item go; one left by a node that died is taken over once held_until has passed.
CREATE TABLE work_claims (
    work        VARCHAR(32)                 NOT NULL,
    item        VARCHAR(64)                 NOT NULL,
    held_until  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT work_claims_pk PRIMARY KEY (work, item),
    CONSTRAINT work_claims_work_known CHECK (work IN ('PAYMENT_CHECK', 'REFUND_RETRY'))
);
