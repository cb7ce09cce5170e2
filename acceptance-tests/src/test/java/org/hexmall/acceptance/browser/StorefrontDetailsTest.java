package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a new customer notices in the first minute: the search box in the store's header, on a phone as on a laptop,
 * in English and in Chinese; the Cart link saying how many items the cart holds; the store's own icon and a picture
 * for each kind of product; a mobile number accepted as people write it; a closed order saying when and why it closed.
 */
@BrowserFlowTest
class StorefrontDetailsTest {

    private static final int PHONE_WIDTH = 390;
    private static final String BOOK = "Hexagonal Architecture Explained";
    private static final String TEA = "Jasmine tea, 250 g";

    @Test
    void onAPhone_aVisitorSearchesFromTheHeader_andFindsProductsByPartOfTheirName_ignoringCase(Page page) {
        page.setViewportSize(PHONE_WIDTH, 844);
        page.navigate("/promotions");

        search(page, "BUDS");

        assertThat(page).hasTitle("Search: buds · hexmall");
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Search results for \u201cbuds\u201d"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 product found.");
        assertThat(results(page).getByRole(AriaRole.LINK)).hasText(new String[] {"Wireless earbuds"});
        assertThat(page.getByRole(AriaRole.SEARCHBOX, namedExactly("Search products"))).hasValue("BUDS");
        assertFitsTheScreen(page);

        search(page, "electronics cable");
        assertThat(results(page).getByRole(AriaRole.LINK)).hasText(new String[] {"USB-C charging cable"});

