package org.hexmall.application.port.in.refund;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.refund.AgentRef;
import org.hexmall.domain.refund.RefundCase;
import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.refund.RefundCaseStatus;
import org.hexmall.domain.refund.RefundCategory;
import org.hexmall.domain.refund.RefundEffects;
import org.hexmall.domain.refund.RefundLine;
import org.hexmall.domain.refund.RefundOrigin;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.WalletProvider;

/** A refund case as the pages show it: what it gives back and undoes, where it stands, and who moved it. */
public record RefundCaseView(RefundCaseId id, OrderId orderId, OrderNumber orderNumber, CustomerId customerId,
                             RefundOrigin origin, RefundCategory category, String note, List<RefundLine> lines,
                             Money amount, RefundEffects effects, RefundCaseStatus status,
                             Optional<AgentRef> requester, Optional<AgentRef> decidedBy, Optional<String> decision,
                             Instant requestedAt, Instant changedAt, String refundNumber,
                             Optional<WalletProvider> awaitingConfirmationFrom) {

    public static RefundCaseView of(RefundCase refundCase) {
        return new RefundCaseView(refundCase.id(), refundCase.orderId(), refundCase.orderNumber(),
                refundCase.customerId(), refundCase.origin(), refundCase.category(), refundCase.note(),
                refundCase.lines(), refundCase.amount(), refundCase.effects(), refundCase.status(),
                refundCase.requester(), refundCase.decidedBy(), refundCase.decision(), refundCase.requestedAt(),
                refundCase.changedAt(), refundCase.refundNumber(), refundCase.awaitingConfirmationFrom());
    }

    /**
     * The message key of where it stands: its status, or, while a provider that took it has not confirmed it,
     * "refunding, waiting for that wallet's confirmation".
     */
    public String statusKey() {
        return awaitingConfirmationFrom.map(provider -> "refund.status.confirming." + provider.name())
                .orElse("refund.status." + status.name());
    }

    /**
     * Whether its money went back to the wallet or is on its way, with what it undoes (points, vouchers, coupons):
     * only then do the pages tell the customer those happened. A request still waiting, or declined, rejected or
     * failed, gave nothing back.
     */
    public boolean givesBack() {
        return status.isSentToProvider();
    }

    /** Whether this agent asked for it (or took the customer's request), and so may not decide it. */
    public boolean isRequestedBy(AgentId agent) {
        return requester.map(ref -> ref.id().equals(agent)).orElse(false);
    }

    /** How long it has waited since it was asked for. */
    public Duration age(Instant now) {
        return Duration.between(requestedAt, now);
    }

    /** Whole hours waited, for the queues. */
    public long ageHours(Instant now) {
        return age(now).toHours();
    }

    /** The goods amount of the refunded items. */
    public Money goods() {
        return lines.stream().map(RefundLine::goods).reduce(Money.ZERO, Money::plus);
    }

    /** What discounts and points took off the refunded items. */
    public Money discounts() {
        return lines.stream().map(line -> line.discounts().plus(line.pointsDiscount())).reduce(Money.ZERO,
                Money::plus);
    }
}
