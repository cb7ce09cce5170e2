package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

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
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * An agent reads on a customer's console page the coupons they hold, their points, and the promotions each payment
 * was priced with, in either language. The demo campaigns are paused so that each test prices with its own.
 */
@BrowserFlowTest
@WithoutDemoCampaigns
class CustomerPromotionsConsoleTest {

    private static final String PAYMENT_PASSWORD = "864209";

    @Test
    void eachPaymentOnTheCustomerPage_showsTheDiscountsItWasPricedWith(Page page, HexmallApplication hexmall,
                                                                       MovableClock clock) {
        hexmall.storage().campaigns().add(Campaign.create(new CampaignId(UUID.randomUUID()),
                "Yoga week ¥10 off", "瑜伽周立减10元", CampaignKind.FESTIVAL,
                Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY)).withMinimumSpend(Money.ofYuan(50, 0))
                        .withProducts(Set.of(new ProductId("SPORT-0003"))),
                new Benefit.AmountOff(Money.ofYuan(10, 0)), new StackingGroup("yoga-week"), 0,
                new CampaignWindow(clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(7))),
                Money.ofYuan(10_000, 0), 10), clock.instant().minus(Duration.ofDays(1)));
        NewCustomer shopper = NewCustomer.unique();
        Storefront.alreadyRegistered(page, shopper);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", shopper.phone(), shopper.name(), "1000", PAYMENT_PASSWORD);
        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        PaymentMethods.bindOverHttp(page, "Alipay", shopper.phone(), SimulatedPhone.beside(page, shopper.phone()),
                PAYMENT_PASSWORD);
        String order = Checkout.placeOrderOverHttp(page, "Yoga mat");
        Checkout.alreadyPaid(page, order, "Alipay " + shopper.phone().substring(0, 3) + "****"
                + shopper.phone().substring(7), "¥79.00", PAYMENT_PASSWORD);
        Storefront.logOut(page);

        SupportConsole.onCustomerPage(page, shopper.phone(), shopper.name());

        Locator payment = dataRows(page.getByRole(AriaRole.TABLE, namedExactly("Payment attempts"))).first();
        assertThat(definitionOf(payment, "Goods")).hasText("¥89.00");
        assertThat(definitionOf(payment, "Yoga week ¥10 off")).hasText("−¥10.00");
        assertThat(definitionOf(payment, "To pay")).hasText("¥79.00");
        assertThat(definitionOf(payment, "Points to earn")).hasText("+79");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(definitionOf(page, "瑜伽周立减10元")).hasText("−¥10.00");
    }

    @Test
    void anAgentSeesTheCustomersCouponsAndPointsLedger(Page page, HexmallApplication hexmall) {
        NewCustomer shopper = NewCustomer.unique();
        Storefront.alreadyRegistered(page, shopper);
        CustomerId customer = hexmall.storage().customers().findByPhone(PhoneNumber.parse(shopper.phone()))
                .orElseThrow().id();
        Instant now = Clock.systemUTC().instant();
        hexmall.storage().coupons().add(Coupon.compensation(new CouponId(UUID.randomUUID()), customer,
                "Sorry for the wait", "抱歉久等", new Benefit.AmountOff(Money.ofYuan(5, 0)), Conditions.none(), 7,
                now));
        hexmall.storage().pointsLedger().append(List.of(
                new PointsEntry(customer, PointsEntryKind.EARNED, 389, Optional.empty(), "", now.minusSeconds(60)),
                new PointsEntry(customer, PointsEntryKind.COMPENSATION, 200, Optional.empty(),
                        "Late delivery", now)));

        SupportConsole.onCustomerPage(page, shopper.phone(), shopper.name());

        Locator coupons = dataRows(page.getByRole(AriaRole.TABLE, namedExactly("Coupons")));
        assertThat(coupons).hasCount(1);
        assertThat(coupons.first()).containsText("Compensation");
        assertThat(coupons.first()).containsText("Available");
        assertThat(coupons.first()).containsText("¥5.00");
        assertThat(definitionOf(page, "Points balance")).hasText("589 points");
        Locator points = dataRows(page.getByRole(AriaRole.TABLE, namedExactly("Points")));
        assertThat(points).hasCount(2);
        assertThat(points.nth(0)).containsText("Compensation from customer service");
        assertThat(points.nth(0)).containsText("+200");
        assertThat(points.nth(0)).containsText("Late delivery");
        assertThat(points.nth(1)).containsText("+389");

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("优惠券"))).isVisible();
        assertThat(definitionOf(page, "积分余额")).hasText("589 积分");
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, namedExactly("积分"))).first()).containsText("客服补偿");
    }
}
