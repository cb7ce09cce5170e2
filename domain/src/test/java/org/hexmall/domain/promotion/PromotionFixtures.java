package org.hexmall.domain.promotion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/** Orders, campaigns and coupons for the promotion tests, with ids that sort in the order they are numbered. */
final class PromotionFixtures {

    static final Instant NOW = Instant.parse("2026-11-11T04:00:00Z");
    static final CustomerId CUSTOMER = new CustomerId(new UUID(7, 7));
    static final CampaignWindow OPEN = new CampaignWindow(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));

    private PromotionFixtures() {
    }

    static Money yuan(long yuan) {
        return Money.ofYuan(yuan, 0);
    }

    static Money fen(long fen) {
        return Money.ofFen(fen);
    }

    static OrderLine line(String code, Category category, Money unitPrice, int quantity) {
        return new OrderLine(new ProductId(code), code + " en", code + " zh", category, unitPrice, quantity);
    }

    static OrderLine phone(Money unitPrice) {
        return line("ELEC-0001", Category.ELECTRONICS, unitPrice, 1);
    }

    static OrderLine rice(Money unitPrice, int quantity) {
        return line("GROC-0001", Category.GROCERIES, unitPrice, quantity);
    }

    static OrderLine book(Money unitPrice) {
        return line("BOOK-0001", Category.BOOKS, unitPrice, 1);
    }

    static CampaignId campaignId(int number) {
        return new CampaignId(new UUID(1, number));
    }

    static CouponId couponId(int number) {
        return new CouponId(new UUID(2, number));
    }

    /** A campaign running now with a large budget, for the named wallets (none: any wallet). */
    static Campaign campaign(int number, CampaignKind kind, Benefit benefit, Conditions conditions, String group) {
        return Campaign.create(campaignId(number), "Campaign " + number, "活动" + number, kind, conditions, benefit,
                new StackingGroup(group), kind == CampaignKind.WALLET_COUPON ? 30 : 0, OPEN, yuan(1_000_000),
                Campaign.MAX_USES_PER_CUSTOMER);
    }

    static Conditions alipay() {
        return Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY));
    }

    static Campaign festival(int number, Benefit benefit, Money minimumSpend, String group) {
        return campaign(number, CampaignKind.FESTIVAL, benefit, alipay().withMinimumSpend(minimumSpend), group);
    }

    static Campaign firstPayment(int number, Benefit benefit, Money minimumSpend) {
        return campaign(number, CampaignKind.FIRST_WALLET_PAYMENT, benefit,
                alipay().withMinimumSpend(minimumSpend).firstPaymentWithWalletOnly(), "first-payment");
    }

    static Benefit.AmountOff off(long yuan) {
        return new Benefit.AmountOff(yuan(yuan));
    }

    static CampaignOffer offer(Campaign campaign) {
        return new CampaignOffer(campaign, Money.ZERO, 0);
    }

    static Coupon claimed(int number, Campaign campaign) {
        return Coupon.claim(couponId(number), CUSTOMER, campaign, NOW.minus(Duration.ofHours(1)));
    }

    static CustomerFacts returning() {
        return new CustomerFacts(Set.of(WalletProvider.ALIPAY, WalletProvider.WECHAT_PAY), true, 0);
    }

    static PricingRequest request(List<OrderLine> lines, List<CampaignOffer> campaigns, List<Coupon> coupons,
                                  CustomerFacts customer, long pointsToSpend) {
        return new PricingRequest(lines, WalletProvider.ALIPAY, campaigns, coupons, customer, pointsToSpend, NOW);
    }

    static PricingRequest request(List<OrderLine> lines, CampaignOffer... campaigns) {
        return request(lines, List.of(campaigns), List.of(), CustomerFacts.newCustomer(), 0);
    }
}
