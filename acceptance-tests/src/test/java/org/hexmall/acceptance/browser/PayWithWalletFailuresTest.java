package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.bootstrap.HexmallApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The ways paying fails that the guides' FAQ lists (支付失败, 支付密码错误, 账户未绑定, 支付密码被锁定), each with its own page
 * saying why and what to do next, and none of them charging anything: a balance too low, a wrong payment password
 * (and the right one after it), a password locked after three wrong ones, no bound wallet at all, and a provider
 * that does not answer, whose payment the store closes there once it is back, so that the order can be paid again.
 * <p>
 * This class has its own hexmall, where no wallet is bound at first. Each test uses a shopper of its own: the demo
 * customers with their demo wallet accounts, or a new customer who opens a simulated account, so that no test sees
 * another's wallet, orders, balance or password lock.
 */
@Order(2)
@BrowserFlowTest
@WithoutDemoCampaigns
class PayWithWalletFailuresTest {

    private static final String BOOK = "Hexagonal Architecture Explained";
    private static final String TEA = "Jasmine tea, 250 g";
    private static final String ROPE = "Skipping rope";
    /** When reconciliation first asks a provider about a payment whose outcome is unknown. */
    private static final Duration FIRST_CHECK = Duration.ofSeconds(30);
    /** How long time moves on at once at most: a session ends after 30 minutes without a request. */
    private static final Duration LONGEST_STEP = Duration.ofMinutes(10);
    /** The "confirming" page of a payment, which asks again every 3 seconds; its outcome pages do not. */
    private static final Pattern STILL_CONFIRMING = Pattern.compile("/payments/[0-9a-f-]+$");
    /** Longer than the 3 seconds the confirming page waits before asking again. */
    private static final Duration NEXT_CHECK = Duration.ofSeconds(10);
    /**
     * The test runs the store's passes itself at each step, so the outcome is there at the page's next check; the
     * store's own timer (reconciliation every 5 seconds, closing orders every minute) would get there too, later.
     */
    private static final LocatorAssertions.IsVisibleOptions RECONCILIATION_DONE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);
    private static final Pattern LOCKED_UNTIL = Pattern.compile(
            "Your Alipay payment password is locked after 3 wrong entries, until (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}), "
                    + "so you cannot pay\\.");

    /** A fault left on by a failed test would fail the next one in this class for the wrong reason. */
    @AfterEach
    void everyProviderBehavesNormallyAgain(Page page) {
        SimulatedWallets.faultsAlreadyCleared(page);
    }

    @Test
    void hanMeimeiLeavesAlipayOnceThenFindsHerBalanceTooLowAndTheOrderStaysPayable(Page page) {
        Storefront.alreadyLoggedIn(page, Storefront.HAN_MEIMEI_PHONE, Storefront.HAN_MEIMEI_PASSWORD);
        PaymentMethods.bindOverHttp(page, "Alipay", "13800000002",
                SimulatedPhone.beside(page, Storefront.HAN_MEIMEI_PHONE), SimulatedWallets.HAN_MEIMEI_PAYMENT_PASSWORD);
        String order = Checkout.placeOrderOverHttp(page, BOOK);
        Checkout.goPay(page, order, "Alipay 138****0002", "¥89.00");

        SimulatedWallets.backToHexmall(page);
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Pay for order " + order))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("You left the wallet app without paying; the order is still waiting for payment.");
        Checkout.payWith(page, "Alipay 138****0002", "¥89.00");
        SimulatedWallets.assertPayPage(page, order, "¥89.00");
        SimulatedWallets.pay(page, SimulatedWallets.HAN_MEIMEI_PAYMENT_PASSWORD);

        Checkout.assertPaymentFailed(page, "Not enough balance in your Alipay wallet", order);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("The balance of your Alipay wallet is not enough to pay ¥89.00.");
        assertThat(page.getByText("Top up your Alipay wallet in the Alipay app and pay again."))
                .isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("Back to payment")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Pay for order " + order))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Pay ¥89.00"))).isVisible();
        Checkout.viewTheOrder(page, order);
        Checkout.assertStillPayable(page);
        assertThat(Checkout.paymentAttempts(page)).hasCount(2);
        assertThat(Checkout.paymentAttempts(page).nth(0)).containsText("Cancelled");
        assertThat(Checkout.paymentAttempts(page).nth(1)).containsText("Failed");
        assertThat(Checkout.paymentAttempts(page).nth(1)).containsText("Not enough balance in the wallet");
        assertThat(SimulatedWallets.account(page, "Alipay", "138****0002")).containsText("¥20.00");

        // The agent who takes her call sees both attempts on her page, and why the second one failed.
        SupportConsole.openCustomer(page, Storefront.HAN_MEIMEI_PHONE, "韩梅梅");
        Locator attempts = dataRows(page.getByRole(AriaRole.TABLE, namedExactly("Payment attempts")));
        assertThat(attempts).hasCount(2);
        for (String cell : List.of(order, "Alipay", "¥89.00", "Failed", "Insufficient balance")) {
            assertThat(attempts.first()).containsText(cell);
        }
        assertThat(attempts.nth(1)).containsText(order);
        assertThat(attempts.nth(1)).containsText("Cancelled");
    }

    @Test
    void liLeiTypesOneWrongPaymentPasswordThenTheRightOneAndTheAgentSeesBoth(Page page) {
        Storefront.alreadyLoggedIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        PaymentMethods.bindOverHttp(page, "Alipay", "13800000001",
                SimulatedPhone.beside(page, Storefront.LI_LEI_PHONE), SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);
        String order = Checkout.placeOrderOverHttp(page, BOOK);
        Checkout.goPay(page, order, "Alipay 138****0001", "¥89.00");

        SimulatedWallets.pay(page, "135791");
        assertThat(page.getByLabel("Payment password", exactly()))
                .hasAccessibleDescription("Wrong payment password. 2 attempts left.");
        SimulatedWallets.assertPayPage(page, order, "¥89.00");
        SimulatedWallets.pay(page, SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);

        Checkout.assertPaymentSuccessful(page, order, "¥89.00", "Alipay");
        Storefront.logOut(page);
        SupportConsole.openOrder(page, order);
        Locator payment = SupportConsole.payment(page, "Payment 1 Alipay ¥89.00 Succeeded");
        assertThat(definitionOf(payment, "Status")).hasText("Succeeded");
        SupportConsole.assertTimeline(payment, "Created", "Sent to the wallet app", "Notification received",
                "Wrong payment password entered", "Succeeded", "Customer returned from the wallet app",
                "Duplicate ignored");
    }

    @Test
    void threeWrongPaymentPasswordsLockItAndBackInHexmallTheOrderCanStillBePaid(Page page) {
        NewCustomer customer = NewCustomer.unique();
        String maskedPhone = customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "300", "864209");
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()), "864209");
        String order = Checkout.placeOrderOverHttp(page, TEA);
        Checkout.goPay(page, order, "Alipay " + maskedPhone, "¥68.00");

        SimulatedWallets.pay(page, "111111");
        assertThat(page.getByLabel("Payment password", exactly()))
                .hasAccessibleDescription("Wrong payment password. 2 attempts left.");
        SimulatedWallets.pay(page, "222222");
        assertThat(page.getByLabel("Payment password", exactly()))
                .hasAccessibleDescription("Wrong payment password. 1 attempt left.");
        SimulatedWallets.pay(page, "333333");

        Locator locked = page.getByRole(AriaRole.ALERT);
        assertThat(locked).containsText(LOCKED_UNTIL);
        assertThat(page.getByLabel("Payment password", exactly())).not().isAttached();
        Matcher until = LOCKED_UNTIL.matcher(locked.textContent());
        if (!until.find()) {
            throw new AssertionError("The wallet app says no end of the lock: " + locked.textContent());
        }
        SimulatedWallets.backToHexmall(page);

        Checkout.assertPaymentFailed(page, "Your Alipay payment password is locked", order);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(Pattern.compile("^\\s*Alipay has locked the payment password of "
                + "this wallet until \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}, after too many wrong tries\\.\\s*$"));
        // One wallet at a time is the store's policy here, so no other wallet is offered: the payment page is.
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Pay with another wallet"))).not().isAttached();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Back to payment"))).isVisible();
        Checkout.viewTheOrder(page, order);
        Checkout.assertStillPayable(page);
        assertThat(Checkout.paymentAttempts(page)).hasCount(1);
        assertThat(Checkout.paymentAttempts(page).first()).containsText("Payment password locked");
        assertThat(SimulatedWallets.account(page, "Alipay", maskedPhone)).containsText("¥300.00");
        assertThat(SimulatedWallets.account(page, "Alipay", maskedPhone)).containsText("Locked until " + until.group(1));
    }

    @Test
    void withoutABoundWalletThePaymentPageLeadsToBindingOneAndTheOrderWaits(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        String order = Checkout.placeOrderOverHttp(page, ROPE);

        Checkout.payNow(page, order);

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("You have no bound wallet, so this order cannot be paid yet. "
                + "Bind a wallet to your account first: the order keeps waiting for payment, and you can come back to it "
                + "from My orders.");
        assertThat(page.getByRole(AriaRole.GROUP, namedExactly("Pay with"))).not().isAttached();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Pay ¥"))).not().isAttached();
        Checkout.viewTheOrder(page, order);
        Checkout.assertStillPayable(page);
        assertThat(page.getByRole(AriaRole.TABLE, namedExactly("Payment attempts"))).not().isAttached();
        Checkout.payNow(page, order);
        page.getByRole(AriaRole.LINK, namedExactly("Bind a wallet")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Add payment method"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Alipay"))).isVisible();
    }

    @Test
    void whenWeChatPayDoesNotAnswerThePaymentIsClosedThereOnceItIsBackAndTheOrderCanBePaidAgainAtOnce(Page page,
            MovableClock clock, HexmallApplication hexmall) {
        NewCustomer customer = NewCustomer.unique();
        String maskedPhone = customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "WeChat Pay", customer.phone(), customer.name(), "500", "975310");
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.bindOverHttp(page, "WeChat Pay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                "975310");
        String order = Checkout.placeOrderOverHttp(page, TEA);
        Page simulatedWallets = page.context().newPage();
        SimulatedWallets.makeBehave(simulatedWallets, "WeChat Pay", "Timeout: never answers");

        Checkout.payNow(page, order);
        Checkout.payWith(page, "WeChat Pay " + maskedPhone, "¥68.00");

        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("We are confirming your payment with WeChat Pay…")))
                .isVisible();
        assertThat(page.getByText("This page checks again every 3 seconds and moves on by itself once WeChat Pay has "
                + "answered.")).isVisible();
        assertThat(page.getByText("Please do not pay this order again meanwhile, so that you are not charged twice."))
                .isVisible();
        assertThat(definitionOf(page, "Order number")).hasText(order);
        assertThat(page.getByRole(AriaRole.LINK, named("Open WeChat Pay"))).not().isAttached();

        // Meanwhile nothing can pay the order again: its page and its payment page say why, and lead to the payment.
        page.getByRole(AriaRole.LINK, namedExactly("View the order")).click();
        assertThat(page.getByText(Pattern.compile("^We are still confirming your WeChat Pay payment of ¥68\\.00 from "
                + "\\d{2}:\\d{2}\\. You can pay again only once we know how it went, so that you are not charged twice\\.$")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Pay now"))).not().isAttached();
        page.navigate(page.url() + "/pay");
        assertThat(page.getByText(Pattern.compile("^We are still confirming your WeChat Pay payment"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Pay ¥"))).not().isAttached();
        page.getByRole(AriaRole.LINK, namedExactly("Follow that payment")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("We are confirming your payment with WeChat Pay…")))
                .isVisible();

        // The page asks again by itself, 3 seconds of the browser's clock later; after that, the test asks for it at
        // each step of the store's clock instead of waiting those seconds out.
        Response ownCheck = page.waitForResponse(PayWithWalletFailuresTest::isCheckOfThePayment,
                new Page.WaitForResponseOptions().setTimeout(NEXT_CHECK.toMillis()), () -> { });
        assertTrue(ownCheck.status() < 400, () -> "The page's own check answered " + ownCheck.status());
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("We are confirming your payment with WeChat Pay…")))
                .isVisible();

        // WeChat Pay is back. At the first check it still holds the payment for a customer it never sent to pay: the
        // store closes it there, and the payment fails as timed out, nothing charged, so the order can be paid again.
        SimulatedWallets.makeBehave(simulatedWallets, "WeChat Pay", "Normally");
        letTimePassWatching(page, clock, hexmall, FIRST_CHECK);

        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("WeChat Pay did not answer in time")))
                .isVisible(RECONCILIATION_DONE);
        Checkout.assertPaymentFailed(page, "WeChat Pay did not answer in time", order);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("WeChat Pay did not answer hexmall in time, so you were "
                + "never sent to pay, and hexmall closed the payment at WeChat Pay.");
        page.getByRole(AriaRole.LINK, namedExactly("Pay again")).click();
        Checkout.payWith(page, "WeChat Pay " + maskedPhone, "¥68.00");
        SimulatedWallets.assertPayPage(page, order, "¥68.00");
        SimulatedWallets.pay(page, "975310");
        Checkout.assertPaymentSuccessful(page, order, "¥68.00", "WeChat Pay");

        Checkout.viewTheOrder(page, order);
        assertThat(definitionOf(page, "Status")).hasText("Paid");
        assertThat(Checkout.paymentAttempts(page)).hasCount(2);
        assertThat(Checkout.paymentAttempts(page).first())
                .containsText("The wallet did not answer in time; nothing was charged");
        assertThat(SimulatedWallets.paymentsFor(simulatedWallets, order)).hasCount(2);
        assertThat(SimulatedWallets.account(simulatedWallets, "WeChat Pay", maskedPhone)).containsText("¥432.00");

        Storefront.logOut(page);
        SupportConsole.openOrder(page, order);
        Locator payment = SupportConsole.payment(page, "Payment 1 WeChat Pay ¥68.00 Failed");
        assertThat(definitionOf(payment, "Why it failed"))
                .hasText("Provider did not answer in time; closed there by the store (nothing charged)");
        SupportConsole.assertTimeline(payment, "Created", "No answer from the provider: outcome unknown",
                "Failed: Provider did not answer in time; closed there by the store (nothing charged)");
    }

    /**
     * Makes the time pass for hexmall while the shopper keeps the "confirming" page open: in steps no longer than
     * {@link #LONGEST_STEP}, each followed by the store's passes that the time passing makes due (closing unpaid
     * orders, reconciliation), as its timer would run them, and by the page's next check, as the page keeps asking
     * every 3 seconds of the time that passes and so keeps the shopper's session alive: loaded again at once, as its
     * own refresh would load it, rather than 3 seconds of the browser's clock later. Stops once the page has moved on
     * to the payment's outcome.
     */
    private static void letTimePassWatching(Page confirming, MovableClock clock, HexmallApplication hexmall,
                                            Duration wait) {
        Duration left = wait;
        while (!left.isZero() && STILL_CONFIRMING.matcher(confirming.url()).find()) {
            Duration step = left.compareTo(LONGEST_STEP) < 0 ? left : LONGEST_STEP;
            clock.moveOn(step);
            left = left.minus(step);
            hexmall.useCases().closeOverdueOrders().close();
            hexmall.useCases().reconcilePayments().reconcile();
            Response nextCheck = confirming.reload();
            assertTrue(nextCheck.status() < 400, () -> "The page's check answered " + nextCheck.status());
        }
    }

    /** A load of a payment's page, as the confirming page's own check makes it. */
    private static boolean isCheckOfThePayment(Response response) {
        return response.request().isNavigationRequest() && response.url().contains("/payments/");
    }
}
