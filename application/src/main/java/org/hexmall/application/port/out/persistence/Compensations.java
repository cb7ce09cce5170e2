package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationId;

/**
 * Where agents' compensations of customers are kept: those granted at once and the requests for a supervisor. Each is
 * kept with the one-time key of the form that asked for it, which one agent's compensations never share: of two
 * compensations stored with the same agent and key, even at the same moment, the store keeps one.
 */
public interface Compensations {

    /**
     * Stores a {@code GRANTED} compensation with its form's key, only if what its agent granted since {@code since},
     * with it, stays within {@code dailyLimit}; false, and nothing stored, otherwise. Two grants of one agent at once
     * are counted one after the other, so together they never pass the limit. Throws {@link DuplicateKeyException}
     * if its agent stored a compensation with this key already; a transaction storing one with the same key at the
     * same moment is waited for, then counts as before.
     */
    boolean grantWithinLimit(Compensation granted, String requestKey, Instant since, Money dailyLimit);

    /**
     * Stores a {@code PENDING} request with its form's key; throws {@link DuplicateKeyException} if its id is taken
     * or its agent stored a compensation with this key already, as {@link #grantWithinLimit} does.
     */
    void add(Compensation request, String requestKey);

    Optional<Compensation> findById(CompensationId id);

    /** The compensation the agent stored with this form key, granted, waiting or decided since. */
    Optional<Compensation> findByRequestKey(AgentId agent, String requestKey);

    /**
     * Stores a supervisor's decision on a request, only if it is still {@code PENDING}: of two decisions at once one
     * is stored, the other gets false and changes nothing.
     */
    boolean decide(Compensation decided);

    /** What the agent granted since then, without approval: the part of their daily limit used. */
    Money grantedSince(AgentId agent, Instant since);

    /**
     * One page of the requests waiting for a supervisor, the oldest first.
     *
     * @param page counted from 1
     */
    Page<Compensation> pending(int page, int size);

    /**
     * One page of the customer's compensations, granted, waiting or decided, the newest first.
     *
     * @param page counted from 1
     */
    Page<Compensation> ofCustomer(CustomerId customerId, int page, int size);
}
