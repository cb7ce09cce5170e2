package org.hexmall.adapter.out.wallet.mock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/** The simulated providers' records in maps. One lock for all: a simulator's traffic is tiny. */
final class InMemorySimulatorStore implements SimulatorStore {

    private record AccountKey(WalletProvider provider, WalletAccountIdentifier identifier) {
    }

    private record AgreementKey(WalletProvider provider, String token) {
    }

    private record MerchantPaymentKey(WalletProvider provider, PaymentId payment) {
    }

    private record RefundKey(WalletProvider provider, String refundNumber) {
    }

    private final Map<AccountKey, WalletAccount> accounts = new LinkedHashMap<>();
    private final Map<String, AuthorizationRequestRecord> requests = new HashMap<>();
    private final Map<AgreementKey, Agreement> agreements = new LinkedHashMap<>();
    private final Map<FaultTarget, Fault> faults = new HashMap<>();
    private final List<NotificationAttempt> notificationAttempts = new ArrayList<>();
    /** In the order they were created. */
    private final Map<String, SimulatedPayment> payments = new LinkedHashMap<>();
    private final Map<MerchantPaymentKey, String> paymentIds = new HashMap<>();
    /** In the order they were made. */
    private final Map<RefundKey, SimulatedRefund> refunds = new LinkedHashMap<>();

    @Override
    public synchronized boolean addAccountIfAbsent(WalletAccount account) {
        return accounts.putIfAbsent(new AccountKey(account.provider(), account.identifier()), account) == null;
    }

    @Override
    public synchronized Optional<WalletAccount> findAccount(WalletProvider provider, WalletAccountIdentifier identifier) {
        return Optional.ofNullable(accounts.get(new AccountKey(provider, identifier)));
    }

    @Override
    public synchronized List<WalletAccount> accounts() {
        return List.copyOf(accounts.values());
    }

    @Override
    public synchronized boolean updatePasswordState(WalletAccount asRead, WalletAccount updated) {
        AccountKey key = new AccountKey(asRead.provider(), asRead.identifier());
        WalletAccount stored = accounts.get(key);
        if (stored == null || stored.failedPasswordAttempts() != asRead.failedPasswordAttempts()
                || !Objects.equals(stored.lockedUntil(), asRead.lockedUntil())) {
            return false;
        }
        accounts.put(key, new WalletAccount(stored.provider(), stored.identifier(), stored.holderName(),
                stored.balanceFen(), stored.paymentPassword(), updated.failedPasswordAttempts(),
                updated.lockedUntil()));
        return true;
    }

    @Override
    public synchronized void addAuthorizationRequest(AuthorizationRequestRecord request) {
        if (requests.putIfAbsent(request.id(), request) != null) {
            throw new IllegalStateException("an authorization request with this id exists");
        }
    }

