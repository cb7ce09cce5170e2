package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A shopper's purchase records (我的订单): every order, grouped by the month it was placed in, with the wallet that
 * paid it, filtered by wallet and by status.
 * <p>
 * The shopper is 李雷, a demo customer, whose wallet accounts at the simulated providers come with the demo data.
 * One wallet may be bound at a time here, so he pays one order with Alipay, then binds WeChat Pay in its place and
 * pays another with it.
 */
@BrowserFlowTest
@WithoutDemoCampaigns
class PaymentRecordsTest {

    private static final String TEA = "Jasmine tea, 250 g";
    private static final String YOGA_MAT = "Yoga mat";
    private static final String ROPE = "Skipping rope";
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @Test
    void myOrdersShowsWhichWalletPaidEachOrderAndFiltersByWalletAndByStatus(Page page, MovableClock clock) {
        Storefront.alreadyLoggedIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        SimulatedPhone phone = SimulatedPhone.beside(page, Storefront.LI_LEI_PHONE);
        PaymentMethods.bindOverHttp(page, "Alipay", "13800000001", phone, SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);
        String paidWithAlipay = Checkout.placeOrderOverHttp(page, TEA);
        Checkout.alreadyPaid(page, paidWithAlipay, "Alipay 138****0001", "¥68.00",
                SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);
        // hexmall sends one phone at most one code a minute; the next purchase comes later than that.
        clock.moveOn(Duration.ofMinutes(1));
        PaymentMethods.startBinding(page, "WeChat Pay", "13800000001");
        page.getByRole(AriaRole.BUTTON, named("Replace my wallet")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        PaymentMethods.confirmCode(page, phone.latestCode());
        SimulatedWallets.approve(page, SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, named("Your wallet is bound"))).isVisible();
        String paidWithWeChatPay = Checkout.placeOrderOverHttp(page, YOGA_MAT);
        Checkout.alreadyPaid(page, paidWithWeChatPay, "WeChat Pay 138****0001", "¥89.00",
                SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);
        String unpaid = Checkout.placeOrderOverHttp(page, ROPE);
        String month = LocalDateTime.parse(definitionOf(page, "Placed at").textContent().strip(), SHOWN_TIME)
                .format(MONTH);

        Checkout.openMyOrders(page);

        Locator monthsOrders = page.getByRole(AriaRole.TABLE, namedExactly(month));
        assertThat(monthsOrders.getByRole(AriaRole.COLUMNHEADER))
                .hasText(new String[] {"Order number", "Placed at", "Total", "Amount paid", "Status", "Paid with",
                        "Refunds"});
        assertThat(purchase(page, paidWithAlipay))
                .containsText(new String[] {"¥68.00", "¥68.00", "Paid", "Alipay"});
        assertThat(purchase(page, paidWithWeChatPay))
                .containsText(new String[] {"¥89.00", "¥89.00", "Paid", "WeChat Pay"});
        assertThat(purchase(page, unpaid)).containsText(new String[] {"¥25.00", "—", "Awaiting payment", "Not paid"});
        assertThat(monthsOrders.getByRole(AriaRole.ROWHEADER, namedExactlyWithin(unpaid))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Clear filters"))).not().isAttached();

        showOrders(page, "Wallet", "Alipay");
        assertThat(listedOrders(page)).hasText(new String[] {paidWithAlipay});
        assertThat(page.getByLabel("Wallet", exactly())).hasValue("ALIPAY");

        showOrders(page, "Wallet", "WeChat Pay");
        assertThat(listedOrders(page)).hasText(new String[] {paidWithWeChatPay});

        page.getByRole(AriaRole.LINK, namedExactly("Clear filters")).click();
        showOrders(page, "Status", "Awaiting payment");
        assertThat(listedOrders(page)).hasText(new String[] {unpaid});

        showOrders(page, "Wallet", "Alipay");
        assertThat(listedOrders(page)).hasCount(0);
        assertThat(page.getByText("No orders match these filters.")).isVisible();

        page.getByRole(AriaRole.LINK, namedExactly("Clear filters")).click();
        assertThat(listedOrders(page)).hasCount(3);
    }

    /** On My orders: chooses an option of one filter, keeps the others as they are, and presses "Show orders". */
    private static void showOrders(Page page, String filter, String option) {
        Locator filters = page.getByRole(AriaRole.FORM, namedExactly("Filter orders"));
        filters.getByLabel(filter, new Locator.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(option));
        filters.getByRole(AriaRole.BUTTON, namedExactlyWithin("Show orders")).click();
    }

    /** The numbers of the orders My orders lists now, in every month. */
    private static Locator listedOrders(Page page) {
        return page.getByRole(AriaRole.ROWHEADER);
    }

    /** An order's time placed, total, amount paid, status and the wallet that paid it, as My orders lists it. */
    private static Locator purchase(Page page, String order) {
        return Checkout.cellsOf(Checkout.purchase(page, order));
    }
}
