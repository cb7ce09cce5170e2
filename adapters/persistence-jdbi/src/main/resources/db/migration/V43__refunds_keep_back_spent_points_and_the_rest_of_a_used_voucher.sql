-- A refund keeps from its money the value of points earned on its items that the customer has spent already (they
-- are not taken below a zero balance), and keeps a used cashback voucher's whole value across the order's refunds:
-- each case records what it kept of each voucher, so that the next refund keeps the rest. Plain SQL that H2 and
-- PostgreSQL both run unchanged.
ALTER TABLE refund_cases ADD COLUMN points_spent_already BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE refund_cases ADD COLUMN points_deduction_fen BIGINT DEFAULT 0 NOT NULL;
-- Voucher (coupon) id=fen pairs, comma separated; voucher_deduction_fen stays their sum.
ALTER TABLE refund_cases ADD COLUMN vouchers_deducted VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE refund_cases ADD CONSTRAINT refund_cases_points_kept_not_negative
    CHECK (points_spent_already >= 0 AND points_deduction_fen >= 0);

-- A case stored before kept its deduction for the used voucher the payment granted.
UPDATE refund_cases SET vouchers_deducted = (
        SELECT MIN(coupons.id) FROM coupons
        WHERE coupons.origin = 'CASHBACK' AND coupons.granted_for = refund_cases.payment_id
          AND coupons.status <> 'WITHDRAWN') || '=' || CAST(voucher_deduction_fen AS VARCHAR(20))
    WHERE voucher_deduction_fen > 0 AND EXISTS (
        SELECT 1 FROM coupons
        WHERE coupons.origin = 'CASHBACK' AND coupons.granted_for = refund_cases.payment_id
          AND coupons.status <> 'WITHDRAWN');
