package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.hexmall.bootstrap.HexmallApplication;
import org.junit.jupiter.api.Test;

/**
 * WeChat Pay confirms refunds later: after an agent's refund the agent and the customer see it waiting for WeChat
 * Pay's confirmation, with the money already in the wallet; once WeChat Pay's signed notice arrives, both see it
 * refunded. Time is moved on and the notice sent by the test, never waited for: the simulated WeChat Pay sends its
 * confirmation only when the test delivers what the moved clock makes due, never on a timer of real time, so that a
 * slow machine still sees the refund waiting first.
 */
@BrowserFlowTest
@WithoutDemoCampaigns
class WeChatPayRefundFlowTest {

    private static final String PAYMENT_PASSWORD = "864209";
    /** More than the simulated WeChat Pay takes to confirm a refund in a demo (20 minutes, scaled down). */
    private static final Duration CONFIRMATION_DUE = Duration.ofMinutes(1);

    @Test
    void anAgentsRefund_waitsForWeChatPay_andIsRefundedWhenItsConfirmationArrives(Page page,
                                                                                 HexmallApplication hexmall,
                                                                                 MovableClock clock) {
        hexmall.walletSimulator().notifications().sendLaterOnlyWhenDelivered();
        NewCustomer shopper = NewCustomer.unique();
        String order = paidWithWeChatPay(page, shopper);

        SupportConsole.onOrderPage(page, order);
        page.getByRole(AriaRole.LINK, namedExactly("Refund items of this order")).click();
        page.getByLabel("Skipping rope").fill("1");
        page.getByLabel("Reason").selectOption(new SelectOption().setLabel("Damaged"));
        page.getByRole(AriaRole.BUTTON, namedExactly("Preview the refund")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly("Refund now")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The wallet took the refund and is confirming it");
        assertThat(dataRows(consoleRefunds(page)).first())
                .containsText("Refunding, waiting for WeChat Pay's confirmation");
        page.getByRole(AriaRole.BUTTON, namedExactly("Log out")).click();

        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        openOrder(page, order);
        assertThat(customerRefunds(page)).containsText("Refunding, waiting for WeChat Pay's confirmation");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.REGION, namedExactly("退款与售后"))).containsText("退款中，等待微信支付确认");
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();

        clock.moveOn(CONFIRMATION_DUE);
        Assertions.assertThat(hexmall.walletSimulator().notifications().deliverDue()).as("WeChat Pay's confirmation")
                .isPositive();

        page.reload();
        assertThat(customerRefunds(page)).containsText("Refunded");
        assertThat(customerRefunds(page)).not().containsText("waiting for WeChat Pay");
        Storefront.logOut(page);
        SupportConsole.onOrderPage(page, order);
        assertThat(dataRows(consoleRefunds(page)).first()).containsText("Refunded");
        assertThat(dataRows(consoleRefunds(page)).first()).not().containsText("waiting");
        page.getByRole(AriaRole.BUTTON, namedExactly("Log out")).click();
        assertThat(SimulatedWallets.account(page, "WeChat Pay", masked(shopper.phone()))).containsText("¥911.00");
    }

    /** A new customer with ¥1,000 at WeChat Pay who paid ¥114.00 for a yoga mat and a skipping rope. */
    private static String paidWithWeChatPay(Page page, NewCustomer shopper) {
        Storefront.alreadyRegistered(page, shopper);
        SimulatedWallets.accountAlreadyOpen(page, "WeChat Pay", shopper.phone(), shopper.name(), "1000",
                PAYMENT_PASSWORD);
        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        PaymentMethods.bindOverHttp(page, "WeChat Pay", shopper.phone(), SimulatedPhone.beside(page, shopper.phone()),
                PAYMENT_PASSWORD);
        String order = Checkout.placeOrderOverHttp(page, "Yoga mat", "Skipping rope");
        Checkout.goPay(page, order, "WeChat Pay " + masked(shopper.phone()), "¥114.00");
        SimulatedWallets.pay(page, PAYMENT_PASSWORD);
        Checkout.assertPaymentSuccessful(page, order, "¥114.00", "WeChat Pay");
        Storefront.logOut(page);
        return order;
    }

    private static Locator consoleRefunds(Page page) {
        return page.getByRole(AriaRole.TABLE, namedExactly("Refunds and after-sales"));
    }

    private static Locator customerRefunds(Page page) {
        return page.getByRole(AriaRole.REGION, namedExactly("Refunds and after-sales"));
    }

    private static void openOrder(Page page, String order) {
        page.navigate("/orders");
        page.getByRole(AriaRole.LINK, namedExactly(order)).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Order " + order))).isVisible();
    }

    private static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }
}
