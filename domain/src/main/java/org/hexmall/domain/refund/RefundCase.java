package org.hexmall.domain.refund;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A refund of some or all items of a paid order, from the first ask to the money back in the wallet.
 * <ul>
 *   <li>A customer's after-sales request (售后) is {@code REQUESTED} until an agent takes it, which makes the agent
 *       its requester, or declines it with an explanation the customer reads.</li>
 *   <li>A refund that {@link ApprovalPolicy} says needs a second person waits for a supervisor other than its
 *       requester, who approves it or rejects it with a reason.</li>
 *   <li>A refund on its way is {@code REFUNDING} until the provider has given the money back; it carries the amounts
 *       and the promotions' reversal worked out when it was sent, so every retry asks for the same.</li>
 * </ul>
 */
public final class RefundCase {

    /** The longest note, explanation or reason kept. */
    public static final int MAX_TEXT_LENGTH = 500;

    private final RefundCaseId id;
    private final OrderId orderId;
    private final OrderNumber orderNumber;
    private final PaymentId paymentId;
    private final CustomerId customerId;
    private final RefundOrigin origin;
    private final RefundCategory category;
    private final String note;
    private final Instant requestedAt;
    private List<RefundLine> lines;
    private Money amount;
    private RefundEffects effects;
    private RefundCaseStatus status;
    private AgentRef requester;
    private AgentRef decidedBy;
    private String decision;
    private Instant changedAt;
    private WalletProvider awaitingConfirmationFrom;

