package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedWithin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A shopper sees the wallet offers before paying: on the promotions page, on product pages and in the cart; claims
 * the JD Pay electronics coupon (¥30 off over ¥299) from the promotions page or a product page and finds it under
 * "My coupons", until its week is over and it shows as expired; and reads "My points". In Chinese too.
 * <p>
 * The class's hexmall runs two campaigns from the start, stored as a supervisor's would be: the JD Pay coupon (one a
 * customer, valid 7 days) and Alipay's ¥10 off the first payment over ¥50, both for 60 days. Each test has a shopper
 * of its own.
 */
@BrowserFlowTest
class WalletPromotionsTest {

    private static final String JD_PAY_CAMPAIGN = "JD Pay gadget fortnight";
    private static final String JD_PAY_LINE = "JD Pay coupon: ¥30.00 off electronics over ¥299.00";
    private static final String JD_PAY_LINE_ZH = "京东支付专享券：数码电器满¥299.00 减¥30.00";
    private static final String ALIPAY_LINE = "Alipay: ¥10.00 off your first payment over ¥50.00";
    private static final String ALIPAY_LINE_ZH = "支付宝首次付款满¥50.00 减¥10.00";
    private static final String EARBUDS = "Wireless earbuds";
    private static final String BOOK = "Hexagonal Architecture Explained";
    private static final String CABLE = "USB-C charging cable";

