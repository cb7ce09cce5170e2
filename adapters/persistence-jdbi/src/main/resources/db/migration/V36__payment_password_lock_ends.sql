-- When the wallet's payment-password lock that refused a payment ends, as the wallet said in its answer or notice,
-- so that the customer and the agents can say until when. Only payments refused for that lock have one.
ALTER TABLE payments ADD COLUMN password_locked_until TIMESTAMP(6) WITH TIME ZONE;
