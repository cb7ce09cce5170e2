package org.hexmall.simulator.wallet.storage.memory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.PaymentState;
import org.hexmall.simulator.wallet.payment.PaymentRecords;
import org.hexmall.simulator.wallet.payment.SimulatedPayment;
import org.hexmall.simulator.wallet.payment.SimulatedRefund;

/**
 * The simulated payments and refunds in maps, under one lock, which also covers the account's balance while a
 * payment charges it or a refund credits it: the accounts' lock is only ever taken inside this one.
 */
public final class InMemoryPaymentRecords implements PaymentRecords {

    private record MerchantPaymentKey(WalletProvider provider, PaymentId payment) {
    }

    private record RefundKey(WalletProvider provider, String refundNumber) {
    }

    private final InMemoryAccountRecords accounts;
    /** In the order they were created. */
    private final Map<String, SimulatedPayment> payments = new LinkedHashMap<>();
    private final Map<MerchantPaymentKey, String> paymentIds = new HashMap<>();
    /** In the order they were made. */
    private final Map<RefundKey, SimulatedRefund> refunds = new LinkedHashMap<>();

    public InMemoryPaymentRecords(InMemoryAccountRecords accounts) {
        this.accounts = accounts;
    }

    @Override
    public synchronized SimulatedPayment addIfAbsent(SimulatedPayment payment) {
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
    public synchronized Optional<SimulatedPayment> find(String id) {
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public synchronized Optional<SimulatedPayment> find(WalletProvider provider, PaymentId merchantPayment) {
        return Optional.ofNullable(paymentIds.get(new MerchantPaymentKey(provider, merchantPayment)))
                .map(payments::get);
    }

    @Override
    public synchronized List<SimulatedPayment> latest(int limit) {
        return payments.values().stream().toList().reversed().stream().limit(limit).toList();
    }

    @Override
    public synchronized boolean countWrongPassword(String paymentId) {
        SimulatedPayment payment = payments.get(paymentId);
        if (payment == null || !payment.isOpen()) {
            return false;
        }
        payments.put(paymentId, payment.withWrongPasswords(payment.wrongPasswords() + 1));
        return true;
    }

    @Override
    public synchronized Debit debit(SimulatedPayment paid) {
        SimulatedPayment stored = payments.get(paid.id());
        if (stored == null || !stored.isOpen()) {
            return Debit.NOT_OPEN;
        }
        if (!accounts.debit(stored.provider(), stored.account(), stored.amountFen())) {
            return Debit.INSUFFICIENT_BALANCE;
        }
        payments.put(paid.id(), paid.withWrongPasswords(stored.wrongPasswords()));
        return Debit.DONE;
    }

    @Override
    public synchronized boolean endWithoutCharge(SimulatedPayment ended) {
        SimulatedPayment stored = payments.get(ended.id());
        if (stored == null || !stored.isOpen() || ended.status() == PaymentState.PAID) {
            return false;
        }
        payments.put(ended.id(), ended.withWrongPasswords(stored.wrongPasswords()));
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
        if (!refund.failed()) {
            accounts.credit(payment.provider(), payment.account(), refund.amountFen());
            payments.put(payment.id(), payment.withRefundedFen(payment.refundedFen() + refund.amountFen()));
        }
        refunds.put(key, refund);
        return Optional.of(refund);
    }

    @Override
    public synchronized List<SimulatedRefund> refundsOf(String paymentId) {
        return refunds.values().stream().filter(refund -> refund.paymentId().equals(paymentId)).toList();
    }
}
