package org.hexmall.application.port.out.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.PriceBreakdown;

/**
 * The price breakdown each payment started with, frozen: what its wallet was asked to charge and why, the points it
 * spends and earns, the vouchers it grants and what it claims of campaigns' budgets. The offers pricing considered
 * and did not apply are not kept: they explain a price before paying, not a payment.
 */
public interface PaymentPricings {

    /**
     * Keeps the breakdown of a payment just recorded, in one statement; throws {@link DuplicateKeyException} if the
     * payment has one already, since a frozen breakdown never changes.
     */
    void add(PaymentId payment, PriceBreakdown breakdown);

    /** The payment's frozen breakdown; empty for a payment started before prices had breakdowns. */
    Optional<PriceBreakdown> find(PaymentId payment);

    /** The frozen breakdowns of these payments, in one statement; payments without one are absent. */
    Map<PaymentId, PriceBreakdown> findAll(Collection<PaymentId> payments);
}
