package org.hexmall.simulator.wallet;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.hexmall.simulator.wallet.account.WalletAccounts;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.agreement.Agreements;
import org.hexmall.simulator.wallet.agreement.Approval;
import org.hexmall.simulator.wallet.agreement.AuthorizationRequestRecord;
import org.hexmall.simulator.wallet.api.ProviderSecrets;
import org.hexmall.simulator.wallet.api.WalletProviderApi;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.fault.FaultTarget;
import org.hexmall.simulator.wallet.fault.Faults;
import org.hexmall.simulator.wallet.notification.NotificationAttempt;
import org.hexmall.simulator.wallet.notification.NotificationDelivery;
import org.hexmall.simulator.wallet.notification.SignedMessages;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.hexmall.simulator.wallet.payment.Payments;
import org.hexmall.simulator.wallet.payment.Refunds;
import org.hexmall.simulator.wallet.payment.SimulatedPayment;
import org.hexmall.simulator.wallet.payment.SimulatedRefund;
import org.hexmall.simulator.wallet.storage.SimulatorStore;

/**
 * The SIMULATED wallet providers, put together: their accounts, agreements, payments and refunds, faults and
 * notifications, each a concern of its own, kept in the simulator's own storage. The store's gateway talks to them
 * through {@link #providerApi()} alone; the wallet apps' pages act through this class as the customer would, and
 * the demo data, the demo control page and the tests open accounts, inject faults and watch what happened.
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
        this.notifications = new NotificationDelivery(store.notifications(), faults, timings::notificationRetries,
                timings.notificationRequestTimeout(), clock);
        this.accounts = new WalletAccounts(store.accounts(), clock, timings::passwordLock);
        this.agreements = new Agreements(store.agreements(), accounts, messages, notifications, clock);
        this.payments = new Payments(store.payments(), accounts, messages, notifications, clock);
        this.refunds = new Refunds(store.payments(), clock);
        this.api = new SimulatedProviderApi(faults, agreements, payments, refunds, timings.slowAnswer());
    }

    /** What a merchant calls, as it would call a real provider's HTTPS API. */
    public WalletProviderApi providerApi() {
        return api;
    }

    /** Where the store's notify endpoint is, once the store's server has started: {@code http://host:port}. */
    public void setStoreBaseUrl(URI storeBaseUrl) {
        notifications.setStoreBaseUrl(storeBaseUrl);
    }

    // Accounts

    /** Opens the account, unless the provider has one with that identifier already; returns the one it has. */
    public WalletAccount openAccount(WalletProvider provider, WalletAccountIdentifier identifier, String holderName,
                                     long balanceFen, String paymentPassword) {
        return accounts.open(provider, identifier, holderName, balanceFen, paymentPassword);
    }

    public Optional<WalletAccount> account(WalletProvider provider, WalletAccountIdentifier identifier) {
        return accounts.find(provider, identifier);
    }

    /** Every account of every provider, by provider and identifier. */
    public List<WalletAccount> accounts() {
        return accounts.all();
    }

    /** Until when the account's payment password is locked; empty when it is not locked now. */
    public Optional<Instant> passwordLockedUntil(WalletProvider provider, WalletAccountIdentifier identifier) {
        return accounts.passwordLockedUntil(provider, identifier);
    }

    // Agreements, in the wallet app

    /** The request on an approval page, by the provider's own id in the page's address. */
    public Optional<AuthorizationRequestRecord> authorizationRequest(WalletProvider provider, String requestId) {
        return agreements.request(provider, requestId);
    }

    /** See {@link Agreements#approve}. */
    public Approval approve(WalletProvider provider, String requestId, String paymentPassword) {
        return agreements.approve(provider, requestId, paymentPassword);
    }

    /** See {@link Agreements#reject}. */
    public Optional<URI> reject(WalletProvider provider, String requestId) {
        return agreements.reject(provider, requestId);
    }

    /** The account's agreements with the store, active and cancelled, oldest first. */
    public List<Agreement> agreementsOf(WalletProvider provider, WalletAccountIdentifier account) {
        return agreements.of(provider, account);
    }

    /** See {@link Agreements#cancelInApp}. */
    public boolean cancelAgreementInApp(WalletProvider provider, String agreementToken) {
        return agreements.cancelInApp(provider, agreementToken);
    }

    // Payments and refunds

    /** The payment the store asked for with that id, whatever became of it. */
    public Optional<SimulatedPayment> payment(WalletProvider provider, PaymentId merchantPayment) {
        return payments.find(provider, merchantPayment);
    }

    /** The payment on a pay page, by the provider's own id in the page's address. */
    public Optional<SimulatedPayment> paymentOnPage(WalletProvider provider, String paymentPageId) {
        return payments.onPage(provider, paymentPageId);
    }

    /** Every payment of every provider, newest first: a test counts them to see that a payment was created once. */
    public List<SimulatedPayment> payments() {
        return payments.latest(Integer.MAX_VALUE);
    }

    /** The newest payments, newest first, at most {@code limit}. */
    public List<SimulatedPayment> latestPayments(int limit) {
        return payments.latest(limit);
    }

    /** A payment's refunds, oldest first; none for an unknown payment. */
    public List<SimulatedRefund> refundsOf(WalletProvider provider, PaymentId merchantPayment) {
        return payments.find(provider, merchantPayment).map(refunds::of).orElse(List.of());
    }

    /** See {@link Payments#pay}. */
    public PayAttempt pay(WalletProvider provider, String paymentPageId, String paymentPassword) {
        return payments.pay(provider, paymentPageId, paymentPassword);
    }

    /** See {@link Payments#leave}. */
    public Optional<URI> leavePayment(WalletProvider provider, String paymentPageId) {
        return payments.leave(provider, paymentPageId);
    }

    /**
     * SIMULATED, a benchmark and demo aid with no counterpart at a real provider: while on, every payment a
     * merchant asks for is paid as soon as the provider has answered the request, as if its customer had opened the
     * pay page at once and typed the right payment password. The balance is charged once, on the same path as
     * {@link #pay}, and the store gets the same signed notification, so a client that only talks to the store sees
     * the payment succeed. What would stop the customer stops it too: a locked payment password leaves the payment
     * open, a balance too low ends it unpaid, and a request never answered ({@link Fault#TIMEOUT}) is never paid.
     * Quicker than any person, its notification can reach the store before the store has recorded the answer
     * (docs/benchmarks.md). Off unless switched on; kept in this simulator's memory only.
     */
    public void confirmPaymentsAutomatically(boolean on) {
        api.confirmPaymentsAutomatically(on);
    }

    /** Whether {@link #confirmPaymentsAutomatically(boolean)} is on. */
    public boolean confirmsPaymentsAutomatically() {
        return api.confirmsPaymentsAutomatically();
    }

    // Faults

    public void injectFault(WalletProvider provider, Fault fault) {
        faults.inject(provider, fault);
    }

    public void injectFault(WalletProvider provider, WalletAccountIdentifier account, Fault fault) {
        faults.inject(provider, account, fault);
    }

    /** Ends the fault of the whole provider; faults of single accounts stay. */
    public void removeFault(WalletProvider provider) {
        faults.remove(provider);
    }

    public Map<FaultTarget, Fault> faults() {
        return faults.all();
    }

    public void clearFaults() {
        faults.clear();
    }

    // Notifications

    /** Every attempt to deliver a notification to the store, in the order they were made. */
    public List<NotificationAttempt> notificationAttempts() {
        return notifications.attempts();
    }

    /** Notifications the store has not acknowledged and the provider has not given up on: more attempts will come. */
    public int notificationsAwaitingAcknowledgement() {
        return notifications.awaitingAcknowledgement();
    }

    /** Stops retrying notifications and confirming payments automatically. */
    @Override
    public void close() {
        api.close();
        notifications.close();
    }
}
