package org.hexmall.application.service.compensation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.compensation.CompensationForm;
import org.hexmall.application.port.in.compensation.CompensationNotAllowedException;
import org.hexmall.application.port.in.compensation.CompensationPages;
import org.hexmall.application.port.in.compensation.ViewCompensations;
import org.hexmall.application.port.in.promotion.CouponTab;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ConsolePermissions;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.Compensations;
import org.hexmall.application.port.out.persistence.CouponShelf;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.PointsLedger;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.compensation.shared.CompensationDelivery;
import org.hexmall.application.service.compensation.shared.CompensationPolicy;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.Compensation;

/**
 * Reads, without a transaction: the agent, then the customer, the giveable campaigns, the day's grants, and one page
 * each of the customer's compensations, coupons and points ledger (with its balance).
 */
public final class ViewCompensationsService implements ViewCompensations {

    private final Compensations compensations;
    private final Customers customers;
    private final Coupons coupons;
    private final PointsLedger pointsLedger;
    private final Agents agents;
    private final CompensationDelivery delivery;
    private final TransactionRunner transactions;
    private final CompensationPolicy policy;
    private final Clock clock;

    public ViewCompensationsService(Compensations compensations, Customers customers, Coupons coupons,
                                    PointsLedger pointsLedger, Agents agents, CompensationDelivery delivery,
                                    TransactionRunner transactions, CompensationPolicy policy, Clock clock) {
        this.compensations = compensations;
        this.customers = customers;
        this.coupons = coupons;
        this.pointsLedger = pointsLedger;
        this.agents = agents;
        this.delivery = delivery;
        this.transactions = transactions;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Optional<CompensationForm> form(AgentId agentId, CustomerId customerId, CompensationPages pages) {
        Instant now = clock.instant();
        return transactions.withoutTransaction(() -> {
            requireAllowed(agentId, ConsoleAction.GRANT_COMPENSATION);
            return customers.findById(customerId).map(customer -> new CompensationForm(customerId,
                    customer.displayName().value(), delivery.giveableCampaigns(now), policy.dailyLimitPerAgent(),
                    compensations.grantedSince(agentId, policy.startOfDay(now)),
                    compensations.ofCustomer(customerId, pages.history(), PAGE_SIZE), pages.couponTab(),
                    coupons.ofCustomer(customerId, shelf(pages.couponTab()), now, pages.coupons(),
                            COUPONS_PAGE_SIZE),
                    pointsLedger.balanceOf(customerId),
                    pointsLedger.ofCustomer(customerId, pages.points(), PAGE_SIZE)));
        });
    }

    private static CouponShelf shelf(CouponTab tab) {
        return switch (tab) {
            case AVAILABLE -> CouponShelf.AVAILABLE;
            case USED -> CouponShelf.USED;
            case EXPIRED -> CouponShelf.EXPIRED;
        };
    }

    @Override
    public Page<Compensation> queue(AgentId agentId, int page) {
        return transactions.withoutTransaction(() -> {
            requireAllowed(agentId, ConsoleAction.APPROVE_COMPENSATION);
            return compensations.pending(Math.max(1, page), PAGE_SIZE);
        });
    }

    private void requireAllowed(AgentId agentId, ConsoleAction action) {
        boolean allowed = agents.findById(agentId)
                .filter(agent -> ConsolePermissions.allows(agent.role(), action)).isPresent();
        if (!allowed) {
            throw new CompensationNotAllowedException();
        }
    }
}
