package org.hexmall.domain.promotion;

import java.util.Objects;
import java.util.Set;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Why an offer pricing considered did not apply to the order. Each reason has a stable {@link #code()} that pages
 * turn into a sentence in the reader's language, with the reason's values.
 */
public sealed interface NotAppliedReason {

    /** A stable, machine-readable name, such as {@code promotion.not-applied.wallet}. */
    String code();

    /**
     * The campaign is not running now: scheduled, paused, ended or its budget spent. A spent budget reads as the
     * offer having run out, the code of {@link BudgetTooSmall}: to the customer, a budget used up and one with too
     * little left for this order are the same thing.
     */
    record NotRunning(CampaignStatus status) implements NotAppliedReason {
        public NotRunning {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String code() {
            return status == CampaignStatus.BUDGET_SPENT ? BudgetTooSmall.CODE : "promotion.not-applied.not-running";
        }
    }

    /** The offer is for other wallets only. */
    record OtherWallet(Set<WalletProvider> wallets) implements NotAppliedReason {
        public OtherWallet {
            wallets = Set.copyOf(wallets);
        }

        @Override
        public String code() {
            return "promotion.not-applied.wallet";
        }
    }

    /** The eligible lines came to less than the minimum spend; {@code shortBy} more would have qualified. */
    record BelowMinimumSpend(Money minimumSpend, Money shortBy) implements NotAppliedReason {
        public BelowMinimumSpend {
            Objects.requireNonNull(minimumSpend, "minimumSpend");
            Objects.requireNonNull(shortBy, "shortBy");
        }

        @Override
        public String code() {
            return "promotion.not-applied.minimum-spend";
        }
    }

    /** None of the order's lines is a promoted product or category. */
    record NoEligibleLines() implements NotAppliedReason {
        @Override
        public String code() {
            return "promotion.not-applied.no-eligible-line";
        }
    }

    /** Offers applied before it left nothing to pay (or no points to multiply) on its lines. */
    record NothingLeftToPay() implements NotAppliedReason {
        @Override
        public String code() {
            return "promotion.not-applied.nothing-left";
        }
    }

    /** What the offer would give ({@code needed}) is more than what is left of the campaign's budget. */
    record BudgetTooSmall(Money needed, Money left) implements NotAppliedReason {

        /** The offer has run out: what is left of its budget, if anything, is not enough. */
        static final String CODE = "promotion.not-applied.budget";

        public BudgetTooSmall {
            Objects.requireNonNull(needed, "needed");
            Objects.requireNonNull(left, "left");
        }

        @Override
        public String code() {
            return CODE;
        }
    }

    /** The customer has had the campaign as many times as it allows. */
    record CustomerLimitReached(int usesPerCustomer) implements NotAppliedReason {
        @Override
        public String code() {
            return "promotion.not-applied.customer-limit";
        }
    }

    /** A first-payment offer, but the customer has paid with this wallet before. */
    record FirstPaymentWithWalletMade(WalletProvider wallet) implements NotAppliedReason {
        public FirstPaymentWithWalletMade {
            Objects.requireNonNull(wallet, "wallet");
        }

        @Override
        public String code() {
            return "promotion.not-applied.first-payment-made";
        }
    }

    /** An offer for new customers, and this customer has paid the store before. */
    record NewCustomersOnly() implements NotAppliedReason {
        @Override
        public String code() {
            return "promotion.not-applied.new-customers-only";
        }
    }

    /** Another offer of the same stacking group was better for the customer, and a group gives one benefit. */
    record LostInStackingGroup(StackingGroup group, OfferRef winner, String winnerNameEn, String winnerNameZh)
            implements NotAppliedReason {
        public LostInStackingGroup {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(winner, "winner");
            Objects.requireNonNull(winnerNameEn, "winnerNameEn");
            Objects.requireNonNull(winnerNameZh, "winnerNameZh");
        }

        @Override
        public String code() {
            return "promotion.not-applied.lost-in-group";
        }
    }

    /**
     * The customer holds another coupon or voucher of the same offer (of one campaign, or given under the same name),
     * and that one is used: an order takes one coupon of an offer, and this one stays with the customer for another
     * order. Unlike {@link LostInStackingGroup}, no other offer "saves more": the two are the same offer.
     */
    record AnotherCouponOfTheOffer(OfferRef chosen) implements NotAppliedReason {
        public AnotherCouponOfTheOffer {
            Objects.requireNonNull(chosen, "chosen");
        }

        @Override
        public String code() {
            return "promotion.not-applied.another-coupon-of-the-offer";
        }
    }

    /** It could apply alone, but the offers chosen without it leave the customer better off together. */
    record LostToBetterCombination() implements NotAppliedReason {
        @Override
        public String code() {
            return "promotion.not-applied.better-combination";
        }
    }

    /** Only the best points multiplier counts on a payment, and another one gives more points. */
    record WeakerPointsMultiplier(OfferRef winner) implements NotAppliedReason {
        public WeakerPointsMultiplier {
            Objects.requireNonNull(winner, "winner");
        }

        @Override
        public String code() {
            return "promotion.not-applied.weaker-multiplier";
        }
    }

    /** The coupon cannot be used now: used, held by another payment, withdrawn, not yet valid or expired. */
    record CouponNotUsable(CouponStatus status, boolean expired) implements NotAppliedReason {
        public CouponNotUsable {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String code() {
            return expired ? "promotion.not-applied.coupon-expired" : "promotion.not-applied.coupon-not-usable";
        }
    }

    /** A wallet coupon campaign: its benefit comes with a coupon the customer has not claimed. */
    record NotClaimed() implements NotAppliedReason {
        @Override
        public String code() {
            return "promotion.not-applied.not-claimed";
        }
    }
}
