-- Wallet promotions: campaigns with their budgets, the coupons customers hold, each customer's points ledger, and
-- the budget each payment reserved. Plain SQL that H2 and PostgreSQL both run unchanged. Money is a whole number of
-- fen in a BIGINT. No foreign key to customers or payments on purpose, as in audit_log and risk_alerts: the record
-- of what a promotion gave must stand whatever becomes of the rows it mentions, and a payment may record its
-- reservation before or after its own row.

-- A campaign in one row, so that the checkout reads the running ones in one statement. The condition sets are
-- comma-separated enum names or product ids (empty: any). The benefit is its kind and the columns that kind uses;
-- the others stay NULL. budget_used_fen is what payments reserved or spent of budget_fen: a payment reserves with
-- a conditional update of this very row, which alone decides who gets the last fen.
CREATE TABLE campaigns (
    id                          VARCHAR(36)                 NOT NULL,
    name_en                     VARCHAR(60)                 NOT NULL,
    name_zh                     VARCHAR(60)                 NOT NULL,
    kind                        VARCHAR(24)                 NOT NULL,
    wallets                     VARCHAR(200)                NOT NULL,
    minimum_spend_fen           BIGINT                      NOT NULL,
    categories                  VARCHAR(200)                NOT NULL,
    products                    VARCHAR(4000)               NOT NULL,
    first_payment_with_wallet   BOOLEAN                     NOT NULL,
    new_customers_only          BOOLEAN                     NOT NULL,
    benefit_kind                VARCHAR(24)                 NOT NULL,
    amount_fen                  BIGINT,
    percent_off                 INTEGER,
    cap_fen                     BIGINT,
    voucher_minimum_spend_fen   BIGINT,
    voucher_valid_days          INTEGER,
    points_factor               INTEGER,
    stacking_group              VARCHAR(32)                 NOT NULL,
    coupon_validity_days        INTEGER                     NOT NULL,
    starts_at                   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ends_at                     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    budget_fen                  BIGINT                      NOT NULL,
    budget_used_fen             BIGINT                      NOT NULL,
    uses_per_customer           INTEGER                     NOT NULL,
    paused                      BOOLEAN                     NOT NULL,
    ended_at                    TIMESTAMP(6) WITH TIME ZONE,
    created_at                  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT campaigns_pk PRIMARY KEY (id),
    CONSTRAINT campaigns_kind_known CHECK (kind IN
        ('FIRST_WALLET_PAYMENT', 'WALLET_COUPON', 'FESTIVAL', 'POINTS_MULTIPLIER', 'CASHBACK_VOUCHER')),
    CONSTRAINT campaigns_benefit_known CHECK (benefit_kind IN
        ('AMOUNT_OFF', 'PERCENT_OFF', 'CASHBACK_VOUCHER', 'POINTS_MULTIPLIER')),
    CONSTRAINT campaigns_benefit_columns CHECK (
        (benefit_kind = 'AMOUNT_OFF' AND amount_fen > 0 AND percent_off IS NULL AND cap_fen IS NULL
            AND voucher_minimum_spend_fen IS NULL AND voucher_valid_days IS NULL AND points_factor IS NULL)
        OR (benefit_kind = 'PERCENT_OFF' AND amount_fen IS NULL AND percent_off BETWEEN 1 AND 99 AND cap_fen > 0
            AND voucher_minimum_spend_fen IS NULL AND voucher_valid_days IS NULL AND points_factor IS NULL)
        OR (benefit_kind = 'CASHBACK_VOUCHER' AND amount_fen > 0 AND percent_off IS NULL AND cap_fen IS NULL
            AND voucher_minimum_spend_fen >= 0 AND voucher_valid_days BETWEEN 1 AND 366 AND points_factor IS NULL)
        OR (benefit_kind = 'POINTS_MULTIPLIER' AND amount_fen IS NULL AND percent_off IS NULL AND cap_fen IS NULL
            AND voucher_minimum_spend_fen IS NULL AND voucher_valid_days IS NULL AND points_factor BETWEEN 2 AND 10)),
    CONSTRAINT campaigns_minimum_spend_not_negative CHECK (minimum_spend_fen >= 0),
    CONSTRAINT campaigns_coupon_validity_in_range CHECK (coupon_validity_days BETWEEN 0 AND 366),
    CONSTRAINT campaigns_window_in_order CHECK (ends_at > starts_at),
    CONSTRAINT campaigns_budget_positive CHECK (budget_fen > 0),
    CONSTRAINT campaigns_budget_never_overspent CHECK (budget_used_fen >= 0 AND budget_used_fen <= budget_fen),
    CONSTRAINT campaigns_uses_in_range CHECK (uses_per_customer BETWEEN 1 AND 1000)
);