        results(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("USB-C charging cable")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("USB-C charging cable"))).isVisible();
    }

    @Test
    void inChinese_aSearchFindsChineseNamesAndACategoryByItsChineseName(Page page) {
        page.setViewportSize(PHONE_WIDTH, 844);
        page.navigate("/");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();

        page.getByRole(AriaRole.SEARCHBOX, namedExactly("搜索商品")).fill("耳机");
        page.getByRole(AriaRole.BUTTON, namedExactly("搜索")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("找到 1 件商品。");
        assertThat(results(page).getByRole(AriaRole.LINK)).hasText(new String[] {"无线耳机"});

        page.getByRole(AriaRole.SEARCHBOX, namedExactly("搜索商品")).fill("图书");
        page.getByRole(AriaRole.BUTTON, namedExactly("搜索")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("找到 5 件商品。");
        assertThat(results(page).getByRole(AriaRole.LINK, namedExactlyWithin("三体"))).isVisible();
        assertFitsTheScreen(page);
    }

    @Test
    void aSearchThatFindsNothingSaysSoAndLeadsBack_andNothingTypedIsNoError(Page page) {
        page.navigate("/");

        search(page, "<b>unicorn</b> 100%");

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Nothing found for \u201c<b>unicorn</b> 100%\u201d.");
        assertThat(page.getByText("Check the spelling, use fewer words")).isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("Back to all products")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("All products"))).isVisible();

        search(page, "   ");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Type a product or category name to search for.");

        page.navigate("/search?q=" + "tea".repeat(1_000));
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("A search can be at most 60 characters long. Use fewer words.");
        assertThat(page.getByRole(AriaRole.SEARCHBOX, namedExactly("Search products"))).hasValue("tea".repeat(20));
    }

    @Test
    void theCartLinkCountsTheItemsInTheCart_afterEachAddAndRemoval_inBothLanguages(Page page) {
        Storefront.signedUpAndLoggedIn(page);
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Cart"))).isVisible();

        Checkout.addToCart(page, BOOK, 2);
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Cart, 2 items"))).isVisible();
        Checkout.addToCart(page, TEA, 1);
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Cart, 3 items"))).isVisible();
        assertThat(page.locator(".cart-badge")).hasText("3");

        page.getByRole(AriaRole.LINK, namedExactly("Cart, 3 items")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly("Remove " + BOOK)).click();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Cart, 1 item"))).isVisible();

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("购物车，1 件商品"))).isVisible();
    }

    @Test
    void theNextPageDrawsWithTheStyleSheetTheBrowserKept_withoutAskingTheStoreForItAgain(Page page) {
        page.navigate("/");

        for (String next : List.of("/login", "/mock-wallet")) {
            page.navigate(next);

            Map<String, Object> styleSheet = styleSheetAsLoaded(page);
            assertThat(styleSheet).as("the style sheet of %s", next).isNotNull();
            // A check with the store (304 Not Modified) would send its headers: only the browser's own copy sends none.
            assertThat(((Number) styleSheet.get("sentOverTheNetwork")).intValue()).as(next).isZero();
            assertThat(((Number) styleSheet.get("size")).intValue()).as(next).isPositive();
            // And the page is drawn with it: the store's own typeface, not the browser's default.
            assertThat(page.locator("body")).hasCSS("font-family", Pattern.compile("^system-ui, "));
        }
    }

    @Test
    void theStoreHasAnIcon_andTheEarbudsAreNoLongerDrawnAsAPhone(Page page) {
        page.navigate("/");
        String icon = page.locator("link[rel=icon]").getAttribute("href");

        APIResponse linked = page.request().get(icon);

        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.headers().get("content-type")).startsWith("image/svg+xml");
        // Where browsers and tools look when a page names no icon: the same drawing, to a signed-in shopper too.
        Storefront.alreadyLoggedIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        APIResponse wellKnown = page.request().get("/favicon.ico");
        assertThat(wellKnown.status()).isEqualTo(200);
        assertThat(wellKnown.body()).isEqualTo(linked.body());

        String earbuds = picture(page, "ELEC-0001");
        String phone = picture(page, "ELEC-0002");
        String speaker = picture(page, "ELEC-0005");
        assertThat(earbuds).isNotEqualTo(phone).isNotEqualTo(speaker);
        assertThat(picture(page, "ELEC-0003")).isNotEqualTo(phone);
        assertThat(picture(page, "ELEC-0004")).isNotEqualTo(phone);
    }

    @Test
    void onAPhone_registrationTakesANumberWithSpacesDashesCountryCodeOrFullWidthDigits(Page page) {
        page.setViewportSize(PHONE_WIDTH, 844);
        NewCustomer spaced = NewCustomer.unique();
        String digits = spaced.phone();
        register(page, spaced, digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your account is ready. Please log in.");
        Storefront.logIn(page, digits, spaced.password());
        page.getByRole(AriaRole.BUTTON, namedExactly("Log out")).click();

        NewCustomer dashed = NewCustomer.unique();
        String other = dashed.phone();
        register(page, dashed, "+86 " + other.substring(0, 3) + "-" + other.substring(3, 7) + "-" + other.substring(7));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your account is ready. Please log in.");

        NewCustomer fullWidth = NewCustomer.unique();
        register(page, fullWidth, fullWidth(fullWidth.phone()));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your account is ready. Please log in.");
        Storefront.logIn(page, fullWidth.phone(), fullWidth.password());
    }

    @Test
    void aWrongNumberIsAnsweredWithWhatToFix(Page page) {
        NewCustomer customer = NewCustomer.unique();

        register(page, customer, "139 0000 003");
        assertThat(page.getByLabel("Mobile number")).hasAccessibleDescription(
                "Enter an 11-digit mainland mobile number, for example 139 0000 0034: this one has 10 digits.");

        register(page, customer, "139.0000.0034");
        assertThat(page.getByLabel("Mobile number")).hasAccessibleDescription("A mobile number cannot have “.”"
                + " in it (character 4). Type digits only, with spaces or dashes between groups if you like, for example"
                + " 139 0000 0034.");
    }

    @Test
    void aClosedOrderSaysWhenAndWhyItClosed_toTheCustomerAndTheAgent_inBothLanguages(Page page, MovableClock clock) {
        NewCustomer customer = Storefront.signedUpAndLoggedIn(page);
        Checkout.placeOrderOverHttp(page, TEA);
        assertThat(page.getByText("Awaiting payment", new Page.GetByTextOptions().setExact(true))).isVisible();
        String order = page.getByRole(AriaRole.HEADING, named("Order")).textContent().replace("Order ", "").strip();
        String orderPage = page.url();

        clock.moveOn(Duration.ofMinutes(31));
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        page.navigate(orderPage);

        assertThat(page.getByText(Pattern.compile("^This order closed at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"
                + " because it was not paid in time\\. It can no longer be paid\\.$")))
                .isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByText(Pattern.compile("^此订单未在付款时限内付款，已于 \\d{4}-\\d{2}-\\d{2}"
                + " \\d{2}:\\d{2}:\\d{2} 自动关闭，无法再付款。$"))).isVisible();

        SupportConsole.onOrderPage(page, order);
        assertThat(definitionOf(page, "Closed")).hasText(Pattern.compile(
                "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}: not paid in time$"));
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(definitionOf(page, "已关闭")).hasText(Pattern.compile(
                "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}：未在付款时限内付款，自动关闭$"));
    }

    private static void register(Page page, NewCustomer customer, String typedPhone) {
        page.navigate("/register");
        page.getByLabel("Mobile number").fill(typedPhone);
        page.getByLabel("Name", exactly()).fill(customer.name());
        page.getByLabel("Password", exactly()).fill(customer.password());
        page.getByLabel("Repeat password").fill(customer.password());
        page.getByRole(AriaRole.BUTTON, named("Register")).click();
    }

    /** The digits as a Chinese input method types them: １３９…, with a full-width plus and space before. */
    private static String fullWidth(String digits) {
        StringBuilder typed = new StringBuilder("\uFF0B\uFF18\uFF16\u3000");
        digits.chars().forEach(digit -> typed.append((char) (digit - '0' + '\uFF10')));
        return typed.toString();
    }

    private static void search(Page page, String words) {
        page.getByRole(AriaRole.SEARCHBOX, namedExactly("Search products")).fill(words);
        page.getByRole(AriaRole.BUTTON, namedExactly("Search")).click();
    }

    private static Locator results(Page page) {
        return page.locator("main .product-grid");
    }

    /** The page is no wider than the screen: nobody has to scroll sideways. */
    private static void assertFitsTheScreen(Page page) {
        Object wider = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) wider).intValue()).as("pixels wider than the screen").isLessThanOrEqualTo(0);
    }

    /** The product's picture, its drawing only: without the product code printed under it. */
    private static String picture(Page page, String product) {
        return page.request().get("/images/products/" + product + ".svg").text().replace(product, "");
    }

    /** What the browser's own record of the page's loading says of its style sheet, or null when it has none. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> styleSheetAsLoaded(Page page) {
        return (Map<String, Object>) page.evaluate("""
                () => {
                  const sheet = performance.getEntriesByType('resource')
                      .find(entry => new URL(entry.name).pathname === '/static/app.css');
                  return sheet ? {sentOverTheNetwork: sheet.transferSize, size: sheet.decodedBodySize} : null;
                }""");
    }
}