    private RefundCase(RefundCaseId id, OrderId orderId, OrderNumber orderNumber, PaymentId paymentId,
                       CustomerId customerId, RefundOrigin origin, RefundCategory category, String note,
                       Instant requestedAt, List<RefundLine> lines, Money amount, RefundEffects effects,
                       RefundCaseStatus status, AgentRef requester, AgentRef decidedBy, String decision,
                       Instant changedAt, WalletProvider awaitingConfirmationFrom) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.orderNumber = Objects.requireNonNull(orderNumber, "orderNumber");
        this.paymentId = Objects.requireNonNull(paymentId, "paymentId");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.category = Objects.requireNonNull(category, "category");
        this.note = Objects.requireNonNull(note, "note");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.lines = List.copyOf(lines);
        this.amount = Objects.requireNonNull(amount, "amount");
        this.effects = Objects.requireNonNull(effects, "effects");
        this.status = Objects.requireNonNull(status, "status");
        this.requester = requester;
        this.decidedBy = decidedBy;
        this.decision = decision;
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.awaitingConfirmationFrom = awaitingConfirmationFrom;
        if (this.lines.isEmpty()) {
            throw new IllegalArgumentException("a refund case gives back at least one item");
        }
        if (requester == null && status != RefundCaseStatus.REQUESTED && status != RefundCaseStatus.DECLINED) {
            throw new IllegalArgumentException("a refund past the customer's request has an agent who asked for it");
        }
    }

    /** A customer's after-sales request, priced as a preview; an agent takes it or declines it. */
    public static RefundCase askedByCustomer(RefundCaseId id, OrderId orderId, OrderNumber orderNumber,
                                             PaymentId paymentId, CustomerId customerId, RefundCategory category,
                                             String note, RefundQuote quote, Instant now) {
        return new RefundCase(id, orderId, orderNumber, paymentId, customerId, RefundOrigin.CUSTOMER, category,
                optionalText(note), now, quote.lines(), quote.moneyBack(), quote.effects(),
                RefundCaseStatus.REQUESTED, null, null, null, now, null);
    }

    /**
     * An agent's refund: it goes to the provider at once with {@code quote}, or, when {@code needsApproval}, waits
     * for a supervisor.
     */
    public static RefundCase askedByAgent(RefundCaseId id, OrderId orderId, OrderNumber orderNumber,
                                          PaymentId paymentId, CustomerId customerId, RefundCategory category,
                                          String note, RefundQuote quote, AgentRef agent, boolean needsApproval,
                                          Instant now) {
        return new RefundCase(id, orderId, orderNumber, paymentId, customerId, RefundOrigin.AGENT, category,
                optionalText(note), now, quote.lines(), quote.moneyBack(), quote.effects(),
                needsApproval ? RefundCaseStatus.AWAITING_APPROVAL : RefundCaseStatus.REFUNDING,
                Objects.requireNonNull(agent, "agent"), null, null, now, null);
    }

    /** A case as it was stored. */
    public static RefundCase reconstitute(RefundCaseId id, OrderId orderId, OrderNumber orderNumber,
                                          PaymentId paymentId, CustomerId customerId, RefundOrigin origin,
                                          RefundCategory category, String note, Instant requestedAt,
                                          List<RefundLine> lines, Money amount, RefundEffects effects,
                                          RefundCaseStatus status, Optional<AgentRef> requester,
                                          Optional<AgentRef> decidedBy, Optional<String> decision,
                                          Instant changedAt, Optional<WalletProvider> awaitingConfirmationFrom) {
        return new RefundCase(id, orderId, orderNumber, paymentId, customerId, origin, category, note, requestedAt,
                lines, amount, effects, status, requester.orElse(null), decidedBy.orElse(null),
                decision.orElse(null), changedAt, awaitingConfirmationFrom.orElse(null));
    }

    /**
     * An agent takes the customer's request: it becomes the agent's refund, priced with {@code quote} (the items
     * the customer chose), and goes to the provider, or waits for a supervisor when {@code needsApproval}.
     */
    public void take(AgentRef agent, RefundQuote quote, boolean needsApproval, Instant now) {
        requireStatus(RefundCaseStatus.REQUESTED);
        requester = Objects.requireNonNull(agent, "agent");
        price(quote);
        move(needsApproval ? RefundCaseStatus.AWAITING_APPROVAL : RefundCaseStatus.REFUNDING, now);
    }

    /** An agent declines the customer's request; the customer reads {@code explanation}. */
    public void decline(AgentRef agent, String explanation, Instant now) {
        requireStatus(RefundCaseStatus.REQUESTED);
        decidedBy = Objects.requireNonNull(agent, "agent");
        decision = requiredText(explanation, "refund.explanation-required");
        move(RefundCaseStatus.DECLINED, now);
    }

    /**
     * A supervisor approves the refund, which goes to the provider priced with {@code quote} as things stand now.
     * The agent who asked for it can never approve it.
     */
    public void approve(AgentRef supervisor, RefundQuote quote, Instant now) {
        requireStatus(RefundCaseStatus.AWAITING_APPROVAL);
        requireSecondPerson(supervisor);
        decidedBy = supervisor;
        price(quote);
        move(RefundCaseStatus.REFUNDING, now);
    }

    /** A supervisor rejects the refund, with a reason. The agent who asked for it cannot decide it either way. */
    public void reject(AgentRef supervisor, String reason, Instant now) {
        requireStatus(RefundCaseStatus.AWAITING_APPROVAL);
        requireSecondPerson(supervisor);
        decidedBy = supervisor;
        decision = requiredText(reason, "refund.reason-required");
        move(RefundCaseStatus.REJECTED, now);
    }

    /**
     * The provider took the refund and confirms it later, as WeChat Pay does: the case stays {@code REFUNDING},
     * waiting for the provider's confirmation rather than for the store to ask again.
     */
    public void acceptedBy(WalletProvider provider) {
        requireStatus(RefundCaseStatus.REFUNDING);
        awaitingConfirmationFrom = Objects.requireNonNull(provider, "provider");
    }

    /** The provider gave the money back (or nothing was left to give once vouchers were kept back). */
    public void refunded(Instant now) {
        requireStatus(RefundCaseStatus.REFUNDING);
        move(RefundCaseStatus.REFUNDED, now);
    }

    /**
     * The provider refused the refund outright; {@code why} is its answer, kept (shortened to the longest text kept)
     * for the agents. The case is never sent again and its items are free for another refund.
     */
    public void failed(String why, Instant now) {
        requireStatus(RefundCaseStatus.REFUNDING);
        String text = why == null || why.isBlank() ? "refused" : why.strip();
        decision = text.length() > MAX_TEXT_LENGTH ? text.substring(0, MAX_TEXT_LENGTH) : text;
        move(RefundCaseStatus.FAILED, now);
    }

    /**
     * Refuses, before anything is priced, a decision on a case that waits for none any more or that {@code supervisor}
     * asked for.
     */
    public void checkDecidableBy(AgentRef supervisor) {
        requireStatus(RefundCaseStatus.AWAITING_APPROVAL);
        requireSecondPerson(supervisor);
    }

    /** Refuses, before anything is priced, taking a request that an agent has answered already. */
    public void checkWaitingForAnAgent() {
        requireStatus(RefundCaseStatus.REQUESTED);
    }

    /** Whether {@code agent} may decide this case: only someone other than the agent who asked for it. */
    public boolean isDecidableBy(AgentRef agent) {
        return requester == null || !requester.id().equals(agent.id());
    }

    /** The quantities of each order line this case refunds, following the order's {@code lineCount} lines. */
    public List<Integer> quantities(int lineCount) {
        List<Integer> quantities = new java.util.ArrayList<>(java.util.Collections.nCopies(lineCount, 0));
        lines.forEach(line -> quantities.set(line.lineIndex(), line.quantity()));
        return quantities;
    }

    private void price(RefundQuote quote) {
        lines = quote.lines();
        amount = quote.moneyBack();
        effects = quote.effects();
    }

    private void requireSecondPerson(AgentRef supervisor) {
        if (!isDecidableBy(Objects.requireNonNull(supervisor, "supervisor"))) {
            throw new DomainException("refund.own-request");
        }
    }

    private void requireStatus(RefundCaseStatus expected) {
        if (status != expected) {
            throw new DomainException("refund.status", status, expected);
        }
    }

    private void move(RefundCaseStatus target, Instant now) {
        status = target;
        changedAt = Objects.requireNonNull(now, "now");
    }

    /** A note may be left empty; it is kept stripped and never longer than {@link #MAX_TEXT_LENGTH}. */
    public static String optionalText(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new DomainException("refund.text-too-long", MAX_TEXT_LENGTH);
        }
        return text;
    }

    /** An explanation or reason someone reads later: required, stripped, never longer than the limit. */
    public static String requiredText(String typed, String missingCode) {
        String text = optionalText(typed);
        if (text.isEmpty()) {
            throw new DomainException(missingCode);
        }
        return text;
    }

    public RefundCaseId id() {
        return id;
    }

    public OrderId orderId() {
        return orderId;
    }

    public OrderNumber orderNumber() {
        return orderNumber;
    }

    public PaymentId paymentId() {
        return paymentId;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public RefundOrigin origin() {
        return origin;
    }

    public RefundCategory category() {
        return category;
    }

    /** The note of whoever asked first; may be empty. */
    public String note() {
        return note;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public List<RefundLine> lines() {
        return lines;
    }

    /** What goes back to the wallet. */
    public Money amount() {
        return amount;
    }

    public RefundEffects effects() {
        return effects;
    }

    public RefundCaseStatus status() {
        return status;
    }

    /** The agent who asked for the refund, or took the customer's request; empty while the customer's waits. */
    public Optional<AgentRef> requester() {
        return Optional.ofNullable(requester);
    }

    /** The supervisor who approved or rejected it, or the agent who declined the customer's request. */
    public Optional<AgentRef> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    /** The explanation of a decline, the reason of a rejection, or the provider's answer to a failed refund. */
    public Optional<String> decision() {
        return Optional.ofNullable(decision);
    }

    /** When the status last changed. */
    public Instant changedAt() {
        return changedAt;
    }

    /** While {@code REFUNDING}: the provider that took the refund and whose confirmation it waits for, if any. */
    public Optional<WalletProvider> awaitingConfirmationFrom() {
        return Optional.ofNullable(awaitingConfirmationFrom).filter(any -> status == RefundCaseStatus.REFUNDING);
    }

    /** The provider's refund request number: the same for every attempt. */
    public String refundNumber() {
        return id.refundNumber();
    }
}