    @Override
    public synchronized Optional<AuthorizationRequestRecord> findAuthorizationRequest(String id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public synchronized boolean approve(String requestId, Agreement agreement) {
        if (!answer(requestId, AuthorizationRequestRecord.Outcome.APPROVED)) {
            return false;
        }
        agreements.put(new AgreementKey(agreement.provider(), agreement.token()), agreement);
        return true;
    }

    @Override
    public synchronized boolean reject(String requestId) {
        return answer(requestId, AuthorizationRequestRecord.Outcome.REJECTED);
    }

    private boolean answer(String requestId, AuthorizationRequestRecord.Outcome outcome) {
        AuthorizationRequestRecord request = requests.get(requestId);
        if (request == null || !request.isPending()) {
            return false;
        }
        requests.put(requestId, new AuthorizationRequestRecord(request.id(), request.provider(), request.account(),
                request.merchantState(), request.returnUrl(), request.createdAt(), outcome));
        return true;
    }

    @Override
    public synchronized Optional<Agreement> findAgreement(WalletProvider provider, String token) {
        return Optional.ofNullable(agreements.get(new AgreementKey(provider, token)));
    }

    @Override
    public synchronized List<Agreement> agreementsOf(WalletProvider provider, WalletAccountIdentifier account) {
        return agreements.values().stream()
                .filter(agreement -> agreement.provider() == provider && agreement.account().equals(account))
                .toList();
    }

    @Override
    public synchronized boolean cancelAgreement(WalletProvider provider, String token, Instant cancelledAt) {
        AgreementKey key = new AgreementKey(provider, token);
        Agreement agreement = agreements.get(key);
        if (agreement == null || !agreement.isActive()) {
            return false;
        }
        agreements.put(key, new Agreement(agreement.token(), provider, agreement.account(),
                Agreement.Status.CANCELLED, agreement.signedAt(), cancelledAt));
        return true;
    }

    @Override
    public synchronized void putFault(FaultTarget target, Fault fault) {
        faults.put(target, fault);
    }

    @Override
    public synchronized void removeFault(FaultTarget target) {
        faults.remove(target);
    }

    @Override
    public synchronized Optional<Fault> faultAt(FaultTarget target) {
        return Optional.ofNullable(faults.get(target));
    }

    @Override
    public synchronized Map<FaultTarget, Fault> faults() {
        return Map.copyOf(faults);
    }

    @Override
    public synchronized void clearFaults() {
        faults.clear();
    }

    @Override
    public synchronized SimulatedPayment addPaymentIfAbsent(SimulatedPayment payment) {
        var key = new MerchantPaymentKey(payment.provider(), payment.merchantPayment());
        String existing = paymentIds.get(key);
        if (existing != null) {
            return payments.get(existing);
        }
        if (payments.putIfAbsent(payment.id(), payment) != null) {
            throw new IllegalStateException("a payment with this id exists");
        }
        paymentIds.put(key, payment.id());
        return payment;
    }

    @Override
    public synchronized Optional<SimulatedPayment> findPayment(String id) {
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public synchronized Optional<SimulatedPayment> findPayment(WalletProvider provider, PaymentId merchantPayment) {
        return Optional.ofNullable(paymentIds.get(new MerchantPaymentKey(provider, merchantPayment)))
                .map(payments::get);
    }

    @Override
    public synchronized List<SimulatedPayment> latestPayments(int limit) {
        return payments.values().stream().toList().reversed().stream().limit(limit).toList();
    }

    @Override
    public synchronized boolean countWrongPassword(String paymentId) {
        SimulatedPayment payment = payments.get(paymentId);
        if (payment == null || !payment.isOpen()) {
            return false;
        }
        payments.put(paymentId, withWrongPasswords(payment, payment.wrongPasswords() + 1));
        return true;
    }

    private static SimulatedPayment withWrongPasswords(SimulatedPayment payment, int wrongPasswords) {
        return new SimulatedPayment(payment.id(), payment.provider(), payment.merchantPayment(),
                payment.agreementToken(), payment.account(), payment.orderNumber(), payment.amountFen(),
                payment.returnUrl(), payment.createdAt(), payment.status(), wrongPasswords, payment.transaction(),
                payment.failureReason(), payment.attemptsLeft(), payment.passwordLockedUntil(), payment.endedAt(),
                payment.refundedFen());
    }

    @Override
    public synchronized Debit debit(SimulatedPayment paid) {
        SimulatedPayment stored = payments.get(paid.id());
        if (stored == null || !stored.isOpen()) {
            return Debit.NOT_OPEN;
        }
        AccountKey accountKey = new AccountKey(stored.provider(), stored.account());
        WalletAccount account = accounts.get(accountKey);
        if (account == null || account.balanceFen() < stored.amountFen()) {
            return Debit.INSUFFICIENT_BALANCE;
        }
        accounts.put(accountKey, withBalance(account, account.balanceFen() - stored.amountFen()));
        payments.put(paid.id(), withWrongPasswords(paid, stored.wrongPasswords()));
        return Debit.DONE;
    }

    @Override
    public synchronized boolean endWithoutCharge(SimulatedPayment ended) {
        SimulatedPayment stored = payments.get(ended.id());
        if (stored == null || !stored.isOpen() || ended.status() == SimulatedPayment.Status.PAID) {
            return false;
        }
        payments.put(ended.id(), withWrongPasswords(ended, stored.wrongPasswords()));
        return true;
    }

    @Override
    public synchronized Optional<SimulatedRefund> refund(SimulatedRefund refund) {
        RefundKey key = new RefundKey(refund.provider(), refund.refundNumber());
        SimulatedRefund earlier = refunds.get(key);
        if (earlier != null) {
            return Optional.of(earlier);
        }
        SimulatedPayment payment = payments.get(refund.paymentId());
        if (payment == null || payment.refundableFen() < refund.amountFen()) {
            return Optional.empty();
        }
        AccountKey accountKey = new AccountKey(payment.provider(), payment.account());
        WalletAccount account = accounts.get(accountKey);
        accounts.put(accountKey, withBalance(account, Math.addExact(account.balanceFen(), refund.amountFen())));
        payments.put(payment.id(), new SimulatedPayment(payment.id(), payment.provider(), payment.merchantPayment(),
                payment.agreementToken(), payment.account(), payment.orderNumber(), payment.amountFen(),
                payment.returnUrl(), payment.createdAt(), payment.status(), payment.wrongPasswords(),
                payment.transaction(), payment.failureReason(), payment.attemptsLeft(), payment.passwordLockedUntil(),
                payment.endedAt(), payment.refundedFen() + refund.amountFen()));
        refunds.put(key, refund);
        return Optional.of(refund);
    }

    @Override
    public synchronized List<SimulatedRefund> refundsOf(String paymentId) {
        return refunds.values().stream().filter(refund -> refund.paymentId().equals(paymentId)).toList();
    }

    private static WalletAccount withBalance(WalletAccount account, long balanceFen) {
        return new WalletAccount(account.provider(), account.identifier(), account.holderName(), balanceFen,
                account.paymentPassword(), account.failedPasswordAttempts(), account.lockedUntil());
    }

    @Override
    public synchronized void addNotificationAttempt(NotificationAttempt attempt) {
        notificationAttempts.add(attempt);
    }

    @Override
    public synchronized List<NotificationAttempt> notificationAttempts() {
        return List.copyOf(notificationAttempts);
    }
}
