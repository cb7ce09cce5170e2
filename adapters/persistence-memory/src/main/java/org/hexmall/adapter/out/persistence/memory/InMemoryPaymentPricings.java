package org.hexmall.adapter.out.persistence.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.application.port.out.persistence.PaymentPricings;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.PriceBreakdown;

/** Frozen price breakdowns in memory, by payment; breakdowns are immutable. */
public final class InMemoryPaymentPricings implements PaymentPricings {

    private final StoreLock lock;
    private final Map<PaymentId, PriceBreakdown> breakdowns = new HashMap<>();

    InMemoryPaymentPricings(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(PaymentId payment, PriceBreakdown breakdown) {
        PriceBreakdown kept = new PriceBreakdown(breakdown.wallet(), breakdown.lines(), breakdown.discounts(),
                breakdown.pointsSpent(), breakdown.pointsToEarn(), breakdown.pointsBoost(), breakdown.vouchers(),
                breakdown.budgetClaims(), breakdown.couponsUsed(), List.of());
        lock.run(() -> {
            if (breakdowns.putIfAbsent(payment, kept) != null) {
                throw new DuplicateKeyException("payment " + payment + " has a breakdown already");
            }
        });
    }

    @Override
    public Optional<PriceBreakdown> find(PaymentId payment) {
        return lock.call(() -> Optional.ofNullable(breakdowns.get(payment)));
    }

    @Override
    public Map<PaymentId, PriceBreakdown> findAll(Collection<PaymentId> payments) {
        return lock.call(() -> {
            Map<PaymentId, PriceBreakdown> found = new HashMap<>();
            for (PaymentId payment : payments) {
                PriceBreakdown breakdown = breakdowns.get(payment);
                if (breakdown != null) {
                    found.put(payment, breakdown);
                }
            }
            return found;
        });
    }

    RestorePoint restorePoint() {
        Map<PaymentId, PriceBreakdown> saved = Map.copyOf(breakdowns);
        return () -> {
            breakdowns.clear();
            breakdowns.putAll(saved);
        };
    }
}
