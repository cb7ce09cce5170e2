package org.hexmall.adapter.out.wallet.mock;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The SIMULATED wallet providers, as a plain Java API. The store's gateway asks it for authorizations; the
 * simulated wallet apps' pages approve (with the payment password), reject and cancel through it as the customer
 * would; the demo data, the demo control page and the tests open accounts and inject faults with it.
 */
public final class WalletSimulator implements AutoCloseable {

    private static final Comparator<WalletAccount> BY_PROVIDER_AND_IDENTIFIER = Comparator
            .comparing(WalletAccount::provider)
            .thenComparing(account -> account.identifier().value());

    private final SimulatorStore store;
    private final SignedMessageWriter messages;
    private final NotificationDelivery notifications;
    private final SimulatorTimings timings;
    private final Clock clock;

    public WalletSimulator(SimulatorStore store, ProviderSecrets secrets, Clock clock, SimulatorTimings timings) {
        this.store = store;
        this.messages = new SignedMessageWriter(secrets, clock);
        this.notifications = new NotificationDelivery(store, timings, clock);
        this.timings = timings;
        this.clock = clock;
    }

    /** Where the store's notify endpoint is, once the store's server has started: {@code http://host:port}. */
    public void setStoreBaseUrl(URI storeBaseUrl) {
        notifications.setStoreBaseUrl(storeBaseUrl);
    }

    // Accounts

    /** Opens the account, unless the provider has one with that identifier already; returns the one it has. */
    public WalletAccount openAccount(WalletProvider provider, WalletAccountIdentifier identifier, String holderName,
                                     long balanceFen, String paymentPassword) {
        if (!provider.isSupported()) {
            throw new IllegalArgumentException(provider + " is not simulated: hexmall does not support it");
        }
        store.addAccountIfAbsent(WalletAccount.open(provider, identifier, holderName, balanceFen, paymentPassword));
        return store.findAccount(provider, identifier).orElseThrow();
    }

    public Optional<WalletAccount> account(WalletProvider provider, WalletAccountIdentifier identifier) {
        return store.findAccount(provider, identifier);
    }

    /** Until when the account's payment password is locked; empty when it is not locked now. */
    public Optional<Instant> passwordLockedUntil(WalletProvider provider, WalletAccountIdentifier identifier) {
        Instant now = clock.instant();
        return store.findAccount(provider, identifier)
                .filter(account -> account.isPasswordLockedAt(now))
                .map(WalletAccount::lockedUntil);
    }

    /** Every account of every provider, by provider and identifier. */
    public List<WalletAccount> accounts() {
        return store.accounts().stream().sorted(BY_PROVIDER_AND_IDENTIFIER).toList();
    }

    // The provider's API, which the store's gateway calls

    /**
     * A merchant asks to bind an account. The answer arrives as a real provider's would over the network: at
     * once, late ({@link Fault#SLOW}) or never ({@link Fault#TIMEOUT}), so the caller must wait with a timeout.
     */
    public CompletableFuture<ProviderAnswer> requestAuthorization(WalletProvider provider,
                                                                  WalletAccountIdentifier account,
                                                                  String merchantState, URI returnUrl) {
        Optional<Fault> fault = faultFor(provider, account);
        if (fault.isEmpty()) {
            return CompletableFuture.completedFuture(answerAuthorization(provider, account, merchantState, returnUrl));
        }
        return switch (fault.get()) {
            case PROVIDER_DOWN -> CompletableFuture.completedFuture(new ProviderAnswer.ServiceUnavailable());
            case ACCOUNT_NOT_FOUND -> CompletableFuture.completedFuture(new ProviderAnswer.NoSuchAccount());
            case TIMEOUT -> new CompletableFuture<>();
            case SLOW -> new CompletableFuture<ProviderAnswer>().completeOnTimeout(
                    answerAuthorization(provider, account, merchantState, returnUrl),
                    timings.slowAnswer().toMillis(), TimeUnit.MILLISECONDS);
        };
    }

    private ProviderAnswer answerAuthorization(WalletProvider provider, WalletAccountIdentifier account,
                                               String merchantState, URI returnUrl) {
        if (store.findAccount(provider, account).isEmpty()) {
            return new ProviderAnswer.NoSuchAccount();
        }
        String requestId = SimulatorTokens.next();
        store.addAuthorizationRequest(new AuthorizationRequestRecord(requestId, provider, account, merchantState,
                returnUrl, clock.instant(), AuthorizationRequestRecord.Outcome.PENDING));
        return new ProviderAnswer.AuthorizationPage(MockWalletPaths.authorizationPage(provider, requestId));
    }

    // The wallet app, where the customer decides

