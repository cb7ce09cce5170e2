-- Refund cases: a customer's after-sales request or an agent's refund, from the first ask to the money back in the
-- wallet. The refunded lines (with their arithmetic) and what the refund undoes of the payment's promotions are
-- kept on the row as text, so that reading a case is one statement; they are written when the case is priced and
-- only change when it is priced again before it goes to the provider. Plain SQL that H2 and PostgreSQL both run.
CREATE TABLE refund_cases (
    id                      VARCHAR(36)                 NOT NULL,
    order_id                VARCHAR(36)                 NOT NULL,
    order_number            VARCHAR(12)                 NOT NULL,
    payment_id              VARCHAR(36)                 NOT NULL,
    customer_id             VARCHAR(36)                 NOT NULL,
    origin                  VARCHAR(16)                 NOT NULL,
    category                VARCHAR(24)                 NOT NULL,
    note                    VARCHAR(500)                NOT NULL,
    requested_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    refunded_lines          VARCHAR(20000)              NOT NULL,
    amount_fen              BIGINT                      NOT NULL,
    points_taken_back       BIGINT                      NOT NULL,
    points_returned         BIGINT                      NOT NULL,
    voucher_deduction_fen   BIGINT                      NOT NULL,
    vouchers_withdrawn      VARCHAR(2000)               NOT NULL,
    coupons_returned        VARCHAR(2000)               NOT NULL,
    budget_reversals        VARCHAR(4000)               NOT NULL,
    status                  VARCHAR(24)                 NOT NULL,
    requester_id            VARCHAR(36),
    requester_username      VARCHAR(64),
    decided_by_id           VARCHAR(36),
    decided_by_username     VARCHAR(64),
    decision                VARCHAR(500),
    changed_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT refund_cases_pk PRIMARY KEY (id),
    CONSTRAINT refund_cases_order_fk FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT refund_cases_payment_fk FOREIGN KEY (payment_id) REFERENCES payments (id),
    CONSTRAINT refund_cases_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT refund_cases_origin_known CHECK (origin IN ('AGENT', 'CUSTOMER')),
    CONSTRAINT refund_cases_category_known CHECK (category IN ('NOT_RECEIVED', 'DAMAGED', 'WRONG_ITEM',
        'DUPLICATE_PAYMENT', 'CHANGED_MIND', 'GOODWILL')),
    CONSTRAINT refund_cases_status_known CHECK (status IN ('REQUESTED', 'DECLINED', 'AWAITING_APPROVAL',
        'REJECTED', 'REFUNDING', 'REFUNDED')),
    CONSTRAINT refund_cases_amounts_not_negative CHECK (amount_fen >= 0 AND points_taken_back >= 0
        AND points_returned >= 0 AND voucher_deduction_fen >= 0),
    -- Past the customer's request, a case names the agent who asked for it or took it.
    CONSTRAINT refund_cases_requester_named CHECK (requester_id IS NOT NULL OR status IN ('REQUESTED', 'DECLINED'))
);

-- The order pages and My orders list an order's cases.
CREATE INDEX refund_cases_by_order ON refund_cases (order_id, requested_at);
-- The approvals and after-sales queues, oldest first; reconciliation finds the refunds still on their way.
CREATE INDEX refund_cases_by_status ON refund_cases (status, requested_at);
CREATE INDEX refund_cases_by_status_change ON refund_cases (status, changed_at);

-- Agents' actions on refunds go into the audit log.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_known;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_known CHECK (action IN ('FORCE_UNBIND_WALLET', 'CLEAR_LOGIN_LOCK',
    'FREEZE_ACCOUNT', 'UNFREEZE_ACCOUNT', 'RESOLVE_RISK_ALERT', 'REVOKE_DEVICE', 'CREATE_CAMPAIGN', 'CHANGE_CAMPAIGN',
    'PAUSE_CAMPAIGN', 'RESUME_CAMPAIGN', 'END_CAMPAIGN', 'REFUND_ORDER', 'REQUEST_REFUND_APPROVAL', 'APPROVE_REFUND',
    'REJECT_REFUND', 'TAKE_AFTER_SALES', 'DECLINE_AFTER_SALES'));
