package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;
import static org.hexmall.acceptance.browser.AccessibleNames.namedWithin;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a logged-in shopper does from the shelves to the wallet app and back (加入购物车 → 结算 → 支付), step by step
 * as on the pages: fill the cart, settle it into an order, "Pay now", choose the wallet, and read the page the
 * payment ends on.
 */
final class Checkout {

    /** "Order 2611 2204 5584": the heading of an order's page, with the number as the pages group it. */
    private static final Pattern ORDER_HEADING = Pattern.compile("^Order (\\d{4} \\d{4} \\d{4} \\d{4})$");

    private Checkout() {
    }

    /**
     * On the pages, from the home page: the product, the quantity, "Add to cart"; waits for the cart to confirm it.
     */
    static void addToCart(Page page, String product, int quantity) {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, namedExactly(product)).click();
        page.getByLabel("Quantity").fill(String.valueOf(quantity));
        page.getByRole(AriaRole.BUTTON, namedExactly("Add to cart")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Added to your cart.");
    }

    /**
     * On the pages, puts one of each product in the cart and settles it; waits for the new order's page and returns
     * the order's number as the page shows it, "2611 2204 5584".
     */
    static String placeOrder(Page page, String... products) {
        for (String product : products) {
            addToCart(page, product, 1);
        }
        return settle(page);
    }

