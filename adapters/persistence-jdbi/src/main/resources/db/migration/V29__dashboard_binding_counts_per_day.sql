-- The binding funnel's counts of the dashboard's counted days (V28): per day of the store's time zone and wallet, how
-- many bindings started, had their code confirmed and were approved in the wallet app. How many are still bound now
-- changes after the day, so the dashboard counts that from the bindings themselves. Derived data: no checks of its own.
CREATE TABLE dashboard_binding_counts (
    zone            VARCHAR(64) NOT NULL,
    counted_day     DATE        NOT NULL,
    provider        VARCHAR(24) NOT NULL,
    started         BIGINT      NOT NULL,
    code_confirmed  BIGINT      NOT NULL,
    approved        BIGINT      NOT NULL,
    CONSTRAINT dashboard_binding_counts_day_fk FOREIGN KEY (zone, counted_day)
        REFERENCES dashboard_days (zone, counted_day)
);
CREATE INDEX dashboard_binding_counts_by_day ON dashboard_binding_counts (zone, counted_day);
