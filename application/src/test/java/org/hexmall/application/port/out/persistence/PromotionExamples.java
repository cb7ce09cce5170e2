package org.hexmall.application.port.out.persistence;

import static org.hexmall.application.port.out.persistence.Examples.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/** The campaigns the promotion contracts store: one of each kind, running around {@link Examples#NOW}. */
final class PromotionExamples {

    /** Double 11 runs from a day before {@link Examples#NOW} to a day after. */
    static final CampaignWindow AROUND_NOW = new CampaignWindow(NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(1)));

    private PromotionExamples() {
    }

    static CampaignId newCampaignId() {
        return new CampaignId(UUID.randomUUID());
    }

    /** 满300减50 for Alipay, on electronics and one promoted book. */
    static Campaign festival(Money budget, int usesPerCustomer) {
        return Campaign.create(newCampaignId(), "Double 11 encore", "双十一返场", CampaignKind.FESTIVAL,
                Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY)).withMinimumSpend(Money.ofYuan(300, 0))
                        .withCategories(Set.of(Category.ELECTRONICS, Category.HOME))
                        .withProducts(Set.of(new ProductId("BOOK-0001"), new ProductId("BOOK-0002"))),
                new Benefit.AmountOff(Money.ofYuan(50, 0)), new StackingGroup("festival"), 0, AROUND_NOW, budget,
                usesPerCustomer);
    }

    /** 8 % off electronics with JD Pay, at most ¥30, claimed as a coupon valid for 7 days. */
    static Campaign jdPayCoupon(Money budget) {
        return Campaign.create(newCampaignId(), "JD Pay electronics coupon", "京东支付数码券",
                CampaignKind.WALLET_COUPON,
                Conditions.none().withWallets(Set.of(WalletProvider.JD_PAY)).withMinimumSpend(Money.ofYuan(299, 0))
                        .withCategories(Set.of(Category.ELECTRONICS)),
                new Benefit.PercentOff(8, Money.ofYuan(30, 0)), new StackingGroup("jdpay-coupon"), 7, AROUND_NOW,
                budget, 1);
    }

    /** ¥10 off the first payment with Alipay or WeChat Pay over ¥50, for new customers. */
    static Campaign firstPayment(CampaignWindow window) {
        return Campaign.create(newCampaignId(), "First wallet payment", "首次钱包支付立减", CampaignKind.FIRST_WALLET_PAYMENT,
                Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY, WalletProvider.WECHAT_PAY))
                        .withMinimumSpend(Money.ofYuan(50, 0)).firstPaymentWithWalletOnly().forNewCustomersOnly(),
                new Benefit.AmountOff(Money.ofYuan(10, 0)), new StackingGroup("first-payment"), 0, window,
                Money.ofYuan(100_000, 0), 1);
    }

    /** Double points with WeChat Pay on groceries. */
    static Campaign doublePoints() {
        return Campaign.create(newCampaignId(), "Double points", "双倍积分", CampaignKind.POINTS_MULTIPLIER,
                Conditions.none().withWallets(Set.of(WalletProvider.WECHAT_PAY))
                        .withCategories(Set.of(Category.GROCERIES)),
                new Benefit.PointsMultiplier(2), new StackingGroup("points"), 0, AROUND_NOW, Money.ofYuan(5000, 0),
                10);
    }

    /** A ¥20 voucher, usable on an order over ¥100 within 30 days, for any payment over ¥200. */
    static Campaign cashback() {
        return Campaign.create(newCampaignId(), "Cashback voucher", "返现券", CampaignKind.CASHBACK_VOUCHER,
                Conditions.none().withMinimumSpend(Money.ofYuan(200, 0)),
                new Benefit.CashbackVoucher(Money.ofYuan(20, 0), Money.ofYuan(100, 0), 30),
                new StackingGroup("cashback"), 0, AROUND_NOW, Money.ofYuan(2000, 0), 3);
    }

    static Instant minutes(int minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }
}
