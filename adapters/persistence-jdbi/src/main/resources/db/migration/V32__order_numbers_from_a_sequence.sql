-- Order numbers are made from serials that a sequence hands out (JdbiOrderSerials), shuffled by the store's key:
-- they never clash, so settling never draws again. Each call reserves a block of 50 serials for the node that makes
-- it; the increment and JdbiOrderSerials.BLOCK change together.
CREATE SEQUENCE order_serials START WITH 1 INCREMENT BY 50;

-- New order numbers have sixteen digits; the twelve-digit ones issued before stay as they are.
ALTER TABLE orders ALTER COLUMN order_number SET DATA TYPE VARCHAR(16);
ALTER TABLE payments ALTER COLUMN order_number SET DATA TYPE VARCHAR(16);
ALTER TABLE refund_cases ALTER COLUMN order_number SET DATA TYPE VARCHAR(16);
