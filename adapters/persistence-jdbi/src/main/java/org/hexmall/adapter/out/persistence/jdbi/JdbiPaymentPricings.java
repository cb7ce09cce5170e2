package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UniqueValues.refusingDuplicates;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.PaymentPricings;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.PriceBreakdown;

/** Frozen price breakdowns in {@code payment_pricings}: one row a payment, the breakdown as one text. */
public final class JdbiPaymentPricings implements PaymentPricings {

    private final JdbiTransactionRunner transactions;

    JdbiPaymentPricings(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(PaymentId payment, PriceBreakdown breakdown) {
        String text = PriceBreakdownText.write(breakdown);
        refusingDuplicates("payment " + payment + " has a breakdown already", () ->
                transactions.useCurrentHandle(handle -> handle.createUpdate(
                                "INSERT INTO payment_pricings (payment_id, breakdown) VALUES (:paymentId, :breakdown)")
                        .bind("paymentId", payment.toString())
                        .bind("breakdown", text)
                        .execute()));
    }

    @Override
    public Optional<PriceBreakdown> find(PaymentId payment) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT breakdown FROM payment_pricings WHERE payment_id = :paymentId")
                .bind("paymentId", payment.toString())
                .mapTo(String.class)
                .findOne()
                .map(PriceBreakdownText::read));
    }

    @Override
    public Map<PaymentId, PriceBreakdown> findAll(Collection<PaymentId> payments) {
        if (payments.isEmpty()) {
            return Map.of();
        }
        List<String> ids = payments.stream().map(PaymentId::toString).distinct().toList();
        return transactions.withCurrentHandle(handle -> {
            Map<PaymentId, PriceBreakdown> found = new HashMap<>();
            handle.createQuery("SELECT payment_id, breakdown FROM payment_pricings WHERE payment_id IN (<ids>)")
                    .bindList("ids", ids)
                    .map((row, context) -> Map.entry(new PaymentId(UUID.fromString(row.getString("payment_id"))),
                            PriceBreakdownText.read(row.getString("breakdown"))))
                    .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
            return found;
        });
    }
}
