package org.hexmall.simulator.wallet.payment;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Where the simulated providers keep payments and refunds. A payment moves money in and out of its account's
 * balance, so charging and refunding change both records at once.
 */
public interface PaymentRecords {

    /** What became of an attempt to charge a payment's account. */
    enum Debit {
        /** The account was charged and the payment marked paid, both at once. */
        DONE,
        /** The account holds less than the amount: nothing changed. */
        INSUFFICIENT_BALANCE,
        /** The payment is unknown or no longer open (paid by an earlier submit, closed, ...): nothing changed. */
        NOT_OPEN
    }

    /**
     * Keeps the payment unless the provider has one for the same merchant payment already; returns the one it
     * keeps. However many identical requests arrive at once, one payment results.
     */
    SimulatedPayment addIfAbsent(SimulatedPayment payment);

    /** By the provider's own id, as in the pay page's address. */
    Optional<SimulatedPayment> find(String id);

    Optional<SimulatedPayment> find(WalletProvider provider, PaymentId merchantPayment);

    /** The newest payments of every provider, newest first, at most {@code limit}. */
    List<SimulatedPayment> latest(int limit);

    /** Counts a wrong payment password typed for an open payment; false, and nothing counted, if it is not open. */
    boolean countWrongPassword(String paymentId);

    /**
     * Charges the payment's account and marks the payment paid, both or neither, if the payment is still open
     * and the account holds enough: a double submit charges once.
     *
     * @param paid the payment as it is once paid, with its transaction
     */
    Debit debit(SimulatedPayment paid);

    /**
     * Saves how an open payment ended without a charge (its status, reason, attempts left, end of lock and
     * time). False, and nothing changed, when it has ended already: of two endings racing each other one wins.
     */
    boolean endWithoutCharge(SimulatedPayment ended);

    /**
     * Keeps the refund and credits its amount to the paid payment's account, all or nothing, unless a refund
     * with the same number exists: then returns that one and changes nothing, so asking again refunds once.
     * Empty, and nothing changed, when the payment is not paid or has less than the amount left to refund.
     */
    Optional<SimulatedRefund> refund(SimulatedRefund refund);

    /** The refunds of a payment, by the provider's own id of it, oldest first. */
    List<SimulatedRefund> refundsOf(String paymentId);
}
