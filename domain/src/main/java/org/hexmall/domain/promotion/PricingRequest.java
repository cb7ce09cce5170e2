package org.hexmall.domain.promotion;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Everything pricing looks at: the order's lines, the wallet chosen, the campaigns that may apply, the coupons the
 * customer holds (those not usable now are listed as such and ignored), the customer's history, the points the
 * customer asks to spend (0 for none) and the moment.
 */
public record PricingRequest(List<OrderLine> lines, WalletProvider wallet, List<CampaignOffer> campaigns,
                             List<Coupon> coupons, CustomerFacts customer, long pointsToSpend, Instant now) {

    public PricingRequest {
        lines = List.copyOf(lines);
        Objects.requireNonNull(wallet, "wallet");
        campaigns = List.copyOf(campaigns);
        coupons = List.copyOf(coupons);
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(now, "now");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        if (pointsToSpend < 0) {
            throw new IllegalArgumentException("points to spend are never negative");
        }
    }

    /** The same request for another wallet, to compare wallets on the payment page. */
    public PricingRequest withWallet(WalletProvider other) {
        return new PricingRequest(lines, other, campaigns, coupons, customer, pointsToSpend, now);
    }
}
