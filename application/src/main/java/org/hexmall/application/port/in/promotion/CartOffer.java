package org.hexmall.application.port.in.promotion;

import java.util.Objects;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.shared.Money;

/**
 * A running offer that lines of the cart could have, with how far the cart is from its minimum spend.
 *
 * @param eligibleTotal what the cart's lines that the offer covers come to
 * @param stillToSpend  how much more those lines must come to for the minimum spend; zero once it is reached
 */
public record CartOffer(Campaign campaign, Money eligibleTotal, Money stillToSpend) {

    public CartOffer {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(eligibleTotal, "eligibleTotal");
        Objects.requireNonNull(stillToSpend, "stillToSpend");
    }

    /** The covered lines reach the offer's minimum spend. */
    public boolean isReached() {
        return stillToSpend.isZero();
    }
}