-- The checkout reads the campaigns whose window is open now; the console lists the newest first.
CREATE INDEX campaigns_by_window ON campaigns (ends_at, starts_at);
CREATE INDEX campaigns_by_created ON campaigns (created_at, id);

-- How often a customer has had each campaign: reserved or spent uses. A payment takes a use with a conditional
-- update (uses < the campaign's limit) of this row, inserting it the first time.
CREATE TABLE promotion_customer_uses (
    campaign_id     VARCHAR(36)     NOT NULL,
    customer_id     VARCHAR(36)     NOT NULL,
    uses            INTEGER         NOT NULL,
    CONSTRAINT promotion_customer_uses_pk PRIMARY KEY (customer_id, campaign_id),
    CONSTRAINT promotion_customer_uses_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT promotion_customer_uses_not_negative CHECK (uses >= 0)
);

-- What each payment reserved of each campaign's budget: RESERVED while the payment is under way, then COMMITTED on
-- success or RELEASED (budget and use given back). reversed_fen: how much of a committed amount refunds took back.
CREATE TABLE promotion_redemptions (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY,
    campaign_id     VARCHAR(36)                 NOT NULL,
    payment_id      VARCHAR(36)                 NOT NULL,
    customer_id     VARCHAR(36)                 NOT NULL,
    amount_fen      BIGINT                      NOT NULL,
    state           VARCHAR(16)                 NOT NULL,
    reserved_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    settled_at      TIMESTAMP(6) WITH TIME ZONE,
    reversed_fen    BIGINT                      NOT NULL,
    reversed_at     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT promotion_redemptions_pk PRIMARY KEY (id),
    CONSTRAINT promotion_redemptions_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT promotion_redemptions_once_per_payment UNIQUE (payment_id, campaign_id),
    CONSTRAINT promotion_redemptions_state_known CHECK (state IN ('RESERVED', 'COMMITTED', 'RELEASED')),
    CONSTRAINT promotion_redemptions_settled CHECK ((state = 'RESERVED') = (settled_at IS NULL)),
    CONSTRAINT promotion_redemptions_amount_not_negative CHECK (amount_fen >= 0),
    CONSTRAINT promotion_redemptions_reversal_in_range CHECK (reversed_fen >= 0 AND reversed_fen <= amount_fen
        AND (reversed_fen = 0 OR state = 'COMMITTED'))
);

-- The campaign page's chart and redemptions list; the payment's commit and release go by the payment.
CREATE INDEX promotion_redemptions_by_campaign ON promotion_redemptions (campaign_id, state, settled_at);
CREATE INDEX promotion_redemptions_by_campaign_reserved ON promotion_redemptions (campaign_id, reserved_at);

-- A coupon or voucher a customer holds, with its benefit (amount or percentage off) and conditions as campaigns
-- keep them. claim_seq numbers a customer's claims of one campaign (1, 2, ...): the unique key lets only one of two
-- concurrent claims take a number. It is NULL for cashback vouchers and compensation coupons.
CREATE TABLE coupons (
    id                          VARCHAR(36)                 NOT NULL,
    customer_id                 VARCHAR(36)                 NOT NULL,
    origin                      VARCHAR(16)                 NOT NULL,
    campaign_id                 VARCHAR(36),
    claim_seq                   INTEGER,
    granted_for                 VARCHAR(36),
    name_en                     VARCHAR(200)                NOT NULL,
    name_zh                     VARCHAR(200)                NOT NULL,
    benefit_kind                VARCHAR(24)                 NOT NULL,
    amount_fen                  BIGINT,
    percent_off                 INTEGER,
    cap_fen                     BIGINT,
    wallets                     VARCHAR(200)                NOT NULL,
    minimum_spend_fen           BIGINT                      NOT NULL,
    categories                  VARCHAR(200)                NOT NULL,
    products                    VARCHAR(4000)               NOT NULL,
    first_payment_with_wallet   BOOLEAN                     NOT NULL,
    new_customers_only          BOOLEAN                     NOT NULL,
    pricing_level               VARCHAR(16)                 NOT NULL,
    stacking_group              VARCHAR(32)                 NOT NULL,
    valid_from                  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    valid_until                 TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status                      VARCHAR(16)                 NOT NULL,
    reserved_for                VARCHAR(36),
    status_changed_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT coupons_pk PRIMARY KEY (id),
    CONSTRAINT coupons_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT coupons_one_claim_per_number UNIQUE (campaign_id, customer_id, claim_seq),
    CONSTRAINT coupons_origin_known CHECK (origin IN ('CLAIMED', 'CASHBACK', 'COMPENSATION')),
    CONSTRAINT coupons_claimed_numbered CHECK ((origin = 'CLAIMED') = (claim_seq IS NOT NULL) AND
        (claim_seq IS NULL OR claim_seq >= 1)),
    CONSTRAINT coupons_campaign_unless_compensation CHECK (origin = 'COMPENSATION' OR campaign_id IS NOT NULL),
    CONSTRAINT coupons_benefit_columns CHECK (
        (benefit_kind = 'AMOUNT_OFF' AND amount_fen > 0 AND percent_off IS NULL AND cap_fen IS NULL)
        OR (benefit_kind = 'PERCENT_OFF' AND amount_fen IS NULL AND percent_off BETWEEN 1 AND 99 AND cap_fen > 0)),
    CONSTRAINT coupons_minimum_spend_not_negative CHECK (minimum_spend_fen >= 0),
    CONSTRAINT coupons_level_known CHECK (pricing_level IN ('ITEM', 'ORDER', 'PAYMENT_METHOD')),
    CONSTRAINT coupons_validity_in_order CHECK (valid_until > valid_from),
    CONSTRAINT coupons_status_known CHECK (status IN ('AVAILABLE', 'RESERVED', 'USED', 'WITHDRAWN'))
);

-- "My coupons" and the checkout read a customer's coupons; a payment finds the coupons it holds and the vouchers
-- its success granted.
CREATE INDEX coupons_by_customer ON coupons (customer_id, status, valid_until);
CREATE INDEX coupons_by_customer_newest ON coupons (customer_id, valid_from);
CREATE INDEX coupons_by_reserved_for ON coupons (reserved_for);
CREATE INDEX coupons_by_granted_for ON coupons (granted_for);

-- A customer's points, only ever appended to; the balance is the sum of signed_points (the kind's sign).
-- id keeps the order entries were made in, even at the same instant.
CREATE TABLE points_ledger (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY,
    customer_id     VARCHAR(36)                 NOT NULL,
    kind            VARCHAR(24)                 NOT NULL,
    points          BIGINT                      NOT NULL,
    signed_points   BIGINT                      NOT NULL,
    payment_id      VARCHAR(36),
    note            VARCHAR(500)                NOT NULL,
    at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT points_ledger_pk PRIMARY KEY (id),
    CONSTRAINT points_ledger_kind_known CHECK (kind IN ('EARNED', 'SPENT', 'EARNING_REVERSED', 'SPENDING_RETURNED',
        'SPENDING_RELEASED', 'COMPENSATION')),
    CONSTRAINT points_ledger_points_positive CHECK (points > 0),
    CONSTRAINT points_ledger_change_signed CHECK (
        (kind IN ('SPENT', 'EARNING_REVERSED') AND signed_points = -points)
        OR (kind IN ('EARNED', 'SPENDING_RETURNED', 'SPENDING_RELEASED', 'COMPENSATION') AND signed_points = points))
);

-- The balance and the "My points" page go by the customer, the newest first; a payment's entries by the payment.
CREATE INDEX points_ledger_by_customer ON points_ledger (customer_id, at, id);
CREATE INDEX points_ledger_by_payment ON points_ledger (payment_id);
