package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.RiskFacts;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.risk.DeviceTrust;
import org.hexmall.domain.risk.RecentPayment;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletOnNewDevice;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The risk rules' facts as aggregates over time windows, each read through an index that starts with the customer
 * (or, for failed logins, the client address) and the time.
 */
public final class JdbiRiskFacts implements RiskFacts {

    /**
     * Every payment fact in one round trip: a row per usual amount ('U'), then the payments in the velocity window
     * ('V'), the wrong payment passwords ('W'), when the latest of the bindings bound now was bound (its step to
     * ACTIVE, not its start: a binding may wait minutes for its code and the wallet app) ('B'), the device paid from
     * ('D'), the paying wallet on that device ('N', 'R', 'M'), the latest end of the risk holds on paying and binding
     * not lifted ('H') and the latest lift of a hold ('L').
     */
    private static final String PAYMENT_SIGNALS = """
            SELECT 'U' AS fact, usual.amount_fen AS n, CAST(NULL AS TIMESTAMP(6) WITH TIME ZONE) AS at
            FROM (SELECT amount_fen FROM payments
                  WHERE customer_id = :customerId AND status = 'SUCCEEDED' AND created_at >= :usualSince
                  ORDER BY created_at DESC
                  LIMIT :usualSample) usual
            UNION ALL
            SELECT 'V', COUNT(*), NULL FROM payments
            WHERE customer_id = :customerId AND created_at >= :velocitySince
            UNION ALL
            SELECT 'W', COUNT(*), NULL FROM payments
            WHERE customer_id = :customerId AND created_at >= :wrongSince
              AND failure_reason IN ('WRONG_PAYMENT_PASSWORD', 'PAYMENT_PASSWORD_LOCKED')
            UNION ALL
            SELECT 'B', CAST(0 AS BIGINT), MAX(e.occurred_at) FROM wallet_bindings b
            JOIN wallet_binding_events e ON e.binding_id = b.id AND e.status = 'ACTIVE'
            WHERE b.customer_id = :customerId AND b.status = 'ACTIVE'
            UNION ALL
            """ + Facts.HELD + """

            UNION ALL
            """ + Facts.LIFTED + """

            UNION ALL
            """ + Facts.DEVICE + """

            UNION ALL
            """ + Facts.WALLET_ON_DEVICE;

    /**
     * The binding facts in one round trip: the bindings started in the window that did not fail or expire ('S'), the
     * device ('D'), the risk holds on paying and binding ('H') and the latest lift of a hold ('L').
     */
    private static final String BINDING_SIGNALS = """
            SELECT 'S' AS fact, COUNT(*) AS n, CAST(NULL AS TIMESTAMP(6) WITH TIME ZONE) AS at FROM wallet_bindings
            WHERE customer_id = :customerId AND started_at >= :since AND status NOT IN ('FAILED', 'EXPIRED')
            UNION ALL
            """ + Facts.HELD + """

            UNION ALL
            """ + Facts.LIFTED + """

            UNION ALL
            """ + Facts.DEVICE;

    private final JdbiTransactionRunner transactions;

