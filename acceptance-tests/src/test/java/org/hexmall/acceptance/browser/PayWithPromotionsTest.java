package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedWithin;
import static org.hexmall.acceptance.browser.PromotedShopping.PAYMENT_PASSWORD;
import static org.hexmall.acceptance.browser.PromotedShopping.newShopperWith;
import static org.hexmall.acceptance.browser.PromotedShopping.run;
import static org.hexmall.acceptance.browser.PromotedShopping.thisWeek;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A shopper pays with wallet promotions running: the payment page says what the wallet takes off and why other
 * offers do not apply, the wallet app asks for the discounted amount, and the order page keeps the price it was paid
 * at with the points earned; an order a coupon covers in full is paid without the wallet app. Each test runs campaigns on products of its own, set up as a supervisor would, so that
 * no test sees another's offers; each shopper is new, so that no first payment was made before.
 */
@Order(2)
@BrowserFlowTest
@WithoutDemoCampaigns
class PayWithPromotionsTest {

    @Test
    void theFirstAlipayPaymentShowsAndGetsTenYuanOff(Page page, HexmallApplication hexmall, MovableClock clock) {
        run(hexmall, Campaign.create(newId(), "First Alipay payment ¥10 off", "支付宝首单立减10元",
                CampaignKind.FIRST_WALLET_PAYMENT, Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY))
                        .withMinimumSpend(Money.ofYuan(50, 0)).withProducts(Set.of(new ProductId("SPORT-0003")))
                        .firstPaymentWithWalletOnly(),
                new Benefit.AmountOff(Money.ofYuan(10, 0)), new StackingGroup("first-payment"), 0,
                thisWeek(clock), Money.ofYuan(10_000, 0), 1));
        String wallet = newShopperWith(page, "Alipay");
        String order = Checkout.placeOrderOverHttp(page, "Yoga mat");

        Checkout.payNow(page, order);
        assertThat(definitionOf(page, "Amount to pay")).hasText("¥79.00");
        assertThat(page.getByText("Pay ¥79.00 · save ¥10.00 · earn 79 points")).isVisible();
        assertThat(definitionOf(page, "First Alipay payment ¥10 off")).hasText("−¥10.00");
        Checkout.payWith(page, wallet, "¥79.00");
        SimulatedWallets.assertPayPage(page, order, "¥79.00");
        SimulatedWallets.pay(page, PAYMENT_PASSWORD);

        Checkout.assertPaymentSuccessful(page, order, "¥79.00", "Alipay");
        Checkout.viewTheOrder(page, order);
        assertThat(definitionOf(page, "Goods")).hasText("¥89.00");
        assertThat(definitionOf(page, "First Alipay payment ¥10 off")).hasText("−¥10.00");
        assertThat(definitionOf(page, "To pay")).hasText("¥79.00");
        assertThat(page.getByText("Points earned: 79")).isVisible();

        String second = Checkout.placeOrderOverHttp(page, "Yoga mat");
        Checkout.payNow(page, second);
        assertThat(definitionOf(page, "Amount to pay")).hasText("¥89.00");
        assertThat(page.getByText("First Alipay payment ¥10 off: only for your first payment with this wallet"))
                .isVisible();
    }

    @Test
    void aFestivalTakesFiftyOffOverThreeHundredWithAlipay_inChineseToo(Page page, HexmallApplication hexmall,
                                                                        MovableClock clock) {
        run(hexmall, festival("SPORT-0001", "Double 11 encore ¥50 off over ¥300", "双11返场 满300减50", clock));
        String wallet = newShopperWith(page, "Alipay");
        Checkout.addToCartOverHttp(page, "Badminton rackets, pair", 2);
        String order = Checkout.settleOverHttp(page);

        Checkout.payNow(page, order);
        assertThat(definitionOf(page, "Amount to pay")).hasText("¥288.00");
        assertThat(definitionOf(page, "Double 11 encore ¥50 off over ¥300")).hasText("−¥50.00");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(definitionOf(page, "应付金额")).hasText("¥288.00");
        assertThat(definitionOf(page, "双11返场 满300减50")).hasText("−¥50.00");
        assertThat(page.getByText("应付 ¥288.00 · 省 ¥50.00 · 得 288 积分")).isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();

        Checkout.payWith(page, wallet, "¥288.00");
        SimulatedWallets.assertPayPage(page, order, "¥288.00");
        SimulatedWallets.pay(page, PAYMENT_PASSWORD);
        Checkout.assertPaymentSuccessful(page, order, "¥288.00", "Alipay");
    }

    @Test
    void weChatPayShowsItsOwnTotal_withoutTheAlipayOffer_andSaysWhy(Page page, HexmallApplication hexmall,
                                                                     MovableClock clock) {
        run(hexmall, festival("SPORT-0002", "Spring sale ¥50 off over ¥300", "春季特卖 满300减50", clock));
        String wallet = newShopperWith(page, "WeChat Pay");
        Checkout.addToCartOverHttp(page, "Table tennis balls, 10", 16);
        String order = Checkout.settleOverHttp(page);

        Checkout.payNow(page, order);
        assertThat(definitionOf(page, "Amount to pay")).hasText("¥318.40");
        assertThat(page.getByText("Spring sale ¥50 off over ¥300: for Alipay only")).isVisible();
        Checkout.payWith(page, wallet, "¥318.40");
        SimulatedWallets.assertPayPage(page, order, "¥318.40");
    }

    @Test
    void aCashbackVoucherIsGrantedOnPaymentThenTakesItsValueOffTheNextOrder(Page page, HexmallApplication hexmall,
                                                                           MovableClock clock) {
        run(hexmall, Campaign.create(newId(), "¥20 cashback voucher", "返20元券", CampaignKind.CASHBACK_VOUCHER,
                Conditions.none().withMinimumSpend(Money.ofYuan(100, 0))
                        .withProducts(Set.of(new ProductId("CLOTH-0005"))),
                new Benefit.CashbackVoucher(Money.ofYuan(20, 0), Money.ofYuan(30, 0), 30),
                new StackingGroup("cashback"), 0, thisWeek(clock), Money.ofYuan(10_000, 0), 5));
        String wallet = newShopperWith(page, "Alipay");
        String first = Checkout.placeOrderOverHttp(page, "Canvas sneakers");

        Checkout.payNow(page, first);
        assertThat(page.getByText("Voucher for a later order: ¥20.00 (¥20 cashback voucher)")).isVisible();
        Checkout.payWith(page, wallet, "¥159.00");
        SimulatedWallets.pay(page, PAYMENT_PASSWORD);
        Checkout.assertPaymentSuccessful(page, first, "¥159.00", "Alipay");

        String next = Checkout.placeOrderOverHttp(page, "Running socks, 3 pairs");
        Checkout.payNow(page, next);
        assertThat(definitionOf(page, "¥20 cashback voucher")).hasText("−¥20.00");
        Checkout.payWith(page, wallet, "¥19.90");
        SimulatedWallets.assertPayPage(page, next, "¥19.90");
        SimulatedWallets.pay(page, PAYMENT_PASSWORD);
        Checkout.assertPaymentSuccessful(page, next, "¥19.90", "Alipay");
    }

    @Test
    void anOfferPausedBySupervisorDisappearsFromThePaymentPage(Page page, HexmallApplication hexmall,
                                                               MovableClock clock) {
        Campaign summer = run(hexmall, Campaign.create(newId(), "Summer sports ¥5 off", "夏季运动立减5元",
                CampaignKind.FESTIVAL, Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY,
                        WalletProvider.WECHAT_PAY, WalletProvider.JD_PAY))
                        .withProducts(Set.of(new ProductId("SPORT-0005"))),
                new Benefit.AmountOff(Money.ofYuan(5, 0)), new StackingGroup("summer"), 0, thisWeek(clock),
                Money.ofYuan(10_000, 0), 5));
        newShopperWith(page, "Alipay");
        String order = Checkout.placeOrderOverHttp(page, "Water bottle 750 ml");
        Checkout.payNow(page, order);
        assertThat(definitionOf(page, "Summer sports ¥5 off")).hasText("−¥5.00");
        assertThat(definitionOf(page, "Amount to pay")).hasText("¥40.00");

        summer.pause();
        hexmall.storage().campaigns().update(summer);
        page.reload();

        assertThat(definitionOf(page, "Amount to pay")).hasText("¥45.00");
        assertThat(page.getByText("Summer sports ¥5 off")).not().isAttached();
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Pay ¥45.00"))).isVisible();
    }

    /**
     * Points pay at most half of an order, so a whole order is paid for only by a coupon or voucher that covers it: a
     * ¥40 Alipay coupon on a ¥36.50 book takes off the book's price and no more, the payment page asks ¥0.00, and
     * pressing Pay settles the order at once, without the wallet app, which is never asked for the money.
     */
    @Test
    void aCouponCoveringTheWholeOrder_paysItAtOnce_withoutTheWalletApp_inChineseToo(Page page,
                                                                                   HexmallApplication hexmall,
                                                                                   MovableClock clock) {
        String name = "Characters coupon ¥40 off";
        run(hexmall, Campaign.create(newId(), name, "识字券立减40元", CampaignKind.WALLET_COUPON,
                Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY))
                        .withProducts(Set.of(new ProductId("BOOK-0003"))),
                new Benefit.AmountOff(Money.ofYuan(40, 0)), new StackingGroup("characters-coupon"), 7, thisWeek(clock),
                Money.ofYuan(10_000, 0), 1));
        String wallet = newShopperWith(page, "Alipay");
        page.navigate("/promotions");
        page.locator("li.offer").filter(new Locator.FilterOptions().setHasText(name))
                .getByRole(AriaRole.BUTTON, namedWithin("Claim")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Coupon claimed.");
        String order = Checkout.placeOrderOverHttp(page, "Learn Chinese Characters");

        Checkout.payNow(page, order);
        assertThat(definitionOf(page, "Amount to pay")).hasText("¥0.00");
        assertThat(definitionOf(page, name)).hasText("−¥36.50");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(definitionOf(page, "应付金额")).hasText("¥0.00");
        assertThat(definitionOf(page, "识字券立减40元")).hasText("−¥36.50");
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("支付 ¥0.00"))).isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        Checkout.payWith(page, wallet, "¥0.00");

        Checkout.assertPaymentSuccessful(page, order, "¥0.00", "Alipay");
        Checkout.viewTheOrder(page, order);
        assertThat(definitionOf(page, "Status")).hasText("Paid");
        assertThat(definitionOf(page, "Goods")).hasText("¥36.50");
        assertThat(definitionOf(page, name)).hasText("−¥36.50");
        assertThat(definitionOf(page, "To pay")).hasText("¥0.00");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(definitionOf(page, "状态")).hasText("已付款");
        assertThat(definitionOf(page, "商品金额")).hasText("¥36.50");
        assertThat(definitionOf(page, "识字券立减40元")).hasText("−¥36.50");
        assertThat(definitionOf(page, "应付")).hasText("¥0.00");
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();

        Page simulatedWallets = page.context().newPage();
        assertThat(SimulatedWallets.paymentsFor(simulatedWallets, order)).hasCount(0);
        assertThat(SimulatedWallets.account(simulatedWallets, "Alipay", wallet.substring("Alipay ".length())))
                .containsText("¥1,000.00");
    }

    @Test
    void anOfferWhoseBudgetIsUsedUp_andOneWithTooLittleLeft_bothHaveRunOut_inChineseToo(
            Page page, HexmallApplication hexmall, MovableClock clock, PromotionBudgets budgets) {
        Campaign usedUp = run(hexmall, ropeOffer("Rope offer used up", "跳绳优惠已用完", clock));
        Campaign almostGone = run(hexmall, ropeOffer("Rope offer almost gone", "跳绳优惠将尽", clock));
        spent(budgets, usedUp, Money.ofYuan(5, 0), clock);
        spent(budgets, almostGone, Money.ofYuan(4, 0), clock);
        newShopperWith(page, "Alipay");
        String order = Checkout.placeOrderOverHttp(page, "Skipping rope");

        Checkout.payNow(page, order);
        assertThat(definitionOf(page, "Amount to pay")).hasText("¥25.00");
        assertThat(page.getByText("Rope offer used up: this offer has run out")).isVisible();
        assertThat(page.getByText("Rope offer almost gone: this offer has run out")).isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByText("跳绳优惠已用完：此优惠已抢完")).isVisible();
        assertThat(page.getByText("跳绳优惠将尽：此优惠已抢完")).isVisible();
    }

    /** ¥5 off the skipping rope with Alipay, with a budget of ¥5, in a stacking group of its own. */
    private static Campaign ropeOffer(String nameEn, String nameZh, MovableClock clock) {
        return Campaign.create(newId(), nameEn, nameZh, CampaignKind.FESTIVAL,
                Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY))
                        .withProducts(Set.of(new ProductId("SPORT-0004"))),
                new Benefit.AmountOff(Money.ofYuan(5, 0)), new StackingGroup(nameEn.replace(' ', '-').toLowerCase()),
                0, thisWeek(clock), Money.ofYuan(5, 0), 1);
    }

    /** What another customer's paid order took of the campaign's budget a minute ago. */
    private static void spent(PromotionBudgets budgets, Campaign campaign, Money amount, MovableClock clock) {
        PaymentId payment = new PaymentId(UUID.randomUUID());
        Instant at = clock.instant().minus(Duration.ofMinutes(1));
        var reserved = budgets.reserve(payment, new CustomerId(UUID.randomUUID()),
                List.of(new PromotionBudgets.Claim(campaign.id(), amount, 1)), at.minusSeconds(30));
        assertTrue(reserved.isReserved(), reserved::toString);
        budgets.commit(payment, at);
    }

    /**
     * A coupon offer allows two a customer: holding both, an order takes one, and the other is not said to "save more"
     * than itself: the page says an order takes one coupon of an offer and the other stays for another order.
     */
    @Test
    void twoCouponsOfOneOffer_oneIsUsed_andThePageSaysTheOtherStaysForAnotherOrder_inChineseToo(
            Page page, HexmallApplication hexmall, MovableClock clock) {
        String name = "Yoga coupon ¥8 off";
        run(hexmall, Campaign.create(newId(), name, "瑜伽券立减8元", CampaignKind.WALLET_COUPON,
                Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY))
                        .withProducts(Set.of(new ProductId("SPORT-0003"))),
                new Benefit.AmountOff(Money.ofYuan(8, 0)), new StackingGroup("yoga-coupon"), 7, thisWeek(clock),
                Money.ofYuan(10_000, 0), 2));
        String wallet = newShopperWith(page, "Alipay");
        for (int claim = 1; claim <= 2; claim++) {
            page.navigate("/promotions");
            page.locator("li.offer").filter(new Locator.FilterOptions().setHasText(name))
                    .getByRole(AriaRole.BUTTON, namedWithin("Claim")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Coupon claimed.");
        }
        String order = Checkout.placeOrderOverHttp(page, "Yoga mat");

        Checkout.payNow(page, order);
        assertThat(definitionOf(page, name)).hasText("−¥8.00");
        assertThat(definitionOf(page, "Amount to pay")).hasText("¥81.00");
        assertThat(page.getByText(name + ": one coupon of this offer per order; this one stays in My coupons for "
                + "another order", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("does not combine with")).not().isAttached();
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByText("瑜伽券立减8元：同一优惠每单限用一张，这张仍保留在“我的优惠券”中，可用于其他订单",
                new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("不可与更优惠的")).not().isAttached();
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        Checkout.payWith(page, wallet, "¥81.00");
        SimulatedWallets.assertPayPage(page, order, "¥81.00");
    }

    /** 满300减50 with Alipay on one product. */
    private static Campaign festival(String product, String nameEn, String nameZh, MovableClock clock) {
        return Campaign.create(newId(), nameEn, nameZh,
                CampaignKind.FESTIVAL, Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY))
                        .withMinimumSpend(Money.ofYuan(300, 0)).withProducts(Set.of(new ProductId(product))),
                new Benefit.AmountOff(Money.ofYuan(50, 0)), new StackingGroup("festival"), 0, thisWeek(clock),
                Money.ofYuan(10_000, 0), 10);
    }

    private static CampaignId newId() {
        return new CampaignId(UUID.randomUUID());
    }
}
