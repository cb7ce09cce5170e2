package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A shopper finds products by category, fills the cart (购物车), changes it, and settles it (结算) into an
 * order that waits for payment and closes by itself when it is not paid in time.
 * <p>
 * This class has its own hexmall, and a cart belongs to a customer: each test that fills a cart uses a
 * shopper of its own, so that no test sees another's cart or orders.
 */
@BrowserFlowTest
class ShopAndSettleTest {

    private static final String BOOK = "Hexagonal Architecture Explained";
    private static final String TEA = "Jasmine tea, 250 g";
    private static final String CABLE = "USB-C charging cable";
    private static final Pattern ORDER_HEADING = Pattern.compile("^Order \\d{4} \\d{4} \\d{4} \\d{4}$");
    private static final Pattern PLACED_AT = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$");

    @Test
    void aVisitorBrowsesByCategoryAndIsAskedToLogInToBuyThenComesBackToTheProduct(Page page) {
        page.navigate("/");
        Locator categories = page.getByRole(AriaRole.NAVIGATION, named("Categories"));
        for (String category : new String[] {"All", "Electronics", "Groceries", "Books", "Home", "Clothing", "Sports"}) {
            assertThat(categories.getByRole(AriaRole.LINK, namedExactlyWithin(category))).isVisible();
        }

        categories.getByRole(AriaRole.LINK, namedExactlyWithin("Books")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Books"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly(BOOK))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("The Three-Body Problem"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly(TEA))).not().isAttached();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly(CABLE))).not().isAttached();

        page.getByRole(AriaRole.LINK, namedExactly(BOOK)).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly(BOOK))).isVisible();
        assertThat(page.getByText("¥89.00")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Add to cart"))).not().isAttached();

        page.getByRole(AriaRole.LINK, namedExactly("Log in to add to cart")).click();
        Storefront.onTheirUsualDevice(page, Storefront.LI_LEI_PHONE);
        page.getByLabel("Mobile number or email").fill(Storefront.LI_LEI_PHONE);
        page.getByLabel("Password", exactly()).fill(Storefront.LI_LEI_PASSWORD);
        page.getByRole(AriaRole.BUTTON, namedExactly("Log in")).click();

        assertThat(page.getByRole(AriaRole.HEADING, namedExactly(BOOK))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Add to cart"))).isVisible();
    }

    @Test
    void theCartAddsUpItsLinesAndFollowsEveryChangeOfQuantityOrRemoval(Page page) {
        Storefront.alreadyLoggedIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        Checkout.addToCart(page, BOOK, 2);
        Checkout.addToCart(page, TEA, 1);

        Locator cart = page.getByRole(AriaRole.TABLE);
        assertThat(line(cart, BOOK)).containsText("¥178.00");
        assertThat(line(cart, TEA)).containsText("¥68.00");
        assertThat(line(cart, "Total")).containsText("¥246.00");

        page.getByLabel("Quantity for " + TEA).fill("3");
        page.getByRole(AriaRole.BUTTON, namedExactly("Update the quantity of " + TEA)).click();
        assertThat(line(cart, TEA)).containsText("¥204.00");
        assertThat(line(cart, "Total")).containsText("¥382.00");

        page.getByRole(AriaRole.BUTTON, namedExactly("Remove " + BOOK)).click();
        assertThat(line(cart, BOOK)).not().isAttached();
        assertThat(line(cart, "Total")).containsText("¥204.00");

        // A number field takes no letters, so "abc" cannot be typed; a fraction is the nearest a shopper gets.
        page.getByLabel("Quantity for " + TEA).fill("2.5");
        page.getByRole(AriaRole.BUTTON, namedExactly("Update the quantity of " + TEA)).click();
        assertThat(page.getByLabel("Quantity for " + TEA)).hasAccessibleDescription("Choose a quantity from 1 to 99.");
        assertThat(page.getByLabel("Quantity for " + TEA)).hasValue("2.5");
        assertThat(line(cart, TEA)).containsText("¥204.00");
        assertThat(line(cart, "Total")).containsText("¥204.00");
    }

    @Test
    void settlingTheCartPlacesAnOrderAwaitingPaymentAndEmptiesTheCart(Page page) {
        Storefront.alreadyLoggedIn(page, Storefront.HAN_MEIMEI_PHONE, Storefront.HAN_MEIMEI_PASSWORD);
        Checkout.addToCart(page, BOOK, 2);
        Checkout.addToCart(page, CABLE, 1);

        page.getByRole(AriaRole.BUTTON, namedExactly("Settle")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Order"))).hasText(ORDER_HEADING);
        assertThat(page.getByText("Awaiting payment", new Page.GetByTextOptions().setExact(true))).isVisible();
        Locator lines = page.getByRole(AriaRole.TABLE, named("What you ordered"));
        assertThat(line(lines, BOOK)).containsText("¥178.00");
        assertThat(line(lines, CABLE)).containsText("¥29.90");
        assertThat(line(lines, "Total")).containsText("¥207.90");
        String closesAt = LocalDateTime.parse(page.getByText(PLACED_AT).textContent(),
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                .plusMinutes(30).format(DateTimeFormatter.ofPattern("HH:mm"));
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Waiting for payment. Unpaid orders close automatically at " + closesAt + ".");
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Pay now"))).isVisible();

        page.getByRole(AriaRole.LINK, namedExactly("Cart")).click();
        assertThat(page.getByText("Your cart is empty.")).isVisible();
    }

    @Test
    void theSettleFormSentTwiceLeadsBothTimesToTheOneOrderItPlaced(Page page) {
        Storefront.alreadyLoggedIn(page, Storefront.HAN_MEIMEI_PHONE, Storefront.HAN_MEIMEI_PASSWORD);
        Checkout.addToCart(page, CABLE, 1);
        Locator settleForm = page.locator("form[action='/cart/settle']");
        FormData sameForm = FormData.create()
                .set("_csrf", settleForm.locator("input[name=_csrf]").inputValue())
                .set("key", settleForm.locator("input[name=key]").inputValue());
        RequestOptions noFollow = RequestOptions.create().setForm(sameForm).setMaxRedirects(0);

        APIResponse first = page.request().post("/cart/settle", noFollow);
        APIResponse again = page.request().post("/cart/settle", noFollow);

        String order = first.headers().get("location");
        assertTrue(order.startsWith("/orders/"), () -> "settling leads to the order, not to " + order);
        assertEquals(order, again.headers().get("location"), "the form sent again leads to the same order");
        page.navigate(order);
        assertThat(line(page.getByRole(AriaRole.TABLE, named("What you ordered")), "Total")).containsText("¥29.90");
        String number = page.getByRole(AriaRole.HEADING, named("Order")).textContent().substring("Order ".length());
        Checkout.openMyOrders(page);
        assertThat(page.getByRole(AriaRole.LINK, namedExactly(number))).hasCount(1);
    }

    @Test
    void anOrderLeftUnpaidForThirtyMinutesIsClosedWhenTheShopperComesBack(Page page, MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        Checkout.addToCart(page, TEA, 1);
        page.getByRole(AriaRole.BUTTON, namedExactly("Settle")).click();
        assertThat(page.getByText("Awaiting payment", new Page.GetByTextOptions().setExact(true))).isVisible();

        clock.moveOn(Duration.ofMinutes(30));
        page.reload();
        // Thirty idle minutes also end the session: the login page says so, and leads back to the order.
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Log in"))).isVisible();
        assertThat(page.getByText("You were logged out after 30 minutes without activity")).isVisible();
        page.getByLabel("Mobile number or email").fill(customer.phone());
        page.getByLabel("Password", exactly()).fill(customer.password());
        page.getByRole(AriaRole.BUTTON, namedExactly("Log in")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Order"))).hasText(ORDER_HEADING);
        assertThat(page.getByText("Closed", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).not().isAttached();
        assertThat(page.getByText(Pattern.compile("^This order closed at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} because"
                + " it was not paid in time\\. It can no longer be paid\\.$"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Pay now"))).not().isAttached();
        // Nor does its payment page, opened from a bookmark or the browser's history, take a payment any more.
        page.navigate(page.url().replaceFirst("[?#].*$", "") + "/pay");
        assertThat(page.getByRole(AriaRole.HEADING, named("Order"))).hasText(ORDER_HEADING);
        assertThat(page.getByText("because it was not paid in time. It can no longer be paid.")).isVisible();
    }

    @Test
    void inChineseTheCartAndTheOrderSpeakChinese(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        Checkout.addToCart(page, CABLE, 1);

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("购物车"))).isVisible();
        page.getByRole(AriaRole.BUTTON, namedExactly("结算")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("订单"))).isVisible();
        assertThat(page.getByText("待付款", new Page.GetByTextOptions().setExact(true))).isVisible();
    }

    @Test
    void aProductsPictureIsServedAsAnSvgImage(Page page) {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, namedExactly(CABLE)).click();
        String picture = page.getByRole(AriaRole.IMG, namedExactly(CABLE)).getAttribute("src");

        APIResponse image = page.request().get(picture);

        assertThat(image).isOK();
        assertTrue(image.headers().get("content-type").startsWith("image/svg+xml"),
                () -> "content-type " + image.headers().get("content-type"));
    }

    /** The row of a table of lines headed by a product's name, or the "Total" row. */
    private static Locator line(Locator table, String rowHeader) {
        return table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHas(table.page().getByRole(AriaRole.ROWHEADER, namedExactly(rowHeader))));
    }
}
