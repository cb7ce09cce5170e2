package org.hexmall.domain.promotion;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A running offer as product pages, the cart and the promotions page show it before the customer pays, such as
 * "Alipay: ¥10 off your first payment over ¥50"; pages turn these facts into a sentence in the reader's language.
 *
 * @param wallets             the wallets it is for; empty for any wallet
 * @param claimable           a wallet coupon campaign: the customer claims a coupon to have it
 * @param customerQualifies   whether this customer could have it, as far as their history tells: not yet paid with
 *                            one of its wallets for a first-payment offer, never paid the store for a new-customer
 *                            offer, and below the campaign's per-customer limit
 */
public record OfferDescription(CampaignId campaign, String nameEn, String nameZh, CampaignKind kind,
                               Set<WalletProvider> wallets, Benefit benefit, Money minimumSpend,
                               Set<Category> categories, Set<ProductId> products, boolean firstPaymentWithWallet,
                               boolean newCustomersOnly, boolean claimable, Instant endsAt,
                               boolean customerQualifies) {

    public OfferDescription {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(kind, "kind");
        wallets = Set.copyOf(wallets);
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(minimumSpend, "minimumSpend");
        categories = Set.copyOf(categories);
        products = Set.copyOf(products);
        Objects.requireNonNull(endsAt, "endsAt");
    }
}
