package org.hexmall.adapter.out.wallet.mock;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SIMULATED wallet providers, as a plain Java API. The store's gateway asks it for authorizations, payments,
 * queries, closes and refunds; the simulated wallet apps' pages approve (with the payment password), reject,
 * cancel and pay through it as the customer would; the demo data, the demo control page and the tests open
 * accounts, inject faults and watch payments and notifications with it.
 */
public final class WalletSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WalletSimulator.class);

    /** How many times {@link Fault#DUPLICATE_NOTIFICATIONS} delivers each notification. */
    static final int DUPLICATE_DELIVERIES = 3;

    /** How late {@link Fault#DELAYED_NOTIFICATIONS} sends a notification for a provider that never retries. */
    public static final Duration NOTIFICATION_DELAY_WITHOUT_RETRIES = Duration.ofSeconds(5);

    private static final Comparator<WalletAccount> BY_PROVIDER_AND_IDENTIFIER = Comparator
            .comparing(WalletAccount::provider)
            .thenComparing(account -> account.identifier().value());

    private final SimulatorStore store;
    private final SignedMessageWriter messages;
    private final NotificationDelivery notifications;
    private final SimulatorTimings timings;
    private final Clock clock;
    /** Runs the payments confirmed automatically, each on a thread of its own, as customers pay at the same time. */
    private final ExecutorService automaticConfirmations = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("mock-wallet-auto-confirm-", 0).factory());
    private volatile boolean autoConfirming;

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
            case DUPLICATE_NOTIFICATIONS, DELAYED_NOTIFICATIONS ->
                    CompletableFuture.completedFuture(answerAuthorization(provider, account, merchantState, returnUrl));
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
        WalletAccount after = right ? account.afterRightPassword(now)
                : account.afterWrongPassword(now, timings.passwordLock(provider));
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
        Optional<WalletAccountIdentifier> account =
                store.findAgreement(provider, agreementToken).map(Agreement::account);
        notify(provider, account, MessageType.AGREEMENT_CANCELLED,
                () -> messages.agreementCancelled(provider, agreementToken));
        return true;
    }

    // Payments: the provider's API, which the store's gateway calls

    /**
     * A merchant asks for a payment under a binding's agreement; the customer pays it on the pay page the
     * answer names. One payment per {@code merchantPayment}: asking again answers the same page and creates
     * nothing, even if the amount or order number differ (the first request stands). Answers like
     * {@link #requestAuthorization}: at once, late ({@link Fault#SLOW}), or never ({@link Fault#TIMEOUT}, when the
     * payment is created all the same); {@link Fault#PROVIDER_DOWN} creates nothing.
     *
     * @param amountFen what the customer pays, in fen
     */
    public CompletableFuture<PaymentAnswer> createPayment(WalletProvider provider, String agreementToken,
                                                          PaymentId merchantPayment, String orderNumber,
                                                          long amountFen, URI returnUrl) {
        Optional<Agreement> agreement = store.findAgreement(provider, agreementToken);
        Optional<Fault> fault = faultFor(provider, agreement.map(Agreement::account));
        if (fault.isPresent() && fault.get() == Fault.ACCOUNT_NOT_FOUND) {
            return CompletableFuture.completedFuture(new PaymentAnswer.AgreementNotValid());
        }
        CompletableFuture<PaymentAnswer> answer = answer(fault,
                () -> answerPayment(agreement, merchantPayment, orderNumber, amountFen, returnUrl),
                PaymentAnswer.ServiceUnavailable::new);
        if (autoConfirming) {
            // Once the answer is given, as a customer can only type the password on the pay page it names.
            answer.thenAcceptAsync(given -> {
                if (given instanceof PaymentAnswer.PayPage) {
                    confirmAsItsCustomer(provider, merchantPayment);
                }
            }, automaticConfirmations).exceptionally(failed -> {
                LOG.warn("Simulated {} could not confirm payment {} automatically", provider, merchantPayment, failed);
                return null;
            });
        }
        return answer;
    }

    private PaymentAnswer answerPayment(Optional<Agreement> agreement, PaymentId merchantPayment, String orderNumber,
                                        long amountFen, URI returnUrl) {
        if (agreement.isEmpty() || !agreement.get().isActive()) {
            return new PaymentAnswer.AgreementNotValid();
        }
        SimulatedPayment payment = store.addPaymentIfAbsent(SimulatedPayment.open(SimulatorTokens.next(),
                agreement.get(), merchantPayment, orderNumber, amountFen, returnUrl, clock.instant()));
        return new PaymentAnswer.PayPage(MockWalletPaths.payPage(payment.provider(), payment.id()));
    }

    /** A merchant asks what became of a payment. Faults as for {@link #createPayment}. */
    public CompletableFuture<PaymentStatusAnswer> queryPayment(WalletProvider provider, PaymentId merchantPayment) {
        Optional<SimulatedPayment> payment = store.findPayment(provider, merchantPayment);
        return answer(faultFor(provider, payment.map(SimulatedPayment::account)), () -> statusOf(payment),
                PaymentStatusAnswer.ServiceUnavailable::new);
    }

    /**
     * A merchant closes a payment so that it can never be paid, and learns what it is now: closed, or paid if
     * the customer was quicker. A payment that has ended stays as it ended. Faults as for
     * {@link #createPayment}; with {@link Fault#TIMEOUT} the payment is closed, but no answer comes.
     */
    public CompletableFuture<PaymentStatusAnswer> closePayment(WalletProvider provider, PaymentId merchantPayment) {
        Optional<SimulatedPayment> payment = store.findPayment(provider, merchantPayment);
        return answer(faultFor(provider, payment.map(SimulatedPayment::account)), () -> {
            payment.filter(SimulatedPayment::isOpen)
                    .ifPresent(open -> store.endWithoutCharge(open.closed(clock.instant())));
            return statusOf(payment.flatMap(asRead -> store.findPayment(asRead.id())));
        }, PaymentStatusAnswer.ServiceUnavailable::new);
    }

    private static PaymentStatusAnswer statusOf(Optional<SimulatedPayment> payment) {
        return payment.<PaymentStatusAnswer>map(PaymentStatusAnswer.Found::new)
                .orElseGet(PaymentStatusAnswer.NoSuchPayment::new);
    }

    /**
     * A merchant gives back part or all of a paid payment; the money goes back to the account's balance. Each
     * refund number refunds once: asking again answers the first refund and moves no more money, and a number
     * used for another payment or amount is refused. Faults as for {@link #createPayment}; with
     * {@link Fault#TIMEOUT} the money moves, but no answer comes.
     */
    public CompletableFuture<RefundAnswer> refund(WalletProvider provider, PaymentId merchantPayment,
                                                  String refundNumber, long amountFen) {
        Optional<SimulatedPayment> payment = store.findPayment(provider, merchantPayment);
        return answer(faultFor(provider, payment.map(SimulatedPayment::account)),
                () -> answerRefund(provider, payment, refundNumber, amountFen), RefundAnswer.ServiceUnavailable::new);
    }

    private RefundAnswer answerRefund(WalletProvider provider, Optional<SimulatedPayment> payment, String refundNumber,
                                      long amountFen) {
        if (payment.isEmpty()) {
            return new RefundAnswer.Refused("no such payment");
        }
        if (refundNumber.isBlank() || refundNumber.length() > SimulatedRefund.MAX_REFUND_NUMBER_LENGTH) {
            return new RefundAnswer.Refused("a refund number has 1 to " + SimulatedRefund.MAX_REFUND_NUMBER_LENGTH
                    + " characters");
        }
        if (amountFen <= 0) {
            return new RefundAnswer.Refused("a refund gives back at least one fen");
        }
        Instant now = clock.instant();
        var asked = new SimulatedRefund(provider, refundNumber, SimulatorTokens.reference(now), payment.get().id(),
                amountFen, now);
        Optional<SimulatedRefund> kept = store.refund(asked);
        if (kept.isEmpty()) {
            SimulatedPayment current = store.findPayment(payment.get().id()).orElseThrow();
            return new RefundAnswer.Refused(current.status() != SimulatedPayment.Status.PAID ? "the payment is not paid"
                    : "more than is left to refund: " + Money.ofFen(current.refundableFen()) + " left");
        }
        if (!kept.get().paymentId().equals(asked.paymentId()) || kept.get().amountFen() != amountFen) {
            return new RefundAnswer.Refused("the refund number was used for another refund");
        }
        return new RefundAnswer.Refunded(kept.get());
    }

    /**
     * How a provider answers a request, given its fault: the work is done in every case but
     * {@link Fault#PROVIDER_DOWN}, and its answer comes at once, late, or never.
     */
    private <A> CompletableFuture<A> answer(Optional<Fault> fault, Supplier<A> work, Supplier<A> unavailable) {
        if (fault.isEmpty()) {
            return CompletableFuture.completedFuture(work.get());
        }
        return switch (fault.get()) {
            case PROVIDER_DOWN -> CompletableFuture.completedFuture(unavailable.get());
            case TIMEOUT -> {
                work.get();
                yield new CompletableFuture<>();
            }
            case SLOW -> new CompletableFuture<A>().completeOnTimeout(work.get(), timings.slowAnswer().toMillis(),
                    TimeUnit.MILLISECONDS);
            case ACCOUNT_NOT_FOUND, DUPLICATE_NOTIFICATIONS, DELAYED_NOTIFICATIONS ->
                    CompletableFuture.completedFuture(work.get());
        };
    }

    // Payments: the wallet app's pay page, where the customer pays

    /** The payment on a pay page, by the provider's own id in the page's address. */
    public Optional<SimulatedPayment> paymentOnPage(WalletProvider provider, String paymentPageId) {
        return store.findPayment(paymentPageId).filter(payment -> payment.provider() == provider);
    }

    /** The payment the store asked for with that id, whatever became of it. */
    public Optional<SimulatedPayment> payment(WalletProvider provider, PaymentId merchantPayment) {
        return store.findPayment(provider, merchantPayment);
    }

    /** Every payment of every provider, newest first: a test counts them to see that a payment was created once. */
    public List<SimulatedPayment> payments() {
        return store.latestPayments(Integer.MAX_VALUE);
    }

    /** The newest payments, newest first, at most {@code limit}. */
    public List<SimulatedPayment> latestPayments(int limit) {
        return store.latestPayments(limit);
    }

    /** A payment's refunds, oldest first; none for an unknown payment. */
    public List<SimulatedRefund> refundsOf(WalletProvider provider, PaymentId merchantPayment) {
        return store.findPayment(provider, merchantPayment).map(payment -> store.refundsOf(payment.id()))
                .orElse(List.of());
    }

    /**
     * The customer pays on the pay page with the account's payment password. A wrong one counts towards the
     * password's lock (the same lock as approvals) and for the payment; the right one charges the balance
     * once, however often it is submitted, and the provider both sends the browser back with the signed
     * success and notifies the store. A balance too low ends the payment unpaid. A payment that has ended
     * already sends the browser back with its result.
     */
    public PayAttempt pay(WalletProvider provider, String paymentPageId, String paymentPassword) {
        Objects.requireNonNull(paymentPassword, "paymentPassword");
        Optional<SimulatedPayment> found = paymentOnPage(provider, paymentPageId);
        if (found.isEmpty()) {
            return new PayAttempt.NotFound();
        }
        SimulatedPayment payment = found.get();
        if (!payment.isOpen()) {
            return backWithResult(payment);
        }
        Instant now = clock.instant();
        WalletAccount account = store.findAccount(provider, payment.account()).orElseThrow();
        if (account.isPasswordLockedAt(now)) {
            return new PayAttempt.Locked(account.lockedUntil());
        }
        boolean right = account.paymentPassword().matches(paymentPassword);
        WalletAccount after = right ? account.afterRightPassword(now)
                : account.afterWrongPassword(now, timings.passwordLock(provider));
        if (!after.equals(account) && !store.updatePasswordState(account, after)) {
            // Another attempt on the same account changed its count first: check again against that one.
            return pay(provider, paymentPageId, paymentPassword);
        }
        if (!right) {
            store.countWrongPassword(payment.id());
            return after.isPasswordLockedAt(now) ? new PayAttempt.Locked(after.lockedUntil())
                    : new PayAttempt.WrongPassword(after.passwordAttemptsLeftAt(now));
        }
        return charge(payment, now);
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
        autoConfirming = on;
    }

    /** Whether {@link #confirmPaymentsAutomatically(boolean)} is on. */
    public boolean confirmsPaymentsAutomatically() {
        return autoConfirming;
    }

    /** What {@link #pay} does with the right payment password, for a payment nobody has to type it for. */
    private void confirmAsItsCustomer(WalletProvider provider, PaymentId merchantPayment) {
        Optional<SimulatedPayment> open = store.findPayment(provider, merchantPayment).filter(SimulatedPayment::isOpen);
        if (open.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        WalletAccount account = store.findAccount(provider, open.get().account()).orElseThrow();
        if (account.isPasswordLockedAt(now)) {
            return;
        }
        WalletAccount after = account.afterRightPassword(now);
        if (!after.equals(account) && !store.updatePasswordState(account, after)) {
            // Another attempt on the same account changed its count first: check again against that one.
            confirmAsItsCustomer(provider, merchantPayment);
            return;
        }
        charge(open.get(), now);
    }

    private PayAttempt charge(SimulatedPayment payment, Instant now) {
        SimulatedPayment paid = payment.paid(SimulatorTokens.reference(now), now);
        switch (store.debit(paid)) {
            case DONE -> {
                SimulatedPayment asPaid = store.findPayment(payment.id()).orElseThrow();
                notify(asPaid.provider(), Optional.of(asPaid.account()), MessageType.PAYMENT_SUCCEEDED,
                        () -> messages.paymentResult(asPaid));
            }
            case INSUFFICIENT_BALANCE -> store.endWithoutCharge(
                    payment.failed(PaymentFailureReason.INSUFFICIENT_BALANCE, null, null, now));
            case NOT_OPEN -> {
                // Paid, or ended otherwise, by a submit or a close that came first: its result stands.
            }
        }
        return backWithResult(store.findPayment(payment.id()).orElseThrow());
    }

    /**
     * The customer taps "Back to hexmall" on the pay page. An open payment ends then: unpaid because the
     * password is locked, or after wrong passwords (with the attempts left), or else cancelled. The browser
     * goes back with the payment's signed result; empty if there is no such payment.
     */
    public Optional<URI> leavePayment(WalletProvider provider, String paymentPageId) {
        Optional<SimulatedPayment> found = paymentOnPage(provider, paymentPageId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SimulatedPayment payment = found.get();
        if (payment.isOpen()) {
            store.endWithoutCharge(endingOnLeaving(payment));
        }
        SimulatedPayment ended = store.findPayment(payment.id()).orElseThrow();
        return Optional.of(FormEncoding.appendToQuery(ended.returnUrl(), messages.paymentResult(ended)));
    }

    private SimulatedPayment endingOnLeaving(SimulatedPayment payment) {
        Instant now = clock.instant();
        WalletAccount account = store.findAccount(payment.provider(), payment.account()).orElseThrow();
        if (account.isPasswordLockedAt(now)) {
            return payment.failed(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, null, account.lockedUntil(), now);
        }
        if (payment.wrongPasswords() > 0) {
            return payment.failed(PaymentFailureReason.WRONG_PAYMENT_PASSWORD, account.passwordAttemptsLeftAt(now),
                    null, now);
        }
        return payment.cancelled(now);
    }

    private PayAttempt backWithResult(SimulatedPayment ended) {
        URI back = FormEncoding.appendToQuery(ended.returnUrl(), messages.paymentResult(ended));
        return ended.status() == SimulatedPayment.Status.PAID ? new PayAttempt.Paid(back)
                : new PayAttempt.NotPaid(back);
    }

    /** Until when the payment password of the payment's account is locked; empty when it is not locked now. */
    public Optional<Instant> passwordLockedUntil(SimulatedPayment payment) {
        return passwordLockedUntil(payment.provider(), payment.account());
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
        return faultFor(provider, Optional.of(account));
    }

    /** The provider's fault alone when the request names no account the provider knows. */
    private Optional<Fault> faultFor(WalletProvider provider, Optional<WalletAccountIdentifier> account) {
        return account.flatMap(known -> store.faultAt(FaultTarget.account(provider, known)))
                .or(() -> store.faultAt(FaultTarget.wholeProvider(provider)));
    }

    /**
     * Delivers a notification: three copies of it under {@link Fault#DUPLICATE_NOTIFICATIONS}, late under
     * {@link Fault#DELAYED_NOTIFICATIONS}.
     */
    private void notify(WalletProvider provider, Optional<WalletAccountIdentifier> account, MessageType type,
                        Supplier<Map<String, String>> signedMessage) {
        Optional<Fault> fault = faultFor(provider, account);
        if (fault.filter(Fault.DELAYED_NOTIFICATIONS::equals).isPresent()) {
            notifications.deliverLater(provider, type, signedMessage, timings.notificationRetries(provider).stream()
                    .findFirst().orElse(NOTIFICATION_DELAY_WITHOUT_RETRIES));
            return;
        }
        boolean duplicated = fault.filter(Fault.DUPLICATE_NOTIFICATIONS::equals).isPresent();
        for (int copy = 0; copy < (duplicated ? DUPLICATE_DELIVERIES : 1); copy++) {
            notifications.deliver(provider, type, signedMessage);
        }
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
        automaticConfirmations.shutdownNow();
        notifications.close();
    }
}