    @BeforeAll
    static void runTheWalletCampaigns(HexmallApplication hexmall) {
        Instant now = Clock.systemUTC().instant();
        CampaignWindow sixtyDays = new CampaignWindow(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(60)));
        hexmall.storage().campaigns().add(Campaign.create(new CampaignId(UUID.randomUUID()), JD_PAY_CAMPAIGN,
                "京东支付数码双周", CampaignKind.WALLET_COUPON, Conditions.none()
                        .withWallets(Set.of(WalletProvider.JD_PAY)).withMinimumSpend(Money.ofYuan(299, 0))
                        .withCategories(Set.of(Category.ELECTRONICS)),
                new Benefit.AmountOff(Money.ofYuan(30, 0)), new StackingGroup("jd-pay-coupon"), 7, sixtyDays,
                Money.ofYuan(100_000, 0), 1), now);
        hexmall.storage().campaigns().add(Campaign.create(new CampaignId(UUID.randomUUID()), "Alipay welcome",
                "支付宝新人礼", CampaignKind.FIRST_WALLET_PAYMENT, Conditions.none()
                        .withWallets(Set.of(WalletProvider.ALIPAY)).withMinimumSpend(Money.ofYuan(50, 0))
                        .firstPaymentWithWalletOnly(),
                new Benefit.AmountOff(Money.ofYuan(10, 0)), new StackingGroup("first-payment"), 0, sixtyDays,
                Money.ofYuan(100_000, 0), 1), now);
    }

    @Test
    void aShopperClaimsTheJdPayCouponOnThePromotionsPage_andFindsItUnderMyCoupons(Page page) {
        signedInShopper(page);
        page.getByRole(AriaRole.LINK, namedExactly("Promotions")).click();

        Locator offer = offer(page, JD_PAY_CAMPAIGN);
        assertThat(offer).containsText(JD_PAY_LINE);
        offer.getByRole(AriaRole.BUTTON, namedWithin("Claim")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Coupon claimed.");
        assertThat(offer(page, JD_PAY_CAMPAIGN)).containsText("Claimed");
        assertThat(offer(page, JD_PAY_CAMPAIGN).getByRole(AriaRole.BUTTON)).not().isAttached();

        page.getByRole(AriaRole.LINK, namedExactly("See My coupons")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("My coupons"))).isVisible();
        Locator coupons = dataRows(page.getByRole(AriaRole.TABLE));
        assertThat(coupons).hasCount(1);
        assertThat(coupons.first()).containsText(JD_PAY_LINE);
        assertThat(coupons.first()).containsText("Claimed");
    }

    @Test
    void aVisitorOnAnElectronicsProductLogsInToClaim_comesBack_andClaimsTheCouponOnce(Page page) {
        NewCustomer shopper = NewCustomer.unique();
        Storefront.alreadyRegistered(page, shopper);
        page.navigate("/");
        page.getByRole(AriaRole.LINK, namedExactly(EARBUDS)).click();
        assertThat(offer(page, JD_PAY_CAMPAIGN)).containsText(JD_PAY_LINE);
        assertThat(offerLine(page, ALIPAY_LINE)).isVisible();

        offer(page, JD_PAY_CAMPAIGN).getByRole(AriaRole.LINK, namedWithin("Log in to claim")).click();
        Storefront.onTheirUsualDevice(page, shopper.phone());
        page.getByLabel("Mobile number or email").fill(shopper.phone());
        page.getByLabel("Password", exactly()).fill(shopper.password());
        page.getByRole(AriaRole.BUTTON, namedExactly("Log in")).click();

        assertThat(page.getByRole(AriaRole.HEADING, namedExactly(EARBUDS))).isVisible();
        offer(page, JD_PAY_CAMPAIGN).getByRole(AriaRole.BUTTON, namedWithin("Claim")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly(EARBUDS))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Coupon claimed.");
        assertThat(offer(page, JD_PAY_CAMPAIGN)).containsText("Claimed");

        // Another product page knows the coupon the customer holds: no Claim button to press in vain.
        page.navigate("/products/ELEC-0001");
        assertThat(offer(page, JD_PAY_CAMPAIGN)).containsText("Claimed");
        assertThat(offer(page, JD_PAY_CAMPAIGN).getByRole(AriaRole.BUTTON)).not().isAttached();

        page.navigate("/account/coupons");
        assertThat(dataRows(page.getByRole(AriaRole.TABLE))).hasCount(1);
        page.navigate("/promotions");
        assertThat(offer(page, JD_PAY_CAMPAIGN)).containsText("Claimed");
    }

    @Test
    void aClaimedCoupon_showsUnderExpiredOnceItsWeekIsOver(Page page, MovableClock clock) {
        NewCustomer shopper = signedInShopper(page);
        page.navigate("/promotions");
        offer(page, JD_PAY_CAMPAIGN).getByRole(AriaRole.BUTTON, namedWithin("Claim")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Coupon claimed.");

        clock.moveOn(Duration.ofDays(7).plusMinutes(1));
        // A week later the shopper logs in afresh.
        Storefront.alreadyLoggedInOnMyAccount(page, shopper.phone(), shopper.password());
        page.getByRole(AriaRole.LINK, namedExactly("My coupons")).click();
        assertThat(page.getByText("You have no coupons to use.")).isVisible();

        page.getByRole(AriaRole.LINK, namedExactly("Expired")).click();
        Locator expired = dataRows(page.getByRole(AriaRole.TABLE));
        assertThat(expired).hasCount(1);
        assertThat(expired.first()).containsText(JD_PAY_LINE);
        assertThat(expired.first()).containsText("Its validity ended");
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Expired"))).hasAttribute("aria-current", "page");
    }

    @Test
    void myPoints_showsTheBalanceWhatItIsWorthAndTheLedgerNewestFirst(Page page, HexmallApplication hexmall) {
        NewCustomer shopper = signedInShopper(page);
        CustomerId customer = hexmall.storage().customers().findByPhone(PhoneNumber.parse(shopper.phone()))
                .orElseThrow().id();
        Instant now = Clock.systemUTC().instant();
        hexmall.storage().pointsLedger().append(List.of(
                new PointsEntry(customer, PointsEntryKind.EARNED, 389, Optional.empty(), "", now.minusSeconds(120)),
                new PointsEntry(customer, PointsEntryKind.SPENT, 150, Optional.empty(), "", now.minusSeconds(60)),
                new PointsEntry(customer, PointsEntryKind.COMPENSATION, 200, Optional.empty(),
                        "Sorry for the late delivery", now)));

        page.navigate("/account");
        page.getByRole(AriaRole.LINK, namedExactly("My points")).click();

        assertThat(definitionOf(page, "Balance")).hasText("439 points");
        assertThat(definitionOf(page, "Worth")).hasText("¥4.39 off at the payment page (100 points = ¥1.00)");
        Locator ledger = dataRows(page.getByRole(AriaRole.TABLE));
        assertThat(ledger).hasCount(3);
        assertThat(ledger.nth(0)).containsText("From customer service");
        assertThat(ledger.nth(0)).containsText("+200");
        assertThat(ledger.nth(0)).containsText("Sorry for the late delivery");
        assertThat(ledger.nth(1)).containsText("Spent on a payment");
        assertThat(ledger.nth(1)).containsText("−150");
        assertThat(ledger.nth(2)).containsText("Earned on a payment");
        assertThat(ledger.nth(2)).containsText("+389");
    }

    @Test
    void aBookPage_showsTheAlipayOffer_butNotTheElectronicsCoupon(Page page) {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, namedExactly(BOOK)).click();

        assertThat(offerLine(page, ALIPAY_LINE)).isVisible();
        assertThat(page.getByText(JD_PAY_LINE)).not().isAttached();
    }

    @Test
    void theCart_saysHowMuchMoreToSpendForEachOfferItsLinesCouldHave(Page page) {
        signedInShopper(page);
        Checkout.addToCartOverHttp(page, CABLE, 1);
        page.navigate("/cart");

        assertThat(page.getByText("Spend ¥269.10 more for ¥30.00 off with JD Pay").first()).isVisible();
        assertThat(page.getByText("Spend ¥20.10 more for ¥10.00 off with Alipay").first()).isVisible();

        page.getByLabel("Quantity for " + CABLE).fill("2");
        page.getByRole(AriaRole.BUTTON, namedExactly("Update the quantity of " + CABLE)).click();
        assertThat(page.getByText("Spend ¥239.20 more for ¥30.00 off with JD Pay").first()).isVisible();
        assertThat(page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(ALIPAY_LINE))
                .first()).containsText("Your cart reaches it");
        assertThat(page.getByText("Spend ¥20.10 more for ¥10.00 off with Alipay")).not().isAttached();
    }

    @Test
    void theSamePagesInChinese(Page page) {
        signedInShopper(page);
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();

        page.getByRole(AriaRole.LINK, namedExactly("优惠活动")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("优惠活动"))).isVisible();
        Locator offer = offer(page, "京东支付数码双周");
        assertThat(offer).containsText(JD_PAY_LINE_ZH);
        offer.getByRole(AriaRole.BUTTON, namedWithin("领取")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("优惠券领取成功。");
        assertThat(offer(page, "京东支付数码双周")).containsText("已领取");

        page.navigate("/products/ELEC-0004");
        assertThat(offerLine(page, ALIPAY_LINE_ZH)).isVisible();
        page.getByLabel("数量").fill("1");
        page.getByRole(AriaRole.BUTTON, namedExactly("加入购物车")).click();
        assertThat(page.getByText("再买¥269.10，使用京东支付付款可减¥30.00").first()).isVisible();

        page.navigate("/account/coupons");
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("我的优惠券"))).isVisible();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE)).first()).containsText(JD_PAY_LINE_ZH);
        assertThat(dataRows(page.getByRole(AriaRole.TABLE)).first()).containsText("领取");

        page.navigate("/account/points");
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("我的积分"))).isVisible();
        assertThat(definitionOf(page, "积分余额")).hasText("0 积分");
        assertThat(page.getByText("还没有积分。")).isVisible();
    }

    /** A new shopper, registered and logged in on this page. */
    private static NewCustomer signedInShopper(Page page) {
        NewCustomer shopper = NewCustomer.unique();
        Storefront.alreadyRegistered(page, shopper);
        Storefront.alreadyLoggedInOnMyAccount(page, shopper.phone(), shopper.password());
        return shopper;
    }

    /** The listed offer of a campaign, on the promotions page or a product page. */
    private static Locator offer(Page page, String campaignName) {
        return page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(campaignName));
    }

    /** An offer's line where the page lists offers; the first, should another campaign give the same offer. */
    private static Locator offerLine(Page page, String line) {
        return page.getByText(line, new Page.GetByTextOptions().setExact(true)).first();
    }
}
