-- The dashboard's payment counts of finished days, kept once per day of the store's time zone so that the dashboard
-- reads a few rows per day instead of every payment of it. Plain SQL that H2 and PostgreSQL both run unchanged.

-- A day counted, once: its primary key refuses a second count of the same day, from whichever node.
CREATE TABLE dashboard_days (
    zone        VARCHAR(64)                 NOT NULL,
    counted_day DATE                        NOT NULL,
    counted_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT dashboard_days_pk PRIMARY KEY (zone, counted_day)
);

-- The payments created on a counted day, per wallet, status and failure reason (null for none), as the dashboard
-- counts them live. Derived from the payments: no check of its own on the values, which the payments have.
CREATE TABLE dashboard_payment_counts (
    zone            VARCHAR(64) NOT NULL,
    counted_day     DATE        NOT NULL,
    provider        VARCHAR(24) NOT NULL,
    status          VARCHAR(32) NOT NULL,
    failure_reason  VARCHAR(32),
    n               BIGINT      NOT NULL,
    CONSTRAINT dashboard_payment_counts_day_fk FOREIGN KEY (zone, counted_day)
        REFERENCES dashboard_days (zone, counted_day)
);
CREATE INDEX dashboard_payment_counts_by_day ON dashboard_payment_counts (zone, counted_day);
