-- A refund the wallet provider refuses outright (more than is left, unknown payment…) is FAILED, with the
-- provider's answer in the decision column, and never sent again; only a provider that cannot be reached leaves
-- a refund REFUNDING, to be sent again by reconciliation.
ALTER TABLE refund_cases DROP CONSTRAINT refund_cases_status_known;
ALTER TABLE refund_cases ADD CONSTRAINT refund_cases_status_known CHECK (status IN ('REQUESTED', 'DECLINED',
    'AWAITING_APPROVAL', 'REJECTED', 'REFUNDING', 'REFUNDED', 'FAILED'));
