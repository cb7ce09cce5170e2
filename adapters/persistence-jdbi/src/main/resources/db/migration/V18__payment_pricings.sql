-- A claimed coupon draws on its campaign's budget without taking one of the customer's uses (that was taken when
-- the customer claimed it): the redemption says so, so that a release gives back only a use it took.
ALTER TABLE promotion_redemptions ADD COLUMN counts_as_use BOOLEAN DEFAULT TRUE NOT NULL;

-- The price breakdown a payment was started with, frozen: what the wallet was asked to charge, the discounts by
-- name, the points spent and to earn, the vouchers to grant and what the payment claimed of campaigns' budgets.
-- Written once when the payment starts, in one statement, and never changed: a campaign that ends or runs out of
-- budget later does not change an amount the customer confirmed.
CREATE TABLE payment_pricings (
    payment_id  VARCHAR(36)     NOT NULL,
    breakdown   VARCHAR(200000) NOT NULL,
    CONSTRAINT payment_pricings_pk PRIMARY KEY (payment_id),
    CONSTRAINT payment_pricings_payment_fk FOREIGN KEY (payment_id) REFERENCES payments (id)
);
