package org.hexmall.simulator.wallet.storage.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.agreement.AgreementRecords;
import org.hexmall.simulator.wallet.agreement.AuthorizationRequestRecord;

/** The simulated providers' authorization requests and agreements in maps, under one lock. */
public final class InMemoryAgreementRecords implements AgreementRecords {

    private record Key(WalletProvider provider, String token) {
    }

    private final Map<String, AuthorizationRequestRecord> requests = new HashMap<>();
    private final Map<Key, Agreement> agreements = new LinkedHashMap<>();

    @Override
    public synchronized void addRequest(AuthorizationRequestRecord request) {
        if (requests.putIfAbsent(request.id(), request) != null) {
            throw new IllegalStateException("an authorization request with this id exists");
        }
    }

    @Override
    public synchronized Optional<AuthorizationRequestRecord> findRequest(String id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public synchronized boolean approve(String requestId, Agreement agreement) {
        if (!answer(requestId, AuthorizationRequestRecord.Outcome.APPROVED)) {
            return false;
        }
        agreements.put(new Key(agreement.provider(), agreement.token()), agreement);
        return true;
    }

    @Override
    public synchronized boolean confirm(String requestId) {
        return answer(requestId, AuthorizationRequestRecord.Outcome.APPROVED);
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
    public synchronized Optional<Agreement> find(WalletProvider provider, String token) {
        return Optional.ofNullable(agreements.get(new Key(provider, token)));
    }

    @Override
    public synchronized List<Agreement> of(WalletProvider provider, WalletAccountIdentifier account) {
        return agreements.values().stream()
                .filter(agreement -> agreement.provider() == provider && agreement.account().equals(account))
                .toList();
    }

    @Override
    public synchronized boolean cancel(WalletProvider provider, String token, Instant cancelledAt) {
        Key key = new Key(provider, token);
        Agreement agreement = agreements.get(key);
        if (agreement == null || !agreement.isActive()) {
            return false;
        }
        agreements.put(key, new Agreement(agreement.token(), provider, agreement.account(),
                Agreement.Status.CANCELLED, agreement.signedAt(), cancelledAt));
        return true;
    }
}
