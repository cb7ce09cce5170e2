package org.hexmall.simulator.wallet;

import java.time.Clock;
import org.hexmall.simulator.wallet.account.WalletAccounts;
import org.hexmall.simulator.wallet.agreement.Agreements;
import org.hexmall.simulator.wallet.api.ProviderSecrets;
import org.hexmall.simulator.wallet.api.WalletProviderApi;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.fault.Faults;
import org.hexmall.simulator.wallet.notification.NotificationDelivery;
import org.hexmall.simulator.wallet.notification.SignedMessages;
import org.hexmall.simulator.wallet.payment.Payments;
import org.hexmall.simulator.wallet.payment.Refunds;
import org.hexmall.simulator.wallet.storage.SimulatorStore;

/**
 * The SIMULATED wallet providers, put together from their concerns, each kept in the simulator's own storage. The
 * store's gateway talks to them through {@link #providerApi()} alone; the wallet apps' pages act on the concerns as
 * the customer would, and the demo data, the demo control page and the tests open accounts, inject faults and watch
 * what happened through them.
 */
public final class WalletSimulator implements AutoCloseable {

    private final WalletAccounts accounts;
    private final Agreements agreements;
    private final Payments payments;
    private final Refunds refunds;
    private final Faults faults;
    private final NotificationDelivery notifications;
    private final SimulatedProviderApi api;

    public WalletSimulator(SimulatorStore store, ProviderSecrets secrets, Clock clock, SimulatorTimings timings) {
        var messages = new SignedMessages(secrets, clock);
        this.faults = new Faults(store.faults());
        this.notifications = new NotificationDelivery(store.notifications(), store.pendingNotifications(), messages,
                faults, timings::notificationRetries, timings.notificationRequestTimeout(), clock);
        this.accounts = new WalletAccounts(store.accounts(), clock, timings::passwordLock);
        this.agreements = new Agreements(store.agreements(), accounts, messages, notifications, clock);
        this.payments = new Payments(store.payments(), accounts, messages, notifications, faults, clock);
        this.refunds = new Refunds(store.payments(), faults, notifications, timings::refundConfirmation, clock);
        this.api = new SimulatedProviderApi(faults, agreements, payments, refunds, timings.slowAnswer());
    }

    /** What a merchant calls, as it would call a real provider's HTTPS API. */
    public WalletProviderApi providerApi() {
        return api;
    }

    public WalletAccounts accounts() {
        return accounts;
    }

    public Agreements agreements() {
        return agreements;
    }

    public Payments payments() {
        return payments;
    }

    public Refunds refunds() {
        return refunds;
    }

    public Faults faults() {
        return faults;
    }

    public NotificationDelivery notifications() {
        return notifications;
    }

    /**
     * SIMULATED, a benchmark and demo aid with no counterpart at a real provider: while on, every payment a
     * merchant asks for is paid as soon as the provider has answered the request, as if its customer had opened the
     * pay page at once and typed the right payment password. The balance is charged once, on the same path as
     * {@link Payments#pay}, and the store gets the same signed notification, so a client that only talks to the store
     * sees the payment succeed. What would stop the customer stops it too: a locked payment password leaves the
     * payment open, a balance too low or {@link Fault#DECLINES_PAYMENTS} ends it unpaid, and a request never
     * answered ({@link Fault#TIMEOUT}) is never paid. Quicker than any person, its notification can reach the store
     * before the store has recorded the answer (docs/benchmarks.md). Off unless switched on; kept in this
     * simulator's memory only.
     */
    public void confirmPaymentsAutomatically(boolean on) {
        api.confirmPaymentsAutomatically(on);
    }

    /** Whether {@link #confirmPaymentsAutomatically(boolean)} is on. */
    public boolean confirmsPaymentsAutomatically() {
        return api.confirmsPaymentsAutomatically();
    }

    /** Stops retrying notifications and confirming payments automatically. */
    @Override
    public void close() {
        api.close();
        notifications.close();
    }
}
