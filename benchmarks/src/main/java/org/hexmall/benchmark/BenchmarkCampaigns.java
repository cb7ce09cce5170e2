package org.hexmall.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.Campaigns;
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

/**
 * The campaigns a run with {@code -Dbench.campaigns=on} runs, so that every checkout is priced with promotions that
 * apply: ¥10 off the first Alipay payment over ¥50, 满300减50 with Alipay, double points with Alipay on groceries,
 * and a ¥5 voucher for every payment over ¥100, used on the customer's next order. Budgets are large enough never to
 * run out during a run.
 */
final class BenchmarkCampaigns {

    private BenchmarkCampaigns() {
    }

    static List<Campaign> runningAt(Instant now) {
        CampaignWindow window = new CampaignWindow(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
        Money budget = Money.ofYuan(100_000_000, 0);
        int uses = Campaign.MAX_USES_PER_CUSTOMER;
        Set<WalletProvider> alipay = Set.of(WalletProvider.ALIPAY);
        return List.of(
                Campaign.create(newId(), "First Alipay payment ¥10 off", "支付宝首单立减10元",
                        CampaignKind.FIRST_WALLET_PAYMENT, Conditions.none().withWallets(alipay)
                                .withMinimumSpend(Money.ofYuan(50, 0)).firstPaymentWithWalletOnly(),
                        new Benefit.AmountOff(Money.ofYuan(10, 0)), new StackingGroup("first-payment"), 0, window,
                        budget, 1),
                Campaign.create(newId(), "Double 11 encore ¥50 off over ¥300", "双11返场 满300减50",
                        CampaignKind.FESTIVAL, Conditions.none().withWallets(alipay)
                                .withMinimumSpend(Money.ofYuan(300, 0)),
                        new Benefit.AmountOff(Money.ofYuan(50, 0)), new StackingGroup("festival"), 0, window,
                        budget, uses),
                Campaign.create(newId(), "Double points with Alipay on groceries", "支付宝买食品双倍积分",
                        CampaignKind.POINTS_MULTIPLIER, Conditions.none().withWallets(alipay)
                                .withCategories(Set.of(Category.GROCERIES)),
                        new Benefit.PointsMultiplier(2), new StackingGroup("points"), 0, window, budget, uses),
                Campaign.create(newId(), "¥5 cashback voucher", "返5元券", CampaignKind.CASHBACK_VOUCHER,
                        Conditions.none().withMinimumSpend(Money.ofYuan(100, 0)),
                        new Benefit.CashbackVoucher(Money.ofYuan(5, 0), Money.ofYuan(20, 0), 30),
                        new StackingGroup("cashback"), 0, window, budget, uses));
    }

    /** Adds the campaigns to the store's, running from a day ago. */
    static void run(Campaigns campaigns, Instant now) {
        for (Campaign campaign : runningAt(now)) {
            campaigns.add(campaign, now);
        }
    }

    private static CampaignId newId() {
        return new CampaignId(UUID.randomUUID());
    }
}