    JdbiRiskFacts(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    private record Fact(String kind, long number, Instant at) {
    }

    @Override
    public PaymentSignals paymentSignals(CustomerId customerId, Optional<DeviceId> device, BindingId paying,
                                         Instant usualSince, int usualSample, Instant velocitySince,
                                         Instant wrongPasswordSince) {
        List<Fact> facts = transactions.withCurrentHandle(handle -> handle.createQuery(PAYMENT_SIGNALS)
                .bind("customerId", customerId.toString())
                .bind("deviceId", device.map(DeviceId::toString).orElse(""))
                .bind("bindingId", paying.toString())
                .bind("usualSince", utc(usualSince))
                .bind("usualSample", usualSample)
                .bind("velocitySince", utc(velocitySince))
                .bind("wrongSince", utc(wrongPasswordSince))
                .map((row, context) -> new Fact(row.getString("fact"), row.getLong("n"), instant(row, "at")))
                .list());
        List<Money> usual = new ArrayList<>();
        int recent = 0;
        int wrong = 0;
        Optional<Instant> lastBound = Optional.empty();
        DeviceTrust trust = DeviceTrust.UNKNOWN;
        Optional<Instant> heldUntil = Optional.empty();
        Optional<Instant> lastLifted = Optional.empty();
        List<Fact> walletFacts = new ArrayList<>();
        for (Fact fact : facts) {
            switch (fact.kind()) {
                case "U" -> usual.add(Money.ofFen(fact.number()));
                case "V" -> recent = (int) fact.number();
                case "W" -> wrong = (int) fact.number();
                case "B" -> lastBound = Optional.ofNullable(fact.at());
                case "H" -> heldUntil = Optional.ofNullable(fact.at());
                case "L" -> lastLifted = Optional.ofNullable(fact.at());
                case "D" -> trust = trust(device, fact);
                case "N", "R", "M" -> walletFacts.add(fact);
                default -> throw new IllegalStateException("not a payment fact: " + fact.kind());
            }
        }
        return new PaymentSignals(usual, recent, wrong, lastBound, trust,
                device.isEmpty() ? WalletOnNewDevice.NOTHING_TO_ASK : walletOnDevice(walletFacts), heldUntil,
                lastLifted);
    }

    @Override
    public WalletOnNewDevice walletOnDevice(CustomerId customerId, DeviceId device, BindingId wallet) {
        return walletOnDevice(transactions.withCurrentHandle(handle -> handle.createQuery(Facts.WALLET_ON_DEVICE)
                .bind("customerId", customerId.toString())
                .bind("deviceId", device.toString())
                .bind("bindingId", wallet.toString())
                .map((row, context) -> new Fact(row.getString("fact"), row.getLong("n"), instant(row, "at")))
                .list()));
    }

    private static WalletOnNewDevice walletOnDevice(List<Fact> facts) {
        Optional<Instant> trustedWithCodeSince = Optional.empty();
        boolean reconfirmed = false;
        Optional<Instant> boundHereAt = Optional.empty();
        for (Fact fact : facts) {
            switch (fact.kind()) {
                case "N" -> trustedWithCodeSince = Optional.ofNullable(fact.at());
                case "R" -> reconfirmed = fact.number() > 0;
                case "M" -> boundHereAt = Optional.ofNullable(fact.at());
                default -> throw new IllegalStateException("not a fact of a wallet on a device: " + fact.kind());
            }
        }
        return new WalletOnNewDevice(trustedWithCodeSince, reconfirmed, boundHereAt);
    }

    @Override
    public BindingSignals bindingSignals(CustomerId customerId, Optional<DeviceId> device, Instant since) {
        List<Fact> facts = transactions.withCurrentHandle(handle -> handle.createQuery(BINDING_SIGNALS)
                .bind("customerId", customerId.toString())
                .bind("deviceId", device.map(DeviceId::toString).orElse(""))
                .bind("since", utc(since))
                .map((row, context) -> new Fact(row.getString("fact"), row.getLong("n"), instant(row, "at")))
                .list());
        int bindings = 0;
        DeviceTrust trust = DeviceTrust.UNKNOWN;
        Optional<Instant> heldUntil = Optional.empty();
        Optional<Instant> lastLifted = Optional.empty();
        for (Fact fact : facts) {
            switch (fact.kind()) {
                case "S" -> bindings = (int) fact.number();
                case "H" -> heldUntil = Optional.ofNullable(fact.at());
                case "L" -> lastLifted = Optional.ofNullable(fact.at());
                case "D" -> trust = trust(device, fact);
                default -> throw new IllegalStateException("not a binding fact: " + fact.kind());
            }
        }
        return new BindingSignals(bindings, trust, heldUntil, lastLifted);
    }

    /** No device is unknown; one that is not the customer's, or that they do not trust, is untrusted. */
    private static DeviceTrust trust(Optional<DeviceId> device, Fact fact) {
        if (device.isEmpty()) {
            return DeviceTrust.UNKNOWN;
        }
        return fact.number() > 0 && fact.at() != null ? DeviceTrust.TRUSTED : DeviceTrust.UNTRUSTED;
    }

    /** Queries the payment and binding facts share. */
    private static final class Facts {

        /** The latest end of the customer's risk holds on paying and binding not lifted ('H'), ended or not. */
        static final String HELD = """
                SELECT 'H', COUNT(*), MAX(ends_at) FROM risk_holds
                WHERE customer_id = :customerId AND lifted_at IS NULL AND holds = 'PAYING_AND_BINDING'""";

        /** When an agent last lifted one of the customer's risk holds ('L'). */
        static final String LIFTED = """
                SELECT 'L', COUNT(*), MAX(lifted_at) FROM risk_holds
                WHERE customer_id = :customerId AND lifted_at IS NOT NULL""";

        /** The device attempted from ('D'): 1 when it is the customer's, with the time it was trusted since. */
        static final String DEVICE = """
                SELECT 'D', COUNT(*), MAX(trusted_since) FROM devices
                WHERE id = :deviceId AND customer_id = :customerId""";

        /**
         * The wallet on the device: since when the device is trusted after a code ('N', 1 when it is), whether the
         * wallet was re-confirmed on it ('R'), and when the wallet was bound, if it was made on the device ('M': its
         * step to ACTIVE, found by the binding's primary key).
         */
        static final String WALLET_ON_DEVICE = """
                SELECT 'N' AS fact, COUNT(*) AS n, MAX(trusted_since) AS at FROM devices
                WHERE id = :deviceId AND customer_id = :customerId AND trusted_with_code = TRUE
                UNION ALL
                SELECT 'R', COUNT(*), NULL FROM wallet_reconfirmations
                WHERE device_id = :deviceId AND binding_id = :bindingId AND status = 'CONFIRMED'
                UNION ALL
                SELECT 'M', COUNT(*), MAX(e.occurred_at) FROM wallet_bindings b
                JOIN wallet_binding_events e ON e.binding_id = b.id AND e.status = 'ACTIVE'
                WHERE b.id = :bindingId AND b.customer_id = :customerId AND b.device_id = :deviceId""";

        private Facts() {
        }
    }

    @Override
    public LoginSignals loginSignals(CustomerId customerId, String clientAddress, Instant failedSince,
                                     int recentLogins) {
        return transactions.withCurrentHandle(handle -> {
            // The failures on other accounts and those that named no account, counted alike in one round trip.
            int failed = handle.createQuery("""
                            SELECT (SELECT COUNT(*) FROM login_history
                                    WHERE client_address = :address AND attempted_at >= :since
                                      AND outcome IN ('WRONG_PASSWORD', 'REFUSED_LOCKED')
                                      AND customer_id <> :customerId)
                                 + (SELECT COUNT(*) FROM unknown_login_failures
                                    WHERE client_address = :address AND attempted_at >= :since)""")
                    .bind("address", clientAddress == null ? "" : clientAddress)
                    .bind("customerId", customerId.toString())
                    .bind("since", utc(failedSince))
                    .mapTo(Integer.class)
                    .one();
            List<String> recent = handle.createQuery("""
                            SELECT client_address FROM login_history
                            WHERE customer_id = :customerId AND outcome = 'SUCCEEDED'
                            ORDER BY attempted_at DESC, id DESC
                            LIMIT :limit""")
                    .bind("customerId", customerId.toString())
                    .bind("limit", recentLogins)
                    .mapTo(String.class)
                    .list();
            return new LoginSignals(failed, recent);
        });
    }

    @Override
    public List<RecentPayment> recentPayments(CustomerId customerId, int limit) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT id, order_number, provider, amount_fen, status, failure_reason, created_at
                        FROM payments
                        WHERE customer_id = :customerId
                        ORDER BY created_at DESC, id
                        LIMIT :limit""")
                .bind("customerId", customerId.toString())
                .bind("limit", limit)
                .map((row, context) -> new RecentPayment(new PaymentId(UUID.fromString(row.getString("id"))),
                        new OrderNumber(row.getString("order_number")),
                        WalletProvider.valueOf(row.getString("provider")),
                        Money.ofFen(row.getLong("amount_fen")),
                        PaymentStatus.valueOf(row.getString("status")),
                        Optional.ofNullable(row.getString("failure_reason")).map(PaymentFailureReason::valueOf),
                        instant(row, "created_at")))
                .list());
    }
}
