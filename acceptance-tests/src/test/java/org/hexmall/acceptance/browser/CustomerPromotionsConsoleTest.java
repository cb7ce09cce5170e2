package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.Test;

/** An agent reads on a customer's console page the coupons they hold and their points, in either language. */
@BrowserFlowTest
class CustomerPromotionsConsoleTest {

    @Test
    void anAgentSeesTheCustomersCouponsAndPointsLedger(Page page, HexmallApplication hexmall) {
        NewCustomer shopper = NewCustomer.unique();
        Storefront.register(page, shopper);
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

        SupportConsole.openCustomer(page, shopper.phone(), shopper.name());

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