    /**
     * On the pages, on the cart, which a product just added leads to: "Settle"; the new order's number, as its page
     * shows it.
     */
    static String settle(Page page) {
        page.getByRole(AriaRole.BUTTON, namedExactly("Settle")).click();
        Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(ORDER_HEADING));
        assertThat(heading).isVisible();
        Matcher number = ORDER_HEADING.matcher(heading.textContent().strip());
        if (!number.matches()) {
            throw new AssertionError("The order's heading names no order number: " + heading.textContent());
        }
        return number.group(1);
    }

    /**
     * Over HTTP with the browser's cookies, for tests about something else: the same form as {@link #addToCart} on
     * the product's page, found by its name on the home page, with the browser's page left where it was.
     */
    static void addToCartOverHttp(Page page, String product, int quantity) {
        String adding = "Adding " + quantity + " × " + product + " to the cart";
        APIResponse productPage = HttpForms.get(page, HttpForms.link(HttpForms.get(page, "/", adding), product, adding),
                adding);
        APIResponse cart = HttpForms.submit(page,
                HttpForms.form(productPage, action -> action.equals("/cart/add"), adding),
                Map.of("quantity", String.valueOf(quantity)), adding);
        if (!cart.url().endsWith("/cart?added") || !cart.text().contains("Added to your cart.")) {
            throw new AssertionError(adding + ": expected the cart saying \"Added to your cart.\", but it ended on "
                    + cart.url() + HttpForms.describe(cart));
        }
    }

    /**
     * Over HTTP with the browser's cookies, for tests about something else: puts one of each product in the cart and
     * settles it as {@link #placeOrder} does, then opens the new order's page and returns its number as it shows it.
     */
    static String placeOrderOverHttp(Page page, String... products) {
        for (String product : products) {
            addToCartOverHttp(page, product, 1);
        }
        return settleOverHttp(page);
    }

    /**
     * Over HTTP with the browser's cookies, for tests about something else: "Settle" with the cart's form as
     * {@link #settle} does, then opens the new order's page and returns its number as it shows it.
     */
    static String settleOverHttp(Page page) {
        String settling = "Settling the cart";
        APIResponse order = HttpForms.submit(page,
                HttpForms.form(HttpForms.get(page, "/cart", settling), action -> action.equals("/cart/settle"),
                        settling),
                Map.of(), settling);
        Matcher number = ORDER_HEADING.matcher(HttpForms.heading(order));
        if (!number.matches()) {
            throw new AssertionError(settling + ": expected the new order's page, but it ended on " + order.url()
                    + HttpForms.describe(order));
        }
        page.navigate(order.url());
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Order " + number.group(1)))).isVisible();
        return number.group(1);
    }

    /** On the order's page: "Pay now"; waits for the payment page of that order. */
    static void payNow(Page page, String orderNumber) {
        page.getByRole(AriaRole.LINK, namedExactly("Pay now")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Pay for order " + orderNumber))).isVisible();
    }

    /**
     * On the pages, places an order of one of each product and opens its payment page ("Pay now"); the order's
     * number.
     */
    static String payNowForANewOrder(Page page, String... products) {
        String order = placeOrder(page, products);
        payNow(page, order);
        return order;
    }

    /**
     * Over HTTP with the browser's cookies, for tests about something else: places the order as
     * {@link #placeOrderOverHttp} does, then opens its payment page on the pages ("Pay now"); the order's number.
     */
    static String payNowForANewOrderOverHttp(Page page, String... products) {
        String order = placeOrderOverHttp(page, products);
        payNow(page, order);
        return order;
    }

    /** The wallet to choose on the payment page, by its label: "Alipay 138****0001". */
    static Locator walletChoice(Page page, String wallet) {
        return page.getByRole(AriaRole.GROUP, namedExactly("Pay with"))
                .getByRole(AriaRole.RADIO, namedWithin(wallet));
    }

    /**
     * On the payment page: chooses the wallet and presses the button that names the amount, "Pay ¥207.90". Leaves
     * checking where it leads (the wallet app, mostly) to the test.
     */
    static void payWith(Page page, String wallet, String amount) {
        walletChoice(page, wallet).check();
        page.getByRole(AriaRole.BUTTON, namedExactly("Pay " + amount)).click();
    }

    /**
     * The whole way from an order's page to the wallet app: "Pay now", the wallet, "Pay ¥…"; waits for the
     * simulated wallet app's pay page, which names the order and the amount.
     */
    static void goPay(Page page, String orderNumber, String wallet, String amount) {
        payNow(page, orderNumber);
        payWith(page, wallet, amount);
        SimulatedWallets.assertPayPage(page, orderNumber, amount);
    }

    /**
     * Already the case, over HTTP with the browser's cookies, for tests about something else: the order's payment with
     * the wallet is started, by the forms {@link #goPay} fills on the pages ("Pay now" on the order's page, which the
     * browser shows, then the wallet chosen on the payment page), and waits on the wallet app's pay page, whose answer
     * this returns. The browser's page is left where it was.
     */
    static APIResponse alreadyStartedPaying(Page page, String orderNumber, String wallet) {
        String paying = payingStep(orderNumber, wallet);
        APIResponse orderPage = HttpForms.get(page, page.url(), paying);
        HttpForms.assertHeading(orderPage, "Order " + orderNumber, paying);
        APIResponse payPage = HttpForms.get(page, HttpForms.link(orderPage, "Pay now", paying), paying);
        HttpForms.assertHeading(payPage, "Pay for order " + orderNumber, paying);
        APIResponse walletApp = HttpForms.submit(page, HttpForms.form(payPage, action -> action.endsWith("/pay"), paying),
                Map.of("wallet", HttpForms.radio(payPage, "wallet", wallet, paying)), paying);
        HttpForms.assertHeading(walletApp, "Pay hexmall", paying);
        return walletApp;
    }

    /**
     * Already the case, over HTTP with the browser's cookies, for tests about something else: the order is paid with
     * the wallet, its payment started as {@link #alreadyStartedPaying} does and the payment password sent on the
     * wallet app's pay page as {@link SimulatedWallets#pay} does, ending on the success page, which must name the
     * order and the amount. The browser's page is left where it was.
     */
    static void alreadyPaid(Page page, String orderNumber, String wallet, String amount, String paymentPassword) {
        String paying = payingStep(orderNumber, wallet);
        APIResponse paid = alreadyAnsweredInTheWalletApp(page, orderNumber, wallet, paymentPassword);
        HttpForms.assertHeading(paid, "Payment successful", paying);
        String shown = HttpForms.textOf(paid.text());
        if (!shown.contains(orderNumber) || !shown.contains(amount)) {
            throw new AssertionError(paying + ": the success page does not name order " + orderNumber + " and "
                    + amount + HttpForms.describe(paid));
        }
    }

    /**
     * Already the case, over HTTP with the browser's cookies, for tests about something else: the order's payment is
     * started as {@link #alreadyStartedPaying} does and the payment password sent on the wallet app's pay page as
     * {@link SimulatedWallets#pay} does; the page the store answers with at the end, for the test to check.
     */
    static APIResponse alreadyAnsweredInTheWalletApp(Page page, String orderNumber, String wallet,
                                                     String paymentPassword) {
        APIResponse walletApp = alreadyStartedPaying(page, orderNumber, wallet);
        String paying = payingStep(orderNumber, wallet);
        return HttpForms.submit(page, HttpForms.form(walletApp, action -> action.endsWith("/pay"), paying),
                Map.of("paymentPassword", paymentPassword), paying);
    }

    /** How a failing step of paying over HTTP names itself. */
    private static String payingStep(String orderNumber, String wallet) {
        return "Paying order " + orderNumber + " with " + wallet;
    }

    /** Checks the success page the wallet app came back to: the order, the amount and the wallet it was paid with. */
    static void assertPaymentSuccessful(Page page, String orderNumber, String amount, String wallet) {
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Payment successful"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your order is confirmed.");
        assertThat(definitionOf(page, "Order number")).hasText(orderNumber);
        assertThat(definitionOf(page, "Amount paid")).hasText(amount);
        assertThat(definitionOf(page, "Paid with")).hasText(wallet);
    }

    /**
     * Checks the failure page: its heading, and what every failure page says, that nothing was charged and the
     * order still waits for payment.
     */
    static void assertPaymentFailed(Page page, String heading, String orderNumber) {
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly(heading))).isVisible();
        assertThat(page.getByText("Nothing was charged, and order " + orderNumber + " is still waiting for payment."))
                .isVisible();
    }

    /** The order's page: opened from a page that links to it, "View the order". */
    static void viewTheOrder(Page page, String orderNumber) {
        page.getByRole(AriaRole.LINK, namedExactly("View the order")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Order " + orderNumber))).isVisible();
    }

    /** The rows of the order page's "Payment attempts", oldest first. */
    static Locator paymentAttempts(Page page) {
        return AccessibleNames.dataRows(page.getByRole(AriaRole.TABLE, namedExactly("Payment attempts")));
    }

    /** On the order's page: it still waits for payment, and leads to paying it. */
    static void assertStillPayable(Page page) {
        assertThat(definitionOf(page, "Status")).hasText("Awaiting payment");
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Pay now"))).isVisible();
    }

    /** The row of an order on My orders, in whichever month's table it is, headed by the order's number. */
    static Locator purchase(Page page, String orderNumber) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.ROWHEADER, namedExactly(orderNumber))));
    }

    /** The cells of a row of My orders after its order number: placed at, total, amount paid, status, paid with. */
    static Locator cellsOf(Locator purchase) {
        return purchase.getByRole(AriaRole.CELL);
    }

    /** From any storefront page: "My orders" in the header. */
    static void openMyOrders(Page page) {
        page.getByRole(AriaRole.NAVIGATION, namedExactly("Site"))
                .getByRole(AriaRole.LINK, namedExactlyWithin("My orders")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("My orders"))).isVisible();
    }
}
