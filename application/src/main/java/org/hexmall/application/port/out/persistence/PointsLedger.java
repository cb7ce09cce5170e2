package org.hexmall.application.port.out.persistence;

import java.util.List;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.shared.Page;

/** The customers' points ledgers, only ever appended to; a balance is the sum of its ledger. */
public interface PointsLedger {

    /** Adds the entries, in their order, to their customers' ledgers. */
    void append(List<PointsEntry> entries);

    /**
     * Adds an entry that takes points away, such as {@code SPENT}, only if the customer's balance covers it; false,
     * and nothing added, if it does not. Of two spendings at once, the second waits for the first to commit, so a
     * balance never goes below zero.
     */
    boolean spend(PointsEntry entry);

    /**
     * Adds an entry that takes points away, such as {@code EARNING_REVERSED}, for no more points than the customer's
     * balance holds (nothing when it holds none), after the spendings under way, as {@link #spend} does, so that a
     * balance never goes below zero. Answers the points taken away.
     */
    long takeAwayWithinBalance(PointsEntry entry);

    /** The customer's balance: one sum over their ledger. */
    long balanceOf(CustomerId customerId);

    /**
     * One page of the customer's ledger, the newest entries first.
     *
     * @param page counted from 1
     */
    Page<PointsEntry> ofCustomer(CustomerId customerId, int page, int size);

    /** The entries that belong to a payment, oldest first. */
    List<PointsEntry> ofPayment(PaymentId payment);
}
