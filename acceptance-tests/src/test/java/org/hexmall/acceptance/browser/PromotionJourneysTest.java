package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;
import static org.hexmall.acceptance.browser.AccessibleNames.namedWithin;
import static org.hexmall.acceptance.browser.PromotedShopping.PAYMENT_PASSWORD;
import static org.hexmall.acceptance.browser.PromotedShopping.newShopperWith;
import static org.hexmall.acceptance.browser.PromotedShopping.run;
import static org.hexmall.acceptance.browser.PromotedShopping.thisWeek;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * Wallet promotions from the first look to what the customer keeps, each in English and in Chinese: a JD Pay coupon
 * claimed, applied at the payment page and then listed as used, its product page offering no second claim; double
 * points with WeChat Pay on groceries credited
 * after paying; a supervisor pausing a campaign in the console, after which the payment page no longer offers it.
 * The demo campaigns are paused so that each journey prices with its own campaign.
 */
@BrowserFlowTest
@WithoutDemoCampaigns
class PromotionJourneysTest {

    @Test
    void aClaimedJdPayCoupon_isAppliedAtThePaymentPage_andThenListedAsUsed(Page page, HexmallApplication hexmall,
                                                                         MovableClock clock) {
        String name = "JD Pay kettle coupon " + suffix();
        String nameZh = "京东支付水壶券" + suffix();
        run(hexmall, Campaign.create(newId(), name, nameZh, CampaignKind.WALLET_COUPON,
                Conditions.none().withWallets(Set.of(WalletProvider.JD_PAY)).withMinimumSpend(Money.ofYuan(100, 0))
                        .withProducts(Set.of(new ProductId("HOME-0001"))),
                new Benefit.AmountOff(Money.ofYuan(30, 0)), new StackingGroup("kettle-coupon"), 7, thisWeek(clock),
                Money.ofYuan(10_000, 0), 1));
        String wallet = newShopperWith(page, "JD Pay");
        page.navigate("/promotions");
        Locator offer = page.locator("li.offer").filter(new Locator.FilterOptions().setHasText(name));
        offer.getByRole(AriaRole.BUTTON, namedWithin("Claim")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Coupon claimed.");

        String order = Checkout.placeOrderOverHttp(page, "Electric kettle 1.7 L");
        Checkout.payNow(page, order);
        assertThat(definitionOf(page, name)).hasText("−¥30.00");
        assertThat(definitionOf(page, "Amount to pay")).hasText("¥119.00");
        Checkout.payWith(page, wallet, "¥119.00");
        SimulatedWallets.assertPayPage(page, order, "¥119.00");
        SimulatedWallets.pay(page, PAYMENT_PASSWORD);
        Checkout.assertPaymentSuccessful(page, order, "¥119.00", "JD Pay");

        page.navigate("/products/HOME-0001");
        Locator onTheProductPage = page.locator("li.offer").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(onTheProductPage.getByText("Used", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(onTheProductPage).containsText("You have used this coupon.");
        assertThat(onTheProductPage.getByRole(AriaRole.BUTTON, namedWithin("Claim"))).hasCount(0);
        page.navigate("/promotions");
        Locator onThePromotionsPage = page.locator("li.offer").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(onThePromotionsPage).containsText("You have used this coupon.");
        assertThat(onThePromotionsPage.getByRole(AriaRole.BUTTON, namedWithin("Claim"))).hasCount(0);

        page.navigate("/account/coupons?tab=used");
        Locator used = dataRows(page.getByRole(AriaRole.TABLE));
        assertThat(used).hasCount(1);
        assertThat(used.first()).containsText("Claimed");
        assertThat(used.first()).containsText("Order " + order);
        page.navigate("/account/coupons");
        assertThat(page.getByText("You have no coupons to use.")).isVisible();

        page.navigate("/account/coupons?tab=used");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("已使用"))).hasAttribute("aria-current", "page");
        assertThat(dataRows(page.getByRole(AriaRole.TABLE)).first()).containsText("订单 " + order);
        page.navigate("/products/HOME-0001");
        Locator inChinese = page.locator("li.offer").filter(new Locator.FilterOptions().setHasText(nameZh));
        assertThat(inChinese.getByText("已使用", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(inChinese).containsText("您已使用过这张优惠券。");
        assertThat(inChinese.getByRole(AriaRole.BUTTON, namedWithin("领取"))).hasCount(0);
    }

    @Test
    void doublePointsWithWeChatPayOnGroceries_areCreditedAfterPaying(Page page, HexmallApplication hexmall,
                                                                    MovableClock clock) {
        String name = "Double points on groceries " + suffix();
        run(hexmall, Campaign.create(newId(), name, "食品双倍积分" + suffix(), CampaignKind.POINTS_MULTIPLIER,
                Conditions.none().withWallets(Set.of(WalletProvider.WECHAT_PAY))
                        .withCategories(Set.of(Category.GROCERIES)),
                new Benefit.PointsMultiplier(2), new StackingGroup("points"), 0, thisWeek(clock),
                Money.ofYuan(10_000, 0), 100));
        String wallet = newShopperWith(page, "WeChat Pay");
        String order = Checkout.placeOrderOverHttp(page, "Sesame oil, 500 ml");

        Checkout.payNow(page, order);
        assertThat(page.getByText(Pattern.compile("Pay ¥32\\.80 .*earn 64 points"))).isVisible();
        Checkout.payWith(page, wallet, "¥32.80");
        SimulatedWallets.assertPayPage(page, order, "¥32.80");
        SimulatedWallets.pay(page, PAYMENT_PASSWORD);
        Checkout.assertPaymentSuccessful(page, order, "¥32.80", "WeChat Pay");

        page.navigate("/account/points");
        assertThat(definitionOf(page, "Balance")).hasText("64 points");
        Locator earned = dataRows(page.getByRole(AriaRole.TABLE)).first();
        assertThat(earned).containsText("Earned on a payment");
        assertThat(earned).containsText("64");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(definitionOf(page, "积分余额")).hasText("64 积分");
        assertThat(dataRows(page.getByRole(AriaRole.TABLE)).first()).containsText("付款获得");
    }

    @Test
    void aCampaignASupervisorPausesInTheConsole_isNoLongerOfferedOnThePaymentPage(Page page,
                                                                                 HexmallApplication hexmall,
                                                                                 MovableClock clock) {
        String name = "Desk lamp week ¥5 off " + suffix();
        Campaign lamp = run(hexmall, Campaign.create(newId(), name, "台灯周立减5元" + suffix(), CampaignKind.FESTIVAL,
                Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY))
                        .withProducts(Set.of(new ProductId("HOME-0005"))),
                new Benefit.AmountOff(Money.ofYuan(5, 0)), new StackingGroup("lamp-week"), 0, thisWeek(clock),
                Money.ofYuan(10_000, 0), 5));
        newShopperWith(page, "Alipay");
        String order = Checkout.placeOrderOverHttp(page, "Desk lamp");
        Checkout.payNow(page, order);
        assertThat(definitionOf(page, name)).hasText("−¥5.00");
        assertThat(definitionOf(page, "Amount to pay")).hasText("¥114.00");

        try (BrowserContext console = Browsers.anotherDevice(page)) {
            Page supervisor = console.newPage();
            SupportConsole.alreadyLoggedIn(supervisor, "supervisor", "supervisor-pass-1");
            supervisor.navigate("/admin/campaigns/" + lamp.id());
            Locator pause = supervisor.locator("#pause-form");
            pause.getByLabel("Reason (goes into the audit log)").fill("Lamp stock runs low");
            pause.getByRole(AriaRole.BUTTON, namedExactlyWithin("Pause")).click();
            assertThat(supervisor.locator("#campaign-status")).hasText("Paused");
        }
        page.reload();

        assertThat(definitionOf(page, "Amount to pay")).hasText("¥119.00");
        assertThat(page.getByText(name)).not().isAttached();
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Pay ¥119.00"))).isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(definitionOf(page, "应付金额")).hasText("¥119.00");
        assertThat(page.getByText("台灯周立减5元")).not().isAttached();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4);
    }

    private static CampaignId newId() {
        return new CampaignId(UUID.randomUUID());
    }
}