    public Optional<AuthorizationRequestRecord> authorizationRequest(WalletProvider provider, String requestId) {
        return store.findAuthorizationRequest(requestId).filter(request -> request.provider() == provider);
    }

    /**
     * The customer approves in the wallet app, confirming with the account's payment password. The right one
     * grants an agreement and sends the browser back to the store; a wrong one counts towards the password's
     * lock, the same lock that payments are subject to, and approves nothing.
     */
    public Approval approve(WalletProvider provider, String requestId, String paymentPassword) {
        Objects.requireNonNull(paymentPassword, "paymentPassword");
        Optional<AuthorizationRequestRecord> request = authorizationRequest(provider, requestId)
                .filter(AuthorizationRequestRecord::isPending);
        Optional<WalletAccount> holder = request.flatMap(pending -> store.findAccount(provider, pending.account()));
        if (holder.isEmpty()) {
            return new Approval.NotFound();
        }
        Instant now = clock.instant();
        WalletAccount account = holder.get();
        if (account.isPasswordLockedAt(now)) {
            return new Approval.Locked(account.lockedUntil());
        }
        boolean right = account.paymentPassword().matches(paymentPassword);
        WalletAccount after = right ? account.afterRightPassword(now) : account.afterWrongPassword(now);
        if (!after.equals(account) && !store.updatePasswordState(account, after)) {
            // Another attempt on the same account changed its count first: check again against that one.
            return approve(provider, requestId, paymentPassword);
        }
        if (!right) {
            return after.isPasswordLockedAt(now) ? new Approval.Locked(after.lockedUntil())
                    : new Approval.WrongPassword(after.passwordAttemptsLeftAt(now));
        }
        return grantAgreement(provider, request.get());
    }

    private Approval grantAgreement(WalletProvider provider, AuthorizationRequestRecord request) {
        Agreement agreement = Agreement.signed(SimulatorTokens.next(), provider, request.account(), clock.instant());
        if (!store.approve(request.id(), agreement)) {
            return new Approval.NotFound();
        }
        return new Approval.Approved(FormEncoding.appendToQuery(request.returnUrl(),
                messages.authorizationApproved(provider, request.merchantState(), agreement.token())));
    }

    /**
     * The customer rejects, which needs no password: saying no grants nothing.
     *
     * @return the store's return URL with the signed rejection, or empty if the request is unknown or answered
     */
    public Optional<URI> reject(WalletProvider provider, String requestId) {
        return authorizationRequest(provider, requestId).filter(AuthorizationRequestRecord::isPending)
                .filter(request -> store.reject(requestId))
                .map(request -> FormEncoding.appendToQuery(request.returnUrl(),
                        messages.authorizationRejected(provider, request.merchantState())));
    }

    /** The account's agreements with the store, active and cancelled, oldest first. */
    public List<Agreement> agreementsOf(WalletProvider provider, WalletAccountIdentifier account) {
        return store.agreementsOf(provider, account).stream()
                .sorted(Comparator.comparing(Agreement::signedAt))
                .toList();
    }

    /**
     * The customer unbinds inside the wallet app: the agreement ends at once, and the provider tells the store
     * with a signed notification. False, and no notification, if the agreement was not active.
     */
    public boolean cancelAgreementInApp(WalletProvider provider, String agreementToken) {
        if (!store.cancelAgreement(provider, agreementToken, clock.instant())) {
            return false;
        }
        notifications.deliver(provider, MessageType.AGREEMENT_CANCELLED,
                () -> messages.agreementCancelled(provider, agreementToken));
        return true;
    }

    // Faults

    public void injectFault(WalletProvider provider, Fault fault) {
        store.putFault(FaultTarget.wholeProvider(provider), fault);
    }

    public void injectFault(WalletProvider provider, WalletAccountIdentifier account, Fault fault) {
        store.putFault(FaultTarget.account(provider, account), fault);
    }

    /** Ends the fault of the whole provider; faults of single accounts stay. */
    public void removeFault(WalletProvider provider) {
        store.removeFault(FaultTarget.wholeProvider(provider));
    }

    public Map<FaultTarget, Fault> faults() {
        return store.faults();
    }

    public void clearFaults() {
        store.clearFaults();
    }

    /** An account's own fault overrides its provider's, as the more specific setting. */
    private Optional<Fault> faultFor(WalletProvider provider, WalletAccountIdentifier account) {
        return store.faultAt(FaultTarget.account(provider, account))
                .or(() -> store.faultAt(FaultTarget.wholeProvider(provider)));
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

    /** Stops retrying notifications. */
    @Override
    public void close() {
        notifications.close();
    }
}
