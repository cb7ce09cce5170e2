package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hexmall.application.port.out.persistence.PromotionFacts;
import org.hexmall.application.port.out.persistence.PromotionSnapshot;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/** The promotion facts, read over the other in-memory stores as the database adapter's statements read them. */
final class InMemoryPromotionFacts implements PromotionFacts {

    private final StoreLock lock;
    private final InMemoryCampaigns campaigns;
    private final InMemoryPromotionBudgets budgets;
    private final InMemoryCoupons coupons;
    private final InMemoryPointsLedger points;
    private final InMemoryPayments payments;

    InMemoryPromotionFacts(StoreLock lock, InMemoryCampaigns campaigns, InMemoryPromotionBudgets budgets,
                           InMemoryCoupons coupons, InMemoryPointsLedger points, InMemoryPayments payments) {
        this.lock = lock;
        this.campaigns = campaigns;
        this.budgets = budgets;
        this.coupons = coupons;
        this.points = points;
        this.payments = payments;
    }

    @Override
    public PromotionSnapshot snapshotFor(CustomerId customer, Instant now) {
        return lock.call(() -> {
            List<Campaign> running = campaigns.runningCampaigns(now).map(InMemoryCampaigns::copyOf).toList();
            Map<CampaignId, Money> budgetUsed = new HashMap<>();
            for (Campaign campaign : running) {
                budgetUsed.put(campaign.id(), campaigns.usedOf(campaign.id()));
            }
            Set<CampaignId> ids = running.stream().map(Campaign::id).collect(Collectors.toSet());
            List<Coupon> usable = coupons.usable(customer, now).limit(MAX_COUPONS).map(InMemoryCoupons::copyOf)
                    .toList();
            Set<WalletProvider> wallets = EnumSet.noneOf(WalletProvider.class);
            payments.stored()
                    .filter(payment -> payment.customerId().equals(customer))
                    .filter(payment -> payment.status() == PaymentStatus.SUCCEEDED)
                    .map(Payment::provider)
                    .forEach(wallets::add);
            return new PromotionSnapshot(running, budgetUsed, budgets.usesOf(customer, ids), usable, wallets,
                    !wallets.isEmpty(), points.balance(customer), coupons.claimsOf(customer, ids));
        });
    }
}
