package org.hexmall.acceptance.usecase;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/** The campaigns the promotion tests run, as a supervisor would set them up, running from a day before opening. */
final class RunningCampaigns {

    /** From a day before the store opens in the tests until a week after. */
    static final CampaignWindow THIS_WEEK = new CampaignWindow(InMemoryHexmall.OPENING_TIME.minus(Duration.ofDays(1)),
            InMemoryHexmall.OPENING_TIME.plus(Duration.ofDays(7)));

    private RunningCampaigns() {
    }

    /** ¥10 off the first payment with Alipay or WeChat Pay over ¥50, once per customer and wallet. */
    static Campaign firstWalletPayment(CampaignWindow window, Money budget) {
        return Campaign.create(newId(), "First wallet payment ¥10 off", "首次钱包支付立减10元",
                CampaignKind.FIRST_WALLET_PAYMENT,
                Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY, WalletProvider.WECHAT_PAY))
                        .withMinimumSpend(Money.ofYuan(50, 0)).firstPaymentWithWalletOnly(),
                new Benefit.AmountOff(Money.ofYuan(10, 0)), new StackingGroup("first-payment"), 0, window, budget, 2);
    }

    /** ¥10 off the first payment with Alipay or WeChat Pay over ¥50, this week, with a large budget. */
    static Campaign firstWalletPayment() {
        return firstWalletPayment(THIS_WEEK, Money.ofYuan(100_000, 0));
    }

    /** 满300减50 with Alipay: a festival under way. */
    static Campaign festival() {
        return Campaign.create(newId(), "Double 11 encore ¥50 off over ¥300", "双11返场 满300减50",
                CampaignKind.FESTIVAL,
                Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY)).withMinimumSpend(Money.ofYuan(300, 0)),
                new Benefit.AmountOff(Money.ofYuan(50, 0)), new StackingGroup("festival"), 0, THIS_WEEK,
                Money.ofYuan(100_000, 0), 100);
    }

    /** Double points with WeChat Pay on groceries. */
    static Campaign doublePoints() {
        return Campaign.create(newId(), "Double points with WeChat Pay", "微信支付双倍积分",
                CampaignKind.POINTS_MULTIPLIER,
                Conditions.none().withWallets(Set.of(WalletProvider.WECHAT_PAY))
                        .withCategories(Set.of(Category.GROCERIES)),
                new Benefit.PointsMultiplier(2), new StackingGroup("points"), 0, THIS_WEEK, Money.ofYuan(5000, 0),
                100);
    }

    /** A ¥20 voucher for a later order over ¥60, valid 30 days, for any payment over ¥80. */
    static Campaign cashback() {
        return Campaign.create(newId(), "¥20 cashback voucher", "返20元券", CampaignKind.CASHBACK_VOUCHER,
                Conditions.none().withMinimumSpend(Money.ofYuan(80, 0)),
                new Benefit.CashbackVoucher(Money.ofYuan(20, 0), Money.ofYuan(60, 0), 30),
                new StackingGroup("cashback"), 0, THIS_WEEK, Money.ofYuan(2000, 0), 100);
    }

    /** When a campaign was set up: well before the tests' opening time. */
    static Instant setUpAt() {
        return InMemoryHexmall.OPENING_TIME.minus(Duration.ofDays(2));
    }

    private static CampaignId newId() {
        return new CampaignId(UUID.randomUUID());
    }
}
