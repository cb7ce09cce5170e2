package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.application.port.out.persistence.RefundCases;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.refund.RefundCase;
import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.refund.RefundCaseStatus;

/** Refund cases in memory; each is copied in and out, so a caller's changes count only once stored. */
public final class InMemoryRefundCases implements RefundCases {

    private final StoreLock lock;
    private final Map<RefundCaseId, RefundCase> cases = new LinkedHashMap<>();

    InMemoryRefundCases(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(RefundCase refundCase) {
        lock.run(() -> {
            if (cases.containsKey(refundCase.id())) {
                throw new DuplicateKeyException("refund case " + refundCase.id() + " exists");
            }
            cases.put(refundCase.id(), copy(refundCase));
        });
    }

    @Override
    public void update(RefundCase refundCase) {
        lock.run(() -> {
            if (!cases.containsKey(refundCase.id())) {
                throw new IllegalStateException("refund case " + refundCase.id() + " was never stored");
            }
            cases.put(refundCase.id(), copy(refundCase));
        });
    }

    @Override
    public Optional<RefundCase> findById(RefundCaseId id) {
        return lock.call(() -> Optional.ofNullable(cases.get(id)).map(InMemoryRefundCases::copy));
    }

    @Override
    public Optional<RefundCase> lockById(RefundCaseId id) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("a refund case is locked only inside a transaction");
        }
        return findById(id);
    }

    @Override
    public List<RefundCase> ofOrder(OrderId orderId) {
        return ofOrders(List.of(orderId));
    }

    @Override
    public List<RefundCase> ofOrders(Collection<OrderId> orderIds) {
        Set<OrderId> wanted = Set.copyOf(orderIds);
        return lock.call(() -> cases.values().stream()
                .filter(refundCase -> wanted.contains(refundCase.orderId()))
                .sorted(Comparator.comparing(RefundCase::requestedAt))
                .map(InMemoryRefundCases::copy)
                .toList());
    }

    @Override
    public List<RefundCase> withStatus(RefundCaseStatus status, int limit) {
        return lock.call(() -> cases.values().stream()
                .filter(refundCase -> refundCase.status() == status)
                .sorted(Comparator.comparing(RefundCase::requestedAt))
                .limit(limit)
                .map(InMemoryRefundCases::copy)
                .toList());
    }

    @Override
    public List<RefundCase> withStatusSince(RefundCaseStatus status, Instant cutoff, int limit) {
        return lock.call(() -> cases.values().stream()
                .filter(refundCase -> refundCase.status() == status)
                .filter(refundCase -> !refundCase.changedAt().isAfter(cutoff))
                .sorted(Comparator.comparing(RefundCase::changedAt))
                .limit(limit)
                .map(InMemoryRefundCases::copy)
                .toList());
    }

    private static RefundCase copy(RefundCase source) {
        return RefundCase.reconstitute(source.id(), source.orderId(), source.orderNumber(), source.paymentId(),
                source.customerId(), source.origin(), source.category(), source.note(), source.requestedAt(),
                source.lines(), source.amount(), source.effects(), source.status(), source.requester(),
                source.decidedBy(), source.decision(), source.changedAt(), source.awaitingConfirmationFrom());
    }

    RestorePoint restorePoint() {
        Map<RefundCaseId, RefundCase> saved = new LinkedHashMap<>(cases);
        return () -> {
            cases.clear();
            cases.putAll(saved);
        };
    }

    /** Every refund case as stored, for counting by the dashboard; call holding the store's lock. */
    Stream<RefundCase> stored() {
        return cases.values().stream();
    }
}
