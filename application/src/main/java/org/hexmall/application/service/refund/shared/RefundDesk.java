package org.hexmall.application.service.refund.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hexmall.application.port.in.refund.RefundCaseOutcome;
import org.hexmall.application.port.in.refund.RefundCaseView;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ConsolePermissions;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.RefundCases;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.refund.AgentRef;
import org.hexmall.domain.refund.ApprovalPolicy;
import org.hexmall.domain.refund.ApprovalReason;
import org.hexmall.domain.refund.RefundCase;
import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.refund.RefundCaseStatus;
import org.hexmall.domain.refund.RefundQuote;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;

/**
 * What the console's refund use cases share: the agent and what their role allows, the approval rule, the audit
 * entry, and the unit of work that changes a case under its order's lock and then the case's own, sending it to
 * the provider afterwards, with no transaction open, when it is on its way.
 */
public final class RefundDesk {

    private final Agents agents;
    private final AuditLog auditLog;
    private final Orders orders;
    private final RefundCases cases;
    private final TransactionRunner transactions;
    private final RefundRuns runs;
    private final ApprovalPolicy policy;
    private final Clock clock;

    public RefundDesk(Agents agents, AuditLog auditLog, Orders orders, RefundCases cases,
                      TransactionRunner transactions, RefundRuns runs, ApprovalPolicy policy, Clock clock) {
        this.agents = agents;
        this.auditLog = auditLog;
        this.orders = orders;
        this.cases = cases;
        this.transactions = transactions;
        this.runs = runs;
        this.policy = policy;
        this.clock = clock;
    }

    public RefundRuns runs() {
        return runs;
    }

    public Clock clock() {
        return clock;
    }

    /** The agent, if their role allows the action. */
    public Optional<Agent> allowed(AgentId id, ConsoleAction action) {
        return transactions.withoutTransaction(() -> agents.findById(id))
                .filter(agent -> ConsolePermissions.allows(agent.role(), action));
    }

    /**
     * Why this refund needs approval, counted with the payment's earlier refunds among the cases already read with
     * the order (the case being decided is a new one or a customer's request, which does not count yet); empty when
     * the agent may make it alone.
     */
    public List<ApprovalReason> approvalReasons(RefundRuns.PaidOrder paid, RefundQuote quote, Instant now) {
        Instant paidAt = paid.payment().movedTo(org.hexmall.domain.payment.PaymentStatus.SUCCEEDED)
                .orElse(paid.payment().createdAt());
        return policy.reasons(quote.moneyBack(), earlierRefunds(paid), paid.payment().amount(), paidAt, now);
    }

    /** What the payment's earlier refunds come to for the approval rule, from the cases read with the order. */
    public static Money earlierRefunds(RefundRuns.PaidOrder paid) {
        return ApprovalPolicy.earlierRefunds(paid.payment().id(), paid.cases());
    }

    /** The action an agent's role must allow to make this refund: alone under the limits, or asking for approval. */
    public static ConsoleAction actionFor(List<ApprovalReason> reasons) {
        return reasons.isEmpty() ? ConsoleAction.REFUND_UNDER_LIMIT : ConsoleAction.REQUEST_REFUND_APPROVAL;
    }

    public static AgentRef ref(Agent agent) {
        return new AgentRef(agent.id(), agent.username().value());
    }

    public void audit(Agent agent, RefundCase refundCase, AgentAction action, String reason, Instant now) {
        auditLog.append(new AuditEntry(now, agent.id(), agent.username().value(), refundCase.customerId(), action,
                refundCase.id().toString(), reason));
    }

    /** The audit reason of a refund: its number, amount, category and note. */
    public static String describe(RefundCase refundCase) {
        String text = refundCase.refundNumber() + " " + refundCase.amount() + " " + refundCase.category()
                + (refundCase.note().isEmpty() ? "" : " " + refundCase.note());
        return text.length() > AuditEntry.MAX_REASON_LENGTH ? text.substring(0, AuditEntry.MAX_REASON_LENGTH) : text;
    }

    /**
     * Changes an existing case: locks its order, then the case, and runs {@code change} in one transaction; then, if
     * the case is on its way to the provider, sends it. A broken rule comes back as {@link RefundCaseOutcome.Refused}
     * and changes nothing.
     */
    public RefundCaseOutcome change(RefundCaseId id, CaseChange change) {
        Optional<RefundCase> seen = transactions.withoutTransaction(() -> cases.findById(id));
        if (seen.isEmpty()) {
            return new RefundCaseOutcome.Refused("refund.not-found");
        }
        return run(() -> transactions.inTransaction(() -> {
            Order order = orders.lockById(seen.get().orderId()).orElseThrow();
            RefundCase locked = cases.lockById(id).orElseThrow();
            return change.apply(order, locked, clock.instant());
        }));
    }

    /** Runs a unit of work that answers a case; sends the case if it is on its way; broken rules refuse. */
    public RefundCaseOutcome run(Supplier<RefundCaseOutcome> work) {
        RefundCaseOutcome outcome;
        try {
            outcome = work.get();
        } catch (DomainException refused) {
            return new RefundCaseOutcome.Refused(refused.code(), refused.arguments());
        }
        if (outcome instanceof RefundCaseOutcome.Done done
                && done.refundCase().status() == RefundCaseStatus.REFUNDING) {
            return new RefundCaseOutcome.Done(RefundCaseView.of(runs.send(done.refundCase().id())));
        }
        return outcome;
    }

    /** A change of a case under its order's lock and its own. */
    @FunctionalInterface
    public interface CaseChange {
        RefundCaseOutcome apply(Order order, RefundCase locked, Instant now);
    }
}
