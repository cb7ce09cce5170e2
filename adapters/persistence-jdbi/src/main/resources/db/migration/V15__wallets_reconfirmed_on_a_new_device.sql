-- A wallet used from a device trusted only recently, by a code sent to the account's phone, is first re-confirmed
-- in the wallet app. Plain SQL that H2 and PostgreSQL both run unchanged.

-- trusted_with_code: the device is trusted because a code proved the account's phone on it, not because it was the
-- account's first device.
ALTER TABLE devices ADD COLUMN trusted_with_code BOOLEAN DEFAULT FALSE NOT NULL;

-- One request to re-confirm a bound wallet from a device, asked once and answered once (CONFIRMED or REJECTED).
-- purpose: what waits for the answer: a PAYMENT of order_id, UNBINDING the wallet, or binding another wallet in its
-- place (REPLACEMENT); order_id is NULL unless a payment waits.
CREATE TABLE wallet_reconfirmations (
    id           VARCHAR(36)                 NOT NULL,
    customer_id  VARCHAR(36)                 NOT NULL,
    device_id    VARCHAR(36)                 NOT NULL,
    binding_id   VARCHAR(36)                 NOT NULL,
    provider     VARCHAR(32)                 NOT NULL,
    purpose      VARCHAR(16)                 NOT NULL,
    order_id     VARCHAR(36),
    requested_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status       VARCHAR(16)                 NOT NULL,
    answered_at  TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT wallet_reconfirmations_pk PRIMARY KEY (id),
    CONSTRAINT wallet_reconfirmations_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT wallet_reconfirmations_device_fk FOREIGN KEY (device_id) REFERENCES devices (id),
    CONSTRAINT wallet_reconfirmations_binding_fk FOREIGN KEY (binding_id) REFERENCES wallet_bindings (id),
    CONSTRAINT wallet_reconfirmations_purpose_known CHECK (purpose IN ('PAYMENT', 'UNBINDING', 'REPLACEMENT')),
    CONSTRAINT wallet_reconfirmations_order_of_payment CHECK ((purpose = 'PAYMENT') = (order_id IS NOT NULL)),
    CONSTRAINT wallet_reconfirmations_status_known CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED')),
    CONSTRAINT wallet_reconfirmations_answered CHECK ((status = 'PENDING') = (answered_at IS NULL))
);

-- A payment asks whether the wallet was re-confirmed on the device, within the query of its risk facts.
CREATE INDEX wallet_reconfirmations_by_device_and_binding ON wallet_reconfirmations (device_id, binding_id, status);
