-- A refund that the wallet provider took but confirms later (WeChat Pay answers "processing" and sends a notice)
-- stays REFUNDING and names the provider whose confirmation it waits for, so that the agent's and the customer's
-- pages can say so; empty while the store itself must send it again.
ALTER TABLE refund_cases ADD COLUMN awaiting_confirmation_from VARCHAR(32);
ALTER TABLE refund_cases ADD CONSTRAINT refund_cases_awaiting_confirmation_from_known
    CHECK (awaiting_confirmation_from IN ('WECHAT_PAY', 'ALIPAY', 'JD_PAY', 'UNIONPAY_QUICKPASS', 'PAYPAL',
        'APPLE_PAY'));
