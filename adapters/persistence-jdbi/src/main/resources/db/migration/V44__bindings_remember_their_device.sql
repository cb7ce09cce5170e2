-- A binding remembers the device the customer made it on: approving it there in the wallet app, with the wallet's
-- payment password, is what a re-confirmation of the wallet on a device trusted only recently asks, so a wallet bound
-- on such a device after it was trusted is not asked about again there. Plain SQL that H2 and PostgreSQL both run
-- unchanged.

-- device_id: the device (devices.id) the binding was started from; NULL for a client that is no device, and for the
-- bindings made before this was kept, which are re-confirmed as before. Only ever read by the binding's id, like
-- sessions.device_id without a foreign key: it records where the binding was made, whatever becomes of the device.
ALTER TABLE wallet_bindings ADD COLUMN device_id VARCHAR(36);
