package org.hexmall.adapter.out.wallet.mock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/** The simulated providers' records in maps. One lock for all: a simulator's traffic is tiny. */
final class InMemorySimulatorStore implements SimulatorStore {

    private record AccountKey(WalletProvider provider, WalletAccountIdentifier identifier) {
    }

    private record AgreementKey(WalletProvider provider, String token) {
    }

    private final Map<AccountKey, WalletAccount> accounts = new LinkedHashMap<>();
    private final Map<String, AuthorizationRequestRecord> requests = new HashMap<>();
    private final Map<AgreementKey, Agreement> agreements = new LinkedHashMap<>();
    private final Map<FaultTarget, Fault> faults = new HashMap<>();
    private final List<NotificationAttempt> notificationAttempts = new ArrayList<>();

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
    public synchronized void addNotificationAttempt(NotificationAttempt attempt) {
        notificationAttempts.add(attempt);
    }

    @Override
    public synchronized List<NotificationAttempt> notificationAttempts() {
        return List.copyOf(notificationAttempts);
    }
}
