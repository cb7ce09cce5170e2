package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A shopper pays for an order with a bound wallet as the guides describe (使用数字钱包进行购物): the cart, "Settle",
 * the bound wallet on the payment page, the payment password in the wallet app, and the success page; the order
 * is confirmed at once, and My orders says which wallet paid it. A provider that notifies the store three times
 * charges the wallet once all the same.
 * <p>
 * This class has its own hexmall, where no wallet is bound at first; each test binds the wallet of a shopper of its
 * own, so that no test sees another's wallet, orders or balance.
 */
@BrowserFlowTest
@WithoutDemoCampaigns
class PayWithWalletTest {

    private static final String BOOK = "Hexagonal Architecture Explained";
    private static final String CABLE = "USB-C charging cable";
    private static final String POEMS = "Classic Chinese Poems";
    private static final String TEA = "Jasmine tea, 250 g";

    /** A fault left on by a failed test would fail the next one in this class for the wrong reason. */
    @AfterEach
    void everyProviderBehavesNormallyAgain(Page page) {
        SimulatedWallets.faultsAlreadyCleared(page);
    }

    @Test
    void liLeiPaysWithHisBoundAlipayAndTheOrderIsConfirmedAtOnce(Page page) {
        Storefront.alreadyLoggedIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        PaymentMethods.bindOverHttp(page, "Alipay", "13800000001", SimulatedPhone.beside(page, Storefront.LI_LEI_PHONE),
                SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);
        Checkout.addToCartOverHttp(page, BOOK, 2);
        Checkout.addToCartOverHttp(page, CABLE, 1);
        String order = Checkout.settleOverHttp(page);

        Checkout.payNow(page, order);
        assertThat(definitionOf(page, "Amount to pay")).hasText("¥207.90");
        Locator alipay = Checkout.walletChoice(page, "Alipay 138****0001");
        assertThat(alipay).hasAccessibleName("Alipay 138****0001 Preferred");
        assertThat(alipay).isChecked();
        page.getByRole(AriaRole.BUTTON, namedExactly("Pay ¥207.90")).click();

        SimulatedWallets.assertPayPage(page, order, "¥207.90");
        assertThat(page.getByRole(AriaRole.NOTE)).hasText("Simulated Alipay — not the real app");
        assertThat(definitionOf(page, "Pay with")).hasText("Alipay account 138****0001");
        SimulatedWallets.pay(page, SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);

        Checkout.assertPaymentSuccessful(page, order, "¥207.90", "Alipay");
        Checkout.viewTheOrder(page, order);
        assertThat(definitionOf(page, "Status")).hasText("Paid");
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Pay now"))).not().isAttached();
        assertThat(Checkout.paymentAttempts(page)).hasCount(1);
        assertThat(Checkout.paymentAttempts(page).first()).containsText("Alipay");
        assertThat(Checkout.paymentAttempts(page).first()).containsText("¥207.90");
        assertThat(Checkout.paymentAttempts(page).first()).containsText("Successful");

        Checkout.openMyOrders(page);
        assertThat(Checkout.cellsOf(Checkout.purchase(page, order)))
                .hasText(new Pattern[] {Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"),
                        Pattern.compile("^¥207\\.90$"), Pattern.compile("^¥207\\.90$"), Pattern.compile("^Paid$"),
                        Pattern.compile("^Alipay$"), Pattern.compile("^$")});
    }

    @Test
    void hanMeimeiPaysWithHerBoundWeChatPayAndMyOrdersSaysSo(Page page) {
        Storefront.alreadyLoggedIn(page, Storefront.HAN_MEIMEI_PHONE, Storefront.HAN_MEIMEI_PASSWORD);
        PaymentMethods.bindOverHttp(page, "WeChat Pay", "13800000002",
                SimulatedPhone.beside(page, Storefront.HAN_MEIMEI_PHONE), SimulatedWallets.HAN_MEIMEI_PAYMENT_PASSWORD);
        String order = Checkout.placeOrderOverHttp(page, POEMS);

        Checkout.payNow(page, order);
        assertThat(Checkout.walletChoice(page, "WeChat Pay 138****0002")).isChecked();
        page.getByRole(AriaRole.BUTTON, namedExactly("Pay ¥19.80")).click();
        SimulatedWallets.assertPayPage(page, order, "¥19.80");
        assertThat(page.getByRole(AriaRole.NOTE)).hasText("Simulated WeChat Pay — not the real app");
        SimulatedWallets.pay(page, SimulatedWallets.HAN_MEIMEI_PAYMENT_PASSWORD);

        Checkout.assertPaymentSuccessful(page, order, "¥19.80", "WeChat Pay");
        page.getByRole(AriaRole.LINK, namedExactly("See all my orders")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("My orders"))).isVisible();
        Locator purchase = Checkout.purchase(page, order);
        assertThat(purchase).containsText("¥19.80");
        assertThat(Checkout.cellsOf(purchase).nth(2)).hasText("¥19.80");
        assertThat(Checkout.cellsOf(purchase).nth(3)).hasText("Paid");
        assertThat(Checkout.cellsOf(purchase).nth(4)).hasText("WeChat Pay");

        // Opening the payment page of a paid order again, from a bookmark or the browser's history, pays nothing.
        page.getByRole(AriaRole.LINK, namedExactly(order)).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Order " + order))).isVisible();
        page.navigate(page.url() + "/pay");
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Order " + order))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("This order is paid already: there is nothing more to pay.");
    }

    @Test
    void whenTheWalletNotifiesThreeTimesTheOrderIsPaidAndTheWalletChargedOnce(Page page) {
        NewCustomer customer = PaymentMethods.signedUpWithBoundWallet(page, "Alipay", "864209");
        String maskedPhone = SimulatedPhone.masked(customer.phone());
        String order = Checkout.placeOrderOverHttp(page, TEA);
        Page simulatedWallets = page.context().newPage();
        SimulatedWallets.makeBehave(simulatedWallets, "Alipay",
                "Duplicate notifications: sends every notification three times");

        Checkout.goPay(page, order, "Alipay " + maskedPhone, "¥68.00");
        SimulatedWallets.pay(page, "864209");

        Checkout.assertPaymentSuccessful(page, order, "¥68.00", "Alipay");
        Checkout.viewTheOrder(page, order);
        assertThat(definitionOf(page, "Status")).hasText("Paid");
        assertThat(Checkout.paymentAttempts(page)).hasCount(1);
        assertThat(Checkout.paymentAttempts(page)).containsText(new String[] {"Successful"});
        Locator account = SimulatedWallets.account(simulatedWallets, "Alipay", maskedPhone);
        assertThat(account).containsText("¥232.00");
        assertThat(SimulatedWallets.paymentsFor(simulatedWallets, order)).hasCount(1);
        assertThat(SimulatedWallets.paymentsFor(simulatedWallets, order)).containsText(new String[] {"Paid"});

        Storefront.logOut(page);
        SupportConsole.onOrderPage(page, order);
        Locator payment = SupportConsole.payment(page, "Payment 1 Alipay ¥68.00 Succeeded");
        SupportConsole.assertTimeline(payment, "Created", "Sent to the wallet app",
                "Notification received", "Succeeded",
                "Notification received", "Duplicate ignored",
                "Notification received", "Duplicate ignored",
                "Customer returned from the wallet app", "Duplicate ignored");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^Payment \\d+ "))))
                .hasCount(1);
    }
}
