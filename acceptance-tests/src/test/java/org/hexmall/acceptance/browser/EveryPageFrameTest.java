package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.hexmall.bootstrap.HexmallApplication;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The frame every page shares, page by page over every page hexmall serves, in English and in Chinese, at the width of
 * a phone (390 px):
 * <ul>
 *   <li>the title is "&lt;page&gt; · hexmall" in the store (its home page just "hexmall"), "&lt;page&gt; · hexmall
 *       console" in the console, "&lt;page&gt; · &lt;app&gt; (simulated)" in the simulated apps;</li>
 *   <li>every page but a home page has one breadcrumb: it starts at its part's home page and ends at the page
 *       itself, named as in the title and not linked;</li>
 *   <li>nothing needs scrolling sideways.</li>
 * </ul>
 * Each part of the site is walked in one browser, as its visitor would: the store signed out and signed in, the console
 * as an agent and as a supervisor, the simulators. Pages that need something under way are visited live as well as
 * for an unknown id: a step-up's code page and the face check's camera page. A payment page's breadcrumb leads back
 * through My orders and its order. The last test fails when a page hexmall serves was not visited, so a new page
 * cannot be forgotten here.
 */
@Order(1)
@BrowserFlowTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryPageFrameTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    /**
     * What hexmall answers GET at that is not a page of its own, each with the reason: files, a switch that sends the
     * visitor back where they were, machine-readable answers, and the addresses a wallet or the face check sends the
     * browser back to, which move on to a page at once.
     */
    private static final Map<String, String> NOT_PAGES = Map.ofEntries(
            Map.entry("/health", "a health check for the load balancer"),
            Map.entry("/favicon.ico", "the store's icon, for browsers that look for it there"),
            Map.entry("/static/{file}", "the stylesheet"),
            Map.entry("/images/products/{file}", "product pictures"),
            Map.entry("/language/{tag}", "switches the language and goes back"),
            Map.entry("/admin/language/{tag}", "switches the language and goes back"),
            Map.entry("/admin/audit.csv", "the audit log as a spreadsheet file"));

    /** The JSON API answers programs, not people: it has no pages. */
    private static final String API = "/api/";

    /** Which part of the site a page belongs to, which decides its title and its breadcrumb's start. */
    private enum Part {
        STORE("/", Pattern.compile("^\\S.* · hexmall$"), Pattern.compile("^\\S.* · hexmall$")),
        CONSOLE("/admin", Pattern.compile("^\\S.* · hexmall console$"), Pattern.compile("^\\S.* · hexmall 客服后台$")),
        SIMULATOR(null, Pattern.compile("^\\S.* · \\S.* \\(simulated\\)$"), Pattern.compile("^\\S.* · \\S.*（模拟）$"));

        final String home;
        final Pattern englishTitle;
        final Pattern chineseTitle;

        Part(String home, Pattern englishTitle, Pattern chineseTitle) {
            this.home = home;
            this.englishTitle = englishTitle;
            this.chineseTitle = chineseTitle;
        }
    }

    /** The shopper who bound a wallet and paid an order, whom the console then looks up. */
    private static volatile String shopperWithAnOrder = Storefront.LI_LEI_PHONE;

    /** The addresses visited by every test of the class, to tell which of hexmall's pages none visited. */
    private static final Set<String> VISITED = ConcurrentHashMap.newKeySet();

    @Test
    @Order(1)
    void theStoreSignedOut(Page page) {
        onAPhone(page);
        page.navigate("/");
        String product = firstLink(page, "/products/");
        List<String> addresses = List.of("/", product, "/search?q=tea", "/search?q=", "/promotions", "/cart", "/login",
                "/register",
                "/forgot-password", "/unfreeze", "/account-frozen", "/customer-service", "/no-such-page");
        checkEveryPage(page, addresses, "/language/", "/");
    }

    @Test
    @Order(2)
    void theStoreSignedInAndTheWalletAppsOnTheWay(Page page, MovableClock clock) {
        onAPhone(page);
        List<String> passedThrough = new ArrayList<>();
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                URI address = URI.create(frame.url());
                String query = address.getRawQuery() == null ? "" : "?" + address.getRawQuery();
                passedThrough.add(address.getRawPath() + query);
            }
        });
        // Through the registration and log-in pages, so that they are among the pages passed through.
        NewCustomer customer = NewCustomer.unique();
        Storefront.register(page, customer);
        Storefront.logIn(page, customer.phone(), customer.password());
        shopperWithAnOrder = customer.phone();
        SimulatedWallets.openAccount(page, "Alipay", customer.phone(), customer.name(), "1000", "135791");
        PaymentMethods.bind(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()), "135791");
        String order = Checkout.placeOrder(page, "Jasmine tea, 250 g");
        Checkout.payNow(page, order);
        Checkout.walletChoice(page, "Alipay").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Pay ¥"))).click();
        SimulatedWallets.pay(page, "135791");
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Payment successful"))).isVisible();
        String payment = path(page.url()).replaceAll("/success$", "");
        page.navigate("/account/security/payment-methods");
        String binding = firstLink(page, "/account/security/payment-methods/bindings/").replaceAll("/[^/]+$", "");
        page.navigate("/account/security/devices");
        String device = firstLinkMatching(page, "^/account/security/devices/[^/]+/revoke$",
                "/account/security/devices/unknown/revoke");
        // The pages of a step-up under way, which only a live one shows: its code page and the face check's camera.
        // The phone takes one code a minute, and the binding's came just now.
        clock.moveOn(Duration.ofMinutes(2));
        page.navigate("/account/security/password");
        page.getByRole(AriaRole.BUTTON, namedExactly("Send me a code by SMS")).click();
        assertThat(page).hasURL(Pattern.compile("/verify/[0-9a-f-]{36}\\?sent"));
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Verify"))).isVisible();
        page.navigate("/account/security/password");
        page.getByRole(AriaRole.BUTTON, namedExactly("Verify with a face check")).click();
        assertThat(page).hasURL(Pattern.compile("/mock-face/checks/[0-9a-f]{32}"));
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Simulate: it is me"))).isVisible();

        List<String> addresses = new ArrayList<>(passedThrough);
        addresses.removeIf(address -> address.startsWith("/language/"));
        addresses.addAll(List.of("/account", "/account/security", "/account/security/payment-methods",
                "/account/security/payment-methods/add", "/account/security/payment-methods/add/wechat-pay",
                "/account/security/payment-methods/add/wechat-pay/replace?kept=unknown",
                binding + "/bound", binding + "/not-bound", binding + "/unbind", binding + "/code",
                "/account/security/payment-methods/authorized",
                "/account/security/payment-methods/authorized/orders/unknown",
                "/account/security/devices", device, "/account/security/devices/sign-out-others",
                "/account/security/password", "/account/security/phone", "/account/security/freeze",
                "/account/activity", "/account/points", "/account/coupons", "/orders", payment, payment + "/failed",
                payment + "/return", "/verify/unknown", "/verify/unknown/face-return", "/unfreeze/unknown",
                "/verify?action=PAY&factor=FACE&next=/cart", "/verify?action=BIND_WALLET&factor=SMS_CODE&next=/cart",
                "/forgot-password/code", "/payments/wallet-reconfirmations/alipay/return",
                "/payments/wallet-reconfirmations/alipay/return/orders/unknown", "/login/device",
                "/login/device/face-return", "/cart", "/mock-wallet/alipay/app?account=" + customer.phone(),
                "/mock-phone/" + customer.phone(), "/mock-face/checks/unknown"));
        checkEveryPage(page, addresses, "/language/", "/");

        String paidOrder = payment + "/success";
        page.navigate(paidOrder);
        String paidOrderPath = path(page.getByRole(AriaRole.LINK, namedExactly("View the order"))
                .getAttribute("href"));
        String unpaid = Checkout.placeOrder(page, "Jasmine tea, 250 g");
        String unpaidPath = path(page.url());
        checkPaymentTrail(page, paidOrder, paidOrderPath, order);
        checkPaymentTrail(page, unpaidPath + "/pay", unpaidPath, unpaid);
    }

    @Test
    @Order(3)
    void theConsoleAsAnAgent(Page page) {
        onAPhone(page);
        SupportConsole.logIn(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        page.navigate("/admin/customers?q=" + shopperWithAnOrder);
        String customer = firstLink(page, "/admin/customers/");
        page.navigate(customer);
        String order = firstLinkMatching(page, "^/admin/orders/[^/]+$", "/admin/orders/unknown");
        String binding = firstLinkMatching(page, ".*/force-unbind$", customer + "/bindings/unknown/force-unbind");
        page.navigate("/admin/alerts");
        String alert = firstLinkMatching(page, "^/admin/alerts/[^/?]+$", "/admin/alerts/unknown");
        List<String> addresses = List.of("/admin", "/admin/customers", customer, customer + "/timeline",
                customer + "/timeline?kind=NOTE&page=2", order, order + "/refund", binding,
                customer + "/compensation", "/admin/alerts", alert, "/admin/approvals", "/admin/after-sales",
                "/admin/compensations", "/admin/campaigns", "/admin/audit", "/admin/help", "/admin/password",
                "/admin/agents", "/admin/no-such-page");
        checkEveryPage(page, addresses, "/admin/language/", "/admin");
    }

    @Test
    @Order(4)
    void theConsoleAsASupervisor(Page page) {
        onAPhone(page);
        page.navigate("/admin/login");
        checkEveryPage(page, List.of("/admin/login"), "/admin/language/", "/admin");
        switchLanguage(page, "/admin/language/", "en", "/admin/login");
        SupportConsole.logIn(page, SupportConsole.SUPERVISOR, SupportConsole.SUPERVISOR_PASSWORD);
        page.navigate("/admin/campaigns");
        String campaign = firstLinkMatching(page, "^/admin/campaigns/[0-9a-f-]{36}$", "/admin/campaigns/unknown");
        page.navigate("/admin/agents");
        String agent = firstLinkMatching(page, "^/admin/agents/[^/?]+$", "/admin/agents/agent");
        List<String> addresses = List.of("/admin", "/admin/campaigns", "/admin/campaigns/new", campaign,
                "/admin/agents", agent, "/admin/approvals", "/admin/compensations", "/admin/audit");
        checkEveryPage(page, addresses, "/admin/language/", "/admin");
    }

    @Test
    @Order(5)
    void theSimulators(Page page) {
        onAPhone(page);
        List<String> addresses = List.of("/mock-wallet", "/mock-wallet/alipay/app?account=13800000001",
                "/mock-wallet/wechat-pay/app?account=13800000002", "/mock-wallet/jd-pay/app?account=13800000001",
                "/mock-phone", "/mock-phone/13800000001", "/mock-face/faults");
        checkEveryPage(page, addresses, "/language/", "/");
    }

    @Test
    @Order(6)
    void noPageHexmallServesWasLeftOut(HexmallApplication hexmall) {
        List<String> leftOut = new ArrayList<>();
        for (String route : hexmall.pagePaths()) {
            Pattern address = Pattern.compile("^" + route.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.") + "$");
            boolean visited = VISITED.stream().anyMatch(path -> address.matcher(path).matches());
            if (!visited && !NOT_PAGES.containsKey(route) && !route.startsWith(API)) {
                leftOut.add(route);
            }
        }
        assertEquals(List.of(), leftOut, "pages no test of this class visited");
    }

    private static void onAPhone(Page page) {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
    }

    /**
     * Opens each address in English, then each again in Chinese, and checks the frame of whatever page shows there;
     * collects every fault before failing, so that one run names them all.
     */
    private static void checkEveryPage(Page page, List<String> addresses, String languageSwitch,
                                       String afterSwitch) {
        List<String> faults = new ArrayList<>();
        for (String language : List.of("en", "zh-CN")) {
            switchLanguage(page, languageSwitch, language, afterSwitch);
            for (String address : new LinkedHashSet<>(addresses)) {
                page.navigate(address);
                VISITED.add(path(address));
                checkFrame(page, language, faults);
            }
        }
        switchLanguage(page, languageSwitch, "en", afterSwitch);
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    /**
     * Checks the page against the rules of the frame it shows: a simulated app's, the console's or the store's (a page
     * hexmall does not know shows the store's, even at a simulator's address).
     */
    private static void checkFrame(Page page, String language, List<String> faults) {
        // Everything the rules look at, read from the page in one go.
        @SuppressWarnings("unchecked")
        Map<String, Object> frame = (Map<String, Object>) page.evaluate("""
                () => {
                  const navs = document.querySelectorAll('nav.breadcrumbs');
                  const items = navs.length ? [...navs[0].querySelectorAll('li')] : [];
                  const last = items[items.length - 1];
                  return {
                    title: document.title,
                    simulated: document.body.classList.contains('simulated'),
                    count: navs.length,
                    first: items.length ? (items[0].querySelector('a') || {}).pathname || null : null,
                    last: last ? last.textContent.trim() : null,
                    lastCurrent: last ? last.getAttribute('aria-current') : null,
                    lastLinked: last ? last.querySelector('a') !== null : null,
                    width: document.documentElement.scrollWidth
                  };
                }""");
        String title = (String) frame.get("title");
        Part part = Boolean.TRUE.equals(frame.get("simulated")) ? Part.SIMULATOR
                : path(page.url()).startsWith("/admin") ? Part.CONSOLE : Part.STORE;
        String where = language + " " + path(page.url()) + " (\"" + title + "\"): ";
        boolean storeHome = part == Part.STORE && path(page.url()).equals("/");
        Pattern pattern = language.equals("en") ? part.englishTitle : part.chineseTitle;
        if (!(storeHome ? title.equals("hexmall") : pattern.matcher(title).matches())) {
            faults.add(where + "the title does not read as " + pattern);
        }
        String pagePath = path(page.url());
        String home = part.home != null ? part.home : simulatorHome(pagePath);
        boolean atHome = pagePath.equals(home);
        int count = ((Number) frame.get("count")).intValue();
        if (atHome && count != 0) {
            faults.add(where + "a home page shows a breadcrumb");
        } else if (!atHome) {
            String name = title.contains(" · ") ? title.substring(0, title.lastIndexOf(" · ")) : title;
            if (count != 1) {
                faults.add(where + count + " breadcrumbs instead of one");
            } else if (!home.equals(frame.get("first"))) {
                faults.add(where + "the breadcrumb starts at " + frame.get("first") + ", not at " + home);
            } else if (!"page".equals(frame.get("lastCurrent")) || Boolean.TRUE.equals(frame.get("lastLinked"))
                    || !name.equals(frame.get("last"))) {
                faults.add(where + "the breadcrumb ends at \"" + frame.get("last") + "\", not at this page unlinked");
            }
        }
        int width = ((Number) frame.get("width")).intValue();
        if (width > PHONE_WIDTH) {
            faults.add(where + "the page is " + width + " px wide");
        }
    }

    /**
     * A payment page's breadcrumb leads back through the order it pays: … › My orders › Order &lt;number&gt; › the
     * page, each of the two linked, in English and in Chinese.
     */
    private static void checkPaymentTrail(Page page, String address, String orderPath, String orderNumber) {
        for (List<String> language : List.of(List.of("en", "My orders", "Order "), List.of("zh-CN", "我的订单", "订单 "))) {
            switchLanguage(page, "/language/", language.get(0), "/");
            page.navigate(address);
            @SuppressWarnings("unchecked")
            List<String> items = (List<String>) page.evaluate("""
                    () => [...document.querySelectorAll('nav.breadcrumbs li')]
                        .map(li => li.textContent.trim() + ' -> ' + ((li.querySelector('a') || {}).pathname || ''))""");
            assertTrue(items.size() >= 4, address + " in " + language.get(0) + ": " + items);
            assertEquals(List.of(language.get(1) + " -> /orders", language.get(2) + orderNumber + " -> " + orderPath),
                    items.subList(items.size() - 3, items.size() - 1),
                    address + " in " + language.get(0) + ": " + items);
        }
        switchLanguage(page, "/language/", "en", "/");
    }

    /**
     * Switches the browser's language as the switch's link does, over HTTP with the browser's cookies: the switch only
     * sends the visitor back, and is no page whose frame this class checks.
     */
    private static void switchLanguage(Page page, String languageSwitch, String language, String next) {
        APIResponse answer = page.context().request().get(languageSwitch + language + "?next=" + next,
                RequestOptions.create().setMaxRedirects(0));
        HttpForms.assertRedirectsTo(answer, next, "Switching the language to " + language);
    }

    /** Where a simulated app's breadcrumb starts: its own home page. */
    private static String simulatorHome(String path) {
        if (path.startsWith("/mock-phone")) {
            return "/mock-phone";
        }
        return path.startsWith("/mock-face") ? "/mock-face/faults" : "/mock-wallet";
    }

    /** The address of the first link on the page that starts with the prefix. */
    private static String firstLink(Page page, String prefix) {
        // A path holds no character that a regular expression of the page's script would take for an operator.
        return firstLinkMatching(page, "^" + prefix, null);
    }

    private static String firstLinkMatching(Page page, String regex, String otherwise) {
        Object found = page.evaluate("""
                regex => {
                  const link = [...document.querySelectorAll('main a[href]')]
                      .find(a => new RegExp(regex).test(a.pathname));
                  return link ? link.pathname : null;
                }""", regex);
        if (found == null && otherwise == null) {
            throw new AssertionError("no link matching " + regex + " on " + page.url());
        }
        return found == null ? otherwise : (String) found;
    }

    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() == null ? url : uri.getRawPath();
    }
}
