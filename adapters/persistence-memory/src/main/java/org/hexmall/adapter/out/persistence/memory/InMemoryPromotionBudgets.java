package org.hexmall.adapter.out.persistence.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;

/**
 * Budgets and customers' uses in memory. The store's one lock makes each reservation whole: every claim is checked
 * before any is taken.
 */
public final class InMemoryPromotionBudgets implements PromotionBudgets {

    /** A customer's uses of a campaign are kept under this key. */
    private record UseKey(CustomerId customer, CampaignId campaign) {
    }

    /** A payment's reservation of a campaign that took none of the customer's uses. */
    private record WithoutUse(PaymentId payment, CampaignId campaign) {
    }

    /** The latest reserved first; the order of reservation settles ties, as the database's ids do. */
    private static final Comparator<Redemption> LATEST_FIRST =
            Comparator.comparing(Redemption::reservedAt).reversed();

    private final StoreLock lock;
    private final InMemoryCampaigns campaigns;
    private final InMemoryPayments payments;
    private final InMemoryOrders orders;
    private final Map<UseKey, Integer> uses = new HashMap<>();
    private final Set<WithoutUse> withoutUse = new HashSet<>();
    /** Every redemption, in the order reserved; redemptions are immutable, and replaced when they move on. */
    private final List<Redemption> redemptions = new ArrayList<>();

    InMemoryPromotionBudgets(StoreLock lock, InMemoryCampaigns campaigns, InMemoryPayments payments,
                             InMemoryOrders orders) {
        this.lock = lock;
        this.campaigns = campaigns;
        this.payments = payments;
        this.orders = orders;
    }

    @Override
    public ReservationResult reserve(PaymentId payment, CustomerId customer, List<Claim> claims, Instant now) {
        Set<CampaignId> seen = new HashSet<>();
        for (Claim claim : claims) {
            if (!seen.add(claim.campaign())) {
                throw new IllegalArgumentException("a payment claims each campaign once: " + claim.campaign());
            }
        }
        List<Claim> inOrder = claims.stream().sorted(Comparator.comparing(claim -> claim.campaign().toString()))
                .toList();
        return lock.call(() -> {
            for (Claim claim : inOrder) {
                Optional<Refusal> refusal = refusal(customer, claim, now);
                if (refusal.isPresent()) {
                    return new Refused(claim.campaign(), refusal.get());
                }
            }
            for (Claim claim : inOrder) {
                campaigns.setUsed(claim.campaign(), campaigns.usedOf(claim.campaign()).plus(claim.amount()));
                if (claim.countsAsUse()) {
                    uses.merge(new UseKey(customer, claim.campaign()), 1, Integer::sum);
                } else {
                    withoutUse.add(new WithoutUse(payment, claim.campaign()));
                }
                redemptions.add(new Redemption(claim.campaign(), payment, customer, claim.amount(),
                        RedemptionState.RESERVED, now, Optional.empty(), Money.ZERO, Optional.empty()));
            }
            return new Reserved();
        });
    }

    private Optional<Refusal> refusal(CustomerId customer, Claim claim, Instant now) {
        Optional<Campaign> campaign = campaigns.stored(claim.campaign());
        if (campaign.isEmpty() || !InMemoryCampaigns.isRunning(campaign.get(), now)) {
            return Optional.of(Refusal.NOT_RUNNING);
        }
        Money after = campaigns.usedOf(claim.campaign()).plus(claim.amount());
        if (after.compareTo(campaign.get().budget()) > 0) {
            return Optional.of(Refusal.BUDGET_SPENT);
        }
        if (claim.countsAsUse()
                && uses.getOrDefault(new UseKey(customer, claim.campaign()), 0) >= claim.usesPerCustomer()) {
            return Optional.of(Refusal.CUSTOMER_LIMIT_REACHED);
        }
        return Optional.empty();
    }

    @Override
    public boolean commit(PaymentId payment, Instant now) {
        return lock.call(() -> settle(payment, RedemptionState.COMMITTED, now));
    }

    @Override
    public boolean release(PaymentId payment, Instant now) {
        return lock.call(() -> {
            for (Redemption redemption : redemptions) {
                if (redemption.payment().equals(payment) && redemption.state() == RedemptionState.RESERVED) {
                    campaigns.setUsed(redemption.campaign(),
                            campaigns.usedOf(redemption.campaign()).minus(redemption.amount()));
                    if (!withoutUse.contains(new WithoutUse(payment, redemption.campaign()))) {
                        uses.merge(new UseKey(redemption.customer(), redemption.campaign()), -1, Integer::sum);
                    }
                }
            }
            return settle(payment, RedemptionState.RELEASED, now);
        });
    }

    /** Moves the payment's reserved redemptions to {@code state}; true if there were any. */
    private boolean settle(PaymentId payment, RedemptionState state, Instant now) {
        boolean settled = false;
        for (int index = 0; index < redemptions.size(); index++) {
            Redemption redemption = redemptions.get(index);
            if (redemption.payment().equals(payment) && redemption.state() == RedemptionState.RESERVED) {
                redemptions.set(index, new Redemption(redemption.campaign(), payment, redemption.customer(),
                        redemption.amount(), state, redemption.reservedAt(), Optional.of(now), Money.ZERO,
                        Optional.empty()));
                settled = true;
            }
        }
        return settled;
    }

