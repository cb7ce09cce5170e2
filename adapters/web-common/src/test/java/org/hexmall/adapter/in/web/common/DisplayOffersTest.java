package org.hexmall.adapter.in.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.api.Test;

class DisplayOffersTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final DisplayOffers offers = new DisplayOffers(new Messages(List.of("i18n/common")));

    @Test
    void aFirstPaymentOfferNamesItsWalletItsAmountAndItsThreshold() {
        Campaign firstPayment = campaign(CampaignKind.FIRST_WALLET_PAYMENT, Conditions.none()
                .withWallets(Set.of(WalletProvider.ALIPAY)).withMinimumSpend(Money.ofYuan(50, 0))
                .firstPaymentWithWalletOnly(), new Benefit.AmountOff(Money.ofYuan(10, 0)), 0);

        assertThat(offers.describe(firstPayment, Locale.ENGLISH))
                .isEqualTo("Alipay: ¥10.00 off your first payment over ¥50.00");
        assertThat(offers.describe(firstPayment, CHINESE)).isEqualTo("支付宝首次付款满¥50.00 减¥10.00");
    }

    @Test
    void aWalletCouponSaysWhichProductsItIsFor() {
        Campaign coupon = campaign(CampaignKind.WALLET_COUPON, Conditions.none()
                .withWallets(Set.of(WalletProvider.JD_PAY)).withMinimumSpend(Money.ofYuan(299, 0))
                .withCategories(Set.of(Category.ELECTRONICS)), new Benefit.AmountOff(Money.ofYuan(30, 0)), 30);

        assertThat(offers.describe(coupon, Locale.ENGLISH))
                .isEqualTo("JD Pay coupon: ¥30.00 off electronics over ¥299.00");
        assertThat(offers.describe(coupon, CHINESE)).isEqualTo("京东支付专享券：数码电器满¥299.00 减¥30.00");
    }

    @Test
    void aPercentageOfferSaysTheMostItTakesOff() {
        Campaign festival = campaign(CampaignKind.FESTIVAL, Conditions.none()
                .withWallets(Set.of(WalletProvider.WECHAT_PAY, WalletProvider.ALIPAY)),
                new Benefit.PercentOff(8, Money.ofYuan(30, 0)), 0);

        assertThat(offers.describe(festival, Locale.ENGLISH))
                .isEqualTo("Double 11 encore, WeChat Pay, Alipay: 8% off orders, up to ¥30.00");
        assertThat(offers.describe(festival, CHINESE)).isEqualTo("双十一返场，全场使用微信支付、支付宝付款享 8%优惠，最高减¥30.00");
    }

    @Test
    void doublePointsNameTheirFactor() {
        Campaign points = campaign(CampaignKind.POINTS_MULTIPLIER, Conditions.none()
                .withWallets(Set.of(WalletProvider.WECHAT_PAY)).withCategories(Set.of(Category.GROCERIES)),
                new Benefit.PointsMultiplier(2), 0);

        assertThat(offers.describe(points, Locale.ENGLISH)).isEqualTo("WeChat Pay: 2× points on groceries");
        assertThat(offers.describe(points, CHINESE)).isEqualTo("食品生鲜使用微信支付付款享 2 倍积分");
    }

    private static Campaign campaign(CampaignKind kind, Conditions conditions, Benefit benefit, int validityDays) {
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        return Campaign.create(new CampaignId(UUID.randomUUID()), "Double 11 encore", "双十一返场", kind, conditions,
                benefit, new StackingGroup("test"), validityDays,
                new CampaignWindow(start, start.plusSeconds(86_400 * 60)), Money.ofYuan(1000, 0), 1);
    }
}
