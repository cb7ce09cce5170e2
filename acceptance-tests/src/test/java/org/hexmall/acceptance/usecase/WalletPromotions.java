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

/** The wallet campaigns the promotion tests run, as a supervisor would set them up. */
final class WalletPromotions {

    /** How many days a claimed JD Pay coupon stays valid. */
    static final int COUPON_DAYS = 7;

    private WalletPromotions() {
    }

    /** JD Pay coupon: ¥30 off electronics over ¥299, claimed, valid a week; running from {@code start} for a month. */
    static Campaign jdPayElectronicsCoupon(Instant start, int usesPerCustomer) {
        return Campaign.create(new CampaignId(UUID.randomUUID()), "JD Pay electronics coupon", "京东支付数码券",
                CampaignKind.WALLET_COUPON, Conditions.none().withWallets(Set.of(WalletProvider.JD_PAY))
                        .withMinimumSpend(Money.ofYuan(299, 0)).withCategories(Set.of(Category.ELECTRONICS)),
                new Benefit.AmountOff(Money.ofYuan(30, 0)), new StackingGroup("jd-coupon"), COUPON_DAYS,
                month(start), Money.ofYuan(10_000, 0), usesPerCustomer);
    }

    /** Alipay: ¥10 off the first payment over ¥50, running from {@code start} for a month. */
    static Campaign alipayFirstPayment(Instant start) {
        return Campaign.create(new CampaignId(UUID.randomUUID()), "Alipay first payment", "支付宝首单立减",
                CampaignKind.FIRST_WALLET_PAYMENT, Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY))
                        .withMinimumSpend(Money.ofYuan(50, 0)).firstPaymentWithWalletOnly(),
                new Benefit.AmountOff(Money.ofYuan(10, 0)), new StackingGroup("first-payment"), 0, month(start),
                Money.ofYuan(10_000, 0), 1);
    }

    /** A festival for Alipay payers: ¥50 off orders over ¥300 (满300减50), running from {@code start} for a month. */
    static Campaign alipayFestival(Instant start) {
        return Campaign.create(new CampaignId(UUID.randomUUID()), "Double 11 encore", "双十一返场",
                CampaignKind.FESTIVAL, Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY))
                        .withMinimumSpend(Money.ofYuan(300, 0)),
                new Benefit.AmountOff(Money.ofYuan(50, 0)), new StackingGroup("festival"), 0, month(start),
                Money.ofYuan(10_000, 0), 5);
    }

    private static CampaignWindow month(Instant start) {
        return new CampaignWindow(start, start.plus(Duration.ofDays(30)));
    }
}