    @Override
    public boolean recordReversal(PaymentId payment, CampaignId campaign, Money amount, Instant now) {
        return lock.call(() -> {
            for (int index = 0; index < redemptions.size(); index++) {
                Redemption redemption = redemptions.get(index);
                if (redemption.payment().equals(payment) && redemption.campaign().equals(campaign)
                        && redemption.state() == RedemptionState.COMMITTED) {
                    Money reversed = redemption.reversed().plus(amount);
                    if (reversed.compareTo(redemption.amount()) > 0) {
                        return false;
                    }
                    redemptions.set(index, new Redemption(campaign, payment, redemption.customer(),
                            redemption.amount(), redemption.state(), redemption.reservedAt(),
                            redemption.settledAt(), reversed, Optional.of(now)));
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public Money used(CampaignId campaign) {
        return lock.call(() -> campaigns.usedOf(campaign));
    }

    @Override
    public Map<CampaignId, Integer> customerUses(CustomerId customer, Set<CampaignId> wanted) {
        return lock.call(() -> usesOf(customer, wanted));
    }

    /** The customer's uses of these campaigns, those above zero; under the store's lock. */
    Map<CampaignId, Integer> usesOf(CustomerId customer, Set<CampaignId> wanted) {
        Map<CampaignId, Integer> found = new HashMap<>();
        for (CampaignId campaign : wanted) {
            int count = uses.getOrDefault(new UseKey(customer, campaign), 0);
            if (count > 0) {
                found.put(campaign, count);
            }
        }
        return Map.copyOf(found);
    }

    @Override
    public List<SpendingBucket> spendingOverTime(CampaignId campaign, Instant from, Instant to, Duration bucket) {
        if (bucket.toSeconds() < 1 || !to.isAfter(from)) {
            throw new IllegalArgumentException("a chart spans some time, in intervals of a second or more");
        }
        long count = (Duration.between(from, to).toSeconds() + bucket.toSeconds() - 1) / bucket.toSeconds();
        if (count > MAX_INTERVALS) {
            throw new IllegalArgumentException("at most " + MAX_INTERVALS + " intervals, not " + count);
        }
        int buckets = (int) Math.max(1, count);
        long[] spent = new long[buckets];
        lock.run(() -> {
            for (Redemption redemption : redemptions) {
                if (redemption.campaign().equals(campaign) && redemption.state() == RedemptionState.COMMITTED) {
                    Instant at = redemption.settledAt().orElseThrow();
                    if (!at.isBefore(from) && at.isBefore(to)) {
                        int index = (int) (Duration.between(from, at).toSeconds() / bucket.toSeconds());
                        spent[Math.min(index, buckets - 1)] += redemption.amount().fen();
                    }
                }
            }
        });
        List<SpendingBucket> result = new ArrayList<>(buckets);
        for (int index = 0; index < buckets; index++) {
            result.add(new SpendingBucket(from.plus(bucket.multipliedBy(index)), Money.ofFen(spent[index])));
        }
        return result;
    }

    @Override
    public Page<ListedRedemption> redemptions(CampaignId campaign, int page, int size) {
        return lock.call(() -> {
            List<Redemption> of = new ArrayList<>();
            for (int index = redemptions.size() - 1; index >= 0; index--) {
                if (redemptions.get(index).campaign().equals(campaign)) {
                    of.add(redemptions.get(index));
                }
            }
            List<Redemption> latestFirst = of.stream().sorted(LATEST_FIRST).toList();
            return new Page<>(latestFirst.stream().skip((long) (page - 1) * size).limit(size).map(this::listed)
                    .toList(), page, size, latestFirst.size());
        });
    }

    @Override
    public Page<ListedRedemption> reversals(CampaignId campaign, int page, int size) {
        return lock.call(() -> {
            List<Redemption> reversed = redemptions.stream()
                    .filter(redemption -> redemption.campaign().equals(campaign) && !redemption.reversed().isZero())
                    .sorted(Comparator.comparing((Redemption redemption) -> redemption.reversedAt().orElseThrow())
                            .reversed().thenComparing(redemption -> redemption.payment().toString()))
                    .toList();
            return new Page<>(reversed.stream().skip((long) (page - 1) * size).limit(size).map(this::listed)
                    .toList(), page, size, reversed.size());
        });
    }

    /** The redemption with the order its payment is for; called under the store's lock. */
    private ListedRedemption listed(Redemption redemption) {
        return new ListedRedemption(redemption, payments.orderPaidBy(redemption.payment())
                .flatMap(orders::findById)
                .map(order -> new PaidOrder(order.id(), order.number())));
    }

    @Override
    public List<Redemption> ofPayment(PaymentId payment) {
        return lock.call(() -> redemptions.stream().filter(redemption -> redemption.payment().equals(payment))
                .sorted(Comparator.comparing(redemption -> redemption.campaign().toString()))
                .toList());
    }

    RestorePoint restorePoint() {
        Map<UseKey, Integer> savedUses = new HashMap<>(uses);
        Set<WithoutUse> savedWithoutUse = Set.copyOf(withoutUse);
        List<Redemption> savedRedemptions = List.copyOf(redemptions);
        return () -> {
            uses.clear();
            uses.putAll(savedUses);
            withoutUse.clear();
            withoutUse.addAll(savedWithoutUse);
            redemptions.clear();
            redemptions.addAll(savedRedemptions);
        };
    }
}
