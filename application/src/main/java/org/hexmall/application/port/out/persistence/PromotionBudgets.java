package org.hexmall.application.port.out.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;

/**
 * What payments reserve and spend of the campaigns' budgets and of each customer's uses of a campaign. A payment
 * reserves when it starts; success commits, and failure, cancellation, closing or timeout release, which gives the
 * budget and the use back. Reserved amounts count as used, so the budget of a campaign is never overspent however
 * many payments compete for its last fen. A refund does not give budget back: it records the amount it reversed.
 */
public interface PromotionBudgets {

    /** The most intervals {@link #spendingOverTime} reports: more than any chart shows. */
    int MAX_INTERVALS = 5000;

    /**
     * Reserves every claim for the payment, or none: when one is refused, the result names it and why, and nothing
     * the others reserved is kept. Runs inside the caller's transaction, or in one of its own. A payment reserves
     * once; its reservation is then committed or released as a whole.
     */
    ReservationResult reserve(PaymentId payment, CustomerId customer, List<Claim> claims, Instant now);

    /**
     * The payment succeeded: what it reserved is spent. True if it had a reservation to commit; false if it had
     * none, or if it was released already (a release is final, and a commit after it changes nothing).
     */
    boolean commit(PaymentId payment, Instant now);

    /**
     * The payment did not succeed: the budget and the customer's use it reserved go back to its campaigns. Safe to
     * repeat; true if something was released by this call.
     */
    boolean release(PaymentId payment, Instant now);

    /**
     * A refund took back {@code amount} of what the payment's success spent of the campaign. False, and nothing
     * recorded, if the payment spent nothing of it or the reversals would exceed what it spent.
     */
    boolean recordReversal(PaymentId payment, CampaignId campaign, Money amount, Instant now);

    /** What payments have reserved or spent of the campaign's budget; zero for an unknown campaign. */
    Money used(CampaignId campaign);

    /**
     * How many times the customer has reserved or used each of these campaigns, in one statement; a campaign never
     * used is absent.
     */
    Map<CampaignId, Integer> customerUses(CustomerId customer, Set<CampaignId> campaigns);

    /**
     * What successful payments spent of the campaign in each interval of {@code bucket} from {@code from} up to
     * {@code to}, by when they succeeded: every interval is listed, empty ones with zero. Pass {@code from} at a
     * midnight of the store's time zone to have days of that zone. Throws {@link IllegalArgumentException} for an
     * interval under a second, an empty span, or more than {@link #MAX_INTERVALS} intervals.
     */
    List<SpendingBucket> spendingOverTime(CampaignId campaign, Instant from, Instant to, Duration bucket);

    /**
     * One page of the campaign's redemptions, the latest reserved first, each with the order its payment is for,
     * read together.
     *
     * @param page counted from 1
     */
    Page<ListedRedemption> redemptions(CampaignId campaign, int page, int size);

    /**
     * One page of the campaign's redemptions that refunds took something back of, the latest refund first, each with
     * the order its payment is for, read together.
     *
     * @param page counted from 1
     */
    Page<ListedRedemption> reversals(CampaignId campaign, int page, int size);

    /** The payment's redemptions, in no particular order. */
    List<Redemption> ofPayment(PaymentId payment);

    /**
     * One campaign's part of a payment's reservation.
     *
     * @param amount          what the payment takes of the campaign's budget (zero for none: a use only)
     * @param usesPerCustomer how many times the campaign allows one customer to have it
     * @param countsAsUse     whether the claim takes one of the customer's uses: false for a claimed coupon, whose
     *                        use was counted when the customer claimed it; release gives back only a use taken
     */
    record Claim(CampaignId campaign, Money amount, int usesPerCustomer, boolean countsAsUse) {

        public Claim {
            Objects.requireNonNull(campaign, "campaign");
            Objects.requireNonNull(amount, "amount");
            if (usesPerCustomer < 1) {
                throw new IllegalArgumentException("a campaign allows each customer at least one use");
            }
        }

        /** A claim of a campaign applied directly, taking one of the customer's uses. */
        public Claim(CampaignId campaign, Money amount, int usesPerCustomer) {
            this(campaign, amount, usesPerCustomer, true);
        }
    }

    /** Why a claim was refused. */
    enum Refusal {
        /** Less of the budget is left than the claim asks for. */
        BUDGET_SPENT,
        /** The customer has reserved or used the campaign as often as it allows. */
        CUSTOMER_LIMIT_REACHED,
        /** The campaign is paused, ended, outside its window or unknown. */
        NOT_RUNNING
    }

    /** The outcome of {@link #reserve}. */
    sealed interface ReservationResult {

        default boolean isReserved() {
            return this instanceof Reserved;
        }
    }

    /** Every claim is reserved. */
    record Reserved() implements ReservationResult {
    }

    /** Nothing is reserved, because this campaign refused its claim. */
    record Refused(CampaignId campaign, Refusal reason) implements ReservationResult {

        public Refused {
            Objects.requireNonNull(campaign, "campaign");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Where one payment's reservation of one campaign stands. */
    enum RedemptionState {
        RESERVED, COMMITTED, RELEASED
    }

    /**
     * One payment's reservation of one campaign.
     *
     * @param settledAt  when it was committed or released
     * @param reversed   how much of it refunds took back
     * @param reversedAt when the latest refund took some back
     */
    record Redemption(CampaignId campaign, PaymentId payment, CustomerId customer, Money amount,
                      RedemptionState state, Instant reservedAt, Optional<Instant> settledAt, Money reversed,
                      Optional<Instant> reversedAt) {

        public Redemption {
            Objects.requireNonNull(campaign, "campaign");
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(reservedAt, "reservedAt");
            Objects.requireNonNull(settledAt, "settledAt");
            Objects.requireNonNull(reversed, "reversed");
            Objects.requireNonNull(reversedAt, "reversedAt");
        }
    }

    /** The order a payment is for: its id, and the number customers and agents know it by. */
    record PaidOrder(OrderId id, OrderNumber number) {

        public PaidOrder {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(number, "number");
        }
    }

    /** A redemption as a campaign's page lists it, with its payment's order; none when no payment is stored. */
    record ListedRedemption(Redemption redemption, Optional<PaidOrder> order) {

        public ListedRedemption {
            Objects.requireNonNull(redemption, "redemption");
            Objects.requireNonNull(order, "order");
        }
    }

    /** What successful payments spent of a campaign in the interval starting at {@code startsAt}. */
    record SpendingBucket(Instant startsAt, Money spent) {

        public SpendingBucket {
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(spent, "spent");
        }
    }
}
